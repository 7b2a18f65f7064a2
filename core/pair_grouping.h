#pragma once

// Small folders (a few outlets, up to a few thousand sentences): every pair of sentences of
// different documents that shares a term is scored, and pairs are merged into rows best first.
// Internal to the aligner.

#include "core/pair_score.h"

#include <vector>

namespace parallax::core::alignment {

// Groups of sentences, one per row to be: every sentence of content[d] (the sentences of
// document d that take part) in exactly one group.
std::vector<std::vector<SentenceRef>>
groupByPairs(const FeatureTable& features, const std::vector<std::vector<std::size_t>>& content,
             const AlignOptions& options);

} // namespace parallax::core::alignment
