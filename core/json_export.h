#pragma once

#include "core/comparison.h"

#include <string>

namespace parallax::core {

// The comparison as the public JSON contract of docs/json-format.md (version 1): documents
// with their sentences, rows with one cell per document, and the additions this version
// makes to it (diff spans, statistics). Pretty-printed when indent >= 0.
std::string toJson(const Comparison& comparison, const std::vector<SkippedFile>& skipped = {},
                   const std::vector<FileWarning>& warnings = {}, int indent = 1);

} // namespace parallax::core
