//! The booth's building blocks: big buttons, keypads, yes/no choices and warnings, all sized
//! from the theme so every touch target keeps its millimetres.

use egui::{Align2, Color32, Pos2, Rect, Response, RichText, Sense, Shape, Stroke, Ui, Vec2};

use super::theme::Theme;

/// How a button looks: the one main action, or a secondary one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Primary,
    Secondary,
}

/// The one main action of a screen: filled, large, bold.
pub fn primary_button(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    let (label, min, button) = styled(theme, text, Kind::Primary);
    let size = button_size(ui, theme, &label, min);
    centred_button(ui, size, button)
}

/// A secondary action: outlined, still finger-sized.
pub fn secondary_button(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    let (label, min, button) = styled(theme, text, Kind::Secondary);
    let size = button_size(ui, theme, &label, min);
    centred_button(ui, size, button)
}

/// Buttons side by side, the row centred where the layout centres. Returns the index tapped.
pub fn button_row(ui: &mut Ui, theme: &Theme, buttons: &[(&str, Kind)]) -> Option<usize> {
    let all: Vec<_> = buttons.iter().map(|(t, k)| (*t, *k, true)).collect();
    button_row_enabled(ui, theme, &all)
}

/// Like [`button_row`], with each button enabled or not.
pub fn button_row_enabled(
    ui: &mut Ui,
    theme: &Theme,
    buttons: &[(&str, Kind, bool)],
) -> Option<usize> {
    let styled: Vec<_> = buttons
        .iter()
        .map(|(text, kind, enabled)| {
            let (label, min, button) = styled(theme, text, *kind);
            (button_size(ui, theme, &label, min), (button, *enabled))
        })
        .collect();
    let gap = theme.gap;
    let width = styled.iter().map(|(s, _)| s.x).sum::<f32>() + gap * (styled.len() as f32 - 1.0);
    let height = styled.iter().map(|(s, _)| s.y).fold(0.0, f32::max);
    let mut tapped = None;
    let row = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(Vec2::new(width, height), row, |ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (i, (size, (button, enabled))) in styled.into_iter().enumerate() {
            let r = ui.add_enabled_ui(enabled, |ui| centred_button(ui, size, button));
            if r.inner.clicked() {
                tapped = Some(i);
            }
        }
    });
    tapped
}

/// The width a [`button_row`] of these buttons takes.
pub fn button_row_width(ui: &Ui, theme: &Theme, buttons: &[(&str, Kind)]) -> f32 {
    let widths: f32 = buttons
        .iter()
        .map(|(text, kind)| {
            let (label, min, _) = styled(theme, text, *kind);
            button_size(ui, theme, &label, min).x
        })
        .sum();
    widths + theme.gap * (buttons.len() as f32 - 1.0).max(0.0)
}

fn styled<'a>(theme: &Theme, text: &str, kind: Kind) -> (RichText, Vec2, egui::Button<'a>) {
    let p = theme.palette;
    match kind {
        Kind::Primary => {
            let label = RichText::new(text)
                .font(theme.bold(theme.body * 1.15))
                .color(p.on_primary);
            let button = egui::Button::new(label.clone())
                .fill(p.primary)
                .corner_radius(theme.corner());
            (label, theme.primary_button(), button)
        }
        Kind::Secondary => {
            let label = RichText::new(text).size(theme.body).color(p.on_secondary);
            let button = egui::Button::new(label.clone())
                .fill(p.secondary)
                .stroke(Stroke::new(theme.stroke, p.outline))
                .corner_radius(theme.corner());
            (label, Vec2::new(theme.touch * 3.0, theme.touch), button)
        }
    }
}

/// At least `min`, and big enough for `label` with padding.
fn button_size(ui: &Ui, theme: &Theme, label: &RichText, min: Vec2) -> Vec2 {
    let galley = egui::WidgetText::from(label.clone()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    // The button pads its text by `button_padding` (gap) on each side; the extra small gap
    // keeps rounding from wrapping the last character onto a second line.
    let padded = galley.size() + Vec2::new(theme.gap * 2.0 + theme.gap_small, theme.gap);
    Vec2::new(
        padded.x.max(min.x).min(ui.available_width().max(min.x)),
        padded.y.max(min.y),
    )
}

/// Places `button` in a box of `size`, its text centred whatever the surrounding layout.
fn centred_button(ui: &mut Ui, size: Vec2, button: egui::Button<'_>) -> Response {
    let layout = egui::Layout::centered_and_justified(egui::Direction::TopDown);
    ui.allocate_ui_with_layout(size, layout, |ui| ui.add(button))
        .inner
}

/// A compact button for the top bar.
pub fn bar_button(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    let p = theme.palette;
    ui.add(
        egui::Button::new(RichText::new(text).size(theme.small).color(p.on_secondary))
            .fill(p.secondary)
            .corner_radius(theme.corner())
            .min_size(Vec2::new(theme.touch * 1.5, theme.touch)),
    )
}

/// One of two or more exclusive choices. The selected one is filled and carries a drawn tick,
/// so the choice never depends on colour alone; its accessible name stays the plain text and
/// screen readers hear it as selected.
pub fn choice_button(ui: &mut Ui, theme: &Theme, text: &str, selected: bool) -> Response {
    let min = choice_min_size(theme);
    let p = theme.palette;
    let (fill, color) = if selected {
        (p.primary, p.on_primary)
    } else {
        (p.surface, p.text)
    };
    let response = ui.add(
        egui::Button::new(RichText::new(text).size(theme.body).color(color))
            .selected(selected)
            .fill(fill)
            .stroke(Stroke::new(theme.stroke * 2.0, p.primary))
            .corner_radius(theme.corner())
            .min_size(min),
    );
    if selected {
        draw_tick(ui, theme, response.rect, color);
    }
    response
}

/// The smallest a [`choice_button`] is: finger-sized, with room for its tick.
fn choice_min_size(theme: &Theme) -> Vec2 {
    let tick_room = theme.body * 1.2;
    Vec2::new(theme.touch * 3.0 + tick_room, theme.touch)
}

/// The width a [`choice_button`] with `text` takes.
pub fn choice_button_width(ui: &Ui, theme: &Theme, text: &str) -> f32 {
    let galley = egui::WidgetText::from(RichText::new(text).size(theme.body)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    (galley.size().x + 2.0 * ui.spacing().button_padding.x).max(choice_min_size(theme).x)
}

pub fn title(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .font(theme.bold(theme.title))
            .color(theme.palette.text),
    );
}

pub fn heading(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .font(theme.bold(theme.heading))
            .color(theme.palette.text),
    );
}

/// A heading that, when it needs more than one line, has lines of about equal length (no word
/// or character left alone on the last line), each centred: for dialogs.
pub fn balanced_heading(ui: &mut Ui, theme: &Theme, text: &str) {
    let font = theme.bold(theme.heading);
    let colour = theme.palette.text;
    let room = ui.available_width().max(1.0);
    let layout = |wrap: f32| {
        let mut job = egui::text::LayoutJob::simple(text.to_owned(), font.clone(), colour, wrap);
        job.halign = egui::Align::Center;
        ui.painter().layout_job(job)
    };
    let full = layout(room);
    let lines = full.rows.len();
    // Widths (in steps of a twentieth of the room) that keep the line count, narrowest first;
    // the first whose lines all end between words or phrases (Japanese breaks anywhere, but
    // easy Japanese leaves a space between phrases), else the narrowest.
    let keeping: Vec<_> = (1..20)
        .map(|k| room * k as f32 / 20.0)
        .filter(|w| *w * lines as f32 >= full.size().x)
        .map(layout)
        .filter(|g| g.rows.len() <= lines)
        .collect();
    let between_words = |g: &std::sync::Arc<egui::Galley>| {
        g.rows.iter().rev().skip(1).all(|row| {
            row.glyphs
                .last()
                .is_some_and(|c| c.chr.is_whitespace() || "。、，,.!！?？".contains(c.chr))
        })
    };
    let galley = keeping
        .iter()
        .find(|g| between_words(g))
        .or(keeping.first())
        .cloned()
        .unwrap_or(full);
    ui.label(galley);
}

pub fn body(ui: &mut Ui, theme: &Theme, text: &str) {
    readable(ui, theme, |ui| {
        ui.label(
            RichText::new(text)
                .size(theme.body)
                .color(theme.palette.text),
        );
    });
}

/// Runs `add` in a column no wider than a comfortable line length, centred where the parent
/// layout centres.
pub fn readable(ui: &mut Ui, theme: &Theme, add: impl FnOnce(&mut Ui)) {
    let width = ui.available_width().min(theme.text_width());
    let layout = *ui.layout();
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), layout, add);
}

/// The language tiles: each language's name in its own script and glyph forms, the current one
/// filled and ticked. Returns the language tapped.
pub fn language_tiles(
    ui: &mut Ui,
    theme: &Theme,
    langs: &[crate::i18n::Lang],
    current: crate::i18n::Lang,
    columns: usize,
) -> Option<crate::i18n::Lang> {
    let columns = columns.max(1);
    let mut chosen = None;
    // Every tile as wide as the longest name needs (larger text), so the columns line up.
    let widest = langs
        .iter()
        .map(|lang| {
            let font = theme.font_in(theme.body, *lang);
            ui.ctx()
                .fonts_mut(|f| {
                    f.layout_no_wrap(lang.native_name().to_owned(), font, theme.palette.text)
                })
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let padded = widest + 2.0 * ui.spacing().button_padding.x + theme.body * 1.2;
    let tile = Vec2::new((theme.touch * 4.5).max(padded), theme.touch * 1.2);
    let gap = theme.gap_small;
    let width = columns as f32 * tile.x + (columns - 1) as f32 * gap;
    ui.allocate_ui_with_layout(
        Vec2::new(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            egui::Grid::new("language-tiles")
                .spacing(Vec2::splat(gap))
                .show(ui, |ui| {
                    for (i, lang) in langs.iter().enumerate() {
                        let selected = *lang == current;
                        let p = theme.palette;
                        let (fill, color) = if selected {
                            (p.primary, p.on_primary)
                        } else {
                            (p.surface, p.text)
                        };
                        let text = RichText::new(lang.native_name())
                            .font(theme.font_in(theme.body, *lang))
                            .color(color);
                        let r = ui.add(
                            egui::Button::new(text)
                                .selected(selected)
                                .fill(fill)
                                .stroke(Stroke::new(theme.stroke * 2.0, p.primary))
                                .corner_radius(theme.corner())
                                .min_size(tile),
                        );
                        if selected {
                            draw_tick(ui, theme, r.rect, color);
                        }
                        if r.clicked() {
                            chosen = Some(*lang);
                        }
                        if (i + 1) % columns == 0 {
                            ui.end_row();
                        }
                    }
                });
        },
    );
    chosen
}

/// A tick drawn at the left inside `rect` (no font glyph needed).
fn draw_tick(ui: &Ui, theme: &Theme, rect: egui::Rect, color: Color32) {
    let s = theme.body * 0.35;
    let c = Pos2::new(rect.left() + theme.gap_small + s, rect.center().y);
    let stroke = Stroke::new(theme.stroke * 3.0, color);
    let mid = c + Vec2::new(-s * 0.3, s * 0.7);
    ui.painter()
        .line_segment([c + Vec2::new(-s, 0.0), mid], stroke);
    ui.painter()
        .line_segment([mid, c + Vec2::new(s, -s * 0.8)], stroke);
}

pub fn muted(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .size(theme.small)
            .color(theme.palette.text_muted),
    );
}

/// What the user should do now (the scan hints): large, bold, on a tinted panel with a drawn
/// arrow-like marker, so it is read before anything else.
pub fn hint(ui: &mut Ui, theme: &Theme, text: &str) {
    hint_panel(ui, theme, text, false);
}

/// A [`hint`] as wide as a readable line and centred, so that the panel keeps its place and
/// size while its message changes (the photo guide).
pub fn steady_hint(ui: &mut Ui, theme: &Theme, text: &str) {
    readable(ui, theme, |ui| hint_panel(ui, theme, text, true));
}

fn hint_panel(ui: &mut Ui, theme: &Theme, text: &str, fill: bool) {
    egui::Frame::new()
        .fill(theme.palette.secondary)
        .stroke(Stroke::new(theme.stroke * 2.0, theme.palette.primary))
        .corner_radius(theme.corner())
        .inner_margin(theme.inner_margin())
        .show(ui, |ui| {
            if fill {
                ui.set_min_width(ui.available_width());
            }
            ui.horizontal(|ui| {
                let size = Vec2::splat(theme.body);
                let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
                let pts = vec![rect.left_top(), rect.right_center(), rect.left_bottom()];
                ui.painter().add(Shape::convex_polygon(
                    pts,
                    theme.palette.primary,
                    Stroke::NONE,
                ));
                ui.add(
                    egui::Label::new(
                        RichText::new(text)
                            .font(theme.bold(theme.body))
                            .color(theme.palette.text),
                    )
                    .wrap(),
                );
            });
        });
}

pub fn error(ui: &mut Ui, theme: &Theme, text: &str) {
    notice(ui, theme, text, theme.palette.error_text);
}

/// Where a screen's main action and its alternative go: one under the other (main on top), or
/// side by side in one row (larger text, short of height).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairLayout {
    Stacked,
    /// In a row, the main action on the left.
    RowMainFirst,
    /// In a row, the main action on the right.
    RowMainLast,
}

/// A screen's main action (primary) and its alternative (secondary). Returns `Some(true)` when
/// the main action was tapped, `Some(false)` for the alternative.
pub fn main_and_other(
    ui: &mut Ui,
    theme: &Theme,
    layout: PairLayout,
    main: &str,
    other: &str,
) -> Option<bool> {
    let main_first = match layout {
        PairLayout::Stacked => {
            if primary_button(ui, theme, main).clicked() {
                return Some(true);
            }
            ui.add_space(theme.gap_small);
            return secondary_button(ui, theme, other)
                .clicked()
                .then_some(false);
        }
        PairLayout::RowMainFirst => true,
        PairLayout::RowMainLast => false,
    };
    let (m, o) = ((main, Kind::Primary), (other, Kind::Secondary));
    let buttons = if main_first { [m, o] } else { [o, m] };
    button_row(ui, theme, &buttons).map(|i| (i == 0) == main_first)
}

/// A white panel grouping related content.
pub fn card(ui: &mut Ui, theme: &Theme, add: impl FnOnce(&mut Ui)) {
    card_sized(ui, theme, false, add);
}

/// A [`card`]; `tight` halves its margin, for screens short of room (larger text on 16:9).
pub fn card_sized(ui: &mut Ui, theme: &Theme, tight: bool, add: impl FnOnce(&mut Ui)) {
    let margin = if tight {
        egui::Margin::same(theme.gap_small.clamp(0.0, 127.0) as i8)
    } else {
        theme.inner_margin()
    };
    egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(Stroke::new(theme.stroke, theme.palette.outline))
        .corner_radius(theme.corner())
        .inner_margin(margin)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), add);
        });
}

/// A note that says what a simplified step really does (nothing pretends).
pub fn simplified_note(ui: &mut Ui, theme: &Theme, text: &str) {
    egui::Frame::new()
        .fill(theme.palette.secondary)
        .corner_radius(theme.corner())
        .inner_margin(theme.inner_margin())
        .show(ui, |ui| {
            ui.label(
                RichText::new(format!("ⓘ {text}"))
                    .size(theme.small)
                    .color(theme.palette.text_muted),
            );
        });
}

fn notice(ui: &mut Ui, theme: &Theme, text: &str, color: Color32) {
    egui::Frame::new()
        .fill(theme.palette.warning_bg)
        .corner_radius(theme.corner())
        .inner_margin(theme.inner_margin())
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                warning_icon(ui, theme);
                ui.add(egui::Label::new(RichText::new(text).size(theme.body).color(color)).wrap());
            });
        });
}

/// A warning with a title: shape (triangle), words and colour together.
pub fn warning(ui: &mut Ui, theme: &Theme, title: &str, text: &str) {
    let p = theme.palette;
    egui::Frame::new()
        .fill(p.warning_bg)
        .corner_radius(theme.corner())
        .inner_margin(theme.inner_margin())
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                warning_icon(ui, theme);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(title)
                            .font(theme.bold(theme.body))
                            .color(p.warning_text),
                    );
                    ui.label(RichText::new(text).size(theme.body).color(p.warning_text));
                });
            });
        });
}

/// A drawn warning triangle with an exclamation mark (no font glyph needed).
pub fn warning_icon(ui: &mut Ui, theme: &Theme) {
    let size = Vec2::splat(theme.body * 1.4);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let p = theme.palette;
    let top = Pos2::new(rect.center().x, rect.top());
    let pts = vec![top, rect.right_bottom(), rect.left_bottom()];
    ui.painter()
        .add(Shape::convex_polygon(pts, p.warning_text, Stroke::NONE));
    ui.painter().text(
        Pos2::new(rect.center().x, rect.bottom() - size.y * 0.05),
        Align2::CENTER_BOTTOM,
        "!",
        theme.bold(theme.body),
        p.warning_bg,
    );
}

/// The width of one key: every key as wide as the widest label needs, so the columns line up.
fn keypad_key_width(ui: &Ui, theme: &Theme, delete: &str, clear: &str) -> f32 {
    let label_width = |text: &str| {
        egui::WidgetText::from(RichText::new(text).size(theme.small))
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            )
            .size()
            .x
            + theme.gap * 2.0
            + theme.gap_small
    };
    (theme.keypad_key * 1.4)
        .max(label_width(delete))
        .max(label_width(clear))
}

/// The size of the [`keypad`] with these labels.
pub fn keypad_size(ui: &Ui, theme: &Theme, delete: &str, clear: &str) -> Vec2 {
    Vec2::new(
        keypad_key_width(ui, theme, delete, clear) * 3.0 + theme.gap_small * 2.0,
        theme.keypad_key * 4.0 + theme.gap_small * 3.0,
    )
}

/// A key of the on-screen keypad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Digit(u8),
    Delete,
    Clear,
}

/// A 3×4 numeric keypad with delete and clear. Returns the key pressed this frame.
pub fn keypad(ui: &mut Ui, theme: &Theme, delete: &str, clear: &str) -> Option<Key> {
    let mut pressed = None;
    let key = theme.keypad_key;
    let key_width = keypad_key_width(ui, theme, delete, clear);
    let rows: [[Option<Key>; 3]; 4] = [
        [
            Some(Key::Digit(1)),
            Some(Key::Digit(2)),
            Some(Key::Digit(3)),
        ],
        [
            Some(Key::Digit(4)),
            Some(Key::Digit(5)),
            Some(Key::Digit(6)),
        ],
        [
            Some(Key::Digit(7)),
            Some(Key::Digit(8)),
            Some(Key::Digit(9)),
        ],
        [Some(Key::Clear), Some(Key::Digit(0)), Some(Key::Delete)],
    ];
    // A box of the grid's width, so that a centring layout centres the keypad.
    let width = key_width * 3.0 + theme.gap_small * 2.0;
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), column, |ui| {
        egui::Grid::new(ui.next_auto_id())
            .spacing(Vec2::splat(theme.gap_small))
            .show(ui, |ui| {
                for row in rows {
                    for k in row.into_iter().flatten() {
                        let (text, size) = match k {
                            Key::Digit(d) => (d.to_string(), theme.title),
                            Key::Delete => (delete.to_owned(), theme.small),
                            Key::Clear => (clear.to_owned(), theme.small),
                        };
                        let fill = match k {
                            Key::Digit(_) => theme.palette.surface,
                            _ => theme.palette.secondary,
                        };
                        let b = egui::Button::new(RichText::new(text).size(size))
                            .fill(fill)
                            .stroke(Stroke::new(theme.stroke, theme.palette.outline))
                            .corner_radius(theme.corner())
                            .min_size(Vec2::new(key_width, key));
                        if ui.add(b).clicked() {
                            pressed = Some(k);
                        }
                    }
                    ui.end_row();
                }
            });
    });
    pressed
}

/// Digits shown in groups (e.g. 4-4-4-4-4-3), with the remaining places as underscores.
pub fn grouped_digits(digits: &str, groups: &[usize]) -> String {
    let mut chars = digits.chars();
    groups
        .iter()
        .map(|&n| {
            (0..n)
                .map(|_| chars.next().unwrap_or('_'))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Corner marks of a target (the QR frame, the photo's crop), drawn inside `rect`: the thick
/// strokes never spill over its edges.
pub fn target_frame(painter: &egui::Painter, rect: Rect, theme: &Theme, color: Color32) {
    let width = theme.stroke * 4.0;
    let rect = rect.shrink(width / 2.0);
    let len = rect.width().min(rect.height()) * 0.18;
    let stroke = Stroke::new(width, color);
    for (corner, dx, dy) in [
        (rect.left_top(), 1.0, 1.0),
        (rect.right_top(), -1.0, 1.0),
        (rect.left_bottom(), 1.0, -1.0),
        (rect.right_bottom(), -1.0, -1.0),
    ] {
        painter.line_segment([corner, corner + Vec2::new(dx * len, 0.0)], stroke);
        painter.line_segment([corner, corner + Vec2::new(0.0, dy * len)], stroke);
    }
}

#[cfg(test)]
mod tests {
    use super::grouped_digits;

    #[test]
    fn digits_are_grouped_with_placeholders() {
        assert_eq!(
            grouped_digits("1234567", &[4, 4, 4, 4, 4, 3]),
            "1234 567_ ____ ____ ____ ___"
        );
        assert_eq!(grouped_digits("19850412", &[4, 2, 2]), "1985 04 12");
    }
}
