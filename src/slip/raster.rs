//! The slip as a 1-bit bitmap for thermal printers.
//!
//! The bitmap is the slip PDF itself, rendered in-process by `hayro` (a pure-Rust PDF renderer by
//! krilla's author) and thresholded: the thermal slip is exactly the printed one, Japanese and
//! every other script print on any ESC/POS model (no Kanji mode or code pages needed), and the
//! layout code exists once. The PDF embeds all its fonts, so hayro needs no font of its own.

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};

/// The PDF could not be turned into a bitmap.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("the slip PDF could not be read by the renderer: {0}")]
    Load(String),
    #[error("the slip PDF has no page")]
    NoPage,
    #[error("the slip is too tall to rasterise ({height_px} px)")]
    TooTall { height_px: f32 },
}

/// A black-and-white picture: rows of `width` dots, packed 8 to a byte, most significant bit
/// first, 1 = black (the layout of ESC/POS `GS v 0`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Bitmap {
    /// Bytes per row (`width` rounded up to whole bytes).
    pub fn row_bytes(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    /// Whether the dot at (x, y) is black; false outside the picture.
    pub fn is_black(&self, x: u32, y: u32) -> bool {
        if x >= self.width || y >= self.height {
            return false;
        }
        let byte = y as usize * self.row_bytes() + (x / 8) as usize;
        self.bits
            .get(byte)
            .is_some_and(|b| b & (0x80 >> (x % 8)) != 0)
    }

    /// The bitmap as an 8-bit grey image (black 0, white 255), to look at or decode.
    pub fn to_gray(&self) -> image::GrayImage {
        image::GrayImage::from_fn(self.width, self.height, |x, y| {
            image::Luma([if self.is_black(x, y) { 0 } else { 255 }])
        })
    }
}

/// The tallest slip rasterised (a 203 dpi slip 2.5 m long): a guard against a broken page size.
const MAX_HEIGHT_PX: f32 = 20_000.0;

/// Renders the first page of `pdf` scaled to `width_dots` across and thresholds it to 1 bit.
pub fn rasterize_pdf(pdf: &[u8], width_dots: u32) -> Result<Bitmap, RasterError> {
    let doc = Pdf::new(pdf.to_vec()).map_err(|e| RasterError::Load(format!("{e:?}")))?;
    let page = doc.pages().first().ok_or(RasterError::NoPage)?;
    let (page_w, page_h) = page.render_dimensions();
    if page_w <= 0.0 {
        return Err(RasterError::NoPage);
    }
    let scale = width_dots as f32 / page_w;
    if page_h * scale > MAX_HEIGHT_PX {
        return Err(RasterError::TooTall {
            height_px: page_h * scale,
        });
    }
    let cache = RenderCache::new();
    let pixmap = hayro::render(
        page,
        &cache,
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: WHITE,
        },
    );
    let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let row_bytes = w.div_ceil(8) as usize;
    let mut bits = vec![0u8; row_bytes * h as usize];
    for (i, px) in pixmap.data().iter().enumerate() {
        // Premultiplied on an opaque white background: the colour is the colour.
        let luma = (u32::from(px.r) * 299 + u32::from(px.g) * 587 + u32::from(px.b) * 114) / 1000;
        if luma < 128 {
            let (x, y) = (i % w as usize, i / w as usize);
            bits[y * row_bytes + x / 8] |= 0x80 >> (x % 8);
        }
    }
    Ok(Bitmap {
        width: w,
        height: h,
        bits,
    })
}
