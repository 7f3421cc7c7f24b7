//! Screen 1: language and consent. Big tiles, each language in its own script, and the privacy
//! notice: what is sent, and that nothing is kept.

use egui::Ui;

use super::View;
use crate::flow::Event;
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("language-title"));
        ui.add_space(theme.gap);
        if let Some(lang) = widgets::language_tiles(ui, theme, &v.booth.languages, v.tr.lang) {
            out.push(Event::SetLanguage(lang));
        }
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
