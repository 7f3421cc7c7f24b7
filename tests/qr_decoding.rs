//! What a user of the scan step would notice about QR decoding: the demo form reads, ordinary
//! camera frames of a form read, nothing ever reads as a wrong payload, junk in front of the
//! camera never brings the kiosk down, and `myna-booth decode-qr --json` prints what operators
//! script against.
//!
//! Frames come from the seeded generator in `myna_booth::scan::testset`, so every run sees
//! the same frames. Speed is the benchmark's business (`cargo bench --bench qr_decode`):
//! nothing here asserts a timing.

use std::process::Command;
use std::time::Duration;

use image::{GrayImage, Luma};
use myna_booth::camera::{DemoScene, demo_frame};
use myna_booth::scan::testset::{
    self, BENCH_FRAMES, Condition, DEFAULT_SEED, Tally, TestFrame, Verdict,
};
use myna_booth::scan::{DecodeOutcome, Scanner, decode_qr};
use rand::{Rng, SeedableRng};

const FORM_ID: &str = "12345678901234567890123";
const FORM_URL: &str = "https://net.kojinbango-card.go.jp/SS_SERVICE_OUT/FA01S001Action.do?shinseiId=12345678901234567890123";

fn read(image: &GrayImage) -> Option<String> {
    match decode_qr(image) {
        DecodeOutcome::Payload(text) => Some(text),
        _ => None,
    }
}

/// Decodes frames `indices` of the benchmark set on all cores; returns the tally.
fn tally_of(indices: Vec<usize>) -> (Tally, Vec<(usize, Condition, Verdict)>) {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    let chunks: Vec<Vec<usize>> = (0..threads)
        .map(|t| indices.iter().copied().skip(t).step_by(threads).collect())
        .collect();
    let results: Vec<(usize, Condition, Verdict)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|index| {
                            let frame: TestFrame = testset::generate_frame(DEFAULT_SEED, index);
                            let verdict =
                                Verdict::of(read(&frame.image).as_deref(), &frame.payload);
                            (index, frame.condition, verdict)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a decoding thread panicked"))
            .collect()
    });
    let mut tally = Tally::new();
    for &(_, condition, verdict) in &results {
        tally.add(condition, verdict, Duration::ZERO);
    }
    (tally, results)
}

#[test]
fn the_demo_form_reads_back_throughout_its_sway() {
    for payload in [FORM_ID, FORM_URL] {
        let scene = DemoScene::Form {
            qr_payload: payload.into(),
        };
        for ms in [1500u64, 2600, 4100, 7300] {
            let frame = demo_frame(&scene, Duration::from_millis(ms));
            let grey = image::imageops::grayscale(&frame);
            assert_eq!(
                read(&grey).as_deref(),
                Some(payload),
                "payload of {} bytes at {ms} ms",
                payload.len()
            );
        }
    }
}

#[test]
fn an_empty_booth_and_a_sitter_read_as_nothing() {
    for scene in [DemoScene::Backdrop, DemoScene::Portrait] {
        let frame = image::imageops::grayscale(&demo_frame(&scene, Duration::from_secs(2)));
        assert_eq!(decode_qr(&frame), DecodeOutcome::Nothing, "{scene:?}");
    }
}

#[test]
fn easy_frames_of_the_generated_set_read() {
    // The easy conditions among the first 240 frames: 80 frames.
    let indices: Vec<usize> = (0..240)
        .filter(|&i| Condition::ALL[i % Condition::ALL.len()].is_easy())
        .collect();
    let (tally, results) = tally_of(indices);
    let missed: Vec<_> = results
        .iter()
        .filter(|(_, _, v)| *v != Verdict::Read)
        .map(|(i, c, v)| format!("#{i} {c}: {v:?}"))
        .collect();
    assert_eq!(tally.misreads(), 0, "{missed:?}");
    assert_eq!(tally.read_rate_of(Condition::Clean), 1.0, "{missed:?}");
    assert!(
        tally.read_rate() >= 0.9,
        "read {:.1} %; not read: {missed:?}\n{}",
        tally.read_rate() * 100.0,
        tally.markdown()
    );
}

#[test]
fn no_frame_of_the_whole_set_reads_as_a_wrong_payload() {
    let (tally, results) = tally_of((0..BENCH_FRAMES).collect());
    let misread: Vec<_> = results
        .iter()
        .filter(|(_, _, v)| *v == Verdict::Misread)
        .map(|(i, c, _)| format!("#{i} {c}"))
        .collect();
    assert!(misread.is_empty(), "misreads: {misread:?}");
    // Not a timing: the share of frames read is what the user feels as "it just works".
    assert!(
        tally.read_rate() >= 0.75,
        "read {:.1} %\n{}",
        tally.read_rate() * 100.0,
        tally.markdown()
    );
}

#[test]
fn the_generator_is_deterministic_and_labels_its_frames() {
    let a = testset::generate_frame(DEFAULT_SEED, 13);
    let b = testset::generate_frame(DEFAULT_SEED, 13);
    assert_eq!(a.image.as_raw(), b.image.as_raw());
    assert_eq!(a.payload, b.payload);
    assert_eq!(a.condition, Condition::ALL[13 % Condition::ALL.len()]);
    assert_eq!(a.image.dimensions(), (1280, 720));
    assert!((3.0..=14.0).contains(&a.module_px));
    let other = testset::generate_frame(DEFAULT_SEED + 1, 13);
    assert_ne!(a.image.as_raw(), other.image.as_raw());
}

/// Images a camera or a confused operator might hand over, none of which holds a code.
fn garbage() -> Vec<GrayImage> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(99);
    let mut images = vec![
        GrayImage::new(0, 0),
        GrayImage::new(1, 1),
        GrayImage::new(20, 2000),
        GrayImage::new(3000, 21),
        GrayImage::from_pixel(1280, 720, Luma([0])),
        GrayImage::from_pixel(1280, 720, Luma([255])),
        GrayImage::from_fn(1280, 720, |x, y| Luma([((x + y) % 256) as u8])),
    ];
    for (w, h) in [(21, 21), (64, 48), (640, 480), (1280, 720), (33, 900)] {
        images.push(GrayImage::from_fn(w, h, |_, _| Luma([rng.random::<u8>()])));
        // Blocky noise looks like modules; rings look like finder patterns.
        let cells: Vec<u8> = (0..4096)
            .map(|_| if rng.random::<bool>() { 0 } else { 255 })
            .collect();
        let cell = rng.random_range(2..12u32);
        images.push(GrayImage::from_fn(w, h, |x, y| {
            Luma([cells[((y / cell % 64) * 64 + x / cell % 64) as usize]])
        }));
        let ring = rng.random_range(2..9u32);
        images.push(GrayImage::from_fn(w, h, |x, y| {
            let d = (x % (ring * 7))
                .abs_diff(ring * 7 / 2)
                .max((y % (ring * 7)).abs_diff(ring * 7 / 2));
            Luma([if (d / ring) % 2 == 0 { 0 } else { 255 }])
        }));
    }
    images
}

#[test]
fn garbage_never_panics_and_never_reads() {
    let mut scanner = Scanner::new();
    for image in garbage() {
        let dims = image.dimensions();
        assert!(
            !matches!(decode_qr(&image), DecodeOutcome::Payload(_)),
            "{dims:?} read as a code"
        );
        // The video path too, several frames in a row (remembered regions, slow steps in turn).
        for _ in 0..3 {
            let scan = scanner.scan(&image);
            assert!(
                !matches!(scan.outcome, DecodeOutcome::Payload(_)),
                "{dims:?} read as a code"
            );
        }
    }
}

#[test]
fn the_video_scanner_keeps_reading_a_code_it_has_found() {
    let frame = testset::generate_frame(DEFAULT_SEED, 0);
    let mut scanner = Scanner::new();
    let first = scanner.scan(&frame.image);
    assert_eq!(first.outcome, DecodeOutcome::Payload(frame.payload.clone()));
    assert!(first.region.is_some());
    for _ in 0..4 {
        let next = scanner.scan(&frame.image);
        assert_eq!(next.outcome, DecodeOutcome::Payload(frame.payload.clone()));
    }
}

#[test]
fn decode_qr_json_prints_one_object_per_image() {
    let dir = tempfile::tempdir().expect("temp dir");
    let frame = testset::generate_frame(DEFAULT_SEED, 0);
    let form = dir.path().join("form.png");
    testset::save_png(&frame, &form).expect("write PNG");
    let blank = dir.path().join("blank.png");
    GrayImage::from_pixel(640, 480, Luma([200]))
        .save(&blank)
        .expect("write PNG");
    let missing = dir.path().join("missing.png");

    let output = Command::new(env!("CARGO_BIN_EXE_myna-booth"))
        .arg("decode-qr")
        .arg("--json")
        .arg(&form)
        .arg(&missing)
        .arg(&blank)
        .output()
        .expect("run myna-booth");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The missing image makes the run fail, but only at the end.
    assert!(
        !output.status.success(),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(stderr.contains("missing.png"), "{stderr}");

    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["image"], form.display().to_string());
    assert_eq!(lines[0]["payload"], frame.payload.as_str());
    assert!(
        lines[0]["ms"].as_f64().is_some_and(|ms| ms >= 0.0),
        "{stdout}"
    );
    assert_eq!(lines[1]["image"], blank.display().to_string());
    assert!(lines[1]["payload"].is_null());
    assert!(lines[1]["ms"].is_number());
    for line in &lines {
        let keys: Vec<&String> = line.as_object().expect("an object").keys().collect();
        assert_eq!(keys.len(), 3, "{line}");
    }
}
