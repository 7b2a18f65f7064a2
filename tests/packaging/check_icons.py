#!/usr/bin/env python3
"""Checks the application icons: a well-formed square SVG and one PNG of the right size per
hicolor size. Usage: check_icons.py ICONS_DIR APP_ID"""

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
SVG_NS = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != PNG_SIGNATURE or head[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", head[16:24])


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    icons, app_id = Path(sys.argv[1]), sys.argv[2]
    problems = []

    svg = icons / f"{app_id}.svg"
    try:
        root = ET.parse(svg).getroot()
        if root.tag != f"{SVG_NS}svg":
            problems.append(f"{svg}: root element is {root.tag}, not svg")
        box = root.get("viewBox", "").replace(",", " ").split()
        if len(box) != 4 or float(box[2]) != float(box[3]):
            problems.append(f"{svg}: viewBox {root.get('viewBox')!r} is not square")
        if svg.stat().st_size > 16 * 1024:
            problems.append(f"{svg}: {svg.stat().st_size} bytes, keep it under 16 KiB")
    except (OSError, ET.ParseError, ValueError) as error:
        problems.append(f"{svg}: {error}")

    for size in SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        try:
            actual = png_size(png)
            if actual != (size, size):
                problems.append(f"{png}: {actual[0]}x{actual[1]}, expected {size}x{size}")
        except (OSError, ValueError) as error:
            problems.append(f"{png}: {error}")

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{svg.name} and {len(SIZES)} PNG sizes OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
