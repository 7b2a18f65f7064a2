#pragma once

#include "core/comparison.h"

#include <string>
#include <vector>

namespace parallax::core {

enum class ExportFormat { Json, Html, Csv };

// The comparison in one of the export formats, as the bytes of the file to write.
std::string exportComparison(const Comparison& comparison, ExportFormat format,
                             const std::vector<SkippedFile>& skipped = {},
                             const std::vector<FileWarning>& warnings = {});

// File name suffix of a format: ".json", ".html", ".csv".
const char* fileSuffix(ExportFormat format);

} // namespace parallax::core
