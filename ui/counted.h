#pragma once

#include <QString>
#include <cstddef>

namespace parallax::ui {

// "1 omission" / "3 omissions": `one` and `many` both hold %1 for the number. Spelled out
// because tr()'s %n plural needs a loaded translation to drop the "(s)".
inline QString counted(std::size_t n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace parallax::ui
