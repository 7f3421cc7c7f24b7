//! The converted face models compute what the original TFLite models compute: every output of
//! every model, on the sample inputs the setup ran through the TFLite runtime, within 1e-3.
//!
//! The models and reference outputs come from `scripts/setup.sh` (scripts/models/); without
//! them this test fails and says so, rather than passing on nothing.

use std::path::{Path, PathBuf};

use myna_booth::face::models::{HOW_TO_GET_MODELS, ModelFile, models_dir};
use myna_booth::face::runner::OnnxModel;
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
    for file in ModelFile::ALL {
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
