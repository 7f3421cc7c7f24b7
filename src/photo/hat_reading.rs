//! What the face-parsing network (`face::parsing`) says of the head above the brows: the share
//! of it labelled hat, which the `head_covering` check weighs beside its colour comparison.
//! Colour alone cannot tell a black cap over white hair from dark hair with grey temples; the
//! network can.
//!
//! A run costs about half a second, so live frames do not wait for it: the photo guide runs it
//! on its own thread every so often and a reading is carried over to the frames after it while
//! the head stays where it was ([`HatReading::fits`]). A still runs it inline.

use image::RgbImage;

use super::analysis::{FaceAnalysis, lm};
use crate::face::parsing::{HeadParsing, class, parsing_square};
use crate::face::{FaceParser, ModelError, Point, Rect};

/// Half the width of the region read, in eye distances either side of the midline.
const HALF_WIDTH_IED: f32 = 1.1;
/// The region starts this many eye distances above the crown (a hat's crown rises above the
/// hair's).
const ABOVE_CROWN_IED: f32 = 0.5;
/// A reading stays valid while the eyes' midpoint moved less than this (in eye distances)...
const MAX_SHIFT_IED: f32 = 0.25;
/// ... and the eye distance changed by less than this fraction (the user leaning in or back).
const MAX_SCALE_CHANGE: f32 = 0.15;

/// The share of the head above the brows the network labels hat, and where the head was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HatReading {
    /// Hat cells over hat, hair and skin cells in [`hat_region`] (0–1).
    pub share: f32,
    eyes: Point,
    eye_distance: f32,
}

impl HatReading {
    /// Whether this reading still describes `face`: the head has not moved or changed size
    /// much since the frame it was read from.
    pub fn fits(&self, face: &FaceAnalysis) -> bool {
        let eyes = face.head.right_eye.midpoint(face.head.left_eye);
        let ied = face.head.eye_distance.max(1.0);
        eyes.distance(self.eyes) <= MAX_SHIFT_IED * ied
            && (ied / self.eye_distance.max(1.0) - 1.0).abs() <= MAX_SCALE_CHANGE
    }
}

/// The region read: from half an eye distance above the crown down to between the brows,
/// 1.1 eye distances either side of the midline (forehead, hairline and whatever covers them).
pub fn hat_region(face: &FaceAnalysis) -> Rect {
    let head = &face.head;
    let ied = head.eye_distance;
    let top = head.crown.y - ABOVE_CROWN_IED * ied;
    let bottom = face.point(lm::BETWEEN_BROWS).y;
    Rect::new(
        head.midline_x - HALF_WIDTH_IED * ied,
        top,
        2.0 * HALF_WIDTH_IED * ied,
        (bottom - top).max(0.0),
    )
}

/// Hat cells over hat, hair and skin cells of `parsing` inside `region`; `None` when the region
/// holds none of them (nothing of a head there).
pub fn hat_share(parsing: &HeadParsing, region: Rect) -> Option<f32> {
    let (mut hat, mut head) = (0u32, 0u32);
    for (p, label) in parsing.cells() {
        if !region.contains(p) {
            continue;
        }
        match label {
            class::HAT => {
                hat += 1;
                head += 1;
            }
            class::HAIR | class::SKIN => head += 1,
            _ => {}
        }
    }
    (head > 0).then(|| hat as f32 / head as f32)
}

/// Runs the network on the head of `face` in `image` and reads its hat share; `None` when the
/// region holds no head cells.
pub fn read_hat(
    parser: &FaceParser,
    image: &RgbImage,
    face: &FaceAnalysis,
) -> Result<Option<HatReading>, ModelError> {
    let head = &face.head;
    let parsing = parser.parse(image, parsing_square(head.crown, head.chin, head.midline_x))?;
    Ok(
        hat_share(&parsing, hat_region(face)).map(|share| HatReading {
            share,
            eyes: head.right_eye.midpoint(head.left_eye),
            eye_distance: head.eye_distance,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::face::parsing::GRID;

    /// A 64×64 parsing over a 640 px square whose cells above row `hat_rows` are hat and the
    /// rest skin.
    fn parsing(hat_rows: usize) -> HeadParsing {
        let labels = (0..GRID * GRID)
            .map(|k| {
                if k / GRID < hat_rows {
                    class::HAT
                } else {
                    class::SKIN
                }
            })
            .collect();
        HeadParsing::from_labels(Rect::new(0.0, 0.0, 640.0, 640.0), labels).expect("64×64")
    }

    #[test]
    fn the_share_counts_hat_against_hair_and_skin_inside_the_region_only() {
        let region = Rect::new(0.0, 0.0, 640.0, 200.0); // rows 0..20
        assert_eq!(hat_share(&parsing(0), region), Some(0.0));
        assert_eq!(hat_share(&parsing(10), region), Some(0.5));
        assert_eq!(hat_share(&parsing(64), region), Some(1.0));
        // Hat below the region does not count.
        let lower = Rect::new(0.0, 400.0, 640.0, 200.0);
        assert_eq!(hat_share(&parsing(30), lower), Some(0.0));
    }

    #[test]
    fn background_and_clothes_are_not_part_of_the_head() {
        let labels = (0..GRID * GRID)
            .map(|k| {
                if k % 2 == 0 {
                    class::HAT
                } else {
                    class::BACKGROUND
                }
            })
            .collect();
        let p = HeadParsing::from_labels(Rect::new(0.0, 0.0, 640.0, 640.0), labels).expect("64×64");
        assert_eq!(hat_share(&p, Rect::new(0.0, 0.0, 640.0, 640.0)), Some(1.0));
        let empty = HeadParsing::from_labels(
            Rect::new(0.0, 0.0, 640.0, 640.0),
            vec![class::CLOTH; GRID * GRID],
        )
        .expect("64×64");
        assert_eq!(hat_share(&empty, Rect::new(0.0, 0.0, 640.0, 640.0)), None);
    }

    /// The face of `frame` moved by (dx, dy) and scaled about its eyes by `k`.
    fn moved(face: &FaceAnalysis, dx: f32, dy: f32, k: f32) -> FaceAnalysis {
        let mut f = face.clone();
        let c = face.head.right_eye.midpoint(face.head.left_eye);
        let at = |p: Point| Point::new(c.x + (p.x - c.x) * k + dx, c.y + (p.y - c.y) * k + dy);
        f.head.right_eye = at(face.head.right_eye);
        f.head.left_eye = at(face.head.left_eye);
        f.head.eye_distance = face.head.eye_distance * k;
        f
    }

    #[test]
    fn a_reading_lasts_while_the_head_stays_where_it_was() {
        let frame = crate::photo::checks::test_frames::clean();
        let face = frame.face.expect("face");
        let ied = face.head.eye_distance;
        let reading = HatReading {
            share: 0.8,
            eyes: face.head.right_eye.midpoint(face.head.left_eye),
            eye_distance: ied,
        };
        assert!(reading.fits(&face));
        assert!(
            reading.fits(&moved(&face, 0.2 * ied, 0.0, 1.0)),
            "a small sway"
        );
        assert!(
            reading.fits(&moved(&face, 0.0, 0.0, 1.1)),
            "leaning in a little"
        );
        assert!(
            !reading.fits(&moved(&face, 0.4 * ied, 0.0, 1.0)),
            "stepped aside"
        );
        assert!(
            !reading.fits(&moved(&face, 0.0, 0.3 * ied, 1.0)),
            "stood up"
        );
        assert!(
            !reading.fits(&moved(&face, 0.0, 0.0, 1.3)),
            "came much closer"
        );
        assert!(!reading.fits(&moved(&face, 0.0, 0.0, 0.8)), "stepped back");
    }

    #[test]
    fn the_region_runs_from_above_the_crown_to_the_brows_across_the_head() {
        let frame = crate::photo::checks::test_frames::clean();
        let face = frame.face.expect("face");
        let r = hat_region(&face);
        let ied = face.head.eye_distance;
        assert!(
            (r.y - (face.head.crown.y - 0.5 * ied)).abs() < 1e-3,
            "{r:?}"
        );
        assert!(
            (r.y + r.h - face.point(lm::BETWEEN_BROWS).y).abs() < 1e-3,
            "{r:?}"
        );
        assert!(
            (r.x + r.w / 2.0 - face.head.midline_x).abs() < 1e-3,
            "{r:?}"
        );
        assert!((r.w - 2.2 * ied).abs() < 1e-3, "{r:?}");
        // The eyes are below it: a hat is looked for above the brows only.
        assert!(r.y + r.h < face.head.right_eye.y, "{r:?}");
    }
}
