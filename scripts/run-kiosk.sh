#!/usr/bin/env bash
# Sets up the machine, builds and starts the kiosk with kiosk-config/booth.toml (or the file in
# MYNA_BOOTH_CONFIG). With no webcam it runs in demo mode and says so on screen. Without a
# display it starts a virtual one (Xvfb :99) and tells you how to take a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh

# The demo keeps its data in a private folder unless the config or the environment says otherwise.
export MYNA_BOOTH_DATA_DIR="${MYNA_BOOTH_DATA_DIR:-$HOME/.local/state/myna-booth}"

cargo build --bin myna-booth
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:99
  if ! pgrep -f "Xvfb :99" >/dev/null; then
    Xvfb :99 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    sleep 1
  fi
  echo "run-kiosk: no display found; the kiosk runs on the virtual screen :99"
  echo "run-kiosk: screenshot with: DISPLAY=:99 import -window root booth.png"
fi
exec "$CARGO_TARGET_DIR/debug/myna-booth" "$@"
