#!/usr/bin/env bash
# Installs everything Myna Booth needs on Debian 12, as root (or with sudo). Idempotent: it
# installs only what is missing, so running it again is quick.
set -euo pipefail

PACKAGES=(
  # Building: C toolchain, bindgen for the V4L camera bindings, nasm for fast MJPEG decoding.
  build-essential pkg-config libclang-dev nasm curl ca-certificates
  # Fonts the booth renders every language with (Latin, Thai, Devanagari, CJK).
  fonts-noto-core fonts-noto-cjk
  # Running the window: OpenGL (Mesa), X11 client libraries, and a virtual screen for machines
  # without a monitor.
  libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 xvfb
  # Screenshots of the running kiosk (import -window root).
  imagemagick
  # Slips (issue 6): a private CUPS for the printing tests (scripts/cups-test-server.sh, with a
  # python3 byte-capturing listener), and pdftotext/pdftoppm/zbarimg to check printed slips.
  cups cups-bsd cups-filters python3
  poppler-utils zbar-tools
  # Photo guide (issue 4): the face-model converter's Python environment.
  python3-venv python3-pip
  # Voice guidance (issue 8): Open JTalk for Japanese (its dictionary, and the NIT voice from
  # Debian's contrib section, enabled below), espeak-ng for the other languages, aplay.
  open-jtalk open-jtalk-mecab-naist-jdic hts-voice-nitech-jp-atr503-m001 espeak-ng alsa-utils
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

# The Japanese voice is in Debian's contrib section: add it next to the system's own sources
# (same mirror, same suites) when it is not there yet.
CONTRIB_SOURCES=/etc/apt/sources.list.d/myna-booth-contrib.sources
if ! dpkg-query -W -f='${Status}' hts-voice-nitech-jp-atr503-m001 2>/dev/null | grep -q "install ok installed" \
  && [ ! -e "$CONTRIB_SOURCES" ] && [ -f /etc/apt/sources.list.d/debian.sources ] \
  && ! grep -q '^Components:.*contrib' /etc/apt/sources.list.d/debian.sources; then
  echo "setup: enabling Debian's contrib section for the Japanese voice"
  sed 's/^Components:.*/Components: contrib/' /etc/apt/sources.list.d/debian.sources \
    | $SUDO tee "$CONTRIB_SOURCES" >/dev/null
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Rust: egui 0.37 needs Rust 1.95 or newer, newer than Debian's own cargo.
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  export PATH="$HOME/.cargo/bin:$PATH"
fi
# Photo guide (issue 4): the MediaPipe face models, converted to ONNX, cached outside git.
bash "$(dirname "$0")/models/fetch-models.sh"
echo "setup: ready ($(cargo --version))"
