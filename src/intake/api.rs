//! The intake protocol's wire types, shared by the booth's client and the reference server, and
//! the rules both sides agree on (paths, headers, error codes, photo limits). The OpenAPI
//! description of the same protocol is `openapi/intake-v1.yaml`; keep the two in step.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::flow::Application;

/// Every path of this protocol version starts with this.
pub const API_PREFIX: &str = "/v1";
/// Header that carries the outbox record id, the same on every retry of one application.
pub const IDEMPOTENCY_KEY_HEADER: &str = "idempotency-key";
/// Header set on a replayed answer (`true`).
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// Names of the two multipart parts of a submission.
pub const APPLICATION_PART: &str = "application";
pub const PHOTO_PART: &str = "photo";

/// Photo limits of the online application (design §2). "KB" and "MB" are ambiguous: each bound
/// takes the stricter reading, as the booth's own photo code does.
pub const PHOTO_MIN_BYTES: usize = 20 * 1024;
pub const PHOTO_MAX_BYTES: usize = 7 * 1000 * 1000;
pub const PHOTO_MIN_SIDE: u32 = 480;
pub const PHOTO_MAX_SIDE: u32 = 6000;

/// Machine-readable error codes in [`ErrorBody::code`].
pub mod codes {
    pub const INVALID_APPLICATION_ID: &str = "invalid_application_id";
    pub const FORM_NOT_FOUND: &str = "form_not_found";
    pub const IDEMPOTENCY_KEY_MISSING: &str = "idempotency_key_missing";
    pub const IDEMPOTENCY_KEY_INVALID: &str = "idempotency_key_invalid";
    pub const IDEMPOTENCY_KEY_REUSED: &str = "idempotency_key_reused";
    pub const REQUEST_IN_FLIGHT: &str = "request_in_flight";
    pub const NOT_MULTIPART: &str = "not_multipart";
    pub const INVALID_APPLICATION: &str = "invalid_application";
    pub const PHOTO_MISSING: &str = "photo_missing";
    pub const PHOTO_UNEXPECTED: &str = "photo_unexpected";
    pub const PHOTO_NOT_JPEG: &str = "photo_not_jpeg";
    pub const PHOTO_NOT_RGB: &str = "photo_not_rgb";
    pub const PHOTO_DIMENSIONS: &str = "photo_dimensions";
    pub const PHOTO_FILE_SIZE: &str = "photo_file_size";
    pub const PAYLOAD_TOO_LARGE: &str = "payload_too_large";
    pub const RATE_LIMITED: &str = "rate_limited";
    pub const UNAVAILABLE: &str = "unavailable";
    pub const INTERNAL: &str = "internal";
    pub const NOT_FOUND: &str = "not_found";
    pub const CLIENT_CERTIFICATE_REQUIRED: &str = "client_certificate_required";
}

/// The body of every error answer: `{"code": "...", "message": "..."}`. Neither field ever
/// carries personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

/// A form's prefilled details as the booth shows them: already masked by the server.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDetails {
    /// The name with its middle characters masked, e.g. `山＊＊郎` or `J＊＊N S＊＊H`.
    pub name: String,
    /// The address down to the town only, e.g. `東京都千代田区永田町`.
    pub address: String,
}

/// Prints no name or address: logs and panics must not carry them, masked or not.
impl fmt::Debug for FormDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FormDetails").finish_non_exhaustive()
    }
}

/// The `application` part of a submission.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationPayload {
    /// The outbox record id; equal to the `Idempotency-Key` header.
    pub record_id: String,
    /// 23 digits.
    pub application_id: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    pub signing_certificate: bool,
    pub user_authentication_certificate: bool,
    pub braille: bool,
    /// Whether a `photo` part is attached (false only for babies under 1).
    pub photo: bool,
    /// The booth language of the session (BCP 47 code).
    pub language: String,
}

impl ApplicationPayload {
    pub fn new(app: &Application, record_id: &uuid::Uuid) -> Self {
        Self {
            record_id: record_id.to_string(),
            application_id: app.id.digits().to_owned(),
            birth_date: app.birth_date.date().to_string(),
            signing_certificate: app.signing_certificate,
            user_authentication_certificate: app.auth_certificate,
            braille: app.braille,
            photo: app.photo.is_some(),
            language: app.language.code().to_owned(),
        }
    }

    /// The shape checks the server applies (no personal data in the error).
    pub fn validate(&self) -> Result<(), &'static str> {
        if uuid::Uuid::parse_str(&self.record_id).is_err() {
            return Err("record_id is not a UUID");
        }
        if !is_application_id(&self.application_id) {
            return Err("application_id must be 23 digits");
        }
        let b = self.birth_date.as_bytes();
        let date_shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !date_shape {
            return Err("birth_date must be YYYY-MM-DD");
        }
        if self.language.is_empty() || self.language.len() > 16 {
            return Err("language is not a language code");
        }
        Ok(())
    }
}

/// Prints only the record id: everything else is personal.
impl fmt::Debug for ApplicationPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApplicationPayload")
            .field("record_id", &self.record_id)
            .finish_non_exhaustive()
    }
}

/// The answer to an accepted submission (201, and the same body on every replay).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitReceipt {
    pub record_id: String,
    /// The intake service's receipt number, printed on the slip; not personal data.
    pub receipt_number: String,
    /// RFC 3339 UTC time the server stored the application.
    pub received_at: String,
}

/// `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub api_version: String,
}

/// Exactly 23 ASCII digits.
pub fn is_application_id(s: &str) -> bool {
    s.len() == 23 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The path of a form lookup.
pub fn form_path(application_id: &str) -> String {
    format!("{API_PREFIX}/forms/{application_id}")
}

/// Masks the middle characters of each part of a name: `山田太郎` → `山＊＊郎`, `John Smith` →
/// `J＊＊n S＊＊＊h`; a part of one or two characters keeps only its first.
pub fn mask_name(name: &str) -> String {
    const MASK: char = '＊';
    let mask_part = |part: &str| -> String {
        let chars: Vec<char> = part.chars().collect();
        match chars.len() {
            0 => String::new(),
            1 => chars.iter().collect(),
            2 => format!("{}{MASK}", chars[0]),
            n => {
                let mut s = String::new();
                s.push(chars[0]);
                s.extend(std::iter::repeat_n(MASK, n - 2));
                s.push(chars[n - 1]);
                s
            }
        }
    };
    name.split([' ', '\u{3000}'])
        .filter(|p| !p.is_empty())
        .map(mask_part)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the photo check found out about a JPEG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegInfo {
    pub width: u32,
    pub height: u32,
    pub components: u8,
}

/// Why a photo was refused, with the HTTP status the server answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhotoCheckError {
    #[error("the photo is not a JPEG file")]
    NotJpeg,
    #[error("the photo's file size is outside 20 KB–7 MB")]
    FileSize,
    #[error("the photo is larger than 7 MB")]
    TooLarge,
    #[error("the photo is not an RGB colour image")]
    NotRgb,
    #[error("the photo's width or height is outside 480–6000 px")]
    Dimensions,
}

impl PhotoCheckError {
    pub fn status(self) -> u16 {
        match self {
            PhotoCheckError::NotJpeg => 415,
            PhotoCheckError::TooLarge => 413,
            _ => 400,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            PhotoCheckError::NotJpeg => codes::PHOTO_NOT_JPEG,
            PhotoCheckError::FileSize => codes::PHOTO_FILE_SIZE,
            PhotoCheckError::TooLarge => codes::PAYLOAD_TOO_LARGE,
            PhotoCheckError::NotRgb => codes::PHOTO_NOT_RGB,
            PhotoCheckError::Dimensions => codes::PHOTO_DIMENSIONS,
        }
    }
}

/// Checks a photo against the online limits: JPEG magic, a frame header with three components,
/// both sides 480–6000 px, 20 KB–7 MB. Reads headers only; it does not decode the image.
pub fn check_photo(bytes: &[u8]) -> Result<JpegInfo, PhotoCheckError> {
    if bytes.len() < 4 || bytes[..3] != [0xFF, 0xD8, 0xFF] {
        return Err(PhotoCheckError::NotJpeg);
    }
    if bytes.len() > PHOTO_MAX_BYTES {
        return Err(PhotoCheckError::TooLarge);
    }
    if bytes.len() < PHOTO_MIN_BYTES {
        return Err(PhotoCheckError::FileSize);
    }
    let info = jpeg_frame_info(bytes).ok_or(PhotoCheckError::NotJpeg)?;
    if info.components != 3 {
        return Err(PhotoCheckError::NotRgb);
    }
    let side = PHOTO_MIN_SIDE..=PHOTO_MAX_SIDE;
    if !side.contains(&info.width) || !side.contains(&info.height) {
        return Err(PhotoCheckError::Dimensions);
    }
    Ok(info)
}

/// Walks the JPEG markers up to the first start-of-frame and reads its size and components.
fn jpeg_frame_info(b: &[u8]) -> Option<JpegInfo> {
    let mut i = 2;
    loop {
        // Fill bytes may precede a marker.
        while *b.get(i)? == 0xFF && *b.get(i + 1)? == 0xFF {
            i += 1;
        }
        if *b.get(i)? != 0xFF {
            return None;
        }
        let marker = *b.get(i + 1)?;
        i += 2;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            // End of image or start of scan before any frame header.
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?]));
        if len < 2 {
            return None;
        }
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            let seg = b.get(i + 2..i + len)?;
            if seg.len() < 6 {
                return None;
            }
            let height = u32::from(u16::from_be_bytes([seg[1], seg[2]]));
            let width = u32::from(u16::from_be_bytes([seg[3], seg[4]]));
            return Some(JpegInfo {
                width,
                height,
                components: seg[5],
            });
        }
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(w: u32, h: u32, gray: bool) -> Vec<u8> {
        use image::codecs::jpeg::JpegEncoder;
        let mut out = Vec::new();
        let mut enc = JpegEncoder::new_with_quality(&mut out, 95);
        if gray {
            let px: Vec<u8> = (0..w * h).map(|i| (i * 7 % 251) as u8).collect();
            enc.encode(&px, w, h, image::ExtendedColorType::L8)
                .expect("encode");
        } else {
            let px: Vec<u8> = (0..w * h * 3).map(|i| (i * 13 % 251) as u8).collect();
            enc.encode(&px, w, h, image::ExtendedColorType::Rgb8)
                .expect("encode");
        }
        out
    }

    #[test]
    fn names_are_masked_in_the_middle() {
        assert_eq!(mask_name("山田太郎"), "山＊＊郎");
        assert_eq!(mask_name("山田　太郎"), "山＊ 太＊");
        assert_eq!(mask_name("John Smith"), "J＊＊n S＊＊＊h");
        assert_eq!(mask_name("A"), "A");
    }

    #[test]
    fn photo_checks_follow_the_online_limits() {
        let ok = jpeg(600, 780, false);
        assert!(ok.len() >= PHOTO_MIN_BYTES, "test photo too small");
        let info = check_photo(&ok).expect("valid");
        assert_eq!((info.width, info.height, info.components), (600, 780, 3));
        assert_eq!(check_photo(b"GIF89a......"), Err(PhotoCheckError::NotJpeg));
        assert_eq!(
            check_photo(&jpeg(600, 780, true)),
            Err(PhotoCheckError::NotRgb)
        );
        let narrow = jpeg(400, 900, false);
        assert_eq!(check_photo(&narrow), Err(PhotoCheckError::Dimensions));
        assert_eq!(
            check_photo(&ok[..PHOTO_MIN_BYTES - 1]),
            Err(PhotoCheckError::FileSize)
        );
        let mut huge = ok.clone();
        huge.resize(PHOTO_MAX_BYTES + 1, 0);
        assert_eq!(check_photo(&huge), Err(PhotoCheckError::TooLarge));
    }

    #[test]
    fn payload_shape_is_checked() {
        let mut p = ApplicationPayload {
            record_id: uuid::Uuid::new_v4().to_string(),
            application_id: "1".repeat(23),
            birth_date: "1990-01-31".into(),
            signing_certificate: true,
            user_authentication_certificate: true,
            braille: false,
            photo: true,
            language: "ja".into(),
        };
        assert!(p.validate().is_ok());
        p.application_id.pop();
        assert!(p.validate().is_err());
        assert!(!format!("{p:?}").contains("1990"));
    }
}
