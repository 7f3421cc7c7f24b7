//! How many taps a typical adult needs, from the attract screen to the slip, with a readable QR
//! code: counted per language on the real UI (design goal: no more than 12).

mod support;

use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
use support::TestBooth;

/// The design's goal for a typical adult applicant with a readable QR code.
const MAX_TAPS: usize = 12;

/// A typical adult: touches their language on the attract screen, agrees, nothing changed, the camera reads the form,
/// date of birth, the photo, sends. Returns the taps it took to reach the slip.
fn typical_adult(lang: Lang) -> usize {
    let mut b = TestBooth::start();
    if lang == b.lang {
        b.tap("attract-touch");
    } else {
        // The attract screen's language tiles start the session in that language.
        b.choose_language(lang);
    }
    assert_eq!(b.screen(), Screen::Language);
    assert_eq!(b.harness.state().session().language(), lang);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.wait_for(Screen::Details);
    b.wait_for_form();
    b.pick_birth_date("19850412");
    b.photo_and_send();
    b.taps
}

#[test]
fn a_typical_adult_reaches_the_slip_in_twelve_taps_or_fewer_in_every_language() {
    let mut rows = Vec::new();
    for lang in Lang::ALL {
        rows.push((lang, typical_adult(lang)));
    }
    println!("| language | taps to the slip |\n|---|---|");
    for (lang, taps) in &rows {
        println!("| {} | {taps} |", lang.code());
    }
    let over: Vec<_> = rows.iter().filter(|(_, t)| *t > MAX_TAPS).collect();
    assert!(over.is_empty(), "more than {MAX_TAPS} taps: {over:?}");
}
