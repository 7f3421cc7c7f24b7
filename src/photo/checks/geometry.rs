//! Checks 1–8 of design §3: a face is there, only one, not too close or far, centred, and
//! the head level and facing the camera (roll, yaw, pitch).

use super::{CheckId, CheckResult, Judge, Verdict, pass_if};
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, lm};

fn with_face(
    id: CheckId,
    frame: &AnalysedFrame,
    f: impl FnOnce(&FaceAnalysis) -> CheckResult,
) -> CheckResult {
    match &frame.face {
        Some(face) => f(face),
        None => CheckResult::unmeasured(id),
    }
}

/// 1 `face_present`: the detector's score of the main face.
pub fn face_present(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let score = frame.face.as_ref().map(|f| f.detection.score);
    let ok = score.is_some_and(|s| j.at_least(s, j.cfg.face_present_min_score));
    CheckResult::new(
        CheckId::FacePresent,
        Some(score.unwrap_or(0.0)),
        pass_if(ok),
    )
}

/// 2 `single_face`: the number of other faces; one overlapping the crop fails, one elsewhere
/// in the frame warns.
pub fn single_face(frame: &AnalysedFrame, _j: &Judge) -> CheckResult {
    let others = frame.other_faces.len();
    let crop = frame
        .crop()
        .or(frame.face.as_ref().map(|f| f.head.ideal_crop));
    let overlapping = crop.is_some_and(|c| {
        frame
            .other_faces
            .iter()
            .any(|o| c.intersection(o).area() > 0.0)
    });
    let verdict = if overlapping {
        Verdict::Fail
    } else if others > 0 {
        Verdict::Warn
    } else {
        Verdict::Pass
    };
    CheckResult::new(CheckId::SingleFace, Some(others as f32), verdict)
}

/// 3 `not_too_close`: the smallest margin of the ideal crop inside the frame, as a fraction of
/// the frame (negative when it reaches outside); the crown must not touch row 0.
pub fn not_too_close(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::NotTooClose, frame, |face| {
        let c = face.head.ideal_crop;
        let (w, h) = (frame.width() as f32, frame.height() as f32);
        let margin = (c.x / w)
            .min(c.y / h)
            .min((w - c.right()) / w)
            .min((h - c.bottom()) / h);
        let crown_cut = face.head.crown.y <= 0.0;
        let ok = !crown_cut && j.at_least(margin, j.cfg.not_too_close_min_margin);
        CheckResult::new(CheckId::NotTooClose, Some(margin), pass_if(ok))
    })
}

/// 4 `not_too_far`: the crop's height in camera pixels (below the hard floor: fail; below the
/// preferred minimum, or eyes closer than the minimum distance: warn).
pub fn not_too_far(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::NotTooFar, frame, |face| {
        let c = face.head.ideal_crop.h;
        let cfg = j.cfg;
        let verdict = if !j.at_least(c, cfg.not_too_far_floor_crop_px) {
            Verdict::Fail
        } else if !j.at_least(c, cfg.not_too_far_min_crop_px)
            || !j.at_least(face.head.eye_distance, cfg.not_too_far_min_eye_distance_px)
        {
            Verdict::Warn
        } else {
            Verdict::Pass
        };
        CheckResult::new(CheckId::NotTooFar, Some(c), verdict)
    })
}

/// 5 `centred`: the face midline's distance from the centre of the crop that will be taken,
/// as a fraction of its width; each side of the face must keep a margin from the crop's sides.
pub fn centred(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::Centred, frame, |face| {
        let Some(crop) = frame.crop() else {
            return CheckResult::unmeasured(CheckId::Centred);
        };
        let offset = (face.head.midline_x - crop.centre().x).abs() / crop.w;
        let side_r = face
            .point(lm::SIDE_RIGHT)
            .x
            .min(face.point(lm::SIDE_LEFT).x);
        let side_l = face
            .point(lm::SIDE_RIGHT)
            .x
            .max(face.point(lm::SIDE_LEFT).x);
        let ear_margin = ((side_r - crop.x) / crop.w).min((crop.right() - side_l) / crop.w);
        let ok = j.at_most(offset, j.cfg.centred_max_offset)
            && j.at_least(ear_margin, j.cfg.centred_min_ear_margin);
        CheckResult::new(CheckId::Centred, Some(offset), pass_if(ok))
    })
}

/// 6 `roll`: the eye line's angle from horizontal, in degrees (absolute).
pub fn roll(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::Roll, frame, |face| {
        let (r, l) = (face.head.right_eye, face.head.left_eye);
        let deg = (l.y - r.y).atan2(l.x - r.x).to_degrees().abs();
        CheckResult::new(
            CheckId::Roll,
            Some(deg),
            pass_if(j.at_most(deg, j.cfg.roll_max_deg)),
        )
    })
}

/// The head's yaw from the 3-D mesh: the angle of the line between the two sides of the face
/// in the x–z plane, in degrees (positive: turned to the subject's left).
pub fn yaw_degrees(face: &FaceAnalysis) -> f32 {
    let (a, b) = (face.lm(lm::SIDE_RIGHT), face.lm(lm::SIDE_LEFT));
    (b.z - a.z).atan2(b.x - a.x).to_degrees()
}

/// The head's pitch from the 3-D mesh: the angle of the forehead–chin line in the y–z plane,
/// in degrees (positive: chin towards the camera, head tipped back).
pub fn pitch_degrees(face: &FaceAnalysis) -> f32 {
    let (top, chin) = (face.lm(lm::FOREHEAD), face.lm(lm::CHIN));
    (top.z - chin.z).atan2(chin.y - top.y).to_degrees()
}

/// 7 `yaw`: head turned left or right, degrees (absolute).
pub fn yaw(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::Yaw, frame, |face| {
        let deg = yaw_degrees(face).abs();
        CheckResult::new(
            CheckId::Yaw,
            Some(deg),
            pass_if(j.at_most(deg, j.cfg.yaw_max_deg)),
        )
    })
}

/// 8 `pitch`: chin up or down relative to the calibrated level-head baseline, degrees (absolute).
pub fn pitch(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    with_face(CheckId::Pitch, frame, |face| {
        let deg = (pitch_degrees(face) - j.cfg.pitch_baseline_deg).abs();
        CheckResult::new(
            CheckId::Pitch,
            Some(deg),
            pass_if(j.at_most(deg, j.cfg.pitch_max_deg)),
        )
    })
}
