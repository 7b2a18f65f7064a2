#pragma once

#include "core/document.h"
#include "core/ingest.h"
#include "core/progress.h"
#include "core/row.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parallax::core {

// A user's word that two sentences of different outlets tell the same thing: they share a
// row whatever their similarity, when their two rows hold no outlet in common. Sentences are
// named by document path and byte offset, so the word survives files being added.
struct SentenceLink {
    std::string documentA;  // Document::path
    std::size_t startA = 0; // Sentence::start
    std::string documentB;
    std::size_t startB = 0;
    auto operator<=>(const SentenceLink&) const = default;
    SentenceLink reversed() const { return {documentB, startB, documentA, startA}; }
};

struct CompareOptions {
    // Lowest similarity (0..1) at which two sentences of different outlets share a row.
    double threshold = 0.29; // AlignOptions::threshold; see docs/alignment.md
    // The language the articles are cut into sentences and words in ("de_DE.UTF-8"), or
    // kAutomaticLocale ("auto", and empty) to guess it from the articles (guessLanguage).
    std::string locale = "auto";
    bool stemming = true;
    // The document the others are diffed against; none: each row picks its most central
    // sentence.
    std::optional<std::size_t> reference;
    std::vector<SentenceLink> links; // rows the user put together
    // Sentences the user took apart: A is not what B tells; A leaves B's row for one of its own.
    std::vector<SentenceLink> apart;
    int threads = 0; // 0: as many as the machine has
};

// A user's word on a sentence's kind, applied before alignment.
struct Correction {
    enum class Scope {
        Sentence,     // this sentence only (the first with this text when no offset is given)
        SimilarLines, // every sentence like it: same normalised text, numbers aside
                      // ("Rating: 36 Votes" is like "Rating: 12 Votes")
    };
    std::string document; // Document::path
    std::string text;     // the sentence text (matching is on normalised text)
    bool isClutter = true;
    Scope scope = Scope::Sentence;
    std::optional<std::size_t> sentenceStart; // for Scope::Sentence: the byte offset
    // With SimilarLines: also every other document of this outlet (Metadata::outlet), so one
    // word on a site's template line fixes all its pages; empty: the named document only.
    std::string outlet;
    ClutterKind clutter = ClutterKind::Other; // the kind to report when isClutter
    bool operator==(const Correction&) const = default;
};

// Per-outlet figures over the rows that are article text.
struct OutletStatistics {
    std::size_t articleSentences = 0;
    std::size_t boilerplateSentences = 0;
    std::size_t words = 0;      // in article sentences
    std::size_t sharedRows = 0; // rows it has that at least one other outlet has
    std::size_t omissions = 0;  // rows at least two other outlets have and it lacks
    // Of those, the ones where it has a near match (Row::near): a sentence close to the row,
    // too unlike to align, that may say the same in other words.
    std::size_t omissionsNear = 0;
    std::size_t additions = 0; // rows only it has
    std::size_t moved = 0;     // sentences out of its own order
    double coverage = 0.0;     // share of the rows carried by two or more outlets it has
};

// How Comparison::language came to be the one compared in.
enum class LanguageChoice {
    Chosen,  // CompareOptions::locale named it
    Guessed, // CompareOptions::locale was "auto" and the articles said which (guessLanguage)
    Default, // "auto", but the articles did not say clearly enough: English
};

struct Comparison {
    std::vector<Document> documents;
    // The language the articles were compared in: ISO 639-1 for a known language ("de"),
    // otherwise the locale as given; and how it was chosen.
    std::string language = "en";
    LanguageChoice languageChoice = LanguageChoice::Chosen;
    std::vector<Row> rows; // consensus order
    std::vector<OutletStatistics> statistics;
    // similarity[i][j], 0..1: how much of the two outlets' article text is the same wording.
    std::vector<std::vector<double>> similarity;

    // Set when `rows` stand in this document's order instead of the consensus order (an export
    // of a window that follows an outlet, arrangedAsShown).
    std::optional<std::size_t> rowsFollow;

    // Row indices in the order document d wrote them; rows it lacks follow the consensus
    // between its own rows.
    std::vector<std::size_t> orderFollowing(std::size_t document) const;
};

// How the reader arranged the comparison in the window, by document index of the comparison.
struct Arrangement {
    std::vector<std::string> outletNames;   // Metadata::outlet; an empty entry keeps the file's
    std::optional<std::size_t> followed;    // rows in this document's order (rowsFollow)
    std::vector<std::size_t> documentOrder; // left to right; ignored unless a permutation
};

// The comparison as the reader arranged it in the window, for an export that should show what
// they see: their names for the outlets, the rows in the followed outlet's order, the outlets in
// their column order (every index in rows, statistics and similarity follows).
Comparison arrangedAsShown(Comparison comparison, const Arrangement& arrangement);

struct ComparisonResult {
    std::optional<Comparison> comparison; // none when nothing could be compared or cancelled
    std::vector<SkippedFile> skipped;
    std::vector<FileWarning> warnings;
    std::string error; // set when comparison is none
    bool cancelled = false;
};

// The whole pipeline on documents already read: segment, classify, apply corrections,
// align, diff, count.
Comparison compareDocuments(std::vector<Document> documents, const CompareOptions& options = {},
                            const std::vector<Correction>& corrections = {},
                            const Progress& progress = {});

// The document and sentence a SentenceLink end names (document path, sentence start), if the
// documents still have it.
std::optional<std::pair<std::size_t, std::size_t>>
locateSentence(const std::vector<Document>& documents, const std::string& path, std::size_t start);
// Both ends of a link: document and sentence of A, then of B; nothing when either is gone.
std::optional<std::array<std::size_t, 4>> locateLink(const std::vector<Document>& documents,
                                                     const SentenceLink& link);

// Ingest a folder, then compareDocuments. Never throws for bad input.
ComparisonResult compareFolder(const std::filesystem::path& folder,
                               const CompareOptions& options = {},
                               const std::vector<Correction>& corrections = {},
                               const Progress& progress = {});

} // namespace parallax::core
