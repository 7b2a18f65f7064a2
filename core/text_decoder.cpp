#include "core/text_decoder.h"

#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <boost/locale/encoding.hpp>
#include <cctype>
#include <memory>
#include <uchardet/uchardet.h>

namespace parallax::core {

namespace {

std::string normaliseLineEnds(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < in.size() && in[i + 1] == '\n') {
                ++i;
            }
        } else {
            out.push_back(in[i]);
        }
    }
    return out;
}

std::string fromUtf16(std::string_view bytes, bool bigEndian, std::size_t& replaced)
{
    std::string out;
    out.reserve(bytes.size());
    const std::size_t units = bytes.size() / 2;
    auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[2 * i]);
        const auto b = static_cast<unsigned char>(bytes[2 * i + 1]);
        return static_cast<char16_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    for (std::size_t i = 0; i < units; ++i) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
            const char16_t lo = unit(i + 1);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                utf8::append(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (lo - 0xDC00));
                ++i;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            utf8::append(out, 0xFFFD);
            ++replaced;
            continue;
        }
        utf8::append(out, u);
    }
    if (bytes.size() % 2 != 0) {
        utf8::append(out, 0xFFFD);
        ++replaced;
    }
    return out;
}

// Text files hold few control characters; binary files hold many, and NULs.
bool looksBinary(std::string_view bytes)
{
    const std::size_t probe = std::min<std::size_t>(bytes.size(), 64 * 1024);
    std::size_t control = 0;
    for (std::size_t i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) {
            return true;
        }
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
            ++control;
        }
    }
    return probe > 0 && control * 100 > probe * 5;
}

// UTF-16 without a BOM shows as a NUL in every other byte of mostly-Latin text.
std::optional<bool> utf16WithoutBom(std::string_view bytes)
{
    const std::size_t probe = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
    if (probe < 8) {
        return std::nullopt;
    }
    std::size_t evenZeros = 0;
    std::size_t oddZeros = 0;
    for (std::size_t i = 0; i < probe; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const std::size_t pairs = probe / 2;
    if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs) {
        return false; // little endian
    }
    if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs) {
        return true;
    }
    return std::nullopt;
}

std::string detectCharset(std::string_view bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (!detector) {
        return {};
    }
    if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) {
        return {};
    }
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    return name ? std::string(name) : std::string();
}

std::string upperAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

// uchardet's guess, corrected where it is known to go wrong on news text. Browsers read
// ISO-8859-1 labels as windows-1252 (its superset), and so do we: curly quotes and dashes in
// 0x80-0x9F are far likelier than C1 control codes, so an ISO-8859 guess on bytes in that
// range becomes its Windows sibling. On mostly-ASCII text a few accented letters or curly
// quotes are too little evidence, and uchardet then guesses Mac or DOS code pages ("It\x92s"
// read as Mac Central European): such text is windows-1252.
std::string plausibleCharset(const std::string& detected, std::string_view bytes)
{
    const std::string name = upperAscii(detected);
    std::size_t high = 0;
    bool c1 = false;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        high += c >= 0x80 ? 1 : 0;
        c1 = c1 || (c >= 0x80 && c <= 0x9F);
    }
    const bool mostlyAscii = high * 5 <= bytes.size();
    if (name.empty() || name == "ASCII" || name == "UTF-8" || name == "ISO-8859-1" ||
        name == "ISO-8859-15") {
        return "windows-1252";
    }
    if (name.starts_with("WINDOWS-")) {
        return "windows-" + name.substr(8);
    }
    if (name.starts_with("ISO-8859-") && c1) {
        static const std::array<std::pair<std::string_view, std::string_view>, 5> siblings{{
            {"ISO-8859-2", "windows-1250"},
            {"ISO-8859-7", "windows-1253"},
            {"ISO-8859-8", "windows-1255"},
            {"ISO-8859-9", "windows-1254"},
            {"ISO-8859-13", "windows-1257"},
        }};
        for (const auto& [iso, windows] : siblings) {
            if (name == iso) {
                return std::string(windows);
            }
        }
        return "windows-1252";
    }
    if (mostlyAscii && !name.starts_with("ISO-8859-")) {
        return "windows-1252";
    }
    return detected;
}

bool onlyWhiteSpace(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (!utf8::isSpace(utf8::next(text, pos))) {
            return false;
        }
    }
    return true;
}

std::string replacedMessage(std::size_t n, std::string_view encoding)
{
    return std::to_string(n) + (n == 1 ? " invalid byte sequence" : " invalid byte sequences") +
           " for " + std::string(encoding) + " replaced with \xEF\xBF\xBD";
}

} // namespace

DecodedText decodeText(std::string_view bytes)
{
    DecodedText result;
    std::string utf8Text;
    std::size_t replaced = 0;

    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        result.encoding = "UTF-8 (BOM)";
        utf8Text.assign(bytes.substr(3));
        replaced = utf8::repair(utf8Text);
    } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        const bool bigEndian = bytes[0] == '\xFE';
        result.encoding = bigEndian ? "UTF-16BE" : "UTF-16LE";
        utf8Text = fromUtf16(bytes.substr(2), bigEndian, replaced);
    } else if (const auto bigEndian = utf16WithoutBom(bytes)) {
        result.encoding = *bigEndian ? "UTF-16BE" : "UTF-16LE";
        result.warnings.push_back("no byte order mark; read as " + result.encoding);
        utf8Text = fromUtf16(bytes, *bigEndian, replaced);
    } else if (looksBinary(bytes)) {
        result.error = "not a text file (binary data)";
        return result;
    } else if (utf8::isValid(bytes)) {
        result.encoding = "UTF-8";
        utf8Text.assign(bytes);
    } else {
        const std::string charset = plausibleCharset(detectCharset(bytes), bytes);
        result.encoding = charset;
        try {
            utf8Text = boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(),
                                                         charset, boost::locale::conv::skip);
        } catch (const std::exception&) {
            result.warnings.push_back("encoding " + charset +
                                      " is not supported; read as UTF-8 with repairs");
            result.encoding = "UTF-8";
            utf8Text.assign(bytes);
            replaced = utf8::repair(utf8Text);
        }
        replaced += utf8::repair(utf8Text);
    }

    if (replaced > 0) {
        result.warnings.push_back(replacedMessage(replaced, result.encoding));
    }
    // A BOM read as text (e.g. UTF-16 files saved with one) is not content.
    if (utf8Text.starts_with("\xEF\xBB\xBF")) {
        utf8Text.erase(0, 3);
    }
    result.text = normaliseLineEnds(utf8Text);
    if (onlyWhiteSpace(result.text)) {
        result.error = bytes.empty() ? "empty file" : "no text in the file (only white space)";
    }
    return result;
}

} // namespace parallax::core
