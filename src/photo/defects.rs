//! A seeded generator of labelled photo defects (issue 4): from a compliant portrait frame it
//! makes the mistakes users bring to the booth — standing off-centre, too close, too far, a
//! tilted head, clutter or a shadow behind them, a side light, blur, a dark or blown-out
//! picture, sensor noise, a cap pulled down over the forehead, a reflection on one lens of a
//! pair of glasses — each labelled with the check
//! that must catch it. Tests use it; the demo camera can play the defects and their correction.

use image::imageops;
use image::{Rgb, RgbImage};
use rand::{Rng, SeedableRng};

use super::checks::{CheckId, Verdict};
use crate::face::geometry::{Sampling, sample_region};
use crate::face::{Point, RotatedRect};

/// One defect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Defect {
    /// The person stands far to one side.
    Shift,
    /// The head fills the frame: the crop would be cut.
    TooClose,
    /// The head is tilted by 10°.
    Roll,
    /// The person stands far back.
    ScaleDown,
    /// Posters and objects on the wall behind.
    Clutter,
    /// Light from one side only.
    SideShadow,
    /// Out of focus or moving.
    Blur,
    /// Far too little light.
    Dark,
    /// Far too much light.
    Overexposed,
    /// Heavy sensor noise.
    Noise,
    /// A dark blue cap over the hair and the upper forehead.
    Hat,
    /// A soft, washed-out reflection on the lens over the subject's right eye (a window or a
    /// lamp seen in the glasses): the eye box stays bright, but the iris no longer shows.
    LensReflection,
}

impl Defect {
    pub const ALL: [Defect; 12] = [
        Defect::Shift,
        Defect::TooClose,
        Defect::Roll,
        Defect::ScaleDown,
        Defect::Clutter,
        Defect::SideShadow,
        Defect::Blur,
        Defect::Dark,
        Defect::Overexposed,
        Defect::Noise,
        Defect::Hat,
        Defect::LensReflection,
    ];

    /// The check that must fail on this defect.
    pub fn caught_by(self) -> CheckId {
        match self {
            Defect::Shift => CheckId::NotTooClose,
            Defect::TooClose => CheckId::NotTooClose,
            Defect::Roll => CheckId::Roll,
            Defect::ScaleDown => CheckId::NotTooFar,
            Defect::Clutter => CheckId::PlainBackground,
            Defect::SideShadow => CheckId::EvenLight,
            Defect::Blur => CheckId::Sharpness,
            Defect::Dark => CheckId::FaceBrightness,
            Defect::Overexposed => CheckId::Exposure,
            Defect::Noise => CheckId::PlainBackground,
            Defect::Hat => CheckId::HeadCovering,
            Defect::LensReflection => CheckId::EyesVisible,
        }
    }

    /// The verdict that check must give: a failure, except for a head covering, which is only
    /// ever a warning that the user confirms (design §3, check 20).
    pub fn caught_as(self) -> Verdict {
        match self {
            Defect::Hat => Verdict::Warn,
            _ => Verdict::Fail,
        }
    }

    /// Applies the defect to `frame`, whose person's face is centred at `face`; `seed` makes
    /// random parts (clutter, noise) repeatable.
    pub fn apply(self, frame: &RgbImage, face: Point, seed: u64) -> RgbImage {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let (w, h) = (frame.width() as f32, frame.height() as f32);
        match self {
            Defect::Shift => warp(frame, face, Point::new(w * 0.12, face.y), 1.0, 0.0),
            Defect::TooClose => warp(frame, face, face, 1.0 / 1.7, 0.0),
            Defect::Roll => warp(frame, face, face, 1.0, 10f32.to_radians()),
            Defect::ScaleDown => warp(frame, face, face, 1.0 / 0.6, 0.0),
            Defect::Clutter => {
                let mut out = frame.clone();
                for _ in 0..120 {
                    let x = rng.random_range(0.0..w) as i64;
                    let y = rng.random_range(0.0..h) as i64;
                    let rw = rng.random_range(10..100);
                    let rh = rng.random_range(10..100);
                    let colour = [rng.random(), rng.random(), rng.random()];
                    for yy in y.max(0)..(y + rh).min(h as i64) {
                        for xx in x.max(0)..(x + rw).min(w as i64) {
                            // Only on the wall: around the head (hair included) and beside
                            // the shoulders.
                            let (fx, fy) = (xx as f32, yy as f32);
                            let head = ((fx - face.x) / (w * 0.165)).powi(2)
                                + ((fy - face.y + h * 0.05) / (h * 0.34)).powi(2)
                                <= 1.0;
                            let body = fy > face.y + h * 0.22 && (fx - face.x).abs() < w * 0.3;
                            let near_person = head || body;
                            if !near_person {
                                out.put_pixel(xx as u32, yy as u32, Rgb(colour));
                            }
                        }
                    }
                }
                out
            }
            Defect::SideShadow => {
                let mut out = frame.clone();
                for (x, _, p) in out.enumerate_pixels_mut() {
                    if (x as f32) > face.x {
                        *p = Rgb(p.0.map(|c| (f32::from(c) * 0.4) as u8));
                    }
                }
                out
            }
            Defect::Blur => imageops::blur(frame, 5.0),
            Defect::Dark => {
                let mut out = frame.clone();
                out.pixels_mut()
                    .for_each(|p| *p = Rgb(p.0.map(|c| (f32::from(c) * 0.25) as u8)));
                out
            }
            Defect::Overexposed => {
                let mut out = frame.clone();
                out.pixels_mut()
                    .for_each(|p| *p = Rgb(p.0.map(|c| (f32::from(c) * 2.2).min(255.0) as u8)));
                out
            }
            Defect::Noise => {
                let mut out = frame.clone();
                for p in out.pixels_mut() {
                    let n: f32 = (0..4)
                        .map(|_| rng.random_range(-30.0f32..30.0))
                        .sum::<f32>()
                        / 2.0;
                    *p = Rgb(p.0.map(|c| (f32::from(c) + n).clamp(0.0, 255.0) as u8));
                }
                out
            }
            Defect::LensReflection => {
                // Centred on the subject's right eye (the image's left of the eyes' midpoint,
                // eyes about 9 % of the frame's width apart); opaque enough to hide the iris,
                // nowhere near white enough to count as glare.
                let mut out = frame.clone();
                let centre = Point::new(face.x - w * 0.045, face.y);
                let (rx, ry) = (w * 0.04, w * 0.028);
                for (x, y, p) in out.enumerate_pixels_mut() {
                    let r = ((x as f32 - centre.x) / rx).hypot((y as f32 - centre.y) / ry);
                    let alpha = 0.8 * ((1.0 - r) / 0.3).clamp(0.0, 1.0);
                    if alpha > 0.0 {
                        *p = Rgb(p
                            .0
                            .map(|c| (f32::from(c) * (1.0 - alpha) + 228.0 * alpha) as u8));
                    }
                }
                out
            }
            Defect::Hat => {
                // A dome from above the hair down to a brim a little above the eyebrows,
                // wider than the head; shaded darker towards the top.
                let mut out = frame.clone();
                let brim = face.y - h * 0.05;
                for (x, y, p) in out.enumerate_pixels_mut() {
                    let (fx, fy) = (x as f32, y as f32);
                    let up = (brim - fy) / (h * 0.31);
                    let dome = ((fx - face.x) / (w * 0.135)).powi(2) + up.powi(2) <= 1.0;
                    if dome && fy < brim {
                        let shade = 1.0 - 0.3 * up;
                        *p = Rgb([28.0f32, 36.0, 78.0].map(|c| (c * shade) as u8));
                    }
                }
                out
            }
        }
    }
}

/// The frame seen through a camera moved, zoomed and turned so that input point `from` lands
/// on output point `to`; `zoom` input pixels per output pixel; outside the input is black.
fn warp(frame: &RgbImage, from: Point, to: Point, zoom: f32, angle: f32) -> RgbImage {
    let (w, h) = frame.dimensions();
    let (s, c) = angle.sin_cos();
    let (dx, dy) = (to.x - w as f32 / 2.0, to.y - h as f32 / 2.0);
    let roi = RotatedRect {
        cx: from.x - zoom * (c * dx - s * dy),
        cy: from.y - zoom * (s * dx + c * dy),
        w: w as f32 * zoom,
        h: h as f32 * zoom,
        angle,
    };
    let mut buf = vec![0.0f32; (w * h * 3) as usize];
    sample_region(
        frame,
        &roi,
        (w as usize, h as usize),
        (0.0, 255.0),
        Sampling::Averaged,
        &mut buf,
    );
    let bytes = buf
        .iter()
        .map(|v| v.round().clamp(0.0, 255.0) as u8)
        .collect();
    RgbImage::from_raw(w, h, bytes).unwrap_or_else(|| frame.clone())
}
