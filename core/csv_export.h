#pragma once

#include "core/comparison.h"

#include <string>

namespace parallax::core {

// One line per row, one column per outlet plus the row status, RFC 4180 quoting, CRLF line
// ends, UTF-8 with a BOM so that spreadsheet programs read the characters right.
std::string toCsv(const Comparison& comparison);

} // namespace parallax::core
