//! QR decoding of one greyscale image with rqrr, made safe to call on anything a camera sees.
//!
//! rqrr 0.11 can panic on some images, so every rqrr call runs inside `catch_unwind`. The
//! panic message is not printed for these panics: a panic hook installed once wraps the
//! previous hook and stays silent only while the *current thread* is inside the decoder, so
//! panics anywhere else (any other thread, or this thread outside the decoder) are reported
//! exactly as before. The panics are counted ([`decoder_panic_count`]).
//!
//! Two passes: rqrr's own binarisation, then (if that gave no payload) a local-mean adaptive
//! threshold, which copes better with uneven light across the sheet.

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

/// Smallest side that can hold a QR code (version 1 is 21 modules).
const MIN_SIDE: u32 = 21;

/// Looks for a QR code in `image` and decodes the first readable one.
pub fn decode_qr(image: &GrayImage) -> DecodeOutcome {
    let (w, h) = image.dimensions();
    if w < MIN_SIDE || h < MIN_SIDE {
        return DecodeOutcome::Nothing;
    }
    let plain = guarded(|| {
        let (w, h) = (w as usize, h as usize);
        let raw = image.as_raw();
        let mut prepared = PreparedImage::prepare_from_greyscale(w, h, |x, y| raw[y * w + x]);
        read_grids(&prepared.detect_grids())
    });
    if let DecodeOutcome::Payload(_) = plain {
        return plain;
    }
    let adaptive = guarded(|| {
        let black = adaptive_threshold(image);
        let w = w as usize;
        let mut prepared =
            PreparedImage::prepare_from_bitmap(w, h as usize, |x, y| black[y * w + x]);
        read_grids(&prepared.detect_grids())
    });
    match (plain, adaptive) {
        (_, payload @ DecodeOutcome::Payload(_)) => payload,
        (DecodeOutcome::SeenUnreadable, _) | (_, DecodeOutcome::SeenUnreadable) => {
            DecodeOutcome::SeenUnreadable
        }
        (DecodeOutcome::DecoderPanicked, _) | (_, DecodeOutcome::DecoderPanicked) => {
            DecodeOutcome::DecoderPanicked
        }
        _ => DecodeOutcome::Nothing,
    }
}

/// How many times rqrr has panicked in this process.
pub fn decoder_panic_count() -> u64 {
    PANICS.load(Ordering::Relaxed)
}

/// The first readable grid's text; `SeenUnreadable` when there were grids but none read.
fn read_grids<G: rqrr::BitGrid>(grids: &[rqrr::Grid<G>]) -> DecodeOutcome {
    if grids.is_empty() {
        return DecodeOutcome::Nothing;
    }
    for grid in grids {
        if let Ok((_meta, text)) = grid.decode() {
            return DecodeOutcome::Payload(text);
        }
    }
    DecodeOutcome::SeenUnreadable
}

/// Local-mean threshold: a pixel is black when it is darker than 90 % of the mean of the
/// square window around it. Returns one flag per pixel, row by row.
fn adaptive_threshold(image: &GrayImage) -> Vec<bool> {
    let (w, h) = (image.width() as usize, image.height() as usize);
    let raw = image.as_raw();
    let r = (w.max(h) / 32).clamp(8, 64);
    // Summed-area table with a zero row and column in front.
    let stride = w + 1;
    let mut sat = vec![0u64; stride * (h + 1)];
    for y in 0..h {
        let mut row_sum = 0u64;
        for x in 0..w {
            row_sum += u64::from(raw[y * w + x]);
            sat[(y + 1) * stride + x + 1] = sat[y * stride + x + 1] + row_sum;
        }
    }
    let mut black = vec![false; w * h];
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(r), (y + r + 1).min(h));
        for x in 0..w {
            let (x0, x1) = (x.saturating_sub(r), (x + r + 1).min(w));
            let sum = sat[y1 * stride + x1] + sat[y0 * stride + x0]
                - sat[y0 * stride + x1]
                - sat[y1 * stride + x0];
            let count = ((y1 - y0) * (x1 - x0)) as u64;
            black[y * w + x] = u64::from(raw[y * w + x]) * count * 10 < sum * 9;
        }
    }
    black
}

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

/// Runs one decoder pass, turning a panic into [`DecodeOutcome::DecoderPanicked`].
fn guarded(pass: impl FnOnce() -> DecodeOutcome) -> DecodeOutcome {
    install_quiet_hook();
    IN_DECODER.with(|flag| flag.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(pass));
    IN_DECODER.with(|flag| flag.set(false));
    match result {
        Ok(outcome) => outcome,
        Err(_) => {
            let total = PANICS.fetch_add(1, Ordering::Relaxed) + 1;
            tracing::warn!(total, "QR decoder panicked; frame skipped");
            DecodeOutcome::DecoderPanicked
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

    #[test]
    fn reads_a_clean_code() {
        let payload = "12345678901234567890123";
        assert_eq!(
            decode_qr(&qr_image(payload, 6, 20, 235)),
            DecodeOutcome::Payload(payload.into())
        );
    }

    #[test]
    fn adaptive_pass_reads_a_code_under_a_strong_light_gradient() {
        let payload = "https://example.invalid/form?id=12345678901234567890123";
        let mut image = qr_image(payload, 6, 40, 230);
        let w = image.width() as f32;
        for (x, _, p) in image.enumerate_pixels_mut() {
            // Left half much darker than the right: one global threshold cannot fit both.
            let k = 0.25 + 0.75 * (x as f32 / w);
            p.0[0] = (p.0[0] as f32 * k) as u8;
        }
        assert_eq!(decode_qr(&image), DecodeOutcome::Payload(payload.into()));
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
    fn noise_never_panics_the_caller() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        for (w, h) in [(21, 21), (64, 48), (320, 240), (640, 480), (33, 900)] {
            for _ in 0..3 {
                let noise = GrayImage::from_fn(w, h, |_, _| Luma([rng.random::<u8>()]));
                let outcome = decode_qr(&noise);
                assert!(
                    !matches!(outcome, DecodeOutcome::Payload(_)),
                    "{w}x{h}: {outcome:?}"
                );
            }
            // Blocky noise looks more like modules and finder patterns.
            let cells: Vec<u8> = (0..4096)
                .map(|_| if rng.random::<bool>() { 0 } else { 255 })
                .collect();
            let blocky = GrayImage::from_fn(w, h, |x, y| {
                Luma([cells[((y / 7 % 64) * 64 + x / 7 % 64) as usize]])
            });
            let _ = decode_qr(&blocky);
        }
    }

    #[test]
    fn a_damaged_code_is_seen_but_unreadable() {
        let payload = "12345678901234567890123";
        let mut image = qr_image(payload, 8, 20, 235);
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
        assert_eq!(decode_qr(&image), DecodeOutcome::SeenUnreadable);
    }

    #[test]
    fn a_panic_in_a_pass_is_caught_and_counted() {
        let before = decoder_panic_count();
        let outcome = guarded(|| panic!("simulated decoder bug"));
        assert_eq!(outcome, DecodeOutcome::DecoderPanicked);
        assert!(decoder_panic_count() > before);
        assert!(!IN_DECODER.with(Cell::get));
    }

    #[test]
    fn debug_hides_the_payload() {
        let text = format!(
            "{:?}",
            DecodeOutcome::Payload("12345678901234567890123".into())
        );
        assert!(!text.contains("123"), "{text}");
    }
}
