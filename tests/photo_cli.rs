//! `myna-booth check-photo` as an operator or a script meets it: one JSON object per image per
//! line in the documented form, every check of design §3 by its id, a crop that follows the
//! 35:45 format; an unreadable image is reported and sets the exit status; missing face models
//! are explained, not hidden.

use std::process::Command;

use image::{Rgb, RgbImage, imageops};
use myna_booth::face::models::{HOW_TO_GET_MODELS, models_dir};
use myna_booth::photo::CheckId;

fn booth() -> Command {
    Command::new(env!("CARGO_BIN_EXE_myna-booth"))
}

/// The astronaut portrait at booth scale, written as a PNG.
fn portrait_png(dir: &std::path::Path) -> std::path::PathBuf {
    let src = models_dir().join("testimages").join("astronaut.png");
    let img = image::open(&src)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {HOW_TO_GET_MODELS}", src.display()))
        .to_rgb8();
    let head = imageops::crop_imm(&img, 105, 0, 240, 250).to_image();
    let scaled = imageops::resize(&head, 648, 675, imageops::FilterType::Triangle);
    let mut frame = RgbImage::from_pixel(1280, 720, Rgb([200, 202, 205]));
    imageops::overlay(&mut frame, &scaled, 316, 45);
    let path = dir.join("portrait.png");
    frame.save(&path).expect("write the portrait");
    path
}

#[test]
fn json_output_has_the_documented_form_and_every_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = portrait_png(dir.path());
    let missing = dir.path().join("missing.png");
    let out = booth()
        .args(["check-photo", "--json"])
        .arg(&png)
        .arg(&missing)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "an unreadable image sets status 1"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.png"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one line per readable image: {stdout}");
    let line = lines[0];
    // Keys in the documented order.
    let order: Vec<usize> = ["\"image\":", "\"checks\":", "\"crop\":", "\"ms\":"]
        .iter()
        .map(|k| {
            line.find(k)
                .unwrap_or_else(|| panic!("{k} missing in {line}"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{line}");
    let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
    assert_eq!(v["image"], png.to_string_lossy().as_ref());
    let checks = v["checks"].as_array().expect("checks");
    let ids: Vec<&str> = checks.iter().filter_map(|c| c["id"].as_str()).collect();
    let expected: Vec<&str> = CheckId::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, expected);
    for c in checks {
        assert!(
            ["pass", "warn", "fail"].contains(&c["verdict"].as_str().unwrap_or("")),
            "{c}"
        );
        assert!(c["value"].is_number() || c["value"].is_null(), "{c}");
    }
    let face = checks
        .iter()
        .find(|c| c["id"] == "face_present")
        .expect("face_present");
    assert_eq!(face["verdict"], "pass");
    let crop: Vec<u64> = v["crop"]
        .as_array()
        .expect("a crop")
        .iter()
        .filter_map(serde_json::Value::as_u64)
        .collect();
    assert_eq!(crop.len(), 4);
    assert!(
        (crop[2] as f64 / crop[3] as f64 - 35.0 / 45.0).abs() < 0.005,
        "{crop:?}"
    );
    assert!(
        crop[0] + crop[2] <= 1280 && crop[1] + crop[3] <= 720,
        "{crop:?}"
    );
    assert!(v["ms"].as_f64().is_some_and(|ms| ms > 0.0));
}

#[test]
fn without_the_models_it_says_how_to_get_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let img = dir.path().join("grey.png");
    RgbImage::from_pixel(640, 480, Rgb([128, 128, 128]))
        .save(&img)
        .expect("write");
    let out = booth()
        .env("MYNA_BOOTH_MODELS", dir.path())
        .args(["check-photo"])
        .arg(&img)
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("scripts/setup.sh"), "{err}");
}
