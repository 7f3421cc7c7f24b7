//! The slip as a PDF, drawn with krilla (which embeds only the glyphs used: a slip with CJK text
//! stays small, design §6).
//!
//! Text is wrapped with ICU's line breaker (Thai has no spaces; CJK breaks between characters)
//! and measured with rustybuzz, the shaper krilla itself uses, so measured and drawn widths match.
//! Each line is cut into runs by script and every run gets the Noto face that has its glyphs:
//! Noto Sans CJK (face by language: JP, KR, SC, TC), Noto Sans Thai, Noto Sans Devanagari, and
//! Noto Sans for Latin (Vietnamese included). Digits and punctuation stay in the face of the text
//! around them when that face has them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};

use super::{Block, SlipContent, Style};
use crate::i18n::Lang;

/// Where Debian's fonts-noto-core and fonts-noto-cjk put the faces the slip uses.
pub const NOTO_CORE_DIR: &str = "/usr/share/fonts/truetype/noto";
pub const NOTO_CJK_DIR: &str = "/usr/share/fonts/opentype/noto";

/// A font file that could not be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error(
    "slip font {path} could not be used ({detail}); install Debian's fonts-noto-core and fonts-noto-cjk (scripts/setup.sh does)"
)]
pub struct FontLoadError {
    pub path: PathBuf,
    pub detail: String,
}

/// The slip could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("slip page size is invalid ({width_pt} x {height_pt} pt)")]
    PageSize { width_pt: f32, height_pt: f32 },
    #[error("the slip's QR code could not be made: {0}")]
    Qr(String),
    #[error("the slip PDF could not be written: {0}")]
    Krilla(String),
    #[error("a slip font could not be parsed")]
    Font,
}

/// The faces of the slip, read once (the CJK collection is ~20 MB).
pub struct SlipFonts {
    latin: Arc<Vec<u8>>,
    thai: Arc<Vec<u8>>,
    devanagari: Arc<Vec<u8>>,
    cjk: Arc<Vec<u8>>,
}

impl std::fmt::Debug for SlipFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SlipFonts")
    }
}

fn read_font(dir: &Path, name: &str, faces: u32) -> Result<Arc<Vec<u8>>, FontLoadError> {
    let path = dir.join(name);
    let bytes = std::fs::read(&path).map_err(|e| FontLoadError {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    for index in 0..faces {
        if rustybuzz::Face::from_slice(&bytes, index).is_none() {
            return Err(FontLoadError {
                path,
                detail: format!("face {index} does not parse"),
            });
        }
    }
    Ok(Arc::new(bytes))
}

impl SlipFonts {
    /// Reads the Noto faces from Debian's standard locations.
    pub fn load() -> Result<Self, FontLoadError> {
        Self::load_from(Path::new(NOTO_CORE_DIR), Path::new(NOTO_CJK_DIR))
    }

    /// Reads the Noto faces from other folders (same file names).
    pub fn load_from(core_dir: &Path, cjk_dir: &Path) -> Result<Self, FontLoadError> {
        Ok(Self {
            latin: read_font(core_dir, "NotoSans-Regular.ttf", 1)?,
            thai: read_font(core_dir, "NotoSansThai-Regular.ttf", 1)?,
            devanagari: read_font(core_dir, "NotoSansDevanagari-Regular.ttf", 1)?,
            cjk: read_font(cjk_dir, "NotoSansCJK-Regular.ttc", 4)?,
        })
    }

    fn data(&self, face: Face) -> (&Arc<Vec<u8>>, u32) {
        match face {
            Face::Latin => (&self.latin, 0),
            Face::Thai => (&self.thai, 0),
            Face::Devanagari => (&self.devanagari, 0),
            Face::Cjk(index) => (&self.cjk, index),
        }
    }
}

/// A font face of the slip; `Cjk` holds the face index inside Noto Sans CJK's collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Face {
    Latin,
    Thai,
    Devanagari,
    Cjk(u32),
}

/// The Noto CJK face whose Han glyph forms fit the language (design §7).
fn cjk_face(lang: Lang) -> Face {
    Face::Cjk(match lang {
        Lang::Ko => 1,
        Lang::ZhHans => 2,
        Lang::ZhHant => 3,
        _ => 0,
    })
}

/// The script a character needs, or `None` for characters every face may have (spaces,
/// digits, punctuation).
fn script_face(c: char, lang: Lang) -> Option<Face> {
    let u = u32::from(c);
    match u {
        0x0E00..=0x0E7F => Some(Face::Thai),
        0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Some(Face::Devanagari),
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3000..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x20000..=0x3FFFF => Some(cjk_face(lang)),
        _ if c.is_alphabetic() => Some(Face::Latin),
        _ => None,
    }
}

/// Shapes and measures text with the slip's faces.
struct Shaper<'f> {
    faces: Vec<(Face, rustybuzz::Face<'f>)>,
}

impl<'f> Shaper<'f> {
    fn new(fonts: &'f SlipFonts, lang: Lang) -> Result<Self, PdfError> {
        let mut faces = Vec::new();
        for face in [Face::Latin, Face::Thai, Face::Devanagari, cjk_face(lang)] {
            let (data, index) = fonts.data(face);
            let parsed = rustybuzz::Face::from_slice(data, index).ok_or(PdfError::Font)?;
            faces.push((face, parsed));
        }
        Ok(Self { faces })
    }

    fn face(&self, face: Face) -> &rustybuzz::Face<'f> {
        // Every face `runs` can pick is loaded in `new`; Latin is the fallback.
        self.faces
            .iter()
            .find(|(f, _)| *f == face)
            .or_else(|| self.faces.first())
            .map(|(_, parsed)| parsed)
            .unwrap_or_else(|| unreachable!("Shaper::new loads four faces"))
    }

    fn covers(&self, face: Face, c: char) -> bool {
        self.face(face).glyph_index(c).is_some()
    }

    /// The line cut into runs of one face each.
    fn runs(&self, text: &str, lang: Lang) -> Vec<(Face, String)> {
        let mut runs: Vec<(Face, String)> = Vec::new();
        // Characters before the first one with a script take the face of that first one.
        let first = text.chars().find_map(|c| script_face(c, lang));
        let mut current = first.unwrap_or(Face::Latin);
        for c in text.chars() {
            let face = match script_face(c, lang) {
                Some(face) => face,
                None if self.covers(current, c) => current,
                None => [Face::Latin, cjk_face(lang)]
                    .into_iter()
                    .find(|f| self.covers(*f, c))
                    .unwrap_or(Face::Latin),
            };
            current = face;
            match runs.last_mut() {
                Some((f, s)) if *f == face => s.push(c),
                _ => runs.push((face, c.to_string())),
            }
        }
        runs
    }

    fn run_width(&self, face: Face, text: &str, size: f32) -> f32 {
        let parsed = self.face(face);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(parsed, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / parsed.units_per_em().max(1) as f32
    }

    fn width(&self, text: &str, lang: Lang, size: f32) -> f32 {
        self.runs(text, lang)
            .iter()
            .map(|(face, run)| self.run_width(*face, run, size))
            .sum()
    }
}

/// Characters a line must not start with (combining marks), for the rare forced break.
fn is_mark(c: char) -> bool {
    matches!(u32::from(c),
        0x0300..=0x036F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x200C | 0x200D)
}

/// Wraps one paragraph into lines no wider than `max` points.
fn wrap(shaper: &Shaper<'_>, text: &str, lang: Lang, size: f32, max: f32) -> Vec<String> {
    let segmenter = LineSegmenter::new_auto(LineBreakOptions::default());
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut breaks: Vec<usize> = segmenter
            .segment_str(para)
            .filter(|b| *b > 0 && *b <= para.len())
            .collect();
        if breaks.last() != Some(&para.len()) {
            breaks.push(para.len());
        }
        let mut start = 0;
        let mut fit: Option<usize> = None;
        let mut i = 0;
        while i < breaks.len() {
            let b = breaks[i];
            let candidate = para[start..b].trim_end();
            if shaper.width(candidate, lang, size) <= max {
                fit = Some(b);
                i += 1;
                continue;
            }
            match fit.take() {
                Some(end) => {
                    lines.push(para[start..end].trim_end().to_owned());
                    start = end;
                }
                None => {
                    // One unbreakable piece wider than the paper: cut it between characters.
                    let end = forced_break(shaper, &para[start..b], lang, size, max) + start;
                    lines.push(para[start..end].to_owned());
                    start = end;
                    if start >= b {
                        i += 1;
                    }
                }
            }
        }
        if start < para.len() || para.is_empty() {
            lines.push(para[start..].trim_end().to_owned());
        }
    }
    lines
}

/// The longest prefix (in bytes, at least one character) of `piece` that fits.
fn forced_break(shaper: &Shaper<'_>, piece: &str, lang: Lang, size: f32, max: f32) -> usize {
    let mut best = piece.chars().next().map_or(piece.len(), char::len_utf8);
    for (i, c) in piece.char_indices().skip(1) {
        if is_mark(c) {
            continue;
        }
        if shaper.width(&piece[..i], lang, size) > max {
            break;
        }
        best = i;
    }
    best
}

const PT_PER_MM: f32 = 72.0 / 25.4;
const MARGIN_MM: f32 = 4.0;
const LINE_FACTOR: f32 = 1.5;
/// Size of one QR module.
const QR_MODULE_MM: f32 = 0.9;

fn size_of(style: Style) -> f32 {
    match style {
        Style::Heading => 9.0,
        Style::Title => 12.0,
        Style::Status => 9.5,
        Style::Body => 8.5,
        Style::Small => 7.5,
    }
}

/// A run of text at its place on the page (y is the baseline, from the top).
struct PlacedRun {
    face: Face,
    size: f32,
    x: f32,
    y: f32,
    text: String,
}

/// The slip laid out on a page of known width; its height is whatever the content needs.
struct Layout {
    width: f32,
    height: f32,
    runs: Vec<PlacedRun>,
    rules: Vec<f32>,
    /// Dark QR modules as (x, y, side) squares.
    squares: Vec<(f32, f32, f32)>,
}

fn layout(content: &SlipContent, fonts: &SlipFonts, width_mm: f32) -> Result<Layout, PdfError> {
    let width = width_mm * PT_PER_MM;
    let margin = MARGIN_MM * PT_PER_MM;
    let max = width - 2.0 * margin;
    let mut out = Layout {
        width,
        height: 0.0,
        runs: Vec::new(),
        rules: Vec::new(),
        squares: Vec::new(),
    };
    let mut y = margin;
    let mut shapers: Vec<(Lang, Shaper<'_>)> = Vec::new();
    for block in &content.blocks {
        match block {
            Block::Text { lang, style, text } => {
                if !shapers.iter().any(|(l, _)| l == lang) {
                    shapers.push((*lang, Shaper::new(fonts, *lang)?));
                }
                let Some((_, shaper)) = shapers.iter().find(|(l, _)| l == lang) else {
                    continue;
                };
                let size = size_of(*style);
                let centred = matches!(style, Style::Heading | Style::Title);
                if matches!(style, Style::Title | Style::Status) {
                    y += size * 0.3;
                }
                for line in wrap(shaper, text, *lang, size, max) {
                    let line_width = shaper.width(&line, *lang, size);
                    let mut x = if centred {
                        margin + ((max - line_width) / 2.0).max(0.0)
                    } else {
                        margin
                    };
                    let baseline = y + size * 1.1;
                    for (face, run) in shaper.runs(&line, *lang) {
                        let w = shaper.run_width(face, &run, size);
                        out.runs.push(PlacedRun {
                            face,
                            size,
                            x,
                            y: baseline,
                            text: run,
                        });
                        x += w;
                    }
                    y += size * LINE_FACTOR;
                }
                y += size * 0.35;
            }
            Block::Rule => {
                y += 3.0;
                out.rules.push(y);
                y += 5.0;
            }
            Block::Qr { payload } => {
                let code = qrcode::QrCode::new(payload.as_bytes())
                    .map_err(|e| PdfError::Qr(e.to_string()))?;
                let n = code.width();
                let module = QR_MODULE_MM * PT_PER_MM;
                let side = module * n as f32;
                let left = (width - side) / 2.0;
                // Quiet zone of four modules above (and, through the caption gap, below).
                y += module * 4.0;
                for (i, color) in code.to_colors().iter().enumerate() {
                    if *color == qrcode::Color::Dark {
                        let (col, row) = (i % n, i / n);
                        out.squares.push((
                            left + col as f32 * module,
                            y + row as f32 * module,
                            module,
                        ));
                    }
                }
                y += side + module * 4.0;
                let size = size_of(Style::Body);
                let shaper = Shaper::new(fonts, Lang::En)?;
                let w = shaper.width(payload, Lang::En, size);
                out.runs.push(PlacedRun {
                    face: Face::Latin,
                    size,
                    x: (width - w) / 2.0,
                    y: y + size * 1.1,
                    text: payload.clone(),
                });
                y += size * LINE_FACTOR;
            }
        }
    }
    out.height = y + margin;
    Ok(out)
}

/// Draws the slip as a one-page PDF `width_mm` wide, as tall as its content.
pub fn render_pdf(
    content: &SlipContent,
    fonts: &SlipFonts,
    width_mm: f32,
) -> Result<Vec<u8>, PdfError> {
    let laid = layout(content, fonts, width_mm)?;
    let mut krilla_fonts: Vec<(Face, Font)> = Vec::new();
    let mut document = Document::new();
    let settings = PageSettings::from_wh(laid.width, laid.height).ok_or(PdfError::PageSize {
        width_pt: laid.width,
        height_pt: laid.height,
    })?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.set_fill(Some(Fill::default()));
    for run in &laid.runs {
        let font = match krilla_fonts.iter().find(|(f, _)| *f == run.face) {
            Some((_, font)) => font.clone(),
            None => {
                let (data, index) = fonts.data(run.face);
                let font = Font::new(Arc::clone(data).into(), index).ok_or(PdfError::Font)?;
                krilla_fonts.push((run.face, font.clone()));
                font
            }
        };
        surface.draw_text(
            Point::from_xy(run.x, run.y),
            font,
            run.size,
            &run.text,
            false,
            TextDirection::Auto,
        );
    }
    let margin = MARGIN_MM * PT_PER_MM;
    let mut boxes = PathBuilder::new();
    for y in &laid.rules {
        if let Some(rect) = Rect::from_xywh(margin, *y, laid.width - 2.0 * margin, 0.6) {
            boxes.push_rect(rect);
        }
    }
    for (x, y, side) in &laid.squares {
        // A hair of overlap so that no seam shows between neighbouring modules.
        if let Some(rect) = Rect::from_xywh(*x, *y, side + 0.05, side + 0.05) {
            boxes.push_rect(rect);
        }
    }
    if let Some(path) = boxes.finish() {
        surface.draw_path(&path);
    }
    surface.finish();
    page.finish();
    document
        .finish()
        .map_err(|e| PdfError::Krilla(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> SlipFonts {
        SlipFonts::load().expect("Debian Noto fonts are installed (scripts/setup.sh)")
    }

    #[test]
    fn runs_pick_a_face_per_script() {
        let fonts = fonts();
        let shaper = Shaper::new(&fonts, Lang::Ja).expect("faces parse");
        let runs = shaper.runs("受付番号: R-1 ภาษาไทย नेपाली", Lang::Ja);
        let faces: Vec<Face> = runs.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            faces,
            vec![Face::Cjk(0), Face::Latin, Face::Thai, Face::Devanagari]
        );
        assert_eq!(runs[0].1, "受付番号: ");
    }

    #[test]
    fn korean_and_chinese_take_their_own_cjk_faces() {
        assert_eq!(script_face('中', Lang::Ko), Some(Face::Cjk(1)));
        assert_eq!(script_face('中', Lang::ZhHans), Some(Face::Cjk(2)));
        assert_eq!(script_face('中', Lang::ZhHant), Some(Face::Cjk(3)));
        assert_eq!(script_face('中', Lang::Ja), Some(Face::Cjk(0)));
    }

    #[test]
    fn wrapping_keeps_every_character_and_fits() {
        let fonts = fonts();
        for (lang, text) in [
            (
                Lang::Th,
                "ขั้นตอนต่อไป: คุณจะได้รับหนังสือแจ้งการออกบัตร (ไปรษณียบัตร) ภายในประมาณ 1 เดือน",
            ),
            (
                Lang::Ja,
                "このあとの流れ：約1か月後に交付通知書（はがき）が届きます。",
            ),
            (
                Lang::En,
                "What happens next: a notice postcard arrives in about one month.",
            ),
        ] {
            let shaper = Shaper::new(&fonts, lang).expect("faces parse");
            let lines = wrap(&shaper, text, lang, 8.5, 120.0);
            assert!(lines.len() > 1, "{lang}: {lines:?}");
            for line in &lines {
                assert!(shaper.width(line, lang, 8.5) <= 120.0, "{lang}: {line}");
            }
            let joined: String = lines
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, original);
        }
    }
}
