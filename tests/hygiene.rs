//! Session hygiene (issue 7): real sessions through the real UI leave by every way out —
//! finishing after the slip, starting over, walking away, declining the privacy notice, and
//! walking away mid-photo — and after each, nothing the user gave or was shown is left on the
//! booth's disk (names or contents of any file under the data directory) or in the session.
//! The slip PDF, the one thing a user takes away, holds the masked ID only.

mod support;

use myna_booth::flow::{FormLookup, LookupOutcome, Screen, Submission};
use myna_booth::i18n::Lang;
use support::TestBooth;

/// A demo form of the in-process intake server ("John Smith", Osaka), typed on the keypad.
const FORM_ID: &str = "20261121000000000067890";
/// The same ID as forms and slips group it.
const FORM_ID_GROUPED: &str = "2026 1121 0000 0000 0067 890";
/// The birth date typed, and the forms it is written in.
const BIRTH_TYPED: &str = "19850412";
const BIRTH_ISO: &str = "1985-04-12";
const BIRTH_ERA: &str = "昭和60年4月12日";
/// The demo form's details as the intake server holds them (src/intake/server.rs); the booth
/// shows the name masked and the address up to the town.
const NAME: &str = "John Smith";
const ADDRESS: &str = "大阪府大阪市北区梅田";
const ADDRESS_LINE: &str = "三丁目1番1号";

/// What a session revealed: the sample data plus what the booth showed (masked details) and
/// took (the photo's JPEG).
#[derive(Default)]
struct Seen {
    masked: Vec<String>,
    jpegs: Vec<Vec<u8>>,
}

fn secrets(seen: &Seen) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = [
        FORM_ID,
        FORM_ID_GROUPED,
        BIRTH_TYPED,
        BIRTH_ISO,
        BIRTH_ERA,
        NAME,
        ADDRESS,
        ADDRESS_LINE,
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    out.extend(seen.masked.iter().map(|s| s.as_bytes().to_vec()));
    // A slice from inside each photo's JPEG (past the headers): only this photo has it.
    for jpeg in &seen.jpegs {
        let mid = jpeg.len() / 2;
        out.push(jpeg[mid..(mid + 64).min(jpeg.len())].to_vec());
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A JPEG's start of image followed by a JFIF/Exif/quantisation-table marker.
/// Whether `bytes` hold a JPEG: a start-of-image marker from which a JPEG header decodes. The
/// marker alone is four bytes, which megabytes of encrypted records hold now and then by chance
/// (the outbox's write-ahead log did once, in a cold CI run); a real photo also decodes.
fn has_jpeg_start(bytes: &[u8]) -> bool {
    bytes.windows(4).enumerate().any(|(i, w)| {
        w[..3] == [0xFF, 0xD8, 0xFF]
            && (w[3] == 0xDB || (0xE0..=0xEF).contains(&w[3]))
            && image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&bytes[i..])).is_ok_and(
                |d| {
                    use image::ImageDecoder;
                    let (w, h) = d.dimensions();
                    w > 0 && h > 0
                },
            )
    })
}

fn is_slip(p: &std::path::Path) -> bool {
    p.extension().is_some_and(|e| e == "pdf")
}

/// The text of a slip PDF, without whitespace.
fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (scripts/setup.sh installs poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Fails if any file under the data directory is named with or contains personal data, or
/// holds a JPEG; slips are read as text and may show the masked ID only.
fn assert_disk_forgets(b: &TestBooth, seen: &Seen, exit: &str) {
    let secrets = secrets(seen);
    let files = b.files();
    for p in &files {
        let name = p.to_string_lossy();
        let bytes = std::fs::read(p).unwrap_or_default();
        for s in &secrets {
            assert!(
                !contains(name.as_bytes(), s),
                "{exit}: a file is named with personal data: {name}"
            );
            assert!(
                !contains(&bytes, s),
                "{exit}: {name} contains personal data ({})",
                String::from_utf8_lossy(s)
            );
        }
        assert!(!has_jpeg_start(&bytes), "{exit}: {name} holds a JPEG");
        if is_slip(p) {
            let text = pdf_text(p);
            for s in [FORM_ID, "1985", NAME, "Smith", ADDRESS] {
                assert!(!text.contains(s), "{exit}: the slip shows {s}: {text}");
            }
            for m in &seen.masked {
                let m: String = m.chars().filter(|c| !c.is_whitespace()).collect();
                assert!(!text.contains(&m), "{exit}: the slip shows {m}: {text}");
            }
        }
    }
}

/// The session in memory holds nothing of the user.
fn assert_session_forgets(b: &TestBooth, exit: &str) {
    let s = b.harness.state().session();
    assert!(s.application_id().is_none(), "{exit}: the ID is kept");
    assert!(s.photo().shots.is_empty(), "{exit}: photos are kept");
    assert!(s.chosen_photo().is_none(), "{exit}: a photo is kept");
    assert!(
        s.details().birth_date.is_none(),
        "{exit}: the birth date is kept"
    );
    assert!(
        matches!(s.form(), FormLookup::NotAsked),
        "{exit}: the form's details are kept: {:?}",
        s.form()
    );
    assert!(
        matches!(s.submission(), Submission::NotSent),
        "{exit}: the application is kept"
    );
    let debug = format!("{s:?}");
    for secret in [FORM_ID, BIRTH_ISO, NAME] {
        assert!(
            !debug.contains(secret),
            "{exit}: session still holds {secret}"
        );
    }
}

/// From the attract screen to the details screen with the typed form ID, remembering the
/// masked details the booth showed.
fn to_details(b: &mut TestBooth, seen: &mut Seen) {
    b.go_to_details_typed(Lang::En, FORM_ID);
    match b.harness.state().session().form() {
        FormLookup::Done(LookupOutcome::Found(f)) => {
            seen.masked.push(f.name().to_owned());
            seen.masked.push(f.address().to_owned());
        }
        other => panic!("form not found: {other:?}"),
    }
    for m in &seen.masked {
        assert!(b.shows(m), "the masked details are on screen: {m}");
    }
    assert!(
        seen.masked[0] != NAME,
        "the name is masked: {}",
        seen.masked[0]
    );
    b.pick_birth_date(BIRTH_TYPED);
    assert!(b.shows(BIRTH_ERA), "the birth date is on screen");
}

/// Takes a photo and keeps its JPEG to look for later.
fn take_photo(b: &mut TestBooth, seen: &mut Seen) {
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    let shots = &b.harness.state().session().photo().shots;
    assert!(!shots.is_empty(), "a photo was taken");
    seen.jpegs.extend(shots.iter().map(|s| s.jpeg.clone()));
}

fn walk_away(b: &mut TestBooth) {
    let warn = u64::from(b.config.timeouts.inactivity_warning_s) * 1000;
    b.clock.advance(warn);
    b.harness.run();
    assert!(b.shows(&b.t("inactivity-title")), "the warning comes first");
    let reset = u64::from(b.config.timeouts.inactivity_reset_s) * 1000;
    b.clock.advance(reset);
    b.harness.run();
}

#[test]
fn finishing_after_the_slip_leaves_only_a_masked_slip() {
    let mut b = TestBooth::start();
    let mut seen = Seen::default();
    to_details(&mut b, &mut seen);
    b.tap("details-continue");
    take_photo(&mut b, &mut seen);
    b.tap("review-use");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    b.wait_until("the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    let slip = b
        .files()
        .into_iter()
        .find(|p| is_slip(p))
        .expect("the slip PDF is saved");
    let text = pdf_text(&slip);
    assert!(
        text.contains("2026****************890"),
        "masked ID: {text}"
    );
    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye);
    assert_session_forgets(&b, "finish");
    assert_disk_forgets(&b, &seen, "finish");
}

#[test]
fn starting_over_from_review_forgets_the_photo_and_the_details() {
    let mut b = TestBooth::start();
    let mut seen = Seen::default();
    to_details(&mut b, &mut seen);
    b.tap("details-continue");
    take_photo(&mut b, &mut seen);
    b.tap("topbar-start-over");
    b.tap("start-over-yes");
    assert_eq!(b.screen(), Screen::Attract);
    assert_session_forgets(&b, "start over");
    assert_disk_forgets(&b, &seen, "start over");
}

#[test]
fn walking_away_on_the_details_screen_forgets_everything() {
    let mut b = TestBooth::start();
    let mut seen = Seen::default();
    to_details(&mut b, &mut seen);
    walk_away(&mut b);
    assert_eq!(b.screen(), Screen::Attract);
    assert_session_forgets(&b, "inactivity");
    assert_disk_forgets(&b, &seen, "inactivity");
}

#[test]
fn walking_away_mid_photo_forgets_the_shots() {
    let mut b = TestBooth::start();
    let mut seen = Seen::default();
    to_details(&mut b, &mut seen);
    b.tap("details-continue");
    take_photo(&mut b, &mut seen);
    b.tap("review-retake");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    walk_away(&mut b);
    assert_eq!(b.screen(), Screen::Attract);
    assert_session_forgets(&b, "reset mid-photo");
    assert_disk_forgets(&b, &seen, "reset mid-photo");
}

#[test]
fn declining_consent_after_an_earlier_session_leaves_nothing() {
    // A first user sends an application; the next declines the privacy notice.
    let mut b = TestBooth::start();
    let mut seen = Seen::default();
    to_details(&mut b, &mut seen);
    b.tap("details-continue");
    take_photo(&mut b, &mut seen);
    b.tap("review-use");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    b.wait_until("the slip", |b| {
        b.harness.state().session().print_outcome().is_some()
    });
    b.tap("slip-finish");
    let goodbye = u64::from(b.config.timeouts.goodbye_s) * 1000;
    b.clock.advance(goodbye + 1000);
    b.harness.run();
    assert_eq!(b.screen(), Screen::Attract);
    // The next user meets the booth in its default language.
    b.lang = b.config.ui.default_language;
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-decline");
    assert_eq!(b.screen(), Screen::Attract);
    assert_session_forgets(&b, "declined consent");
    assert_disk_forgets(&b, &seen, "declined consent");
}

/// The disk check's JPEG finder: a photo inside other bytes is found, the bare marker that
/// random (encrypted) bytes hold by chance is not.
#[test]
fn the_jpeg_finder_finds_a_photo_and_not_a_chance_marker() {
    let photo = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 90]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&photo)
        .expect("encode");
    let mut file = vec![0x5Au8; 1000];
    file.extend_from_slice(&jpeg);
    file.extend_from_slice(&[0xA5; 1000]);
    assert!(has_jpeg_start(&file), "a photo inside a file");
    let mut chance = vec![0x17u8; 2000];
    chance[700..704].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
    assert!(!has_jpeg_start(&chance), "a marker followed by noise");
}
