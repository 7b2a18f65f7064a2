#pragma once

// The order of rows: one sequence from every document's own order (the aligner's last step).

#include <cstddef>
#include <vector>

namespace parallax::core {

// Consensus order of rows from each document's own order: sequences[d] lists row ids in the
// order document d has them. Returns a permutation of [0, rowCount). Exposed for tests.
std::vector<std::size_t> consensusOrder(std::size_t rowCount,
                                        const std::vector<std::vector<std::size_t>>& sequences,
                                        const std::vector<double>& sequenceWeights = {});

// Indices (into sequence) of a longest strictly increasing subsequence. Exposed for tests.
std::vector<std::size_t> longestIncreasingSubsequence(const std::vector<std::size_t>& sequence);

} // namespace parallax::core
