//! Every size and colour the booth draws with. Screens use these tokens, never literals, so
//! the whole kiosk changes look (larger text, high contrast) in one place.

use egui::{Color32, CornerRadius, FontFamily, FontId, Margin, Stroke, TextStyle, Vec2};

/// Millimetres per inch.
const MM_PER_INCH: f32 = 25.4;

/// Named font families beyond egui's two.
pub const BOLD: &str = "bold";

/// Text grows by this factor in "larger text" mode.
pub const LARGER_TEXT_SCALE: f32 = 1.3;

/// What the theme is made from: the physical screen and touch size from kiosk-config. The
/// session's "larger text" and "high contrast" switches make a new [`Theme`] from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeSpec {
    pub diagonal_inch: f32,
    pub resolution: [u32; 2],
    pub touch_mm: f32,
}

/// The look a user chose for their session (the top bar's switches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub larger_text: bool,
    pub high_contrast: bool,
}

impl ThemeSpec {
    /// The theme for `look`.
    pub fn theme(&self, look: Look) -> Theme {
        let scale = if look.larger_text {
            LARGER_TEXT_SCALE
        } else {
            1.0
        };
        Theme::new(
            self.diagonal_inch,
            self.resolution,
            self.touch_mm,
            scale,
            look.high_contrast,
        )
    }
}

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
    /// The pairs of text and the background it is drawn on, by name (for the contrast checks).
    pub fn text_pairs(&self) -> [(&'static str, Color32, Color32); 8] {
        [
            ("text on background", self.text, self.background),
            ("text on surface", self.text, self.surface),
            ("muted text on background", self.text_muted, self.background),
            ("on_primary on primary", self.on_primary, self.primary),
            (
                "on_secondary on secondary",
                self.on_secondary,
                self.secondary,
            ),
            ("warning text", self.warning_text, self.warning_bg),
            ("error text on surface", self.error_text, self.surface),
            ("error text on background", self.error_text, self.background),
        ]
    }

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
            // A finger dragging over text scrolls the screen; it never selects the text.
            style.interaction.selectable_labels = false;
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

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// WCAG 2 relative luminance of an sRGB colour.
fn relative_luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let s = f32::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratio_matches_the_wcag_reference_values() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the well-known 4.54:1 grey.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn high_contrast_text_reaches_7_to_1_and_standard_text_4_5_to_1() {
        let check = |palette: &Palette, min: f32| -> Vec<String> {
            palette
                .text_pairs()
                .iter()
                .map(|(name, fg, bg)| (name, contrast_ratio(*fg, *bg)))
                .filter(|(_, ratio)| *ratio < min)
                .map(|(name, ratio)| format!("{name}: {ratio:.2}:1 < {min}:1"))
                .collect()
        };
        let low = check(&Palette::HIGH_CONTRAST, 7.0);
        assert!(low.is_empty(), "high contrast: {}", low.join("; "));
        let low = check(&Palette::STANDARD, 4.5);
        assert!(low.is_empty(), "standard: {}", low.join("; "));
    }

    #[test]
    fn the_look_switches_change_the_theme() {
        let spec = ThemeSpec {
            diagonal_inch: 21.5,
            resolution: [1920, 1080],
            touch_mm: 15.0,
        };
        let plain = spec.theme(Look::default());
        let larger = spec.theme(Look {
            larger_text: true,
            high_contrast: false,
        });
        let contrast = spec.theme(Look {
            larger_text: false,
            high_contrast: true,
        });
        assert!(larger.body > plain.body && larger.title > plain.title);
        // Touch targets stay the same size in millimetres.
        assert_eq!(larger.touch, plain.touch);
        assert_eq!(contrast.palette, Palette::HIGH_CONTRAST);
        assert_eq!(plain.palette, Palette::STANDARD);
        assert_eq!(contrast.body, plain.body);
    }

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
