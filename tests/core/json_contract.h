#pragma once

#include "core/comparison.h"
#include "core/natural_sort.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

// Checks the public JSON contract of docs/json-format.md on an export, with the comparison
// it came from (for the offsets into the decoded texts). Used by the json_export and
// comparison tests; reports every breach through GoogleTest, prefixed by what.
namespace parallax::test {

inline void expectJsonContract(const nlohmann::json& root, const core::Comparison& comparison,
                               const std::string& what)
{
    SCOPED_TRACE(what);
    ASSERT_TRUE(root.is_object());
    ASSERT_TRUE(root.contains("version"));
    EXPECT_EQ(root["version"], 1);
    ASSERT_TRUE(root["documents"].is_array());
    ASSERT_TRUE(root["rows"].is_array());
    const nlohmann::json& documents = root["documents"];
    const std::size_t n = documents.size();
    ASSERT_EQ(n, comparison.documents.size());

    static const std::set<std::string> kinds{"headline", "subheading", "byline",
                                             "body",     "caption",    "boilerplate"};
    static const std::set<std::string> articleKinds{"headline", "subheading", "body"};
    for (std::size_t d = 0; d < n; ++d) {
        const nlohmann::json& doc = documents[d];
        const std::string& text = comparison.documents[d].text;
        ASSERT_TRUE(doc["path"].is_string());
        EXPECT_TRUE(doc["outlet"].is_string());
        EXPECT_FALSE(doc["outlet"].get<std::string>().empty()) << doc["path"];
        EXPECT_TRUE(doc["title"].is_string());
        for (const char* key : {"url", "date", "encoding"}) {
            EXPECT_TRUE(doc[key].is_string()) << key;
        }
        EXPECT_TRUE(doc["fields"].is_object());
        EXPECT_TRUE(doc["warnings"].is_array());
        EXPECT_TRUE(doc["statistics"].is_object());
        EXPECT_LE(doc["statistics"]["omissions_near"].get<std::size_t>(),
                  doc["statistics"]["omissions"].get<std::size_t>());
        if (d > 0) {
            EXPECT_TRUE(core::naturalLess(documents[d - 1]["path"].get<std::string>(),
                                          doc["path"].get<std::string>()))
                << "documents in natural order of file names";
        }
        ASSERT_TRUE(doc["sentences"].is_array());
        std::size_t previousEnd = 0;
        for (const nlohmann::json& s : doc["sentences"]) {
            ASSERT_TRUE(s["text"].is_string());
            ASSERT_TRUE(s["start"].is_number_unsigned());
            ASSERT_TRUE(s["end"].is_number_unsigned());
            const auto start = s["start"].get<std::size_t>();
            const auto end = s["end"].get<std::size_t>();
            ASSERT_LT(start, end);
            ASSERT_LE(end, text.size());
            EXPECT_GE(start, previousEnd) << "sentences in text order, not overlapping";
            previousEnd = end;
            EXPECT_EQ(text.substr(start, end - start), s["text"].get<std::string>())
                << "start/end are UTF-8 byte offsets into the decoded text";
            ASSERT_TRUE(s["kind"].is_string());
            const std::string kind = s["kind"];
            EXPECT_TRUE(kinds.contains(kind)) << kind;
            ASSERT_TRUE(s["boilerplate"].is_boolean());
            EXPECT_EQ(s["boilerplate"].get<bool>(), !articleKinds.contains(kind)) << kind;
        }
    }

    // Every sentence of every document in exactly one cell of exactly one row.
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (const nlohmann::json& row : root["rows"]) {
        ASSERT_TRUE(row["cells"].is_array());
        ASSERT_EQ(row["cells"].size(), n) << "one cell per document";
        std::size_t present = 0;
        for (std::size_t d = 0; d < n; ++d) {
            const nlohmann::json& cell = row["cells"][d];
            ASSERT_TRUE(cell.is_array());
            present += cell.empty() ? 0 : 1;
            for (const nlohmann::json& index : cell) {
                ASSERT_TRUE(index.is_number_unsigned());
                const auto s = index.get<std::size_t>();
                ASSERT_LT(s, documents[d]["sentences"].size());
                EXPECT_TRUE(seen.insert({d, s}).second)
                    << "sentence " << s << " of document " << d << " in two cells";
            }
        }
        EXPECT_GE(present, 1U) << "no empty rows";
        ASSERT_TRUE(row["status"].is_string());
        const std::string status = row["status"];
        const std::string expected = present == 1            ? "unique"
                                     : present == n && n > 1 ? "shared"
                                                             : "partial";
        EXPECT_EQ(status, expected);
        ASSERT_TRUE(row["by_user"].is_boolean());
        // Near matches: sentences of outlets the row lacks, best first.
        ASSERT_TRUE(row["near"].is_array());
        double previous = 1.0;
        for (const nlohmann::json& near : row["near"]) {
            const auto d = near["document"].get<std::size_t>();
            ASSERT_LT(d, n);
            EXPECT_TRUE(row["cells"][d].empty()) << "a near match comes from an absent outlet";
            EXPECT_LT(near["sentence"].get<std::size_t>(), documents[d]["sentences"].size());
            const double similarity = near["similarity"].get<double>();
            EXPECT_GT(similarity, 0.0);
            EXPECT_LE(similarity, previous);
            previous = similarity;
        }
    }
    std::size_t total = 0;
    for (const nlohmann::json& doc : documents) {
        total += doc["sentences"].size();
    }
    EXPECT_EQ(seen.size(), total) << "every sentence is in a row";

    EXPECT_TRUE(root["skipped"].is_array());
    EXPECT_TRUE(root["warnings"].is_array());
}

} // namespace parallax::test
