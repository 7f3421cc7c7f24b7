//! Drawn pictures (egui painter, no copied images) of the generations of the paper application
//! form (個人番号カード交付申請書), marking where the QR code and the 23-digit application ID
//! sit, and the keypad help that tells the three numbers people confuse apart.
//!
//! The layouts are schematic: public descriptions confirm that the oldest form came attached
//! below the Notification Card (通知カード) and was torn off along a perforation, that later
//! forms come as a sheet of their own (with the Individual Number Notice, re-sent, or from the
//! city office), and that the blank form for handwriting has neither QR code nor ID. Exact
//! positions on the sheet are not published; the drawings put the ID and the code together at
//! the top right, which the pictures' note says may differ from the user's form.

use egui::{Align2, Color32, Pos2, Rect, Response, RichText, Sense, Shape, Stroke, Ui, Vec2};

use super::theme::Theme;

/// Height over width of an A4 sheet.
const SHEET_ASPECT: f32 = 1.414;
/// Modules per side of the drawn QR code (a version 1 code).
const QR_MODULES: usize = 21;

/// A generation of the application form, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormGeneration {
    /// 2015–2020: the lower part of the sheet that carried the Notification Card.
    WithNotificationCard,
    /// From 2020 with the Individual Number Notice, forms sent again, and forms from the
    /// city office: a sheet of its own.
    OwnSheet,
    /// The blank form for handwriting: no QR code, no ID; not usable at the booth.
    Handwritten,
}

impl FormGeneration {
    pub const ALL: [FormGeneration; 3] = [
        FormGeneration::WithNotificationCard,
        FormGeneration::OwnSheet,
        FormGeneration::Handwritten,
    ];

    /// Fluent message id of the caption.
    pub fn caption_id(self) -> &'static str {
        match self {
            FormGeneration::WithNotificationCard => "form-gen-card",
            FormGeneration::OwnSheet => "form-gen-notice",
            FormGeneration::Handwritten => "form-gen-handwritten",
        }
    }
}

/// The words around the pictures, in the session's language.
#[derive(Debug, Clone)]
pub struct FormTexts {
    pub title: String,
    /// One caption per [`FormGeneration::ALL`].
    pub captions: [String; 3],
    pub legend_qr: String,
    pub legend_id: String,
    pub schematic: String,
}

impl FormTexts {
    /// The texts from a translator (`t` maps a message id to its text).
    pub fn new(t: impl Fn(&str) -> String) -> Self {
        Self {
            title: t("forms-title"),
            captions: FormGeneration::ALL.map(|g| t(g.caption_id())),
            legend_qr: t("forms-legend-qr"),
            legend_id: t("forms-legend-id"),
            schematic: t("forms-schematic"),
        }
    }
}

/// The pictures side by side, each caption under its picture (attract screen).
pub fn show_row(ui: &mut Ui, theme: &Theme, texts: &FormTexts) {
    ui.vertical_centered(|ui| {
        heading(ui, theme, &texts.title);
        let item = theme.form_caption;
        let gap = theme.gap;
        let width = item * 3.0 + gap * 2.0;
        let row = egui::Layout::left_to_right(egui::Align::Min);
        ui.allocate_ui_with_layout(Vec2::new(width, 0.0), row, |ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (generation, caption) in FormGeneration::ALL.into_iter().zip(&texts.captions) {
                let column = egui::Layout::top_down(egui::Align::Center);
                ui.allocate_ui_with_layout(Vec2::new(item, 0.0), column, |ui| {
                    ui.set_width(item);
                    form_picture(ui, theme, generation, caption);
                    caption_label(ui, theme, caption);
                });
            }
        });
        legend(ui, theme, texts, true);
    });
}

/// The pictures one under the other, each caption beside its picture (scan screen, beside
/// the live video). `width` is the room the column may take.
pub fn show_column(ui: &mut Ui, theme: &Theme, texts: &FormTexts, width: f32) {
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), column, |ui| {
        ui.set_width(width);
        heading(ui, theme, &texts.title);
        let picture_w = theme.form_picture / SHEET_ASPECT;
        let caption_w = (width - picture_w - theme.gap).max(theme.touch);
        for (generation, caption) in FormGeneration::ALL.into_iter().zip(&texts.captions) {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = theme.gap;
                form_picture(ui, theme, generation, caption);
                let text = egui::Layout::top_down(egui::Align::Min);
                ui.allocate_ui_with_layout(Vec2::new(caption_w, 0.0), text, |ui| {
                    ui.set_width(caption_w);
                    caption_label(ui, theme, caption);
                });
            });
        }
        legend(ui, theme, texts, false);
    });
}

fn heading(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .font(theme.bold(theme.body))
            .color(theme.palette.text),
    );
}

fn caption_label(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.add(
        egui::Label::new(
            RichText::new(text)
                .size(theme.small)
                .color(theme.palette.text),
        )
        .wrap(),
    );
}

/// What the two marks mean (shape and words, never colour alone), and that the drawings are
/// simplified; `centred` under a row of pictures.
fn legend(ui: &mut Ui, theme: &Theme, texts: &FormTexts, centred: bool) {
    let icon = Vec2::splat(theme.small * 1.2);
    let id_icon = Vec2::new(icon.x * 2.0, icon.y);
    let label = |text: &str| {
        RichText::new(text)
            .size(theme.small)
            .color(theme.palette.text)
    };
    let measure = |text: &str| {
        egui::WidgetText::from(label(text))
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            )
            .size()
            .x
    };
    let spacing = ui.spacing().item_spacing.x;
    let width = icon.x
        + id_icon.x
        + measure(&texts.legend_qr)
        + measure(&texts.legend_id)
        + theme.gap
        + spacing * 4.0;
    let row = egui::Layout::left_to_right(egui::Align::Center);
    let width = if centred {
        width.min(ui.available_width())
    } else {
        ui.available_width()
    };
    ui.allocate_ui_with_layout(Vec2::new(width, icon.y), row, |ui| {
        let (rect, _) = ui.allocate_exact_size(icon, Sense::hover());
        qr_mark(ui.painter(), rect, theme);
        paint_qr(ui.painter(), rect.shrink(rect.width() * 0.15), theme);
        ui.label(label(&texts.legend_qr));
        ui.add_space(theme.gap);
        let (rect, _) = ui.allocate_exact_size(id_icon, Sense::hover());
        paint_id(
            ui.painter(),
            rect.shrink2(Vec2::new(0.0, icon.y * 0.25)),
            theme,
        );
        ui.label(label(&texts.legend_id));
    });
    ui.add(
        egui::Label::new(
            RichText::new(&texts.schematic)
                .size(theme.small)
                .color(theme.palette.text_muted),
        )
        .wrap(),
    );
}

/// One drawn form, `theme.form_picture` high; the caption is its accessible description.
pub fn form_picture(
    ui: &mut Ui,
    theme: &Theme,
    generation: FormGeneration,
    caption: &str,
) -> Response {
    let height = theme.form_picture;
    let size = Vec2::new(height / SHEET_ASPECT, height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, caption));
    paint_form(ui.painter(), rect, generation, theme);
    response
}

/// Draws a form of `generation` filling `sheet`.
pub fn paint_form(painter: &egui::Painter, sheet: Rect, generation: FormGeneration, theme: &Theme) {
    let p = theme.palette;
    let thin = Stroke::new(theme.stroke, p.outline);
    painter.rect_filled(sheet, 2.0 * theme.stroke, p.paper);
    painter.rect_stroke(sheet, 2.0 * theme.stroke, thin, egui::StrokeKind::Inside);

    // The part of the sheet that is the application form.
    let form = match generation {
        FormGeneration::WithNotificationCard => {
            let tear_y = sheet.top() + sheet.height() * 0.36;
            let card = Rect::from_min_max(
                at(sheet, 0.1, 0.05),
                Pos2::new(
                    sheet.right() - sheet.width() * 0.1,
                    tear_y - sheet.height() * 0.05,
                ),
            );
            painter.rect_filled(card, 3.0 * theme.stroke, p.card_tint);
            painter.rect_stroke(card, 3.0 * theme.stroke, thin, egui::StrokeKind::Inside);
            for (i, len) in [0.55f32, 0.7, 0.4].into_iter().enumerate() {
                let y = card.top() + card.height() * (0.3 + 0.2 * i as f32);
                text_line(
                    painter,
                    card.left() + card.width() * 0.08,
                    y,
                    card.width() * len,
                    theme,
                );
            }
            // The perforation along which the form is torn off.
            let dash = theme.stroke * 3.0;
            painter.extend(Shape::dashed_line(
                &[
                    Pos2::new(sheet.left(), tear_y),
                    Pos2::new(sheet.right(), tear_y),
                ],
                Stroke::new(theme.stroke, p.text_muted),
                dash,
                dash,
            ));
            Rect::from_min_max(Pos2::new(sheet.left(), tear_y), sheet.max)
        }
        FormGeneration::OwnSheet | FormGeneration::Handwritten => sheet,
    };

    // Title, photo box and the printed fields, as grey lines.
    text_line(
        painter,
        form.left() + form.width() * 0.08,
        form.top() + form.width() * 0.09,
        form.width() * 0.42,
        theme,
    );
    let photo_w = form.width() * 0.24;
    let photo = Rect::from_min_size(
        Pos2::new(
            form.left() + form.width() * 0.08,
            form.top() + form.width() * 0.2,
        ),
        Vec2::new(photo_w, photo_w * 45.0 / 35.0),
    );
    paint_photo_box(painter, photo, theme);
    let fields_top = photo.bottom() + form.width() * 0.08;
    let mut y = fields_top;
    let mut i = 0;
    while y < form.bottom() - form.width() * 0.08 {
        let len = [0.8f32, 0.6, 0.72, 0.5][i % 4];
        text_line(
            painter,
            form.left() + form.width() * 0.08,
            y,
            form.width() * len,
            theme,
        );
        y += form.width() * 0.1;
        i += 1;
    }

    // The ID and the QR code together at the top right.
    let id = Rect::from_min_size(
        Pos2::new(
            form.left() + form.width() * 0.5,
            form.top() + form.width() * 0.06,
        ),
        Vec2::new(form.width() * 0.42, form.width() * 0.07),
    );
    let qr_side = form.width() * 0.36;
    let qr = Rect::from_min_size(
        Pos2::new(
            form.right() - form.width() * 0.1 - qr_side,
            id.bottom() + form.width() * 0.12,
        ),
        Vec2::splat(qr_side),
    );
    match generation {
        FormGeneration::Handwritten => {
            // Where a code would be: an empty dashed box, crossed out.
            let no = theme.palette.error_text;
            let dash = theme.stroke * 2.0;
            let corners = [
                qr.left_top(),
                qr.right_top(),
                qr.right_bottom(),
                qr.left_bottom(),
                qr.left_top(),
            ];
            painter.extend(Shape::dashed_line(
                &corners,
                Stroke::new(theme.stroke, p.text_muted),
                dash,
                dash,
            ));
            let cross = Stroke::new(theme.stroke * 2.5, no);
            let c = qr.shrink(qr_side * 0.1);
            painter.line_segment([c.left_top(), c.right_bottom()], cross);
            painter.line_segment([c.right_top(), c.left_bottom()], cross);
        }
        _ => {
            paint_id(painter, id, theme);
            paint_qr(painter, qr, theme);
            qr_mark(painter, qr.expand(qr_side * 0.08), theme);
        }
    }
}

/// A point at fractions of `r`'s width (for x) and height (for y).
fn at(r: Rect, fx: f32, fy: f32) -> Pos2 {
    Pos2::new(r.left() + r.width() * fx, r.top() + r.height() * fy)
}

/// A printed line of text that does not matter to the user.
fn text_line(painter: &egui::Painter, x: f32, y: f32, len: f32, theme: &Theme) {
    painter.line_segment(
        [Pos2::new(x, y), Pos2::new(x + len, y)],
        Stroke::new(theme.stroke * 1.5, theme.palette.ink_faint),
    );
}

/// The box where a paper photo goes: an outline with a head and shoulders.
fn paint_photo_box(painter: &egui::Painter, r: Rect, theme: &Theme) {
    let faint = theme.palette.ink_faint;
    painter.rect_stroke(
        r,
        0.0,
        Stroke::new(theme.stroke, faint),
        egui::StrokeKind::Inside,
    );
    let head = Pos2::new(r.center().x, r.top() + r.height() * 0.4);
    painter.circle_stroke(head, r.width() * 0.2, Stroke::new(theme.stroke, faint));
    let shoulders = [
        Pos2::new(r.left() + r.width() * 0.15, r.bottom()),
        Pos2::new(r.left() + r.width() * 0.3, r.top() + r.height() * 0.72),
        Pos2::new(r.right() - r.width() * 0.3, r.top() + r.height() * 0.72),
        Pos2::new(r.right() - r.width() * 0.15, r.bottom()),
    ];
    painter.add(Shape::line(
        shoulders.to_vec(),
        Stroke::new(theme.stroke, faint),
    ));
}

/// The 23-digit ID: a row of digit-like strokes, boxed and underlined in the ID colour.
fn paint_id(painter: &egui::Painter, r: Rect, theme: &Theme) {
    let mark = theme.palette.id_mark;
    painter.rect_filled(r, theme.stroke, mark.gamma_multiply(0.15));
    painter.rect_stroke(
        r,
        theme.stroke,
        Stroke::new(theme.stroke * 1.5, mark),
        egui::StrokeKind::Outside,
    );
    // Six groups (4-4-4-4-4-3) of short vertical strokes.
    let groups = [4usize, 4, 4, 4, 4, 3];
    let slots = 23.0 + 5.0;
    let step = r.width() * 0.9 / slots;
    let mut x = r.left() + r.width() * 0.05 + step * 0.5;
    let ink = Stroke::new(theme.stroke, theme.palette.text);
    for (g, n) in groups.iter().enumerate() {
        for _ in 0..*n {
            painter.line_segment(
                [
                    Pos2::new(x, r.top() + r.height() * 0.25),
                    Pos2::new(x, r.bottom() - r.height() * 0.25),
                ],
                ink,
            );
            x += step;
        }
        if g + 1 < groups.len() {
            x += step;
        }
    }
}

/// A QR-like pattern: three finder squares and deterministic modules.
fn paint_qr(painter: &egui::Painter, r: Rect, theme: &Theme) {
    let dark = theme.palette.text;
    let light = theme.palette.paper;
    painter.rect_filled(r, 0.0, light);
    let m = r.width() / QR_MODULES as f32;
    let module = |col: usize, row: usize, color: Color32| {
        let min = Pos2::new(r.left() + col as f32 * m, r.top() + row as f32 * m);
        painter.rect_filled(Rect::from_min_size(min, Vec2::splat(m)), 0.0, color);
    };
    let finder_at = |col: usize, row: usize| {
        let outer = Rect::from_min_size(
            Pos2::new(r.left() + col as f32 * m, r.top() + row as f32 * m),
            Vec2::splat(7.0 * m),
        );
        painter.rect_filled(outer, 0.0, dark);
        painter.rect_filled(outer.shrink(m), 0.0, light);
        painter.rect_filled(outer.shrink(2.0 * m), 0.0, dark);
    };
    let in_finder = |c: usize, row: usize| {
        let near = |v: usize, start: usize| v >= start && v < start + 8;
        (near(c, 0) && near(row, 0))
            || (near(c, QR_MODULES - 8) && near(row, 0))
            || (near(c, 0) && near(row, QR_MODULES - 8))
    };
    for row in 0..QR_MODULES {
        for col in 0..QR_MODULES {
            if !in_finder(col, row) && scatter(col, row) {
                module(col, row, dark);
            }
        }
    }
    finder_at(0, 0);
    finder_at(QR_MODULES - 7, 0);
    finder_at(0, QR_MODULES - 7);
}

/// A fixed, random-looking choice of dark modules.
fn scatter(col: usize, row: usize) -> bool {
    let mut h = (col as u32).wrapping_mul(0x9E37_79B9) ^ (row as u32).wrapping_mul(0x85EB_CA6B);
    h ^= h >> 13;
    h = h.wrapping_mul(0xC2B2_AE35);
    h ^= h >> 16;
    h & 1 == 1
}

/// Corner brackets around the QR code, like the target frame on the scan screen.
fn qr_mark(painter: &egui::Painter, r: Rect, theme: &Theme) {
    let len = r.width() * 0.3;
    let stroke = Stroke::new(theme.stroke * 2.0, theme.palette.primary);
    for (corner, dx, dy) in [
        (r.left_top(), 1.0, 1.0),
        (r.right_top(), -1.0, 1.0),
        (r.left_bottom(), 1.0, -1.0),
        (r.right_bottom(), -1.0, -1.0),
    ] {
        painter.line_segment([corner, corner + Vec2::new(dx * len, 0.0)], stroke);
        painter.line_segment([corner, corner + Vec2::new(0.0, dy * len)], stroke);
    }
}

// ---------------------------------------------------------------------------------------------
// Keypad help: the three numbers people confuse
// ---------------------------------------------------------------------------------------------

/// A number people might type, and whether it is the one the booth wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownNumber {
    /// 23 digits, printed on the form: the one to type.
    ApplicationId,
    /// 12 digits: the Individual Number itself; never used here.
    IndividualNumber,
    /// 11 digits: the resident record code.
    ResidentRecordCode,
}

impl KnownNumber {
    pub const ALL: [KnownNumber; 3] = [
        KnownNumber::ApplicationId,
        KnownNumber::IndividualNumber,
        KnownNumber::ResidentRecordCode,
    ];

    /// How its digits are grouped in the drawing.
    fn groups(self) -> &'static [usize] {
        match self {
            KnownNumber::ApplicationId => &[4, 4, 4, 4, 4, 3],
            KnownNumber::IndividualNumber => &[4, 4, 4],
            KnownNumber::ResidentRecordCode => &[11],
        }
    }

    /// Fluent message id of its explanation: for the two wrong numbers, the very message a
    /// user sees when the booth turns them down.
    pub fn message_id(self) -> &'static str {
        match self {
            KnownNumber::ApplicationId => "numbers-help-id",
            KnownNumber::IndividualNumber => "id-error-individual-number",
            KnownNumber::ResidentRecordCode => "id-error-resident-record-code",
        }
    }

    /// The one the booth wants.
    pub fn is_wanted(self) -> bool {
        self == KnownNumber::ApplicationId
    }
}

/// The keypad help: for each number, its digits drawn as boxes, a tick or a cross, and what
/// it is. `current` outlines the number the user just tried, if one was turned down.
pub fn numbers_help(
    ui: &mut Ui,
    theme: &Theme,
    title: &str,
    texts: &[String; 3],
    current: Option<KnownNumber>,
    width: f32,
) {
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), column, |ui| {
        ui.set_width(width);
        heading(ui, theme, title);
        for (number, text) in KnownNumber::ALL.into_iter().zip(texts) {
            let highlighted = current == Some(number);
            let stroke = if highlighted {
                Stroke::new(theme.stroke * 3.0, theme.palette.error_text)
            } else {
                Stroke::new(theme.stroke, theme.palette.outline)
            };
            egui::Frame::new()
                .fill(theme.palette.surface)
                .stroke(stroke)
                .corner_radius(theme.corner())
                .inner_margin(theme.inner_margin())
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        verdict_icon(ui, theme, number.is_wanted());
                        digit_boxes(ui, theme, number.groups());
                    });
                    ui.add(
                        egui::Label::new(
                            RichText::new(text)
                                .size(theme.small)
                                .color(theme.palette.text),
                        )
                        .wrap(),
                    );
                });
        }
    });
}

/// Empty digit boxes in groups, as printed numbers are.
fn digit_boxes(ui: &mut Ui, theme: &Theme, groups: &[usize]) {
    let cell = theme.digit_cell;
    let gap = cell * 0.5;
    let count: usize = groups.iter().sum();
    let width = count as f32 * cell + (groups.len().saturating_sub(1)) as f32 * gap;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, cell), Sense::hover());
    let painter = ui.painter();
    let stroke = Stroke::new(theme.stroke, theme.palette.text_muted);
    let mut x = rect.left();
    for n in groups {
        for _ in 0..*n {
            let r = Rect::from_min_size(Pos2::new(x, rect.top()), Vec2::splat(cell))
                .shrink(cell * 0.08);
            painter.rect_stroke(r, 0.0, stroke, egui::StrokeKind::Inside);
            x += cell;
        }
        x += gap;
    }
    painter.text(
        Pos2::new(rect.right() + gap, rect.center().y),
        Align2::LEFT_CENTER,
        count.to_string(),
        theme.bold(theme.small),
        theme.palette.text,
    );
    ui.add_space(theme.small * 1.5);
}

/// A drawn tick (the number to use) or cross (not this one), with colour as a second cue.
fn verdict_icon(ui: &mut Ui, theme: &Theme, good: bool) {
    let size = Vec2::splat(theme.digit_cell * 1.2);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter();
    let r = rect.shrink(rect.width() * 0.15);
    if good {
        let stroke = Stroke::new(theme.stroke * 3.0, theme.palette.success);
        let mid = Pos2::new(r.left() + r.width() * 0.4, r.bottom());
        painter.line_segment([Pos2::new(r.left(), r.center().y), mid], stroke);
        painter.line_segment([mid, r.right_top()], stroke);
    } else {
        let stroke = Stroke::new(theme.stroke * 3.0, theme.palette.error_text);
        painter.line_segment([r.left_top(), r.right_bottom()], stroke);
        painter.line_segment([r.right_top(), r.left_bottom()], stroke);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wrong_numbers_explain_themselves_with_the_rejection_messages() {
        use crate::domain::IdInputError;
        assert_eq!(
            KnownNumber::IndividualNumber.message_id(),
            IdInputError::IndividualNumber.message_id()
        );
        assert_eq!(
            KnownNumber::ResidentRecordCode.message_id(),
            IdInputError::ResidentRecordCode.message_id()
        );
        let digits: Vec<usize> = KnownNumber::ALL
            .iter()
            .map(|n| n.groups().iter().sum())
            .collect();
        assert_eq!(digits, [23, 12, 11]);
        assert_eq!(KnownNumber::ALL.iter().filter(|n| n.is_wanted()).count(), 1);
    }

    #[test]
    fn every_generation_has_its_own_caption() {
        let ids: std::collections::BTreeSet<_> =
            FormGeneration::ALL.iter().map(|g| g.caption_id()).collect();
        assert_eq!(ids.len(), FormGeneration::ALL.len());
    }
}
