//! Voice guidance through the real kiosk (issue 8): real synthesis (Open JTalk for Japanese,
//! espeak-ng for the others) piped into real `aplay` on ALSA's silent `null` device. Each
//! screen is spoken in the session's language; mute stops it, repeat says the screen again;
//! the photo countdown is said; a lost camera is said; nothing personal is ever said; and a
//! booth without a sound card goes on silently.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use myna_booth::camera::{CameraError, CameraTimings, FrameSource};
use myna_booth::flow::{FormLookup, LookupOutcome, Screen};
use myna_booth::i18n::{Lang, Localizer};
use myna_booth::intake::server::DEMO_FORMS;
use myna_booth::voice::{Kind, Line, Outcome, Phrase, Spoken, Tuning, Voice, VoiceSettings};
use myna_booth::workers::CameraOverride;
use support::TestBooth;

const FORM_ID: &str = "20261121000000000067890";
const BIRTH: &str = "19850412";

/// A booth that speaks (to the silent ALSA device, as `tests/support` configures it).
fn voiced() -> TestBooth {
    TestBooth::start_with(|c| c.voice.enabled = true)
}

fn spoken(b: &TestBooth) -> Vec<Spoken> {
    b.harness.state().spoken().to_vec()
}

/// Waits until the voice has played a line in `lang` starting with message `first`.
fn wait_played(b: &mut TestBooth, lang: Lang, first: &str) -> Spoken {
    let found = |b: &TestBooth| {
        spoken(b).into_iter().find(|s| {
            s.lang == lang
                && s.ids.first().map(String::as_str) == Some(first)
                && s.outcome == Outcome::Played
        })
    };
    b.wait_until(&format!("{first} spoken in {lang}"), |b| found(b).is_some());
    let line = found(b).expect("found above");
    assert!(line.audio_bytes > 1_000, "{line:?}");
    line
}

/// Lets the booth run for `ms` of real time (and booth time).
fn run_for(b: &mut TestBooth, ms: u64) {
    let until = Instant::now() + Duration::from_millis(ms);
    b.wait_until("time to pass", |_| Instant::now() >= until);
}

#[test]
fn each_screen_is_spoken_in_the_session_language_japanese_and_thai() {
    let mut b = voiced();
    assert!(spoken(&b).is_empty(), "the attract screen is silent");
    b.tap("attract-touch");
    let ja = wait_played(&mut b, Lang::Ja, "language-title");
    assert_eq!(ja.engine, "open_jtalk");
    assert!(ja.text.contains(&b.t("language-title")), "{}", ja.text);
    b.tap("consent-accept");
    let check = wait_played(&mut b, Lang::Ja, "check-title");
    assert!(check.text.contains(&b.t("check-intro")));

    // Another user, in Thai: the same screens in Thai, by espeak-ng's Thai voice.
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    assert_eq!(b.screen(), Screen::Attract);
    b.tap("attract-touch");
    b.choose_language(Lang::Th);
    let th = wait_played(&mut b, Lang::Th, "language-title");
    assert_eq!(th.engine, "espeak-ng th");
    assert!(th.text.contains(&b.t("consent-body")));
    b.tap("consent-accept");
    wait_played(&mut b, Lang::Th, "check-title");
    b.tap("check-nothing-changed");
    let scan = wait_played(&mut b, Lang::Th, "scan-title");
    assert_eq!(scan.ids, ["scan-title", "scan-hint"]);
}

#[test]
fn mute_stops_speech_and_repeat_says_the_screen_again() {
    let mut b = voiced();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    wait_played(&mut b, Lang::En, "language-title");
    b.tap("a11y-voice-on");
    assert!(!b.harness.state().access().voice);
    b.tap("consent-accept");
    run_for(&mut b, 1_500);
    let said_check = |b: &TestBooth| {
        spoken(b)
            .iter()
            .filter(|s| s.ids.first().map(String::as_str) == Some("check-title"))
            .count()
    };
    assert_eq!(said_check(&b), 0, "muted, yet spoken: {:?}", spoken(&b));
    // Repeat says the screen even while muted: the user asked for it.
    b.tap("a11y-repeat");
    wait_played(&mut b, Lang::En, "check-title");
    assert_eq!(said_check(&b), 1);
    // Voice back on: the screen is said again.
    b.tap("a11y-voice-off");
    b.wait_until("the screen said again", |b| said_check(b) == 2);
    // The switches belong to the session: the next user starts with the voice on.
    b.tap("a11y-voice-on");
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    assert!(b.harness.state().access().voice);
}

#[test]
fn a_new_line_cuts_the_one_playing_short() {
    let loc = Arc::new(Localizer::load().expect("locales"));
    let voice = Voice::start(
        VoiceSettings {
            device: "null".to_owned(),
            tuning: Tuning::default(),
        },
        loc,
    );
    let line = |lang, ids: &[&str]| Line {
        lang,
        kind: Kind::Screen,
        phrases: ids.iter().map(|id| Phrase::new(*id)).collect(),
    };
    // A long Japanese line takes Open JTalk a while; the next line comes at once.
    voice.say(line(
        Lang::Ja,
        &["consent-body", "check-intro", "slip-next-steps"],
    ));
    voice.say(line(Lang::En, &["review-title"]));
    let mut got = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while got.len() < 2 {
        assert!(Instant::now() < deadline, "only {got:?}");
        got.extend(voice.poll());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(got[0].lang, Lang::Ja);
    assert_eq!(got[0].outcome, Outcome::Interrupted);
    assert_eq!(got[1].ids, ["review-title"]);
    assert_eq!(got[1].outcome, Outcome::Played);
    assert!(got[1].audio_bytes > 1_000);
    // Tagalog has no voice: nothing is said, rather than another language.
    voice.say(line(Lang::Tl, &["review-title"]));
    let deadline = Instant::now() + Duration::from_secs(10);
    let tl = loop {
        if let Some(s) = voice.poll().pop() {
            break s;
        }
        assert!(Instant::now() < deadline, "no report for Tagalog");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!((tl.outcome, tl.audio_bytes), (Outcome::NoVoice, 0));
    assert!(!voice.speaks(Lang::Tl) && voice.speaks(Lang::Ja) && voice.speaks(Lang::Th));
}

#[test]
fn tagalog_says_on_the_voice_control_that_it_has_no_voice() {
    let mut b = voiced();
    b.tap("attract-touch");
    b.choose_language(Lang::Tl);
    assert!(b.shows(&b.t("a11y-voice-none")));
    b.tap("consent-accept");
    run_for(&mut b, 500);
    assert!(
        spoken(&b)
            .iter()
            .all(|s| s.lang != Lang::Tl || (s.outcome == Outcome::NoVoice && s.audio_bytes == 0)),
        "{:?}",
        spoken(&b)
    );
}

#[test]
fn without_a_sound_card_the_voice_is_unavailable_and_the_booth_goes_on() {
    let mut b = TestBooth::start_with(|c| {
        c.voice.enabled = true;
        c.voice.device = "myna-booth-no-such-device".to_owned();
    });
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.wait_until("the failed line", |b| {
        spoken(b).iter().any(|s| s.outcome == Outcome::Failed)
    });
    b.harness.run();
    assert!(b.shows(&b.t("a11y-voice-unavailable")));
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    assert_eq!(b.screen(), Screen::Scan);
}

#[test]
fn staff_see_the_voice_and_what_it_said_and_can_test_it() {
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    let mut b = TestBooth::start_with(|c| {
        c.voice.enabled = true;
        c.operator.pin_hash = hash;
    });
    // A user in Thai hears two screens, then leaves.
    b.tap("attract-touch");
    b.choose_language(Lang::Th);
    wait_played(&mut b, Lang::Th, "language-title");
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    assert_eq!(b.screen(), Screen::Attract);
    // The operator screen speaks the booth's own language.
    b.lang = b.config.ui.default_language;

    support::open_operator(&mut b, "2468");
    assert!(b.shows(&b.t("operator-voice-on-by-default")));
    assert!(b.shows(&b.t("operator-voice-output-ok")));
    let silent = b.loc.format(
        b.lang,
        "operator-voice-silent",
        &[("languages", Lang::Tl.native_name().into())],
    );
    assert!(
        b.shows(&silent),
        "Tagalog is named as having no voice: {silent}"
    );
    // Newest first: the start-over question, then the Thai screen's line, with its outcome
    // and engine.
    assert!(
        b.shows("th · language-title"),
        "the Thai screen is in the voice log"
    );
    assert!(b.shows(&b.t("operator-voice-played")));
    assert!(b.shows("· espeak-ng th"));

    b.tap("operator-voice-test");
    let lang = b.lang;
    let test = wait_played(&mut b, lang, "operator-voice-test-line");
    assert!(test.text.contains(&b.t("operator-voice-test-line")));
    b.harness.run();
    assert!(b.shows(&format!("{} · operator-voice-test-line", b.lang.code())));
}

#[test]
fn staff_are_told_when_the_sound_output_fails() {
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    let mut b = TestBooth::start_with(|c| {
        c.voice.enabled = true;
        c.voice.device = "myna-booth-no-such-device".to_owned();
        c.operator.pin_hash = hash;
    });
    b.tap("attract-touch");
    b.wait_until("the failed line", |b| {
        spoken(b).iter().any(|s| s.outcome == Outcome::Failed)
    });
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    support::open_operator(&mut b, "2468");
    assert!(b.shows(&b.t("operator-voice-output-failed")));
    assert!(!b.shows(&b.t("operator-voice-output-ok")));
}

/// A camera that is not there: every open fails.
struct NoCamera;

impl FrameSource for NoCamera {
    fn describe(&self) -> String {
        "no camera".to_owned()
    }
    fn open(&mut self) -> Result<(u32, u32), CameraError> {
        Err(CameraError::NoDevice)
    }
    fn next_frame(&mut self) -> Result<image::RgbImage, CameraError> {
        Err(CameraError::NoDevice)
    }
}

#[test]
fn a_lost_camera_is_spoken_asking_for_staff() {
    let camera = CameraOverride {
        factory: Box::new(|| Ok(Box::new(NoCamera) as Box<dyn FrameSource>)),
        director: None,
        timings: CameraTimings {
            backoff_min: Duration::from_millis(50),
            backoff_max: Duration::from_millis(200),
            ..CameraTimings::default()
        },
    };
    let mut b = TestBooth::start_full(
        |c| c.voice.enabled = true,
        myna_booth::ui::OperatorSetup::default(),
        Some(camera),
    );
    b.tap("attract-touch");
    b.choose_language(Lang::Ko);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    let lost = wait_played(&mut b, Lang::Ko, "camera-lost");
    assert!(lost.text.contains(&b.t("camera-lost")));
    assert_eq!(lost.engine, "espeak-ng ko");
}

/// The whole journey, spoken in English and Japanese: the photo countdown is said 3-2-1, and
/// nothing said contains the form's name or address, the birth date, the application ID or
/// the receipt number.
#[test]
fn the_countdown_is_said_and_nothing_personal_ever_is() {
    for lang in [Lang::En, Lang::Ja] {
        let mut b = TestBooth::start_with(|c| {
            c.voice.enabled = true;
            // The demo sitter sits a little far and looks a little down for the default
            // thresholds; these let every check pass, so that the countdown runs.
            let checks = &mut c.photo.checks;
            checks.not_too_far_min_crop_px = 413.0;
            checks.not_too_far_floor_crop_px = 413.0;
            checks.pitch_max_deg = 30.0;
        });
        b.go_to_details_typed(lang, FORM_ID);
        let form = match b.harness.state().session().form() {
            FormLookup::Done(LookupOutcome::Found(f)) => f.clone(),
            other => panic!("form not found: {other:?}"),
        };
        b.pick_birth_date(BIRTH);
        b.tap("details-continue");
        // The demo sitter passes every check: the booth counts down and takes the photo.
        b.wait_until("the automatic photo", |b| b.screen() == Screen::Review);
        let digits: Vec<String> = spoken(&b)
            .iter()
            .filter(|s| s.ids == ["voice-number"])
            .map(|s| s.text.trim().to_owned())
            .collect();
        assert_eq!(digits, ["3", "2", "1"], "{lang}: {:?}", spoken(&b));
        b.tap("review-use");
        b.tap("confirm-send");
        b.wait_for(Screen::Slip);
        let receipt = b.harness.state().session().submission().clone();
        wait_played(&mut b, lang, "slip-demo-note");

        let (_, name, town, rest) = DEMO_FORMS
            .iter()
            .find(|f| f.0 == FORM_ID)
            .copied()
            .expect("the demo form");
        let mut secrets = vec![
            name.to_owned(),
            town.to_owned(),
            rest.to_owned(),
            form.name().to_owned(),
            form.address().to_owned(),
            FORM_ID.to_owned(),
            BIRTH.to_owned(),
            "1985".to_owned(),
        ];
        if let myna_booth::flow::Submission::Done(outcome) = &receipt
            && let Some(r) = outcome.receipt()
        {
            secrets.push(r.to_owned());
        }
        // Any word of them, and any three characters in a row of those written without spaces
        // (Japanese names and addresses); masked characters do not count.
        let mut pieces: Vec<String> = Vec::new();
        for s in &secrets {
            pieces.extend(s.split_whitespace().map(str::to_owned));
            let chars: Vec<char> = s
                .chars()
                .filter(|c| !c.is_ascii() && !c.is_whitespace())
                .collect();
            pieces.extend(chars.windows(3).map(|w| w.iter().collect::<String>()));
        }
        pieces.retain(|p| !p.contains('＊') && !p.contains('*'));
        let all = spoken(&b);
        assert!(all.len() >= 8, "{lang}: only {} lines", all.len());
        for s in &all {
            for p in &pieces {
                assert!(
                    !s.text.contains(p.as_str()),
                    "{lang}: {p:?} spoken in {s:?}"
                );
            }
            let longest_number = s
                .text
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            assert!(longest_number <= 2, "{lang}: a number spoken: {s:?}");
        }
    }
}
