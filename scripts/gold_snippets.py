"""Where a gold file's snippets lie in a `parallax-cli compare --format json` output.

Shared by the offline measurements (pair_ranking_experiment.py, gold_agreement.py); it finds each
snippet's sentence as ../shared/eval/score_alignment.py does, so they see what the scorer sees.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), '..', 'shared',
                                'eval'))
from score_alignment import norm  # noqa: E402  (the scorer's own text matching)


def snippet_locator(gold, out):
    """A function (gold document key, snippet) -> (document index, sentence index) or None."""
    docs = out['documents']
    by_base = {os.path.basename(d['path']): i for i, d in enumerate(docs)}
    gdoc = {k: by_base[f] for k, f in gold['docs'].items() if f in by_base}
    sents = {i: [norm(s['text']) for s in d['sentences']] for i, d in enumerate(docs)}

    def locate(key, snip):
        if key not in gdoc:
            return None
        di, ns = gdoc[key], norm(snip)
        # The whole snippet, else its longest prefix (a snippet running over a sentence's end).
        for cut in [len(ns)] + list(range(len(ns), 14, -1)):
            hits = [j for j, t in enumerate(sents[di]) if ns[:cut] in t or t.endswith(ns[:cut])]
            if hits:
                return (di, hits[0])
        return None
    return locate
