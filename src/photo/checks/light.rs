//! Checks 12–16 of design §3: the eyes are visible, the face is well and evenly lit, not over-
//! or under-exposed, and sharp. "Visible" also asks that each iris (from the iris model) stand
//! out darker than the white of its eye: a washed-out reflection on a lens, a fringe or a
//! frame across the eye leaves an eye box as bright as ever but hides the iris.

use super::pixels::{
    bounds, histogram, intersection, linear_luminance, luma, mean_of, pixels, square,
};
use super::{CheckId, CheckResult, Judge, Verdict, pass_if};
use crate::face::{IrisResult, Point, Rect};
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, lm};

/// Inside this share of the iris radius a pixel is iris; beyond [`WHITE_FROM`] of it, inside the
/// eye opening, the white of the eye.
const IRIS_WITHIN: f32 = 0.8;
const WHITE_FROM: f32 = 1.2;
/// Fewer pixels of iris or of the white than this and the contrast is not measured (an eye
/// nearly closed, or too small in the frame): `eyes_open` and `not_too_far` speak then.
const MIN_CONTRAST_PIXELS: usize = 12;
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

/// How much darker the iris is than the white of the eye, in the eye opening whose lid margin is
/// `opening`: 1 − iris luma / white luma (about 0.35–0.75 on real eyes; near 0 or below when a
/// reflection or hair covers the iris). `None` when too little of either is in view.
pub fn iris_contrast(img: &image::RgbImage, opening: &[Point], iris: &IrisResult) -> Option<f32> {
    let area = bounds(opening, 0.0);
    let (w, h) = (img.width() as f32, img.height() as f32);
    let (x0, y0) = (area.x.max(0.0) as u32, area.y.max(0.0) as u32);
    let (x1, y1) = ((area.x + area.w).min(w), (area.y + area.h).min(h));
    let (mut iris_sum, mut iris_n, mut white_sum, mut white_n) = (0.0f32, 0usize, 0.0f32, 0usize);
    for y in y0..y1.max(0.0) as u32 {
        for x in x0..x1.max(0.0) as u32 {
            let q = Point::new(x as f32 + 0.5, y as f32 + 0.5);
            if !inside(opening, q) {
                continue;
            }
            let l = luma(img.get_pixel(x, y).0);
            let d = q.distance(iris.centre);
            if d < IRIS_WITHIN * iris.radius {
                iris_sum += l;
                iris_n += 1;
            } else if d > WHITE_FROM * iris.radius {
                white_sum += l;
                white_n += 1;
            }
        }
    }
    if iris_n < MIN_CONTRAST_PIXELS || white_n < MIN_CONTRAST_PIXELS {
        return None;
    }
    let white = (white_sum / white_n as f32).max(1.0);
    Some(1.0 - iris_sum / iris_n as f32 / white)
}

/// Whether `q` lies inside the polygon `poly` (even-odd rule).
fn inside(poly: &[Point], q: Point) -> bool {
    let mut inside = false;
    for (k, a) in poly.iter().enumerate() {
        let b = poly[(k + 1) % poly.len()];
        if (a.y > q.y) != (b.y > q.y) && q.x < a.x + (q.y - a.y) / (b.y - a.y) * (b.x - a.x) {
            inside = !inside;
        }
    }
    inside
}

/// The lower iris contrast of the two eyes, where the iris model has run on them.
pub fn lower_iris_contrast(img: &image::RgbImage, face: &FaceAnalysis) -> Option<f32> {
    [
        (&lm::RIGHT_EYE_OPENING, face.irises[0]),
        (&lm::LEFT_EYE_OPENING, face.irises[1]),
    ]
    .into_iter()
    .filter_map(|(idx, iris)| {
        let opening: Vec<Point> = idx.iter().map(|&i| face.point(i)).collect();
        iris_contrast(img, &opening, &iris?)
    })
    .reduce(f32::min)
}

/// 12 `eyes_visible`: the darker eye's mean luma over the cheeks' (dark lenses, hair over the
/// eyes fail), no more than the allowed share of glare pixels in the eye boxes, and each iris
/// darker than the white of its eye (where measured).
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
    let iris_shows = lower_iris_contrast(img, face)
        .is_none_or(|c| j.at_least(c, j.cfg.eyes_visible_min_iris_contrast));
    let ok = j.at_least(ratio, j.cfg.eyes_visible_min_luminance)
        && j.at_most(glare, j.cfg.eyes_visible_max_glare)
        && iris_shows;
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
    let (rw, rh) = (x1 - x0, y1 - y0);
    let raw = frame.image.as_raw();
    let stride = frame.image.width() as usize * 3;
    let mut grey = Vec::with_capacity((rw * rh) as usize);
    for y in y0..y1 {
        let start = y as usize * stride + x0 as usize * 3;
        for p in raw[start..start + rw as usize * 3].chunks_exact(3) {
            grey.push(luma([p[0], p[1], p[2]]).round().clamp(0.0, 255.0) as u8);
        }
    }
    let scale = SHARPNESS_IED / face.head.eye_distance.max(1.0);
    let w = ((rw as f32 * scale).round() as u32).max(3);
    let h = ((rh as f32 * scale).round() as u32).max(3);
    let g = resize_triangle(&grey, (rw as usize, rh as usize), (w as usize, h as usize));
    let w = w as usize;
    let mut values = Vec::with_capacity((w - 2) * (h as usize - 2));
    for y in 1..h as usize - 1 {
        let (up, row, down) = ((y - 1) * w, y * w, (y + 1) * w);
        for x in 1..w - 1 {
            let at = |i: usize| f32::from(g[i]);
            values.push(
                at(row + x - 1) + at(row + x + 1) + at(up + x) + at(down + x) - 4.0 * at(row + x),
            );
        }
    }
    let n = values.len() as f32;
    let mean = values.iter().sum::<f32>() / n;
    Some(values.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n)
}

/// Triangle-filter resampling of a grey image, exactly as `image::imageops::resize` with
/// `FilterType::Triangle` computes it (a vertical pass in f32, then a horizontal one rounded to
/// 8 bits; the same weights, in the same order), without its per-pixel generic access.
fn resize_triangle(src: &[u8], (w, h): (usize, usize), (nw, nh): (usize, usize)) -> Vec<u8> {
    if (w, h) == (nw, nh) {
        return src.to_vec();
    }
    // For each output position: the first input index and the normalised weights.
    let weights = |from: usize, to: usize| -> Vec<(usize, Vec<f32>)> {
        let ratio = from as f32 / to as f32;
        let sratio = ratio.max(1.0);
        (0..to)
            .map(|o| {
                let centre = (o as f32 + 0.5) * ratio;
                let left = ((centre - sratio).floor() as i64).clamp(0, from as i64 - 1) as usize;
                let right =
                    ((centre + sratio).ceil() as i64).clamp(left as i64 + 1, from as i64) as usize;
                let centre = centre - 0.5;
                let mut ws: Vec<f32> = (left..right)
                    .map(|i| {
                        let x = ((i as f32 - centre) / sratio).abs();
                        if x < 1.0 { 1.0 - x } else { 0.0 }
                    })
                    .collect();
                let sum: f32 = ws.iter().sum();
                ws.iter_mut().for_each(|v| *v /= sum);
                (left, ws)
            })
            .collect()
    };
    let mut columns = vec![0.0f32; w * nh];
    for (oy, (top, ws)) in weights(h, nh).iter().enumerate() {
        let out = &mut columns[oy * w..(oy + 1) * w];
        for (i, wt) in ws.iter().enumerate() {
            let line = &src[(top + i) * w..(top + i + 1) * w];
            for (o, &p) in out.iter_mut().zip(line) {
                *o += f32::from(p) * wt;
            }
        }
    }
    let across = weights(w, nw);
    let mut out = Vec::with_capacity(nw * nh);
    for row in columns.chunks_exact(w) {
        for (left, ws) in &across {
            let mut t = 0.0f32;
            for (i, wt) in ws.iter().enumerate() {
                t += row[left + i] * wt;
            }
            out.push(t.clamp(0.0, 255.0).round() as u8);
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use image::imageops::{self, FilterType};
    use image::{GrayImage, Luma};

    #[test]
    fn triangle_resampling_matches_the_image_crate_exactly() {
        let src = GrayImage::from_fn(131, 157, |x, y| Luma([((x * 37 + y * 11) ^ (x * y)) as u8]));
        for (nw, nh) in [(100, 120), (60, 71), (131, 157), (140, 170), (3, 3)] {
            let want = imageops::resize(&src, nw, nh, FilterType::Triangle);
            let got = resize_triangle(src.as_raw(), (131, 157), (nw as usize, nh as usize));
            assert_eq!(&got, want.as_raw(), "{nw}×{nh}");
        }
    }
}
