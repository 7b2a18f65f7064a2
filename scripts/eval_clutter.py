#!/usr/bin/env python3
"""Measures clutter recognition (issue 5) with parallax-cli.

usage: eval_clutter.py CLI CORPUS_DIR SEEDS_GOLD [--split=seeds|dev|heldout|basil|all] [--verbose]

aeb: each page of CORPUS/aeb/text runs alone (copied to a temp folder: Parallax never writes where it
reads) and the outputs are scored with ../shared/eval/score_aeb.py. Pages are split by sorted id: the
first 60% are the dev pages (tune on these only), the rest held out.
seeds: each seed file runs alone; SEEDS_GOLD lists, per file, the line numbers of its clutter lines.
A sentence is clutter in the gold when it lies inside a line holding a gold snippet (or holds one).
Prints recall of clutter sentences and the share of article sentences flagged.
basil: each event folder of CORPUS/basil compared as a whole; the files hold no clutter, so every
flagged sentence is a false flag; headlines found counts first lines given kind headline. Dev events
are listed in ../shared/eval/dev-events.txt (tune on these only; --verbose lists their misses)."""
import json, os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor


def run_one(cli, path):
    with tempfile.TemporaryDirectory(prefix='parallax-eval-') as tmp:
        shutil.copy(path, os.path.join(tmp, os.path.basename(path)))
        out = subprocess.run([cli, 'compare', tmp, '--format', 'json'], capture_output=True, check=True)
        return json.loads(out.stdout)['documents'][0]


def run_all(cli, paths):
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda p: run_one(cli, p), paths))


def run_together(cli, paths):
    """All files in one folder: the comparison's evidence from the other outlets applies."""
    with tempfile.TemporaryDirectory(prefix='parallax-eval-') as tmp:
        for p in paths:
            shutil.copy(p, os.path.join(tmp, os.path.basename(p)))
        out = subprocess.run([cli, 'compare', tmp, '--format', 'json'], capture_output=True, check=True)
        docs = {os.path.basename(d['path']): d for d in json.loads(out.stdout)['documents']}
        return [docs[os.path.basename(p)] for p in paths]


def aeb_split(text_dir):
    ids = sorted(f[:-4] for f in os.listdir(text_dir) if f.endswith('.txt'))
    cut = (len(ids) * 6 + 9) // 10
    return ids[:cut], ids[cut:]


def score_aeb(cli, corpus, eval_dir, ids, label, verbose):
    text_dir = os.path.join(corpus, 'aeb', 'text')
    docs = run_all(cli, [os.path.join(text_dir, i + '.txt') for i in ids])
    gold_all = json.load(open(os.path.join(corpus, 'aeb', 'ground-truth.json'), encoding='utf-8'))
    with tempfile.TemporaryDirectory(prefix='parallax-score-') as tmp:
        out_path = os.path.join(tmp, 'out.json')
        gold_path = os.path.join(tmp, 'gold.json')
        json.dump({'documents': docs}, open(out_path, 'w', encoding='utf-8'))
        json.dump({i: gold_all[i] for i in ids if i in gold_all}, open(gold_path, 'w', encoding='utf-8'))
        res = subprocess.run([sys.executable, os.path.join(eval_dir, 'score_aeb.py'), gold_path, out_path],
                             capture_output=True, text=True, check=True)
        if verbose:
            sys.path.insert(0, eval_dir)
            import score_aeb
            for i, d in zip(ids, docs):
                kept = ' '.join(s['text'] for s in d['sentences']
                                if not s.get('boilerplate') and s.get('kind') != 'headline')
                tp, fp, fn = score_aeb.match(gold_all.get(i, {}).get('articleBody', ''), kept)
                print(f'  {i[:12]} P={score_aeb.prec(tp, fp, fn):.2f} R={score_aeb.rec(tp, fp, fn):.2f}')
    line = res.stdout.strip().splitlines()[-1]
    print(f'aeb {label}: {line}')
    return line


def squash(s):
    return ' '.join(s.split())


def gold_lines(lines, entries, name):
    """0-based indices of the lines the gold marks as clutter: entries are 1-based line numbers
    or {from, to} runs (see tests/golden/seeds-clutter.json)."""
    marked = set()
    for e in entries:
        first, last = (e['from'], e['to']) if isinstance(e, dict) else (e, e)
        if not 1 <= first <= last <= len(lines):
            print(f'  gold line out of range in {name}: {e}')
            continue
        marked.update(range(first - 1, last))
    return marked


def score_seeds(cli, corpus, gold_file, verbose, together=False):
    gold = json.load(open(gold_file, encoding='utf-8'))
    seeds = os.path.join(corpus, 'seeds')
    names = sorted(n for n in gold if not n.startswith('_'))
    paths = [os.path.join(seeds, n) for n in names]
    docs = run_together(cli, paths) if together else run_all(cli, paths)
    clutter = flagged_clutter = body = flagged_body = 0
    for name, doc in zip(names, docs):
        raw = open(os.path.join(seeds, name), encoding='utf-8', errors='replace').read()
        lines = raw.split('\n')
        marked = gold_lines(lines, gold[name], name)
        # Byte offset of each line start, to place sentences (offsets are into the decoded text).
        starts, pos = [], 0
        for l in raw.encode('utf-8').split(b'\n'):
            starts.append(pos)
            pos += len(l) + 1
        import bisect
        for s in doc['sentences']:
            t = squash(s['text'])
            li = bisect.bisect_right(starts, s['start']) - 1
            is_clutter = li in marked
            if is_clutter:
                clutter += 1
                flagged_clutter += bool(s['boilerplate'])
                if verbose and not s['boilerplate']:
                    print(f'  MISSED {name[:3]} {s["kind"]}: {t[:100]}')
            else:
                body += 1
                flagged_body += bool(s['boilerplate'])
                if verbose and s['boilerplate']:
                    print(f'  FALSE  {name[:3]} {s["kind"]}/{s.get("clutter", "")}: {t[:100]}')
    recall = flagged_clutter / clutter if clutter else 1.0
    false_rate = flagged_body / body if body else 0.0
    mode = 'compared together' if together else 'each alone'
    line = (f'seeds ({mode}): clutter recall={recall:.3f} ({flagged_clutter}/{clutter}) '
            f'article flagged={false_rate:.3f} ({flagged_body}/{body})')
    print(line)
    return recall, false_rate


def basil_events(corpus):
    """Dev events (../shared/eval/dev-events.txt: tune on these only) and the others."""
    basil = os.path.join(corpus, 'basil')
    listed = os.path.join(os.path.dirname(os.path.abspath(corpus)), 'eval', 'dev-events.txt')
    dev = [l.strip() for l in open(listed, encoding='utf-8') if l.strip()]
    rest = sorted(e for e in os.listdir(basil)
                  if os.path.isdir(os.path.join(basil, e)) and e not in set(dev))
    return dev, rest


def score_basil(cli, corpus, events, label, verbose):
    """basil files are articles saved as text, headline on the first line, no clutter at all:
    every flagged sentence is a false flag, and a first line of 30 words or fewer is the headline.
    A copy of the headline printed again below it (28 of the 300 files) is not counted: it is
    page furniture, and the classifier flags it."""
    def run(event):
        out = subprocess.run([cli, 'compare', os.path.join(corpus, 'basil', event), '--format', 'json'],
                             capture_output=True, check=True)
        return json.loads(out.stdout)['documents']
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, events))
    sentences = flagged = heads = found = 0
    for event, docs in zip(events, results):
        for doc in docs:
            ss = doc['sentences']
            if not ss:
                continue
            first = [s for s in ss if s['paragraph'] == ss[0]['paragraph']]
            if len(' '.join(s['text'] for s in first).split()) <= 30:
                heads += 1
                found += all(s['kind'] == 'headline' for s in first)
                if verbose and not all(s['kind'] == 'headline' for s in first):
                    print(f'  HEADLINE MISSED {event[:8]} {os.path.basename(doc["path"])}: {first[0]["text"][:90]}')
            for s in ss[len(first):]:
                if s['text'] == first[0]['text']:
                    continue  # the headline printed again: furniture, flagged as such
                sentences += 1
                flagged += bool(s['boilerplate'])
                if verbose and s['boilerplate']:
                    print(f'  FALSE {event[:8]} {os.path.basename(doc["path"])} {s["kind"]}/{s.get("clutter", "")}: '
                          f'{squash(s["text"])[:90]}')
    print(f'basil {label}: article flagged={flagged / max(sentences, 1):.3f} ({flagged}/{sentences}) '
          f'headlines={found}/{heads}')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    split = 'all'
    for a in sys.argv[1:]:
        if a.startswith('--split='):
            split = a.split('=', 1)[1]
    cli, corpus, gold_file = args[:3]
    eval_dir = os.path.join(os.path.dirname(os.path.abspath(corpus)), 'eval')
    dev, held = aeb_split(os.path.join(corpus, 'aeb', 'text'))
    if split in ('all', 'seeds'):
        score_seeds(cli, corpus, gold_file, verbose)
        score_seeds(cli, corpus, gold_file, verbose, together=True)
    if split in ('all', 'dev'):
        score_aeb(cli, corpus, eval_dir, dev, f'dev ({len(dev)} pages)', verbose)
    if split in ('all', 'heldout'):
        score_aeb(cli, corpus, eval_dir, held, f'held-out ({len(held)} pages)', verbose)
    if split in ('all', 'basil') and os.path.isdir(os.path.join(corpus, 'basil')):
        basil_dev, basil_rest = basil_events(corpus)
        score_basil(cli, corpus, basil_dev, f'dev ({len(basil_dev)} events)', verbose)
        # The other events are for independent checks: figures only, never a list to tune on.
        score_basil(cli, corpus, basil_rest, f'others ({len(basil_rest)} events)', False)


if __name__ == '__main__':
    main()
