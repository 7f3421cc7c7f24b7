//! The picture cue that goes with the photo guide's message, so the guide works without
//! reading: which way to move (left, right, up, down), closer or farther, which way to
//! straighten a tilted head, turn a turned one or lift a lowered chin. Decided here, from the
//! signed measurements in [`Guidance`]; `ui::guide_overlay` only draws it.

use super::event::{Guidance, HeadMarks};
use crate::photo::CheckId;

/// A direction in the picture as the user sees it on the preview (x right, y down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    Left,
    Right,
    Up,
    Down,
}

/// What to draw with the guide's message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cue {
    /// Move the head this way in the picture, into the outline.
    Move(Nudge),
    /// Come closer to the camera: arrows pointing outwards.
    Closer,
    /// Move back from the camera: arrows pointing inwards.
    Farther,
    /// The eye line is `roll_deg` off level (clockwise positive): a level line turned with the
    /// head and an arrow back to level.
    Straighten { roll_deg: f32 },
    /// Turn the face this way (`Left` or `Right` in the picture) to face the camera.
    Turn(Nudge),
    /// Move the chin this way (`Up` or `Down`) to hold it level.
    Chin(Nudge),
}

/// A crop that needs more than this share of the frame's height or width cannot be moved
/// into it: the user must move back.
const FITS_SHARE: f32 = 0.98;

impl Guidance {
    /// The picture cue for the message shown now ([`Guidance::message_given`]); `None` when
    /// the message has no direction (eyes, light, background) or nothing was measured.
    pub fn cue(&self, covering_confirmed: bool) -> Option<Cue> {
        let check = self.message_given(covering_confirmed)?;
        let head = self.head?;
        match check {
            CheckId::NotTooClose => Some(not_too_close(&head, self.frame_size)),
            CheckId::NotTooFar => Some(Cue::Closer),
            CheckId::Centred => self.centring(&head),
            CheckId::Roll => Some(Cue::Straighten {
                roll_deg: head.roll_deg(),
            }),
            CheckId::Yaw => Some(Cue::Turn(if head.yaw_deg > 0.0 {
                Nudge::Left
            } else {
                Nudge::Right
            })),
            CheckId::Pitch => Some(Cue::Chin(if head.pitch_deg > 0.0 {
                Nudge::Down
            } else {
                Nudge::Up
            })),
            _ => None,
        }
    }

    /// The face midline is off the centre of the crop that will be taken: towards it.
    fn centring(&self, head: &HeadMarks) -> Option<Cue> {
        let crop = self.crop?;
        let (x, _, w, _) = head.ideal_crop;
        let wanted = x + w / 2.0;
        let actual = crop.x as f32 + crop.width as f32 / 2.0;
        if wanted > actual {
            Some(Cue::Move(Nudge::Left))
        } else if wanted < actual {
            Some(Cue::Move(Nudge::Right))
        } else {
            None
        }
    }
}

/// Part of the crop the head asks for lies outside the frame: too big for the frame means too
/// close; otherwise move away from the edge with the least room.
fn not_too_close(head: &HeadMarks, (fw, fh): (u32, u32)) -> Cue {
    let (fw, fh) = (fw as f32, fh as f32);
    let (x, y, w, h) = head.ideal_crop;
    if w > fw * FITS_SHARE || h > fh * FITS_SHARE {
        return Cue::Farther;
    }
    // Room left on each side (negative: that much outside), as a share of the frame.
    let room = [
        (x / fw, Nudge::Right),
        ((fw - x - w) / fw, Nudge::Left),
        (y / fh, Nudge::Down),
        ((fh - y - h) / fh, Nudge::Up),
    ];
    room.into_iter()
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map_or(Cue::Farther, |(_, away)| Cue::Move(away))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::photo::{CheckResult, CropRect, Verdict};

    const FRAME: (u32, u32) = (1280, 720);

    /// A level head facing the camera whose ideal crop is 500×643 at (x, y).
    fn head_at(x: f32, y: f32) -> HeadMarks {
        HeadMarks {
            right_eye: (x + 200.0, y + 280.0),
            left_eye: (x + 300.0, y + 280.0),
            chin: (x + 250.0, y + 520.0),
            ideal_crop: (x, y, 500.0, 643.0),
            yaw_deg: 0.0,
            pitch_deg: 0.0,
        }
    }

    /// Guidance whose only problem is `failing` (every other check passes).
    fn guidance(failing: CheckId, head: HeadMarks, crop: Option<CropRect>) -> Guidance {
        Guidance {
            checks: CheckId::ALL
                .iter()
                .map(|&id| {
                    let verdict = if id == failing {
                        Verdict::Fail
                    } else {
                        Verdict::Pass
                    };
                    CheckResult::new(id, Some(0.0), verdict)
                })
                .collect(),
            crop,
            frame_size: FRAME,
            head: Some(head),
        }
    }

    #[test]
    fn a_head_off_the_right_edge_is_sent_left_and_one_off_the_left_edge_right() {
        let g = guidance(CheckId::NotTooClose, head_at(900.0, 40.0), None);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Left)));
        let g = guidance(CheckId::NotTooClose, head_at(-120.0, 40.0), None);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Right)));
    }

    #[test]
    fn a_head_cut_at_the_top_is_sent_down_and_one_cut_at_the_bottom_up() {
        let mut head = head_at(390.0, -30.0);
        head.ideal_crop.3 = 600.0;
        let g = guidance(CheckId::NotTooClose, head, None);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Down)));
        let mut head = head_at(390.0, 150.0);
        head.ideal_crop.3 = 600.0;
        let g = guidance(CheckId::NotTooClose, head, None);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Up)));
    }

    #[test]
    fn a_crop_taller_than_the_frame_asks_to_move_back_and_a_small_one_to_come_closer() {
        let mut head = head_at(300.0, -60.0);
        head.ideal_crop.2 = 700.0;
        head.ideal_crop.3 = 900.0;
        let g = guidance(CheckId::NotTooClose, head, None);
        assert_eq!(g.cue(false), Some(Cue::Farther));
        let g = guidance(CheckId::NotTooFar, head_at(400.0, 100.0), None);
        assert_eq!(g.cue(false), Some(Cue::Closer));
    }

    #[test]
    fn an_off_centre_face_is_sent_towards_the_crop_centre() {
        // The crop was pushed left of where the head wants it: the head is right of centre.
        let crop = CropRect::fit(700.0, 40.0, 643.0, 1280, 720);
        let g = guidance(CheckId::Centred, head_at(780.0, 40.0), crop);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Left)));
        let crop = CropRect::fit(100.0, 40.0, 643.0, 1280, 720);
        let g = guidance(CheckId::Centred, head_at(20.0, 40.0), crop);
        assert_eq!(g.cue(false), Some(Cue::Move(Nudge::Right)));
    }

    #[test]
    fn a_tilted_head_gets_its_signed_angle_and_turns_and_chins_their_direction() {
        let mut head = head_at(390.0, 40.0);
        head.left_eye.1 += 17.6; // the picture's right eye 10° lower: clockwise
        let g = guidance(CheckId::Roll, head, None);
        match g.cue(false) {
            Some(Cue::Straighten { roll_deg }) => assert!((roll_deg - 10.0).abs() < 0.1),
            other => panic!("{other:?}"),
        }
        let mut head = head_at(390.0, 40.0);
        head.yaw_deg = 9.0;
        assert_eq!(
            guidance(CheckId::Yaw, head, None).cue(false),
            Some(Cue::Turn(Nudge::Left))
        );
        head.yaw_deg = -9.0;
        assert_eq!(
            guidance(CheckId::Yaw, head, None).cue(false),
            Some(Cue::Turn(Nudge::Right))
        );
        head.pitch_deg = 8.0;
        assert_eq!(
            guidance(CheckId::Pitch, head, None).cue(false),
            Some(Cue::Chin(Nudge::Down))
        );
        head.pitch_deg = -8.0;
        assert_eq!(
            guidance(CheckId::Pitch, head, None).cue(false),
            Some(Cue::Chin(Nudge::Up))
        );
    }

    #[test]
    fn messages_without_a_direction_and_frames_without_a_face_get_no_cue() {
        let g = guidance(CheckId::EyesOpen, head_at(390.0, 40.0), None);
        assert_eq!(g.cue(false), None);
        let mut g = guidance(CheckId::NotTooFar, head_at(390.0, 40.0), None);
        g.head = None;
        assert_eq!(g.cue(false), None);
    }

    #[test]
    fn a_confirmed_head_covering_warning_is_no_longer_the_message_nor_holds_the_capture() {
        let mut g = guidance(CheckId::HeadCovering, head_at(390.0, 40.0), None);
        g.checks.last_mut().expect("twenty").verdict = Verdict::Warn;
        assert_eq!(g.message(), Some(CheckId::HeadCovering));
        assert!(!g.ready(false));
        assert_eq!(g.message_given(true), None);
        assert!(g.ready(true));
        // Another problem still shows, and a covering failure is never waved through.
        g.checks[CheckId::Roll as usize].verdict = Verdict::Fail;
        assert_eq!(g.message_given(true), Some(CheckId::Roll));
        g.checks[CheckId::Roll as usize].verdict = Verdict::Pass;
        g.checks.last_mut().expect("twenty").verdict = Verdict::Fail;
        assert!(!g.ready(true));
    }
}
