//! A seeded generator of camera-like 1280×720 frames of the paper application form, each
//! labelled with the condition it stresses and the payload its QR code truly holds, plus the
//! [`Tally`] that turns decoder results over such a set into read rates per condition.
//!
//! The benchmark (`benches/qr_decode.rs`) and the decoding tests (`tests/qr_decoding.rs`) use
//! it; nothing in the kiosk does. Every frame is a pure function of `(seed, index)`, so a frame
//! can be regenerated on its own, and the whole set is the same on every run.
//!
//! How a frame is made: a printed form (white paper, black print, lines of glyph-like text and
//! ruled boxes, the QR code with its quiet zone) is placed as a plane in front of a pinhole
//! camera (focal length 1000 px) at a pose (tilt up to 30°, any rotation), so that a module is
//! 3–14 px wide at the code's centre. Each pixel is supersampled through that perspective, lit
//! (exposure, gradients, vignetting, shadow edges crossing the code, specular glare, haze),
//! blurred (defocus, hand shake), tone-mapped like a webcam, given sensor noise, quantised,
//! and finally JPEG-encoded and decoded again like an MJPEG stream.
//!
//! Severity is calibrated on what issue 3 measured on webcam frames: rqrr alone (its own
//! threshold on the whole frame) reads about half of this set. For scale, zxing-cpp 3.1
//! (Python bindings, default options) read 84 % of the first 240 frames when it was
//! calibrated.
//!
//! The payloads are made-up application IDs (23 digits, bare or in a URL): not personal data.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use image::{GrayImage, ImageFormat};
use qrcode::{EcLevel, QrCode};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Width of every generated frame.
pub const FRAME_WIDTH: u32 = 1280;
/// Height of every generated frame.
pub const FRAME_HEIGHT: u32 = 720;
/// The seed the benchmark and the tests use.
pub const DEFAULT_SEED: u64 = 0x4D59_4E41_2023;
/// Frames in the benchmark set (50 per condition).
pub const BENCH_FRAMES: usize = 600;

/// Focal length of the simulated webcam, in pixels (about 65° across 1280 px).
const FOCAL_PX: f32 = 1000.0;
/// Modules of white around the code, as printed.
const QUIET: f32 = 4.0;

/// What a frame stresses. Every frame also gets some of the others (up to 20° of tilt and
/// rotation, 0.7–1.6 px of blur, sensor noise, JPEG quality 40–85), as any webcam frame does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Condition {
    /// Held fairly straight, in good light.
    Clean,
    /// Rotated by any angle in the image plane.
    Rotated,
    /// Tilted 20–30° away from the camera.
    Tilted,
    /// Out of focus or moved during the exposure.
    Blurred,
    /// Sensor noise of a dim booth.
    Noisy,
    /// Light falling off strongly across the sheet.
    UnevenLight,
    /// A shadow edge (a head, a hand) crossing the code.
    Shadow,
    /// A specular highlight on the glossy paper, washing out part of the code.
    Glare,
    /// Faded print, grey paper, haze or a dark exposure.
    LowContrast,
    /// Held far away: 3–4.2 px per module.
    SmallModules,
    /// Held close (10.5–14 px per module), so out of focus too.
    LargeModules,
    /// Strong JPEG compression (quality 6–20).
    HeavyJpeg,
}

impl Condition {
    /// Every condition, in the order frames cycle through them.
    pub const ALL: [Condition; 12] = [
        Condition::Clean,
        Condition::Rotated,
        Condition::Tilted,
        Condition::Blurred,
        Condition::Noisy,
        Condition::UnevenLight,
        Condition::Shadow,
        Condition::Glare,
        Condition::LowContrast,
        Condition::SmallModules,
        Condition::LargeModules,
        Condition::HeavyJpeg,
    ];

    /// A short stable name for tables.
    pub fn name(self) -> &'static str {
        match self {
            Condition::Clean => "clean",
            Condition::Rotated => "rotated",
            Condition::Tilted => "tilted 20-30°",
            Condition::Blurred => "blur / shake",
            Condition::Noisy => "noise",
            Condition::UnevenLight => "uneven light",
            Condition::Shadow => "shadow edge",
            Condition::Glare => "glare",
            Condition::LowContrast => "low contrast",
            Condition::SmallModules => "3-4.2 px/module",
            Condition::LargeModules => "10.5-14 px/module",
            Condition::HeavyJpeg => "JPEG q6-20",
        }
    }

    /// Conditions a decoder worth shipping reads on (nearly) every frame: a form held
    /// straight, turned, tilted or unevenly lit, at any size from 3.5 px per module.
    pub fn is_easy(self) -> bool {
        matches!(
            self,
            Condition::Clean | Condition::Rotated | Condition::Tilted | Condition::UnevenLight
        )
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One generated camera frame and what it truly shows.
#[derive(Clone)]
pub struct TestFrame {
    /// Position in the set.
    pub index: usize,
    /// What this frame stresses.
    pub condition: Condition,
    /// The text the printed QR code holds.
    pub payload: String,
    /// Nominal module size at the code's centre, in pixels (before tilt).
    pub module_px: f32,
    /// The frame as the decoder gets it (luma, 1280×720).
    pub image: GrayImage,
}

impl fmt::Debug for TestFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestFrame")
            .field("index", &self.index)
            .field("condition", &self.condition)
            .field("payload_bytes", &self.payload.len())
            .field("module_px", &self.module_px)
            .finish_non_exhaustive()
    }
}

/// The frame at `index` of the set made from `seed`. The condition cycles through
/// [`Condition::ALL`], so any 12 consecutive frames hold one of each.
pub fn generate_frame(seed: u64, index: usize) -> TestFrame {
    let condition = Condition::ALL[index % Condition::ALL.len()];
    let mut rng = StdRng::seed_from_u64(mix(seed ^ mix(index as u64 + 1)));
    let scene = Scene::draw(&mut rng, condition);
    let image = scene.render(&mut rng);
    TestFrame {
        index,
        condition,
        payload: scene.payload,
        module_px: scene.module_px,
        image,
    }
}

/// The frames `0..count` of the set made from `seed`, generated one at a time (a frame is
/// about 1 MB: do not hold the whole set).
pub fn frames(seed: u64, count: usize) -> impl Iterator<Item = TestFrame> {
    (0..count).map(move |index| generate_frame(seed, index))
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

/// How one decode attempt on a labelled frame went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The true payload was read.
    Read,
    /// Nothing was read.
    Missed,
    /// A different text was read: worse than nothing.
    Misread,
}

impl Verdict {
    /// Compares what the decoder read with the truth.
    pub fn of(read: Option<&str>, truth: &str) -> Verdict {
        match read {
            Some(text) if text == truth => Verdict::Read,
            Some(_) => Verdict::Misread,
            None => Verdict::Missed,
        }
    }
}

#[derive(Clone, Debug, Default)]
struct Bucket {
    frames: usize,
    read: usize,
    misread: usize,
    times: Vec<Duration>,
}

impl Bucket {
    fn add(&mut self, verdict: Verdict, time: Duration) {
        self.frames += 1;
        match verdict {
            Verdict::Read => self.read += 1,
            Verdict::Misread => self.misread += 1,
            Verdict::Missed => {}
        }
        self.times.push(time);
    }

    fn rate(&self) -> f64 {
        if self.frames == 0 {
            0.0
        } else {
            self.read as f64 / self.frames as f64
        }
    }
}

/// Read rates, misreads and decode times over a labelled set, overall and per condition.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    all: Bucket,
    by_condition: BTreeMap<Condition, Bucket>,
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// Records one decode of a frame of `condition`.
    pub fn add(&mut self, condition: Condition, verdict: Verdict, time: Duration) {
        self.all.add(verdict, time);
        self.by_condition
            .entry(condition)
            .or_default()
            .add(verdict, time);
    }

    /// Frames recorded.
    pub fn frames(&self) -> usize {
        self.all.frames
    }

    /// Share of frames whose true payload was read, 0–1.
    pub fn read_rate(&self) -> f64 {
        self.all.rate()
    }

    /// Share of frames of `condition` whose true payload was read (0 when there were none).
    pub fn read_rate_of(&self, condition: Condition) -> f64 {
        self.by_condition.get(&condition).map_or(0.0, Bucket::rate)
    }

    /// Frames that decoded to a wrong payload.
    pub fn misreads(&self) -> usize {
        self.all.misread
    }

    /// The `q`-quantile (0–1) of the decode times, e.g. 0.5 for the median.
    pub fn time_quantile(&self, q: f64) -> Duration {
        quantile(&self.all.times, q)
    }

    /// A markdown table: one row per condition and a total row.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| condition | frames | read | rate | misreads | median ms | p90 ms |\n\
             |---|---:|---:|---:|---:|---:|---:|\n",
        );
        let row = |name: &str, b: &Bucket| {
            format!(
                "| {name} | {} | {} | {:.1} % | {} | {:.2} | {:.2} |\n",
                b.frames,
                b.read,
                b.rate() * 100.0,
                b.misread,
                ms(quantile(&b.times, 0.5)),
                ms(quantile(&b.times, 0.9)),
            )
        };
        for (condition, bucket) in &self.by_condition {
            out.push_str(&row(condition.name(), bucket));
        }
        out.push_str(&row("**all**", &self.all));
        out
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantile(times: &[Duration], q: f64) -> Duration {
    if times.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let rank = (q.clamp(0.0, 1.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

// ---------------------------------------------------------------------------------------------
// Scene
// ---------------------------------------------------------------------------------------------

/// A straight or round shadow edge, in pixels, and how dark the shadow is.
struct Shadow {
    /// Points with `edge(x, y) > 0` are in the shadow; |edge| is a distance in pixels.
    kind: ShadowKind,
    /// Half-width of the soft penumbra, px.
    softness: f32,
    /// Light left inside the shadow, 0–1.
    light: f32,
}

enum ShadowKind {
    Line { nx: f32, ny: f32, c: f32 },
    Disc { x: f32, y: f32, r: f32 },
}

impl Shadow {
    fn factor(&self, x: f32, y: f32) -> f32 {
        let d = match self.kind {
            ShadowKind::Line { nx, ny, c } => nx * x + ny * y - c,
            ShadowKind::Disc { x: cx, y: cy, r } => {
                r - ((x - cx).powi(2) + (y - cy).powi(2)).sqrt()
            }
        };
        let s = smoothstep(-self.softness, self.softness, d);
        1.0 - s * (1.0 - self.light)
    }
}

/// An elliptical specular highlight, in pixels, added on top of the lit paper.
struct Glare {
    x: f32,
    y: f32,
    /// Inverse squared radii along the rotated axes.
    ia: f32,
    ib: f32,
    cos: f32,
    sin: f32,
    strength: f32,
}

impl Glare {
    fn at(&self, x: f32, y: f32) -> f32 {
        let (dx, dy) = (x - self.x, y - self.y);
        let (a, b) = (
            dx * self.cos + dy * self.sin,
            -dx * self.sin + dy * self.cos,
        );
        let e = a * a * self.ia + b * b * self.ib;
        if e > 12.0 {
            0.0
        } else {
            self.strength * (-0.5 * e).exp()
        }
    }
}

/// Where the sheet is: a plane through `centre` (the code's centre, camera coordinates in
/// module units) spanned by `ex` (the code's x axis) and `ey`.
struct Pose {
    centre: [f32; 3],
    ex: [f32; 3],
    ey: [f32; 3],
    normal: [f32; 3],
}

impl Pose {
    fn new(yaw: f32, pitch: f32, roll: f32, centre: [f32; 3]) -> Pose {
        // R = Rz(roll) · Rx(pitch) · Ry(yaw); the columns are the sheet's axes.
        let r = mat_mul(mat_mul(rot_z(roll), rot_x(pitch)), rot_y(yaw));
        Pose {
            centre,
            ex: [r[0][0], r[1][0], r[2][0]],
            ey: [r[0][1], r[1][1], r[2][1]],
            normal: [r[0][2], r[1][2], r[2][2]],
        }
    }

    /// Pixel of the sheet point `(u, v)` (module units from the code's centre).
    fn project(&self, u: f32, v: f32) -> (f32, f32) {
        let p: [f32; 3] = std::array::from_fn(|i| self.centre[i] + u * self.ex[i] + v * self.ey[i]);
        (
            FOCAL_PX * p[0] / p[2] + FRAME_WIDTH as f32 / 2.0,
            FOCAL_PX * p[1] / p[2] + FRAME_HEIGHT as f32 / 2.0,
        )
    }
}

struct Scene {
    payload: String,
    /// Dark modules, row by row, `n` × `n`.
    modules: Vec<bool>,
    n: usize,
    module_px: f32,
    pose: Pose,
    /// Paper edges in module units from the code's top-left corner: left, top, right, bottom.
    sheet: [f32; 4],
    layout: u64,
    ink: f32,
    paper: f32,
    background: [f32; 6],
    exposure: f32,
    /// Light falls off along (gx, gy) by up to `gradient`.
    gradient: (f32, f32, f32),
    vignette: f32,
    shadow: Option<Shadow>,
    glare: Option<Glare>,
    haze: f32,
    blur_sigma: f32,
    /// Hand shake: length in px and direction.
    motion: Option<(f32, f32)>,
    noise: f32,
    gamma: f32,
    jpeg_quality: u8,
}

impl Scene {
    fn draw(rng: &mut StdRng, condition: Condition) -> Scene {
        use Condition as C;
        let payload = random_payload(rng);
        let ec = match rng.random_range(0..10) {
            0 => EcLevel::L,
            1..=6 => EcLevel::M,
            7 | 8 => EcLevel::Q,
            _ => EcLevel::H,
        };
        let code = QrCode::with_error_correction_level(payload.as_bytes(), ec)
            .or_else(|_| QrCode::new(payload.as_bytes()))
            .expect("a payload of at most 120 bytes always fits a QR code");
        let n = code.width();
        let modules = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();

        let module_px = match condition {
            C::SmallModules => rng.random_range(3.0..4.2),
            C::LargeModules => rng.random_range(10.5..14.0),
            C::Clean => rng.random_range(5.0..9.0),
            C::Blurred | C::HeavyJpeg => rng.random_range(4.0..8.0),
            _ => rng.random_range(3.5..9.5),
        };
        let (tilt, roll) = match condition {
            C::Clean => (
                rng.random_range(0.0f32..5.0).to_radians(),
                rng.random_range(-5.0f32..5.0).to_radians(),
            ),
            C::Rotated => (
                rng.random_range(0.0f32..10.0).to_radians(),
                rng.random_range(0.0f32..360.0).to_radians(),
            ),
            C::Tilted => (
                rng.random_range(20.0f32..30.0).to_radians(),
                rng.random_range(-15.0f32..15.0).to_radians(),
            ),
            _ => (
                rng.random_range(0.0f32..20.0).to_radians(),
                rng.random_range(-20.0f32..20.0).to_radians(),
            ),
        };
        let tilt_dir = rng.random_range(0.0f32..std::f32::consts::TAU);
        let (yaw, pitch) = (tilt * tilt_dir.cos(), tilt * tilt_dir.sin());
        // Distance in module units: a module of 1 at distance z is FOCAL_PX / z pixels wide.
        let z = FOCAL_PX / module_px;
        let pose = place_code(rng, n as f32, z, yaw, pitch, roll);

        let sheet = [
            -QUIET - rng.random_range(0.5..60.0),
            -QUIET - rng.random_range(0.5..60.0),
            n as f32 + QUIET + rng.random_range(0.5..60.0),
            n as f32 + QUIET + rng.random_range(0.5..60.0),
        ];
        let (mut ink, mut paper) = (rng.random_range(0.04..0.12), rng.random_range(0.75..0.9));
        let mut exposure = rng.random_range(0.85..1.1);
        let mut haze = rng.random_range(0.0..0.02);
        if condition == C::LowContrast {
            match rng.random_range(0..3) {
                0 => {
                    // Faded print on greyish paper.
                    ink = rng.random_range(0.36..0.48);
                    paper = rng.random_range(0.58..0.7);
                }
                1 => {
                    // Haze: stray light over everything.
                    ink = rng.random_range(0.1..0.2);
                    haze = rng.random_range(0.45..0.75);
                }
                _ => {
                    // Far too dark an exposure.
                    exposure = rng.random_range(0.05..0.11);
                    ink = rng.random_range(0.08..0.15);
                }
            }
        }
        if condition == C::Noisy {
            exposure *= rng.random_range(0.3..0.6);
        }
        let gradient = {
            let a = rng.random_range(0.0f32..std::f32::consts::TAU);
            let g = if condition == C::UnevenLight {
                rng.random_range(0.75..0.95)
            } else {
                rng.random_range(0.0..0.35)
            };
            (a.cos(), a.sin(), g)
        };
        let vignette = if condition == C::UnevenLight {
            rng.random_range(0.4..0.7)
        } else {
            rng.random_range(0.0..0.35)
        };
        let code_px = n as f32 * module_px;
        let (cx, cy) = pose.project(0.0, 0.0);
        let shadow = (condition == C::Shadow).then(|| {
            // The edge passes through the code, away from its very centre.
            let (px, py) = (
                cx + rng.random_range(-0.35..0.35) * code_px,
                cy + rng.random_range(-0.35..0.35) * code_px,
            );
            let kind = if rng.random_bool(0.6) {
                let a = rng.random_range(0.0f32..std::f32::consts::TAU);
                let (nx, ny) = (a.cos(), a.sin());
                ShadowKind::Line {
                    nx,
                    ny,
                    c: nx * px + ny * py,
                }
            } else {
                let r = rng.random_range(0.6..2.0) * code_px;
                let a = rng.random_range(0.0f32..std::f32::consts::TAU);
                ShadowKind::Disc {
                    x: px + r * a.cos(),
                    y: py + r * a.sin(),
                    r,
                }
            };
            Shadow {
                kind,
                softness: rng.random_range(0.5..12.0),
                light: rng.random_range(0.08..0.3),
            }
        });
        let glare = (condition == C::Glare).then(|| {
            let a = rng.random_range(0.0f32..std::f32::consts::PI);
            let ra = rng.random_range(0.1..0.3) * code_px;
            let rb = ra * rng.random_range(0.3..1.0);
            Glare {
                x: cx + rng.random_range(-0.4..0.4) * code_px,
                y: cy + rng.random_range(-0.4..0.4) * code_px,
                ia: 1.0 / (ra * ra),
                ib: 1.0 / (rb * rb),
                cos: a.cos(),
                sin: a.sin(),
                strength: rng.random_range(0.8..2.0),
            }
        });
        let mut blur_sigma = rng.random_range(0.7..1.6);
        let mut motion = None;
        if condition == C::Blurred {
            if rng.random_bool(0.5) {
                blur_sigma = (module_px * rng.random_range(0.38..0.6)).clamp(1.6, 5.0);
            } else {
                let len = module_px * rng.random_range(1.0..1.8);
                motion = Some((len, rng.random_range(0.0f32..std::f32::consts::PI)));
            }
        }
        if condition == C::LargeModules {
            // Too close for a fixed-focus webcam: out of focus.
            blur_sigma = module_px * rng.random_range(0.15..0.3);
        }
        let noise = if condition == C::Noisy {
            rng.random_range(14.0..28.0)
        } else {
            rng.random_range(3.0..8.0)
        };
        let jpeg_quality = match condition {
            C::HeavyJpeg => rng.random_range(6..=20),
            C::Clean => rng.random_range(80..=95),
            _ => rng.random_range(40..=85),
        };
        let background = std::array::from_fn(|i| match i {
            0 => rng.random_range(0.15..0.45),
            1 => rng.random_range(0.02..0.12),
            _ => rng.random_range(0.002..0.02),
        });
        Scene {
            payload,
            modules,
            n,
            module_px,
            pose,
            sheet,
            layout: rng.random(),
            ink,
            paper,
            background,
            exposure,
            gradient,
            vignette,
            shadow,
            glare,
            haze,
            blur_sigma,
            motion,
            noise,
            gamma: rng.random_range(1.0 / 2.2..1.0 / 1.7),
            jpeg_quality,
        }
    }

    fn render(&self, rng: &mut StdRng) -> GrayImage {
        let (w, h) = (FRAME_WIDTH as usize, FRAME_HEIGHT as usize);
        let mut linear = vec![0f32; w * h];
        let ss = if self.module_px < 5.0 { 3 } else { 2 };
        let inv_f = 1.0 / FOCAL_PX;
        let (half_w, half_h) = (w as f32 / 2.0, h as f32 / 2.0);
        let half_n = self.n as f32 / 2.0;
        let p = &self.pose;
        let n_dot_c = dot(p.normal, p.centre);
        let ex_c = dot(p.ex, p.centre);
        let ey_c = dot(p.ey, p.centre);
        for (y, row) in linear.chunks_exact_mut(w).enumerate() {
            for (x, out) in row.iter_mut().enumerate() {
                let mut sum = 0.0;
                let mut paper_samples = 0;
                for sy in 0..ss {
                    for sx in 0..ss {
                        let px = x as f32 + (sx as f32 + 0.5) / ss as f32;
                        let py = y as f32 + (sy as f32 + 0.5) / ss as f32;
                        let d = [(px - half_w) * inv_f, (py - half_h) * inv_f, 1.0];
                        let nd = dot(p.normal, d);
                        if nd.abs() < 1e-6 {
                            continue;
                        }
                        let t = n_dot_c / nd;
                        let u = t * dot(p.ex, d) - ex_c + half_n;
                        let v = t * dot(p.ey, d) - ey_c + half_n;
                        if let Some(r) = self.reflectance(u, v) {
                            sum += r;
                            paper_samples += 1;
                        }
                    }
                }
                let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
                let total = (ss * ss) as f32;
                let off_paper = total - paper_samples as f32;
                let background = if off_paper > 0.0 {
                    off_paper * self.background_at(fx, fy)
                } else {
                    0.0
                };
                let r = (sum + background) / total;
                *out = r * self.light_at(fx, fy)
                    + self.glare.as_ref().map_or(0.0, |g| g.at(fx, fy))
                    + self.haze;
            }
        }
        if let Some((len, angle)) = self.motion {
            linear = motion_blur(&linear, w, h, len, angle);
        }
        gaussian_blur(&mut linear, w, h, self.blur_sigma);

        // The webcam's tone curve, tabulated.
        const STEPS: usize = 4096;
        let tone_curve: Vec<f32> = (0..=STEPS)
            .map(|i| 255.0 * (i as f32 / STEPS as f32).powf(self.gamma))
            .collect();
        // Standard normal variates, drawn once per frame and picked at random per pixel.
        let normals: Vec<f32> = (0..4096).map(|_| normal(rng)).collect();
        let mut grey = GrayImage::new(FRAME_WIDTH, FRAME_HEIGHT);
        for (out, &v) in grey.as_mut().iter_mut().zip(&linear) {
            let tone = tone_curve[(v.clamp(0.0, 1.0) * STEPS as f32) as usize];
            // Shot noise grows with the signal; read noise does not.
            let sigma = self.noise * (0.6 + 0.4 * tone / 255.0);
            let noisy = tone + sigma * normals[rng.random_range(0..normals.len())];
            *out = noisy.round().clamp(0.0, 255.0) as u8;
        }
        jpeg_round_trip(&grey, self.jpeg_quality).unwrap_or(grey)
    }

    /// Reflectance of the sheet at `(u, v)` (module units from the code's top-left corner), or
    /// `None` off the paper.
    fn reflectance(&self, u: f32, v: f32) -> Option<f32> {
        let [left, top, right, bottom] = self.sheet;
        if u < left || u >= right || v < top || v >= bottom {
            return None;
        }
        let n = self.n as f32;
        let dark = if u >= 0.0 && v >= 0.0 && u < n && v < n {
            self.modules[v as usize * self.n + u as usize]
        } else if u >= -QUIET && v >= -QUIET && u < n + QUIET && v < n + QUIET {
            false
        } else {
            self.printed_matter(u, v)
        };
        Some(if dark { self.ink } else { self.paper })
    }

    /// The rest of the form: lines of glyph-like text, ruled lines and boxes.
    fn printed_matter(&self, u: f32, v: f32) -> bool {
        const LINE: f32 = 7.0;
        const GLYPH: f32 = 6.0;
        let row = (v / LINE).floor();
        let in_row = v - row * LINE;
        let row = row as i64;
        // Vertical rules of boxes every so often.
        let col_block = (u / 30.0).floor();
        let in_block = u - col_block * 30.0;
        if in_block < 0.4 && hash01(self.layout, &[7, col_block as i64, row / 4]) < 0.4 {
            return true;
        }
        let kind = hash01(self.layout, &[1, row]);
        if kind < 0.55 {
            // Text: glyphs of 5×5 strokes with a gap after each.
            if in_row >= 5.0 {
                return false;
            }
            let col = (u / GLYPH).floor();
            let in_col = u - col * GLYPH;
            if in_col >= 5.0 || hash01(self.layout, &[2, row, col as i64]) > 0.8 {
                return false;
            }
            let (i, j) = (in_col as i64, in_row as i64);
            hash01(self.layout, &[3, row, col as i64, i, j]) < 0.38
        } else if kind < 0.75 {
            // A ruled line.
            (2.2..2.7).contains(&in_row)
        } else {
            false
        }
    }

    fn background_at(&self, x: f32, y: f32) -> f32 {
        let [base, a1, a2, a3, a4, a5] = self.background;
        let tiles = ((x / 97.0) as u32 + (y / 61.0) as u32) % 3;
        (base
            + a1 * (x * a2 + y * a3).sin()
            + 0.5 * a1 * (y * a4 - x * a5).cos()
            + 0.05 * tiles as f32)
            .clamp(0.02, 0.9)
    }

    fn light_at(&self, x: f32, y: f32) -> f32 {
        let (w, h) = (FRAME_WIDTH as f32, FRAME_HEIGHT as f32);
        let (gx, gy, g) = self.gradient;
        // 0 on one side of the frame, 1 on the other, along (gx, gy).
        let along =
            ((x / w - 0.5) * gx + (y / h - 0.5) * gy) * std::f32::consts::FRAC_1_SQRT_2 + 0.5;
        let ramp = 1.0 - g * along.clamp(0.0, 1.0);
        let r2 = ((x - w / 2.0).powi(2) + (y - h / 2.0).powi(2)) / (w * w / 4.0 + h * h / 4.0);
        let vignette = 1.0 - self.vignette * r2;
        let shadow = self.shadow.as_ref().map_or(1.0, |s| s.factor(x, y));
        self.exposure * ramp * vignette * shadow
    }
}

/// Puts the code's centre somewhere in the frame such that the code and its quiet zone are
/// fully visible; shrinks nothing, but moves the code towards the centre when it must.
fn place_code(rng: &mut StdRng, n: f32, z: f32, yaw: f32, pitch: f32, roll: f32) -> Pose {
    let (w, h) = (FRAME_WIDTH as f32, FRAME_HEIGHT as f32);
    let margin = 6.0;
    let half = n / 2.0 + QUIET;
    let fits = |pose: &Pose| {
        [(-half, -half), (half, -half), (half, half), (-half, half)]
            .iter()
            .all(|&(u, v)| {
                let (x, y) = pose.project(u, v);
                x >= margin && y >= margin && x <= w - margin && y <= h - margin
            })
    };
    let mut spread = 0.8;
    for _ in 0..40 {
        let (ox, oy) = (
            rng.random_range(-0.5..0.5) * w * spread,
            rng.random_range(-0.5..0.5) * h * spread,
        );
        let centre = [ox / FOCAL_PX * z, oy / FOCAL_PX * z, z];
        let pose = Pose::new(yaw, pitch, roll, centre);
        if fits(&pose) {
            return pose;
        }
        spread *= 0.9;
    }
    // Too big for this rotation anywhere but the middle: keep it there (may crop a corner of
    // the quiet zone on the largest codes; the decoders cope with that).
    Pose::new(yaw, pitch, roll, [0.0, 0.0, z])
}

fn random_payload(rng: &mut StdRng) -> String {
    let id: String = (0..23)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect();
    match rng.random_range(0..10) {
        0..=2 => id,
        3..=5 => format!(
            "https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?shinseiId={id}"
        ),
        6 | 7 => format!("https://myna.example.jp/apply/{id}"),
        _ => format!("https://www.kojinbango-card.go.jp/apply/?id={id}&lang=ja"),
    }
}

// ---------------------------------------------------------------------------------------------
// Image operations
// ---------------------------------------------------------------------------------------------

fn gaussian_blur(data: &mut [f32], w: usize, h: usize, sigma: f32) {
    if sigma < 0.2 {
        return;
    }
    let radius = (sigma * 3.0).ceil() as usize;
    let mut kernel: Vec<f32> = (0..=2 * radius)
        .map(|i| {
            let d = i as f32 - radius as f32;
            (-d * d / (2.0 * sigma * sigma)).exp()
        })
        .collect();
    let sum: f32 = kernel.iter().sum();
    kernel.iter_mut().for_each(|k| *k /= sum);
    let mut tmp = vec![0f32; w * h];
    // Rows.
    for (src, dst) in data.chunks_exact(w).zip(tmp.chunks_exact_mut(w)) {
        for (x, out) in dst.iter_mut().enumerate() {
            let mut acc = 0.0;
            for (k, weight) in kernel.iter().enumerate() {
                let sx = (x + k).saturating_sub(radius).min(w - 1);
                acc += weight * src[sx];
            }
            *out = acc;
        }
    }
    // Columns.
    for y in 0..h {
        let row = &mut data[y * w..(y + 1) * w];
        row.fill(0.0);
        for (k, weight) in kernel.iter().enumerate() {
            let sy = (y + k).saturating_sub(radius).min(h - 1);
            let src = &tmp[sy * w..(sy + 1) * w];
            for (out, s) in row.iter_mut().zip(src) {
                *out += weight * s;
            }
        }
    }
}

/// Averages the image along a line of `len` px at `angle`: a hand moving during exposure.
fn motion_blur(data: &[f32], w: usize, h: usize, len: f32, angle: f32) -> Vec<f32> {
    let steps = len.ceil().max(1.0) as usize + 1;
    let (dx, dy) = (angle.cos(), angle.sin());
    let offsets: Vec<(f32, f32)> = (0..steps)
        .map(|i| {
            let t = (i as f32 / (steps - 1).max(1) as f32 - 0.5) * len;
            (t * dx, t * dy)
        })
        .collect();
    let mut out = vec![0f32; w * h];
    for (y, row) in out.chunks_exact_mut(w).enumerate() {
        for (x, o) in row.iter_mut().enumerate() {
            let mut acc = 0.0;
            for &(ox, oy) in &offsets {
                acc += bilinear(data, w, h, x as f32 + ox, y as f32 + oy);
            }
            *o = acc / steps as f32;
        }
    }
    out
}

fn bilinear(data: &[f32], w: usize, h: usize, x: f32, y: f32) -> f32 {
    let x = x.clamp(0.0, (w - 1) as f32);
    let y = y.clamp(0.0, (h - 1) as f32);
    let (x0, y0) = (x.floor() as usize, y.floor() as usize);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let top = data[y0 * w + x0] * (1.0 - fx) + data[y0 * w + x1] * fx;
    let bottom = data[y1 * w + x0] * (1.0 - fx) + data[y1 * w + x1] * fx;
    top * (1.0 - fy) + bottom * fy
}

/// Encodes and decodes the frame as a webcam's MJPEG stream would.
fn jpeg_round_trip(image: &GrayImage, quality: u8) -> Option<GrayImage> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
        .encode_image(image)
        .ok()?;
    let decoded = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg).ok()?;
    Some(decoded.to_luma8())
}

// ---------------------------------------------------------------------------------------------
// Small maths
// ---------------------------------------------------------------------------------------------

fn smoothstep(e0: f32, e1: f32, x: f32) -> f32 {
    let t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn dot(a: [f32; 3], b: [f32; 3]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

type Mat3 = [[f32; 3]; 3];

fn mat_mul(a: Mat3, b: Mat3) -> Mat3 {
    std::array::from_fn(|i| std::array::from_fn(|j| (0..3).map(|k| a[i][k] * b[k][j]).sum()))
}

fn rot_x(a: f32) -> Mat3 {
    let (s, c) = a.sin_cos();
    [[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]]
}

fn rot_y(a: f32) -> Mat3 {
    let (s, c) = a.sin_cos();
    [[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]]
}

fn rot_z(a: f32) -> Mat3 {
    let (s, c) = a.sin_cos();
    [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]
}

/// A standard normal variate (Box–Muller).
fn normal(rng: &mut StdRng) -> f32 {
    let u1: f32 = rng.random_range(f32::EPSILON..1.0);
    let u2: f32 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f32::consts::TAU * u2).cos()
}

/// SplitMix64's finaliser: a well-mixed 64-bit value from any input.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A uniform value in [0, 1) from a seed and a few integers.
fn hash01(seed: u64, parts: &[i64]) -> f32 {
    let h = parts
        .iter()
        .fold(mix(seed), |acc, &p| mix(acc ^ (p as u64)));
    (h >> 40) as f32 / (1u64 << 24) as f32
}

/// Writes a frame as PNG (for looking at a condition by eye, or feeding `decode-qr`).
pub fn save_png(frame: &TestFrame, path: &std::path::Path) -> image::ImageResult<()> {
    frame.image.save_with_format(path, ImageFormat::Png)
}
