//! Points, rectangles and rotated regions in frame pixels, and the sampling that fills a
//! model's NHWC input from a region of a frame.

use image::RgbImage;

/// A point in frame pixels (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub const fn new(x: f32, y: f32) -> Self {
        Point { x, y }
    }
    pub fn distance(self, other: Point) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }
    pub fn midpoint(self, other: Point) -> Point {
        Point::new((self.x + other.x) / 2.0, (self.y + other.y) / 2.0)
    }
}

/// An axis-aligned rectangle in frame pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Rect { x, y, w, h }
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn centre(&self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
    pub fn area(&self) -> f32 {
        self.w.max(0.0) * self.h.max(0.0)
    }
    /// The overlap of two rectangles (empty: zero size).
    pub fn intersection(&self, other: &Rect) -> Rect {
        let x = self.x.max(other.x);
        let y = self.y.max(other.y);
        let r = self.right().min(other.right());
        let b = self.bottom().min(other.bottom());
        Rect::new(x, y, (r - x).max(0.0), (b - y).max(0.0))
    }
    /// Intersection over union.
    pub fn iou(&self, other: &Rect) -> f32 {
        let inter = self.intersection(other).area();
        let union = self.area() + other.area() - inter;
        if union <= 0.0 { 0.0 } else { inter / union }
    }
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x < self.right() && p.y >= self.y && p.y < self.bottom()
    }
}

/// A rectangle rotated by `angle` radians (clockwise on screen, y down) about its centre.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RotatedRect {
    pub cx: f32,
    pub cy: f32,
    pub w: f32,
    pub h: f32,
    pub angle: f32,
}

impl RotatedRect {
    /// An axis-aligned rectangle.
    pub fn upright(r: Rect) -> Self {
        RotatedRect {
            cx: r.x + r.w / 2.0,
            cy: r.y + r.h / 2.0,
            w: r.w,
            h: r.h,
            angle: 0.0,
        }
    }

    /// The frame point at (u, v) of the rectangle, u and v from 0 to 1 along its own axes.
    pub fn point_at(&self, u: f32, v: f32) -> Point {
        let (s, c) = self.angle.sin_cos();
        let a = (u - 0.5) * self.w;
        let b = (v - 0.5) * self.h;
        Point::new(self.cx + c * a - s * b, self.cy + s * a + c * b)
    }
}

/// The frame shrunk by a whole factor `k`, each output pixel the mean of a k×k block (the
/// edges that do not fill a block are dropped). Output pixel i covers input [k·i, k·i + k).
pub fn downscale_box(frame: &RgbImage, k: u32) -> RgbImage {
    let k = k.max(1);
    if k == 1 {
        return frame.clone();
    }
    let (w, h) = (frame.width() / k, frame.height() / k);
    let raw = frame.as_raw();
    let stride = frame.width() as usize * 3;
    let (ku, wu) = (k as usize, w as usize);
    let mut out = vec![0u8; wu * h as usize * 3];
    let mut row = vec![0u32; wu * 3];
    let area = (ku * ku) as u32;
    for (oy, dst) in out.chunks_exact_mut(wu * 3).enumerate() {
        row.iter_mut().for_each(|v| *v = 0);
        for y in oy * ku..oy * ku + ku {
            let line = &raw[y * stride..y * stride + wu * ku * 3];
            if ku == 4 {
                // The kiosk's case (1280 → 320): fixed-size blocks, no per-byte bounds checks.
                for (sum, block) in row.chunks_exact_mut(3).zip(line.chunks_exact(12)) {
                    if let (Ok(b), [r, g, bl]) = (<&[u8; 12]>::try_from(block), sum) {
                        let v = |i: usize| u32::from(b[i]);
                        *r += v(0) + v(3) + v(6) + v(9);
                        *g += v(1) + v(4) + v(7) + v(10);
                        *bl += v(2) + v(5) + v(8) + v(11);
                    }
                }
                continue;
            }
            // Each block's k pixels of this line, summed per channel.
            for (sum, block) in row.chunks_exact_mut(3).zip(line.chunks_exact(ku * 3)) {
                let (mut r, mut g, mut b) = (0u32, 0u32, 0u32);
                for px in block.chunks_exact(3) {
                    r += u32::from(px[0]);
                    g += u32::from(px[1]);
                    b += u32::from(px[2]);
                }
                sum[0] += r;
                sum[1] += g;
                sum[2] += b;
            }
        }
        for (d, v) in dst.iter_mut().zip(&row) {
            *d = ((v + area / 2) / area) as u8;
        }
    }
    RgbImage::from_raw(w, h, out).unwrap_or_else(|| frame.clone())
}

/// How [`sample_region`] fills each input pixel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sampling {
    /// Up to 3×3 bilinear samples averaged when the region is much larger than the input, so
    /// a whole 1280-pixel frame does not alias into a 128-pixel input.
    Averaged,
    /// One bilinear sample per input pixel, as MediaPipe's own image-to-tensor step does: for
    /// a face region only about twice the input's size, where averaging costs time and
    /// changes little.
    Single,
}

/// [`sample_region`] into a new NHWC buffer of `size.0` × `size.1` × 3 (a model's input).
pub fn sampled(
    frame: &RgbImage,
    roi: &RotatedRect,
    size: (usize, usize),
    range: (f32, f32),
    sampling: Sampling,
) -> Vec<f32> {
    let mut input = vec![0.0f32; size.0 * size.1 * 3];
    sample_region(frame, roi, size, range, sampling, &mut input);
    input
}

/// Fills an NHWC `out` (`size.0` wide, `size.1` high, 3 channels) with the frame's pixels in
/// `roi`, mapped from 0–255 to `range`. Outside the frame the input is `range.0` (black).
/// When the region is much larger than the input, several samples per input pixel are
/// averaged, so a 1280-pixel frame does not alias into a 128-pixel input.
pub fn sample_region(
    frame: &RgbImage,
    roi: &RotatedRect,
    size: (usize, usize),
    range: (f32, f32),
    sampling: Sampling,
    out: &mut [f32],
) {
    let (ow, oh) = size;
    debug_assert_eq!(out.len(), ow * oh * 3);
    let scale = (roi.w / ow as f32).max(roi.h / oh as f32);
    let n = match sampling {
        Sampling::Averaged => (scale / 1.5).ceil().clamp(1.0, 3.0) as usize,
        Sampling::Single => 1,
    };
    let (lo, hi) = range;
    let count = (n * n) as f32;
    let k = (hi - lo) / 255.0 / count;
    // point_at(u, v) is affine: origin + u·du + v·dv. Step it instead of recomputing the
    // rotation for each of the (up to) nine samples of every input pixel.
    let (s, c) = roi.angle.sin_cos();
    let du = (c * roi.w, s * roi.w);
    let dv = (-s * roi.h, c * roi.h);
    let origin = (
        roi.cx - 0.5 * du.0 - 0.5 * dv.0,
        roi.cy - 0.5 * du.1 - 0.5 * dv.1,
    );
    // Frame offset of each sub-sample inside an output pixel (and the −0.5 of pixel centres).
    let mut offsets = [(0.0f32, 0.0f32); 9];
    for sj in 0..n {
        for si in 0..n {
            let fu = (si as f32 + 0.5) / n as f32 / ow as f32;
            let fv = (sj as f32 + 0.5) / n as f32 / oh as f32;
            offsets[sj * n + si] = (fu * du.0 + fv * dv.0 - 0.5, fu * du.1 + fv * dv.1 - 0.5);
        }
    }
    let offsets = &offsets[..n * n];
    let sampler = Bilinear::new(frame);
    for j in 0..oh {
        let v = j as f32 / oh as f32;
        let row = (origin.0 + v * dv.0, origin.1 + v * dv.1);
        // The samples are affine in i: when the first and last pixel's samples are well inside
        // the frame, every sample of the row is, and the sampler skips its edge handling.
        let last = (ow.max(1) - 1) as f32 / ow as f32;
        let row_inside = [0.0, last].iter().all(|&u| {
            let base = (row.0 + u * du.0, row.1 + u * du.1);
            offsets
                .iter()
                .all(|&(ox, oy)| sampler.well_inside(base.0 + ox, base.1 + oy))
        });
        for i in 0..ow {
            let u = i as f32 / ow as f32;
            let base = (row.0 + u * du.0, row.1 + u * du.1);
            let mut acc = [0.0f32; 3];
            if row_inside {
                for &(ox, oy) in offsets {
                    sampler.add_inside(base.0 + ox, base.1 + oy, &mut acc);
                }
            } else {
                for &(ox, oy) in offsets {
                    sampler.add(base.0 + ox, base.1 + oy, &mut acc);
                }
            }
            let o = (j * ow + i) * 3;
            // Samples outside the frame count as black.
            out[o] = lo + k * acc[0];
            out[o + 1] = lo + k * acc[1];
            out[o + 2] = lo + k * acc[2];
        }
    }
}

/// Bilinear sampling of an RGB frame, for the hot loop of [`sample_region`]. Written for our
/// lightly optimised build profile: one bounds check per sample, channels unrolled.
struct Bilinear<'a> {
    raw: &'a [u8],
    w: usize,
    h: usize,
    stride: usize,
    max_x: f32,
    max_y: f32,
    last_x: f32,
    last_y: f32,
}

impl<'a> Bilinear<'a> {
    fn new(frame: &'a RgbImage) -> Self {
        let (w, h) = (frame.width() as usize, frame.height() as usize);
        Bilinear {
            raw: frame.as_raw(),
            w,
            h,
            stride: w * 3,
            max_x: w as f32 - 0.5,
            max_y: h as f32 - 0.5,
            last_x: w.saturating_sub(1) as f32,
            last_y: h.saturating_sub(1) as f32,
        }
    }

    /// Whether (x, y) has a whole 2×2 neighbourhood in the frame, with a margin for rounding.
    fn well_inside(&self, x: f32, y: f32) -> bool {
        x >= 0.0 && y >= 0.0 && x < self.last_x - 0.01 && y < self.last_y - 0.01
    }

    /// [`Self::add`] for a point that is [`Self::well_inside`]: the same arithmetic without
    /// the edge cases.
    #[inline(always)]
    fn add_inside(&self, x: f32, y: f32, acc: &mut [f32; 3]) {
        let (x0, y0) = (x as usize, y as usize);
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let i = y0 * self.stride + x0 * 3;
        let Some(p) = self.raw.get(i..i + self.stride + 6) else {
            return;
        };
        let Ok(top) = <&[u8; 6]>::try_from(&p[..6]) else {
            return;
        };
        let Ok(bottom) = <&[u8; 6]>::try_from(&p[self.stride..]) else {
            return;
        };
        let lerp = |ch: usize| {
            let (a, b) = (f32::from(top[ch]), f32::from(top[3 + ch]));
            let (c, d) = (f32::from(bottom[ch]), f32::from(bottom[3 + ch]));
            let t = a + (b - a) * fx;
            let btm = c + (d - c) * fx;
            t + (btm - t) * fy
        };
        acc[0] += lerp(0);
        acc[1] += lerp(1);
        acc[2] += lerp(2);
    }

    /// Adds the channel values at (x, y) (pixel centres at whole numbers) to `acc`; nothing
    /// outside the frame.
    #[inline(always)]
    fn add(&self, x: f32, y: f32, acc: &mut [f32; 3]) {
        if !(x >= -0.5 && y >= -0.5 && x <= self.max_x && y <= self.max_y) {
            return;
        }
        let x = x.max(0.0).min(self.last_x);
        let y = y.max(0.0).min(self.last_y);
        let (x0, y0) = (x as usize, y as usize);
        let dx = if x0 + 1 < self.w { 3 } else { 0 };
        let dy = if y0 + 1 < self.h { self.stride } else { 0 };
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let i = y0 * self.stride + x0 * 3;
        let Some(p) = self.raw.get(i..i + dy + dx + 3) else {
            return;
        };
        let (top, bottom) = (&p[..dx + 3], &p[dy..dy + dx + 3]);
        for ch in 0..3 {
            let (a, b) = (f32::from(top[ch]), f32::from(top[dx + ch]));
            let (c, d) = (f32::from(bottom[ch]), f32::from(bottom[dx + ch]));
            let t = a + (b - a) * fx;
            let btm = c + (d - c) * fx;
            acc[ch] += t + (btm - t) * fy;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotated_rect_corners_follow_the_angle() {
        let r = RotatedRect {
            cx: 10.0,
            cy: 10.0,
            w: 4.0,
            h: 2.0,
            angle: std::f32::consts::FRAC_PI_2,
        };
        // The rectangle's right edge midpoint lies below the centre after a quarter turn.
        let p = r.point_at(1.0, 0.5);
        assert!(
            (p.x - 10.0).abs() < 1e-4 && (p.y - 12.0).abs() < 1e-4,
            "{p:?}"
        );
    }

    /// The sampling written the plain way (a rotation per sample): the fast one must agree.
    fn reference_sample(
        frame: &RgbImage,
        roi: &RotatedRect,
        (ow, oh): (usize, usize),
        (lo, hi): (f32, f32),
    ) -> Vec<f32> {
        let scale = (roi.w / ow as f32).max(roi.h / oh as f32);
        let n = (scale / 1.5).ceil().clamp(1.0, 3.0) as usize;
        let mut out = vec![0.0; ow * oh * 3];
        for j in 0..oh {
            for i in 0..ow {
                let mut acc = [0.0f32; 3];
                for sj in 0..n {
                    for si in 0..n {
                        let u = (i as f32 + (si as f32 + 0.5) / n as f32) / ow as f32;
                        let v = (j as f32 + (sj as f32 + 0.5) / n as f32) / oh as f32;
                        let p = roi.point_at(u, v);
                        let (x, y) = (p.x - 0.5, p.y - 0.5);
                        let (w, h) = frame.dimensions();
                        if !(x >= -0.5 && y >= -0.5 && x <= w as f32 - 0.5 && y <= h as f32 - 0.5) {
                            continue;
                        }
                        let x = x.clamp(0.0, (w - 1) as f32);
                        let y = y.clamp(0.0, (h - 1) as f32);
                        let (x0, y0) = (x.floor() as u32, y.floor() as u32);
                        let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
                        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
                        for (c, a) in acc.iter_mut().enumerate() {
                            let g = |xx, yy| f32::from(frame.get_pixel(xx, yy).0[c]);
                            let top = g(x0, y0) + (g(x1, y0) - g(x0, y0)) * fx;
                            let bottom = g(x0, y1) + (g(x1, y1) - g(x0, y1)) * fx;
                            *a += top + (bottom - top) * fy;
                        }
                    }
                }
                for c in 0..3 {
                    out[(j * ow + i) * 3 + c] = lo + (hi - lo) / 255.0 * acc[c] / (n * n) as f32;
                }
            }
        }
        out
    }

    #[test]
    fn fast_sampling_matches_the_plain_rotation_per_sample() {
        // A frame with detail everywhere, and regions that are rotated, scaled down 1–4×,
        // and partly outside the frame.
        let frame = RgbImage::from_fn(97, 61, |x, y| {
            image::Rgb([
                (x * 7 + y * 3) as u8,
                ((x * y) % 251) as u8,
                (x ^ y).wrapping_mul(5) as u8,
            ])
        });
        for (roi, size) in [
            (
                RotatedRect {
                    cx: 48.0,
                    cy: 30.0,
                    w: 40.0,
                    h: 40.0,
                    angle: 0.0,
                },
                (16, 16),
            ),
            (
                RotatedRect {
                    cx: 40.0,
                    cy: 25.0,
                    w: 60.0,
                    h: 50.0,
                    angle: 0.3,
                },
                (20, 17),
            ),
            (
                RotatedRect {
                    cx: 90.0,
                    cy: 5.0,
                    w: 50.0,
                    h: 50.0,
                    angle: -1.2,
                },
                (12, 12),
            ),
            (
                RotatedRect {
                    cx: 48.0,
                    cy: 30.0,
                    w: 97.0,
                    h: 61.0,
                    angle: 0.0,
                },
                (24, 24),
            ),
        ] {
            let mut fast = vec![0.0; size.0 * size.1 * 3];
            sample_region(
                &frame,
                &roi,
                size,
                (-1.0, 1.0),
                Sampling::Averaged,
                &mut fast,
            );
            let plain = reference_sample(&frame, &roi, size, (-1.0, 1.0));
            let worst = fast
                .iter()
                .zip(&plain)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0f32, f32::max);
            assert!(worst < 1e-4, "{roi:?}: differs by {worst}");
        }
    }

    #[test]
    fn box_downscale_averages_blocks() {
        let mut frame = RgbImage::new(4, 2);
        frame.put_pixel(0, 0, image::Rgb([200, 0, 0]));
        let small = downscale_box(&frame, 2);
        assert_eq!(small.dimensions(), (2, 1));
        assert_eq!(small.get_pixel(0, 0).0, [50, 0, 0]);
        assert_eq!(small.get_pixel(1, 0).0, [0, 0, 0]);
    }

    #[test]
    fn box_downscale_is_the_rounded_mean_of_each_whole_block() {
        let frame = RgbImage::from_fn(97, 61, |x, y| {
            image::Rgb([(x * 7 + y * 3) as u8, ((x * y) % 251) as u8, (x ^ y) as u8])
        });
        for k in [2u32, 3, 4] {
            let small = downscale_box(&frame, k);
            assert_eq!(small.dimensions(), (97 / k, 61 / k));
            for (ox, oy, p) in small.enumerate_pixels() {
                for c in 0..3 {
                    let mut sum = 0u32;
                    for y in oy * k..oy * k + k {
                        for x in ox * k..ox * k + k {
                            sum += u32::from(frame.get_pixel(x, y).0[c]);
                        }
                    }
                    let mean = (sum + k * k / 2) / (k * k);
                    assert_eq!(u32::from(p.0[c]), mean, "k {k} at ({ox}, {oy}) channel {c}");
                }
            }
        }
    }

    #[test]
    fn sampling_maps_pixels_into_the_range_and_pads_with_black() {
        let frame = RgbImage::from_pixel(10, 10, image::Rgb([255, 255, 255]));
        // A region twice the frame's width: the right half is outside.
        let roi = RotatedRect {
            cx: 10.0,
            cy: 5.0,
            w: 20.0,
            h: 10.0,
            angle: 0.0,
        };
        let mut out = vec![0.0; 4 * 2 * 3];
        sample_region(
            &frame,
            &roi,
            (4, 2),
            (-1.0, 1.0),
            Sampling::Averaged,
            &mut out,
        );
        assert!((out[0] - 1.0).abs() < 1e-5, "inside is white: {}", out[0]);
        assert!(
            (out[3 * 3] + 1.0).abs() < 1e-5,
            "outside is black: {}",
            out[9]
        );
    }
}
