//! The face models of the photo guide (issue 4): MediaPipe's face detector (BlazeFace short
//! range), face mesh (468 landmarks), iris landmarks and selfie segmentation, converted to ONNX
//! by `scripts/models/fetch-models.sh` and run here with tract-onnx on one CPU thread.
//!
//! - [`models`]: where the converted files live, loading them, and the message that tells an
//!   operator how to get them when they are missing.
//! - [`runner`]: one ONNX model with a fixed NHWC input.
//! - [`detector`]: anchors, box decoding and weighted non-maximum suppression.
//! - [`mesh`]: the rotated region of interest from a detection, and 468 points in frame pixels.
//! - [`iris`]: iris centre and eye contour of one eye.
//! - [`segmentation`]: the person mask (probability per cell of a 256×144 grid).
//! - [`parsing`]: face parsing (skin, hair, hat, … per cell of a square around the head), the
//!   one model not from MediaPipe, for head coverings.
//! - [`second_faces`]: rustface on a small grey copy, for a second person in the frame.
//! - [`geometry`]: points, rectangles and the sampling that fills model inputs from a frame.

pub mod detector;
pub mod geometry;
pub mod iris;
pub mod mesh;
pub mod models;
pub mod parsing;
pub mod runner;
pub mod second_faces;
pub mod segmentation;

pub use detector::{Detection, FaceDetector};
pub use geometry::{Point, Rect, RotatedRect};
pub use iris::{IrisModel, IrisResult};
pub use mesh::{FaceMesh, MeshResult};
pub use models::{FaceModels, ModelError, ModelFile, models_dir};
pub use parsing::{FaceParser, HeadParsing};
pub use second_faces::SecondFaces;
pub use segmentation::{PersonMask, Segmenter};
