#!/usr/bin/env bash
# Renders the PNG application icons from the SVG source. The PNGs are committed, so this only needs
# running after the SVG changes. Needs rsvg-convert (Debian package librsvg2-bin).
# Usage: scripts/render-icons.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="org.parallax.Parallax"
icons="$root/packaging/icons"
svg="$icons/$app_id.svg"

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons.sh: rsvg-convert not found; install librsvg2-bin" >&2
    exit 1
fi

for size in 16 22 24 32 48 64 128 256; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/$app_id.png" "$svg"
    echo "$dir/$app_id.png"
done
