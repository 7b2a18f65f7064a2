#include "ui/document_text.h"

#include "core/utf8.h"

namespace parallax::ui {

DocumentText::DocumentText(std::string_view utf8)
{
    m_positions.assign(utf8.size() + 1, 0);
    m_text.reserve(static_cast<qsizetype>(utf8.size()));
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t begin = pos;
        const char32_t c = core::utf8::next(utf8, pos);
        for (std::size_t b = begin; b < pos && b < utf8.size(); ++b) {
            m_positions[b] = static_cast<int>(m_text.size());
        }
        if (QChar::requiresSurrogates(c)) {
            m_text.append(QChar(QChar::highSurrogate(c)));
            m_text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            m_text.append(QChar(static_cast<char16_t>(c)));
        }
    }
    m_positions[utf8.size()] = static_cast<int>(m_text.size());
}

int DocumentText::position(std::size_t byteOffset) const
{
    if (m_positions.empty()) {
        return 0;
    }
    return m_positions[std::min(byteOffset, m_positions.size() - 1)];
}

QString DocumentText::slice(std::size_t byteStart, std::size_t byteEnd) const
{
    const int from = position(byteStart);
    const int to = position(byteEnd);
    return to > from ? m_text.mid(from, to - from) : QString();
}

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::string toUtf8(const QString& text)
{
    return text.toStdString();
}

std::filesystem::path toPath(const QString& path)
{
    return {path.toStdU16String()};
}

QString fromPath(const std::filesystem::path& path)
{
    return QString::fromStdU16String(path.u16string());
}

} // namespace parallax::ui
