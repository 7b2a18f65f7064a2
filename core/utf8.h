#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// Small UTF-8 helpers that the rest of core shares; the heavy Unicode work (normalisation,
// case folding, boundaries) goes through Boost.Locale.
namespace parallax::core::utf8 {

// Decodes the code point at text[pos] and advances pos. Malformed input yields U+FFFD and
// advances by one byte, so a loop over any byte string always terminates.
char32_t next(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t codePoint);

// Replaces every malformed sequence with U+FFFD; returns how many were replaced.
std::size_t repair(std::string& text);

bool isValid(std::string_view text);

// Unicode white space, including no-break, thin, ideographic spaces and the zero-width ones.
bool isSpace(char32_t c);

// Trims Unicode white space; returns the [begin, end) byte range of what is left.
std::pair<std::size_t, std::size_t> trimmedRange(std::string_view text, std::size_t begin,
                                                 std::size_t end);

std::size_t length(std::string_view text); // in code points

} // namespace parallax::core::utf8
