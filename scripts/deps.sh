#!/usr/bin/env bash
# Installs, with apt-get, whatever Debian 12 packages Parallax needs and this machine lacks.
# Sourced by run.sh, test.sh and fuzz.sh; "test" adds what only the test suite needs, "fuzz"
# what only the fuzzer needs.
set -euo pipefail

PARALLAX_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libgl-dev
    libdtl-dev libboost-locale-dev libicu-dev libuchardet-dev libstemmer-dev libcld2-dev
    nlohmann-json3-dev libcli11-dev libssl-dev
)
PARALLAX_TEST_PACKAGES=(
    libgtest-dev python3
    chromium nodejs npm
    desktop-file-utils appstream dpkg-dev file groff-base
    xauth xvfb
)

# scripts/fuzz.sh: libFuzzer and the sanitizers come with Clang's runtime.
PARALLAX_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

parallax_install_deps() {
    local wanted=("${PARALLAX_BUILD_PACKAGES[@]}")
    if [[ "${1:-}" == "test" ]]; then
        wanted+=("${PARALLAX_TEST_PACKAGES[@]}")
    elif [[ "${1:-}" == "fuzz" ]]; then
        wanted+=("${PARALLAX_FUZZ_PACKAGES[@]}")
    fi
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        # Node.js builds that bundle npm (e.g. NodeSource's nodejs) conflict with Debian's npm.
        if [[ "$pkg" == npm ]] && command -v npm >/dev/null; then
            continue
        fi
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}
