#!/usr/bin/env bash
# Installs what is missing, builds Parallax with its tests, and runs every test with ctest.
# Usage: scripts/test.sh            (build folder: build/ beside this script's checkout)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/deps.sh"
parallax_install_deps test

# playwright-core for the browser tests of the HTML export (it drives Debian's chromium).
(cd "$root/tests/browser" && npm ci --no-audit --no-fund)

build="${PARALLAX_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARALLAX_BUILD_TESTS=ON
cmake --build "$build" -j2
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 600
