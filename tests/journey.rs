//! The whole booth journey in demo mode, driven through the real UI by visible labels, as a
//! walk-up user would: in Japanese, easy Japanese and English, by QR code and by keypad, for an
//! adult, a child and a baby, and leaving half-way.

mod support;

use egui_kittest::kittest::Queryable;
use myna_booth::config::PrinterBackend;
use myna_booth::flow::{
    FormLookup, LookupOutcome, Overlay, PrintOutcome, Screen, Submission, SubmitOutcome,
};
use myna_booth::i18n::{Arg, Lang};
use myna_booth::ui::Clock;
use myna_booth::workers::DEMO_FORM_ID;
use support::TestBooth;

/// The applicant's birth date typed in the tests: 12 April 1985 (41 on the test's "today").
const ADULT_BIRTH: &str = "19850412";

/// The text of a slip PDF (pdftotext), without whitespace: the slip keeps the masked ID on one
/// line with no-break spaces and wraps long lines.
fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (scripts/setup.sh installs poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", path.display());
    squeeze(&String::from_utf8_lossy(&out.stdout))
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A demo form of the in-process intake server, typed on the keypad.
const TYPED_FORM_ID: &str = "20261121000000000067890";

/// Fails if any file under the booth's data directory names or contains one of `secrets`.
fn assert_nothing_personal_on_disk(b: &TestBooth, secrets: &[&str]) {
    for p in b.files() {
        let name = p.to_string_lossy();
        let bytes = std::fs::read(&p).unwrap_or_default();
        for secret in secrets {
            assert!(!name.contains(secret), "{name}");
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{name} contains personal data"
            );
        }
    }
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
    b.wait_for_form();
    let id = b
        .harness
        .state()
        .session()
        .application_id()
        .map(|i| i.digits().to_owned());
    assert_eq!(id.as_deref(), Some(DEMO_FORM_ID));

    // The form's details from the intake service, masked, so the user recognises their form.
    let shown = match b.harness.state().session().form() {
        FormLookup::Done(LookupOutcome::Found(f)) => (f.name().to_owned(), f.address().to_owned()),
        other => panic!("form not found: {other:?}"),
    };
    assert!(b.shows(&shown.0) && b.shows(&shown.1), "{shown:?}");
    assert!(!shown.0.contains("太郎"), "the name is masked: {}", shown.0);
    b.pick_birth_date(ADULT_BIRTH);
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

    // The demo intake server acknowledged: the user is told "sent", with its receipt number.
    let receipt = match b.harness.state().session().submission() {
        Submission::Done(SubmitOutcome::Sent { receipt }) => receipt.clone(),
        other => panic!("not acknowledged: {other:?}"),
    };
    assert!(receipt.starts_with("MBI-"), "{receipt}");
    assert!(b.shows(&b.t("slip-sent")));
    assert!(b.shows(&receipt), "the receipt number is on screen");

    // Nothing on the booth's disk shows the ID or the birth date: the delivered record was
    // purged and anything still queued is sealed.
    assert_nothing_personal_on_disk(&b, &[DEMO_FORM_ID, "1985-04-12", "19850412"]);

    // The slip PDF is saved (demo) with the ID masked, in English and Japanese.
    let slip = pdf_text(&b.slip_pdf());
    assert!(
        slip.contains(&squeeze("2026 **** **** **** **** 345")),
        "{slip}"
    );
    assert!(
        !slip.contains(DEMO_FORM_ID) && !slip.contains("1985"),
        "{slip}"
    );
    let receipt_ja = b.loc.text(Lang::Ja, "slip-receipt");
    assert!(
        slip.contains(&squeeze(&b.t("slip-receipt"))),
        "English slip: {slip}"
    );
    assert!(
        slip.contains(&squeeze(&receipt_ja)),
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
    b.type_digits(TYPED_FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
    assert_eq!(b.screen(), Screen::Details);
    assert!(b.shows(&b.t("details-title")));
    b.pick_birth_date(ADULT_BIRTH);
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
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
    b.pick_birth_date("20260301");
    assert!(b.shows(&b.t("details-under-1")));
    assert!(b.shows(&b.t("details-under-15")));
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::Confirm, "no photo step");
    assert!(b.shows(&b.t("confirm-no-photo")));
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    match b.harness.state().session().submission() {
        Submission::Done(SubmitOutcome::Sent { .. }) => {}
        other => panic!("not acknowledged: {other:?}"),
    }
}

/// On the details screen, switches through every language and checks that the notes next to
/// the signing certificate leave the braille choice on screen: above the continue button, or
/// beside it in the footer (the compact form long wording takes).
fn the_last_choice_stays_above_the_footer_in_every_language(b: &mut TestBooth) {
    let back = b.lang;
    let mut under = Vec::new();
    let screen_h = b.config.ui.screen_resolution[1] as f32;
    for lang in Lang::ALL.into_iter().chain([back]) {
        let picker = format!("{} · {}", b.t("topbar-language"), b.lang.native_name());
        b.tap_label(&picker);
        b.choose_language(lang);
        let footer = b.harness.get_by_label(&b.t("details-continue")).rect();
        let no = b.harness.get_by_label(&b.t("answer-no")).rect();
        let beside_continue = (no.center().y - footer.center().y).abs() < footer.height() / 2.0;
        if (no.bottom() > footer.top() && !beside_continue) || no.bottom() > screen_h {
            under.push(format!(
                "{lang}: braille choice ends at {}, footer at {}",
                no.bottom(),
                footer.top()
            ));
        }
    }
    assert!(under.is_empty(), "{under:#?}");
}

#[test]
fn a_parent_applying_for_a_child_under_15_is_told_who_applies_and_gets_no_signing_certificate() {
    let mut b = TestBooth::start();
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
    assert!(
        !b.shows(&b.t("details-under-15-title")),
        "no child notice before the date"
    );
    assert!(b.harness.state().session().signing_certificate());
    // Born 10 June 2015: 11 on the test's "today".
    b.pick_birth_date("20150610");
    assert!(b.shows("Age: 11"));
    the_last_choice_stays_above_the_footer_in_every_language(&mut b);
    assert!(b.shows(&b.t("details-under-15-title")));
    assert!(
        b.shows(&b.t("details-under-15")),
        "a parent or legal representative applies"
    );
    assert!(
        !b.shows(&b.t("details-adult-ward")),
        "the adult-ward note is for adults"
    );
    assert!(
        !b.harness.state().session().signing_certificate(),
        "signing certificate off"
    );
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::PhotoGuide, "a child of 11 has a photo");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    b.tap("review-use");
    assert_eq!(b.screen(), Screen::Confirm);
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    let slip = pdf_text(&b.slip_pdf());
    let no_signing = format!("{}: {}", b.t("confirm-cert-signing"), b.t("confirm-no"));
    assert!(slip.contains(&squeeze(&no_signing)), "{slip}");
}

#[test]
fn an_adult_sees_the_adult_ward_note_beside_the_signing_certificate() {
    let mut b = TestBooth::start();
    b.go_to_details_typed(Lang::Ja, TYPED_FORM_ID);
    b.pick_birth_date(ADULT_BIRTH);
    assert!(b.shows(&b.t("details-adult-ward")));
    the_last_choice_stays_above_the_footer_in_every_language(&mut b);

    assert!(!b.shows(&b.t("details-under-15-title")));
    assert!(b.harness.state().session().signing_certificate());
}

/// Whether the photo screen's help panel is open (its title is on screen).
fn help_open(b: &TestBooth) -> bool {
    b.shows(&b.t("photo-help-title"))
}

#[test]
fn the_wheelchair_and_children_help_opens_and_closes_with_one_tap_each() {
    let mut b = TestBooth::start();
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
    b.pick_birth_date(ADULT_BIRTH);
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    assert!(!help_open(&b));

    let taps = b.taps;
    b.tap("photo-help-open");
    assert!(help_open(&b));
    assert!(
        b.harness.state().session().photo().help_open,
        "the automatic capture waits while the panel covers the video"
    );
    for id in [
        "photo-help-wheelchair",
        "photo-help-helper",
        "photo-help-child",
        "photo-help-baby",
    ] {
        assert!(b.shows(&b.t(id)), "{id}");
    }
    b.tap("photo-help-close");
    assert!(!help_open(&b));
    assert!(!b.harness.state().session().photo().help_open);
    assert_eq!(b.taps - taps, 2, "one tap to open, one to close");
    assert_eq!(b.screen(), Screen::PhotoGuide);

    // The panel's own "call staff" closes it and calls staff (the same label as the top bar's).
    b.tap("photo-help-open");
    let call = b.t("topbar-call-staff");
    assert_eq!(b.harness.query_all_by_label(&call).count(), 2);
    b.tap_nth("topbar-call-staff", 1);
    assert!(!help_open(&b));
    assert_eq!(
        b.harness.state().session().overlay(),
        Some(Overlay::StaffCalled)
    );
    b.tap("staff-called-close");
    assert!(!help_open(&b), "the panel's button was the one tapped");
    assert!(!b.harness.state().session().photo().help_open);

    // In every language the help button fits beside the title, on screen.
    let width = b.config.ui.screen_resolution[0] as f32;
    for lang in Lang::ALL {
        let picker = format!("{} · {}", b.t("topbar-language"), b.lang.native_name());
        b.tap_label(&picker);
        b.choose_language(lang);
        let help = b.harness.get_by_label(&b.t("photo-help-open")).rect();
        let title = b.harness.get_by_label(&b.t("photo-title")).rect();
        assert!(
            !help.intersects(title),
            "{lang}: {help:?} covers the title {title:?}"
        );
        assert!(
            help.left() >= 0.0 && help.right() <= width,
            "{lang}: {help:?}"
        );
    }

    // Opened and left open, it is closed on the next visit of the photo screen.
    b.tap("photo-help-open");
    b.tap("photo-help-close");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    b.tap("review-retake");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    assert!(!help_open(&b));
    b.tap("photo-take");
    b.wait_for(Screen::Review);
}

#[test]
fn an_easy_japanese_session_goes_from_the_attract_screen_to_its_slip() {
    let mut b = TestBooth::start();
    assert!(
        b.shows(Lang::JaEasy.native_name()),
        "a tile on the attract screen"
    );
    b.choose_language(Lang::JaEasy);
    assert_eq!(b.screen(), Screen::Language);
    assert!(b.shows(&b.t("consent-title")));
    assert_ne!(b.t("consent-body"), b.loc.text(Lang::Ja, "consent-body"));
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.wait_for(Screen::Details);
    b.wait_for_form();

    // Switching languages keeps the session: to English and back.
    let picker = format!(
        "{} · {}",
        b.t("topbar-language"),
        Lang::JaEasy.native_name()
    );
    b.tap_label(&picker);
    b.choose_language(Lang::En);
    let picker = format!("{} · {}", b.t("topbar-language"), Lang::En.native_name());
    b.tap_label(&picker);
    b.choose_language(Lang::JaEasy);
    assert_eq!(b.screen(), Screen::Details);
    assert!(b.harness.state().session().application_id().is_some());

    b.pick_birth_date(ADULT_BIRTH);
    let age = b
        .loc
        .format(b.lang, "details-age", &[("age", Arg::from(41u32))]);
    assert!(b.shows(&age), "{age}");
    b.photo_and_send();
    assert!(b.shows(&b.t("slip-title")));
    assert!(b.shows(&b.t("slip-sent")));

    // The slip is in easy Japanese, which city-office staff read as it is: no second copy.
    let slip = pdf_text(&b.slip_pdf());
    assert!(slip.contains(&squeeze(&b.t("slip-next-steps"))), "{slip}");
    let plain = b.loc.text(Lang::Ja, "slip-next-steps");
    assert!(!slip.contains(&squeeze(&plain)), "{slip}");
    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye);
    assert!(b.shows(&b.t("goodbye-wiped")));
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
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
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
    b.type_digits(TYPED_FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
    let picker = format!("{} · {}", b.t("topbar-language"), Lang::Ja.native_name());
    b.tap_label(&picker);
    b.choose_language(Lang::Th);
    assert_eq!(b.screen(), Screen::Details);
    assert!(b.shows(&b.t("details-title")), "Thai details screen");
    assert!(b.harness.state().session().application_id().is_some());
}

#[test]
fn an_unknown_id_is_explained_and_typed_again() {
    let mut b = TestBooth::start();
    b.go_to_details_typed(Lang::En, "12345678901234567890123");
    assert!(b.shows(&b.t("details-form-not-found-title")));
    assert!(
        !b.shows(&b.t("details-birth-date")),
        "nothing else to fill in for a form that does not exist"
    );
    b.tap("details-continue");
    assert_eq!(
        b.screen(),
        Screen::Details,
        "an unknown form cannot be sent"
    );
    b.tap("details-form-reenter");
    assert_eq!(b.screen(), Screen::Scan);
    assert!(b.shows(&b.t("keypad-title")), "straight to the keypad");
    b.type_digits(TYPED_FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
    assert!(b.shows(&b.t("details-form-check")));
}

#[test]
fn with_the_intake_server_down_the_journey_ends_queued_and_honest() {
    // An https intake whose server is not there: a free port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let pki_dir = tempfile::tempdir().expect("pki dir");
    let pki = myna_booth::intake::DemoPki::generate("test CA").expect("pki");
    let files = pki
        .write_to(pki_dir.path(), "demo-booth-001")
        .expect("pki files");
    let mut b = TestBooth::start_with(|cfg| {
        cfg.intake.mode = myna_booth::config::IntakeMode::Https;
        cfg.intake.url = Some(format!("https://127.0.0.1:{port}"));
        cfg.intake.ca_cert = Some(files.ca_cert.clone());
        cfg.intake.client_cert = Some(files.booth_cert.clone());
        cfg.intake.client_key = Some(files.booth_key.clone());
    });
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
    assert!(b.shows(&b.t("details-form-unavailable-title")));
    b.tap("details-form-retry");
    b.wait_for_form();
    assert!(
        b.shows(&b.t("details-form-unavailable-title")),
        "still down"
    );
    b.pick_birth_date(ADULT_BIRTH);
    b.photo_and_send();
    support::assert_told_queued(&b);
    // Queued means sealed on disk: nothing readable.
    assert_nothing_personal_on_disk(&b, &[TYPED_FORM_ID, "1985-04-12"]);
}

#[test]
fn an_offline_printer_leaves_the_receipt_number_on_screen_and_a_way_to_call_staff() {
    // A CUPS server that does not answer (nothing listens on the port): the printer is offline.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut b = TestBooth::start_with(|cfg| {
        cfg.printer.backend = PrinterBackend::Cups;
        cfg.printer.cups_uri = Some(format!("ipp://127.0.0.1:{closed}/printers/slip"));
    });
    b.go_to_details_typed(Lang::En, TYPED_FORM_ID);
    b.pick_birth_date("20260301");
    b.tap("details-continue");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    for _ in 0..500 {
        if b.harness.state().session().print_outcome().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        b.harness.step();
    }
    b.harness.run();
    assert_eq!(
        b.harness.state().session().print_outcome(),
        Some(&PrintOutcome::Failed)
    );
    assert!(b.shows(&b.t("slip-not-printed")));
    let receipt = match b.harness.state().session().submission() {
        myna_booth::flow::Submission::Done(outcome) => outcome.receipt().map(str::to_owned),
        _ => None,
    }
    .expect("a receipt number");
    assert!(
        b.shows(&receipt),
        "the receipt number {receipt} is on screen"
    );
    // Two ways to call staff: the top bar's and the slip screen's own.
    b.tap_nth("topbar-call-staff", 1);
    assert!(b.shows(&b.t("staff-called")));
    b.tap("staff-called-close");
    b.tap("slip-finish");
    assert_eq!(
        b.screen(),
        Screen::Goodbye,
        "the next user is not kept waiting"
    );
}

#[test]
fn staff_see_the_printer_and_their_test_print_reaches_it() {
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    let mut b = TestBooth::start_with(|cfg| cfg.operator.pin_hash = hash);
    b.tap_corner_five_times();
    assert!(b.shows(&b.t("operator-pin-title")), "the PIN pad opens");
    b.type_digits("2468");
    assert_eq!(
        b.screen(),
        Screen::Attract,
        "staff's taps in the corner and on the PIN pad start no session"
    );
    b.tap("operator-unlock");
    let ready = b.t("operator-printer-ready");
    for _ in 0..500 {
        if b.shows(&ready) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        b.harness.step();
    }
    assert!(b.shows(&b.t("operator-title")), "the operator screen opens");
    // The intake server of demo mode answers its health check; nothing is waiting.
    let reachable = b.t("operator-network-ok");
    b.wait_until("the network check", |b| b.shows(&reachable));
    assert!(b.shows(&b.t("operator-network-demo")));
    let counts = support::outbox_counts(&b, 0, 0, 0);
    assert!(b.shows(&counts), "{counts}");
    b.tap("operator-send-now");
    assert!(b.shows(&reachable));
    assert!(b.shows(&ready), "the demo printer (PDF folder) is ready");

    b.tap("operator-test-print");
    let slips = b.data_dir.path().join("slips");
    let done = b.loc.format(
        b.lang,
        "operator-printer-last-test",
        &[("result", b.t("operator-job-saved").as_str().into())],
    );
    for _ in 0..500 {
        if b.shows(&done) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        b.harness.step();
    }
    assert!(b.shows(&done), "the operator sees the test print's outcome");
    let pdf = slips.join("slip-TEST-PRINT.pdf");
    let text = pdf_text(&pdf);
    assert!(text.contains("TEST-PRINT"), "{text}");
    assert_eq!(
        b.harness.state().session().print_outcome(),
        None,
        "a test print is nobody's slip"
    );
    b.tap("operator-close");
    assert!(
        !b.shows(&b.t("operator-title")),
        "the operator screen closes"
    );
    assert_eq!(
        b.screen(),
        Screen::Attract,
        "the booth waits for its next user"
    );
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

/// The photo screen runs the live guide on the demo camera: it shows one guidance message (or
/// says plainly that the automatic checks are unavailable), and the manual shutter still
/// reaches the review screen, which says what the shot passed.
#[test]
fn the_photo_guide_gives_a_message_and_the_shutter_still_works() {
    let mut b = TestBooth::start();
    b.walk_to_photo(TYPED_FORM_ID, ADULT_BIRTH);
    b.wait_until("the photo guide's first report", |b| {
        let photo = b.harness.state().session().photo();
        photo.guidance.is_some() || photo.guide_unavailable || photo.capturing
    });
    let session = b.harness.state().session();
    let photo = session.photo();
    if photo.guide_unavailable {
        assert!(b.shows(&b.t("guide-unavailable")));
    } else if let Some((_, g)) = &photo.guidance
        && !photo.capturing
        && session.photo_countdown_s(b.clock.now_ms()).is_none()
    {
        let id = myna_booth::ui::guidance_message(g, false)
            .unwrap_or_else(|| "guide-all-good".to_owned());
        assert!(b.shows(&b.t(&id)), "the guide shows {id}");
    }
    if !b.harness.state().session().photo().capturing {
        b.tap("photo-take");
    }
    b.wait_for(Screen::Review);
    assert!(
        b.shows(&b.t("review-checks-passed")) || b.shows(&b.t("review-checks-unknown")),
        "the review says which checks the shot passed"
    );
}
