#include "core/json_export.h"
#include "json_contract.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

using namespace parallax::core;
using parallax::test::expectJsonContract;
namespace fs = std::filesystem;

namespace {

Document document(std::string path, std::string text)
{
    Document d;
    d.path = std::move(path);
    d.text = std::move(text);
    d.encoding = "UTF-8";
    return d;
}

CompareOptions oneThread()
{
    CompareOptions options;
    options.threads = 1;
    return options;
}

// compareFolder + toJson + the contract; returns false when the folder has no article.
bool checkFolder(const fs::path& folder)
{
    const ComparisonResult result = compareFolder(folder, oneThread());
    if (!result.comparison) {
        ADD_FAILURE() << folder << ": " << result.error;
        return false;
    }
    const std::string text = toJson(*result.comparison, result.skipped, result.warnings);
    const nlohmann::json root = nlohmann::json::parse(text);
    expectJsonContract(root, *result.comparison, folder.string());
    return true;
}

} // namespace

// The contract on our own sample story

TEST(JsonExport, SampleStoryKeepsTheContract)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    const std::string text = toJson(*result.comparison, result.skipped, result.warnings);
    ASSERT_TRUE(nlohmann::json::accept(text));
    EXPECT_TRUE(text.ends_with("\n"));
    const nlohmann::json root = nlohmann::json::parse(text);
    expectJsonContract(root, *result.comparison, "sample story");
    ASSERT_EQ(root["documents"].size(), 5U);
    EXPECT_EQ(root["documents"][0]["path"], "01-coastal-herald.txt");
    EXPECT_EQ(root["documents"][4]["path"], "05-kestrel-sound.txt");
    EXPECT_EQ(root["documents"][1]["outlet"], "The Lowmarsh Courier");
    EXPECT_EQ(root["documents"][1]["fields"]["Source"], "The Lowmarsh Courier");
    EXPECT_EQ(root["similarity"].size(), 5U);
}

TEST(JsonExport, WrittenRowByRowAsOneDumpWouldWriteIt)
{
    // The export is written a document and a row at a time; its text must be the one dump of
    // the whole JSON value would give, pretty (the default) and compact, with every member.
    std::vector<Document> docs;
    docs.push_back(document("a.txt", "Title: Ferry aground\nSource: Alpha\n\nThe ferry ran "
                                     "aground on Monday. Everyone was rescued.\n"));
    docs.push_back(document("b.txt", "The ferry ran aground on Monday. A quay was closed.\n"));
    Comparison comparison = compareDocuments(std::move(docs), oneThread());
    comparison.rowsFollow = 1;
    const std::vector<SkippedFile> skipped = {{"c.pdf", "not an article file"}};
    const std::vector<FileWarning> warnings = {{"b.txt", "1 byte replaced"},
                                               {"a.txt", "\"quoted\"\nand a new line"}};
    for (const int indent : {1, 2, -1}) {
        const std::string text = toJson(comparison, skipped, warnings, indent);
        EXPECT_EQ(nlohmann::json::parse(text).dump(indent) + "\n", text) << indent;
    }
    // Empty lists as well.
    const Comparison none;
    const std::string empty = toJson(none);
    EXPECT_EQ(nlohmann::json::parse(empty).dump(1) + "\n", empty);
}

TEST(JsonExport, EveryFieldOfTheContractIsWritten)
{
    std::vector<Document> docs;
    docs.push_back(
        document("a.txt", "Title: Ferry aground\nSource: Alpha\n\nThe ferry ran aground on Monday. "
                          "Everyone was rescued.\nADVERTISEMENT\n"));
    docs.push_back(document("b.txt", "The ferry ran aground on Monday. A quay was closed.\n"));
    const Comparison comparison = compareDocuments(std::move(docs), oneThread());
    const nlohmann::json root = nlohmann::json::parse(
        toJson(comparison, {{"c.pdf", "not an article file"}}, {{"b.txt", "1 byte replaced"}}, -1));
    expectJsonContract(root, comparison, "two documents");

    const nlohmann::json& a = root["documents"][0];
    for (const char* key : {"path", "outlet", "title", "url", "date", "encoding", "fields",
                            "warnings", "statistics", "sentences"}) {
        EXPECT_TRUE(a.contains(key)) << key;
    }
    EXPECT_EQ(a["outlet"], "Alpha");
    EXPECT_EQ(a["title"], "Ferry aground");
    // The Title: header's headline is its value; "Title: " belongs to no sentence.
    EXPECT_EQ(a["sentences"][0]["text"], "Ferry aground");
    EXPECT_EQ(a["sentences"][0]["start"], 7);
    EXPECT_EQ(a["sentences"][0]["kind"], "headline");
    EXPECT_EQ(a["sentences"][1]["text"], "Source: Alpha");
    EXPECT_EQ(a["encoding"], "UTF-8");
    for (const char* key : {"article_sentences", "boilerplate_sentences", "words", "shared_rows",
                            "omissions", "omissions_near", "additions", "moved", "coverage"}) {
        EXPECT_TRUE(a["statistics"].contains(key)) << key;
    }
    bool sawClutter = false;
    for (const nlohmann::json& s : a["sentences"]) {
        for (const char* key : {"text", "start", "end", "kind", "boilerplate", "paragraph"}) {
            EXPECT_TRUE(s.contains(key)) << key;
        }
        if (s["text"] == "ADVERTISEMENT") {
            sawClutter = true;
            EXPECT_EQ(s["kind"], "boilerplate");
            EXPECT_EQ(s["clutter"], "advertising");
        }
    }
    EXPECT_TRUE(sawClutter);

    bool sawShared = false;
    for (const nlohmann::json& row : root["rows"]) {
        for (const char* key : {"cells", "status", "boilerplate", "details", "reference", "near"}) {
            EXPECT_TRUE(row.contains(key)) << key;
        }
        ASSERT_EQ(row["details"].size(), 2U);
        for (const nlohmann::json& detail : row["details"]) {
            for (const char* key : {"moved", "similarity", "spans", "missing"}) {
                EXPECT_TRUE(detail.contains(key)) << key;
            }
        }
        if (row["status"] == "shared") {
            sawShared = true;
            EXPECT_TRUE(row["reference"].is_number_unsigned());
        }
    }
    EXPECT_TRUE(sawShared) << "the common first sentence shares a row";
    ASSERT_EQ(root["skipped"].size(), 1U);
    EXPECT_EQ(root["skipped"][0]["path"], "c.pdf");
    EXPECT_EQ(root["skipped"][0]["reason"], "not an article file");
    ASSERT_EQ(root["warnings"].size(), 1U);
    EXPECT_EQ(root["warnings"][0]["path"], "b.txt");
    EXPECT_EQ(root["warnings"][0]["message"], "1 byte replaced");
}

TEST(JsonExport, SingleDocumentAndEmptyDocument)
{
    std::vector<Document> docs;
    docs.push_back(document("only.txt", "One sentence. Two sentences.\n"));
    const Comparison one = compareDocuments(std::move(docs), oneThread());
    expectJsonContract(nlohmann::json::parse(toJson(one)), one, "one document");

    std::vector<Document> withEmpty;
    withEmpty.push_back(document("a.txt", "Some text here.\n"));
    withEmpty.push_back(document("b.txt", ""));
    const Comparison two = compareDocuments(std::move(withEmpty), oneThread());
    expectJsonContract(nlohmann::json::parse(toJson(two)), two, "with an empty document");
}

TEST(JsonExport, InvalidUtf8NeverThrows)
{
    // Ingest repairs bad bytes; a document built by hand may still carry them.
    Comparison comparison;
    Document d = document("bad.txt", "Bad \xFF byte.");
    Sentence s;
    s.text = d.text;
    s.end = d.text.size();
    d.sentences.push_back(s);
    comparison.documents.push_back(d);
    Row row;
    row.cells.resize(1);
    row.cells[0].sentences = {0};
    comparison.rows.push_back(row);
    std::string text;
    EXPECT_NO_THROW(text = toJson(comparison));
    EXPECT_TRUE(nlohmann::json::accept(text));
}

TEST(JsonExport, IndentMinusOneIsOneLine)
{
    std::vector<Document> docs;
    docs.push_back(document("a.txt", "One sentence.\n"));
    const Comparison c = compareDocuments(std::move(docs), oneThread());
    const std::string compact = toJson(c, {}, {}, -1);
    EXPECT_EQ(compact.find('\n'), compact.size() - 1);
}

// The contract on real articles, when the shared corpus is there

TEST(JsonExport, SeedsKeepTheContract)
{
    const fs::path seeds = parallax::test::corpusDir() / "seeds";
    if (!fs::is_directory(seeds)) {
        GTEST_SKIP() << "no corpus at " << seeds;
    }
    EXPECT_TRUE(checkFolder(seeds));
}

TEST(JsonExport, EveryBasilEventKeepsTheContract)
{
    const fs::path basil = parallax::test::corpusDir() / "basil";
    if (!fs::is_directory(basil)) {
        GTEST_SKIP() << "no corpus at " << basil;
    }
    std::size_t folders = 0;
    for (const auto& entry : fs::directory_iterator(basil)) {
        if (entry.is_directory()) {
            folders += checkFolder(entry.path()) ? 1 : 0;
        }
    }
    std::cout << "checked " << folders << " basil events\n";
    EXPECT_GT(folders, 0U);
}
