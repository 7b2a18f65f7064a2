#include "core/normalizer.h"

#include "core/language.h"
#include "core/number_forms.h"
#include "core/spelling_variants.h"
#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <boost/locale/conversion.hpp>
#include <boost/locale/generator.hpp>
#include <libstemmer.h>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace parallax::core {

namespace {

// One form for characters that outlets type differently but mean the same.
char32_t unifyCharacter(char32_t c)
{
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
        return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return U'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return U'-';
    default:
        return utf8::isSpace(c) ? U' ' : c;
    }
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The language of a locale name, English when it names none.
std::string languageOf(const std::string& localeName)
{
    std::string code = localeLanguageCode(localeName);
    return code.empty() ? std::string("en") : code;
}

const char* snowballName(const std::string& language)
{
    static const std::unordered_map<std::string, const char*> names{
        {"en", "english"}, {"de", "german"},     {"fr", "french"},    {"es", "spanish"},
        {"it", "italian"}, {"pt", "portuguese"}, {"nl", "dutch"},     {"sv", "swedish"},
        {"da", "danish"},  {"no", "norwegian"},  {"nb", "norwegian"}, {"fi", "finnish"},
        {"ru", "russian"}, {"hu", "hungarian"},  {"ro", "romanian"},  {"tr", "turkish"},
    };
    const auto it = names.find(language);
    return it == names.end() ? nullptr : it->second;
}

// Two words that are one word elsewhere, as the normalised word they join into: "percent"
// ("per cent", "pour cent", "por ciento", "per cento", "por cento": "%"). Names written out and
// as initials ("United States" / "U.S.", "United Nations" / "U.N.") were joined the same way in
// the ninth session and cost the seeds a false pair (F1 0.883 → 0.844): a country a whole story
// names is no evidence that two of its sentences say the same.
std::optional<std::string_view> joinedWord(std::string_view first, std::string_view second)
{
    if (((first == "per" || first == "pour") && second == "cent") ||
        (first == "por" && (second == "ciento" || second == "cento")) ||
        (first == "per" && second == "cento")) {
        return "%";
    }
    return std::nullopt;
}

// The byte range of a percent sign (ASCII or full-width) right after `at` in text[.., end),
// spaces (and a no-break or narrow no-break space, as French typesetting puts there) allowed
// before it.
std::optional<std::pair<std::size_t, std::size_t>> percentSignAfter(std::string_view text,
                                                                    std::size_t at, std::size_t end)
{
    end = std::min(end, text.size());
    while (at < end) {
        if (text[at] == ' ') {
            ++at;
        } else if (text.substr(at, 2) == "\xC2\xA0") { // no-break space
            at += 2;
        } else if (text.substr(at, 3) == "\xE2\x80\xAF") { // narrow no-break space
            at += 3;
        } else {
            break;
        }
    }
    if (at < end && text[at] == '%') {
        return std::pair{at, at + 1};
    }
    if (at + 3 <= end && text.substr(at, 3) == "\xEF\xBC\x85") { // full-width percent sign
        return std::pair{at, at + 3};
    }
    return std::nullopt;
}

// "K.F.R.A." and "KFRA" are one name, outlets write it both ways: a word made of single
// letters between dots loses its dots. "US"/"U.S." and "UK"/"U.K." keep a dotted form, because
// without it they would read as the pronoun "us" and the word "uk" (and "us" is a stop word).
std::string foldInitialism(const std::string& word, std::string_view original)
{
    const std::string folded = word.ends_with('.') ? word.substr(0, word.size() - 1) : word;
    bool dotted = folded.size() >= 3;
    for (std::size_t i = 0; dotted && i < folded.size(); ++i) {
        const bool letterSlot = i % 2 == 0;
        const unsigned char c = static_cast<unsigned char>(folded[i]);
        dotted = letterSlot ? std::isalpha(c) != 0 : c == '.';
    }
    const bool upper = std::all_of(original.begin(), original.end(), [](char c) {
        return !std::isalpha(static_cast<unsigned char>(c)) ||
               std::isupper(static_cast<unsigned char>(c));
    });
    std::string letters;
    if (dotted) {
        for (std::size_t i = 0; i < folded.size(); i += 2) {
            letters.push_back(folded[i]);
        }
    } else if (upper && (folded == "us" || folded == "uk")) {
        letters = folded;
    } else {
        return word;
    }
    if (letters == "us" || letters == "uk") {
        return std::string{letters[0], '.', letters[1]};
    }
    return letters;
}

} // namespace

struct Normalizer::Stemmer {
    sb_stemmer* stemmer = nullptr;
    ~Stemmer()
    {
        if (stemmer) {
            sb_stemmer_delete(stemmer);
        }
    }
};

bool isStopWord(std::string_view word, std::string_view language)
{
    static const std::unordered_set<std::string_view> english{
        "a",       "an",      "the",     "and",    "or",     "but",   "if",      "of",    "to",
        "in",      "on",      "at",      "by",     "for",    "with",  "from",    "as",    "into",
        "over",    "about",   "is",      "are",    "was",    "were",  "be",      "been",  "being",
        "has",     "have",    "had",     "do",     "does",   "did",   "it",      "its",   "it's",
        "this",    "that",    "these",   "those",  "he",     "she",   "they",    "them",  "his",
        "her",     "their",   "we",      "our",    "you",    "your",  "i",       "me",    "my",
        "not",     "no",      "so",      "than",   "then",   "there", "which",   "who",   "whom",
        "what",    "when",    "where",   "while",  "would",  "will",  "can",     "could", "should",
        "may",     "might",   "also",    "after",  "before", "up",    "out",     "more",  "said",
        "says",    "say",     "told",    "all",    "any",    "some",  "such",    "other", "own",
        "just",    "very",    "too",     "only",   "s",      "'s",    "said.",   "how",   "why",
        "because", "against", "between", "during", "under",  "again", "further", "once",  "here",
        "both",    "each",    "few",     "most",   "nor",    "same",  "until",   "am",    "him",
        "himself", "us"};
    static const std::unordered_set<std::string_view> german{
        "der", "die", "das", "und", "oder",  "ein",  "eine", "einer", "eines",
        "den", "dem", "des", "ist", "sind",  "war",  "zu",   "im",    "in",
        "mit", "von", "auf", "für", "nicht", "sich", "es"};
    static const std::unordered_set<std::string_view> french{
        "le",  "la",   "les", "de",  "des",  "du",  "un",  "une", "et",  "ou", "est",  "en",  "au",
        "aux", "pour", "par", "sur", "dans", "que", "qui", "ne",  "pas", "il", "elle", "ils", "se"};
    if (language == "de") {
        return german.contains(word);
    }
    if (language == "fr") {
        return french.contains(word);
    }
    return english.contains(word);
}

Normalizer::Normalizer(const std::string& localeName, bool stemming)
    : m_segmenter(localeName), m_stemmer(std::make_unique<Stemmer>()),
      m_language(languageOf(localeName))
{
    boost::locale::generator generator;
    try {
        const bool hasEncoding = localeName.find('.') != std::string::npos;
        m_locale = generator(hasEncoding ? localeName : localeName + ".UTF-8");
    } catch (const std::exception&) {
        m_locale = generator("en_US.UTF-8");
    }
    if (stemming) {
        if (const char* name = snowballName(m_language)) {
            m_stemmer->stemmer = sb_stemmer_new(name, "UTF_8");
        }
    }
}

Normalizer::~Normalizer() = default;

std::string Normalizer::normalizeWord(std::string_view word) const
{
    std::string out;
    if (isAscii(word)) {
        out.reserve(word.size());
        for (const char c : word) {
            out.push_back(
                c == '`' ? '\'' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    } else {
        const std::string nfkc =
            boost::locale::normalize(std::string(word), boost::locale::norm_nfkc, m_locale);
        const std::string folded = boost::locale::fold_case(nfkc, m_locale);
        std::size_t pos = 0;
        while (pos < folded.size()) {
            utf8::append(out, unifyCharacter(utf8::next(folded, pos)));
        }
    }
    return unifiedSpelling(foldInitialism(out, word), m_language == "en");
}

std::vector<Token> Normalizer::tokens(std::string_view text, std::size_t begin,
                                      std::size_t end) const
{
    const std::vector<WordSpan> words = m_segmenter.words(text, begin, end);
    const bool english = m_language == "en";
    // Exactly as many tokens as words: a folder's tokens are kept for the whole comparison,
    // and growth by doubling left a third of their memory unused. (A number sign or a unit
    // written onto its number adds one now and then.)
    std::vector<Token> result;
    result.reserve(words.size());
    const auto finish = [&](Token& token) {
        token.isStopWord = isStopWord(token.norm, m_language);
        if (m_stemmer->stemmer && !token.isNumber) {
            const sb_symbol* stemmed = sb_stemmer_stem(
                m_stemmer->stemmer, reinterpret_cast<const sb_symbol*>(token.norm.data()),
                static_cast<int>(token.norm.size()));
            const int length = sb_stemmer_length(m_stemmer->stemmer);
            token.stem.assign(reinterpret_cast<const char*>(stemmed),
                              static_cast<std::size_t>(length));
        } else {
            token.stem = token.norm;
        }
        result.push_back(std::move(token));
    };
    for (const WordSpan& word : words) {
        Token token;
        token.start = word.start;
        token.end = word.end;
        token.isNumber = word.isNumber;
        const std::string_view original = text.substr(word.start, word.end - word.start);
        std::size_t probe = 0;
        const char32_t first = utf8::next(original, probe);
        token.isCapitalised = (first >= U'A' && first <= U'Z') || (first >= 0xC0 && first <= 0xDE);
        token.norm = normalizeWord(original);
        // Possessives carry the same content as the bare name: "Russia's" = "Russia".
        if (token.norm.size() > 2 && token.norm.ends_with("'s")) {
            token.norm.resize(token.norm.size() - 2);
        }
        // "per cent" and "%": one word.
        if (!result.empty()) {
            if (const auto joined = joinedWord(result.back().norm, token.norm)) {
                Token merged = std::move(result.back());
                result.pop_back();
                merged.end = token.end;
                merged.norm = std::string(*joined);
                merged.isNumber = false;
                finish(merged);
                continue;
            }
        }
        // One form for a number however the desk writes it (core/number_forms.h).
        if (english) {
            if (auto digits = numberWordDigits(token.norm)) {
                token.norm = std::move(*digits);
                token.isNumber = true;
            } else if (auto plain = ungroupedNumber(token.norm)) {
                token.norm = std::move(*plain);
            } else if (const auto split =
                           isAscii(original) // the cut is a byte offset into the original
                               ? splitNumberAndUnit(token.norm, text.substr(0, token.start))
                               : std::nullopt) {
                Token number = token;
                number.end = token.start + split->digits;
                number.norm = split->number;
                number.isNumber = true;
                finish(number);
                token.start = number.end;
                token.norm = split->unit;
                token.isNumber = false;
                token.isCapitalised = false;
            }
        }
        const std::size_t after = token.end;
        const bool isNumber = token.isNumber;
        finish(token);
        // The sign after a number ("5%", "5 %") is a word to match with "percent": the word
        // boundaries take it for punctuation.
        if (isNumber) {
            if (const auto sign = percentSignAfter(text, after, end)) {
                Token percent;
                percent.start = sign->first;
                percent.end = sign->second;
                percent.norm = "%";
                finish(percent);
            }
        }
    }
    return result;
}

std::string Normalizer::normalize(std::string_view text) const
{
    std::string folded;
    if (isAscii(text)) {
        folded.reserve(text.size());
        for (const char c : text) {
            folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    } else {
        const std::string nfkc =
            boost::locale::normalize(std::string(text), boost::locale::norm_nfkc, m_locale);
        folded = boost::locale::fold_case(nfkc, m_locale);
    }
    std::string out;
    out.reserve(folded.size());
    bool space = true; // drops leading space
    std::size_t pos = 0;
    while (pos < folded.size()) {
        const char32_t c = unifyCharacter(utf8::next(folded, pos));
        if (c == U' ') {
            if (!space) {
                out.push_back(' ');
            }
            space = true;
            continue;
        }
        utf8::append(out, c);
        space = false;
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

} // namespace parallax::core
