//! Every control a user can tap, on every screen of a journey, has an accessible label (so a
//! screen reader can say it) and a hit area at least the configured touch target
//! (kiosk-config `ui.touch_target_mm` on the configured screen).

mod support;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable, by};
use myna_booth::assemble;
use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
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
