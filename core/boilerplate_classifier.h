#pragma once

#include "core/document.h"
#include "core/line_features.h"
#include "core/metadata_reader.h"

#include <string_view>

namespace parallax::core {

// Gives every sentence of one document its kind (headline, byline, body, caption, or a kind
// of clutter) from what the page itself shows: the header, the line's shape (length, end
// punctuation, digits and symbols, stop words), stock phrases of web pages in several
// languages, repetition inside the document, runs of clutter, and position before the
// headline or after the last body paragraph. Evidence from the other outlets is applied
// later, by the comparison, through Sentence::confidence. The one change it makes to the
// sentences themselves: a headline from a `Title:` header line is narrowed to the value
// (Header::headlineStart), so the key belongs to no sentence.
//
//   BoilerplateClassifier classifier;
//   classifier.classify(document, header);
class BoilerplateClassifier {
public:
    BoilerplateClassifier();
    void classify(Document& document, const Header& header) const;

    // The clutter kind a single line's wording shows, or None. Exposed for tests.
    static ClutterKind clutterPhrase(std::string_view line);
    static bool looksLikeCaption(std::string_view line);
    static bool looksLikeByline(std::string_view line);

private:
    LineFeatureReader m_features;
};

} // namespace parallax::core
