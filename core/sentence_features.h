#pragma once

#include "core/normalizer.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace parallax::core {

// A sentence as the aligner weighs it: terms (stems of content words, and bigrams of them)
// with weights, sorted by term id.
struct SentenceFeatures {
    std::vector<std::pair<std::uint32_t, double>> terms;
    double total = 0.0; // sum of weights
    // Sum of the word (not bigram) weights: what an inverted index of words can see of it.
    double wordTotal = 0.0;
    std::uint64_t key = 0; // hash of the content words; equal keys: the same wording (0: none)
    double position = 0.0; // where in its document, 0 (first article sentence) .. 1 (last)
    // A subheading ("Ball in Putin's court: France", "'Positive signal'") names a section of the
    // article; it is compared with other outlets' subheadings only. Its few words would
    // otherwise draw the sentence it announces (or one near it) away from the other outlets'
    // versions of that sentence.
    bool heading = false;
};

// Weighted Dice similarity, 0..1: twice the weight two sentences share over their total.
// Identical content words give 1; no shared term gives 0; a subheading and a sentence give 0.
double similarity(const SentenceFeatures& a, const SentenceFeatures& b);

// Whether a term listed for `listed` of `listable` rows (or wordings) in an inverted index is
// too common to find candidates by: past a thousand entries and a quarter of them, it is not
// evidence of where a sentence belongs, and walking its list for every sentence makes the work
// grow with the square of the sentences (a file of 10,000 sentences over a few dozen words).
// Such a term still counts for the candidates the other terms find. No real folder measured
// comes near it (1,000 outlets: 52 entries at most).
inline bool tooCommonToSeekBy(std::size_t listed, std::size_t listable)
{
    return listed > std::max<std::size_t>(1024, listable / 4);
}

// Features of every sentence of a set of documents. Weights are inverse sentence frequency
// over the included sentences of all documents, so a word every outlet's every sentence uses
// counts little and a name or number that only two sentences share counts a lot. Positions
// are relative among the included sentences of each document. headings[d][s] marks the
// subheadings (absent: none).
class FeatureTable {
public:
    FeatureTable(const std::vector<std::vector<std::vector<Token>>>& tokens,
                 const std::vector<std::vector<bool>>& include,
                 const std::vector<std::vector<bool>>& headings = {});

    const SentenceFeatures& of(std::size_t document, std::size_t sentence) const
    {
        return m_features[document][sentence];
    }
    // Features of several sentences of one document read as one (a split sentence).
    SentenceFeatures merged(std::size_t document, const std::vector<std::size_t>& sentences) const;
    bool isBigram(std::uint32_t term) const { return term >= kBigramBase; }

    static constexpr std::uint32_t kBigramBase = 1U << 31;

private:
    std::vector<std::vector<SentenceFeatures>> m_features;
};

} // namespace parallax::core
