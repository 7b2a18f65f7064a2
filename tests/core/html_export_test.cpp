#include "core/html_assets.h"
#include "core/html_export.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <string>

using namespace parallax::core;

namespace {

std::size_t countOf(const std::string& text, std::string_view needle)
{
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

std::string between(const std::string& text, std::string_view open, std::string_view close)
{
    const std::size_t start = text.find(open);
    if (start == std::string::npos) {
        return {};
    }
    const std::size_t end = text.find(close, start + open.size());
    if (end == std::string::npos) {
        return {};
    }
    return text.substr(start + open.size(), end - start - open.size());
}

Sentence sentenceAt(const std::string& text, std::size_t start, std::size_t end,
                    SentenceKind kind = SentenceKind::Body)
{
    Sentence s;
    s.text = text.substr(start, end - start);
    s.start = start;
    s.end = end;
    s.kind = kind;
    return s;
}

Document documentOf(std::string outlet, std::string text)
{
    Document doc;
    doc.path = outlet + ".txt";
    doc.metadata.outlet = std::move(outlet);
    doc.text = std::move(text);
    return doc;
}

Row rowOf(std::size_t documents, RowStatus status)
{
    Row row;
    row.cells.resize(documents);
    row.status = status;
    return row;
}

// Two outlets, one shared row with word differences, one addition, one clutter row.
Comparison smallComparison()
{
    Comparison c;
    Document a = documentOf("Alpha", "The big dog barked. Only Alpha says this. Subscribe now");
    a.sentences = {sentenceAt(a.text, 0, 19), sentenceAt(a.text, 20, 41),
                   sentenceAt(a.text, 42, 55, SentenceKind::Boilerplate)};
    a.sentences[2].clutter = ClutterKind::Subscription;
    Document b = documentOf("Beta", "Then a dog barked. The dog barked loudly.");
    b.sentences = {sentenceAt(b.text, 0, 18), sentenceAt(b.text, 19, 41)};
    c.documents = {a, b};

    Row shared = rowOf(2, RowStatus::Shared);
    shared.reference = 1;
    shared.cells[0].sentences = {0};
    // "The big dog barked." against Beta's "The dog barked loudly."
    shared.cells[0].spans = {
        {0, 0, 3, SpanKind::Equal}, {0, 4, 7, SpanKind::Added}, {0, 8, 18, SpanKind::Equal}};
    shared.cells[0].missing = {{"loudly", 18}};
    shared.cells[0].moved = true;
    shared.cells[1].sentences = {1};
    Row addition = rowOf(2, RowStatus::Unique);
    addition.cells[0].sentences = {1};
    Row unmatched = rowOf(2, RowStatus::Unique);
    unmatched.cells[1].sentences = {0};
    Row clutter = rowOf(2, RowStatus::Unique);
    clutter.boilerplate = true;
    clutter.cells[0].sentences = {2};
    c.rows = {unmatched, shared, addition, clutter};
    c.statistics.resize(2);
    c.statistics[0].coverage = 0.5;
    c.statistics[0].additions = 1;
    c.similarity = {{1.0, 0.6}, {0.6, 1.0}};
    return c;
}

} // namespace

// Escaping

TEST(HtmlExport, EscapesEveryCharacterThatCanEndTextOrAnAttribute)
{
    EXPECT_EQ(escapeHtml(R"(<a href="x" title='y'>&</a>)"),
              "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    EXPECT_EQ(escapeHtml(""), "");
    EXPECT_EQ(escapeHtml("plain words, \xC3\xA9t\xC3\xA9"), "plain words, \xC3\xA9t\xC3\xA9");
    EXPECT_EQ(escapeHtml(std::string_view("a\0b", 3)), "a\xEF\xBF\xBD"
                                                       "b");
}

TEST(HtmlExport, CspHashIsBase64OfSha256)
{
    // FIPS 180-2 test vector "abc" and the empty string.
    EXPECT_EQ(cspHashSource("abc"), "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    EXPECT_EQ(cspHashSource(""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
}

// The page as a whole

TEST(HtmlExport, AllowsExactlyItsOwnStyleAndScriptByHash)
{
    const std::string html = toHtml(smallComparison());
    const std::string style = between(html, "<style>", "</style>");
    const std::string script = between(html, "<script>", "</script>");
    ASSERT_FALSE(style.empty());
    EXPECT_EQ(script, html::script()); // no article text ever enters the script
    const std::string csp =
        between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
    EXPECT_NE(csp.find("style-src '" + cspHashSource(style) + "'"), std::string::npos) << csp;
    EXPECT_NE(csp.find("script-src '" + cspHashSource(script) + "'"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("unsafe"), std::string::npos) << csp;
    EXPECT_EQ(countOf(html, "<script"), 1U);
    EXPECT_EQ(countOf(html, "<style"), 1U);
    EXPECT_LT(html.find("Content-Security-Policy"), html.find("<style>"));
    EXPECT_NE(style.find("prefers-color-scheme:dark"), std::string::npos);
    EXPECT_NE(style.find("@media print"), std::string::npos);
}

TEST(HtmlExport, RendersColumnsRowsAndEveryMark)
{
    const std::string html = toHtml(smallComparison());
    EXPECT_EQ(countOf(html, "<th class=\"outlet\""), 2U);
    EXPECT_EQ(countOf(html, "<tr class=\"row "), 4U);
    EXPECT_EQ(countOf(html, "data-s=\""), 5U);
    // Added words wrapped, missing words where they belong, the reference marked.
    EXPECT_NE(html.find("The <span class=\"w add\">big</span> dog barked<del class=\"miss\">loudly"
                        "</del>."),
              std::string::npos)
        << html;
    EXPECT_EQ(countOf(html, "class=\"ref-mark\""), 2U); // the legend's and the shared row's
    EXPECT_NE(html.find("\xE2\x86\x95 moved (position 1 of 2 in its article)"), std::string::npos);
    EXPECT_NE(html.find("<span class=\"badge add\">+ only in Alpha</span>"), std::string::npos);
    // An empty cell is an omission only where two or more outlets carry the row.
    EXPECT_EQ(countOf(html, "<td class=\"omit\""), 0U);
    EXPECT_EQ(countOf(html, "<td class=\"none\""), 3U);
    // Clutter: greyed row, its kind as a label, a fold bar that stands for it.
    EXPECT_NE(html.find("<tr class=\"row st-unique clutter\""), std::string::npos);
    EXPECT_NE(html.find("<span class=\"chip\">subscription</span>"), std::string::npos);
    EXPECT_NE(html.find("1 row of page clutter (subscription)"), std::string::npos);
    EXPECT_NE(html.find("Show page clutter (1)"), std::string::npos);
}

namespace {

// Alpha and Beta, each one sentence (the whole text), and no rows yet.
Comparison alphaAndBeta(const std::string& alpha, const std::string& beta)
{
    Comparison c;
    Document a = documentOf("Alpha", alpha);
    a.sentences = {sentenceAt(a.text, 0, alpha.size())};
    Document b = documentOf("Beta", beta);
    b.sentences = {sentenceAt(b.text, 0, beta.size())};
    c.documents = {a, b};
    c.statistics.resize(2);
    c.similarity = {{1.0, 0.0}, {0.0, 1.0}};
    return c;
}

} // namespace

TEST(HtmlExport, AnEmptyCellLinksToItsOutletsClosestSentence)
{
    // Beta lacks row 1; its closest sentence (row 2) is offered there as a link and the
    // sentence itself (whole in the tooltip). Alpha's empty cell in row 2 has no near match and
    // stays empty.
    Comparison c = alphaAndBeta("No fuel leaked.", "None of the diesel <spilled>.");
    Row first = rowOf(2, RowStatus::Unique);
    first.cells[0].sentences = {0};
    first.near = {{1, 0, 0.19}};
    Row second = rowOf(2, RowStatus::Unique);
    second.cells[1].sentences = {0};
    c.rows = {first, second};
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "class=\"near\""), 1U) << html;
    EXPECT_NE(html.find("<a class=\"near\" href=\"#r2\" title=\"Closest sentence of this outlet, "
                        "not aligned: None of the diesel &lt;spilled&gt;.\">\xE2\x89\x88 row 2 "
                        "\xC2\xB7 19% alike</a><span class=\"near-text\">None of the diesel "
                        "&lt;spilled&gt;.</span>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("id=\"r2\""), std::string::npos);
    EXPECT_EQ(html.find("class=\"omit-near\""), std::string::npos) << "no count of none";

    // The omission counts say how many of them the outlet may tell in other words.
    c.statistics[1].omissions = 3;
    c.statistics[1].omissionsNear = 1;
    const std::string counted = toHtml(c);
    EXPECT_EQ(countOf(counted, "class=\"omit-near\""), 2U) << "column head and figures table";
    EXPECT_NE(counted.find("3 omissions <span class=\"omit-near\" title=\"1 of them has a close "
                           "sentence of this outlet"),
              std::string::npos)
        << counted;
    EXPECT_NE(counted.find("(1 \xE2\x89\x88)</span>"), std::string::npos);
}

TEST(HtmlExport, SaysWhichRowsTheReaderShapedByHand)
{
    Comparison c = alphaAndBeta("No fuel leaked.", "None of the diesel spilled.");
    Row row = rowOf(2, RowStatus::Shared);
    row.cells[0].sentences = {0};
    row.cells[1].sentences = {0};
    c.rows = {row};
    const std::string matched = toHtml(c);
    EXPECT_EQ(matched.find("class=\"by-user\""), std::string::npos)
        << "no mark, and no key for a mark nobody sees";

    c.rows[0].byUser = true;
    const std::string byHand = toHtml(c);
    EXPECT_EQ(countOf(byHand, "class=\"by-user\""), 2U) << "the row's head and the legend";
    const std::size_t head = byHand.find("id=\"r1\"");
    ASSERT_NE(head, std::string::npos);
    EXPECT_NE(byHand.find("\xE2\x9C\x8E by hand", head), std::string::npos);
}

TEST(HtmlExport, MarksTheGapInACellWhoseSentencesAreNotNeighbours)
{
    // Alpha tells Beta's one sentence twice, at its start and its end (a gathered cell), and a
    // row where Alpha's sentence is split in two neighbours.
    Comparison c;
    Document a = documentOf("Alpha", "Barriers rise. The dog barked. Barriers will rise. Rain. "
                                     "Late.");
    a.sentences = {sentenceAt(a.text, 0, 14), sentenceAt(a.text, 15, 30),
                   sentenceAt(a.text, 31, 50), sentenceAt(a.text, 51, 56),
                   sentenceAt(a.text, 57, 62)};
    Document b = documentOf("Beta", "Barriers will rise. Rain late.");
    b.sentences = {sentenceAt(b.text, 0, 19), sentenceAt(b.text, 20, 30)};
    c.documents = {a, b};
    Row gathered = rowOf(2, RowStatus::Shared);
    gathered.reference = 1;
    gathered.cells[0].sentences = {0, 2};
    gathered.cells[1].sentences = {0};
    Row alone = rowOf(2, RowStatus::Unique);
    alone.cells[0].sentences = {1};
    Row split = rowOf(2, RowStatus::Shared);
    split.reference = 1;
    split.cells[0].sentences = {3, 4};
    split.cells[1].sentences = {1};
    c.rows = {gathered, alone, split};
    c.statistics.resize(2);
    c.similarity = {{1.0, 0.5}, {0.5, 1.0}};
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "class=\"gap\""), 1U) << html;
    EXPECT_NE(html.find("Barriers rise.</span> <span class=\"gap\""), std::string::npos) << html;
    EXPECT_NE(html.find("Rain.</span> <span class=\"s k-body\" data-s=\"4\">"), std::string::npos)
        << html;
}

TEST(HtmlExport, MarksOmissionsWhereOthersReport)
{
    Comparison c = smallComparison();
    Document third = documentOf("Gamma", "The dog barked.");
    third.sentences = {sentenceAt(third.text, 0, 15)};
    c.documents.push_back(third);
    for (Row& row : c.rows) {
        row.cells.resize(3);
    }
    c.rows[1].status = RowStatus::Partial;
    c.statistics.resize(3);
    c.similarity.clear();
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "<td class=\"omit\" data-doc=\"2\"><span class=\"omit-label\">"
                            "\xE2\x80\x94 not reported \xE2\x80\x94</span></td>"),
              1U);
    EXPECT_NE(html.find("\xE2\x97\x90 2/3"), std::string::npos);
}

TEST(HtmlExport, SampleStoryHasOneColumnPerOutletAndOneRowPerRow)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    const Comparison& c = *result.comparison;
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "<th class=\"outlet\""), c.documents.size());
    EXPECT_EQ(countOf(html, "<tr class=\"row "), c.rows.size());
    std::size_t sentences = 0;
    for (const Document& doc : c.documents) {
        sentences += doc.sentences.size();
    }
    EXPECT_EQ(countOf(html, "data-s=\""), sentences);
    EXPECT_GT(countOf(html, "class=\"w chg\""), 0U);
    EXPECT_GT(countOf(html, "<td class=\"omit\""), 0U);
}

// Untrusted text

TEST(HtmlExport, HostileArticleTextStaysText)
{
    parallax::test::TempDir dir;
    dir.write("01-a.txt", "Title: <script>alert(1)</script> & \"more\"\n"
                          "Source: <img src=x onerror=alert(1)>\n"
                          "URL: javascript:alert(1)\n\n"
                          "The mayor said <script>alert(2)</script> the bridge would open.\n"
                          "The style ended </style><b onmouseover=alert(3)>here</b> today.\n");
    dir.write("02-b.txt", "Source: Courier</title>\n\n"
                          "The mayor said <script>alert(4)</script> the new bridge would open.\n"
                          "Click javascript:alert(5) & win 'prizes' \"now\".\n");
    const ComparisonResult result = compareFolder(dir.path());
    ASSERT_TRUE(result.comparison) << result.error;
    const std::string html = toHtml(*result.comparison);
    EXPECT_EQ(countOf(html, "<script"), 1U);
    EXPECT_EQ(countOf(html, "</script"), 1U);
    EXPECT_EQ(countOf(html, "<style"), 1U);
    EXPECT_EQ(countOf(html, "</style"), 1U);
    EXPECT_EQ(countOf(html, "</title"), 1U);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<b "), std::string::npos);
    EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(2)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    EXPECT_NE(html.find("&lt;/style&gt;&lt;b onmouseover=alert(3)&gt;"), std::string::npos);
    EXPECT_EQ(between(html, "<script>", "</script>"), html::script());
}

TEST(HtmlExport, OnlyWebAddressesBecomeLinks)
{
    Comparison c = smallComparison();
    c.documents[0].metadata.url = "https://alpha.example/story?a=1&b=\"2\"";
    c.documents[1].metadata.url = "javascript:alert(1)";
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "<a class=\"url\""), 0U); // a quote inside: not a plain address
    c.documents[0].metadata.url = "https://alpha.example/story?a=1&b=2";
    const std::string linked = toHtml(c);
    EXPECT_NE(linked.find("href=\"https://alpha.example/story?a=1&amp;b=2\""), std::string::npos);
    EXPECT_NE(linked.find("<span class=\"url\">javascript:alert(1)</span>"), std::string::npos);
    EXPECT_EQ(countOf(linked, "<a class=\"url\""), 1U);
}

// Bad data never crashes

TEST(HtmlExport, SurvivesOffsetsAndIndicesOutOfRange)
{
    Comparison c = smallComparison();
    c.rows[1].cells[0].spans.push_back({0, 500, 900, SpanKind::Changed});
    c.rows[1].cells[0].spans.push_back({7, 0, 3, SpanKind::Changed});
    c.rows[1].cells[0].missing.push_back({"far away", 10'000});
    c.rows[1].cells[1].sentences.push_back(99);
    c.rows[2].cells.resize(1); // fewer cells than documents
    c.documents[1].sentences[1].end = 9'999;
    c.statistics.clear();
    const std::string html = toHtml(c);
    EXPECT_NE(html.find("<del class=\"miss\">far away</del>"), std::string::npos);
    EXPECT_NE(html.find("The dog barked loudly."), std::string::npos);
    EXPECT_EQ(countOf(html, "<tr class=\"row "), 4U);
}

TEST(HtmlExport, SplitsNoCharacterAtABadOffset)
{
    Comparison c;
    Document doc = documentOf("Alpha", "Caf\xC3\xA9 open."); // é is two bytes at 3..5
    doc.sentences = {sentenceAt(doc.text, 0, doc.text.size())};
    c.documents = {doc};
    Row row = rowOf(1, RowStatus::Shared);
    row.cells[0].sentences = {0};
    row.cells[0].spans = {{0, 4, 10, SpanKind::Changed}}; // starts inside é
    c.rows = {row};
    const std::string html = toHtml(c);
    EXPECT_NE(html.find("Caf\xC3\xA9<span class=\"w chg\"> open"), std::string::npos) << html;
}

TEST(HtmlExport, EmptyComparisonIsAValidPage)
{
    const std::string html = toHtml(Comparison{});
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
    EXPECT_NE(html.find("</html>"), std::string::npos);
    EXPECT_NE(html.find("No page clutter"), std::string::npos);
}

TEST(HtmlExport, TwoHundredOutletsMakeTwoHundredColumns)
{
    Comparison c;
    const std::size_t outlets = 200;
    for (std::size_t d = 0; d < outlets; ++d) {
        Document doc = documentOf("Outlet " + std::to_string(d), "One. Two. Three.");
        doc.sentences = {sentenceAt(doc.text, 0, 4), sentenceAt(doc.text, 5, 9),
                         sentenceAt(doc.text, 10, 16)};
        c.documents.push_back(std::move(doc));
    }
    for (std::size_t s = 0; s < 3; ++s) {
        Row row = rowOf(outlets, RowStatus::Shared);
        row.reference = 0;
        for (Cell& cell : row.cells) {
            cell.sentences = {s};
        }
        c.rows.push_back(std::move(row));
    }
    c.statistics.resize(outlets);
    const std::string html = toHtml(c);
    EXPECT_EQ(countOf(html, "<th class=\"outlet\""), outlets);
    EXPECT_EQ(countOf(html, "data-s=\""), outlets * 3);
    EXPECT_EQ(html.find("id=\"similarity\""), std::string::npos); // no 200 x 200 wall
}
