#!/usr/bin/env python3
"""A greedy difflib aligner, the baseline the alignment issue quotes (F1 about 0.48 on
independent reporting), run on the same sentences as Parallax so that only the grouping differs.

usage: difflib_baseline.py PARALLAX.json OUT.json [--cutoff 0.5]

Reads `parallax-cli compare --format json` output for its documents and sentences (all of them,
clutter included: the baseline knows nothing of clutter), compares every pair of sentences of
different documents with difflib.SequenceMatcher's ratio over lower-cased words, and merges pairs
of ratio >= cutoff into rows best first, at most one sentence per document in a row (Python
standard library only). Writes the same JSON with `rows` replaced, for score_alignment.py.
"""
import argparse
import difflib
import json
import re
import sys

WORD = re.compile(r"\w+", re.UNICODE)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('parallax_json')
    parser.add_argument('out')
    parser.add_argument('--cutoff', type=float, default=0.5)
    args = parser.parse_args()

    with open(args.parallax_json, encoding='utf-8') as f:
        data = json.load(f)
    docs = data['documents']
    refs = [(d, s) for d, doc in enumerate(docs) for s in range(len(doc['sentences']))]
    words = [WORD.findall(docs[d]['sentences'][s]['text'].lower()) for d, s in refs]

    pairs = []
    for i in range(len(refs)):
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(words[i])
        for j in range(i + 1, len(refs)):
            if refs[j][0] == refs[i][0] or not words[i] or not words[j]:
                continue
            matcher.set_seq1(words[j])
            # Cheap upper bounds first, as difflib's own get_close_matches does.
            if matcher.real_quick_ratio() < args.cutoff or matcher.quick_ratio() < args.cutoff:
                continue
            ratio = matcher.ratio()
            if ratio >= args.cutoff:
                pairs.append((ratio, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))

    group = list(range(len(refs)))
    members = {i: [i] for i in range(len(refs))}
    for _, i, j in pairs:
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        if {refs[m][0] for m in members[gi]} & {refs[m][0] for m in members[gj]}:
            continue
        for m in members[gj]:
            group[m] = gi
        members[gi].extend(members.pop(gj))

    rows = []
    for ms in members.values():
        cells = [[] for _ in docs]
        for m in ms:
            cells[refs[m][0]].append(refs[m][1])
        rows.append({'cells': cells})
    rows.sort(key=lambda r: min((d, c[0]) for d, c in enumerate(r['cells']) if c))
    data['rows'] = rows
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(data, f)
    return 0


if __name__ == '__main__':
    sys.exit(main())
