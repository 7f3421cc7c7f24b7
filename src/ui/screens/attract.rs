//! Screen 0: attract. "Touch to start" cycling through the offered languages, what to bring
//! (with drawn pictures of the form generations showing where the QR code and the ID are),
//! the price. A touch anywhere starts a session (the app handles touches outside the button).

use egui::{RichText, Ui};

use super::View;
use crate::flow::Event;
use crate::ui::form_pictures::{self, FormTexts};
use crate::ui::widgets;

/// How long each language's "touch to start" stays up.
const CYCLE_MS: u64 = 2_500;

pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Vec<Event>) {
    let theme = v.theme;
    // The other languages take turns under the button, so everyone sees where to start.
    let others: Vec<_> = v
        .booth
        .languages
        .iter()
        .copied()
        .filter(|l| *l != v.tr.lang)
        .collect();
    let cycling = (!others.is_empty()).then(|| others[(v.now / CYCLE_MS) as usize % others.len()]);
    ui.vertical_centered(|ui| {
        ui.add_space(theme.margin);
        widgets::title(ui, theme, &v.t("attract-title"));
        ui.add_space(theme.gap);
        widgets::body(ui, theme, &v.t("attract-bring-form"));
        widgets::body(ui, theme, &v.t("attract-duration"));
        let price = if v.booth.price_yen == 0 {
            v.t("attract-price-free")
        } else {
            v.tr.t_args("attract-price", &[("price", v.booth.price_yen.into())])
        };
        widgets::heading(ui, theme, &price);
        ui.add_space(theme.gap_small);
        form_pictures::show_row(ui, theme, &FormTexts::new(|id| v.t(id)));
        ui.add_space(theme.gap_small);
        if widgets::primary_button(ui, theme, &v.t("attract-touch")).clicked() {
            out.push(Event::Start { today: v.today });
        }
        if let Some(lang) = cycling {
            ui.add_space(theme.gap);
            ui.label(
                RichText::new(v.tr.loc.text(lang, "attract-touch"))
                    .font(theme.font_in(theme.heading, lang))
                    .color(theme.palette.primary),
            );
        }
    });
}
