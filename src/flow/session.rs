//! [`Session`]: the state of one user's visit and the rules that move it from screen to screen.

use std::sync::Arc;

use crate::domain::{ApplicationId, BirthDate, CivilDate, DateError, IdInputError};
use crate::i18n::Lang;
use crate::photo::{CheckId, IdPhoto};
use crate::scan::ScanHint;

use super::digits::DigitBuffer;
use super::event::{
    ChangeQuestion, Effect, Event, Guidance, LookupOutcome, PrintOutcome, SlipPurpose, SlipRequest,
    SubmitOutcome, WipeReason,
};
use super::rules::Rules;
use super::screen::Screen;

/// Milliseconds of the shell's monotonic clock.
pub type Millis = u64;

/// Children under this age get no electronic certificate for signature.
const SIGNING_CERTIFICATE_MIN_AGE: u32 = 15;
/// Children under this age get a card without a photo.
const PHOTO_MIN_AGE: u32 = 1;
/// Digits of a typed birth date: YYYYMMDD.
const BIRTH_DATE_DIGITS: usize = 8;
/// A scan hint stays on screen at least this long before another may replace it.
pub const SCAN_HINT_MIN_MS: Millis = 1_200;
/// A scan hint goes away this long after the last report of an unreadable code.
pub const SCAN_HINT_LINGER_MS: Millis = 1_500;

/// A dialog shown over the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    ConfirmStartOver,
    StaffCalled,
    /// "Are you still there?", shown since the given time.
    InactivityWarning {
        since: Millis,
    },
}

/// Answers on the "before you start" screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BeforeStart {
    /// The user said something has changed and sees the three questions.
    pub asking: bool,
    pub moved: Option<bool>,
    pub name_changed: Option<bool>,
    pub stay_renewed: Option<bool>,
}

impl BeforeStart {
    pub fn answer(&self, q: ChangeQuestion) -> Option<bool> {
        match q {
            ChangeQuestion::Moved => self.moved,
            ChangeQuestion::NameChanged => self.name_changed,
            ChangeQuestion::StayRenewed => self.stay_renewed,
        }
    }

    fn set(&mut self, q: ChangeQuestion, changed: bool) {
        let slot = match q {
            ChangeQuestion::Moved => &mut self.moved,
            ChangeQuestion::NameChanged => &mut self.name_changed,
            ChangeQuestion::StayRenewed => &mut self.stay_renewed,
        };
        *slot = Some(changed);
    }

    /// The questions answered "yes": each gets a warning, none is a dead end.
    pub fn warnings(&self) -> Vec<ChangeQuestion> {
        ChangeQuestion::ALL
            .into_iter()
            .filter(|q| self.answer(*q) == Some(true))
            .collect()
    }

    pub fn all_answered(&self) -> bool {
        ChangeQuestion::ALL
            .into_iter()
            .all(|q| self.answer(q).is_some())
    }
}

/// Camera or keypad on the scan screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanMode {
    Camera,
    Keypad,
}

/// State of the scan screen.
#[derive(Debug, Clone)]
pub struct ScanState {
    pub mode: ScanMode,
    pub keypad: DigitBuffer,
    /// When the screen was entered, for offering the keypad.
    pub since: Millis,
    /// The last problem with a scanned or typed ID, and when it was shown.
    pub error: Option<(IdInputError, Millis)>,
    /// What the user is told to change while a code is in view but unreadable.
    pub hint: Option<ShownHint>,
}

/// A scan hint on screen. It does not flicker: once shown it stays at least
/// [`SCAN_HINT_MIN_MS`], a different hint replaces it only when two reports in a row agree,
/// and it goes away [`SCAN_HINT_LINGER_MS`] after the last report of an unreadable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownHint {
    pub hint: ScanHint,
    /// When this hint appeared.
    pub since: Millis,
    /// The last report of an unreadable code.
    pub last_seen: Millis,
    /// The hint of the last report, which may differ from the one shown.
    pub last_reported: ScanHint,
}

impl ShownHint {
    fn visible(&self, now: Millis) -> bool {
        now.saturating_sub(self.last_seen) < SCAN_HINT_LINGER_MS
            || now.saturating_sub(self.since) < SCAN_HINT_MIN_MS
    }

    /// The shown hint after another report at `now`; `reported` is `None` when the scanner
    /// could not tell what is wrong (the hint shown stays, or "hold still" if none is).
    fn after_report(shown: Option<ShownHint>, reported: Option<ScanHint>, now: Millis) -> Self {
        let current = shown.filter(|s| s.visible(now));
        let Some(mut s) = current else {
            let hint = reported.unwrap_or(ScanHint::HoldStill);
            return ShownHint {
                hint,
                since: now,
                last_seen: now,
                last_reported: hint,
            };
        };
        s.last_seen = now;
        let Some(reported) = reported else {
            return s;
        };
        let settled = reported == s.last_reported;
        let held_long_enough = now.saturating_sub(s.since) >= SCAN_HINT_MIN_MS;
        if reported != s.hint && settled && held_long_enough {
            s.hint = reported;
            s.since = now;
        }
        s.last_reported = reported;
        s
    }
}

impl ScanState {
    fn new(now: Millis) -> Self {
        Self {
            mode: ScanMode::Camera,
            keypad: DigitBuffer::new(ApplicationId::LEN),
            since: now,
            error: None,
            hint: None,
        }
    }
}

/// What the details screen collects (design §2: what the online application asks).
#[derive(Debug, Clone)]
pub struct Details {
    pub birth_digits: DigitBuffer,
    pub birth_date: Option<BirthDate>,
    pub birth_error: Option<DateError>,
    /// The user's wish; the certificate is issued only from 15 ([`Session::signing_certificate`]).
    pub signing_wanted: bool,
    pub auth_certificate: bool,
    pub braille: bool,
}

impl Default for Details {
    fn default() -> Self {
        Self {
            birth_digits: DigitBuffer::new(BIRTH_DATE_DIGITS),
            birth_date: None,
            birth_error: None,
            signing_wanted: true,
            auth_certificate: true,
            braille: false,
        }
    }
}

/// Where the lookup of the form's prefilled details stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FormLookup {
    /// No ID yet.
    #[default]
    NotAsked,
    /// Asked; the answer has not come back.
    Pending,
    Done(LookupOutcome),
}

/// Photo guide and review state.
#[derive(Debug, Clone, Default)]
pub struct PhotoState {
    /// Every photo taken in this session, oldest first.
    pub shots: Vec<Arc<IdPhoto>>,
    /// The shot shown large on the review screen.
    pub chosen: Option<usize>,
    /// A capture was requested and its result has not come back yet.
    pub capturing: bool,
    pub failed: bool,
    /// The photo guide's latest findings and when they came.
    pub guidance: Option<(Millis, Arc<Guidance>)>,
    /// The guide cannot analyse frames: the screen says so, the shutter still works.
    pub guide_unavailable: bool,
    /// Since when every check has passed without a break.
    pub passing_since: Option<Millis>,
    /// When the automatic countdown started.
    pub countdown_since: Option<Millis>,
    /// For each shot, the checks it passed (empty when the guide had nothing to say).
    pub shot_checks: Vec<Vec<CheckId>>,
    /// The explanation for people who wear a head covering for religious or medical reasons
    /// is open (no automatic capture meanwhile).
    pub covering_help: bool,
    /// The user answered the head-covering warning (such a covering, or none at all): the
    /// warning no longer holds the capture back, for the rest of the session.
    pub covering_confirmed: bool,
    /// The help for wheelchair users, helpers and children is open: no automatic capture
    /// while the user reads it (it covers the video).
    pub help_open: bool,
}

impl PhotoState {
    /// Forgets the guidance (entering the photo screen, after a capture).
    fn clear_guidance(&mut self) {
        self.guidance = None;
        self.guide_unavailable = false;
        self.passing_since = None;
        self.countdown_since = None;
        self.help_open = false;
    }

    /// Whether the guidance lets the automatic capture go ahead.
    fn ready(&self, g: &Guidance) -> bool {
        g.ready(self.covering_confirmed)
    }

    /// The guidance, when it is fresh enough to go by.
    pub fn fresh_guidance(&self, now: Millis, stale_ms: u64) -> Option<&Arc<Guidance>> {
        self.guidance
            .as_ref()
            .filter(|(at, _)| now.saturating_sub(*at) <= stale_ms)
            .map(|(_, g)| g)
    }
}

/// Where the application stands once the user pressed "send".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
    NotSent,
    Sending,
    Done(SubmitOutcome),
}

/// Everything the user submits, handed to the outbox.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: ApplicationId,
    pub birth_date: BirthDate,
    pub signing_certificate: bool,
    pub auth_certificate: bool,
    pub braille: bool,
    /// `None` for children under 1, whose card has no photo.
    pub photo: Option<Arc<IdPhoto>>,
    pub language: Lang,
}

/// One user's visit. All personal data of the visit lives here and nowhere else in the flow,
/// so dropping it (on every way out, [`Effect::WipeSession`]) forgets the user.
#[derive(Debug)]
pub struct Session {
    rules: Rules,
    screen: Screen,
    screen_since: Millis,
    language: Lang,
    today: Option<CivilDate>,
    last_activity: Millis,
    overlay: Option<Overlay>,
    camera_fault: bool,
    consent: bool,
    before_start: BeforeStart,
    scan: ScanState,
    application_id: Option<ApplicationId>,
    form: FormLookup,
    details: Details,
    photo: PhotoState,
    submission: Submission,
    print: Option<PrintOutcome>,
    /// What the slip screen's slip is for.
    slip_purpose: SlipPurpose,
}

impl Session {
    /// A booth waiting on the attract screen.
    pub fn new(rules: Rules, now: Millis) -> Self {
        let language = rules.default_language;
        Self {
            rules,
            screen: Screen::Attract,
            screen_since: now,
            language,
            today: None,
            last_activity: now,
            overlay: None,
            camera_fault: false,
            consent: false,
            before_start: BeforeStart::default(),
            scan: ScanState::new(now),
            application_id: None,
            form: FormLookup::NotAsked,
            details: Details::default(),
            photo: PhotoState::default(),
            submission: Submission::NotSent,
            print: None,
            slip_purpose: SlipPurpose::Application,
        }
    }

    // ---- What screens read -------------------------------------------------------------

    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn language(&self) -> Lang {
        self.language
    }
    pub fn rules(&self) -> &Rules {
        &self.rules
    }
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }
    /// When the current screen was entered: tells one visit of a screen from the next.
    pub fn screen_since(&self) -> Millis {
        self.screen_since
    }
    pub fn camera_fault(&self) -> bool {
        self.camera_fault
    }
    pub fn before_start(&self) -> &BeforeStart {
        &self.before_start
    }
    pub fn scan(&self) -> &ScanState {
        &self.scan
    }
    pub fn application_id(&self) -> Option<&ApplicationId> {
        self.application_id.as_ref()
    }
    pub fn details(&self) -> &Details {
        &self.details
    }
    /// The form's prefilled details, as far as the lookup got.
    pub fn form(&self) -> &FormLookup {
        &self.form
    }

    /// Whether the details screen may be left: a birth date, and a form the service did not
    /// declare unknown (while the service cannot be reached, the user may go on: the
    /// application is checked when the outbox delivers it).
    pub fn details_complete(&self) -> bool {
        self.details.birth_date.is_some()
            && matches!(
                self.form,
                FormLookup::Done(LookupOutcome::Found(_) | LookupOutcome::Unavailable)
            )
    }
    pub fn photo(&self) -> &PhotoState {
        &self.photo
    }
    pub fn submission(&self) -> &Submission {
        &self.submission
    }
    pub fn print_outcome(&self) -> Option<&PrintOutcome> {
        self.print.as_ref()
    }
    /// What the slip being printed is for: the application, or the number to call about a
    /// head covering.
    pub fn slip_purpose(&self) -> SlipPurpose {
        self.slip_purpose
    }

    /// The applicant's age today, once a valid birth date was typed.
    pub fn age(&self) -> Option<u32> {
        let today = self.today?;
        self.details.birth_date.as_ref().map(|b| b.age_on(today))
    }

    /// Whether the card will carry the certificate for signature: wanted and 15 or older.
    pub fn signing_certificate(&self) -> bool {
        self.details.signing_wanted && self.signing_certificate_allowed()
    }

    /// False for children under 15, who get no certificate for signature.
    pub fn signing_certificate_allowed(&self) -> bool {
        self.age().is_none_or(|a| a >= SIGNING_CERTIFICATE_MIN_AGE)
    }

    /// Children under 15 apply through a legal representative.
    pub fn is_minor_under_15(&self) -> bool {
        self.age().is_some_and(|a| a < SIGNING_CERTIFICATE_MIN_AGE)
    }

    /// Babies under 1 get a card without a photo: the photo step is skipped.
    pub fn needs_photo(&self) -> bool {
        self.age().is_none_or(|a| a >= PHOTO_MIN_AGE)
    }

    /// The photo that will be submitted.
    pub fn chosen_photo(&self) -> Option<&Arc<IdPhoto>> {
        self.photo.chosen.and_then(|i| self.photo.shots.get(i))
    }

    /// Whether another photo may be taken (kiosk-config `photo.max_retakes`, 0 = unlimited).
    pub fn can_retake(&self) -> bool {
        let max = self.rules.max_retakes as usize;
        max == 0 || self.photo.shots.len() <= max
    }

    /// The keypad is offered prominently after a while without a read.
    pub fn offer_keypad(&self, now: Millis) -> bool {
        now.saturating_sub(self.scan.since) >= self.rules.manual_entry_offer_ms
    }

    /// The scan error to show now, if it is still fresh.
    pub fn scan_error(&self, now: Millis) -> Option<&IdInputError> {
        let (err, at) = self.scan.error.as_ref()?;
        let fresh = self.scan.mode == ScanMode::Keypad
            || now.saturating_sub(*at) < self.rules.scan_message_ms;
        fresh.then_some(err)
    }

    /// What to tell a user whose code is in view but cannot be read, while it applies.
    pub fn scan_hint(&self, now: Millis) -> Option<ScanHint> {
        if self.scan.mode != ScanMode::Camera || self.camera_fault {
            return None;
        }
        self.scan.hint.filter(|h| h.visible(now)).map(|h| h.hint)
    }

    /// Seconds left before an inactivity reset, while the warning shows.
    pub fn reset_countdown_s(&self, now: Millis) -> Option<u64> {
        match self.overlay {
            Some(Overlay::InactivityWarning { since }) => {
                let left = (since + self.rules.inactivity_reset_ms).saturating_sub(now);
                Some(left.div_ceil(1000))
            }
            _ => None,
        }
    }

    // ---- The rules ----------------------------------------------------------------------

    /// Applies one event at time `now` and returns what the shell must do.
    pub fn handle(&mut self, now: Millis, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        if is_user_input(&event) {
            self.last_activity = now;
            if matches!(self.overlay, Some(Overlay::InactivityWarning { .. })) {
                self.overlay = None;
            }
        }
        match event {
            Event::Tick => self.tick(now, &mut effects),
            Event::UserActivity | Event::StillHere => {}
            Event::SetLanguage(lang) => {
                if lang != self.language {
                    self.language = lang;
                    effects.push(Effect::LanguageChanged(lang));
                }
            }
            Event::StartOverRequested => {
                if self.screen.in_session() {
                    self.overlay = Some(Overlay::ConfirmStartOver);
                }
            }
            Event::StartOverConfirmed => {
                if self.overlay == Some(Overlay::ConfirmStartOver) {
                    self.reset(now, WipeReason::StartOver, &mut effects);
                }
            }
            Event::StartOverCancelled => {
                if self.overlay == Some(Overlay::ConfirmStartOver) {
                    self.overlay = None;
                }
            }
            Event::CallStaff => {
                self.overlay = Some(Overlay::StaffCalled);
                effects.push(Effect::CallStaff);
            }
            Event::DismissStaffNotice => {
                if self.overlay == Some(Overlay::StaffCalled) {
                    self.overlay = None;
                }
            }
            Event::CameraLost => self.camera_fault = true,
            Event::CameraBack => self.camera_fault = false,
            other => self.on_screen_event(now, other, &mut effects),
        }
        // An ID was just accepted (from the camera or the keypad): look its form up.
        if self.form == FormLookup::NotAsked
            && let Some(id) = &self.application_id
        {
            self.form = FormLookup::Pending;
            effects.push(Effect::LookupForm(id.clone()));
        }
        effects
    }

    fn on_screen_event(&mut self, now: Millis, event: Event, effects: &mut Vec<Effect>) {
        match (self.screen, event) {
            (Screen::Attract, Event::Start { today }) => {
                self.today = Some(today);
                self.go(Screen::Language, now);
            }
            (Screen::Language, Event::AcceptConsent) => {
                self.consent = true;
                self.go(Screen::BeforeStart, now);
            }
            (Screen::Language, Event::DeclineConsent) => {
                self.reset(now, WipeReason::DeclinedConsent, effects);
            }
            (Screen::BeforeStart, Event::NothingChanged) => {
                self.before_start = BeforeStart {
                    asking: false,
                    moved: Some(false),
                    name_changed: Some(false),
                    stay_renewed: Some(false),
                };
                self.enter_scan(now);
            }
            (Screen::BeforeStart, Event::SomethingChanged) => self.before_start.asking = true,
            (Screen::BeforeStart, Event::Answer { question, changed }) => {
                self.before_start.set(question, changed);
            }
            (Screen::BeforeStart, Event::ContinueAfterCheck)
                if self.before_start.all_answered() =>
            {
                self.enter_scan(now);
            }
            (Screen::Scan, event) => self.on_scan_event(now, event),
            (Screen::Details, event) => self.on_details_event(now, event),
            (Screen::PhotoGuide, Event::Shutter) if !self.photo.covering_help => {
                self.capture(now, effects)
            }
            (Screen::PhotoGuide, Event::HeadCoveringHelp) if !self.photo.capturing => {
                self.photo.covering_help = true;
                self.photo.passing_since = None;
                self.photo.countdown_since = None;
            }
            (Screen::PhotoGuide, Event::PhotoHelpOpened) => {
                self.photo.help_open = true;
                self.photo.passing_since = None;
                self.photo.countdown_since = None;
            }
            (Screen::PhotoGuide, Event::PhotoHelpClosed) => self.photo.help_open = false,
            (Screen::PhotoGuide, Event::HeadCoveringContinue) if self.photo.covering_help => {
                self.photo.covering_help = false;
                self.photo.covering_confirmed = true;
            }
            (Screen::PhotoGuide, Event::NoHeadCovering)
                if !self.photo.capturing && !self.photo.covering_help =>
            {
                self.photo.covering_confirmed = true;
            }
            (Screen::PhotoGuide, Event::HeadCoveringSlip) if self.photo.covering_help => {
                self.photo.covering_help = false;
                self.slip_purpose = SlipPurpose::CallAboutHeadCovering;
                self.go(Screen::Slip, now);
                effects.push(Effect::PrintSlip(self.slip_request(SubmitOutcome::Failed)));
            }
            (Screen::PhotoGuide, Event::PhotoGuidance(g)) if !self.photo.capturing => {
                self.photo.guide_unavailable = false;
                if self.photo.ready(&g) && !self.photo.covering_help && !self.photo.help_open {
                    self.photo.passing_since.get_or_insert(now);
                } else {
                    self.photo.passing_since = None;
                    self.photo.countdown_since = None;
                }
                self.photo.guidance = Some((now, g));
            }
            (Screen::PhotoGuide, Event::PhotoGuideUnavailable) => {
                self.photo.guide_unavailable = true;
                self.photo.guidance = None;
                self.photo.passing_since = None;
                self.photo.countdown_since = None;
            }
            (Screen::PhotoGuide, Event::PhotoCaptured(photo)) => {
                self.photo.capturing = false;
                let passed = self
                    .photo
                    .guidance
                    .as_ref()
                    .map(|(_, g)| g.passed())
                    .unwrap_or_default();
                self.photo.clear_guidance();
                self.photo.shot_checks.push(passed);
                self.photo.shots.push(photo);
                self.photo.chosen = Some(self.photo.shots.len() - 1);
                self.go(Screen::Review, now);
            }
            (Screen::PhotoGuide, Event::PhotoFailed) => {
                self.photo.capturing = false;
                self.photo.failed = true;
            }
            (Screen::Review, Event::ChooseShot(i)) if i < self.photo.shots.len() => {
                self.photo.chosen = Some(i);
            }
            (Screen::Review, Event::Retake) if self.can_retake() => {
                self.photo.clear_guidance();
                self.go(Screen::PhotoGuide, now);
            }
            (Screen::Review, Event::UsePhoto) if self.chosen_photo().is_some() => {
                self.go(Screen::Confirm, now);
            }
            (Screen::Confirm, Event::BackToDetails) if self.submission == Submission::NotSent => {
                self.go(Screen::Details, now);
            }
            (Screen::Confirm, Event::Send) => {
                if matches!(
                    self.submission,
                    Submission::NotSent | Submission::Done(SubmitOutcome::Failed)
                ) && let Some(app) = self.application()
                {
                    self.submission = Submission::Sending;
                    effects.push(Effect::Submit(Box::new(app)));
                }
            }
            (Screen::Confirm, Event::Submitted(outcome))
                if self.submission == Submission::Sending =>
            {
                self.submission = Submission::Done(outcome.clone());
                if outcome != SubmitOutcome::Failed {
                    self.go(Screen::Slip, now);
                    effects.push(Effect::PrintSlip(self.slip_request(outcome)));
                }
            }
            (Screen::Slip, Event::SlipPrinted(outcome)) => self.print_done(now, outcome),
            (Screen::Slip, Event::Finish) => self.goodbye(now, effects),
            // Anything else is a late or stray event for a screen the user already left.
            _ => {}
        }
    }

    fn on_scan_event(&mut self, now: Millis, event: Event) {
        match event {
            Event::QrPayload(payload) => {
                if self.scan.mode != ScanMode::Camera {
                    return;
                }
                // A code was read: whatever it holds, the hint no longer applies.
                self.scan.hint = None;
                match ApplicationId::from_qr_payload(&payload) {
                    Ok(id) => self.accept_id(id, now),
                    Err(err) => self.scan.error = Some((err, now)),
                }
            }
            Event::QrSeenUnreadable(reported) if self.scan.mode == ScanMode::Camera => {
                self.scan.hint = Some(ShownHint::after_report(self.scan.hint, reported, now));
            }
            Event::OpenKeypad => {
                self.scan.mode = ScanMode::Keypad;
                self.scan.error = None;
                self.scan.hint = None;
            }
            Event::CloseKeypad => {
                self.scan.mode = ScanMode::Camera;
                self.scan.keypad.clear();
                self.scan.error = None;
                self.scan.hint = None;
                self.scan.since = now;
            }
            Event::KeypadDigit(d) if self.scan.mode == ScanMode::Keypad => {
                self.scan.keypad.push(d);
                self.scan.error = None;
            }
            Event::KeypadDelete => {
                self.scan.keypad.pop();
                self.scan.error = None;
            }
            Event::KeypadClear => {
                self.scan.keypad.clear();
                self.scan.error = None;
            }
            Event::KeypadDone if self.scan.mode == ScanMode::Keypad => {
                match ApplicationId::parse_typed(self.scan.keypad.as_str()) {
                    Ok(id) => self.accept_id(id, now),
                    Err(err) => self.scan.error = Some((err, now)),
                }
            }
            _ => {}
        }
    }

    fn on_details_event(&mut self, now: Millis, event: Event) {
        let details = &mut self.details;
        match event {
            Event::BirthDigit(d) => {
                details.birth_digits.push(d);
            }
            Event::BirthDelete => details.birth_digits.pop(),
            Event::BirthClear => details.birth_digits.clear(),
            Event::SetSigningCertificate(on) => details.signing_wanted = on,
            Event::SetAuthCertificate(on) => details.auth_certificate = on,
            Event::SetBraille(on) => details.braille = on,
            Event::FormLookedUp { id, outcome } => {
                if self.form == FormLookup::Pending && self.application_id.as_ref() == Some(&id) {
                    self.form = FormLookup::Done(outcome);
                }
                return;
            }
            Event::RetryLookup => {
                if self.form == FormLookup::Done(LookupOutcome::Unavailable)
                    || self.form == FormLookup::Done(LookupOutcome::NotFound)
                {
                    // Asked again right after this event (see `handle`).
                    self.form = FormLookup::NotAsked;
                }
                return;
            }
            Event::ReenterId => {
                self.application_id = None;
                self.form = FormLookup::NotAsked;
                self.enter_scan(now);
                self.scan.mode = ScanMode::Keypad;
                return;
            }
            Event::DetailsContinue => {
                if self.details_complete() {
                    let next = if self.needs_photo() {
                        self.photo.clear_guidance();
                        Screen::PhotoGuide
                    } else {
                        Screen::Confirm
                    };
                    self.go(next, now);
                }
                return;
            }
            _ => return,
        }
        self.update_birth_date();
    }

    /// Re-reads the typed birth date: valid once all 8 digits form a real, past date.
    fn update_birth_date(&mut self) {
        let d = &mut self.details;
        d.birth_date = None;
        d.birth_error = None;
        if let (true, Some(today)) = (d.birth_digits.is_full(), self.today) {
            match BirthDate::parse_typed(d.birth_digits.as_str(), today) {
                Ok(b) => d.birth_date = Some(b),
                Err(e) => d.birth_error = Some(e),
            }
        }
        if !self.needs_photo() {
            self.photo = PhotoState::default();
        }
    }

    fn accept_id(&mut self, id: ApplicationId, now: Millis) {
        self.application_id = Some(id);
        self.scan.keypad.clear();
        self.scan.error = None;
        self.go(Screen::Details, now);
    }

    fn enter_scan(&mut self, now: Millis) {
        self.scan = ScanState::new(now);
        self.go(Screen::Scan, now);
    }

    fn application(&self) -> Option<Application> {
        let photo = if self.needs_photo() {
            Some(Arc::clone(self.chosen_photo()?))
        } else {
            None
        };
        Some(Application {
            id: self.application_id.clone()?,
            birth_date: self.details.birth_date.clone()?,
            signing_certificate: self.signing_certificate(),
            auth_certificate: self.details.auth_certificate,
            braille: self.details.braille,
            photo,
            language: self.language,
        })
    }

    fn slip_request(&self, outcome: SubmitOutcome) -> SlipRequest {
        SlipRequest {
            purpose: self.slip_purpose,
            language: self.language,
            masked_id: self
                .application_id
                .as_ref()
                .map(ApplicationId::masked)
                .unwrap_or_default(),
            outcome,
            signing_certificate: self.signing_certificate(),
            auth_certificate: self.details.auth_certificate,
            braille: self.details.braille,
        }
    }

    fn tick(&mut self, now: Millis, effects: &mut Vec<Effect>) {
        let on_screen = now.saturating_sub(self.screen_since);
        match self.screen {
            Screen::Goodbye if on_screen >= self.rules.goodbye_ms => {
                // The session was already wiped; the next user is greeted in the default language.
                if self.language != self.rules.default_language {
                    self.language = self.rules.default_language;
                    effects.push(Effect::LanguageChanged(self.language));
                }
                self.go(Screen::Attract, now);
                return;
            }
            Screen::Slip if self.print.is_none() && on_screen >= self.rules.print_wait_ms => {
                self.print_done(now, PrintOutcome::Failed);
            }
            Screen::Slip if on_screen >= self.rules.slip_screen_ms => {
                self.goodbye(now, effects);
                return;
            }
            Screen::PhotoGuide => self.photo_tick(now, effects),
            _ => {}
        }
        // The slip screen has its own timeout; a submission in flight is never interrupted.
        let inactivity_applies = self.screen.in_session()
            && self.screen != Screen::Slip
            && self.submission != Submission::Sending;
        if !inactivity_applies {
            return;
        }
        match self.overlay {
            Some(Overlay::InactivityWarning { since }) => {
                if now.saturating_sub(since) >= self.rules.inactivity_reset_ms {
                    self.reset(now, WipeReason::Inactivity, effects);
                }
            }
            _ => {
                if now.saturating_sub(self.last_activity) >= self.rules.inactivity_warning_ms {
                    self.overlay = Some(Overlay::InactivityWarning { since: now });
                }
            }
        }
    }

    /// The slip's fate. A failure (reported, or no answer in time) restarts the slip screen's
    /// time so that the user can note the receipt number; a late success replaces it.
    fn print_done(&mut self, now: Millis, outcome: PrintOutcome) {
        if outcome == PrintOutcome::Failed && self.print != Some(PrintOutcome::Failed) {
            self.screen_since = now;
        }
        self.print = Some(outcome);
    }

    /// The shutter, pressed or automatic: takes the guide's crop when its guidance is fresh.
    fn capture(&mut self, now: Millis, effects: &mut Vec<Effect>) {
        if self.photo.capturing || self.camera_fault {
            return;
        }
        let crop = self
            .photo
            .fresh_guidance(now, self.rules.guidance_stale_ms)
            .and_then(|g| g.crop);
        self.photo.capturing = true;
        self.photo.failed = false;
        self.photo.passing_since = None;
        self.photo.countdown_since = None;
        effects.push(Effect::CapturePhoto(crop));
    }

    /// Automatic capture: every check held for `auto_capture_hold_ms` → countdown → capture.
    fn photo_tick(&mut self, now: Millis, effects: &mut Vec<Effect>) {
        if self.photo.capturing
            || self.camera_fault
            || self.photo.covering_help
            || self.photo.help_open
        {
            self.photo.passing_since = None;
            self.photo.countdown_since = None;
            return;
        }
        if self
            .photo
            .fresh_guidance(now, self.rules.guidance_stale_ms)
            .is_none()
        {
            // The analysis stopped reporting: no automatic capture on old news.
            self.photo.passing_since = None;
            self.photo.countdown_since = None;
            return;
        }
        if self.photo.countdown_since.is_none()
            && let Some(since) = self.photo.passing_since
            && now.saturating_sub(since) >= self.rules.auto_capture_hold_ms
        {
            self.photo.countdown_since = Some(now);
        }
        if let Some(since) = self.photo.countdown_since
            && now.saturating_sub(since) >= self.rules.countdown_ms
        {
            self.capture(now, effects);
        }
    }

    /// Seconds left on the automatic countdown (3, 2, 1), while it runs.
    pub fn photo_countdown_s(&self, now: Millis) -> Option<u64> {
        let since = self.photo.countdown_since?;
        let left = (since + self.rules.countdown_ms).saturating_sub(now);
        Some(left.div_ceil(1000).max(1))
    }

    /// The photo guide's fresh findings, for the screen.
    pub fn photo_guidance(&self, now: Millis) -> Option<&Arc<Guidance>> {
        self.photo.fresh_guidance(now, self.rules.guidance_stale_ms)
    }

    fn go(&mut self, screen: Screen, now: Millis) {
        self.screen = screen;
        self.screen_since = now;
    }

    /// The user is done: forget everything but the language, and say goodbye in it.
    fn goodbye(&mut self, now: Millis, effects: &mut Vec<Effect>) {
        let language = self.language;
        self.wipe(now, WipeReason::Finished, effects);
        self.language = language;
        self.go(Screen::Goodbye, now);
    }

    /// Any way out before the end: forget everything, back to the attract screen.
    fn reset(&mut self, now: Millis, reason: WipeReason, effects: &mut Vec<Effect>) {
        let was = self.language;
        self.wipe(now, reason, effects);
        if self.language != was {
            effects.push(Effect::LanguageChanged(self.language));
        }
        self.go(Screen::Attract, now);
    }

    /// Drops every trace of the user: a fresh session in the default language.
    fn wipe(&mut self, now: Millis, reason: WipeReason, effects: &mut Vec<Effect>) {
        *self = Session::new(self.rules.clone(), now);
        effects.push(Effect::WipeSession(reason));
    }
}

/// Events that show a person is at the booth (as opposed to time or workers).
fn is_user_input(event: &Event) -> bool {
    !matches!(
        event,
        Event::Tick
            | Event::QrPayload(_)
            | Event::FormLookedUp { .. }
            | Event::QrSeenUnreadable(_)
            | Event::PhotoGuidance(_)
            | Event::PhotoGuideUnavailable
            | Event::PhotoCaptured(_)
            | Event::PhotoFailed
            | Event::Submitted(_)
            | Event::SlipPrinted(_)
            | Event::CameraLost
            | Event::CameraBack
    )
}
