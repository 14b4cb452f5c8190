#!/usr/bin/env bash
# Renders packaging/icons/kepler-console.svg to the PNG sizes the desktop (hicolor theme) and
# the window icon use. Run after editing the SVG and commit the PNGs: the build and CI then need
# no SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "$size"
  rsvg-convert --width "$size" --height "$size" kepler-console.svg -o "$size/kepler-console.png"
done
echo "rendered $(ls -1 */kepler-console.png | wc -l) PNGs from kepler-console.svg"
