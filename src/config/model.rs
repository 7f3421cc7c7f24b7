//! The typed kiosk configuration: one struct per section of `kiosk-config/booth.toml`, the
//! documented defaults, and small helpers (durations, millimetres to pixels) that the rest of
//! the booth uses instead of reading raw numbers.
//!
//! Nothing here reads files or checks values: `validate.rs` turns a TOML table into these types
//! and guarantees that every value is inside the ranges documented in `kiosk-config/README.md`.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use crate::i18n::Lang;

/// Everything an operator configures for one booth.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    pub booth: BoothConfig,
    pub ui: UiConfig,
    pub timeouts: Timeouts,
    pub camera: CameraConfig,
    pub intake: IntakeConfig,
    pub outbox: OutboxConfig,
    pub printer: PrinterConfig,
    pub photo: PhotoConfig,
    pub voice: VoiceConfig,
    pub operator: OperatorConfig,
}

/// `[booth]`: who and where this booth is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoothConfig {
    /// 1–64 characters of `A–Z a–z 0–9 . _ -`; printed on slips and sent with applications.
    pub id: String,
    /// Free text printed on the slip, e.g. "Demo store, Tokyo". May be empty.
    pub location: String,
    /// Local time offset from UTC in minutes (`"+09:00"` in the file is 540).
    pub utc_offset_minutes: i32,
    /// Folder for the outbox, slips and logs. `MYNA_BOOTH_DATA_DIR` overrides the file's value.
    pub data_dir: PathBuf,
}

/// Defaults of `[booth]` (the id has none: it is required).
impl BoothConfig {
    pub const DEFAULT_LOCATION: &'static str = "";
    pub const DEFAULT_UTC_OFFSET_MINUTES: i32 = 9 * 60;
    pub const DEFAULT_DATA_DIR: &'static str = "/var/lib/myna-booth";
}

/// `[ui]`: what the touch screen offers and how big things are drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct UiConfig {
    /// Languages offered, in chooser order; never empty, no duplicates.
    pub languages: Vec<Lang>,
    /// Language of the attract screen and after every reset; always one of `languages`.
    pub default_language: Lang,
    /// Price shown on the attract screen; 0 means free.
    pub price_yen: u32,
    pub fullscreen: bool,
    pub hide_cursor: bool,
    /// Smallest size of anything the user touches, in millimetres on the glass (7–40).
    pub touch_target_mm: f32,
    /// Physical screen size, to turn millimetres into pixels.
    pub screen_diagonal_inch: f32,
    /// Screen size in pixels, `[width, height]`.
    pub screen_resolution: [u32; 2],
    /// Start every session with the larger text size.
    pub larger_text: bool,
    /// Start every session with the high-contrast colours.
    pub high_contrast: bool,
}

impl UiConfig {
    /// Pixels per millimetre on the glass, from the diagonal in inches and the resolution.
    pub fn px_per_mm(&self) -> f32 {
        let [w, h] = self.screen_resolution.map(|p| p as f32);
        let diagonal_px = (w * w + h * h).sqrt();
        diagonal_px / (self.screen_diagonal_inch * 25.4)
    }

    /// A length on the glass, in physical pixels.
    pub fn mm_to_px(&self, mm: f32) -> f32 {
        mm * self.px_per_mm()
    }

    /// The smallest touch target, in physical pixels.
    pub fn touch_target_px(&self) -> f32 {
        self.mm_to_px(self.touch_target_mm)
    }
}

impl Default for UiConfig {
    fn default() -> Self {
        UiConfig {
            languages: Lang::ALL.to_vec(),
            default_language: Lang::Ja,
            price_yen: 0,
            fullscreen: true,
            hide_cursor: true,
            touch_target_mm: 15.0,
            screen_diagonal_inch: 21.5,
            screen_resolution: [1920, 1080],
            larger_text: false,
            high_contrast: false,
        }
    }
}

/// `[timeouts]`, in whole seconds (1–3600 each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Without a touch for this long, the "are you still there?" warning appears.
    pub inactivity_warning_s: u32,
    /// The countdown shown by that warning; at zero the session is wiped.
    pub inactivity_reset_s: u32,
    /// On the scan screen, offer the keypad after this long without a readable QR code.
    pub manual_entry_offer_s: u32,
    /// How long the slip screen stays before the goodbye screen.
    pub slip_screen_s: u32,
    /// How long the goodbye screen stays before the attract screen.
    pub goodbye_s: u32,
}

impl Timeouts {
    pub fn inactivity_warning(&self) -> Duration {
        secs(self.inactivity_warning_s)
    }
    pub fn inactivity_reset(&self) -> Duration {
        secs(self.inactivity_reset_s)
    }
    pub fn manual_entry_offer(&self) -> Duration {
        secs(self.manual_entry_offer_s)
    }
    pub fn slip_screen(&self) -> Duration {
        secs(self.slip_screen_s)
    }
    pub fn goodbye(&self) -> Duration {
        secs(self.goodbye_s)
    }
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            inactivity_warning_s: 60,
            inactivity_reset_s: 20,
            manual_entry_offer_s: 20,
            slip_screen_s: 30,
            goodbye_s: 6,
        }
    }
}

/// Where camera frames come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CameraSource {
    /// The real camera if one is found, else demo mode.
    Auto,
    /// Recorded demo frames; no camera needed.
    Demo,
    /// A Video4Linux camera (`/dev/video<device_index>`).
    V4l,
}

/// `[camera]`: the capture format requested from the camera.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CameraConfig {
    pub source: CameraSource,
    pub width: u32,
    pub height: u32,
    pub fps: u32,
    pub device_index: u32,
}

impl Default for CameraConfig {
    fn default() -> Self {
        CameraConfig {
            source: CameraSource::Auto,
            width: 1280,
            height: 720,
            fps: 30,
            device_index: 0,
        }
    }
}

/// Where applications go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntakeMode {
    /// Sent over mutual TLS to the reference intake server, started in-process on loopback
    /// with a generated CA and a few demo forms; it keeps applications in memory only.
    DemoServer,
    /// Sent to the intake server over mutual TLS.
    Https,
}

/// `[intake]`: the server that receives applications.
///
/// `url` and the three certificate paths are always `Some` when `mode` is `Https`; in
/// `DemoServer` mode they are whatever the file says and are not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntakeConfig {
    pub mode: IntakeMode,
    /// An `https://` URL (the intake API's base).
    pub url: Option<String>,
    /// CA certificate (PEM) that the server's certificate must chain to.
    pub ca_cert: Option<PathBuf>,
    /// This booth's client certificate (PEM).
    pub client_cert: Option<PathBuf>,
    /// This booth's private key (PEM).
    pub client_key: Option<PathBuf>,
    /// Time limit of one request, in seconds.
    pub timeout_s: u32,
}

impl IntakeConfig {
    pub fn timeout(&self) -> Duration {
        secs(self.timeout_s)
    }
}

impl Default for IntakeConfig {
    fn default() -> Self {
        IntakeConfig {
            mode: IntakeMode::DemoServer,
            url: None,
            ca_cert: None,
            client_cert: None,
            client_key: None,
            timeout_s: 20,
        }
    }
}

/// How slips are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrinterBackend {
    /// Slips are written as files into `file_dir` (demo, tests).
    File,
    /// A CUPS/IPP queue at `cups_uri`.
    Cups,
    /// A raw ESC/POS thermal printer at `escpos_addr` (host:port).
    Escpos,
    /// No printer: the slip screen only shows the slip.
    None,
}

/// `[printer]`: the slip printer.
///
/// `cups_uri` is `Some` when the backend is `Cups`, `escpos_addr` when it is `Escpos`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    pub backend: PrinterBackend,
    /// Printable paper width in millimetres.
    pub paper_width_mm: u32,
    /// `ipp://`, `ipps://`, `http://` or `https://` URI of the CUPS queue.
    pub cups_uri: Option<String>,
    /// `host:port` of the ESC/POS printer.
    pub escpos_addr: Option<String>,
    /// Folder of the `file` backend; `<data_dir>/slips` unless the file names one.
    pub file_dir: PathBuf,
}

/// Defaults of `[printer]` (`file_dir` depends on `booth.data_dir`).
impl PrinterConfig {
    pub const DEFAULT_BACKEND: PrinterBackend = PrinterBackend::File;
    pub const DEFAULT_PAPER_WIDTH_MM: u32 = 80;
    /// Name of the default slip folder inside `booth.data_dir`.
    pub const DEFAULT_FILE_SUBDIR: &'static str = "slips";
}

/// `[photo]`: how the photo step behaves, and (`[photo.checks]`) the thresholds of design §3.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhotoConfig {
    /// Retakes allowed after the first shot; 0 means unlimited.
    pub max_retakes: u32,
    /// Every check must hold this long before the countdown starts.
    pub auto_capture_hold_ms: u32,
    /// Length of the 3-2-1 countdown; 0 captures at once.
    pub countdown_s: u32,
    /// `[photo.checks]`: thresholds of the twenty photo checks.
    pub checks: PhotoChecksConfig,
}

impl PhotoConfig {
    /// The retake limit, or `None` when retakes are unlimited.
    pub fn retake_limit(&self) -> Option<u32> {
        (self.max_retakes > 0).then_some(self.max_retakes)
    }
    pub fn auto_capture_hold(&self) -> Duration {
        Duration::from_millis(u64::from(self.auto_capture_hold_ms))
    }
    pub fn countdown(&self) -> Duration {
        secs(self.countdown_s)
    }
}

impl Default for PhotoConfig {
    fn default() -> Self {
        PhotoConfig {
            max_retakes: 0,
            auto_capture_hold_ms: 700,
            countdown_s: 3,
            checks: PhotoChecksConfig::default(),
        }
    }
}

/// `[photo.checks]`: the thresholds of the photo checks of design §3, each key named after
/// the check it belongs to. Ratios are fractions (0.05 = 5 %), angles degrees, sizes camera
/// pixels. A check that passed keeps passing until its value crosses the threshold by more
/// than `hysteresis` (a fraction of the threshold), so a verdict does not flicker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhotoChecksConfig {
    pub hysteresis: f32,
    pub face_present_min_score: f32,
    pub not_too_close_min_margin: f32,
    pub not_too_far_min_crop_px: f32,
    pub not_too_far_floor_crop_px: f32,
    pub not_too_far_min_eye_distance_px: f32,
    pub centred_max_offset: f32,
    pub centred_min_ear_margin: f32,
    pub roll_max_deg: f32,
    pub yaw_max_deg: f32,
    pub pitch_max_deg: f32,
    pub pitch_baseline_deg: f32,
    pub eyes_open_min_ratio: f32,
    pub mouth_closed_max_gap: f32,
    pub neutral_expression_warn_lift: f32,
    pub neutral_expression_fail_lift: f32,
    pub eyes_visible_max_glare: f32,
    pub eyes_visible_min_luminance: f32,
    pub eyes_visible_min_iris_contrast: f32,
    pub face_brightness_min: f32,
    pub face_brightness_max: f32,
    pub exposure_max_bright: f32,
    pub exposure_max_dark: f32,
    pub even_light_min_intersection: f32,
    pub even_light_max_difference: f32,
    pub sharpness_min_laplacian: f32,
    pub sharpness_max_jitter_px: f32,
    pub plain_background_warn_gradient: f32,
    pub plain_background_fail_gradient: f32,
    pub background_objects_max_std: f32,
    pub background_shadow_max_difference: f32,
    pub head_covering_warn_colour: f32,
    /// Share of the head above the brows the face-parsing network labels hat.
    pub head_covering_warn_hat: f32,
    /// Whether `head_covering` uses the face-parsing network (see `assets/models/NOTICE.md`).
    pub head_covering_parsing: bool,
    /// The empty booth's background reference from the operator's photo calibration: set at
    /// run time (`photo::calibration`), never read from the file. `None` until calibrated.
    pub backdrop: Option<crate::photo::calibration::Backdrop>,
}

impl Default for PhotoChecksConfig {
    fn default() -> Self {
        PhotoChecksConfig {
            hysteresis: 0.05,
            face_present_min_score: 0.5,
            not_too_close_min_margin: 0.01,
            not_too_far_min_crop_px: 600.0,
            not_too_far_floor_crop_px: 531.0,
            not_too_far_min_eye_distance_px: 90.0,
            centred_max_offset: 0.05,
            centred_min_ear_margin: 0.057,
            roll_max_deg: 5.0,
            yaw_max_deg: 5.0,
            pitch_max_deg: 6.0,
            // The mesh measures ~11° on a level frontal portrait (astronaut.png); per booth,
            // set 0, run check-photo on a level head and use its pitch value.
            pitch_baseline_deg: 10.0,
            eyes_open_min_ratio: 0.20,
            mouth_closed_max_gap: 0.04,
            neutral_expression_warn_lift: 0.035,
            neutral_expression_fail_lift: 0.05,
            eyes_visible_max_glare: 0.02,
            eyes_visible_min_luminance: 0.45,
            eyes_visible_min_iris_contrast: 0.2,
            face_brightness_min: 0.245,
            face_brightness_max: 0.755,
            exposure_max_bright: 0.01,
            exposure_max_dark: 0.50,
            even_light_min_intersection: 0.10,
            even_light_max_difference: 0.25,
            sharpness_min_laplacian: 20.0,
            sharpness_max_jitter_px: 1.0,
            plain_background_warn_gradient: 10.0,
            plain_background_fail_gradient: 15.0,
            background_objects_max_std: 0.08,
            background_shadow_max_difference: 0.08,
            head_covering_warn_colour: 0.05,
            head_covering_warn_hat: 0.5,
            head_covering_parsing: true,
            backdrop: None,
        }
    }
}

/// `[outbox]`: the applications waiting on this booth's disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxConfig {
    /// Below this much free space (MB) on the data directory's filesystem the operator screen,
    /// `/health` and the metrics warn, well before the outbox can no longer store applications.
    pub warn_free_mb: u32,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        // Room for a few hundred applications (about 300 KB each), logs and slips.
        Self { warn_free_mb: 256 }
    }
}

impl OutboxConfig {
    /// The threshold in bytes.
    pub fn warn_free_bytes(&self) -> u64 {
        u64::from(self.warn_free_mb) * 1_000_000
    }
}

/// `[voice]`: spoken guidance (`src/voice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceConfig {
    /// Start every session with voice guidance on (users can still mute it).
    pub enabled: bool,
    /// The ALSA device `aplay -D` plays to, e.g. "default", "plughw:1,0", "null".
    pub device: String,
    /// Speaking rate in percent of the voice's normal rate (50–200).
    pub rate_percent: u32,
    /// Loudness in percent of the voice's normal volume (10–200).
    pub volume_percent: u32,
}

impl Default for VoiceConfig {
    fn default() -> Self {
        VoiceConfig {
            enabled: true,
            device: "default".to_owned(),
            rate_percent: 100,
            volume_percent: 100,
        }
    }
}

/// `[operator]`: access to the hidden operator screen.
#[derive(Clone, PartialEq, Eq)]
pub struct OperatorConfig {
    /// Argon2 PHC string of the operator PIN; empty disables the operator screen.
    pub pin_hash: String,
    /// Loopback address of the health and metrics endpoint; empty turns it off.
    pub metrics_addr: String,
}

impl Default for OperatorConfig {
    fn default() -> Self {
        Self {
            pin_hash: String::new(),
            metrics_addr: "127.0.0.1:9464".to_owned(),
        }
    }
}

impl OperatorConfig {
    /// Whether a PIN is configured (the operator screen is disabled otherwise).
    pub fn screen_enabled(&self) -> bool {
        !self.pin_hash.is_empty()
    }
}

/// Never prints the hash itself: logs and panics must not carry it.
impl fmt::Debug for OperatorConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = if self.pin_hash.is_empty() {
            "<empty>"
        } else {
            "<set>"
        };
        f.debug_struct("OperatorConfig")
            .field("pin_hash", &format_args!("{shown}"))
            .field("metrics_addr", &self.metrics_addr)
            .finish()
    }
}

fn secs(s: u32) -> Duration {
    Duration::from_secs(u64::from(s))
}

/// Each choice's spelling in the file, in the order the README lists them.
impl CameraSource {
    pub const CHOICES: &'static [(CameraSource, &'static str)] = &[
        (CameraSource::Auto, "auto"),
        (CameraSource::Demo, "demo"),
        (CameraSource::V4l, "v4l"),
    ];
}

/// Each choice's spelling in the file, in the order the README lists them.
impl IntakeMode {
    pub const CHOICES: &'static [(IntakeMode, &'static str)] = &[
        (IntakeMode::DemoServer, "demo-server"),
        (IntakeMode::Https, "https"),
    ];
}

/// Each choice's spelling in the file, in the order the README lists them.
impl PrinterBackend {
    pub const CHOICES: &'static [(PrinterBackend, &'static str)] = &[
        (PrinterBackend::File, "file"),
        (PrinterBackend::Cups, "cups"),
        (PrinterBackend::Escpos, "escpos"),
        (PrinterBackend::None, "none"),
    ];
}

/// Shows a choice as it is spelled in the file (for logs and the operator screen).
fn spelling<T: PartialEq>(choices: &[(T, &'static str)], value: &T) -> &'static str {
    choices
        .iter()
        .find(|(choice, _)| choice == value)
        .map_or("?", |(_, name)| name)
}

impl fmt::Display for CameraSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(spelling(Self::CHOICES, self))
    }
}

impl fmt::Display for IntakeMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(spelling(Self::CHOICES, self))
    }
}

impl fmt::Display for PrinterBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(spelling(Self::CHOICES, self))
    }
}
