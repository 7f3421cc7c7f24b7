//! Screen 2: before you start. One tap for the usual case ("nothing has changed"); otherwise the
//! three questions that can make a form unusable, each "yes" with a warning and what to do —
//! never a dead end.

use egui::{RichText, Ui};

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
        // The questions sit beside their Yes / No buttons: narrower than that they wrap onto
        // so many lines that the continue button falls off a 16:9 screen (vi, id, th).
        let wide = if answers.asking { 1.4 } else { 1.0 };
        let width = ui.available_width().min(theme.text_width() * wide);
        let layout = *ui.layout();
        ui.allocate_ui_with_layout(egui::Vec2::new(width, 0.0), layout, |ui| {
            if answers.asking {
                questions(ui, v, out);
            } else {
                widgets::card(ui, theme, |ui| {
                    for q in ChangeQuestion::ALL {
                        ui.label(
                            RichText::new(format!("•  {}", v.t(question_id(q))))
                                .size(theme.body)
                                .color(theme.palette.text),
                        );
                    }
                });
            }
        });
        ui.add_space(theme.gap);
        if !answers.asking {
            if widgets::primary_button(ui, theme, &v.t("check-nothing-changed")).clicked() {
                out.push(Event::NothingChanged);
            }
            ui.add_space(theme.gap_small);
            if widgets::secondary_button(ui, theme, &v.t("check-something-changed")).clicked() {
                out.push(Event::SomethingChanged);
            }
        } else if answers.all_answered() {
            let label = if answers.warnings().is_empty() {
                v.t("check-continue")
            } else {
                v.t("check-continue-anyway")
            };
            if widgets::primary_button(ui, theme, &label).clicked() {
                out.push(Event::ContinueAfterCheck);
            }
        }
    });
}

/// One row per question: the question, then Yes / No; a "yes" brings its warning underneath.
fn questions(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let answers = v.s.before_start();
    // The Yes / No buttons take what they need; the question gets the rest, so that no card
    // grows past the column and every card has the same width.
    let (yes, no) = (v.t("answer-yes"), v.t("answer-no"));
    let spacing = ui.spacing().item_spacing.x;
    let buttons = widgets::choice_button_width(ui, theme, &yes)
        + widgets::choice_button_width(ui, theme, &no)
        + spacing * 2.0;
    let frame = 2.0 * (theme.gap + theme.stroke);
    let text_width = (ui.available_width() - frame - buttons).max(theme.touch * 4.0);
    for q in ChangeQuestion::ALL {
        widgets::card(ui, theme, |ui| {
            ui.horizontal(|ui| {
                ui.allocate_ui_with_layout(
                    egui::Vec2::new(text_width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(text_width);
                        ui.label(RichText::new(v.t(question_id(q))).size(theme.body));
                    },
                );
                let a = answers.answer(q);
                for (id, changed) in [("answer-yes", true), ("answer-no", false)] {
                    if widgets::choice_button(ui, theme, &v.t(id), a == Some(changed)).clicked() {
                        out.push(Event::Answer {
                            question: q,
                            changed,
                        });
                    }
                }
            });
            if answers.answer(q) == Some(true) {
                widgets::warning(ui, theme, &v.t("check-warning-title"), &v.t(warning_id(q)));
            }
        });
        ui.add_space(theme.gap_small);
    }
}
