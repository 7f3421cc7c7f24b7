//! Help on the photo screen for wheelchair users, helpers and children: one button at the
//! top right opens a short panel over the screen, one button (or a tap beside it) closes it.
//! The panel says what the booth offers (sit in the wheelchair; staff know whether the seat
//! moves and the camera height changes, and can be called from the panel), that a helper may
//! assist but leaves the picture, that a small child may sit on a parent's lap with the parent
//! out of the picture, and that babies need no photo.
//!
//! Whether it is open is screen state, not session state: it lives in egui's memory, tied to
//! this visit of the photo screen, so a retake or the next user finds it closed.

use egui::{Align2, Area, Id, Modal, RichText, Stroke, Ui};

use super::screens::View;
use super::widgets::{self, Kind};
use crate::flow::{Event, Millis};

/// The panel's paragraphs, in reading order.
const PARAGRAPHS: [&str; 4] = [
    "photo-help-wheelchair",
    "photo-help-helper",
    "photo-help-child",
    "photo-help-baby",
];

/// Where egui keeps the visit (the photo screen's start time) in which the panel was opened.
fn open_key() -> Id {
    Id::unique("photo-help-open-in-visit")
}

/// The help button at the top right of the screen's area and, when opened, the panel. Call it
/// first on the screen, so that the button sits beside the title.
pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let visit: Millis = v.s.screen_since();
    let open = ui.data(|d| d.get_temp::<Millis>(open_key())) == Some(visit);
    let corner = ui.max_rect().right_top();
    Area::new(Id::unique("photo-help-button"))
        .fixed_pos(corner)
        .pivot(Align2::RIGHT_TOP)
        .show(ui.ctx(), |ui| {
            if widgets::secondary_button(ui, theme, &v.t("photo-help-open")).clicked() {
                ui.data_mut(|d| d.insert_temp(open_key(), visit));
                // The automatic capture waits while the panel covers the video.
                out.push(Event::PhotoHelpOpened);
            }
        });
    // A dialog of the session (inactivity, staff called) comes first; the help waits below it.
    if open && v.s.overlay().is_none() && panel(ui.ctx(), v, out) {
        ui.data_mut(|d| d.remove::<Millis>(open_key()));
        out.push(Event::PhotoHelpClosed);
    }
}

/// Draws the open panel; returns true when it should close.
fn panel(ctx: &egui::Context, v: &View<'_>, out: &mut Vec<Event>) -> bool {
    let theme = v.theme;
    let frame = egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(Stroke::new(theme.stroke * 2.0, theme.palette.primary))
        .corner_radius(theme.corner())
        .inner_margin(theme.margin);
    let mut close = false;
    let response = Modal::new(Id::unique("photo-help-panel"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_max_width(theme.text_width());
            widgets::heading(ui, theme, &v.t("photo-help-title"));
            for id in PARAGRAPHS {
                ui.add_space(theme.gap_small);
                ui.add(
                    egui::Label::new(
                        RichText::new(v.t(id))
                            .size(theme.body)
                            .color(theme.palette.text),
                    )
                    .wrap(),
                );
            }
            ui.add_space(theme.gap);
            let buttons = [
                (v.t("topbar-call-staff"), Kind::Secondary),
                (v.t("photo-help-close"), Kind::Primary),
            ];
            let refs: Vec<_> = buttons.iter().map(|(t, k)| (t.as_str(), *k)).collect();
            ui.vertical_centered(|ui| match widgets::button_row(ui, theme, &refs) {
                Some(0) => {
                    out.push(Event::CallStaff);
                    close = true;
                }
                Some(_) => close = true,
                None => {}
            });
        });
    close || response.should_close()
}
