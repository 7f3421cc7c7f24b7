//! Constructed analysed frames for the checks' unit tests: a drawn 1280×720 portrait (plain
//! wall, textured skin, eyes, lips), its landmarks and person mask, made so that every check
//! passes; each test then changes one thing and expects the right check to fail.

use std::sync::Arc;

use image::{Rgb, RgbImage};
use rand::{Rng, SeedableRng};

use crate::face::mesh::{LANDMARKS, Landmark, MeshResult};
use crate::face::{Detection, PersonMask, Point, Rect, RotatedRect};
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, StageTimes, head_geometry, lm};

pub const W: u32 = 1280;
pub const H: u32 = 720;
pub const WALL: [u8; 3] = [205, 208, 212];
pub const SKIN: [u8; 3] = [222, 184, 160];

/// Where the drawn face is: centre x, eye line y, eye distance, forehead and chin y.
#[derive(Debug, Clone, Copy)]
pub struct FaceLayout {
    pub cx: f32,
    pub eye_y: f32,
    pub ied: f32,
    pub forehead_y: f32,
    pub chin_y: f32,
}

impl Default for FaceLayout {
    fn default() -> Self {
        FaceLayout {
            cx: 640.0,
            eye_y: 285.0,
            ied: 130.0,
            forehead_y: 150.0,
            chin_y: 534.0,
        }
    }
}

/// The landmarks of a level, frontal, neutral face.
pub fn landmarks(f: &FaceLayout) -> Vec<Landmark> {
    let centre = Landmark {
        x: f.cx,
        y: (f.eye_y + f.chin_y) / 2.0,
        z: 0.0,
    };
    let mut lms = vec![centre; LANDMARKS];
    let set =
        |lms: &mut Vec<Landmark>, i: usize, x: f32, y: f32| lms[i] = Landmark { x, y, z: 0.0 };
    let t = f.chin_y - f.eye_y;
    set(&mut lms, lm::FOREHEAD, f.cx, f.forehead_y);
    // A level head as the mesh sees it: the forehead further back than the chin by the
    // default pitch baseline.
    let baseline = crate::config::PhotoChecksConfig::default().pitch_baseline_deg;
    lms[lm::FOREHEAD].z = (f.chin_y - f.forehead_y) * baseline.to_radians().tan();
    set(&mut lms, lm::CHIN, f.cx, f.chin_y);
    set(&mut lms, lm::BETWEEN_BROWS, f.cx, f.eye_y - 0.25 * f.ied);
    set(&mut lms, lm::NOSE_TIP, f.cx, f.eye_y + 0.45 * t);
    let half_face = 0.78 * f.ied;
    set(
        &mut lms,
        lm::SIDE_RIGHT,
        f.cx - half_face,
        f.eye_y + 0.1 * t,
    );
    set(&mut lms, lm::SIDE_LEFT, f.cx + half_face, f.eye_y + 0.1 * t);
    let mouth_y = f.eye_y + 0.68 * t;
    set(&mut lms, lm::LIP_UPPER_INNER, f.cx, mouth_y - 1.0);
    set(&mut lms, lm::LIP_LOWER_INNER, f.cx, mouth_y + 1.0);
    set(&mut lms, lm::MOUTH_RIGHT, f.cx - 0.3 * f.ied, mouth_y + 2.0);
    set(&mut lms, lm::MOUTH_LEFT, f.cx + 0.3 * f.ied, mouth_y + 2.0);
    set(&mut lms, lm::UNDER_LIP, f.cx, mouth_y + 0.12 * t);
    set(
        &mut lms,
        lm::CHEEK_RIGHT,
        f.cx - 0.45 * f.ied,
        f.eye_y + 0.42 * t,
    );
    set(
        &mut lms,
        lm::CHEEK_LEFT,
        f.cx + 0.45 * f.ied,
        f.eye_y + 0.42 * t,
    );
    let eye_w = 0.24 * f.ied;
    let lid = 0.09 * f.ied;
    for (idx, ex, outward) in [
        (lm::RIGHT_EYE, f.cx - f.ied / 2.0, -1.0),
        (lm::LEFT_EYE, f.cx + f.ied / 2.0, 1.0),
    ] {
        set(&mut lms, idx[0], ex + outward * eye_w, f.eye_y);
        set(&mut lms, idx[1], ex - outward * eye_w, f.eye_y);
        for k in 0..3 {
            let dx = [0.0, 0.5, -0.5][k] * eye_w;
            let h = if k == 0 { lid } else { lid * 0.8 };
            set(&mut lms, idx[2 + 2 * k], ex + dx, f.eye_y - h);
            set(&mut lms, idx[3 + 2 * k], ex + dx, f.eye_y + h);
        }
    }
    lms
}

fn in_ellipse(x: f32, y: f32, c: Point, rx: f32, ry: f32) -> bool {
    ((x - c.x) / rx).powi(2) + ((y - c.y) / ry).powi(2) <= 1.0
}

/// The head outline: an ellipse from the crown (22 % of forehead–chin above the forehead) to
/// the chin, as wide as the face.
fn head_ellipse(f: &FaceLayout) -> (Point, f32, f32) {
    let crown = f.forehead_y - 0.22 * (f.chin_y - f.forehead_y);
    (
        Point::new(f.cx, (crown + f.chin_y) / 2.0),
        0.8 * f.ied,
        (f.chin_y - crown) / 2.0,
    )
}

/// The drawn portrait: wall, shoulders, head with hair, skin texture, eyes, lips.
pub fn image(f: &FaceLayout, seed: u64) -> RgbImage {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (hc, rx, ry) = head_ellipse(f);
    let hair_line = f.forehead_y + 0.02 * (f.chin_y - f.forehead_y);
    let mut img = RgbImage::from_pixel(W, H, Rgb(WALL));
    for y in 0..H {
        for x in 0..W {
            let (fx, fy) = (x as f32, y as f32);
            let shoulders = in_ellipse(
                fx,
                fy,
                Point::new(f.cx, f.chin_y + 260.0),
                2.4 * f.ied,
                240.0,
            );
            if shoulders {
                img.put_pixel(x, y, Rgb([40, 52, 90]));
            }
            if in_ellipse(fx, fy, hc, rx, ry) {
                let px = if fy < hair_line {
                    [48, 36, 30]
                } else {
                    let n: i16 = rng.random_range(-6..=6);
                    SKIN.map(|c| (i16::from(c) + n).clamp(0, 255) as u8)
                };
                img.put_pixel(x, y, Rgb(px));
            }
        }
    }
    let ied = f.ied;
    for ex in [f.cx - ied / 2.0, f.cx + ied / 2.0] {
        let eye = Point::new(ex, f.eye_y);
        fill(
            &mut img,
            |x, y| in_ellipse(x, y, eye, 0.24 * ied, 0.09 * ied),
            [245, 245, 245],
        );
        fill(
            &mut img,
            |x, y| in_ellipse(x, y, eye, 0.08 * ied, 0.08 * ied),
            [70, 50, 40],
        );
    }
    let mouth = Point::new(f.cx, f.eye_y + 0.68 * (f.chin_y - f.eye_y));
    fill(
        &mut img,
        |x, y| in_ellipse(x, y, mouth, 0.3 * ied, 0.04 * ied),
        [180, 95, 95],
    );
    img
}

/// Paints `colour` where `inside` holds.
pub fn fill(img: &mut RgbImage, inside: impl Fn(f32, f32) -> bool, colour: [u8; 3]) {
    for (x, y, p) in img.enumerate_pixels_mut() {
        if inside(x as f32, y as f32) {
            *p = Rgb(colour);
        }
    }
}

/// The person mask of the drawn portrait (head and shoulders).
pub fn mask(f: &FaceLayout) -> PersonMask {
    let (cols, rows) = PersonMask::grid();
    let (hc, rx, ry) = head_ellipse(f);
    let mut cells = vec![0.0f32; cols * rows];
    for gy in 0..rows {
        for gx in 0..cols {
            let x = (gx as f32 + 0.5) * W as f32 / cols as f32;
            let y = (gy as f32 + 0.5) * H as f32 / rows as f32;
            let person = in_ellipse(x, y, hc, rx, ry)
                || in_ellipse(x, y, Point::new(f.cx, f.chin_y + 260.0), 2.4 * f.ied, 240.0)
                || (y > hc.y && y < f.chin_y + 30.0 && (x - f.cx).abs() < 0.35 * f.ied);
            cells[gy * cols + gx] = if person { 1.0 } else { 0.0 };
        }
    }
    PersonMask::from_cells(cells, W, H).expect("grid size")
}

/// An analysed frame from an image, landmarks and mask, as the analyser would make it.
pub fn analysed(
    image: RgbImage,
    landmarks: Vec<Landmark>,
    mask: Option<PersonMask>,
) -> AnalysedFrame {
    let head = head_geometry(&landmarks, mask.as_ref()).expect("geometry");
    let chin = landmarks[lm::CHIN];
    let bbox = Rect::new(
        head.midline_x - 0.8 * head.eye_distance,
        landmarks[lm::FOREHEAD].y,
        1.6 * head.eye_distance,
        chin.y - landmarks[lm::FOREHEAD].y,
    );
    let detection = Detection {
        score: 0.95,
        bbox,
        keypoints: [
            head.right_eye,
            head.left_eye,
            head.chin,
            head.chin,
            head.chin,
            head.chin,
        ],
    };
    AnalysedFrame {
        image: Arc::new(image),
        face: Some(FaceAnalysis {
            detection,
            mesh: MeshResult {
                landmarks,
                presence: 0.99,
                roi: RotatedRect::default(),
            },
            head,
            irises: [None, None],
        }),
        other_faces: Vec::new(),
        mask,
        jitter_px: None,
        times: StageTimes::default(),
        hat_share: Some(0.0),
        background_cache: Default::default(),
    }
}

/// The compliant portrait.
pub fn clean() -> AnalysedFrame {
    let f = FaceLayout::default();
    analysed(image(&f, 7), landmarks(&f), Some(mask(&f)))
}
