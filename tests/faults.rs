//! Faults a booth meets unattended (issue 7), through the real UI: a camera unplugged in the
//! middle of a session (the user is asked to call staff, the session is kept, the booth
//! reconnects by itself and the user goes on); a panic in each worker (camera driver, photo
//! analysis, photo capture, submit, outbox delivery, slip printing: the worker restarts, the
//! restart is counted in the metrics, the session goes on or ends cleanly, nothing queued is
//! lost); and the intake server going away in the middle of a session (the journey ends
//! "queued", the outbox delivers it exactly once when the server is back).

mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use myna_booth::camera::{
    CameraError, CameraStatus, CameraTimings, DemoDirector, DemoScene, DemoSource, FrameSource,
};
use myna_booth::config::{IntakeMode, KioskConfig};
use myna_booth::flow::{FormLookup, LookupOutcome, Screen, Submission, SubmitOutcome};
use myna_booth::i18n::Lang;
use myna_booth::intake::{DemoPki, ServerConfig, ServerHandle};
use myna_booth::metrics::Metrics;
use myna_booth::ui::{Clock, OperatorSetup};
use myna_booth::workers::{CameraOverride, DrillTarget};
use support::TestBooth;

const FORM_ID: &str = "20261121000000000067890";

/// The demo scene behind a plug the test pulls, and a fuse that makes the next frame panic.
#[derive(Clone, Default)]
struct Plug {
    unplugged: Arc<AtomicBool>,
    panic_next: Arc<AtomicBool>,
}

struct PluggedSource {
    inner: DemoSource,
    plug: Plug,
}

impl FrameSource for PluggedSource {
    fn describe(&self) -> String {
        "test camera on a plug".to_owned()
    }
    fn open(&mut self) -> Result<(u32, u32), CameraError> {
        if self.plug.unplugged.load(Ordering::SeqCst) {
            return Err(CameraError::NoDevice);
        }
        self.inner.open()
    }
    fn next_frame(&mut self) -> Result<image::RgbImage, CameraError> {
        if self.plug.panic_next.swap(false, Ordering::SeqCst) {
            panic!("driver crashed while the user {FORM_ID} was in front of it");
        }
        if self.plug.unplugged.load(Ordering::SeqCst) {
            return Err(CameraError::Capture("device unplugged".to_owned()));
        }
        self.inner.next_frame()
    }
    fn is_demo(&self) -> bool {
        true
    }
}

/// A booth whose camera is the demo scene on `plug`, with a watchdog quick enough for a test,
/// and the counters of its metrics endpoint.
fn booth_on(plug: &Plug) -> (TestBooth, Arc<Metrics>) {
    booth_on_with(plug, |_| {})
}

/// [`booth_on`] with the test's own adjustment of the config.
fn booth_on_with(plug: &Plug, adjust: impl FnOnce(&mut KioskConfig)) -> (TestBooth, Arc<Metrics>) {
    let director = DemoDirector::new(DemoScene::Backdrop);
    let (d, p) = (director.clone(), plug.clone());
    let factory = Box::new(move || {
        Ok(Box::new(PluggedSource {
            inner: DemoSource::new(d.clone()),
            plug: p.clone(),
        }) as Box<dyn FrameSource>)
    });
    let metrics = Metrics::new();
    let operator = OperatorSetup {
        metrics: Arc::clone(&metrics),
        ..OperatorSetup::default()
    };
    let camera = CameraOverride {
        factory,
        director: Some(director),
        timings: CameraTimings {
            stall_timeout: Duration::from_millis(400),
            open_timeout: Duration::from_secs(3),
            backoff_min: Duration::from_millis(50),
            backoff_max: Duration::from_millis(200),
            watchdog_period: Duration::from_millis(50),
        },
    };
    let adjust = |cfg: &mut KioskConfig| {
        no_auto_capture(cfg);
        adjust(cfg);
    };
    let booth = TestBooth::start_full(adjust, operator, Some(camera));
    (booth, metrics)
}

/// A booth on the demo camera whose config the test adjusts, with its metrics' counters.
fn booth_with(adjust: impl FnOnce(&mut KioskConfig)) -> (TestBooth, Arc<Metrics>) {
    let metrics = Metrics::new();
    let operator = OperatorSetup {
        metrics: Arc::clone(&metrics),
        ..OperatorSetup::default()
    };
    let adjust = |cfg: &mut KioskConfig| {
        no_auto_capture(cfg);
        adjust(cfg);
    };
    (TestBooth::start_with_operator(adjust, operator), metrics)
}

/// The photo is taken only with the shutter, when the test says so (the demo portrait would
/// otherwise pass every check and be captured by the countdown in the middle of a test).
fn no_auto_capture(cfg: &mut KioskConfig) {
    cfg.photo.auto_capture_hold_ms = 600_000;
}

/// Restarts of every worker but the camera's (whose watchdog may also replace a capture
/// thread that a loaded machine starved for a few seconds).
fn worker_restarts(b: &TestBooth) -> u64 {
    let services = b.harness.state().services();
    services.restarts() - services.camera().restarts()
}

/// The `worker restarts` metric as the endpoint serves it.
fn restarts_metric(metrics: &Metrics) -> u64 {
    let text = metrics.render();
    text.lines()
        .find_map(|l| l.strip_prefix("myna_booth_worker_restarts_total "))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no worker restarts in {text}"))
}

/// To the photo guide with the form typed and a birth date.
fn to_photo_guide(b: &mut TestBooth) {
    b.go_to_details_typed(Lang::En, FORM_ID);
    b.pick_birth_date("19850412");
    b.tap("details-continue");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    let live = |b: &TestBooth| {
        matches!(
            b.harness.state().services().camera().status(),
            CameraStatus::Live { .. }
        )
    };
    b.wait_until("the camera", live);
}

fn application_id(b: &TestBooth) -> Option<String> {
    b.harness
        .state()
        .session()
        .application_id()
        .map(|i| i.digits().to_owned())
}

#[test]
fn an_unplugged_camera_asks_for_staff_keeps_the_session_and_resumes_when_back() {
    let plug = Plug::default();
    let (mut b, _) = booth_on(&plug);
    to_photo_guide(&mut b);

    plug.unplugged.store(true, Ordering::SeqCst);
    let lost = b.t("camera-lost");
    b.wait_until("the camera-lost message", |b| b.shows(&lost));
    assert_eq!(b.screen(), Screen::PhotoGuide, "the user is not sent away");
    assert_eq!(application_id(&b).as_deref(), Some(FORM_ID), "session kept");
    assert!(b.harness.state().session().details().birth_date.is_some());
    // No stale advice about the last picture, and no "checking your photo".
    let guide_messages = myna_booth::photo::CheckId::ALL
        .iter()
        .map(|c| format!("guide-{}", c.as_str().replace('_', "-")))
        .chain(["guide-looking".to_owned(), "guide-all-good".to_owned()]);
    for id in guide_messages {
        assert!(!b.shows(&b.t(&id)), "{id} shown while the camera is lost");
    }
    // No photo can be taken without a camera.
    b.tap("photo-take");
    assert_eq!(b.screen(), Screen::PhotoGuide);
    assert!(b.harness.state().session().photo().shots.is_empty());

    // Plugged back: the booth reconnects by itself and the user goes on.
    plug.unplugged.store(false, Ordering::SeqCst);
    b.wait_until("the camera to come back", |b| {
        !b.harness.state().session().camera_fault()
    });
    assert!(!b.shows(&lost), "the message goes once the camera is back");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    assert_eq!(b.harness.state().session().photo().shots.len(), 1);
    b.tap("review-use");
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    assert_eq!(application_id(&b).as_deref(), Some(FORM_ID));
}

#[test]
fn staff_see_what_the_camera_sees_and_no_picture_while_it_is_unplugged() {
    let plug = Plug::default();
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    let (mut b, _) = booth_on_with(&plug, |cfg| cfg.operator.pin_hash = hash);
    support::open_operator(&mut b, "2468");
    let preview = b.t("operator-camera-preview");
    let no_preview = b.t("operator-camera-no-preview");
    b.wait_until("the camera preview", |b| b.shows(&preview));
    assert!(!b.shows(&no_preview));

    plug.unplugged.store(true, Ordering::SeqCst);
    b.wait_until("the camera's loss on the operator screen", |b| {
        b.shows(&no_preview)
    });
    assert!(!b.shows(&preview), "no stale picture of a lost camera");
    plug.unplugged.store(false, Ordering::SeqCst);
    b.wait_until("the preview to come back", |b| b.shows(&preview));
    assert_eq!(
        b.screen(),
        Screen::Attract,
        "staff's work starts no session"
    );
}

#[test]
fn a_camera_driver_that_panics_is_restarted_and_the_session_goes_on() {
    let plug = Plug::default();
    let (mut b, metrics) = booth_on(&plug);
    to_photo_guide(&mut b);
    assert_eq!(restarts_metric(&metrics), 0);
    plug.panic_next.store(true, Ordering::SeqCst);
    // The capture thread died: no frames, the watchdog notices...
    b.wait_until("the stall to be noticed", |b| {
        matches!(
            b.harness.state().services().camera().status(),
            CameraStatus::Lost { .. }
        )
    });
    assert!(
        !plug.panic_next.load(Ordering::SeqCst),
        "the source panicked"
    );
    // ...and starts a fresh source.
    b.wait_until("the camera after the panic", |b| {
        matches!(
            b.harness.state().services().camera().status(),
            CameraStatus::Live { .. }
        ) && !b.harness.state().session().camera_fault()
    });
    assert_eq!(b.screen(), Screen::PhotoGuide);
    assert_eq!(application_id(&b).as_deref(), Some(FORM_ID), "session kept");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    assert_eq!(b.harness.state().session().photo().shots.len(), 1);
    assert!(
        restarts_metric(&metrics) >= 1,
        "the replaced capture thread is counted"
    );
}

#[test]
fn a_panic_in_the_photo_analysis_or_the_capture_restarts_it_and_the_photo_is_taken() {
    let (mut b, metrics) = booth_with(|_| {});
    to_photo_guide(&mut b);
    let guided = |b: &TestBooth| b.harness.state().session().photo().guidance.is_some();
    b.wait_until("the photo guide's first verdict", guided);
    assert_eq!(worker_restarts(&b), 0);

    // The analysis panics on a frame: the guide says so for that frame and carries on.
    b.harness
        .state()
        .services()
        .drill_panic(DrillTarget::PhotoGuide);
    b.wait_until("the analysis to panic", |b| worker_restarts(b) == 1);
    assert_eq!(
        b.screen(),
        Screen::PhotoGuide,
        "the user stays on the photo"
    );
    let after = b.clock.now_ms();
    b.wait_until("fresh guidance after the panic", |b| {
        let photo = b.harness.state().session().photo();
        photo.guidance.as_ref().is_some_and(|(at, _)| *at > after) && !photo.guide_unavailable
    });
    assert!(restarts_metric(&metrics) >= 1, "counted in the metrics");

    // Making the photo panics: the user is told and takes it again.
    b.harness
        .state()
        .services()
        .drill_panic(DrillTarget::Capture);
    b.tap("photo-take");
    b.wait_until("the failed photo", |b| {
        b.harness.state().session().photo().failed || b.screen() != Screen::PhotoGuide
    });
    assert_eq!(b.screen(), Screen::PhotoGuide);
    assert!(b.shows(&b.t("photo-failed")), "the user is told");
    assert!(b.harness.state().session().photo().shots.is_empty());
    assert_eq!(application_id(&b).as_deref(), Some(FORM_ID), "session kept");
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    assert_eq!(b.harness.state().session().photo().shots.len(), 1);
    assert_eq!(worker_restarts(&b), 2);
    assert!(restarts_metric(&metrics) >= 2);
}

/// A reference intake server the test starts, stops and starts again on the same port, and
/// the files a booth needs to reach it over mutual TLS.
struct Server {
    _dir: tempfile::TempDir,
    cfg: ServerConfig,
    /// The CA certificate, the booth's certificate and its key.
    files: [PathBuf; 3],
    handle: Option<ServerHandle>,
    addr: std::net::SocketAddr,
}

impl Server {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("server dir");
        let pki = DemoPki::generate("fault test CA").expect("pki");
        let files = pki
            .write_to(&dir.path().join("pki"), "demo-booth-001")
            .expect("pki files");
        let cfg = ServerConfig {
            db_path: dir.path().join("intake.sqlite3"),
            tls: pki.server_tls(),
            seed_demo_forms: true,
        };
        let handle = ServerHandle::start(([127, 0, 0, 1], 0).into(), &cfg).expect("server");
        let addr = handle.addr();
        Self {
            _dir: dir,
            cfg,
            files: [files.ca_cert, files.booth_cert, files.booth_key],
            handle: Some(handle),
            addr,
        }
    }

    fn stop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.stop();
        }
    }

    fn restart(&mut self) {
        self.handle = Some(ServerHandle::start(self.addr, &self.cfg).expect("same port"));
    }

    /// Applications the server stored.
    fn stored(&self) -> usize {
        self.handle
            .as_ref()
            .expect("server running")
            .applications()
            .expect("applications")
            .len()
    }

    /// The booth's `[intake]` pointing at this server.
    fn configure(&self, cfg: &mut KioskConfig) {
        let [ca, cert, key] = self.files.clone();
        cfg.intake.mode = IntakeMode::Https;
        cfg.intake.url = Some(format!("https://{}", self.addr));
        cfg.intake.ca_cert = Some(ca);
        cfg.intake.client_cert = Some(cert);
        cfg.intake.client_key = Some(key);
    }
}

/// From the photo guide to the confirm screen with one photo.
fn to_confirm(b: &mut TestBooth) {
    b.tap("photo-take");
    b.wait_for(Screen::Review);
    b.tap("review-use");
    assert_eq!(b.screen(), Screen::Confirm);
}

fn outbox(b: &TestBooth) -> Option<(u64, u64, u64)> {
    b.harness
        .state()
        .services()
        .intake_status()
        .stats
        .map(|s| (s.pending, s.dead, s.sent))
}

#[test]
fn panics_in_submit_delivery_and_printing_lose_nothing_and_the_session_ends_cleanly() {
    let server = Server::start();
    let (mut b, metrics) = booth_with(|cfg| server.configure(cfg));
    to_photo_guide(&mut b);
    to_confirm(&mut b);

    // The submit worker panics before the application is stored: the user is told it could
    // not be saved, nothing is half-stored, and sending again works.
    b.harness
        .state()
        .services()
        .drill_panic(DrillTarget::Submit);
    b.tap("confirm-send");
    b.wait_until("the failed submission", |b| {
        matches!(
            b.harness.state().session().submission(),
            Submission::Done(SubmitOutcome::Failed)
        )
    });
    assert_eq!(b.screen(), Screen::Confirm);
    assert!(b.shows(&b.t("submit-failed")));
    assert_eq!(server.stored(), 0);
    assert_eq!(worker_restarts(&b), 1);
    assert!(restarts_metric(&metrics) >= 1);

    // Now the delivery loop panics on its attempt, and the slip worker on the slip: the
    // application is stored first, so the user hears "saved, will be sent", the loop restarts
    // and delivers it once; the slip fails honestly and the user can still finish.
    let services = b.harness.state().services();
    services.drill_panic(DrillTarget::Delivery);
    services.drill_panic(DrillTarget::Slip);
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    b.wait_until("the slip outcome", |b| {
        b.shows(&b.t("slip-not-printed")) || b.shows(&b.t("slip-printed"))
    });
    assert!(
        b.shows(&b.t("slip-not-printed")),
        "the slip failed honestly"
    );
    b.wait_until("the delivery after the restart", |b| {
        outbox(b) == Some((0, 0, 1))
    });
    assert_eq!(server.stored(), 1, "delivered exactly once");
    assert_eq!(restarts_metric(&metrics), 3);
    b.tap("slip-finish");
    assert_eq!(b.screen(), Screen::Goodbye, "the session ends cleanly");

    // The restarted slip worker set its printer up again: the operator's test print works.
    let services = b.harness.state().services();
    assert!(services.test_print(Lang::En));
    b.wait_until("the test print", |b| {
        matches!(
            b.harness.state().services().printer().last_test,
            Some(myna_booth::workers::TestPrint::Done(
                myna_booth::slip::PrintStatus::SavedToFile(_)
            ))
        )
    });
}

#[test]
fn with_the_server_gone_mid_session_the_journey_ends_queued_and_is_delivered_once_when_back() {
    let mut server = Server::start();
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    let (mut b, metrics) = booth_with(|cfg| {
        server.configure(cfg);
        cfg.operator.pin_hash = hash;
    });
    // The details come from the server while it is up.
    to_photo_guide(&mut b);
    assert!(
        matches!(
            b.harness.state().session().form(),
            FormLookup::Done(LookupOutcome::Found(_))
        ),
        "the details were looked up on the server"
    );
    to_confirm(&mut b);

    server.stop();
    b.tap("confirm-send");
    b.wait_for(Screen::Slip);
    support::assert_told_queued(&b);
    b.wait_until("the application waiting in the outbox", |b| {
        outbox(b) == Some((1, 0, 0))
    });
    b.tap("slip-finish");

    server.restart();
    b.wait_until("the outbox to deliver it", |b| outbox(b) == Some((0, 0, 1)));
    assert_eq!(server.stored(), 1, "delivered exactly once");
    assert_eq!(worker_restarts(&b), 0, "no worker crashed for this");
    assert_eq!(metrics.outbox_depth.load(Ordering::Relaxed), 0);

    // Staff see it sent.
    b.wait_until("the attract screen", |b| b.screen() == Screen::Attract);
    // The attract screen is back in the booth's default language.
    b.lang = b.config.ui.default_language;
    support::open_operator(&mut b, "2468");
    let counts = support::outbox_counts(&b, 0, 0, 1);
    assert!(b.shows(&counts), "the operator screen shows it sent");
}

/// A small tmpfs mounted for the test as the booth's data directory (root only; unmounted on
/// drop), so the disk really fills up.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(megabytes: u32) -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Self { dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

/// The operator screen's disk warning as the booth would word it now, if it warns.
fn disk_warning(b: &TestBooth) -> Option<String> {
    let status = b.harness.state().services().intake_status();
    let free = status.disk_free_bytes.filter(|_| status.disk_low())?;
    Some(b.loc.format(
        b.lang,
        "operator-disk-low",
        &[("free", (free / 1_000_000).into())],
    ))
}

#[test]
fn a_nearly_full_data_disk_warns_the_operator_health_and_metrics_before_the_outbox_fails() {
    let hash = myna_booth::operator::hash_pin("2468").expect("hash");
    // For real on a 24 MB tmpfs when the test may mount one (root); otherwise on the temp
    // directory's own filesystem with the threshold just above its real free space.
    let disk = SmallDisk::mount(24);
    let threshold_mb = match &disk {
        Some(_) => 12,
        None => {
            let free = myna_booth::outbox::disk::free_bytes(&std::env::temp_dir()).expect("free");
            u32::try_from(free / 1_000_000 + 64).expect("fits")
        }
    };
    let data_dir = disk.as_ref().map(|d| d.dir.path().to_path_buf());
    let (mut b, metrics) = booth_with(|cfg| {
        cfg.operator.pin_hash = hash;
        cfg.outbox.warn_free_mb = threshold_mb;
        if let Some(dir) = data_dir {
            cfg.printer.file_dir = dir.join("slips");
            cfg.booth.data_dir = dir;
        }
    });
    let dir = b.harness.state().services().intake_status().disk_warn_bytes;
    assert_eq!(dir, u64::from(threshold_mb) * 1_000_000);
    support::open_operator(&mut b, "2468");
    let filler = disk.as_ref().map(|d| d.dir.path().join("filler"));
    if let Some(filler) = &filler {
        // Plenty of room at first: no warning anywhere.
        b.wait_until("the first disk measurement", |b| {
            b.harness
                .state()
                .services()
                .intake_status()
                .disk_free_bytes
                .is_some()
        });
        assert!(disk_warning(&b).is_none());
        assert!(metrics.health_json().contains("\"disk_low\":false"));
        assert!(!b.harness.state().needs_attention());
        // Something fills the disk until less than the threshold is left.
        std::fs::write(filler, vec![7u8; 16 * 1_000_000]).expect("fill the disk");
    }
    b.wait_until("the disk warning", |b| disk_warning(b).is_some());
    let warning = disk_warning(&b).expect("warning");
    b.wait_until("the warning on the operator screen", |b| b.shows(&warning));
    let health = metrics.health_json();
    assert!(health.contains("\"disk_low\":true"), "{health}");
    assert!(health.contains("\"status\":\"degraded\""), "{health}");
    assert!(metrics.render().contains("myna_booth_data_disk_low 1"));
    assert!(
        b.harness.state().needs_attention(),
        "the attract screen shows staff the sign"
    );
    // The outbox can still write: the warning comes first.
    let stats = b.harness.state().services().intake_status().stats;
    assert!(stats.is_some(), "the outbox still answers");

    if let Some(filler) = &filler {
        std::fs::remove_file(filler).expect("free the space");
        b.wait_until("the warning to go", |b| disk_warning(b).is_none());
        assert!(metrics.health_json().contains("\"disk_low\":false"));
        assert!(metrics.render().contains("myna_booth_data_disk_low 0"));
    }
    drop(b);
}
