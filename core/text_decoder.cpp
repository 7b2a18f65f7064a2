#include "core/text_decoder.h"

#include "core/utf8.h"

#include <boost/locale/encoding.hpp>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>

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
        std::string charset = detectCharset(bytes);
        // Browsers read ISO-8859-1 labels as windows-1252 (its superset), and so do we: curly
        // quotes and dashes in 0x80-0x9F are far likelier than C1 control codes.
        if (charset.empty() || charset == "ASCII" || charset == "ISO-8859-1" ||
            charset == "ISO-8859-15" || charset == "UTF-8") {
            charset = "windows-1252";
        }
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
