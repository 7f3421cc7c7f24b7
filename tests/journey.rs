//! The whole booth journey in demo mode, driven through the real UI by visible labels, as a
//! walk-up user would: in Japanese and in English, by QR code and by keypad, for an adult and
//! for a baby, and leaving half-way.

mod support;

use egui_kittest::kittest::Queryable;
use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
use myna_booth::workers::DEMO_FORM_ID;
use support::TestBooth;

/// The applicant's birth date typed in the tests: 12 April 1985 (41 on the test's "today").
const ADULT_BIRTH: &str = "19850412";

fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn an_adult_applies_in_english_with_the_qr_code() {
    let mut b = TestBooth::start();
    assert_eq!(b.screen(), Screen::Attract);
    assert!(b.shows(&b.t("attract-touch")), "Japanese attract screen");
    assert!(b.shows(&b.t("demo-mode-banner")), "demo mode says so");

    b.tap("attract-touch");
    assert_eq!(b.screen(), Screen::Language);
    b.choose_language(Lang::En);
    assert!(b.shows("Choose your language"));
    b.tap("consent-accept");
    assert_eq!(b.screen(), Screen::BeforeStart);
    b.tap("check-nothing-changed");
    assert_eq!(b.screen(), Screen::Scan);
    assert!(b.shows(&b.t("scan-title")));

    // The demo camera holds up a form; the QR worker reads it from live frames.
    b.wait_for(Screen::Details);
    let id = b
        .harness
        .state()
        .session()
        .application_id()
        .map(|i| i.digits().to_owned());
    assert_eq!(id.as_deref(), Some(DEMO_FORM_ID));

    b.type_digits(ADULT_BIRTH);
    assert!(
        b.shows("Age: 41"),
        "the age is shown once the date is complete"
    );
    assert!(b.shows("昭和60年4月12日"), "the Japanese era date is shown");
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    b.tap("review-use");
    assert_eq!(b.screen(), Screen::Confirm);
    assert!(b.shows("1985-04-12"));
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    assert!(
        b.shows(&b.t("submit-demo-note")),
        "the slip screen tells the truth"
    );

    // The demo intake folder received exactly one application with its photo.
    let files = b.files();
    let jsons: Vec<_> = files
        .iter()
        .filter(|p| p.ends_with("application.json"))
        .collect();
    assert_eq!(jsons.len(), 1, "{files:?}");
    let json = read(jsons[0]);
    assert!(
        json.contains(DEMO_FORM_ID) && json.contains("1985-04-12"),
        "{json}"
    );
    assert!(files.iter().any(|p| p.ends_with("photo.jpg")));
    for p in &files {
        let name = p.to_string_lossy();
        assert!(
            !name.contains(DEMO_FORM_ID) && !name.contains("1985"),
            "{name}"
        );
    }

    // The slip is saved (demo) with the ID masked, in English and Japanese.
    let mut slip = None;
    for _ in 0..500 {
        slip = b
            .files()
            .into_iter()
            .find(|p| p.to_string_lossy().contains("slip-"));
        if slip.is_some() && b.harness.state().session().print_outcome().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        b.harness.step();
    }
    let slip = read(&slip.expect("slip file"));
    assert!(slip.contains("2026 **** **** **** **** 345"), "{slip}");
    assert!(
        !slip.contains(DEMO_FORM_ID) && !slip.contains("1985"),
        "{slip}"
    );
    let receipt_ja = b.loc.text(Lang::Ja, "slip-receipt");
    assert!(slip.contains(&b.t("slip-receipt")), "English slip: {slip}");
    assert!(
        slip.contains(&receipt_ja),
        "Japanese copy for the city office: {slip}"
    );

    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye);
    let s = b.harness.state().session();
    assert!(s.application_id().is_none() && s.photo().shots.is_empty());
    assert_eq!(s.language(), Lang::En, "goodbye in the user's language");
    assert!(b.shows(&b.t("goodbye-wiped")));
}

#[test]
fn a_user_types_the_id_in_japanese() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    assert!(b.shows(&b.t("keypad-title")));
    // A 12-digit Individual Number is refused with a specific explanation.
    b.type_digits("123456789018");
    b.tap("keypad-done");
    assert_eq!(b.screen(), Screen::Scan);
    assert!(b.shows(&b.t("id-error-individual-number")));
    b.tap("keypad-clear");
    b.type_digits("12345678901234567890123");
    b.tap("keypad-done");
    assert_eq!(b.screen(), Screen::Details);
    assert!(b.shows(&b.t("details-title")));
    b.type_digits(ADULT_BIRTH);
    b.tap("details-continue");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    b.tap("review-retake");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    assert_eq!(b.harness.state().session().photo().shots.len(), 2);
    assert!(
        b.shows(&b.t("review-previous")),
        "earlier shots are offered"
    );
    b.tap("review-use");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye);
}

#[test]
fn a_baby_under_one_is_never_asked_for_a_photo() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    b.type_digits("12345678901234567890123");
    b.tap("keypad-done");
    b.type_digits("20260301");
    assert!(b.shows(&b.t("details-under-1")));
    assert!(b.shows(&b.t("details-cert-signing-under-15")));
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::Confirm, "no photo step");
    assert!(b.shows(&b.t("confirm-no-photo")));
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    assert!(!b.files().iter().any(|p| p.ends_with("photo.jpg")));
}

#[test]
fn changes_since_the_form_came_warn_but_let_the_user_go_on() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-something-changed");
    b.tap_nth("answer-yes", 0);
    b.tap_nth("answer-no", 1);
    b.tap_nth("answer-no", 2);
    assert!(b.shows(&b.t("check-warning-moved")));
    b.tap("check-continue-anyway");
    assert_eq!(b.screen(), Screen::Scan);
}

#[test]
fn starting_over_asks_first_and_forgets_everything() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    b.type_digits("12345678901234567890123");
    b.tap("keypad-done");
    b.tap("topbar-start-over");
    assert!(b.shows(&b.t("start-over-body")));
    b.tap("start-over-no");
    assert_eq!(b.screen(), Screen::Details);
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    assert_eq!(b.screen(), Screen::Attract);
    assert!(b.harness.state().session().application_id().is_none());
}

#[test]
fn walking_away_brings_the_warning_then_the_reset() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    let warn = u64::from(b.config.timeouts.inactivity_warning_s) * 1000;
    b.clock.advance(warn);
    b.harness.run();
    assert!(b.shows(&b.t("inactivity-title")));
    let reset = u64::from(b.config.timeouts.inactivity_reset_s) * 1000;
    b.clock.advance(reset);
    b.harness.run();
    assert_eq!(b.screen(), Screen::Attract);
}

#[test]
fn the_language_can_change_mid_session_without_losing_anything() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    b.type_digits("12345678901234567890123");
    b.tap("keypad-done");
    let picker = format!("{} · {}", b.t("topbar-language"), Lang::Ja.native_name());
    b.tap_label(&picker);
    b.choose_language(Lang::Th);
    assert_eq!(b.screen(), Screen::Details);
    assert!(b.shows(&b.t("details-title")), "Thai details screen");
    assert!(b.harness.state().session().application_id().is_some());
}

/// The four things the scan screen may ask a user to change about an unreadable code.
const SCAN_HINTS: [&str; 4] = [
    "scan-hint-closer",
    "scan-hint-farther",
    "scan-hint-glare",
    "scan-hint-hold-still",
];

#[test]
fn a_glare_on_the_code_is_named_and_the_advice_goes_once_the_form_is_read() {
    let mut b = TestBooth::start();
    // The attract screen shows where the code and the ID are on each form generation.
    assert!(b.shows(&b.t("forms-title")));
    for id in ["form-gen-card", "form-gen-notice", "form-gen-handwritten"] {
        assert!(b.shows(&b.t(id)), "{id}");
    }
    // The demo camera holds up the form under a lamp: the code is seen, never read.
    b.harness.state_mut().services_mut().set_demo_glare(true);
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    assert_eq!(b.screen(), Screen::Scan);
    assert!(b.shows(&b.t("forms-title")), "the forms beside the video");
    let glare = b.t("scan-hint-glare");
    b.wait_until("the glare advice", |b| b.shows(&glare));
    assert_eq!(
        b.screen(),
        Screen::Scan,
        "an unreadable code is never taken"
    );

    // The user tilts the form: the code is read, the advice is gone.
    b.harness.state_mut().services_mut().set_demo_glare(false);
    b.wait_for(Screen::Details);
    for id in SCAN_HINTS {
        assert!(!b.shows(&b.t(id)), "{id} still shown after the read");
    }
    let id = b
        .harness
        .state()
        .session()
        .application_id()
        .map(|i| i.digits().to_owned());
    assert_eq!(id.as_deref(), Some(DEMO_FORM_ID));
}

#[test]
fn the_keypad_explains_the_three_numbers_and_marks_the_one_tried() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    assert!(b.shows(&b.t("numbers-help-title")));
    assert!(b.shows(&b.t("numbers-help-id")));
    // The two wrong numbers are explained with the messages that turn them down.
    let individual = b.t("id-error-individual-number");
    let resident = b.t("id-error-resident-record-code");
    assert_eq!(b.harness.query_all_by_label(&individual).count(), 1);
    assert_eq!(b.harness.query_all_by_label(&resident).count(), 1);
    // Typing a resident record code: the same words appear as the refusal too.
    b.type_digits("12345678901");
    b.tap("keypad-done");
    assert_eq!(b.screen(), Screen::Scan);
    assert_eq!(b.harness.query_all_by_label(&resident).count(), 2);
    assert!(b.harness.state().session().application_id().is_none());
}
