#include "core/line_features.h"

#include "core/utf8.h"

#include <cctype>
#include <vector>

namespace parallax::core {

namespace {

constexpr std::size_t kLanguages = static_cast<std::size_t>(StopLanguage::Count);

// Small lists of the commonest function words; enough to measure density, not a linguistic
// resource. Lower case, as pages print them mid-sentence.
// The views point at string literals, so the table built from them never dangles.
using StopWordLists = std::array<std::vector<std::string_view>, kLanguages>;

StopWordLists stopWordLists()
{
    return {{
        {"the",   "a",     "an",    "and",   "or",   "but",   "of",  "to",    "in",   "on",
         "at",    "for",   "with",  "by",    "from", "as",    "is",  "was",   "are",  "were",
         "be",    "been",  "has",   "have",  "had",  "it",    "its", "this",  "that", "these",
         "those", "which", "who",   "he",    "she",  "they",  "we",  "i",     "you",  "his",
         "her",   "their", "our",   "not",   "will", "would", "can", "could", "said", "after",
         "than",  "into",  "about", "there", "also", "if",    "so",  "do",    "did",  "what",
         "when",  "more",  "out",   "up",    "all"},
        {"der",  "die",   "das",    "und",  "oder", "aber",  "ist", "war", "sind", "nicht", "ein",
         "eine", "einen", "dem",    "den",  "des",  "mit",   "von", "zu",  "auf",  "für",   "im",
         "in",   "auch",  "sich",   "es",   "er",   "sie",   "wir", "bei", "nach", "wie",   "als",
         "dass", "noch",  "werden", "wird", "hat",  "haben", "aus", "über"},
        {"le",   "la",    "les",  "un",    "une", "des", "du",   "de",  "et",   "ou",
         "mais", "est",   "sont", "était", "pas", "ne",  "que",  "qui", "dans", "sur",
         "pour", "par",   "avec", "au",    "aux", "il",  "elle", "ils", "nous", "vous",
         "ce",   "cette", "son",  "sa",    "ses", "a",   "en",   "plus"},
        {"el",  "la", "los", "las",  "un",  "una",  "y",    "o",   "pero", "es", "son",
         "fue", "no", "que", "de",   "del", "en",   "con",  "por", "para", "se", "su",
         "sus", "al", "lo",  "como", "más", "este", "esta", "ha",  "han",  "le", "les"},
        {"il",   "lo",    "la",  "i",      "gli",    "le",  "un",  "una",  "e",
         "o",    "ma",    "è",   "sono",   "non",    "che", "di",  "del",  "della",
         "dei",  "in",    "con", "per",    "su",     "da",  "al",  "alla", "si",
         "come", "anche", "più", "questo", "questa", "ha",  "nel", "nella"},
        {"o",   "a",   "os",  "as", "um",   "uma",  "e",    "ou",   "mas", "é",   "são", "não",
         "que", "de",  "do",  "da", "dos",  "das",  "em",   "no",   "na",  "com", "por", "para",
         "se",  "seu", "sua", "ao", "como", "mais", "este", "esta", "foi", "ele", "ela"},
        {"de",  "het", "een", "en",  "of",   "maar", "is",   "zijn", "was", "niet",
         "van", "in",  "op",  "met", "voor", "door", "aan",  "dat",  "die", "dit",
         "er",  "hij", "zij", "we",  "ook",  "als",  "naar", "om",   "te",  "bij"},
        {"yang", "dan",    "di",    "ke",    "dari",   "ini",  "itu",   "dengan", "untuk",
         "pada", "adalah", "dalam", "tidak", "akan",   "juga", "atau",  "ada",    "kita",
         "kami", "mereka", "ia",    "oleh",  "karena", "bisa", "sudah", "saja",   "tersebut"},
        {"и",  "в",  "во",  "не", "что", "он",  "она", "они", "на",   "я",
         "с",  "со", "как", "а",  "то",  "все", "это", "так", "его",  "но",
         "да", "ты", "к",   "у",  "же",  "вы",  "за",  "бы",  "по",   "от",
         "из", "о",  "для", "мы", "при", "или", "их",  "был", "была", "были"},
    }};
}

bool isLetter(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) {
        return true;
    }
    // Latin-1 letters, Latin extended, Greek, Cyrillic, Hebrew, Arabic, Indic ... up to the
    // general punctuation block; the signs of Latin-1 are not letters.
    if (c >= 0xC0 && c < 0x2000) {
        return c != 0xD7 && c != 0xF7;
    }
    return c >= 0x3040; // CJK and beyond: treated as letters
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool isUpper(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x410 && c <= 0x42F);
}

std::string lowerWord(std::string_view word)
{
    std::string out;
    out.reserve(word.size());
    std::size_t pos = 0;
    while (pos < word.size()) {
        char32_t c = utf8::next(word, pos);
        if (c >= U'A' && c <= U'Z') {
            c += 32;
        } else if (c >= 0x410 && c <= 0x42F) {
            c += 0x20; // Cyrillic capitals
        } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
            c += 0x20; // Latin-1 capitals
        }
        utf8::append(out, c);
    }
    return out;
}

bool isListMark(char32_t c)
{
    switch (c) {
    case U'\u2022': // •
    case U'\u25CB': // ○
    case U'\u25A1': // □
    case U'\u25E6': // ◦
    case U'\u25AA': // ▪
    case U'\u25A0': // ■
    case U'\u25CF': // ●
    case U'\u2606': // ☆
    case U'\u2605': // ★
    case U'\u00B7': // ·
    case U'\u203A': // ›
    case U'\u00BB': // »
    case U'*':
    case U'-':
    case U'\u2013': // –
    case U'+':
        return true;
    default:
        return false;
    }
}

} // namespace

double LineFeatures::symbolShare() const
{
    const std::size_t total = letters + digits + symbols;
    return total == 0 ? 0.0 : static_cast<double>(symbols + digits) / static_cast<double>(total);
}

double LineFeatures::digitShare() const
{
    const std::size_t total = letters + digits + symbols;
    return total == 0 ? 0.0 : static_cast<double>(digits) / static_cast<double>(total);
}

double LineFeatures::capitalisedShare() const
{
    return words == 0 ? 0.0 : static_cast<double>(capitalised) / static_cast<double>(words);
}

double LineFeatures::stopShare(StopLanguage language) const
{
    if (language == StopLanguage::Count || words == 0) {
        return 0.0;
    }
    return static_cast<double>(stopWords[static_cast<std::size_t>(language)]) /
           static_cast<double>(words);
}

LineFeatureReader::LineFeatureReader()
{
    const StopWordLists lists = stopWordLists();
    for (std::size_t l = 0; l < kLanguages; ++l) {
        for (const std::string_view w : lists[l]) {
            m_stopWords[w] |= 1U << l;
        }
    }
}

LineFeatures LineFeatureReader::read(std::string_view line) const
{
    LineFeatures f;
    std::size_t pos = 0;
    bool first = true;
    std::size_t wordStart = std::string_view::npos;
    std::size_t wordStartCore = std::string_view::npos; // first letter or digit of the word
    std::size_t wordEndCore = 0;
    bool wordHasAlnum = false;
    bool wordCapital = false;
    const auto finishWord = [&] {
        if (wordStart == std::string_view::npos) {
            return;
        }
        if (wordHasAlnum) {
            ++f.words;
            f.hashtags += line[wordStart] == '#' ? 1 : 0;
            f.capitalised += wordCapital ? 1 : 0;
            const std::string lower =
                lowerWord(line.substr(wordStartCore, wordEndCore - wordStartCore));
            const auto it = m_stopWords.find(lower);
            if (it != m_stopWords.end()) {
                for (std::size_t l = 0; l < kLanguages; ++l) {
                    f.stopWords[l] += (it->second >> l) & 1U;
                }
            }
        }
        wordStart = std::string_view::npos;
        wordStartCore = std::string_view::npos;
        wordHasAlnum = false;
        wordCapital = false;
    };
    while (pos < line.size()) {
        const std::size_t at = pos;
        const char32_t c = utf8::next(line, pos);
        if (utf8::isSpace(c)) {
            finishWord();
            continue;
        }
        if (first) {
            first = false;
            f.bullet = isListMark(c);
            f.bracketed = c == U'[';
        }
        if (wordStart == std::string_view::npos) {
            wordStart = at;
        }
        const bool digit = c >= U'0' && c <= U'9';
        const bool letter = !digit && isLetter(c);
        if (letter || digit) {
            if (wordStartCore == std::string_view::npos) {
                wordStartCore = at;
                wordCapital = isUpper(c);
            }
            wordEndCore = pos;
            wordHasAlnum = true;
        }
        if (digit) {
            ++f.digits;
        } else if (letter) {
            ++f.letters;
            f.cjk += isCjk(c) ? 1 : 0;
        } else {
            ++f.symbols;
        }
    }
    finishWord();
    f.endsSentence = endsLikeSentence(line);
    {
        std::size_t b = 0;
        std::size_t e = line.size();
        while (b < e && (line[b] == ' ' || line[b] == '\t')) {
            ++b;
        }
        while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t')) {
            --e;
        }
        std::size_t run = 0;
        for (std::size_t i = b; i < e; ++i) {
            if (line[i] == ' ') {
                ++run;
                continue;
            }
            f.columnGaps += run >= 3 ? 1 : 0;
            run = 0;
        }
    }
    if (!f.bullet) {
        // "1. Item", "12) Item": numbered lists of links.
        std::size_t i = 0;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        const std::size_t digitsStart = i;
        while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) != 0) {
            ++i;
        }
        f.bullet = i > digitsStart && i - digitsStart <= 2 && i + 1 < line.size() &&
                   (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
    }
    return f;
}

StopLanguage LineFeatureReader::dominantLanguage(
    const std::array<std::size_t, static_cast<std::size_t>(StopLanguage::Count)>& stopWords,
    std::size_t words)
{
    std::size_t best = kLanguages;
    std::size_t bestCount = 0;
    for (std::size_t l = 0; l < kLanguages; ++l) {
        if (stopWords[l] > bestCount) {
            bestCount = stopWords[l];
            best = l;
        }
    }
    // Prose in any listed language is a quarter or more stop words; a text under 8% matches
    // no list well enough to judge lines by it.
    if (best == kLanguages || static_cast<double>(bestCount) < 0.08 * static_cast<double>(words)) {
        return StopLanguage::Count;
    }
    return static_cast<StopLanguage>(best);
}

std::string clutterKey(std::string_view line)
{
    std::string lower;
    lower.reserve(line.size());
    for (const char c : line) {
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    const auto keep = [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; };
    std::size_t b = 0;
    while (b < lower.size() && !keep(static_cast<unsigned char>(lower[b]))) {
        ++b;
    }
    // Multi-byte list marks (•, ›, »): skip whole sequences of them at the start.
    while (b + 1 < lower.size() && static_cast<unsigned char>(lower[b]) >= 0x80) {
        std::size_t p = b;
        const char32_t c = utf8::next(lower, p);
        if (isLetter(c) || utf8::isSpace(c) || c >= 0x3040) {
            break;
        }
        b = p;
        while (b < lower.size() && !keep(static_cast<unsigned char>(lower[b]))) {
            ++b;
        }
    }
    std::size_t e = lower.size();
    while (e > b && !keep(static_cast<unsigned char>(lower[e - 1])) && lower[e - 1] != '%') {
        --e;
    }
    // Collapse runs of spaces: pages pad labels.
    std::string out;
    out.reserve(e - b);
    bool space = false;
    for (std::size_t i = b; i < e; ++i) {
        const char c = lower[i];
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out.push_back(' ');
        }
        space = false;
        out.push_back(c);
    }
    return out;
}

bool endsLikeSentence(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    if (line.empty()) {
        return false;
    }
    const char c = line.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
        return true;
    }
    if (line.ends_with("\xE2\x80\xA6") || line.ends_with("\xE3\x80\x82")) { // … 。
        return true;
    }
    // A closing quote or bracket after the sentence's own mark: ."  .”  .’  .)
    const auto closes = [](std::string_view l, std::string_view tail) {
        if (!l.ends_with(tail)) {
            return false;
        }
        l.remove_suffix(tail.size());
        return !l.empty() && (l.back() == '.' || l.back() == '!' || l.back() == '?' ||
                              l.ends_with("\xE2\x80\xA6"));
    };
    return closes(line, "\"") || closes(line, "'") || closes(line, ")") ||
           closes(line, "\xE2\x80\x9D") || closes(line, "\xE2\x80\x99") || closes(line, "\xC2\xBB");
}

std::size_t countWords(std::string_view text)
{
    std::size_t n = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\t' || c == '\n';
        if (!space && !inWord) {
            ++n;
        }
        inWord = !space;
    }
    return n;
}

} // namespace parallax::core
