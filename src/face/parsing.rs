//! Face parsing for head coverings: BiSeNet (zllrunning/face-parsing.PyTorch, trained on
//! CelebAMask-HQ), converted to ONNX by `scripts/models/faceparsing2onnx.py`. It labels each
//! cell of a 64×64 grid over a square around the head with one of 19 classes (skin, hair,
//! hat, eyeglasses, …). It is meant to tell the photo guide a hat from hair, which colour alone
//! cannot (a black cap over white hair looks like dark hair with grey temples).
//!
//! The network wants a 512×512 input framed as CelebA-HQ faces are: the head large, with some
//! shoulders ([`parsing_square`]); at 256×256 it labels little right. It costs about half a
//! second on one core, so the live photo guide runs it on a thread of its own
//! (`workers::hat_reader`); `photo::hat_reading` turns its labels into the hat share the
//! `head_covering` check reads. It is proven equal to PyTorch in `tests/face_models.rs`.

use std::path::Path;

use image::RgbImage;

use super::geometry::{Point, Rect, RotatedRect, Sampling, sampled};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

/// Input side in pixels.
pub const INPUT: usize = 512;
/// Output grid side (the network's main head, one eighth of the input).
pub const GRID: usize = 64;
/// Number of classes.
pub const CLASSES: usize = 19;

/// The classes the photo guide reads (CelebAMask-HQ order).
pub mod class {
    pub const BACKGROUND: u8 = 0;
    pub const SKIN: u8 = 1;
    pub const EYEGLASSES: u8 = 6;
    pub const CLOTH: u8 = 16;
    pub const HAIR: u8 = 17;
    pub const HAT: u8 = 18;
}

/// The labelled grid over a square of the frame.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadParsing {
    /// The square of the frame the grid covers.
    pub square: Rect,
    /// Row-major, [`GRID`] × [`GRID`] class indices.
    labels: Vec<u8>,
}

impl HeadParsing {
    /// A parsing from row-major labels (tests build them this way).
    pub fn from_labels(square: Rect, labels: Vec<u8>) -> Option<Self> {
        (labels.len() == GRID * GRID).then_some(HeadParsing { square, labels })
    }

    /// The class of the cell under frame point `p`, if `p` is inside the square.
    pub fn at(&self, p: Point) -> Option<u8> {
        let u = (p.x - self.square.x) / self.square.w;
        let v = (p.y - self.square.y) / self.square.h;
        if !(0.0..1.0).contains(&u) || !(0.0..1.0).contains(&v) {
            return None;
        }
        let (i, j) = ((u * GRID as f32) as usize, (v * GRID as f32) as usize);
        self.labels.get(j * GRID + i).copied()
    }

    /// Every cell with the frame point at its centre.
    pub fn cells(&self) -> impl Iterator<Item = (Point, u8)> + '_ {
        let cell = self.square.w / GRID as f32;
        self.labels.iter().enumerate().map(move |(k, &label)| {
            let (i, j) = (k % GRID, k / GRID);
            (
                Point::new(
                    self.square.x + (i as f32 + 0.5) * cell,
                    self.square.y + (j as f32 + 0.5) * cell,
                ),
                label,
            )
        })
    }
}

/// The square the network sees for a head from `crown` to `chin` on the vertical through
/// `midline_x`: 1.7 head heights a side, the head in its upper part, as in CelebA-HQ.
pub fn parsing_square(crown: Point, chin: Point, midline_x: f32) -> Rect {
    let head = (chin.y - crown.y).abs().max(1.0);
    let side = 1.7 * head;
    let centre_y = (crown.y + chin.y) / 2.0 + 0.12 * side;
    Rect::new(midline_x - side / 2.0, centre_y - side / 2.0, side, side)
}

/// The loaded face-parsing network.
#[derive(Debug)]
pub struct FaceParser {
    model: OnnxModel,
}

impl FaceParser {
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let model = OnnxModel::load("face parsing", path, ModelFile::Parsing.input_shape())?;
        Ok(FaceParser { model })
    }

    /// The raw logits ([`CLASSES`] planes of [`GRID`]×[`GRID`]) for an NHWC input in 0…1
    /// (the equivalence test feeds its own inputs).
    pub fn logits(&self, input: &[f32]) -> Result<Vec<f32>, ModelError> {
        let mut outputs = self.model.run(input)?;
        match outputs.pop() {
            Some(v) if outputs.is_empty() && v.len() == CLASSES * GRID * GRID => Ok(v),
            other => Err(ModelError::Output {
                name: self.model.name(),
                expected: CLASSES * GRID * GRID,
                found: other.map_or(0, |v| v.len()),
            }),
        }
    }

    /// The labelled grid over `square` of `frame` (outside the frame the input is black).
    pub fn parse(&self, frame: &RgbImage, square: Rect) -> Result<HeadParsing, ModelError> {
        let roi = RotatedRect::upright(square);
        let input = sampled(frame, &roi, (INPUT, INPUT), (0.0, 1.0), Sampling::Single);
        let logits = self.logits(&input)?;
        Ok(HeadParsing {
            square,
            labels: argmax(&logits),
        })
    }
}

/// The winning class of each cell of NCHW logits.
pub fn argmax(logits: &[f32]) -> Vec<u8> {
    let plane = GRID * GRID;
    (0..plane)
        .map(|k| {
            let mut best = 0u8;
            let mut top = f32::NEG_INFINITY;
            for c in 0..CLASSES {
                let v = logits
                    .get(c * plane + k)
                    .copied()
                    .unwrap_or(f32::NEG_INFINITY);
                if v > top {
                    top = v;
                    best = c as u8;
                }
            }
            best
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_found_from_its_frame_point_and_back() {
        let mut labels = vec![class::BACKGROUND; GRID * GRID];
        labels[3 * GRID + 5] = class::HAT;
        let p = HeadParsing::from_labels(Rect::new(100.0, 50.0, 640.0, 640.0), labels)
            .expect("a full grid");
        // Cell (5, 3) is 10 px wide, from x 150 and y 80.
        assert_eq!(p.at(Point::new(155.0, 85.0)), Some(class::HAT));
        assert_eq!(p.at(Point::new(165.0, 85.0)), Some(class::BACKGROUND));
        assert_eq!(p.at(Point::new(99.0, 85.0)), None);
        let (centre, _) = p
            .cells()
            .find(|(_, l)| *l == class::HAT)
            .expect("the hat cell");
        assert_eq!(centre, Point::new(155.0, 85.0));
    }

    #[test]
    fn the_square_holds_the_head_in_its_upper_part() {
        let s = parsing_square(Point::new(640.0, 100.0), Point::new(640.0, 400.0), 640.0);
        assert!((s.w - 510.0).abs() < 1e-3 && s.w == s.h, "{s:?}");
        assert!(s.x < 640.0 && s.right() > 640.0);
        assert!(s.y < 100.0 && s.bottom() > 400.0, "{s:?}");
        assert!(
            100.0 - s.y < s.bottom() - 400.0,
            "more room below the chin: {s:?}"
        );
    }

    #[test]
    fn the_highest_logit_wins_each_cell() {
        let plane = GRID * GRID;
        let mut logits = vec![0.0f32; CLASSES * plane];
        logits[class::HAIR as usize * plane] = 2.0;
        logits[class::HAT as usize * plane + 1] = 1.0;
        let labels = argmax(&logits);
        assert_eq!(&labels[..3], &[class::HAIR, class::HAT, class::BACKGROUND]);
    }
}
