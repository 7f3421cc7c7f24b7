//! Screen 2: before you start. One tap for the usual case ("nothing has changed"); otherwise the
//! three questions that can make a form unusable, each "yes" with a warning and what to do —
//! never a dead end.

use egui::Ui;

use super::View;
use crate::flow::{ChangeQuestion, Event};
use crate::ui::widgets;

fn question_id(q: ChangeQuestion) -> &'static str {
    match q {
        ChangeQuestion::Moved => "check-moved",
        ChangeQuestion::NameChanged => "check-name-changed",
        ChangeQuestion::StayRenewed => "check-stay-renewed",
    }
}

fn warning_id(q: ChangeQuestion) -> &'static str {
    match q {
        ChangeQuestion::Moved => "check-warning-moved",
        ChangeQuestion::NameChanged => "check-warning-name",
        ChangeQuestion::StayRenewed => "check-warning-stay",
    }
}

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let answers = v.s.before_start();
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("check-title"));
        widgets::body(ui, theme, &v.t("check-intro"));
        ui.add_space(theme.gap);
        for q in ChangeQuestion::ALL {
            widgets::body(ui, theme, &format!("• {}", v.t(question_id(q))));
        }
        ui.add_space(theme.gap);
        if !answers.asking {
            if widgets::primary_button(ui, theme, &v.t("check-nothing-changed")).clicked() {
                out.push(Event::NothingChanged);
            }
            ui.add_space(theme.gap_small);
            if widgets::secondary_button(ui, theme, &v.t("check-something-changed")).clicked() {
                out.push(Event::SomethingChanged);
            }
        }
    });
    if !answers.asking {
        return;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for q in ChangeQuestion::ALL {
            ui.add_space(theme.gap_small);
            ui.horizontal_wrapped(|ui| {
                widgets::body(ui, theme, &v.t(question_id(q)));
            });
            ui.horizontal(|ui| {
                let a = answers.answer(q);
                if widgets::choice_button(ui, theme, &v.t("answer-yes"), a == Some(true)).clicked()
                {
                    out.push(Event::Answer {
                        question: q,
                        changed: true,
                    });
                }
                if widgets::choice_button(ui, theme, &v.t("answer-no"), a == Some(false)).clicked()
                {
                    out.push(Event::Answer {
                        question: q,
                        changed: false,
                    });
                }
            });
            if answers.answer(q) == Some(true) {
                widgets::warning(ui, theme, &v.t("check-warning-title"), &v.t(warning_id(q)));
            }
        }
        ui.add_space(theme.gap);
        if answers.all_answered() {
            let label = if answers.warnings().is_empty() {
                v.t("check-continue")
            } else {
                v.t("check-continue-anyway")
            };
            ui.vertical_centered(|ui| {
                if widgets::primary_button(ui, theme, &label).clicked() {
                    out.push(Event::ContinueAfterCheck);
                }
            });
        }
    });
}
