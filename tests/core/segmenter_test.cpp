#include "core/ingest.h"
#include "core/initialisms.h"
#include "core/segmenter.h"
#include "core/utf8.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <iostream>
#include <string>
#include <vector>

using namespace parallax::core;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split(std::string_view text)
{
    static const Segmenter segmenter("en_US.UTF-8");
    std::vector<std::string> out;
    for (const Sentence& s : segmenter.sentences(text)) {
        out.push_back(s.text);
    }
    return out;
}

using Strings = std::vector<std::string>;

// The invariants every segmentation must keep: offsets are UTF-8 byte offsets into the text,
// in order, not overlapping, trimmed, and text.substr(start, end - start) == sentence.text.
void expectOffsetInvariants(std::string_view text, const std::vector<Sentence>& sentences,
                            const std::string& what)
{
    std::size_t previousEnd = 0;
    std::size_t previousParagraph = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        ASSERT_LT(s.start, s.end) << what << " sentence " << i;
        ASSERT_LE(s.end, text.size()) << what << " sentence " << i;
        ASSERT_GE(s.start, previousEnd) << what << " sentence " << i;
        ASSERT_EQ(text.substr(s.start, s.end - s.start), s.text) << what << " sentence " << i;
        ASSERT_TRUE(utf8::isValid(s.text)) << what << " sentence " << i;
        const auto [b, e] = utf8::trimmedRange(s.text, 0, s.text.size());
        EXPECT_EQ(b, 0U) << what << " sentence " << i << " starts with white space";
        EXPECT_EQ(e, s.text.size()) << what << " sentence " << i << " ends with white space";
        EXPECT_GE(s.paragraph, previousParagraph) << what;
        previousEnd = s.end;
        previousParagraph = s.paragraph;
    }
    // Nothing but white space is left between sentences.
    std::size_t pos = 0;
    for (const Sentence& s : sentences) {
        const auto [b, e] = utf8::trimmedRange(text, pos, s.start);
        EXPECT_EQ(b, e) << what << ": text lost before \"" << s.text.substr(0, 40) << "\"";
        pos = s.end;
    }
    const auto [b, e] = utf8::trimmedRange(text, pos, text.size());
    EXPECT_EQ(b, e) << what << ": text lost at the end";
}

} // namespace

// Abbreviations and initials stay inside sentences

TEST(Segmenter, TitlesAndAbbreviations)
{
    EXPECT_EQ(split("Mr. Putin spoke. The U.S. response was firm."),
              (Strings{"Mr. Putin spoke.", "The U.S. response was firm."}));
    EXPECT_EQ(split("H.R. 1 passed the House. It goes on."),
              (Strings{"H.R. 1 passed the House.", "It goes on."}));
    EXPECT_EQ(split("Dr. Smith arrived. Gov. Newsom left. Sen. Jones stayed."),
              (Strings{"Dr. Smith arrived.", "Gov. Newsom left.", "Sen. Jones stayed."}));
    EXPECT_EQ(split("John F. Kennedy spoke in Dallas. Crowds cheered."),
              (Strings{"John F. Kennedy spoke in Dallas.", "Crowds cheered."}));
    EXPECT_EQ(split("It was Jan. 5 when it happened. Then it ended."),
              (Strings{"It was Jan. 5 when it happened.", "Then it ended."}));
}

// Dotted initialisms: ICU breaks after "U.S." before any capital; these stay one sentence.
TEST(Segmenter, InitialismFollowedByTitleOrNameContinues)
{
    EXPECT_EQ(split("Lawmakers questioned the F.B.I. Director about the missing files."),
              (Strings{"Lawmakers questioned the F.B.I. Director about the missing files."}));
    EXPECT_EQ(
        split("The mayors met at the U.S. Conference of Mayors near the river. It rained."),
        (Strings{"The mayors met at the U.S. Conference of Mayors near the river.", "It rained."}));
    EXPECT_EQ(split("Staff of the U.S. Fish and Wildlife Service counted the herons again."),
              (Strings{"Staff of the U.S. Fish and Wildlife Service counted the herons again."}));
    EXPECT_EQ(split("A portrait of George H.W. Bush hung in the hall of the old school."),
              (Strings{"A portrait of George H.W. Bush hung in the hall of the old school."}));
    EXPECT_EQ(split("The grant helps the U.S.' Pacific partners build two new dams."),
              (Strings{"The grant helps the U.S.' Pacific partners build two new dams."}));
    EXPECT_EQ(split("U.S. Reps. Ana Ruiz and Tom Lee voted against the harbour bill."),
              (Strings{"U.S. Reps. Ana Ruiz and Tom Lee voted against the harbour bill."}));
    EXPECT_EQ(split("The debate airs at 9 p.m. ET on Friday. Tickets are sold out."),
              (Strings{"The debate airs at 9 p.m. ET on Friday.", "Tickets are sold out."}));
}

TEST(Segmenter, InitialismInHeadlineContinues)
{
    EXPECT_EQ(split("Harbor Board Weighs Vote on N.T.S.B. Findings\nThe vote is on Monday."),
              (Strings{"Harbor Board Weighs Vote on N.T.S.B. Findings", "The vote is on Monday."}));
    EXPECT_EQ(split("N.O.A.A. Warns Coastal Towns of Early Storms"),
              (Strings{"N.O.A.A. Warns Coastal Towns of Early Storms"}));
    EXPECT_EQ(split("Ferry Firm Hires Former U.N. Envoy"),
              (Strings{"Ferry Firm Hires Former U.N. Envoy"}));
}

TEST(Segmenter, InitialismAtRealBoundarySplits)
{
    EXPECT_EQ(split("In 1998 the family moved to the U.S. The next day she found work."),
              (Strings{"In 1998 the family moved to the U.S.", "The next day she found work."}));
    EXPECT_EQ(split("She always wanted to work for the F.B.I. It was her childhood dream."),
              (Strings{"She always wanted to work for the F.B.I.", "It was her childhood dream."}));
    EXPECT_EQ(
        split("The report went to the U.N. \"We expect an answer,\" the minister said."),
        (Strings{"The report went to the U.N.", "\"We expect an answer,\" the minister said."}));
    EXPECT_EQ(split("The talks were held in Washington, D.C. Mr. Ortega flew home."),
              (Strings{"The talks were held in Washington, D.C.", "Mr. Ortega flew home."}));
    EXPECT_EQ(split("The crates of apples were shipped to the U.K. Nobody knows why."),
              (Strings{"The crates of apples were shipped to the U.K.", "Nobody knows why."}));
    EXPECT_EQ(split("The council met until 5 p.m. Officials said it went well."),
              (Strings{"The council met until 5 p.m.", "Officials said it went well."}));
    // A single quote that closes a quotation is no possessive.
    EXPECT_EQ(split("He wrote 'we trust the U.S.' Critics were not convinced."),
              (Strings{"He wrote 'we trust the U.S.'", "Critics were not convinced."}));
}

TEST(Segmenter, TrailingInitialism)
{
    EXPECT_EQ(trailingInitialism("the F.B.I."), "F.B.I.");
    EXPECT_EQ(trailingInitialism("(N.A.A.C.P."), "N.A.A.C.P.");
    EXPECT_EQ(trailingInitialism("at 8 p.m."), "p.m.");
    EXPECT_EQ(trailingInitialism("Mr."), "");
    EXPECT_EQ(trailingInitialism("D-N.Y."), "");
    EXPECT_EQ(trailingInitialism("John F."), "");
}

TEST(Segmenter, QuoteFollowedByAttribution)
{
    EXPECT_EQ(split("\xE2\x80\x9CReally?\xE2\x80\x9D he asked. Then he left."),
              (Strings{"\xE2\x80\x9CReally?\xE2\x80\x9D he asked.", "Then he left."}));
    EXPECT_EQ(split("\"Stop!\" she shouted. Nobody moved."),
              (Strings{"\"Stop!\" she shouted.", "Nobody moved."}));
}

TEST(Segmenter, NumbersAndEllipses)
{
    EXPECT_EQ(split("Growth was 3.5 per cent. Prices rose 0.2%."),
              (Strings{"Growth was 3.5 per cent.", "Prices rose 0.2%."}));
    // "..." ends a sentence before a capital; "…" (one character) is no sentence end in ICU's
    // rules, and in news it mostly marks an omission inside a quote.
    EXPECT_EQ(split("He paused... Then he spoke. Wait\xE2\x80\xA6 what now?"),
              (Strings{"He paused...", "Then he spoke.", "Wait\xE2\x80\xA6 what now?"}));
}

// Shapes of text

TEST(Segmenter, EmptyAndBlankText)
{
    EXPECT_TRUE(split("").empty());
    EXPECT_TRUE(split(" \n\n\t\xC2\xA0\n").empty());
}

TEST(Segmenter, TextWithoutFinalPunctuation)
{
    EXPECT_EQ(split("no final punctuation"), (Strings{"no final punctuation"}));
    EXPECT_EQ(split("First one. second part without a stop"),
              (Strings{"First one. second part without a stop"}));
    EXPECT_EQ(split("Headline Without Stop\nBody sentence."),
              (Strings{"Headline Without Stop", "Body sentence."}));
}

TEST(Segmenter, EveryLineIsItsOwnParagraph)
{
    static const Segmenter segmenter;
    const std::string text = "Headline\n\nFirst paragraph. Second sentence.\nShare\n";
    const std::vector<Sentence> s = segmenter.sentences(text);
    ASSERT_EQ(s.size(), 4U);
    EXPECT_EQ(s[0].paragraph, 0U);
    EXPECT_EQ(s[1].paragraph, 1U);
    EXPECT_EQ(s[2].paragraph, 1U);
    EXPECT_EQ(s[3].paragraph, 2U);
    expectOffsetInvariants(text, s, "paragraphs");
}

TEST(Segmenter, VeryLongSentence)
{
    std::string text = "This";
    for (int i = 0; i < 5000; ++i) {
        text += " and that";
    }
    text += ".";
    static const Segmenter segmenter;
    const std::vector<Sentence> s = segmenter.sentences(text);
    ASSERT_EQ(s.size(), 1U);
    EXPECT_EQ(s[0].text.size(), text.size());
}

TEST(Segmenter, UnicodeSpacesAndMultiByteText)
{
    static const Segmenter segmenter;
    const std::string text = "\xC2\xA0\xC2\xA0Ren\xC3\xA9"
                             "e Castell said 10\xC2\xA0"
                             "000 litres leaked."
                             "\xE2\x80\xAF J\xC3\xBCrgen Falk agreed.\xC2\xA0\n";
    const std::vector<Sentence> s = segmenter.sentences(text);
    ASSERT_EQ(s.size(), 2U);
    EXPECT_EQ(s[0].text, "Ren\xC3\xA9"
                         "e Castell said 10\xC2\xA0"
                         "000 litres leaked.");
    EXPECT_EQ(s[1].text, "J\xC3\xBCrgen Falk agreed.");
    expectOffsetInvariants(text, s, "unicode");
}

TEST(Segmenter, HardWrappedLinesJoin)
{
    const std::string text =
        "The ferry had left Port Ellin in thick fog when it\nstruck the bank. It stayed upright.";
    EXPECT_EQ(split(text),
              (Strings{"The ferry had left Port Ellin in thick fog when it\nstruck the bank.",
                       "It stayed upright."}));
}

// Words

TEST(Segmenter, WordsAndNumbers)
{
    static const Segmenter segmenter;
    const std::string text = "Prices rose 3.5 per cent, \xE2\x80\x9Csharply\xE2\x80\x9D.";
    const std::vector<WordSpan> words = segmenter.words(text, 0, text.size());
    std::vector<std::string> got;
    for (const WordSpan& w : words) {
        got.push_back(text.substr(w.start, w.end - w.start));
    }
    EXPECT_EQ(got, (Strings{"Prices", "rose", "3.5", "per", "cent", "sharply"}));
    EXPECT_TRUE(words[2].isNumber);
    EXPECT_FALSE(words[0].isNumber);
    EXPECT_TRUE(segmenter.words(text, 5, 5).empty());
}

// Property: offsets over real text

TEST(Segmenter, OffsetsOverTheSampleStory)
{
    static const Segmenter segmenter;
    const IngestResult r = ingestFolder(parallax::test::sampleDir());
    ASSERT_EQ(r.documents.size(), 5U);
    for (const Document& d : r.documents) {
        const std::vector<Sentence> s = segmenter.sentences(d.text);
        EXPECT_GT(s.size(), 20U) << d.path;
        expectOffsetInvariants(d.text, s, d.path);
    }
}

TEST(Segmenter, OffsetsOverEveryCorpusFile)
{
    const fs::path corpus = parallax::test::corpusDir();
    if (!fs::is_directory(corpus)) {
        GTEST_SKIP() << "no corpus at " << corpus;
    }
    static const Segmenter segmenter;
    std::size_t files = 0;
    for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".txt") {
            continue;
        }
        const LoadResult loaded = loadDocument(entry.path(), entry.path().filename().string());
        if (!loaded.document) {
            continue;
        }
        const std::string& text = loaded.document->text;
        expectOffsetInvariants(text, segmenter.sentences(text), entry.path().string());
        ++files;
    }
    std::cout << "segmented " << files << " corpus files\n";
    EXPECT_GT(files, 0U);
}
