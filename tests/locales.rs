//! The 12 locales are complete and render: every locale has every message English has (and no
//! other), uses the same arguments, formats without error, and every character of every
//! message has a glyph in the booth's fonts for that language.

use std::collections::{BTreeMap, BTreeSet};

use egui_kittest::Harness;
use myna_booth::i18n::{Arg, Lang, Localizer};
use myna_booth::ui::FontLibrary;

/// Every argument any message uses, with a sample value.
fn sample_args() -> Vec<(&'static str, Arg)> {
    vec![
        ("current", Arg::Num(3.0)),
        ("total", Arg::Num(7.0)),
        ("seconds", Arg::Num(15.0)),
        ("price", Arg::Num(800.0)),
        ("count", Arg::Num(2.0)),
        ("era", Arg::Str("昭和60年4月12日".into())),
        ("age", Arg::Num(41.0)),
        ("last_digits", Arg::Str("123".into())),
        ("number", Arg::Num(2.0)),
        ("attempts", Arg::Num(3.0)),
        ("minutes", Arg::Num(5.0)),
        ("width", Arg::Num(1280.0)),
        ("height", Arg::Num(720.0)),
        ("reason", Arg::Str("stalled".into())),
        ("started", Arg::Num(12.0)),
        ("finished", Arg::Num(10.0)),
        ("version", Arg::Str("0.1.0".into())),
        ("result", Arg::Str("Printed".into())),
        ("waiting", Arg::Num(2.0)),
        ("free", Arg::Num(180.0)),
        ("refused", Arg::Num(0.0)),
        ("sent", Arg::Num(37.0)),
        ("error", Arg::Str("could not connect".into())),
        ("pitch", Arg::Str("8.5".into())),
        ("languages", Arg::Str("Tagalog".into())),
    ]
}

fn source(lang: Lang) -> String {
    let path = format!(
        "{}/locales/{}/main.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Message id → the set of `$variables` its text uses (continuation lines included).
fn variables_by_message(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once('=')
        {
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                let name: String = rest[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
                rest = &rest[i + 1..];
            }
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_messages_english_has() {
    let en = Localizer::message_ids(Lang::En);
    assert!(en.len() > 100, "English has {} messages", en.len());
    for lang in Lang::ALL {
        let ids = Localizer::message_ids(lang);
        let missing: Vec<_> = en.iter().filter(|i| !ids.contains(i)).collect();
        let extra: Vec<_> = ids.iter().filter(|i| !en.contains(i)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn every_message_uses_the_same_arguments_as_english() {
    let en = variables_by_message(&source(Lang::En));
    for lang in Lang::ALL {
        let other = variables_by_message(&source(lang));
        for (id, vars) in &en {
            assert_eq!(other.get(id), Some(vars), "{lang}: {id}");
        }
    }
}

#[test]
fn every_message_formats_in_every_language() {
    let loc = Localizer::load().expect("locales load");
    let args = sample_args();
    for lang in Lang::ALL {
        for id in Localizer::message_ids(lang) {
            let text = loc
                .try_format(lang, &id, &args)
                .unwrap_or_else(|e| panic!("{lang} {id}: {e}"));
            assert!(!text.trim().is_empty(), "{lang} {id} is empty");
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{lang} {id}: bidi isolation marks leak into the text"
            );
        }
    }
}

#[test]
fn plural_forms_pick_the_right_words() {
    let loc = Localizer::load().expect("locales load");
    let one = loc.format(Lang::En, "keypad-digits-left", &[("count", Arg::Num(1.0))]);
    let many = loc.format(Lang::En, "keypad-digits-left", &[("count", Arg::Num(5.0))]);
    assert_eq!(one, "1 digit left");
    assert_eq!(many, "5 digits left");
}

#[test]
fn translations_are_not_english_copies() {
    let loc = Localizer::load().expect("locales load");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for id in [
            "attract-title",
            "consent-body",
            "scan-title",
            "slip-next-steps",
        ] {
            assert_ne!(loc.text(lang, id), loc.text(Lang::En, id), "{lang} {id}");
        }
    }
}

#[test]
fn every_character_of_every_message_has_a_glyph() {
    // kittest panics on the first character no installed font can draw.
    let fonts = FontLibrary::load().expect("Noto fonts installed (scripts/setup.sh)");
    let loc = Localizer::load().expect("locales load");
    let args = sample_args();
    for lang in Lang::ALL {
        let texts: Vec<String> = Localizer::message_ids(lang)
            .iter()
            .map(|id| loc.format(lang, id, &args))
            .chain(Lang::ALL.iter().map(|l| l.native_name().to_owned()))
            .collect();
        let f = fonts.clone();
        let mut harness = Harness::builder()
            .with_size(egui::Vec2::new(1200.0, 800.0))
            .with_context_setup(move |ctx| f.install(ctx, lang))
            .build_ui(move |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for t in &texts {
                        ui.label(t);
                    }
                });
            });
        harness.run();
    }
}
