//! The bar on every screen of a session: step indicator, language switch, start over, call
//! staff; and the demo-mode banner when no camera is in use.

use egui::{Align, Layout, RichText, Sense, Stroke, Ui, Vec2};

use super::screens::View;
use super::widgets;
use crate::flow::{Event, STEP_COUNT, Step};

/// What the top bar asks of the app itself (not of the flow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarAction {
    OpenLanguagePicker,
}

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) -> Option<BarAction> {
    let theme = v.theme;
    let mut action = None;
    ui.horizontal(|ui| {
        ui.set_min_height(theme.top_bar_height);
        ui.label(
            RichText::new(v.t("app-name"))
                .font(theme.bold(theme.body))
                .color(theme.palette.primary),
        );
        ui.add_space(theme.gap);
        if let Some(step) = v.s.screen().step() {
            steps(ui, v, step);
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if widgets::bar_button(ui, theme, &v.t("topbar-call-staff")).clicked() {
                out.push(Event::CallStaff);
            }
            if v.s.screen().in_session()
                && widgets::bar_button(ui, theme, &v.t("topbar-start-over")).clicked()
            {
                out.push(Event::StartOverRequested);
            }
            let lang = format!("{} · {}", v.t("topbar-language"), v.tr.lang.native_name());
            if widgets::bar_button(ui, theme, &lang).clicked() {
                action = Some(BarAction::OpenLanguagePicker);
            }
        });
    });
    if v.booth.demo_camera {
        egui::Frame::new()
            .fill(theme.palette.demo_banner)
            .inner_margin(theme.inner_margin())
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.label(
                    RichText::new(v.t("demo-mode-banner"))
                        .size(theme.small)
                        .color(egui::Color32::WHITE),
                );
            });
    }
    action
}

/// Numbered dots, the current one larger and labelled, so position never depends on colour.
fn steps(ui: &mut Ui, v: &View<'_>, current: Step) {
    let theme = v.theme;
    let d = theme.touch * 0.45;
    for step in Step::ALL {
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(d), Sense::hover());
        let done = step.number() <= current.number();
        let p = theme.palette;
        let fill = if done { p.step_done } else { p.step_todo };
        let r = if step == current { d * 0.5 } else { d * 0.38 };
        ui.painter().circle(rect.center(), r, fill, Stroke::NONE);
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            step.number().to_string(),
            theme.font(theme.small * 0.7),
            if done { p.on_primary } else { p.text },
        );
    }
    ui.label(
        RichText::new(format!(
            "{} — {}",
            v.tr.t_args(
                "topbar-step",
                &[
                    ("current", current.number().into()),
                    ("total", STEP_COUNT.into())
                ]
            ),
            v.t(current.message_id())
        ))
        .size(theme.small),
    );
}
