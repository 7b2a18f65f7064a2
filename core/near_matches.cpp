#include "core/near_matches.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace parallax::core {

namespace {

struct Ref {
    std::size_t document;
    std::size_t sentence;
};

// One wording of a row: its sentences with the same content words (the copies of one
// sentence), compared once for all of them.
struct Wording {
    std::size_t row;
    const SentenceFeatures* features; // its first sentence's
    std::vector<Ref> sentences;
};

// Whether two rows have an outlet in common (bit d of a row's mask: document d is in it).
bool overlap(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b)
{
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a[i] & b[i]) != 0) {
            return true;
        }
    }
    return false;
}

} // namespace

void addNearMatches(std::vector<Row>& rows, const FeatureTable& features,
                    const std::vector<std::vector<std::size_t>>& content, double floor,
                    std::size_t most, const std::vector<std::array<std::size_t, 4>>& apart,
                    std::size_t wordingsPerRow)
{
    const std::size_t n = content.size();
    if (n < 2 || most == 0 || wordingsPerRow == 0) {
        return;
    }
    // Each row's content sentences grouped into wordings, and which wordings hold each word.
    const std::vector<std::vector<std::size_t>> rowOf = rowOfEachSentence(rows);
    std::vector<Wording> wordings;
    std::vector<std::vector<std::uint32_t>> wordingsOf(rows.size());
    std::map<std::pair<std::size_t, std::uint64_t>, std::uint32_t> wordingOfKey;
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
    for (std::size_t d = 0; d < n; ++d) {
        for (const std::size_t s : content[d]) {
            if (d >= rowOf.size() || s >= rowOf[d].size() || rowOf[d][s] == SIZE_MAX) {
                continue;
            }
            const std::size_t r = rowOf[d][s];
            const SentenceFeatures& f = features.of(d, s);
            const auto [it, added] =
                wordingOfKey.try_emplace({r, f.key}, static_cast<std::uint32_t>(wordings.size()));
            if (added) {
                wordings.push_back({r, &f, {}});
                wordingsOf[r].push_back(it->second);
                for (const auto& [term, weight] : f.terms) {
                    if (!features.isBigram(term)) {
                        postings[term].push_back(it->second);
                    }
                }
            }
            wordings[it->second].sentences.push_back({d, s});
        }
    }
    const std::size_t words = (n + 63) / 64;
    std::vector<std::vector<std::uint64_t>> outlets(rows.size(), std::vector<std::uint64_t>(words));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t d = 0; d < n && d < rows[r].cells.size(); ++d) {
            if (!rows[r].cells[d].empty()) {
                outlets[r][d / 64] |= std::uint64_t{1} << (d % 64);
            }
        }
    }
    const auto holds = [&](const Row& row, std::size_t d, std::size_t s) {
        const auto& cell = row.cells[d].sentences;
        return std::find(cell.begin(), cell.end(), s) != cell.end();
    };
    std::vector<bool> touched(wordings.size(), false);
    std::vector<std::uint32_t> candidates;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Row& row = rows[r];
        if (row.boilerplate || wordingsOf[r].empty() || row.presentCount() == n) {
            continue;
        }
        // Hundreds of copies of one statement come in a few wordings; a row compares through
        // its first ones (all of them in small folders).
        const std::size_t own = std::min(wordingsOf[r].size(), wordingsPerRow);
        // Wordings sharing a word with the row, in rows with none of its outlets: a candidate
        // whose row holds one of this row's outlets is that outlet's other statement, told
        // elsewhere, not a missing version of this one.
        candidates.clear();
        for (std::size_t k = 0; k < own; ++k) {
            for (const auto& [term, weight] : wordings[wordingsOf[r][k]].features->terms) {
                const auto it = postings.find(term);
                if (it == postings.end() || tooCommonToSeekBy(it->second.size(), wordings.size())) {
                    continue; // (a term nearly every wording uses finds nothing near)
                }
                for (const std::uint32_t w : it->second) {
                    if (!touched[w] && wordings[w].row != r) {
                        touched[w] = true;
                        candidates.push_back(w);
                    }
                }
            }
        }
        std::vector<NearMatch> best(n); // per document; similarity 0: none
        for (const std::uint32_t w : candidates) {
            touched[w] = false;
            const Wording& c = wordings[w];
            if (rows[c.row].boilerplate || overlap(outlets[r], outlets[c.row])) {
                continue; // clutter the classifier was unsure of, or another statement
            }
            double sim = 0.0;
            for (std::size_t k = 0; k < own; ++k) {
                sim = std::max(sim, similarity(*c.features, *wordings[wordingsOf[r][k]].features));
            }
            if (sim < floor) {
                continue;
            }
            for (const Ref& ref : c.sentences) {
                // A sentence the user took apart from one of the row's is not offered to it.
                const bool takenApart = std::any_of(apart.begin(), apart.end(), [&](const auto& p) {
                    return (p[0] == ref.document && p[1] == ref.sentence && p[2] < n &&
                            holds(row, p[2], p[3])) ||
                           (p[2] == ref.document && p[3] == ref.sentence && p[0] < n &&
                            holds(row, p[0], p[1]));
                });
                if (!takenApart && sim > best[ref.document].similarity) {
                    best[ref.document] = {ref.document, ref.sentence, sim};
                }
            }
        }
        row.near.clear();
        for (const NearMatch& m : best) {
            if (m.similarity > 0.0) {
                row.near.push_back(m);
            }
        }
        std::sort(row.near.begin(), row.near.end(), [](const NearMatch& a, const NearMatch& b) {
            return a.similarity != b.similarity ? a.similarity > b.similarity
                                                : a.document < b.document;
        });
        if (row.near.size() > most) {
            row.near.resize(most);
        }
    }
}

} // namespace parallax::core
