//! The demo camera with a plug to pull (to show "camera lost"), and which can hold still: it
//! then plays the demo scene the booth asks for always at the scene's first instant, so every
//! frame (and so the photo guide's analysis and the captured photo) is the same from run to
//! run. For snapshots and screenshots.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use image::RgbImage;
use myna_booth::camera::{
    CameraError, CameraTimings, DEMO_FPS, DEMO_HEIGHT, DEMO_WIDTH, DemoDirector, DemoScene,
    DemoSource, FrameSource, demo_frame,
};
use myna_booth::workers::CameraOverride;

/// Pulls the still camera's cable out and puts it back (to show "camera lost"), and lets it
/// move for a while.
#[derive(Clone, Default)]
pub struct CameraPlug {
    unplugged: Arc<AtomicBool>,
    moving: Arc<AtomicBool>,
}

impl CameraPlug {
    pub fn unplug(&self, out: bool) {
        self.unplugged.store(out, Ordering::SeqCst);
    }

    /// The still camera plays the moving scene while `on`.
    pub fn set_moving(&self, on: bool) {
        self.moving.store(on, Ordering::SeqCst);
    }
}

struct StillSource {
    director: DemoDirector,
    plug: CameraPlug,
    current: Option<(DemoScene, RgbImage)>,
    /// The moving demo scene, played while the plug says so.
    moving: DemoSource,
}

impl FrameSource for StillSource {
    fn describe(&self) -> String {
        "still demo scene".into()
    }

    fn open(&mut self) -> Result<(u32, u32), CameraError> {
        if self.plug.unplugged.load(Ordering::SeqCst) {
            return Err(CameraError::NoDevice);
        }
        Ok((DEMO_WIDTH, DEMO_HEIGHT))
    }

    fn next_frame(&mut self) -> Result<RgbImage, CameraError> {
        if self.plug.unplugged.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_secs(1) / DEMO_FPS);
            return Err(CameraError::Capture("unplugged".into()));
        }
        if self.plug.moving.load(Ordering::SeqCst) {
            return self.moving.next_frame();
        }
        std::thread::sleep(Duration::from_secs(1) / DEMO_FPS);
        let scene = self.director.scene();
        match &self.current {
            Some((shown, frame)) if *shown == scene => Ok(frame.clone()),
            _ => {
                let frame = demo_frame(&scene, Duration::ZERO);
                self.current = Some((scene, frame.clone()));
                Ok(frame)
            }
        }
    }

    fn is_demo(&self) -> bool {
        true
    }
}

/// The booth's camera: the demo scenes, frozen if `still`; and its plug. A quick watchdog, so
/// that a pulled plug shows within a second.
pub fn demo_camera(still: bool) -> (CameraOverride, CameraPlug) {
    let director = DemoDirector::new(DemoScene::Backdrop);
    let plug = CameraPlug::default();
    plug.set_moving(!still);
    let (d, p) = (director.clone(), plug.clone());
    let camera = CameraOverride {
        factory: Box::new(move || {
            Ok(Box::new(StillSource {
                director: d.clone(),
                plug: p.clone(),
                current: None,
                moving: DemoSource::new(d.clone()),
            }) as Box<dyn FrameSource>)
        }),
        director: Some(director),
        timings: CameraTimings {
            stall_timeout: Duration::from_millis(400),
            open_timeout: Duration::from_secs(3),
            backoff_min: Duration::from_millis(50),
            backoff_max: Duration::from_millis(200),
            watchdog_period: Duration::from_millis(50),
        },
    };
    (camera, plug)
}
