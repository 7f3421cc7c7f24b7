//! One function per screen of the journey: each draws the session's state and pushes the
//! events its buttons produce. Screens never change the session themselves.

mod attract;
mod before_start;
mod confirm;
mod details;
mod goodbye;
mod head_covering;
mod language;
mod photo;
pub use photo::{check_name, guidance_message, guide_message};
mod review;
mod scan;
pub use scan::hint_message as scan_hint_message;
mod slip;

use egui::Ui;

use crate::domain::CivilDate;
use crate::flow::{Event, Millis, Screen, Session};
use crate::i18n::{Lang, Tr};

use super::theme::Theme;

/// Booth facts the screens show.
#[derive(Debug, Clone)]
pub struct BoothDisplay {
    pub price_yen: u32,
    pub demo_camera: bool,
    /// Applications go to the demo intake folder, not to a server.
    pub demo_intake: bool,
    pub languages: Vec<Lang>,
    /// Something needs staff (disk nearly full, refused applications, printer trouble): the
    /// attract screen shows a small sign that only staff know, never an alarm to users.
    pub needs_attention: bool,
}

/// Everything a screen may read to draw itself.
pub struct View<'a> {
    pub s: &'a Session,
    pub tr: Tr<'a>,
    pub theme: &'a Theme,
    pub now: Millis,
    /// The booth's local date, for starting a session.
    pub today: CivilDate,
    /// The newest camera frame, as a texture updated in place.
    pub video: Option<&'a egui::TextureHandle>,
    /// One texture per photo taken in this session, in order.
    pub shots: &'a [egui::TextureHandle],
    pub booth: &'a BoothDisplay,
}

impl View<'_> {
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
}

/// Draws the current screen. Returns by how many points the screen is taller than the room it
/// has (when positive it scrolls, and a "more below" button says so).
pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) -> f32 {
    // The main action of a screen with much content sits in a footer that never scrolls away.
    let footer: Option<fn(&mut Ui, &View<'_>, &mut Vec<Event>)> = match v.s.screen() {
        Screen::Details => Some(details::footer),
        Screen::BeforeStart if v.s.before_start().asking => Some(before_start::footer),
        _ => None,
    };
    if let Some(footer) = footer {
        egui::Panel::bottom("screen-footer")
            .frame(egui::Frame::new().inner_margin(v.theme.inner_margin()))
            .show(ui, |ui| footer(ui, v, out));
    }
    // Screens are laid out to fit; with larger text they may not, and then they scroll, with
    // a strip under the scrolled part for the "more below" button (so it covers nothing). The
    // strip is kept from the frame that found the screen too tall.
    let theme = v.theme;
    let jump = egui::Id::unique("screen-scroll-to");
    let tall = egui::Id::unique("screen-too-tall");
    let strip = theme.touch + theme.gap_small * 2.0;
    // Not on the attract screen: a tap anywhere there starts a session.
    let strip_wanted = v.s.screen() != Screen::Attract;
    let was_tall = strip_wanted && ui.ctx().data(|d| d.get_temp::<bool>(tall)).unwrap_or(false);
    let full = ui.available_height();
    let mut area = egui::ScrollArea::vertical()
        .id_salt("screen")
        .auto_shrink([false, false]);
    if was_tall {
        area = area.max_height((full - strip).max(theme.touch));
    }
    if let Some(y) = ui.ctx().data_mut(|d| d.remove_temp::<f32>(jump)) {
        area = area.vertical_scroll_offset(y);
    }
    let shown = area.show(ui, |ui| show_screen(ui, v, out));
    let view = shown.inner_rect;
    let excess = shown.content_size.y - full;
    let overflows = excess > 1.0;
    if overflows && !cramped(ui.ctx(), v) {
        // Long wording: the next frame draws the compact form.
        ui.ctx().data_mut(|d| d.insert_temp(squeezed_id(v), true));
        ui.ctx().request_repaint();
    }
    let reserve = overflows && strip_wanted;
    ui.ctx().data_mut(|d| d.insert_temp(tall, reserve));
    if was_tall {
        let hidden_below = shown.content_size.y - shown.state.clamped_offset().y - view.height();
        if more_below(ui, v, strip, hidden_below > 1.0) {
            // One tap shows the next part, keeping a little of what was seen for orientation.
            let step = (view.height() * 0.8).min(hidden_below);
            let y = shown.state.clamped_offset().y + step;
            ui.ctx().data_mut(|d| d.insert_temp(jump, y));
        }
    }
    if reserve != was_tall {
        ui.ctx().request_repaint();
    }
    excess
}

/// A round button with a downward arrow under a screen whose content goes on below the visible
/// part (larger text, long warnings): it says there is more, and a tap scrolls there, for
/// those who do not know a touch screen scrolls by dragging. Once the end is shown it is
/// greyed. Returns whether it was tapped.
fn more_below(ui: &mut Ui, v: &View<'_>, strip: f32, more: bool) -> bool {
    let theme = v.theme;
    let p = &theme.palette;
    let size = theme.touch;
    let (row, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), strip),
        egui::Sense::hover(),
    );
    let rect = egui::Rect::from_center_size(row.center(), egui::Vec2::splat(size));
    let label = v.t("screen-more-below");
    let sense = if more {
        egui::Sense::click()
    } else {
        egui::Sense::hover()
    };
    let r = ui.interact(rect, egui::Id::unique("screen-more-below"), sense);
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, more, &label));
    let (fill, ink) = if more {
        (p.primary, p.on_primary)
    } else {
        (p.secondary, p.text_muted)
    };
    let painter = ui.painter();
    let c = rect.center();
    painter.circle(
        c,
        size / 2.0,
        fill,
        egui::Stroke::new(theme.stroke * 2.0, ink),
    );
    // A chevron pointing down: a shape, so it reads without colour or words.
    let w = size * 0.22;
    let arrow = vec![
        c + egui::vec2(-w, -w * 0.5),
        c + egui::vec2(0.0, w * 0.6),
        c + egui::vec2(w, -w * 0.5),
    ];
    painter.add(egui::Shape::line(
        arrow,
        egui::Stroke::new(theme.stroke * 3.0, ink),
    ));
    more && r.clicked()
}

fn show_screen(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    match v.s.screen() {
        Screen::Attract => attract::show(ui, v, out),
        Screen::Language => language::show(ui, v, out),
        Screen::BeforeStart => before_start::show(ui, v, out),
        Screen::Scan => scan::show(ui, v, out),
        Screen::Details => details::show(ui, v, out),
        Screen::PhotoGuide => photo::show(ui, v, out),
        Screen::Review => review::show(ui, v, out),
        Screen::Confirm => confirm::show(ui, v, out),
        Screen::Slip => slip::show(ui, v, out),
        Screen::Goodbye => goodbye::show(ui, v, out),
    }
}

/// Below this many lines of body text on the whole screen, screens take their compact forms
/// (larger text on a 16:9 screen).
const ROOMY_LINES: f32 = 36.0;

/// Whether the screen takes its compact form, putting things side by side rather than one
/// under the other: the screen is short for its text (larger text on a 16:9 screen), or this
/// screen, in this language and text size, was found taller than its room in its roomy form
/// (long wording). The second is remembered, so that the form does not flip back and forth.
fn cramped(ctx: &egui::Context, v: &View<'_>) -> bool {
    ctx.content_rect().height() < v.theme.body * ROOMY_LINES
        || ctx
            .data(|d| d.get_temp::<bool>(squeezed_id(v)))
            .unwrap_or(false)
}

/// Where `cramped` remembers that a screen did not fit in its roomy form.
fn squeezed_id(v: &View<'_>) -> egui::Id {
    egui::Id::unique((
        "screen-squeezed",
        v.s.screen(),
        v.tr.lang,
        v.theme.body.to_bits(),
    ))
}

/// Draws a camera frame scaled to fit `max`, keeping its aspect ratio; returns where it went.
pub fn video(ui: &mut Ui, v: &View<'_>, max: egui::Vec2) -> Option<egui::Rect> {
    let tex = v.video?;
    let [w, h] = tex.size();
    if w == 0 || h == 0 {
        return None;
    }
    let scale = (max.x / w as f32).min(max.y / h as f32);
    let size = egui::Vec2::new(w as f32 * scale, h as f32 * scale);
    let r = ui.add(egui::Image::from_texture((tex.id(), size)));
    Some(r.rect)
}
