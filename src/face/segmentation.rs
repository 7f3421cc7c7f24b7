//! Selfie segmentation (256×256 input in 0…1, the whole frame stretched): the probability
//! that each cell of a 256×256 grid over the frame shows the person.

use std::path::Path;

use image::RgbImage;

use super::geometry::{Point, RotatedRect, sample_region};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

const SIZE: usize = 256;

/// The person mask over a frame.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonMask {
    /// Row-major, [`SIZE`]² probabilities.
    cells: Vec<f32>,
    frame_w: f32,
    frame_h: f32,
}

impl PersonMask {
    /// A mask from probabilities on a `SIZE`×`SIZE` grid (tests build masks this way).
    pub fn from_cells(cells: Vec<f32>, frame_w: u32, frame_h: u32) -> Option<Self> {
        (cells.len() == SIZE * SIZE).then_some(PersonMask {
            cells,
            frame_w: frame_w as f32,
            frame_h: frame_h as f32,
        })
    }

    /// The same mask over a frame of another size (the mask was made on a scaled copy).
    pub fn for_frame(mut self, frame_w: u32, frame_h: u32) -> Self {
        self.frame_w = frame_w as f32;
        self.frame_h = frame_h as f32;
        self
    }

    /// Grid size per side.
    pub const fn grid() -> usize {
        SIZE
    }

    /// Probability that frame point `p` shows the person (nearest cell; 0 outside).
    pub fn at(&self, p: Point) -> f32 {
        match (self.column(p.x), self.row(p.y)) {
            (Some(gx), Some(gy)) => self.cell(gx, gy),
            _ => 0.0,
        }
    }

    /// The grid column of frame x, if inside (for loops that look up many points per row).
    pub fn column(&self, x: f32) -> Option<usize> {
        grid_index(x / self.frame_w)
    }

    /// The grid row of frame y, if inside.
    pub fn row(&self, y: f32) -> Option<usize> {
        grid_index(y / self.frame_h)
    }

    /// The probability in one cell of the grid (`gx`, `gy` from [`Self::column`], [`Self::row`]).
    pub fn cell(&self, gx: usize, gy: usize) -> f32 {
        self.cells.get(gy * SIZE + gx).copied().unwrap_or(0.0)
    }
}

/// The cell along one axis of a 0–1 position, if inside the grid.
fn grid_index(t: f32) -> Option<usize> {
    let g = (t * SIZE as f32).floor();
    (g >= 0.0 && g < SIZE as f32).then_some(g as usize)
}

/// The loaded segmentation model.
#[derive(Debug)]
pub struct Segmenter {
    model: OnnxModel,
}

impl Segmenter {
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let model = OnnxModel::load(
            "selfie segmentation",
            path,
            ModelFile::Segmentation.input_shape(),
        )?;
        Ok(Segmenter { model })
    }

    /// The person mask of `frame`.
    pub fn mask(&self, frame: &RgbImage) -> Result<PersonMask, ModelError> {
        let (fw, fh) = frame.dimensions();
        let roi = RotatedRect {
            cx: fw as f32 / 2.0,
            cy: fh as f32 / 2.0,
            w: fw as f32,
            h: fh as f32,
            angle: 0.0,
        };
        let mut input = vec![0.0f32; SIZE * SIZE * 3];
        sample_region(frame, &roi, (SIZE, SIZE), (0.0, 1.0), &mut input);
        let mut outputs = self.model.run(&input)?;
        match outputs.pop() {
            Some(cells) if outputs.is_empty() && cells.len() == SIZE * SIZE => Ok(PersonMask {
                cells,
                frame_w: fw as f32,
                frame_h: fh as f32,
            }),
            other => Err(ModelError::Output {
                name: self.model.name(),
                expected: SIZE * SIZE,
                found: other.map_or(0, |c| c.len()) + outputs.iter().map(Vec::len).sum::<usize>(),
            }),
        }
    }
}
