//! Checks 9–11 of design §3: eyes open, mouth closed, neutral expression, from the mesh.

use super::{CheckId, CheckResult, Judge, pass_if};
use crate::face::Point;
use crate::photo::analysis::{AnalysedFrame, FaceAnalysis, lm};

/// Eye aspect ratio of one eye: mean lid gap of three lid pairs over the corner distance.
/// `idx`: outer corner, inner corner, then three (upper, lower) lid pairs.
pub fn eye_aspect_ratio(face: &FaceAnalysis, idx: &[usize; 8]) -> f32 {
    let p = |i: usize| face.point(idx[i]);
    let width = p(0).distance(p(1)).max(1e-3);
    let gaps = p(2).distance(p(3)) + p(4).distance(p(5)) + p(6).distance(p(7));
    gaps / 3.0 / width
}

/// A point in the face's own frame: rotated so the eye line is level, origin at the eyes' midpoint.
fn upright(face: &FaceAnalysis, q: Point) -> Point {
    let (r, l) = (face.head.right_eye, face.head.left_eye);
    let angle = (l.y - r.y).atan2(l.x - r.x);
    let (s, c) = (-angle).sin_cos();
    let o = r.midpoint(l);
    let (dx, dy) = (q.x - o.x, q.y - o.y);
    Point::new(c * dx - s * dy, s * dx + c * dy)
}

/// 9 `eyes_open`: the smaller eye aspect ratio of the two eyes.
pub fn eyes_open(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::EyesOpen);
    };
    let ear = eye_aspect_ratio(face, &lm::RIGHT_EYE).min(eye_aspect_ratio(face, &lm::LEFT_EYE));
    CheckResult::new(
        CheckId::EyesOpen,
        Some(ear),
        pass_if(j.at_least(ear, j.cfg.eyes_open_min_ratio)),
    )
}

/// 10 `mouth_closed`: the inner-lip gap over T (eye midpoint to chin).
pub fn mouth_closed(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::MouthClosed);
    };
    let gap = face
        .point(lm::LIP_UPPER_INNER)
        .distance(face.point(lm::LIP_LOWER_INNER))
        / face.head.t;
    CheckResult::new(
        CheckId::MouthClosed,
        Some(gap),
        pass_if(j.at_most(gap, j.cfg.mouth_closed_max_gap)),
    )
}

/// 11 `neutral_expression`: how far the mouth corners sit above the lips' centre line, over T
/// (positive: a smile).
pub fn neutral_expression(frame: &AnalysedFrame, j: &Judge) -> CheckResult {
    let Some(face) = &frame.face else {
        return CheckResult::unmeasured(CheckId::NeutralExpression);
    };
    let up = |i: usize| upright(face, face.point(i));
    let centre_y = (up(lm::LIP_UPPER_INNER).y + up(lm::LIP_LOWER_INNER).y) / 2.0;
    let corners_y = (up(lm::MOUTH_RIGHT).y + up(lm::MOUTH_LEFT).y) / 2.0;
    let lift = (centre_y - corners_y) / face.head.t;
    let verdict = j.graded_max(
        lift,
        j.cfg.neutral_expression_warn_lift,
        j.cfg.neutral_expression_fail_lift,
    );
    CheckResult::new(CheckId::NeutralExpression, Some(lift), verdict)
}
