//! Screen 9: goodbye. Thanks, and the assurance that nothing stayed on the booth.

use egui::Ui;

use super::View;
use crate::flow::Event;
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, _out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        ui.add_space(theme.margin * 3.0);
        widgets::title(ui, theme, &v.t("goodbye-title"));
        ui.add_space(theme.gap);
        widgets::body(ui, theme, &v.t("goodbye-wiped"));
    });
}
