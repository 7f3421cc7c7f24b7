#!/usr/bin/env bash
# Sets up the machine and runs every test of Myna Booth: the flow's rules, the locales, the
# workers and the whole journey through the real UI (egui_kittest, no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
cargo test --no-fail-fast "$@"
