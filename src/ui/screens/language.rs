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
        // With larger text, five tiles a row (if they fit the width) keep the consent's buttons
        // on a 16:9 screen.
        let cramped = super::cramped(ui.ctx(), v);
        let columns = if cramped { 5 } else { 4 };
        let langs = &v.booth.languages;
        if let Some(lang) = widgets::language_tiles(ui, theme, langs, v.tr.lang, columns) {
            out.push(Event::SetLanguage(lang));
        }
        ui.add_space(if cramped { theme.gap } else { theme.margin });
        widgets::heading(ui, theme, &v.t("consent-title"));
        widgets::body(ui, theme, &v.t("consent-body"));
        ui.add_space(theme.gap);
        let (accept, decline) = (v.t("consent-accept"), v.t("consent-decline"));
        // One under the other when there is room; side by side with larger text, so that
        // both stay on a 16:9 screen.
        let stacked = theme.primary_button().y * 2.0 + theme.gap_small * 3.0;
        let layout = if ui.available_height() < stacked {
            widgets::PairLayout::RowMainLast
        } else {
            widgets::PairLayout::Stacked
        };
        match widgets::main_and_other(ui, theme, layout, &accept, &decline) {
            Some(true) => out.push(Event::AcceptConsent),
            Some(false) => out.push(Event::DeclineConsent),
            None => {}
        }
    });
}
