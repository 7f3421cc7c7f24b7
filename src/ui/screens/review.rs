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
        // Below the photo: the buttons, and the earlier shots when there are some.
        let below = if v.shots.len() > 1 { 6.0 } else { 3.0 };
        let h = (avail.y - theme.touch * below).max(theme.touch * 3.0);
        let tex = photo.chosen.and_then(|i| v.shots.get(i));
        let passed = photo
            .chosen
            .and_then(|i| photo.shot_checks.get(i))
            .map_or(&[][..], Vec::as_slice);
        // The photo and the checks it passed side by side, the pair centred as one.
        let photo_w = h * 35.0 / 45.0;
        let checks = ChecksLayout::new(ui, v, passed, h);
        let gap = theme.margin;
        let row_w = (photo_w + gap + checks.width).min(avail.x);
        let row = egui::Layout::left_to_right(egui::Align::Min);
        ui.allocate_ui_with_layout(Vec2::new(row_w, h), row, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            if let Some(tex) = tex {
                ui.add(egui::Image::from_texture((tex.id(), Vec2::new(photo_w, h))));
            }
            if photo.chosen.is_some() {
                passed_checks(ui, v, passed, &checks);
            }
        });
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

/// How the list of passed checks is laid out: as few columns as keep it no taller than the
/// photo beside it.
struct ChecksLayout {
    columns: usize,
    /// The list's height, and the photo's it is centred on.
    height: f32,
    photo_height: f32,
    column_width: f32,
    width: f32,
}

impl ChecksLayout {
    fn new(ui: &Ui, v: &View<'_>, passed: &[CheckId], max_height: f32) -> Self {
        let theme = v.theme;
        let text = |t: String| {
            ui.ctx()
                .fonts_mut(|f| f.layout_no_wrap(t, theme.font(theme.small), theme.palette.text))
                .size()
                .x
        };
        let spacing = ui.spacing().item_spacing.x;
        let column_width = passed
            .iter()
            .map(|&c| text(v.t(&check_name(c))))
            .fold(0.0, f32::max)
            + theme.small
            + spacing;
        let heading = text(if passed.is_empty() {
            v.t("review-checks-unknown")
        } else {
            v.t("review-checks-passed")
        });
        let row_h = check_row_height(theme) + theme.gap_small / 2.0;
        let fits =
            |columns: usize| passed.len().div_ceil(columns) as f32 * row_h + theme.small * 2.0;
        let columns = (1..=4).find(|&c| fits(c) <= max_height).unwrap_or(4);
        let height = fits(columns);
        let grid = columns as f32 * column_width + (columns.saturating_sub(1)) as f32 * theme.gap;
        Self {
            columns,
            height,
            photo_height: max_height,
            column_width,
            width: grid.max(heading),
        }
    }
}

/// The height of one row of the passed checks.
fn check_row_height(theme: &crate::ui::theme::Theme) -> f32 {
    (theme.small * 1.4).round()
}

/// The checks the shot passed, each with a drawn tick, in a compact grid; or a note when the
/// guide did not see the shot.
fn passed_checks(ui: &mut Ui, v: &View<'_>, passed: &[CheckId], layout: &ChecksLayout) {
    let theme = v.theme;
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(Vec2::new(layout.width, 0.0), column, |ui| {
        // Centred on the photo's height beside it.
        ui.add_space(((layout.photo_height - layout.height) / 2.0).max(0.0));
        ui.spacing_mut().item_spacing.x = theme.gap_small;
        if passed.is_empty() {
            widgets::muted(ui, theme, &v.t("review-checks-unknown"));
            return;
        }
        widgets::muted(ui, theme, &v.t("review-checks-passed"));
        // The rows hold words, not controls: as tall as a line of them.
        ui.spacing_mut().interact_size.y = check_row_height(theme);
        egui::Grid::new("review-passed-checks")
            .spacing(Vec2::new(theme.gap, theme.gap_small / 2.0))
            .min_col_width(layout.column_width)
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
                    if (i + 1) % layout.columns == 0 {
                        ui.end_row();
                    }
                }
            });
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
