//! Dialogs over the current screen: confirm start over, staff called, "are you still there?",
//! and the language picker.

use egui::{Id, Modal};

use super::screens::View;
use super::widgets;
use crate::flow::{Event, Overlay};

/// Draws the session's overlay, if any.
pub fn show(ctx: &egui::Context, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let Some(overlay) = v.s.overlay() else {
        return;
    };
    let frame = egui::Frame::new()
        .fill(theme.palette.surface)
        .corner_radius(theme.corner())
        .inner_margin(theme.margin);
    Modal::new(Id::unique("booth-overlay"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_max_width(theme.touch * 12.0);
            ui.vertical_centered(|ui| match overlay {
                Overlay::ConfirmStartOver => {
                    widgets::balanced_heading(ui, theme, &v.t("start-over-title"));
                    widgets::body(ui, theme, &v.t("start-over-body"));
                    ui.add_space(theme.gap);
                    if widgets::primary_button(ui, theme, &v.t("start-over-no")).clicked() {
                        out.push(Event::StartOverCancelled);
                    }
                    ui.add_space(theme.gap_small);
                    if widgets::secondary_button(ui, theme, &v.t("start-over-yes")).clicked() {
                        out.push(Event::StartOverConfirmed);
                    }
                }
                Overlay::StaffCalled => {
                    widgets::balanced_heading(ui, theme, &v.t("staff-called"));
                    ui.add_space(theme.gap);
                    if widgets::primary_button(ui, theme, &v.t("staff-called-close")).clicked() {
                        out.push(Event::DismissStaffNotice);
                    }
                }
                Overlay::InactivityWarning { .. } => {
                    widgets::balanced_heading(ui, theme, &v.t("inactivity-title"));
                    let secs = v.s.reset_countdown_s(v.now).unwrap_or(0);
                    widgets::body(
                        ui,
                        theme,
                        &v.tr.t_args("inactivity-body", &[("seconds", secs.into())]),
                    );
                    ui.add_space(theme.gap);
                    if widgets::primary_button(ui, theme, &v.t("inactivity-continue")).clicked() {
                        out.push(Event::StillHere);
                    }
                }
            });
        });
}

/// The language picker opened from the top bar; returns true when it should close.
pub fn language_picker(ctx: &egui::Context, v: &View<'_>, out: &mut Vec<Event>) -> bool {
    let theme = v.theme;
    let mut close = false;
    let frame = egui::Frame::new()
        .fill(theme.palette.surface)
        .corner_radius(theme.corner())
        .inner_margin(theme.margin);
    Modal::new(Id::unique("language-picker"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_max_width(theme.touch * 20.0);
            widgets::heading(ui, theme, &v.t("language-title"));
            if let Some(lang) = widgets::language_tiles(ui, theme, &v.booth.languages, v.tr.lang, 4)
            {
                out.push(Event::SetLanguage(lang));
                close = true;
            }
        });
    close
}
