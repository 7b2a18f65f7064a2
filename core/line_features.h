#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace parallax::core {

// Languages with a stop-word list. Stop-word density tells running prose (dense with "the",
// "und", "de", "dan") from menus, link titles and tickers (almost none).
enum class StopLanguage {
    English,
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Dutch,
    Indonesian,
    Russian,
    Count
};

// The shape of one line of a page, measured without markup: what text-only extractors look at.
struct LineFeatures {
    std::size_t words = 0;   // space-separated tokens holding a letter or digit
    std::size_t letters = 0; // code points
    std::size_t digits = 0;
    std::size_t symbols = 0;     // neither letter, digit nor space
    std::size_t cjk = 0;         // Han, Kana, Hangul: scripts that do not space their words
    std::size_t capitalised = 0; // words opening with an upper-case letter
    std::array<std::size_t, static_cast<std::size_t>(StopLanguage::Count)> stopWords{};
    std::size_t hashtags = 0; // words opening with '#'
    std::size_t columnGaps =
        0; // inner runs of 3+ spaces: cells of a table as a page dump lays it out
    bool endsSentence = false; // . ! ? … or a closing quote after one
    bool bullet = false;       // opens with a list mark (• ○ □ ◦ ▪ ☆ * – -) or "1."
    bool bracketed = false;    // an image or form-field placeholder: "[photo]", "[    ]"

    // Word count with unspaced scripts counted as one word per two characters.
    std::size_t wordsEquivalent() const { return words + cjk / 2; }
    double symbolShare() const;
    double digitShare() const;
    double capitalisedShare() const;
    double stopShare(StopLanguage language) const;
};

// Computes LineFeatures. Holds the stop-word tables (read-only after construction), so one
// instance can serve every thread.
class LineFeatureReader {
public:
    LineFeatureReader();
    LineFeatures read(std::string_view line) const;

    // The language whose stop words are densest over the given totals, or Count when no list
    // fits (too few hits: Korean, Chinese, a list of names).
    static StopLanguage dominantLanguage(
        const std::array<std::size_t, static_cast<std::size_t>(StopLanguage::Count)>& stopWords,
        std::size_t words);

private:
    std::unordered_map<std::string_view, unsigned> m_stopWords; // word -> bit per language
};

// Lower-cases ASCII letters and strips what pages put around labels ("› Share »", "(12)"):
// the form lines are compared in when looking for repetition and stock phrases.
std::string clutterKey(std::string_view line);

bool endsLikeSentence(std::string_view line);

std::size_t countWords(std::string_view text);

} // namespace parallax::core
