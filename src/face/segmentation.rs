//! Selfie segmentation, MediaPipe's landscape model (256 wide × 144 high input in 0…1, the whole
//! frame stretched, as MediaPipe runs it on landscape frames): the probability that each cell
//! of a 256×144 grid over the frame shows the person. On the kiosk's 16:9 camera the cells are
//! square; the model costs about half of the square 256×256 one.

use std::path::Path;

use image::RgbImage;

use super::geometry::{Point, RotatedRect, Sampling, sampled};
use super::models::{ModelError, ModelFile};
use super::runner::OnnxModel;

/// Grid columns and rows (the model's input and output width and height).
const COLS: usize = 256;
const ROWS: usize = 144;

/// The person mask over a frame.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonMask {
    /// Row-major, [`COLS`] × [`ROWS`] probabilities.
    cells: Vec<f32>,
    frame_w: f32,
    frame_h: f32,
}

impl PersonMask {
    /// A mask from row-major probabilities on the [`Self::grid`] (tests build masks this way).
    pub fn from_cells(cells: Vec<f32>, frame_w: u32, frame_h: u32) -> Option<Self> {
        (cells.len() == COLS * ROWS).then_some(PersonMask {
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

    /// Grid columns and rows.
    pub const fn grid() -> (usize, usize) {
        (COLS, ROWS)
    }

    /// Probability that frame point `p` shows the person (nearest cell; 0 outside).
    #[inline]
    pub fn at(&self, p: Point) -> f32 {
        match (self.column(p.x), self.row(p.y)) {
            (Some(gx), Some(gy)) => self.cell(gx, gy),
            _ => 0.0,
        }
    }

    /// The grid column of frame x, if inside (for loops that look up many points per row).
    #[inline]
    pub fn column(&self, x: f32) -> Option<usize> {
        grid_index(x / self.frame_w, COLS)
    }

    /// The grid row of frame y, if inside.
    #[inline]
    pub fn row(&self, y: f32) -> Option<usize> {
        grid_index(y / self.frame_h, ROWS)
    }

    /// The probability in one cell of the grid (`gx`, `gy` from [`Self::column`], [`Self::row`]).
    #[inline]
    pub fn cell(&self, gx: usize, gy: usize) -> f32 {
        if gx >= COLS {
            return 0.0;
        }
        self.cells.get(gy * COLS + gx).copied().unwrap_or(0.0)
    }
}

/// The cell along one axis of `n` cells of a 0–1 position, if inside the grid.
#[inline]
fn grid_index(t: f32, n: usize) -> Option<usize> {
    let g = (t * n as f32).floor();
    (g >= 0.0 && g < n as f32).then_some(g as usize)
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
        let input = sampled(frame, &roi, (COLS, ROWS), (0.0, 1.0), Sampling::Averaged);
        let mut outputs = self.model.run(&input)?;
        match outputs.pop() {
            Some(cells) if outputs.is_empty() && cells.len() == COLS * ROWS => Ok(PersonMask {
                cells,
                frame_w: fw as f32,
                frame_h: fh as f32,
            }),
            other => Err(ModelError::Output {
                name: self.model.name(),
                expected: COLS * ROWS,
                found: other.map_or(0, |c| c.len()) + outputs.iter().map(Vec::len).sum::<usize>(),
            }),
        }
    }
}
