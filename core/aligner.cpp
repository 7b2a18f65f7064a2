#include "core/aligner.h"

#include "core/near_matches.h"
#include "core/sentence_features.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace parallax::core {

namespace {

// A sentence's place: document and sentence index.
struct SentenceRef {
    std::size_t document;
    std::size_t sentence;
};

// One wording of a row (cells with equal content words), as the first two documents that
// joined the row with it have it.
struct Wording {
    struct Holder {
        std::size_t document = 0;
        std::size_t place = 0; // index in WorkRow::present
        const SentenceFeatures* features = nullptr;
        std::shared_ptr<const SentenceFeatures> merged; // owns `features` for a split cell
    };
    std::uint64_t key = 0;
    std::array<Holder, 2> holders;
    std::size_t holderCount = 0;
};

// A row under construction: for every document, the sentences it put there.
struct WorkRow {
    std::vector<std::vector<std::size_t>> cells; // per document
    std::vector<std::size_t> present; // documents with a non-empty cell, in joining order
    // The row's first distinct wordings in joining order (RowSet::kMaxWordings + 1 of them, so
    // that one document left out still leaves enough), kept as members join.
    std::vector<Wording> wordings;
    std::size_t memberCount = 0;
    bool closed = false; // takes no more members (the headline row)
    bool byUser = false; // Row::byUser
};

// Which sentences take part in content alignment: article text, and clutter the classifier
// was unsure of (matching another outlet's text overrules it).
bool alignable(const Sentence& s)
{
    return s.isArticleText() || s.confidence < 0.6F;
}

// A gathered sentence matches its row at least this share as well as its outlet's sentence
// already there (see GreedyGrouping::tellsTheRowAgain).
constexpr double kGatherShare = 0.5;

// Up to this many content sentences in the folder, the exact best-first grouping runs; its
// candidate pairs grow with the square of the copies of a sentence.
constexpr std::size_t kGreedyLimit = 3000;

// How well two sentences fit one row: their similarity (1 for the same wording) plus a little
// for sitting at the same place in their articles.
double pairScore(const SentenceFeatures& f, const SentenceFeatures& g, const AlignOptions& options)
{
    const double sim = f.key == g.key && f.key != 0 ? 1.0 : similarity(f, g);
    return sim + options.positionWeight * (1.0 - std::abs(f.position - g.position));
}

// The word weight a sentence must share with a candidate to reach `lowest` at all (Dice >= t
// needs a shared weight of about t/2 of the sentence's own). Only words are in the indexes, so
// it is a share of the words' weight: a long sentence has nearly as much again in bigrams,
// which would otherwise keep even a verbatim copy of it under the floor.
double candidateFloor(const SentenceFeatures& f, double lowest, const AlignOptions& options)
{
    return std::max(0.0, (lowest - options.positionWeight) / 2.0) * f.wordTotal;
}

struct Candidate {
    double score;
    std::size_t sentence; // index into the document's sentences
    std::size_t row;
};

class RowSet {
public:
    RowSet(const FeatureTable& features, std::size_t documentCount, const AlignOptions& options)
        : m_features(features), m_documentCount(documentCount), m_options(options)
    {}

    std::size_t size() const { return m_rows.size(); }
    const WorkRow& row(std::size_t r) const { return m_rows[r]; }
    std::vector<WorkRow>& rows() { return m_rows; }

    std::size_t addRow()
    {
        WorkRow row;
        row.cells.resize(m_documentCount);
        m_rows.push_back(std::move(row));
        return m_rows.size() - 1;
    }

    void addMember(std::size_t r, std::size_t d, std::size_t s)
    {
        WorkRow& row = m_rows[r];
        auto& cell = row.cells[d];
        const bool joins = cell.empty();
        if (joins) {
            row.present.push_back(d);
        }
        cell.insert(std::upper_bound(cell.begin(), cell.end(), s), s);
        ++row.memberCount;
        if (joins) {
            noteWording(row, row.present.size() - 1);
        } else {
            // A split cell: the document's wording changed, wherever it was noted.
            row.wordings.clear();
            for (std::size_t place = 0; place < row.present.size(); ++place) {
                noteWording(row, place);
            }
        }
        for (const auto& [term, weight] : m_features.of(d, s).terms) {
            if (m_features.isBigram(term)) {
                continue;
            }
            auto& posting = m_postings[term];
            if (posting.empty() || posting.back() != r) {
                posting.push_back(r);
            }
        }
    }

    // Takes sentence s of document d out of row r (postings stay: they only point at rows that
    // may hold a term).
    void removeMember(std::size_t r, std::size_t d, std::size_t s)
    {
        WorkRow& row = m_rows[r];
        auto& cell = row.cells[d];
        const auto it = std::find(cell.begin(), cell.end(), s);
        if (it == cell.end()) {
            return;
        }
        cell.erase(it);
        --row.memberCount;
        if (cell.empty()) {
            row.present.erase(std::find(row.present.begin(), row.present.end(), d));
        }
        row.wordings.clear();
        for (std::size_t place = 0; place < row.present.size(); ++place) {
            noteWording(row, place);
        }
    }

    // Moves every member of row `from` into row `to` (postings of `from` stay: they only
    // point at rows that may hold a term).
    void moveMembers(std::size_t from, std::size_t to)
    {
        WorkRow& source = m_rows[from];
        const std::vector<std::size_t> present = source.present;
        for (const std::size_t d : present) {
            for (const std::size_t s : source.cells[d]) {
                addMember(to, d, s);
            }
            source.cells[d].clear();
        }
        source.present.clear();
        source.wordings.clear();
        source.memberCount = 0;
    }

    // Empties every row (postings stay: they only point at rows that may hold a term).
    void clearMembers()
    {
        for (WorkRow& row : m_rows) {
            for (const std::size_t d : row.present) {
                row.cells[d].clear();
            }
            row.present.clear();
            row.wordings.clear();
            row.memberCount = 0;
        }
    }

    // Best rows for sentence (d, s), excluding rows' members from document d itself.
    std::vector<Candidate> candidates(std::size_t d, std::size_t s, std::vector<double>& scratch,
                                      std::vector<std::size_t>& touched) const
    {
        const SentenceFeatures& f = m_features.of(d, s);
        if (scratch.size() < m_rows.size()) {
            scratch.resize(m_rows.size(), 0.0);
        }
        touched.clear();
        for (const auto& [term, weight] : f.terms) {
            const auto it = m_postings.find(term);
            if (it == m_postings.end()) {
                continue;
            }
            for (const std::size_t r : it->second) {
                if (scratch[r] == 0.0) {
                    touched.push_back(r);
                }
                scratch[r] += weight;
            }
        }
        // Rows sharing little weight cannot reach the threshold; keep the strongest few.
        const double floor = candidateFloor(f, m_options.threshold, m_options);
        std::vector<std::pair<double, std::size_t>> ranked;
        for (const std::size_t r : touched) {
            const double shared = scratch[r];
            scratch[r] = 0.0;
            if (shared >= floor && !m_rows[r].closed &&
                m_rows[r].memberCount > m_rows[r].cells[d].size()) {
                ranked.emplace_back(shared, r);
            }
        }
        constexpr std::size_t kMaxRows = 12;
        if (ranked.size() > kMaxRows) {
            std::partial_sort(ranked.begin(), ranked.begin() + kMaxRows, ranked.end(),
                              std::greater<>());
            ranked.resize(kMaxRows);
        }
        std::vector<Candidate> result;
        for (const auto& [shared, r] : ranked) {
            result.push_back({rowScore(r, d, f), s, r});
        }
        return result;
    }

    // Similarity of features f to row r: the best match among the row's members of other
    // documents (distinct wordings only, a bounded number, so huge rows stay cheap).
    double rowScore(std::size_t r, std::size_t excludeDocument, const SentenceFeatures& f) const
    {
        // The first kMaxWordings wordings of the row's documents other than excludeDocument,
        // in joining order, each as the first of those documents has it. Leaving one document
        // out can only drop a wording it alone has, or move one it had first to its second
        // holder's place, so the noted kMaxWordings + 1 always hold the answer.
        std::array<const Wording::Holder*, kMaxWordings + 1> holders{};
        std::size_t count = 0;
        for (const Wording& w : m_rows[r].wordings) {
            const Wording::Holder* h = &w.holders[0];
            if (h->document == excludeDocument) {
                if (w.holderCount < 2) {
                    continue;
                }
                h = &w.holders[1];
            }
            holders[count++] = h;
        }
        std::sort(
            holders.begin(), holders.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Wording::Holder* a, const Wording::Holder* b) { return a->place < b->place; });
        double best = 0.0;
        for (std::size_t i = 0; i < std::min(count, kMaxWordings); ++i) {
            best = std::max(best, pairScore(f, *holders[i]->features, m_options));
        }
        return best;
    }

private:
    // Distinct wordings of a row a sentence is compared with: a row of 1,000 copies of one
    // wire sentence has a handful of wordings, and its first members are its seed.
    static constexpr std::size_t kMaxWordings = 8;

    // Notes the wording of the document at row.present[place], if it is among the row's first
    // wordings or the second holder of one of them. Looking through every member of a row for
    // its wordings at every candidate sentence grew with the square of the outlets.
    void noteWording(WorkRow& row, std::size_t place) const
    {
        const std::size_t d = row.present[place];
        const auto& cell = row.cells[d];
        Wording::Holder holder{d, place, nullptr, nullptr};
        if (cell.size() == 1) {
            holder.features = &m_features.of(d, cell.front());
        } else {
            holder.merged = std::make_shared<const SentenceFeatures>(m_features.merged(d, cell));
            holder.features = holder.merged.get();
        }
        for (Wording& w : row.wordings) {
            if (w.key == holder.features->key) {
                if (w.holderCount < 2) {
                    w.holders[w.holderCount++] = std::move(holder);
                }
                return;
            }
        }
        if (row.wordings.size() <= kMaxWordings) {
            Wording w;
            w.key = holder.features->key;
            w.holders[0] = std::move(holder);
            w.holderCount = 1;
            row.wordings.push_back(std::move(w));
        }
    }

    const FeatureTable& m_features;
    std::size_t m_documentCount;
    AlignOptions m_options;
    std::vector<WorkRow> m_rows;
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> m_postings;
};

// Where the sentences of document d go: row ids (existing) or new rows, with split cells.
struct Placement {
    std::vector<std::pair<std::size_t, std::size_t>> joins; // (sentence, row)
    std::vector<std::vector<std::size_t>> newRows;          // groups of sentences
};

Placement placeDocument(const RowSet& rows, const FeatureTable& features, const Document& doc,
                        std::size_t d, double threshold, std::optional<std::size_t> fixedSentence)
{
    Placement placement;
    std::vector<Candidate> all;
    std::vector<double> scratch;
    std::vector<std::size_t> touched;
    std::vector<std::size_t> content;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        if (!alignable(doc.sentences[s]) || features.of(d, s).terms.empty() || fixedSentence == s) {
            continue;
        }
        content.push_back(s);
        auto c = rows.candidates(d, s, scratch, touched);
        all.insert(all.end(), c.begin(), c.end());
    }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score
                   ? a.score > b.score
                   : (a.sentence != b.sentence ? a.sentence < b.sentence : a.row < b.row);
    });

    std::unordered_map<std::size_t, std::vector<std::size_t>> rowCell; // row -> sentences of d
    std::unordered_map<std::size_t, std::size_t> sentenceRow;
    std::unordered_map<std::size_t, double> rowBest;
    for (const Candidate& c : all) {
        if (c.score < threshold) {
            break;
        }
        if (sentenceRow.contains(c.sentence)) {
            continue;
        }
        auto it = rowCell.find(c.row);
        if (it == rowCell.end()) {
            rowCell[c.row] = {c.sentence};
            sentenceRow[c.sentence] = c.row;
            rowBest[c.row] = c.score;
            continue;
        }
        // The row already holds a sentence of this document: join only as the other half of
        // a split, next to it, when the two together match the row at least as well.
        auto& cell = it->second;
        const bool adjacent = c.sentence + 1 == cell.front() || c.sentence == cell.back() + 1;
        if (!adjacent || cell.size() >= 3) {
            continue;
        }
        std::vector<std::size_t> together = cell;
        together.push_back(c.sentence);
        std::sort(together.begin(), together.end());
        const SentenceFeatures merged = features.merged(d, together);
        const double score = rows.rowScore(c.row, d, merged);
        if (score >= rowBest[c.row] + 0.02) {
            cell = together;
            sentenceRow[c.sentence] = c.row;
            rowBest[c.row] = score;
        }
    }
    for (const auto& [r, cell] : rowCell) {
        for (const std::size_t s : cell) {
            placement.joins.emplace_back(s, r);
        }
    }
    std::sort(placement.joins.begin(), placement.joins.end());
    for (const std::size_t s : content) {
        if (!sentenceRow.contains(s)) {
            placement.newRows.push_back({s});
        }
    }
    return placement;
}

void apply(RowSet& rows, const Placement& placement, std::size_t d)
{
    for (const auto& [s, r] : placement.joins) {
        rows.addMember(r, d, s);
    }
    for (const auto& group : placement.newRows) {
        const std::size_t r = rows.addRow();
        for (const std::size_t s : group) {
            rows.addMember(r, d, s);
        }
    }
}

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
            const auto pairKey = [](std::uint32_t x, std::uint32_t y) {
                return (static_cast<std::uint64_t>(std::min(x, y)) << 32) | std::max(x, y);
            };
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
        std::vector<Pair> corroborationPairs;
        std::copy_if(pairs.begin(), pairs.end(), std::back_inserter(corroborationPairs),
                     [&](const Pair& p) { return p.score >= corroborated; });
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
        if (m_options.corroborationMargin > 0.0) {
            corroborate(corroborationPairs, refs, groupOf, groups);
        }
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
            groups[groupOf[move.a]].clear();
            groupOf[move.a] = move.b;
            groups[move.b].push_back(move.a);
        }
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
                const auto sameOutlet =
                    std::count_if(groups[gy].begin(), groups[gy].end(), [&](std::uint32_t m) {
                        return refs[m].document == refs[x].document;
                    });
                if (sameOutlet == 0 || sameOutlet >= m_options.gatherMost) {
                    continue;
                }
                if (!tellsTheRowAgain(refs, groups[gy], refs[x])) {
                    continue;
                }
                groups[gy].push_back(x);
                groups[gx].clear();
                groupOf[x] = gy;
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

// Runs fn(i) for i in [0, n) on up to `threads` threads.
void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& fn)
{
    const std::size_t workers =
        std::min<std::size_t>(n, static_cast<std::size_t>(std::max(1, threads)));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            fn(i);
        }
        return;
    }
    std::atomic_size_t next = 0;
    std::vector<std::thread> pool;
    for (std::size_t w = 0; w < workers; ++w) {
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < n; i = next++) {
                fn(i);
            }
        });
    }
    for (auto& t : pool) {
        t.join();
    }
}

} // namespace

std::vector<std::size_t> longestIncreasingSubsequence(const std::vector<std::size_t>& sequence)
{
    std::vector<std::size_t> tailIndex; // index in sequence of the tail of each length
    std::vector<std::size_t> parent(sequence.size(), SIZE_MAX);
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const auto pos =
            std::lower_bound(tailIndex.begin(), tailIndex.end(), sequence[i],
                             [&](std::size_t idx, std::size_t v) { return sequence[idx] < v; });
        if (pos != tailIndex.begin()) {
            parent[i] = *(pos - 1);
        }
        if (pos == tailIndex.end()) {
            tailIndex.push_back(i);
        } else {
            *pos = i;
        }
    }
    std::vector<std::size_t> result;
    if (tailIndex.empty()) {
        return result;
    }
    for (std::size_t i = tailIndex.back(); i != SIZE_MAX; i = parent[i]) {
        result.push_back(i);
    }
    std::reverse(result.begin(), result.end());
    return result;
}

std::vector<std::size_t> consensusOrder(std::size_t rowCount,
                                        const std::vector<std::vector<std::size_t>>& sequences,
                                        const std::vector<double>& sequenceWeights)
{
    std::vector<std::unordered_map<std::size_t, double>> out(rowCount);
    std::vector<double> inWeight(rowCount, 0.0);
    std::vector<double> positionSum(rowCount, 0.0);
    std::vector<double> positionCount(rowCount, 0.0);
    for (std::size_t q = 0; q < sequences.size(); ++q) {
        const auto& seq = sequences[q];
        const double weight = q < sequenceWeights.size() ? sequenceWeights[q] : 1.0;
        for (std::size_t i = 0; i < seq.size(); ++i) {
            positionSum[seq[i]] +=
                seq.size() > 1 ? static_cast<double>(i) / static_cast<double>(seq.size() - 1) : 0.5;
            positionCount[seq[i]] += 1.0;
            if (i + 1 < seq.size() && seq[i] != seq[i + 1]) {
                out[seq[i]][seq[i + 1]] += weight;
                inWeight[seq[i + 1]] += weight;
            }
        }
    }
    std::vector<double> meanPosition(rowCount, 0.5);
    for (std::size_t r = 0; r < rowCount; ++r) {
        if (positionCount[r] > 0) {
            meanPosition[r] = positionSum[r] / positionCount[r];
        }
    }
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
    constexpr double kEpsilon = 1e-9;
    for (std::size_t r = 0; r < rowCount; ++r) {
        if (inWeight[r] <= kEpsilon) {
            ready.emplace(meanPosition[r], r);
        }
    }
    std::vector<bool> placed(rowCount, false);
    std::vector<std::size_t> order;
    order.reserve(rowCount);
    while (order.size() < rowCount) {
        std::size_t next = SIZE_MAX;
        while (!ready.empty()) {
            const std::size_t r = ready.top().second;
            ready.pop();
            if (!placed[r]) {
                next = r;
                break;
            }
        }
        if (next == SIZE_MAX) {
            // A cycle: documents disagree on the order. Break it where the fewest documents
            // insist, preferring the row that sits earliest on average.
            double best = std::numeric_limits<double>::max();
            for (std::size_t r = 0; r < rowCount; ++r) {
                if (placed[r]) {
                    continue;
                }
                const double key = inWeight[r] * 4.0 + meanPosition[r];
                if (key < best) {
                    best = key;
                    next = r;
                }
            }
        }
        placed[next] = true;
        order.push_back(next);
        for (const auto& [to, weight] : out[next]) {
            if (placed[to]) {
                continue;
            }
            inWeight[to] -= weight;
            if (inWeight[to] <= kEpsilon) {
                ready.emplace(meanPosition[to], to);
            }
        }
    }
    return order;
}

std::vector<Row> Aligner::align(const std::vector<Document>& documents,
                                const DocumentTokens& tokens, const Progress& progress) const
{
    const std::size_t n = documents.size();
    const int threads = m_options.threads > 0
                            ? m_options.threads
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::vector<bool>> include(n);
    for (std::size_t d = 0; d < n; ++d) {
        for (const Sentence& s : documents[d].sentences) {
            include[d].push_back(alignable(s));
        }
    }
    const FeatureTable features(tokens, include);

    // Pass 1: grow rows document by document, the richest documents first.
    std::vector<std::size_t> docOrder(n);
    std::iota(docOrder.begin(), docOrder.end(), 0);
    std::vector<std::size_t> contentCount(n, 0);
    for (std::size_t d = 0; d < n; ++d) {
        contentCount[d] =
            static_cast<std::size_t>(std::count(include[d].begin(), include[d].end(), true));
    }
    std::stable_sort(docOrder.begin(), docOrder.end(), [&](std::size_t a, std::size_t b) {
        return contentCount[a] > contentCount[b];
    });

    // The progressive placement (hundreds of outlets) has no pair-level neighbour pass; copies
    // of one story nearly always have their neighbours aligned, so it places at the threshold
    // less the neighbour bonus.
    AlignOptions placing = m_options;
    placing.threshold = m_options.threshold - m_options.neighbourBonus;
    RowSet rows(features, n, placing);
    // Headlines of one event rarely share words ("Representative Apologizes" / "Dem mocks
    // Grassley") yet a reader wants them side by side: each document's first headline goes
    // to one row, outside the matching.
    std::vector<std::optional<std::size_t>> headline(n);
    std::size_t headlineCount = 0;
    for (std::size_t d = 0; d < n; ++d) {
        for (std::size_t s = 0; s < documents[d].sentences.size(); ++s) {
            if (documents[d].sentences[s].kind == SentenceKind::Headline && include[d][s]) {
                headline[d] = s;
                ++headlineCount;
                break;
            }
        }
    }
    if (headlineCount < 2) {
        headline.assign(n, std::nullopt);
    }
    const auto addHeadlines = [&] {
        if (headlineCount < 2) {
            return;
        }
        const std::size_t r = rows.addRow();
        for (std::size_t d = 0; d < n; ++d) {
            if (headline[d]) {
                rows.addMember(r, d, *headline[d]);
            }
        }
        rows.rows()[r].closed = true;
    };
    addHeadlines();
    const int totalSteps = static_cast<int>(2 * n + 1);
    int step = 0;
    std::size_t contentTotal = 0;
    std::vector<std::vector<std::size_t>> contentOf(n);
    for (std::size_t d = 0; d < n; ++d) {
        for (std::size_t s = 0; s < documents[d].sentences.size(); ++s) {
            if (include[d][s] && !features.of(d, s).terms.empty() && headline[d] != s) {
                contentOf[d].push_back(s);
            }
        }
        contentTotal += contentOf[d].size();
    }
    // Few sentences: the exact best-first grouping. Many (hundreds of outlets): progressive
    // placement, linear in the number of sentences.
    const bool small = contentTotal <= kGreedyLimit;
    if (small) {
        for (const auto& group : GreedyGrouping(features, contentOf, m_options).group()) {
            const std::size_t r = rows.addRow();
            for (const SentenceRef& m : group) {
                rows.addMember(r, m.document, m.sentence);
            }
        }
    }
    for (const std::size_t d : docOrder) {
        if (small) {
            break;
        }
        if (progress.cancelled()) {
            return {};
        }
        progress.report(step++, totalSteps, "Aligning sentences");
        apply(rows, placeDocument(rows, features, documents[d], d, placing.threshold, headline[d]),
              d);
    }

    // Pass 2: every document again, against the rows the others made.
    if (n > 2 && !small) {
        std::vector<Placement> placements(n);
        std::atomic_int done = 0;
        parallelFor(n, threads, [&](std::size_t d) {
            if (progress.cancelled()) {
                return;
            }
            // Scores exclude the document's own members, so the others' rows are what counts.
            placements[d] =
                placeDocument(rows, features, documents[d], d, placing.threshold, headline[d]);
            ++done;
        });
        if (progress.cancelled()) {
            return {};
        }
        step += static_cast<int>(n);
        progress.report(step, totalSteps, "Refining alignment");
        rows.clearMembers();
        addHeadlines();
        for (std::size_t d = 0; d < n; ++d) {
            apply(rows, placements[d], d);
        }
    }

    // Clutter the matcher did not take: identical lines across documents share a row (the
    // k-th "Share" of one page with the k-th of another), the rest get a row each.
    std::unordered_map<std::string, std::vector<std::size_t>> clutterRows;
    for (std::size_t d = 0; d < n; ++d) {
        std::unordered_map<std::string, std::size_t> occurrence;
        for (std::size_t s = 0; s < documents[d].sentences.size(); ++s) {
            const Sentence& sentence = documents[d].sentences[s];
            const bool placedAsContent = include[d][s] && !features.of(d, s).terms.empty();
            if (placedAsContent) {
                continue;
            }
            std::string key;
            for (const Token& t : tokens[d][s]) {
                key += t.norm;
                key += ' ';
            }
            if (key.empty()) {
                key = sentence.text;
            }
            const std::size_t k = occurrence[key]++;
            auto& list = clutterRows[key];
            if (k < list.size() && rows.row(list[k]).cells[d].empty()) {
                rows.addMember(list[k], d, s);
            } else {
                const std::size_t r = rows.addRow();
                rows.addMember(r, d, s);
                list.push_back(r);
            }
        }
    }

    // The user's word that a sentence is not what another tells: when they share a row, the
    // first leaves it for a row of its own (a split cell keeps its other half).
    for (const auto& [da, sa, db, sb] : m_options.apart) {
        if (da >= n || db >= n || da == db) {
            continue;
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const WorkRow& row = rows.row(r);
            const auto& a = row.cells[da];
            const auto& b = row.cells[db];
            if (std::find(a.begin(), a.end(), sa) != a.end() &&
                std::find(b.begin(), b.end(), sb) != b.end()) {
                rows.removeMember(r, da, sa);
                const std::size_t own = rows.addRow();
                rows.addMember(own, da, sa);
                rows.rows()[r].byUser = true;
                rows.rows()[own].byUser = true;
                break;
            }
        }
    }

    // The user's word: two sentences that tell the same thing share a row. Rows that both hold
    // a sentence of one outlet stay apart (a row keeps one telling per outlet); so do the
    // headline row and rows of clutter the matcher did not take.
    for (const auto& [da, sa, db, sb] : m_options.links) {
        if (da >= n || db >= n || sa >= documents[da].sentences.size() ||
            sb >= documents[db].sentences.size()) {
            continue;
        }
        std::optional<std::size_t> ra;
        std::optional<std::size_t> rb;
        for (std::size_t r = 0; r < rows.size() && (!ra || !rb); ++r) {
            const WorkRow& row = rows.row(r);
            if (std::find(row.cells[da].begin(), row.cells[da].end(), sa) != row.cells[da].end()) {
                ra = r;
            }
            if (std::find(row.cells[db].begin(), row.cells[db].end(), sb) != row.cells[db].end()) {
                rb = r;
            }
        }
        if (!ra || !rb || *ra == *rb || rows.row(*ra).closed || rows.row(*rb).closed ||
            !include[da][sa] || !include[db][sb]) {
            continue;
        }
        const bool sharesOutlet =
            std::any_of(rows.row(*ra).present.begin(), rows.row(*ra).present.end(),
                        [&](std::size_t d) { return !rows.row(*rb).cells[d].empty(); });
        if (!sharesOutlet) {
            rows.moveMembers(*rb, *ra);
            rows.rows()[*ra].byUser = true;
        }
    }

    // Drop rows emptied by pass 2, then order.
    std::vector<std::size_t> live;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows.row(r).memberCount > 0) {
            live.push_back(r);
        }
    }
    std::vector<std::size_t> liveIndex(rows.size(), SIZE_MAX);
    for (std::size_t i = 0; i < live.size(); ++i) {
        liveIndex[live[i]] = i;
    }
    // Each document's rows in its own order; clutter weighs less, so that a banner placed
    // differently by each page does not bend the order of the reporting.
    std::vector<std::vector<std::size_t>> sequences;
    std::vector<double> weights;
    std::vector<std::vector<std::size_t>> sentenceRow(n);
    for (std::size_t d = 0; d < n; ++d) {
        sentenceRow[d].assign(documents[d].sentences.size(), SIZE_MAX);
    }
    for (const std::size_t r : live) {
        for (std::size_t d = 0; d < n; ++d) {
            for (const std::size_t s : rows.row(r).cells[d]) {
                sentenceRow[d][s] = liveIndex[r];
            }
        }
    }
    // A row counts where the document first has it: a gathered cell's later sentence is the
    // outlet telling it again, not a second place for the row.
    std::vector<bool> seen(live.size());
    std::vector<bool> seenContent(live.size());
    for (std::size_t d = 0; d < n; ++d) {
        std::vector<std::size_t> content;
        std::vector<std::size_t> everything;
        seen.assign(live.size(), false);
        seenContent.assign(live.size(), false);
        for (std::size_t s = 0; s < sentenceRow[d].size(); ++s) {
            const std::size_t r = sentenceRow[d][s];
            if (!seen[r]) {
                seen[r] = true;
                everything.push_back(r);
            }
            if (documents[d].sentences[s].isArticleText() && !seenContent[r]) {
                seenContent[r] = true;
                content.push_back(r);
            }
        }
        sequences.push_back(std::move(content));
        weights.push_back(1.0);
        sequences.push_back(std::move(everything));
        weights.push_back(0.25);
    }
    const std::vector<std::size_t> order = consensusOrder(live.size(), sequences, weights);
    std::vector<std::size_t> rank(live.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[order[i]] = i;
    }

    std::vector<Row> result(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const WorkRow& work = rows.row(live[order[i]]);
        Row& row = result[i];
        row.cells.resize(n);
        bool allClutter = true;
        for (std::size_t d = 0; d < n; ++d) {
            row.cells[d].sentences = work.cells[d];
            for (const std::size_t s : work.cells[d]) {
                allClutter = allClutter && documents[d].sentences[s].isBoilerplate();
            }
        }
        row.boilerplate = allClutter;
        row.byUser = work.byUser;
        const std::size_t present = row.presentCount();
        row.status = present == n && n > 1 ? RowStatus::Shared
                     : present > 1         ? RowStatus::Partial
                                           : RowStatus::Unique;
    }

    // Moved: a document's article rows outside the longest run that keeps consensus order.
    for (std::size_t d = 0; d < n; ++d) {
        std::vector<std::size_t> ranks;
        seen.assign(live.size(), false);
        for (std::size_t s = 0; s < sentenceRow[d].size(); ++s) {
            const std::size_t r = sentenceRow[d][s];
            if (!documents[d].sentences[s].isArticleText() || seen[r]) {
                continue;
            }
            seen[r] = true;
            ranks.push_back(rank[r]);
        }
        std::vector<bool> keep(ranks.size(), false);
        for (const std::size_t i : longestIncreasingSubsequence(ranks)) {
            keep[i] = true;
        }
        for (std::size_t i = 0; i < ranks.size(); ++i) {
            if (!keep[i] && result[ranks[i]].presentCount() > 1) {
                result[ranks[i]].cells[d].moved = true;
            }
        }
    }
    // What a reader may want to check by eye: sentences that nearly made a row. Large folders
    // (hundreds of outlets, mostly copies) skip it: every row lacks many outlets there, and
    // the candidates would be most of the folder.
    if (small) {
        addNearMatches(result, features, contentOf, m_options.nearAbove,
                       static_cast<std::size_t>(std::max(0, m_options.nearMost)), m_options.apart);
    }
    progress.report(totalSteps, totalSteps, "Aligning sentences");
    return result;
}

} // namespace parallax::core
