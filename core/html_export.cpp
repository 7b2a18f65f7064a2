#include "core/html_export.h"

namespace parallax::core {

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string toHtml(const Comparison& comparison)
{
    // A first plain table; the full export (highlights, legend, navigation) is built on it.
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<title>Parallax comparison</title></head><body><table><thead><tr>";
    for (const Document& doc : comparison.documents) {
        out += "<th>" + escapeHtml(doc.metadata.outlet) + "</th>";
    }
    out += "</tr></thead><tbody>\n";
    for (const Row& row : comparison.rows) {
        out += "<tr>";
        for (std::size_t d = 0; d < comparison.documents.size(); ++d) {
            out += "<td>";
            for (const std::size_t s : row.cells[d].sentences) {
                out += escapeHtml(comparison.documents[d].sentences[s].text) + " ";
            }
            out += "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody></table></body></html>\n";
    return out;
}

} // namespace parallax::core
