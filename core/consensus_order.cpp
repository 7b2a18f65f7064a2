#include "core/consensus_order.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <queue>
#include <unordered_map>

namespace parallax::core {

std::vector<std::size_t> longestIncreasingSubsequence(const std::vector<std::size_t>& sequence)
{
    std::vector<std::size_t> tailIndex; // index in sequence of the tail of each length
    std::vector<std::size_t> parent(sequence.size(), SIZE_MAX);
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const auto pos =
            std::lower_bound(tailIndex.begin(), tailIndex.end(), sequence[i],
                             [&](std::size_t idx, std::size_t v) { return sequence[idx] < v; });
        if (pos != tailIndex.begin()) {
            parent[i] = *(pos - 1);
        }
        if (pos == tailIndex.end()) {
            tailIndex.push_back(i);
        } else {
            *pos = i;
        }
    }
    std::vector<std::size_t> result;
    if (tailIndex.empty()) {
        return result;
    }
    for (std::size_t i = tailIndex.back(); i != SIZE_MAX; i = parent[i]) {
        result.push_back(i);
    }
    std::reverse(result.begin(), result.end());
    return result;
}

std::vector<std::size_t> consensusOrder(std::size_t rowCount,
                                        const std::vector<std::vector<std::size_t>>& sequences,
                                        const std::vector<double>& sequenceWeights)
{
    std::vector<std::unordered_map<std::size_t, double>> out(rowCount);
    std::vector<double> inWeight(rowCount, 0.0);
    std::vector<double> positionSum(rowCount, 0.0);
    std::vector<double> positionCount(rowCount, 0.0);
    for (std::size_t q = 0; q < sequences.size(); ++q) {
        const auto& seq = sequences[q];
        const double weight = q < sequenceWeights.size() ? sequenceWeights[q] : 1.0;
        for (std::size_t i = 0; i < seq.size(); ++i) {
            positionSum[seq[i]] +=
                seq.size() > 1 ? static_cast<double>(i) / static_cast<double>(seq.size() - 1) : 0.5;
            positionCount[seq[i]] += 1.0;
            if (i + 1 < seq.size() && seq[i] != seq[i + 1]) {
                out[seq[i]][seq[i + 1]] += weight;
                inWeight[seq[i + 1]] += weight;
            }
        }
    }
    std::vector<double> meanPosition(rowCount, 0.5);
    for (std::size_t r = 0; r < rowCount; ++r) {
        if (positionCount[r] > 0) {
            meanPosition[r] = positionSum[r] / positionCount[r];
        }
    }
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
    constexpr double kEpsilon = 1e-9;
    for (std::size_t r = 0; r < rowCount; ++r) {
        if (inWeight[r] <= kEpsilon) {
            ready.emplace(meanPosition[r], r);
        }
    }
    std::vector<bool> placed(rowCount, false);
    std::vector<std::size_t> order;
    order.reserve(rowCount);
    while (order.size() < rowCount) {
        std::size_t next = SIZE_MAX;
        while (!ready.empty()) {
            const std::size_t r = ready.top().second;
            ready.pop();
            if (!placed[r]) {
                next = r;
                break;
            }
        }
        if (next == SIZE_MAX) {
            // A cycle: documents disagree on the order. Break it where the fewest documents
            // insist, preferring the row that sits earliest on average.
            double best = std::numeric_limits<double>::max();
            for (std::size_t r = 0; r < rowCount; ++r) {
                if (placed[r]) {
                    continue;
                }
                const double key = inWeight[r] * 4.0 + meanPosition[r];
                if (key < best) {
                    best = key;
                    next = r;
                }
            }
        }
        placed[next] = true;
        order.push_back(next);
        for (const auto& [to, weight] : out[next]) {
            if (placed[to]) {
                continue;
            }
            inWeight[to] -= weight;
            if (inWeight[to] <= kEpsilon) {
                ready.emplace(meanPosition[to], to);
            }
        }
    }
    return order;
}

} // namespace parallax::core
