//! The checks on constructed frames: the drawn compliant portrait passes every check, and each
//! defect a user could bring to the booth makes the check meant for it fail (or warn).

use image::Rgb;

use super::test_frames::{self, FaceLayout, analysed, clean, fill, image, landmarks, mask};
use super::{CheckId, CheckResult, Judge, Verdict, first_problem, run_all, run_one};
use crate::config::PhotoChecksConfig;
use crate::face::Rect;
use crate::photo::analysis::{AnalysedFrame, lm};

fn cfg() -> PhotoChecksConfig {
    PhotoChecksConfig::default()
}

fn check(frame: &AnalysedFrame, id: CheckId) -> CheckResult {
    let cfg = cfg();
    run_one(
        id,
        frame,
        &Judge {
            cfg: &cfg,
            was_passing: false,
        },
    )
}

fn assert_verdict(frame: &AnalysedFrame, id: CheckId, verdict: Verdict) {
    let r = check(frame, id);
    assert_eq!(r.verdict, verdict, "{id}: {r:?}");
}

#[test]
fn the_compliant_portrait_passes_every_check() {
    let frame = clean();
    let results = run_all(&frame, &cfg(), &[]);
    assert_eq!(results.len(), 20);
    let problems: Vec<_> = results
        .iter()
        .filter(|r| r.verdict != Verdict::Pass)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(first_problem(&results).is_none());
}

#[test]
fn no_face_fails_face_present_first_and_measures_nothing_about_a_face() {
    let mut frame = clean();
    frame.face = None;
    let results = run_all(&frame, &cfg(), &[]);
    assert_eq!(
        first_problem(&results).map(|r| r.id),
        Some(CheckId::FacePresent)
    );
    let roll = results
        .iter()
        .find(|r| r.id == CheckId::Roll)
        .expect("roll");
    assert_eq!((roll.value, roll.verdict), (None, Verdict::Fail));
}

#[test]
fn a_second_face_overlapping_the_crop_fails_and_one_elsewhere_warns() {
    let mut frame = clean();
    let crop = frame.crop().expect("crop");
    frame.other_faces = vec![Rect::new(crop.right() - 20.0, 100.0, 60.0, 60.0)];
    assert_verdict(&frame, CheckId::SingleFace, Verdict::Fail);
    frame.other_faces = vec![Rect::new(1180.0, 50.0, 50.0, 50.0)];
    assert_verdict(&frame, CheckId::SingleFace, Verdict::Warn);
}

#[test]
fn standing_too_close_cuts_the_crop_and_fails() {
    // A head so large its ideal crop cannot fit in the frame.
    let f = FaceLayout {
        eye_y: 300.0,
        ied: 170.0,
        forehead_y: 120.0,
        chin_y: 640.0,
        ..FaceLayout::default()
    };
    let frame = analysed(image(&f, 1), landmarks(&f), Some(mask(&f)));
    assert_verdict(&frame, CheckId::NotTooClose, Verdict::Fail);
}

#[test]
fn standing_too_far_gives_a_small_crop_and_fails() {
    let f = FaceLayout {
        cx: 640.0,
        eye_y: 300.0,
        ied: 60.0,
        forehead_y: 240.0,
        chin_y: 420.0,
    };
    let frame = analysed(image(&f, 2), landmarks(&f), Some(mask(&f)));
    let r = check(&frame, CheckId::NotTooFar);
    assert_eq!(r.verdict, Verdict::Fail, "{r:?}");
    assert!(r.value.is_some_and(|c| c < 531.0));
}

#[test]
fn a_face_at_the_frame_edge_is_not_centred_in_the_crop() {
    let f = FaceLayout {
        cx: 180.0,
        ..FaceLayout::default()
    };
    let frame = analysed(image(&f, 3), landmarks(&f), Some(mask(&f)));
    assert_verdict(&frame, CheckId::Centred, Verdict::Fail);
}

/// Rotates every landmark of `frame` about `c` by `deg` degrees.
fn rotated(frame: &AnalysedFrame, deg: f32) -> AnalysedFrame {
    let face = frame.face.as_ref().expect("face");
    let c = face.head.right_eye.midpoint(face.head.left_eye);
    let (s, co) = deg.to_radians().sin_cos();
    let lms = face
        .mesh
        .landmarks
        .iter()
        .map(|l| {
            let (dx, dy) = (l.x - c.x, l.y - c.y);
            crate::face::mesh::Landmark {
                x: c.x + co * dx - s * dy,
                y: c.y + s * dx + co * dy,
                z: l.z,
            }
        })
        .collect();
    analysed((*frame.image).clone(), lms, frame.mask.clone())
}

#[test]
fn a_tilted_head_fails_roll_and_the_value_is_the_angle() {
    let frame = rotated(&clean(), 8.0);
    let r = check(&frame, CheckId::Roll);
    assert_eq!(r.verdict, Verdict::Fail);
    assert!(r.value.is_some_and(|v| (v - 8.0).abs() < 0.2), "{r:?}");
    assert_verdict(&rotated(&clean(), 3.0), CheckId::Roll, Verdict::Pass);
}

fn with_landmarks(
    frame: &AnalysedFrame,
    edit: impl Fn(&mut Vec<crate::face::mesh::Landmark>),
) -> AnalysedFrame {
    let mut lms = frame.face.as_ref().expect("face").mesh.landmarks.clone();
    edit(&mut lms);
    analysed((*frame.image).clone(), lms, frame.mask.clone())
}

#[test]
fn a_turned_head_fails_yaw_and_a_raised_chin_fails_pitch() {
    let turned = with_landmarks(&clean(), |l| {
        l[lm::SIDE_LEFT].z = 40.0;
        l[lm::SIDE_RIGHT].z = -40.0;
    });
    assert_verdict(&turned, CheckId::Yaw, Verdict::Fail);
    let raised = with_landmarks(&clean(), |l| {
        l[lm::FOREHEAD].z = 60.0;
        l[lm::CHIN].z = -60.0;
    });
    assert_verdict(&raised, CheckId::Pitch, Verdict::Fail);
    assert_verdict(&raised, CheckId::Yaw, Verdict::Pass);
}

#[test]
fn closed_eyes_fail_eyes_open() {
    let closed = with_landmarks(&clean(), |l| {
        for idx in [lm::RIGHT_EYE, lm::LEFT_EYE] {
            let y = l[idx[0]].y;
            for &i in &idx[2..] {
                l[i].y = y;
            }
        }
    });
    let r = check(&closed, CheckId::EyesOpen);
    assert_eq!(r.verdict, Verdict::Fail);
    assert!(r.value.is_some_and(|v| v < 0.05), "{r:?}");
}

#[test]
fn an_open_mouth_fails_and_a_smile_is_graded() {
    let open = with_landmarks(&clean(), |l| {
        l[lm::LIP_LOWER_INNER].y += 30.0;
    });
    assert_verdict(&open, CheckId::MouthClosed, Verdict::Fail);

    let t = clean().face.expect("face").head.t;
    let smile = |lift: f32| {
        with_landmarks(&clean(), move |l| {
            // Corners start 2 px below the lip centre; raise them to `lift` × T above it.
            l[lm::MOUTH_RIGHT].y -= 2.0 + lift * t;
            l[lm::MOUTH_LEFT].y -= 2.0 + lift * t;
        })
    };
    assert_verdict(&smile(0.04), CheckId::NeutralExpression, Verdict::Warn);
    assert_verdict(&smile(0.07), CheckId::NeutralExpression, Verdict::Fail);
}

#[test]
fn dark_glasses_and_glare_fail_eyes_visible() {
    let frame = clean();
    let face = frame.face.clone().expect("face");
    let mut img = (*frame.image).clone();
    for c in [face.head.right_eye, face.head.left_eye] {
        fill(
            &mut img,
            |x, y| (x - c.x).abs() < 40.0 && (y - c.y).abs() < 22.0,
            [15, 15, 18],
        );
    }
    let dark = analysed(img, face.mesh.landmarks.clone(), frame.mask.clone());
    assert_verdict(&dark, CheckId::EyesVisible, Verdict::Fail);

    let mut img = (*frame.image).clone();
    for c in [face.head.right_eye, face.head.left_eye] {
        fill(
            &mut img,
            |x, y| (x - c.x).abs() < 14.0 && (y - c.y).abs() < 8.0,
            [255, 255, 255],
        );
    }
    let glare = analysed(img, face.mesh.landmarks.clone(), frame.mask.clone());
    assert_verdict(&glare, CheckId::EyesVisible, Verdict::Fail);
}

fn map_pixels(frame: &AnalysedFrame, f: impl Fn(u32, u32, [u8; 3]) -> [u8; 3]) -> AnalysedFrame {
    let mut img = (*frame.image).clone();
    for (x, y, p) in img.enumerate_pixels_mut() {
        *p = Rgb(f(x, y, p.0));
    }
    let face = frame.face.as_ref().expect("face");
    analysed(img, face.mesh.landmarks.clone(), frame.mask.clone())
}

#[test]
fn a_dark_or_overexposed_photo_fails_brightness_and_exposure() {
    let dark = map_pixels(&clean(), |_, _, p| p.map(|c| c / 4));
    assert_verdict(&dark, CheckId::FaceBrightness, Verdict::Fail);
    let blown = map_pixels(&clean(), |_, _, p| p.map(|c| c.saturating_mul(2)));
    assert_verdict(&blown, CheckId::Exposure, Verdict::Fail);
    assert_verdict(&blown, CheckId::FaceBrightness, Verdict::Fail);
}

#[test]
fn a_side_shadow_on_the_face_fails_even_light() {
    let frame = clean();
    let cx = frame.face.as_ref().expect("face").head.midline_x as u32;
    let shadowed = map_pixels(&frame, |x, _, p| if x < cx { p.map(|c| c / 2) } else { p });
    let r = check(&shadowed, CheckId::EvenLight);
    assert_eq!(r.verdict, Verdict::Fail, "{r:?}");
}

#[test]
fn a_blurred_photo_fails_sharpness_and_moving_warns() {
    let frame = clean();
    let face = frame.face.clone().expect("face");
    let blurred = image::imageops::blur(&*frame.image, 6.0);
    let blurred = analysed(blurred, face.mesh.landmarks.clone(), frame.mask.clone());
    assert_verdict(&blurred, CheckId::Sharpness, Verdict::Fail);
    let mut moving = clean();
    moving.jitter_px = Some(3.0);
    assert_verdict(&moving, CheckId::Sharpness, Verdict::Warn);
}

#[test]
fn background_clutter_fails_plain_background_and_background_objects() {
    let cluttered = map_pixels(&clean(), |x, y, p| {
        if p == test_frames::WALL {
            if (x / 12 + y / 12) % 2 == 0 {
                [60, 70, 80]
            } else {
                [230, 220, 200]
            }
        } else {
            p
        }
    });
    assert_verdict(&cluttered, CheckId::PlainBackground, Verdict::Fail);
    assert_verdict(&cluttered, CheckId::BackgroundObjects, Verdict::Fail);
}

#[test]
fn a_shadow_on_one_side_of_the_background_fails_background_shadow() {
    let frame = clean();
    let cx = frame.face.as_ref().expect("face").head.midline_x as u32;
    let shadow = map_pixels(&frame, |x, _, p| {
        if p == test_frames::WALL && x > cx {
            p.map(|c| c - 60)
        } else {
            p
        }
    });
    assert_verdict(&shadow, CheckId::BackgroundShadow, Verdict::Fail);
    assert_verdict(&shadow, CheckId::BackgroundObjects, Verdict::Fail);
}

#[test]
fn a_mask_over_the_mouth_only_warns_head_covering() {
    let frame = clean();
    let face = frame.face.clone().expect("face");
    let mouth = face.point(lm::LIP_UPPER_INNER);
    let chin = face.point(lm::CHIN);
    let mut img = (*frame.image).clone();
    let nose = face.point(lm::NOSE_TIP);
    fill(
        &mut img,
        |x, y| (x - mouth.x).abs() < 90.0 && y > nose.y - 5.0 && y < chin.y,
        [120, 170, 220],
    );
    let masked = analysed(img, face.mesh.landmarks.clone(), frame.mask.clone());
    assert_verdict(&masked, CheckId::HeadCovering, Verdict::Warn);
}

#[test]
fn a_cap_the_face_parser_sees_warns_though_the_forehead_is_bare() {
    // The forehead, lip and chin are skin like the cheeks: colour alone passes.
    let mut capped = clean();
    capped.hat_share = Some(0.79);
    let r = check(&capped, CheckId::HeadCovering);
    assert_eq!(r.verdict, Verdict::Warn, "{r:?}");
    assert!(
        r.value.is_some_and(|v| (v - 0.79 / 0.5).abs() < 1e-4),
        "{r:?}"
    );
    // Below its threshold the share passes; no reading yet: colour alone.
    capped.hat_share = Some(0.2);
    assert_verdict(&capped, CheckId::HeadCovering, Verdict::Pass);
    capped.hat_share = None;
    assert_verdict(&capped, CheckId::HeadCovering, Verdict::Pass);
}

#[test]
fn an_operator_can_switch_the_face_parser_off() {
    let mut capped = clean();
    capped.hat_share = Some(1.0);
    let cfg = PhotoChecksConfig {
        head_covering_parsing: false,
        ..cfg()
    };
    let judge = Judge {
        cfg: &cfg,
        was_passing: false,
    };
    let r = run_one(CheckId::HeadCovering, &capped, &judge);
    assert_eq!(r.verdict, Verdict::Pass, "{r:?}");
}

#[test]
fn hysteresis_keeps_a_passing_check_passing_just_over_its_threshold() {
    let frame = rotated(&clean(), 5.15);
    let cfg = cfg();
    let fresh = run_one(
        CheckId::Roll,
        &frame,
        &Judge {
            cfg: &cfg,
            was_passing: false,
        },
    );
    let held = run_one(
        CheckId::Roll,
        &frame,
        &Judge {
            cfg: &cfg,
            was_passing: true,
        },
    );
    assert_eq!(fresh.verdict, Verdict::Fail, "{fresh:?}");
    assert_eq!(held.verdict, Verdict::Pass, "{held:?}");
    let far = run_one(
        CheckId::Roll,
        &rotated(&clean(), 6.0),
        &Judge {
            cfg: &cfg,
            was_passing: true,
        },
    );
    assert_eq!(far.verdict, Verdict::Fail);
}
