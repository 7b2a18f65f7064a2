#include "core/segmenter.h"

#include "core/initialisms.h"
#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace parallax::core {

namespace {

// "en_US.UTF-8" -> ICU's en_US with abbreviation suppression ("Mr. Putin" is one sentence).
icu::Locale icuLocale(const std::string& name)
{
    const std::string base = name.substr(0, name.find_first_of(".@"));
    icu::Locale locale = icu::Locale::createFromName(base.empty() ? "en_US" : base.c_str());
    if (locale.isBogus() || std::string_view(locale.getLanguage()).empty()) {
        locale = icu::Locale("en", "US");
    }
    UErrorCode status = U_ZERO_ERROR;
    locale.setKeywordValue("ss", "standard", status);
    return locale;
}

// Walks the boundaries of text[begin, end) (UTF-8, byte offsets) with a kept iterator and
// calls take(start, end, ruleStatus) for every piece between two boundaries.
template <typename Take>
void forEachPiece(icu::BreakIterator& iterator, std::string_view text, std::size_t begin,
                  std::size_t end, Take&& take)
{
    UErrorCode status = U_ZERO_ERROR;
    UText* ut =
        utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
    if (U_FAILURE(status)) {
        utext_close(ut);
        return;
    }
    iterator.setText(ut, status); // the iterator keeps a shallow clone; ours can close
    if (U_SUCCESS(status)) {
        int32_t previous = iterator.first();
        for (int32_t next = iterator.next(); next != icu::BreakIterator::DONE;
             next = iterator.next()) {
            take(begin + static_cast<std::size_t>(previous), begin + static_cast<std::size_t>(next),
                 iterator.getRuleStatus());
            previous = next;
        }
    }
    utext_close(ut);
}

// Abbreviations after which a period does not end a sentence, beyond the ones ICU knows.
bool endsWithAbbreviation(std::string_view sentence)
{
    static const std::array<std::string_view, 46> abbreviations{
        "Dr.",   "Mr.",   "Mrs.",  "Ms.",   "Prof.",   "St.",   "Sr.",  "Jr.",   "Gov.",  "Sen.",
        "Rep.",  "Sens.", "Reps.", "Gen.",  "Lt.",     "Col.",  "Sgt.", "Capt.", "Cmdr.", "Adm.",
        "Maj.",  "Rev.",  "Hon.",  "Pres.", "Supt.",   "Insp.", "No.",  "Nos.",  "vs.",   "Jan.",
        "Feb.",  "Aug.",  "Sept.", "Sep.",  "Oct.",    "Nov.",  "Dec.", "Mt.",   "Ft.",   "Ave.",
        "Blvd.", "Co.",   "Corp.", "Inc.",  "approx.", "e.g."};
    for (const std::string_view abbreviation : abbreviations) {
        if (sentence.size() >= abbreviation.size() && sentence.ends_with(abbreviation)) {
            const std::size_t before = sentence.size() - abbreviation.size();
            if (before == 0 || !std::isalpha(static_cast<unsigned char>(sentence[before - 1]))) {
                return true;
            }
        }
    }
    // A single capital initial: "John F. Kennedy".
    if (sentence.size() >= 2 && sentence.back() == '.' &&
        std::isupper(static_cast<unsigned char>(sentence[sentence.size() - 2])) &&
        (sentence.size() == 2 || sentence[sentence.size() - 3] == ' ')) {
        return true;
    }
    return false;
}

// The start of a sentence that cannot stand alone: a lower-case word ("he said") or bare
// closing punctuation.
bool continuesPrevious(std::string_view sentence)
{
    if (sentence.empty()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(sentence.front());
    if (c >= 'a' && c <= 'z') {
        return true;
    }
    return sentence.find_first_not_of(")]}\"'.,;:!?") == std::string_view::npos;
}

bool endsWithTerminal(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    if (line.empty()) {
        return true;
    }
    const char c = line.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' ||
           line.ends_with("\xE2\x80\x9D") /* ” */ || line.ends_with("\xE2\x80\x99") /* ’ */;
}

// A line that does not end like a sentence and is short: a headline or a subheading, which
// holds one sentence however many dots its initialisms have.
bool headingLine(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    while (!line.empty() && (line.back() == '"' || line.back() == ')' ||
                             line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\x99"))) {
        line.remove_suffix(line.back() == '"' || line.back() == ')' ? 1 : 3);
    }
    if (line.empty() || line.back() == '.' || line.back() == '!' || line.back() == '?' ||
        line.ends_with("\xE2\x80\xA6")) {
        return false;
    }
    return std::count(line.begin(), line.end(), ' ') < 30;
}

struct Block {
    std::size_t start;
    std::size_t end;
};

// Paragraphs: every line is a paragraph, except that a hard-wrapped line (long, no closing
// punctuation, followed by a line that starts in lower case) continues on the next line.
std::vector<Block> paragraphs(std::string_view text)
{
    std::vector<Block> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) {
            nl = text.size();
        }
        lines.push_back({pos, nl});
        pos = nl + 1;
    }
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto [b, e] = utf8::trimmedRange(text, lines[i].start, lines[i].end);
        if (b == e) {
            continue;
        }
        Block block{b, e};
        while (i + 1 < lines.size()) {
            const std::string_view current =
                text.substr(lines[i].start, lines[i].end - lines[i].start);
            const auto [nb, ne] = utf8::trimmedRange(text, lines[i + 1].start, lines[i + 1].end);
            if (nb == ne || current.size() < 40 || endsWithTerminal(current)) {
                break;
            }
            const auto first = static_cast<unsigned char>(text[nb]);
            if (!(first >= 'a' && first <= 'z')) {
                break;
            }
            block.end = ne;
            ++i;
        }
        blocks.push_back(block);
    }
    return blocks;
}

} // namespace

struct Segmenter::Iterators {
    std::unique_ptr<icu::BreakIterator> sentences;
    std::unique_ptr<icu::BreakIterator> words;
};

Segmenter::Segmenter(const std::string& localeName) : m_icu(std::make_unique<Iterators>())
{
    const icu::Locale locale = icuLocale(localeName);
    UErrorCode status = U_ZERO_ERROR;
    m_icu->sentences.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !m_icu->sentences) {
        status = U_ZERO_ERROR;
        m_icu->sentences.reset(
            icu::BreakIterator::createSentenceInstance(icuLocale("en_US"), status));
    }
    status = U_ZERO_ERROR;
    m_icu->words.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status) || !m_icu->words) {
        status = U_ZERO_ERROR;
        m_icu->words.reset(icu::BreakIterator::createWordInstance(icuLocale("en_US"), status));
    }
}

Segmenter::~Segmenter() = default;

std::vector<Sentence> Segmenter::sentences(std::string_view text) const
{
    std::vector<Sentence> result;
    const std::vector<Block> blocks = paragraphs(text);
    for (std::size_t p = 0; p < blocks.size(); ++p) {
        const Block& block = blocks[p];
        const bool heading = headingLine(text.substr(block.start, block.end - block.start));
        std::vector<std::pair<std::size_t, std::size_t>> pieces;
        if (!m_icu->sentences) { // ICU without its data: a paragraph is a sentence
            const auto [tb, te] = utf8::trimmedRange(text, block.start, block.end);
            if (tb != te) {
                pieces.emplace_back(tb, te);
            }
        } else {
            // Every boundary: ICU's terminators (. ? !) and separators (line ends) alike.
            forEachPiece(*m_icu->sentences, text, block.start, block.end,
                         [&](std::size_t s, std::size_t e, int32_t) {
                             const auto [tb, te] = utf8::trimmedRange(text, s, e);
                             if (tb == te) {
                                 return;
                             }
                             if (!pieces.empty()) {
                                 const std::string_view previous =
                                     text.substr(pieces.back().first,
                                                 pieces.back().second - pieces.back().first);
                                 const std::string_view current = text.substr(tb, te - tb);
                                 if (endsWithAbbreviation(previous) || continuesPrevious(current) ||
                                     initialismContinues(previous, current, heading)) {
                                     pieces.back().second = te;
                                     return;
                                 }
                             }
                             pieces.emplace_back(tb, te);
                         });
        }
        for (const auto& [s, e] : pieces) {
            Sentence sentence;
            sentence.text.assign(text.substr(s, e - s));
            sentence.start = s;
            sentence.end = e;
            sentence.paragraph = p;
            result.push_back(std::move(sentence));
        }
    }
    return result;
}

std::vector<WordSpan> Segmenter::words(std::string_view text, std::size_t begin,
                                       std::size_t end) const
{
    std::vector<WordSpan> result;
    if (begin >= end) {
        return result;
    }
    if (!m_icu->words) {
        return result;
    }
    // Words and numbers, not the spaces and punctuation between them (rule status "none").
    forEachPiece(*m_icu->words, text, begin, end, [&](std::size_t s, std::size_t e, int32_t rule) {
        if (rule >= UBRK_WORD_NONE_LIMIT) {
            result.push_back({s, e, rule < UBRK_WORD_NUMBER_LIMIT});
        }
    });
    return result;
}

} // namespace parallax::core
