#!/usr/bin/env python3
"""The CSV and JSON exports as someone else's program reads them: parallax-cli writes them,
Python's csv and json modules read them back, and the result must match the comparison."""
import argparse
import csv
import io
import json
import math
import os
import subprocess
import sys
import tempfile

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
STATUSES = {"shared", "partial", "unique"}

passed = 0
failed = 0


def check(condition, what, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}{': ' + str(detail) if detail else ''}")


def export(cli, folder, fmt, out):
    before = sorted(os.listdir(folder))
    subprocess.run([cli, "compare", folder, "--format", fmt, "-o", out], check=True)
    check(sorted(os.listdir(folder)) == before, f"{fmt} export leaves the input folder alone")
    with open(out, "rb") as f:
        return f.read()


def csv_text(text):
    """What a CSV cell holds for a text, by the rules docs/export.md states."""
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def check_json_contract(doc):
    check(doc.get("version") == 1, "JSON: version 1")
    documents = doc.get("documents", [])
    rows = doc.get("rows", [])
    check(isinstance(documents, list) and documents, "JSON: documents is a non-empty list")
    for d in documents:
        for key, kind in (("path", str), ("outlet", str), ("title", str), ("sentences", list)):
            if not isinstance(d.get(key), kind):
                check(False, f"JSON: document field {key}", d.get("path"))
                return
        for s in d["sentences"]:
            ok = (isinstance(s.get("text"), str) and isinstance(s.get("start"), int)
                  and isinstance(s.get("end"), int) and 0 <= s["start"] <= s["end"]
                  and isinstance(s.get("kind"), str) and isinstance(s.get("boilerplate"), bool))
            if not ok:
                check(False, "JSON: sentence fields", s)
                return
    check(True, "JSON: every document and sentence has the contract's fields")
    seen = [[0] * len(d["sentences"]) for d in documents]
    for r in rows:
        cells = r.get("cells")
        if not (isinstance(cells, list) and len(cells) == len(documents)
                and r.get("status") in STATUSES):
            check(False, "JSON: row has one cell per document and a status", r)
            return
        for i, cell in enumerate(cells):
            for s in cell:
                seen[i][s] += 1
    check(all(n == 1 for counts in seen for n in counts),
          "JSON: every sentence sits in exactly one cell of one row")


def check_csv(raw, doc, label):
    check(raw.startswith(b"\xef\xbb\xbf"), f"{label}: UTF-8 with a byte order mark")
    text = raw.decode("utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    check(text.count("\r\n") == len(records) and "\n" not in text.replace("\r\n", ""),
          f"{label}: one CRLF-ended line per record")
    documents, rows = doc["documents"], doc["rows"]
    check(len(records) == len(rows) + 1, f"{label}: a header and one line per row",
          f"{len(records)} vs {len(rows) + 1}")
    header = records[0]
    check(header[:4] == ["row", "status", "kind", "by_hand"] and header[-1] == "closest_elsewhere"
          and len(header) == len(documents) + 5,
          f"{label}: header names row, status, kind, by_hand, one column per outlet and "
          "closest_elsewhere", header)
    titles = header[4:-1]
    row_of = {(d, s): r for r, row in enumerate(rows) for d, cell in enumerate(row["cells"]) for s in cell}
    mismatches = []
    for r, (row, record) in enumerate(zip(rows, records[1:])):
        if record[0] != str(r + 1) or record[1] != row["status"]:
            mismatches.append((r, record[:3]))
        if record[2] != ("clutter" if row.get("boilerplate") else "article"):
            mismatches.append((r, record[:3]))
        if record[3] != ("yes" if row["by_user"] else "no"):
            mismatches.append((r, record[3]))
        for d, cell in enumerate(row["cells"]):
            expected = csv_text(" ".join(documents[d]["sentences"][s]["text"] for s in cell))
            if record[4 + d] != expected:
                mismatches.append((r, d, record[4 + d], expected))
        near = [(n["document"], row_of.get((n["document"], n["sentence"])), n["similarity"])
                for n in row["near"]]
        expected = "; ".join(f"{titles[d]}: row {at + 1}, {math.floor(sim * 100 + 0.5)}% alike" for d, at, sim in near
                             if at is not None and not rows[at].get("boilerplate"))
        if record[-1] != csv_text(expected):
            mismatches.append((r, record[-1], expected))
    check(not mismatches, f"{label}: every cell reads back as the outlet's sentences",
          mismatches[:3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sample", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parallax-formats-") as work:
        sample_json = json.loads(export(args.cli, args.sample, "json",
                                        os.path.join(work, "sample.json")))
        check_json_contract(sample_json)
        check_csv(export(args.cli, args.sample, "csv", os.path.join(work, "sample.csv")),
                  sample_json, "sample CSV")

        hostile = os.path.join(work, "hostile")
        os.mkdir(hostile)
        with open(os.path.join(hostile, "01-a.txt"), "w", encoding="utf-8") as f:
            f.write('Source: Herald, "The" Daily\n\n'
                    'He said "no", twice, and left.\n'
                    '=HYPERLINK("http://x.example","click") was typed in the chat.\n'
                    '-5 degrees were measured at the quay; it was cold.\n')
        with open(os.path.join(hostile, "02-b.txt"), "w", encoding="utf-8") as f:
            f.write('Source: Courier\n\n'
                    'He said "no", twice, then left the room.\n'
                    '@everyone was told to stay home, the café said “politely”.\n')
        hostile_json = json.loads(export(args.cli, hostile, "json",
                                         os.path.join(work, "hostile.json")))
        check_json_contract(hostile_json)
        check_csv(export(args.cli, hostile, "csv", os.path.join(work, "hostile.csv")),
                  hostile_json, "hostile CSV")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
