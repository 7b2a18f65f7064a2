#pragma once

#include "core/normalizer.h"
#include "core/row.h"

#include <string_view>
#include <vector>

namespace parallax::core {

struct WordDiff {
    std::vector<DiffSpan> spans;       // runs of the version's words: equal, changed, added
    std::vector<MissingWords> missing; // runs of reference words the version lacks
    double similarity = 0.0;           // share of words in common, 0..1 (Dice over words)
};

// A token of a cell's text, with the sentence (index in its document) it belongs to.
struct CellToken {
    const Token* token;
    std::size_t sentence;
};

// Word-level difference of one version against the reference, with dtl's shortest edit
// script over normalised words (case, quote style and punctuation do not count as change),
// while offsets point at the original words for display. A run of version words that stands
// where reference words were deleted is Changed; version words with no such counterpart are
// Added; the deleted reference words are listed in missing, with the reference text.
//
//   WordDiff diff = diffWords(referenceTokens, referenceText, versionTokens, cellStart);
WordDiff diffWords(const std::vector<CellToken>& reference, std::string_view referenceText,
                   const std::vector<CellToken>& version, std::size_t versionStart);

} // namespace parallax::core
