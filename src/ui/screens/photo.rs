//! Screen 5: photo guide. Walking-skeleton version: live video with a head outline and a
//! shutter; the screen says plainly that automatic checks are not active yet (issue 4).

use egui::{Stroke, Ui, Vec2};

use super::{View, video};
use crate::flow::Event;
use crate::ui::widgets;

/// The ID photo's proportions, width : height = 35 : 45.
const PHOTO_ASPECT: f32 = 35.0 / 45.0;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    let photo = v.s.photo();
    ui.vertical_centered(|ui| {
        widgets::title(ui, theme, &v.t("photo-title"));
        widgets::body(ui, theme, &v.t("photo-instructions"));
        let avail = ui.available_size();
        let max = Vec2::new(
            avail.x * 0.8,
            (avail.y - theme.touch * 3.5).max(theme.touch * 3.0),
        );
        if let Some(rect) = video(ui, v, max) {
            // The 35:45 crop the photo will have, and an oval where the head belongs.
            let h = rect.height();
            let crop = egui::Rect::from_center_size(rect.center(), Vec2::new(h * PHOTO_ASPECT, h));
            widgets::target_frame(ui, crop, theme, theme.palette.primary);
            let head = egui::Rect::from_center_size(
                crop.center() - Vec2::new(0.0, h * 0.05),
                Vec2::new(crop.width() * 0.55, h * 0.55),
            );
            ui.painter().add(egui::Shape::ellipse_stroke(
                head.center(),
                head.size() / 2.0,
                Stroke::new(theme.stroke * 3.0, theme.palette.on_primary),
            ));
        }
        widgets::simplified_note(ui, theme, &v.t("photo-simplified-note"));
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
        }
    });
}
