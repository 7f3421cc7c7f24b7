//! The operator's photo calibration through the real booth (issue 7): the background reference
//! is refused while a face is in view (the demo portrait) and taken of the empty demo booth;
//! the head baseline is recorded from a seated person as numbers only; the calibration
//! survives a restart, shows on the operator screen and sets the photo guide's pitch baseline;
//! no picture of a person is ever written; a reset forgets it.

mod support;

use std::path::Path;

use myna_booth::camera::{
    CameraStatus, CameraTimings, DemoDirector, DemoScene, DemoSource, FrameSource,
};
use myna_booth::photo::calibration::Calibration;
use myna_booth::ui::OperatorSetup;
use myna_booth::workers::{CalibrationNote, CalibrationRequest, CameraOverride};
use support::TestBooth;

const PIN: &str = "2468";

/// A booth on the demo scene `director` plays, keeping its data in `dir`.
fn booth(dir: &Path, director: &DemoDirector, pin_hash: &str) -> TestBooth {
    let d = director.clone();
    let factory =
        Box::new(move || Ok(Box::new(DemoSource::new(d.clone())) as Box<dyn FrameSource>));
    let camera = CameraOverride {
        factory,
        director: Some(director.clone()),
        timings: CameraTimings::default(),
    };
    let (dir, hash) = (dir.to_path_buf(), pin_hash.to_owned());
    let mut b = TestBooth::start_full(
        move |cfg| {
            cfg.printer.file_dir = dir.join("slips");
            cfg.booth.data_dir = dir;
            cfg.operator.pin_hash = hash;
        },
        OperatorSetup::default(),
        Some(camera),
    );
    b.wait_until("the camera", |b| {
        matches!(
            b.harness.state().services().camera().status(),
            CameraStatus::Live { .. }
        )
    });
    b.wait_until("the saved calibration to load", |b| {
        !b.harness.state().services().calibration().busy
    });
    b
}

/// Lets the demo camera show `scene` (a few fresh frames).
fn show(b: &mut TestBooth, director: &DemoDirector, scene: DemoScene) {
    director.set_scene(scene);
    let seq = |b: &TestBooth| {
        b.harness
            .state()
            .services()
            .camera()
            .latest()
            .map_or(0, |f| f.seq)
    };
    let start = seq(b);
    b.wait_until("fresh frames of the scene", |b| seq(b) >= start + 3);
}

/// Asks for a calibration and waits for its outcome.
fn calibrate(b: &mut TestBooth, request: CalibrationRequest) -> Option<CalibrationNote> {
    b.harness.state_mut().services_mut().calibrate(request);
    b.wait_until("the calibration", |b| {
        !b.harness.state().services().calibration().busy
    });
    b.harness.state().services().calibration().last.clone()
}

/// The pitch baseline the photo guide measures from.
fn pitch_baseline(b: &TestBooth) -> f32 {
    b.harness
        .state()
        .services()
        .photo_checks()
        .pitch_baseline_deg
}

fn current(b: &TestBooth) -> Calibration {
    b.harness.state().services().calibration().current
}

/// Every file in `dir` whose name or content says it is a picture.
fn pictures(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if image::ImageFormat::from_path(&p).is_ok()
                // The outbox key is 32 random bytes: it could start like some format by chance.
                || (!p.ends_with("outbox.key")
                    && std::fs::read(&p).is_ok_and(|b| image::guess_format(&b).is_ok()))
            {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn staff_calibrate_the_photo_and_it_survives_a_restart_without_any_picture_of_a_person() {
    let dir = tempfile::tempdir().expect("data dir");
    let hash = myna_booth::operator::hash_pin(PIN).expect("hash");
    let director = DemoDirector::new(DemoScene::Backdrop);
    let mut b = booth(dir.path(), &director, &hash);
    assert_eq!(current(&b), Calibration::default());
    let file = Calibration::path(dir.path());

    // Someone in the booth: the background reference is refused and nothing is written.
    show(&mut b, &director, DemoScene::Portrait);
    assert_eq!(
        calibrate(&mut b, CalibrationRequest::CaptureBackdrop),
        Some(CalibrationNote::FaceInView)
    );
    assert!(!file.exists(), "nothing written while a face is in view");
    assert_eq!(current(&b), Calibration::default());

    // The empty booth: taken.
    show(&mut b, &director, DemoScene::Backdrop);
    assert_eq!(
        calibrate(&mut b, CalibrationRequest::CaptureBackdrop),
        Some(CalibrationNote::Saved)
    );
    let backdrop = current(&b).backdrop.expect("a background reference");
    assert!(file.exists());
    assert_eq!(
        b.harness.state().services().photo_checks().backdrop,
        Some(backdrop),
        "the background checks use it"
    );

    // With nobody seated there is no head baseline to record.
    assert_eq!(
        calibrate(&mut b, CalibrationRequest::RecordBaseline),
        Some(CalibrationNote::NoFace)
    );
    // A seated person: the baseline is numbers; the background reference stays the empty one.
    show(&mut b, &director, DemoScene::Portrait);
    assert_eq!(
        calibrate(&mut b, CalibrationRequest::RecordBaseline),
        Some(CalibrationNote::Saved)
    );
    let saved = current(&b);
    let head = saved.head.expect("a head baseline");
    assert!(
        head.pitch_deg.is_finite() && head.pitch_deg.abs() < 45.0,
        "{head:?}"
    );
    assert!((0.1..0.9).contains(&head.eye_line), "{head:?}");
    assert_eq!(saved.backdrop, Some(backdrop));
    assert_eq!(
        pitch_baseline(&b),
        head.pitch_deg,
        "the pitch check measures relative to it"
    );
    assert!(
        pictures(dir.path()).is_empty(),
        "{:?}",
        pictures(dir.path())
    );
    drop(b);

    // After a restart the booth has it again, and staff see it.
    let mut b = booth(dir.path(), &director, &hash);
    assert_eq!(current(&b), saved);
    assert_eq!(pitch_baseline(&b), head.pitch_deg);
    support::open_operator(&mut b, PIN);
    assert!(b.shows(&b.t("operator-calibration-backdrop-set")));
    let shown = b.loc.format(
        b.lang,
        "operator-calibration-baseline",
        &[
            ("pitch", format!("{:.1}", head.pitch_deg).into()),
            ("height", format!("{:.0}", head.eye_line * 100.0).into()),
        ],
    );
    assert!(b.shows(&shown), "the operator screen shows {shown:?}");

    // A reset forgets it: the uncalibrated baseline applies again (kiosk-config's, or with the
    // demo camera, the demo sitter's own).
    b.tap("operator-calibration-reset");
    b.wait_until("the reset", |b| current(b) == Calibration::default());
    assert!(!file.exists());
    assert_eq!(
        pitch_baseline(&b),
        myna_booth::camera::demo_source::DEMO_SITTER_PITCH_DEG
    );
    assert!(b.shows(&b.t("operator-calibration-backdrop-none")));
}
