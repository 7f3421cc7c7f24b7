//! The face mesh (192×192 input in 0…1): 468 landmarks with depth, in frame pixels, from a
//! region of interest that is the detection's box enlarged 1.5×, made square and turned so the
//! eyes are level (MediaPipe's detection-to-ROI rule).
//!
//! Landmark indices used by the checks: forehead 10, chin 152, nose tip 1, face sides 234
//! (subject's right) and 454 (left), eyes 33/133/159/145/160/144/158/153 (right) and
//! 362/263/386/374/385/380/387/373 (left), lips 13/14 (inner), 61/291 (corners).

use std::path::Path;

use image::RgbImage;

use super::detector::Detection;
use super::geometry::{Point, RotatedRect, Sampling, sampled};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

const INPUT: usize = 192;
/// Number of landmarks.
pub const LANDMARKS: usize = 468;
const ROI_SCALE: f32 = 1.5;

/// One landmark: frame pixels, and depth in the same scale (smaller = nearer the camera).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Landmark {
    pub x: f32,
    pub y: f32,
    pub z: f32,
}

impl Landmark {
    pub fn point(&self) -> Point {
        Point::new(self.x, self.y)
    }
}

/// The mesh of one face.
#[derive(Debug, Clone, PartialEq)]
pub struct MeshResult {
    /// Exactly [`LANDMARKS`] points.
    pub landmarks: Vec<Landmark>,
    /// The model's face-presence score, 0–1.
    pub presence: f32,
    /// The region the model looked at.
    pub roi: RotatedRect,
}

/// The loaded face-mesh model.
#[derive(Debug)]
pub struct FaceMesh {
    model: OnnxModel,
}

/// The region of interest for the mesh from a detection.
pub fn roi_from_detection(d: &Detection) -> RotatedRect {
    let (r, l) = (d.right_eye(), d.left_eye());
    let angle = (l.y - r.y).atan2(l.x - r.x);
    let c = d.bbox.centre();
    let side = d.bbox.w.max(d.bbox.h) * ROI_SCALE;
    RotatedRect {
        cx: c.x,
        cy: c.y,
        w: side,
        h: side,
        angle,
    }
}

impl FaceMesh {
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let model = OnnxModel::load("face mesh", path, ModelFile::Mesh.input_shape())?;
        Ok(FaceMesh { model })
    }

    /// The mesh of the face the detection found.
    pub fn landmarks(&self, frame: &RgbImage, d: &Detection) -> Result<MeshResult, ModelError> {
        let roi = roi_from_detection(d);
        let input = sampled(frame, &roi, (INPUT, INPUT), (0.0, 1.0), Sampling::Single);
        let outputs = self.model.run(&input)?;
        let (points, flag) = match outputs.as_slice() {
            [p, f] if p.len() == LANDMARKS * 3 && f.len() == 1 => (p, f[0]),
            _ => {
                return Err(ModelError::Output {
                    name: self.model.name(),
                    expected: LANDMARKS * 3 + 1,
                    found: outputs.iter().map(Vec::len).sum(),
                });
            }
        };
        let s = INPUT as f32;
        let landmarks = points
            .chunks_exact(3)
            .map(|p| {
                let q = roi.point_at(p[0] / s, p[1] / s);
                Landmark {
                    x: q.x,
                    y: q.y,
                    z: p[2] / s * roi.w,
                }
            })
            .collect();
        Ok(MeshResult {
            landmarks,
            presence: 1.0 / (1.0 + (-flag).exp()),
            roi,
        })
    }
}
