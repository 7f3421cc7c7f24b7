//! The iris model (64×64 input in 0…1): iris centre and radius of one eye, from a square
//! region around the eye corners given by the mesh. The model sees a right eye; a left eye
//! is mirrored in and out.

use std::path::Path;

use image::RgbImage;

use super::geometry::{Point, RotatedRect, Sampling, sampled};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

const INPUT: usize = 64;
const CONTOUR_VALUES: usize = 213;
const IRIS_VALUES: usize = 15;
/// The region is this many times the corner-to-corner distance.
const ROI_SCALE: f32 = 2.3;

/// Iris of one eye in frame pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IrisResult {
    pub centre: Point,
    /// Mean distance from the centre to the four iris edge points.
    pub radius: f32,
}

/// The loaded iris model.
#[derive(Debug)]
pub struct IrisModel {
    model: OnnxModel,
}

impl IrisModel {
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let model = OnnxModel::load("iris", path, ModelFile::Iris.input_shape())?;
        Ok(IrisModel { model })
    }

    /// The iris of the eye between `inner` and `outer` corners; `mirrored` for the subject's
    /// left eye.
    pub fn iris(
        &self,
        frame: &RgbImage,
        outer: Point,
        inner: Point,
        mirrored: bool,
    ) -> Result<IrisResult, ModelError> {
        let (a, b) = if mirrored {
            (inner, outer)
        } else {
            (outer, inner)
        };
        let c = a.midpoint(b);
        let side = a.distance(b) * ROI_SCALE;
        let roi = RotatedRect {
            cx: c.x,
            cy: c.y,
            w: side,
            h: side,
            angle: (b.y - a.y).atan2(b.x - a.x),
        };
        let mut input = sampled(frame, &roi, (INPUT, INPUT), (0.0, 1.0), Sampling::Averaged);
        if mirrored {
            for row in input.chunks_exact_mut(INPUT * 3) {
                let (pixels, _) = row.as_chunks_mut::<3>();
                pixels.reverse();
            }
        }
        let outputs = self.model.run(&input)?;
        let iris = match outputs.as_slice() {
            [contour, iris] if contour.len() == CONTOUR_VALUES && iris.len() == IRIS_VALUES => iris,
            _ => {
                return Err(ModelError::Output {
                    name: self.model.name(),
                    expected: CONTOUR_VALUES + IRIS_VALUES,
                    found: outputs.iter().map(Vec::len).sum(),
                });
            }
        };
        let s = INPUT as f32;
        let to_frame = |x: f32, y: f32| {
            let u = if mirrored { 1.0 - x / s } else { x / s };
            roi.point_at(u, y / s)
        };
        let centre = to_frame(iris[0], iris[1]);
        let radius = (1..5)
            .map(|k| to_frame(iris[3 * k], iris[3 * k + 1]).distance(centre))
            .sum::<f32>()
            / 4.0;
        Ok(IrisResult { centre, radius })
    }
}
