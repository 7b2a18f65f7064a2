#include "core/initialisms.h"

#include <algorithm>
#include <array>
#include <string>

namespace parallax::core {

namespace {

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isLetter(char c)
{
    return isUpper(c) || isLower(c);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string lower(std::string_view word)
{
    std::string out(word);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return isUpper(c) ? static_cast<char>(c + 32) : c; });
    return out;
}

// The first three space-separated tokens of text (empty when there are fewer).
std::array<std::string_view, 3> firstTokens(std::string_view text)
{
    std::array<std::string_view, 3> tokens{};
    std::size_t pos = 0;
    for (std::string_view& token : tokens) {
        while (pos < text.size() && isSpace(text[pos])) {
            ++pos;
        }
        const std::size_t start = pos;
        while (pos < text.size() && !isSpace(text[pos])) {
            ++pos;
        }
        token = text.substr(start, pos - start);
    }
    return tokens;
}

// The ASCII letters a token opens with: "It’s" -> "It", "Reps." -> "Reps", "Trump," -> "Trump".
std::string_view leadingLetters(std::string_view token)
{
    std::size_t n = 0;
    while (n < token.size() && isLetter(token[n])) {
        ++n;
    }
    return token.substr(0, n);
}

std::size_t countTokensWithLetters(std::string_view text)
{
    std::size_t count = 0;
    bool inToken = false;
    bool hasLetter = false;
    for (const char c : text) {
        if (isSpace(c)) {
            count += inToken && hasLetter ? 1 : 0;
            inToken = hasLetter = false;
            continue;
        }
        inToken = true;
        hasLetter = hasLetter || isLetter(c);
    }
    return count + (inToken && hasLetter ? 1 : 0);
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Words a new sentence opens with far more often than a name or title does: articles,
// pronouns, conjunctions, prepositions, sentence adverbs, and the courtesy titles a paper's
// style puts first in a sentence ("Mr. Comey said").
bool opensSentence(std::string_view word)
{
    static const auto openers = std::to_array<std::string_view>(
        {"the",     "a",       "an",        "this",     "that",      "these",    "those",
         "there",   "then",    "thus",      "here",     "he",        "she",      "it",
         "its",     "they",    "we",        "i",        "you",       "his",      "her",
         "their",   "our",     "my",        "your",     "him",       "them",     "us",
         "but",     "and",     "or",        "nor",      "so",        "yet",      "in",
         "on",      "at",      "by",        "for",      "from",      "with",     "without",
         "of",      "to",      "as",        "after",    "before",    "during",   "since",
         "until",   "when",    "while",     "where",    "what",      "why",      "how",
         "who",     "whom",    "whose",     "which",    "if",        "although", "though",
         "because", "however", "meanwhile", "still",    "now",       "also",     "instead",
         "yes",     "no",      "not",       "some",     "many",      "most",     "all",
         "both",    "each",    "every",     "one",      "asked",     "even",     "later",
         "earlier", "today",   "yesterday", "tomorrow", "such",      "other",    "another",
         "more",    "few",     "several",   "neither",  "either",    "under",    "over",
         "among",   "despite", "mr",        "mrs",      "ms",        "miss",     "dr",
         "once",    "only",    "just",      "last",     "according", "like",     "is",
         "was",     "do",      "does",      "did",      "can",       "will",     "would"});
    return contains(openers, word);
}

// Titles and institutions that follow a country's or an agency's initials: "U.S. Senate",
// "F.B.I. Director", "U.N. Security Council", "U.S. Rep. Jane Doe".
bool titleOrInstitution(std::string_view word)
{
    static const auto words = std::to_array<std::string_view>(
        {"director",     "deputy",        "chief",        "chairman",       "chairwoman",
         "chair",        "president",     "vice",         "secretary",      "ambassador",
         "envoy",        "attorney",      "attorneys",    "agent",          "agents",
         "official",     "officials",     "spokesman",    "spokeswoman",    "spokesperson",
         "commissioner", "administrator", "inspector",    "counsel",        "general",
         "sen",          "sens",          "rep",          "reps",           "gov",
         "gen",          "adm",           "col",          "capt",           "sgt",
         "lt",           "senator",       "senators",     "representative", "representatives",
         "congressman",  "congresswoman", "senate",       "house",          "congress",
         "supreme",      "court",         "courts",       "circuit",        "district",
         "constitution", "department",    "dept",         "agency",         "bureau",
         "office",       "service",       "services",     "administration", "government",
         "embassy",      "consulate",     "mission",      "command",        "army",
         "navy",         "air",           "marine",       "marines",        "coast",
         "forces",       "force",         "military",     "troops",         "soldiers",
         "security",     "council",       "assembly",     "conference",     "convention",
         "committee",    "commission",    "chamber",      "census",         "treasury",
         "capitol",      "postal",        "border",       "customs",        "citizenship",
         "immigration",  "justice",       "headquarters", "intelligence",   "delegation"});
    return contains(words, word);
}

bool timeZone(std::string_view word)
{
    static const auto zones =
        std::to_array<std::string_view>({"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
                                         "PT", "PST", "PDT", "GMT", "UTC", "BST"});
    return contains(zones, word);
}

bool capitalised(std::string_view token)
{
    return !token.empty() && isUpper(token.front()) && !opensSentence(lower(leadingLetters(token)));
}

// "Fish and Wildlife Service", "Supreme Court", "Naval War College": the piece opens with a
// name of two or more capitalised words (joined by "and", "of" or "&" at most).
bool opensWithProperNoun(std::string_view after)
{
    const auto [first, second, third] = firstTokens(after);
    if (!capitalised(first) || first.size() != leadingLetters(first).size()) {
        return false; // "Trump," or "Senate." closes its phrase
    }
    if (capitalised(second)) {
        return true;
    }
    return (second == "and" || second == "of" || second == "&") && capitalised(third);
}

bool allUpper(std::string_view initialism)
{
    return std::none_of(initialism.begin(), initialism.end(), isLower);
}

} // namespace

std::string_view trailingInitialism(std::string_view text)
{
    std::size_t start = text.size();
    while (start > 0 && !isSpace(text[start - 1])) {
        --start;
    }
    std::string_view token = text.substr(start);
    // Opening quotes and brackets: ( [ " ' and the curly “ ‘ (E2 80 9C, E2 80 98).
    while (!token.empty()) {
        if (token.front() == '(' || token.front() == '[' || token.front() == '"' ||
            token.front() == '\'') {
            token.remove_prefix(1);
        } else if (token.starts_with("\xE2\x80\x9C") || token.starts_with("\xE2\x80\x98")) {
            token.remove_prefix(3);
        } else {
            break;
        }
    }
    // Letter, dot, letter, dot ...: at least two pairs and nothing else.
    if (token.size() < 4 || token.size() % 2 != 0) {
        return {};
    }
    for (std::size_t i = 0; i < token.size(); i += 2) {
        if (!isLetter(token[i]) || token[i + 1] != '.') {
            return {};
        }
    }
    return token;
}

bool initialismContinues(std::string_view before, std::string_view after, bool headingLine)
{
    if (after.empty()) {
        return false;
    }
    // "the U.S.' allies", "the U.S.’ allies": a possessive, unless a single quote opened
    // earlier in the piece and this one closes it.
    for (const std::string_view apostrophe :
         {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
        if (!before.ends_with(apostrophe)) {
            continue;
        }
        const std::string_view stem = before.substr(0, before.size() - apostrophe.size());
        const bool quoteOpened =
            apostrophe == "'" ? stem.starts_with('\'') || stem.find(" '") != std::string_view::npos
                              : stem.find("\xE2\x80\x98") != std::string_view::npos;
        return !trailingInitialism(stem).empty() && !quoteOpened;
    }
    const std::string_view initialism = trailingInitialism(before);
    if (initialism.empty()) {
        return false;
    }
    const auto [first, second, third] = firstTokens(after);
    const std::string_view firstWord = leadingLetters(first);
    if (!allUpper(initialism)) {
        // "8 p.m. ET": a time zone after the time; other lower-case initialisms ("a.m.", "p.m.")
        // end sentences as often as not.
        return timeZone(firstWord) &&
               (first.size() == firstWord.size() || first[firstWord.size()] == '.' ||
                first[firstWord.size()] == ',');
    }
    // "N.A.A.C.P." alone is no sentence, whatever follows.
    if (countTokensWithLetters(before) == 1) {
        return true;
    }
    if (firstWord.empty() || !isUpper(firstWord.front())) {
        // A quote, a bracket or a number opens the next piece: ICU's break stands.
        return false;
    }
    if (opensSentence(lower(firstWord))) {
        return false;
    }
    if (headingLine || countTokensWithLetters(before) <= 3) {
        return true;
    }
    if (titleOrInstitution(lower(firstWord)) || opensWithProperNoun(after)) {
        return true;
    }
    // A middle initial: "George H.W. Bush". The word before is a capitalised name, not the
    // end of a clause ("Washington, D.C.").
    if (initialism.size() <= 4) {
        std::string_view rest = before.substr(0, before.size() - initialism.size());
        while (!rest.empty() && isSpace(rest.back())) {
            rest.remove_suffix(1);
        }
        std::size_t start = rest.size();
        while (start > 0 && !isSpace(rest[start - 1])) {
            --start;
        }
        const std::string_view previous = rest.substr(start);
        if (capitalised(previous) && previous.size() == leadingLetters(previous).size()) {
            return true;
        }
    }
    return false;
}

} // namespace parallax::core
