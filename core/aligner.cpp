#include "core/aligner.h"

#include "core/near_matches.h"
#include "core/pair_grouping.h"
#include "core/progressive_placement.h"
#include "core/row_set.h"
#include "core/sentence_features.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <numeric>
#include <optional>
#include <thread>
#include <unordered_map>

namespace parallax::core {

using namespace alignment;

namespace {

// Up to this many content sentences in the folder, the exact best-first grouping runs; its
// candidate pairs grow with the square of the copies of a sentence.
constexpr std::size_t kGreedyLimit = 3000;

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

std::vector<Row> Aligner::align(const std::vector<Document>& documents,
                                const DocumentTokens& tokens, const Progress& progress) const
{
    const std::size_t n = documents.size();
    const int threads = m_options.threads > 0
                            ? m_options.threads
                            : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    std::vector<std::vector<bool>> include(n);
    std::vector<std::vector<bool>> headings(n);
    for (std::size_t d = 0; d < n; ++d) {
        for (const Sentence& s : documents[d].sentences) {
            include[d].push_back(alignable(s));
            headings[d].push_back(s.kind == SentenceKind::Subheading);
        }
    }
    const FeatureTable features(tokens, include, headings);

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
        for (const auto& group : groupByPairs(features, contentOf, m_options)) {
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
        const std::optional<std::size_t> r = rows.rowHolding(da, sa);
        if (r && rows.rowHolding(db, sb) == r) {
            rows.removeMember(*r, da, sa);
            const std::size_t own = rows.addRow();
            rows.addMember(own, da, sa);
            rows.rows()[*r].byUser = true;
            rows.rows()[own].byUser = true;
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
        const std::optional<std::size_t> ra = rows.rowHolding(da, sa);
        const std::optional<std::size_t> rb = rows.rowHolding(db, sb);
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
        row.status = row.statusFromCells();
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
    // What a reader may want to check by eye: sentences that nearly made a row. In large
    // folders (hundreds of outlets, mostly copies) a row compares through its first few
    // wordings, as placement does.
    addNearMatches(result, features, contentOf, m_options.nearAbove,
                   static_cast<std::size_t>(std::max(0, m_options.nearMost)), m_options.apart,
                   small ? SIZE_MAX : RowSet::kMaxWordings);
    progress.report(totalSteps, totalSteps, "Aligning sentences");
    return result;
}

} // namespace parallax::core
