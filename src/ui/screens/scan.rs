//! Screen 3: scan. Live video with a target frame for the form's QR code, a hint, what went
//! wrong with a code that is not a form's, and the 23-digit keypad (offered after a while, or
//! at any time on request).

use egui::{RichText, Ui, Vec2};

use super::{View, video};
use crate::flow::{Event, ScanMode};
use crate::ui::widgets::{self, Key};

/// The application form ID is printed in groups 4-4-4-4-4-3.
const ID_GROUPS: [usize; 6] = [4, 4, 4, 4, 4, 3];
/// How long "code seen but unreadable" stays up.
const UNREADABLE_HINT_MS: u64 = 1_500;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    match v.s.scan().mode {
        ScanMode::Camera => camera(ui, v, out),
        ScanMode::Keypad => keypad(ui, v, out),
    }
}

fn camera(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("scan-title"));
        widgets::body(ui, theme, &v.t("scan-hint"));
        let avail = ui.available_size();
        let max = Vec2::new(
            avail.x * 0.7,
            (avail.y - theme.touch * 4.0).max(theme.touch * 3.0),
        );
        if let Some(rect) = video(ui, v, max) {
            let target = egui::Rect::from_center_size(rect.center(), rect.size() * 0.6);
            widgets::target_frame(ui, target, theme, theme.palette.primary);
        }
        if v.s.camera_fault() {
            widgets::error(ui, theme, &v.t("camera-lost"));
        } else if let Some(err) = v.s.scan_error(v.now) {
            widgets::error(ui, theme, &v.t(err.message_id()));
        } else if v
            .s
            .scan()
            .seen_unreadable
            .is_some_and(|t| v.now.saturating_sub(t) < UNREADABLE_HINT_MS)
        {
            widgets::body(ui, theme, &v.t("scan-seen-unreadable"));
        } else {
            widgets::muted(ui, theme, &v.t("scan-looking"));
        }
        ui.add_space(theme.gap);
        let offer = v.s.offer_keypad(v.now);
        if offer {
            widgets::body(ui, theme, &v.t("scan-keypad-offer"));
        }
        let label = v.t("scan-type-instead");
        let pressed = if offer || v.s.camera_fault() {
            widgets::primary_button(ui, theme, &label)
        } else {
            widgets::secondary_button(ui, theme, &label)
        };
        if pressed.clicked() {
            out.push(Event::OpenKeypad);
        }
    });
}

fn keypad(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let typed = &v.s.scan().keypad;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("keypad-title"));
        widgets::muted(ui, theme, &v.t("keypad-hint"));
        ui.add_space(theme.gap_small);
        let shown = widgets::grouped_digits(typed.as_str(), &ID_GROUPS);
        ui.label(
            RichText::new(shown)
                .font(theme.bold(theme.title))
                .color(theme.palette.text),
        );
        widgets::muted(
            ui,
            theme,
            &v.tr
                .t_args("keypad-digits-left", &[("count", typed.remaining().into())]),
        );
        if let Some(err) = v.s.scan_error(v.now) {
            widgets::error(ui, theme, &v.t(err.message_id()));
        }
        ui.add_space(theme.gap_small);
        match widgets::keypad(ui, theme, &v.t("keypad-delete"), &v.t("keypad-clear")) {
            Some(Key::Digit(d)) => out.push(Event::KeypadDigit(d)),
            Some(Key::Delete) => out.push(Event::KeypadDelete),
            Some(Key::Clear) => out.push(Event::KeypadClear),
            None => {}
        }
        ui.add_space(theme.gap_small);
        let done = ui.add_enabled_ui(!typed.is_empty(), |ui| {
            widgets::primary_button(ui, theme, &v.t("keypad-done"))
        });
        if done.inner.clicked() {
            out.push(Event::KeypadDone);
        }
        ui.add_space(theme.gap_small);
        if widgets::secondary_button(ui, theme, &v.t("keypad-scan-instead")).clicked() {
            out.push(Event::CloseKeypad);
        }
    });
}
