//! The production QR decoding pipeline: one greyscale camera frame in, one [`FrameScan`]
//! out. rqrr reads the code (format, error correction, payload) and detects grids where our
//! own finder search cannot; this module decides *where* and *on what* it looks, and makes
//! every rqrr call safe.
//!
//! One frame goes through these steps, stopping at the first payload:
//!
//! 1. **Where the code was last seen** (video only): that region, thresholded on its own.
//! 2. **Locate**: a local (adaptive) threshold over the frame — 8×8 px tiles, each pixel
//!    against the mean of the 5×5 tiles around it, flat tiles borrowing from their neighbours
//!    — and a row scan for QR finder patterns (1:1:3:1:1 runs, confirmed vertically and
//!    diagonally), grouped into triples shaped like a code (right angle, similar sides and
//!    module sizes, allowing for 30° of tilt).
//! 3. **Read each triple**: first straight from the finders — size from their spacing,
//!    perspective from the alignment pattern, every module sampled from the grey pixels and
//!    judged against its 7×7 neighbourhood (this survives shadows, glare edges and low
//!    contrast), the grid decoded by rqrr; then rqrr's detector on the region's adaptive
//!    bitmap ([`PreparedImage::prepare_from_bitmap`]), then rqrr's own threshold on the region,
//!    a threshold tuned to the module size, and for small codes the region upscaled 2×. Every
//!    grid rqrr finds but cannot read is re-sampled from the grey pixels as in the first read.
//! 4. **Slow steps**: the frame binned 2×2 (a quarter of the noise) searched again, then rqrr
//!    over the whole frame's adaptive bitmap, then rqrr alone (its own threshold).
//!
//! A still image ([`decode_qr`], the first frame of a [`Scanner`]) gets every step. Later
//! video frames get the cheap steps and only some of the slow ones, in turn across frames:
//! the next frame comes in 40 ms anyway, and the worker always takes the newest.
//!
//! rqrr 0.11 can panic on some images (an assert in its perspective code): every rqrr call
//! runs inside `catch_unwind`, is counted ([`decoder_stats`]), and a panic only skips that
//! step. The panic message is not printed for these panics: a panic hook installed once wraps
//! the previous hook and stays silent only while the *current thread* is inside rqrr, so
//! panics anywhere else are reported exactly as before.
//!
//! Payloads are personal data: nothing here logs them, and `Debug` shows only their size.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering};

use image::GrayImage;
use rqrr::PreparedImage;

/// What the decoder made of one image.
#[derive(Clone, PartialEq, Eq)]
pub enum DecodeOutcome {
    /// A QR code was read; the text it holds (personal data: never log it).
    Payload(String),
    /// Something shaped like a QR code was found but could not be read (blur, glare, cut off).
    SeenUnreadable,
    /// Nothing like a QR code.
    Nothing,
    /// rqrr panicked on this image (and nothing was read).
    DecoderPanicked,
}

impl std::fmt::Debug for DecodeOutcome {
    // The payload holds a personal ID: print only its size.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeOutcome::Payload(text) => write!(f, "Payload(<{} bytes>)", text.len()),
            DecodeOutcome::SeenUnreadable => f.write_str("SeenUnreadable"),
            DecodeOutcome::Nothing => f.write_str("Nothing"),
            DecodeOutcome::DecoderPanicked => f.write_str("DecoderPanicked"),
        }
    }
}

/// What the user could change when a code is in view but cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanHint {
    /// The code is too small in the picture: bring the form closer.
    Closer,
    /// The code is too large or runs off the picture: hold the form farther away.
    Farther,
    /// A bright reflection lies on the code: tilt the form a little.
    AvoidGlare,
    /// The code is in view at a good size but blurred or moving: hold still.
    HoldStill,
}

/// An axis-aligned rectangle in frame pixels, `x0..x1` × `y0..y1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub x0: u32,
    pub y0: u32,
    pub x1: u32,
    pub y1: u32,
}

impl Region {
    fn width(&self) -> usize {
        (self.x1 - self.x0) as usize
    }

    fn height(&self) -> usize {
        (self.y1 - self.y0) as usize
    }

    /// This region grown by `by` pixels on every side, clipped to a `w`×`h` frame.
    fn grown(&self, by: f32, w: usize, h: usize) -> Region {
        Region::clipped(
            self.x0 as f32 - by,
            self.y0 as f32 - by,
            self.x1 as f32 + by,
            self.y1 as f32 + by,
            w,
            h,
        )
    }

    fn clipped(x0: f32, y0: f32, x1: f32, y1: f32, w: usize, h: usize) -> Region {
        let clamp = |v: f32, max: usize| v.clamp(0.0, max as f32) as u32;
        let (x0, x1) = (clamp(x0.floor(), w), clamp(x1.ceil(), w));
        let (y0, y1) = (clamp(y0.floor(), h), clamp(y1.ceil(), h));
        Region {
            x0,
            y0,
            x1: x1.max(x0),
            y1: y1.max(y0),
        }
    }
}

/// The result of scanning one frame.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameScan {
    pub outcome: DecodeOutcome,
    /// Where a code was read or seen, for the next frame and for the UI.
    pub region: Option<Region>,
    /// Estimated module size of the code seen, in pixels.
    pub module_px: Option<f32>,
    /// What the user could do when a code was seen but not read.
    pub hint: Option<ScanHint>,
}

/// Counters over every rqrr call made in this process.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DecoderStats {
    /// Guarded rqrr calls (each prepare + detect, each grid decode).
    pub calls: u64,
    /// Of these, the ones where rqrr panicked.
    pub panics: u64,
}

/// Process-wide rqrr call and panic counts.
pub fn decoder_stats() -> DecoderStats {
    DecoderStats {
        calls: CALLS.load(Ordering::Relaxed),
        panics: PANICS.load(Ordering::Relaxed),
    }
}

/// How many times rqrr has panicked in this process.
pub fn decoder_panic_count() -> u64 {
    PANICS.load(Ordering::Relaxed)
}

/// Decodes a single still image with the full pipeline (every step, no history).
///
/// This is the pipeline of [`Scanner::scan`] on a fresh scanner: `myna-booth decode-qr`,
/// the benchmark and the tests all measure exactly what the kiosk runs.
pub fn decode_qr(image: &GrayImage) -> DecodeOutcome {
    Scanner::new().scan(image).outcome
}

/// Decodes video: remembers where the code was last seen and alternates the slow whole-frame
/// steps across frames. One per scan worker; [`Scanner::reset`] between users.
#[derive(Debug, Default)]
pub struct Scanner {
    /// Where a code was last read or seen, its module size, and how many frames ago.
    last_seen: Option<(Region, f32, u32)>,
    /// Frames scanned since the last reset.
    frames: u64,
}

/// A sighting stays useful for this many frames (about half a second of video).
const REMEMBER_FRAMES: u32 = 12;
/// Smallest side that can hold a QR code (version 1 is 21 modules).
const MIN_SIDE: u32 = 21;
/// Finder-pattern triples tried per frame.
const MAX_TRIPLES: usize = 3;
/// Threshold tile size for the whole frame (a 40 px neighbourhood).
const FRAME_TILE: usize = 8;

impl Scanner {
    pub fn new() -> Scanner {
        Scanner::default()
    }

    /// Forgets where the code was: the next frame is scanned as a still image.
    pub fn reset(&mut self) {
        *self = Scanner::default();
    }

    /// Scans one frame. The first frame after [`Scanner::new`] or [`Scanner::reset`] gets
    /// every step; later frames get the cheap steps plus one of the slow ones, in turn.
    pub fn scan(&mut self, image: &GrayImage) -> FrameScan {
        let frame_no = self.frames;
        self.frames += 1;
        let (w, h) = image.dimensions();
        if w < MIN_SIDE || h < MIN_SIDE {
            return FrameScan {
                outcome: DecodeOutcome::Nothing,
                region: None,
                module_px: None,
                hint: None,
            };
        }
        let frame = Frame::new(image);
        let whole = Region::full(&frame);
        let mut attempt = Attempt::new(frame_no);

        // 1. Where the code was last seen.
        if let Some((region, module, _)) = self.last_seen {
            let grown = region.grown(module * 4.0 + 8.0, frame.w, frame.h);
            attempt.read_region(&frame, grown, module);
        }
        // 2–3. Locate finder patterns and read each candidate region.
        let mut threshold = None;
        if attempt.payload.is_none() {
            let th = Threshold::new(&frame, whole, FRAME_TILE);
            let triples = locate(&frame, &th);
            for triple in &triples {
                attempt.note_triple(triple, &frame);
                attempt.read_triple(&frame, &th, triple);
                if attempt.payload.is_some() {
                    break;
                }
            }
            threshold = Some(th);
        }
        // 4. Half resolution (2×2 averaged: a quarter of the noise), then the whole frame with
        //    rqrr, for codes the finder scan missed.
        if attempt.payload.is_none() && attempt.takes(0, 2) {
            attempt.read_binned(&frame);
        }
        if attempt.payload.is_none() && attempt.takes(1, 2) {
            attempt.read_sharpened(&frame);
        }
        if attempt.payload.is_none() {
            if let Some(th) = &threshold
                && attempt.takes(0, 2)
            {
                attempt.rqrr_threshold(&frame, th, whole, 1.0);
            }
            if attempt.payload.is_none() && attempt.takes(1, 2) {
                attempt.rqrr_own_threshold(&frame, whole);
            }
        }

        let scan = attempt.finish(&frame);
        self.last_seen = match (&scan.region, scan.module_px) {
            (Some(region), Some(module)) => Some((*region, module, 0)),
            _ => self
                .last_seen
                .filter(|(_, _, age)| *age + 1 < REMEMBER_FRAMES)
                .map(|(r, m, age)| (r, m, age + 1)),
        };
        scan
    }
}

// ---------------------------------------------------------------------------------------------
// One frame's attempts
// ---------------------------------------------------------------------------------------------

/// A borrowed greyscale frame.
struct Frame<'a> {
    pixels: &'a [u8],
    w: usize,
    h: usize,
}

impl<'a> Frame<'a> {
    fn new(image: &'a GrayImage) -> Frame<'a> {
        Frame {
            pixels: image.as_raw(),
            w: image.width() as usize,
            h: image.height() as usize,
        }
    }

    /// Bilinear sample at `(x, y)` (pixel centres at integer + 0.5), clamped to the frame.
    fn sample(&self, x: f32, y: f32) -> f32 {
        let x = (x - 0.5).clamp(0.0, (self.w - 1) as f32);
        let y = (y - 0.5).clamp(0.0, (self.h - 1) as f32);
        let (x0, y0) = (x as usize, y as usize);
        let (x1, y1) = ((x0 + 1).min(self.w - 1), (y0 + 1).min(self.h - 1));
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let p = |x: usize, y: usize| f32::from(self.pixels[y * self.w + x]);
        let top = p(x0, y0) + (p(x1, y0) - p(x0, y0)) * fx;
        let bottom = p(x0, y1) + (p(x1, y1) - p(x0, y1)) * fx;
        top + (bottom - top) * fy
    }
}

impl Region {
    fn full(frame: &Frame<'_>) -> Region {
        Region {
            x0: 0,
            y0: 0,
            x1: frame.w as u32,
            y1: frame.h as u32,
        }
    }
}

/// The best result so far of one frame's attempts.
struct Attempt {
    frame_no: u64,
    payload: Option<String>,
    /// Where a code was read or seen, and its module size.
    seen: Option<(Region, f32)>,
    /// rqrr found a grid but could not read it.
    grid_unreadable: bool,
    panicked: bool,
}

impl Attempt {
    fn new(frame_no: u64) -> Attempt {
        Attempt {
            frame_no,
            payload: None,
            seen: None,
            grid_unreadable: false,
            panicked: false,
        }
    }

    /// Whether this frame takes slow step `step` of `of` alternatives: a still image (the
    /// first frame) takes them all, video frames one each in turn.
    fn takes(&self, step: u64, of: u64) -> bool {
        self.frame_no == 0 || self.frame_no % of == step
    }

    fn finish(self, frame: &Frame<'_>) -> FrameScan {
        let (region, module_px) = match self.seen {
            Some((r, m)) => (Some(r), Some(m)),
            None => (None, None),
        };
        let outcome = match self.payload {
            Some(text) => DecodeOutcome::Payload(text),
            None if self.seen.is_some() || self.grid_unreadable => DecodeOutcome::SeenUnreadable,
            None if self.panicked => DecodeOutcome::DecoderPanicked,
            None => DecodeOutcome::Nothing,
        };
        let hint = match (&outcome, self.seen) {
            (DecodeOutcome::SeenUnreadable, Some((region, module))) => {
                Some(hint_for(frame, region, module))
            }
            _ => None,
        };
        FrameScan {
            outcome,
            region,
            module_px,
            hint,
        }
    }

    fn note_triple(&mut self, triple: &Triple, frame: &Frame<'_>) {
        if self.seen.is_none() {
            self.seen = Some((triple.region(frame.w, frame.h, 0.0), triple.module));
        }
    }

    /// Looks for codes again in the frame binned 2×2 (averaging halves the noise), reading
    /// them straight from their finder patterns.
    fn read_binned(&mut self, frame: &Frame<'_>) {
        let (w, h) = (frame.w / 2, frame.h / 2);
        if w < MIN_SIDE as usize || h < MIN_SIDE as usize {
            return;
        }
        let mut pixels = vec![0u8; w * h];
        for (y, row) in pixels.chunks_exact_mut(w).enumerate() {
            let top = &frame.pixels[2 * y * frame.w..][..2 * w];
            let bottom = &frame.pixels[(2 * y + 1) * frame.w..][..2 * w];
            for ((out, t), b) in row
                .iter_mut()
                .zip(top.chunks_exact(2))
                .zip(bottom.chunks_exact(2))
            {
                let sum = u16::from(t[0]) + u16::from(t[1]) + u16::from(b[0]) + u16::from(b[1]);
                *out = (sum / 4) as u8;
            }
        }
        let binned = Frame {
            pixels: &pixels,
            w,
            h,
        };
        let th = Threshold::new(&binned, Region::full(&binned), FRAME_TILE / 2);
        for triple in locate(&binned, &th) {
            if let Some(text) = read_direct(&binned, &triple, &mut self.panicked) {
                let r = triple.region(w, h, 0.0);
                let region = Region {
                    x0: r.x0 * 2,
                    y0: r.y0 * 2,
                    x1: (r.x1 * 2).min(frame.w as u32),
                    y1: (r.y1 * 2).min(frame.h as u32),
                };
                self.seen = Some((region, triple.module * 2.0));
                self.payload = Some(text);
                return;
            }
        }
    }

    /// Looks for codes again in the frame sharpened (unsharp mask over a 5×5 box): blur
    /// closes the light ring of a finder pattern, sharpening opens it again.
    fn read_sharpened(&mut self, frame: &Frame<'_>) {
        let (w, h) = (frame.w, frame.h);
        // Box means over 5×5 from running sums, then p + 1.5 (p − mean).
        let mut rows = vec![0u16; w * h];
        for (src, dst) in frame.pixels.chunks_exact(w).zip(rows.chunks_exact_mut(w)) {
            let mut acc: u16 = src[..2.min(w)].iter().map(|&p| u16::from(p)).sum();
            for x in 0..w {
                if x + 2 < w {
                    acc += u16::from(src[x + 2]);
                }
                if x >= 3 {
                    acc -= u16::from(src[x - 3]);
                }
                dst[x] = acc;
            }
        }
        let mut sharp = vec![0u8; w * h];
        let mut col = vec![0u32; w];
        for y in 0..h.min(2) {
            for (c, &r) in col.iter_mut().zip(&rows[y * w..(y + 1) * w]) {
                *c += u32::from(r);
            }
        }
        for y in 0..h {
            if y + 2 < h {
                for (c, &r) in col.iter_mut().zip(&rows[(y + 2) * w..(y + 3) * w]) {
                    *c += u32::from(r);
                }
            }
            if y >= 3 {
                for (c, &r) in col.iter_mut().zip(&rows[(y - 3) * w..(y - 2) * w]) {
                    *c -= u32::from(r);
                }
            }
            let (ya, yb) = (y.saturating_sub(2), (y + 3).min(h));
            for (x, out) in sharp[y * w..(y + 1) * w].iter_mut().enumerate() {
                let (xa, xb) = (x.saturating_sub(2), (x + 3).min(w));
                let n = ((yb - ya) * (xb - xa)) as f32;
                let p = f32::from(frame.pixels[y * w + x]);
                let mean = col[x] as f32 / n;
                *out = (p + 1.5 * (p - mean)).clamp(0.0, 255.0) as u8;
            }
        }
        let sharpened = Frame {
            pixels: &sharp,
            w,
            h,
        };
        let th = Threshold::new(&sharpened, Region::full(&sharpened), FRAME_TILE);
        for triple in locate(&sharpened, &th) {
            // Modules are read from the original pixels: sharpening only helps to find them.
            if let Some(text) = read_direct(frame, &triple, &mut self.panicked)
                .or_else(|| read_direct(&sharpened, &triple, &mut self.panicked))
            {
                self.seen = Some((triple.region(w, h, 0.0), triple.module));
                self.payload = Some(text);
                return;
            }
        }
    }

    /// Reads the region around a finder triple, first with the frame's own threshold.
    fn read_triple(&mut self, frame: &Frame<'_>, th: &Threshold, triple: &Triple) {
        if let Some(text) = read_direct(frame, triple, &mut self.panicked) {
            self.payload = Some(text);
            return;
        }
        let region = triple.region(frame.w, frame.h, 1.0);
        self.rqrr_threshold(frame, th, region, 1.0);
        if self.payload.is_none() {
            self.read_region_slow(frame, region, triple.module, th.tile);
        }
    }

    /// Reads a region known from an earlier frame, with a threshold of its own.
    fn read_region(&mut self, frame: &Frame<'_>, region: Region, module: f32) {
        if region.width() < MIN_SIDE as usize || region.height() < MIN_SIDE as usize {
            return;
        }
        let th = Threshold::new(frame, region, tile_for(module));
        for triple in locate(frame, &th) {
            if let Some(text) = read_direct(frame, &triple, &mut self.panicked) {
                self.seen = Some((triple.region(frame.w, frame.h, 0.0), triple.module));
                self.payload = Some(text);
                return;
            }
        }
        self.rqrr_threshold(frame, &th, region, 1.0);
        if self.payload.is_none() {
            self.read_region_slow(frame, region, module, th.tile);
        }
    }

    /// The slower reads of a region: rqrr's own threshold, a threshold tuned to the module
    /// size (unless `tried_tile` was it), and a 2× upscale for small modules.
    fn read_region_slow(
        &mut self,
        frame: &Frame<'_>,
        region: Region,
        module: f32,
        tried_tile: usize,
    ) {
        if self.takes(0, 3) {
            self.rqrr_own_threshold(frame, region);
        }
        let tile = tile_for(module);
        if self.payload.is_none() && tile != tried_tile && self.takes(1, 3) {
            let th = Threshold::new(frame, region, tile);
            self.rqrr_threshold(frame, &th, region, 1.0);
        }
        if self.payload.is_none() && module < 4.5 && self.takes(2, 3) {
            self.rqrr_upscaled(frame, region, module);
        }
    }

    /// rqrr on `region` (inside `th.region`) binarised by `th`.
    fn rqrr_threshold(&mut self, frame: &Frame<'_>, th: &Threshold, region: Region, scale: f32) {
        let (rw, rh) = (region.width(), region.height());
        let (x0, y0) = (region.x0 as usize, region.y0 as usize);
        self.rqrr(frame, region, scale, || {
            let mut prepared =
                PreparedImage::prepare_from_bitmap(rw, rh, |x, y| th.dark(frame, x0 + x, y0 + y));
            found_grids(prepared.detect_grids())
        });
    }

    /// rqrr with its own threshold on `region`.
    fn rqrr_own_threshold(&mut self, frame: &Frame<'_>, region: Region) {
        let (rw, rh) = (region.width(), region.height());
        let (x0, y0, w) = (region.x0 as usize, region.y0 as usize, frame.w);
        let pixels = frame.pixels;
        self.rqrr(frame, region, 1.0, || {
            let mut prepared =
                PreparedImage::prepare_from_greyscale(rw, rh, |x, y| pixels[(y0 + y) * w + x0 + x]);
            found_grids(prepared.detect_grids())
        });
    }

    /// rqrr on `region` upscaled 2× (bilinear), with a local threshold.
    fn rqrr_upscaled(&mut self, frame: &Frame<'_>, region: Region, module: f32) {
        let (bw, bh) = (region.width() * 2, region.height() * 2);
        let mut big = vec![0u8; bw * bh];
        for (y, row) in big.chunks_exact_mut(bw).enumerate() {
            let sy = region.y0 as f32 + (y as f32 + 0.5) / 2.0;
            for (x, out) in row.iter_mut().enumerate() {
                let sx = region.x0 as f32 + (x as f32 + 0.5) / 2.0;
                *out = frame.sample(sx, sy) as u8;
            }
        }
        let upscaled = Frame {
            pixels: &big,
            w: bw,
            h: bh,
        };
        let whole = Region::full(&upscaled);
        let th = Threshold::new(&upscaled, whole, tile_for(module * 2.0));
        // Grid corners come back in upscaled pixels: `rqrr` maps them back with scale 2.
        self.rqrr(frame, region, 2.0, || {
            let mut prepared =
                PreparedImage::prepare_from_bitmap(bw, bh, |x, y| th.dark(&upscaled, x, y));
            found_grids(prepared.detect_grids())
        });
    }

    /// Runs one guarded rqrr detection over `region` and reads what it found. Grid corners
    /// come back in region pixels × `scale`.
    fn rqrr(
        &mut self,
        frame: &Frame<'_>,
        region: Region,
        scale: f32,
        detect: impl FnOnce() -> Vec<FoundGrid>,
    ) {
        if self.payload.is_some()
            || region.width() < MIN_SIDE as usize
            || region.height() < MIN_SIDE as usize
        {
            return;
        }
        let grids = guarded(&mut self.panicked, detect);
        for grid in grids.into_iter().flatten() {
            let corners = grid
                .corners
                .map(|(x, y)| (region.x0 as f32 + x / scale, region.y0 as f32 + y / scale));
            let module = grid_module_px(&corners, grid.size);
            let bounds = bounds_of(&corners, frame);
            self.seen = Some((bounds, module));
            if let Some(text) = grid.text {
                self.payload = Some(text);
                return;
            }
            self.grid_unreadable = true;
            let Some(resampled) = resample(frame, &corners, grid.size) else {
                continue;
            };
            let text = guarded(&mut self.panicked, || {
                rqrr::Grid::new(resampled)
                    .decode()
                    .ok()
                    .map(|(_, text)| text)
            });
            if let Some(Some(text)) = text {
                self.payload = Some(text);
                return;
            }
        }
    }
}

/// A grid rqrr found: its size in modules, its corners (in the pixels rqrr was given) and
/// its text when rqrr's own sampling already read it.
struct FoundGrid {
    size: usize,
    corners: [(f32, f32); 4],
    text: Option<String>,
}

/// Reads every grid rqrr found as rqrr samples it, and keeps what is needed to re-sample
/// the grids it could not read. Runs inside [`guarded`].
fn found_grids<G: rqrr::BitGrid>(grids: Vec<rqrr::Grid<G>>) -> Vec<FoundGrid> {
    grids
        .into_iter()
        .map(|grid| {
            let size = rqrr::BitGrid::size(&grid.grid);
            let corners = grid.bounds.map(|p| (p.x as f32, p.y as f32));
            let text = grid.decode().ok().map(|(_, text)| text);
            FoundGrid {
                size,
                corners,
                text,
            }
        })
        .collect()
}

/// Module size in pixels of a grid with these corners (rqrr's bounds span `size + 1` modules).
fn grid_module_px(corners: &[(f32, f32); 4], size: usize) -> f32 {
    let d = |a: (f32, f32), b: (f32, f32)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    let sides = d(corners[0], corners[1])
        + d(corners[1], corners[2])
        + d(corners[2], corners[3])
        + d(corners[3], corners[0]);
    sides / 4.0 / (size as f32 + 1.0)
}

fn bounds_of(corners: &[(f32, f32); 4], frame: &Frame<'_>) -> Region {
    let xs = corners.map(|c| c.0);
    let ys = corners.map(|c| c.1);
    let min = |v: [f32; 4]| v.iter().copied().fold(f32::INFINITY, f32::min);
    let max = |v: [f32; 4]| v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    Region::clipped(min(xs), min(ys), max(xs), max(ys), frame.w, frame.h)
}

/// What the user should change, judging from where the code was seen. A reflection comes
/// first: it also swells the region where the code seems to be, which would otherwise read as
/// "too close", and moving the form does not take a lamp's reflection off it, tilting does.
fn hint_for(frame: &Frame<'_>, region: Region, module: f32) -> ScanHint {
    if glared(frame, region) {
        return ScanHint::AvoidGlare;
    }
    let touches_edge = region.x0 == 0
        || region.y0 == 0
        || region.x1 as usize >= frame.w
        || region.y1 as usize >= frame.h;
    if module > 16.0 || touches_edge {
        return ScanHint::Farther;
    }
    if module < 3.0 {
        return ScanHint::Closer;
    }
    ScanHint::HoldStill
}

/// Whether more than 2 % of the region is saturated (a reflection across the code).
fn glared(frame: &Frame<'_>, region: Region) -> bool {
    let mut saturated = 0usize;
    let mut total = 0usize;
    for y in (region.y0..region.y1).step_by(2) {
        let row = &frame.pixels[y as usize * frame.w..][..frame.w];
        for &p in row[region.x0 as usize..region.x1 as usize]
            .iter()
            .step_by(2)
        {
            total += 1;
            saturated += usize::from(p >= 250);
        }
    }
    total > 0 && saturated * 50 > total
}

// ---------------------------------------------------------------------------------------------
// Adaptive threshold
// ---------------------------------------------------------------------------------------------

/// Below this spread of grey levels inside a tile, the tile is taken as flat (all paper or
/// all ink) and borrows its black point from its neighbours instead of splitting noise.
const MIN_TILE_CONTRAST: u8 = 20;

/// Tile size (pixels) for a threshold tuned to `module` pixels per module.
fn tile_for(module: f32) -> usize {
    (module * 1.2).round().clamp(4.0, 24.0) as usize
}

/// A local (adaptive) threshold over one region of a frame.
///
/// The region is cut into square tiles; each tile's black point is its mean grey level, or,
/// for a flat tile, that of its upper and left neighbours, so the inside of a large dark module
/// stays dark. A pixel is dark when it is not brighter than the mean black point of the 5×5
/// tiles around its own. Pixels are classified on demand: no bitmap is stored.
struct Threshold {
    region: Region,
    tile: usize,
    /// Tiles per row.
    tw: usize,
    /// One threshold per tile, row by row.
    levels: Vec<u8>,
}

impl Threshold {
    fn new(frame: &Frame<'_>, region: Region, tile: usize) -> Threshold {
        let (rw, rh) = (region.width(), region.height());
        let tile = tile.max(1);
        let (tw, th) = (rw.div_ceil(tile), rh.div_ceil(tile));
        let mut sum = vec![0u32; tw * th];
        let mut min = vec![u8::MAX; tw * th];
        let mut max = vec![0u8; tw * th];
        let x0 = region.x0 as usize;
        // Tile statistics from every other row: plenty for a mean, a minimum and a maximum.
        let mut rows = vec![0u32; tw * th];
        for y in (0..rh).step_by(2) {
            let row = &frame.pixels[(region.y0 as usize + y) * frame.w + x0..][..rw];
            let base = (y / tile) * tw;
            for (i, chunk) in row.chunks(tile).enumerate() {
                let t = base + i;
                sum[t] += chunk.iter().map(|&p| u32::from(p)).sum::<u32>();
                min[t] = min[t].min(chunk.iter().copied().min().unwrap_or(u8::MAX));
                max[t] = max[t].max(chunk.iter().copied().max().unwrap_or(0));
                rows[t] += chunk.len() as u32;
            }
        }
        let mut black = vec![0u32; tw * th];
        for ty in 0..th {
            for tx in 0..tw {
                let i = ty * tw + tx;
                let mean = sum[i] / rows[i].max(1);
                black[i] = if max[i].saturating_sub(min[i]) >= MIN_TILE_CONTRAST {
                    mean
                } else {
                    // Flat: as light as its darkest pixel, unless its neighbours say ink.
                    let mut flat = u32::from(min[i].saturating_sub(MIN_TILE_CONTRAST / 2));
                    if tx > 0 && ty > 0 {
                        let neighbours = (black[i - tw] + 2 * black[i - 1] + black[i - tw - 1]) / 4;
                        if u32::from(min[i]) < neighbours {
                            flat = neighbours;
                        }
                    }
                    flat
                };
            }
        }
        let mut levels = vec![0u8; tw * th];
        for ty in 0..th {
            let (ya, yb) = (ty.saturating_sub(2), (ty + 3).min(th));
            for tx in 0..tw {
                let (xa, xb) = (tx.saturating_sub(2), (tx + 3).min(tw));
                let mut s = 0u32;
                for yy in ya..yb {
                    s += black[yy * tw + xa..yy * tw + xb].iter().sum::<u32>();
                }
                let n = ((yb - ya) * (xb - xa)) as u32;
                levels[ty * tw + tx] = (s / n.max(1)).min(255) as u8;
            }
        }
        Threshold {
            region,
            tile,
            tw,
            levels,
        }
    }

    /// Whether the pixel at `(x, y)` (frame coordinates, inside the region) is dark.
    fn dark(&self, frame: &Frame<'_>, x: usize, y: usize) -> bool {
        let (rx, ry) = (x - self.region.x0 as usize, y - self.region.y0 as usize);
        frame.pixels[y * frame.w + x] <= self.levels[(ry / self.tile) * self.tw + rx / self.tile]
    }

    /// The dark flags (1 = dark) of row `y` across the region.
    fn row(&self, frame: &Frame<'_>, y: usize, out: &mut Vec<u8>) {
        let (x0, rw) = (self.region.x0 as usize, self.region.width());
        let ry = y - self.region.y0 as usize;
        let levels = &self.levels[(ry / self.tile) * self.tw..][..self.tw];
        let row = &frame.pixels[y * frame.w + x0..][..rw];
        out.clear();
        for (chunk, &t) in row.chunks(self.tile).zip(levels) {
            out.extend(chunk.iter().map(|&p| u8::from(p <= t)));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Finder patterns
// ---------------------------------------------------------------------------------------------

/// A finder pattern seen in the bitmap: its centre and module size in pixels.
#[derive(Clone, Copy, Debug)]
struct Finder {
    x: f32,
    y: f32,
    module: f32,
    hits: u32,
}

/// Three finder patterns that could be the corners of one code.
#[derive(Clone, Copy, Debug)]
struct Triple {
    corners: [(f32, f32); 3],
    module: f32,
    /// Distance between finder centres along the longer side, in pixels.
    span: f32,
}

impl Triple {
    /// The region holding the whole code and a margin of `margin` × (a few modules).
    fn region(&self, w: usize, h: usize, margin: f32) -> Region {
        let [a, b, c] = self.corners;
        // `a` is the corner finder: the fourth corner completes the parallelogram.
        let d = (b.0 + c.0 - a.0, b.1 + c.1 - a.1);
        let xs = [a.0, b.0, c.0, d.0];
        let ys = [a.1, b.1, c.1, d.1];
        let pad = self.module * (4.0 + 3.0 * margin) + 0.1 * margin * self.span;
        Region::clipped(
            xs.iter().copied().fold(f32::INFINITY, f32::min) - pad,
            ys.iter().copied().fold(f32::INFINITY, f32::min) - pad,
            xs.iter().copied().fold(f32::NEG_INFINITY, f32::max) + pad,
            ys.iter().copied().fold(f32::NEG_INFINITY, f32::max) + pad,
            w,
            h,
        )
    }
}

/// Finds finder patterns in the threshold's region and groups them into likely codes, best
/// first.
fn locate(frame: &Frame<'_>, th: &Threshold) -> Vec<Triple> {
    let finders = find_finders(frame, th);
    group_finders(&finders)
}

/// Checks five run lengths for the 1:1:3:1:1 ratio; returns the module size.
fn finder_ratio(runs: [usize; 5]) -> Option<f32> {
    let total: usize = runs.iter().sum();
    if total < 14 {
        return None;
    }
    let m = total as f32 / 7.0;
    let tol = m * 0.65;
    let ok = (runs[0] as f32 - m).abs() < tol
        && (runs[1] as f32 - m).abs() < tol
        && (runs[2] as f32 - 3.0 * m).abs() < 1.5 * m
        && (runs[3] as f32 - m).abs() < tol
        && (runs[4] as f32 - m).abs() < tol;
    ok.then_some(m)
}

/// Scans every other row for dark-light-dark-light-dark runs of 1:1:3:1:1 and confirms each
/// hit across.
fn find_finders(frame: &Frame<'_>, th: &Threshold) -> Vec<Finder> {
    let region = th.region;
    let x0 = region.x0 as usize;
    let mut found: Vec<Finder> = Vec::new();
    let mut row = Vec::with_capacity(region.width());
    let mut runs: Vec<(usize, usize)> = Vec::with_capacity(256);
    for y in (region.y0 as usize..region.y1 as usize).step_by(2) {
        th.row(frame, y, &mut row);
        let Some(&first) = row.first() else {
            return found;
        };
        // Runs of the row: (start, length), alternating colours from `first`.
        runs.clear();
        let mut start = 0;
        for (x, pair) in row.windows(2).enumerate() {
            if pair[0] != pair[1] {
                runs.push((start, x + 1 - start));
                start = x + 1;
            }
        }
        runs.push((start, row.len() - start));
        // Windows of five runs that start with a dark run.
        let mut i = usize::from(first == 0);
        while i + 5 <= runs.len() {
            let lens = [
                runs[i].1,
                runs[i + 1].1,
                runs[i + 2].1,
                runs[i + 3].1,
                runs[i + 4].1,
            ];
            if let Some(m) = finder_ratio(lens) {
                let cx = x0 + runs[i + 2].0 + runs[i + 2].1 / 2;
                if let Some(f) = confirm_finder(frame, th, cx, y, m) {
                    merge_finder(&mut found, f);
                }
            }
            i += 2;
        }
    }
    found
}

/// Five run lengths along a line through `(x, y)` (inside the centre of a finder pattern),
/// stepping by `(dx, dy)`, each at most `limit`; plus the offset (in steps) of the middle of
/// the centre run from `(x, y)`.
fn cross_runs(
    frame: &Frame<'_>,
    th: &Threshold,
    (x, y): (usize, usize),
    (dx, dy): (isize, isize),
    limit: usize,
) -> Option<([usize; 5], f32)> {
    let r = th.region;
    let at = |k: isize| -> Option<bool> {
        let (px, py) = (x as isize + k * dx, y as isize + k * dy);
        let inside =
            px >= r.x0 as isize && py >= r.y0 as isize && px < r.x1 as isize && py < r.y1 as isize;
        inside.then(|| th.dark(frame, px as usize, py as usize))
    };
    if at(0) != Some(true) {
        return None;
    }
    // Walk one way: centre (dark), gap (light), ring (dark); the ring must end in light.
    let walk = |sign: isize| -> Option<[usize; 3]> {
        let mut counts = [0usize; 3];
        let mut k = 0isize;
        for (state, want_dark) in [(0, true), (1, false), (2, true)] {
            while at(k * sign) == Some(want_dark) {
                counts[state] += 1;
                k += 1;
                if counts[state] > limit {
                    return None;
                }
            }
            at(k * sign)?;
            if counts[state] == 0 {
                return None;
            }
        }
        Some(counts)
    };
    let fwd = walk(1)?;
    let back = walk(-1)?;
    let centre = fwd[0] + back[0] - 1;
    let runs = [back[2], back[1], centre, fwd[1], fwd[2]];
    let offset = (fwd[0] as f32 - back[0] as f32) / 2.0;
    Some((runs, offset))
}

/// Confirms a row hit with a vertical, a second horizontal and a diagonal cross-check, and
/// refines the centre.
fn confirm_finder(
    frame: &Frame<'_>,
    th: &Threshold,
    x: usize,
    y: usize,
    m_row: f32,
) -> Option<Finder> {
    let limit = (m_row * 5.0) as usize + 2;
    let (vruns, voff) = cross_runs(frame, th, (x, y), (0, 1), limit)?;
    let mv = finder_ratio(vruns)?;
    if mv > m_row * 2.2 || m_row > mv * 2.2 {
        return None;
    }
    let cy = (y as f32 + voff).round().max(0.0) as usize;
    let (hruns, hoff) = cross_runs(frame, th, (x, cy), (1, 0), limit)?;
    let mh = finder_ratio(hruns)?;
    let cx = (x as f32 + hoff).round().max(0.0) as usize;
    // A diagonal check rejects text strokes that happen to pass both straight checks.
    let (druns, _) = cross_runs(frame, th, (cx, cy), (1, 1), limit * 2)?;
    let total: usize = druns.iter().sum();
    if (total as f32) < (mh + mv) * 2.0 {
        return None;
    }
    Some(Finder {
        x: x as f32 + hoff + 0.5,
        y: y as f32 + voff + 0.5,
        module: (mh + mv) / 2.0,
        hits: 1,
    })
}

fn merge_finder(found: &mut Vec<Finder>, f: Finder) {
    for g in found.iter_mut() {
        let near = (g.x - f.x).abs() < g.module * 2.5 && (g.y - f.y).abs() < g.module * 2.5;
        let alike = g.module < f.module * 1.6 && f.module < g.module * 1.6;
        if near && alike {
            let n = g.hits as f32;
            g.x = (g.x * n + f.x) / (n + 1.0);
            g.y = (g.y * n + f.y) / (n + 1.0);
            g.module = (g.module * n + f.module) / (n + 1.0);
            g.hits += 1;
            return;
        }
    }
    if found.len() < 200 {
        found.push(f);
    }
}

/// Groups finder patterns into triples shaped like a QR code (a right angle between two
/// roughly equal sides, allowing for perspective), best first, each finder used once.
fn group_finders(finders: &[Finder]) -> Vec<Triple> {
    let mut candidates: Vec<Finder> = finders.to_vec();
    candidates.sort_by_key(|f| std::cmp::Reverse(f.hits));
    candidates.truncate(16);
    let n = candidates.len();
    let mut scored: Vec<(f32, [usize; 3])> = Vec::new();
    for i in 0..n {
        for j in 0..n {
            for k in j + 1..n {
                if i == j || i == k {
                    continue;
                }
                if let Some(score) = triple_score(&candidates[i], &candidates[j], &candidates[k]) {
                    scored.push((score, [i, j, k]));
                }
            }
        }
    }
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut used = vec![false; n];
    let mut triples = Vec::new();
    for (_, [i, j, k]) in scored {
        if used[i] || used[j] || used[k] {
            continue;
        }
        used[i] = true;
        used[j] = true;
        used[k] = true;
        let (a, b, c) = (candidates[i], candidates[j], candidates[k]);
        let span = dist(a, b).max(dist(a, c));
        triples.push(Triple {
            corners: [(a.x, a.y), (b.x, b.y), (c.x, c.y)],
            module: (a.module + b.module + c.module) / 3.0,
            span,
        });
        if triples.len() == MAX_TRIPLES {
            break;
        }
    }
    triples
}

fn dist(a: Finder, b: Finder) -> f32 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// How unlike a QR code's corners `a` (the corner finder), `b` and `c` are; `None` when they
/// cannot be one code. Lower is better.
fn triple_score(a: &Finder, b: &Finder, c: &Finder) -> Option<f32> {
    let (ab, ac) = (dist(*a, *b), dist(*a, *c));
    if ab < 1.0 || ac < 1.0 {
        return None;
    }
    let modules = [a.module, b.module, c.module];
    let mmax = modules.iter().copied().fold(0.0, f32::max);
    let mmin = modules.iter().copied().fold(f32::INFINITY, f32::min);
    if mmax > mmin * 1.8 {
        return None;
    }
    let m = (a.module + b.module + c.module) / 3.0;
    let sides = ab.max(ac) / ab.min(ac);
    if sides > 1.7 {
        return None;
    }
    // Finder centres are size − 7 modules apart: versions 1 to 10 (14 to 50 modules).
    let span = ab.max(ac) / m;
    if !(10.0..=70.0).contains(&span) {
        return None;
    }
    let cos = ((b.x - a.x) * (c.x - a.x) + (b.y - a.y) * (c.y - a.y)) / (ab * ac);
    if cos.abs() > 0.5 {
        return None;
    }
    let hits = a.hits.min(b.hits).min(c.hits) as f32;
    Some(cos.abs() + (sides - 1.0) + 0.5 * (mmax / mmin - 1.0) - 0.02 * hits.min(10.0))
}

// ---------------------------------------------------------------------------------------------
// Re-sampling a grid from grey levels
// ---------------------------------------------------------------------------------------------

/// A projective map of the plane: `(u, v)` ↦ `((a u + b v + c) / w, (d u + e v + f) / w)` with
/// `w = g u + h v + i`.
#[derive(Clone, Copy, Debug)]
struct Homography([f64; 9]);

impl Homography {
    /// The map of the unit square's corners (0,0), (1,0), (1,1), (0,1) onto `q`.
    fn square_to_quad(q: [(f64, f64); 4]) -> Option<Homography> {
        let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = q;
        let (dx3, dy3) = (x0 - x1 + x2 - x3, y0 - y1 + y2 - y3);
        let (dx1, dy1) = (x1 - x2, y1 - y2);
        let (dx2, dy2) = (x3 - x2, y3 - y2);
        let det = dx1 * dy2 - dx2 * dy1;
        if det.abs() < 1e-12 {
            return None;
        }
        let g = (dx3 * dy2 - dx2 * dy3) / det;
        let h = (dx1 * dy3 - dx3 * dy1) / det;
        let m = Homography([
            x1 - x0 + g * x1,
            x3 - x0 + h * x3,
            x0,
            y1 - y0 + g * y1,
            y3 - y0 + h * y3,
            y0,
            g,
            h,
            1.0,
        ]);
        m.0.iter().all(|v| v.is_finite()).then_some(m)
    }

    /// The map that takes each point of `from` to the matching point of `to`.
    fn quad_to_quad(from: [(f64, f64); 4], to: [(f64, f64); 4]) -> Option<Homography> {
        let a = Homography::square_to_quad(from)?.inverse()?;
        let b = Homography::square_to_quad(to)?;
        Some(b.after(&a))
    }

    fn inverse(&self) -> Option<Homography> {
        let [a, b, c, d, e, f, g, h, i] = self.0;
        let co = [
            e * i - f * h,
            c * h - b * i,
            b * f - c * e,
            f * g - d * i,
            a * i - c * g,
            c * d - a * f,
            d * h - e * g,
            b * g - a * h,
            a * e - b * d,
        ];
        let det = a * co[0] + b * co[3] + c * co[6];
        if det.abs() < 1e-12 || !det.is_finite() {
            return None;
        }
        Some(Homography(co.map(|v| v / det)))
    }

    /// `self ∘ first`: apply `first`, then `self`.
    fn after(&self, first: &Homography) -> Homography {
        let (a, b) = (&self.0, &first.0);
        Homography(std::array::from_fn(|k| {
            let (r, c) = (k / 3, k % 3);
            (0..3).map(|j| a[r * 3 + j] * b[j * 3 + c]).sum()
        }))
    }

    fn map(&self, u: f64, v: f64) -> (f32, f32) {
        let m = &self.0;
        let w = m[6] * u + m[7] * v + m[8];
        let w = if w.abs() < 1e-9 { 1e-9 } else { w };
        (
            ((m[0] * u + m[1] * v + m[2]) / w) as f32,
            ((m[3] * u + m[4] * v + m[5]) / w) as f32,
        )
    }
}

/// Samples the modules of a `size`×`size` grid placed by `map` (module coordinates, the code
/// spanning 0..size) and thresholds each against the modules around it.
fn sample_grid(frame: &Frame<'_>, map: &Homography, size: usize) -> rqrr::SimpleGrid {
    let mut values = vec![0f32; size * size];
    for y in 0..size {
        for x in 0..size {
            let mut acc = 0.0;
            for (dx, dy) in [(0.5, 0.5), (0.3, 0.3), (0.7, 0.3), (0.3, 0.7), (0.7, 0.7)] {
                let (px, py) = map.map(x as f64 + dx, y as f64 + dy);
                acc += frame.sample(px, py);
            }
            values[y * size + x] = acc / 5.0;
        }
    }
    let dark = local_threshold(&values, size);
    rqrr::SimpleGrid::from_func(size, |x, y| dark[y * size + x])
}

/// Dark flags for module grey levels: each module against the midpoint between the darker
/// and the lighter modules of the 7×7 modules around it.
fn local_threshold(values: &[f32], size: usize) -> Vec<bool> {
    let radius = 3usize;
    let mut dark = vec![false; size * size];
    for y in 0..size {
        let (ya, yb) = (y.saturating_sub(radius), (y + radius + 1).min(size));
        for x in 0..size {
            let (xa, xb) = (x.saturating_sub(radius), (x + radius + 1).min(size));
            let (mut s, mut n) = (0.0, 0.0);
            for yy in ya..yb {
                for v in &values[yy * size + xa..yy * size + xb] {
                    s += v;
                    n += 1.0;
                }
            }
            let mean = s / n;
            let (mut lo, mut nlo, mut hi, mut nhi) = (0.0, 0.0, 0.0, 0.0);
            for yy in ya..yb {
                for &v in &values[yy * size + xa..yy * size + xb] {
                    if v < mean {
                        lo += v;
                        nlo += 1.0;
                    } else {
                        hi += v;
                        nhi += 1.0;
                    }
                }
            }
            let threshold = if nlo > 0.0 && nhi > 0.0 {
                (lo / nlo + hi / nhi) / 2.0
            } else {
                mean
            };
            dark[y * size + x] = values[y * size + x] < threshold;
        }
    }
    dark
}

/// Samples a grid rqrr found: its bounds are the corners of `size + 1` modules.
fn resample(frame: &Frame<'_>, corners: &[(f32, f32); 4], size: usize) -> Option<rqrr::SimpleGrid> {
    let s = size as f64 + 1.0;
    let map = Homography::quad_to_quad(
        [(0.0, 0.0), (s, 0.0), (s, s), (0.0, s)],
        corners.map(|(x, y)| (f64::from(x), f64::from(y))),
    )?;
    Some(sample_grid(frame, &map, size))
}

/// Reads a code straight from a finder triple, without rqrr's detector: estimates the size
/// from the finder spacing, finds the alignment pattern for the perspective, samples the
/// modules and lets rqrr decode them. Tries the nearest sizes too.
fn read_direct(frame: &Frame<'_>, triple: &Triple, panicked: &mut bool) -> Option<String> {
    let [a, mut b, mut c] = triple.corners;
    // Clockwise in image coordinates (y down): top-left, top-right, bottom-left.
    let cross = (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0);
    if cross < 0.0 {
        std::mem::swap(&mut b, &mut c);
    }
    let d = |p: (f32, f32), q: (f32, f32)| ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
    let spacing = (d(a, b) + d(a, c)) / 2.0 / triple.module;
    let estimate = ((spacing + 7.0 - 17.0) / 4.0).round() as i32;
    for version in [estimate, estimate + 1, estimate - 1] {
        if !(1..=40).contains(&version) {
            continue;
        }
        let size = (version * 4 + 17) as usize;
        let Some(map) = grid_map(frame, a, b, c, size) else {
            continue;
        };
        let grid = sample_grid(frame, &map, size);
        let text = guarded(panicked, || {
            rqrr::Grid::new(grid).decode().ok().map(|(_, t)| t)
        });
        if let Some(Some(text)) = text {
            return Some(text);
        }
    }
    None
}

/// The module-to-pixel map of a `size` grid whose finder centres are `a` (top-left), `b`
/// (top-right) and `c` (bottom-left): affine from the finders, made projective by the
/// alignment pattern where the code has one.
fn grid_map(
    frame: &Frame<'_>,
    a: (f32, f32),
    b: (f32, f32),
    c: (f32, f32),
    size: usize,
) -> Option<Homography> {
    let s = size as f64;
    let p = |q: (f32, f32)| (f64::from(q.0), f64::from(q.1));
    let (a, b, c) = (p(a), p(b), p(c));
    let far = s - 3.5;
    // Affine guess of the fourth finder-like corner.
    let d = (b.0 + c.0 - a.0, b.1 + c.1 - a.1);
    let affine = Homography::quad_to_quad(
        [(3.5, 3.5), (far, 3.5), (far, far), (3.5, far)],
        [a, b, d, c],
    )?;
    if size < 25 {
        return Some(affine);
    }
    // The bottom-right alignment pattern sits at (size - 6.5, size - 6.5).
    let at = s - 6.5;
    let Some(found) = find_alignment(frame, &affine, at) else {
        // Not found (faint, or under glare): the affine guess may still read.
        return Some(affine);
    };
    Homography::quad_to_quad(
        [(3.5, 3.5), (far, 3.5), (at, at), (3.5, far)],
        [a, b, found, c],
    )
}

/// Searches around module position `(at, at)` of `map` for the alignment pattern (a dark
/// module in a light ring in a dark ring) and returns its centre in pixels.
fn find_alignment(frame: &Frame<'_>, map: &Homography, at: f64) -> Option<(f64, f64)> {
    let score = |u: f64, v: f64| -> f32 {
        let (mut dark, mut nd, mut light, mut nl) = (0.0, 0.0, 0.0, 0.0);
        for j in -2i32..=2 {
            for i in -2i32..=2 {
                let (x, y) = map.map(u + f64::from(i), v + f64::from(j));
                let value = frame.sample(x, y);
                if i.abs().max(j.abs()) == 1 {
                    light += value;
                    nl += 1.0;
                } else {
                    dark += value;
                    nd += 1.0;
                }
            }
        }
        light / nl - dark / nd
    };
    let mut best = (f32::MIN, at, at);
    let mut step = 0.5;
    let mut radius = 4.0;
    let (mut cu, mut cv) = (at, at);
    for _ in 0..3 {
        let n = (radius / step) as i32;
        for j in -n..=n {
            for i in -n..=n {
                let (u, v) = (cu + f64::from(i) * step, cv + f64::from(j) * step);
                let s = score(u, v);
                if s > best.0 {
                    best = (s, u, v);
                }
            }
        }
        cu = best.1;
        cv = best.2;
        radius = step;
        step /= 3.0;
    }
    if best.0 < 4.0 {
        return None;
    }
    let (x, y) = map.map(best.1, best.2);
    Some((f64::from(x), f64::from(y)))
}

// ---------------------------------------------------------------------------------------------
// Guarding rqrr
// ---------------------------------------------------------------------------------------------

static CALLS: AtomicU64 = AtomicU64::new(0);
static PANICS: AtomicU64 = AtomicU64::new(0);
static QUIET_HOOK: Once = Once::new();

thread_local! {
    /// True while this thread is inside an rqrr call.
    static IN_DECODER: Cell<bool> = const { Cell::new(false) };
}

/// Wraps the current panic hook once: silent for panics raised inside the decoder on the
/// panicking thread itself, unchanged for every other panic.
fn install_quiet_hook() {
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_DECODER.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs one rqrr step; a panic becomes `None`, is counted, and sets `panicked`.
fn guarded<T>(panicked: &mut bool, step: impl FnOnce() -> T) -> Option<T> {
    install_quiet_hook();
    CALLS.fetch_add(1, Ordering::Relaxed);
    IN_DECODER.with(|flag| flag.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(step));
    IN_DECODER.with(|flag| flag.set(false));
    match result {
        Ok(value) => Some(value),
        Err(_) => {
            let total = PANICS.fetch_add(1, Ordering::Relaxed) + 1;
            tracing::warn!(total, "QR decoder panicked; step skipped");
            *panicked = true;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;
    use rand::{Rng, SeedableRng};

    fn qr_image(payload: &str, module: u32, dark: u8, light: u8) -> GrayImage {
        let code = qrcode::QrCode::new(payload.as_bytes()).expect("encodable");
        let n = code.width() as u32;
        let modules: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        let side = (n + 8) * module;
        GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = ((x / module) as i64 - 4, (y / module) as i64 - 4);
            let inside = mx >= 0 && my >= 0 && mx < n as i64 && my < n as i64;
            if inside && modules[(my as u32 * n + mx as u32) as usize] {
                Luma([dark])
            } else {
                Luma([light])
            }
        })
    }

    const ID: &str = "12345678901234567890123";
    const URL: &str = "https://example.invalid/form?id=12345678901234567890123";

    #[test]
    fn reads_a_clean_code() {
        for module in [3, 6, 14] {
            assert_eq!(
                decode_qr(&qr_image(ID, module, 20, 235)),
                DecodeOutcome::Payload(ID.into()),
                "{module} px per module"
            );
        }
    }

    #[test]
    fn reads_a_code_under_a_strong_light_gradient() {
        let mut image = qr_image(URL, 6, 40, 230);
        let w = image.width() as f32;
        for (x, _, p) in image.enumerate_pixels_mut() {
            // Left side much darker than the right: one global threshold cannot fit both.
            let k = 0.25 + 0.75 * (x as f32 / w);
            p.0[0] = (p.0[0] as f32 * k) as u8;
        }
        assert_eq!(decode_qr(&image), DecodeOutcome::Payload(URL.into()));
    }

    #[test]
    fn reads_a_faint_code() {
        // Ink only 30 grey levels darker than the paper.
        assert_eq!(
            decode_qr(&qr_image(URL, 5, 150, 180)),
            DecodeOutcome::Payload(URL.into())
        );
    }

    #[test]
    fn blank_and_tiny_images_give_nothing() {
        assert_eq!(decode_qr(&GrayImage::new(0, 0)), DecodeOutcome::Nothing);
        assert_eq!(decode_qr(&GrayImage::new(5, 300)), DecodeOutcome::Nothing);
        assert_eq!(
            decode_qr(&GrayImage::from_pixel(640, 480, Luma([200]))),
            DecodeOutcome::Nothing
        );
    }

    #[test]
    fn noise_never_reads() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for (w, h) in [(21, 21), (64, 48), (320, 240), (640, 480), (33, 900)] {
            let noise = GrayImage::from_fn(w, h, |_, _| Luma([rng.random::<u8>()]));
            let outcome = decode_qr(&noise);
            assert!(
                !matches!(outcome, DecodeOutcome::Payload(_)),
                "{w}x{h}: {outcome:?}"
            );
        }
    }

    #[test]
    fn a_damaged_code_is_seen_but_unreadable() {
        let mut image = qr_image(ID, 8, 20, 235);
        let side = image.width();
        // Wipe the data area between the finder patterns, keep the three finders.
        for y in side * 2 / 5..side * 3 / 5 {
            for x in 0..side {
                image.put_pixel(x, y, Luma([235]));
            }
        }
        for x in side * 2 / 5..side * 3 / 5 {
            for y in 0..side {
                image.put_pixel(x, y, Luma([20]));
            }
        }
        let scan = Scanner::new().scan(&image);
        assert_eq!(scan.outcome, DecodeOutcome::SeenUnreadable);
        assert!(scan.region.is_some());
        assert!(scan.hint.is_some());
    }

    #[test]
    fn a_panic_in_a_step_is_caught_and_counted() {
        let before = decoder_stats();
        let mut panicked = false;
        let outcome: Option<()> = guarded(&mut panicked, || panic!("simulated decoder bug"));
        assert_eq!(outcome, None);
        assert!(panicked);
        let after = decoder_stats();
        assert!(after.panics > before.panics);
        assert!(after.calls > before.calls);
        assert!(!IN_DECODER.with(Cell::get));
    }

    #[test]
    fn debug_hides_the_payload() {
        let text = format!("{:?}", DecodeOutcome::Payload(ID.into()));
        assert!(!text.contains("123"), "{text}");
    }

    #[test]
    fn the_video_scanner_reads_where_it_last_saw_the_code() {
        let image = qr_image(URL, 5, 30, 220);
        let mut scanner = Scanner::new();
        let first = scanner.scan(&image);
        assert_eq!(first.outcome, DecodeOutcome::Payload(URL.into()));
        let region = first.region.expect("a region");
        assert!(region.width() > 0 && region.height() > 0);
        for _ in 0..5 {
            assert_eq!(
                scanner.scan(&image).outcome,
                DecodeOutcome::Payload(URL.into())
            );
        }
        scanner.reset();
        assert_eq!(
            scanner.scan(&image).outcome,
            DecodeOutcome::Payload(URL.into())
        );
    }

    #[test]
    fn hints_follow_size_edges_and_glare() {
        let bright = GrayImage::from_pixel(200, 200, Luma([255]));
        let grey = GrayImage::from_pixel(200, 200, Luma([120]));
        let middle = Region {
            x0: 50,
            y0: 50,
            x1: 150,
            y1: 150,
        };
        let edge = Region { x0: 0, ..middle };
        assert_eq!(hint_for(&Frame::new(&grey), middle, 2.5), ScanHint::Closer);
        assert_eq!(
            hint_for(&Frame::new(&grey), middle, 20.0),
            ScanHint::Farther
        );
        assert_eq!(hint_for(&Frame::new(&grey), edge, 6.0), ScanHint::Farther);
        assert_eq!(
            hint_for(&Frame::new(&bright), middle, 6.0),
            ScanHint::AvoidGlare
        );
        // A reflection swells the region where the code seems to be: still the glare.
        assert_eq!(
            hint_for(&Frame::new(&bright), edge, 20.0),
            ScanHint::AvoidGlare
        );
        assert_eq!(
            hint_for(&Frame::new(&grey), middle, 6.0),
            ScanHint::HoldStill
        );
    }

    #[test]
    fn finder_ratio_wants_one_one_three_one_one() {
        assert_eq!(finder_ratio([3, 3, 9, 3, 3]), Some(3.0));
        assert!(finder_ratio([4, 3, 8, 3, 3]).is_some());
        assert_eq!(finder_ratio([3, 3, 3, 3, 3]), None);
        assert_eq!(finder_ratio([9, 3, 9, 3, 3]), None);
        // Too small to be a finder of a code we could read.
        assert_eq!(finder_ratio([1, 1, 3, 1, 1]), None);
    }

    #[test]
    fn homographies_map_corners_and_invert() {
        let quad = [(10.0, 20.0), (110.0, 25.0), (120.0, 140.0), (5.0, 130.0)];
        let h = Homography::square_to_quad(quad).expect("a proper quad");
        for ((u, v), (x, y)) in [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
            .into_iter()
            .zip(quad)
        {
            let (px, py) = h.map(u, v);
            assert!((f64::from(px) - x).abs() < 1e-3 && (f64::from(py) - y).abs() < 1e-3);
        }
        let from = [(3.5, 3.5), (21.5, 3.5), (18.5, 18.5), (3.5, 21.5)];
        let q = Homography::quad_to_quad(from, quad).expect("a proper map");
        let (x, y) = q.map(18.5, 18.5);
        assert!((f64::from(x) - 120.0).abs() < 1e-3 && (f64::from(y) - 140.0).abs() < 1e-3);
        // Degenerate quads give no map instead of NaNs.
        assert!(Homography::square_to_quad([(0.0, 0.0); 4]).is_none());
    }
}
