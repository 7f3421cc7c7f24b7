//! Checks 12–16 of design §3: the eyes are visible, the face is well and evenly lit, not over-
//! or under-exposed, and sharp.

use image::imageops::{self, FilterType};
use image::{GrayImage, Luma};

use super::pixels::{
    bounds, histogram, intersection, linear_luminance, luma, mean_of, pixels, square,
};
use super::{CheckId, CheckResult, Judge, Verdict, pass_if};
use crate::face::Rect;
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, lm};

/// Luma at or above which an eye pixel is glare.
const GLARE_LUMA: f32 = 250.0;
/// Face pixels at or above / at or below these 8-bit lumas are blown / crushed.
const BRIGHT_LUMA: f32 = 247.0;
const DARK_LUMA: f32 = 25.0;
const HIST_BINS: usize = 32;
/// The face is scaled so the eyes are this far apart before the Laplacian.
const SHARPNESS_IED: f32 = 100.0;

/// The face's skin region: between the sides of the face (trimmed by 15 % each side), from the
/// forehead landmark to the chin (trimmed by 10 % each end).
pub fn face_region(face: &FaceAnalysis) -> Rect {
    let xa = face
        .point(lm::SIDE_RIGHT)
        .x
        .min(face.point(lm::SIDE_LEFT).x);
    let xb = face
        .point(lm::SIDE_RIGHT)
        .x
        .max(face.point(lm::SIDE_LEFT).x);
    let ya = face.point(lm::FOREHEAD).y.min(face.point(lm::CHIN).y);
    let yb = face.point(lm::FOREHEAD).y.max(face.point(lm::CHIN).y);
    let (w, h) = (xb - xa, yb - ya);
    Rect::new(xa + 0.15 * w, ya + 0.1 * h, 0.7 * w, 0.8 * h)
}

/// The two cheek zones (subject's right, left): squares of 0.35 × IED on the cheek landmarks.
pub fn cheek_regions(face: &FaceAnalysis) -> (Rect, Rect) {
    let side = 0.35 * face.head.eye_distance;
    (
        square(face.point(lm::CHEEK_RIGHT), side),
        square(face.point(lm::CHEEK_LEFT), side),
    )
}

fn eye_region(face: &FaceAnalysis, idx: &[usize; 8]) -> Rect {
    let pts: Vec<_> = idx.iter().map(|&i| face.point(i)).collect();
    let width = pts[0].distance(pts[1]);
    bounds(&pts, 0.1 * width)
}

/// 12 `eyes_visible`: the darker eye's mean luma over the cheeks' (dark lenses, hair over the
/// eyes fail), and no more than the allowed share of glare pixels in the eye boxes.
pub fn eyes_visible(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::EyesVisible);
    };
    let img = &frame.image;
    let (cr, cl) = cheek_regions(face);
    let mut cheeks = pixels(img, &cr);
    cheeks.extend(pixels(img, &cl));
    let eyes = [
        pixels(img, &eye_region(face, &lm::RIGHT_EYE)),
        pixels(img, &eye_region(face, &lm::LEFT_EYE)),
    ];
    let (Some(cheek), Some(er), Some(el)) = (
        mean_of(&cheeks, luma),
        mean_of(&eyes[0], luma),
        mean_of(&eyes[1], luma),
    ) else {
        return CheckResult::unmeasured(CheckId::EyesVisible);
    };
    let ratio = er.min(el) / cheek.max(1.0);
    let all: Vec<_> = eyes.concat();
    let glare = all.iter().filter(|&&p| luma(p) >= GLARE_LUMA).count() as f32 / all.len() as f32;
    let ok = j.at_least(ratio, j.cfg.eyes_visible_min_luminance)
        && j.at_most(glare, j.cfg.eyes_visible_max_glare);
    CheckResult::new(CheckId::EyesVisible, Some(ratio), pass_if(ok))
}

/// 13 `face_brightness`: mean linear luminance of the face region.
pub fn face_brightness(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::FaceBrightness);
    };
    let Some(mean) = mean_of(&pixels(&frame.image, &face_region(face)), linear_luminance) else {
        return CheckResult::unmeasured(CheckId::FaceBrightness);
    };
    let ok =
        j.at_least(mean, j.cfg.face_brightness_min) && j.at_most(mean, j.cfg.face_brightness_max);
    CheckResult::new(CheckId::FaceBrightness, Some(mean), pass_if(ok))
}

/// 14 `exposure`: the worse of (share of face pixels ≥ 247) / its limit and (share ≤ 25) /
/// its limit; 1 or less passes.
pub fn exposure(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::Exposure);
    };
    let px = pixels(&frame.image, &face_region(face));
    if px.is_empty() {
        return CheckResult::unmeasured(CheckId::Exposure);
    }
    let n = px.len() as f32;
    let bright = px.iter().filter(|&&p| luma(p) >= BRIGHT_LUMA).count() as f32 / n;
    let dark = px.iter().filter(|&&p| luma(p) <= DARK_LUMA).count() as f32 / n;
    let score = (bright / j.cfg.exposure_max_bright.max(1e-6))
        .max(dark / j.cfg.exposure_max_dark.max(1e-6));
    CheckResult::new(
        CheckId::Exposure,
        Some(score),
        pass_if(j.at_most(score, 1.0)),
    )
}

/// 15 `even_light`: the difference of the two cheeks' mean luma relative to the brighter one;
/// their luma histograms must also overlap enough.
pub fn even_light(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::EvenLight);
    };
    let (cr, cl) = cheek_regions(face);
    let (a, b) = (pixels(&frame.image, &cr), pixels(&frame.image, &cl));
    let (Some(ma), Some(mb)) = (mean_of(&a, luma), mean_of(&b, luma)) else {
        return CheckResult::unmeasured(CheckId::EvenLight);
    };
    let difference = (ma - mb).abs() / ma.max(mb).max(1.0);
    let overlap = intersection(&histogram(&a, HIST_BINS), &histogram(&b, HIST_BINS));
    let ok = j.at_most(difference, j.cfg.even_light_max_difference)
        && j.at_least(overlap, j.cfg.even_light_min_intersection);
    CheckResult::new(CheckId::EvenLight, Some(difference), pass_if(ok))
}

/// Variance of the 4-neighbour Laplacian of the face region, scaled to 100 px between the eyes.
pub fn laplacian_variance(frame: &AnalysedFrame, face: &FaceAnalysis) -> Option<f32> {
    let region = face_region(face);
    let (x0, y0, x1, y1) = super::pixels::clip(&frame.image, &region)?;
    let grey = GrayImage::from_fn(x1 - x0, y1 - y0, |x, y| {
        let p = frame.image.get_pixel(x0 + x, y0 + y).0;
        Luma([luma(p).round().clamp(0.0, 255.0) as u8])
    });
    let scale = SHARPNESS_IED / face.head.eye_distance.max(1.0);
    let w = ((grey.width() as f32 * scale).round() as u32).max(3);
    let h = ((grey.height() as f32 * scale).round() as u32).max(3);
    let g = imageops::resize(&grey, w, h, FilterType::Triangle);
    let at = |x: u32, y: u32| f32::from(g.get_pixel(x, y).0[0]);
    let mut values = Vec::with_capacity(((w - 2) * (h - 2)) as usize);
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            values.push(at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4.0 * at(x, y));
        }
    }
    let n = values.len() as f32;
    let mean = values.iter().sum::<f32>() / n;
    Some(values.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n)
}

/// 16 `sharpness`: Laplacian variance of the face (too low fails); landmarks moving more
/// than the allowed pixels per frame warn ("hold still").
pub fn sharpness(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::Sharpness);
    };
    let Some(var) = laplacian_variance(frame, face) else {
        return CheckResult::unmeasured(CheckId::Sharpness);
    };
    let verdict = if !j.at_least(var, j.cfg.sharpness_min_laplacian) {
        Verdict::Fail
    } else if frame
        .jitter_px
        .is_some_and(|m| !j.at_most(m, j.cfg.sharpness_max_jitter_px))
    {
        Verdict::Warn
    } else {
        Verdict::Pass
    };
    CheckResult::new(CheckId::Sharpness, Some(var), verdict)
}
