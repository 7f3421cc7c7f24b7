//! The date of birth in four taps instead of eight: decade, year, month, day, each a grid of
//! big buttons that offers only dates that can be a birth date (none in the future). The taps
//! become the flow's `BirthDigit` / `BirthDelete` events, so the flow keeps one form of the
//! date (the eight digits `YYYYMMDD`). Year buttons also show the Japanese era year (昭和60),
//! the way Japanese documents give it; it is painted, not part of the button's label.

use egui::{Align2, RichText, Stroke, Ui, Vec2};

use super::theme::Theme;
use crate::domain::{CivilDate, days_in_month, japanese_era};
use crate::flow::Event;

/// The oldest birth year offered: ages above this are not expected at a booth.
const MAX_AGE_YEARS: i32 = 110;

/// The texts the picker shows, in the user's language.
pub struct PickerText {
    pub decade: String,
    pub year: String,
    pub month: String,
    pub day: String,
    pub back: String,
    pub clear: String,
}

/// Which grid shows, from how many digits are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Decade,
    Year,
    Month,
    Day,
}

fn stage(len: usize) -> Stage {
    match len {
        0..=2 => Stage::Decade,
        3 => Stage::Year,
        4 | 5 => Stage::Month,
        _ => Stage::Day,
    }
}

/// Draws the grid for the next part of the date and pushes the events of a tap.
pub fn show(
    ui: &mut Ui,
    theme: &Theme,
    text: &PickerText,
    digits: &str,
    today: CivilDate,
    out: &mut Vec<Event>,
) {
    let chosen: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
    let number = |from: usize, to: usize| -> i32 {
        chosen
            .get(from..to)
            .map_or(0, |d| d.iter().fold(0, |n, d| n * 10 + i32::from(*d)))
    };
    let stage = stage(chosen.len());
    let (title, options, columns): (&str, Vec<Choice>, usize) = match stage {
        Stage::Decade => {
            let first = (today.year() - MAX_AGE_YEARS) / 10 * 10;
            let decades = (first..=today.year()).step_by(10);
            let options = decades
                .map(|d| Choice {
                    label: format!("{d}–{}", d + 9),
                    // "1980–89": four decades a row with larger text, three rows, not four.
                    short: Some(format!("{d}–{:02}", (d + 9) % 100)),
                    era: None,
                    digits: format!("{:03}", d / 10),
                    keep: 0,
                    selected: false,
                })
                .collect();
            (&text.decade, options, 4)
        }
        Stage::Year => {
            let decade = number(0, 3) * 10;
            let options = (decade..decade + 10)
                .filter(|y| *y <= today.year())
                .map(|y| Choice {
                    label: y.to_string(),
                    short: None,
                    era: CivilDate::new(y, 12, 31)
                        .ok()
                        .and_then(japanese_era)
                        .map(|(era, n)| match n {
                            // The first year of an era is written 元年.
                            1 => format!("{}元", era.kanji()),
                            _ => format!("{}{n}", era.kanji()),
                        }),
                    digits: (y % 10).to_string(),
                    keep: 3,
                    selected: false,
                })
                .collect();
            (&text.year, options, 5)
        }
        Stage::Month => {
            let year = number(0, 4);
            let last = if year == today.year() {
                today.month()
            } else {
                12
            };
            let options = (1..=last)
                .map(|m| Choice {
                    label: m.to_string(),
                    short: None,
                    era: None,
                    digits: format!("{m:02}"),
                    keep: 4,
                    selected: false,
                })
                .collect();
            (&text.month, options, 6)
        }
        Stage::Day => {
            let (year, month) = (number(0, 4), number(4, 6));
            let month = u8::try_from(month).unwrap_or(1);
            let mut last = days_in_month(year, month);
            if year == today.year() && month == today.month() {
                last = last.min(today.day());
            }
            let day = (chosen.len() == 8).then(|| number(6, 8));
            let options = (1..=last)
                .map(|d| Choice {
                    label: d.to_string(),
                    short: None,
                    era: None,
                    digits: format!("{d:02}"),
                    keep: 6,
                    selected: day == Some(i32::from(d)),
                })
                .collect();
            (&text.day, options, 8)
        }
    };
    // The question and the way back share a row: the grid below needs the screen's height.
    // When the question is too long for the row (larger text), it wraps beside the buttons.
    let small = |label: &str| {
        egui::Button::new(RichText::new(label).size(theme.small))
            .fill(theme.palette.secondary)
            .min_size(Vec2::new(theme.touch * 1.6, theme.touch))
    };
    let mut back = false;
    let mut clear = false;
    let mut buttons = |ui: &mut Ui, back_first: bool| {
        for is_back in [back_first, !back_first] {
            let label = if is_back { &text.back } else { &text.clear };
            if ui.add_enabled(!chosen.is_empty(), small(label)).clicked() {
                if is_back {
                    back = true;
                } else {
                    clear = true;
                }
            }
        }
    };
    let measure = |t: &str, size: f32| {
        ui.ctx()
            .fonts_mut(|f| f.layout_no_wrap(t.to_owned(), theme.font(size), theme.palette.text))
            .size()
            .x
    };
    let pad = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    let row_w = measure(title, theme.body)
        + theme.gap
        + [&text.back, &text.clear]
            .iter()
            .map(|l| (measure(l, theme.small) + pad).max(theme.touch * 1.6 + pad))
            .sum::<f32>();
    if row_w <= ui.available_width() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(title).size(theme.body));
            ui.add_space(theme.gap);
            buttons(ui, true);
        });
    } else {
        let row = egui::Layout::right_to_left(egui::Align::Center);
        ui.allocate_ui_with_layout(Vec2::new(ui.available_width(), 0.0), row, |ui| {
            // From the right: clear, then back on its left.
            buttons(ui, false);
            ui.add_space(theme.gap);
            let w = ui.available_width();
            let column = egui::Layout::top_down(egui::Align::Min);
            ui.allocate_ui_with_layout(Vec2::new(w, 0.0), column, |ui| {
                ui.set_width(w);
                ui.add(egui::Label::new(RichText::new(title).size(theme.body)).wrap());
            });
        });
    }
    if back {
        let keep = match stage {
            Stage::Decade | Stage::Year => 0,
            Stage::Month => 3,
            Stage::Day if chosen.len() == 8 => 6,
            Stage::Day => 4,
        };
        for _ in keep..chosen.len() {
            out.push(Event::BirthDelete);
        }
    }
    if clear {
        out.push(Event::BirthClear);
    }
    ui.add_space(theme.gap_small);
    // Year buttons carry the era under the number: they get the taller keypad key.
    let height = if stage == Stage::Year {
        theme.keypad_key
    } else {
        theme.touch
    };
    if let Some(choice) = grid(ui, theme, &options, columns, height) {
        // Back to where this part starts, then the part chosen.
        for _ in choice.keep..chosen.len() {
            out.push(Event::BirthDelete);
        }
        for d in choice.digits.bytes() {
            out.push(Event::BirthDigit(d - b'0'));
        }
    }
}

/// One button of a grid: what it says and which digits it stands for.
struct Choice {
    label: String,
    /// A shorter form of the label for a narrow column; screen readers still say `label`.
    short: Option<String>,
    /// The Japanese era year, painted under the label.
    era: Option<String>,
    digits: String,
    /// How many of the chosen digits this part keeps (the rest is replaced).
    keep: usize,
    selected: bool,
}

/// A grid of equal buttons filling the width; returns the one tapped.
fn grid<'a>(
    ui: &mut Ui,
    theme: &Theme,
    options: &'a [Choice],
    columns: usize,
    height: f32,
) -> Option<&'a Choice> {
    let gap = theme.gap_small;
    let font = egui::FontId::proportional(theme.body * 1.1);
    // No more columns than the widest label lets fit: a grid wider than its column would run
    // into the next one. Where the short labels fit more columns, the grid uses them.
    let widest = |short: bool| {
        options
            .iter()
            .map(|c| {
                let text = match (&c.short, short) {
                    (Some(s), true) => s.clone(),
                    _ => c.label.clone(),
                };
                ui.ctx()
                    .fonts_mut(|f| f.layout_no_wrap(text, font.clone(), theme.palette.text))
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
            + 2.0 * ui.spacing().button_padding.x
    };
    let room = ui.available_width() - theme.gap;
    let fit = |widest: f32| ((room + gap) / (widest + gap)).floor().max(1.0) as usize;
    let full = fit(widest(false));
    let short =
        full < columns && options.iter().all(|c| c.short.is_some()) && fit(widest(true)) > full;
    let columns = columns
        .min(if short { fit(widest(true)) } else { full })
        .max(1);
    let cols = columns as f32;
    // A gap's room on the right keeps the grid apart from the next column.
    let width = ((ui.available_width() - theme.gap - gap * (cols - 1.0)) / cols)
        .clamp(theme.touch, theme.keypad_key * 2.2);
    let size = Vec2::new(width, height);
    let mut tapped = None;
    egui::Grid::new(ui.next_auto_id())
        .spacing(Vec2::splat(gap))
        .show(ui, |ui| {
            for (i, choice) in options.iter().enumerate() {
                let (fill, color) = if choice.selected {
                    (theme.palette.primary, theme.palette.on_primary)
                } else {
                    (theme.palette.surface, theme.palette.text)
                };
                let shown = match (&choice.short, short) {
                    (Some(s), true) => s,
                    _ => &choice.label,
                };
                let b = egui::Button::new(RichText::new(shown).size(theme.body * 1.1).color(color))
                    .fill(fill)
                    .stroke(Stroke::new(theme.stroke, theme.palette.outline))
                    .corner_radius(theme.corner())
                    .min_size(size);
                let r = ui.add(b);
                if shown != &choice.label {
                    let label = choice.label.as_str();
                    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
                }
                if let Some(era) = &choice.era {
                    ui.painter().text(
                        r.rect.center_bottom() - Vec2::new(0.0, theme.gap_small * 0.5),
                        Align2::CENTER_BOTTOM,
                        era,
                        egui::FontId::proportional(theme.small * 0.8),
                        theme.palette.text_muted,
                    );
                }
                if r.clicked() {
                    tapped = Some(choice);
                }
                if (i + 1) % columns == 0 {
                    ui.end_row();
                }
            }
        });
    tapped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stage_follows_the_digits_chosen() {
        assert_eq!(stage(0), Stage::Decade);
        assert_eq!(stage(3), Stage::Year);
        assert_eq!(stage(4), Stage::Month);
        assert_eq!(stage(6), Stage::Day);
        assert_eq!(stage(8), Stage::Day);
    }
}
