#include "core/near_matches.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace parallax::core {

void addNearMatches(std::vector<Row>& rows, const FeatureTable& features,
                    const std::vector<std::vector<std::size_t>>& content, double floor,
                    std::size_t most, const std::vector<std::array<std::size_t, 4>>& apart)
{
    const std::size_t n = content.size();
    if (n < 2 || most == 0) {
        return;
    }
    // Where each content sentence is, and which of them hold each word.
    const std::vector<std::vector<std::size_t>> rowOf = rowOfEachSentence(rows);
    const auto placed = [&](std::size_t d, std::size_t s) {
        return d < rowOf.size() && s < rowOf[d].size() && rowOf[d][s] != SIZE_MAX;
    };
    struct Ref {
        std::size_t document;
        std::size_t sentence;
    };
    std::vector<Ref> refs;
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings;
    for (std::size_t d = 0; d < n; ++d) {
        for (const std::size_t s : content[d]) {
            if (!placed(d, s)) {
                continue;
            }
            const auto i = static_cast<std::uint32_t>(refs.size());
            refs.push_back({d, s});
            for (const auto& [term, weight] : features.of(d, s).terms) {
                if (!features.isBigram(term)) {
                    postings[term].push_back(i);
                }
            }
        }
    }
    std::vector<bool> touched(refs.size(), false);
    std::vector<std::uint32_t> candidates;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Row& row = rows[r];
        if (row.boilerplate) {
            continue;
        }
        std::vector<Ref> members;
        for (std::size_t d = 0; d < n && d < row.cells.size(); ++d) {
            for (const std::size_t s : row.cells[d].sentences) {
                if (std::binary_search(content[d].begin(), content[d].end(), s)) {
                    members.push_back({d, s});
                }
            }
        }
        if (members.empty() || row.presentCount() == n) {
            continue;
        }
        // Sentences sharing a word with the row, in outlets the row lacks.
        candidates.clear();
        for (const Ref& m : members) {
            for (const auto& [term, weight] : features.of(m.document, m.sentence).terms) {
                const auto it = postings.find(term);
                if (it == postings.end()) {
                    continue;
                }
                for (const std::uint32_t i : it->second) {
                    if (!touched[i] && row.cells[refs[i].document].empty()) {
                        touched[i] = true;
                        candidates.push_back(i);
                    }
                }
            }
        }
        std::vector<NearMatch> best(n); // per document; similarity 0: none
        for (const std::uint32_t i : candidates) {
            touched[i] = false;
            const Ref c = refs[i];
            // A candidate whose row holds one of this row's outlets is that outlet's other
            // statement, told elsewhere: not a missing version of this one.
            const Row& home = rows[rowOf[c.document][c.sentence]];
            if (home.boilerplate) {
                continue; // clutter the classifier was unsure of, and no outlet's article took
            }
            bool sharesOutlet = false;
            for (std::size_t d = 0; d < n && !sharesOutlet; ++d) {
                sharesOutlet = !row.cells[d].empty() && !home.cells[d].empty();
            }
            if (sharesOutlet) {
                continue;
            }
            const bool takenApart = std::any_of(apart.begin(), apart.end(), [&](const auto& p) {
                return std::any_of(members.begin(), members.end(), [&](const Ref& m) {
                    return (p[0] == c.document && p[1] == c.sentence && p[2] == m.document &&
                            p[3] == m.sentence) ||
                           (p[2] == c.document && p[3] == c.sentence && p[0] == m.document &&
                            p[1] == m.sentence);
                });
            });
            if (takenApart) {
                continue;
            }
            double sim = 0.0;
            for (const Ref& m : members) {
                sim = std::max(sim, similarity(features.of(c.document, c.sentence),
                                               features.of(m.document, m.sentence)));
            }
            if (sim >= floor && sim > best[c.document].similarity) {
                best[c.document] = {c.document, c.sentence, sim};
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
