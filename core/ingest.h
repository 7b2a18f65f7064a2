#pragma once

#include "core/document.h"
#include "core/progress.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace parallax::core {

// A file of the folder that is not in the comparison, and why.
struct SkippedFile {
    std::string path; // as found in the folder
    std::string reason;
    auto operator<=>(const SkippedFile&) const = default;
};

// A repair made to a file that is in the comparison.
struct FileWarning {
    std::string path;
    std::string message;
    auto operator<=>(const FileWarning&) const = default;
};

struct IngestOptions {
    std::uintmax_t maxFileBytes = 20 * 1024 * 1024; // larger files are skipped, not truncated
};

struct IngestResult {
    std::vector<Document> documents; // in natural order of file names; sentences not yet made
    std::vector<SkippedFile> skipped;
    std::vector<FileWarning> warnings;
    std::optional<std::string> error; // the folder itself could not be read
};

// Reads every .txt and .md file of a folder (not its subfolders) as an article. Other files,
// and articles that cannot be read (unreadable, binary, empty, too large), are listed in
// skipped with a reason; decoding repairs are listed in warnings. Never writes anything.
IngestResult ingestFolder(const std::filesystem::path& folder, const IngestOptions& options = {},
                          const Progress& progress = {});

// Reads one file as an article; the error names the reason it cannot be.
struct LoadResult {
    std::optional<Document> document;
    std::string error;
};
LoadResult loadDocument(const std::filesystem::path& file, const std::string& displayPath,
                        const IngestOptions& options = {});

bool isArticleFile(const std::filesystem::path& file);

} // namespace parallax::core
