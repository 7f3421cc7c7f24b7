//! Screen 1: language and consent. Big tiles, each language in its own script, and the privacy
//! notice: what is sent, and that nothing is kept.

use egui::{RichText, Ui, Vec2};

use super::View;
use crate::flow::Event;
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("language-title"));
        ui.add_space(theme.gap);
        let tile = Vec2::new(theme.touch * 4.0, theme.touch * 1.1);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = Vec2::splat(theme.gap_small);
            for lang in &v.booth.languages {
                let selected = *lang == v.tr.lang;
                let b = egui::Button::new(RichText::new(lang.native_name()).size(theme.body))
                    .selected(selected)
                    .min_size(tile);
                if ui.add(b).clicked() {
                    out.push(Event::SetLanguage(*lang));
                }
            }
        });
        ui.add_space(theme.margin);
        widgets::heading(ui, theme, &v.t("consent-title"));
        widgets::body(ui, theme, &v.t("consent-body"));
        ui.add_space(theme.gap);
        if widgets::primary_button(ui, theme, &v.t("consent-accept")).clicked() {
            out.push(Event::AcceptConsent);
        }
        ui.add_space(theme.gap_small);
        if widgets::secondary_button(ui, theme, &v.t("consent-decline")).clicked() {
            out.push(Event::DeclineConsent);
        }
    });
}
