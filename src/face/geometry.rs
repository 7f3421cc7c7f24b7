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
    /// The frame point at (u, v) of the rectangle, u and v from 0 to 1 along its own axes.
    pub fn point_at(&self, u: f32, v: f32) -> Point {
        let (s, c) = self.angle.sin_cos();
        let a = (u - 0.5) * self.w;
        let b = (v - 0.5) * self.h;
        Point::new(self.cx + c * a - s * b, self.cy + s * a + c * b)
    }
}

/// Bilinear sample of channel values at a frame point; `None` outside the frame.
fn bilinear(frame: &RgbImage, x: f32, y: f32) -> Option<[f32; 3]> {
    let (w, h) = frame.dimensions();
    if !(x >= -0.5 && y >= -0.5 && x <= w as f32 - 0.5 && y <= h as f32 - 0.5) {
        return None;
    }
    let x = x.clamp(0.0, (w - 1) as f32);
    let y = y.clamp(0.0, (h - 1) as f32);
    let x0 = x.floor() as usize;
    let y0 = y.floor() as usize;
    let x1 = (x0 + 1).min(w as usize - 1);
    let y1 = (y0 + 1).min(h as usize - 1);
    let fx = x - x0 as f32;
    let fy = y - y0 as f32;
    let raw = frame.as_raw();
    let stride = w as usize * 3;
    let (r0, r1) = (y0 * stride, y1 * stride);
    let mut out = [0.0; 3];
    for (k, o) in out.iter_mut().enumerate() {
        let a = f32::from(raw[r0 + x0 * 3 + k]);
        let b = f32::from(raw[r0 + x1 * 3 + k]);
        let c = f32::from(raw[r1 + x0 * 3 + k]);
        let d = f32::from(raw[r1 + x1 * 3 + k]);
        let top = a + (b - a) * fx;
        let bottom = c + (d - c) * fx;
        *o = top + (bottom - top) * fy;
    }
    Some(out)
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
    let ku = k as usize;
    let mut out = vec![0u8; (w * h * 3) as usize];
    let mut row = vec![0u32; w as usize * 3];
    let area = (ku * ku) as u32;
    for oy in 0..h as usize {
        row.iter_mut().for_each(|v| *v = 0);
        for y in oy * ku..oy * ku + ku {
            let line = &raw[y * stride..y * stride + w as usize * ku * 3];
            for (x, px) in line.chunks_exact(3).enumerate() {
                let o = (x / ku) * 3;
                row[o] += u32::from(px[0]);
                row[o + 1] += u32::from(px[1]);
                row[o + 2] += u32::from(px[2]);
            }
        }
        let dst = &mut out[oy * w as usize * 3..(oy + 1) * w as usize * 3];
        for (d, v) in dst.iter_mut().zip(&row) {
            *d = ((v + area / 2) / area) as u8;
        }
    }
    RgbImage::from_raw(w, h, out).unwrap_or_else(|| frame.clone())
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
    out: &mut [f32],
) {
    let (ow, oh) = size;
    debug_assert_eq!(out.len(), ow * oh * 3);
    let scale = (roi.w / ow as f32).max(roi.h / oh as f32);
    let n = (scale / 1.5).ceil().clamp(1.0, 3.0) as usize;
    let (lo, hi) = range;
    let k = (hi - lo) / 255.0;
    for j in 0..oh {
        for i in 0..ow {
            let mut acc = [0.0f32; 3];
            for sj in 0..n {
                for si in 0..n {
                    let u = (i as f32 + (si as f32 + 0.5) / n as f32) / ow as f32;
                    let v = (j as f32 + (sj as f32 + 0.5) / n as f32) / oh as f32;
                    let p = roi.point_at(u, v);
                    if let Some(px) = bilinear(frame, p.x - 0.5, p.y - 0.5) {
                        for c in 0..3 {
                            acc[c] += px[c];
                        }
                    }
                }
            }
            let base = (j * ow + i) * 3;
            let count = (n * n) as f32;
            for c in 0..3 {
                // Samples outside the frame count as black.
                out[base + c] = lo + k * acc[c] / count;
            }
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
        sample_region(&frame, &roi, (4, 2), (-1.0, 1.0), &mut out);
        assert!((out[0] - 1.0).abs() < 1e-5, "inside is white: {}", out[0]);
        assert!(
            (out[3 * 3] + 1.0).abs() < 1e-5,
            "outside is black: {}",
            out[9]
        );
    }
}
