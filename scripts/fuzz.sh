#!/usr/bin/env bash
# Fuzzes the core pipeline (tests/fuzz/compare_fuzzer.cpp) with libFuzzer under the address and
# undefined-behaviour sanitizers: decoding, segmentation, classification, alignment, diff and
# the exports, on hostile bytes. Not part of the test command (it runs until told to stop);
# run it after changing core, and turn what it finds into a test.
#
#   scripts/fuzz.sh [SECONDS [LIBFUZZER OPTIONS...]]   # default 300 s; builds in build-fuzz/
#   scripts/fuzz.sh 1200 -len_control=0 -max_len=262144  # big inputs from the start
#
# Installs clang and libclang-rt-14-dev (Debian) when missing; crashes are written to build-fuzz/crashes/,
# the grown corpus to build-fuzz/corpus/ (seeded from tests/fuzz/seeds, which we wrote).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
shift || true
build="${PARALLAX_FUZZ_BUILD_DIR:-$here/build-fuzz}"
# shellcheck source=deps.sh
source "$here/scripts/deps.sh"
parallax_install_deps fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g -O1"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DPARALLAX_BUILD_FUZZERS=ON -DPARALLAX_BUILD_UI=OFF -DPARALLAX_BUILD_TESTS=OFF \
    -DPARALLAX_BUILD_BENCHMARKS=OFF -DPARALLAX_WARNINGS_AS_ERRORS=OFF >/dev/null
cmake --build "$build" -j2 --target parallax_compare_fuzzer
mkdir -p "$build/corpus" "$build/crashes"
cp -n "$here"/tests/fuzz/seeds/* "$build/corpus/"
# One process; -timeout catches hangs (an input of at most 256 KB must not take seconds).
"$build/tests/fuzz/parallax_compare_fuzzer" "$build/corpus" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$build/crashes/" \
    -print_final_stats=1 "$@"
