#include "ui/possible_matches.h"

#include "ui/comparison_model.h"

#include <algorithm>
#include <set>
#include <utility>

namespace parallax::ui {

std::optional<PossibleMatch> possibleMatchInRow(const ComparisonModel& model, int row,
                                                int preferredColumn,
                                                const std::vector<int>& columns)
{
    if (row < 0 || row >= model.rowCount() || model.rowIsFold(row)) {
        return std::nullopt;
    }
    const auto offered = [&](int column) -> std::optional<PossibleMatch> {
        const core::NearMatch* near = model.shownNearMatch(model.index(row, column));
        if (near == nullptr) {
            return std::nullopt;
        }
        return PossibleMatch{row, column, near->sentence};
    };
    if (std::find(columns.begin(), columns.end(), preferredColumn) != columns.end()) {
        if (auto match = offered(preferredColumn)) {
            return match;
        }
    }
    for (const int column : columns) {
        if (auto match = offered(column)) {
            return match;
        }
    }
    return std::nullopt;
}

int possibleMatchCount(const ComparisonModel& model, const std::vector<int>& columns)
{
    // Two rows often offer each other (each holds the other's closest sentence): one decision.
    std::set<std::pair<int, int>> pairs;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowIsFold(row)) {
            continue;
        }
        for (const int column : columns) {
            if (const core::NearMatch* near = model.shownNearMatch(model.index(row, column))) {
                const int other = model.rowOfSentence(near->document, near->sentence);
                pairs.insert({std::min(row, other), std::max(row, other)});
            }
        }
    }
    return static_cast<int>(pairs.size());
}

std::vector<core::SentenceLink> notSameLinks(const core::Comparison& comparison,
                                             const core::Row& row, std::size_t document,
                                             std::size_t sentence)
{
    std::vector<core::SentenceLink> links;
    if (document >= comparison.documents.size() ||
        sentence >= comparison.documents[document].sentences.size()) {
        return links;
    }
    const core::Document& a = comparison.documents[document];
    for (std::size_t d = 0; d < row.cells.size() && d < comparison.documents.size(); ++d) {
        if (d == document) {
            continue;
        }
        const core::Document& b = comparison.documents[d];
        for (const std::size_t s : row.cells[d].sentences) {
            if (s < b.sentences.size()) {
                links.push_back(
                    {a.path, a.sentences[sentence].start, b.path, b.sentences[s].start});
            }
        }
    }
    return links;
}

} // namespace parallax::ui
