//! Fonts: Debian's Noto faces, loaded once, and a fallback order rebuilt for each language so
//! that Han characters take Japanese forms in Japanese and Chinese forms in Chinese (design §7).
//! System font discovery is off: the kiosk renders exactly as the tests do.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use super::theme::BOLD;
use crate::i18n::Lang;

/// Where Debian's fonts-noto-core and fonts-noto-cjk put the faces we use.
const NOTO_CORE: &str = "/usr/share/fonts/truetype/noto";
const NOTO_CJK: &str = "/usr/share/fonts/opentype/noto";

/// Face index of each script in Noto Sans CJK's TTC.
const CJK_JP: u32 = 0;
const CJK_KR: u32 = 1;
const CJK_SC: u32 = 2;
const CJK_TC: u32 = 3;

/// A font file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error(
    "font file {path} could not be read ({source}); install Debian's fonts-noto-core and fonts-noto-cjk (scripts/setup.sh does)"
)]
pub struct FontError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

type Blob = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// The font files, read once at start-up (never inside a frame).
#[derive(Clone)]
pub struct FontLibrary {
    latin: [Blob; 2],
    thai: [Blob; 2],
    devanagari: [Blob; 2],
    cjk: [Blob; 2],
}

impl std::fmt::Debug for FontLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FontLibrary")
    }
}

fn read(dir: &str, name: &str) -> Result<Blob, FontError> {
    let path = Path::new(dir).join(name);
    std::fs::read(&path)
        .map(|bytes| Arc::new(bytes) as Blob)
        .map_err(|source| FontError { path, source })
}

impl FontLibrary {
    /// Reads the Noto faces from Debian's standard locations.
    pub fn load() -> Result<Self, FontError> {
        Ok(Self {
            latin: [
                read(NOTO_CORE, "NotoSans-Regular.ttf")?,
                read(NOTO_CORE, "NotoSans-Bold.ttf")?,
            ],
            thai: [
                read(NOTO_CORE, "NotoSansThai-Regular.ttf")?,
                read(NOTO_CORE, "NotoSansThai-Bold.ttf")?,
            ],
            devanagari: [
                read(NOTO_CORE, "NotoSansDevanagari-Regular.ttf")?,
                read(NOTO_CORE, "NotoSansDevanagari-Bold.ttf")?,
            ],
            cjk: [
                read(NOTO_CJK, "NotoSansCJK-Regular.ttc")?,
                read(NOTO_CJK, "NotoSansCJK-Bold.ttc")?,
            ],
        })
    }

    /// Font definitions for `lang`: Latin first, then the CJK face matching the language, then
    /// the other scripts so that any language's name can be shown (the language chooser).
    pub fn definitions(&self, lang: Lang) -> FontDefinitions {
        let mut font_data = BTreeMap::new();
        for weight in 0..2 {
            let mut add = |name: String, blob: &Blob, index: u32| {
                font_data.insert(name, Arc::new(FontData::from_blob(Arc::clone(blob), index)));
            };
            add(format!("latin-{weight}"), &self.latin[weight], 0);
            for face in [CJK_JP, CJK_KR, CJK_SC, CJK_TC] {
                add(format!("cjk{face}-{weight}"), &self.cjk[weight], face);
            }
            add(format!("thai-{weight}"), &self.thai[weight], 0);
            add(format!("deva-{weight}"), &self.devanagari[weight], 0);
        }
        let mut families: BTreeMap<FontFamily, Vec<String>> = BTreeMap::new();
        families.insert(FontFamily::Proportional, chain(lang, 0));
        families.insert(FontFamily::Monospace, chain(lang, 0));
        families.insert(FontFamily::Name(BOLD.into()), chain(lang, 1));
        // Text in another language than the session's (language tiles, the attract screen's
        // greetings) uses that language's own family, so its Han characters take its forms.
        for other in Lang::ALL {
            families.insert(FontFamily::Name(family_name(other).into()), chain(other, 0));
        }
        FontDefinitions {
            font_data,
            families,
        }
    }

    /// Installs the fonts for `lang` into an egui context.
    pub fn install(&self, ctx: &egui::Context, lang: Lang) {
        ctx.set_fonts(self.definitions(lang));
    }
}

/// The name of the font family that renders text in `lang` with that language's glyph forms.
pub fn family_name(lang: Lang) -> String {
    format!("lang-{}", lang.code())
}

/// The fallback chain for text in `lang`: Latin first, then the CJK face matching the language,
/// then the other scripts so that any language's name can be shown.
fn chain(lang: Lang, weight: usize) -> Vec<String> {
    let cjk_order: [u32; 4] = match lang {
        Lang::ZhHans => [CJK_SC, CJK_TC, CJK_JP, CJK_KR],
        Lang::ZhHant => [CJK_TC, CJK_SC, CJK_JP, CJK_KR],
        Lang::Ko => [CJK_KR, CJK_JP, CJK_SC, CJK_TC],
        _ => [CJK_JP, CJK_KR, CJK_SC, CJK_TC],
    };
    let mut names = vec![format!("latin-{weight}")];
    names.extend(cjk_order.iter().map(|face| format!("cjk{face}-{weight}")));
    names.push(format!("thai-{weight}"));
    names.push(format!("deva-{weight}"));
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_forms_follow_the_language() {
        let lib = match FontLibrary::load() {
            Ok(lib) => lib,
            Err(e) => panic!("{e}"),
        };
        let first_cjk = |lang| {
            lib.definitions(lang).families[&FontFamily::Proportional]
                .iter()
                .find(|n| n.starts_with("cjk"))
                .cloned()
        };
        assert_eq!(first_cjk(Lang::Ja).as_deref(), Some("cjk0-0"));
        assert_eq!(first_cjk(Lang::ZhHans).as_deref(), Some("cjk2-0"));
        assert_eq!(first_cjk(Lang::ZhHant).as_deref(), Some("cjk3-0"));
        assert_eq!(first_cjk(Lang::Ko).as_deref(), Some("cjk1-0"));
        assert_eq!(first_cjk(Lang::En).as_deref(), Some("cjk0-0"));
    }

    #[test]
    fn each_language_has_its_own_family_for_text_shown_in_it() {
        let lib = match FontLibrary::load() {
            Ok(lib) => lib,
            Err(e) => panic!("{e}"),
        };
        let defs = lib.definitions(Lang::Ja);
        let zh = &defs.families[&FontFamily::Name(family_name(Lang::ZhHans).into())];
        assert_eq!(zh.get(1).map(String::as_str), Some("cjk2-0"));
        for chain in defs.families.values() {
            assert!(chain.iter().all(|n| defs.font_data.contains_key(n)));
        }
    }
}
