//! Faults a booth meets unattended (issue 7), through the real UI: a camera unplugged in the
//! middle of a session (the user is asked to call staff, the session is kept, the booth
//! reconnects by itself and the user goes on), and a camera driver that panics (its thread is
//! replaced, the session goes on). The network going away is `tests/journey.rs`'s "queued" test.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use myna_booth::camera::{
    CameraError, CameraStatus, CameraTimings, DemoDirector, DemoScene, DemoSource, FrameSource,
};
use myna_booth::flow::Screen;
use myna_booth::i18n::Lang;
use myna_booth::workers::CameraOverride;
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

/// A booth whose camera is the demo scene on `plug`, with a watchdog quick enough for a test.
fn booth_on(plug: &Plug) -> TestBooth {
    let director = DemoDirector::new(DemoScene::Backdrop);
    let (d, p) = (director.clone(), plug.clone());
    let factory = Box::new(move || {
        Ok(Box::new(PluggedSource {
            inner: DemoSource::new(d.clone()),
            plug: p.clone(),
        }) as Box<dyn FrameSource>)
    });
    TestBooth::start_with_camera(CameraOverride {
        factory,
        director: Some(director),
        timings: CameraTimings {
            stall_timeout: Duration::from_millis(400),
            open_timeout: Duration::from_secs(3),
            backoff_min: Duration::from_millis(50),
            backoff_max: Duration::from_millis(200),
            watchdog_period: Duration::from_millis(50),
        },
    })
}

/// To the photo guide with the form typed and a birth date.
fn to_photo_guide(b: &mut TestBooth) {
    b.tap("attract-touch");
    b.choose_language(Lang::En);
    b.tap("consent-accept");
    b.tap("check-nothing-changed");
    b.tap("scan-type-instead");
    b.type_digits(FORM_ID);
    b.tap("keypad-done");
    b.wait_for_form();
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
    let mut b = booth_on(&plug);
    to_photo_guide(&mut b);

    plug.unplugged.store(true, Ordering::SeqCst);
    let lost = b.t("camera-lost");
    b.wait_until("the camera-lost message", |b| b.shows(&lost));
    assert_eq!(b.screen(), Screen::PhotoGuide, "the user is not sent away");
    assert_eq!(application_id(&b).as_deref(), Some(FORM_ID), "session kept");
    assert!(b.harness.state().session().details().birth_date.is_some());
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
fn a_camera_driver_that_panics_is_restarted_and_the_session_goes_on() {
    let plug = Plug::default();
    let mut b = booth_on(&plug);
    to_photo_guide(&mut b);
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
}
