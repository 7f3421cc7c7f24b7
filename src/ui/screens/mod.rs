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

/// Draws the current screen.
pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    // The main action of a screen with much content sits in a footer that never scrolls away.
    if v.s.screen() == Screen::Details {
        egui::Panel::bottom("screen-footer")
            .frame(egui::Frame::new().inner_margin(v.theme.inner_margin()))
            .show(ui, |ui| details::footer(ui, v, out));
    }
    // Screens are laid out to fit; with larger text they may not, and then they scroll.
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| show_screen(ui, v, out));
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

/// Whether the screen is short for its text (larger text on a 16:9 screen), so that screens
/// put things side by side rather than one under the other.
fn cramped(ctx: &egui::Context, theme: &Theme) -> bool {
    ctx.content_rect().height() < theme.body * ROOMY_LINES
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
