#!/usr/bin/env python3
"""How much of what the aligner misses does the window offer for review?

An offline measurement, not part of the build or the tests (docs/alignment.md, "Reviewing possible
matches"). A row's `near` list names, per outlet the row lacks, that outlet's closest sentence: the
"≈ row N" hint of an empty cell, which the window's Go > Next Possible Match steps through and the
user can put in the row with one key. For every gold event this counts
  - the gold pairs (two sentences of different outlets in one unit; must = both core) that the
    aligner's rows keep apart, and of those the ones a review would offer: one sentence's row
    names the other as its near match;
  - the near matches shown, and of those the right ones: the offered sentence and some sentence
    of the row are in one gold unit (what a reviewer accepts; the rest they dismiss).

usage: near_match_coverage.py --cli build/app/parallax-cli [--corpus DIR] GOLD.json [...]
Prints one line per event, then the sums per set of gold files given.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, 'scripts'))
from gold_snippets import snippet_locator  # noqa: E402


def gold_members(gold, out):
    """Per unit: {(document, sentence): 'core' | 'soft'}, located as the scorer locates them."""
    locate = snippet_locator(gold, out)
    units = []
    for unit in gold['units']:
        members = {}
        for grade in ('core', 'soft'):
            for key, snippets in unit.get(grade, {}).items():
                for snippet in snippets:
                    loc = locate(key, snippet)
                    if loc and loc not in members:
                        members[loc] = grade
        units.append(members)
    return units


def measure(gold, out):
    units = gold_members(gold, out)
    row_of, near_of = {}, {}
    for r, row in enumerate(out['rows']):
        for d, cell in enumerate(row['cells']):
            for s in cell:
                row_of[(d, s)] = r
        near_of[r] = {(m['document'], m['sentence']) for m in row.get('near', [])}
    unit_of = {}
    for u, members in enumerate(units):
        for loc in members:
            unit_of.setdefault(loc, set()).add(u)
    counts = dict(missed=0, missed_must=0, offered=0, offered_must=0, shown=0, right=0)
    for members in units:
        for (a, ga), (b, gb) in itertools.combinations(members.items(), 2):
            if a[0] == b[0] or a not in row_of or b not in row_of or row_of[a] == row_of[b]:
                continue
            must = ga == 'core' and gb == 'core'
            counts['missed'] += 1
            counts['missed_must'] += must
            if b in near_of[row_of[a]] or a in near_of[row_of[b]]:
                counts['offered'] += 1
                counts['offered_must'] += must
    for r, row in enumerate(out['rows']):
        present = {(d, s) for d, cell in enumerate(row['cells']) for s in cell}
        for loc in near_of[r]:
            counts['shown'] += 1
            if any(unit_of.get(loc, set()) & unit_of.get(p, set()) for p in present):
                counts['right'] += 1
    return counts


def offer_traits(gold, out):
    """Per offer shown: whether it is right, and traits a ranking could use (--breakdown)."""
    units = gold_members(gold, out)
    unit_of = {}
    for u, members in enumerate(units):
        for loc in members:
            unit_of.setdefault(loc, set()).add(u)
    rows = out['rows']
    row_of = {(d, s): r for r, row in enumerate(rows) for d, cell in enumerate(row['cells']) for s in cell}
    sizes = [len(doc['sentences']) for doc in out['documents']]
    offered_by = {}
    for r, row in enumerate(rows):
        for m in row.get('near', []):
            offered_by.setdefault((m['document'], m['sentence']), []).append((m['similarity'], r))
    traits = []
    for r, row in enumerate(rows):
        present = {(e, t) for e, cell in enumerate(row['cells']) for t in cell}
        for m in row.get('near', []):
            d, s = m['document'], m['sentence']
            own = rows[row_of[(d, s)]] if (d, s) in row_of else {'near': []}

            def others(q):
                return [t for t in rows[q]['cells'][d] if t != s] if not rows[q]['boilerplate'] else []
            # Where its outlet would put the row: between its sentences in the rows before and after.
            before = next((max(others(q)) for q in range(r - 1, -1, -1) if others(q)), -1)
            after = next((min(others(q)) for q in range(r + 1, len(rows)) if others(q)), sizes[d])
            traits.append({
                'right': any(unit_of.get((d, s), set()) & unit_of.get(p, set()) for p in present),
                'similarity ≥ 0.20': m['similarity'] >= 0.20,
                'in its outlet\'s gap': before < s < after,
                'its row offers this row back': any((x['document'], x['sentence']) in present
                                                    for x in own.get('near', [])),
                'this row is its closest': max(offered_by[(d, s)])[1] == r,
            })
    return traits


def reviewed(gold, out):
    """`out` after a reviewer who accepts every right near match: the offered sentence leaves its
    row for the row that offers it (as "put it in this row" does), best offers first."""
    units = gold_members(gold, out)
    unit_of = {}
    for u, members in enumerate(units):
        for loc in members:
            unit_of.setdefault(loc, set()).add(u)
    rows = [[list(c) for c in row['cells']] for row in out['rows']]
    offers = sorted(((m['similarity'], r, m['document'], m['sentence'])
                     for r, row in enumerate(out['rows']) for m in row.get('near', [])), reverse=True)
    for _, r, d, s in offers:
        present = {(e, t) for e, cell in enumerate(rows[r]) for t in cell}
        if rows[r][d] or not any(unit_of.get((d, s), set()) & unit_of.get(p, set()) for p in present):
            continue
        for row in rows:
            if s in row[d]:
                row[d].remove(s)
        rows[r][d].append(s)
    result = dict(out)
    result['rows'] = [dict(out['rows'][i], cells=cells) for i, cells in enumerate(rows)]
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--corpus', default=os.path.join(HERE, '..', 'shared', 'corpus', 'basil'))
    parser.add_argument('--reviewed', metavar='DIR',
                        help='also write each output after an ideal review to DIR/<event>.json')
    parser.add_argument('--breakdown', action='store_true',
                        help='also print how many offers are right, by trait')
    parser.add_argument('gold', nargs='+')
    args = parser.parse_args()
    total = dict(missed=0, missed_must=0, offered=0, offered_must=0, shown=0, right=0)
    traits = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.gold:
            event = os.path.basename(path).split('.')[0]
            folder = os.path.join(args.corpus, event)
            if not os.path.isdir(folder):
                print(f'{event[:8]}: folder absent, skipped')
                continue
            out_path = os.path.join(tmp, 'out.json')
            subprocess.run([args.cli, 'compare', folder, '--format', 'json', '-o', out_path], check=True)
            with open(path) as g, open(out_path) as o:
                c = measure(json.load(g), json.load(o))
            if args.breakdown:
                with open(path) as g, open(out_path) as o:
                    traits += offer_traits(json.load(g), json.load(o))
            if args.reviewed:
                with open(path) as g, open(out_path) as o:
                    after = reviewed(json.load(g), json.load(o))
                with open(os.path.join(args.reviewed, event + '.json'), 'w') as f:
                    json.dump(after, f)
            for k in total:
                total[k] += c[k]
            print(f"{event[:8]}  missed {c['missed']} (must {c['missed_must']})  offered {c['offered']} "
                  f"(must {c['offered_must']})  near matches shown {c['shown']}, right {c['right']}")
    t = total
    share = t['offered'] / t['missed'] if t['missed'] else 0.0
    right = t['right'] / t['shown'] if t['shown'] else 0.0
    print(f"all  missed {t['missed']} (must {t['missed_must']})  offered {t['offered']} ({share:.0%}; must "
          f"{t['offered_must']})  near matches shown {t['shown']}, right {t['right']} ({right:.0%})")

    if args.breakdown:
        for name in [k for k in (traits[0] if traits else {}) if k != 'right']:
            for value in (True, False):
                some = [t for t in traits if t[name] == value]
                right = sum(t['right'] for t in some)
                print(f"  {name} {'yes' if value else 'no '}: {len(some)} offers, {right} right"
                      f" ({right / len(some) if some else 0:.0%})")


if __name__ == '__main__':
    main()