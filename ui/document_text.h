#pragma once

#include <QString>
#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

namespace parallax::ui {

// A document's text as UTF-16, with the map from core's UTF-8 byte offsets to QString
// positions. The only place in ui that converts between the two encodings.
//
//   DocumentText text(document.text);
//   QString sentence = text.slice(s.start, s.end);
class DocumentText {
public:
    DocumentText() = default;
    explicit DocumentText(std::string_view utf8);

    const QString& text() const { return m_text; }
    // The UTF-16 position of a byte offset; offsets inside a code point map to its start,
    // offsets past the end to the end.
    int position(std::size_t byteOffset) const;
    QString slice(std::size_t byteStart, std::size_t byteEnd) const;

private:
    QString m_text;
    std::vector<int> m_positions; // one per byte, plus one for the end
};

// For strings core hands over outside a document (titles, outlet names, missing words).
QString fromUtf8(std::string_view utf8);
std::string toUtf8(const QString& text);
std::filesystem::path toPath(const QString& path);
QString fromPath(const std::filesystem::path& path);

} // namespace parallax::ui
