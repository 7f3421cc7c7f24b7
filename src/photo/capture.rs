//! From a camera frame to the submitted ID photo: a centred 35:45 crop, scaled down when very
//! large, encoded as a baseline sRGB JPEG and checked against the online application's limits
//! (design §2: JPEG, RGB, width and height 480–6000 px, file 20 KB–7 MB).
//!
//! The photo guide places the crop from face landmarks ([`id_photo_from_crop`]); without a
//! face analysis the crop is centred ([`id_photo_from_frame`]).

use image::codecs::jpeg::JpegEncoder;
use image::imageops::{self, FilterType};
use image::{ExtendedColorType, RgbImage};
use zeroize::Zeroize;

/// Photo width : height.
const ASPECT_W: u32 = 35;
const ASPECT_H: u32 = 45;
/// Online limits for each side, in pixels.
const MIN_SIDE: u32 = 480;
const MAX_SIDE: u32 = 6000;
/// Online limits for the file, in bytes. "KB" and "MB" are ambiguous; each bound takes the
/// stricter reading (20 KiB at the low end, 7 000 000 bytes at the high end).
const MIN_BYTES: usize = 20 * 1024;
const MAX_BYTES: usize = 7 * 1000 * 1000;
/// Crops taller than this are scaled down to it.
const MAX_HEIGHT: u32 = 1200;
/// JPEG quality; raised step by step if a very plain picture would come out under the
/// minimum file size, lowered if it would exceed the maximum.
const QUALITY: u8 = 90;
const QUALITY_UP: [u8; 3] = [95, 98, 100];
const QUALITY_DOWN: [u8; 3] = [80, 70, 60];

/// Why a frame could not become an ID photo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// The frame cannot give a 35:45 crop at least 480 px wide.
    #[error("the camera frame ({width}x{height}) is too small for an ID photo")]
    FrameTooSmall {
        /// Frame width.
        width: u32,
        /// Frame height.
        height: u32,
    },
    /// The result breaks one of the online limits.
    #[error("the photo is outside the online limits: {what}")]
    OutOfLimits {
        /// Which limit, for logs and the operator screen.
        what: String,
    },
    /// The JPEG encoder failed.
    #[error("the photo could not be encoded: {0}")]
    Encode(String),
}

/// The ID photo as submitted: the JPEG and the cropped picture for the review screen.
///
/// Both are personal data: the bytes are zeroed on drop and `Debug` prints sizes only.
#[derive(Clone)]
pub struct IdPhoto {
    /// Baseline JPEG, RGB, sRGB (JFIF, no ICC profile).
    pub jpeg: Vec<u8>,
    /// The cropped (and possibly scaled) picture that was encoded.
    pub preview: RgbImage,
}

impl std::fmt::Debug for IdPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdPhoto")
            .field("jpeg_bytes", &self.jpeg.len())
            .field("width", &self.preview.width())
            .field("height", &self.preview.height())
            .finish()
    }
}

impl Drop for IdPhoto {
    fn drop(&mut self) {
        self.jpeg.zeroize();
        let pixels: &mut [u8] = &mut self.preview;
        pixels.zeroize();
    }
}

/// Makes the ID photo from a full camera frame: the centred 35:45 crop as tall as the frame
/// allows, scaled down to 1200 px tall if taller, JPEG quality ~90.
pub fn id_photo_from_frame(frame: &RgbImage) -> Result<IdPhoto, PhotoError> {
    let (fw, fh) = frame.dimensions();
    let (cw, ch) = crop_size(fw, fh).ok_or(PhotoError::FrameTooSmall {
        width: fw,
        height: fh,
    })?;
    let (x, y) = ((fw - cw) / 2, (fh - ch) / 2);
    let cropped = imageops::crop_imm(frame, x, y, cw, ch).to_image();
    let preview = if ch > MAX_HEIGHT {
        let w = scaled_width(MAX_HEIGHT);
        imageops::resize(&cropped, w, MAX_HEIGHT, FilterType::CatmullRom)
    } else {
        cropped
    };
    encode_photo(preview)
}

/// A 35:45 crop of the full-resolution frame, in whole pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CropRect {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

impl CropRect {
    /// The whole-pixel 35:45 crop nearest to `(x, y, h)` (left, top, height in pixels) that lies
    /// inside a `fw`×`fh` frame; `None` when it does not fit.
    pub fn fit(x: f32, y: f32, h: f32, fw: u32, fh: u32) -> Option<CropRect> {
        if !(x.is_finite() && y.is_finite() && h.is_finite()) || h < 1.0 {
            return None;
        }
        let height = h.round() as u32;
        let width = scaled_width(height);
        if width == 0 || width > fw || height > fh {
            return None;
        }
        let x = (x.round().max(0.0) as u32).min(fw - width);
        let y = (y.round().max(0.0) as u32).min(fh - height);
        Some(CropRect {
            x,
            y,
            width,
            height,
        })
    }
}

/// Height of the photo made from a crop: crops are scaled to at least this height (so the
/// width stays above the online minimum of 480 px even at the 531 px hard floor of the crop),
/// and scaled down to at most 1200 px.
pub const PREFERRED_HEIGHT: u32 = 800;

/// Makes the ID photo from a crop placed by the photo guide (design §3 geometry): scaled to
/// between 800 and 1200 px tall (no other change: no beautification), JPEG within the limits.
pub fn id_photo_from_crop(frame: &RgbImage, crop: CropRect) -> Result<IdPhoto, PhotoError> {
    let (fw, fh) = frame.dimensions();
    if crop.x + crop.width > fw || crop.y + crop.height > fh || crop.height == 0 {
        return Err(PhotoError::FrameTooSmall {
            width: fw,
            height: fh,
        });
    }
    let cropped = imageops::crop_imm(frame, crop.x, crop.y, crop.width, crop.height).to_image();
    let target = crop.height.clamp(PREFERRED_HEIGHT, MAX_HEIGHT);
    let preview = if target == crop.height {
        cropped
    } else {
        imageops::resize(
            &cropped,
            scaled_width(target),
            target,
            FilterType::CatmullRom,
        )
    };
    encode_photo(preview)
}

/// JPEG-encodes a cropped picture, adjusting the quality to stay inside the online limits.
fn encode_photo(preview: RgbImage) -> Result<IdPhoto, PhotoError> {
    check_side("width", preview.width())?;
    check_side("height", preview.height())?;

    let mut jpeg = encode(&preview, QUALITY)?;
    if jpeg.len() < MIN_BYTES {
        for quality in QUALITY_UP {
            if jpeg.len() >= MIN_BYTES {
                break;
            }
            jpeg.zeroize();
            jpeg = encode(&preview, quality)?;
        }
    } else if jpeg.len() > MAX_BYTES {
        for quality in QUALITY_DOWN {
            if jpeg.len() <= MAX_BYTES {
                break;
            }
            jpeg.zeroize();
            jpeg = encode(&preview, quality)?;
        }
    }
    // Built before the checks so that an early return still zeroes the bytes.
    let photo = IdPhoto { jpeg, preview };
    if photo.jpeg.len() < MIN_BYTES {
        return Err(PhotoError::OutOfLimits {
            what: format!(
                "file is {} bytes, the minimum is {MIN_BYTES}",
                photo.jpeg.len()
            ),
        });
    }
    if photo.jpeg.len() > MAX_BYTES {
        return Err(PhotoError::OutOfLimits {
            what: format!(
                "file is {} bytes, the maximum is {MAX_BYTES}",
                photo.jpeg.len()
            ),
        });
    }
    tracing::debug!(
        width = photo.preview.width(),
        height = photo.preview.height(),
        bytes = photo.jpeg.len(),
        "ID photo encoded"
    );
    Ok(photo)
}

/// The largest 35:45 crop inside a `fw`×`fh` frame, or `None` when it would be narrower than
/// the online minimum.
fn crop_size(fw: u32, fh: u32) -> Option<(u32, u32)> {
    // As tall as the frame, unless the frame is too narrow for that height.
    let ch = fh.min(u32::try_from(u64::from(fw) * u64::from(ASPECT_H) / u64::from(ASPECT_W)).ok()?);
    let cw = scaled_width(ch).min(fw);
    (cw >= MIN_SIDE && ch >= MIN_SIDE).then_some((cw, ch))
}

/// The 35:45 width for a height, rounded to the nearest pixel.
fn scaled_width(height: u32) -> u32 {
    ((u64::from(height) * u64::from(ASPECT_W) + u64::from(ASPECT_H) / 2) / u64::from(ASPECT_H))
        as u32
}

fn check_side(what: &str, value: u32) -> Result<(), PhotoError> {
    if (MIN_SIDE..=MAX_SIDE).contains(&value) {
        Ok(())
    } else {
        Err(PhotoError::OutOfLimits {
            what: format!("{what} is {value} px, allowed {MIN_SIDE}–{MAX_SIDE}"),
        })
    }
}

/// Baseline JPEG (the `image` encoder writes baseline JFIF, YCbCr from RGB).
fn encode(image: &RgbImage, quality: u8) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::with_capacity(256 * 1024);
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode(
            image.as_raw(),
            image.width(),
            image.height(),
            ExtendedColorType::Rgb8,
        )
        .map_err(|e| PhotoError::Encode(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::{DemoScene, demo_frame};
    use std::time::Duration;

    fn check_ratio(w: u32, h: u32) {
        let ideal = f64::from(h) * 35.0 / 45.0;
        assert!((f64::from(w) - ideal).abs() <= 1.0, "{w}x{h} is not 35:45");
    }

    #[test]
    fn a_demo_portrait_gives_a_valid_photo() {
        // The demo sitter once settled in the middle (ten seconds into the scene).
        let frame = demo_frame(&DemoScene::Portrait, Duration::from_secs(10));
        let photo = id_photo_from_frame(&frame).expect("photo");
        let (w, h) = photo.preview.dimensions();
        assert_eq!(h, 720);
        check_ratio(w, h);
        assert!(
            (MIN_BYTES..=MAX_BYTES).contains(&photo.jpeg.len()),
            "{} bytes",
            photo.jpeg.len()
        );
        // The JPEG decodes, is RGB and has the preview's size; SOF0 marks it baseline.
        let decoded = image::load_from_memory_with_format(&photo.jpeg, image::ImageFormat::Jpeg)
            .expect("decodes");
        assert_eq!(decoded.color(), image::ColorType::Rgb8);
        assert_eq!((decoded.width(), decoded.height()), (w, h));
        assert!(photo.jpeg.windows(2).any(|m| m == [0xFF, 0xC0]));
        assert!(!photo.jpeg.windows(2).any(|m| m == [0xFF, 0xC2]));
        // It is the centre of the frame: the face (skin tone) is in the middle.
        let p = photo.preview.get_pixel(w / 2, 380).0;
        assert!(p[0] > p[2] + 40, "{p:?}");
    }

    #[test]
    fn large_frames_are_scaled_to_1200_px() {
        let frame = RgbImage::from_fn(3840, 2160, |x, y| {
            image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x * y) % 239) as u8])
        });
        let photo = id_photo_from_frame(&frame).expect("photo");
        assert_eq!(photo.preview.dimensions(), (933, 1200));
        check_ratio(933, 1200);
    }

    #[test]
    fn portrait_frames_are_limited_by_their_width() {
        let frame = RgbImage::from_fn(600, 1000, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let photo = id_photo_from_frame(&frame).expect("photo");
        let (w, h) = photo.preview.dimensions();
        assert!(w <= 600);
        check_ratio(w, h);
        assert_eq!(h, 771);
    }

    #[test]
    fn a_frame_too_small_is_refused() {
        assert_eq!(
            id_photo_from_frame(&RgbImage::new(640, 480)).map(|_| ()),
            Err(PhotoError::FrameTooSmall {
                width: 640,
                height: 480
            })
        );
        assert!(matches!(
            id_photo_from_frame(&RgbImage::new(470, 2000)),
            Err(PhotoError::FrameTooSmall { .. })
        ));
        assert!(matches!(
            id_photo_from_frame(&RgbImage::new(0, 0)),
            Err(PhotoError::FrameTooSmall { .. })
        ));
    }

    #[test]
    fn a_flat_grey_frame_still_reaches_the_minimum_file_size_or_is_refused() {
        // A featureless frame compresses to almost nothing; the quality ladder cannot make
        // 20 KB out of it, and the limit check must say so.
        let frame = RgbImage::from_pixel(1280, 720, image::Rgb([128, 128, 128]));
        match id_photo_from_frame(&frame) {
            Ok(photo) => assert!(photo.jpeg.len() >= MIN_BYTES),
            Err(PhotoError::OutOfLimits { what }) => assert!(what.contains("bytes"), "{what}"),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn debug_prints_sizes_only() {
        let frame = demo_frame(&DemoScene::Portrait, Duration::ZERO);
        let photo = id_photo_from_frame(&frame).expect("photo");
        let text = format!("{photo:?}");
        assert!(text.contains("jpeg_bytes") && !text.contains('['), "{text}");
    }
}
