//! Every control a user can tap, on every screen of a journey, has an accessible label (so a
//! screen reader can say it) and a hit area at least the configured touch target
//! (kiosk-config `ui.touch_target_mm` on the configured screen).

mod support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable, by};
use myna_booth::assemble;
use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
use myna_booth::photo::CheckId;
use support::TestBooth;

/// The buttons on the current screen that are too small or unlabelled, as readable lines, and
/// how many buttons were looked at.
fn problems(b: &TestBooth) -> (Vec<String>, usize) {
    let theme = assemble::theme(&b.config);
    // A little slack for rounding of the layout.
    let min = theme.touch - 0.5;
    let mut out = Vec::new();
    let mut count = 0;
    for node in b.harness.query_all(by().role(Role::Button)) {
        count += 1;
        let label = node.accesskit_node().label().unwrap_or_default();
        let rect = node.rect();
        if label.trim().is_empty() {
            out.push(format!(
                "{:?}: a button without a label at {rect:?}",
                b.screen()
            ));
        }
        if rect.width() < min || rect.height() < min {
            out.push(format!(
                "{:?}: {label:?} is {:.0}×{:.0}, less than {:.0}",
                b.screen(),
                rect.width(),
                rect.height(),
                theme.touch
            ));
        }
    }
    (out, count)
}

/// The buttons on the current screen that are not wholly on the screen (cut off at its edge,
/// or laid out below it where only scrolling would reach them).
fn off_screen(b: &TestBooth) -> Vec<String> {
    let [w, h] = b.config.ui.screen_resolution;
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w as f32, h as f32));
    b.harness
        .query_all(by().role(Role::Button))
        .filter(|node| !screen.expand(0.5).contains_rect(node.rect()))
        .map(|node| {
            format!(
                "{:?}: {:?} at {:?} is not wholly on the {w}×{h} screen",
                b.screen(),
                node.accesskit_node().label().unwrap_or_default(),
                node.rect()
            )
        })
        .collect()
}

#[test]
fn every_button_of_a_journey_is_labelled_and_finger_sized() {
    let mut b = TestBooth::start();
    let mut found = Vec::new();
    let mut seen = Vec::new();
    let mut look = |b: &TestBooth| {
        let (p, count) = problems(b);
        // Every screen has at least the top bar's buttons, or the attract screen's own.
        assert!(count > 0, "no buttons found on {:?}", b.screen());
        seen.push((b.screen(), count));
        found.extend(p);
    };
    look(&b);
    b.tap("attract-touch");
    look(&b);
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    look(&b);
    b.tap("check-something-changed");
    look(&b);
    b.tap_nth("answer-yes", 0);
    b.tap_nth("answer-no", 1);
    b.tap_nth("answer-no", 2);
    look(&b);
    b.tap("check-continue-anyway");
    look(&b);
    b.tap("scan-type-instead");
    look(&b);
    b.type_digits("20261121000000000067890");
    b.tap("keypad-done");
    b.wait_for_form();
    look(&b);
    b.pick_birth_date("19850412");
    b.tap("details-continue");
    look(&b);
    // The wheelchair and children help, open over the photo screen.
    b.tap("photo-help-open");
    look(&b);
    b.tap("photo-help-close");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    look(&b);
    b.tap("review-use");
    look(&b);
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    look(&b);
    b.tap("slip-finish");
    look(&b);
    assert_eq!(seen.len(), 14, "{seen:?}");
    println!("buttons per screen: {seen:?}");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The session's "larger text" and "high contrast" switches change what is drawn at once (the
/// title grows, the colours become white and yellow on black), every control stays labelled
/// and finger-sized with larger text through a whole journey, and the next user starts with
/// kiosk-config's look again.
#[test]
fn larger_text_and_high_contrast_switch_at_once_and_keep_every_button_usable() {
    let mut b = TestBooth::start();
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    let title_height = |b: &TestBooth| {
        b.harness
            .get_by_label(&b.t("language-title"))
            .rect()
            .height()
    };
    let before = title_height(&b);
    let body_before = b.harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    b.tap("a11y-larger-text-off");
    assert!(b.harness.state().access().look.larger_text);
    let after = title_height(&b);
    assert!(after > before * 1.2, "title {before} → {after}");
    let body_after = b.harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    assert!(
        body_after > body_before,
        "body text {body_before} → {body_after}"
    );

    b.tap("a11y-contrast-off");
    let theme = b.harness.state().theme().clone();
    assert_eq!(theme.palette, myna_booth::ui::theme::Palette::HIGH_CONTRAST);
    assert_eq!(
        b.harness.ctx.global_style().visuals.panel_fill,
        theme.palette.background
    );
    assert!(b.shows(&b.t("a11y-contrast-on")) && b.shows(&b.t("a11y-larger-text-on")));

    // On every screen of the journey, with larger text on: every button labelled, finger-sized
    // and wholly on the 16:9 screen (nothing needs scrolling to be reached).
    b.tap("a11y-contrast-on");
    let found = fitting_journey(&mut b);
    assert!(found.is_empty(), "{}", found.join("\n"));

    // The switches belong to the session: the next user starts with kiosk-config's look.
    b.tap("slip-finish");
    let start = assemble::theme(&b.config);
    assert_eq!(
        b.harness.state().theme(),
        &start,
        "the next user starts with the usual look"
    );
    assert_eq!(
        b.harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size,
        body_before
    );
}

/// Walks a whole journey from the language screen (the longest path of "before you start": a
/// "yes" and its warning) and returns what is wrong on the way: buttons unlabelled, too small
/// or not wholly on the screen, and screens taller than their room.
fn fitting_journey(b: &mut TestBooth) -> Vec<String> {
    let larger_text = b.harness.state().access().look.larger_text;
    let mut found = Vec::new();
    let mut look = |b: &mut TestBooth| {
        assert_eq!(b.harness.state().access().look.larger_text, larger_text);
        found.extend(problems(b).0);
        found.extend(off_screen(b));
        if b.harness.state().screen_overflows() {
            found.push(format!(
                "{:?}: the screen is {:.0} pt taller than its room (part of it needs scrolling)",
                b.screen(),
                b.harness.state().screen_excess()
            ));
        }
    };
    look(b);
    b.tap("consent-accept");
    look(b);
    // The longest case: a "yes" brings its warning, and "continue anyway" must stay in reach.
    b.tap("check-something-changed");
    b.tap_nth("answer-yes", 0);
    b.tap_nth("answer-no", 1);
    b.tap_nth("answer-no", 2);
    look(b);
    b.tap("check-continue-anyway");
    look(b);
    b.tap("scan-type-instead");
    look(b);
    b.type_digits("20261121000000000067890");
    b.tap("keypad-done");
    b.wait_for_form();
    // Each stage of the date picker: decade, year, month, day.
    look(b);
    b.tap_label("1980–1989");
    look(b);
    b.tap_label("1985");
    look(b);
    b.tap_label("4");
    look(b);
    b.tap_label("12");
    look(b);
    // The photo screen at its fullest: a sitter in a cap, so the head-covering warning shows
    // with its two answers below the shutter.
    b.harness.state_mut().services_mut().set_demo_cap(true);
    b.tap("details-continue");
    b.wait_for_guide_message(CheckId::HeadCovering);
    assert!(b.shows(&b.t("covering-none")));
    look(b);
    b.harness.state_mut().services_mut().set_demo_cap(false);
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    look(b);
    b.tap("review-use");
    look(b);
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    look(b);
    let lang = b.harness.state().session().language();
    let size = if larger_text {
        "larger text"
    } else {
        "normal text"
    };
    found
        .iter()
        .map(|f| format!("{lang:?} ({size}) {f}"))
        .collect()
}

/// In normal and in larger text, every screen of a journey fits the 16:9 screen in every
/// language the booth offers: no button out of reach, no screen that needs scrolling (long
/// wording takes a screen's compact form, as larger text does). Two tests, one per half of the
/// languages, so that they run side by side.
fn text_fits(east_asian: bool) {
    let mut found = Vec::new();
    let is_east_asian = |l: Lang| {
        matches!(
            l,
            Lang::Ja | Lang::JaEasy | Lang::ZhHans | Lang::ZhHant | Lang::Ko
        )
    };
    for lang in Lang::ALL
        .into_iter()
        .filter(|l| is_east_asian(*l) == east_asian)
    {
        for larger in [false, true] {
            let mut b = TestBooth::start();
            b.tap("attract-touch");
            b.choose_language(lang);
            if larger {
                b.tap("a11y-larger-text-off");
            }
            found.extend(fitting_journey(&mut b));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn text_fits_the_screen_in_japanese_chinese_and_korean() {
    text_fits(true);
}

#[test]
fn text_fits_the_screen_in_the_other_languages() {
    text_fits(false);
}
