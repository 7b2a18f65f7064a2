#pragma once

#include "core/consensus_order.h"
#include "core/document.h"
#include "core/normalizer.h"
#include "core/progress.h"
#include "core/row.h"

#include <array>
#include <vector>

namespace parallax::core {

struct AlignOptions {
    // Lowest sentence similarity (weighted Dice of content stems, 0..1) that shares a row.
    // A wrong pair tells the reader two outlets said the same thing when they did not, so
    // this is where the basil gold (tests/golden/basil) keeps precision at 0.85 or more with
    // the best F1 (0.21 gave a little more F1 on the 6 events tuned first and far more false
    // pairs everywhere else); lower it to see more reworded matches. See docs/alignment.md.
    double threshold = 0.29;
    // Added to the similarity, scaled by how close two sentences sit in their documents
    // (relative position): articles on one event tell it in roughly the same order, so among
    // near-equal candidates the one at the same place wins.
    double positionWeight = 0.05;
    // Added to a pair's score when the sentences one or two before (or after) both also
    // resemble each other (similarity >= neighbourFloor): reports tell an event in runs.
    double neighbourBonus = 0.03;
    double neighbourFloor = 0.17;
    // Below this score a pair counts only when each sentence is the other's best match in the
    // other's document (competitive linking): weak evidence must at least be the best there is.
    double competitiveBelow = 0.35;
    // Such a weak pair merges two rows into one of three sentences or more only when the mean
    // score of the rows' pairs across outlets is at least threshold - cohesionMargin: a faint
    // resemblance to one sentence of a row is not a resemblance to the row.
    double cohesionMargin = 0.05;
    // A sentence left alone joins a row of two or more outlets when it scores at least
    // threshold - corroborationMargin against every sentence there: each pair alone is weak,
    // every outlet's version of a statement resembling it is not. 0 turns this off.
    double corroborationMargin = 0.06;
    // Two rows of two or more outlets each, with no outlet in common, become one when every
    // sentence of one scores at least threshold - rowMergeMargin against every sentence of
    // the other: two wordings of one statement, each carried by several outlets (some quote
    // a speaker, others paraphrase him). Each pair alone is faint; all of them together are
    // not, and a row that only shares a subject with the other has a sentence unlike it.
    // 0 turns this off.
    double rowMergeMargin = 0.14;
    // A sentence left alone joins the row of its match (score at least gatherAbove) when that
    // row already holds a sentence of its outlet, up to gatherMost sentences of one outlet in
    // a row: an outlet may tell one fact twice. gatherMost below 2 turns this off.
    double gatherAbove = 0.30;
    int gatherMost = 3;
    // Rows list the closest sentences of the outlets they lack (Row::near) from this
    // similarity on, up to nearMost per row (see addNearMatches).
    double nearAbove = 0.15;
    int nearMost = 3;
    // The user's word (SentenceLink, resolved): document and sentence of two sentences whose
    // rows are merged after the matching, when no outlet has a sentence in both rows.
    std::vector<std::array<std::size_t, 4>> links;
    // The user's word that a sentence (the first two) is not what another (the last two) tells:
    // when the matching put them in one row, the first leaves it for a row of its own, and it
    // is not offered as a near match of a row holding the other. Applied before links.
    std::vector<std::array<std::size_t, 4>> apart;
    int threads = 0; // 0: hardware concurrency
};

// Tokens of every sentence of every document: tokens[d][s].
using DocumentTokens = std::vector<std::vector<std::vector<Token>>>;

// N-way sentence alignment. Sentences become features (stems weighted by how rare they are
// among the folder's sentences, plus stem bigrams; numbers and names weigh more). Documents
// are added one by one to a growing set of rows, each sentence going to the row whose
// members it resembles most, found through an inverted index of terms (never all pairs);
// a sentence may join a row that holds its neighbour when together they match it better
// (one outlet's sentence split in two). A second pass re-places every document against the
// rows of all the others, which removes most of the first pass's dependence on document
// order. Small folders (up to a few thousand sentences) instead merge every candidate pair best
// first, a pair whose neighbours also pair counting a little more. The documents' headlines
// share one row; rows holding two sentences the user linked are merged. Rows are then put in a
// consensus order of all documents' own orders (cycles broken at the weakest link), sentences
// out of their document's order are marked moved, and (small folders) each row names the
// closest sentence of the outlets it lacks (Row::near).
//
//   Aligner aligner({.threshold = 0.29});
//   std::vector<Row> rows = aligner.align(documents, tokens, progress);
//
// Rows come back with cells, status, boilerplate and moved set; spans and reference are left
// for the word diff.
class Aligner {
public:
    explicit Aligner(AlignOptions options = {}) : m_options(options) {}

    std::vector<Row> align(const std::vector<Document>& documents, const DocumentTokens& tokens,
                           const Progress& progress = {}) const;

private:
    AlignOptions m_options;
};

} // namespace parallax::core
