#pragma once

#include "core/row.h"
#include "core/sentence_features.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax::core {

// For every row of article text, the sentences of the outlets it lacks that come closest to it
// (Row::near): the statements the aligner would not put in the row on the evidence of shared
// words alone, yet that may tell the same fact in other words. A reader checks them; the rows
// stay as they are. A candidate must sit in a row with none of this row's outlets (otherwise
// that outlet already tells it as something else), reach `floor` similarity against one of
// the row's sentences, and is the best of its outlet; at most `most` per row, best first.
//
// A sentence the user took apart from one of a row's sentences is not offered to that row.
//
// Copies of one statement (same content words) are compared once: a row compares its
// wordings with the other rows' wordings. wordingsPerRow bounds how many of a row's own
// wordings it compares through (its first ones); hundreds of outlets' copies of a row come
// in a few wordings, and the similarity of a candidate is its best against them.
//
// content[d]: the sentences of document d that took part in the alignment; apart: pairs
// (document, sentence, document, sentence) the user said differ (AlignOptions::apart).
void addNearMatches(std::vector<Row>& rows, const FeatureTable& features,
                    const std::vector<std::vector<std::size_t>>& content, double floor,
                    std::size_t most, const std::vector<std::array<std::size_t, 4>>& apart = {},
                    std::size_t wordingsPerRow = SIZE_MAX);

} // namespace parallax::core
