//! The booth's workers (camera, QR scanning, photo capture, submission, slip) behind one
//! [`Services`] facade that the UI thread polls without ever blocking.

mod calibration;
mod hat_reader;
mod intake;
mod photo_guide;
mod printing;
mod worker;

pub use calibration::{CalibrationNote, CalibrationRequest, CalibrationService, CalibrationStatus};
pub use intake::{IntakeReport, IntakeService, IntakeSetupError, IntakeStatus, SUBMIT_ACK_WAIT};
pub use photo_guide::{GuideError, PhotoGuide};
pub use printing::{PrintSetup, PrintWorker, PrinterHealth, TestPrint};
pub use worker::{Done, Notify, Worker};

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::camera::{
    CameraError, CameraHandle, CameraStatus, CameraTimings, DemoDirector, DemoScene, DemoSource,
    FrameSource, NokhwaSource, SourceFactory, spawn_camera, spawn_camera_with,
};
use crate::config::{IntakeConfig, PhotoChecksConfig, PrinterConfig};
use crate::domain::ApplicationId;
use crate::flow::{Application, Event, Screen, SlipRequest};
use crate::i18n::{Lang, Localizer};
use crate::photo::{CropRect, IdPhoto, id_photo_from_crop, id_photo_from_frame};
use crate::scan::{ScanReport, ScanWorker, spawn_scan_worker};
use crate::slip::{BoothInfo, DEFAULT_PRINT_DEADLINE};

/// The ID printed in the QR code of the demo camera's application form. Not a real form.
pub const DEMO_FORM_ID: &str = "20261121000000000012345";

/// The QR payload of the demo form: a URL of a reserved, non-existent domain carrying the ID.
pub fn demo_form_payload() -> String {
    format!("https://myna-booth.invalid/apply?id={DEMO_FORM_ID}")
}

/// Which camera the booth uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraChoice {
    /// A real webcam if one is present, else the demo scene.
    Auto,
    Demo,
    Real,
}

/// What the services need to start.
#[derive(Debug, Clone)]
pub struct ServicesConfig {
    pub camera: CameraChoice,
    pub width: u32,
    pub height: u32,
    pub fps: u32,
    pub data_dir: PathBuf,
    /// `[printer]` of kiosk-config: where slips go.
    pub printer: PrinterConfig,
    pub booth: BoothInfo,
    pub intake: IntakeConfig,
    /// UTC offset of the booth's local time, in minutes (Japan: 540).
    pub utc_offset_minutes: i32,
    /// `[photo.checks]` of kiosk-config: the photo guide's thresholds.
    pub photo_checks: PhotoChecksConfig,
    /// `[outbox] warn_free_mb` of kiosk-config, in bytes.
    pub disk_warn_bytes: u64,
}

/// A camera chosen by the caller rather than by kiosk-config ([`Services::start_with_camera`]).
pub struct CameraOverride {
    /// Builds a fresh source, at start and after every failure.
    pub factory: SourceFactory,
    /// The demo scene director the source plays, if any: the booth then sets its scene per
    /// screen (form on the scan screen, person on the photo screens) and shows the demo banner.
    pub director: Option<DemoDirector>,
    pub timings: CameraTimings,
}

/// A worker that a fault drill makes panic on its next job ([`Services::drill_panic`]). The
/// camera has no drill: a failing [`FrameSource`] is its fault seam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrillTarget {
    /// Making the ID photo from a frame.
    Capture,
    /// The live photo analysis.
    PhotoGuide,
    /// Storing an application in the outbox (the submit step).
    Submit,
    /// The outbox's delivery loop.
    Delivery,
    /// Printing the slip.
    Slip,
}

/// A worker could not be started.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("could not start the {what} worker: {source}")]
    Thread {
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Intake(#[from] IntakeSetupError),
}

/// Every worker of the booth.
pub struct Services {
    camera: CameraHandle,
    demo: Option<DemoDirector>,
    scan: ScanWorker,
    capture: Worker<Option<CropRect>, Result<IdPhoto, String>>,
    guide: PhotoGuide,
    /// Restarts counted by photo guides replaced after a calibration.
    retired_guide_restarts: u64,
    /// kiosk-config's `[photo.checks]`; the guide runs them with the calibration applied.
    photo_checks: PhotoChecksConfig,
    calibration: CalibrationService,
    notify: Notify,
    intake: IntakeService,
    print: PrintWorker,
    pin: Worker<(String, String), bool>,
    camera_was_lost: bool,
    /// Whether the current screen shows live video: only then does a new camera frame ask
    /// for a repaint (an idle booth would otherwise redraw at the camera's frame rate).
    video_wanted: Arc<AtomicBool>,
    /// The operator screen's camera preview is open.
    preview: bool,
    scene: Option<Screen>,
    /// Demo mode: the form on the scan screen has glare on its code (unreadable).
    demo_glare: bool,
    demo_cap: bool,
    /// Frames on which the QR decoder panicked (each one isolated and skipped).
    decoder_panics: u64,
}

/// How long a capture waits for a first frame, in 50 ms steps (2 s).
const FIRST_FRAME_WAIT_STEPS: usize = 40;

/// The camera's "new frame" callback: it asks for a repaint only while the screen shows live
/// video (an idle booth would otherwise redraw at the camera's frame rate); status changes
/// still show within the UI's own 250 ms repaint.
fn video_notify(notify: &Notify) -> (Arc<AtomicBool>, Notify) {
    let wanted = Arc::new(AtomicBool::new(false));
    let (w, notify) = (Arc::clone(&wanted), notify.clone());
    let filtered: Notify = Arc::new(move || {
        if w.load(Ordering::Relaxed) {
            notify();
        }
    });
    (wanted, filtered)
}

impl Services {
    /// Starts the camera (or the demo scene) and every worker.
    pub fn start(
        cfg: &ServicesConfig,
        loc: Arc<Localizer>,
        notify: Notify,
    ) -> Result<Self, StartError> {
        let demo_mode = match cfg.camera {
            CameraChoice::Demo => true,
            CameraChoice::Real => false,
            CameraChoice::Auto => !crate::camera::any_camera_present(),
        };
        let (video_wanted, camera_notify) = video_notify(&notify);
        let (camera, demo) = if demo_mode {
            tracing::warn!("no camera in use: demo mode plays a generated scene");
            let director = DemoDirector::new(DemoScene::Backdrop);
            let d = director.clone();
            let make =
                Box::new(move || Ok(Box::new(DemoSource::new(d.clone())) as Box<dyn FrameSource>));
            (spawn_camera(make, camera_notify.clone()), Some(director))
        } else {
            let (w, h, fps) = (cfg.width, cfg.height, cfg.fps);
            let make = Box::new(move || -> Result<Box<dyn FrameSource>, CameraError> {
                Ok(Box::new(NokhwaSource::open_first(w, h, fps)?))
            });
            (spawn_camera(make, camera_notify.clone()), None)
        };
        Self::start_workers(cfg, loc, notify, camera, demo, video_wanted)
    }

    /// [`start`](Self::start) with a camera given by the caller instead of kiosk-config's
    /// (`cfg.camera` is ignored): fault tests plug in a source that fails and recovers.
    pub fn start_with_camera(
        cfg: &ServicesConfig,
        loc: Arc<Localizer>,
        notify: Notify,
        camera: CameraOverride,
    ) -> Result<Self, StartError> {
        let (video_wanted, camera_notify) = video_notify(&notify);
        let handle = spawn_camera_with(camera.factory, camera_notify, camera.timings);
        Self::start_workers(cfg, loc, notify, handle, camera.director, video_wanted)
    }

    fn start_workers(
        cfg: &ServicesConfig,
        loc: Arc<Localizer>,
        notify: Notify,
        camera: CameraHandle,
        demo: Option<DemoDirector>,
        video_wanted: Arc<AtomicBool>,
    ) -> Result<Self, StartError> {
        let scan = spawn_scan_worker(camera.frame_accessor(), notify.clone());

        let latest = camera.frame_accessor();
        let capture = Worker::spawn(
            "photo-capture",
            notify.clone(),
            move |crop: Option<CropRect>| {
                // Right after a wipe the frame slot is empty until the camera's next frame:
                // wait for it a moment (on this worker's thread) rather than fail the shot.
                let mut frame = latest();
                for _ in 0..FIRST_FRAME_WAIT_STEPS {
                    if frame.is_some() {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    frame = latest();
                }
                let frame = frame.ok_or_else(|| "no frame".to_owned())?;
                // The guide's crop when it fits this frame, else the centred crop.
                match crop.map(|c| id_photo_from_crop(&frame.image, c)) {
                    Some(Ok(photo)) => Ok(photo),
                    Some(Err(e)) => {
                        tracing::warn!(error = %e, "guide crop unusable; taking the centred crop");
                        id_photo_from_frame(&frame.image).map_err(|e| e.to_string())
                    }
                    None => id_photo_from_frame(&frame.image).map_err(|e| e.to_string()),
                }
            },
        )
        .map_err(|source| StartError::Thread {
            what: "photo capture",
            source,
        })?;

        let mut checks = cfg.photo_checks;
        if demo.is_some() {
            // The demo camera's calibration: its drawn sitter's level head.
            checks.pitch_baseline_deg = crate::camera::demo_source::DEMO_SITTER_PITCH_DEG;
        }
        let guide = PhotoGuide::start(camera.frame_accessor(), checks, notify.clone()).map_err(
            |source| StartError::Thread {
                what: "photo guide",
                source,
            },
        )?;
        // Loads the saved calibration first; the guide is restarted with it when it arrives.
        let calibration = CalibrationService::start(
            camera.frame_accessor(),
            cfg.data_dir.clone(),
            notify.clone(),
        )
        .map_err(|source| StartError::Thread {
            what: "photo calibration",
            source,
        })?;

        let intake = IntakeService::start(
            &cfg.intake,
            &cfg.booth.booth_id,
            &cfg.data_dir,
            cfg.disk_warn_bytes,
            notify.clone(),
        )?;

        let print_setup = PrintSetup {
            printer: cfg.printer.clone(),
            deadline: DEFAULT_PRINT_DEADLINE,
            booth: cfg.booth.clone(),
            utc_offset_minutes: cfg.utc_offset_minutes,
        };
        let print = PrintWorker::start(print_setup, loc, notify.clone()).map_err(|source| {
            StartError::Thread {
                what: "slip",
                source,
            }
        })?;

        let pin = Worker::spawn(
            "operator-pin",
            Arc::new(|| {}),
            |(hash, pin): (String, String)| {
                crate::operator::verify_pin(&hash, &pin).unwrap_or_else(|e| {
                    tracing::error!(error = %e, "operator PIN hash unusable");
                    false
                })
            },
        )
        .map_err(|source| StartError::Thread {
            what: "operator PIN",
            source,
        })?;

        Ok(Self {
            camera,
            demo,
            scan,
            capture,
            guide,
            retired_guide_restarts: 0,
            photo_checks: checks,
            calibration,
            notify,
            intake,
            print,
            pin,
            camera_was_lost: false,
            video_wanted,
            preview: false,
            scene: None,
            demo_glare: false,
            demo_cap: false,
            decoder_panics: 0,
        })
    }

    /// Whether the booth plays the demo scene instead of a real camera.
    pub fn is_demo(&self) -> bool {
        self.demo.is_some()
    }

    pub fn camera(&self) -> &CameraHandle {
        &self.camera
    }

    /// Tells the workers what the current screen needs (QR scanning, the demo scene).
    pub fn follow_screen(&mut self, screen: Screen) {
        if self.scene == Some(screen) {
            return;
        }
        self.scene = Some(screen);
        self.video_wanted
            .store(screen.wants_camera() || self.preview, Ordering::Relaxed);
        self.scan.set_active(screen == Screen::Scan);
        self.guide.set_active(screen == Screen::PhotoGuide);
        self.set_demo_scene(screen);
    }

    /// Whether the operator screen shows the camera's preview: new frames then wake the UI
    /// whatever the screen behind it.
    pub fn set_preview(&mut self, on: bool) {
        if self.preview == on {
            return;
        }
        self.preview = on;
        let screen_wants = self.scene.is_some_and(|s| s.wants_camera());
        self.video_wanted
            .store(screen_wants || on, Ordering::Relaxed);
    }

    /// Demo mode: whether the form held up on the scan screen has a reflection across its
    /// code, so that it is seen but cannot be read (to show and test the scan hints).
    pub fn set_demo_glare(&mut self, on: bool) {
        self.demo_glare = on;
        if let Some(screen) = self.scene {
            self.set_demo_scene(screen);
        }
    }

    /// Demo mode only: the sitter on the photo screen wears a knitted cap (the head-covering
    /// warning and its answers, for tests and for showing the booth).
    pub fn set_demo_cap(&mut self, on: bool) {
        self.demo_cap = on;
        if let Some(screen) = self.scene {
            self.set_demo_scene(screen);
        }
    }

    fn set_demo_scene(&self, screen: Screen) {
        if let Some(director) = &self.demo {
            director.set_scene(match screen {
                Screen::Scan if self.demo_glare => DemoScene::GlaredForm {
                    qr_payload: demo_form_payload(),
                },
                Screen::Scan => DemoScene::Form {
                    qr_payload: demo_form_payload(),
                },
                Screen::PhotoGuide | Screen::Review if self.demo_cap => DemoScene::PortraitInCap,
                Screen::PhotoGuide | Screen::Review => DemoScene::Portrait,
                _ => DemoScene::Backdrop,
            });
        }
    }

    /// Results of the workers since the last call, as flow events for the given generation.
    pub fn poll(&mut self, generation: u64) -> Vec<Event> {
        let mut events = Vec::new();
        while let Some(report) = self.scan.try_recv() {
            match report {
                ScanReport::Payload(p) => events.push(Event::QrPayload(p)),
                ScanReport::SeenUnreadable => {
                    events.push(Event::QrSeenUnreadable(self.scan.hint()));
                }
                ScanReport::DecoderPanicked => {
                    self.decoder_panics += 1;
                    tracing::warn!("QR decoder panicked on a frame; frame skipped");
                }
            }
        }
        let lost = matches!(self.camera.status(), CameraStatus::Lost { .. });
        if lost != self.camera_was_lost {
            self.camera_was_lost = lost;
            events.push(if lost {
                Event::CameraLost
            } else {
                Event::CameraBack
            });
        }
        if let Some(calibrated) = self.calibration.poll() {
            self.restart_guide(calibrated);
        }
        self.guide.poll(generation, &mut events);
        while let Some(done) = self.capture.try_recv() {
            if done.generation != generation {
                continue;
            }
            events.push(match done.result {
                Some(Ok(photo)) => Event::PhotoCaptured(Arc::new(photo)),
                Some(Err(e)) => {
                    tracing::warn!(error = %e, "photo capture failed");
                    Event::PhotoFailed
                }
                None => Event::PhotoFailed,
            });
        }
        for report in self.intake.poll() {
            match report {
                IntakeReport::Looked {
                    generation: g,
                    id,
                    outcome,
                } if g == generation => events.push(Event::FormLookedUp { id, outcome }),
                IntakeReport::Looked { .. } => {}
                // A submission result is delivered even after a reset: the flow ignores it then.
                IntakeReport::Submitted(outcome) => events.push(Event::Submitted(outcome)),
            }
        }
        while let Some(done) = self.print.try_recv() {
            if done.generation == generation {
                events.push(Event::SlipPrinted(done.result));
            }
        }
        events
    }

    /// Makes the ID photo from the newest frame: from `crop` (the guide's) when given and it
    /// fits, else from a centred crop.
    pub fn capture_photo(&self, generation: u64, crop: Option<CropRect>) -> bool {
        self.capture.send(generation, crop)
    }

    pub fn submit(&self, generation: u64, app: Box<Application>) -> bool {
        self.intake.submit(generation, app)
    }

    /// Looks up the form's prefilled details, off the UI thread.
    pub fn lookup_form(&self, generation: u64, id: ApplicationId) -> bool {
        self.intake.lookup(generation, id)
    }

    /// The outbox and network state, for the operator screen and the metrics.
    pub fn intake_status(&self) -> &IntakeStatus {
        self.intake.status()
    }

    /// Operator: try every queued and dead-lettered application again now.
    pub fn retry_deliveries(&mut self) {
        self.intake.retry_now();
    }

    pub fn print_slip(&self, generation: u64, req: SlipRequest) -> bool {
        self.print.print_slip(generation, req)
    }

    /// The operator's test print on the configured printer, off the UI thread.
    pub fn test_print(&self, lang: Lang) -> bool {
        self.print.test_print(lang)
    }

    /// Asks the slip worker to check the printer (the result shows in [`Services::printer`]).
    pub fn check_printer(&self) -> bool {
        self.print.check()
    }

    /// What is known about the printer.
    pub fn printer(&self) -> PrinterHealth {
        self.print.health()
    }

    /// Checks an operator PIN against its Argon2 hash, off the UI thread.
    pub fn verify_pin(&self, hash: String, pin: String) -> bool {
        self.pin.send(0, (hash, pin))
    }

    /// The verdict on the last PIN, once ready.
    pub fn poll_pin(&self) -> Option<bool> {
        self.pin.try_recv().map(|d| d.result.unwrap_or(false))
    }

    /// Worker panics caught and recovered so far, every worker together (camera capture
    /// threads replaced after a crash or a stall included): the `worker restarts` metric.
    pub fn restarts(&self) -> u64 {
        self.camera.restarts()
            + self.capture.restarts()
            + self.guide.restarts()
            + self.retired_guide_restarts
            + self.calibration.restarts()
            + self.intake.restarts()
            + self.print.restarts()
            + self.pin.restarts()
    }

    /// The operator's photo calibration: what is saved, and how the last request went.
    pub fn calibration(&self) -> &CalibrationStatus {
        self.calibration.status()
    }

    /// Operator: capture the background reference, record the head baseline, or reset both,
    /// off the UI thread (the outcome shows in [`Services::calibration`]).
    pub fn calibrate(&mut self, request: CalibrationRequest) {
        self.calibration.request(request);
    }

    /// The thresholds the photo guide runs with: kiosk-config's, calibrated.
    pub fn photo_checks(&self) -> PhotoChecksConfig {
        self.calibration.status().current.apply(self.photo_checks)
    }

    /// A fresh photo guide with the calibrated thresholds (its models load on its first frame).
    fn restart_guide(&mut self, calibration: crate::photo::calibration::Calibration) {
        let cfg = calibration.apply(self.photo_checks);
        match PhotoGuide::start(self.camera.frame_accessor(), cfg, self.notify.clone()) {
            Ok(mut guide) => {
                guide.set_active(self.scene == Some(Screen::PhotoGuide));
                self.retired_guide_restarts += self.guide.restarts();
                self.guide = guide;
                tracing::info!("photo guide restarted with the new calibration");
            }
            Err(e) => {
                tracing::error!(error = %e, "photo guide could not restart; old calibration kept")
            }
        }
    }

    /// Frames on which the QR decoder panicked so far.
    pub fn decoder_panics(&self) -> u64 {
        self.decoder_panics
    }

    /// Fault drill: `target` panics on its next job, as a bug would. The booth must recover
    /// (the worker restarts, the session goes on or ends cleanly, nothing queued is lost);
    /// the fault tests use it, and staff may use it to see their alerting fire.
    pub fn drill_panic(&self, target: DrillTarget) {
        tracing::warn!(?target, "fault drill: a worker will panic on its next job");
        match target {
            DrillTarget::Capture => self.capture.drill_panic(),
            DrillTarget::PhotoGuide => self.guide.drill_panic(),
            DrillTarget::Submit => self.intake.drill_submit_panic(),
            DrillTarget::Delivery => self.intake.drill_delivery_panic(),
            DrillTarget::Slip => self.print.drill_panic(),
        }
    }

    /// Drops every frame that may show the last user.
    pub fn wipe(&mut self) {
        self.camera.clear();
        self.guide.set_active(false);
        self.scene = None;
    }
}

/// The booth's local date and time, `YYYY-MM-DD HH:MM`.
pub fn local_time(utc_offset_minutes: i32) -> String {
    let now = local_now(utc_offset_minutes);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute()
    )
}

/// The booth's local date, for ages.
pub fn local_today(utc_offset_minutes: i32) -> Option<crate::domain::CivilDate> {
    let now = local_now(utc_offset_minutes);
    crate::domain::CivilDate::new(now.year(), u8::from(now.month()), now.day()).ok()
}

fn local_now(utc_offset_minutes: i32) -> time::OffsetDateTime {
    let offset = time::UtcOffset::from_whole_seconds(utc_offset_minutes.saturating_mul(60))
        .unwrap_or(time::UtcOffset::UTC);
    time::OffsetDateTime::now_utc().to_offset(offset)
}
