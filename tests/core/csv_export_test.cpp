#include "core/csv_export.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

using namespace parallax::core;

namespace {

using Records = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader, written apart from the writer: quoted or bare fields, doubled
// quotes, CRLF record ends. Returns nothing when the text is not well-formed CSV.
std::optional<Records> parseCsv(std::string_view text)
{
    Records records;
    std::vector<std::string> record;
    std::string field;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    return std::nullopt; // unterminated quote
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') {
                    return std::nullopt; // a quote inside a bare field
                }
                field += text[i++];
            }
        }
        record.push_back(std::move(field));
        field.clear();
        if (i < text.size() && text[i] == ',') {
            ++i;
            continue;
        }
        if (text.substr(i, 2) != "\r\n") {
            return std::nullopt; // records end with CRLF, the last one too
        }
        i += 2;
        records.push_back(std::move(record));
        record.clear();
    }
    return records;
}

std::string withoutBom(const std::string& csv)
{
    return csv.rfind("\xEF\xBB\xBF", 0) == 0 ? csv.substr(3) : csv;
}

Document documentOf(std::string outlet, std::string path, std::vector<std::string> sentences)
{
    Document doc;
    doc.path = std::move(path);
    doc.metadata.outlet = std::move(outlet);
    for (std::string& text : sentences) {
        Sentence s;
        s.start = doc.text.size();
        doc.text += text + " ";
        s.end = s.start + text.size();
        s.text = std::move(text);
        doc.sentences.push_back(std::move(s));
    }
    return doc;
}

} // namespace

TEST(CsvExport, StartsWithBomAndEndsEveryLineWithCrlf)
{
    Comparison c;
    c.documents = {documentOf("A", "a.txt", {"One."})};
    Row row;
    row.cells.resize(1);
    row.cells[0].sentences = {0};
    c.rows = {row};
    const std::string csv = toCsv(c);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0U);
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF\"row\",\"status\",\"kind\",\"by_hand\",\"A\",\"closest_elsewhere\"\r\n"
              "1,\"unique\",\"article\",\"no\",\"One.\",\"\"\r\n");
}

TEST(CsvExport, SampleStoryRoundTripsThroughAParser)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    const Comparison& c = *result.comparison;
    const std::optional<Records> records = parseCsv(withoutBom(toCsv(c)));
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), c.rows.size() + 1);
    ASSERT_EQ(records->front().size(), c.documents.size() + 5);
    for (std::size_t d = 0; d < c.documents.size(); ++d) {
        EXPECT_EQ((*records)[0][d + 4], c.documents[d].metadata.outlet);
    }
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        const std::vector<std::string>& fields = (*records)[r + 1];
        ASSERT_EQ(fields.size(), c.documents.size() + 5);
        EXPECT_EQ(fields[0], std::to_string(r + 1));
        EXPECT_EQ(fields[1], toString(c.rows[r].status));
        EXPECT_EQ(fields[2], c.rows[r].boilerplate ? "clutter" : "article");
        EXPECT_EQ(fields[3], "no");
        for (std::size_t d = 0; d < c.documents.size(); ++d) {
            std::string expected;
            for (const std::size_t s : c.rows[r].cells[d].sentences) {
                expected += (expected.empty() ? "" : " ") + c.documents[d].sentences[s].text;
            }
            EXPECT_EQ(fields[d + 4], expected) << "row " << r + 1 << ", document " << d;
        }
    }
}

TEST(CsvExport, QuotesCommasLineBreaksAndFormulasRoundTrip)
{
    Comparison c;
    c.documents = {
        documentOf("Outlet, \"quoted\"", "a.txt",
                   {"He said \"no\", twice.", "=HYPERLINK(\"http://x.example\")", "Line\r\nbreak"}),
        documentOf("B", "b.txt",
                   {"+44 1234", "-minus", "@mention",
                    "Caf\xC3\xA9 \xE2\x80\x9C"
                    "quoted\xE2\x80\x9D"})};
    Row first;
    first.cells.resize(2);
    first.cells[0].sentences = {0, 1};
    first.cells[1].sentences = {0};
    Row second;
    second.cells.resize(2);
    second.cells[0].sentences = {2};
    second.cells[1].sentences = {1, 2, 3, 99}; // an index past the end is left out
    c.rows = {first, second};
    const std::optional<Records> records = parseCsv(withoutBom(toCsv(c)));
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3U); // one line per row: the line break became a space
    EXPECT_EQ((*records)[0][4], "Outlet, \"quoted\"");
    EXPECT_EQ((*records)[1][4], "He said \"no\", twice. =HYPERLINK(\"http://x.example\")");
    EXPECT_EQ((*records)[1][5], "'+44 1234"); // a leading + would start a formula
    EXPECT_EQ((*records)[2][4], "Line break");
    EXPECT_EQ((*records)[2][5], "'-minus @mention Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(CsvExport, SameOutletTwiceGetsTwoTitles)
{
    Comparison c;
    c.documents = {documentOf("Herald", "01-herald.txt", {"One."}),
                   documentOf("Herald", "02-herald.txt", {"Two."}),
                   documentOf("", "03-post.txt", {"Three."})};
    const std::optional<Records> records = parseCsv(withoutBom(toCsv(c)));
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1U);
    EXPECT_EQ((*records)[0], (std::vector<std::string>{
                                 "row", "status", "kind", "by_hand", "Herald (01-herald.txt)",
                                 "Herald (02-herald.txt)", "03-post.txt", "closest_elsewhere"}));
}

TEST(CsvExport, EmptyComparisonIsAHeaderLine)
{
    EXPECT_EQ(toCsv(Comparison{}),
              "\xEF\xBB\xBF\"row\",\"status\",\"kind\",\"by_hand\",\"closest_elsewhere\"\r\n");
}

// A reader of the spreadsheet should see what the window shows beside the text: which rows
// the user shaped by hand, and, for the outlets a row lacks, their closest sentence elsewhere.
TEST(CsvExport, SaysWhichRowsAreByHandAndWhereAbsentOutletsComeClosest)
{
    Comparison c;
    c.documents = {documentOf("Herald", "a.txt", {"The bridge closes."}),
                   documentOf("Post", "b.txt", {"The span shuts on Monday."}),
                   documentOf("Wire", "c.txt", {"The bridge closes."}),
                   documentOf("Daily", "d.txt", {"Share this.", "Ferries run."})};
    Row told;
    told.cells.resize(4);
    told.cells[0].sentences = {0};
    told.cells[2].sentences = {0};
    told.byUser = true;
    told.near = {{1, 0, 0.234}, {3, 0, 0.5}};
    Row span;
    span.cells.resize(4);
    span.cells[1].sentences = {0};
    span.near = {{3, 1, 0.181}};
    Row clutter;
    clutter.cells.resize(4);
    clutter.cells[3].sentences = {0};
    clutter.boilerplate = true;
    Row ferries;
    ferries.cells.resize(4);
    ferries.cells[3].sentences = {1};
    c.rows = {told, span, clutter, ferries};
    const std::optional<Records> records = parseCsv(withoutBom(toCsv(c)));
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 5U);
    EXPECT_EQ((*records)[1][3], "yes");
    EXPECT_EQ((*records)[2][3], "no");
    // Daily's closest sentence to the first row sits in a clutter row: no place to send a reader.
    EXPECT_EQ((*records)[1][8], "Post: row 2, 23% alike");
    EXPECT_EQ((*records)[2][8], "Daily: row 4, 18% alike");
    EXPECT_EQ((*records)[4][8], "");
}
