//! The photo guide's "special circumstances" path for people who wear a head covering for
//! religious or medical reasons: the offer on the photo screen (and, when the heuristic warns,
//! "I'm not wearing a hat or mask" to wave a wrong warning away), and the explanation that
//! replaces the video while it is open (what the booth can and cannot tell, and the two ways
//! on: take the photo with the covering, or print a slip with the number to call and the
//! masked application ID and end here).

use egui::Ui;

use super::View;
use crate::flow::{Event, Guidance};
use crate::photo::CheckId;
use crate::ui::widgets;

/// Whether the head-covering warning is the guide's message (the photo screen makes room for
/// a second button then).
pub fn warned(guidance: Option<&Guidance>) -> bool {
    guidance.is_some_and(|g| g.message() == Some(CheckId::HeadCovering))
}

/// The offer below the shutter; a filled button when the head-covering check is the guide's
/// message, with "I'm not wearing a hat or mask" beside it for when the heuristic is wrong.
pub fn offer(ui: &mut Ui, v: &View<'_>, guidance: Option<&Guidance>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.add_space(theme.gap_small);
    if warned(guidance) {
        if widgets::primary_button(ui, theme, &v.t("covering-offer")).clicked() {
            out.push(Event::HeadCoveringHelp);
        }
        ui.add_space(theme.gap_small);
        if widgets::secondary_button(ui, theme, &v.t("covering-none")).clicked() {
            out.push(Event::NoHeadCovering);
        }
    } else if widgets::secondary_button(ui, theme, &v.t("covering-offer")).clicked() {
        out.push(Event::HeadCoveringHelp);
    }
}

/// The explanation, in place of the photo screen's video.
pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("covering-title"));
        widgets::readable(ui, theme, |ui| {
            widgets::body(ui, theme, &v.t("covering-rules"));
            ui.add_space(theme.gap_small);
            widgets::body(ui, theme, &v.t("covering-unsure"));
        });
        ui.add_space(theme.gap);
        if widgets::primary_button(ui, theme, &v.t("covering-continue")).clicked() {
            out.push(Event::HeadCoveringContinue);
        }
        ui.add_space(theme.gap_small);
        if widgets::secondary_button(ui, theme, &v.t("covering-print-slip")).clicked() {
            out.push(Event::HeadCoveringSlip);
        }
    });
}
