#!/usr/bin/env bash
# Builds the .deb from an already-built build directory, unpacks it into a temporary root and runs
# the unpacked parallax-cli there, with no LD_LIBRARY_PATH: the package must stand on its own.
# Usage: deb_roundtrip.sh --cpack CPACK --config CPackConfig.cmake --version X.Y.Z
#                         --app-id ID --with-window ON|OFF
set -euo pipefail

cpack="" config="" version="" app_id="" with_window=ON
while (($# > 0)); do
    case "$1" in
    --cpack) cpack="$2" ;;
    --config) config="$2" ;;
    --version) version="$2" ;;
    --app-id) app_id="$2" ;;
    --with-window) with_window="$2" ;;
    *)
        echo "deb_roundtrip.sh: unknown argument $1" >&2
        exit 2
        ;;
    esac
    shift 2
done
if [[ -z "$cpack" || -z "$config" || -z "$version" || -z "$app_id" ]]; then
    echo "deb_roundtrip.sh: --cpack, --config, --version and --app-id are required" >&2
    exit 2
fi

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in dpkg dpkg-deb dpkg-shlibdeps python3; do
    command -v "$tool" >/dev/null || fail "$tool not found: install dpkg-dev and python3 (scripts/deps.sh test)"
done
unset LD_LIBRARY_PATH

tmp="$(mktemp -d "${TMPDIR:-/tmp}/parallax-deb.XXXXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Pack. -B keeps cpack's staging (_CPack_Packages) and the package inside this run's directory.
if ! "$cpack" -G DEB --config "$config" -B "$tmp/package" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$tmp"/package/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb in $tmp/package, found ${#debs[@]}"
deb="${debs[0]}"
echo "built $(basename "$deb")"

# Control fields: name, version, and Depends filled in by dpkg-shlibdeps.
[[ "$(dpkg-deb --field "$deb" Package)" == parallax ]] || fail "Package is not parallax"
[[ "$(dpkg-deb --field "$deb" Version)" == "$version" ]] ||
    fail "Version is $(dpkg-deb --field "$deb" Version), expected $version"
depends="$(dpkg-deb --field "$deb" Depends)"
echo "Depends: $depends"
[[ "$depends" == *libc6* ]] || fail "Depends lacks libc6: shared library dependencies were not computed"
[[ "$(basename "$deb")" == "parallax_${version}_$(dpkg --print-architecture).deb" ]] ||
    fail "unexpected file name $(basename "$deb")"

# Unpack and check the files are where a Debian system looks for them.
root="$tmp/root"
dpkg -x "$deb" "$root"
expected=(
    usr/bin/parallax-cli
    usr/share/man/man1/parallax-cli.1.gz
    usr/share/doc/parallax/copyright
    usr/share/parallax/samples/sample-story
)
if [[ "$with_window" == ON ]]; then
    expected+=(
        usr/bin/parallax
        usr/share/man/man1/parallax.1.gz
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    )
    for size in 16 22 24 32 48 64 128 256; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for path in "${expected[@]}"; do
    [[ -e "$root/$path" ]] || fail "the package lacks /$path"
done
samples=("$root"/usr/share/parallax/samples/sample-story/*)
((${#samples[@]} > 0)) || fail "the packaged sample story is empty"
if [[ "$with_window" == ON ]]; then
    # The metainfo, its launchable desktop entry and the icons, checked together as installed.
    command -v appstreamcli >/dev/null || fail "appstreamcli not found: install appstream"
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree on the package"
fi

# Every shared library the programs need resolves on this system, without the build tree.
for program in "$root"/usr/bin/*; do
    if ldd "$program" | grep -F "not found"; then
        fail "$(basename "$program") links a library the system lacks"
    fi
    if readelf -d "$program" 2>/dev/null | grep -E "R(UN)?PATH"; then
        fail "$(basename "$program") still carries an RPATH"
    fi
done

cli="$root/usr/bin/parallax-cli"
if ! version_output="$("$cli" --version 2>&1)"; then
    echo "$version_output" >&2
    fail "parallax-cli --version exited non-zero"
fi
echo "parallax-cli --version: $version_output"
[[ "$version_output" == *"$version"* ]] || fail "parallax-cli --version does not print $version"

status=0
"$cli" compare "$root/usr/share/parallax/samples/sample-story" --format json -o "$tmp/out.json" ||
    status=$?
((status == 0)) || fail "parallax-cli compare on the packaged sample story exited $status"

python3 - "$tmp/out.json" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    comparison = json.load(f)
documents = comparison.get("documents")
if not isinstance(documents, list) or not documents:
    sys.exit(f"FAIL: {sys.argv[1]} has no \"documents\"")
print(f"out.json: {len(documents)} documents")
EOF

echo "PASS"
