#include "core/progressive_placement.h"

#include <algorithm>
#include <unordered_map>

namespace parallax::core::alignment {

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

} // namespace parallax::core::alignment
