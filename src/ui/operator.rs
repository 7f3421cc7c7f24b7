//! The operator screen: opened by five quick taps in the top-left corner and a PIN, it shows the
//! camera, the printer (with a test print), today's counts, recent warnings and errors, the
//! version, and lets staff exit to the desktop. It never shows anything about a user.

use std::sync::atomic::Ordering;

use egui::{Id, Modal, Pos2, Rect, RichText, TextureHandle, Vec2};

use super::screens::View;
use super::widgets::{self, Key, Kind};
use crate::camera::CameraStatus;
use crate::flow::{DigitBuffer, Millis};
use crate::i18n::Lang;
use crate::metrics::Metrics;
use crate::operator::Attempt;
use crate::slip::{PrintStatus, PrinterCondition};
use crate::voice::{Outcome, Spoken};
use crate::workers::{
    CalibrationNote, CalibrationRequest, CalibrationStatus, IntakeStatus, PrinterHealth, TestPrint,
};

/// Taps in the corner that open the PIN pad, and the time they must fall within.
const CORNER_TAPS: usize = 5;
const CORNER_WINDOW_MS: u64 = 3_000;
/// The corner's side, in millimetres on the glass.
const CORNER_MM: f32 = 15.0;
const PIN_MAX: usize = 12;

/// What the operator screen shows.
#[derive(Debug, Default)]
pub enum OperatorView {
    #[default]
    Closed,
    Pin {
        digits: DigitBuffer,
        message: Option<PinMessage>,
        checking: bool,
    },
    Open,
}

/// Feedback on the PIN pad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinMessage {
    Wrong(u32),
    Locked(Millis),
    Disabled,
}

/// What the operator screen asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorAction {
    VerifyPin(String),
    TestPrint,
    /// Try every waiting and refused application again now, after a network check.
    RetryDeliveries,
    /// Photo calibration: background reference, head baseline, or reset.
    Calibrate(CalibrationRequest),
    /// Say a test line in the operator screen's language.
    TestVoice,
    Exit,
}

/// What the operator screen reports on: nothing about any user.
#[derive(Clone, Copy)]
pub struct BoothHealth<'a> {
    pub metrics: &'a Metrics,
    pub camera: &'a CameraStatus,
    pub printer: &'a PrinterHealth,
    pub intake: &'a IntakeStatus,
    pub calibration: &'a CalibrationStatus,
    pub recent: &'a [String],
    /// The newest camera frame, for the preview (staff see what the camera sees).
    pub video: Option<&'a TextureHandle>,
    pub voice: VoiceHealth<'a>,
}

/// The voice guidance as the operator screen reports it.
#[derive(Clone, Copy)]
pub struct VoiceHealth<'a> {
    /// Whether the booth has a voice at all (kiosk-config `voice.enabled` or a voice worker).
    pub present: bool,
    /// Whether each session starts with the voice on.
    pub on_by_default: bool,
    /// False once the sound output failed (no sound card, a wrong ALSA device).
    pub output_ok: bool,
    /// Offered languages without a voice on this booth.
    pub silent: &'a [Lang],
    /// The lines spoken lately, oldest first: message ids only, nothing about a user.
    pub spoken: &'a [Spoken],
}

/// Lines of the voice log and of the error log the operator screen lists (it scrolls).
const LOG_LINES_KEPT: usize = 30;

/// Counts quick taps in the top-left corner.
#[derive(Debug, Default)]
pub struct CornerTaps(Vec<Millis>);

impl CornerTaps {
    /// Whether this frame's tap fell in the staff corner (where it must not start a session).
    pub fn tapped(ctx: &egui::Context, theme: &crate::ui::Theme) -> bool {
        let corner = Rect::from_min_size(Pos2::ZERO, Vec2::splat(CORNER_MM * theme.pt_per_mm));
        ctx.input(|i| {
            i.pointer.any_click() && i.pointer.interact_pos().is_some_and(|p| corner.contains(p))
        })
    }

    /// Records the frame's taps; true when the gesture is complete.
    pub fn feed(&mut self, ctx: &egui::Context, theme: &crate::ui::Theme, now: Millis) -> bool {
        let tapped = Self::tapped(ctx, theme);
        if tapped {
            self.0
                .retain(|t| now.saturating_sub(*t) <= CORNER_WINDOW_MS);
            self.0.push(now);
            if self.0.len() >= CORNER_TAPS {
                self.0.clear();
                return true;
            }
        }
        false
    }
}

impl OperatorView {
    pub fn is_open(&self) -> bool {
        !matches!(self, OperatorView::Closed)
    }

    /// Opens the PIN pad (or says the screen is disabled).
    pub fn open_pin(pin_set: bool) -> Self {
        OperatorView::Pin {
            digits: DigitBuffer::new(PIN_MAX),
            message: (!pin_set).then_some(PinMessage::Disabled),
            checking: false,
        }
    }

    /// Applies the verdict on a PIN.
    pub fn pin_checked(&mut self, attempt: Attempt) {
        *self = match attempt {
            Attempt::Granted => {
                tracing::warn!("operator screen opened");
                OperatorView::Open
            }
            Attempt::Wrong { attempts_left } => OperatorView::Pin {
                digits: DigitBuffer::new(PIN_MAX),
                message: Some(PinMessage::Wrong(attempts_left)),
                checking: false,
            },
            Attempt::LockedOut { until } => OperatorView::Pin {
                digits: DigitBuffer::new(PIN_MAX),
                message: Some(PinMessage::Locked(until)),
                checking: false,
            },
        };
    }
}

/// Draws the PIN pad or the operator screen.
pub fn show(
    ctx: &egui::Context,
    view: &mut OperatorView,
    v: &View<'_>,
    health: &BoothHealth<'_>,
) -> Option<OperatorAction> {
    let theme = v.theme;
    let frame = egui::Frame::new()
        .fill(theme.palette.surface)
        .corner_radius(theme.corner())
        .inner_margin(theme.margin);
    let mut action = None;
    let mut close = false;
    Modal::new(Id::unique("operator"))
        .frame(frame)
        .show(ctx, |ui| {
            ui.set_max_width(theme.touch * 22.0);
            match view {
                OperatorView::Closed => {}
                OperatorView::Pin {
                    digits,
                    message,
                    checking,
                } => {
                    ui.vertical_centered(|ui| {
                        widgets::heading(ui, theme, &v.t("operator-pin-title"));
                        ui.label(
                            RichText::new("●".repeat(digits.len())).font(theme.bold(theme.title)),
                        );
                        match message {
                            Some(PinMessage::Wrong(left)) => widgets::error(
                                ui,
                                theme,
                                &v.tr
                                    .t_args("operator-pin-wrong", &[("attempts", (*left).into())]),
                            ),
                            Some(PinMessage::Locked(until)) => {
                                let minutes = until.saturating_sub(v.now).div_ceil(60_000);
                                widgets::error(
                                    ui,
                                    theme,
                                    &v.tr.t_args(
                                        "operator-pin-locked",
                                        &[("minutes", minutes.into())],
                                    ),
                                );
                            }
                            Some(PinMessage::Disabled) => {
                                widgets::error(ui, theme, &v.t("operator-pin-disabled"));
                            }
                            None => {}
                        }
                        if *checking {
                            value(ui, theme, &v.t("operator-checking"));
                        } else if *message != Some(PinMessage::Disabled) {
                            match widgets::keypad(
                                ui,
                                theme,
                                &v.t("keypad-delete"),
                                &v.t("keypad-clear"),
                            ) {
                                Some(Key::Digit(d)) => {
                                    digits.push(d);
                                }
                                Some(Key::Delete) => digits.pop(),
                                Some(Key::Clear) => digits.clear(),
                                None => {}
                            }
                        }
                        let unlock = v.t("operator-unlock");
                        let cancel = v.t("operator-cancel");
                        let mut buttons = vec![(cancel.as_str(), Kind::Secondary)];
                        if !*checking && digits.len() >= 4 {
                            buttons.push((unlock.as_str(), Kind::Primary));
                        }
                        match widgets::button_row(ui, theme, &buttons) {
                            Some(0) => close = true,
                            Some(_) => {
                                *checking = true;
                                action =
                                    Some(OperatorAction::VerifyPin(digits.as_str().to_owned()));
                                digits.clear();
                            }
                            None => {}
                        }
                    });
                }
                OperatorView::Open => {
                    // It fits a 16:9 screen; with larger text (a booth configured so) it scrolls.
                    let max_height = ctx.content_rect().height() - theme.margin * 4.0;
                    egui::ScrollArea::vertical()
                        .id_salt("operator-screen")
                        .max_height(max_height)
                        .min_scrolled_height(max_height)
                        .show(ui, |ui| {
                            let (a, c) = open_screen(ui, v, health);
                            action = a;
                            close = c;
                        });
                }
            }
        });
    if close {
        *view = OperatorView::Closed;
    }
    action
}

/// The operator screen proper: the camera, its preview and its calibration on the left; today's
/// counts, the printer, the applications, the network and the voice on the right; the recent
/// warnings and spoken lines below. Returns the action asked for and whether to close.
fn open_screen(
    ui: &mut egui::Ui,
    v: &View<'_>,
    health: &BoothHealth<'_>,
) -> (Option<OperatorAction>, bool) {
    let theme = v.theme;
    let mut action = None;
    ui.horizontal(|ui| {
        widgets::title(ui, theme, &v.t("operator-title"));
        widgets::muted(
            ui,
            theme,
            &v.tr.t_args(
                "operator-version",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
        );
    });
    ui.columns(2, |cols| {
        if let Some(a) = camera_column(&mut cols[0], v, health) {
            action = Some(a);
        }
        if let Some(a) = status_column(&mut cols[1], v, health) {
            action = Some(a);
        }
    });
    ui.add_space(theme.gap_small);
    ui.columns(2, |cols| {
        recent_errors(&mut cols[0], v, health.recent);
        spoken_lines(&mut cols[1], v, health.voice.spoken);
    });
    let exit = v.t("operator-exit");
    let close_label = v.t("operator-close");
    let mut close = false;
    ui.vertical_centered(|ui| {
        match widgets::button_row(
            ui,
            theme,
            &[
                (exit.as_str(), Kind::Secondary),
                (close_label.as_str(), Kind::Primary),
            ],
        ) {
            Some(0) => action = Some(OperatorAction::Exit),
            Some(_) => close = true,
            None => {}
        }
    });
    (action, close)
}

/// What the camera sees (a live preview, so staff can check its view and height), its status
/// and the photo calibration.
fn camera_column(
    ui: &mut egui::Ui,
    v: &View<'_>,
    health: &BoothHealth<'_>,
) -> Option<OperatorAction> {
    let theme = v.theme;
    section(ui, v, "operator-camera");
    let camera_text = match health.camera {
        CameraStatus::Starting => v.t("operator-camera-starting"),
        CameraStatus::Live { demo: true, .. } => v.t("operator-camera-demo"),
        CameraStatus::Live { width, height, .. } => v.tr.t_args(
            "operator-camera-live",
            &[("width", (*width).into()), ("height", (*height).into())],
        ),
        CameraStatus::Lost { reason } => v.tr.t_args(
            "operator-camera-lost",
            &[("reason", reason.as_str().into())],
        ),
    };
    value(ui, theme, &camera_text);
    let live = matches!(health.camera, CameraStatus::Live { .. });
    match health.video.filter(|_| live) {
        Some(tex) if tex.size()[0] > 0 => {
            let [w, h] = tex.size();
            // Big enough to judge the view and the camera's height, small enough to leave the
            // calibration's buttons on the screen.
            let height = theme.touch * 3.2;
            let width = (height * w as f32 / h as f32).min(ui.available_width());
            let size = Vec2::new(width, width * h as f32 / w as f32);
            ui.add(
                egui::Image::from_texture((tex.id(), size))
                    .alt_text(v.t("operator-camera-preview")),
            );
        }
        _ => widgets::muted(ui, theme, &v.t("operator-camera-no-preview")),
    }
    ui.add_space(theme.gap_small);
    let mut action = None;
    egui::Grid::new("operator-calibration")
        .num_columns(2)
        .max_col_width(ui.available_width() * 0.7)
        .spacing([theme.gap, theme.gap_small])
        .show(ui, |ui| {
            action = calibration_rows(ui, v, health.calibration).map(OperatorAction::Calibrate);
        });
    action
}

/// Today's counts, the printer, the applications and the network, and the voice.
fn status_column(
    ui: &mut egui::Ui,
    v: &View<'_>,
    health: &BoothHealth<'_>,
) -> Option<OperatorAction> {
    let theme = v.theme;
    let mut action = None;
    // Values wrap inside the column rather than widening the screen past the glass.
    egui::Grid::new("operator-status")
        .num_columns(2)
        .max_col_width(ui.available_width() * 0.7)
        .spacing([theme.gap, theme.gap_small])
        .show(ui, |ui| {
            section(ui, v, "operator-metrics");
            let started = health.metrics.sessions_started.load(Ordering::Relaxed);
            let finished = health.metrics.sessions_finished.load(Ordering::Relaxed);
            value(
                ui,
                theme,
                &v.tr.t_args(
                    "operator-sessions",
                    &[("started", started.into()), ("finished", finished.into())],
                ),
            );
            ui.end_row();
            if printer_rows(ui, v, health.printer) {
                action = Some(OperatorAction::TestPrint);
            }
            if outbox_rows(ui, v, health.intake) {
                action = Some(OperatorAction::RetryDeliveries);
            }
            if voice_rows(ui, v, &health.voice) {
                action = Some(OperatorAction::TestVoice);
            }
        });
    action
}

/// The printer's condition, its last slip and test print. Returns true when staff asked for
/// a test print.
fn printer_rows(ui: &mut egui::Ui, v: &View<'_>, printer: &PrinterHealth) -> bool {
    let theme = v.theme;
    section(ui, v, "operator-printer");
    let mut test = false;
    ui.vertical(|ui| {
        let condition = match &printer.condition {
            None => v.t("operator-checking"),
            Some(c) => condition_text(v, c),
        };
        value(ui, theme, &condition);
        if let Some(status) = &printer.last_slip {
            let result = status_text(v, status);
            value(
                ui,
                theme,
                &v.tr.t_args(
                    "operator-printer-last-slip",
                    &[("result", result.as_str().into())],
                ),
            );
        }
        match &printer.last_test {
            Some(TestPrint::Pending) => value(ui, theme, &v.t("operator-test-print-sent")),
            done => {
                if let Some(TestPrint::Done(status)) = done {
                    let result = status_text(v, status);
                    value(
                        ui,
                        theme,
                        &v.tr.t_args(
                            "operator-printer-last-test",
                            &[("result", result.as_str().into())],
                        ),
                    );
                }
                test = widgets::secondary_button(ui, theme, &v.t("operator-test-print")).clicked();
            }
        }
    });
    ui.end_row();
    test
}

/// The voice: whether sessions start with it, whether the sound output works, which offered
/// languages have none. Returns true when staff asked for a test line.
fn voice_rows(ui: &mut egui::Ui, v: &View<'_>, voice: &VoiceHealth<'_>) -> bool {
    let theme = v.theme;
    section(ui, v, "operator-voice");
    let mut test = false;
    ui.vertical(|ui| {
        if !voice.present {
            value(ui, theme, &v.t("operator-voice-none"));
            return;
        }
        let start = if voice.on_by_default {
            v.t("operator-voice-on-by-default")
        } else {
            v.t("operator-voice-off-by-default")
        };
        value(ui, theme, &start);
        if voice.output_ok {
            value(ui, theme, &v.t("operator-voice-output-ok"));
        } else {
            widgets::error(ui, theme, &v.t("operator-voice-output-failed"));
        }
        if !voice.silent.is_empty() {
            let names: Vec<&str> = voice.silent.iter().map(|l| l.native_name()).collect();
            widgets::muted(
                ui,
                theme,
                &v.tr.t_args(
                    "operator-voice-silent",
                    &[("languages", names.join(", ").into())],
                ),
            );
        }
        test = widgets::secondary_button(ui, theme, &v.t("operator-voice-test")).clicked();
    });
    ui.end_row();
    test
}

/// The newest warnings and errors of the log (the log itself never holds personal data).
fn recent_errors(ui: &mut egui::Ui, v: &View<'_>, recent: &[String]) {
    let theme = v.theme;
    widgets::heading(ui, theme, &v.t("operator-recent-errors"));
    log_lines(ui, theme, "operator-recent-errors", |ui| {
        if recent.is_empty() {
            widgets::muted(ui, theme, &v.t("operator-no-errors"));
        }
        for line in recent.iter().take(LOG_LINES_KEPT) {
            ui.label(RichText::new(line).size(theme.small));
        }
    });
}

/// The lines the voice spoke lately, newest first: language, message ids and how it ended.
fn spoken_lines(ui: &mut egui::Ui, v: &View<'_>, spoken: &[Spoken]) {
    let theme = v.theme;
    widgets::heading(ui, theme, &v.t("operator-voice-log"));
    log_lines(ui, theme, "operator-voice-log", |ui| {
        if spoken.is_empty() {
            widgets::muted(ui, theme, &v.t("operator-voice-log-empty"));
        }
        spoken_entries(ui, v, spoken);
    });
}

/// A short scrolling list of log lines under its heading.
fn log_lines(
    ui: &mut egui::Ui,
    theme: &crate::ui::Theme,
    id: &str,
    add: impl FnOnce(&mut egui::Ui),
) {
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(theme.touch * 2.0)
        .auto_shrink([false, true])
        .show(ui, add);
}

/// The voice log's lines, newest first: language, message ids, how it ended, the engine.
fn spoken_entries(ui: &mut egui::Ui, v: &View<'_>, spoken: &[Spoken]) {
    let theme = v.theme;
    for line in spoken.iter().rev().take(LOG_LINES_KEPT) {
        let outcome = match line.outcome {
            Outcome::Played => v.t("operator-voice-played"),
            Outcome::Interrupted => v.t("operator-voice-interrupted"),
            Outcome::NoVoice => v.t("operator-voice-no-voice"),
            Outcome::Failed => v.t("operator-voice-failed"),
        };
        let text = format!(
            "{} · {} · {} · {}",
            line.lang.code(),
            line.ids.join(" + "),
            outcome,
            line.engine
        );
        ui.label(RichText::new(text).size(theme.small));
    }
}

/// The outbox and the intake server: applications waiting, refused ones, the network. Returns
/// true when staff asked to send everything now.
fn outbox_rows(ui: &mut egui::Ui, v: &View<'_>, intake: &IntakeStatus) -> bool {
    let theme = v.theme;
    section(ui, v, "operator-outbox");
    let text = match &intake.stats {
        Some(s) => v.tr.t_args(
            "operator-outbox-counts",
            &[
                ("waiting", s.pending.into()),
                ("refused", s.dead.into()),
                ("sent", s.sent.into()),
            ],
        ),
        None => v.t("operator-checking"),
    };
    value(ui, theme, &text);
    ui.end_row();
    // Disk nearly full: said before the outbox cannot write.
    if let Some(free) = intake.disk_free_bytes.filter(|_| intake.disk_low()) {
        ui.label("");
        let mb = free / (1000 * 1000);
        widgets::error(
            ui,
            theme,
            &v.tr.t_args("operator-disk-low", &[("free", mb.into())]),
        );
        ui.end_row();
    }
    section(ui, v, "operator-network");
    let mut retry = false;
    ui.vertical(|ui| {
        let state = match (intake.reachable, &intake.last_error) {
            (Some(true), _) => v.t("operator-network-ok"),
            (Some(false), Some(e)) => {
                v.tr.t_args("operator-network-down", &[("error", e.as_str().into())])
            }
            _ => v.t("operator-checking"),
        };
        value(ui, theme, &state);
        if intake.demo_server {
            widgets::muted(ui, theme, &v.t("operator-network-demo"));
        }
        retry = widgets::secondary_button(ui, theme, &v.t("operator-send-now")).clicked();
    });
    ui.end_row();
    retry
}

/// The photo calibration: the background reference and the head baseline, with buttons to
/// make them and to reset. Numbers only: no picture is ever shown or kept of a person.
fn calibration_rows(
    ui: &mut egui::Ui,
    v: &View<'_>,
    status: &CalibrationStatus,
) -> Option<CalibrationRequest> {
    let theme = v.theme;
    section(ui, v, "operator-calibration");
    let mut request = None;
    ui.vertical(|ui| {
        let current = &status.current;
        let backdrop = if current.backdrop.is_some() {
            v.t("operator-calibration-backdrop-set")
        } else {
            v.t("operator-calibration-backdrop-none")
        };
        value(ui, theme, &backdrop);
        let head = match current.head {
            Some(h) => v.tr.t_args(
                "operator-calibration-baseline",
                &[
                    ("pitch", format!("{:.1}", h.pitch_deg).into()),
                    ("height", format!("{:.0}", h.eye_line * 100.0).into()),
                ],
            ),
            None => v.t("operator-calibration-baseline-none"),
        };
        value(ui, theme, &head);
        if status.busy {
            widgets::muted(ui, theme, &v.t("operator-calibration-working"));
            return;
        }
        match &status.last {
            Some(CalibrationNote::Saved) => {
                widgets::muted(ui, theme, &v.t("operator-calibration-saved"));
            }
            Some(CalibrationNote::FaceInView) => {
                widgets::error(ui, theme, &v.t("operator-calibration-face-in-view"));
            }
            Some(CalibrationNote::NoFace) => {
                widgets::error(ui, theme, &v.t("operator-calibration-no-face"));
            }
            Some(CalibrationNote::NoCamera) => {
                widgets::error(ui, theme, &v.t("operator-calibration-no-camera"));
            }
            Some(CalibrationNote::Failed(reason)) => widgets::error(
                ui,
                theme,
                &v.tr.t_args(
                    "operator-calibration-failed",
                    &[("reason", reason.as_str().into())],
                ),
            ),
            None => {}
        }
        let buttons = [
            (
                "operator-calibration-capture-backdrop",
                CalibrationRequest::CaptureBackdrop,
            ),
            (
                "operator-calibration-record-baseline",
                CalibrationRequest::RecordBaseline,
            ),
            ("operator-calibration-reset", CalibrationRequest::Reset),
        ];
        ui.horizontal_wrapped(|ui| {
            for (id, r) in buttons {
                if widgets::secondary_button(ui, theme, &v.t(id)).clicked() {
                    request = Some(r);
                }
            }
        });
    });
    ui.end_row();
    request
}

/// The bold name of a part of the booth, at the head of its rows.
fn section(ui: &mut egui::Ui, v: &View<'_>, id: &str) {
    ui.label(RichText::new(v.t(id)).font(v.theme.bold(v.theme.body)));
}

/// A line of the operator screen in body size, wrapped at its column (staff read it close up,
/// so it needs no comfortable line length as the users' screens do).
fn value(ui: &mut egui::Ui, theme: &crate::ui::Theme, text: &str) {
    ui.add(
        egui::Label::new(
            RichText::new(text)
                .size(theme.body)
                .color(theme.palette.text),
        )
        .wrap(),
    );
}

/// The printer's condition in the operator's language.
fn condition_text(v: &View<'_>, condition: &PrinterCondition) -> String {
    match condition {
        PrinterCondition::Ready => v.t("operator-printer-ready"),
        PrinterCondition::Offline => v.t("operator-printer-offline"),
        PrinterCondition::OutOfPaper => v.t("operator-printer-paper-out"),
        PrinterCondition::Error(reason) => v.tr.t_args(
            "operator-printer-error",
            &[("reason", reason.as_str().into())],
        ),
        PrinterCondition::NotConfigured => v.t("operator-printer-none"),
    }
}

/// What became of a slip, in the operator's language.
fn status_text(v: &View<'_>, status: &PrintStatus) -> String {
    match status {
        PrintStatus::Printed => v.t("operator-job-printed"),
        PrintStatus::SavedToFile(_) => v.t("operator-job-saved"),
        PrintStatus::TimedOut => v.t("operator-job-timed-out"),
        other => condition_text(v, &PrinterCondition::from_status(other)),
    }
}
