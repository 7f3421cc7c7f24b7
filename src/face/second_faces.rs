//! A second person in the frame: `rustface` (SeetaFace frontal detector; its model file ships
//! inside the crate's package) on a small grey copy of the frame, about once a second. It finds
//! small background faces that the short-range detector misses.
//!
//! The model file is looked up in the models cache (`rustface/seeta_fd_frontal_v1.0.bin`, put
//! there by `scripts/models/fetch-models.sh`), then in Cargo's registry copy of the crate.
//! Without it the check relies on the face detector alone.

use std::path::PathBuf;

use image::RgbImage;
use image::imageops;

use super::geometry::{Rect, downscale_box};
use super::models::models_dir;

const MODEL_FILE: &str = "seeta_fd_frontal_v1.0.bin";
/// The frame is box-averaged to at most this width before detection.
const WORK_WIDTH: u32 = 640;
/// Smallest face looked for, in pixels of the small copy.
const MIN_FACE: u32 = 20;
const SCORE: f64 = 2.0;

/// The rustface model, if its file was found (clonable and `Send`; a detector is built per pass).
#[derive(Clone)]
pub struct SecondFaces {
    model: rustface::Model,
}

impl std::fmt::Debug for SecondFaces {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecondFaces")
    }
}

fn candidates() -> Vec<PathBuf> {
    let mut out = vec![models_dir().join("rustface").join(MODEL_FILE)];
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(home) = cargo_home
        && let Ok(indexes) = std::fs::read_dir(home.join("registry").join("src"))
    {
        for index in indexes.flatten() {
            out.push(
                index
                    .path()
                    .join("rustface-0.1.7")
                    .join("model")
                    .join(MODEL_FILE),
            );
        }
    }
    out
}

impl SecondFaces {
    /// Loads the model from the first place it is found.
    pub fn load() -> Option<Self> {
        candidates().into_iter().find_map(|path| {
            let file = std::fs::File::open(&path).ok()?;
            let model = rustface::read_model(std::io::BufReader::new(file)).ok()?;
            Some(SecondFaces { model })
        })
    }

    /// Face boxes in frame pixels.
    pub fn faces(&self, frame: &RgbImage) -> Vec<Rect> {
        let (w, h) = frame.dimensions();
        if w == 0 || h == 0 {
            return Vec::new();
        }
        // A whole-factor box average first (cheap), so the grey conversion works on the small
        // copy; about WORK_WIDTH wide or a little less.
        let k = w.div_ceil(WORK_WIDTH).max(1);
        let small = imageops::grayscale(&downscale_box(frame, k));
        let (sw, sh) = small.dimensions();
        if sw == 0 || sh == 0 {
            return Vec::new();
        }
        let scale = 1.0 / k as f32;
        let mut detector = rustface::create_detector_with_model(self.model.clone());
        detector.set_min_face_size(MIN_FACE);
        detector.set_score_thresh(SCORE);
        detector.set_pyramid_scale_factor(0.8);
        detector.set_slide_window_step(4, 4);
        let data = rustface::ImageData::new(small.as_raw(), sw, sh);
        detector
            .detect(&data)
            .into_iter()
            .map(|f| {
                let b = f.bbox();
                Rect::new(
                    b.x() as f32 / scale,
                    b.y() as f32 / scale,
                    b.width() as f32 / scale,
                    b.height() as f32 / scale,
                )
            })
            .collect()
    }
}
