#!/usr/bin/env bash
# Installs what is missing, builds Parallax, and opens the window on FOLDER
# (or, without one, on the bundled sample story).
# Usage: scripts/run.sh [FOLDER]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
parallax_install_deps

build="${PARALLAX_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target parallax parallax-cli
folder="${1:-$root/resources/samples/sample-story}"
exec "$build/app/parallax" "$folder"
