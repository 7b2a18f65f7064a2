#include "core/utf8.h"

namespace parallax::core::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
} // namespace

char32_t next(std::string_view text, std::size_t& pos)
{
    const auto c0 = static_cast<unsigned char>(text[pos]);
    if (c0 < 0x80) {
        ++pos;
        return c0;
    }
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c0 & 0xE0) == 0xC0) {
        extra = 1;
        cp = c0 & 0x1F;
        min = 0x80;
    } else if ((c0 & 0xF0) == 0xE0) {
        extra = 2;
        cp = c0 & 0x0F;
        min = 0x800;
    } else if ((c0 & 0xF8) == 0xF0) {
        extra = 3;
        cp = c0 & 0x07;
        min = 0x10000;
    } else {
        ++pos;
        return kReplacement;
    }
    if (pos + static_cast<std::size_t>(extra) >= text.size()) {
        ++pos;
        return kReplacement;
    }
    for (int i = 1; i <= extra; ++i) {
        const auto c = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
        if (!isContinuation(c)) {
            ++pos;
            return kReplacement;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return kReplacement;
    }
    pos += static_cast<std::size_t>(extra) + 1;
    return cp;
}

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t repair(std::string& text)
{
    if (isValid(text)) {
        return 0;
    }
    std::string out;
    out.reserve(text.size() + 16);
    std::size_t replaced = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t before = pos;
        const char32_t cp = next(text, pos);
        if (cp == kReplacement && !(pos - before == 3 && text.compare(before, 3, "\xEF\xBF\xBD") == 0)) {
            ++replaced;
        }
        append(out, cp);
    }
    text = std::move(out);
    return replaced;
}

bool isValid(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t before = pos;
        const char32_t cp = next(text, pos);
        if (cp == kReplacement && text.compare(before, 3, "\xEF\xBF\xBD") != 0) {
            return false;
        }
    }
    return true;
}

bool isSpace(char32_t c)
{
    switch (c) {
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case U'\f':
    case U'\v':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x180E:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x2060:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

std::pair<std::size_t, std::size_t> trimmedRange(std::string_view text, std::size_t begin,
                                                 std::size_t end)
{
    std::size_t pos = begin;
    while (pos < end) {
        std::size_t probe = pos;
        if (!isSpace(next(text, probe))) {
            break;
        }
        pos = probe;
    }
    begin = pos;
    // Walk forward remembering the end of the last non-space code point.
    std::size_t lastEnd = begin;
    while (pos < end) {
        const char32_t cp = next(text, pos);
        if (!isSpace(cp)) {
            lastEnd = pos;
        }
    }
    return {begin, lastEnd};
}

std::size_t length(std::string_view text)
{
    std::size_t n = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        next(text, pos);
        ++n;
    }
    return n;
}

} // namespace parallax::core::utf8
