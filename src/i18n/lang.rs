//! The languages the booth speaks: the 12 languages of the official My Number Card materials,
//! and easy Japanese (やさしい日本語), Japanese in short sentences and common words for people who
//! read some Japanese but not the language of official forms.

use std::fmt;
use std::str::FromStr;

/// A language the booth can be used in. The order is the order of the language chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ja,
    /// Easy Japanese (やさしい日本語): a variant of Japanese, not a language of its own.
    JaEasy,
    En,
    ZhHans,
    ZhHant,
    Ko,
    Es,
    Pt,
    Th,
    Tl,
    Vi,
    Id,
    Ne,
}

impl Lang {
    /// Every language, in chooser order.
    pub const ALL: [Lang; 13] = [
        Lang::Ja,
        Lang::JaEasy,
        Lang::En,
        Lang::ZhHans,
        Lang::ZhHant,
        Lang::Ko,
        Lang::Es,
        Lang::Pt,
        Lang::Th,
        Lang::Tl,
        Lang::Vi,
        Lang::Id,
        Lang::Ne,
    ];

    /// BCP 47 tag, also the folder name under `locales/` and the code in kiosk-config. Easy
    /// Japanese has no registered subtag: it is Japanese with the private-use extension
    /// `x-easy`, which any BCP 47 parser accepts and reads as Japanese.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::JaEasy => "ja-x-easy",
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ko => "ko",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Th => "th",
            Lang::Tl => "tl",
            Lang::Vi => "vi",
            Lang::Id => "id",
            Lang::Ne => "ne",
        }
    }

    /// The language's own name for itself, as shown on its tile in the chooser.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::JaEasy => "やさしい にほんご",
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::Ko => "한국어",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Th => "ภาษาไทย",
            Lang::Tl => "Tagalog",
            Lang::Vi => "Tiếng Việt",
            Lang::Id => "Bahasa Indonesia",
            Lang::Ne => "नेपाली",
        }
    }

    /// The language whose grammar (plural rules, number formats) the messages follow: easy
    /// Japanese is Japanese.
    pub fn base_code(self) -> &'static str {
        match self {
            Lang::JaEasy => Lang::Ja.code(),
            other => other.code(),
        }
    }

    /// Japanese, plain or easy: text that city-office staff read without a translation.
    pub fn is_japanese(self) -> bool {
        matches!(self, Lang::Ja | Lang::JaEasy)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag that is not one of the booth's thirteen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown language {0:?}: expected one of ja, ja-x-easy, en, zh-Hans, zh-Hant, ko, es, pt, th, tl, vi, id, ne"
)]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_is_refused() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
        }
        assert!("fr".parse::<Lang>().is_err());
        assert!("ja-easy".parse::<Lang>().is_err());
    }

    #[test]
    fn easy_japanese_is_japanese_to_the_grammar_and_to_city_staff() {
        assert_eq!(Lang::JaEasy.base_code(), "ja");
        assert!(Lang::JaEasy.is_japanese() && Lang::Ja.is_japanese());
        assert!(!Lang::En.is_japanese());
        assert_eq!(Lang::ZhHans.base_code(), "zh-Hans");
    }
}
