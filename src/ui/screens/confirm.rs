//! Screen 7: confirm and send. A summary of everything that will be sent, then the send button
//! and its progress; a failure to store the application says so and offers to try again.

use egui::{RichText, Ui};

use super::View;
use crate::domain::format_japanese;
use crate::flow::{Event, Submission, SubmitOutcome};
use crate::ui::widgets::{self, Kind};

/// Everything that will be sent, one row each.
fn summary(ui: &mut Ui, v: &View<'_>) {
    let theme = v.theme;
    let s = v.s;
    let d = s.details();
    let yes_no = |on: bool| v.t(if on { "confirm-yes" } else { "confirm-no" });
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
                let date = b.date();
                let shown = match format_japanese(date) {
                    Some(era) => format!("{date} ({era})"),
                    None => date.to_string(),
                };
                row(v.t("confirm-birth-date"), shown);
            }
            row(v.t("confirm-cert-signing"), yes_no(s.signing_certificate()));
            row(v.t("confirm-cert-auth"), yes_no(d.auth_certificate));
            row(v.t("confirm-braille"), yes_no(d.braille));
            if !s.needs_photo() {
                row(v.t("confirm-photo"), v.t("confirm-no-photo"));
            }
        });
}

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let s = v.s;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("confirm-title"));
    });
    ui.vertical_centered(|ui| {
        widgets::readable(ui, theme, |ui| {
            widgets::card(ui, theme, |ui| {
                ui.horizontal(|ui| {
                    summary(ui, v);
                    if s.needs_photo()
                        && let Some(tex) = s.photo().chosen.and_then(|i| v.shots.get(i))
                    {
                        ui.add_space(theme.gap);
                        let h = theme.touch * 4.0;
                        let size = egui::Vec2::new(h * 35.0 / 45.0, h);
                        ui.add(egui::Image::from_texture((tex.id(), size)));
                    }
                });
            });
        });
    });
    ui.add_space(theme.gap);
    ui.vertical_centered(|ui| match s.submission() {
        Submission::Sending => widgets::heading(ui, theme, &v.t("submit-sending")),
        other => {
            if *other == Submission::Done(SubmitOutcome::Failed) {
                widgets::error(ui, theme, &v.t("submit-failed"));
            }
            if v.booth.demo_intake {
                widgets::simplified_note(ui, theme, &v.t("submit-demo-note"));
            }
            let change = v.t("confirm-change");
            let send = v.t("confirm-send");
            let buttons = [
                (change.as_str(), Kind::Secondary),
                (send.as_str(), Kind::Primary),
            ];
            match widgets::button_row(ui, theme, &buttons) {
                Some(0) => out.push(Event::BackToDetails),
                Some(_) => out.push(Event::Send),
                None => {}
            }
        }
    });
}
