#pragma once

// The aligner's parts share these: which sentences take part, and how well two fit one row.
// Internal to the aligner (core/aligner.cpp and the files it is split into).

#include "core/aligner.h"
#include "core/document.h"
#include "core/sentence_features.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace parallax::core::alignment {

// A sentence's place: document and sentence index.
struct SentenceRef {
    std::size_t document;
    std::size_t sentence;
};

// Which sentences take part in content alignment: article text, and clutter the classifier
// was unsure of (matching another outlet's text overrules it).
inline bool alignable(const Sentence& s)
{
    return s.isArticleText() || s.confidence < 0.6F;
}

// How well two sentences fit one row: their similarity (1 for the same wording) plus a little
// for sitting at the same place in their articles.
inline double pairScore(const SentenceFeatures& f, const SentenceFeatures& g,
                        const AlignOptions& options)
{
    if (f.heading != g.heading) {
        return 0.0; // a subheading is never another outlet's sentence (SentenceFeatures::heading)
    }
    const double sim = f.key == g.key && f.key != 0 ? 1.0 : similarity(f, g);
    return sim + options.positionWeight * (1.0 - std::abs(f.position - g.position));
}

// The word weight a sentence must share with a candidate to reach `lowest` at all (Dice >= t
// needs a shared weight of about t/2 of the sentence's own). Only words are in the indexes, so
// it is a share of the words' weight: a long sentence has nearly as much again in bigrams,
// which would otherwise keep even a verbatim copy of it under the floor.
inline double candidateFloor(const SentenceFeatures& f, double lowest, const AlignOptions& options)
{
    return std::max(0.0, (lowest - options.positionWeight) / 2.0) * f.wordTotal;
}

} // namespace parallax::core::alignment
