#include "core/ingest.h"
#include "core/utf8.h"
#include "test_support.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace parallax::core;
using parallax::test::TempDir;
namespace fs = std::filesystem;

namespace {

const Document* find(const IngestResult& r, const std::string& path)
{
    for (const Document& d : r.documents) {
        if (d.path == path) {
            return &d;
        }
    }
    return nullptr;
}

const SkippedFile* findSkipped(const IngestResult& r, const std::string& path)
{
    for (const SkippedFile& s : r.skipped) {
        if (s.path == path) {
            return &s;
        }
    }
    return nullptr;
}

std::vector<std::string> paths(const IngestResult& r)
{
    std::vector<std::string> out;
    for (const Document& d : r.documents) {
        out.push_back(d.path);
    }
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const std::string kArticle = "A ferry ran aground in fog on Monday. All 225 people were rescued.\n";

} // namespace

// Every encoding case, read through the folder

TEST(Ingest, EveryEncodingOfOneFolder)
{
    TempDir dir;
    dir.write("1-utf8.txt", "Caf\xC3\xA9 \xE2\x80\x9Cquote\xE2\x80\x9D.\n");
    dir.write("2-bom.txt", "\xEF\xBB\xBF"
                           "Caf\xC3\xA9 with a BOM.\n");
    dir.write("3-utf16le.txt", std::string("\xFF\xFE"
                                           "C\0a\0f\0\xE9\0!\0",
                                           12));
    dir.write("4-utf16be.txt", std::string("\xFE\xFF\0C\0a\0f\0\xE9\0!", 12));
    dir.write("5-cp1252.txt", "The minister said \x93we will act\x94 on the \x80"
                              "5 million plan "
                              "for the caf\xE9 owners. It\x92s a start.\r\n");
    dir.write("6-crlf.md", "Line one.\r\nLine two.\rLine three.\n");
    dir.write("7-spaces.txt", "10\xC2\xA0"
                              "000 litres\xE2\x80\xAF"
                              "of diesel.\n");

    const IngestResult r = ingestFolder(dir.path());
    ASSERT_FALSE(r.error);
    EXPECT_TRUE(r.skipped.empty());
    ASSERT_EQ(r.documents.size(), 7U);

    EXPECT_EQ(find(r, "1-utf8.txt")->encoding, "UTF-8");
    EXPECT_EQ(find(r, "2-bom.txt")->text, "Caf\xC3\xA9 with a BOM.\n");
    EXPECT_EQ(find(r, "3-utf16le.txt")->text, "Caf\xC3\xA9!");
    EXPECT_EQ(find(r, "3-utf16le.txt")->encoding, "UTF-16LE");
    EXPECT_EQ(find(r, "4-utf16be.txt")->text, "Caf\xC3\xA9!");
    EXPECT_EQ(find(r, "4-utf16be.txt")->encoding, "UTF-16BE");
    const Document* cp1252 = find(r, "5-cp1252.txt");
    EXPECT_EQ(lower(cp1252->encoding), "windows-1252");
    EXPECT_EQ(cp1252->text, "The minister said \xE2\x80\x9Cwe will act\xE2\x80\x9D on the "
                            "\xE2\x82\xAC"
                            "5 million plan for the caf\xC3\xA9 owners. "
                            "It\xE2\x80\x99s a start.\n");
    EXPECT_EQ(find(r, "6-crlf.md")->text, "Line one.\nLine two.\nLine three.\n");
    EXPECT_EQ(find(r, "7-spaces.txt")->text, "10\xC2\xA0"
                                             "000 litres\xE2\x80\xAF"
                                             "of diesel.\n");
    for (const Document& d : r.documents) {
        EXPECT_TRUE(utf8::isValid(d.text)) << d.path;
        EXPECT_TRUE(d.sentences.empty()) << "ingest does not segment";
    }
    EXPECT_TRUE(r.warnings.empty());
}

TEST(Ingest, InvalidUtf8IsRepairedWithAWarningNamingTheFile)
{
    TempDir dir;
    std::string text;
    for (int i = 0; i < 10; ++i) {
        text += "Ren\xC3\xA9"
                "e Castell said the crew followed the procedures. ";
    }
    dir.write("broken.txt", "\xEF\xBB\xBF" + text + "A bad byte: \xFF.\n");
    dir.write("good.txt", kArticle);
    const IngestResult r = ingestFolder(dir.path());
    ASSERT_EQ(r.documents.size(), 2U);
    ASSERT_EQ(r.warnings.size(), 1U);
    EXPECT_EQ(r.warnings[0].path, "broken.txt");
    EXPECT_NE(r.warnings[0].message.find("replaced"), std::string::npos);
    const Document* broken = find(r, "broken.txt");
    EXPECT_TRUE(utf8::isValid(broken->text));
    EXPECT_NE(broken->text.find("\xEF\xBF\xBD"), std::string::npos);
    EXPECT_EQ(broken->warnings.size(), 1U);
}

// Order and selection

TEST(Ingest, NaturalOrderOfFileNames)
{
    TempDir dir;
    for (const char* name : {"10-z.txt", "2-b.txt", "1-a.txt", "hpo.txt", "fox.md", "nyt.TXT"}) {
        dir.write(name, kArticle);
    }
    const IngestResult r = ingestFolder(dir.path());
    const std::vector<std::string> expected{"1-a.txt", "2-b.txt", "10-z.txt",
                                            "fox.md",  "hpo.txt", "nyt.TXT"};
    EXPECT_EQ(paths(r), expected);
}

TEST(Ingest, OtherFilesAreListedAsSkippedHiddenOnesIgnored)
{
    TempDir dir;
    dir.write("article.txt", kArticle);
    dir.write("page.html", "<html></html>");
    dir.write("notes.docx", "PK");
    dir.write(".hidden.txt", kArticle);
    fs::create_directory(dir.path() / "sub");
    const IngestResult r = ingestFolder(dir.path());
    EXPECT_EQ(paths(r), std::vector<std::string>{"article.txt"});
    ASSERT_NE(findSkipped(r, "page.html"), nullptr);
    EXPECT_NE(findSkipped(r, "page.html")->reason.find(".txt"), std::string::npos);
    ASSERT_NE(findSkipped(r, "notes.docx"), nullptr);
    ASSERT_NE(findSkipped(r, "sub"), nullptr);
    EXPECT_EQ(findSkipped(r, ".hidden.txt"), nullptr);
    EXPECT_EQ(r.skipped.size(), 3U);
}

// Bad files: skipped with a reason, the others still read

TEST(Ingest, BadArticleFilesAreSkippedWithAReason)
{
    TempDir dir;
    dir.write("good.txt", kArticle);
    dir.write("empty.txt", "");
    dir.write("blank.txt", " \n\t\r\n\xC2\xA0\n");
    dir.write("binary.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    fs::create_symlink(dir.path() / "missing-target.txt", dir.path() / "dangling.txt");
    fs::create_directory(dir.path() / "folder.txt");

    const IngestResult r = ingestFolder(dir.path());
    ASSERT_FALSE(r.error);
    EXPECT_EQ(paths(r), std::vector<std::string>{"good.txt"});
    for (const char* name :
         {"empty.txt", "blank.txt", "binary.txt", "dangling.txt", "folder.txt"}) {
        const SkippedFile* s = findSkipped(r, name);
        ASSERT_NE(s, nullptr) << name;
        EXPECT_FALSE(s->reason.empty()) << name;
    }
    EXPECT_NE(findSkipped(r, "empty.txt")->reason.find("empty"), std::string::npos);
    EXPECT_NE(findSkipped(r, "blank.txt")->reason.find("white space"), std::string::npos);
    EXPECT_NE(findSkipped(r, "binary.txt")->reason.find("binary"), std::string::npos);
}

TEST(Ingest, TooLargeFilesAreSkippedNotTruncated)
{
    TempDir dir;
    dir.write("small.txt", kArticle);
    dir.write("large.txt", std::string(4096, 'x') + "\n");
    const IngestResult r = ingestFolder(dir.path(), IngestOptions{.maxFileBytes = 1024});
    EXPECT_EQ(paths(r), std::vector<std::string>{"small.txt"});
    const SkippedFile* s = findSkipped(r, "large.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_NE(s->reason.find("too large"), std::string::npos);
}

TEST(Ingest, RealTwentyOneMegabyteFileIsSkippedByDefault)
{
    // A sparse file: 21 MB in size, almost nothing on disk, never read.
    TempDir dir;
    dir.write("small.txt", kArticle);
    const fs::path big = dir.path() / "huge.txt";
    dir.write("huge.txt", "x");
    fs::resize_file(big, 21U * 1024U * 1024U);
    const IngestResult r = ingestFolder(dir.path());
    EXPECT_EQ(paths(r), std::vector<std::string>{"small.txt"});
    const SkippedFile* s = findSkipped(r, "huge.txt");
    ASSERT_NE(s, nullptr);
    EXPECT_NE(s->reason.find("21.0 MB"), std::string::npos) << s->reason;
}

// The folder itself

TEST(Ingest, MissingFolderOrAFileIsAnErrorNamingIt)
{
    TempDir dir;
    const IngestResult missing = ingestFolder(dir.path() / "nope");
    ASSERT_TRUE(missing.error);
    EXPECT_NE(missing.error->find("nope"), std::string::npos);

    dir.write("a.txt", kArticle);
    const IngestResult file = ingestFolder(dir.path() / "a.txt");
    ASSERT_TRUE(file.error);
    EXPECT_NE(file.error->find("a.txt"), std::string::npos);
}

TEST(Ingest, EmptyFolderHasNoDocumentsAndNoError)
{
    TempDir dir;
    const IngestResult r = ingestFolder(dir.path());
    EXPECT_FALSE(r.error);
    EXPECT_TRUE(r.documents.empty());
}

TEST(Ingest, CancelStopsAndProgressReachesTheEnd)
{
    TempDir dir;
    dir.write("a.txt", kArticle);
    dir.write("b.txt", kArticle);
    int last = -1;
    int total = 0;
    const IngestResult r =
        ingestFolder(dir.path(), {}, Progress([&](int done, int all, std::string_view) {
                         last = done;
                         total = all;
                     }));
    EXPECT_EQ(r.documents.size(), 2U);
    EXPECT_EQ(last, total);

    std::atomic_bool stop = true;
    const IngestResult cancelled = ingestFolder(dir.path(), {}, Progress({}, &stop));
    EXPECT_TRUE(cancelled.documents.empty());
}

// The sample story: the mixed encodings it was written to exercise

TEST(Ingest, SampleStory)
{
    const IngestResult r = ingestFolder(parallax::test::sampleDir());
    ASSERT_FALSE(r.error);
    ASSERT_EQ(r.documents.size(), 5U);
    EXPECT_TRUE(r.skipped.empty());
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_EQ(r.documents[0].path, "01-coastal-herald.txt");
    EXPECT_EQ(r.documents[1].encoding, "UTF-8 (BOM)");
    EXPECT_EQ(lower(r.documents[2].encoding), "windows-1252");
    for (const Document& d : r.documents) {
        EXPECT_TRUE(utf8::isValid(d.text)) << d.path;
        EXPECT_EQ(d.text.find('\r'), std::string::npos) << d.path;
        EXPECT_FALSE(d.text.starts_with("\xEF\xBB\xBF")) << d.path;
    }
}

TEST(Ingest, LoadDocumentNamesTheReason)
{
    TempDir dir;
    const LoadResult missing = loadDocument(dir.path() / "none.txt", "none.txt");
    EXPECT_FALSE(missing.document);
    EXPECT_FALSE(missing.error.empty());
    EXPECT_TRUE(isArticleFile("a.TXT"));
    EXPECT_TRUE(isArticleFile("a.md"));
    EXPECT_FALSE(isArticleFile("a.html"));
    EXPECT_FALSE(isArticleFile("txt"));
}
