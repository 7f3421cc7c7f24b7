//! Checks a parsed booth file key by key and builds the typed [`KioskConfig`].
//!
//! Every problem is collected, not just the first: each names its dotted key (`ui.price_yen`),
//! what was expected and what was found, so an operator can fix a file in one pass. Missing
//! keys take the defaults of `model.rs`, except `booth.id`; unknown keys are problems, because
//! a misspelt key would otherwise silently do nothing.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use super::ConfigProblem;
use super::formats::{
    is_argon2_phc, is_booth_id, is_host_port, is_https_url, is_one_line, is_printer_uri,
    non_empty_path, parse_utc_offset,
};
use super::model::{
    BoothConfig, CameraConfig, CameraSource, IntakeConfig, IntakeMode, KioskConfig, OperatorConfig,
    OutboxConfig, PhotoChecksConfig, PhotoConfig, PrinterBackend, PrinterConfig, Timeouts,
    UiConfig, VoiceConfig,
};
use super::section::{Reader, Section, top_level_problems};
use crate::i18n::Lang;

/// Every section of the file and its keys, in the order of `kiosk-config/booth.toml`.
pub(super) const SECTIONS: &[(&str, &[&str])] = &[
    ("booth", &["id", "location", "utc_offset", "data_dir"]),
    (
        "ui",
        &[
            "languages",
            "default_language",
            "price_yen",
            "fullscreen",
            "hide_cursor",
            "touch_target_mm",
            "screen_diagonal_inch",
            "screen_resolution",
            "larger_text",
            "high_contrast",
        ],
    ),
    (
        "timeouts",
        &[
            "inactivity_warning_s",
            "inactivity_reset_s",
            "manual_entry_offer_s",
            "slip_screen_s",
            "goodbye_s",
        ],
    ),
    (
        "camera",
        &["source", "width", "height", "fps", "device_index"],
    ),
    (
        "intake",
        &[
            "mode",
            "url",
            "ca_cert",
            "client_cert",
            "client_key",
            "timeout_s",
        ],
    ),
    ("outbox", &["warn_free_mb"]),
    (
        "printer",
        &[
            "backend",
            "paper_width_mm",
            "cups_uri",
            "escpos_addr",
            "file_dir",
        ],
    ),
    (
        "photo",
        &[
            "max_retakes",
            "auto_capture_hold_ms",
            "countdown_s",
            "checks",
        ],
    ),
    (
        "photo.checks",
        &[
            "hysteresis",
            "face_present_min_score",
            "not_too_close_min_margin",
            "not_too_far_min_crop_px",
            "not_too_far_floor_crop_px",
            "not_too_far_min_eye_distance_px",
            "centred_max_offset",
            "centred_min_ear_margin",
            "roll_max_deg",
            "yaw_max_deg",
            "pitch_max_deg",
            "pitch_baseline_deg",
            "eyes_open_min_ratio",
            "mouth_closed_max_gap",
            "neutral_expression_warn_lift",
            "neutral_expression_fail_lift",
            "eyes_visible_max_glare",
            "eyes_visible_min_luminance",
            "eyes_visible_min_iris_contrast",
            "face_brightness_min",
            "face_brightness_max",
            "exposure_max_bright",
            "exposure_max_dark",
            "even_light_min_intersection",
            "even_light_max_difference",
            "sharpness_min_laplacian",
            "sharpness_max_jitter_px",
            "plain_background_warn_gradient",
            "plain_background_fail_gradient",
            "background_objects_max_std",
            "background_shadow_max_difference",
            "head_covering_warn_colour",
            "head_covering_warn_hat",
            "head_covering_parsing",
        ],
    ),
    (
        "voice",
        &["enabled", "device", "rate_percent", "volume_percent"],
    ),
    ("operator", &["pin_hash", "metrics_addr"]),
];

const SECONDS: RangeInclusive<u32> = 1..=3600;
const MAX_LOCATION_CHARS: usize = 100;

/// Builds the configuration from a parsed file, or returns every problem found in it.
///
/// `data_dir_override` (from `MYNA_BOOTH_DATA_DIR`) replaces `booth.data_dir`, and with it the
/// default `printer.file_dir`; the file's own value is still checked.
pub(super) fn build(
    root: &Table,
    file: &Path,
    data_dir_override: Option<&Path>,
) -> Result<KioskConfig, Vec<ConfigProblem>> {
    let mut reader = Reader {
        root,
        file,
        problems: top_level_problems(root, file),
    };
    let booth = reader.section("booth", |s| read_booth(s, data_dir_override));
    let ui = reader.section("ui", read_ui);
    let timeouts = reader.section("timeouts", read_timeouts);
    let camera = reader.section("camera", read_camera);
    let intake = reader.section("intake", read_intake);
    let outbox = reader.section("outbox", read_outbox);
    let printer = reader.section("printer", |s| read_printer(s, &booth.data_dir));
    let mut photo = reader.section("photo", read_photo);
    photo.checks = reader.section("photo.checks", read_photo_checks);
    let voice = reader.section("voice", read_voice);
    let operator = reader.section("operator", read_operator);

    if !reader.problems.is_empty() {
        return Err(reader.problems);
    }
    Ok(KioskConfig {
        booth,
        ui,
        timeouts,
        camera,
        intake,
        outbox,
        printer,
        photo,
        voice,
        operator,
    })
}

fn read_booth(s: &mut Section, data_dir_override: Option<&Path>) -> BoothConfig {
    let id_expected = "a booth id of 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-', \
                       e.g. \"demo-booth-001\"";
    let id = s.required("id", id_expected, |t| is_booth_id(t).then(|| t.to_owned()));
    let location = s.text(
        "location",
        &format!("one line of text of at most {MAX_LOCATION_CHARS} characters"),
        |t| is_one_line(t, MAX_LOCATION_CHARS).then(|| t.to_owned()),
    );
    let utc_offset = s.text(
        "utc_offset",
        "a UTC offset written \"+HH:MM\" or \"-HH:MM\" from -12:00 to +14:00, e.g. \"+09:00\"",
        parse_utc_offset,
    );
    let data_dir = s.text("data_dir", "a folder path", non_empty_path);
    BoothConfig {
        id: id.unwrap_or_default(),
        location: location.unwrap_or_else(|| BoothConfig::DEFAULT_LOCATION.to_owned()),
        utc_offset_minutes: utc_offset.unwrap_or(BoothConfig::DEFAULT_UTC_OFFSET_MINUTES),
        data_dir: data_dir_override
            .map(Path::to_path_buf)
            .or(data_dir)
            .unwrap_or_else(|| PathBuf::from(BoothConfig::DEFAULT_DATA_DIR)),
    }
}

fn read_ui(s: &mut Section) -> UiConfig {
    let d = UiConfig::default();
    let languages = read_languages(s).unwrap_or(d.languages);
    let default_language = s
        .text("default_language", &lang_expected(), |t| t.parse().ok())
        .unwrap_or(d.default_language);
    if s.is_ok("languages") && s.is_ok("default_language") && !languages.contains(&default_language)
    {
        let offered: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        s.report(
            "default_language",
            format!(
                "one of the languages in ui.languages ({})",
                offered.join(", ")
            ),
            Some(format!("{:?}", default_language.code())),
        );
    }
    UiConfig {
        languages,
        default_language,
        price_yen: s.whole("price_yen", d.price_yen, 0..=100_000, "yen"),
        fullscreen: s.flag("fullscreen", d.fullscreen),
        hide_cursor: s.flag("hide_cursor", d.hide_cursor),
        touch_target_mm: s.number(
            "touch_target_mm",
            d.touch_target_mm,
            7.0..=40.0,
            "millimetres",
        ),
        screen_diagonal_inch: s.number(
            "screen_diagonal_inch",
            d.screen_diagonal_inch,
            7.0..=100.0,
            "inches",
        ),
        screen_resolution: read_resolution(s).unwrap_or(d.screen_resolution),
        larger_text: s.flag("larger_text", d.larger_text),
        high_contrast: s.flag("high_contrast", d.high_contrast),
    }
}

/// `ui.languages`: a non-empty list of distinct language codes. Reports each bad entry.
fn read_languages(s: &mut Section) -> Option<Vec<Lang>> {
    let expected = "a list of language codes, at least one, e.g. [\"ja\", \"en\"]";
    let value = s.value("languages")?;
    let Some(items) = value.as_array() else {
        s.wrong("languages", expected, value);
        return None;
    };
    if items.is_empty() {
        s.wrong("languages", expected, value);
        return None;
    }
    let mut languages = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let key = format!("languages[{i}]");
        match item.as_str().map(str::parse::<Lang>) {
            Some(Ok(lang)) if languages.contains(&lang) => {
                s.wrong(&key, "each language listed only once", item)
            }
            Some(Ok(lang)) => languages.push(lang),
            _ => s.wrong(&key, lang_expected(), item),
        }
    }
    s.is_ok("languages").then_some(languages)
}

fn lang_expected() -> String {
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("{:?}", l.code()))
        .collect();
    format!("a language code: one of {}", codes.join(", "))
}

/// `ui.screen_resolution`: `[width, height]` in pixels.
fn read_resolution(s: &mut Section) -> Option<[u32; 2]> {
    let value = s.value("screen_resolution")?;
    let range = 320..=16_384;
    let side = |v: &Value| {
        v.as_integer()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| range.contains(n))
    };
    let parsed = match value.as_array().map(Vec::as_slice) {
        Some([w, h]) => side(w).zip(side(h)).map(|(w, h)| [w, h]),
        _ => None,
    };
    if parsed.is_none() {
        s.wrong(
            "screen_resolution",
            "[width, height] in pixels, each a whole number from 320 to 16384, e.g. [1920, 1080]",
            value,
        );
    }
    parsed
}

fn read_timeouts(s: &mut Section) -> Timeouts {
    let d = Timeouts::default();
    let t = Timeouts {
        inactivity_warning_s: s.whole(
            "inactivity_warning_s",
            d.inactivity_warning_s,
            SECONDS,
            "seconds",
        ),
        inactivity_reset_s: s.whole(
            "inactivity_reset_s",
            d.inactivity_reset_s,
            SECONDS,
            "seconds",
        ),
        manual_entry_offer_s: s.whole(
            "manual_entry_offer_s",
            d.manual_entry_offer_s,
            SECONDS,
            "seconds",
        ),
        slip_screen_s: s.whole("slip_screen_s", d.slip_screen_s, SECONDS, "seconds"),
        goodbye_s: s.whole("goodbye_s", d.goodbye_s, SECONDS, "seconds"),
    };
    // The goodbye screen must end on its own before the inactivity warning could appear on it.
    // Blame the key the file sets, so the operator is sent to the line they wrote.
    if s.is_ok("inactivity_warning_s")
        && s.is_ok("goodbye_s")
        && t.inactivity_warning_s <= t.goodbye_s
    {
        if s.has("goodbye_s") && !s.has("inactivity_warning_s") {
            s.report(
                "goodbye_s",
                format!(
                    "fewer seconds than timeouts.inactivity_warning_s ({})",
                    t.inactivity_warning_s
                ),
                Some(t.goodbye_s.to_string()),
            );
        } else {
            s.report(
                "inactivity_warning_s",
                format!("more seconds than timeouts.goodbye_s ({})", t.goodbye_s),
                Some(t.inactivity_warning_s.to_string()),
            );
        }
    }
    t
}

fn read_camera(s: &mut Section) -> CameraConfig {
    let d = CameraConfig::default();
    CameraConfig {
        source: s.choice("source", d.source, CameraSource::CHOICES),
        width: s.whole("width", d.width, 640..=7680, "pixels"),
        // Design §3: the 35:45 crop needs at least 600 camera pixels of height.
        height: s.whole("height", d.height, 600..=4320, "pixels"),
        fps: s.whole("fps", d.fps, 1..=120, "frames per second"),
        device_index: s.whole("device_index", d.device_index, 0..=63, ""),
    }
}

fn read_intake(s: &mut Section) -> IntakeConfig {
    let d = IntakeConfig::default();
    let mode = s.choice("mode", d.mode, IntakeMode::CHOICES);
    let https = mode == IntakeMode::Https;
    // In demo-server mode these keys are not used, so only their type is checked.
    let url_expected =
        "an https:// URL such as \"https://intake.example.jp/v1\" (required when mode = \"https\")";
    if https && !s.has("url") {
        s.missing("url", url_expected);
    }
    let url = s.text("url", url_expected, |t| {
        (!https || is_https_url(t)).then(|| t.to_owned())
    });
    let mut path = |key, what: &str| {
        let expected = format!("the path of {what} (required when mode = \"https\")");
        let path = s.text(key, &expected, non_empty_path);
        if https && !s.has(key) {
            s.missing(key, expected);
        }
        path
    };
    let ca_cert = path("ca_cert", "the CA certificate (PEM) of the intake server");
    let client_cert = path("client_cert", "this booth's client certificate (PEM)");
    let client_key = path("client_key", "this booth's private key (PEM)");
    IntakeConfig {
        mode,
        url,
        ca_cert,
        client_cert,
        client_key,
        timeout_s: s.whole("timeout_s", d.timeout_s, 1..=300, "seconds"),
    }
}

fn read_outbox(s: &mut Section) -> OutboxConfig {
    let d = OutboxConfig::default();
    OutboxConfig {
        warn_free_mb: s.whole("warn_free_mb", d.warn_free_mb, 1..=1_000_000, "megabytes"),
    }
}

fn read_printer(s: &mut Section, data_dir: &Path) -> PrinterConfig {
    let backend = s.choice(
        "backend",
        PrinterConfig::DEFAULT_BACKEND,
        PrinterBackend::CHOICES,
    );
    let paper_width_mm = s.whole(
        "paper_width_mm",
        PrinterConfig::DEFAULT_PAPER_WIDTH_MM,
        40..=210,
        "millimetres",
    );
    let cups = backend == PrinterBackend::Cups;
    let escpos = backend == PrinterBackend::Escpos;
    let cups_expected = "a printer URI such as \"ipp://127.0.0.1:631/printers/slip\" \
                         (ipp, ipps, http or https; required when backend = \"cups\")";
    let cups_uri = s.text("cups_uri", cups_expected, |t| {
        (!cups || is_printer_uri(t)).then(|| t.to_owned())
    });
    if cups && !s.has("cups_uri") {
        s.missing("cups_uri", cups_expected);
    }
    let escpos_expected =
        "host:port of the printer such as \"127.0.0.1:9100\" (required when backend = \"escpos\")";
    let escpos_addr = s.text("escpos_addr", escpos_expected, |t| {
        (!escpos || is_host_port(t)).then(|| t.to_owned())
    });
    if escpos && !s.has("escpos_addr") {
        s.missing("escpos_addr", escpos_expected);
    }
    let file_dir = s
        .text("file_dir", "a folder path", non_empty_path)
        .unwrap_or_else(|| data_dir.join(PrinterConfig::DEFAULT_FILE_SUBDIR));
    PrinterConfig {
        backend,
        paper_width_mm,
        cups_uri,
        escpos_addr,
        file_dir,
    }
}

fn read_photo(s: &mut Section) -> PhotoConfig {
    let d = PhotoConfig::default();
    let photo = PhotoConfig {
        max_retakes: s.whole("max_retakes", d.max_retakes, 0..=100, "retakes"),
        auto_capture_hold_ms: s.whole(
            "auto_capture_hold_ms",
            d.auto_capture_hold_ms,
            100..=5000,
            "milliseconds",
        ),
        countdown_s: s.whole("countdown_s", d.countdown_s, 0..=10, "seconds"),
        // Read from its own table, [photo.checks], by `build`.
        checks: d.checks,
    };
    if let Some(value) = s.value("checks").filter(|v| !v.is_table()) {
        s.wrong("checks", "a section [photo.checks]", value);
    }
    photo
}

/// `[photo.checks]`: every threshold in its range; warn below fail; the hard floor of the crop
/// height at most its preferred minimum.
fn read_photo_checks(s: &mut Section) -> PhotoChecksConfig {
    let d = PhotoChecksConfig::default();
    let c = PhotoChecksConfig {
        hysteresis: s.number("hysteresis", d.hysteresis, 0.0..=0.5, "a fraction"),
        face_present_min_score: s.number(
            "face_present_min_score",
            d.face_present_min_score,
            0.05..=0.99,
            "a score",
        ),
        not_too_close_min_margin: s.number(
            "not_too_close_min_margin",
            d.not_too_close_min_margin,
            0.0..=0.2,
            "a fraction of the frame",
        ),
        not_too_far_min_crop_px: s.number(
            "not_too_far_min_crop_px",
            d.not_too_far_min_crop_px,
            413.0..=8000.0,
            "pixels",
        ),
        not_too_far_floor_crop_px: s.number(
            "not_too_far_floor_crop_px",
            d.not_too_far_floor_crop_px,
            413.0..=8000.0,
            "pixels",
        ),
        not_too_far_min_eye_distance_px: s.number(
            "not_too_far_min_eye_distance_px",
            d.not_too_far_min_eye_distance_px,
            10.0..=2000.0,
            "pixels",
        ),
        centred_max_offset: s.number(
            "centred_max_offset",
            d.centred_max_offset,
            0.0..=0.5,
            "a fraction of the width",
        ),
        centred_min_ear_margin: s.number(
            "centred_min_ear_margin",
            d.centred_min_ear_margin,
            0.0..=0.4,
            "a fraction of the width",
        ),
        roll_max_deg: s.number("roll_max_deg", d.roll_max_deg, 0.5..=45.0, "degrees"),
        yaw_max_deg: s.number("yaw_max_deg", d.yaw_max_deg, 0.5..=45.0, "degrees"),
        pitch_max_deg: s.number("pitch_max_deg", d.pitch_max_deg, 0.5..=45.0, "degrees"),
        pitch_baseline_deg: s.number(
            "pitch_baseline_deg",
            d.pitch_baseline_deg,
            -45.0..=45.0,
            "degrees",
        ),
        eyes_open_min_ratio: s.number(
            "eyes_open_min_ratio",
            d.eyes_open_min_ratio,
            0.0..=1.0,
            "a ratio",
        ),
        mouth_closed_max_gap: s.number(
            "mouth_closed_max_gap",
            d.mouth_closed_max_gap,
            0.0..=0.5,
            "a ratio",
        ),
        neutral_expression_warn_lift: s.number(
            "neutral_expression_warn_lift",
            d.neutral_expression_warn_lift,
            0.0..=0.5,
            "a ratio",
        ),
        neutral_expression_fail_lift: s.number(
            "neutral_expression_fail_lift",
            d.neutral_expression_fail_lift,
            0.0..=0.5,
            "a ratio",
        ),
        eyes_visible_max_glare: s.number(
            "eyes_visible_max_glare",
            d.eyes_visible_max_glare,
            0.0..=1.0,
            "a fraction",
        ),
        eyes_visible_min_luminance: s.number(
            "eyes_visible_min_luminance",
            d.eyes_visible_min_luminance,
            0.0..=1.0,
            "a ratio",
        ),
        eyes_visible_min_iris_contrast: s.number(
            "eyes_visible_min_iris_contrast",
            d.eyes_visible_min_iris_contrast,
            0.0..=1.0,
            "a ratio",
        ),
        face_brightness_min: s.number(
            "face_brightness_min",
            d.face_brightness_min,
            0.0..=1.0,
            "linear luminance",
        ),
        face_brightness_max: s.number(
            "face_brightness_max",
            d.face_brightness_max,
            0.0..=1.0,
            "linear luminance",
        ),
        exposure_max_bright: s.number(
            "exposure_max_bright",
            d.exposure_max_bright,
            0.0..=1.0,
            "a fraction",
        ),
        exposure_max_dark: s.number(
            "exposure_max_dark",
            d.exposure_max_dark,
            0.0..=1.0,
            "a fraction",
        ),
        even_light_min_intersection: s.number(
            "even_light_min_intersection",
            d.even_light_min_intersection,
            0.0..=1.0,
            "a fraction",
        ),
        even_light_max_difference: s.number(
            "even_light_max_difference",
            d.even_light_max_difference,
            0.0..=1.0,
            "a fraction",
        ),
        sharpness_min_laplacian: s.number(
            "sharpness_min_laplacian",
            d.sharpness_min_laplacian,
            0.0..=10000.0,
            "Laplacian variance",
        ),
        sharpness_max_jitter_px: s.number(
            "sharpness_max_jitter_px",
            d.sharpness_max_jitter_px,
            0.0..=100.0,
            "pixels per frame",
        ),
        plain_background_warn_gradient: s.number(
            "plain_background_warn_gradient",
            d.plain_background_warn_gradient,
            0.0..=255.0,
            "grey levels per pixel",
        ),
        plain_background_fail_gradient: s.number(
            "plain_background_fail_gradient",
            d.plain_background_fail_gradient,
            0.0..=255.0,
            "grey levels per pixel",
        ),
        background_objects_max_std: s.number(
            "background_objects_max_std",
            d.background_objects_max_std,
            0.0..=1.0,
            "luminance",
        ),
        background_shadow_max_difference: s.number(
            "background_shadow_max_difference",
            d.background_shadow_max_difference,
            0.0..=1.0,
            "luminance",
        ),
        head_covering_warn_colour: s.number(
            "head_covering_warn_colour",
            d.head_covering_warn_colour,
            0.0..=1.0,
            "chromaticity distance",
        ),
        head_covering_warn_hat: s.number(
            "head_covering_warn_hat",
            d.head_covering_warn_hat,
            0.0..=1.0,
            "share of the head",
        ),
        head_covering_parsing: s.flag("head_covering_parsing", d.head_covering_parsing),
        backdrop: None,
    };
    if c.not_too_far_floor_crop_px > c.not_too_far_min_crop_px {
        s.report(
            "not_too_far_floor_crop_px",
            "a hard floor no larger than not_too_far_min_crop_px",
            Some(c.not_too_far_floor_crop_px.to_string()),
        );
    }
    if c.neutral_expression_warn_lift > c.neutral_expression_fail_lift {
        s.report(
            "neutral_expression_warn_lift",
            "a warning level no larger than neutral_expression_fail_lift",
            Some(c.neutral_expression_warn_lift.to_string()),
        );
    }
    if c.plain_background_warn_gradient > c.plain_background_fail_gradient {
        s.report(
            "plain_background_warn_gradient",
            "a warning level no larger than plain_background_fail_gradient",
            Some(c.plain_background_warn_gradient.to_string()),
        );
    }
    if c.face_brightness_min >= c.face_brightness_max {
        s.report(
            "face_brightness_min",
            "a minimum below face_brightness_max",
            Some(c.face_brightness_min.to_string()),
        );
    }
    c
}

/// `operator.pin_hash` and `operator.metrics_addr`. A problem with the hash never shows its
/// value: it may be a hash, or even a PIN.
/// Longest ALSA device name accepted (names like "plughw:CARD=Device,DEV=0" are far shorter).
const MAX_DEVICE_CHARS: usize = 100;

fn read_voice(s: &mut Section) -> VoiceConfig {
    let d = VoiceConfig::default();
    let enabled = s.flag("enabled", d.enabled);
    let device_expected = format!(
        "an ALSA device name of 1 to {MAX_DEVICE_CHARS} characters without spaces, such as \
         \"default\", \"plughw:1,0\" or \"null\""
    );
    let device = s.text("device", &device_expected, |t| {
        let ok = !t.is_empty()
            && is_one_line(t, MAX_DEVICE_CHARS)
            && !t.chars().any(char::is_whitespace)
            && !t.starts_with('-');
        ok.then(|| t.to_owned())
    });
    VoiceConfig {
        enabled,
        device: device.unwrap_or(d.device),
        rate_percent: s.whole("rate_percent", d.rate_percent, 50..=200, "percent"),
        volume_percent: s.whole("volume_percent", d.volume_percent, 10..=200, "percent"),
    }
}

fn read_operator(s: &mut Section) -> OperatorConfig {
    let expected = "an Argon2 PHC string such as \"$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>\", \
                    or \"\" to disable the operator screen";
    let pin_hash = match s.value("pin_hash") {
        None => String::new(),
        Some(value) => match value.as_str() {
            Some(hash) if hash.is_empty() || is_argon2_phc(hash) => hash.to_owned(),
            Some(hash) => {
                let found = format!("text of {} characters (not shown)", hash.chars().count());
                s.report("pin_hash", expected, Some(found));
                String::new()
            }
            None => {
                let found = format!("a {} (not shown)", value.type_str());
                s.report("pin_hash", expected, Some(found));
                String::new()
            }
        },
    };
    let metrics_expected = "a loopback address and port such as \"127.0.0.1:9464\", \
                            or \"\" to turn the metrics endpoint off";
    let metrics_addr = s
        .text("metrics_addr", metrics_expected, |t| {
            let loopback = t.is_empty()
                || t.parse::<std::net::SocketAddr>()
                    .is_ok_and(|a| a.ip().is_loopback());
            loopback.then(|| t.to_owned())
        })
        .unwrap_or_else(|| OperatorConfig::default().metrics_addr);
    OperatorConfig {
        pin_hash,
        metrics_addr,
    }
}
