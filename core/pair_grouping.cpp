#include "core/pair_grouping.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace parallax::core::alignment {

namespace {

// A gathered sentence matches its row at least this share as well as its outlet's sentence
// already there (see GreedyGrouping::tellsTheRowAgain).
constexpr double kGatherShare = 0.5;
// With a gathered sentence beside it, its outlet's version keeps at least this share of its
// match with the row (see GreedyGrouping::keepsTheCellClear).
constexpr double kGatherKeeps = 0.8;
// Rows of many copies (a story every outlet carries) are not compared whole with each other:
// merging two wordings is about statements a few outlets each tell their own way.
constexpr std::size_t kMostCrossPairs = 64;

// Small folders (a few outlets, hundreds of sentences): every pair of sentences of different
// documents that shares a term (found through an inverted index of terms, never all pairs) is
// scored, and pairs are merged into rows best first, as long as a row keeps at most one
// sentence per document. Unlike the progressive placement this does not depend on the order
// in which documents are read: a strong pair is never pre-empted by a weak one seen earlier.
class GreedyGrouping {
public:
    GreedyGrouping(const FeatureTable& features,
                   const std::vector<std::vector<std::size_t>>& content,
                   const AlignOptions& options)
        : m_features(features), m_content(content), m_options(options)
    {}

    // Groups of (document, sentence); every content sentence in exactly one group.
    std::vector<std::vector<SentenceRef>> group() const
    {
        std::vector<SentenceRef> refs;
        for (std::size_t d = 0; d < m_content.size(); ++d) {
            for (const std::size_t s : m_content[d]) {
                refs.push_back({d, s});
            }
        }
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
        for (std::uint32_t i = 0; i < refs.size(); ++i) {
            for (const auto& [term, weight] :
                 m_features.of(refs[i].document, refs[i].sentence).terms) {
                if (!m_features.isBigram(term)) {
                    postings[term].push_back(i);
                }
            }
        }
        std::vector<Pair> pairs;
        std::vector<double> shared(refs.size(), 0.0);
        std::vector<std::uint32_t> touched;
        // Pairs whose neighbours could lift them over the threshold are kept for now, and weaker
        // ones too: they may be the neighbours that lift others.
        const double lowest =
            std::min(m_options.threshold - m_options.neighbourBonus, m_options.neighbourFloor);
        for (std::uint32_t i = 0; i < refs.size(); ++i) {
            const SentenceFeatures& f = m_features.of(refs[i].document, refs[i].sentence);
            touched.clear();
            for (const auto& [term, weight] : f.terms) {
                const auto it = postings.find(term);
                if (it == postings.end()) {
                    continue;
                }
                for (const std::uint32_t j : it->second) {
                    // Each unordered pair once, and never two sentences of one document.
                    if (j <= i || refs[j].document == refs[i].document) {
                        continue;
                    }
                    if (shared[j] == 0.0) {
                        touched.push_back(j);
                    }
                    shared[j] += weight;
                }
            }
            const double floor = candidateFloor(f, lowest, m_options);
            for (const std::uint32_t j : touched) {
                const bool promising = shared[j] >= floor;
                shared[j] = 0.0;
                if (!promising) {
                    continue;
                }
                const SentenceFeatures& g = m_features.of(refs[j].document, refs[j].sentence);
                const double score = pairScore(f, g, m_options);
                if (score >= lowest) {
                    pairs.push_back({score, i, j});
                }
            }
        }
        // Neighbour evidence: independent reports tell an event in runs, so a pair whose
        // sentences just before (or just after) also resemble each other is likelier than one
        // standing alone. Neighbours one or two content sentences away, in the same direction
        // on both sides (one outlet may have a sentence the other lacks).
        if (m_options.neighbourBonus > 0.0) {
            std::unordered_map<std::uint64_t, double> scoreOf;
            for (const Pair& p : pairs) {
                scoreOf[pairKey(p.a, p.b)] = p.score;
            }
            const auto supports = [&](std::uint32_t a, std::uint32_t b, int da, int db) {
                const auto x = static_cast<std::int64_t>(a) + da;
                const auto y = static_cast<std::int64_t>(b) + db;
                const auto n = static_cast<std::int64_t>(refs.size());
                if (x < 0 || y < 0 || x >= n || y >= n ||
                    refs[static_cast<std::size_t>(x)].document != refs[a].document ||
                    refs[static_cast<std::size_t>(y)].document != refs[b].document) {
                    return false;
                }
                const auto it = scoreOf.find(
                    pairKey(static_cast<std::uint32_t>(x), static_cast<std::uint32_t>(y)));
                return it != scoreOf.end() && it->second >= m_options.neighbourFloor;
            };
            for (Pair& p : pairs) {
                bool supported = false;
                for (const int da : {1, 2}) {
                    for (const int db : {1, 2}) {
                        supported =
                            supported || supports(p.a, p.b, da, db) || supports(p.a, p.b, -da, -db);
                    }
                }
                if (supported) {
                    p.score += m_options.neighbourBonus;
                }
            }
        }
        // Kept for corroboration (below): pairs under the threshold may still add up.
        const double corroborated = m_options.threshold - m_options.corroborationMargin;
        // Kept for merging rows (below): one pair between two rows is enough to look at them.
        const std::vector<Pair> candidatePairs =
            m_options.rowMergeMargin > 0.0 ? pairs : std::vector<Pair>{};
        std::vector<Pair> corroborationPairs;
        if (m_options.corroborationMargin > 0.0) {
            std::copy_if(pairs.begin(), pairs.end(), std::back_inserter(corroborationPairs),
                         [&](const Pair& p) { return p.score >= corroborated; });
        }
        std::erase_if(pairs, [&](const Pair& p) { return p.score < m_options.threshold; });
        // Kept for gathering (below) before competitive linking drops exactly the pairs it
        // needs: those whose other sentence's best match in this outlet already sits in the row.
        std::vector<Pair> gatherPairs;
        std::copy_if(pairs.begin(), pairs.end(), std::back_inserter(gatherPairs),
                     [&](const Pair& p) { return p.score >= m_options.gatherAbove; });
        // Competitive linking for weak pairs: a sentence that only faintly resembles another
        // outlet's sentence is trusted only when each is the other's best match in that outlet.
        // Sentences about the same people share names and event words with many sentences;
        // the one statement they share stands out as the mutual best.
        if (m_options.competitiveBelow > m_options.threshold) {
            // (sentence, other document) -> its best score there; many documents of one or two
            // sentences would make a dense table large.
            const std::uint64_t documents = m_content.size();
            const auto key = [&](std::uint32_t i, std::uint32_t other) {
                return i * documents + refs[other].document;
            };
            std::unordered_map<std::uint64_t, double> best;
            for (const Pair& p : pairs) {
                double& x = best[key(p.a, p.b)];
                x = std::max(x, p.score);
                double& y = best[key(p.b, p.a)];
                y = std::max(y, p.score);
            }
            std::erase_if(pairs, [&](const Pair& p) {
                return p.score < m_options.competitiveBelow &&
                       (p.score < best[key(p.a, p.b)] || p.score < best[key(p.b, p.a)]);
            });
        }
        std::sort(pairs.begin(), pairs.end(), byScore);

        std::vector<std::uint32_t> groupOf(refs.size());
        std::vector<std::vector<std::uint32_t>> groups(refs.size());
        for (std::uint32_t i = 0; i < refs.size(); ++i) {
            groupOf[i] = i;
            groups[i] = {i};
        }
        for (const Pair& p : pairs) {
            std::uint32_t ga = groupOf[p.a];
            std::uint32_t gb = groupOf[p.b];
            if (ga == gb || sharesDocument(refs, groups[ga], groups[gb])) {
                continue;
            }
            // A weak pair joins two rows into one of three sentences or more only when the
            // rows, taken whole, resemble each other: one faint pair between a lede and one of
            // a row of copies would otherwise put the lede beside every copy.
            if (p.score < m_options.competitiveBelow && groups[ga].size() + groups[gb].size() > 2 &&
                meanCrossScore(refs, groups[ga], groups[gb]) <
                    m_options.threshold - m_options.cohesionMargin) {
                continue;
            }
            if (groups[ga].size() < groups[gb].size()) {
                std::swap(ga, gb);
            }
            for (const std::uint32_t m : groups[gb]) {
                groupOf[m] = ga;
            }
            groups[ga].insert(groups[ga].end(), groups[gb].begin(), groups[gb].end());
            groups[gb].clear();
        }
        corroborate(corroborationPairs, refs, groupOf, groups);
        yieldWeakPairs(corroborationPairs, refs, groupOf, groups);
        mergeWordings(candidatePairs, refs, groupOf, groups);
        gather(gatherPairs, refs, groupOf, groups);
        std::vector<std::vector<SentenceRef>> result;
        for (const auto& g : groups) {
            if (g.empty()) {
                continue;
            }
            std::vector<SentenceRef> members;
            for (const std::uint32_t m : g) {
                members.push_back(refs[m]);
            }
            std::sort(members.begin(), members.end(),
                      [](const SentenceRef& x, const SentenceRef& y) {
                          return x.document != y.document ? x.document < y.document
                                                          : x.sentence < y.sentence;
                      });
            result.push_back(std::move(members));
        }
        joinSplits(result);
        return result;
    }

private:
    struct Pair {
        double score;
        std::uint32_t a;
        std::uint32_t b;
    };

    // One pair under the threshold is weak evidence: most such pairs are sentences about the
    // same people and event, not the same statement. A sentence that resembles every outlet's
    // version of a statement is another matter: a sentence still alone joins a row of two or
    // more outlets when it scores at least threshold - corroborationMargin against each of the
    // row's sentences, the row it resembles best (mean score) first.
    void corroborate(const std::vector<Pair>& pairs, const std::vector<SentenceRef>& refs,
                     std::vector<std::uint32_t>& groupOf,
                     std::vector<std::vector<std::uint32_t>>& groups) const
    {
        // Scores of the sentences still alone (in a folder of copies, a few of its pairs).
        std::unordered_map<std::uint32_t, std::unordered_map<std::uint32_t, double>> scoreWith;
        for (const Pair& p : pairs) {
            if (groups[groupOf[p.a]].size() == 1) {
                scoreWith[p.a][p.b] = p.score;
            }
            if (groups[groupOf[p.b]].size() == 1) {
                scoreWith[p.b][p.a] = p.score;
            }
        }
        // Mean score of x against every sentence of group g, or nothing when one of them is
        // under the bar or of x's own outlet.
        const auto fit = [&](std::uint32_t x, std::uint32_t g) -> std::optional<double> {
            const auto& with = scoreWith[x];
            double sum = 0.0;
            for (const std::uint32_t m : groups[g]) {
                const auto it = with.find(m);
                if (refs[m].document == refs[x].document || it == with.end()) {
                    return std::nullopt;
                }
                sum += it->second;
            }
            return sum / static_cast<double>(groups[g].size());
        };
        std::vector<Pair> moves; // score: mean fit; a: the lone sentence; b: the group
        for (const auto& [x, with] : scoreWith) {
            std::unordered_set<std::uint32_t> tried;
            for (const auto& [y, score] : with) {
                const std::uint32_t g = groupOf[y];
                if (groups[g].size() >= 2 && tried.insert(g).second) {
                    if (const auto mean = fit(x, g)) {
                        moves.push_back({*mean, x, g});
                    }
                }
            }
        }
        std::sort(moves.begin(), moves.end(), byScore);
        for (const Pair& move : moves) {
            // Earlier moves may have taken x or grown the group with a sentence x is unlike.
            if (groups[groupOf[move.a]].size() != 1 || !fit(move.a, move.b)) {
                continue;
            }
            moveLone(move.a, move.b, groupOf, groups);
        }
    }

    // Two rows of two or more outlets each and no outlet in common, whose every cross pair
    // scores at least threshold - rowMergeMargin, are two wordings of one statement: one row,
    // the rows that resemble each other most (mean cross score) first.
    void mergeWordings(const std::vector<Pair>& pairs, const std::vector<SentenceRef>& refs,
                       std::vector<std::uint32_t>& groupOf,
                       std::vector<std::vector<std::uint32_t>>& groups) const
    {
        const double floor = m_options.threshold - m_options.rowMergeMargin;
        // The mean cross score of two groups when every cross pair reaches the floor.
        const auto fit = [&](std::uint32_t ga, std::uint32_t gb) -> std::optional<double> {
            if (groups[ga].size() < 2 || groups[gb].size() < 2 ||
                groups[ga].size() * groups[gb].size() > kMostCrossPairs ||
                sharesDocument(refs, groups[ga], groups[gb])) {
                return std::nullopt;
            }
            double sum = 0.0;
            for (const std::uint32_t x : groups[ga]) {
                for (const std::uint32_t y : groups[gb]) {
                    const double score =
                        pairScore(m_features.of(refs[x].document, refs[x].sentence),
                                  m_features.of(refs[y].document, refs[y].sentence), m_options);
                    if (score < floor) {
                        return std::nullopt;
                    }
                    sum += score;
                }
            }
            return sum / static_cast<double>(groups[ga].size() * groups[gb].size());
        };
        std::vector<Pair> merges; // score: mean cross score; a, b: the groups
        std::unordered_set<std::uint64_t> tried;
        for (const Pair& p : pairs) {
            const std::uint32_t ga = std::min(groupOf[p.a], groupOf[p.b]);
            const std::uint32_t gb = std::max(groupOf[p.a], groupOf[p.b]);
            if (ga != gb && tried.insert(pairKey(ga, gb)).second) {
                if (const auto mean = fit(ga, gb)) {
                    merges.push_back({*mean, ga, gb});
                }
            }
        }
        std::sort(merges.begin(), merges.end(), byScore);
        for (const Pair& m : merges) {
            // An earlier merge may have emptied one of them or grown it with an outlet of the
            // other or a sentence unlike it.
            if (groups[m.a].empty() || groups[m.b].empty() || !fit(m.a, m.b)) {
                continue;
            }
            for (const std::uint32_t x : groups[m.b]) {
                groupOf[x] = m.a;
            }
            groups[m.a].insert(groups[m.a].end(), groups[m.b].begin(), groups[m.b].end());
            groups[m.b].clear();
        }
    }

    // A weak pair (two sentences together and alone, scoring under competitiveBelow) is one
    // outlet's word for what a sentence says. A row that three or more other outlets carry, and
    // whose every outlet's version the sentence resembles (at corroboration's floor, against
    // the closest of that outlet's sentences there), is several outlets' word: the sentence
    // joins that row (up to gatherMost sentences of its outlet there), its partner is alone
    // again.
    void yieldWeakPairs(const std::vector<Pair>& pairs, const std::vector<SentenceRef>& refs,
                        std::vector<std::uint32_t>& groupOf,
                        std::vector<std::vector<std::uint32_t>>& groups) const
    {
        constexpr std::size_t kOutlets = 3;
        std::unordered_map<std::uint64_t, double> scoreOf;
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> partners;
        for (const Pair& p : pairs) {
            scoreOf[pairKey(p.a, p.b)] = p.score;
            partners[p.a].push_back(p.b);
            partners[p.b].push_back(p.a);
        }
        const auto scoreWith = [&](std::uint32_t x, std::uint32_t y) {
            const auto it = scoreOf.find(pairKey(x, y));
            return it == scoreOf.end() ? 0.0 : it->second;
        };
        std::vector<Pair> moves; // score: mean fit; a: the sentence; b: the row it joins
        for (std::uint32_t g = 0; g < groups.size(); ++g) {
            if (groups[g].size() != 2) {
                continue;
            }
            const std::uint32_t x0 = groups[g][0];
            const std::uint32_t z0 = groups[g][1];
            const double weak = scoreWith(x0, z0);
            if (weak >= m_options.competitiveBelow) {
                continue;
            }
            for (const std::uint32_t x : {x0, z0}) {
                std::unordered_set<std::uint32_t> tried;
                for (const std::uint32_t y : partners[x]) {
                    const std::uint32_t h = groupOf[y];
                    if (h == g || !tried.insert(h).second) {
                        continue;
                    }
                    std::unordered_map<std::size_t, double> bestOf; // outlet -> best score
                    std::size_t own = 0;
                    for (const std::uint32_t m : groups[h]) {
                        if (refs[m].document == refs[x].document) {
                            ++own;
                            continue;
                        }
                        double& b = bestOf[refs[m].document];
                        b = std::max(b, scoreWith(x, m));
                    }
                    if (bestOf.size() < kOutlets ||
                        own + 1 > static_cast<std::size_t>(std::max(1, m_options.gatherMost))) {
                        continue;
                    }
                    // pairs holds the scores at corroboration's floor or more: an outlet whose
                    // sentences all score under it is missing from pairs and counts 0 here.
                    double sum = 0.0;
                    bool all = true;
                    for (const auto& [outlet, b] : bestOf) {
                        all = all && b > 0.0;
                        sum += b;
                    }
                    if (all) {
                        moves.push_back({sum / static_cast<double>(bestOf.size()), x, h});
                    }
                }
            }
        }
        std::sort(moves.begin(), moves.end(), byScore);
        for (const Pair& move : moves) {
            const std::uint32_t g = groupOf[move.a];
            const auto own =
                std::count_if(groups[move.b].begin(), groups[move.b].end(), [&](std::uint32_t m) {
                    return refs[m].document == refs[move.a].document;
                });
            if (groups[g].size() != 2 || own + 1 > std::max(1, m_options.gatherMost)) {
                continue; // its pair already gave way, or the row took another of its outlet
            }
            const std::uint32_t partner = groups[g][0] == move.a ? groups[g][1] : groups[g][0];
            groups[g] = {partner};
            groupOf[move.a] = move.b;
            groups[move.b].push_back(move.a);
        }
    }

    // Moves sentence x, alone in its group, into group g.
    static void moveLone(std::uint32_t x, std::uint32_t g, std::vector<std::uint32_t>& groupOf,
                         std::vector<std::vector<std::uint32_t>>& groups)
    {
        groups[groupOf[x]].clear();
        groupOf[x] = g;
        groups[g].push_back(x);
    }

    // An outlet may tell one fact twice or in two places (a summary bullet and the body, a
    // paraphrase and then the quote). Best-first merging keeps one sentence per outlet in a
    // row, so the second is left alone. A sentence still alone whose clear match (score at
    // least gatherAbove) sits in a row that already holds a sentence of its outlet joins that
    // row, up to gatherMost sentences of one outlet there; strongest pairs first.
    // pairs: those scoring at least gatherAbove.
    void gather(std::vector<Pair>& pairs, const std::vector<SentenceRef>& refs,
                std::vector<std::uint32_t>& groupOf,
                std::vector<std::vector<std::uint32_t>>& groups) const
    {
        if (m_options.gatherMost < 2) {
            return;
        }
        std::sort(pairs.begin(), pairs.end(), byScore);
        for (const Pair& p : pairs) {
            for (const auto& [x, y] : {std::pair{p.a, p.b}, std::pair{p.b, p.a}}) {
                const std::uint32_t gx = groupOf[x];
                const std::uint32_t gy = groupOf[y];
                if (gx == gy || groups[gx].size() != 1) {
                    continue;
                }
                // (A copy, not the binding: Clang before 16 cannot capture structured bindings.)
                const std::size_t outlet = refs[x].document;
                const auto sameOutlet =
                    std::count_if(groups[gy].begin(), groups[gy].end(),
                                  [&](std::uint32_t m) { return refs[m].document == outlet; });
                if (sameOutlet == 0 || sameOutlet >= m_options.gatherMost) {
                    continue;
                }
                if (!tellsTheRowAgain(refs, groups[gy], refs[x]) ||
                    !keepsTheCellClear(refs, groups[gy], refs[x])) {
                    continue;
                }
                moveLone(x, gy, groupOf, groups);
                break;
            }
        }
    }

    // Whether sentence x says what its outlet's sentence in the group says, about as clearly:
    // its best match among the group's other outlets at least kGatherShare of the outlet's own
    // sentence's. A second telling is usually weaker than the first, but an outlet's sentence
    // that shares only a stock phrase with a row of near-copies matches it far less well than
    // the outlet's own copy there does.
    bool tellsTheRowAgain(const std::vector<SentenceRef>& refs,
                          const std::vector<std::uint32_t>& group, const SentenceRef& x) const
    {
        std::vector<SentenceRef> members;
        double own = 0.0;
        for (const std::uint32_t m : group) {
            members.push_back(refs[m]);
        }
        for (const SentenceRef& m : members) {
            if (m.document == x.document) {
                own = std::max(
                    own, groupScore(members, x.document, m_features.of(m.document, m.sentence)));
            }
        }
        return groupScore(members, x.document, m_features.of(x.document, x.sentence)) >=
               kGatherShare * own;
    }

    // Whether x beside its outlet's sentences in the group leaves that cell telling the row as
    // clearly: matching the other outlets' sentences at least kGatherKeeps as well as before.
    // A sentence that only names the row's people, place and body matches the row by those
    // names, and beside the outlet's own version it blurs it (a quote given to a committee
    // gathered into the row on the committee's next hearing). A second telling that clearly
    // matches (gatherAbove) two or more other outlets' versions is kept whatever it does to
    // the cell's words: a summary bullet in other words than the body it sums up.
    bool keepsTheCellClear(const std::vector<SentenceRef>& refs,
                           const std::vector<std::uint32_t>& group, const SentenceRef& x) const
    {
        std::vector<SentenceRef> members;
        std::vector<std::size_t> cell;
        std::unordered_set<std::size_t> clearly;
        const SentenceFeatures& alone = m_features.of(x.document, x.sentence);
        for (const std::uint32_t m : group) {
            const SentenceRef& r = refs[m];
            members.push_back(r);
            if (r.document == x.document) {
                cell.push_back(r.sentence);
            } else if (pairScore(alone, m_features.of(r.document, r.sentence), m_options) >=
                       m_options.gatherAbove) {
                clearly.insert(r.document);
            }
        }
        if (clearly.size() >= 2) {
            return true;
        }
        std::sort(cell.begin(), cell.end());
        const double before = groupScore(members, x.document, m_features.merged(x.document, cell));
        cell.insert(std::upper_bound(cell.begin(), cell.end(), x.sentence), x.sentence);
        return groupScore(members, x.document, m_features.merged(x.document, cell)) >=
               kGatherKeeps * before;
    }

    // Mean score of the pairs of sentences of different outlets, one from each group; a bounded
    // number of each group's first members, so rows of many copies stay cheap.
    double meanCrossScore(const std::vector<SentenceRef>& refs, const std::vector<std::uint32_t>& a,
                          const std::vector<std::uint32_t>& b) const
    {
        constexpr std::size_t kMost = 12;
        double sum = 0.0;
        std::size_t count = 0;
        for (std::size_t i = 0; i < std::min(a.size(), kMost); ++i) {
            const SentenceRef& x = refs[a[i]];
            for (std::size_t j = 0; j < std::min(b.size(), kMost); ++j) {
                const SentenceRef& y = refs[b[j]];
                if (x.document != y.document) {
                    sum += pairScore(m_features.of(x.document, x.sentence),
                                     m_features.of(y.document, y.sentence), m_options);
                    ++count;
                }
            }
        }
        return count == 0 ? 0.0 : sum / static_cast<double>(count);
    }

    // One key for an unordered pair of sentences (indices into refs).
    static std::uint64_t pairKey(std::uint32_t x, std::uint32_t y)
    {
        return (static_cast<std::uint64_t>(std::min(x, y)) << 32) | std::max(x, y);
    }

    static bool byScore(const Pair& x, const Pair& y)
    {
        return x.score != y.score ? x.score > y.score : (x.a != y.a ? x.a < y.a : x.b < y.b);
    }

    static bool sharesDocument(const std::vector<SentenceRef>& refs,
                               const std::vector<std::uint32_t>& a,
                               const std::vector<std::uint32_t>& b)
    {
        for (const std::uint32_t x : a) {
            for (const std::uint32_t y : b) {
                if (refs[x].document == refs[y].document) {
                    return true;
                }
            }
        }
        return false;
    }

    // Best score of features f against the members of group g from other documents than d.
    double groupScore(const std::vector<SentenceRef>& g, std::size_t d,
                      const SentenceFeatures& f) const
    {
        double best = 0.0;
        for (const SentenceRef& m : g) {
            if (m.document != d) {
                best =
                    std::max(best, pairScore(f, m_features.of(m.document, m.sentence), m_options));
            }
        }
        return best;
    }

    // One outlet's sentence may be two in another: a sentence left alone whose neighbour sits
    // in a row joins that row when it matches the row by itself and the two together match
    // it better than the neighbour alone.
    void joinSplits(std::vector<std::vector<SentenceRef>>& groups) const
    {
        std::unordered_map<std::uint64_t, std::size_t> groupOf;
        const auto key = [](std::size_t d, std::size_t s) {
            return (static_cast<std::uint64_t>(d) << 32) | s;
        };
        for (std::size_t g = 0; g < groups.size(); ++g) {
            for (const SentenceRef& m : groups[g]) {
                groupOf[key(m.document, m.sentence)] = g;
            }
        }
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].size() != 1) {
                continue;
            }
            const SentenceRef lone = groups[g].front();
            double bestGain = 0.0;
            std::size_t bestGroup = SIZE_MAX;
            for (const std::size_t neighbour : {lone.sentence - 1, lone.sentence + 1}) {
                if (lone.sentence == 0 && neighbour == SIZE_MAX) {
                    continue;
                }
                const auto it = groupOf.find(key(lone.document, neighbour));
                if (it == groupOf.end() || groups[it->second].size() < 2) {
                    continue;
                }
                auto& target = groups[it->second];
                std::vector<std::size_t> cell;
                for (const SentenceRef& m : target) {
                    if (m.document == lone.document) {
                        cell.push_back(m.sentence);
                    }
                }
                if (cell.size() != 1) {
                    continue;
                }
                const double alone =
                    groupScore(target, lone.document, m_features.of(lone.document, lone.sentence));
                const double before =
                    groupScore(target, lone.document, m_features.of(lone.document, cell.front()));
                std::vector<std::size_t> together = {cell.front(), lone.sentence};
                std::sort(together.begin(), together.end());
                const double after =
                    groupScore(target, lone.document, m_features.merged(lone.document, together));
                if (alone >= m_options.threshold && after >= before + 0.02 &&
                    after - before > bestGain) {
                    bestGain = after - before;
                    bestGroup = it->second;
                }
            }
            if (bestGroup != SIZE_MAX) {
                groups[bestGroup].push_back(lone);
                groupOf[key(lone.document, lone.sentence)] = bestGroup;
                groups[g].clear();
            }
        }
        std::erase_if(groups, [](const auto& g) { return g.empty(); });
    }

    const FeatureTable& m_features;
    const std::vector<std::vector<std::size_t>>& m_content;
    AlignOptions m_options;
};

} // namespace

std::vector<std::vector<SentenceRef>>
groupByPairs(const FeatureTable& features, const std::vector<std::vector<std::size_t>>& content,
             const AlignOptions& options)
{
    return GreedyGrouping(features, content, options).group();
}

} // namespace parallax::core::alignment
