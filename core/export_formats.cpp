#include "core/export_formats.h"

#include "core/csv_export.h"
#include "core/html_export.h"
#include "core/json_export.h"

namespace parallax::core {

std::string exportComparison(const Comparison& comparison, ExportFormat format,
                             const std::vector<SkippedFile>& skipped,
                             const std::vector<FileWarning>& warnings)
{
    switch (format) {
    case ExportFormat::Html:
        return toHtml(comparison);
    case ExportFormat::Csv:
        return toCsv(comparison);
    case ExportFormat::Json:
        break;
    }
    return toJson(comparison, skipped, warnings);
}

const char* fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Html:
        return ".html";
    case ExportFormat::Csv:
        return ".csv";
    case ExportFormat::Json:
        break;
    }
    return ".json";
}

} // namespace parallax::core
