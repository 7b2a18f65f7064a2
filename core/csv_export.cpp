#include "core/csv_export.h"

namespace parallax::core {

namespace {

std::string csvField(const std::string& field)
{
    std::string out = "\"";
    for (const char c : field) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
    return out;
}

} // namespace

std::string toCsv(const Comparison& comparison)
{
    std::string out = "\xEF\xBB\xBF";
    out += csvField("status");
    out += ',';
    out += csvField("kind");
    for (const Document& doc : comparison.documents) {
        out += ',';
        out += csvField(doc.metadata.outlet.empty() ? doc.path : doc.metadata.outlet);
    }
    out += "\r\n";
    for (const Row& row : comparison.rows) {
        out += csvField(toString(row.status));
        out += ',';
        out += csvField(row.boilerplate ? "clutter" : "article");
        for (std::size_t d = 0; d < comparison.documents.size(); ++d) {
            std::string text;
            for (const std::size_t s : row.cells[d].sentences) {
                if (!text.empty()) {
                    text += ' ';
                }
                text += comparison.documents[d].sentences[s].text;
            }
            out += ',';
            out += csvField(text);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace parallax::core
