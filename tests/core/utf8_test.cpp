#include "core/utf8.h"

#include <gtest/gtest.h>
#include <string>

namespace utf8 = parallax::core::utf8;

// Decoding and encoding

TEST(Utf8, NextDecodesEveryLengthAndAdvances)
{
    const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"; // a é € 😀
    std::size_t pos = 0;
    EXPECT_EQ(utf8::next(text, pos), U'a');
    EXPECT_EQ(pos, 1U);
    EXPECT_EQ(utf8::next(text, pos), U'\u00E9');
    EXPECT_EQ(pos, 3U);
    EXPECT_EQ(utf8::next(text, pos), U'\u20AC');
    EXPECT_EQ(pos, 6U);
    EXPECT_EQ(utf8::next(text, pos), U'\U0001F600');
    EXPECT_EQ(pos, text.size());
}

TEST(Utf8, MalformedInputYieldsReplacementAndAlwaysAdvances)
{
    // A lone continuation byte, a truncated sequence at the end, an overlong form, a surrogate.
    for (const std::string bad : {"\x80", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xFF"}) {
        std::size_t pos = 0;
        EXPECT_EQ(utf8::next(bad, pos), U'\uFFFD') << bad;
        EXPECT_EQ(pos, 1U);
    }
}

TEST(Utf8, AppendRoundTrips)
{
    std::string out;
    for (const char32_t c : {U'x', U'\u00A0', U'\u2019', U'\U0001F600'}) {
        utf8::append(out, c);
    }
    std::size_t pos = 0;
    EXPECT_EQ(utf8::next(out, pos), U'x');
    EXPECT_EQ(utf8::next(out, pos), U'\u00A0');
    EXPECT_EQ(utf8::next(out, pos), U'\u2019');
    EXPECT_EQ(utf8::next(out, pos), U'\U0001F600');
    EXPECT_EQ(pos, out.size());
    EXPECT_EQ(utf8::length(out), 4U);
}

// Validation and repair

TEST(Utf8, ValidityKeepsRealReplacementCharacters)
{
    EXPECT_TRUE(utf8::isValid(""));
    EXPECT_TRUE(utf8::isValid("caf\xC3\xA9"));
    EXPECT_TRUE(utf8::isValid("\xEF\xBF\xBD")); // U+FFFD written in the file is valid text
    EXPECT_FALSE(utf8::isValid("caf\xE9"));
    EXPECT_FALSE(utf8::isValid("abc\xE2\x82"));
}

TEST(Utf8, RepairReplacesEachBadByteAndCountsIt)
{
    std::string text = "a\xFF"
                       "b\xFE"
                       "c";
    EXPECT_EQ(utf8::repair(text), 2U);
    EXPECT_EQ(text, "a\xEF\xBF\xBD"
                    "b\xEF\xBF\xBD"
                    "c");
    EXPECT_TRUE(utf8::isValid(text));

    std::string good = "already \xEF\xBF\xBD fine";
    EXPECT_EQ(utf8::repair(good), 0U);
    EXPECT_EQ(good, "already \xEF\xBF\xBD fine");
}

// White space

TEST(Utf8, UnicodeSpaces)
{
    for (const char32_t c : {U' ', U'\t', U'\n', U'\u00A0', U'\u2009', U'\u202F', U'\u3000',
                             U'\u200B', U'\uFEFF', U'\u2002'}) {
        EXPECT_TRUE(utf8::isSpace(c)) << static_cast<unsigned>(c);
    }
    for (const char32_t c : {U'a', U'-', U'\u2019', U'\u00AD'}) {
        EXPECT_FALSE(utf8::isSpace(c)) << static_cast<unsigned>(c);
    }
}

TEST(Utf8, TrimmedRangeSkipsUnicodeSpacesOnBothSides)
{
    const std::string text = "\xC2\xA0 \xE2\x80\x89word one\xE2\x80\xAF\t";
    const auto [b, e] = utf8::trimmedRange(text, 0, text.size());
    EXPECT_EQ(text.substr(b, e - b), "word one");

    const std::string blank = " \xC2\xA0\t";
    const auto [bb, be] = utf8::trimmedRange(blank, 0, blank.size());
    EXPECT_EQ(bb, be);

    const auto [eb, ee] = utf8::trimmedRange("", 0, 0);
    EXPECT_EQ(eb, 0U);
    EXPECT_EQ(ee, 0U);
}
