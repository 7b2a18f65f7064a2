#pragma once

// Large folders (hundreds of outlets): documents are placed one by one against the rows the
// others made, each sentence joining the row whose wordings it resembles most, found through an
// inverted index of terms; linear in the number of sentences. Internal to the aligner.

#include "core/row_set.h"

#include <optional>
#include <utility>
#include <vector>

namespace parallax::core::alignment {

// Where the sentences of document d go: row ids (existing) or new rows, with split cells.
struct Placement {
    std::vector<std::pair<std::size_t, std::size_t>> joins; // (sentence, row)
    std::vector<std::vector<std::size_t>> newRows;          // groups of sentences
};

// Where document d's sentences go, against rows (excluding d's own members); fixedSentence (the
// headline, placed apart) is left out. Reads rows only, so documents may be placed in parallel.
Placement placeDocument(const RowSet& rows, const FeatureTable& features, const Document& doc,
                        std::size_t d, double threshold, std::optional<std::size_t> fixedSentence);

// Adds a placement's joins and new rows to rows.
void apply(RowSet& rows, const Placement& placement, std::size_t d);

} // namespace parallax::core::alignment
