//! Pixel statistics shared by the checks: luma, linear luminance, rectangle regions clipped to
//! the frame, histograms, and the regions of the face built from landmarks.

use image::RgbImage;

use crate::face::{Point, Rect};

/// 8-bit luma (Rec. 601 weights), 0–255.
#[inline]
pub fn luma(p: [u8; 3]) -> f32 {
    0.299 * f32::from(p[0]) + 0.587 * f32::from(p[1]) + 0.114 * f32::from(p[2])
}

/// sRGB component (0–255) to linear light (0–1), from a table made once.
#[inline]
pub fn srgb_to_linear(c: u8) -> f32 {
    static TABLE: std::sync::LazyLock<[f32; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|i| {
            let v = i as f32 / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        })
    });
    TABLE[usize::from(c)]
}

/// Linear relative luminance (Rec. 709 / sRGB primaries), 0–1.
#[inline]
pub fn linear_luminance(p: [u8; 3]) -> f32 {
    0.2126 * srgb_to_linear(p[0]) + 0.7152 * srgb_to_linear(p[1]) + 0.0722 * srgb_to_linear(p[2])
}

/// rg chromaticity (r/(r+g+b), g/(r+g+b)); mid-grey for black.
#[inline]
pub fn chroma(p: [f32; 3]) -> (f32, f32) {
    let s = p[0] + p[1] + p[2];
    if s <= 1.0 {
        (1.0 / 3.0, 1.0 / 3.0)
    } else {
        (p[0] / s, p[1] / s)
    }
}

/// Integer pixel bounds of `r` inside the image: (x0, y0, x1, y1), exclusive ends.
pub fn clip(img: &RgbImage, r: &Rect) -> Option<(u32, u32, u32, u32)> {
    let x0 = r.x.floor().max(0.0) as u32;
    let y0 = r.y.floor().max(0.0) as u32;
    let x1 = (r.right().ceil().max(0.0) as u32).min(img.width());
    let y1 = (r.bottom().ceil().max(0.0) as u32).min(img.height());
    (x1 > x0 && y1 > y0).then_some((x0, y0, x1, y1))
}

/// Every pixel of `r` (clipped to the image).
pub fn pixels(img: &RgbImage, r: &Rect) -> Vec<[u8; 3]> {
    let Some((x0, y0, x1, y1)) = clip(img, r) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(((x1 - x0) * (y1 - y0)) as usize);
    for y in y0..y1 {
        for x in x0..x1 {
            out.push(img.get_pixel(x, y).0);
        }
    }
    out
}

/// Mean of `f` over pixels; `None` for no pixels.
pub fn mean_of(px: &[[u8; 3]], f: impl Fn([u8; 3]) -> f32) -> Option<f32> {
    (!px.is_empty()).then(|| px.iter().map(|&p| f(p)).sum::<f32>() / px.len() as f32)
}

/// Mean colour (0–255 per channel).
pub fn mean_colour(px: &[[u8; 3]]) -> Option<[f32; 3]> {
    (!px.is_empty()).then(|| {
        let mut s = [0.0f32; 3];
        for p in px {
            for c in 0..3 {
                s[c] += f32::from(p[c]);
            }
        }
        let n = px.len() as f32;
        [s[0] / n, s[1] / n, s[2] / n]
    })
}

/// Normalised luma histogram with `bins` bins.
pub fn histogram(px: &[[u8; 3]], bins: usize) -> Vec<f32> {
    let mut h = vec![0.0f32; bins];
    if px.is_empty() {
        return h;
    }
    for &p in px {
        let b = ((luma(p) / 256.0) * bins as f32) as usize;
        h[b.min(bins - 1)] += 1.0;
    }
    let n = px.len() as f32;
    h.iter_mut().for_each(|v| *v /= n);
    h
}

/// Histogram intersection, 0 (disjoint) to 1 (identical).
pub fn intersection(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x.min(*y)).sum()
}

/// The bounding box of some points, grown by `pad` on each side.
pub fn bounds(points: &[Point], pad: f32) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for p in points {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    if x0 > x1 {
        return Rect::default();
    }
    Rect::new(x0 - pad, y0 - pad, x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad)
}

/// A square of side `side` centred on `c`.
pub fn square(c: Point, side: f32) -> Rect {
    Rect::new(c.x - side / 2.0, c.y - side / 2.0, side, side)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_spans_zero_to_one_and_mid_grey_is_dark_in_linear_light() {
        assert!(linear_luminance([0, 0, 0]).abs() < 1e-6);
        assert!((linear_luminance([255, 255, 255]) - 1.0).abs() < 1e-4);
        let grey = linear_luminance([128, 128, 128]);
        assert!((grey - 0.2158).abs() < 1e-3, "{grey}");
    }

    #[test]
    fn identical_histograms_intersect_fully_and_disjoint_ones_not_at_all() {
        let dark = vec![[10, 10, 10]; 50];
        let light = vec![[240, 240, 240]; 50];
        assert!((intersection(&histogram(&dark, 32), &histogram(&dark, 32)) - 1.0).abs() < 1e-6);
        assert!(intersection(&histogram(&dark, 32), &histogram(&light, 32)) < 1e-6);
    }

    #[test]
    fn regions_are_clipped_to_the_image() {
        let img = RgbImage::new(10, 10);
        assert_eq!(pixels(&img, &Rect::new(-5.0, -5.0, 8.0, 8.0)).len(), 9);
        assert!(pixels(&img, &Rect::new(20.0, 0.0, 5.0, 5.0)).is_empty());
    }
}
