#include "core/ingest.h"

#include "core/natural_sort.h"
#include "core/text_decoder.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace parallax::core {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string sizeText(std::uintmax_t bytes)
{
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MB";
    return out.str();
}

} // namespace

bool isArticleFile(const fs::path& file)
{
    const std::string ext = lowerExtension(file);
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text";
}

LoadResult loadDocument(const fs::path& file, const std::string& displayPath,
                        const IngestOptions& options)
{
    LoadResult result;
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec) {
        result.error = "cannot read: " + ec.message();
        return result;
    }
    if (size > options.maxFileBytes) {
        result.error = "too large (" + sizeText(size) + "; the limit is " +
                       sizeText(options.maxFileBytes) + ")";
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        result.error = std::string("cannot open: ") + std::strerror(errno);
        return result;
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || static_cast<std::uintmax_t>(in.gcount()) != size) {
        result.error = "read error";
        return result;
    }
    DecodedText decoded = decodeText(bytes);
    if (decoded.error) {
        result.error = *decoded.error;
        return result;
    }
    Document document;
    document.path = displayPath;
    document.encoding = decoded.encoding;
    document.text = std::move(decoded.text);
    document.warnings = std::move(decoded.warnings);
    result.document = std::move(document);
    return result;
}

IngestResult ingestFolder(const fs::path& folder, const IngestOptions& options,
                          const Progress& progress)
{
    IngestResult result;
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        result.error = folder.string() + ": no such folder";
        return result;
    }
    if (!fs::is_directory(folder, ec)) {
        result.error = folder.string() + ": not a folder";
        return result;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        result.error = folder.string() + ": cannot read the folder: " + ec.message();
        return result;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            result.error = folder.string() + ": cannot read the folder: " + ec.message();
            return result;
        }
        entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return naturalLess(a.path().filename().string(), b.path().filename().string());
    });

    const int total = static_cast<int>(entries.size());
    int done = 0;
    for (const auto& entry : entries) {
        if (progress.cancelled()) {
            return result;
        }
        progress.report(done++, std::max(total, 1), "Reading files");
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".")) {
            continue; // hidden files and editor droppings are not part of the story
        }
        std::error_code typeError;
        if (entry.is_directory(typeError)) {
            result.skipped.push_back({name, "a folder (subfolders are not read)"});
            continue;
        }
        if (!isArticleFile(entry.path())) {
            result.skipped.push_back({name, "not an article file (only .txt and .md are read)"});
            continue;
        }
        if (!entry.is_regular_file(typeError)) {
            result.skipped.push_back({name, "not a regular file"});
            continue;
        }
        LoadResult loaded = loadDocument(entry.path(), name, options);
        if (!loaded.document) {
            result.skipped.push_back({name, loaded.error});
            continue;
        }
        for (const std::string& warning : loaded.document->warnings) {
            result.warnings.push_back({name, warning});
        }
        result.documents.push_back(std::move(*loaded.document));
    }
    progress.report(total, std::max(total, 1), "Reading files");
    return result;
}

} // namespace parallax::core
