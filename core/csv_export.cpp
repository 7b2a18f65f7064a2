#include "core/csv_export.h"

#include <cmath>
#include <unordered_map>

namespace parallax::core {

namespace {

std::string_view outletName(const Document& doc)
{
    return doc.metadata.outlet.empty() ? std::string_view(doc.path)
                                       : std::string_view(doc.metadata.outlet);
}

// Column titles must tell the outlets apart even when two files name the same outlet.
std::vector<std::string> columnTitles(const std::vector<Document>& documents)
{
    std::unordered_map<std::string_view, std::size_t> uses;
    for (const Document& doc : documents) {
        ++uses[outletName(doc)];
    }
    std::vector<std::string> titles;
    titles.reserve(documents.size());
    for (const Document& doc : documents) {
        std::string title(outletName(doc));
        if (uses[outletName(doc)] > 1 && title != doc.path) {
            title += " (" + doc.path + ")";
        }
        titles.push_back(std::move(title));
    }
    return titles;
}

} // namespace

void appendCsvField(std::string& out, std::string_view text)
{
    out += '"';
    if (!text.empty()) {
        const char first = text.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r' || first == '\n') {
            out += '\'';
        }
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            out += "\"\"";
        } else if (c == '\r' || c == '\n') {
            // CRLF or a lone CR/LF is one break, one space.
            if (!(c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

std::string toCsv(const Comparison& comparison)
{
    const std::vector<Document>& documents = comparison.documents;
    std::size_t textBytes = 0;
    for (const Document& doc : documents) {
        textBytes += doc.text.size();
    }
    std::string out;
    out.reserve(textBytes + textBytes / 8 + comparison.rows.size() * (documents.size() * 3 + 32) +
                64);
    const std::vector<std::string> titles = columnTitles(documents);
    out += "\xEF\xBB\xBF\"row\",\"status\",\"kind\",\"by_hand\"";
    for (const std::string& title : titles) {
        out += ',';
        appendCsvField(out, title);
    }
    out += ",\"closest_elsewhere\"\r\n";

    const std::vector<std::vector<std::size_t>> rowOf = rowOfEachSentence(comparison.rows);

    std::string text;
    for (std::size_t r = 0; r < comparison.rows.size(); ++r) {
        const Row& row = comparison.rows[r];
        out += std::to_string(r + 1);
        out += ",\"";
        out += toString(row.status);
        out += row.boilerplate ? "\",\"clutter\"" : "\",\"article\"";
        out += row.byUser ? ",\"yes\"" : ",\"no\"";
        for (std::size_t d = 0; d < documents.size(); ++d) {
            text.clear();
            if (d < row.cells.size()) {
                for (const std::size_t s : row.cells[d].sentences) {
                    if (s >= documents[d].sentences.size()) {
                        continue;
                    }
                    if (!text.empty()) {
                        text += ' ';
                    }
                    text += documents[d].sentences[s].text;
                }
            }
            out += ',';
            appendCsvField(out, text);
        }
        // The near matches the window and the HTML show in empty cells, in one field of their
        // own so that the outlets' columns hold only what each outlet wrote.
        text.clear();
        for (const NearMatch& near : row.near) {
            const std::optional<std::size_t> at = rowOfNearMatch(comparison.rows, rowOf, near);
            if (!at || near.document >= titles.size()) {
                continue;
            }
            if (!text.empty()) {
                text += "; ";
            }
            text += titles[near.document] + ": row " + std::to_string(*at + 1) + ", " +
                    std::to_string(std::lround(near.similarity * 100)) + "% alike";
        }
        out += ',';
        appendCsvField(out, text);
        out += "\r\n";
    }
    return out;
}

} // namespace parallax::core
