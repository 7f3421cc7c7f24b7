//! The ID photo: analysing camera frames against the checks of design §3, and turning a
//! captured frame into the JPEG that is submitted with the application.
//!
//! - [`analysis`]: face models → an analysed frame with the head geometry and the ideal crop.
//! - [`hat_reading`]: the face-parsing network's share of hat over the head, for `head_covering`.
//! - [`checks`]: the twenty checks, pure functions of an analysed frame.
//! - [`calibration`]: the operator's background reference and head baseline for the checks.
//! - [`capture`]: crop 35:45, scale, encode, and check against the online limits.
//! - [`defects`]: a seeded generator of labelled defects, for tests and the demo camera.
//! - [`cli`]: `myna-booth check-photo`, the production analysis on still images.

pub mod analysis;
pub mod calibration;
pub mod capture;
pub mod checks;
pub mod cli;
pub mod defects;
pub mod hat_reading;

pub use analysis::{AnalysedFrame, Analyser, PhotoAnalysis};
pub use capture::{CropRect, IdPhoto, PhotoError, id_photo_from_crop, id_photo_from_frame};
pub use checks::{CheckId, CheckResult, Verdict};
