//! Screen 4: details. Date of birth on a keypad (Western date with the Japanese era shown),
//! the electronic certificates (both on by default; no signing certificate under 15), braille,
//! and what the age means (under 1: no photo; under 15: a legal representative applies).

use egui::{RichText, Ui};

use super::View;
use crate::domain::format_japanese;
use crate::flow::Event;
use crate::ui::widgets::{self, Key};

/// A birth date is typed as YYYY MM DD.
const DATE_GROUPS: [usize; 3] = [4, 2, 2];

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    widgets::title(ui, theme, &v.t("details-title"));
    if let Some(id) = v.s.application_id() {
        ui.label(
            RichText::new(format!("{}: {}", v.t("confirm-id"), id.grouped()))
                .font(theme.bold(theme.body)),
        );
    }
    widgets::simplified_note(ui, theme, &v.t("details-prefilled-note"));
    ui.add_space(theme.gap_small);
    let left = egui::Layout::top_down(egui::Align::Min);
    ui.columns(2, |cols| {
        cols[0].with_layout(left, |ui| birth_date(ui, v, out));
        cols[1].with_layout(left, |ui| choices(ui, v, out));
    });
}

fn birth_date(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let d = v.s.details();
    widgets::heading(ui, theme, &v.t("details-birth-date"));
    widgets::muted(ui, theme, &v.t("details-birth-date-hint"));
    ui.label(
        RichText::new(widgets::grouped_digits(
            d.birth_digits.as_str(),
            &DATE_GROUPS,
        ))
        .font(theme.bold(theme.title)),
    );
    // Era, age or error take the same room whether shown or not, so the keypad never moves
    // under the user's finger.
    let reserved = theme.body * 2.0 + theme.gap * 2.0;
    let top = ui.cursor().top();
    if let Some(err) = &d.birth_error {
        widgets::error(ui, theme, &v.t(err.message_id()));
    } else if let Some(b) = &d.birth_date {
        if let Some(era) = format_japanese(b.date()) {
            widgets::body(
                ui,
                theme,
                &v.tr
                    .t_args("details-birth-date-era", &[("era", era.into())]),
            );
        }
        if let Some(age) = v.s.age() {
            widgets::body(
                ui,
                theme,
                &v.tr.t_args("details-age", &[("age", age.into())]),
            );
        }
    }
    let used = ui.cursor().top() - top;
    if used < reserved {
        ui.add_space(reserved - used);
    }
    match widgets::keypad(ui, theme, &v.t("keypad-delete"), &v.t("keypad-clear")) {
        Some(Key::Digit(n)) => out.push(Event::BirthDigit(n)),
        Some(Key::Delete) => out.push(Event::BirthDelete),
        Some(Key::Clear) => out.push(Event::BirthClear),
        None => {}
    }
}

fn on_off(ui: &mut Ui, v: &View<'_>, on: bool, enabled: bool) -> Option<bool> {
    let theme = v.theme;
    let mut chosen = None;
    ui.add_enabled_ui(enabled, |ui| {
        ui.horizontal(|ui| {
            if widgets::choice_button(ui, theme, &v.t("details-cert-on"), on).clicked() {
                chosen = Some(true);
            }
            if widgets::choice_button(ui, theme, &v.t("details-cert-off"), !on).clicked() {
                chosen = Some(false);
            }
        });
    });
    chosen
}

fn choices(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let d = v.s.details();
    widgets::heading(ui, theme, &v.t("details-cert-title"));
    widgets::body(ui, theme, &v.t("details-cert-signing"));
    let allowed = v.s.signing_certificate_allowed();
    if let Some(on) = on_off(ui, v, v.s.signing_certificate(), allowed) {
        out.push(Event::SetSigningCertificate(on));
    }
    if !allowed {
        widgets::muted(ui, theme, &v.t("details-cert-signing-under-15"));
    }
    ui.add_space(theme.gap_small);
    widgets::body(ui, theme, &v.t("details-cert-auth"));
    if let Some(on) = on_off(ui, v, d.auth_certificate, true) {
        out.push(Event::SetAuthCertificate(on));
    }
    ui.add_space(theme.gap_small);
    widgets::heading(ui, theme, &v.t("details-braille"));
    widgets::muted(ui, theme, &v.t("details-braille-hint"));
    ui.horizontal(|ui| {
        if widgets::choice_button(ui, theme, &v.t("answer-yes"), d.braille).clicked() {
            out.push(Event::SetBraille(true));
        }
        if widgets::choice_button(ui, theme, &v.t("answer-no"), !d.braille).clicked() {
            out.push(Event::SetBraille(false));
        }
    });
    if v.s.is_minor_under_15() {
        widgets::body(ui, theme, &v.t("details-under-15"));
    }
    if !v.s.needs_photo() {
        widgets::body(ui, theme, &v.t("details-under-1"));
    }
}

/// The continue button, always visible at the bottom.
pub fn footer(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let ready = v.s.details().birth_date.is_some();
    ui.vertical_centered(|ui| {
        let r = ui.add_enabled_ui(ready, |ui| {
            widgets::primary_button(ui, v.theme, &v.t("details-continue"))
        });
        if r.inner.clicked() {
            out.push(Event::DetailsContinue);
        }
    });
}
