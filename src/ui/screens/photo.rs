//! Screen 5: the photo guide. Live video with the crop the photo will have and a head outline
//! where the head belongs (green once every check passes), one message at a time from the
//! checks of design §3 (by their priority), a 3-2-1 countdown drawn over the video before the
//! automatic capture, and the shutter, which always works. The picture cues (arrows, the level
//! line) are drawn by `ui::guide_overlay`; people who wear a head covering for religious or
//! medical reasons open `head_covering`'s explanation from here.

use egui::{Align2, Color32, Pos2, Rect, Stroke, Ui, Vec2};

use super::{View, head_covering, video};
use crate::flow::{Cue, Event, Guidance};
use crate::photo::CheckId;
use crate::photo::analysis::{CROWN_MARGIN_MM, HEAD_MM, PHOTO_H_MM, PHOTO_W_MM};
use crate::ui::guide_overlay;
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// The ID photo's proportions, width : height = 35 : 45.
const PHOTO_ASPECT: f32 = PHOTO_W_MM / PHOTO_H_MM;
/// Width of the head outline as a fraction of its height (a typical head with ears).
const HEAD_WIDTH_RATIO: f32 = 0.74;

/// The message id that tells the user how to fix `check`.
pub fn guide_message(check: CheckId) -> String {
    format!("guide-{}", check.as_str().replace('_', "-"))
}

/// The message id the guide shows for `g`; `None` when every check passes (or only a
/// confirmed head-covering warning is left).
pub fn guidance_message(g: &Guidance, covering_confirmed: bool) -> Option<String> {
    let check = g.message_given(covering_confirmed)?;
    // Part of the crop outside the frame beside the head: move sideways, not back.
    Some(match (check, g.cue(covering_confirmed)) {
        (CheckId::NotTooClose, Some(Cue::Move(_))) => guide_message(CheckId::Centred),
        _ => guide_message(check),
    })
}

/// The short name of `check` (the review screen's list of passed checks).
pub fn check_name(check: CheckId) -> String {
    format!("check-{}", check.as_str().replace('_', "-"))
}

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let photo = v.s.photo();
    if photo.covering_help {
        head_covering::show(ui, v, out);
        return;
    }
    // Advice about a picture the camera no longer sends would be stale: none while it is lost.
    let guidance = v.s.photo_guidance(v.now).filter(|_| !v.s.camera_fault());
    let countdown = v.s.photo_countdown_s(v.now);
    crate::ui::help_panel::show(ui, v, out);
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("photo-title"));
        message(ui, v, guidance.map(|g| g.as_ref()), countdown);
        let avail = ui.available_size();
        // Room below the video: the instructions, the shutter and the head-covering offer,
        // and an error line if any (without it the shutter is pushed off the screen).
        let error_shown = v.s.camera_fault() || photo.failed;
        let second_offer =
            !photo.covering_confirmed && head_covering::warned(guidance.map(|g| g.as_ref()));
        let below = theme.touch
            * (if error_shown { 5.7 } else { 4.2 } + if second_offer { 1.3 } else { 0.0 });
        let max = Vec2::new(avail.x * 0.8, (avail.y - below).max(theme.touch * 3.0));
        if let Some(rect) = video(ui, v, max) {
            overlay(ui, theme, rect, guidance.map(|g| g.as_ref()), countdown);
            if let Some(g) = guidance.filter(|_| countdown.is_none() && !photo.capturing) {
                let painter = ui.painter().with_clip_rect(rect);
                guide_overlay::paint(&painter, theme, rect, g, photo.covering_confirmed);
            }
        }
        widgets::muted(ui, theme, &v.t("photo-instructions"));
        if v.s.camera_fault() {
            widgets::error(ui, theme, &v.t("camera-lost"));
        } else if photo.failed {
            widgets::error(ui, theme, &v.t("photo-failed"));
        }
        if photo.capturing {
            widgets::body(ui, theme, &v.t("photo-processing"));
        } else {
            let r = ui.add_enabled_ui(!v.s.camera_fault(), |ui| {
                widgets::primary_button(ui, theme, &v.t("photo-take"))
            });
            if r.inner.clicked() {
                out.push(Event::Shutter);
            }
            if !photo.covering_confirmed {
                head_covering::offer(ui, v, guidance.map(|g| g.as_ref()), out);
            }
        }
    });
}

/// The one thing to tell the user now.
fn message(ui: &mut Ui, v: &View<'_>, guidance: Option<&Guidance>, countdown: Option<u64>) {
    let theme = v.theme;
    let photo = v.s.photo();
    if photo.capturing {
        return;
    }
    if let Some(seconds) = countdown {
        let text =
            v.tr.t_args("guide-countdown", &[("seconds", seconds.into())]);
        widgets::steady_hint(ui, theme, &text);
    } else if photo.guide_unavailable {
        widgets::simplified_note(ui, theme, &v.t("guide-unavailable"));
    } else if v.s.camera_fault() {
        // Not "checking your photo": nothing is being checked until the camera is back.
        widgets::steady_hint(ui, theme, &v.t("camera-lost"));
    } else if let Some(g) = guidance {
        match guidance_message(g, photo.covering_confirmed) {
            Some(id) => {
                let text = v.t(&id);
                widgets::steady_hint(ui, theme, &text);
            }
            None => {
                let text = v.t("guide-all-good");
                widgets::steady_hint(ui, theme, &text);
            }
        }
    } else {
        widgets::steady_hint(ui, theme, &v.t("guide-looking"));
    }
}

/// The crop frame, the head outline and the countdown digit over the video in `rect`, all
/// inside it.
fn overlay(
    ui: &Ui,
    theme: &Theme,
    rect: Rect,
    guidance: Option<&Guidance>,
    countdown: Option<u64>,
) {
    let all_pass = guidance.is_some_and(Guidance::all_pass);
    let painter = ui.painter().with_clip_rect(rect);
    // The guide's crop, in preview coordinates.
    let guided = guidance.and_then(|g| {
        let c = g.crop?;
        let (fw, fh) = g.frame_size;
        if fw == 0 || fh == 0 {
            return None;
        }
        let kx = rect.width() / fw as f32;
        let ky = rect.height() / fh as f32;
        Some(Rect::from_min_size(
            rect.min + Vec2::new(c.x as f32 * kx, c.y as f32 * ky),
            Vec2::new(c.width as f32 * kx, c.height as f32 * ky),
        ))
    });
    // Before the guide's first report (and without the guide, whose shutter takes it), a
    // centred crop of the full height, its marks inside the video like every crop's.
    let crop = guided.unwrap_or_else(|| {
        let h = rect.height();
        Rect::from_center_size(rect.center(), Vec2::new(h * PHOTO_ASPECT, h))
    });
    crop_and_head(&painter, theme, rect, crop, all_pass);
    if let Some(seconds) = countdown {
        let r = theme.countdown * 0.75;
        let backdrop = Color32::from_black_alpha(theme.countdown_backdrop_alpha);
        painter.circle_filled(rect.center(), r, backdrop);
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            seconds.to_string(),
            theme.bold(theme.countdown),
            theme.palette.on_primary,
        );
    }
}

/// The crop's corner marks (inside the video in `video`) and the head outline where design
/// §3 puts the head: crown 4 mm below the top edge, 34 mm crown to chin, centred.
fn crop_and_head(painter: &egui::Painter, theme: &Theme, video: Rect, crop: Rect, all_pass: bool) {
    let (frame_colour, head_colour) = if all_pass {
        (theme.palette.success, theme.palette.success)
    } else {
        (theme.palette.primary, theme.palette.on_primary)
    };
    widgets::target_frame(painter, crop.intersect(video), theme, frame_colour);
    let k = crop.height() / PHOTO_H_MM;
    let head_h = HEAD_MM * k;
    let centre = Pos2::new(
        crop.center().x,
        crop.top() + (CROWN_MARGIN_MM + HEAD_MM / 2.0) * k,
    );
    let radii = Vec2::new(head_h * HEAD_WIDTH_RATIO / 2.0, head_h / 2.0);
    painter.add(egui::Shape::ellipse_stroke(
        centre,
        radii,
        Stroke::new(theme.stroke * 3.0, head_colour),
    ));
    // Shoulders, so the outline reads as a person without any words.
    let neck_y = centre.y + radii.y;
    let shoulder = Stroke::new(theme.stroke * 3.0, head_colour);
    for side in [-1.0, 1.0] {
        let a = Pos2::new(centre.x + side * radii.x * 0.45, neck_y);
        let b = Pos2::new(centre.x + side * radii.x * 0.55, neck_y + radii.y * 0.18);
        let c = Pos2::new(centre.x + side * radii.x * 1.9, neck_y + radii.y * 0.45);
        painter.line_segment([a, b], shoulder);
        painter.line_segment([b, c], shoulder);
    }
}
