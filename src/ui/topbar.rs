//! The bar on every screen of a session: step indicator, language switch, start over, call
//! staff; under it the accessibility row (voice on/off, repeat, larger text, high contrast);
//! and the demo-mode banner when no camera is in use.

use egui::{Align, Layout, Response, RichText, Sense, Stroke, Ui, Vec2};

use super::screens::View;
use super::theme::{Look, Theme};
use super::widgets;
use crate::flow::{Event, STEP_COUNT, Step};

/// What the top bar asks of the app itself (not of the flow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarAction {
    OpenLanguagePicker,
    ToggleVoice,
    Repeat,
    ToggleLargerText,
    ToggleHighContrast,
}

/// The accessibility switches of one session; back to kiosk-config's defaults on every wipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Access {
    /// Voice guidance on (not muted).
    pub voice: bool,
    pub look: Look,
}

/// Whether the booth can speak the session's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoiceState {
    Ready,
    /// No voice exists for this language: nothing is spoken (never another language).
    NoVoiceForLanguage,
    /// The sound output failed (no sound card): the booth goes on silently.
    Unavailable,
}

/// What the accessibility row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccessRow {
    pub access: Access,
    pub voice: VoiceState,
    /// Whether the look can be switched (the app knows the screen it builds themes for).
    pub look_switchable: bool,
}

pub fn show(ui: &mut Ui, v: &View<'_>, row: &AccessRow, out: &mut Vec<Event>) -> Option<BarAction> {
    let theme = v.theme;
    let mut action = None;
    // Not on the attract screen, where any touch starts a session.
    let buttons = if v.s.screen().in_session() {
        access_buttons(v, row)
    } else {
        Vec::new()
    };
    let mut second_row = false;
    // The step's words give way first when the accessibility switches would need a row of
    // their own (every line of height counts on the details screen); the numbered dots stay.
    let step_words = v.s.screen().step().map(|step| step_text(v, step));
    let show_step_words = step_words.as_ref().is_some_and(|words| {
        let spacing = ui.spacing().item_spacing.x;
        let bar: f32 = [
            Some(v.t("topbar-call-staff")),
            v.s.screen().in_session().then(|| v.t("topbar-start-over")),
            Some(format!(
                "{} · {}",
                v.t("topbar-language"),
                v.tr.lang.native_name()
            )),
        ]
        .into_iter()
        .flatten()
        .map(|label| button_width(ui, theme, &label) + spacing)
        .sum();
        let access: f32 = buttons.iter().map(|b| b.width(ui, theme) + spacing).sum();
        let dots = (theme.touch * 0.45 + spacing) * Step::ALL.len() as f32;
        let words = text_width(ui, theme, words);
        buttons.is_empty() || dots + words + bar + access + 3.0 * theme.gap <= ui.available_width()
    });
    ui.horizontal(|ui| {
        ui.set_min_height(theme.top_bar_height);
        match v.s.screen().step() {
            Some(step) => steps(
                ui,
                v,
                step,
                step_words.as_deref().filter(|_| show_step_words),
            ),
            None => {
                ui.label(
                    RichText::new(v.t("app-name"))
                        .font(theme.bold(theme.body))
                        .color(theme.palette.primary),
                );
            }
        }
        ui.add_space(theme.gap);
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
            // The accessibility switches share the bar when they fit, else get a row of their own.
            let spacing = ui.spacing().item_spacing.x;
            let need: f32 = buttons
                .iter()
                .map(|b| b.width(ui, theme) + spacing)
                .sum::<f32>()
                + theme.gap;
            if need <= ui.available_width() {
                ui.add_space(theme.gap);
                for b in buttons.iter().rev() {
                    if b.show(ui, theme) {
                        action = Some(b.action);
                    }
                }
            } else {
                second_row = !buttons.is_empty();
            }
        });
    });
    let banner = |ui: &mut Ui, margin: egui::Margin| {
        egui::Frame::new()
            .fill(theme.palette.demo_banner)
            .inner_margin(margin)
            .show(ui, |ui| {
                ui.set_min_width(ui.available_width());
                ui.add(
                    egui::Label::new(
                        RichText::new(v.t("demo-mode-banner"))
                            .size(theme.small)
                            .color(egui::Color32::WHITE),
                    )
                    .wrap(),
                );
            });
    };
    let mut banner_shown = !v.booth.demo_camera;
    if second_row {
        ui.horizontal(|ui| {
            for b in &buttons {
                if b.show(ui, theme) {
                    action = Some(b.action);
                }
            }
            // The demo banner shares the switches' row when it has room there: with larger
            // text every line of height counts.
            if !banner_shown && ui.available_width() > theme.touch * 8.0 {
                ui.add_space(theme.gap);
                let m = theme.gap_small.clamp(0.0, 127.0) as i8;
                banner(
                    ui,
                    egui::Margin::symmetric(theme.gap.clamp(0.0, 127.0) as i8, m),
                );
                banner_shown = true;
            }
        });
    }
    if !banner_shown {
        banner(ui, theme.inner_margin());
    }
    action
}

/// One control of the accessibility switches.
struct AccessButton {
    label: String,
    /// `Some` for a switch (on or off), `None` for a plain button.
    on: Option<bool>,
    enabled: bool,
    action: BarAction,
}

impl AccessButton {
    /// The width it will take: its words and padding, at least the bar buttons' minimum.
    fn width(&self, ui: &Ui, theme: &Theme) -> f32 {
        button_width(ui, theme, &self.label)
    }

    /// Draws it; true when tapped.
    fn show(&self, ui: &mut Ui, theme: &Theme) -> bool {
        ui.add_enabled_ui(self.enabled, |ui| match self.on {
            Some(on) => toggle(ui, theme, &self.label, on),
            None => widgets::bar_button(ui, theme, &self.label),
        })
        .inner
        .clicked()
    }
}

/// The width of `text` in the bar's small type.
fn text_width(ui: &Ui, theme: &Theme, text: &str) -> f32 {
    ui.ctx()
        .fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), theme.font(theme.small), theme.palette.text)
        })
        .size()
        .x
}

/// The width a bar button with these words takes: words and padding, at least its minimum.
fn button_width(ui: &Ui, theme: &Theme, label: &str) -> f32 {
    (text_width(ui, theme, label) + 2.0 * ui.spacing().button_padding.x).max(theme.touch * 1.5)
}

/// "Step 4 of 7 — Details".
fn step_text(v: &View<'_>, current: Step) -> String {
    format!(
        "{} — {}",
        v.tr.t_args(
            "topbar-step",
            &[
                ("current", current.number().into()),
                ("total", STEP_COUNT.into())
            ]
        ),
        v.t(current.message_id())
    )
}

/// Voice on/off, repeat, larger text, high contrast: each a finger-sized button whose words
/// say its state (": on" / ": off"), filled when on, and marked selected for screen readers.
fn access_buttons(v: &View<'_>, row: &AccessRow) -> Vec<AccessButton> {
    let a = row.access;
    let ready = row.voice == VoiceState::Ready;
    let voice_label = match row.voice {
        VoiceState::Ready if a.voice => v.t("a11y-voice-on"),
        VoiceState::Ready => v.t("a11y-voice-off"),
        VoiceState::NoVoiceForLanguage => v.t("a11y-voice-none"),
        VoiceState::Unavailable => v.t("a11y-voice-unavailable"),
    };
    let switch = |on: bool, on_id: &str, off_id: &str, action| AccessButton {
        label: v.t(if on { on_id } else { off_id }),
        on: Some(on),
        enabled: true,
        action,
    };
    let mut buttons = vec![
        AccessButton {
            label: voice_label,
            on: Some(ready && a.voice),
            enabled: ready,
            action: BarAction::ToggleVoice,
        },
        AccessButton {
            label: v.t("a11y-repeat"),
            on: None,
            enabled: ready,
            action: BarAction::Repeat,
        },
    ];
    if row.look_switchable {
        buttons.push(switch(
            a.look.larger_text,
            "a11y-larger-text-on",
            "a11y-larger-text-off",
            BarAction::ToggleLargerText,
        ));
        buttons.push(switch(
            a.look.high_contrast,
            "a11y-contrast-on",
            "a11y-contrast-off",
            BarAction::ToggleHighContrast,
        ));
    }
    buttons
}

/// A switch: filled in the primary colour when on; its words carry the state.
fn toggle(ui: &mut Ui, theme: &Theme, text: &str, on: bool) -> Response {
    let p = theme.palette;
    let (fill, color) = if on {
        (p.primary, p.on_primary)
    } else {
        (p.secondary, p.on_secondary)
    };
    ui.add(
        egui::Button::new(RichText::new(text).size(theme.small).color(color))
            .selected(on)
            .fill(fill)
            .stroke(Stroke::new(theme.stroke, p.outline))
            .corner_radius(theme.corner())
            .min_size(Vec2::new(theme.touch * 1.5, theme.touch)),
    )
}

/// Numbered dots, the current one larger and labelled, so position never depends on colour.
fn steps(ui: &mut Ui, v: &View<'_>, current: Step, words: Option<&str>) {
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
    if let Some(words) = words {
        ui.label(RichText::new(words).size(theme.small));
    }
}
