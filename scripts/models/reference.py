#!/usr/bin/env python3
"""Reference outputs of the TFLite runtime for the equivalence test (issue 4).

It owns the sample inputs and the reference outputs only: for each MediaPipe model it makes
sample inputs that the project generates itself (a drawn portrait-like scene, a smooth gradient,
seeded noise; no photographs), runs the original .tflite file in the TFLite runtime
(ai-edge-litert) and writes, under OUT/:

  manifest.json                       every case: model, sample, input shape and file, outputs
  <model>/<sample>/input.f32          the input tensor, little-endian float32, NHWC
  <model>/<sample>/<output>.f32       each output tensor, little-endian float32

tests/face_models.rs runs the converted ONNX models on the same inputs with tract-onnx.

Usage: reference.py TFLITE_DIR OUT_DIR
"""

import json
import os
import sys

import numpy as np
from ai_edge_litert.interpreter import Interpreter

# Model name -> value range its input expects (MediaPipe's image-to-tensor settings).
MODELS = {
    "face_detection_short_range": (-1.0, 1.0),
    "face_landmark": (0.0, 1.0),
    "iris_landmark": (0.0, 1.0),
    "selfie_segmentation_landscape": (0.0, 1.0),
}


def portrait(h, w):
    """A drawn head-and-shoulders scene in [0, 1] RGB: plain wall, skin ellipse, eyes, mouth."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.empty((h, w, 3), np.float32)
    img[:] = (0.82, 0.84, 0.86)
    cx, cy = w * 0.5, h * 0.45
    face = ((x - cx) / (w * 0.22)) ** 2 + ((y - cy) / (h * 0.30)) ** 2 <= 1.0
    img[face] = (0.86, 0.68, 0.56)
    hair = (((x - cx) / (w * 0.24)) ** 2 + ((y - cy + h * 0.06) / (h * 0.30)) ** 2 <= 1.0) & (
        y < cy - h * 0.18
    )
    img[hair] = (0.15, 0.11, 0.09)
    shoulders = ((x - cx) / (w * 0.45)) ** 2 + ((y - h * 1.05) / (h * 0.3)) ** 2 <= 1.0
    img[shoulders] = (0.12, 0.15, 0.30)
    for ex in (cx - w * 0.08, cx + w * 0.08):
        eye = ((x - ex) / (w * 0.035)) ** 2 + ((y - (cy - h * 0.04)) / (h * 0.018)) ** 2 <= 1.0
        img[eye] = (0.95, 0.95, 0.95)
        iris = ((x - ex) ** 2 + (y - (cy - h * 0.04)) ** 2) <= (w * 0.014) ** 2
        img[iris] = (0.2, 0.12, 0.08)
    mouth = ((x - cx) / (w * 0.06)) ** 2 + ((y - (cy + h * 0.15)) / (h * 0.012)) ** 2 <= 1.0
    img[mouth] = (0.6, 0.3, 0.3)
    return img


def samples(h, w, rng):
    yield "portrait", portrait(h, w)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    grad = np.stack([x / max(w - 1, 1), y / max(h - 1, 1), 0.5 * np.ones_like(x)], axis=-1)
    yield "gradient", grad
    yield "noise", rng.uniform(0.0, 1.0, (h, w, 3)).astype(np.float32)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    src, out = argv[1], argv[2]
    rng = np.random.default_rng(20261121)
    manifest = []
    for model, (lo, hi) in MODELS.items():
        it = Interpreter(model_path=os.path.join(src, model + ".tflite"), num_threads=1)
        it.allocate_tensors()
        (inp,) = it.get_input_details()
        _, h, w, _ = (int(d) for d in inp["shape"])
        for sample, img in samples(h, w, rng):
            x = (lo + img * (hi - lo)).astype(np.float32)[None, ...]
            it.set_tensor(inp["index"], x)
            it.invoke()
            case_dir = os.path.join(out, model, sample)
            os.makedirs(case_dir, exist_ok=True)
            x.astype("<f4").tofile(os.path.join(case_dir, "input.f32"))
            outputs = []
            for o in it.get_output_details():
                y = it.get_tensor(o["index"]).astype("<f4")
                fname = o["name"].replace("/", "_").replace(":", "_") + ".f32"
                y.tofile(os.path.join(case_dir, fname))
                outputs.append({"name": o["name"], "shape": [int(d) for d in y.shape],
                                "file": os.path.join(model, sample, fname)})
            manifest.append({
                "model": model,
                "sample": sample,
                "input_shape": [int(d) for d in x.shape],
                "input": os.path.join(model, sample, "input.f32"),
                "outputs": outputs,
            })
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
