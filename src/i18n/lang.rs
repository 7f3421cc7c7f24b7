//! The languages the booth speaks: the 12 languages of the official My Number Card materials.

use std::fmt;
use std::str::FromStr;

/// A language the booth can be used in. The order is the order of the language chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ja,
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
    pub const ALL: [Lang; 12] = [
        Lang::Ja,
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

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
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
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language tag that is not one of the booth's twelve.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown language {0:?}: expected one of ja, en, zh-Hans, zh-Hant, ko, es, pt, th, tl, vi, id, ne"
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
    }
}
