#!/usr/bin/env bash
# Measures clutter recognition (issue 5) on the shared corpus and prints the figures:
#   seeds: clutter recall and share of article sentences flagged (gold: tests/golden/seeds-clutter.json)
#   aeb:   the benchmark's F1 on kept text, dev pages (first 60% by sorted id: tune on these only)
#          and held-out pages (the rest), each page run alone, scored by ../shared/eval/score_aeb.py
#   basil: articles saved as text with no clutter: share of sentences flagged and headlines found,
#          dev events (../shared/eval/dev-events.txt: tune on these only) and the others
# Usage: scripts/eval-clutter.sh [BUILD_DIR] [--verbose]   (default build folder: build/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${PARALLAX_BUILD_DIR:-$root/build}}"
shift || true
corpus="$root/../shared/corpus"
if [[ ! -d "$corpus/aeb" || ! -d "$corpus/seeds" || ! -f "$root/../shared/eval/score_aeb.py" ]]; then
    echo "eval-clutter: no corpus at $corpus (or no scorer): nothing to measure"
    exit 0
fi
cli="$build/app/parallax-cli"
if [[ ! -x "$cli" ]]; then
    cmake --build "$build" -j2 --target parallax-cli
fi
python3 "$root/scripts/eval_clutter.py" "$cli" "$corpus" "$root/tests/golden/seeds-clutter.json" "$@"
