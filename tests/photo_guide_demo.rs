//! Demo mode shows the photo guide at work, as the README's run command does: the demo
//! sitter starts too far back and off to the side, then shifts, tilts and straightens, and the
//! real guide (the face models on the demo camera's frames) tells the user what to change with
//! a picture cue, then counts down and takes the photo by itself. Nobody presses the shutter.
//! And the head-covering warning: a sitter in a cap is told to take it off and the photo waits;
//! "I'm not wearing a hat or mask" answers a wrong warning with one tap, after which the guide
//! takes the photo by itself. The "special circumstances" path: a head covering worn for
//! religious or medical reasons ends with a slip that gives the number to call and the masked ID.
//!
//! Without the face models the first test fails and says to run the setup.

mod support;

use std::mem::discriminant;
use std::time::{Duration, Instant};

use myna_booth::flow::{Cue, Screen};
use myna_booth::photo::{Analyser, CheckId};
use myna_booth::ui::Clock;
use support::TestBooth;

/// One of the demo intake server's forms, and a birth date that needs a photo.
const TYPED_FORM_ID: &str = "20261121000000000067890";
const ADULT_BIRTH: &str = "19850412";

/// An adult with a known form, on the photo screen, in English.
fn walk_to_photo() -> TestBooth {
    let mut b = TestBooth::start();
    b.walk_to_photo(TYPED_FORM_ID, ADULT_BIRTH);
    b
}

#[test]
fn in_demo_mode_the_guide_gives_messages_and_takes_the_photo_by_itself() {
    // The same models the booth loads; missing ones fail here, saying how to get them.
    drop(Analyser::load_default().unwrap_or_else(|e| panic!("{e}")));

    let mut b = walk_to_photo();

    // Frames run in real time (the camera, the analysis) and the booth's clock along with
    // them (the hold and the countdown); no tap until the review screen.
    const STEP_MS: u64 = 20;
    let deadline = Instant::now() + Duration::from_secs(120);
    let taps = b.taps;
    let mut messages: Vec<CheckId> = Vec::new();
    let mut cues: Vec<Cue> = Vec::new();
    let mut counted_down = false;
    while b.screen() == Screen::PhotoGuide {
        assert!(
            Instant::now() < deadline,
            "no automatic capture; messages so far: {messages:?}, cues: {cues:?}"
        );
        std::thread::sleep(Duration::from_millis(STEP_MS));
        b.clock.advance(STEP_MS);
        b.harness.step();
        let session = b.harness.state().session();
        let photo = session.photo();
        assert!(
            !photo.guide_unavailable,
            "the guide must run on the demo camera"
        );
        if let Some(g) = session.photo_guidance(b.clock.now_ms()) {
            if let Some(m) = g.message().filter(|m| messages.last() != Some(m)) {
                messages.push(m);
            }
            let same = |c: &Cue| cues.last().map(discriminant) == Some(discriminant(c));
            if let Some(c) = g.cue(false).filter(|c| !same(c)) {
                cues.push(c);
            }
        }
        counted_down |= session.photo_countdown_s(b.clock.now_ms()).is_some();
    }
    eprintln!("guide messages: {messages:?}; picture cues: {cues:?}");
    b.wait_for(Screen::Review);
    assert_eq!(b.taps, taps, "nobody touched the screen");
    assert!(counted_down, "a countdown came before the shot");
    assert!(
        !cues.is_empty(),
        "the guide showed what to change with a picture: {messages:?}"
    );
    let session = b.harness.state().session();
    let photo = session.photo();
    assert_eq!(photo.shots.len(), 1);
    assert_eq!(
        photo.shot_checks[0].len(),
        CheckId::ALL.len(),
        "the automatic shot passed every check"
    );
    assert!(b.shows(&b.t("review-checks-passed")));
}

/// The demo sitter in a knitted cap: the real guide warns about it (the heuristic cannot know
/// whether the warning is right), the capture waits, and the warning offers both answers. One
/// tap on "I'm not wearing a hat or mask" and the guide counts down and takes the photo.
#[test]
fn a_head_covering_warning_waits_for_the_user_and_one_tap_answers_it() {
    drop(Analyser::load_default().unwrap_or_else(|e| panic!("{e}")));
    let mut b = TestBooth::start();
    b.harness.state_mut().services_mut().set_demo_cap(true);
    b.walk_to_photo(TYPED_FORM_ID, ADULT_BIRTH);

    const STEP_MS: u64 = 20;
    let deadline = Instant::now() + Duration::from_secs(120);
    // The sitter in the cap sits still from the start: the cap is soon the only thing to say.
    let mut warned_for_ms = 0;
    while warned_for_ms < 3_000 {
        assert!(Instant::now() < deadline, "no head-covering warning");
        std::thread::sleep(Duration::from_millis(STEP_MS));
        b.clock.advance(STEP_MS);
        b.harness.step();
        assert_eq!(b.screen(), Screen::PhotoGuide, "no capture while warned");
        let session = b.harness.state().session();
        let warned = session
            .photo_guidance(b.clock.now_ms())
            .is_some_and(|g| g.message() == Some(CheckId::HeadCovering));
        warned_for_ms = if warned { warned_for_ms + STEP_MS } else { 0 };
    }
    b.harness.step();
    assert!(b.shows(&b.t("guide-head-covering")));
    assert!(b.shows(&b.t("covering-offer")) && b.shows(&b.t("covering-none")));
    assert!(
        b.harness
            .state()
            .session()
            .photo_countdown_s(b.clock.now_ms())
            .is_none(),
        "no countdown while warned"
    );

    b.tap("covering-none");
    assert!(b.harness.state().session().photo().covering_confirmed);
    while b.screen() == Screen::PhotoGuide {
        assert!(
            Instant::now() < deadline,
            "no automatic capture after the answer"
        );
        std::thread::sleep(Duration::from_millis(STEP_MS));
        b.clock.advance(STEP_MS);
        b.harness.step();
    }
    b.wait_for(Screen::Review);
    let session = b.harness.state().session();
    let passed = &session.photo().shot_checks[0];
    assert!(
        !passed.contains(&CheckId::HeadCovering),
        "the review does not claim the covering check passed: {passed:?}"
    );
    assert_eq!(passed.len(), CheckId::ALL.len() - 1, "{passed:?}");
}

/// Someone who wears a head covering for religious or medical reasons reads what the photo
/// needs, takes the slip with the number to call and the masked ID, and the session ends
/// without sending anything.
#[test]
fn a_head_covering_for_religious_or_medical_reasons_gets_a_slip_with_the_number_to_call() {
    let mut b = walk_to_photo();
    b.tap("covering-offer");
    assert!(b.shows(&b.t("covering-rules")));
    assert!(b.harness.state().session().photo().covering_help);
    b.tap("covering-print-slip");
    assert_eq!(b.screen(), Screen::Slip);
    b.wait_until("the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    assert!(b.shows(&b.t("covering-slip-title")));
    assert!(b.shows("0120-0178-27") && b.shows("2026 **** **** **** **** 890"));
    assert!(!b.shows(&b.t("slip-title")), "no application was completed");
    let slips: Vec<_> = b
        .files()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert_eq!(
        slips.len(),
        1,
        "one slip saved by the demo printer: {slips:?}"
    );
    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye);
    assert!(b.harness.state().session().application_id().is_none());
}
