#include "core/metadata_reader.h"

#include <gtest/gtest.h>
#include <string>

using namespace parallax::core;

namespace {

std::string lineAt(std::string_view text, std::pair<std::size_t, std::size_t> range)
{
    return std::string(text.substr(range.first, range.second - range.first));
}

} // namespace

// The "headline / date / URL" opening of saved pages

TEST(MetadataReader, HeadlineDateAndUrlLines)
{
    const std::string text = "Ferry runs aground in fog\n"
                             "20261103\n"
                             "https://www.coastalherald.example/news/2026/11/03/ferry\n"
                             "Share\n"
                             "A passenger ferry ran aground on Monday.\n";
    const Header h = readHeader(text, "01-coastal-herald.txt");
    EXPECT_EQ(h.metadata.title, "Ferry runs aground in fog");
    EXPECT_EQ(h.metadata.date, "20261103");
    EXPECT_EQ(h.metadata.url, "https://www.coastalherald.example/news/2026/11/03/ferry");
    EXPECT_EQ(h.metadata.outlet, "coastalherald.example"); // the page never spells its name
    ASSERT_TRUE(h.headlineLine.has_value());
    EXPECT_EQ(lineAt(text, *h.headlineLine), "Ferry runs aground in fog");
    EXPECT_EQ(h.headlineStart, 0U); // no key: the headline is the whole line
    ASSERT_EQ(h.lines.size(), 2U);
    EXPECT_EQ(lineAt(text, h.lines[0]), "20261103");
    EXPECT_EQ(lineAt(text, h.lines[1]), "https://www.coastalherald.example/news/2026/11/03/ferry");
}

TEST(MetadataReader, PlainArticleHasNoHeaderAndOutletFromFileName)
{
    const std::string text = "Ferry runs aground in fog\n\nA passenger ferry ran aground.\n";
    const Header h = readHeader(text, "02-lowmarsh_courier.txt");
    EXPECT_TRUE(h.lines.empty());
    EXPECT_FALSE(h.headlineLine.has_value());
    EXPECT_TRUE(h.metadata.url.empty());
    EXPECT_EQ(h.metadata.outlet, "Lowmarsh Courier");
    // Codes keep their case: a hash is not a name.
    EXPECT_EQ(readHeader(text, "001_e7e012132c37a880.txt").metadata.outlet, "e7e012132c37a880");
    EXPECT_EQ(readHeader(text, "news24-ferry.txt").metadata.outlet, "news24 Ferry");
}

// `Key: value` blocks

TEST(MetadataReader, KeyValueBlock)
{
    const std::string text = "Title: Ferry carrying 225 runs aground\n"
                             "Source: The Lowmarsh Courier\n"
                             "Date: 2026-11-03\n"
                             "URL: https://www.lowmarshcourier.example/region/x\n"
                             "Author: Jo Bell\n"
                             "\n"
                             "PORT ELLIN (Northwire) - A passenger ferry ran aground.\n";
    const Header h = readHeader(text, "02-lowmarsh-courier.txt");
    EXPECT_EQ(h.metadata.title, "Ferry carrying 225 runs aground");
    EXPECT_EQ(h.metadata.outlet, "The Lowmarsh Courier"); // Source: wins over the URL
    EXPECT_EQ(h.metadata.date, "2026-11-03");
    EXPECT_EQ(h.metadata.url, "https://www.lowmarshcourier.example/region/x");
    ASSERT_EQ(h.metadata.fields.size(), 5U);
    EXPECT_EQ(h.metadata.fields[4].first, "Author");
    EXPECT_EQ(h.metadata.fields[4].second, "Jo Bell");
    // The Title line is the headline (article text); the other four are header lines.
    ASSERT_TRUE(h.headlineLine.has_value());
    EXPECT_EQ(lineAt(text, *h.headlineLine), "Title: Ferry carrying 225 runs aground");
    // The headline's own words start after the key: "Title:" is no word of the headline.
    EXPECT_EQ(lineAt(text, {h.headlineStart, h.headlineLine->second}),
              "Ferry carrying 225 runs aground");
    ASSERT_EQ(h.lines.size(), 4U);
    EXPECT_EQ(lineAt(text, h.lines[0]), "Source: The Lowmarsh Courier");
}

TEST(MetadataReader, OutletKeyAndUrlDomainFallback)
{
    EXPECT_EQ(readHeader("Outlet: Kestrel Sound\n\nBody.", "x.txt").metadata.outlet,
              "Kestrel Sound");
    EXPECT_EQ(readHeader("URL: http://news.example.org/a?b=c\n\nBody.", "x.txt").metadata.outlet,
              "news.example.org");
}

TEST(MetadataReader, OutletNameAsThePageSpellsItsDomain)
{
    const std::string text = "Ferry runs aground in fog\n"
                             "https://www.coastalherald.example/news/ferry\n"
                             "A passenger ferry ran aground on Monday.\n"
                             "Subscribe to the Coastal Herald from one euro a week\n";
    EXPECT_EQ(readHeader(text, "01.txt").metadata.outlet, "Coastal Herald");
    EXPECT_EQ(writtenNameOf("Read more from The Wetherby Gazette.", "thewetherbygazette.example"),
              "The Wetherby Gazette");
    EXPECT_EQ(writtenNameOf("\u00A9 2026 KESTREL SOUND", "kestrelsound.example"), "KESTREL SOUND");
    EXPECT_EQ(writtenNameOf("Reported by Northwire staff.", "northwire.example"), "Northwire");
    // Section and host labels name nothing; words across a line break are no name; a name
    // must spell the label exactly.
    EXPECT_EQ(writtenNameOf("News of the day", "news.harbourtimes.example"), "");
    EXPECT_EQ(writtenNameOf("Coastal\nHerald", "coastalherald.example"), "");
    EXPECT_EQ(writtenNameOf("Coastal Heraldry Society", "coastalherald.example"), "");
    EXPECT_EQ(writtenNameOf("", "coastalherald.example"), "");
}

TEST(MetadataReader, ProseWithAColonIsNotAHeader)
{
    const std::string text = "The minister said: we will act.\nMore text follows here.\n";
    const Header h = readHeader(text, "fox.txt");
    EXPECT_TRUE(h.metadata.fields.empty());
    EXPECT_TRUE(h.lines.empty());
    EXPECT_EQ(h.metadata.outlet, "Fox");
}

TEST(MetadataReader, HeaderAfterBlankLines)
{
    const std::string text = "\n\nTitle: A\nSource: B\n\nBody.";
    const Header h = readHeader(text, "x.txt");
    EXPECT_EQ(h.metadata.title, "A");
    EXPECT_EQ(h.headlineStart, text.find('A'));
    EXPECT_EQ(h.metadata.outlet, "B");
}

TEST(MetadataReader, EmptyTextFallsBackToFileName)
{
    const Header h = readHeader("", "004_dbbb3e6ac328e3ba.txt");
    EXPECT_TRUE(h.metadata.title.empty());
    EXPECT_EQ(h.metadata.outlet, "dbbb3e6ac328e3ba");
}

// Helpers

TEST(MetadataReader, DomainOf)
{
    EXPECT_EQ(domainOf("https://www.the-hindu.example/news/x"), "the-hindu.example");
    EXPECT_EQ(domainOf("www.the-hindu.example/news/x"), "the-hindu.example");
    EXPECT_EQ(domainOf("http://News.Example.COM:8080/a"), "news.example.com");
    EXPECT_EQ(domainOf("not a url"), "");
    EXPECT_EQ(domainOf(""), "");
}

TEST(MetadataReader, LooksLikeDate)
{
    for (const char* date :
         {"20220128", "2022-01-28", "2022-01-28T10:15:00Z", "January 28, 2022", "28 Jan 2022",
          "Jan. 28, 2022", "Friday, January 28, 2022", "28/01/2022"}) {
        EXPECT_TRUE(looksLikeDate(date)) << date;
    }
    for (const char* notDate :
         {"", "Share", "2022 was a hard year for everyone in the region.", "January is cold"}) {
        EXPECT_FALSE(looksLikeDate(notDate)) << notDate;
    }
}

TEST(MetadataReader, LooksLikeUrl)
{
    EXPECT_TRUE(looksLikeUrl("https://example.com/a"));
    EXPECT_TRUE(looksLikeUrl("  www.example.com/a  "));
    EXPECT_FALSE(looksLikeUrl("see https://example.com for more"));
    EXPECT_FALSE(looksLikeUrl("example"));
}
