//! Screen 4: details. Date of birth on a keypad (Western date with the Japanese era shown),
//! the electronic certificates (both on by default; no signing certificate under 15 or for an
//! adult ward), braille, and what the age means (under 1: no photo; under 15: a notice that a
//! parent or other legal representative applies and uses the booth).
//! On top, the form's prefilled details from the intake service, or what to do when the
//! service does not know the ID or cannot be reached.

use egui::{RichText, Ui};

use super::View;
use crate::domain::format_japanese;
use crate::flow::{Event, FormLookup, LookupOutcome};
use crate::ui::widgets;

/// A birth date is typed as YYYY MM DD.
const DATE_GROUPS: [usize; 3] = [4, 2, 2];

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let compact = compact(ui.ctx(), v);
    // Title and ID share a row: the keypad below needs every line of the screen. In the
    // compact form there is no title: the ID opens the form's strip.
    let id =
        v.s.application_id()
            .map(|id| (v.t("confirm-id"), id.grouped()));
    if !compact {
        ui.horizontal_wrapped(|ui| {
            widgets::title(ui, theme, &v.t("details-title"));
            ui.add_space(theme.gap);
            if let Some((label, id)) = &id {
                ui.label(RichText::new(format!("{label}: {id}")).font(theme.bold(theme.body)));
            }
        });
    }
    let id_in_strip = id.filter(|_| compact);
    if !prefilled(ui, v, id_in_strip.as_ref(), out) {
        return;
    }
    ui.add_space(theme.gap_small);
    let left = egui::Layout::top_down(egui::Align::Min);
    if !compact {
        ui.columns(2, |cols| {
            cols[0].with_layout(left, |ui| birth_date(ui, v, out, false));
            cols[1].with_layout(left, |ui| choices(ui, v, out));
        });
        return;
    }
    // Larger text: every line counts. The picker's column is a little narrower, the date's
    // heading and digits share a line, and each choice sits beside its question.
    let width = ui.available_width();
    let gap = theme.margin;
    let birth_w = (width * 0.45).floor();
    let choices_w = width - birth_w - gap;
    let row = egui::Layout::left_to_right(egui::Align::Min);
    ui.allocate_ui_with_layout(egui::Vec2::new(width, 0.0), row, |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        ui.allocate_ui_with_layout(egui::Vec2::new(birth_w, 0.0), left, |ui| {
            ui.set_width(birth_w);
            ui.spacing_mut().item_spacing.x = theme.gap_small;
            birth_date(ui, v, out, true);
        });
        ui.allocate_ui_with_layout(egui::Vec2::new(choices_w, 0.0), left, |ui| {
            ui.set_width(choices_w);
            ui.spacing_mut().item_spacing.x = theme.gap_small;
            choices_beside(ui, v, out);
        });
    });
}

/// The compact form of the details (larger text on a 16:9 screen, or long wording): the
/// braille choice goes into the footer beside the continue button, and each remaining choice
/// sits beside its question.
fn compact(ctx: &egui::Context, v: &View<'_>) -> bool {
    super::cramped(ctx, v)
}

/// The form as the intake service knows it (name and address masked by the service), or
/// what to do when it could not be looked up. Returns false when the rest of the screen has
/// no use (the service does not know this ID: it must be typed again first).
fn prefilled(
    ui: &mut Ui,
    v: &View<'_>,
    id: Option<&(String, String)>,
    out: &mut Vec<Event>,
) -> bool {
    let theme = v.theme;
    let p = theme.palette;
    // One line, in the room the rest of the screen leaves: the keypad must stay on screen.
    let strip = |ui: &mut Ui, fill, add: &mut dyn FnMut(&mut Ui)| {
        egui::Frame::new()
            .fill(fill)
            .corner_radius(theme.corner())
            .inner_margin(theme.inner_margin() * 0.5)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    if let Some((label, id)) = id {
                        labelled_value(ui, theme, label, id);
                    }
                    add(ui);
                });
            });
    };
    match v.s.form() {
        FormLookup::NotAsked | FormLookup::Pending => {
            strip(ui, p.secondary, &mut |ui| {
                ui.label(
                    RichText::new(v.t("details-form-looking"))
                        .size(theme.body)
                        .color(p.text_muted),
                );
            });
        }
        FormLookup::Done(LookupOutcome::Found(form)) => strip(ui, p.surface, &mut |ui| {
            for (label, value) in [
                (v.t("details-form-name"), form.name()),
                (v.t("details-form-address"), form.address()),
            ] {
                labelled_value(ui, theme, &label, value);
            }
            ui.label(
                RichText::new(v.t("details-form-check"))
                    .size(theme.small)
                    .color(p.text_muted),
            );
        }),
        FormLookup::Done(LookupOutcome::Unavailable) => strip(ui, p.warning_bg, &mut |ui| {
            widgets::warning_icon(ui, theme);
            ui.label(
                RichText::new(v.t("details-form-unavailable-title"))
                    .font(theme.bold(theme.body))
                    .color(p.warning_text),
            );
            ui.label(
                RichText::new(v.t("details-form-unavailable"))
                    .size(theme.small)
                    .color(p.warning_text),
            );
        }),
        FormLookup::Done(LookupOutcome::NotFound) => {
            widgets::warning(
                ui,
                theme,
                &v.t("details-form-not-found-title"),
                &v.t("details-form-not-found"),
            );
            ui.add_space(theme.gap);
            let buttons = [
                (v.t("details-form-reenter"), widgets::Kind::Primary),
                (v.t("topbar-call-staff"), widgets::Kind::Secondary),
            ];
            let refs: Vec<_> = buttons.iter().map(|(t, k)| (t.as_str(), *k)).collect();
            ui.vertical_centered(|ui| match widgets::button_row(ui, theme, &refs) {
                Some(0) => out.push(Event::ReenterId),
                Some(_) => out.push(Event::CallStaff),
                None => {}
            });
            return false;
        }
    }
    true
}

/// "Label: value" in the form's strip, the value bold, a gap after it.
fn labelled_value(ui: &mut Ui, theme: &crate::ui::theme::Theme, label: &str, value: &str) {
    ui.label(
        RichText::new(format!("{label}:"))
            .size(theme.body)
            .color(theme.palette.text_muted),
    );
    ui.label(RichText::new(value).font(theme.bold(theme.body)));
    ui.add_space(theme.gap);
}

fn birth_date(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>, compact: bool) {
    let theme = v.theme;
    let d = v.s.details();
    let digits = RichText::new(widgets::grouped_digits(
        d.birth_digits.as_str(),
        &DATE_GROUPS,
    ));
    if compact {
        // The picker's own question says what to do: no hint line.
        ui.horizontal(|ui| {
            widgets::heading(ui, theme, &v.t("details-birth-date"));
            ui.add_space(theme.gap);
            ui.label(digits.font(theme.bold(theme.heading)));
        });
    } else {
        widgets::heading(ui, theme, &v.t("details-birth-date"));
        widgets::muted(ui, theme, &v.t("details-birth-date-hint"));
        ui.label(digits.font(theme.bold(theme.title)));
    }
    // Era, age or error take the same room whether shown or not, so the keypad never moves
    // under the user's finger.
    let reserved = if compact {
        theme.body * 1.4 + theme.gap_small
    } else {
        theme.body * 2.0 + theme.gap * 2.0
    };
    let top = ui.cursor().top();
    if let Some(err) = &d.birth_error {
        widgets::error(ui, theme, &v.t(err.message_id()));
    } else if let Some(b) = &d.birth_date {
        let era = format_japanese(b.date()).map(|era| {
            v.tr.t_args("details-birth-date-era", &[("era", era.into())])
        });
        let age =
            v.s.age()
                .map(|age| v.tr.t_args("details-age", &[("age", age.into())]));
        if compact {
            ui.horizontal_wrapped(|ui| {
                for text in era.iter().chain(age.iter()) {
                    ui.label(RichText::new(text).size(theme.body));
                    ui.add_space(theme.gap);
                }
            });
        } else {
            for text in era.iter().chain(age.iter()) {
                widgets::body(ui, theme, text);
            }
        }
    }
    let used = ui.cursor().top() - top;
    if used < reserved {
        ui.add_space(reserved - used);
    }
    let text = crate::ui::birth_picker::PickerText {
        decade: v.t("details-pick-decade"),
        year: v.t("details-pick-year"),
        month: v.t("details-pick-month"),
        day: v.t("details-pick-day"),
        back: v.t("details-pick-back"),
        clear: v.t("keypad-clear"),
    };
    crate::ui::birth_picker::show(ui, theme, &text, d.birth_digits.as_str(), v.today, out);
}

fn on_off(ui: &mut Ui, v: &View<'_>, on: bool) -> Option<bool> {
    let theme = v.theme;
    let mut chosen = None;
    ui.horizontal(|ui| {
        if widgets::choice_button(ui, theme, &v.t("details-cert-on"), on).clicked() {
            chosen = Some(true);
        }
        if widgets::choice_button(ui, theme, &v.t("details-cert-off"), !on).clicked() {
            chosen = Some(false);
        }
    });
    chosen
}

fn choices(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let d = v.s.details();
    widgets::heading(ui, theme, &v.t("details-cert-title"));
    widgets::body(ui, theme, &v.t("details-cert-signing"));
    if v.s.signing_certificate_allowed() {
        if let Some(on) = on_off(ui, v, v.s.signing_certificate()) {
            out.push(Event::SetSigningCertificate(on));
        }
        // The booth cannot know it: an adult ward's guardian reads it and chooses.
        widgets::muted(ui, theme, &v.t("details-adult-ward"));
    } else {
        // A child has no choice here: the notice says why, in the room of the buttons.
        under_15_notice(ui, v);
    }
    ui.add_space(theme.gap_small);
    widgets::body(ui, theme, &v.t("details-cert-auth"));
    if let Some(on) = on_off(ui, v, d.auth_certificate) {
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
    if !v.s.needs_photo() {
        widgets::body(ui, theme, &v.t("details-under-1"));
    }
}

/// The choices with each question's buttons beside it (larger text), so that the column
/// fits beside the date picker on a 16:9 screen.
fn choices_beside(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let d = v.s.details();
    // No "Electronic certificates" heading: each question names its certificate, and the
    // line is needed.
    let (on, off) = (v.t("details-cert-on"), v.t("details-cert-off"));
    // Laid out from the right (see `beside`): "off" first, so that "on" shows on its left.
    let pair = |ui: &mut Ui, on_text: &str, off_text: &str, value: bool| {
        let mut chosen = None;
        if widgets::choice_button(ui, theme, off_text, !value).clicked() {
            chosen = Some(false);
        }
        if widgets::choice_button(ui, theme, on_text, value).clicked() {
            chosen = Some(true);
        }
        chosen
    };
    if v.s.signing_certificate_allowed() {
        let body = v.t("details-cert-signing");
        let chosen = beside(ui, v, &body, |ui| {
            pair(ui, &on, &off, v.s.signing_certificate())
        });
        if let Some(on) = chosen {
            out.push(Event::SetSigningCertificate(on));
        }
        widgets::muted(ui, theme, &v.t("details-adult-ward"));
    } else {
        widgets::body(ui, theme, &v.t("details-cert-signing"));
        under_15_notice(ui, v);
    }
    ui.add_space(theme.gap_small);
    let body = v.t("details-cert-auth");
    let chosen = beside(ui, v, &body, |ui| pair(ui, &on, &off, d.auth_certificate));
    if let Some(on) = chosen {
        out.push(Event::SetAuthCertificate(on));
    }
    ui.add_space(theme.gap_small);
    if !v.s.needs_photo() {
        widgets::body(ui, theme, &v.t("details-under-1"));
    }
}

/// A question on the left and its choice buttons on the right, centred on the question's
/// height. `buttons` is laid out from the right edge, so the question gets exactly the room
/// the buttons leave. A question that would need more than three lines there (long
/// translations) takes the whole width instead, with its buttons on the right under it.
fn beside<R>(ui: &mut Ui, v: &View<'_>, question: &str, buttons: impl FnOnce(&mut Ui) -> R) -> R {
    let theme = v.theme;
    let (on, off) = (v.t("details-cert-on"), v.t("details-cert-off"));
    let spacing = ui.spacing().item_spacing.x;
    let buttons_w = widgets::choice_button_width(ui, theme, &on)
        + widgets::choice_button_width(ui, theme, &off)
        + 2.0 * spacing;
    let text_w = (ui.available_width() - buttons_w - theme.gap).max(theme.touch * 3.0);
    let lines = ui.ctx().fonts_mut(|f| {
        f.layout(
            question.to_owned(),
            theme.font(theme.body),
            theme.palette.text,
            text_w,
        )
        .rows
        .len()
    });
    let row = egui::Layout::right_to_left(egui::Align::Center);
    if lines > 3 {
        widgets::body(ui, theme, question);
        return ui
            .allocate_ui_with_layout(egui::Vec2::new(ui.available_width(), 0.0), row, buttons)
            .inner;
    }
    ui.allocate_ui_with_layout(egui::Vec2::new(ui.available_width(), 0.0), row, |ui| {
        let chosen = buttons(ui);
        ui.add_space(theme.gap);
        let text_w = ui.available_width().max(theme.touch * 3.0);
        let column = egui::Layout::top_down(egui::Align::Min);
        ui.allocate_ui_with_layout(egui::Vec2::new(text_w, 0.0), column, |ui| {
            ui.set_width(text_w);
            widgets::body(ui, theme, question);
        });
        chosen
    })
    .inner
}

/// The applicant is a child under 15: a parent or other legal representative applies and uses
/// the booth, and the child gets no signing certificate (the flow has already turned it off).
/// It stands in place of the signing certificate's choice, which a child does not have.
fn under_15_notice(ui: &mut Ui, v: &View<'_>) {
    let theme = v.theme;
    let p = theme.palette;
    egui::Frame::new()
        .fill(p.secondary)
        .stroke(egui::Stroke::new(theme.stroke * 2.0, p.primary))
        .corner_radius(theme.corner())
        .inner_margin(theme.inner_margin() * 0.5)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            // Title and text flow as one paragraph: the braille choice below must stay on screen.
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(v.t("details-under-15-title"))
                        .font(theme.bold(theme.small))
                        .color(p.text),
                );
                ui.label(
                    RichText::new(v.t("details-under-15"))
                        .size(theme.small)
                        .color(p.text),
                );
            });
        });
}

/// The continue button, always visible at the bottom; in the compact form the braille choice
/// sits on its left.
pub fn footer(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    if !compact(ui.ctx(), v) {
        ui.vertical_centered(|ui| continue_buttons(ui, v, out));
        return;
    }
    let theme = v.theme;
    let d = v.s.details();
    let row = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::Vec2::new(ui.available_width(), 0.0), row, |ui| {
        ui.vertical(|ui| {
            ui.label(RichText::new(v.t("details-braille")).font(theme.bold(theme.body)));
            widgets::muted(ui, theme, &v.t("details-braille-hint"));
        });
        ui.add_space(theme.gap);
        if widgets::choice_button(ui, theme, &v.t("answer-yes"), d.braille).clicked() {
            out.push(Event::SetBraille(true));
        }
        if widgets::choice_button(ui, theme, &v.t("answer-no"), !d.braille).clicked() {
            out.push(Event::SetBraille(false));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            continue_buttons(ui, v, out);
        });
    });
}

/// Continue, and beside it "ask again" while the form service cannot be reached.
fn continue_buttons(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let ready = v.s.details_complete();
    let unavailable = v.s.form() == &FormLookup::Done(LookupOutcome::Unavailable);
    if unavailable {
        // The service may be back: asking again sits beside the way on.
        let buttons = [
            (v.t("details-form-retry"), widgets::Kind::Secondary),
            (v.t("details-continue"), widgets::Kind::Primary),
        ];
        let refs: Vec<_> = buttons.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        match widgets::button_row(ui, v.theme, &refs) {
            Some(0) => out.push(Event::RetryLookup),
            Some(_) if ready => out.push(Event::DetailsContinue),
            _ => {}
        }
        return;
    }
    let r = ui.add_enabled_ui(ready, |ui| {
        widgets::primary_button(ui, v.theme, &v.t("details-continue"))
    });
    if r.inner.clicked() {
        out.push(Event::DetailsContinue);
    }
}
