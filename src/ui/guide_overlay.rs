//! The photo guide's picture cues over the live video, so the guide works without reading:
//! arrows for which way to move, outward or inward arrows for closer or farther, a level line
//! that turns with a tilted head and a curved arrow back to level, curved arrows for turning
//! the head and arrows for the chin. What to draw is decided in `flow::guide_cue` from the
//! latest guidance; this only paints it, with shapes (no glyphs), in the theme's colours, next
//! to the text message that says the same.

use egui::{Painter, Pos2, Rect, Shape, Stroke, Vec2};

use crate::flow::{Cue, Guidance, HeadMarks, Nudge};
use crate::ui::theme::Theme;

/// Arrow sizes as fractions of the video's height.
const ARROW_LENGTH: f32 = 0.16;
const ARROW_WIDTH: f32 = 0.035;
/// Half the level line's length, in eye distances.
const LEVEL_HALF_LENGTH: f32 = 1.6;

/// Draws the cue of `guidance` over the video in `rect` (camera pixels scaled to it).
pub fn paint(painter: &Painter, theme: &Theme, rect: Rect, guidance: &Guidance, confirmed: bool) {
    let (Some(cue), Some(head)) = (guidance.cue(confirmed), guidance.head) else {
        return;
    };
    let (fw, fh) = guidance.frame_size;
    if fw == 0 || fh == 0 {
        return;
    }
    let k = Vec2::new(rect.width() / fw as f32, rect.height() / fh as f32);
    let at = |(x, y): (f32, f32)| rect.min + Vec2::new(x * k.x, y * k.y);
    let pen = Pen::new(theme, rect.height());
    let eyes = at(head.eye_mid());
    let chin = at(head.chin);
    let face_h = (chin.y - eyes.y).abs().max(pen.length * 0.5);
    let centre = Pos2::new(eyes.x, (eyes.y + chin.y) / 2.0);
    match cue {
        Cue::Move(nudge) => {
            let d = unit(nudge);
            let from = centre + d * face_h * 0.2;
            pen.arrow(painter, from, from + d * pen.length);
        }
        Cue::Closer | Cue::Farther => {
            let reach = face_h * 1.4;
            for d in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
                let d = Vec2::new(d.0, d.1).normalized();
                let (inner, outer) = (centre + d * reach, centre + d * (reach + pen.length));
                if cue == Cue::Closer {
                    pen.arrow(painter, inner, outer);
                } else {
                    pen.arrow(painter, outer, inner);
                }
            }
        }
        Cue::Straighten { roll_deg } => level(painter, &pen, &head, at, roll_deg),
        Cue::Turn(nudge) => {
            // A curved arrow over the head, bending the way to turn.
            let sign = if nudge == Nudge::Left { -1.0 } else { 1.0 };
            let r = face_h * 0.9;
            let points: Vec<Pos2> = (0..=16)
                .map(|i| {
                    let a = (-90.0 - sign * 50.0 + sign * 100.0 * i as f32 / 16.0).to_radians();
                    Pos2::new(centre.x + r * a.cos(), eyes.y + r * 0.35 * a.sin())
                })
                .collect();
            pen.curved_arrow(painter, points);
        }
        Cue::Chin(nudge) => {
            let d = unit(nudge);
            let side = Vec2::new(face_h * 0.75, 0.0);
            let from = chin + side - d * pen.length * 0.5;
            pen.arrow(painter, from, from + d * pen.length);
        }
    }
}

/// The level line: the head's eye line as it is, a faint horizontal line where it should be,
/// and a curved arrow from one to the other.
fn level(
    painter: &Painter,
    pen: &Pen,
    head: &HeadMarks,
    at: impl Fn((f32, f32)) -> Pos2,
    roll_deg: f32,
) {
    let (r, l) = (at(head.right_eye), at(head.left_eye));
    let mid = r + (l - r) * 0.5;
    let half = (l - r).length().max(pen.length * 0.3) * LEVEL_HALF_LENGTH;
    let along = |deg: f32| Vec2::angled(deg.to_radians()) * half;
    let now = along(roll_deg);
    let flat = along(0.0);
    painter.add(Shape::dashed_line(
        &[mid - flat, mid + flat],
        Stroke::new(pen.outline_w, pen.outline),
        pen.width,
        pen.width * 0.6,
    ));
    pen.line(painter, vec![mid - now, mid + now]);
    // From the tilted line's right end back to level, on the circle of its length.
    let steps = 12;
    let points: Vec<Pos2> = (0..=steps)
        .map(|i| {
            let deg = roll_deg * (1.0 - i as f32 / steps as f32);
            mid + along(deg) * 1.08
        })
        .collect();
    pen.curved_arrow(painter, points);
}

fn unit(nudge: Nudge) -> Vec2 {
    match nudge {
        Nudge::Left => Vec2::new(-1.0, 0.0),
        Nudge::Right => Vec2::new(1.0, 0.0),
        Nudge::Up => Vec2::new(0.0, -1.0),
        Nudge::Down => Vec2::new(0.0, 1.0),
    }
}

/// Sizes and colours of the cues: the theme's accent with an outline in its contrast colour,
/// so they read on any background.
struct Pen {
    length: f32,
    width: f32,
    outline_w: f32,
    fill: egui::Color32,
    outline: egui::Color32,
}

impl Pen {
    fn new(theme: &Theme, video_h: f32) -> Self {
        let width = (video_h * ARROW_WIDTH).max(theme.stroke * 4.0);
        Pen {
            length: video_h * ARROW_LENGTH,
            width,
            outline_w: theme.stroke * 2.0,
            fill: theme.palette.primary,
            outline: theme.palette.on_primary,
        }
    }

    /// A thick line with an outline.
    fn line(&self, painter: &Painter, points: Vec<Pos2>) {
        painter.add(Shape::line(
            points.clone(),
            Stroke::new(self.width + 2.0 * self.outline_w, self.outline),
        ));
        painter.add(Shape::line(points, Stroke::new(self.width, self.fill)));
    }

    /// A straight arrow from `from` to `to` (the head at `to`).
    fn arrow(&self, painter: &Painter, from: Pos2, to: Pos2) {
        self.curved_arrow(painter, vec![from, to]);
    }

    /// An arrow along `points`, its head at the last point, pointing along the last segment.
    fn curved_arrow(&self, painter: &Painter, points: Vec<Pos2>) {
        let n = points.len();
        if n < 2 {
            return;
        }
        let tip = points[n - 1];
        let dir = (tip - points[n - 2]).normalized();
        if !dir.x.is_finite() || !dir.y.is_finite() {
            return;
        }
        let head_len = self.width * 2.2;
        let base = tip - dir * head_len;
        let mut shaft = points;
        shaft[n - 1] = base;
        self.line(painter, shaft);
        let side = dir.rot90() * self.width * 1.3;
        painter.add(Shape::convex_polygon(
            vec![tip, base + side, base - side],
            self.fill,
            Stroke::new(self.outline_w, self.outline),
        ));
    }
}
