#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace parallax::core {

// How many outlets carry a row.
enum class RowStatus {
    Shared,  // every document
    Partial, // several, not all
    Unique,  // one document only
};

// What a stretch of a sentence is relative to the row's reference sentence.
enum class SpanKind {
    Equal,   // the same words (after normalisation)
    Changed, // words in place of reference words this version lacks
    Added,   // words the reference does not have
};

// A run of words of one sentence, [start, end) UTF-8 byte offsets into the document text.
struct DiffSpan {
    std::size_t sentence = 0; // index into Document::sentences
    std::size_t start = 0;
    std::size_t end = 0;
    SpanKind kind = SpanKind::Equal;
    auto operator<=>(const DiffSpan&) const = default;
};

// Reference words a version does not carry, and where they would sit: after the byte offset
// `after` of this version's text (the cell's first sentence start when at the beginning).
struct MissingWords {
    std::string text;
    std::size_t after = 0;
    auto operator<=>(const MissingWords&) const = default;
};

// One document's part of a row: zero, one or several sentences, in text order. Several are
// consecutive (one outlet's sentence split in two) or not (the outlet tells it again further on).
struct Cell {
    std::vector<std::size_t> sentences;
    bool moved = false;                // placed out of its outlet's own order
    std::vector<DiffSpan> spans;       // empty for the reference cell and empty cells
    std::vector<MissingWords> missing; // reference words this version lacks
    double similarity = 0.0;           // to the reference, 0..1; 1 for the reference itself
    bool empty() const { return sentences.empty(); }
    bool operator==(const Cell&) const = default;
};

// A sentence of an outlet the row lacks that comes close to the row without being aligned
// with it: possibly the same fact in other words, for the reader to judge (addNearMatches).
struct NearMatch {
    std::size_t document = 0;
    std::size_t sentence = 0; // index into that document's sentences
    double similarity = 0.0;  // to the closest sentence of the row, 0..1
    auto operator<=>(const NearMatch&) const = default;
};

struct Row {
    std::vector<Cell> cells; // one per document, in document order
    RowStatus status = RowStatus::Unique;
    bool boilerplate = false;             // every sentence in it is clutter
    std::optional<std::size_t> reference; // the document whose sentence the others are
                                          // compared with
    std::vector<NearMatch> near;          // closest sentences of absent outlets, best first
    // The user's word shaped this row: they put a sentence in it (a link) or took one out of
    // it (a separation). A reader of an export should know which pairings are by hand.
    bool byUser = false;
    bool operator==(const Row&) const = default;
    std::size_t presentCount() const
    {
        std::size_t n = 0;
        for (const Cell& c : cells) {
            n += c.empty() ? 0 : 1;
        }
        return n;
    }
    // The status its cells give it: every document, several or one.
    RowStatus statusFromCells() const
    {
        const std::size_t present = presentCount();
        return present == cells.size() && cells.size() > 1 ? RowStatus::Shared
               : present > 1                               ? RowStatus::Partial
                                                           : RowStatus::Unique;
    }
};

// rowOf[d][s]: the index of the row holding sentence s of document d; SIZE_MAX where no row
// holds it (each document's vector reaches its highest sentence in any row).
std::vector<std::vector<std::size_t>> rowOfEachSentence(const std::vector<Row>& rows);

// The row an export points a near match to: the row holding that sentence, when there is one
// and it is article text (a clutter row is no place to send a reader looking for a statement).
std::optional<std::size_t> rowOfNearMatch(const std::vector<Row>& rows,
                                          const std::vector<std::vector<std::size_t>>& rowOf,
                                          const NearMatch& near);

const char* toString(RowStatus status);
const char* toString(SpanKind kind);

} // namespace parallax::core
