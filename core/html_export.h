#pragma once

#include "core/comparison.h"

#include <string>

namespace parallax::core {

// One self-contained HTML file (inline CSS and JavaScript, no network request) that shows
// the comparison as the window does. Every piece of article text is escaped.
std::string toHtml(const Comparison& comparison);

// Escapes text for HTML element content and attribute values.
std::string escapeHtml(std::string_view text);

} // namespace parallax::core
