#pragma once

#include <string_view>

// The fixed stylesheet and script of the HTML export. They hold no article text, so the
// export can allow exactly them by hash in its Content-Security-Policy.
namespace parallax::core::html {

// Light and dark colours, the aligned grid, marks that carry meaning without colour, print
// and phone-width rules. The export appends one generated rule (the grid's width).
std::string_view styleSheet();

// Row highlighting on click, the clutter toggle, and j/k or arrow keys to step through rows.
// Reads only the data-* attributes and classes the export writes.
std::string_view script();

} // namespace parallax::core::html
