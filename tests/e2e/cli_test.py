#!/usr/bin/env python3
"""End-to-end test of parallax-cli as a user runs it (python3 standard library only).

usage: cli_test.py --cli PATH --sample DIR --gold FILE --corpus DIR --eval DIR

Runs the real binary on the sample story and on bad folders, checks exit codes, the one-line
error messages and the JSON contract of docs/json-format.md; when the shared corpus exists,
checks the contract on every folder of it (seeds, each basil event, a sample of aeb pages each
alone in a folder). Exits 0 when every check passed, 1 otherwise.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

FAILURES = []
CHECKS = 0


def check(condition, message):
    global CHECKS
    CHECKS += 1
    if not condition:
        FAILURES.append(message)
        print('FAIL ' + message, flush=True)
    return condition


def run(cli, *args, cwd=None):
    return subprocess.run([cli, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def natural_key(name):
    return [(0, int(part), '') if part.isdigit() else (1, 0, part.lower())
            for part in re.split(r'(\d+)', name) if part]


ARTICLE_KINDS = {'headline', 'subheading', 'body'}
KINDS = ARTICLE_KINDS | {'byline', 'caption', 'boilerplate'}


def check_contract(out, folder, what):
    """The JSON contract; folder holds the input files, to check offsets on UTF-8 files."""
    ok = check(out.get('version') == 1, f'{what}: version 1')
    docs = out.get('documents', [])
    rows = out.get('rows', [])
    ok &= check(isinstance(docs, list) and isinstance(rows, list), f'{what}: documents and rows')
    names = [d['path'] for d in docs]
    ok &= check(names == sorted(names, key=natural_key), f'{what}: documents in natural order')
    for d in docs:
        for key in ('path', 'outlet', 'title'):
            ok &= check(isinstance(d.get(key), str), f'{what}: {d.get("path")}: {key} is a string')
        ok &= check(bool(d.get('outlet')), f'{what}: {d["path"]}: outlet not empty')
        previous_end = 0
        for s in d['sentences']:
            ok &= check(isinstance(s['start'], int) and isinstance(s['end'], int)
                        and previous_end <= s['start'] < s['end'],
                        f'{what}: {d["path"]}: offsets in order: {s["text"][:40]!r}')
            previous_end = s['end']
            ok &= check(len(s['text'].encode('utf-8')) == s['end'] - s['start'],
                        f'{what}: {d["path"]}: end - start is the UTF-8 length: {s["text"][:40]!r}')
            ok &= check(s['kind'] in KINDS, f'{what}: kind {s["kind"]}')
            ok &= check(s['boilerplate'] == (s['kind'] not in ARTICLE_KINDS),
                        f'{what}: boilerplate flag matches kind {s["kind"]}')
        # Offsets index the decoded text: for plain UTF-8 files with LF ends that is the file.
        if d.get('encoding') == 'UTF-8' and folder:
            raw = open(os.path.join(folder, d['path']), 'rb').read()
            if b'\r' not in raw:
                bad = [s for s in d['sentences'] if raw[s['start']:s['end']].decode('utf-8', 'replace') != s['text']]
                ok &= check(not bad, f'{what}: {d["path"]}: text == file[start:end] ({len(bad)} bad)')
    seen = set()
    for r, row in enumerate(rows):
        cells = row['cells']
        ok &= check(len(cells) == len(docs), f'{what}: row {r}: one cell per document')
        present = sum(1 for c in cells if c)
        expected = 'unique' if present == 1 else 'shared' if present == len(docs) > 1 else 'partial'
        ok &= check(present >= 1, f'{what}: row {r} not empty')
        ok &= check(row['status'] == expected, f'{what}: row {r}: status {row["status"]} != {expected}')
        # The CLI has no user's word to go by: no row is shaped by hand.
        ok &= check(row.get('by_user') is False, f'{what}: row {r}: by_user false')
        for di, cell in enumerate(cells):
            for j in cell:
                ok &= check(0 <= j < len(docs[di]['sentences']), f'{what}: row {r}: index {j} in range')
                ok &= check((di, j) not in seen, f'{what}: sentence {di}/{j} in two cells')
                seen.add((di, j))
    total = sum(len(d['sentences']) for d in docs)
    ok &= check(len(seen) == total, f'{what}: every sentence in a row ({len(seen)}/{total})')
    return ok


def compare_json(cli, folder, what):
    p = run(cli, 'compare', folder)
    if not check(p.returncode == 0, f'{what}: exit 0 (got {p.returncode}: {p.stderr.strip()[:200]})'):
        return None
    try:
        return json.loads(p.stdout)
    except json.JSONDecodeError as e:
        check(False, f'{what}: output is JSON ({e})')
        return None


def listing(folder):
    return sorted((n, os.stat(os.path.join(folder, n)).st_mtime_ns, os.stat(os.path.join(folder, n)).st_size)
                  for n in os.listdir(folder))


def test_sample(args, tmp):
    out = compare_json(args.cli, args.sample, 'sample')
    if out:
        check_contract(out, args.sample, 'sample')
        check(len(out['documents']) == 5, 'sample: five documents')
    for flag in ('--help', '--version'):
        p = run(args.cli, flag)
        check(p.returncode == 0 and p.stdout.strip(), f'{flag}: exit 0 with output')
    p = run(args.cli, '--version')
    check('parallax-cli' in p.stdout, '--version names the program')

    # --follow N: the rows in outlet N's own order, and the JSON says so.
    p = run(args.cli, 'compare', args.sample, '--follow', '3')
    if check(p.returncode == 0, f'--follow 3: exit 0 (got {p.returncode}: {p.stderr.strip()[:200]})'):
        followed = json.loads(p.stdout)
        check(followed.get('rows_follow') == 2, '--follow 3: rows_follow names the third document')
        firsts = [row['cells'][2][0] for row in followed['rows'] if row['cells'][2]]
        check(firsts == sorted(firsts), '--follow 3: its sentences come in its own order')
        check(out is None or sorted(map(json.dumps, followed['rows'])) == sorted(map(json.dumps, out['rows'])),
              '--follow 3: the same rows as the consensus order, rearranged')
        check(out is None or 'rows_follow' not in out, 'consensus order: no rows_follow')

    # Usage errors: exit 2, one line on stderr.
    for argv in ([], ['compare'], ['frobnicate'], ['compare', args.sample, '--format', 'pdf'],
                 ['compare', args.sample, '--threshold', '7'], ['compare', args.sample, '--no-such-flag'],
                 ['compare', args.sample, '--follow', '9'], ['compare', args.sample, '--reference', '6'],
                 ['compare', args.sample, '--follow', '0']):
        p = run(args.cli, *argv)
        lines = p.stderr.strip().splitlines()
        check(p.returncode == 2, f'usage error {argv}: exit 2 (got {p.returncode})')
        check(len(lines) == 1, f'usage error {argv}: one line on stderr (got {len(lines)}: {p.stderr[:200]!r})')

    # A folder with no article: exit 1, one line naming it.
    empty = os.path.join(tmp, 'no-article')
    os.mkdir(empty)
    with open(os.path.join(empty, 'readme.pdf'), 'wb') as f:
        f.write(b'%PDF-1.4')
    p = run(args.cli, 'compare', empty)
    check(p.returncode == 1, f'no article: exit 1 (got {p.returncode})')
    errors = [l for l in p.stderr.strip().splitlines() if 'warning' not in l]
    check(len(errors) == 1 and empty in errors[0], f'no article: one error line naming the folder: {p.stderr!r}')
    p = run(args.cli, 'compare', os.path.join(tmp, 'absent-folder'))
    check(p.returncode == 1 and 'absent-folder' in p.stderr and len(p.stderr.strip().splitlines()) == 1,
          f'missing folder: exit 1, one line naming it: {p.returncode} {p.stderr!r}')

    # Bad files beside a good one: exit 0, a warning naming each bad file.
    mixed = os.path.join(tmp, 'mixed')
    os.mkdir(mixed)
    shutil.copy(os.path.join(args.sample, '01-coastal-herald.txt'), mixed)
    with open(os.path.join(mixed, 'binary.txt'), 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n\0\0\0\rIHDR' + bytes(range(256)))
    open(os.path.join(mixed, 'empty.txt'), 'wb').close()
    p = run(args.cli, 'compare', mixed)
    check(p.returncode == 0, f'mixed: exit 0 (got {p.returncode})')
    for bad in ('binary.txt', 'empty.txt'):
        check(any(bad in line for line in p.stderr.splitlines()), f'mixed: a warning names {bad}: {p.stderr!r}')
    if p.returncode == 0:
        out = json.loads(p.stdout)
        check_contract(out, mixed, 'mixed')
        check([d['path'] for d in out['documents']] == ['01-coastal-herald.txt'], 'mixed: only the good file')

    # -o writes the file whole, and nothing appears in the input folder.
    work = os.path.join(tmp, 'story')
    shutil.copytree(args.sample, work)
    before = listing(work)
    outdir = os.path.join(tmp, 'out')
    os.mkdir(outdir)
    for fmt in ('json', 'html', 'csv'):
        target = os.path.join(outdir, 'result.' + fmt)
        p = run(args.cli, 'compare', work, '--format', fmt, '-o', target)
        check(p.returncode == 0 and p.stdout == '', f'-o {fmt}: exit 0, nothing on stdout')
        check(os.path.getsize(target) > 0, f'-o {fmt}: file written')
    check(sorted(os.listdir(outdir)) == ['result.csv', 'result.html', 'result.json'], 'no temporary files left')
    check(listing(work) == before, 'nothing written into the input folder')
    with open(os.path.join(outdir, 'result.json'), encoding='utf-8') as f:
        check_contract(json.load(f), work, '-o json')
    p = run(args.cli, 'compare', work, '-o', os.path.join(tmp, 'no-such-dir', 'x.json'))
    check(p.returncode == 1 and len(p.stderr.strip().splitlines()) == 1 and 'x.json' in p.stderr,
          f'-o into a missing folder: exit 1, one line naming the file: {p.stderr!r}')

    # The alignment scorer on the sample story.
    scorer = os.path.join(args.eval, 'score_alignment.py')
    if os.path.exists(scorer) and os.path.exists(args.gold):
        result = os.path.join(outdir, 'result.json')
        p = subprocess.run([sys.executable, scorer, args.gold, result], capture_output=True, text=True)
        last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr.strip()
        print('score_alignment.py sample-story: ' + last)
        check(p.returncode == 0 and last.startswith('F1='), 'scorer ran on the sample story')


def test_seeds(args, seeds):
    out = compare_json(args.cli, seeds, 'seeds')
    if not out:
        return
    check_contract(out, seeds, 'seeds')
    flagged = {}
    for d in out['documents']:
        for s in d['sentences']:
            t = s['text']
            check(not re.search(r'\b(Mr|Mrs|Dr)\.$', t), f'seeds: sentence ends on a title: {t[-60:]!r}')
            for clutter in ('ADVERTISEMENT', 'Share', '-0.5%', 'Subscribe to News24'):
                if t == clutter:
                    flagged.setdefault(clutter, []).append(s['boilerplate'])
        raw = open(os.path.join(seeds, d['path']), encoding='utf-8', errors='replace').read()
        for phrase in ('Mr. Putin', 'U.S. and NATO'):
            if phrase in raw:
                check(any(phrase in s['text'] for s in d['sentences']), f'seeds: {d["path"]}: {phrase!r} inside a sentence')
    for clutter in ('ADVERTISEMENT', 'Share', '-0.5%', 'Subscribe to News24'):
        check(clutter in flagged and all(flagged[clutter]), f'seeds: {clutter!r} flagged as clutter: {flagged.get(clutter)}')


def test_corpus(args, tmp):
    corpus = args.corpus
    seeds = os.path.join(corpus, 'seeds')
    if os.path.isdir(seeds):
        test_seeds(args, seeds)
    basil = os.path.join(corpus, 'basil')
    events = 0
    if os.path.isdir(basil):
        for name in sorted(os.listdir(basil)):
            folder = os.path.join(basil, name)
            if os.path.isdir(folder):
                out = compare_json(args.cli, folder, f'basil/{name}')
                if out:
                    check_contract(out, folder, f'basil/{name}')
                    events += 1
    print(f'basil: {events} events checked')
    aeb = os.path.join(corpus, 'aeb', 'text')
    pages = 0
    if os.path.isdir(aeb):
        files = sorted(f for f in os.listdir(aeb) if f.endswith('.txt'))
        for name in random.Random(7).sample(files, min(20, len(files))):
            folder = os.path.join(tmp, 'aeb-' + name[:-4])
            os.mkdir(folder)
            shutil.copy(os.path.join(aeb, name), folder)
            out = compare_json(args.cli, folder, f'aeb/{name}')
            if out:
                check_contract(out, folder, f'aeb/{name}')
                check(len(out['documents']) == 1, f'aeb/{name}: one document')
                pages += 1
    print(f'aeb: {pages} pages checked')


def main():
    parser = argparse.ArgumentParser()
    for option in ('--cli', '--sample', '--gold', '--corpus', '--eval'):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix='parallax-e2e-') as tmp:
        test_sample(args, tmp)
        if os.path.isdir(args.corpus):
            test_corpus(args, tmp)
        else:
            print(f'no corpus at {args.corpus}: corpus checks skipped')
    print(f'{CHECKS} checks, {len(FAILURES)} failed')
    return 1 if FAILURES else 0


if __name__ == '__main__':
    sys.exit(main())
