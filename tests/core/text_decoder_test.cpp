#include "core/text_decoder.h"
#include "core/utf8.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>

using parallax::core::DecodedText;
using parallax::core::decodeText;

namespace {

std::string utf16(const std::u16string& text, bool bigEndian, bool bom)
{
    std::string out;
    auto put = [&](char16_t u) {
        const auto hi = static_cast<char>(u >> 8);
        const auto lo = static_cast<char>(u & 0xFF);
        out.push_back(bigEndian ? hi : lo);
        out.push_back(bigEndian ? lo : hi);
    };
    if (bom) {
        put(0xFEFF);
    }
    for (const char16_t u : text) {
        put(u);
    }
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

// Unicode encodings

TEST(TextDecoder, Utf8WithoutBom)
{
    const DecodedText d = decodeText("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
    ASSERT_FALSE(d.error);
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_EQ(d.text, "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\n");
    EXPECT_TRUE(d.warnings.empty());
}

TEST(TextDecoder, Utf8BomIsDroppedNotContent)
{
    const DecodedText d = decodeText("\xEF\xBB\xBFTitle: x\nBody.");
    ASSERT_FALSE(d.error);
    EXPECT_NE(d.encoding.find("UTF-8"), std::string::npos);
    EXPECT_EQ(d.text, "Title: x\nBody.");
}

TEST(TextDecoder, Utf16LittleEndianWithBom)
{
    const DecodedText d =
        decodeText(utf16(u"Caf\u00E9 \u201Cok\u201D \u20AC5\r\nNext", false, true));
    ASSERT_FALSE(d.error);
    EXPECT_EQ(d.encoding, "UTF-16LE");
    EXPECT_EQ(d.text, "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D \xE2\x82\xAC"
                      "5\nNext");
    EXPECT_TRUE(d.warnings.empty());
}

TEST(TextDecoder, Utf16BigEndianWithBomAndSurrogatePair)
{
    const DecodedText d = decodeText(utf16(u"A \U0001F600 b", true, true));
    ASSERT_FALSE(d.error);
    EXPECT_EQ(d.encoding, "UTF-16BE");
    EXPECT_EQ(d.text, "A \xF0\x9F\x98\x80 b");
}

TEST(TextDecoder, Utf16LoneSurrogateIsReplacedAndReported)
{
    const DecodedText d = decodeText(utf16(u"ab\xD800"
                                           "cd",
                                           false, true));
    ASSERT_FALSE(d.error);
    EXPECT_EQ(d.text, "ab\xEF\xBF\xBD"
                      "cd");
    ASSERT_EQ(d.warnings.size(), 1U);
    EXPECT_NE(d.warnings[0].find("replaced"), std::string::npos);
}

TEST(TextDecoder, Utf16WithoutBomIsRecognisedWithAWarning)
{
    const DecodedText d = decodeText(utf16(u"Plain English text in UTF-16.", false, false));
    ASSERT_FALSE(d.error);
    EXPECT_EQ(d.encoding, "UTF-16LE");
    EXPECT_EQ(d.text, "Plain English text in UTF-16.");
    EXPECT_FALSE(d.warnings.empty());
}

// Legacy code pages

TEST(TextDecoder, Windows1252CurlyQuotesEuroAndAccents)
{
    const std::string bytes = "The minister said \x93we will act\x94 on the \x80"
                              "5 million plan "
                              "for the caf\xE9 owners. It\x92s a start, she said \x96 and the "
                              "opposition disagreed.\r\n";
    const DecodedText d = decodeText(bytes);
    ASSERT_FALSE(d.error);
    EXPECT_EQ(lower(d.encoding), "windows-1252");
    EXPECT_EQ(d.text, "The minister said \xE2\x80\x9Cwe will act\xE2\x80\x9D on the \xE2\x82\xAC"
                      "5 million plan for the caf\xC3\xA9 owners. It\xE2\x80\x99s a start, she "
                      "said \xE2\x80\x93 and the opposition disagreed.\n");
    EXPECT_TRUE(d.warnings.empty());
}

TEST(TextDecoder, ShortWindows1252TextIsNotReadAsAnExoticCodePage)
{
    // Too little text for a confident guess: an English apostrophe or quotes must still come
    // out as the windows-1252 characters, not as Mac or DOS letters or C1 control codes.
    const struct {
        const char* bytes;
        const char* expected;
    } cases[] = {
        {"It\x92s ok", "It\xE2\x80\x99s ok"},
        {"\x93Hello\x94 world", "\xE2\x80\x9CHello\xE2\x80\x9D world"},
        {"Caf\xE9", "Caf\xC3\xA9"},
        {"Price: \x80"
         "10",
         "Price: \xE2\x82\xAC"
         "10"},
    };
    for (const auto& c : cases) {
        const DecodedText d = decodeText(c.bytes);
        ASSERT_FALSE(d.error) << c.bytes;
        EXPECT_EQ(d.text, c.expected) << "read as " << d.encoding;
    }
}

TEST(TextDecoder, DecodedTextIsAlwaysValidUtf8)
{
    std::string bytes;
    for (int i = 0; i < 4; ++i) {
        for (int c = 0x20; c < 0x100; ++c) {
            bytes.push_back(static_cast<char>(c));
        }
        bytes += "\n";
    }
    const DecodedText d = decodeText(bytes);
    ASSERT_FALSE(d.error);
    EXPECT_TRUE(parallax::core::utf8::isValid(d.text));
}

// Repairs

TEST(TextDecoder, InvalidUtf8InMostlyUtf8TextIsReplacedAndReported)
{
    // A UTF-8 file with one stray byte: the good characters stay, the bad one is reported.
    std::string bytes;
    for (int i = 0; i < 20; ++i) {
        bytes += "Ren\xC3\xA9"
                 "e Castell said visibility was \xE2\x80\x9Cpoor\xE2\x80\x9D. ";
    }
    bytes += "Bad byte here: \xC3(.\n";
    const DecodedText d = decodeText("\xEF\xBB\xBF" + bytes);
    ASSERT_FALSE(d.error);
    EXPECT_NE(d.text.find("Ren\xC3\xA9"
                          "e"),
              std::string::npos);
    EXPECT_NE(d.text.find("\xEF\xBF\xBD"), std::string::npos);
    EXPECT_TRUE(parallax::core::utf8::isValid(d.text));
    ASSERT_EQ(d.warnings.size(), 1U);
    EXPECT_NE(d.warnings[0].find("1 invalid byte sequence"), std::string::npos);
}

// Line ends and white space

TEST(TextDecoder, CrlfAndCrBecomeLf)
{
    EXPECT_EQ(decodeText("a\r\nb\rc\n\r\nd").text, "a\nb\nc\n\nd");
    EXPECT_EQ(decodeText("one\r\r\ntwo").text, "one\n\ntwo");
}

TEST(TextDecoder, UnicodeSpacesAreKept)
{
    // No-break, thin and narrow no-break spaces are content for display; matching unifies them.
    const std::string text = "10\xC2\xA0"
                             "000 litres, 2\xE2\x80\xAFkm, a\xE2\x80\x89"
                             "b";
    EXPECT_EQ(decodeText(text).text, text);
}

// Not text

TEST(TextDecoder, EmptyAndWhiteSpaceOnlyAreErrors)
{
    EXPECT_EQ(decodeText("").error.value_or(""), "empty file");
    for (const std::string blank :
         {" ", "\n\n\r\n", " \t \n", "\xC2\xA0\xE2\x80\x83\n", "\xEF\xBB\xBF \n"}) {
        const DecodedText d = decodeText(blank);
        ASSERT_TRUE(d.error.has_value());
        EXPECT_NE(d.error->find("white space"), std::string::npos);
    }
}

TEST(TextDecoder, BinaryDataIsAnError)
{
    std::string png = "\x89PNG\r\n\x1A\n";
    const char header[] = "\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    png.append(header, sizeof header - 1);
    const DecodedText d = decodeText(png);
    ASSERT_TRUE(d.error.has_value());
    EXPECT_NE(d.error->find("binary"), std::string::npos);

    std::string controls;
    for (int i = 0; i < 200; ++i) {
        controls.push_back(static_cast<char>(1 + i % 8));
    }
    EXPECT_TRUE(decodeText(controls).error.has_value());
}
