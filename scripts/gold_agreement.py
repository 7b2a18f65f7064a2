#!/usr/bin/env python3
"""How well do two annotators of one event agree, on the scorer's own terms?

An offline measurement, not part of the build or the tests (docs/alignment.md, "Agreement between
annotators"). It turns annotator A's units into rows (every sentence of a unit's core and soft
members in one row, every other sentence alone) over the sentences of `parallax-cli compare
--format json` (so the segmentation is the aligner's), and scores those rows with
`score_alignment.py` against annotator B's gold, then the other way round. It also scores the
aligner's own rows against both, so the three figures sit side by side.

usage: gold_agreement.py --cli build/app/parallax-cli FIRST.gold.json SECOND.gold.json [...]
       (pairs of gold files of the same event; the event folder is ../shared/corpus/basil/<event>,
       named by the gold file; --corpus DIR to read another)
Prints one line per event and direction, then the macro average of each column.
"""
import argparse, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(HERE, '..', 'shared')
SCORER = os.path.join(SHARED, 'eval', 'score_alignment.py')
from gold_snippets import snippet_locator  # noqa: E402


def rows_from_gold(gold, out):
    """The output `out` with its rows replaced by `gold`'s units, located as the scorer locates them."""
    docs = out['documents']
    locate = snippet_locator(gold, out)

    placed, rows = set(), []
    for unit in gold['units']:
        cells = [[] for _ in docs]
        for grade in ('core', 'soft'):
            for key, snippets in unit.get(grade, {}).items():
                for snippet in snippets:
                    loc = locate(key, snippet)
                    if loc and loc not in placed:
                        placed.add(loc)
                        cells[loc[0]].append(loc[1])
        if any(cells):
            rows.append({'cells': [sorted(c) for c in cells]})
    for di, d in enumerate(docs):
        for j in range(len(d['sentences'])):
            if (di, j) not in placed:
                cells = [[] for _ in docs]
                cells[di].append(j)
                rows.append({'cells': cells})
    return dict(out, rows=rows)


def score(gold_path, out, work, name):
    path = os.path.join(work, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(out, f)
    last = subprocess.run([sys.executable, SCORER, gold_path, path], capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r'(\w+)=([0-9.]+)', last)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--corpus', default=os.path.join(SHARED, 'corpus', 'basil'))
    ap.add_argument('golds', nargs='+')
    args = ap.parse_args()
    if len(args.golds) % 2:
        ap.error('gold files come in pairs: FIRST SECOND [FIRST SECOND ...]')
    work = tempfile.mkdtemp()
    columns = {'A as rows vs B': [], 'B as rows vs A': [], 'aligner vs A': [], 'aligner vs B': []}
    for a, b in zip(args.golds[::2], args.golds[1::2]):
        event = os.path.basename(a).replace('.gold.json', '')
        out_path = os.path.join(work, event + '.json')
        subprocess.run([args.cli, 'compare', os.path.join(args.corpus, event), '--format', 'json', '-o', out_path],
                       check=True)
        out = json.load(open(out_path, encoding='utf-8'))
        ga, gb = json.load(open(a, encoding='utf-8')), json.load(open(b, encoding='utf-8'))
        figures = {
            'A as rows vs B': score(b, rows_from_gold(ga, out), work, event + '.a.json'),
            'B as rows vs A': score(a, rows_from_gold(gb, out), work, event + '.b.json'),
            'aligner vs A': score(a, out, work, event + '.out.json'),
            'aligner vs B': score(b, out, work, event + '.out.json'),
        }
        for label, f in figures.items():
            columns[label].append(f)
            print(f"{event[:8]}  {label:15s} F1={f['F1']:.3f} must_recall={f['must_recall']:.3f} "
                  f"precision={f['precision']:.3f}")
    for label, rows in columns.items():
        print(f"macro ({len(rows)} events)  {label:15s} " + ' '.join(
            f"{k}={sum(r[k] for r in rows) / len(rows):.3f}" for k in ('F1', 'must_recall', 'precision')))


if __name__ == '__main__':
    main()
