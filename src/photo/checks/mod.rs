//! The twenty photo checks of design §3: each a pure function from an [`AnalysedFrame`] (and
//! the thresholds of `[photo.checks]`) to a measured value and a [`Verdict`].
//!
//! - [`geometry`]: face present, one face, distance, centring, roll, yaw, pitch (1–8).
//! - [`expression`]: eyes open, mouth closed, neutral expression (9–11).
//! - [`light`]: eyes visible, brightness, exposure, even light, sharpness (12–16).
//! - [`background`]: plain background, objects, shadow, head covering (17–20).
//! - [`pixels`]: the pixel statistics they share.
//!
//! Hysteresis: a check whose previous verdict was a pass is judged against thresholds relaxed
//! by `hysteresis` (a fraction of each threshold), so a value sitting on a threshold does not
//! make the message flicker. [`run_all`] takes the previous results for that.

pub mod background;
pub mod expression;
pub mod geometry;
pub mod light;
pub mod pixels;

use serde::Serialize;

use super::analysis::AnalysedFrame;
use crate::config::PhotoChecksConfig;

/// The checks, in the order the user hears about them (design §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckId {
    FacePresent,
    SingleFace,
    NotTooClose,
    NotTooFar,
    Centred,
    Roll,
    Yaw,
    Pitch,
    EyesOpen,
    MouthClosed,
    NeutralExpression,
    EyesVisible,
    FaceBrightness,
    Exposure,
    EvenLight,
    Sharpness,
    PlainBackground,
    BackgroundObjects,
    BackgroundShadow,
    HeadCovering,
}

impl CheckId {
    /// All twenty, in priority order.
    pub const ALL: [CheckId; 20] = [
        CheckId::FacePresent,
        CheckId::SingleFace,
        CheckId::NotTooClose,
        CheckId::NotTooFar,
        CheckId::Centred,
        CheckId::Roll,
        CheckId::Yaw,
        CheckId::Pitch,
        CheckId::EyesOpen,
        CheckId::MouthClosed,
        CheckId::NeutralExpression,
        CheckId::EyesVisible,
        CheckId::FaceBrightness,
        CheckId::Exposure,
        CheckId::EvenLight,
        CheckId::Sharpness,
        CheckId::PlainBackground,
        CheckId::BackgroundObjects,
        CheckId::BackgroundShadow,
        CheckId::HeadCovering,
    ];

    /// The id of design §3, as in kiosk-config, logs and `check-photo --json`.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::FacePresent => "face_present",
            CheckId::SingleFace => "single_face",
            CheckId::NotTooClose => "not_too_close",
            CheckId::NotTooFar => "not_too_far",
            CheckId::Centred => "centred",
            CheckId::Roll => "roll",
            CheckId::Yaw => "yaw",
            CheckId::Pitch => "pitch",
            CheckId::EyesOpen => "eyes_open",
            CheckId::MouthClosed => "mouth_closed",
            CheckId::NeutralExpression => "neutral_expression",
            CheckId::EyesVisible => "eyes_visible",
            CheckId::FaceBrightness => "face_brightness",
            CheckId::Exposure => "exposure",
            CheckId::EvenLight => "even_light",
            CheckId::Sharpness => "sharpness",
            CheckId::PlainBackground => "plain_background",
            CheckId::BackgroundObjects => "background_objects",
            CheckId::BackgroundShadow => "background_shadow",
            CheckId::HeadCovering => "head_covering",
        }
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    /// Worth telling the user, but the photo may be taken (or needs their confirmation).
    Warn,
    Fail,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Warn => "warn",
            Verdict::Fail => "fail",
        }
    }
}

/// One check's measured value (in the unit of its thresholds) and verdict. `value` is `None`
/// when it could not be measured (no face, no background visible).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckResult {
    pub id: CheckId,
    pub value: Option<f32>,
    pub verdict: Verdict,
}

impl CheckResult {
    pub fn new(id: CheckId, value: Option<f32>, verdict: Verdict) -> Self {
        CheckResult { id, value, verdict }
    }
    /// Not measurable: a failure (nothing to judge the photo by).
    pub fn unmeasured(id: CheckId) -> Self {
        CheckResult::new(id, None, Verdict::Fail)
    }
}

/// The thresholds as a check sees them: the configuration, and whether the check passed last
/// time (then thresholds are relaxed by the hysteresis).
#[derive(Debug, Clone, Copy)]
pub struct Judge<'c> {
    pub cfg: &'c PhotoChecksConfig,
    pub was_passing: bool,
}

impl Judge<'_> {
    fn slack(&self, threshold: f32) -> f32 {
        if self.was_passing {
            threshold.abs() * self.cfg.hysteresis
        } else {
            0.0
        }
    }
    /// `value` must be at most `max`.
    pub fn at_most(&self, value: f32, max: f32) -> bool {
        value <= max + self.slack(max)
    }
    /// `value` must be at least `min`.
    pub fn at_least(&self, value: f32, min: f32) -> bool {
        value >= min - self.slack(min)
    }
    /// Pass at most `warn`, warn up to `fail`, fail above.
    pub fn graded_max(&self, value: f32, warn: f32, fail: f32) -> Verdict {
        if !self.at_most(value, fail) {
            Verdict::Fail
        } else if !self.at_most(value, warn) {
            Verdict::Warn
        } else {
            Verdict::Pass
        }
    }
}

/// A pass/fail verdict from a condition.
pub fn pass_if(ok: bool) -> Verdict {
    if ok { Verdict::Pass } else { Verdict::Fail }
}

/// Every check on `frame`, in priority order. `previous` are the results of the previous
/// frame (empty for a still).
pub fn run_all(
    frame: &AnalysedFrame,
    cfg: &PhotoChecksConfig,
    previous: &[CheckResult],
) -> Vec<CheckResult> {
    CheckId::ALL
        .iter()
        .map(|&id| {
            let judge = Judge {
                cfg,
                was_passing: previous
                    .iter()
                    .any(|r| r.id == id && r.verdict == Verdict::Pass),
            };
            run_one(id, frame, &judge)
        })
        .collect()
}

/// One check.
pub fn run_one(id: CheckId, frame: &AnalysedFrame, judge: &Judge) -> CheckResult {
    match id {
        CheckId::FacePresent => geometry::face_present(frame, judge),
        CheckId::SingleFace => geometry::single_face(frame, judge),
        CheckId::NotTooClose => geometry::not_too_close(frame, judge),
        CheckId::NotTooFar => geometry::not_too_far(frame, judge),
        CheckId::Centred => geometry::centred(frame, judge),
        CheckId::Roll => geometry::roll(frame, judge),
        CheckId::Yaw => geometry::yaw(frame, judge),
        CheckId::Pitch => geometry::pitch(frame, judge),
        CheckId::EyesOpen => expression::eyes_open(frame, judge),
        CheckId::MouthClosed => expression::mouth_closed(frame, judge),
        CheckId::NeutralExpression => expression::neutral_expression(frame, judge),
        CheckId::EyesVisible => light::eyes_visible(frame, judge),
        CheckId::FaceBrightness => light::face_brightness(frame, judge),
        CheckId::Exposure => light::exposure(frame, judge),
        CheckId::EvenLight => light::even_light(frame, judge),
        CheckId::Sharpness => light::sharpness(frame, judge),
        CheckId::PlainBackground => background::plain_background(frame, judge),
        CheckId::BackgroundObjects => background::background_objects(frame, judge),
        CheckId::BackgroundShadow => background::background_shadow(frame, judge),
        CheckId::HeadCovering => background::head_covering(frame, judge),
    }
}

/// The first check that does not pass, by priority: the one message the user sees.
pub fn first_problem(results: &[CheckResult]) -> Option<&CheckResult> {
    results
        .iter()
        .find(|r| r.verdict == Verdict::Fail)
        .or_else(|| results.iter().find(|r| r.verdict == Verdict::Warn))
}

#[cfg(test)]
pub(crate) mod test_frames;
#[cfg(test)]
mod tests;
