//! The converted face models compute what the original TFLite models compute: every output of
//! every model, on the sample inputs the setup ran through the TFLite runtime, within 1e-3.
//!
//! The models and reference outputs come from `scripts/setup.sh` (scripts/models/); without
//! them this test fails and says so, rather than passing on nothing.
//!
//! The face-parsing network (BiSeNet, converted from its PyTorch checkpoint without PyTorch)
//! is compared with PyTorch's own outputs, committed in `tests/data/face_parsing_reference.json`
//! (made by `scripts/models/face_parsing_reference.py`) on two inputs rebuilt here exactly:
//! the lossless astronaut portrait and an integer pattern. On Grace Hopper's portrait it must
//! label her cap as hat, and the astronaut's hair as hair.

use std::path::{Path, PathBuf};

use myna_booth::face::models::{HOW_TO_GET_MODELS, ModelFile, models_dir};
use myna_booth::face::parsing::{self, CLASSES, FaceParser, GRID, INPUT, class};
use myna_booth::face::runner::OnnxModel;
use myna_booth::face::{Point, Rect};
use serde::Deserialize;

const TOLERANCE: f32 = 1e-3;

#[derive(Deserialize)]
struct Case {
    model: String,
    sample: String,
    input_shape: Vec<usize>,
    input: PathBuf,
    outputs: Vec<Output>,
}

#[derive(Deserialize)]
struct Output {
    name: String,
    shape: Vec<usize>,
    file: PathBuf,
}

fn read_f32(path: &Path) -> Vec<f32> {
    let bytes = std::fs::read(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {HOW_TO_GET_MODELS}", path.display()));
    let (chunks, rest) = bytes.as_chunks::<4>();
    assert!(
        rest.is_empty(),
        "{} is not whole float32 values",
        path.display()
    );
    chunks.iter().map(|c| f32::from_le_bytes(*c)).collect()
}

#[test]
fn converted_models_match_the_tflite_runtime_within_1e_3() {
    let dir = models_dir();
    let reference = dir.join("reference");
    let manifest_path = reference.join("manifest.json");
    let manifest = std::fs::read_to_string(&manifest_path).unwrap_or_else(|e| {
        panic!(
            "the face models' reference outputs are missing ({}: {e}); {HOW_TO_GET_MODELS}",
            manifest_path.display()
        )
    });
    let cases: Vec<Case> = serde_json::from_str(&manifest)
        .unwrap_or_else(|e| panic!("{} is not a valid manifest: {e}", manifest_path.display()));

    let mut seen_models = std::collections::BTreeSet::new();
    let mut compared = 0usize;
    for file in ModelFile::MEDIAPIPE {
        let model_cases: Vec<&Case> = cases.iter().filter(|c| c.model == file.stem()).collect();
        assert!(
            model_cases.len() >= 2,
            "{}: fewer than two reference samples; {HOW_TO_GET_MODELS}",
            file.stem()
        );
        let model = OnnxModel::load(file.stem(), &file.path_in(&dir), file.input_shape())
            .unwrap_or_else(|e| panic!("{e}"));
        for case in model_cases {
            assert_eq!(
                case.input_shape,
                file.input_shape().to_vec(),
                "{}",
                case.model
            );
            let input = read_f32(&reference.join(&case.input));
            let outputs = model.run(&input).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                outputs.len(),
                case.outputs.len(),
                "{}: output count",
                case.model
            );
            for (got, want) in outputs.iter().zip(&case.outputs) {
                let expected = read_f32(&reference.join(&want.file));
                assert_eq!(
                    expected.len(),
                    want.shape.iter().product::<usize>(),
                    "{} {}: reference size",
                    case.model,
                    want.name
                );
                assert_eq!(
                    got.len(),
                    expected.len(),
                    "{} {}: size",
                    case.model,
                    want.name
                );
                let (worst, at) = got
                    .iter()
                    .zip(&expected)
                    .map(|(a, b)| (a - b).abs())
                    .enumerate()
                    .fold((0.0f32, 0usize), |acc, (i, d)| {
                        if d > acc.0 || d.is_nan() { (d, i) } else { acc }
                    });
                assert!(
                    worst <= TOLERANCE,
                    "{} on sample {}: output {} differs by {worst} at index {at} (ONNX {} vs TFLite {})",
                    case.model,
                    case.sample,
                    want.name,
                    got[at],
                    expected[at]
                );
                compared += got.len();
            }
            seen_models.insert(case.model.clone());
        }
    }
    assert_eq!(seen_models.len(), 4, "all four models compared");
    assert!(compared > 100_000, "compared {compared} values");
}

#[derive(Deserialize)]
struct ParsingReference {
    cases: Vec<ParsingCase>,
}

#[derive(Deserialize)]
struct ParsingCase {
    input: String,
    classes: usize,
    grid: usize,
    step: usize,
    logits: Vec<f32>,
    labels: String,
}

fn parser() -> FaceParser {
    FaceParser::load(&ModelFile::Parsing.path_in(&models_dir())).unwrap_or_else(|e| panic!("{e}"))
}

fn test_image(name: &str) -> image::RgbImage {
    let path = models_dir().join("testimages").join(name);
    image::open(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; {HOW_TO_GET_MODELS}", path.display()))
        .to_rgb8()
}

/// The reference script's inputs, NHWC in 0…1.
fn parsing_input(name: &str) -> Vec<f32> {
    match name {
        "astronaut" => {
            let img = test_image("astronaut.png");
            assert_eq!(img.dimensions(), (INPUT as u32, INPUT as u32));
            img.as_raw().iter().map(|&v| f32::from(v) / 255.0).collect()
        }
        "pattern" => {
            let mut out = Vec::with_capacity(INPUT * INPUT * 3);
            for y in 0..INPUT {
                for x in 0..INPUT {
                    for v in [(7 * x + 3 * y) % 256, (5 * x + 11 * y) % 256, (x * y) % 256] {
                        out.push(v as f32 / 255.0);
                    }
                }
            }
            out
        }
        other => panic!("the reference names an unknown input {other}"),
    }
}

#[test]
fn the_face_parsing_network_matches_pytorch_within_1e_3() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/face_parsing_reference.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reference: ParsingReference = serde_json::from_str(&text).expect("reference JSON");
    assert_eq!(reference.cases.len(), 2);
    let parser = parser();
    let plane = GRID * GRID;
    for case in &reference.cases {
        assert_eq!((case.classes, case.grid), (CLASSES, GRID));
        let logits = parser
            .logits(&parsing_input(&case.input))
            .unwrap_or_else(|e| panic!("{e}"));
        // Every `step`-th cell of every class plane, in PyTorch's C, H, W order.
        let mut k = 0;
        let mut worst = 0.0f32;
        for c in 0..CLASSES {
            for y in (0..GRID).step_by(case.step) {
                for x in (0..GRID).step_by(case.step) {
                    let ours = logits[c * plane + y * GRID + x];
                    worst = worst.max((ours - case.logits[k]).abs());
                    k += 1;
                }
            }
        }
        assert_eq!(k, case.logits.len());
        assert!(
            worst <= TOLERANCE,
            "{}: logits differ by up to {worst}",
            case.input
        );
        // Every cell's winning class, except where two classes are within the tolerance.
        let labels = parsing::argmax(&logits);
        let mut differing = 0;
        for (cell, (ours, theirs)) in labels.iter().zip(case.labels.bytes()).enumerate() {
            let theirs = theirs - b'a';
            if *ours != theirs {
                let gap =
                    logits[*ours as usize * plane + cell] - logits[theirs as usize * plane + cell];
                assert!(
                    gap.abs() <= 2.0 * TOLERANCE,
                    "{}: cell {cell} is {ours}, PyTorch says {theirs}",
                    case.input
                );
                differing += 1;
            }
        }
        assert!(differing <= 2, "{}: {differing} cells differ", case.input);
    }
}

/// Shares of hat and hair among the cells labelled hat, hair or skin above `brow_y`, between
/// `left` and `right`.
fn hat_and_hair(parsed: &parsing::HeadParsing, brow_y: f32, left: f32, right: f32) -> (f32, f32) {
    let (mut hat, mut hair, mut n) = (0.0f32, 0.0f32, 0.0f32);
    for (p, label) in parsed.cells() {
        if p.y >= brow_y || p.x < left || p.x > right {
            continue;
        }
        match label {
            class::HAT => hat += 1.0,
            class::HAIR => hair += 1.0,
            class::SKIN => {}
            _ => continue,
        }
        n += 1.0;
    }
    assert!(n > 40.0, "too few head cells above the brows: {n}");
    (hat / n, hair / n)
}

#[test]
fn the_face_parsing_network_sees_grace_hoppers_cap_and_the_astronauts_hair() {
    let parser = parser();
    // Grace Hopper's portrait is already framed as the network wants it; her brows are at
    // about y 160, her head between x 150 and 370.
    let grace = test_image("grace_hopper_512x512.jpg");
    let parsed = parser
        .parse(&grace, Rect::new(0.0, 0.0, 512.0, 512.0))
        .unwrap_or_else(|e| panic!("{e}"));
    let (hat, hair) = hat_and_hair(&parsed, 160.0, 150.0, 370.0);
    eprintln!("Grace Hopper: hat {hat:.2}, hair {hair:.2}");
    assert!(
        hat > 0.5 && hair < 0.1,
        "Grace Hopper: hat {hat:.2}, hair {hair:.2}"
    );
    assert_eq!(
        parsed.at(Point::new(256.0, 90.0)),
        Some(class::HAT),
        "her cap's band"
    );
    // The astronaut's head, framed as `parsing_square` frames a head (her brows at about y 95
    // of the image, her head between x 135 and 295). Some cells at the edge of her hair read
    // as hat: far fewer than on Grace Hopper's cap.
    let astronaut = test_image("astronaut.png");
    let square = parsing::parsing_square(Point::new(215.0, 15.0), Point::new(215.0, 185.0), 215.0);
    let parsed = parser
        .parse(&astronaut, square)
        .unwrap_or_else(|e| panic!("{e}"));
    let (hat, hair) = hat_and_hair(&parsed, 95.0, 135.0, 295.0);
    assert!(
        hat < 0.2 && hair > 0.5,
        "astronaut: hat {hat:.2}, hair {hair:.2}"
    );
}
