//! The face detector (BlazeFace short range, 128×128 input in −1…1): the frame is letterboxed
//! into the input, the 896 anchors' boxes and six keypoints are decoded, and overlapping
//! detections are merged by weighted non-maximum suppression.
//!
//! Keypoints, in MediaPipe's order: the subject's right eye, left eye, nose tip, mouth centre,
//! right ear tragion, left ear tragion (the subject's right eye is on the image's left).

use std::path::Path;

use image::RgbImage;

use super::geometry::{Point, Rect, RotatedRect, Sampling, sampled};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

const INPUT: usize = 128;
const ANCHORS: usize = 896;
const VALUES_PER_ANCHOR: usize = 16;
/// Raw scores are clipped to ±this before the sigmoid (as MediaPipe does).
const SCORE_CLIP: f32 = 100.0;
/// Detections below this score are dropped before suppression.
pub const MIN_SCORE: f32 = 0.3;
/// Overlap above which two detections are one face.
const NMS_IOU: f32 = 0.3;

/// One face found by the detector, in frame pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// 0–1.
    pub score: f32,
    pub bbox: Rect,
    /// See the module documentation for the order.
    pub keypoints: [Point; 6],
}

impl Detection {
    pub fn right_eye(&self) -> Point {
        self.keypoints[0]
    }
    pub fn left_eye(&self) -> Point {
        self.keypoints[1]
    }
    /// The detection in a frame `k` times larger (found on a box-downscaled copy).
    pub fn scaled(&self, k: f32) -> Detection {
        let p = |q: Point| Point::new(q.x * k, q.y * k);
        Detection {
            score: self.score,
            bbox: Rect::new(
                self.bbox.x * k,
                self.bbox.y * k,
                self.bbox.w * k,
                self.bbox.h * k,
            ),
            keypoints: self.keypoints.map(p),
        }
    }
}

/// The loaded detector with its anchors.
#[derive(Debug)]
pub struct FaceDetector {
    model: OnnxModel,
    /// Anchor centres in the 0–1 input square.
    anchors: Vec<Point>,
}

/// SSD anchors of the short-range model: strides 8, 16, 16, 16 on a 128 input; layers of the
/// same stride share one grid; two anchors per cell on the stride-8 grid, six on the stride-16
/// grid; fixed anchor size (1×1), centres at cell centres.
fn anchors() -> Vec<Point> {
    let mut out = Vec::with_capacity(ANCHORS);
    for (stride, per_cell) in [(8usize, 2usize), (16, 6)] {
        let cells = INPUT / stride;
        for y in 0..cells {
            for x in 0..cells {
                let c = Point::new(
                    (x as f32 + 0.5) / cells as f32,
                    (y as f32 + 0.5) / cells as f32,
                );
                out.extend(std::iter::repeat_n(c, per_cell));
            }
        }
    }
    out
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x.clamp(-SCORE_CLIP, SCORE_CLIP)).exp())
}

impl FaceDetector {
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let model = OnnxModel::load("face detector", path, ModelFile::Detector.input_shape())?;
        Ok(FaceDetector {
            model,
            anchors: anchors(),
        })
    }

    /// Every face in `frame` scoring at least [`MIN_SCORE`], best first.
    pub fn detect(&self, frame: &RgbImage) -> Result<Vec<Detection>, ModelError> {
        let (fw, fh) = (frame.width() as f32, frame.height() as f32);
        // Letterbox: the longer side fills the square, centred.
        let side = fw.max(fh);
        let roi = RotatedRect {
            cx: fw / 2.0,
            cy: fh / 2.0,
            w: side,
            h: side,
            angle: 0.0,
        };
        let input = sampled(frame, &roi, (INPUT, INPUT), (-1.0, 1.0), Sampling::Averaged);
        let outputs = self.model.run(&input)?;
        let (boxes, scores) = match outputs.as_slice() {
            [b, s] => (b, s),
            _ => {
                return Err(ModelError::Output {
                    name: self.model.name(),
                    expected: 2,
                    found: outputs.len(),
                });
            }
        };
        if boxes.len() != ANCHORS * VALUES_PER_ANCHOR || scores.len() != ANCHORS {
            return Err(ModelError::Output {
                name: self.model.name(),
                expected: ANCHORS * (VALUES_PER_ANCHOR + 1),
                found: boxes.len() + scores.len(),
            });
        }
        let to_frame = |p: Point| roi.point_at(p.x, p.y);
        let mut found = Vec::new();
        for (i, anchor) in self.anchors.iter().enumerate() {
            let score = sigmoid(scores[i]);
            if score < MIN_SCORE {
                continue;
            }
            let raw = &boxes[i * VALUES_PER_ANCHOR..(i + 1) * VALUES_PER_ANCHOR];
            let s = INPUT as f32;
            let cx = raw[0] / s + anchor.x;
            let cy = raw[1] / s + anchor.y;
            let w = raw[2] / s;
            let h = raw[3] / s;
            let top_left = to_frame(Point::new(cx - w / 2.0, cy - h / 2.0));
            let bottom_right = to_frame(Point::new(cx + w / 2.0, cy + h / 2.0));
            let mut keypoints = [Point::default(); 6];
            for (k, kp) in keypoints.iter_mut().enumerate() {
                *kp = to_frame(Point::new(
                    raw[4 + 2 * k] / s + anchor.x,
                    raw[5 + 2 * k] / s + anchor.y,
                ));
            }
            found.push(Detection {
                score,
                bbox: Rect::new(
                    top_left.x,
                    top_left.y,
                    bottom_right.x - top_left.x,
                    bottom_right.y - top_left.y,
                ),
                keypoints,
            });
        }
        Ok(weighted_nms(found))
    }
}

/// Weighted non-maximum suppression: each cluster of overlapping detections becomes one,
/// its box and keypoints the score-weighted mean, its score the best one's.
pub fn weighted_nms(mut detections: Vec<Detection>) -> Vec<Detection> {
    detections.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut out = Vec::new();
    while let Some(best) = detections.first().copied() {
        let (cluster, rest): (Vec<Detection>, Vec<Detection>) = detections
            .into_iter()
            .partition(|d| d.bbox.iou(&best.bbox) > NMS_IOU);
        detections = rest;
        let total: f32 = cluster.iter().map(|d| d.score).sum();
        let mut merged = best;
        if total > 0.0 {
            let wsum = |f: &dyn Fn(&Detection) -> f32| {
                cluster.iter().map(|d| d.score * f(d)).sum::<f32>() / total
            };
            merged.bbox = Rect::new(
                wsum(&|d| d.bbox.x),
                wsum(&|d| d.bbox.y),
                wsum(&|d| d.bbox.w),
                wsum(&|d| d.bbox.h),
            );
            for k in 0..6 {
                merged.keypoints[k] =
                    Point::new(wsum(&|d| d.keypoints[k].x), wsum(&|d| d.keypoints[k].y));
            }
        }
        out.push(merged);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_one_anchor_per_model_output_row() {
        let a = anchors();
        assert_eq!(a.len(), ANCHORS);
        // The first grid is 16×16 with two anchors per cell; the last cell of the 8×8 grid
        // sits at its centre.
        assert_eq!(a[0], a[1]);
        assert!((a[0].x - 1.0 / 32.0).abs() < 1e-6);
        assert!((a[ANCHORS - 1].x - 15.0 / 16.0).abs() < 1e-6);
    }

    fn det(score: f32, x: f32) -> Detection {
        Detection {
            score,
            bbox: Rect::new(x, 0.0, 10.0, 10.0),
            keypoints: [Point::new(x, 0.0); 6],
        }
    }

    #[test]
    fn overlapping_detections_merge_and_separate_faces_stay() {
        let out = weighted_nms(vec![det(0.6, 1.0), det(0.9, 0.0), det(0.8, 50.0)]);
        assert_eq!(out.len(), 2, "two faces: {out:?}");
        assert!((out[0].score - 0.9).abs() < 1e-6);
        assert!(out[0].bbox.x > 0.0 && out[0].bbox.x < 1.0, "weighted box");
        assert!((out[1].bbox.x - 50.0).abs() < 1e-6);
    }
}
