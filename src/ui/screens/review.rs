//! Screen 6: review. The 35:45 photo large, the checks it passed, retake or use it, and
//! earlier shots side by side.

use egui::{Stroke, Ui, Vec2};

use super::View;
use super::photo::check_name;
use crate::flow::Event;
use crate::photo::CheckId;
use crate::ui::widgets::{self, Kind};

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let photo = v.s.photo();
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("review-title"));
        widgets::muted(ui, theme, &v.t("review-size"));
        let avail = ui.available_size();
        let h = (avail.y - theme.touch * 7.5).max(theme.touch * 3.0);
        if let Some(tex) = photo.chosen.and_then(|i| v.shots.get(i)) {
            let size = Vec2::new(h * 35.0 / 45.0, h);
            ui.add(egui::Image::from_texture((tex.id(), size)));
        }
        if let Some(i) = photo.chosen {
            passed_checks(ui, v, photo.shot_checks.get(i).map_or(&[], Vec::as_slice));
        }
        if v.shots.len() > 1 {
            widgets::muted(ui, theme, &v.t("review-previous"));
            ui.horizontal(|ui| {
                for (i, tex) in v.shots.iter().enumerate() {
                    let thumb = Vec2::new(theme.touch * 1.4, theme.touch * 1.8);
                    let label = v.tr.t_args("review-shot", &[("number", (i + 1).into())]);
                    let selected = photo.chosen == Some(i);
                    let img = egui::Image::from_texture((tex.id(), thumb));
                    let stroke = if selected {
                        Stroke::new(theme.stroke * 4.0, theme.palette.primary)
                    } else {
                        Stroke::NONE
                    };
                    let b = egui::Button::image_and_text(img, label).stroke(stroke);
                    if ui.add(b).clicked() {
                        out.push(Event::ChooseShot(i));
                    }
                }
            });
        }
        ui.add_space(theme.gap);
        let use_it = v.t("review-use");
        let retake = v.t("review-retake");
        let mut buttons = Vec::new();
        if v.s.can_retake() {
            buttons.push((retake.as_str(), Kind::Secondary));
        }
        buttons.push((use_it.as_str(), Kind::Primary));
        match widgets::button_row(ui, theme, &buttons) {
            Some(i) if i + 1 == buttons.len() => out.push(Event::UsePhoto),
            Some(_) => out.push(Event::Retake),
            None => {}
        }
    });
}

/// Passed checks shown per row on the review screen.
const CHECK_COLUMNS: usize = 5;

/// The checks the shot passed, each with a drawn tick, in a compact grid; or a note when the
/// guide did not see the shot.
fn passed_checks(ui: &mut Ui, v: &View<'_>, passed: &[CheckId]) {
    let theme = v.theme;
    if passed.is_empty() {
        widgets::muted(ui, theme, &v.t("review-checks-unknown"));
        return;
    }
    widgets::muted(ui, theme, &v.t("review-checks-passed"));
    egui::Grid::new("review-passed-checks")
        .spacing(Vec2::new(theme.gap, theme.gap_small / 2.0))
        .show(ui, |ui| {
            for (i, &check) in passed.iter().enumerate() {
                ui.horizontal(|ui| {
                    tick(ui, v);
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(v.t(&check_name(check)))
                                .size(theme.small)
                                .color(theme.palette.text),
                        )
                        .wrap_mode(egui::TextWrapMode::Extend),
                    );
                });
                if (i + 1) % CHECK_COLUMNS == 0 {
                    ui.end_row();
                }
            }
        });
}

/// A small drawn tick in the success colour (no glyph needed in any font).
fn tick(ui: &mut Ui, v: &View<'_>) {
    let theme = v.theme;
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(theme.small), egui::Sense::hover());
    let stroke = Stroke::new(theme.stroke * 2.0, theme.palette.success);
    let p = |x: f32, y: f32| rect.min + Vec2::new(rect.width() * x, rect.height() * y);
    ui.painter()
        .line_segment([p(0.15, 0.55), p(0.4, 0.8)], stroke);
    ui.painter()
        .line_segment([p(0.4, 0.8), p(0.85, 0.2)], stroke);
}
