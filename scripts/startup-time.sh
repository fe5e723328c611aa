#!/usr/bin/env bash
# Time from process start to the first frame of the window, in a real X11 window under Xvfb.
# Usage: scripts/startup-time.sh [RUNS] [PLAN.ron]   (after `cargo build --release`)
set -euo pipefail
runs=${1:-5}
plan=${2:-curricula/cbec-higher-vocational-3-year.ron}
command -v Xvfb >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null)
display=":$((90 + RANDOM % 800))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
for _ in $(seq "$runs"); do
  DISPLAY=$display CURRICULUM_PLANNER_STARTUP_PROBE=1 target/release/curriculum-planner "$plan"
done
