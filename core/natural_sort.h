#pragma once

#include <string_view>

namespace parallax::core {

// "file2" before "file10": digit runs compare by value, the rest case-insensitively (ASCII),
// with the plain byte order as the final tie-break so the order is total.
bool naturalLess(std::string_view a, std::string_view b);

} // namespace parallax::core
