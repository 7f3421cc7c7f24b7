//! Turns a [`KioskConfig`] into a running [`BoothApp`]: the flow's rules, the theme, the
//! workers. Shared by the kiosk binary and the UI tests, so both run the same booth.

use std::sync::Arc;

use crate::config::{CameraSource, KioskConfig};
use crate::flow::Rules;
use crate::i18n::{I18nError, Localizer};
use crate::slip::{BoothInfo, DEFAULT_PRINT_DEADLINE};
use crate::ui::{
    BoothApp, BoothDisplay, Clock, FontError, FontLibrary, Look, OperatorSetup, Theme, ThemeSpec,
};
use crate::voice::{Tuning, Voice, VoiceSettings};
use crate::workers::{CameraChoice, CameraOverride, Notify, Services, ServicesConfig, StartError};

/// How much longer than the printer's deadline the slip screen waits for the worker's answer.
const PRINT_WAIT_MARGIN_MS: u64 = 5_000;

/// Something the booth needs to start is missing.
#[derive(Debug, thiserror::Error)]
pub enum AssembleError {
    #[error(transparent)]
    Locales(#[from] I18nError),
    #[error(transparent)]
    Fonts(#[from] FontError),
    #[error(transparent)]
    Workers(#[from] StartError),
}

/// The flow's rules from kiosk-config.
pub fn rules(cfg: &KioskConfig) -> Rules {
    let ms = |s: u32| u64::from(s) * 1000;
    Rules {
        inactivity_warning_ms: ms(cfg.timeouts.inactivity_warning_s),
        inactivity_reset_ms: ms(cfg.timeouts.inactivity_reset_s),
        manual_entry_offer_ms: ms(cfg.timeouts.manual_entry_offer_s),
        slip_screen_ms: ms(cfg.timeouts.slip_screen_s),
        // The printer has its deadline; the screen then waits a little more for the worker's
        // answer (the worker may still be asking why and cancelling), never longer.
        print_wait_ms: u64::try_from(DEFAULT_PRINT_DEADLINE.as_millis())
            .unwrap_or(u64::MAX)
            .saturating_add(PRINT_WAIT_MARGIN_MS),
        goodbye_ms: ms(cfg.timeouts.goodbye_s),
        auto_capture_hold_ms: u64::from(cfg.photo.auto_capture_hold_ms),
        countdown_ms: ms(cfg.photo.countdown_s),
        max_retakes: cfg.photo.max_retakes,
        default_language: cfg.ui.default_language,
        ..Rules::default()
    }
}

/// The screen the theme is made for.
pub fn theme_spec(cfg: &KioskConfig) -> ThemeSpec {
    ThemeSpec {
        diagonal_inch: cfg.ui.screen_diagonal_inch,
        resolution: cfg.ui.screen_resolution,
        touch_mm: cfg.ui.touch_target_mm,
    }
}

/// The look every session starts with (kiosk-config `ui.larger_text`, `ui.high_contrast`).
pub fn default_look(cfg: &KioskConfig) -> Look {
    Look {
        larger_text: cfg.ui.larger_text,
        high_contrast: cfg.ui.high_contrast,
    }
}

/// The theme a session starts with on the configured screen.
pub fn theme(cfg: &KioskConfig) -> Theme {
    theme_spec(cfg).theme(default_look(cfg))
}

/// What the workers need from kiosk-config.
pub fn services_config(cfg: &KioskConfig) -> ServicesConfig {
    ServicesConfig {
        camera: match cfg.camera.source {
            CameraSource::Auto => CameraChoice::Auto,
            CameraSource::Demo => CameraChoice::Demo,
            CameraSource::V4l => CameraChoice::Real,
        },
        width: cfg.camera.width,
        height: cfg.camera.height,
        fps: cfg.camera.fps,
        data_dir: cfg.booth.data_dir.clone(),
        printer: cfg.printer.clone(),
        booth: BoothInfo {
            booth_id: cfg.booth.id.clone(),
            location: cfg.booth.location.clone(),
        },
        intake: cfg.intake.clone(),
        utc_offset_minutes: cfg.booth.utc_offset_minutes,
        photo_checks: cfg.photo.checks,
        disk_warn_bytes: cfg.outbox.warn_free_bytes(),
    }
}

/// Builds the whole booth. `notify` is called from workers when something new is ready
/// (the kiosk requests a repaint).
pub fn booth_app(
    cfg: &KioskConfig,
    clock: Box<dyn Clock>,
    notify: Notify,
    operator: OperatorSetup,
) -> Result<BoothApp, AssembleError> {
    booth_app_with_camera(cfg, clock, notify, operator, None)
}

/// [`booth_app`] with, when `camera` is given, that camera instead of kiosk-config's (fault
/// tests: a source that fails and recovers).
pub fn booth_app_with_camera(
    cfg: &KioskConfig,
    clock: Box<dyn Clock>,
    notify: Notify,
    mut operator: OperatorSetup,
    camera: Option<CameraOverride>,
) -> Result<BoothApp, AssembleError> {
    crate::memory::keep_large_buffers_out_of_the_heap();
    operator.pin_hash = cfg
        .operator
        .screen_enabled()
        .then(|| cfg.operator.pin_hash.clone());
    let loc = Arc::new(Localizer::load()?);
    let fonts = FontLibrary::load()?;
    let services = match camera {
        Some(camera) => {
            Services::start_with_camera(&services_config(cfg), Arc::clone(&loc), notify, camera)?
        }
        None => Services::start(&services_config(cfg), Arc::clone(&loc), notify)?,
    };
    let display = BoothDisplay {
        price_yen: cfg.ui.price_yen,
        demo_camera: services.is_demo(),
        demo_intake: cfg.intake.mode == crate::config::IntakeMode::DemoServer,
        languages: cfg.ui.languages.clone(),
        needs_attention: false,
    };
    let voice = Voice::start(voice_settings(cfg), Arc::clone(&loc));
    Ok(BoothApp::new(
        rules(cfg),
        loc,
        fonts,
        theme(cfg),
        services,
        clock,
        display,
        operator,
    )
    .with_looks(theme_spec(cfg), default_look(cfg))
    .with_voice(voice, cfg.voice.enabled))
}

/// What the voice needs from kiosk-config.
pub fn voice_settings(cfg: &KioskConfig) -> VoiceSettings {
    VoiceSettings {
        device: cfg.voice.device.clone(),
        tuning: Tuning {
            rate_percent: cfg.voice.rate_percent,
            volume_percent: cfg.voice.volume_percent,
        },
    }
}
