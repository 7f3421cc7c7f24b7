//! One converted ONNX model with a single fixed NHWC float input, run with tract-onnx.

use std::path::Path;
use std::sync::Arc;

use tract_onnx::prelude::*;

use super::models::ModelError;

/// A loaded, optimised model ready to run (single thread, no state between calls).
pub struct OnnxModel {
    name: &'static str,
    input_shape: [usize; 4],
    plan: Arc<TypedRunnableModel>,
}

impl std::fmt::Debug for OnnxModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OnnxModel")
            .field("name", &self.name)
            .field("input_shape", &self.input_shape)
            .finish()
    }
}

impl OnnxModel {
    /// Loads `path`, whose single input must be float32 of `input_shape` (NHWC).
    pub fn load(
        name: &'static str,
        path: &Path,
        input_shape: [usize; 4],
    ) -> Result<Self, ModelError> {
        if !path.is_file() {
            return Err(ModelError::Missing {
                path: path.to_path_buf(),
            });
        }
        let fail = |e: TractError| ModelError::Load {
            name,
            path: path.to_path_buf(),
            detail: format!("{e:#}"),
        };
        let plan = tract_onnx::onnx()
            .model_for_path(path)
            .and_then(|m| m.with_input_fact(0, f32::fact(input_shape).into()))
            .and_then(|m| m.into_optimized())
            .and_then(|m| m.into_runnable())
            .map_err(fail)?;
        Ok(OnnxModel {
            name,
            input_shape,
            plan,
        })
    }

    /// The model's name, for errors and timings.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The NHWC input shape.
    pub fn input_shape(&self) -> [usize; 4] {
        self.input_shape
    }

    /// Runs the model on `input` (NHWC, row-major) and returns every output, flattened, in
    /// the model's output order.
    pub fn run(&self, input: &[f32]) -> Result<Vec<Vec<f32>>, ModelError> {
        let fail = |e: TractError| ModelError::Run {
            name: self.name,
            detail: format!("{e:#}"),
        };
        let tensor = Tensor::from_shape(&self.input_shape, input).map_err(fail)?;
        let outputs = self.plan.run(tvec!(tensor.into())).map_err(fail)?;
        outputs
            .iter()
            .map(|o| {
                o.try_as_plain_ram()
                    .and_then(|v| v.as_slice::<f32>().map(<[f32]>::to_vec))
                    .map_err(fail)
            })
            .collect()
    }
}
