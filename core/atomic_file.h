#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace parallax::core {

// Writes contents to path so that readers see the old file or the new one, never half of
// one: a temporary file beside it, flushed and synced, then renamed over it. Returns the
// error message naming the file and the reason, or nothing on success.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view contents);

} // namespace parallax::core
