//! Screen 0: attract. "Touch to start", what to bring (with drawn pictures of the form
//! generations showing where the QR code and the ID are), the price, and a tile per offered
//! language, each in its own script: touching one starts the session in that language. A touch
//! anywhere starts a session (the app handles touches outside the buttons).

use egui::{RichText, Stroke, Ui, Vec2};

use super::View;
use crate::flow::Event;
use crate::i18n::Lang;
use crate::ui::form_pictures::{self, FormTexts};
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("attract-title"));
        ui.add_space(theme.gap_small);
        widgets::body(ui, theme, &v.t("attract-bring-form"));
        widgets::body(ui, theme, &v.t("attract-duration"));
        let price = if v.booth.price_yen == 0 {
            v.t("attract-price-free")
        } else {
            v.tr.t_args("attract-price", &[("price", v.booth.price_yen.into())])
        };
        widgets::heading(ui, theme, &price);
        ui.add_space(theme.gap_small);
        form_pictures::show_row(ui, theme, &FormTexts::new(|id| v.t(id)));
        ui.add_space(theme.gap_small);
        if widgets::primary_button(ui, theme, &v.t("attract-touch")).clicked() {
            out.push(Event::Start { today: v.today });
        }
        ui.add_space(theme.gap_small);
        if let Some(lang) = language_tiles(ui, v) {
            // The app starts the session on this touch; the tile sets its language.
            out.push(Event::SetLanguage(lang));
        }
    });
    if v.booth.needs_attention {
        staff_sign(ui, v);
    }
}

/// A small drawn triangle with an exclamation mark in the bottom-right corner: for staff
/// walking past (the operator screen says what), not a message to users.
fn staff_sign(ui: &Ui, v: &View<'_>) {
    let theme = v.theme;
    let side = 6.0 * theme.pt_per_mm;
    let corner = ui.max_rect().right_bottom();
    let (left, right) = (corner + Vec2::new(-side, 0.0), corner);
    let top = corner + Vec2::new(-side / 2.0, -side * 0.87);
    let stroke = Stroke::new(theme.stroke, theme.palette.warning_text);
    let painter = ui.painter();
    painter.add(egui::Shape::convex_polygon(
        vec![left, right, top],
        theme.palette.warning_bg,
        stroke,
    ));
    let x = corner.x - side / 2.0;
    painter.line_segment(
        [
            egui::pos2(x, top.y + side * 0.3),
            egui::pos2(x, corner.y - side * 0.3),
        ],
        stroke,
    );
    painter.circle_filled(
        egui::pos2(x, corner.y - side * 0.15),
        theme.stroke,
        stroke.color,
    );
}

/// Every offered language as a tile in its own script, in as few rows of at most seven as
/// fit them, the rows as even as can be (13 languages: 7 and 6).
fn language_tiles(ui: &mut Ui, v: &View<'_>) -> Option<Lang> {
    const MAX_COLUMNS: usize = 7;
    let theme = v.theme;
    let langs = &v.booth.languages;
    let gap = theme.gap_small;
    let count = langs.len().max(1);
    let columns = count.div_ceil(count.div_ceil(MAX_COLUMNS));
    let width = ((ui.available_width() - gap * (columns as f32 - 1.0)) / columns as f32)
        .min(theme.touch * 4.5);
    let size = Vec2::new(width, theme.touch);
    let mut chosen = None;
    let total = Vec2::new(width * columns as f32 + gap * (columns as f32 - 1.0), 0.0);
    ui.allocate_ui_with_layout(total, egui::Layout::top_down(egui::Align::Min), |ui| {
        egui::Grid::new("attract-languages")
            .spacing(Vec2::splat(gap))
            .show(ui, |ui| {
                for (i, lang) in langs.iter().enumerate() {
                    let text = RichText::new(lang.native_name())
                        .font(theme.font_in(theme.body, *lang))
                        .color(theme.palette.primary);
                    let tile = egui::Button::new(text)
                        .fill(theme.palette.surface)
                        .stroke(Stroke::new(theme.stroke, theme.palette.primary))
                        .corner_radius(theme.corner())
                        .min_size(size);
                    if ui.add(tile).clicked() {
                        chosen = Some(*lang);
                    }
                    if (i + 1) % columns == 0 {
                        ui.end_row();
                    }
                }
            });
    });
    chosen
}
