//! The photo checks with the real face models on a real portrait: scikit-image's
//! `astronaut.png` (fetched into the models cache by `scripts/setup.sh`), framed as a booth
//! camera sees a person, and the seeded defects of `photo::defects` applied to it. Each defect
//! must make the check meant for it fail where the portrait passed it; her toothy smile must
//! fail `mouth_closed`.
//!
//! Without the models or the portrait this fails and says to run the setup.

use std::sync::{Arc, Mutex, OnceLock};

use image::{Rgb, RgbImage, imageops};
use myna_booth::config::PhotoChecksConfig;
use myna_booth::face::Point;
use myna_booth::face::models::{HOW_TO_GET_MODELS, models_dir};
use myna_booth::photo::defects::Defect;
use myna_booth::photo::{Analyser, CheckId, PhotoAnalysis, Verdict};

fn analyser() -> &'static Mutex<Analyser> {
    static ANALYSER: OnceLock<Mutex<Analyser>> = OnceLock::new();
    ANALYSER.get_or_init(|| match Analyser::load_default() {
        Ok(a) => Mutex::new(a),
        Err(e) => panic!("{e}"),
    })
}

/// Her head and shoulders on a plain wall, 1280×720, at booth scale.
fn portrait() -> RgbImage {
    let path = models_dir().join("testimages").join("astronaut.png");
    let img = image::open(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {HOW_TO_GET_MODELS}", path.display()))
        .to_rgb8();
    let head = imageops::crop_imm(&img, 105, 0, 240, 250).to_image();
    let scaled = imageops::resize(&head, 648, 675, imageops::FilterType::Triangle);
    let mut frame = RgbImage::from_pixel(1280, 720, Rgb([200, 202, 205]));
    imageops::overlay(&mut frame, &scaled, 316, 45);
    frame
}

fn analyse(frame: RgbImage) -> PhotoAnalysis {
    let mut analyser = analyser().lock().unwrap_or_else(|e| e.into_inner());
    let analysed = analyser
        .analyse_still(Arc::new(frame))
        .unwrap_or_else(|e| panic!("{e}"));
    PhotoAnalysis::judge(analysed, &PhotoChecksConfig::default(), &[])
}

fn verdict(a: &PhotoAnalysis, id: CheckId) -> (Option<f32>, Verdict) {
    let r = a
        .results
        .iter()
        .find(|r| r.id == id)
        .expect("every check runs");
    (r.value, r.verdict)
}

#[test]
fn the_portrait_is_found_measured_and_her_smile_fails() {
    let a = analyse(portrait());
    assert_eq!(verdict(&a, CheckId::FacePresent).1, Verdict::Pass);
    assert_eq!(verdict(&a, CheckId::SingleFace).1, Verdict::Pass);
    let (gap, v) = verdict(&a, CheckId::MouthClosed);
    assert_eq!(v, Verdict::Fail, "toothy smile: {gap:?}");
    assert!(gap.is_some_and(|g| g > 0.06), "{gap:?}");
    for id in [
        CheckId::Roll,
        CheckId::Yaw,
        CheckId::EyesOpen,
        CheckId::Centred,
    ] {
        assert_eq!(
            verdict(&a, id).1,
            Verdict::Pass,
            "{id}: {:?}",
            verdict(&a, id)
        );
    }
    let crop = a.crop.expect("a crop");
    assert!(crop.height >= 531, "{crop:?}");
    assert!(
        (f64::from(crop.width) / f64::from(crop.height) - 35.0 / 45.0).abs() < 0.005,
        "{crop:?}"
    );
    // The face is inside the crop, in its upper-middle part.
    let face = a.frame.face.as_ref().expect("face");
    let eyes = face.head.right_eye.midpoint(face.head.left_eye);
    let rel_y = (eyes.y - crop.y as f32) / crop.height as f32;
    assert!(
        (0.3..0.6).contains(&rel_y),
        "eyes at {rel_y} of the crop height"
    );
}

#[test]
fn each_defect_fails_the_check_meant_for_it() {
    let base_frame = portrait();
    let base = analyse(base_frame.clone());
    let face = base.frame.face.as_ref().expect("face");
    let centre = Point::new(
        face.head.midline_x,
        face.head.right_eye.midpoint(face.head.left_eye).y,
    );
    let mut wrong = Vec::new();
    for (seed, defect) in Defect::ALL.iter().enumerate() {
        let id = defect.caught_by();
        let before = verdict(&base, id);
        if before.1 == Verdict::Fail {
            wrong.push(format!(
                "{defect:?}: {id} already fails on the portrait ({before:?})"
            ));
            continue;
        }
        let after = analyse(defect.apply(&base_frame, centre, seed as u64));
        let got = verdict(&after, id);
        if got.1 != Verdict::Fail {
            wrong.push(format!(
                "{defect:?}: {id} gave {got:?} (portrait: {before:?})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
