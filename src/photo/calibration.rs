//! The booth's photo calibration, made by staff on the operator screen: a background reference
//! of the empty booth (a small luminance grid: its fixed marks and its light falloff, never a
//! person) and a head baseline (the pitch the face mesh measures on a level head, and where
//! the eyes sit in the picture, from a seated staff member: numbers only). The background
//! checks divide the frame by the reference so that the booth's own backdrop is not clutter;
//! the `pitch` check measures relative to the baseline. Stored as one JSON file in the data
//! directory.

use std::path::{Path, PathBuf};

use image::RgbImage;
use serde::{Deserialize, Serialize};

use super::checks::pixels::luma;
use crate::config::PhotoChecksConfig;
use crate::face::Point;

/// Size of the background reference grid (16:9, as the camera's frames).
pub const BACKDROP_W: usize = 160;
pub const BACKDROP_H: usize = 90;
const CELLS: usize = BACKDROP_W * BACKDROP_H;

/// A cell of the reference darker than this (of 255) is not trusted as a divisor.
const MIN_REFERENCE_LUMA: f32 = 8.0;

/// The name of the calibration file inside the data directory.
pub const FILE_NAME: &str = "photo-calibration.json";

/// The empty booth's luminance on a coarse grid over the whole frame. Small enough to copy
/// with the checks' thresholds; never made from a frame with a face in it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Backdrop {
    cells: [u8; CELLS],
}

impl std::fmt::Debug for Backdrop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Backdrop({BACKDROP_W}x{BACKDROP_H})")
    }
}

impl Backdrop {
    /// The mean luminance of each grid cell of `image`.
    pub fn from_image(image: &RgbImage) -> Self {
        let (w, h) = (image.width() as usize, image.height() as usize);
        let mut sums = vec![(0.0f32, 0u32); CELLS];
        for (x, y, p) in image.enumerate_pixels() {
            let gx = (x as usize * BACKDROP_W / w.max(1)).min(BACKDROP_W - 1);
            let gy = (y as usize * BACKDROP_H / h.max(1)).min(BACKDROP_H - 1);
            let cell = &mut sums[gy * BACKDROP_W + gx];
            cell.0 += luma(p.0);
            cell.1 += 1;
        }
        let mut cells = [0u8; CELLS];
        for (c, (sum, n)) in cells.iter_mut().zip(sums) {
            *c = (sum / n.max(1) as f32).round().clamp(0.0, 255.0) as u8;
        }
        Self { cells }
    }

    /// The reference's luminance (0–255) at a point of a `frame_w`×`frame_h` frame, bilinear
    /// between cell centres.
    pub fn at(&self, p: Point, frame_w: f32, frame_h: f32) -> f32 {
        let gx = (p.x / frame_w * BACKDROP_W as f32 - 0.5).clamp(0.0, (BACKDROP_W - 1) as f32);
        let gy = (p.y / frame_h * BACKDROP_H as f32 - 0.5).clamp(0.0, (BACKDROP_H - 1) as f32);
        let (xa, ya) = (gx as usize, gy as usize);
        let (xb, yb) = ((xa + 1).min(BACKDROP_W - 1), (ya + 1).min(BACKDROP_H - 1));
        let (fx, fy) = (gx - xa as f32, gy - ya as f32);
        let c = |x: usize, y: usize| f32::from(self.cells[y * BACKDROP_W + x]);
        let top = c(xa, ya) + (c(xb, ya) - c(xa, ya)) * fx;
        let bottom = c(xa, yb) + (c(xb, yb) - c(xa, yb)) * fx;
        top + (bottom - top) * fy
    }

    /// The mean luminance of the whole reference.
    pub fn mean(&self) -> f32 {
        self.cells.iter().map(|&c| f32::from(c)).sum::<f32>() / CELLS as f32
    }

    /// `luma` measured at `p`, with the booth's own backdrop divided out (flat-field
    /// correction): a fixed mark or the light falloff of the empty booth becomes the mean
    /// level, anything that was not there stays.
    pub fn flatten(&self, luma: f32, p: Point, frame_w: f32, frame_h: f32) -> f32 {
        let reference = self.at(p, frame_w, frame_h).max(MIN_REFERENCE_LUMA);
        (luma * self.mean() / reference).clamp(0.0, 255.0)
    }
}

/// The head baseline: measured on a seated staff member looking straight ahead.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct HeadBaseline {
    /// The mesh's pitch on a level head, degrees.
    pub pitch_deg: f32,
    /// The eye line's height in the frame, as a fraction from the top (0–1).
    pub eye_line: f32,
}

/// Everything calibrated; `None` parts fall back to kiosk-config.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Calibration {
    pub backdrop: Option<Backdrop>,
    pub head: Option<HeadBaseline>,
}

/// The file's content.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    /// Row by row, `BACKDROP_W`×`BACKDROP_H` luminance values.
    backdrop: Option<Vec<u8>>,
    head: Option<HeadBaseline>,
}

/// The calibration file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CalibrationError {
    #[error("calibration file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("calibration file {path} is not valid: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

impl Calibration {
    /// The checks' thresholds with this calibration: the pitch baseline and the background
    /// reference replace kiosk-config's where set.
    pub fn apply(&self, mut cfg: PhotoChecksConfig) -> PhotoChecksConfig {
        if let Some(head) = self.head {
            cfg.pitch_baseline_deg = head.pitch_deg;
        }
        if self.backdrop.is_some() {
            cfg.backdrop = self.backdrop;
        }
        cfg
    }

    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE_NAME)
    }

    /// The saved calibration; the default when there is none.
    pub fn load(data_dir: &Path) -> Result<Self, CalibrationError> {
        let path = Self::path(data_dir);
        let text = match std::fs::read(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => return Err(CalibrationError::Io { path, source }),
        };
        let invalid = |reason: String| CalibrationError::Invalid {
            path: path.clone(),
            reason,
        };
        let stored: Stored = serde_json::from_slice(&text).map_err(|e| invalid(e.to_string()))?;
        let backdrop = match stored.backdrop {
            None => None,
            Some(v) => {
                let cells: [u8; CELLS] = v
                    .try_into()
                    .map_err(|_| invalid(format!("the backdrop must have {CELLS} values")))?;
                Some(Backdrop { cells })
            }
        };
        let head = stored.head.filter(|h| {
            h.pitch_deg.is_finite() && h.eye_line.is_finite() && (0.0..=1.0).contains(&h.eye_line)
        });
        Ok(Self { backdrop, head })
    }

    /// Writes the calibration (a temporary file renamed over the old one), or removes the file
    /// when nothing is calibrated.
    pub fn save(&self, data_dir: &Path) -> Result<(), CalibrationError> {
        let path = Self::path(data_dir);
        let io = |source| CalibrationError::Io {
            path: path.clone(),
            source,
        };
        if *self == Self::default() {
            return match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(e)),
                _ => Ok(()),
            };
        }
        let stored = Stored {
            version: 1,
            backdrop: self.backdrop.map(|b| b.cells.to_vec()),
            head: self.head,
        };
        let json = serde_json::to_vec(&stored).map_err(|e| CalibrationError::Invalid {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        std::fs::create_dir_all(data_dir).map_err(io)?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, json).map_err(io)?;
        std::fs::rename(&tmp, &path).map_err(io)
    }
}

/// The median of measurements (the baseline from ~2 s of frames); `None` when empty.
pub fn median(values: &mut [f32]) -> Option<f32> {
    values.sort_by(f32::total_cmp);
    values.get(values.len() / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::photo::analysis::lm;
    use crate::photo::checks::test_frames::{self, FaceLayout};
    use crate::photo::checks::{CheckId, Judge, Verdict, geometry, run_one};

    fn pitch_verdict(frame: &crate::photo::AnalysedFrame, cfg: &PhotoChecksConfig) -> Verdict {
        geometry::pitch(
            frame,
            &Judge {
                cfg,
                was_passing: false,
            },
        )
        .verdict
    }

    #[test]
    fn the_head_baseline_moves_the_pitch_verdict() {
        let level = test_frames::clean();
        // The camera sits lower on this booth: a level head measures 12 degrees more.
        let face = level.face.as_ref().expect("face");
        let mut lms = face.mesh.landmarks.clone();
        let span = lms[lm::CHIN].y - lms[lm::FOREHEAD].y;
        let measured = geometry::pitch_degrees(face) + 12.0;
        lms[lm::FOREHEAD].z = span * measured.to_radians().tan();
        lms[lm::CHIN].z = 0.0;
        let low_camera = test_frames::analysed((*level.image).clone(), lms, level.mask.clone());
        let cfg = PhotoChecksConfig::default();
        assert_eq!(pitch_verdict(&level, &cfg), Verdict::Pass);
        assert_eq!(
            pitch_verdict(&low_camera, &cfg),
            Verdict::Fail,
            "uncalibrated, the level head on the low camera looks tipped back"
        );
        let calibrated = Calibration {
            head: Some(HeadBaseline {
                pitch_deg: measured,
                eye_line: 0.4,
            }),
            backdrop: None,
        }
        .apply(cfg);
        assert_eq!(pitch_verdict(&low_camera, &calibrated), Verdict::Pass);
        assert_eq!(
            pitch_verdict(&level, &calibrated),
            Verdict::Fail,
            "relative to the new baseline the old level is 12 degrees off"
        );
    }

    /// Where the crop of the drawn portrait is: the background checks look inside it.
    fn crop() -> crate::face::Rect {
        test_frames::clean().crop().expect("a crop")
    }

    /// The drawn portrait (or the empty wall) with the booth's own light falloff and a dark
    /// soft-edged panel in the background left of the head.
    fn booth_wall(with_face: bool) -> RgbImage {
        let f = FaceLayout::default();
        let c = crop();
        let mut img = if with_face {
            test_frames::image(&f, 7)
        } else {
            RgbImage::from_pixel(
                test_frames::W,
                test_frames::H,
                image::Rgb(test_frames::WALL),
            )
        };
        let mask = test_frames::mask(&f);
        let ramp = |v: f32, from: f32, to: f32| {
            (((v - from) / 16.0).clamp(0.0, 1.0)) * (((to - v) / 16.0).clamp(0.0, 1.0))
        };
        let (px0, px1) = (c.x + 0.02 * c.w, c.x + 0.2 * c.w);
        let (py0, py1) = (c.y - 20.0, c.y + 0.6 * c.h);
        for (x, y, p) in img.enumerate_pixels_mut() {
            let (fx, fy) = (x as f32, y as f32);
            if with_face && mask.at(Point::new(fx, fy)) > 0.1 {
                continue;
            }
            let dx = (fx - 640.0) / 640.0;
            let panel = ramp(fx, px0, px1) * ramp(fy, py0, py1);
            let gain = (1.0 - 0.9 * dx * dx) * (1.0 - 0.55 * panel);
            for ch in &mut p.0 {
                *ch = (f32::from(*ch) * gain) as u8;
            }
        }
        img
    }

    fn background(img: RgbImage, cfg: &PhotoChecksConfig) -> (Verdict, Verdict) {
        let f = FaceLayout::default();
        let frame =
            test_frames::analysed(img, test_frames::landmarks(&f), Some(test_frames::mask(&f)));
        let judge = Judge {
            cfg,
            was_passing: false,
        };
        (
            run_one(CheckId::BackgroundObjects, &frame, &judge).verdict,
            run_one(CheckId::PlainBackground, &frame, &judge).verdict,
        )
    }

    #[test]
    fn the_background_reference_tells_the_booths_backdrop_from_clutter() {
        let cfg = PhotoChecksConfig::default();
        let (objects, plain) = background(booth_wall(true), &cfg);
        assert!(
            objects != Verdict::Pass || plain != Verdict::Pass,
            "without a reference the panel and the falloff look like clutter"
        );
        let calibrated = Calibration {
            backdrop: Some(Backdrop::from_image(&booth_wall(false))),
            head: None,
        }
        .apply(cfg);
        assert_eq!(
            background(booth_wall(true), &calibrated),
            (Verdict::Pass, Verdict::Pass),
            "with the empty booth's reference they are the booth's own"
        );
        // Something that was not there when the booth was empty is still clutter.
        let c = crop();
        let mut cluttered = booth_wall(true);
        for y in (c.y + 0.1 * c.h) as u32..(c.y + 0.45 * c.h) as u32 {
            for x in (c.x + 0.82 * c.w) as u32..(c.x + 0.97 * c.w) as u32 {
                cluttered.put_pixel(x, y, image::Rgb([40, 60, 150]));
            }
        }
        let (objects, _) = background(cluttered, &calibrated);
        assert_eq!(objects, Verdict::Fail);
    }

    #[test]
    fn a_saved_calibration_reads_back_and_reset_removes_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        assert_eq!(
            Calibration::load(dir.path()).expect("none yet"),
            Calibration::default()
        );
        let cal = Calibration {
            backdrop: Some(Backdrop::from_image(&booth_wall(false))),
            head: Some(HeadBaseline {
                pitch_deg: 8.5,
                eye_line: 0.41,
            }),
        };
        cal.save(dir.path()).expect("save");
        assert_eq!(Calibration::load(dir.path()).expect("load"), cal);
        Calibration::default().save(dir.path()).expect("reset");
        assert!(!Calibration::path(dir.path()).exists());
        std::fs::write(
            Calibration::path(dir.path()),
            b"{\"version\":1,\"backdrop\":[1,2]}",
        )
        .expect("write");
        assert!(
            Calibration::load(dir.path()).is_err(),
            "a torn file is an error"
        );
    }

    #[test]
    fn the_median_ignores_outliers() {
        assert_eq!(median(&mut [3.0, 90.0, 2.0, 4.0, -50.0]), Some(3.0));
        assert_eq!(median(&mut []), None);
    }
}
