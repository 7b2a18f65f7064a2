#pragma once

#include "core/segmenter.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::core {

// One word of a sentence as matching sees it, with where it came from.
struct Token {
    std::string norm;      // NFKC, case folded, one form of quotes and dashes
    std::string stem;      // Snowball stem of norm (norm itself when stemming is off)
    std::size_t start = 0; // UTF-8 byte offsets of the original word in the document text
    std::size_t end = 0;
    bool isNumber = false;
    bool isCapitalised = false; // starts with an upper-case letter in the original
    bool isStopWord = false;
};

// Turns text into comparable tokens. Matching sees "Kyiv" = "Kiev", ’ = ', “ = ", — = -,
// no-break space = space, "DEFENCE" = "defense"; display keeps the original characters.
//
//   Normalizer normalizer("en_US.UTF-8", /*stemming=*/true);
//   for (const Token& token : normalizer.tokens(text, sentence.start, sentence.end)) ...
//
// Not thread-safe (the stemmer keeps state): use one per thread.
class Normalizer {
public:
    explicit Normalizer(const std::string& localeName = "en_US.UTF-8", bool stemming = true);
    ~Normalizer();
    Normalizer(const Normalizer&) = delete;
    Normalizer& operator=(const Normalizer&) = delete;

    // Tokens of text[begin, end); punctuation is dropped.
    std::vector<Token> tokens(std::string_view text, std::size_t begin, std::size_t end) const;

    // The matching form of a whole string: NFKC, case folded, quotes/dashes/spaces unified,
    // runs of white space collapsed, trimmed.
    std::string normalize(std::string_view text) const;

    const Segmenter& segmenter() const { return m_segmenter; }

private:
    std::string normalizeWord(std::string_view word) const;

    Segmenter m_segmenter;
    std::locale m_locale;
    struct Stemmer;
    std::unique_ptr<Stemmer> m_stemmer;
    std::string m_language;
};

// True for the very common words of the language that carry no content ("the", "of").
bool isStopWord(std::string_view normalizedWord, std::string_view language = "en");

} // namespace parallax::core
