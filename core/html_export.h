#pragma once

#include "core/comparison.h"

#include <string>
#include <string_view>

namespace parallax::core {

// One self-contained HTML file that shows the comparison as the window does: a column per
// outlet with its header, aligned rows, omissions, additions, word-level rewordings, moved
// sentences, clutter greyed and collapsed, a legend and a summary. Inline CSS and JavaScript
// only, allowed by hash in a Content-Security-Policy that forbids every other load, so the file
// makes no network request. Article text is escaped everywhere and never enters the script.
//
//   writeFileAtomically("story.html", toHtml(comparison));
std::string toHtml(const Comparison& comparison);

// Escapes text for HTML element content and quoted attribute values (& < > " ').
std::string escapeHtml(std::string_view text);
void appendEscapedHtml(std::string& out, std::string_view text);

// "sha256-<base64>": the Content-Security-Policy source that allows exactly this inline
// <style> or <script> content.
std::string cspHashSource(std::string_view content);

} // namespace parallax::core
