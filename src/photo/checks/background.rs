//! Checks 17–20 of design §3: a plain background with nothing in it and no shadow, inside the
//! crop and outside the person mask; and the head-covering heuristic. With the operator's
//! background reference ([`Backdrop`]) the frame is divided by the empty booth first, so the
//! booth's own marks and light falloff are not taken for clutter or shadow.

use std::sync::Arc;

use image::RgbImage;

use super::pixels::{chroma, luma, mean_colour, pixels, square};
use super::{CheckId, CheckResult, Judge, Verdict, pass_if};
use crate::face::{PersonMask, Point, Rect};
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, lm};
use crate::photo::calibration::Backdrop;
use crate::photo::checks::light::cheek_regions;

/// The crop is scaled to this width before the background is measured (design §3).
pub const BACKGROUND_WIDTH: u32 = 354;
/// A cell is background when the person probability there, and a few pixels around, is below.
const BACKGROUND_PROBABILITY: f32 = 0.1;
/// Distance (in pixels of the scaled crop) around a background pixel that must be background
/// too, so the person's outline is not counted as clutter.
const MARGIN: f32 = 5.0;

/// The crop scaled to [`BACKGROUND_WIDTH`], with which pixels are background.
#[derive(Debug, Clone, PartialEq)]
pub struct BackgroundView {
    pub grey: Vec<f32>,
    pub width: usize,
    pub height: usize,
    pub is_background: Vec<bool>,
}

impl BackgroundView {
    /// The background's luma values (0–1) and whether each is left of the crop's centre.
    fn samples(&self) -> impl Iterator<Item = (f32, bool)> + '_ {
        self.grey
            .iter()
            .zip(&self.is_background)
            .enumerate()
            .filter(|(_, (_, bg))| **bg)
            .map(|(i, (g, _))| (*g / 255.0, i % self.width < self.width / 2))
    }
}

/// The background of the crop that will be taken (or of the ideal crop clipped to the frame),
/// made once per frame and shared by the background checks; flattened by `backdrop` (the
/// same for every check of a frame) when the booth is calibrated.
pub fn background_view(
    frame: &AnalysedFrame,
    backdrop: Option<&Backdrop>,
) -> Option<Arc<BackgroundView>> {
    frame
        .background_cache
        .get_or_init(|| make_background_view(frame, backdrop).map(Arc::new))
        .clone()
}

fn make_background_view(
    frame: &AnalysedFrame,
    backdrop: Option<&Backdrop>,
) -> Option<BackgroundView> {
    let face = frame.face.as_ref()?;
    let mask = frame.mask.as_ref()?;
    let (fw, fh) = (frame.width() as f32, frame.height() as f32);
    let crop = frame.crop().unwrap_or_else(|| {
        face.head
            .ideal_crop
            .intersection(&Rect::new(0.0, 0.0, fw, fh))
    });
    view_of(&frame.image, mask, crop, backdrop)
}

fn view_of(
    image: &RgbImage,
    mask: &PersonMask,
    crop: Rect,
    backdrop: Option<&Backdrop>,
) -> Option<BackgroundView> {
    let (x0, y0, x1, y1) = super::pixels::clip(image, &crop)?;
    let (cw, ch) = ((x1 - x0) as f32, (y1 - y0) as f32);
    let scale = BACKGROUND_WIDTH as f32 / cw;
    let (w, h) = (
        BACKGROUND_WIDTH as usize,
        ((ch * scale).round() as usize).max(3),
    );
    // The crop is upright: every column shares its frame x (and its bilinear columns and mask
    // column), every row its frame y. Tabulate them once instead of per pixel.
    let raw = image.as_raw();
    let (iw, ih) = (image.width() as usize, image.height() as usize);
    let axis = |start: u32, n: usize, max: usize| -> Vec<(f32, usize, usize, f32)> {
        (0..n)
            .map(|i| {
                let at = start as f32 + (i as f32 + 0.5) / scale;
                let t = (at - 0.5).clamp(0.0, (max - 1) as f32);
                let a = t as usize;
                (at, a, (a + 1).min(max - 1), t - a as f32)
            })
            .collect()
    };
    let columns = axis(x0, w, iw);
    let rows = axis(y0, h, ih);
    let mask_columns: Vec<Option<usize>> = columns.iter().map(|c| mask.column(c.0)).collect();
    // Each frame row the view reads, blended across (bilinear in x) once for all view columns;
    // consecutive view rows share their frame rows. Same arithmetic as sampling per pixel.
    let blend_row = |y: usize, out: &mut Vec<f32>| {
        out.clear();
        let line = &raw[y * iw * 3..(y + 1) * iw * 3];
        let l = |x: usize| luma([line[x * 3], line[x * 3 + 1], line[x * 3 + 2]]);
        for &(_, xa, xb, fx) in &columns {
            let a = l(xa);
            out.push(a + (l(xb) - a) * fx);
        }
    };
    let (mut top, mut bottom) = (Vec::with_capacity(w), Vec::with_capacity(w));
    let mut have: Option<(usize, usize)> = None;
    let mut grey = vec![0.0f32; w * h];
    let mut clear = vec![true; w * h];
    for (r, &(py, ya, yb, fy)) in rows.iter().enumerate() {
        if have != Some((ya, yb)) {
            match have {
                // The previous bottom row is this top row (the view moves down one frame row).
                Some((_, b)) if b == ya => std::mem::swap(&mut top, &mut bottom),
                _ => blend_row(ya, &mut top),
            }
            blend_row(yb, &mut bottom);
            have = Some((ya, yb));
        }
        let out = &mut grey[r * w..(r + 1) * w];
        for ((o, &t), &b) in out.iter_mut().zip(&top).zip(&bottom) {
            *o = t + (b - t) * fy;
        }
        if let Some(bd) = backdrop {
            for (o, c) in out.iter_mut().zip(&columns) {
                *o = bd.flatten(*o, Point::new(c.0, py), iw as f32, ih as f32);
            }
        }
        if let Some(gy) = mask.row(py) {
            let out = &mut clear[r * w..(r + 1) * w];
            for (o, gx) in out.iter_mut().zip(&mask_columns) {
                if let Some(gx) = *gx {
                    *o = mask.cell(gx, gy) < BACKGROUND_PROBABILITY;
                }
            }
        }
    }
    // Background: clear here and MARGIN pixels around (the person's outline is not clutter).
    let m = MARGIN as usize;
    let mut is_background = vec![false; w * h];
    for y in 0..h {
        let (up, down) = (y.saturating_sub(m) * w, (y + m).min(h - 1) * w);
        let row = y * w;
        for x in 0..w {
            let (left, right) = (x.saturating_sub(m), (x + m).min(w - 1));
            is_background[row + x] = clear[row + x]
                && clear[row + left]
                && clear[row + right]
                && clear[up + x]
                && clear[down + x];
        }
    }
    Some(BackgroundView {
        grey,
        width: w,
        height: h,
        is_background,
    })
}

/// Mean Sobel gradient magnitude over background pixels whose 3×3 neighbourhood is background.
pub fn mean_gradient(v: &BackgroundView) -> Option<f32> {
    let (w, h) = (v.width, v.height);
    if w < 3 || h < 3 {
        return None;
    }
    let (g, bg) = (&v.grey, &v.is_background);
    // Whether each pixel and its left and right neighbours are background.
    let mut across = vec![false; w * h];
    for y in 0..h {
        let row = y * w;
        for x in 1..w - 1 {
            across[row + x] = bg[row + x - 1] && bg[row + x] && bg[row + x + 1];
        }
    }
    let mut sum = 0.0f32;
    let mut n = 0usize;
    for y in 1..h - 1 {
        let (a, m, b) = ((y - 1) * w, y * w, (y + 1) * w);
        for x in 1..w - 1 {
            if !(across[a + x] && across[m + x] && across[b + x]) {
                continue;
            }
            let gx = g[a + x + 1] + 2.0 * g[m + x + 1] + g[b + x + 1]
                - g[a + x - 1]
                - 2.0 * g[m + x - 1]
                - g[b + x - 1];
            let gy = g[b + x - 1] + 2.0 * g[b + x] + g[b + x + 1]
                - g[a + x - 1]
                - 2.0 * g[a + x]
                - g[a + x + 1];
            sum += (gx * gx + gy * gy).sqrt();
            n += 1;
        }
    }
    (n > 0).then(|| sum / n as f32)
}

/// No face or no mask: nothing to judge; a face filling the crop: no background to judge.
fn background_unmeasured(frame: &AnalysedFrame, id: CheckId) -> CheckResult {
    if frame.face.is_none() {
        CheckResult::unmeasured(id)
    } else {
        CheckResult::new(id, None, Verdict::Warn)
    }
}

/// 17 `plain_background`: mean Sobel gradient of the background at 354 px crop width.
pub fn plain_background(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let id = CheckId::PlainBackground;
    let Some(g) = background_view(frame, j.cfg.backdrop.as_ref()).and_then(|v| mean_gradient(&v))
    else {
        return background_unmeasured(frame, id);
    };
    let verdict = j.graded_max(
        g,
        j.cfg.plain_background_warn_gradient,
        j.cfg.plain_background_fail_gradient,
    );
    CheckResult::new(id, Some(g), verdict)
}

/// 18 `background_objects`: standard deviation of the background's luminance (0–1).
pub fn background_objects(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let id = CheckId::BackgroundObjects;
    let Some(view) = background_view(frame, j.cfg.backdrop.as_ref()) else {
        return background_unmeasured(frame, id);
    };
    let values: Vec<f32> = view.samples().map(|(g, _)| g).collect();
    if values.is_empty() {
        return background_unmeasured(frame, id);
    }
    let n = values.len() as f32;
    let mean = values.iter().sum::<f32>() / n;
    let std = (values.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n).sqrt();
    CheckResult::new(
        id,
        Some(std),
        pass_if(j.at_most(std, j.cfg.background_objects_max_std)),
    )
}

/// 19 `background_shadow`: difference of the mean background luminance (0–1) left and right
/// of the crop's centre.
pub fn background_shadow(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let id = CheckId::BackgroundShadow;
    let Some(view) = background_view(frame, j.cfg.backdrop.as_ref()) else {
        return background_unmeasured(frame, id);
    };
    let (mut l, mut nl, mut r, mut nr) = (0.0f32, 0usize, 0.0f32, 0usize);
    for (g, left) in view.samples() {
        if left {
            l += g;
            nl += 1;
        } else {
            r += g;
            nr += 1;
        }
    }
    if nl == 0 || nr == 0 {
        return background_unmeasured(frame, id);
    }
    let diff = (l / nl as f32 - r / nr as f32).abs();
    CheckResult::new(
        id,
        Some(diff),
        pass_if(j.at_most(diff, j.cfg.background_shadow_max_difference)),
    )
}

/// The regions the head-covering heuristic compares with the cheeks: the forehead (a hat's
/// brim, a scarf), the upper lip and the chin (a mask).
pub fn covering_regions(face: &FaceAnalysis) -> [Rect; 3] {
    let ied = face.head.eye_distance;
    let forehead = face
        .point(lm::BETWEEN_BROWS)
        .midpoint(face.point(lm::FOREHEAD));
    let upper_lip = face
        .point(lm::NOSE_TIP)
        .midpoint(face.point(lm::LIP_UPPER_INNER));
    let chin = face.point(lm::UNDER_LIP).midpoint(face.point(lm::CHIN));
    [
        square(forehead, 0.4 * ied),
        square(upper_lip, 0.2 * ied),
        square(chin, 0.25 * ied),
    ]
}

/// 20 `head_covering`: the larger of two measures, each over its warning level (so 1 is where
/// it warns): the largest colour distance (rg chromaticity) of forehead, upper lip or chin from
/// the cheeks (a mask, a scarf or a cap pulled over the forehead), and the face-parsing
/// network's share of hat over the head above the brows (a cap that leaves the forehead bare),
/// when it has read this head and the operator has not switched it off. Only a heuristic:
/// above 1 it warns and the user confirms.
pub fn head_covering(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let id = CheckId::HeadCovering;
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(id);
    };
    let (cr, cl) = cheek_regions(face);
    let mut cheeks = pixels(&frame.image, &cr);
    cheeks.extend(pixels(&frame.image, &cl));
    let colour = mean_colour(&cheeks).map(chroma).map(|skin| {
        covering_regions(face)
            .iter()
            .filter_map(|r| mean_colour(&pixels(&frame.image, r)).map(chroma))
            .map(|c| (c.0 - skin.0).hypot(c.1 - skin.1))
            .fold(0.0f32, f32::max)
    });
    let hat = frame.hat_share.filter(|_| j.cfg.head_covering_parsing);
    let level = |value: f32, warn: f32| value / warn.max(f32::EPSILON);
    let levels = [
        colour.map(|c| level(c, j.cfg.head_covering_warn_colour)),
        hat.map(|h| level(h, j.cfg.head_covering_warn_hat)),
    ];
    let Some(worst) = levels.into_iter().flatten().reduce(f32::max) else {
        return CheckResult::new(id, None, Verdict::Warn);
    };
    let verdict = if j.at_most(worst, 1.0) {
        Verdict::Pass
    } else {
        Verdict::Warn
    };
    CheckResult::new(id, Some(worst), verdict)
}
