//! Every size and colour the booth draws with. Screens use these tokens, never literals, so
//! the whole kiosk changes look (larger text, high contrast) in one place.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Vec2};

/// Millimetres per inch.
const MM_PER_INCH: f32 = 25.4;

/// Named font families beyond egui's two.
pub const BOLD: &str = "bold";

/// The colours of the booth: a calm blue primary, warm amber for warnings, never colour alone
/// (every warning also has an icon or a word).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color32,
    pub surface: Color32,
    pub text: Color32,
    pub text_muted: Color32,
    pub primary: Color32,
    pub on_primary: Color32,
    pub secondary: Color32,
    pub on_secondary: Color32,
    pub warning_bg: Color32,
    pub warning_text: Color32,
    pub error_text: Color32,
    pub success: Color32,
    pub outline: Color32,
    pub step_done: Color32,
    pub step_todo: Color32,
    pub video_frame: Color32,
    pub demo_banner: Color32,
    /// Paper of the drawn application forms.
    pub paper: Color32,
    /// Printed lines on the drawn forms (text that does not matter to the user).
    pub ink_faint: Color32,
    /// The notification card drawn above the oldest form.
    pub card_tint: Color32,
    /// Marks the 23-digit ID on the drawn forms (the QR code is marked in `primary`).
    pub id_mark: Color32,
}

impl Palette {
    pub const STANDARD: Palette = Palette {
        background: Color32::from_rgb(0xF6, 0xF7, 0xF9),
        surface: Color32::WHITE,
        text: Color32::from_rgb(0x1A, 0x1F, 0x2B),
        text_muted: Color32::from_rgb(0x4A, 0x52, 0x63),
        primary: Color32::from_rgb(0x0B, 0x5C, 0xAD),
        on_primary: Color32::WHITE,
        secondary: Color32::from_rgb(0xE3, 0xE8, 0xF0),
        on_secondary: Color32::from_rgb(0x1A, 0x1F, 0x2B),
        warning_bg: Color32::from_rgb(0xFF, 0xF1, 0xCC),
        warning_text: Color32::from_rgb(0x5C, 0x3B, 0x00),
        error_text: Color32::from_rgb(0xA1, 0x1B, 0x1B),
        success: Color32::from_rgb(0x1E, 0x7B, 0x34),
        outline: Color32::from_rgb(0xB8, 0xC0, 0xCC),
        step_done: Color32::from_rgb(0x0B, 0x5C, 0xAD),
        step_todo: Color32::from_rgb(0xC9, 0xD0, 0xDA),
        video_frame: Color32::from_rgb(0x1A, 0x1F, 0x2B),
        demo_banner: Color32::from_rgb(0x6B, 0x2F, 0x8A),
        paper: Color32::WHITE,
        ink_faint: Color32::from_rgb(0xB8, 0xC0, 0xCC),
        card_tint: Color32::from_rgb(0xDD, 0xEE, 0xE6),
        id_mark: Color32::from_rgb(0xC2, 0x5E, 0x00),
    };

    /// Black and white with yellow accents, for low vision.
    pub const HIGH_CONTRAST: Palette = Palette {
        background: Color32::BLACK,
        surface: Color32::from_rgb(0x10, 0x10, 0x10),
        text: Color32::WHITE,
        text_muted: Color32::from_rgb(0xE0, 0xE0, 0xE0),
        primary: Color32::from_rgb(0xFF, 0xE0, 0x00),
        on_primary: Color32::BLACK,
        secondary: Color32::from_rgb(0x30, 0x30, 0x30),
        on_secondary: Color32::WHITE,
        warning_bg: Color32::from_rgb(0x30, 0x30, 0x00),
        warning_text: Color32::from_rgb(0xFF, 0xE0, 0x00),
        error_text: Color32::from_rgb(0xFF, 0x80, 0x80),
        success: Color32::from_rgb(0x80, 0xFF, 0x80),
        outline: Color32::WHITE,
        step_done: Color32::from_rgb(0xFF, 0xE0, 0x00),
        step_todo: Color32::from_rgb(0x60, 0x60, 0x60),
        video_frame: Color32::WHITE,
        demo_banner: Color32::from_rgb(0x6B, 0x2F, 0x8A),
        paper: Color32::BLACK,
        ink_faint: Color32::from_rgb(0x90, 0x90, 0x90),
        card_tint: Color32::from_rgb(0x20, 0x30, 0x28),
        id_mark: Color32::from_rgb(0x80, 0xD0, 0xFF),
    };
}

/// Sizes in egui points, derived from the physical screen so touch targets keep their size in
/// millimetres on any monitor.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub palette: Palette,
    /// Points per millimetre on the configured screen.
    pub pt_per_mm: f32,
    /// Smallest side of anything touchable.
    pub touch: f32,
    pub gap: f32,
    pub gap_small: f32,
    pub margin: f32,
    pub radius: f32,
    pub body: f32,
    pub heading: f32,
    pub title: f32,
    pub small: f32,
    pub keypad_key: f32,
    pub top_bar_height: f32,
    pub stroke: f32,
    /// Height of a drawn application form (attract and scan screens).
    pub form_picture: f32,
    /// Width of the caption beside or under a drawn form.
    pub form_caption: f32,
    /// Side of one digit box in the drawn numbers of the keypad help.
    pub digit_cell: f32,
    /// The 3-2-1 countdown digit drawn over the photo preview.
    pub countdown: f32,
    /// Opacity of the disc behind the countdown digit (0–255).
    pub countdown_backdrop_alpha: u8,
    pub high_contrast: bool,
}

impl Theme {
    /// A theme for a screen of `diagonal_inch` with `resolution` pixels, touch targets of
    /// `touch_mm` and text scaled by `text_scale` (1.0 normal, larger for "larger text").
    pub fn new(
        diagonal_inch: f32,
        resolution: [u32; 2],
        touch_mm: f32,
        text_scale: f32,
        high_contrast: bool,
    ) -> Self {
        let (w, h) = (resolution[0] as f32, resolution[1] as f32);
        let diagonal_px = (w * w + h * h).sqrt();
        let px_per_mm = diagonal_px / (diagonal_inch * MM_PER_INCH);
        let pt_per_mm = px_per_mm.max(1.0);
        let touch = touch_mm * pt_per_mm;
        let body = (6.5 * pt_per_mm * text_scale).round();
        Self {
            palette: if high_contrast {
                Palette::HIGH_CONTRAST
            } else {
                Palette::STANDARD
            },
            pt_per_mm,
            touch,
            gap: (4.0 * pt_per_mm).round(),
            gap_small: (2.0 * pt_per_mm).round(),
            margin: (8.0 * pt_per_mm).round(),
            radius: (2.5 * pt_per_mm).round(),
            body,
            heading: (body * 1.3).round(),
            title: (body * 1.7).round(),
            small: (body * 0.8).round(),
            keypad_key: (touch * 1.3).round(),
            top_bar_height: (touch + 2.0 * pt_per_mm).round(),
            stroke: (0.5 * pt_per_mm).max(1.0),
            form_picture: (31.0 * pt_per_mm).round(),
            form_caption: (70.0 * pt_per_mm * text_scale).round(),
            digit_cell: (4.2 * pt_per_mm).round(),
            countdown: (body * 5.0).round(),
            countdown_backdrop_alpha: 170,
            high_contrast,
        }
    }

    pub fn font(&self, size: f32) -> FontId {
        FontId::new(size, FontFamily::Proportional)
    }

    /// Text in `lang` when it differs from the session's language (its own glyph forms).
    pub fn font_in(&self, size: f32, lang: crate::i18n::Lang) -> FontId {
        FontId::new(
            size,
            FontFamily::Name(super::fonts::family_name(lang).into()),
        )
    }

    /// The widest a paragraph should run, for comfortable reading.
    pub fn text_width(&self) -> f32 {
        250.0 * self.pt_per_mm
    }

    pub fn bold(&self, size: f32) -> FontId {
        FontId::new(size, FontFamily::Name(BOLD.into()))
    }

    /// Size of a main action button.
    pub fn primary_button(&self) -> Vec2 {
        Vec2::new(self.touch * 5.0, self.touch * 1.2)
    }

    pub fn corner(&self) -> CornerRadius {
        CornerRadius::same(self.radius.clamp(0.0, 255.0) as u8)
    }

    pub fn inner_margin(&self) -> Margin {
        let m = self.gap.clamp(0.0, 127.0) as i8;
        Margin::same(m)
    }

    /// Applies the theme to egui's style: text sizes, spacing, colours and finger-sized clicks.
    pub fn apply(&self, ctx: &egui::Context) {
        // Fingers move while they tap: a tap that slides a little is still a tap.
        let click_dist = 4.0 * self.pt_per_mm;
        ctx.options_mut(|o| o.input_options.max_click_dist = click_dist);
        let theme = self.clone();
        ctx.all_styles_mut(move |style| {
            style.text_styles = [
                (TextStyle::Small, theme.font(theme.small)),
                (TextStyle::Body, theme.font(theme.body)),
                (TextStyle::Button, theme.font(theme.body)),
                (TextStyle::Heading, theme.bold(theme.heading)),
                (TextStyle::Monospace, theme.font(theme.body)),
            ]
            .into();
            style.spacing.item_spacing = Vec2::splat(theme.gap_small);
            style.spacing.button_padding = Vec2::new(theme.gap, theme.gap_small);
            style.spacing.interact_size = Vec2::splat(theme.touch);
            let p = theme.palette;
            let v = &mut style.visuals;
            v.dark_mode = theme.high_contrast;
            v.override_text_color = Some(p.text);
            v.panel_fill = p.background;
            v.window_fill = p.surface;
            v.extreme_bg_color = p.surface;
            v.widgets.inactive.weak_bg_fill = p.secondary;
            v.widgets.inactive.bg_fill = p.secondary;
            v.widgets.inactive.fg_stroke = Stroke::new(theme.stroke, p.on_secondary);
            v.widgets.hovered.weak_bg_fill = p.secondary;
            v.widgets.hovered.bg_stroke = Stroke::new(theme.stroke * 2.0, p.primary);
            v.widgets.active.weak_bg_fill = p.primary;
            v.widgets.active.fg_stroke = Stroke::new(theme.stroke, p.on_primary);
            v.selection.bg_fill = p.primary;
            v.selection.stroke = Stroke::new(theme.stroke, p.on_primary);
            for w in [
                &mut v.widgets.noninteractive,
                &mut v.widgets.inactive,
                &mut v.widgets.hovered,
                &mut v.widgets.active,
                &mut v.widgets.open,
            ] {
                w.corner_radius = theme.corner();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touch_targets_keep_their_size_in_millimetres() {
        // A 21.5" full-HD panel has about 4.04 px per mm.
        let t = Theme::new(21.5, [1920, 1080], 15.0, 1.0, false);
        assert!((t.pt_per_mm - 4.04).abs() < 0.05, "{}", t.pt_per_mm);
        assert!((t.touch / t.pt_per_mm - 15.0).abs() < 0.01);
        // The same 15 mm on a denser 4K panel of the same size is more pixels.
        let dense = Theme::new(21.5, [3840, 2160], 15.0, 1.0, false);
        assert!(dense.touch > 1.9 * t.touch);
    }

    #[test]
    fn larger_text_is_larger() {
        let normal = Theme::new(21.5, [1920, 1080], 15.0, 1.0, false);
        let large = Theme::new(21.5, [1920, 1080], 15.0, 1.4, false);
        assert!(large.body > normal.body && large.heading > normal.heading);
    }
}
