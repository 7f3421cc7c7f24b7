//! The booth's building blocks: big buttons, keypads, yes/no choices and warnings, all sized
//! from the theme so every touch target keeps its millimetres.

use egui::{Align2, Color32, Pos2, Rect, Response, RichText, Sense, Shape, Stroke, Ui, Vec2};

use super::theme::Theme;

/// The one main action of a screen: filled, large, bold.
pub fn primary_button(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    let p = theme.palette;
    let label = RichText::new(text)
        .font(theme.bold(theme.body * 1.15))
        .color(p.on_primary);
    ui.add(
        egui::Button::new(label)
            .fill(p.primary)
            .corner_radius(theme.corner())
            .min_size(theme.primary_button()),
    )
}

/// A secondary action: outlined, still finger-sized.
pub fn secondary_button(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    let p = theme.palette;
    ui.add(
        egui::Button::new(RichText::new(text).size(theme.body).color(p.on_secondary))
            .fill(p.secondary)
            .stroke(Stroke::new(theme.stroke, p.outline))
            .corner_radius(theme.corner())
            .min_size(Vec2::new(theme.touch * 3.0, theme.touch)),
    )
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
    let p = theme.palette;
    let (fill, color) = if selected {
        (p.primary, p.on_primary)
    } else {
        (p.surface, p.text)
    };
    let tick_room = theme.body * 1.2;
    let response = ui.add(
        egui::Button::new(RichText::new(text).size(theme.body).color(color))
            .selected(selected)
            .fill(fill)
            .stroke(Stroke::new(theme.stroke * 2.0, p.primary))
            .corner_radius(theme.corner())
            .min_size(Vec2::new(theme.touch * 3.0 + tick_room, theme.touch)),
    );
    if selected {
        let r = response.rect;
        let s = theme.body * 0.35;
        let c = Pos2::new(r.left() + theme.gap_small + s, r.center().y);
        let stroke = Stroke::new(theme.stroke * 3.0, color);
        ui.painter().line_segment(
            [c + Vec2::new(-s, 0.0), c + Vec2::new(-s * 0.3, s * 0.7)],
            stroke,
        );
        ui.painter().line_segment(
            [c + Vec2::new(-s * 0.3, s * 0.7), c + Vec2::new(s, -s * 0.8)],
            stroke,
        );
    }
    response
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

pub fn body(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .size(theme.body)
            .color(theme.palette.text),
    );
}

pub fn muted(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .size(theme.small)
            .color(theme.palette.text_muted),
    );
}

pub fn error(ui: &mut Ui, theme: &Theme, text: &str) {
    notice(ui, theme, text, theme.palette.error_text);
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
                ui.label(RichText::new(text).size(theme.body).color(color));
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
                        .min_size(Vec2::new(key * 1.4, key));
                    if ui.add(b).clicked() {
                        pressed = Some(k);
                    }
                }
                ui.end_row();
            }
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

/// A rectangle outline for targets (QR frame, head outline).
pub fn target_frame(ui: &Ui, rect: Rect, theme: &Theme, color: Color32) {
    let len = rect.width().min(rect.height()) * 0.18;
    let stroke = Stroke::new(theme.stroke * 4.0, color);
    let painter = ui.painter();
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
