//! Every visible string of the booth, in its 13 languages (the 12 of the official materials and
//! easy Japanese), from the Fluent files in `locales/`.
//!
//! The files are compiled into the binary, so a kiosk can never start with a locale missing.
//! A message missing from a locale falls back to English, then to its id, and is logged; the
//! test suite fails on any such gap long before a booth sees one.

mod lang;

pub use lang::{Lang, UnknownLang};

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The Fluent source of each language, embedded at build time.
const SOURCES: [(Lang, &str); 13] = [
    (Lang::Ja, include_str!("../../locales/ja/main.ftl")),
    (
        Lang::JaEasy,
        include_str!("../../locales/ja-x-easy/main.ftl"),
    ),
    (Lang::En, include_str!("../../locales/en/main.ftl")),
    (Lang::ZhHans, include_str!("../../locales/zh-Hans/main.ftl")),
    (Lang::ZhHant, include_str!("../../locales/zh-Hant/main.ftl")),
    (Lang::Ko, include_str!("../../locales/ko/main.ftl")),
    (Lang::Es, include_str!("../../locales/es/main.ftl")),
    (Lang::Pt, include_str!("../../locales/pt/main.ftl")),
    (Lang::Th, include_str!("../../locales/th/main.ftl")),
    (Lang::Tl, include_str!("../../locales/tl/main.ftl")),
    (Lang::Vi, include_str!("../../locales/vi/main.ftl")),
    (Lang::Id, include_str!("../../locales/id/main.ftl")),
    (Lang::Ne, include_str!("../../locales/ne/main.ftl")),
];

/// A locale file that does not parse or load.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{lang}/main.ftl: {detail}")]
    Syntax { lang: Lang, detail: String },
    #[error("locales/{lang}/main.ftl: bad language tag: {detail}")]
    Tag { lang: Lang, detail: String },
}

/// One message argument: a number or a text.
#[derive(Debug, Clone)]
pub enum Arg {
    Num(f64),
    Str(String),
}

impl From<u64> for Arg {
    fn from(v: u64) -> Self {
        Arg::Num(v as f64)
    }
}
impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Num(f64::from(v))
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Num(v as f64)
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Str(v)
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Str(v.to_owned())
    }
}

/// Every language's messages, ready to format.
pub struct Localizer {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Localizer({} languages)", self.bundles.len())
    }
}

impl Localizer {
    /// Parses the embedded Fluent files.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errs)| {
                I18nError::Syntax {
                    lang,
                    detail: format!("{errs:?}"),
                }
            })?;
            let tag: LanguageIdentifier = lang.base_code().parse().map_err(|e| I18nError::Tag {
                lang,
                detail: format!("{e}"),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // Bidi isolation marks would end up in accessible labels and logs.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errs| I18nError::Syntax {
                    lang,
                    detail: format!("{errs:?}"),
                })?;
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message `id` in `lang`, without arguments.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// The message `id` in `lang` with named arguments.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        match self.try_format(lang, id, args) {
            Ok(s) => s,
            Err(problem) => {
                tracing::warn!(lang = %lang, id, problem, "message missing or broken");
                if lang != Lang::En
                    && let Ok(s) = self.try_format(Lang::En, id, args)
                {
                    return s;
                }
                id.to_owned()
            }
        }
    }

    /// Formats a message, reporting a missing message or any formatting error.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, &'static str> {
        let bundle = self.bundles.get(&lang).ok_or("language not loaded")?;
        let msg = bundle.get_message(id).ok_or("no such message")?;
        let pattern = msg.value().ok_or("message has no value")?;
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.as_str())),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            Err("formatting error")
        }
    }

    /// The message ids a language defines, sorted.
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let Some((_, source)) = SOURCES.iter().find(|(l, _)| *l == lang) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = source
            .lines()
            .filter_map(|line| {
                let (id, _) = line.split_once('=')?;
                let id = id.trim_end();
                let starts_ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase());
                let all_ok = id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                (starts_ok && all_ok && !line.starts_with(' ')).then(|| id.to_owned())
            })
            .collect();
        ids.sort();
        ids
    }
}

/// A localizer bound to the session's language: what screens use to get their text.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    pub loc: &'a Localizer,
    pub lang: Lang,
}

impl Tr<'_> {
    pub fn t(&self, id: &str) -> String {
        self.loc.text(self.lang, id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.loc.format(self.lang, id, args)
    }
}
