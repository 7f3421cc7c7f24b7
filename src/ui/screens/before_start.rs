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
    let cramped = super::cramped(ui.ctx(), v);
    ui.vertical_centered(|ui| {
        if answers.asking && cramped {
            // Larger text on 16:9: the title and its introduction share a row, so that three
            // questions, a warning and the footer fit without scrolling.
            let width = ui.available_width();
            ui.allocate_ui_with_layout(
                egui::Vec2::new(width, 0.0),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    widgets::title(ui, theme, &v.t("check-title"));
                    ui.add_space(theme.gap);
                    ui.add(
                        egui::Label::new(RichText::new(v.t("check-intro")).size(theme.body)).wrap(),
                    );
                },
            );
        } else {
            widgets::title(ui, theme, &v.t("check-title"));
            widgets::body(ui, theme, &v.t("check-intro"));
        }
        ui.add_space(if cramped { theme.gap_small } else { theme.gap });
        // The questions sit beside their Yes / No buttons: narrower than that they wrap onto
        // so many lines that the continue button falls off a 16:9 screen (vi, id, th).
        // With larger text they take the whole width: each line of a warning saved counts.
        let wide = if answers.asking && cramped {
            f32::INFINITY
        } else if answers.asking || cramped {
            1.4
        } else {
            1.0
        };
        let width = ui.available_width().min(theme.text_width() * wide);
        let layout = *ui.layout();
        ui.allocate_ui_with_layout(egui::Vec2::new(width, 0.0), layout, |ui| {
            if answers.asking {
                questions(ui, v, cramped, out);
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
        if !answers.asking {
            ui.add_space(theme.gap);
            // Side by side with larger text: one row instead of two.
            let layout = if cramped {
                widgets::PairLayout::RowMainFirst
            } else {
                widgets::PairLayout::Stacked
            };
            let (nothing, something) =
                (v.t("check-nothing-changed"), v.t("check-something-changed"));
            match widgets::main_and_other(ui, theme, layout, &nothing, &something) {
                Some(true) => out.push(Event::NothingChanged),
                Some(false) => out.push(Event::SomethingChanged),
                None => {}
            }
        }
    });
}

/// While the questions are asked, the way on sits in a footer that never scrolls away: a
/// "yes" brings a warning that can push it below the screen (larger text). It shows once every
/// question has its answer, and says "continue anyway" when an answer brought a warning.
pub fn footer(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let answers = v.s.before_start();
    ui.vertical_centered(|ui| {
        let ready = answers.all_answered();
        let label = if !ready || answers.warnings().is_empty() {
            v.t("check-continue")
        } else {
            v.t("check-continue-anyway")
        };
        let r = ui.add_enabled_ui(ready, |ui| widgets::primary_button(ui, v.theme, &label));
        if r.inner.clicked() {
            out.push(Event::ContinueAfterCheck);
        }
    });
}

/// One row per question: the question, then Yes / No; a "yes" brings its warning underneath.
fn questions(ui: &mut Ui, v: &View<'_>, tight: bool, out: &mut Vec<Event>) {
    let theme = v.theme;
    let answers = v.s.before_start();
    // The Yes / No buttons take what they need; the question gets the rest, so that no card
    // grows past the column and every card has the same width.
    let (yes, no) = (v.t("answer-yes"), v.t("answer-no"));
    let spacing = ui.spacing().item_spacing.x;
    let buttons = widgets::choice_button_width(ui, theme, &yes)
        + widgets::choice_button_width(ui, theme, &no)
        + spacing * 2.0;
    let margin = if tight { theme.gap_small } else { theme.gap };
    let frame = 2.0 * (margin + theme.stroke);

    let text_width = (ui.available_width() - frame - buttons).max(theme.touch * 4.0);
    for (i, q) in ChangeQuestion::ALL.into_iter().enumerate() {
        if i > 0 {
            ui.add_space(theme.gap_small);
        }
        widgets::card_sized(ui, theme, tight, |ui| {
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
    }
}
