//! Screen 8: slip. The truth about the application (sent, queued, or demo), the slip being
//! printed (or saved as a file in demo mode), and what happens next. When the slip cannot be
//! printed (printer offline, out of paper, no answer in time) the receipt number is shown large
//! for the user to note, with a button that calls staff. A head-covering slip (nothing was
//! sent) says whom to call instead, and shows the number and the masked ID on screen too.

use egui::Ui;

use super::View;
use crate::flow::{Event, PrintOutcome, SlipPurpose, Submission, SubmitOutcome};
use crate::ui::widgets;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    if v.s.slip_purpose() == SlipPurpose::CallAboutHeadCovering {
        call_slip(ui, v, out);
        return;
    }
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("slip-title"));
        if let Submission::Done(outcome) = v.s.submission() {
            let status = match outcome {
                SubmitOutcome::Sent { .. } => v.t("slip-sent"),
                SubmitOutcome::Queued { .. } => v.t("slip-queued"),
                SubmitOutcome::DemoSaved { .. } => v.t("submit-demo-note"),
                SubmitOutcome::Failed => v.t("submit-failed"),
            };
            widgets::heading(ui, theme, &status);
            let failed = v.s.print_outcome() == Some(&PrintOutcome::Failed);
            // When the slip failed, the number is shown large below instead.
            if let Some(receipt) = outcome.receipt().filter(|_| !failed) {
                widgets::body(ui, theme, &format!("{}: {receipt}", v.t("slip-receipt")));
            }
        }
        ui.add_space(theme.gap);
        if !printing_progress(ui, v) {
            let receipt = match v.s.submission() {
                Submission::Done(outcome) => outcome.receipt(),
                _ => None,
            };
            if let Some(receipt) = receipt {
                widgets::error(ui, theme, &v.t("slip-not-printed"));
                widgets::card(ui, theme, |ui| {
                    ui.vertical_centered(|ui| {
                        widgets::body(ui, theme, &v.t("slip-receipt"));
                        widgets::title(ui, theme, receipt);
                    });
                });
            } else {
                let last =
                    v.s.application_id()
                        .map(|id| id.digits()[id.digits().len() - 3..].to_owned())
                        .unwrap_or_default();
                widgets::error(
                    ui,
                    theme,
                    &v.tr.t_args("slip-failed", &[("last_digits", last.into())]),
                );
            }
            ui.add_space(theme.gap_small);
            if widgets::secondary_button(ui, theme, &v.t("topbar-call-staff")).clicked() {
                out.push(Event::CallStaff);
            }
        }
        ui.add_space(theme.gap);
        widgets::body(ui, theme, &v.t("slip-next-steps"));
        ui.add_space(theme.gap);
        if widgets::primary_button(ui, theme, &v.t("slip-finish")).clicked() {
            out.push(Event::Finish);
        }
    });
}

/// The slip for a head covering: nothing was sent; call the call centre with the ID.
fn call_slip(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("covering-slip-title"));
        widgets::readable(ui, theme, |ui| {
            widgets::body(ui, theme, &v.t("covering-slip-body"));
        });
        widgets::card(ui, theme, |ui| {
            ui.vertical_centered(|ui| {
                widgets::body(ui, theme, &v.t("slip-call-centre"));
                if let Some(id) = v.s.application_id() {
                    widgets::heading(
                        ui,
                        theme,
                        &format!("{}: {}", v.t("confirm-id"), id.masked()),
                    );
                }
            });
        });
        ui.add_space(theme.gap);
        if !printing_progress(ui, v) {
            widgets::error(ui, theme, &v.t("covering-slip-not-printed"));
        }
        ui.add_space(theme.gap);
        if widgets::primary_button(ui, theme, &v.t("slip-finish")).clicked() {
            out.push(Event::Finish);
        }
    });
}

/// Where the slip's printing stands (printing, printed, saved in demo mode); false when it
/// failed, for the caller to say what to do instead.
fn printing_progress(ui: &mut Ui, v: &View<'_>) -> bool {
    let theme = v.theme;
    match v.s.print_outcome() {
        None => widgets::body(ui, theme, &v.t("slip-printing")),
        Some(PrintOutcome::Printed) => widgets::heading(ui, theme, &v.t("slip-printed")),
        Some(PrintOutcome::SavedToFile) => {
            widgets::simplified_note(ui, theme, &v.t("slip-demo-note"));
        }
        Some(PrintOutcome::Failed) => return false,
    }
    true
}
