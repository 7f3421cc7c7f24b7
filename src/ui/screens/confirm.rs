//! Screen 7: confirm and send. A summary of everything that will be sent, then the send button
//! and its progress; a failure to store the application says so and offers to try again.

use egui::{RichText, Ui};

use super::View;
use crate::flow::{Event, Submission, SubmitOutcome};
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let s = v.s;
    let d = s.details();
    let yes_no = |on: bool| v.t(if on { "confirm-yes" } else { "confirm-no" });
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("confirm-title"));
    });
    egui::Grid::new("confirm-summary")
        .num_columns(2)
        .spacing([theme.gap, theme.gap_small])
        .show(ui, |ui| {
            let mut row = |label: String, value: String| {
                ui.label(
                    RichText::new(label)
                        .size(theme.body)
                        .color(theme.palette.text_muted),
                );
                ui.label(RichText::new(value).font(theme.bold(theme.body)));
                ui.end_row();
            };
            if let Some(id) = s.application_id() {
                row(v.t("confirm-id"), id.grouped());
            }
            if let Some(b) = &d.birth_date {
                row(v.t("confirm-birth-date"), b.date().to_string());
            }
            row(v.t("confirm-cert-signing"), yes_no(s.signing_certificate()));
            row(v.t("confirm-cert-auth"), yes_no(d.auth_certificate));
            row(v.t("confirm-braille"), yes_no(d.braille));
            if !s.needs_photo() {
                row(v.t("confirm-photo"), v.t("confirm-no-photo"));
            }
        });
    if s.needs_photo()
        && let Some(tex) = s.photo().chosen.and_then(|i| v.shots.get(i))
    {
        let h = theme.touch * 3.0;
        ui.add(egui::Image::from_texture((
            tex.id(),
            egui::Vec2::new(h * 35.0 / 45.0, h),
        )));
    }
    ui.add_space(theme.gap);
    ui.vertical_centered(|ui| match s.submission() {
        Submission::Sending => widgets::heading(ui, theme, &v.t("submit-sending")),
        other => {
            if *other == Submission::Done(SubmitOutcome::Failed) {
                widgets::error(ui, theme, &v.t("submit-failed"));
            }
            if v.booth.demo_camera {
                widgets::simplified_note(ui, theme, &v.t("submit-demo-note"));
            }
            if widgets::primary_button(ui, theme, &v.t("confirm-send")).clicked() {
                out.push(Event::Send);
            }
            ui.add_space(theme.gap_small);
            if widgets::secondary_button(ui, theme, &v.t("confirm-change")).clicked() {
                out.push(Event::BackToDetails);
            }
        }
    });
}
