//! The demo camera: a scripted scene generator that stands in for the webcam.
//!
//! A [`DemoDirector`] (shared with the UI or a test) chooses the [`DemoScene`]; the
//! [`DemoSource`] renders 1280×720 frames at ~25 fps. Each scene is rendered once when it is
//! chosen (a backdrop plus, for the form and the portrait, a sprite with premultiplied alpha);
//! every frame then only copies the backdrop and composites the sprite with a small
//! time-dependent affine motion (a handheld sway, a breathing rise).

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use image::RgbImage;

use crate::camera::frame_source::{CameraError, FrameSource};
use crate::camera::worker::SourceFactory;

/// Width of every demo frame.
pub const DEMO_WIDTH: u32 = 1280;
/// Height of every demo frame.
pub const DEMO_HEIGHT: u32 = 720;
/// Frames per second the demo source paces itself to.
pub const DEMO_FPS: u32 = 25;

/// What the demo camera shows.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum DemoScene {
    /// An empty booth: a plain light-grey backdrop.
    #[default]
    Backdrop,
    /// A paper application form held up to the camera, with a QR code of `qr_payload`.
    Form {
        /// The text the printed QR code holds.
        qr_payload: String,
    },
    /// The same form under a lamp whose reflection lies across the middle of the code: the
    /// code is in view but cannot be read (for showing and testing the scan hints).
    GlaredForm {
        /// The text the printed QR code holds.
        qr_payload: String,
    },
    /// A person sitting for an ID photo in front of a plain backdrop.
    Portrait,
    /// The same person in a knitted cap pulled down over the eyebrows, already sitting still
    /// (for showing and testing the head-covering warning and its answers).
    PortraitInCap,
}

impl std::fmt::Debug for DemoScene {
    // The payload stands for a personal ID: print only its size.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DemoScene::Backdrop => f.write_str("Backdrop"),
            DemoScene::Form { qr_payload } => {
                write!(f, "Form {{ qr_payload: <{} bytes> }}", qr_payload.len())
            }
            DemoScene::GlaredForm { qr_payload } => {
                write!(
                    f,
                    "GlaredForm {{ qr_payload: <{} bytes> }}",
                    qr_payload.len()
                )
            }
            DemoScene::Portrait => f.write_str("Portrait"),
            DemoScene::PortraitInCap => f.write_str("PortraitInCap"),
        }
    }
}

#[derive(Debug, Default)]
struct DirectorState {
    scene: DemoScene,
    version: u64,
}

/// Steers a [`DemoSource`] from another thread (the UI, a test). Cheap to clone.
#[derive(Clone, Debug, Default)]
pub struct DemoDirector {
    inner: Arc<Mutex<DirectorState>>,
}

impl DemoDirector {
    /// A director whose source starts with `scene`.
    pub fn new(scene: DemoScene) -> DemoDirector {
        DemoDirector {
            inner: Arc::new(Mutex::new(DirectorState { scene, version: 0 })),
        }
    }

    /// Switches the scene. Setting the scene already shown changes nothing (its animation
    /// keeps running); a new scene starts its animation from the beginning.
    pub fn set_scene(&self, scene: DemoScene) {
        let mut state = self.lock();
        if state.scene != scene {
            state.scene = scene;
            state.version += 1;
        }
    }

    /// The scene currently chosen.
    pub fn scene(&self) -> DemoScene {
        self.lock().scene.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, DirectorState> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn snapshot(&self) -> (u64, DemoScene) {
        let state = self.lock();
        (state.version, state.scene.clone())
    }
}

/// The demo webcam. Frames are paced with `sleep` to [`DEMO_FPS`].
pub struct DemoSource {
    director: DemoDirector,
    current: Option<(u64, SceneRender, Instant)>,
    next_due: Option<Instant>,
    period: Duration,
}

impl DemoSource {
    /// A demo source steered by `director`.
    pub fn new(director: DemoDirector) -> DemoSource {
        DemoSource {
            director,
            current: None,
            next_due: None,
            period: Duration::from_secs(1) / DEMO_FPS,
        }
    }

    /// A [`SourceFactory`] for [`spawn_camera`](crate::camera::spawn_camera) that builds demo
    /// sources steered by `director`.
    pub fn factory(director: DemoDirector) -> SourceFactory {
        Box::new(move || Ok(Box::new(DemoSource::new(director.clone())) as Box<dyn FrameSource>))
    }

    fn pace(&mut self) {
        let now = Instant::now();
        match self.next_due {
            Some(due) => {
                if due > now {
                    thread::sleep(due - now);
                }
                let next = due + self.period;
                // After a long pause (a slow consumer), do not try to catch up.
                self.next_due = Some(if next < now { now + self.period } else { next });
            }
            None => self.next_due = Some(now + self.period),
        }
    }
}

impl FrameSource for DemoSource {
    fn describe(&self) -> String {
        format!("demo scene generator ({DEMO_WIDTH}x{DEMO_HEIGHT} @ {DEMO_FPS} fps)")
    }

    fn open(&mut self) -> Result<(u32, u32), CameraError> {
        Ok((DEMO_WIDTH, DEMO_HEIGHT))
    }

    fn next_frame(&mut self) -> Result<RgbImage, CameraError> {
        self.pace();
        let (version, scene) = self.director.snapshot();
        let stale = self.current.as_ref().is_none_or(|(v, _, _)| *v != version);
        if stale {
            let started = Instant::now();
            let render = SceneRender::new(&scene);
            tracing::debug!(
                scene = scene_name(&scene),
                render_ms = started.elapsed().as_millis() as u64,
                "demo scene rendered"
            );
            self.current = Some((version, render, Instant::now()));
        }
        match &self.current {
            Some((_, render, since)) => Ok(render.frame_at(since.elapsed().as_secs_f32())),
            None => Err(CameraError::Capture("demo scene missing".into())),
        }
    }

    fn is_demo(&self) -> bool {
        true
    }
}

fn scene_name(scene: &DemoScene) -> &'static str {
    match scene {
        DemoScene::Backdrop => "backdrop",
        DemoScene::Form { .. } => "form",
        DemoScene::GlaredForm { .. } => "glared form",
        DemoScene::Portrait => "portrait",
        DemoScene::PortraitInCap => "portrait in a cap",
    }
}

/// Renders one frame of `scene`, `at` after the scene started (for tests and UI snapshots).
pub fn demo_frame(scene: &DemoScene, at: Duration) -> RgbImage {
    SceneRender::new(scene).frame_at(at.as_secs_f32())
}

// ---------------------------------------------------------------------------------------------
// Scene rendering
// ---------------------------------------------------------------------------------------------

/// A pre-rendered scene: a backdrop and an optional sprite with its motion.
struct SceneRender {
    background: RgbImage,
    sprite: Option<(Sprite, Motion)>,
    /// Seconds into the motion the scene starts at.
    start_s: f32,
}

#[derive(Clone, Copy)]
enum Motion {
    /// The form: slides in over ~1 s, then sways like a sheet held in two hands.
    Handheld,
    /// The sitter: plays [`SITTING`] (defects corrected one by one), breathing gently.
    Breathing,
}

impl SceneRender {
    fn new(scene: &DemoScene) -> SceneRender {
        match scene {
            DemoScene::Backdrop => SceneRender {
                background: booth_backdrop(),
                sprite: None,
                start_s: 0.0,
            },
            DemoScene::Form { qr_payload } => SceneRender {
                background: booth_backdrop(),
                sprite: Some((form_sprite(qr_payload, false), Motion::Handheld)),
                start_s: 0.0,
            },
            DemoScene::GlaredForm { qr_payload } => SceneRender {
                background: booth_backdrop(),
                sprite: Some((form_sprite(qr_payload, true), Motion::Handheld)),
                start_s: 0.0,
            },
            DemoScene::Portrait => SceneRender {
                background: portrait_backdrop(),
                sprite: Some((person_sprite(false), Motion::Breathing)),
                start_s: 0.0,
            },
            DemoScene::PortraitInCap => SceneRender {
                background: portrait_backdrop(),
                sprite: Some((person_sprite(true), Motion::Breathing)),
                start_s: SITTING_SETTLED_S,
            },
        }
    }

    fn frame_at(&self, t: f32) -> RgbImage {
        let t = t + self.start_s;
        let mut frame = self.background.clone();
        if let Some((sprite, motion)) = &self.sprite {
            let pose = match motion {
                Motion::Handheld => handheld_pose(t),
                Motion::Breathing => breathing_pose(t),
            };
            composite(&mut frame, sprite, pose);
        }
        frame
    }
}

/// Where a sprite goes: its `anchor` (sprite pixels) lands on `at` (frame pixels), rotated by
/// `angle` radians and scaled by `scale`.
#[derive(Clone, Copy, Debug)]
struct Pose {
    anchor: (f32, f32),
    at: (f32, f32),
    angle: f32,
    scale: f32,
}

const TAU: f32 = std::f32::consts::TAU;

fn handheld_pose(t: f32) -> Pose {
    let (w, h) = (DEMO_WIDTH as f32, DEMO_HEIGHT as f32);
    let sway_x = 10.0 * (TAU * 0.31 * t).sin() + 4.0 * (TAU * 0.73 * t + 0.5).sin();
    let sway_y = 7.0 * (TAU * 0.43 * t + 1.1).sin();
    let sway_angle =
        (1.8 * (TAU * 0.23 * t + 0.3).sin() + 0.6 * (TAU * 0.61 * t).sin()).to_radians();
    let sway_scale = 1.0 + 0.012 * (TAU * 0.17 * t).sin();
    let held = (w * 0.5 + sway_x, h * 0.53 + sway_y);
    // Entrance: from below the frame, tilted, easing out over one second.
    let k = ease_out_cubic((t / ENTRANCE_SECONDS).clamp(0.0, 1.0));
    let start = (w * 0.56, h * 1.45);
    Pose {
        anchor: FORM_SPRITE_CENTRE,
        at: (mix(start.0, held.0, k), mix(start.1, held.1, k)),
        angle: mix((-9.0f32).to_radians(), sway_angle, k),
        scale: sway_scale,
    }
}

/// How long the form takes to come into view.
const ENTRANCE_SECONDS: f32 = 1.0;

/// Where the sitter is at one moment of [`SITTING`]: the face centre's offset from where the
/// photo wants it (frame pixels), the size relative to the right size, and the head's roll.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Sitting {
    at: f32,
    dx: f32,
    dy: f32,
    size: f32,
    roll_deg: f32,
}

/// The demo sitter's script: the mistakes users bring to the booth, each corrected in turn —
/// sitting too far back and to one side, then close enough but off to the side (the crop
/// would be cut), then centred with the head tilted, then straight and still from
/// [`SITTING_SETTLED_S`] on, so the guide counts down and takes the photo by itself.
#[rustfmt::skip]
const SITTING: [Sitting; 9] = [
    Sitting { at: 0.0, dx: 330.0, dy: 70.0, size: 0.62, roll_deg: 0.0 },
    Sitting { at: 3.0, dx: 330.0, dy: 70.0, size: 0.62, roll_deg: 0.0 },
    Sitting { at: 3.8, dx: 420.0, dy: 0.0, size: 1.0, roll_deg: 0.0 },
    Sitting { at: 5.0, dx: 420.0, dy: 0.0, size: 1.0, roll_deg: 0.0 },
    Sitting { at: 5.8, dx: 0.0, dy: 0.0, size: 1.0, roll_deg: 0.0 },
    Sitting { at: 6.1, dx: 0.0, dy: 0.0, size: 1.0, roll_deg: 11.0 },
    Sitting { at: 7.3, dx: 0.0, dy: 0.0, size: 1.0, roll_deg: 11.0 },
    Sitting { at: 7.9, dx: 0.0, dy: 0.0, size: 1.0, roll_deg: 0.0 },
    Sitting { at: SITTING_SETTLED_S, dx: 0.0, dy: 0.0, size: 1.0, roll_deg: 0.0 },
];

/// From this many seconds after the portrait scene starts the sitter is straight and still.
pub const SITTING_SETTLED_S: f32 = 8.0;

/// The demo camera's pitch calibration (`photo.checks.pitch_baseline_deg` of a real booth):
/// what the face mesh reads on the drawn sitter's level head. A flat drawing has none of the
/// depth cues of a real face, and the mesh reads it as tipped forward (−7.5°, where a real
/// level head reads about +11°); the photo guide uses this baseline with the demo camera.
pub const DEMO_SITTER_PITCH_DEG: f32 = -7.5;

/// The sitter's face centre in the person sprite, its place in a compliant frame, and the
/// sprite's scale there (the head fills about 68 % of the frame height: a crop of ~650 px).
const SITTER_FACE: (f32, f32) = (640.0, 318.0);
const SITTER_AT: (f32, f32) = (640.0, 352.0);
const SITTER_SCALE: f32 = 1.45;

/// The script's pose at `t`, eased between its key moments.
fn sitting_at(t: f32) -> Sitting {
    let last = SITTING[SITTING.len() - 1];
    for pair in SITTING.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if t < b.at {
            let k = smoothstep(a.at, b.at, t.max(a.at));
            return Sitting {
                at: t,
                dx: mix(a.dx, b.dx, k),
                dy: mix(a.dy, b.dy, k),
                size: mix(a.size, b.size, k),
                roll_deg: mix(a.roll_deg, b.roll_deg, k),
            };
        }
    }
    Sitting { at: t, ..last }
}

fn breathing_pose(t: f32) -> Pose {
    let s = sitting_at(t);
    let breath = (TAU * 0.22 * t).sin();
    let drift = 0.6 * (TAU * 0.09 * t + 0.7).sin();
    Pose {
        anchor: SITTER_FACE,
        at: (SITTER_AT.0 + s.dx + drift, SITTER_AT.1 + s.dy),
        angle: (s.roll_deg + 0.2 * (TAU * 0.07 * t).sin()).to_radians(),
        scale: SITTER_SCALE * s.size * (1.0 + 0.002 * breath),
    }
}

fn ease_out_cubic(k: f32) -> f32 {
    1.0 - (1.0 - k).powi(3)
}

fn mix(a: f32, b: f32, k: f32) -> f32 {
    a + (b - a) * k
}

fn smoothstep(e0: f32, e1: f32, x: f32) -> f32 {
    let k = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    k * k * (3.0 - 2.0 * k)
}

/// A small deterministic hash noise in [-1, 1] (sensor grain, paper and skin texture).
fn grain(x: u32, y: u32, seed: u32) -> f32 {
    let mut h =
        x.wrapping_mul(0x27d4_eb2d) ^ y.wrapping_mul(0x1656_67b1) ^ seed.wrapping_mul(0x9e37_79b9);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2c1b_3c6d);
    h ^= h >> 12;
    h = h.wrapping_mul(0x297a_2d39);
    h ^= h >> 15;
    (h as f32 / u32::MAX as f32) * 2.0 - 1.0
}

fn to_u8(v: f32) -> u8 {
    (v * 255.0 + 0.5).clamp(0.0, 255.0) as u8
}

/// The empty booth: light grey, lit from the top centre, with a little sensor grain.
fn booth_backdrop() -> RgbImage {
    let (w, h) = (DEMO_WIDTH as f32, DEMO_HEIGHT as f32);
    RgbImage::from_fn(DEMO_WIDTH, DEMO_HEIGHT, |x, y| {
        let (fx, fy) = (x as f32 / w, y as f32 / h);
        let vertical = 0.885 - 0.07 * fy;
        let dx = (fx - 0.5) * 1.6;
        let dy = fy - 0.35;
        let spot = 0.035 * (1.0 - (dx * dx + dy * dy).min(1.0));
        let v = vertical + spot + 0.006 * grain(x, y, 1);
        image::Rgb([to_u8(v * 0.995), to_u8(v), to_u8(v * 1.01)])
    })
}

/// The ID-photo backdrop: plain light blue-grey, evenly lit.
fn portrait_backdrop() -> RgbImage {
    let (w, h) = (DEMO_WIDTH as f32, DEMO_HEIGHT as f32);
    RgbImage::from_fn(DEMO_WIDTH, DEMO_HEIGHT, |x, y| {
        let (fx, fy) = (x as f32 / w, y as f32 / h);
        let dx = (fx - 0.5) * 1.4;
        let dy = fy - 0.4;
        let light = 1.0 + 0.035 * (1.0 - (dx * dx + dy * dy).min(1.0)) - 0.03 * fy;
        let n = 0.006 * grain(x, y, 2);
        image::Rgb([
            to_u8(0.77 * light + n),
            to_u8(0.82 * light + n),
            to_u8(0.87 * light + n),
        ])
    })
}

// ---------------------------------------------------------------------------------------------
// A tiny anti-aliased rasteriser: shapes are signed distance functions in pixels.
// ---------------------------------------------------------------------------------------------

type Rgb = [f32; 3];

/// An RGBA image with premultiplied alpha, floats while painting.
struct Canvas {
    w: usize,
    h: usize,
    px: Vec<[f32; 4]>,
}

impl Canvas {
    fn new(w: usize, h: usize) -> Canvas {
        Canvas {
            w,
            h,
            px: vec![[0.0; 4]; w * h],
        }
    }

    /// Paints the shape `sdf` (negative inside) over the rectangle `area` (x0, y0, x1, y1),
    /// coloured by `colour`, with `opacity`.
    fn paint(
        &mut self,
        area: (f32, f32, f32, f32),
        opacity: f32,
        sdf: impl Fn(f32, f32) -> f32,
        colour: impl Fn(f32, f32) -> Rgb,
    ) {
        let x0 = area.0.floor().max(0.0) as usize;
        let y0 = area.1.floor().max(0.0) as usize;
        let x1 = (area.2.ceil().max(0.0) as usize).min(self.w);
        let y1 = (area.3.ceil().max(0.0) as usize).min(self.h);
        for y in y0..y1 {
            for x in x0..x1 {
                let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
                let coverage = (0.5 - sdf(fx, fy)).clamp(0.0, 1.0) * opacity;
                if coverage <= 0.0 {
                    continue;
                }
                let c = colour(fx, fy);
                let p = &mut self.px[y * self.w + x];
                let keep = 1.0 - coverage;
                p[0] = c[0] * coverage + p[0] * keep;
                p[1] = c[1] * coverage + p[1] * keep;
                p[2] = c[2] * coverage + p[2] * keep;
                p[3] = coverage + p[3] * keep;
            }
        }
    }

    fn into_sprite(self, texture_seed: u32) -> Sprite {
        let px: Vec<[u8; 4]> = self
            .px
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let n = if texture_seed == 0 {
                    0.0
                } else {
                    0.008 * grain((i % self.w) as u32, (i / self.w) as u32, texture_seed) * p[3]
                };
                [
                    to_u8(p[0] + n),
                    to_u8(p[1] + n),
                    to_u8(p[2] + n),
                    to_u8(p[3]),
                ]
            })
            .map(|[r, g, b, a]| [r.min(a), g.min(a), b.min(a), a])
            .collect();
        let opaque = opaque_bounds(&px, self.w, self.h);
        Sprite {
            w: self.w,
            h: self.h,
            px,
            opaque,
        }
    }
}

/// The bounding box of the pixels with non-zero alpha (the whole image when there are none).
fn opaque_bounds(px: &[[u8; 4]], w: usize, h: usize) -> (usize, usize, usize, usize) {
    let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
    for (i, p) in px.iter().enumerate() {
        if p[3] > 0 {
            let (x, y) = (i % w, i / w);
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x + 1);
            y1 = y1.max(y + 1);
        }
    }
    if x0 >= x1 || y0 >= y1 {
        (0, 0, w, h)
    } else {
        (x0, y0, x1, y1)
    }
}

fn flat(c: Rgb) -> impl Fn(f32, f32) -> Rgb {
    move |_, _| c
}

/// An ellipse centred at (cx, cy) with radii (rx, ry) (approximate distance, exact on the edge).
fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let (px, py) = ((x - cx) / rx, (y - cy) / ry);
        let k0 = (px * px + py * py).sqrt();
        let k1 = ((px / rx).powi(2) + (py / ry).powi(2)).sqrt();
        if k1 == 0.0 {
            -rx.min(ry)
        } else {
            k0 * (k0 - 1.0) / k1
        }
    }
}

fn circle(cx: f32, cy: f32, r: f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| ((x - cx).powi(2) + (y - cy).powi(2)).sqrt() - r
}

/// An axis-aligned box centred at (cx, cy) with half sizes (hw, hh) and corner radius r.
fn rounded_box(cx: f32, cy: f32, hw: f32, hh: f32, r: f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let qx = (x - cx).abs() - hw + r;
        let qy = (y - cy).abs() - hh + r;
        let outside = (qx.max(0.0).powi(2) + qy.max(0.0).powi(2)).sqrt();
        outside + qx.max(qy).min(0.0) - r
    }
}

fn segment_distance(x: f32, y: f32, a: (f32, f32), b: (f32, f32)) -> (f32, f32) {
    let (bax, bay) = (b.0 - a.0, b.1 - a.1);
    let (pax, pay) = (x - a.0, y - a.1);
    let len2 = bax * bax + bay * bay;
    let h = if len2 > 0.0 {
        ((pax * bax + pay * bay) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (
        ((pax - bax * h).powi(2) + (pay - bay * h).powi(2)).sqrt(),
        h,
    )
}

/// A stroke through `points`, with a radius that goes linearly from `r0` to `r1` along it.
fn stroke(points: Vec<(f32, f32)>, r0: f32, r1: f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let n = points.len().saturating_sub(1).max(1) as f32;
        let mut best = f32::MAX;
        for (i, pair) in points.windows(2).enumerate() {
            let (d, h) = segment_distance(x, y, pair[0], pair[1]);
            let along = (i as f32 + h) / n;
            best = best.min(d - mix(r0, r1, along));
        }
        best
    }
}

/// A simple polygon (either winding): exact signed distance, so offsets round the corners.
fn polygon(points: Vec<(f32, f32)>) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let n = points.len();
        if n == 0 {
            return f32::MAX;
        }
        let mut d = (x - points[0].0).powi(2) + (y - points[0].1).powi(2);
        let mut inside = false;
        let mut j = n - 1;
        for i in 0..n {
            let (vi, vj) = (points[i], points[j]);
            let (ex, ey) = (vj.0 - vi.0, vj.1 - vi.1);
            let (wx, wy) = (x - vi.0, y - vi.1);
            let len2 = ex * ex + ey * ey;
            let h = if len2 > 0.0 {
                ((wx * ex + wy * ey) / len2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            d = d.min((wx - ex * h).powi(2) + (wy - ey * h).powi(2));
            let c = [y >= vi.1, y < vj.1, ex * wy > ey * wx];
            if c.iter().all(|b| *b) || c.iter().all(|b| !*b) {
                inside = !inside;
            }
            j = i;
        }
        if inside { -d.sqrt() } else { d.sqrt() }
    }
}

/// A bezier point: quadratic curve through a, control c, to b.
fn quad_bezier(a: (f32, f32), c: (f32, f32), b: (f32, f32), steps: usize) -> Vec<(f32, f32)> {
    (0..=steps)
        .map(|i| {
            let t = i as f32 / steps as f32;
            let u = 1.0 - t;
            (
                u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0,
                u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1,
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Sprites and compositing
// ---------------------------------------------------------------------------------------------

/// An RGBA image with premultiplied alpha, composited every frame.
struct Sprite {
    w: usize,
    h: usize,
    px: Vec<[u8; 4]>,
    /// The part of the sprite that is not fully transparent: (x0, y0, x1, y1), exclusive end.
    opaque: (usize, usize, usize, usize),
}

impl Sprite {
    /// Bilinear sample with clamp-to-edge at fixed-point coordinates (8 fractional bits);
    /// returns premultiplied RGBA in 0..=255.
    #[inline]
    fn sample(&self, sx: i32, sy: i32) -> [u32; 4] {
        let (w, h) = (self.w as i32, self.h as i32);
        let sx = sx.clamp(0, (w - 1) << 8);
        let sy = sy.clamp(0, (h - 1) << 8);
        let (x0, y0) = ((sx >> 8) as usize, (sy >> 8) as usize);
        let (fx, fy) = ((sx & 255) as u32, (sy & 255) as u32);
        let x1 = (x0 + 1).min(self.w - 1);
        let y1 = (y0 + 1).min(self.h - 1);
        let (row0, row1) = (y0 * self.w, y1 * self.w);
        let (p00, p10) = (self.px[row0 + x0], self.px[row0 + x1]);
        let (p01, p11) = (self.px[row1 + x0], self.px[row1 + x1]);
        if (p00[3] | p10[3] | p01[3] | p11[3]) == 0 {
            return [0; 4];
        }
        let w00 = (256 - fx) * (256 - fy);
        let w10 = fx * (256 - fy);
        let w01 = (256 - fx) * fy;
        let w11 = fx * fy;
        let mut out = [0u32; 4];
        for (c, o) in out.iter_mut().enumerate() {
            let sum = u32::from(p00[c]) * w00
                + u32::from(p10[c]) * w10
                + u32::from(p01[c]) * w01
                + u32::from(p11[c]) * w11;
            *o = (sum + 32768) >> 16;
        }
        out
    }
}

/// Draws `sprite` over `frame` at `pose`, sampling the sprite through the inverse transform.
fn composite(frame: &mut RgbImage, sprite: &Sprite, pose: Pose) {
    let (sin, cos) = pose.angle.sin_cos();
    let s = pose.scale.max(1e-3);
    // Forward: frame = at + R·s·(sprite − anchor). Bounding box of the sprite's corners.
    // The opaque part, one pixel wider for the bilinear fringe; an edge that touches the
    // sprite's border continues (clamp-to-edge) so a body cut by the frame stays cut cleanly.
    let (ox0, oy0, ox1, oy1) = sprite.opaque;
    let grow = |v: usize, limit: usize, outward: f32| {
        if v == 0 || v == limit {
            v as f32 + outward * 64.0
        } else {
            v as f32 + outward
        }
    };
    let (left, top) = (grow(ox0, sprite.w, -1.0), grow(oy0, sprite.h, -1.0));
    let (right, bottom) = (grow(ox1, sprite.w, 1.0), grow(oy1, sprite.h, 1.0));
    let corners = [(left, top), (right, top), (left, bottom), (right, bottom)];
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (cx, cy) in corners {
        let (dx, dy) = ((cx - pose.anchor.0) * s, (cy - pose.anchor.1) * s);
        let fx = pose.at.0 + cos * dx - sin * dy;
        let fy = pose.at.1 + sin * dx + cos * dy;
        min_x = min_x.min(fx);
        min_y = min_y.min(fy);
        max_x = max_x.max(fx);
        max_y = max_y.max(fy);
    }
    let (fw, fh) = (frame.width() as usize, frame.height() as usize);
    let x0 = min_x.floor().max(0.0) as usize;
    let y0 = min_y.floor().max(0.0) as usize;
    let x1 = (max_x.ceil().max(0.0) as usize).min(fw);
    let y1 = (max_y.ceil().max(0.0) as usize).min(fh);
    if x0 >= x1 || y0 >= y1 {
        return;
    }
    // Inverse: sprite = anchor + R⁻¹·(frame − at)/s, evaluated at pixel centres, stepped
    // along each row in fixed point (16 fractional bits; 8 are kept for the sample).
    let (ia, ib) = (cos / s, sin / s);
    const ONE: f32 = 65536.0;
    let (step_x, step_y) = ((ia * ONE) as i32, (-ib * ONE) as i32);
    let buf: &mut [u8] = frame;
    for y in y0..y1 {
        let dy = y as f32 + 0.5 - pose.at.1;
        let dx = x0 as f32 + 0.5 - pose.at.0;
        let mut sx = ((pose.anchor.0 + ia * dx + ib * dy - 0.5) * ONE) as i32;
        let mut sy = ((pose.anchor.1 - ib * dx + ia * dy - 0.5) * ONE) as i32;
        let row = &mut buf[(y * fw + x0) * 3..(y * fw + x1) * 3];
        for px in row.chunks_exact_mut(3) {
            let [r, g, b, a] = sprite.sample(sx >> 8, sy >> 8);
            sx = sx.wrapping_add(step_x);
            sy = sy.wrapping_add(step_y);
            if a == 0 {
                continue;
            }
            let keep = 255 - a.min(255);
            px[0] = (r + (u32::from(px[0]) * keep + 127) / 255).min(255) as u8;
            px[1] = (g + (u32::from(px[1]) * keep + 127) / 255).min(255) as u8;
            px[2] = (b + (u32::from(px[2]) * keep + 127) / 255).min(255) as u8;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The application form
// ---------------------------------------------------------------------------------------------

/// Sheet size in sprite pixels (A4 landscape proportions) and the margin around it that holds
/// the shadow and the hands.
const SHEET_W: f32 = 840.0;
const SHEET_H: f32 = 594.0;
const SHEET_MARGIN: f32 = 84.0;
const FORM_SPRITE_CENTRE: (f32, f32) = (SHEET_MARGIN + SHEET_W / 2.0, SHEET_MARGIN + SHEET_H / 2.0);

const PAPER: Rgb = [0.965, 0.965, 0.955];
const INK_DARK: Rgb = [0.30, 0.31, 0.33];
const INK_LIGHT: Rgb = [0.62, 0.63, 0.65];
const RULE: Rgb = [0.55, 0.58, 0.60];
const TINT: Rgb = [0.86, 0.92, 0.90];
const QR_INK: Rgb = [0.07, 0.07, 0.08];
const SKIN: Rgb = [0.93, 0.76, 0.64];
const SKIN_SHADE: Rgb = [0.82, 0.62, 0.51];

fn form_sprite(payload: &str, glare: bool) -> Sprite {
    let w = (SHEET_W + 2.0 * SHEET_MARGIN) as usize;
    let h = (SHEET_H + 2.0 * SHEET_MARGIN) as usize;
    let m = SHEET_MARGIN;
    let mut canvas = Canvas::new(w, h);

    // Soft shadow of the sheet on the backdrop.
    let shadow = blurred_box_alpha(
        w,
        h,
        (m + 10.0, m + 14.0, m + SHEET_W + 10.0, m + SHEET_H + 14.0),
        14,
    );
    // Premultiplied black: only the alpha is set, the colour stays 0.
    for (p, a) in canvas.px.iter_mut().zip(shadow) {
        p[3] = a * 0.28;
    }

    // Hands behind the sheet: palms showing at both sides.
    let hand_y = m + SHEET_H * 0.55;
    for (side, x) in [(-1.0f32, m), (1.0, m + SHEET_W)] {
        let cx = x + side * 34.0;
        canvas.paint(
            (cx - 50.0, hand_y - 80.0, cx + 50.0, hand_y + 90.0),
            1.0,
            ellipse(cx, hand_y + 8.0, 40.0, 68.0),
            move |px, _| {
                let k = ((px - cx) * side / 40.0).clamp(-1.0, 1.0);
                let shade = 0.5 + 0.5 * k;
                mix3(SKIN, SKIN_SHADE, shade * 0.7)
            },
        );
    }

    // The sheet.
    let (sx0, sy0) = (m, m);
    canvas.paint(
        (
            sx0 - 2.0,
            sy0 - 2.0,
            sx0 + SHEET_W + 2.0,
            sy0 + SHEET_H + 2.0,
        ),
        1.0,
        rounded_box(
            sx0 + SHEET_W / 2.0,
            sy0 + SHEET_H / 2.0,
            SHEET_W / 2.0,
            SHEET_H / 2.0,
            3.0,
        ),
        move |x, y| {
            let k = 1.0 - 0.035 * ((x - sx0) / SHEET_W) - 0.02 * ((y - sy0) / SHEET_H);
            [PAPER[0] * k, PAPER[1] * k, PAPER[2] * k]
        },
    );

    // The QR code first: the printed layout flows around it.
    let qr = qr_modules(payload);
    let module_px = qr
        .as_ref()
        .map_or(7.0, |(n, _)| (250 / n).clamp(6, 8) as f32);
    let qr_side = qr.as_ref().map_or(200.0, |(n, _)| *n as f32 * module_px);
    let qr_x0 = sx0 + SHEET_W - 44.0 - qr_side;
    let qr_y0 = sy0 + SHEET_H - 44.0 - qr_side;
    let quiet = 4.0 * module_px;
    match &qr {
        Some((n, dark)) => {
            for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
                let (col, row) = ((i % n) as f32, (i / n) as f32);
                let x = qr_x0 + col * module_px;
                let y = qr_y0 + row * module_px;
                canvas.paint(
                    (x, y, x + module_px, y + module_px),
                    1.0,
                    rounded_box(
                        x + module_px / 2.0,
                        y + module_px / 2.0,
                        module_px / 2.0,
                        module_px / 2.0,
                        0.0,
                    ),
                    flat(QR_INK),
                );
            }
        }
        None => {
            // Too long to encode: a grey box where the code would be.
            canvas.paint(
                (qr_x0, qr_y0, qr_x0 + qr_side, qr_y0 + qr_side),
                1.0,
                rounded_box(
                    qr_x0 + qr_side / 2.0,
                    qr_y0 + qr_side / 2.0,
                    qr_side / 2.0,
                    qr_side / 2.0,
                    4.0,
                ),
                flat(INK_LIGHT),
            );
        }
    }

    // A lamp's reflection: a saturated band across the middle of the code, clear of its
    // three finder patterns, wiping more modules than error correction can restore.
    if glare {
        let (cx, cy) = (qr_x0 + qr_side / 2.0, qr_y0 + qr_side / 2.0);
        canvas.paint(
            (
                cx - qr_side * 0.6,
                cy - qr_side * 0.25,
                cx + qr_side * 0.6,
                cy + qr_side * 0.25,
            ),
            1.0,
            ellipse(cx, cy, qr_side * 0.55, qr_side * 0.21),
            flat([1.0, 1.0, 1.0]),
        );
    }

    // Title and a tinted header strip.
    text_bar(&mut canvas, sx0 + 40.0, sy0 + 34.0, 300.0, 9.0, INK_DARK);
    text_bar(&mut canvas, sx0 + 360.0, sy0 + 36.0, 120.0, 6.0, INK_LIGHT);
    canvas.paint(
        (sx0 + 30.0, sy0 + 62.0, sx0 + SHEET_W - 30.0, sy0 + 96.0),
        1.0,
        rounded_box(
            sx0 + SHEET_W / 2.0,
            sy0 + 79.0,
            SHEET_W / 2.0 - 30.0,
            17.0,
            2.0,
        ),
        flat(TINT),
    );
    for i in 0..5 {
        let x = sx0 + 44.0 + i as f32 * 150.0;
        text_bar(
            &mut canvas,
            x,
            sy0 + 79.0,
            60.0 + 50.0 * hash01(i, 7),
            5.0,
            INK_DARK,
        );
    }

    // A table of fields on the left; it stops short of the QR code's quiet zone.
    let table_x0 = sx0 + 30.0;
    let table_x1 = (qr_x0 - quiet - 16.0).min(sx0 + 520.0);
    let mut y = sy0 + 112.0;
    let mut row = 0u32;
    while y + 40.0 <= sy0 + SHEET_H - 30.0 {
        rule(&mut canvas, table_x0, y, table_x1, y);
        text_bar(
            &mut canvas,
            table_x0 + 10.0,
            y + 20.0,
            50.0 + 30.0 * hash01(row, 1),
            5.0,
            INK_DARK,
        );
        let value_w = (table_x1 - table_x0 - 130.0) * (0.35 + 0.6 * hash01(row, 2));
        if row % 3 != 2 {
            text_bar(
                &mut canvas,
                table_x0 + 118.0,
                y + 21.0,
                value_w,
                4.0,
                INK_LIGHT,
            );
        }
        y += 42.0;
        row += 1;
    }
    rule(&mut canvas, table_x0, y, table_x1, y);
    rule(&mut canvas, table_x0, sy0 + 112.0, table_x0, y);
    rule(&mut canvas, table_x1, sy0 + 112.0, table_x1, y);
    rule(
        &mut canvas,
        table_x0 + 104.0,
        sy0 + 112.0,
        table_x0 + 104.0,
        y,
    );

    // The photo box at the top right, when the QR code leaves room for it.
    let box_top = sy0 + 116.0;
    let box_bottom = box_top + 150.0;
    let box_x1 = sx0 + SHEET_W - 50.0;
    let box_x0 = box_x1 - 117.0;
    if box_bottom + 20.0 < qr_y0 - quiet && box_x0 > table_x1 + 20.0 {
        rule(&mut canvas, box_x0, box_top, box_x1, box_top);
        rule(&mut canvas, box_x0, box_bottom, box_x1, box_bottom);
        rule(&mut canvas, box_x0, box_top, box_x0, box_bottom);
        rule(&mut canvas, box_x1, box_top, box_x1, box_bottom);
        text_bar(
            &mut canvas,
            box_x0 + 30.0,
            box_top + 75.0,
            57.0,
            5.0,
            INK_LIGHT,
        );
        for i in 0..3 {
            let yy = box_bottom + 20.0 + i as f32 * 14.0;
            if yy + 10.0 < qr_y0 - quiet {
                text_bar(
                    &mut canvas,
                    box_x0 - 40.0,
                    yy,
                    120.0 + 30.0 * hash01(i, 3),
                    3.5,
                    INK_LIGHT,
                );
            }
        }
    }

    // Thumbs over the front of the sheet, away from the code.
    for (side, x) in [(-1.0f32, m), (1.0, m + SHEET_W)] {
        let (tip_x, base_x) = (x - side * 38.0, x + side * 30.0);
        let ty = hand_y - 40.0;
        canvas.paint(
            (
                tip_x.min(base_x) - 30.0,
                ty - 30.0,
                tip_x.max(base_x) + 30.0,
                ty + 36.0,
            ),
            1.0,
            stroke(vec![(base_x, ty + 6.0), (tip_x, ty)], 22.0, 19.0),
            move |_, py| mix3(SKIN, SKIN_SHADE, smoothstep(ty - 10.0, ty + 22.0, py) * 0.8),
        );
        let nail_x = tip_x + side * 9.0;
        canvas.paint(
            (nail_x - 16.0, ty - 16.0, nail_x + 16.0, ty + 16.0),
            0.9,
            ellipse(nail_x, ty - 1.0, 11.0, 12.5),
            flat([0.95, 0.82, 0.76]),
        );
    }

    canvas.into_sprite(3)
}

fn mix3(a: Rgb, b: Rgb, k: f32) -> Rgb {
    [mix(a[0], b[0], k), mix(a[1], b[1], k), mix(a[2], b[2], k)]
}

/// A deterministic number in [0, 1) for layout variety.
fn hash01(i: u32, seed: u32) -> f32 {
    0.5 + 0.5 * grain(i, seed, 11)
}

/// A rounded bar that reads as a printed line of text from a distance.
fn text_bar(canvas: &mut Canvas, x: f32, y_mid: f32, len: f32, thickness: f32, ink: Rgb) {
    let r = thickness / 2.0;
    canvas.paint(
        (x - 1.0, y_mid - r - 1.0, x + len + 1.0, y_mid + r + 1.0),
        1.0,
        rounded_box(x + len / 2.0, y_mid, len / 2.0, r, r),
        flat(ink),
    );
}

/// A thin printed rule between two points.
fn rule(canvas: &mut Canvas, x0: f32, y0: f32, x1: f32, y1: f32) {
    canvas.paint(
        (
            x0.min(x1) - 2.0,
            y0.min(y1) - 2.0,
            x0.max(x1) + 2.0,
            y0.max(y1) + 2.0,
        ),
        1.0,
        stroke(vec![(x0, y0), (x1, y1)], 0.75, 0.75),
        flat(RULE),
    );
}

/// The modules of the QR code for `payload`: (modules per side, dark flags row by row).
fn qr_modules(payload: &str) -> Option<(usize, Vec<bool>)> {
    match qrcode::QrCode::new(payload.as_bytes()) {
        Ok(code) => Some((
            code.width(),
            code.to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect(),
        )),
        Err(_) => {
            tracing::warn!(bytes = payload.len(), "demo QR payload cannot be encoded");
            None
        }
    }
}

/// Alpha of a box, blurred with three box-blur passes (close to a gaussian).
fn blurred_box_alpha(w: usize, h: usize, rect: (f32, f32, f32, f32), radius: usize) -> Vec<f32> {
    let mut a: Vec<f32> = (0..w * h)
        .map(|i| {
            let (x, y) = ((i % w) as f32 + 0.5, (i / w) as f32 + 0.5);
            if x >= rect.0 && x < rect.2 && y >= rect.1 && y < rect.3 {
                1.0
            } else {
                0.0
            }
        })
        .collect();
    let mut tmp = vec![0.0; w * h];
    for _ in 0..3 {
        box_blur_rows(&a, &mut tmp, w, h, radius);
        box_blur_cols(&tmp, &mut a, w, h, radius);
    }
    a
}

fn box_blur_rows(src: &[f32], dst: &mut [f32], w: usize, h: usize, r: usize) {
    let norm = 1.0 / (2 * r + 1) as f32;
    for y in 0..h {
        let row = &src[y * w..(y + 1) * w];
        let out = &mut dst[y * w..(y + 1) * w];
        let mut sum: f32 = row[..=r.min(w - 1)].iter().sum();
        for (x, o) in out.iter_mut().enumerate() {
            *o = sum * norm;
            if x + r + 1 < w {
                sum += row[x + r + 1];
            }
            if x >= r {
                sum -= row[x - r];
            }
        }
    }
}

fn box_blur_cols(src: &[f32], dst: &mut [f32], w: usize, h: usize, r: usize) {
    let norm = 1.0 / (2 * r + 1) as f32;
    for x in 0..w {
        let mut sum = 0.0;
        for y in 0..=r.min(h - 1) {
            sum += src[y * w + x];
        }
        for y in 0..h {
            dst[y * w + x] = sum * norm;
            if y + r + 1 < h {
                sum += src[(y + r + 1) * w + x];
            }
            if y >= r {
                sum -= src[(y - r) * w + x];
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The sitter
// ---------------------------------------------------------------------------------------------

const FACE: Rgb = [0.94, 0.79, 0.68];
const FACE_SHADE: Rgb = [0.84, 0.66, 0.55];
const HAIR: Rgb = [0.13, 0.10, 0.09];
const HAIR_LIGHT: Rgb = [0.24, 0.19, 0.16];
const CAP: Rgb = [0.10, 0.13, 0.30];
const CAP_LIGHT: Rgb = [0.18, 0.22, 0.42];
const JACKET: Rgb = [0.16, 0.20, 0.30];
const JACKET_LIGHT: Rgb = [0.22, 0.27, 0.39];
const SHIRT: Rgb = [0.96, 0.96, 0.97];
const SHIRT_SHADE: Rgb = [0.82, 0.84, 0.88];
const BROW: Rgb = [0.18, 0.13, 0.11];
const IRIS: Rgb = [0.28, 0.18, 0.12];
const EYE_WHITE: Rgb = [0.95, 0.94, 0.93];
const LID: Rgb = [0.20, 0.13, 0.11];
const LIP_UPPER: Rgb = [0.72, 0.42, 0.42];
const LIP_LOWER: Rgb = [0.80, 0.50, 0.49];

/// The sitter's hair at (x, y), lighter towards the crown and the light (up to `dark_y`):
/// strands combed from the parting, each a little lighter or darker than the next, and a soft
/// sheen across the crown.
///
/// The hair must read as hair to the face-parsing network of the head-covering check: drawn as
/// one smooth dark dome with a clean edge over the forehead it is a cap to the network (0.96 of
/// the head above the brows labelled hat). Strands, a loose outline ([`tousled`]), locks ending
/// in points along the hairline and hair falling to the shoulders bring that to 0.04–0.17
/// over the demo's timeline (the capped sitter: 1.0).
fn hair_colour(x: f32, y: f32, cx: f32, dark_y: f32) -> Rgb {
    let (px, py) = (cx - 22.0, 110.0);
    let angle = (y - py).atan2(x - px);
    let along = angle * 150.0;
    let strand = hash01(along.floor().rem_euclid(4096.0) as u32, 11);
    let fine = 0.5 + 0.5 * (along * std::f32::consts::TAU).sin();
    let k = smoothstep(140.0, dark_y, y + 0.3 * (x - cx));
    let col = mix3(HAIR_LIGHT, HAIR, 0.3 + 0.7 * k);
    let col = mix3(col, [0.40, 0.32, 0.26], 0.45 * strand * fine);
    let d = (((x - cx) / 125.0).powi(2) + ((y - 205.0) / 70.0).powi(2)).sqrt();
    let sheen = (1.0 - (d - 0.8).abs() / 0.25).clamp(0.0, 1.0) * 0.3;
    mix3(col, [0.52, 0.44, 0.39], sheen * fine)
}

/// `sdf` with an outline that rises and falls around (cx, cy) like loose hair.
fn tousled(sdf: impl Fn(f32, f32) -> f32, cx: f32, cy: f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let a = (y - cy).atan2(x - cx);
        let bump =
            0.5 * (a * 23.0).sin() + 0.35 * (a * 37.0 + 1.3).sin() + 0.25 * (a * 61.0 + 0.4).sin();
        sdf(x, y) - 4.0 * bump
    }
}

/// A stylised person facing the camera: head (crown to chin) about 47 % of the frame height,
/// dark hair to the shoulders. The sitter; `cap`: in a knitted navy cap pulled down over the
/// hair and the eyebrows.
fn person_sprite(cap: bool) -> Sprite {
    let (w, h) = (DEMO_WIDTH as usize, DEMO_HEIGHT as usize);
    let hf = h as f32;
    let cx = w as f32 / 2.0;
    let mut c = Canvas::new(w, h);

    // Geometry (pixels in a 1280×720 frame).
    let face_cy = 318.0;
    let face_rx = 116.0;
    let face_ry = 160.0; // chin at 478
    let eye_y = 312.0;
    let eye_dx = 48.0;

    // Hair falling behind the neck to the shoulders (painted first: neck and jacket cover it).
    c.paint(
        (cx - 170.0, 200.0, cx + 170.0, 600.0),
        1.0,
        smooth_max(
            ellipse(cx, 380.0, 150.0, 230.0),
            move |_, y| y - 570.0,
            12.0,
        ),
        move |x, y| hair_colour(x, y, cx, 300.0),
    );

    // Shoulders and jacket: a rounded convex outline sloping from the neck to the arms.
    let jacket = polygon(vec![
        (cx - 20.0, 593.0),
        (cx + 20.0, 593.0),
        (cx + 200.0, 624.0),
        (cx + 258.0, 656.0),
        (cx + 274.0, 720.0),
        (cx + 278.0, 800.0),
        (cx - 278.0, 800.0),
        (cx - 274.0, 720.0),
        (cx - 258.0, 656.0),
        (cx - 200.0, 624.0),
    ]);
    c.paint(
        (cx - 340.0, 530.0, cx + 340.0, hf),
        1.0,
        move |x, y| jacket(x, y) - 45.0,
        move |x, y| {
            let side = smoothstep(150.0, 330.0, (x - cx).abs());
            let low = smoothstep(600.0, 720.0, y);
            mix3(JACKET_LIGHT, JACKET, (0.35 + 0.65 * side).max(0.5 * low))
        },
    );
    // Shirt in the V of the jacket.
    c.paint(
        (cx - 90.0, 540.0, cx + 90.0, hf),
        1.0,
        polygon(vec![(cx - 72.0, 552.0), (cx + 72.0, 552.0), (cx, 702.0)]),
        move |_, y| mix3(SHIRT, SHIRT_SHADE, smoothstep(640.0, 570.0, y) * 0.5),
    );
    // Lapels: darker edges along the V.
    for side in [-1.0f32, 1.0] {
        c.paint(
            (cx - 120.0, 540.0, cx + 120.0, hf),
            0.55,
            stroke(
                vec![(cx + side * 64.0, 572.0), (cx + side * 4.0, 702.0)],
                3.5,
                2.0,
            ),
            flat([0.09, 0.11, 0.17]),
        );
    }

    // Neck, shaded under the jaw.
    c.paint(
        (cx - 75.0, 400.0, cx + 75.0, 620.0),
        1.0,
        rounded_box(cx, 512.0, 60.0, 84.0, 36.0),
        move |x, y| {
            let jaw = 1.0 - smoothstep(470.0, 525.0, y);
            let side = smoothstep(34.0, 60.0, (x - cx).abs());
            mix3(FACE, FACE_SHADE, (0.3 + 0.7 * jaw).max(side * 0.8))
        },
    );
    // Shirt collar wrapping the neck.
    for side in [-1.0f32, 1.0] {
        c.paint(
            (cx - 110.0, 530.0, cx + 110.0, 650.0),
            1.0,
            polygon(vec![
                (cx + side * 56.0, 546.0),
                (cx + side * 80.0, 562.0),
                (cx + side * 38.0, 626.0),
                (cx + side * 3.0, 596.0),
            ]),
            move |_, y| mix3(SHIRT, SHIRT_SHADE, smoothstep(546.0, 626.0, y) * 0.6),
        );
    }

    // Hair behind the head.
    c.paint(
        (cx - 160.0, 120.0, cx + 160.0, 380.0),
        1.0,
        smooth_max(
            tousled(ellipse(cx, 302.0, 140.0, 164.0), cx, 302.0),
            move |_, y| y - 352.0,
            10.0,
        ),
        move |x, y| hair_colour(x, y, cx, 300.0),
    );

    // Ears.
    for side in [-1.0f32, 1.0] {
        let ex = cx + side * (face_rx - 2.0);
        c.paint(
            (ex - 30.0, 280.0, ex + 30.0, 380.0),
            1.0,
            ellipse(ex, 330.0, 21.0, 35.0),
            move |x, _| {
                mix3(
                    FACE,
                    FACE_SHADE,
                    0.35 + 0.4 * ((x - ex) * side / 21.0).clamp(0.0, 1.0),
                )
            },
        );
        c.paint(
            (ex - 20.0, 300.0, ex + 20.0, 360.0),
            0.5,
            ellipse(ex + side * 4.0, 332.0, 9.0, 20.0),
            flat(FACE_SHADE),
        );
    }

    // Face: an egg, narrower at the chin, shaded towards its edge.
    c.paint(
        (
            cx - face_rx - 4.0,
            face_cy - face_ry - 4.0,
            cx + face_rx + 4.0,
            face_cy + face_ry + 4.0,
        ),
        1.0,
        egg(cx, face_cy, face_rx, face_ry, 0.2),
        move |x, y| {
            let (nx, ny) = ((x - cx) / face_rx, (y - face_cy) / face_ry);
            let r = (nx * nx + ny * ny).sqrt();
            let mut col = mix3(FACE, FACE_SHADE, smoothstep(0.65, 1.05, r) * 0.75);
            // A faint warmth on the cheeks.
            for side in [-1.0f32, 1.0] {
                let d = ((x - (cx + side * 62.0)).powi(2) + (y - 372.0).powi(2)).sqrt();
                let k = (1.0 - d / 40.0).clamp(0.0, 1.0) * 0.06;
                col = mix3(col, [0.92, 0.62, 0.58], k);
            }
            col
        },
    );

    // Hair over the forehead: the hair shape above a hairline parted slightly to one side.
    let front_hair = move |x: f32, y: f32| {
        let dx = x - (cx - 22.0);
        // Locks ending in points along the hairline, each its own length.
        let lock = (dx + 400.0) / 9.0;
        let tip = 1.0 - (2.0 * lock.fract() - 1.0).abs();
        let length = 4.0 + 8.0 * hash01(lock.floor() as u32, 29);
        let hairline = 220.0 + 0.0032 * dx * dx - 10.0 * (-((dx + 10.0) / 30.0).powi(2)).exp()
            + length * tip * tip;
        smooth_max(
            tousled(ellipse(cx, 302.0, 140.0, 164.0), cx, 302.0),
            move |_, y| y - hairline,
            2.0,
        )(x, y)
    };
    c.paint(
        (cx - 160.0, 120.0, cx + 160.0, 300.0),
        1.0,
        front_hair,
        move |x, y| hair_colour(x, y, cx, 260.0),
    );
    // A few strands combed away from the parting, for texture.
    for i in 0..7 {
        let k = i as f32;
        let side = if i % 2 == 0 { 1.0 } else { -1.0 };
        let start = (cx - 22.0 + side * (6.0 + 4.0 * k), 150.0 + 2.0 * k);
        let ctrl = (cx - 22.0 + side * (60.0 + 9.0 * k), 160.0 + 4.0 * k);
        let end = (cx - 22.0 + side * (112.0 + 6.0 * k), 236.0 + 9.0 * k);
        let strand = stroke(quad_bezier(start, ctrl, end, 16), 1.4, 0.6);
        let (x0, x1) = (start.0.min(end.0) - 4.0, start.0.max(end.0) + 4.0);
        c.paint(
            (x0, start.1 - 14.0, x1, end.1 + 4.0),
            0.22,
            intersect(strand, front_hair),
            flat([0.36, 0.29, 0.24]),
        );
    }

    // Eyebrows.
    for side in [-1.0f32, 1.0] {
        let pts = quad_bezier(
            (cx + side * 22.0, 284.0),
            (cx + side * 48.0, 268.0),
            (cx + side * 80.0, 283.0),
            12,
        );
        c.paint(
            (
                cx + side * 50.0 - 45.0,
                260.0,
                cx + side * 50.0 + 45.0,
                300.0,
            ),
            0.95,
            stroke(pts, 5.0, 2.6),
            flat(BROW),
        );
    }

    if cap {
        // A dome over the hair down to a ribbed band pulled over the eyebrows.
        let cap_shape = smooth_max(ellipse(cx, 302.0, 146.0, 166.0), move |_, y| y - 280.0, 4.0);
        c.paint(
            (cx - 170.0, 100.0, cx + 170.0, 292.0),
            1.0,
            cap_shape,
            move |x, y| {
                let rib = if y > 240.0 && (x - cx).rem_euclid(9.0) < 4.5 {
                    0.06
                } else {
                    0.0
                };
                let k = smoothstep(110.0, 270.0, y);
                let base = mix3(CAP_LIGHT, CAP, 0.2 + 0.8 * k);
                [base[0] + rib, base[1] + rib, base[2] + rib]
            },
        );
    }

    // Eyes: almond white, iris, pupil, catch-light, lids.
    for side in [-1.0f32, 1.0] {
        let ex = cx + side * eye_dx;
        let white = almond(ex, eye_y, 24.0, 11.0);
        let area = (ex - 32.0, eye_y - 22.0, ex + 32.0, eye_y + 20.0);
        c.paint(area, 1.0, &white, flat(EYE_WHITE));
        let iris_x = ex - side * 1.0;
        c.paint(
            area,
            1.0,
            intersect(circle(iris_x, eye_y, 10.5), &white),
            move |x, y| {
                let r = ((x - iris_x).powi(2) + (y - eye_y).powi(2)).sqrt() / 10.5;
                mix3(IRIS, [0.12, 0.08, 0.06], smoothstep(0.6, 1.0, r))
            },
        );
        c.paint(
            area,
            1.0,
            intersect(circle(iris_x, eye_y, 4.6), &white),
            flat([0.04, 0.03, 0.03]),
        );
        c.paint(
            area,
            0.9,
            circle(iris_x + 3.5, eye_y - 3.5, 2.3),
            flat([1.0, 1.0, 1.0]),
        );
        // Upper lid with lashes, a fainter lower lid, and the crease above.
        let upper = quad_bezier(
            (ex - 25.0, eye_y + 1.0),
            (ex - side * 2.0, eye_y - 23.0),
            (ex + 25.0, eye_y + 1.0),
            14,
        );
        c.paint(area, 1.0, stroke(upper, 1.9, 1.9), flat(LID));
        let lower = quad_bezier(
            (ex - 22.0, eye_y + 2.0),
            (ex, eye_y + 14.0),
            (ex + 22.0, eye_y + 2.0),
            12,
        );
        c.paint(area, 0.35, stroke(lower, 0.9, 0.9), flat(FACE_SHADE));
        let crease = quad_bezier(
            (ex - 20.0, eye_y - 10.0),
            (ex, eye_y - 24.0),
            (ex + 22.0, eye_y - 9.0),
            12,
        );
        c.paint(
            area,
            0.35,
            stroke(crease, 0.9, 0.9),
            flat([0.70, 0.52, 0.44]),
        );
    }

    // Nose: a shadow along one side of the bridge, the tip, the nostrils.
    c.paint(
        (cx - 30.0, 310.0, cx + 30.0, 400.0),
        0.22,
        stroke(
            vec![(cx - 9.0, 322.0), (cx - 12.0, 352.0), (cx - 16.0, 372.0)],
            2.5,
            3.5,
        ),
        flat(FACE_SHADE),
    );
    let base = quad_bezier((cx - 18.0, 379.0), (cx, 392.0), (cx + 18.0, 379.0), 12);
    c.paint(
        (cx - 30.0, 360.0, cx + 30.0, 400.0),
        0.45,
        stroke(base, 1.6, 1.6),
        flat([0.72, 0.52, 0.44]),
    );
    for side in [-1.0f32, 1.0] {
        c.paint(
            (cx - 30.0, 370.0, cx + 30.0, 395.0),
            0.55,
            ellipse(cx + side * 9.0, 384.0, 5.0, 2.8),
            flat([0.50, 0.32, 0.28]),
        );
        let wing = quad_bezier(
            (cx + side * 14.0, 368.0),
            (cx + side * 24.0, 376.0),
            (cx + side * 17.0, 385.0),
            8,
        );
        c.paint(
            (cx - 35.0, 360.0, cx + 35.0, 395.0),
            0.35,
            stroke(wing, 1.3, 1.3),
            flat([0.70, 0.50, 0.42]),
        );
    }

    // Mouth: closed, neutral.
    let mouth_y = 424.0;
    c.paint(
        (cx - 40.0, mouth_y - 12.0, cx + 40.0, mouth_y + 2.0),
        1.0,
        intersect(ellipse(cx, mouth_y, 30.0, 7.0), move |_, y| y - mouth_y),
        flat(LIP_UPPER),
    );
    c.paint(
        (cx - 40.0, mouth_y - 2.0, cx + 40.0, mouth_y + 14.0),
        1.0,
        intersect(ellipse(cx, mouth_y, 26.0, 8.5), move |_, y| mouth_y - y),
        move |_, y| {
            mix3(
                LIP_LOWER,
                [0.86, 0.62, 0.58],
                smoothstep(mouth_y, mouth_y + 8.0, y) * 0.5,
            )
        },
    );
    let line = quad_bezier(
        (cx - 31.0, mouth_y + 0.5),
        (cx, mouth_y + 2.0),
        (cx + 31.0, mouth_y + 0.5),
        12,
    );
    c.paint(
        (cx - 40.0, mouth_y - 6.0, cx + 40.0, mouth_y + 6.0),
        0.85,
        stroke(line, 1.1, 1.1),
        flat([0.42, 0.24, 0.23]),
    );
    // The soft shadow under the lower lip.
    c.paint(
        (cx - 30.0, mouth_y + 8.0, cx + 30.0, mouth_y + 26.0),
        0.18,
        ellipse(cx, mouth_y + 17.0, 18.0, 5.0),
        flat(FACE_SHADE),
    );

    c.into_sprite(4)
}

/// An egg: an ellipse whose width shrinks by `taper` towards the bottom.
fn egg(cx: f32, cy: f32, rx: f32, ry: f32, taper: f32) -> impl Fn(f32, f32) -> f32 {
    let inner = ellipse(0.0, 0.0, rx, ry);
    move |x, y| {
        let ny = ((y - cy) / ry).clamp(0.0, 1.0);
        let squeeze = 1.0 - taper * ny * ny;
        inner((x - cx) / squeeze, y - cy)
    }
}

/// An almond (eye) shape: two circular arcs meeting at the corners.
fn almond(cx: f32, cy: f32, half_w: f32, half_h: f32) -> impl Fn(f32, f32) -> f32 {
    // A circle through both corners and the top (or bottom) point.
    let r = (half_w * half_w + half_h * half_h) / (2.0 * half_h);
    let upper = circle(cx, cy - half_h + r, r);
    let lower = circle(cx, cy + half_h - r, r);
    move |x, y| upper(x, y).max(lower(x, y))
}

fn intersect(a: impl Fn(f32, f32) -> f32, b: impl Fn(f32, f32) -> f32) -> impl Fn(f32, f32) -> f32 {
    move |x, y| a(x, y).max(b(x, y))
}

fn smooth_max(
    a: impl Fn(f32, f32) -> f32,
    b: impl Fn(f32, f32) -> f32,
    k: f32,
) -> impl Fn(f32, f32) -> f32 {
    move |x, y| {
        let (da, db) = (a(x, y), b(x, y));
        let h = (0.5 - 0.5 * (db - da) / k).clamp(0.0, 1.0);
        mix(db, da, h) + k * h * (1.0 - h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{DecodeOutcome, decode_qr};

    #[test]
    fn frames_have_the_demo_size_and_the_scene_changes_on_request() {
        let director = DemoDirector::new(DemoScene::Backdrop);
        let mut source = DemoSource::new(director.clone());
        assert_eq!(source.open(), Ok((DEMO_WIDTH, DEMO_HEIGHT)));
        assert!(source.is_demo());
        let backdrop = source.next_frame().expect("demo frame");
        assert_eq!(backdrop.dimensions(), (DEMO_WIDTH, DEMO_HEIGHT));
        director.set_scene(DemoScene::Portrait);
        let portrait = source.next_frame().expect("demo frame");
        // The face sits in the middle of the portrait and not in the empty booth.
        let centre = (DEMO_WIDTH / 2, 330);
        assert_ne!(
            backdrop.get_pixel(centre.0, centre.1),
            portrait.get_pixel(centre.0, centre.1)
        );
    }

    #[test]
    fn pacing_gives_about_25_fps() {
        let mut source = DemoSource::new(DemoDirector::default());
        // The first frames render the scene; after them the source runs on its schedule.
        for _ in 0..2 {
            let _ = source.next_frame();
        }
        let started = Instant::now();
        for _ in 0..10 {
            let _ = source.next_frame();
        }
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(360), "{elapsed:?}");
    }

    #[test]
    fn debug_output_hides_the_payload() {
        let scene = DemoScene::Form {
            qr_payload: "12345678901234567890123".into(),
        };
        let text = format!("{scene:?}");
        assert!(!text.contains("1234"), "{text}");
    }

    const FORM_ID: &str = "12345678901234567890123";
    const FORM_URL: &str = "https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?shinseiId=12345678901234567890123";

    fn decode(frame: &RgbImage) -> DecodeOutcome {
        decode_qr(&image::imageops::grayscale(frame))
    }

    #[test]
    fn the_glared_form_is_seen_but_never_read_and_asks_to_avoid_glare() {
        let render = SceneRender::new(&DemoScene::GlaredForm {
            qr_payload: FORM_URL.into(),
        });
        // Throughout the sway (the code near the edge included): never read, and whenever it
        // is seen the advice is the glare, not the distance.
        let mut seen = 0;
        for t in (1..20).map(|i| i as f32 * 0.45) {
            let grey = image::imageops::grayscale(&render.frame_at(t));
            let scan = crate::scan::Scanner::new().scan(&grey);
            assert!(
                !matches!(scan.outcome, DecodeOutcome::Payload(_)),
                "t = {t}"
            );
            if scan.outcome == DecodeOutcome::SeenUnreadable {
                seen += 1;
                assert_eq!(
                    scan.hint,
                    Some(crate::scan::ScanHint::AvoidGlare),
                    "t = {t}"
                );
            }
        }
        assert!(seen >= 10, "seen in {seen} of 19 frames");
    }

    #[test]
    fn the_form_reads_back_as_its_payload_throughout_the_sway() {
        for payload in [FORM_ID, FORM_URL] {
            let render = SceneRender::new(&DemoScene::Form {
                qr_payload: payload.into(),
            });
            for t in [1.1f32, 1.9, 3.3, 4.6, 6.2, 8.7] {
                assert_eq!(
                    decode(&render.frame_at(t)),
                    DecodeOutcome::Payload(payload.into()),
                    "payload of {} bytes at t = {t}",
                    payload.len()
                );
            }
        }
    }

    #[test]
    fn the_form_set_on_the_director_is_what_the_source_shows() {
        let director = DemoDirector::new(DemoScene::Backdrop);
        let mut source = DemoSource::new(director.clone());
        let first = source.next_frame().expect("frame");
        assert_eq!(decode(&first), DecodeOutcome::Nothing);
        director.set_scene(DemoScene::Form {
            qr_payload: FORM_ID.into(),
        });
        // Let the sheet come in (about a second), then read it; a loaded machine may need a
        // few more frames.
        let _ = source.next_frame().expect("frame");
        let started = Instant::now();
        while started.elapsed() < Duration::from_millis(1100) {
            let _ = source.next_frame().expect("frame");
        }
        let mut outcome = DecodeOutcome::Nothing;
        while started.elapsed() < Duration::from_secs(4) {
            outcome = decode(&source.next_frame().expect("frame"));
            if outcome != DecodeOutcome::Nothing {
                break;
            }
        }
        assert_eq!(outcome, DecodeOutcome::Payload(FORM_ID.into()));
        // Setting the same scene again does not restart the entrance.
        director.set_scene(DemoScene::Form {
            qr_payload: FORM_ID.into(),
        });
        let again = source.next_frame().expect("frame");
        assert_eq!(decode(&again), DecodeOutcome::Payload(FORM_ID.into()));
    }

    #[test]
    fn the_backdrop_and_the_portrait_hold_no_code() {
        for scene in [DemoScene::Backdrop, DemoScene::Portrait] {
            let render = SceneRender::new(&scene);
            for t in [0.0f32, 2.5] {
                assert_eq!(
                    decode(&render.frame_at(t)),
                    DecodeOutcome::Nothing,
                    "{scene:?}"
                );
            }
        }
    }

    /// The crown's row in the column through the sitter's head at time `t` (seconds).
    fn crown_row(t: f32, column: u32) -> u32 {
        let frame = demo_frame(&DemoScene::Portrait, Duration::from_secs_f32(t));
        let bg = *frame.get_pixel(column, 5);
        let differs = |y: u32| {
            let p = frame.get_pixel(column, y).0;
            p.iter()
                .zip(bg.0)
                .map(|(a, b)| (i32::from(*a) - i32::from(b)).abs())
                .sum::<i32>()
                > 40
        };
        (0..DEMO_HEIGHT).find(|y| differs(*y)).unwrap_or(0)
    }

    #[test]
    fn the_sitter_starts_small_and_aside_then_settles_big_enough_for_the_photo() {
        // At first the sitter is far back and off to the right: nothing in the middle column.
        assert_eq!(crown_row(0.5, DEMO_WIDTH / 2 - 200), 0);
        // Settled: the head (crown to chin) fills about 68 % of the frame height, so the
        // 35:45 crop is 600–705 px tall (design §3: ≥ 600 preferred, inside the frame).
        let crown = crown_row(SITTING_SETTLED_S + 1.0, DEMO_WIDTH / 2 + 40);
        let chin = SITTER_AT.1 + (478.0 - SITTER_FACE.1) * SITTER_SCALE;
        let head = chin - crown as f32;
        let crop = head * 45.0 / 34.0;
        assert!(
            (600.0..=705.0).contains(&crop),
            "crown at {crown}: crop {crop}"
        );
    }

    #[test]
    fn the_sitter_is_tilted_before_settling_and_still_after() {
        let tilted = sitting_at(6.5);
        assert!(tilted.roll_deg > 10.0 && tilted.dx == 0.0, "{tilted:?}");
        let a = sitting_at(SITTING_SETTLED_S);
        let b = sitting_at(SITTING_SETTLED_S + 30.0);
        assert_eq!((a.dx, a.dy, a.size, a.roll_deg), (0.0, 0.0, 1.0, 0.0));
        assert_eq!(
            (a.dx, a.dy, a.size, a.roll_deg),
            (b.dx, b.dy, b.size, b.roll_deg)
        );
    }

    #[test]
    fn the_form_moves_between_frames() {
        let scene = DemoScene::Form {
            qr_payload: "12345678901234567890123".into(),
        };
        let render = SceneRender::new(&scene);
        let a = render.frame_at(2.0);
        let b = render.frame_at(2.6);
        assert_ne!(a.as_raw(), b.as_raw());
        // During the entrance the sheet is still mostly below the frame.
        let early = render.frame_at(0.0);
        let backdrop = booth_backdrop();
        let top_rows = (DEMO_WIDTH * 200 * 3) as usize;
        assert_eq!(early.as_raw()[..top_rows], backdrop.as_raw()[..top_rows]);
    }
}
