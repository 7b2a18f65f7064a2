#pragma once

#include "core/comparison.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace parallax::ui {

class ComparisonModel;

// A possible match: the near match (core::Row::near) that an empty cell shows as "≈ row N",
// the closest sentence of an outlet the row lacks, too unlike to align on words alone. The
// aligner pairs only what it is sure of, so on independently written reports it leaves many
// true pairs apart; stepping through these (Go > Next Possible Match) and putting each in its
// row or saying it is not the same is how a reader brings them in (docs/alignment.md,
// "Reviewing possible matches").
struct PossibleMatch {
    int row = -1;             // the table row that offers it
    int column = -1;          // the empty cell showing it (its outlet's column)
    std::size_t sentence = 0; // index into that outlet's sentences
};

// The possible match of table row `row` to act on: the one `preferredColumn`'s cell shows, else
// that of the first of `columns` (the shown outlets, in view order) whose cell shows one.
std::optional<PossibleMatch> possibleMatchInRow(const ComparisonModel& model, int row,
                                                int preferredColumn,
                                                const std::vector<int>& columns);

// How many decisions the shown outlets' possible matches ask for: pairs of rows of which one
// offers a sentence of the other (often each offers the other's).
int possibleMatchCount(const ComparisonModel& model, const std::vector<int>& columns);

// The user's word that sentence `sentence` of document `document` does not tell what `row`
// tells: one link from it to each sentence of the row.
std::vector<core::SentenceLink> notSameLinks(const core::Comparison& comparison,
                                             const core::Row& row, std::size_t document,
                                             std::size_t sentence);

} // namespace parallax::ui
