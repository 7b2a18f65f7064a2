#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::core {

// The bytes of a file turned into UTF-8 text with \n line ends, or the reason it cannot be.
struct DecodedText {
    std::string text;
    std::string encoding;              // what the bytes were read as, e.g. "UTF-16LE"
    std::vector<std::string> warnings; // repairs: replaced bytes, an unsure guess
    std::optional<std::string> error;  // set when the bytes are not readable text
};

// Detects the encoding (BOMs, then UTF-8 validity, then uchardet for legacy code pages),
// converts with Boost.Locale, replaces invalid sequences (reported in warnings), and
// normalises CRLF and CR to LF. Binary data and empty input come back with an error.
DecodedText decodeText(std::string_view bytes);

} // namespace parallax::core
