//! Which line the booth speaks for the session's state: a pure function of the flow's
//! [`Session`], made only of locale message ids and small numbers (countdown digits, seconds).
//! Nothing personal can be spoken: there is no way to put a name, an address, a date or an ID
//! into a [`Line`].

use crate::flow::{
    LookupOutcome, Millis, Overlay, PrintOutcome, ScanMode, Screen, Session, Submission,
    SubmitOutcome,
};
use crate::i18n::{Arg, Lang};

/// One message to speak, with its numeric arguments (never text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub id: String,
    pub args: Vec<(&'static str, u64)>,
}

impl Phrase {
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn with(id: impl Into<String>, name: &'static str, value: u64) -> Self {
        Self {
            id: id.into(),
            args: vec![(name, value)],
        }
    }

    /// The arguments as the localizer takes them.
    pub fn fluent_args(&self) -> Vec<(&'static str, Arg)> {
        self.args.iter().map(|(n, v)| (*n, Arg::from(*v))).collect()
    }
}

/// How eagerly a line is spoken when it replaces another (see `Announcer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// What a screen (or a dialog, or a state of a screen) is about: spoken once when it
    /// appears, not again when a passing hint goes away.
    Screen,
    /// A hint that follows what the camera sees (photo guide, scan hints): spoken when it has
    /// changed and the previous line had time to be heard.
    Guide,
    /// Spoken at once: the countdown digits, an answer to what the user just did.
    Immediate,
}

/// What to say now, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub lang: Lang,
    pub kind: Kind,
    pub phrases: Vec<Phrase>,
}

impl Line {
    /// The message ids, in order (what the operator screen and the tests read).
    pub fn ids(&self) -> Vec<String> {
        self.phrases.iter().map(|p| p.id.clone()).collect()
    }
}

/// The line for the session's state at `now`; `None` where the booth stays silent (the
/// attract screen, which nobody has touched yet).
pub fn line_for(s: &Session, now: Millis) -> Option<Line> {
    let (kind, phrases) = what_to_say(s, now)?;
    Some(Line {
        lang: s.language(),
        kind,
        phrases,
    })
}

fn screen(ids: &[&str]) -> Option<(Kind, Vec<Phrase>)> {
    Some((
        Kind::Screen,
        ids.iter().map(|id| Phrase::new(*id)).collect(),
    ))
}

fn one(kind: Kind, phrase: Phrase) -> Option<(Kind, Vec<Phrase>)> {
    Some((kind, vec![phrase]))
}

fn what_to_say(s: &Session, now: Millis) -> Option<(Kind, Vec<Phrase>)> {
    match s.overlay() {
        Some(Overlay::InactivityWarning { .. }) => {
            // The full length of the countdown, so that the line does not change every second.
            let seconds = s.rules().inactivity_reset_ms.div_ceil(1000);
            return Some((
                Kind::Screen,
                vec![
                    Phrase::new("inactivity-title"),
                    Phrase::with("inactivity-body", "seconds", seconds),
                ],
            ));
        }
        Some(Overlay::ConfirmStartOver) => return screen(&["start-over-title", "start-over-body"]),
        Some(Overlay::StaffCalled) => return screen(&["staff-called"]),
        None => {}
    }
    if s.camera_fault() && s.screen().wants_camera() {
        return screen(&["camera-lost"]);
    }
    match s.screen() {
        Screen::Attract => None,
        Screen::Language => screen(&["language-title", "consent-title", "consent-body"]),
        Screen::BeforeStart if s.before_start().asking => {
            screen(&["check-moved", "check-name-changed", "check-stay-renewed"])
        }
        Screen::BeforeStart => screen(&["check-title", "check-intro"]),
        Screen::Scan => scan(s, now),
        Screen::Details => details(s),
        Screen::PhotoGuide => photo(s, now),
        Screen::Review => screen(&["review-title", "review-size"]),
        Screen::Confirm => match s.submission() {
            Submission::NotSent => screen(&["confirm-title"]),
            Submission::Sending => screen(&["submit-sending"]),
            Submission::Done(SubmitOutcome::Failed) => screen(&["submit-failed"]),
            Submission::Done(_) => screen(&["confirm-title"]),
        },
        Screen::Slip => slip(s),
        Screen::Goodbye => screen(&["goodbye-title", "goodbye-wiped"]),
    }
}

fn scan(s: &Session, now: Millis) -> Option<(Kind, Vec<Phrase>)> {
    let error = s.scan_error(now).map(|e| Phrase::new(e.message_id()));
    if s.scan().mode == ScanMode::Keypad {
        // An error here answers the user's "done".
        return match error {
            Some(e) => one(Kind::Immediate, e),
            None => screen(&["keypad-title", "keypad-hint"]),
        };
    }
    if let Some(e) = error {
        return one(Kind::Guide, e);
    }
    if let Some(hint) = s.scan_hint(now) {
        return one(Kind::Guide, Phrase::new(crate::ui::scan_hint_message(hint)));
    }
    if s.offer_keypad(now) {
        return one(Kind::Guide, Phrase::new("scan-keypad-offer"));
    }
    screen(&["scan-title", "scan-hint"])
}

fn details(s: &Session) -> Option<(Kind, Vec<Phrase>)> {
    match s.form() {
        crate::flow::FormLookup::Done(LookupOutcome::NotFound) => {
            return screen(&["details-form-not-found-title", "details-form-not-found"]);
        }
        crate::flow::FormLookup::Done(LookupOutcome::Unavailable) => {
            return screen(&["details-form-unavailable-title", "details-form-unavailable"]);
        }
        _ => {}
    }
    if let Some(e) = &s.details().birth_error {
        return one(Kind::Immediate, Phrase::new(e.message_id()));
    }
    screen(&["details-title", "details-birth-date-hint"])
}

fn photo(s: &Session, now: Millis) -> Option<(Kind, Vec<Phrase>)> {
    let p = s.photo();
    if p.capturing {
        return screen(&["photo-processing"]);
    }
    if p.failed {
        return screen(&["photo-failed"]);
    }
    if p.guide_unavailable {
        return screen(&["guide-unavailable"]);
    }
    if let Some(n) = s.photo_countdown_s(now) {
        return one(Kind::Immediate, Phrase::with("voice-number", "number", n));
    }
    match s.photo_guidance(now) {
        Some(g) => match g.message() {
            Some(check) => one(Kind::Guide, Phrase::new(crate::ui::guide_message(check))),
            None if g.all_pass() => one(Kind::Guide, Phrase::new("guide-all-good")),
            None => screen(&["photo-title", "photo-instructions"]),
        },
        None => screen(&["photo-title", "photo-instructions"]),
    }
}

fn slip(s: &Session) -> Option<(Kind, Vec<Phrase>)> {
    match s.print_outcome() {
        Some(PrintOutcome::Printed) => screen(&["slip-printed", "slip-next-steps"]),
        Some(PrintOutcome::SavedToFile) => screen(&["slip-demo-note", "slip-next-steps"]),
        // The slip failed: the receipt number is on screen, but never spoken.
        Some(PrintOutcome::Failed) => screen(&["slip-not-printed"]),
        None => {
            let sent = match s.submission() {
                Submission::Done(SubmitOutcome::Sent { .. }) => "slip-sent",
                Submission::Done(SubmitOutcome::Queued { .. }) => "slip-queued",
                _ => "submit-demo-note",
            };
            screen(&["slip-title", sent, "slip-printing"])
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::domain::{ApplicationId, CivilDate, PrefilledForm};
    use crate::flow::{Event, Guidance, LookupOutcome, Rules};
    use crate::photo::{CheckId, CheckResult, Verdict};

    const ID: &str = "20261121000000000012345";

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 21).expect("date")
    }

    fn ids(s: &Session, now: Millis) -> Vec<String> {
        line_for(s, now).map(|l| l.ids()).unwrap_or_default()
    }

    /// A session on the scan screen, in `lang`.
    fn at_scan(lang: Lang) -> Session {
        let mut s = Session::new(Rules::default(), 0);
        s.handle(0, Event::Start { today: today() });
        s.handle(0, Event::SetLanguage(lang));
        s.handle(0, Event::AcceptConsent);
        s.handle(0, Event::NothingChanged);
        s
    }

    /// On the details screen with the form found and a birth date typed.
    fn at_details(lang: Lang) -> Session {
        let mut s = at_scan(lang);
        s.handle(0, Event::QrPayload(ID.to_owned()));
        let id = ApplicationId::parse_typed(ID).expect("id");
        let form = PrefilledForm::new("山田 太郎".into(), "東京都千代田区1-1".into());
        s.handle(
            0,
            Event::FormLookedUp {
                id,
                outcome: LookupOutcome::Found(form),
            },
        );
        for d in "19850412".bytes() {
            s.handle(0, Event::BirthDigit(d - b'0'));
        }
        s
    }

    fn guidance(verdicts: &[(CheckId, Verdict)]) -> Arc<Guidance> {
        Arc::new(Guidance {
            checks: CheckId::ALL
                .iter()
                .map(|id| {
                    let v = verdicts
                        .iter()
                        .find(|(c, _)| c == id)
                        .map_or(Verdict::Pass, |(_, v)| *v);
                    CheckResult::new(*id, Some(0.0), v)
                })
                .collect(),
            crop: None,
            frame_size: (1280, 720),
            head: None,
        })
    }

    #[test]
    fn the_attract_screen_is_silent_and_every_screen_of_a_session_speaks() {
        let mut s = Session::new(Rules::default(), 0);
        assert_eq!(line_for(&s, 0), None);
        s.handle(0, Event::Start { today: today() });
        assert_eq!(
            ids(&s, 0),
            ["language-title", "consent-title", "consent-body"]
        );
        s.handle(0, Event::AcceptConsent);
        assert_eq!(ids(&s, 0), ["check-title", "check-intro"]);
        s.handle(0, Event::SomethingChanged);
        assert_eq!(
            ids(&s, 0),
            ["check-moved", "check-name-changed", "check-stay-renewed"]
        );
        let s = at_scan(Lang::Th);
        assert_eq!(ids(&s, 0), ["scan-title", "scan-hint"]);
        assert_eq!(line_for(&s, 0).map(|l| l.lang), Some(Lang::Th));
    }

    #[test]
    fn the_keypad_speaks_its_instruction_and_a_wrong_number_at_once() {
        let mut s = at_scan(Lang::En);
        s.handle(0, Event::OpenKeypad);
        assert_eq!(ids(&s, 0), ["keypad-title", "keypad-hint"]);
        for d in [1, 2, 3] {
            s.handle(0, Event::KeypadDigit(d));
        }
        s.handle(0, Event::KeypadDone);
        let line = line_for(&s, 0).expect("a line");
        assert_eq!(line.ids(), ["id-error-too-short"]);
        assert_eq!(line.kind, Kind::Immediate);
    }

    #[test]
    fn details_speak_the_instruction_but_never_the_form_or_the_date() {
        let s = at_details(Lang::Ja);
        let line = line_for(&s, 0).expect("a line");
        assert_eq!(line.ids(), ["details-title", "details-birth-date-hint"]);
        // Only message ids and numbers go into a line: no text of the user at all.
        for p in &line.phrases {
            assert!(p.args.is_empty(), "{p:?}");
        }
    }

    #[test]
    fn the_photo_guide_speaks_its_current_message_and_counts_down() {
        let mut s = at_details(Lang::En);
        s.handle(0, Event::DetailsContinue);
        assert_eq!(s.screen(), Screen::PhotoGuide);
        assert_eq!(ids(&s, 0), ["photo-title", "photo-instructions"]);
        let g = guidance(&[(CheckId::Yaw, Verdict::Fail)]);
        s.handle(10, Event::PhotoGuidance(g));
        let line = line_for(&s, 10).expect("a line");
        assert_eq!(line.ids(), ["guide-yaw"]);
        assert_eq!(line.kind, Kind::Guide);
        // Every check passes: "perfect", then the countdown digits 3, 2, 1.
        let rules = Rules::default();
        let mut t = 20;
        s.handle(t, Event::PhotoGuidance(guidance(&[])));
        assert_eq!(ids(&s, t), ["guide-all-good"]);
        let mut digits = Vec::new();
        while s.screen() == Screen::PhotoGuide && !s.photo().capturing {
            t += 100;
            s.handle(t, Event::PhotoGuidance(guidance(&[])));
            s.handle(t, Event::Tick);
            if let Some(line) = line_for(&s, t)
                && line.kind == Kind::Immediate
            {
                let n = line.phrases[0].args[0].1;
                if digits.last() != Some(&n) {
                    digits.push(n);
                }
            }
            assert!(t < 60_000, "no capture");
        }
        assert_eq!(rules.countdown_ms, 3_000);
        assert_eq!(digits, [3, 2, 1]);
        assert_eq!(ids(&s, t), ["photo-processing"]);
    }

    #[test]
    fn a_lost_camera_is_spoken_on_the_screens_that_need_it() {
        let mut s = at_scan(Lang::Ko);
        s.handle(0, Event::CameraLost);
        assert_eq!(ids(&s, 0), ["camera-lost"]);
        s.handle(0, Event::CameraBack);
        assert_eq!(ids(&s, 0), ["scan-title", "scan-hint"]);
    }

    #[test]
    fn dialogs_are_spoken_over_their_screen() {
        let mut s = at_scan(Lang::En);
        s.handle(0, Event::StartOverRequested);
        assert_eq!(ids(&s, 0), ["start-over-title", "start-over-body"]);
        s.handle(0, Event::StartOverCancelled);
        s.handle(0, Event::CallStaff);
        assert_eq!(ids(&s, 0), ["staff-called"]);
        s.handle(0, Event::DismissStaffNotice);
        let warn = Rules::default().inactivity_warning_ms;
        s.handle(warn, Event::Tick);
        let line = line_for(&s, warn).expect("a line");
        assert_eq!(line.ids(), ["inactivity-title", "inactivity-body"]);
        // The same line a second later: it is not re-spoken every second.
        s.handle(warn + 1_000, Event::Tick);
        assert_eq!(line_for(&s, warn + 1_000), Some(line));
    }
}
