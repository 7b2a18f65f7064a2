#pragma once

#include "core/comparison.h"

#include <string>
#include <string_view>

namespace parallax::core {

// The comparison as a spreadsheet: a header line (row, status, kind, by_hand, one column per
// outlet, closest_elsewhere) and one line per row with the text of each outlet's cell, its
// sentences joined by a space; by_hand is "yes" for a row the user shaped (Row::byUser), and
// closest_elsewhere names, for outlets the row lacks, the row of their closest sentence
// (Row::near) as "Post: row 12, 23% alike", several joined by "; ".
// RFC 4180: every field quoted, quotes doubled, CRLF line ends; UTF-8 with a byte order mark
// so that spreadsheet programs read the characters right. Line breaks inside a text become
// spaces, so one row is one line. A text that starts with = + - @ or a tab gets a leading
// apostrophe, so that no spreadsheet program runs an article's words as a formula.
//
//   writeFileAtomically("story.csv", toCsv(comparison));
std::string toCsv(const Comparison& comparison);

// One quoted RFC 4180 field, with the line-break and formula rules above.
void appendCsvField(std::string& out, std::string_view text);

} // namespace parallax::core
