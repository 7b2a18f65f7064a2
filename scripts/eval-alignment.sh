#!/usr/bin/env bash
# Scores the aligner against every gold file we made for the basil corpus, and against the
# seeds gold (tests/golden/seeds.gold.json: the five copied web pages of ../shared/corpus/seeds).
# Builds nothing: point it at a built parallax-cli.
#
#   scripts/eval-alignment.sh [--cli PATH] [--gold DIR] [--corpus DIR] [--seeds DIR] [--verbose]
#                             [--difflib CUTOFF] [-- extra compare options]
#
# Prints the scorer's last line per event, then a macro average over the events: first the dev
# events (gold files directly in --gold), then, separately, the held-out events in its heldout/
# folder (annotated, never tuned on), then the seeds on a line of their own ("seeds  F1=...").
# --difflib CUTOFF scores the greedy difflib baseline (scripts/difflib_baseline.py) instead, on
# the same sentences.
# Exits 0 with a message when the shared corpus or the scorer is absent (a fresh clone has
# neither).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${PARALLAX_CLI:-}"
gold_dir="$here/tests/golden/basil"
corpus="$here/../shared/corpus/basil"
scorer="$here/../shared/eval/score_alignment.py"
seeds="$here/../shared/corpus/seeds"
seeds_gold="$here/tests/golden/seeds.gold.json"
verbose=""
difflib=""
extra=()
while (($#)); do
    case "$1" in
        --cli) cli="$2"; shift 2 ;;
        --gold) gold_dir="$2"; shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --seeds) seeds="$2"; shift 2 ;;
        --verbose) verbose="--verbose"; shift ;;
        --difflib) difflib="$2"; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        *) echo "usage: $0 [--cli PATH] [--gold DIR] [--corpus DIR] [--seeds DIR] [--verbose] [--difflib CUTOFF] [-- compare options]" >&2; exit 2 ;;
    esac
done
if [[ -z "$cli" ]]; then
    for candidate in "$here"/build-align2/app/parallax-cli "$here"/build-align/app/parallax-cli "$here"/build/app/parallax-cli "$here"/build-*/app/parallax-cli; do
        if [[ -x "$candidate" ]]; then cli="$candidate"; break; fi
    done
fi
if [[ -z "$cli" || ! -x "$cli" ]]; then
    echo "eval-alignment: no parallax-cli found (build it, or pass --cli PATH)" >&2
    exit 1
fi
if [[ ! -f "$scorer" || ! -d "$corpus" ]]; then
    echo "eval-alignment: shared corpus or scorer absent ($corpus); nothing to score"
    exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# baseline FILE: with --difflib, FILE's rows become the difflib baseline's.
baseline() {
    if [[ -n "$difflib" ]]; then
        python3 "$here/scripts/difflib_baseline.py" "$1" "$1" --cutoff "$difflib"
    fi
}

# score_set LABEL DIR: every DIR/*.gold.json, then the macro average.
score_set() {
    local label="$1" dir="$2" count=0 gold event folder out result last
    local lines=()
    for gold in "$dir"/*.gold.json; do
        [[ -e "$gold" ]] || continue
        event="$(basename "$gold" .gold.json)"
        folder="$corpus/$event"
        if [[ ! -d "$folder" ]]; then
            echo "$event: folder absent, skipped"
            continue
        fi
        out="$tmp/$event.json"
        "$cli" compare "$folder" --format json -o "$out" "${extra[@]}"
        baseline "$out"
        result="$(python3 "$scorer" "$gold" "$out" $verbose)"
        if [[ -n "$verbose" ]]; then
            echo "== $event"
            echo "$result" | sed '$d'
        fi
        last="$(echo "$result" | tail -n 1)"
        printf '%s  %s\n' "${event:0:8}" "$last"
        lines+=("$last")
        count=$((count + 1))
    done
    if ((count == 0)); then
        echo "eval-alignment: no gold file in $dir"
        return
    fi
    printf '%s\n' "${lines[@]}" | python3 -c '
import re, sys
label = sys.argv[1]
rows = [dict(re.findall(r"(\w+)=([0-9.]+)", line)) for line in sys.stdin if line.strip()]
keys = ["F1", "must_recall", "precision"]
print("%s macro (%d events)  " % (label, len(rows)) + " ".join(
    "%s=%.3f" % (k, sum(float(r.get(k, 0)) for r in rows) / len(rows)) for k in keys))
' "$label"
}

score_set dev "$gold_dir"
if [[ -d "$gold_dir/heldout" ]]; then
    score_set held-out "$gold_dir/heldout"
fi

# The seeds: one event, five outlets, web pages with their clutter; scored on their own.
if [[ -d "$seeds" && -f "$seeds_gold" ]]; then
    "$cli" compare "$seeds" --format json -o "$tmp/seeds.json" "${extra[@]}"
    baseline "$tmp/seeds.json"
    result="$(python3 "$scorer" "$seeds_gold" "$tmp/seeds.json" $verbose)"
    if [[ -n "$verbose" ]]; then
        echo "== seeds"
        echo "$result" | sed '$d'
    fi
    printf 'seeds  %s\n' "$(echo "$result" | tail -n 1)"
else
    echo "seeds: folder ($seeds) or gold absent, skipped"
fi
