//! Every rule of the journey, exercised without a screen.

use std::sync::Arc;

use super::*;
use crate::domain::CivilDate;
use crate::flow::WipeReason;
use crate::i18n::Lang;
use crate::photo::IdPhoto;
use crate::scan::ScanHint;

const ID: &str = "12345678901234567890123";
const QR_URL: &str = "https://example.invalid/apply?id=12345678901234567890123";

fn today() -> CivilDate {
    CivilDate::new(2026, 11, 21).expect("valid date")
}

fn photo() -> Arc<IdPhoto> {
    Arc::new(IdPhoto {
        jpeg: vec![0xFF, 0xD8, 0xFF],
        preview: image::RgbImage::new(35, 45),
    })
}

struct Booth {
    s: Session,
    now: Millis,
    effects: Vec<Effect>,
}

impl Booth {
    fn new() -> Self {
        Self::with_rules(Rules::default())
    }

    fn with_rules(rules: Rules) -> Self {
        Self {
            s: Session::new(rules, 0),
            now: 0,
            effects: Vec::new(),
        }
    }

    fn send(&mut self, e: Event) -> &mut Self {
        self.now += 100;
        let fx = self.s.handle(self.now, e);
        self.effects.extend(fx);
        self
    }

    fn wait(&mut self, ms: u64) -> &mut Self {
        // Ticks as a frame loop would send them, a second apart.
        let end = self.now + ms;
        while self.now < end {
            self.now = (self.now + 1000).min(end);
            let fx = self.s.handle(self.now, Event::Tick);
            self.effects.extend(fx);
        }
        self
    }

    fn digits(&mut self, digits: &str, make: fn(u8) -> Event) -> &mut Self {
        for c in digits.bytes() {
            self.send(make(c - b'0'));
        }
        self
    }

    fn took_effect(&self, pred: impl Fn(&Effect) -> bool) -> bool {
        self.effects.iter().any(pred)
    }

    fn walk_to_scan(&mut self) -> &mut Self {
        self.send(Event::Start { today: today() })
            .send(Event::AcceptConsent)
            .send(Event::NothingChanged)
    }

    fn walk_to_details(&mut self) -> &mut Self {
        self.walk_to_scan()
            .send(Event::QrPayload(QR_URL.into()))
            .looked_up(LookupOutcome::Found(form()))
    }

    /// The intake service answers the lookup of the current ID.
    fn looked_up(&mut self, outcome: LookupOutcome) -> &mut Self {
        let id = self
            .s
            .application_id()
            .cloned()
            .expect("an ID was accepted");
        self.send(Event::FormLookedUp { id, outcome })
    }

    fn lookups(&self) -> Vec<&str> {
        self.effects
            .iter()
            .filter_map(|e| match e {
                Effect::LookupForm(id) => Some(id.digits()),
                _ => None,
            })
            .collect()
    }

    fn born(&mut self, yyyymmdd: &str) -> &mut Self {
        self.digits(yyyymmdd, Event::BirthDigit)
    }

    fn walk_to_confirm_adult(&mut self) -> &mut Self {
        self.walk_to_details()
            .born("19850412")
            .send(Event::DetailsContinue)
            .send(Event::Shutter)
            .send(Event::PhotoCaptured(photo()))
            .send(Event::UsePhoto)
    }
}

fn form() -> crate::domain::PrefilledForm {
    crate::domain::PrefilledForm::new("山＊＊郎".into(), "東京都千代田区永田町".into())
}

fn submitted_app(b: &Booth) -> Option<&Application> {
    b.effects.iter().find_map(|e| match e {
        Effect::Submit(app) => Some(app.as_ref()),
        _ => None,
    })
}

#[test]
fn a_whole_adult_journey_reaches_the_slip_and_then_forgets_the_user() {
    let mut b = Booth::new();
    assert_eq!(b.s.screen(), Screen::Attract);
    b.send(Event::Start { today: today() });
    assert_eq!(b.s.screen(), Screen::Language);
    b.send(Event::SetLanguage(Lang::En))
        .send(Event::AcceptConsent);
    assert_eq!(b.s.screen(), Screen::BeforeStart);
    b.send(Event::NothingChanged);
    assert_eq!(b.s.screen(), Screen::Scan);
    b.send(Event::QrPayload(QR_URL.into()));
    assert_eq!(b.s.screen(), Screen::Details);
    assert_eq!(b.s.application_id().map(|i| i.digits()), Some(ID));
    assert_eq!(b.lookups(), vec![ID], "the form is looked up once");
    b.looked_up(LookupOutcome::Found(form()));
    assert!(matches!(
        b.s.form(),
        FormLookup::Done(LookupOutcome::Found(f)) if f.name() == "山＊＊郎"
    ));
    b.born("19850412");
    assert_eq!(b.s.age(), Some(41));
    b.send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
    b.send(Event::Shutter);
    assert!(b.took_effect(|e| matches!(e, Effect::CapturePhoto(_))));
    b.send(Event::PhotoCaptured(photo()));
    assert_eq!(b.s.screen(), Screen::Review);
    b.send(Event::UsePhoto);
    assert_eq!(b.s.screen(), Screen::Confirm);
    b.send(Event::Send);
    assert_eq!(b.s.submission(), &Submission::Sending);
    let app = submitted_app(&b).expect("application submitted");
    assert_eq!(app.id.digits(), ID);
    assert!(app.signing_certificate && app.auth_certificate && !app.braille);
    assert!(app.photo.is_some());
    assert_eq!(app.language, Lang::En);

    b.send(Event::Submitted(SubmitOutcome::Sent {
        receipt: "R-1".into(),
    }));
    assert_eq!(b.s.screen(), Screen::Slip);
    let slip = b
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::PrintSlip(s) => Some(s.clone()),
            _ => None,
        })
        .expect("slip printed");
    assert_eq!(slip.masked_id, "1234 **** **** **** **** 123");
    assert_eq!(slip.language, Lang::En);

    b.send(Event::SlipPrinted(PrintOutcome::Printed))
        .send(Event::Finish);
    assert_eq!(b.s.screen(), Screen::Goodbye);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Finished))));
    assert!(b.s.application_id().is_none());
    assert!(b.s.photo().shots.is_empty());
    assert_eq!(
        b.s.language(),
        Lang::En,
        "goodbye is said in the user's language"
    );
    b.wait(Rules::default().goodbye_ms);
    assert_eq!(b.s.screen(), Screen::Attract);
    assert_eq!(
        b.s.language(),
        Lang::Ja,
        "the next user starts in the default language"
    );
}

#[test]
fn under_15_gets_no_signing_certificate_even_if_asked() {
    let mut b = Booth::new();
    b.walk_to_details().born("20150101");
    assert_eq!(b.s.age(), Some(11));
    assert!(!b.s.signing_certificate_allowed());
    assert!(b.s.is_minor_under_15());
    b.send(Event::SetSigningCertificate(true));
    assert!(!b.s.signing_certificate());
    b.send(Event::DetailsContinue)
        .send(Event::Shutter)
        .send(Event::PhotoCaptured(photo()))
        .send(Event::UsePhoto)
        .send(Event::Send);
    let app = submitted_app(&b).expect("submitted");
    assert!(!app.signing_certificate);
    assert!(app.auth_certificate);
}

#[test]
fn the_15th_birthday_itself_allows_the_signing_certificate() {
    let mut b = Booth::new();
    b.walk_to_details().born("20111121");
    assert_eq!(b.s.age(), Some(15));
    assert!(b.s.signing_certificate());
    b.send(Event::BirthDelete).digits("2", Event::BirthDigit);
    assert_eq!(b.s.age(), Some(14), "born a day later: still 14");
    assert!(!b.s.signing_certificate());
}

#[test]
fn a_baby_under_1_skips_the_photo_step() {
    let mut b = Booth::new();
    b.walk_to_details().born("20260301");
    assert_eq!(b.s.age(), Some(0));
    assert!(!b.s.needs_photo());
    b.send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::Confirm);
    b.send(Event::Send);
    let app = submitted_app(&b).expect("submitted without a photo");
    assert!(app.photo.is_none());
    assert!(!app.signing_certificate);
}

#[test]
fn details_need_a_valid_past_birth_date() {
    let mut b = Booth::new();
    b.walk_to_details().born("1985041");
    b.send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::Details, "7 digits are not a date");
    b.digits("2", Event::BirthDigit);
    b.send(Event::BirthClear).born("19850231");
    assert!(
        b.s.details().birth_error.is_some(),
        "31 February does not exist"
    );
    b.send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::Details);
    b.send(Event::BirthClear).born("20270101");
    assert!(
        b.s.details().birth_error.is_some(),
        "a future date is refused"
    );
    b.send(Event::BirthClear).born("19850412");
    assert!(b.s.details().birth_error.is_none());
    b.send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
}

#[test]
fn certificates_are_on_by_default_and_can_be_refused() {
    let mut b = Booth::new();
    b.walk_to_details();
    assert!(b.s.details().signing_wanted && b.s.details().auth_certificate);
    b.born("19850412")
        .send(Event::SetSigningCertificate(false))
        .send(Event::SetAuthCertificate(false))
        .send(Event::SetBraille(true));
    b.send(Event::DetailsContinue)
        .send(Event::Shutter)
        .send(Event::PhotoCaptured(photo()))
        .send(Event::UsePhoto)
        .send(Event::Send);
    let app = submitted_app(&b).expect("submitted");
    assert!(!app.signing_certificate && !app.auth_certificate && app.braille);
}

#[test]
fn a_wrong_qr_code_explains_itself_and_scanning_continues() {
    let mut b = Booth::new();
    b.walk_to_scan();
    b.send(Event::QrPayload("123456789018".into()));
    assert_eq!(b.s.screen(), Screen::Scan);
    let err = b.s.scan_error(b.now).expect("an explanation");
    assert_eq!(err.message_id(), "id-error-individual-number");
    b.send(Event::QrPayload("https://example.com/".into()));
    assert_eq!(
        b.s.scan_error(b.now).map(|e| e.message_id()),
        Some("id-error-url-without-id")
    );
    b.wait(Rules::default().scan_message_ms);
    assert!(b.s.scan_error(b.now).is_none(), "the message fades");
    b.send(Event::QrPayload(ID.into()));
    assert_eq!(b.s.screen(), Screen::Details);
}

/// Reports "seen but unreadable" with `hint` at `at` ms (absolute), as the scan worker would.
fn unreadable_at(b: &mut Booth, at: Millis, hint: Option<ScanHint>) {
    b.now = at;
    let fx = b.s.handle(at, Event::QrSeenUnreadable(hint));
    b.effects.extend(fx);
}

#[test]
fn an_unreadable_code_shows_what_to_do_and_the_hint_fades_after_it() {
    let mut b = Booth::new();
    b.walk_to_scan();
    let t0 = b.now;
    assert_eq!(b.s.scan_hint(t0), None, "nothing seen, nothing to say");
    unreadable_at(&mut b, t0 + 100, Some(ScanHint::Closer));
    assert_eq!(b.s.scan_hint(t0 + 100), Some(ScanHint::Closer));
    // Reports every half second keep it up.
    unreadable_at(&mut b, t0 + 600, Some(ScanHint::Closer));
    unreadable_at(&mut b, t0 + 1_100, Some(ScanHint::Closer));
    assert_eq!(b.s.scan_hint(t0 + 2_000), Some(ScanHint::Closer));
    // No more reports: it lingers a little, then goes.
    let last = t0 + 1_100;
    assert_eq!(
        b.s.scan_hint(last + SCAN_HINT_LINGER_MS - 1),
        Some(ScanHint::Closer)
    );
    assert_eq!(b.s.scan_hint(last + SCAN_HINT_LINGER_MS), None);
    // Time passing through ticks changes nothing about that.
    b.wait(SCAN_HINT_LINGER_MS * 2);
    assert_eq!(b.s.scan_hint(b.now), None);
}

#[test]
fn a_hint_never_flickers_between_two_advices() {
    let mut b = Booth::new();
    b.walk_to_scan();
    let t0 = b.now;
    unreadable_at(&mut b, t0, Some(ScanHint::Closer));
    // The scanner changes its mind at once: the first hint stays for its minimum time.
    unreadable_at(&mut b, t0 + 300, Some(ScanHint::HoldStill));
    unreadable_at(&mut b, t0 + 600, Some(ScanHint::HoldStill));
    assert_eq!(b.s.scan_hint(t0 + 600), Some(ScanHint::Closer));
    // Alternating reports never replace it, even after the minimum time.
    for (i, hint) in [ScanHint::Farther, ScanHint::HoldStill, ScanHint::Farther]
        .into_iter()
        .enumerate()
    {
        let at = t0 + SCAN_HINT_MIN_MS + 500 * i as Millis;
        unreadable_at(&mut b, at, Some(hint));
        assert_eq!(b.s.scan_hint(at), Some(ScanHint::Closer), "report {i}");
    }
    // Two reports in a row that agree, after the minimum time: the new advice shows.
    let at = t0 + SCAN_HINT_MIN_MS + 1_500;
    unreadable_at(&mut b, at, Some(ScanHint::Farther));
    assert_eq!(b.s.scan_hint(at), Some(ScanHint::Farther));
    // And it too stays its minimum time.
    unreadable_at(&mut b, at + 400, Some(ScanHint::AvoidGlare));
    unreadable_at(&mut b, at + 800, Some(ScanHint::AvoidGlare));
    assert_eq!(b.s.scan_hint(at + 800), Some(ScanHint::Farther));
    unreadable_at(&mut b, at + SCAN_HINT_MIN_MS, Some(ScanHint::AvoidGlare));
    assert_eq!(
        b.s.scan_hint(at + SCAN_HINT_MIN_MS),
        Some(ScanHint::AvoidGlare)
    );
}

#[test]
fn a_report_without_advice_keeps_the_hint_or_says_hold_still() {
    let mut b = Booth::new();
    b.walk_to_scan();
    let t0 = b.now;
    unreadable_at(&mut b, t0, None);
    assert_eq!(b.s.scan_hint(t0), Some(ScanHint::HoldStill));
    unreadable_at(&mut b, t0 + 5_000, Some(ScanHint::AvoidGlare));
    unreadable_at(&mut b, t0 + 5_500, None);
    unreadable_at(&mut b, t0 + 6_900, None);
    assert_eq!(
        b.s.scan_hint(t0 + 6_900 + SCAN_HINT_LINGER_MS - 1),
        Some(ScanHint::AvoidGlare),
        "kept alive by reports without advice"
    );
}

#[test]
fn a_read_ends_the_hint() {
    let mut b = Booth::new();
    b.walk_to_scan();
    let t0 = b.now;
    unreadable_at(&mut b, t0, Some(ScanHint::AvoidGlare));
    // A code that is not a form's: its explanation replaces the hint at once.
    b.now = t0 + 200;
    b.send(Event::QrPayload("https://example.com/".into()));
    assert_eq!(b.s.scan_hint(b.now), None);
    assert!(b.s.scan_error(b.now).is_some());
    // A later unreadable code brings a hint back; a good read leaves the screen without one.
    let t1 = b.now + 100;
    unreadable_at(&mut b, t1, Some(ScanHint::Farther));
    assert_eq!(b.s.scan_hint(t1), Some(ScanHint::Farther));
    b.send(Event::QrPayload(QR_URL.into()));
    assert_eq!(b.s.screen(), Screen::Details);
    assert_eq!(b.s.scan_hint(b.now), None);
    assert!(b.s.scan().hint.is_none());
}

#[test]
fn no_hint_while_typing_or_without_a_camera() {
    let mut b = Booth::new();
    b.walk_to_scan();
    let t0 = b.now;
    unreadable_at(&mut b, t0, Some(ScanHint::Closer));
    b.send(Event::OpenKeypad);
    assert_eq!(b.s.scan_hint(b.now), None);
    let typing = b.now + 10;
    unreadable_at(&mut b, typing, Some(ScanHint::Closer));
    assert_eq!(
        b.s.scan_hint(b.now),
        None,
        "reports while typing are ignored"
    );
    b.send(Event::CloseKeypad);
    assert_eq!(b.s.scan_hint(b.now), None, "back to the camera afresh");
    let t1 = b.now + 10;
    unreadable_at(&mut b, t1, Some(ScanHint::Closer));
    b.send(Event::CameraLost);
    assert_eq!(b.s.scan_hint(b.now), None);
    // Not on the scan screen: nothing happens.
    let mut other = Booth::new();
    unreadable_at(&mut other, 10, Some(ScanHint::Closer));
    assert_eq!(other.s.screen(), Screen::Attract);
    assert_eq!(other.s.scan_hint(10), None);
}

#[test]
fn the_keypad_is_offered_after_a_while_and_accepts_23_digits() {
    let mut b = Booth::new();
    b.walk_to_scan();
    assert!(!b.s.offer_keypad(b.now));
    b.wait(Rules::default().manual_entry_offer_ms);
    assert!(b.s.offer_keypad(b.now));
    b.send(Event::OpenKeypad);
    assert_eq!(b.s.scan().mode, ScanMode::Keypad);
    b.digits("1234567890", Event::KeypadDigit)
        .send(Event::KeypadDone);
    assert_eq!(
        b.s.scan_error(b.now).map(|e| e.message_id()),
        Some("id-error-too-short")
    );
    b.send(Event::KeypadClear).digits(ID, Event::KeypadDigit);
    b.digits("9", Event::KeypadDigit);
    assert_eq!(b.s.scan().keypad.len(), 23, "a 24th digit is not taken");
    b.send(Event::KeypadDelete).digits("3", Event::KeypadDigit);
    b.send(Event::KeypadDone);
    assert_eq!(b.s.screen(), Screen::Details);
    assert_eq!(b.s.application_id().map(|i| i.digits()), Some(ID));
    assert!(b.s.scan().keypad.is_empty(), "typed digits are not kept");
}

#[test]
fn a_qr_read_while_typing_is_ignored() {
    let mut b = Booth::new();
    b.walk_to_scan()
        .send(Event::OpenKeypad)
        .send(Event::QrPayload(ID.into()));
    assert_eq!(b.s.screen(), Screen::Scan);
}

#[test]
fn changes_since_the_form_arrived_warn_but_never_block() {
    let mut b = Booth::new();
    b.send(Event::Start { today: today() })
        .send(Event::AcceptConsent)
        .send(Event::SomethingChanged);
    assert!(b.s.before_start().asking);
    b.send(Event::Answer {
        question: ChangeQuestion::Moved,
        changed: true,
    });
    b.send(Event::ContinueAfterCheck);
    assert_eq!(
        b.s.screen(),
        Screen::BeforeStart,
        "all three must be answered"
    );
    b.send(Event::Answer {
        question: ChangeQuestion::NameChanged,
        changed: false,
    })
    .send(Event::Answer {
        question: ChangeQuestion::StayRenewed,
        changed: true,
    });
    assert_eq!(
        b.s.before_start().warnings(),
        vec![ChangeQuestion::Moved, ChangeQuestion::StayRenewed]
    );
    b.send(Event::ContinueAfterCheck);
    assert_eq!(b.s.screen(), Screen::Scan);
}

#[test]
fn declining_consent_returns_to_attract_and_wipes() {
    let mut b = Booth::new();
    b.send(Event::Start { today: today() })
        .send(Event::SetLanguage(Lang::Th))
        .send(Event::DeclineConsent);
    assert_eq!(b.s.screen(), Screen::Attract);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::DeclinedConsent))));
    assert_eq!(b.s.language(), Lang::Ja);
    assert!(b.took_effect(|e| matches!(e, Effect::LanguageChanged(Lang::Ja))));
}

#[test]
fn start_over_asks_first_then_wipes_everything() {
    let mut b = Booth::new();
    b.walk_to_details().born("19850412");
    b.send(Event::StartOverRequested);
    assert_eq!(b.s.overlay(), Some(Overlay::ConfirmStartOver));
    b.send(Event::StartOverCancelled);
    assert_eq!(b.s.screen(), Screen::Details);
    assert!(b.s.application_id().is_some(), "cancel keeps the session");
    b.send(Event::StartOverRequested)
        .send(Event::StartOverConfirmed);
    assert_eq!(b.s.screen(), Screen::Attract);
    assert!(b.s.application_id().is_none());
    assert!(b.s.details().birth_date.is_none());
    assert!(b.s.details().birth_digits.is_empty());
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::StartOver))));
}

#[test]
fn walking_away_warns_then_resets_and_wipes() {
    let rules = Rules::default();
    let mut b = Booth::new();
    b.walk_to_confirm_adult();
    assert!(b.s.chosen_photo().is_some());
    b.wait(rules.inactivity_warning_ms - 1000);
    assert_eq!(b.s.overlay(), None);
    b.wait(1000);
    assert!(matches!(
        b.s.overlay(),
        Some(Overlay::InactivityWarning { .. })
    ));
    assert_eq!(
        b.s.reset_countdown_s(b.now),
        Some(rules.inactivity_reset_ms / 1000)
    );
    b.wait(rules.inactivity_reset_ms);
    assert_eq!(b.s.screen(), Screen::Attract);
    assert!(b.s.chosen_photo().is_none() && b.s.photo().shots.is_empty());
    assert!(b.s.application_id().is_none());
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Inactivity))));
}

#[test]
fn a_touch_during_the_warning_keeps_the_session() {
    let rules = Rules::default();
    let mut b = Booth::new();
    b.walk_to_details();
    b.wait(rules.inactivity_warning_ms);
    assert!(b.s.overlay().is_some());
    b.send(Event::StillHere);
    assert_eq!(b.s.overlay(), None);
    b.wait(rules.inactivity_reset_ms);
    assert_eq!(b.s.screen(), Screen::Details);
    assert!(b.s.application_id().is_some());
}

#[test]
fn the_attract_screen_never_times_out() {
    let mut b = Booth::new();
    b.wait(10 * Rules::default().inactivity_warning_ms);
    assert_eq!(b.s.screen(), Screen::Attract);
    assert_eq!(b.s.overlay(), None);
    assert!(b.effects.is_empty());
}

#[test]
fn the_slip_screen_moves_on_by_itself_and_wipes() {
    let mut b = Booth::new();
    b.walk_to_confirm_adult()
        .send(Event::Send)
        .send(Event::Submitted(SubmitOutcome::Queued {
            receipt: "R".into(),
        }));
    assert_eq!(b.s.screen(), Screen::Slip);
    b.send(Event::SlipPrinted(PrintOutcome::Printed));
    b.wait(Rules::default().slip_screen_ms);
    assert_eq!(b.s.screen(), Screen::Goodbye);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Finished))));
    assert!(b.s.application_id().is_none());
}

#[test]
fn a_slip_the_printer_never_answers_for_fails_in_time_and_the_booth_moves_on() {
    let mut b = Booth::new();
    let rules = Rules::default();
    b.walk_to_confirm_adult()
        .send(Event::Send)
        .send(Event::Submitted(SubmitOutcome::Sent {
            receipt: "R-1".into(),
        }));
    b.wait(rules.print_wait_ms - 1_000);
    assert_eq!(b.s.print_outcome(), None, "still printing");
    b.wait(1_000);
    assert_eq!(b.s.print_outcome(), Some(&PrintOutcome::Failed));
    assert_eq!(
        b.s.screen(),
        Screen::Slip,
        "the receipt number stays on screen"
    );
    // The user gets the whole slip-screen time to note the number, then the next user's turn.
    b.wait(rules.slip_screen_ms - 1_000);
    assert_eq!(b.s.screen(), Screen::Slip);
    b.wait(1_000);
    assert_eq!(b.s.screen(), Screen::Goodbye);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Finished))));
}

#[test]
fn a_failed_print_restarts_the_slip_time_and_a_late_success_replaces_it() {
    let mut b = Booth::new();
    let rules = Rules::default();
    b.walk_to_confirm_adult()
        .send(Event::Send)
        .send(Event::Submitted(SubmitOutcome::Queued {
            receipt: "R-2".into(),
        }));
    b.wait(10_000);
    b.send(Event::SlipPrinted(PrintOutcome::Failed));
    b.wait(rules.slip_screen_ms - 1_000);
    assert_eq!(b.s.screen(), Screen::Slip);
    b.send(Event::SlipPrinted(PrintOutcome::Printed));
    assert_eq!(b.s.print_outcome(), Some(&PrintOutcome::Printed));
    b.wait(1_000);
    assert_eq!(b.s.screen(), Screen::Goodbye);
}

#[test]
fn a_failed_submission_stays_on_confirm_and_can_be_retried() {
    let mut b = Booth::new();
    b.walk_to_confirm_adult().send(Event::Send);
    b.send(Event::Submitted(SubmitOutcome::Failed));
    assert_eq!(b.s.screen(), Screen::Confirm);
    assert_eq!(b.s.submission(), &Submission::Done(SubmitOutcome::Failed));
    b.effects.clear();
    b.send(Event::Send);
    assert!(submitted_app(&b).is_some());
}

#[test]
fn send_twice_submits_once() {
    let mut b = Booth::new();
    b.walk_to_confirm_adult()
        .send(Event::Send)
        .send(Event::Send);
    let n = b
        .effects
        .iter()
        .filter(|e| matches!(e, Effect::Submit(_)))
        .count();
    assert_eq!(n, 1);
}

#[test]
fn retakes_keep_earlier_shots_and_respect_the_limit() {
    let mut b = Booth::with_rules(Rules {
        max_retakes: 1,
        ..Rules::default()
    });
    b.walk_to_details()
        .born("19850412")
        .send(Event::DetailsContinue)
        .send(Event::Shutter)
        .send(Event::PhotoCaptured(photo()));
    assert!(b.s.can_retake());
    b.send(Event::Retake);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
    b.send(Event::Shutter).send(Event::PhotoCaptured(photo()));
    assert_eq!(b.s.photo().shots.len(), 2);
    assert_eq!(b.s.photo().chosen, Some(1));
    assert!(!b.s.can_retake());
    b.send(Event::Retake);
    assert_eq!(b.s.screen(), Screen::Review, "no more retakes");
    b.send(Event::ChooseShot(0))
        .send(Event::UsePhoto)
        .send(Event::Send);
    let app = submitted_app(&b).expect("submitted");
    let chosen = app.photo.as_ref().expect("photo");
    assert!(Arc::ptr_eq(chosen, &b.s.photo().shots[0]));
}

#[test]
fn a_failed_capture_lets_the_user_try_again() {
    let mut b = Booth::new();
    b.walk_to_details()
        .born("19850412")
        .send(Event::DetailsContinue);
    b.send(Event::Shutter).send(Event::Shutter);
    let captures = b
        .effects
        .iter()
        .filter(|e| matches!(e, Effect::CapturePhoto(_)))
        .count();
    assert_eq!(captures, 1, "one capture at a time");
    b.send(Event::PhotoFailed);
    assert!(b.s.photo().failed);
    b.send(Event::Shutter);
    assert!(b.s.photo().capturing);
}

#[test]
fn no_capture_while_the_camera_is_lost() {
    let mut b = Booth::new();
    b.walk_to_details()
        .born("19850412")
        .send(Event::DetailsContinue);
    b.send(Event::CameraLost).send(Event::Shutter);
    assert!(!b.took_effect(|e| matches!(e, Effect::CapturePhoto(_))));
    assert!(b.s.camera_fault());
    b.send(Event::CameraBack).send(Event::Shutter);
    assert!(b.took_effect(|e| matches!(e, Effect::CapturePhoto(_))));
}

#[test]
fn switching_language_keeps_the_session() {
    let mut b = Booth::new();
    b.walk_to_details().born("19850412");
    b.send(Event::SetLanguage(Lang::Vi));
    assert_eq!(b.s.language(), Lang::Vi);
    assert_eq!(b.s.screen(), Screen::Details);
    assert_eq!(b.s.age(), Some(41));
    assert!(b.took_effect(|e| matches!(e, Effect::LanguageChanged(Lang::Vi))));
}

#[test]
fn calling_staff_shows_a_notice_and_alerts() {
    let mut b = Booth::new();
    b.walk_to_scan().send(Event::CallStaff);
    assert_eq!(b.s.overlay(), Some(Overlay::StaffCalled));
    assert!(b.took_effect(|e| matches!(e, Effect::CallStaff)));
    b.send(Event::DismissStaffNotice);
    assert_eq!(b.s.overlay(), None);
    assert_eq!(b.s.screen(), Screen::Scan);
}

#[test]
fn late_worker_results_after_a_reset_are_ignored() {
    let mut b = Booth::new();
    b.walk_to_details()
        .born("19850412")
        .send(Event::DetailsContinue);
    b.send(Event::Shutter);
    b.send(Event::StartOverRequested)
        .send(Event::StartOverConfirmed);
    b.send(Event::PhotoCaptured(photo()));
    assert_eq!(b.s.screen(), Screen::Attract);
    assert!(b.s.photo().shots.is_empty(), "a late photo is not kept");
}

#[test]
fn the_step_indicator_follows_the_journey() {
    assert_eq!(Screen::Attract.step(), None);
    assert_eq!(Screen::Language.step().map(Step::number), Some(1));
    assert_eq!(Screen::Review.step(), Screen::PhotoGuide.step());
    assert_eq!(Screen::Slip.step().map(Step::number), Some(STEP_COUNT));
}

#[test]
fn session_debug_shows_no_personal_data() {
    let mut b = Booth::new();
    b.walk_to_details().born("19850412");
    let dump = format!("{:?}", b.s);
    assert!(!dump.contains(ID) && !dump.contains("67890"), "{dump}");
    assert!(!dump.contains("1985"), "{dump}");
}

#[test]
fn details_wait_for_the_form_lookup_before_continuing() {
    let mut b = Booth::new();
    b.walk_to_scan().send(Event::QrPayload(QR_URL.into()));
    assert_eq!(b.s.form(), &FormLookup::Pending);
    b.born("19850412").send(Event::DetailsContinue);
    assert_eq!(
        b.s.screen(),
        Screen::Details,
        "no answer from the service yet"
    );
    b.looked_up(LookupOutcome::Found(form()))
        .send(Event::DetailsContinue);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
}

#[test]
fn an_unknown_id_is_typed_again_and_looked_up_again() {
    let mut b = Booth::new();
    b.walk_to_scan()
        .send(Event::QrPayload(QR_URL.into()))
        .looked_up(LookupOutcome::NotFound)
        .born("19850412")
        .send(Event::DetailsContinue);
    assert_eq!(
        b.s.screen(),
        Screen::Details,
        "an unknown form cannot be used"
    );
    b.send(Event::ReenterId);
    assert_eq!(b.s.screen(), Screen::Scan);
    assert_eq!(b.s.scan().mode, ScanMode::Keypad, "straight to the keypad");
    assert!(b.s.application_id().is_none());
    let other = "98765432109876543210987";
    b.digits(other, Event::KeypadDigit).send(Event::KeypadDone);
    assert_eq!(b.s.screen(), Screen::Details);
    assert_eq!(b.lookups(), vec![ID, other]);
    // A late answer about the first ID changes nothing.
    let first = crate::domain::ApplicationId::parse_typed(ID).expect("id");
    b.send(Event::FormLookedUp {
        id: first,
        outcome: LookupOutcome::Found(form()),
    });
    assert_eq!(b.s.form(), &FormLookup::Pending);
    b.looked_up(LookupOutcome::Found(form()));
    assert!(matches!(
        b.s.form(),
        FormLookup::Done(LookupOutcome::Found(_))
    ));
}

#[test]
fn an_unreachable_service_can_be_retried_or_passed() {
    let mut b = Booth::new();
    b.walk_to_scan()
        .send(Event::QrPayload(QR_URL.into()))
        .looked_up(LookupOutcome::Unavailable);
    b.send(Event::RetryLookup);
    assert_eq!(b.lookups(), vec![ID, ID], "asked again");
    assert_eq!(b.s.form(), &FormLookup::Pending);
    b.looked_up(LookupOutcome::Unavailable)
        .born("19850412")
        .send(Event::DetailsContinue);
    assert_eq!(
        b.s.screen(),
        Screen::PhotoGuide,
        "the application is checked when it is delivered"
    );
}

#[test]
fn a_lookup_answer_is_not_a_sign_of_life() {
    let mut b = Booth::new();
    b.walk_to_scan().send(Event::QrPayload(QR_URL.into()));
    let before = b.s.reset_countdown_s(b.now);
    assert!(before.is_none());
    b.wait(Rules::default().inactivity_warning_ms);
    b.looked_up(LookupOutcome::Found(form()));
    assert!(
        b.s.reset_countdown_s(b.now).is_some(),
        "the inactivity warning stays up"
    );
}

// ---- The live photo guide ------------------------------------------------------------------

const CROP: crate::photo::CropRect = crate::photo::CropRect {
    x: 400,
    y: 20,
    width: 498,
    height: 640,
};

/// Guidance with every check passing, or with `failing` failing.
fn guidance(failing: &[crate::photo::CheckId]) -> Event {
    use crate::photo::{CheckId, CheckResult, Verdict};
    let checks = CheckId::ALL
        .iter()
        .map(|&id| {
            let verdict = if failing.contains(&id) {
                Verdict::Fail
            } else {
                Verdict::Pass
            };
            CheckResult::new(id, Some(0.0), verdict)
        })
        .collect();
    Event::PhotoGuidance(Arc::new(Guidance {
        checks,
        crop: Some(CROP),
        frame_size: (1280, 720),
        head: None,
    }))
}

/// Guidance where every check passes but the head-covering heuristic warns.
fn covering_warns() -> Event {
    use crate::photo::{CheckId, Verdict};
    let Event::PhotoGuidance(g) = guidance(&[]) else {
        unreachable!("guidance() makes guidance")
    };
    let mut g = (*g).clone();
    for r in &mut g.checks {
        if r.id == CheckId::HeadCovering {
            r.verdict = Verdict::Warn;
        }
    }
    Event::PhotoGuidance(Arc::new(g))
}

impl Booth {
    fn walk_to_photo(&mut self) -> &mut Self {
        self.walk_to_details()
            .born("19850412")
            .send(Event::DetailsContinue);
        assert_eq!(self.s.screen(), Screen::PhotoGuide);
        self
    }

    /// Guidance every 100 ms (as the analysis would report it) for `ms`, with ticks between.
    fn guided(&mut self, failing: &[crate::photo::CheckId], ms: u64) -> &mut Self {
        let end = self.now + ms;
        while self.now < end {
            self.send(guidance(failing));
            let fx = self.s.handle(self.now, Event::Tick);
            self.effects.extend(fx);
        }
        self
    }

    fn captures(&self) -> Vec<Option<crate::photo::CropRect>> {
        self.effects
            .iter()
            .filter_map(|e| match e {
                Effect::CapturePhoto(crop) => Some(*crop),
                _ => None,
            })
            .collect()
    }
}

#[test]
fn the_guide_shows_the_first_problem_by_priority() {
    use crate::photo::CheckId;
    let mut b = Booth::new();
    b.walk_to_photo()
        .send(guidance(&[CheckId::Roll, CheckId::NotTooFar]));
    let g = b.s.photo_guidance(b.now).expect("fresh guidance");
    assert_eq!(g.message(), Some(CheckId::NotTooFar));
    assert!(!g.all_pass());
    assert_eq!(b.s.photo_countdown_s(b.now), None);
}

#[test]
fn all_checks_held_start_a_countdown_then_capture_with_the_guide_crop() {
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 600);
    assert_eq!(b.s.photo_countdown_s(b.now), None, "not held 700 ms yet");
    b.guided(&[], 200);
    assert_eq!(b.s.photo_countdown_s(b.now), Some(3));
    b.guided(&[], 1_100);
    assert_eq!(b.s.photo_countdown_s(b.now), Some(2));
    assert!(b.captures().is_empty());
    b.guided(&[], 2_000);
    assert_eq!(
        b.captures(),
        vec![Some(CROP)],
        "one capture, with the guide's crop"
    );
    assert!(b.s.photo().capturing);
    b.send(Event::PhotoCaptured(photo()));
    assert_eq!(b.s.screen(), Screen::Review);
    assert_eq!(b.s.photo().shot_checks[0].len(), 20, "every check passed");
}

#[test]
fn the_help_panel_holds_the_countdown_until_it_is_closed() {
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 1_000);
    assert_eq!(b.s.photo_countdown_s(b.now), Some(3), "counting down");
    // The user opens the help for wheelchairs and children: it covers the video, so the
    // countdown stops and nothing is captured while it is read.
    b.send(Event::PhotoHelpOpened);
    assert_eq!(b.s.photo_countdown_s(b.now), None);
    b.guided(&[], 10_000);
    assert!(b.captures().is_empty(), "no capture behind the help");
    // Closed: all checks must hold again before a new countdown.
    b.send(Event::PhotoHelpClosed);
    b.guided(&[], 600);
    assert_eq!(b.s.photo_countdown_s(b.now), None, "held again from zero");
    b.guided(&[], 4_000);
    assert_eq!(b.captures(), vec![Some(CROP)]);
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    // Left open when the photo is taken with the shutter, it is closed on the retake.
    b.send(Event::PhotoHelpOpened).send(Event::Shutter);
    assert_eq!(b.captures().len(), 2);
    assert!(b.s.photo().help_open);
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
    assert!(!b.s.photo().help_open);
}

#[test]
fn a_failing_check_cancels_the_countdown() {
    use crate::photo::CheckId;
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 1_500);
    assert!(b.s.photo_countdown_s(b.now).is_some());
    b.guided(&[CheckId::EyesOpen], 100);
    assert_eq!(b.s.photo_countdown_s(b.now), None, "cancelled");
    b.guided(&[CheckId::EyesOpen], 3_000);
    assert!(b.captures().is_empty(), "no capture while a check fails");
    // Passing again must hold for the whole hold time before a new countdown.
    b.guided(&[], 400);
    assert_eq!(b.s.photo_countdown_s(b.now), None);
}

#[test]
fn stale_guidance_never_captures() {
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 1_000);
    assert!(b.s.photo_countdown_s(b.now).is_some());
    b.wait(5_000);
    assert!(b.captures().is_empty(), "the analysis stopped: no capture");
    assert_eq!(b.s.photo_countdown_s(b.now), None);
}

#[test]
fn the_manual_shutter_always_works() {
    use crate::photo::CheckId;
    let mut b = Booth::new();
    // While a check fails, with the guide's crop.
    b.walk_to_photo()
        .guided(&[CheckId::Yaw], 300)
        .send(Event::Shutter);
    assert_eq!(b.captures(), vec![Some(CROP)]);
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    // Without any guidance (models missing): the centred crop.
    b.send(Event::PhotoGuideUnavailable);
    assert!(b.s.photo().guide_unavailable);
    b.send(Event::Shutter);
    assert_eq!(b.captures(), vec![Some(CROP), None]);
    b.send(Event::PhotoCaptured(photo()));
    assert_eq!(b.s.photo().shots.len(), 2);
    assert!(b.s.photo().shot_checks[1].is_empty());
}

#[test]
fn the_shutter_during_the_countdown_captures_once() {
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 1_000);
    assert!(b.s.photo_countdown_s(b.now).is_some());
    b.send(Event::Shutter).guided(&[], 4_000);
    assert_eq!(b.captures().len(), 1);
}

#[test]
fn a_retake_starts_the_guide_afresh() {
    let mut b = Booth::new();
    b.walk_to_photo().guided(&[], 4_000);
    assert_eq!(b.captures().len(), 1);
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    assert!(b.s.photo_guidance(b.now).is_none());
    assert_eq!(b.s.photo_countdown_s(b.now), None);
    b.wait(2_000);
    assert_eq!(
        b.captures().len(),
        1,
        "no capture from the last visit's guidance"
    );
}

impl Booth {
    /// [`covering_warns`] every 100 ms for `ms`, with ticks between.
    fn guided_covering(&mut self, ms: u64) -> &mut Self {
        let end = self.now + ms;
        while self.now < end {
            self.send(covering_warns());
            let fx = self.s.handle(self.now, Event::Tick);
            self.effects.extend(fx);
        }
        self
    }
}

#[test]
fn a_head_covering_warning_holds_the_capture_until_the_user_confirms_it() {
    use crate::photo::CheckId;
    let mut b = Booth::new();
    b.walk_to_photo().guided_covering(5_000);
    assert!(b.captures().is_empty(), "a warning needs the user's word");
    let g = b.s.photo_guidance(b.now).expect("fresh guidance");
    assert_eq!(g.message(), Some(CheckId::HeadCovering));
    // "I wear a head covering for religious or medical reasons", read, then continue.
    b.send(Event::HeadCoveringHelp);
    assert!(b.s.photo().covering_help);
    b.guided_covering(5_000);
    assert!(b.captures().is_empty(), "no capture while the user reads");
    b.send(Event::Shutter);
    assert!(
        b.captures().is_empty(),
        "the shutter is behind the explanation"
    );
    b.send(Event::HeadCoveringContinue);
    assert!(!b.s.photo().covering_help && b.s.photo().covering_confirmed);
    b.guided_covering(4_500);
    assert_eq!(
        b.captures(),
        vec![Some(CROP)],
        "confirmed: automatic capture"
    );
    // The confirmation lasts for retakes in the same session.
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    b.guided_covering(4_500);
    assert_eq!(b.captures().len(), 2);
}

#[test]
fn a_wrong_head_covering_warning_is_answered_with_one_tap_and_stays_answered() {
    let mut b = Booth::new();
    b.walk_to_photo().guided_covering(5_000);
    assert!(b.captures().is_empty());
    // "I'm not wearing a hat or mask": no explanation to read, the guide goes on.
    b.send(Event::NoHeadCovering);
    assert!(b.s.photo().covering_confirmed && !b.s.photo().covering_help);
    b.guided_covering(4_500);
    assert_eq!(
        b.captures(),
        vec![Some(CROP)],
        "answered: automatic capture"
    );
    // Retakes in the same session are not asked again.
    b.send(Event::PhotoCaptured(photo())).send(Event::Retake);
    b.guided_covering(4_500);
    assert_eq!(b.captures().len(), 2);
}

#[test]
fn the_no_covering_answer_does_nothing_while_the_explanation_is_open() {
    let mut b = Booth::new();
    b.walk_to_photo().guided_covering(1_000);
    b.send(Event::HeadCoveringHelp).send(Event::NoHeadCovering);
    assert!(b.s.photo().covering_help && !b.s.photo().covering_confirmed);
}

#[test]
fn the_head_covering_slip_prints_the_number_to_call_and_ends_the_session() {
    let mut b = Booth::new();
    b.walk_to_photo()
        .send(Event::HeadCoveringHelp)
        .send(Event::HeadCoveringSlip);
    assert_eq!(b.s.screen(), Screen::Slip);
    assert_eq!(b.s.slip_purpose(), SlipPurpose::CallAboutHeadCovering);
    let slip = b
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::PrintSlip(req) => Some(req.clone()),
            _ => None,
        })
        .expect("a slip is printed");
    assert_eq!(slip.purpose, SlipPurpose::CallAboutHeadCovering);
    assert_eq!(slip.masked_id, "1234 **** **** **** **** 123");
    assert_eq!(slip.outcome.receipt(), None, "nothing was submitted");
    assert!(submitted_app(&b).is_none());
    b.send(Event::SlipPrinted(PrintOutcome::Printed))
        .send(Event::Finish);
    assert_eq!(b.s.screen(), Screen::Goodbye);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Finished))));
    assert!(b.s.application_id().is_none());
    assert_eq!(b.s.slip_purpose(), SlipPurpose::Application);
}

#[test]
fn the_head_covering_slip_screen_times_out_to_goodbye_like_any_slip() {
    let mut b = Booth::new();
    b.walk_to_photo()
        .send(Event::HeadCoveringHelp)
        .send(Event::HeadCoveringSlip)
        .send(Event::SlipPrinted(PrintOutcome::Printed));
    let ms = b.s.rules().slip_screen_ms;
    b.wait(ms + 1_000);
    assert_eq!(b.s.screen(), Screen::Goodbye);
    assert!(b.took_effect(|e| matches!(e, Effect::WipeSession(WipeReason::Finished))));
}

#[test]
fn the_head_covering_path_needs_the_explanation_first() {
    let mut b = Booth::new();
    b.walk_to_photo()
        .send(Event::HeadCoveringSlip)
        .send(Event::HeadCoveringContinue);
    assert_eq!(b.s.screen(), Screen::PhotoGuide);
    assert!(!b.s.photo().covering_confirmed);
    assert!(!b.took_effect(|e| matches!(e, Effect::PrintSlip(_))));
}
