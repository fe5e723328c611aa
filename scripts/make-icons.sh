#!/usr/bin/env bash
# Renders the icon's PNG sizes (desktops, the .deb, the window) and the Windows ICO from its
# SVG source. Needs rsvg-convert (librsvg2-bin) and ImageMagick; the results are committed, so
# builds never need either.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  rsvg-convert -w "$size" -h "$size" curriculum-planner.svg -o "curriculum-planner-$size.png"
done
# Windows picks the size it needs from the ICO: list, title bar, taskbar, Explorer.
convert curriculum-planner-{16,24,32,48,64,128,256}.png curriculum-planner.ico
