//! Screen 3: scan. Live video with a target frame for the form's QR code, what to change when a
//! code is in view but unreadable, what went wrong with a code that is not a form's, drawn
//! forms showing where the code is, and the 23-digit keypad (offered after a while, or at any
//! time on request) with drawn help on the three numbers people confuse.

use egui::{RichText, Ui, Vec2};

use super::View;
use crate::domain::IdInputError;
use crate::flow::{Event, ScanMode};
use crate::scan::ScanHint;
use crate::ui::form_pictures::{self, FormTexts, KnownNumber};
use crate::ui::widgets::{self, Key};

/// The application form ID is printed in groups 4-4-4-4-4-3.
const ID_GROUPS: [usize; 6] = [4, 4, 4, 4, 4, 3];

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    match v.s.scan().mode {
        ScanMode::Camera => camera(ui, v, out),
        ScanMode::Keypad => keypad(ui, v, out),
    }
}

fn camera(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let cramped = super::cramped(ui.ctx(), v);
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("scan-title"));
        if cramped {
            // Larger text: the whole width, one line rather than two, for the video.
            ui.label(RichText::new(v.t("scan-hint")).size(theme.body));
        } else {
            widgets::body(ui, theme, &v.t("scan-hint"));
        }
        ui.add_space(theme.gap_small);
        // The live video with its status line, and beside it where the code is on each form.
        let avail = ui.available_size();
        let gap = theme.margin;
        let forms_w = (avail.x * 0.34).min(theme.form_caption * 2.2);
        // Under the video: its status line, then the way to the keypad (and the offer of it),
        // so that the way on stays on screen however tall the pictures beside are. Larger
        // text needs more room for them, and the video gives it up.
        let (status_h, bottom) = if cramped {
            (theme.touch * 3.5, theme.touch * 4.5)
        } else {
            (theme.touch * 2.0, theme.touch * 3.2)
        };
        let video_max = Vec2::new(
            (avail.x - forms_w - gap).max(theme.touch * 4.0),
            (avail.y - status_h - bottom).max(theme.touch * 3.0),
        );
        let video_size = video_box(v, video_max);
        // The column under the video is at least half the room beside the pictures, so that
        // a hint in larger text does not wrap into a tall, narrow block.
        let column_w = video_size.x.max(video_max.x * 0.5);
        let row_w = column_w + gap + forms_w;
        let row = egui::Layout::left_to_right(egui::Align::Min);
        ui.allocate_ui_with_layout(Vec2::new(row_w, 0.0), row, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            let column = egui::Layout::top_down(egui::Align::Center);
            ui.allocate_ui_with_layout(Vec2::new(column_w, 0.0), column, |ui| {
                ui.set_width(column_w);
                let rect = live_video(ui, v, video_size);
                let target = egui::Rect::from_center_size(rect.center(), rect.size() * 0.6);
                widgets::target_frame(ui.painter(), target, theme, theme.palette.primary);
                status(ui, v, Vec2::new(column_w, status_h));
                type_instead(ui, v, out);
            });
            form_pictures::show_column(ui, theme, &FormTexts::new(|id| v.t(id)), forms_w);
        });
    });
}

/// The way to the keypad: offered after a while (or when the camera is lost) as the main
/// action, always there as a secondary one.
fn type_instead(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
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
}

/// The size the video takes within `max`: the frame's aspect ratio, or 16:9 before the first
/// frame, so the screen never jumps when the camera starts.
fn video_box(v: &View<'_>, max: Vec2) -> Vec2 {
    let (w, h) = match v.video.map(|t| t.size()) {
        Some([w, h]) if w > 0 && h > 0 => (w as f32, h as f32),
        _ => (16.0, 9.0),
    };
    let scale = (max.x / w).min(max.y / h);
    Vec2::new(w * scale, h * scale)
}

/// Draws the newest camera frame (or a dark box while there is none) in `size`.
fn live_video(ui: &mut Ui, v: &View<'_>, size: Vec2) -> egui::Rect {
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    match v.video {
        Some(tex) => {
            let uv = egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
            ui.painter().image(tex.id(), rect, uv, egui::Color32::WHITE);
        }
        None => {
            ui.painter()
                .rect_filled(rect, v.theme.corner(), v.theme.palette.video_frame);
        }
    }
    rect
}

/// What is happening, in a line of fixed height under the video: the camera is lost, a code
/// was not a form's, what to change to make a code readable, or still looking.
fn status(ui: &mut Ui, v: &View<'_>, size: Vec2) {
    let theme = v.theme;
    let layout = egui::Layout::top_down(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_min_size(size);
        if v.s.camera_fault() {
            widgets::error(ui, theme, &v.t("camera-lost"));
        } else if let Some(err) = v.s.scan_error(v.now) {
            widgets::error(ui, theme, &v.t(err.message_id()));
        } else if let Some(hint) = v.s.scan_hint(v.now) {
            widgets::hint(ui, theme, &v.t(hint_message(hint)));
        } else {
            widgets::muted(ui, theme, &v.t("scan-looking"));
        }
    });
}

fn keypad(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let avail = ui.available_size();
    let gap = theme.margin;
    let help_w = (avail.x * 0.34).min(theme.form_caption * 2.0);
    let room = avail.x - help_w - gap;
    // Keys under the typed digits when the column fits the screen's height; with larger
    // text it does not, and the keys go beside the digits.
    let stacked = stacked_height(ui, v) <= avail.y;
    let pad_w = if stacked {
        room.min(theme.text_width())
    } else {
        room
    };
    let row = egui::Layout::left_to_right(egui::Align::Min);
    ui.vertical_centered(|ui| {
        ui.allocate_ui_with_layout(Vec2::new(pad_w + gap + help_w, 0.0), row, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            let column = egui::Layout::top_down(egui::Align::Center);
            ui.allocate_ui_with_layout(Vec2::new(pad_w, 0.0), column, |ui| {
                ui.set_width(pad_w);
                if stacked {
                    keypad_column(ui, v, out);
                } else {
                    keypad_beside(ui, v, out);
                }
            });
            let current = v.s.scan_error(v.now).and_then(|e| match e {
                IdInputError::IndividualNumber => Some(KnownNumber::IndividualNumber),
                IdInputError::ResidentRecordCode => Some(KnownNumber::ResidentRecordCode),
                _ => None,
            });
            let texts = KnownNumber::ALL.map(|n| v.t(n.message_id()));
            form_pictures::numbers_help(
                ui,
                theme,
                &v.t("numbers-help-title"),
                &texts,
                current,
                help_w,
            );
        });
    });
}

/// How tall the keypad column is with the keys under the digits.
fn stacked_height(ui: &Ui, v: &View<'_>) -> f32 {
    let theme = v.theme;
    let line = |size: f32| size * 1.4 + theme.gap_small;
    let keys = widgets::keypad_size(ui, theme, &v.t("keypad-delete"), &v.t("keypad-clear"));
    line(theme.title) * 2.0
        + line(theme.small) * 2.0
        + refusal_room(theme, REFUSAL_LINES).y
        + keys.y
        + theme.primary_button().y
        + theme.gap_small * 4.0
}

/// Lines kept for a refusal under the digits: the longest refusals (es, pt, tl, id) take
/// three lines in the column over the keys, four in the narrower one beside them.
const REFUSAL_LINES: f32 = 3.0;
const REFUSAL_LINES_BESIDE: f32 = 4.0;

fn refusal_room(theme: &crate::ui::theme::Theme, lines: f32) -> Vec2 {
    Vec2::new(0.0, theme.body * 1.4 * lines + theme.gap * 2.0)
}

/// The typed digits, the keypad and its buttons, one under the other.
fn keypad_column(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    widgets::title(ui, theme, &v.t("keypad-title"));
    widgets::muted(ui, theme, &v.t("keypad-hint"));
    ui.add_space(theme.gap_small);
    typed(ui, v, theme.title, REFUSAL_LINES);
    keys(ui, v, out);
    ui.add_space(theme.gap_small);
    // Side by side, so that the column fits a 16:9 screen with a three-line refusal.
    ui.vertical_centered(|ui| actions(ui, v, out));
}

/// The keys beside the typed digits (larger text): title and hint across the top, then the
/// digits, the refusal and the buttons on the left and the keys on the right.
fn keypad_beside(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.add(
        egui::Label::new(
            RichText::new(v.t("keypad-title"))
                .font(theme.bold(theme.title))
                .color(theme.palette.text),
        )
        .wrap(),
    );
    widgets::muted(ui, theme, &v.t("keypad-hint"));
    ui.add_space(theme.gap_small);
    let keys_size = widgets::keypad_size(ui, theme, &v.t("keypad-delete"), &v.t("keypad-clear"));
    let gap = theme.margin;
    let info_w = (ui.available_width() - keys_size.x - gap).max(theme.touch * 4.0);
    let row = egui::Layout::left_to_right(egui::Align::Min);
    ui.allocate_ui_with_layout(Vec2::new(info_w + gap + keys_size.x, 0.0), row, |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        let column = egui::Layout::top_down(egui::Align::Center);
        ui.allocate_ui_with_layout(Vec2::new(info_w, 0.0), column, |ui| {
            ui.set_width(info_w);
            typed(ui, v, theme.heading, REFUSAL_LINES_BESIDE);
            actions(ui, v, out);
        });
        keys(ui, v, out);
    });
}

/// The digits typed so far (in `size`), how many are left, and the room of a refusal.
fn typed(ui: &mut Ui, v: &View<'_>, size: f32, refusal_lines: f32) {
    let theme = v.theme;
    let typed = &v.s.scan().keypad;
    let shown = widgets::grouped_digits(typed.as_str(), &ID_GROUPS);
    ui.label(
        RichText::new(shown)
            .font(theme.bold(size))
            .color(theme.palette.text),
    );
    widgets::muted(
        ui,
        theme,
        &v.tr
            .t_args("keypad-digits-left", &[("count", typed.remaining().into())]),
    );
    // The refusal takes the same room whether shown or not: a keypad that jumped when the
    // message goes would put the next tap on the wrong key.
    let error_room = Vec2::new(ui.available_width(), refusal_room(theme, refusal_lines).y);
    ui.allocate_ui_with_layout(
        error_room,
        egui::Layout::top_down(egui::Align::Center),
        |ui| {
            ui.set_min_size(error_room);
            if let Some(err) = v.s.scan_error(v.now) {
                widgets::error(ui, theme, &v.t(err.message_id()));
            }
        },
    );
}

fn keys(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    match widgets::keypad(ui, v.theme, &v.t("keypad-delete"), &v.t("keypad-clear")) {
        Some(Key::Digit(d)) => out.push(Event::KeypadDigit(d)),
        Some(Key::Delete) => out.push(Event::KeypadDelete),
        Some(Key::Clear) => out.push(Event::KeypadClear),
        None => {}
    }
}

/// "Scan the QR code instead" and "Done": side by side, or "Done" on top when the two do not
/// fit the width.
fn actions(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let ready = !v.s.scan().keypad.is_empty();
    let (scan, done) = (v.t("keypad-scan-instead"), v.t("keypad-done"));
    let pair = [
        (scan.as_str(), widgets::Kind::Secondary),
        (done.as_str(), widgets::Kind::Primary),
    ];
    if widgets::button_row_width(ui, theme, &pair) <= ui.available_width() {
        let buttons = [
            (scan.as_str(), widgets::Kind::Secondary, true),
            (done.as_str(), widgets::Kind::Primary, ready),
        ];
        match widgets::button_row_enabled(ui, theme, &buttons) {
            Some(0) => out.push(Event::CloseKeypad),
            Some(_) => out.push(Event::KeypadDone),
            None => {}
        }
        return;
    }
    let r = ui.add_enabled_ui(ready, |ui| widgets::primary_button(ui, theme, &done));
    if r.inner.clicked() {
        out.push(Event::KeypadDone);
    }
    ui.add_space(theme.gap_small);
    if widgets::secondary_button(ui, theme, &scan).clicked() {
        out.push(Event::CloseKeypad);
    }
}

/// The message that tells the user what to change.
pub fn hint_message(hint: ScanHint) -> &'static str {
    match hint {
        ScanHint::Closer => "scan-hint-closer",
        ScanHint::Farther => "scan-hint-farther",
        ScanHint::AvoidGlare => "scan-hint-glare",
        ScanHint::HoldStill => "scan-hint-hold-still",
    }
}
