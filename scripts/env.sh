# Sourced by the project's scripts: one build cache outside the checkout, shared by every
# command (the kiosk and all tests use the same `dev` profile, dependencies optimised).
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/myna-booth/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Keep winit/Wayland quiet under Xvfb.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="/tmp/myna-booth-runtime-$(id -u)"
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi
