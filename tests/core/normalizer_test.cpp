#include "core/normalizer.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace parallax::core;

namespace {

std::vector<std::string> norms(const Normalizer& n, std::string_view text)
{
    std::vector<std::string> out;
    for (const Token& t : n.tokens(text, 0, text.size())) {
        out.push_back(t.norm);
    }
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

// One form for what outlets type differently

TEST(Normalizer, QuotesDashesSpacesAndCase)
{
    const Normalizer n("en_US.UTF-8", false);
    EXPECT_EQ(n.normalize("\xE2\x80\x9CIt\xE2\x80\x99s  FINE\xE2\x80\x9D \xE2\x80\x94 ok"),
              n.normalize("\"it's fine\" - ok"));
    EXPECT_EQ(n.normalize("10\xC2\xA0"
                          "000\xE2\x80\xAFkm"),
              "10 000 km");
    EXPECT_EQ(n.normalize("  \xC2\xA0 padded \t "), "padded");
    EXPECT_EQ(n.normalize(""), "");
}

TEST(Normalizer, NfkcAndCaseFolding)
{
    const Normalizer n("en_US.UTF-8", false);
    EXPECT_EQ(n.normalize("\xEF\xAC\x81le"), "file");                   // the "fi" ligature
    EXPECT_EQ(n.normalize("Cafe\xCC\x81"), n.normalize("caf\xC3\xA9")); // decomposed é
    EXPECT_EQ(n.normalize("STRA\xC3\x9F"
                          "E"),
              n.normalize("strasse"));
}

TEST(Normalizer, TokensDropPunctuationAndKeepOffsets)
{
    const Normalizer n("en_US.UTF-8", false);
    const std::string text = "\xE2\x80\x9CRen\xC3\xA9"
                             "e\xE2\x80\x99s\xE2\x80\x9D ship, DEFENCE!";
    const std::vector<Token> tokens = n.tokens(text, 0, text.size());
    ASSERT_EQ(tokens.size(), 3U);
    EXPECT_EQ(tokens[0].norm, "ren\xC3\xA9"
                              "e"); // possessive dropped
    const std::string firstWord = "Ren\xC3\xA9"
                                  "e\xE2\x80\x99s";
    EXPECT_EQ(text.substr(tokens[0].start, tokens[0].end - tokens[0].start), firstWord);
    EXPECT_TRUE(tokens[0].isCapitalised);
    EXPECT_EQ(tokens[2].norm, "defense");
    EXPECT_FALSE(tokens[1].isCapitalised);
}

TEST(Normalizer, SpellingVariantsMatch)
{
    const Normalizer n("en_US.UTF-8", false);
    EXPECT_EQ(norms(n, "Kiev defence centre"), norms(n, "Kyiv defense center"));
    EXPECT_EQ(norms(n, "a U.S. ferry, a US pier"),
              (Strings{"a", "u.s", "ferry", "a", "u.s", "pier"}));
}

TEST(Normalizer, BritishSpellingMatchesAmerican)
{
    // A British and an American outlet's copy of one statement differ in nothing else.
    const Normalizer n("en_US.UTF-8", false);
    const std::vector<std::pair<std::string_view, std::string_view>> pairs{
        {"colours", "colors"},
        {"favourite", "favorite"},
        {"honourable", "honorable"},
        {"neighbourhoods", "neighborhoods"},
        {"labourers", "laborers"},
        {"harbour's", "harbor's"},
        {"organised", "organized"},
        {"organisations", "organizations"},
        {"realising", "realizing"},
        {"privatisation", "privatization"},
        {"hospitalised", "hospitalized"},
        {"analysed", "analyzed"},
        {"paralysing", "paralyzing"},
        {"centres", "centers"},
        {"centred", "centered"},
        {"kilometres", "kilometers"},
        {"theatre", "theater"},
        {"travellers", "travelers"},
        {"cancelled", "canceled"},
        {"paediatric", "pediatric"},
        {"manoeuvres", "maneuvers"},
        {"programme's", "program's"},
        {"defences", "defenses"},
        {"dialogue", "dialog"},
        {"judgement", "judgment"},
        {"towards", "toward"},
        {"grey", "gray"},
        {"enrolment", "enrollment"},
        {"sceptical", "skeptical"},
    };
    for (const auto& [british, american] : pairs) {
        EXPECT_EQ(norms(n, british), norms(n, american)) << british;
    }
}

TEST(Normalizer, PercentIsOneWordInEveryForm)
{
    const Normalizer n("en_US.UTF-8", false);
    const Strings five{"5", "%"};
    EXPECT_EQ(norms(n, "5%"), five);
    EXPECT_EQ(norms(n, "5 %"), five);
    EXPECT_EQ(norms(n, "5 percent"), five);
    EXPECT_EQ(norms(n, "5 per cent"), five);
    EXPECT_EQ(norms(n, "prices per day"), (Strings{"prices", "per", "day"}));
    // The two words are one token spanning both, for the word diff to mark as a whole.
    const std::string text = "up 5 per cent.";
    const std::vector<Token> tokens = n.tokens(text, 0, text.size());
    ASSERT_EQ(tokens.size(), 3U);
    EXPECT_EQ(text.substr(tokens[2].start, tokens[2].end - tokens[2].start), "per cent");
    EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "5");
    // A sign that belongs to no number stays punctuation.
    EXPECT_EQ(norms(n, "a % sign"), (Strings{"a", "sign"}));

    const Normalizer german("de_DE.UTF-8", false);
    EXPECT_EQ(norms(german, "5 Prozent"), norms(german, "5 %"));
    const Normalizer french("fr_FR.UTF-8", false);
    EXPECT_EQ(norms(french, "5 pour cent"), norms(french, "5\u00A0%"));
}

TEST(Normalizer, NumbersInEveryDeskStyle)
{
    const Normalizer n("en_US.UTF-8", false);
    EXPECT_EQ(norms(n, "Three people"), norms(n, "3 people"));
    EXPECT_EQ(norms(n, "twenty-five"), norms(n, "20-5"));
    EXPECT_EQ(norms(n, "1,000 homes"), norms(n, "1000 homes"));
    EXPECT_EQ(norms(n, "2,500,000.75"), (Strings{"2500000.75"}));
    EXPECT_EQ(norms(n, "at 10 a.m."), norms(n, "at 10am"));
    EXPECT_EQ(norms(n, "7 p.m. Friday"), norms(n, "7pm Friday"));
    EXPECT_EQ(norms(n, "$5 billion"), norms(n, "$5bn"));
    EXPECT_EQ(norms(n, "£5 million"), norms(n, "£5m"));
    // A number word is a number: it weighs like one and is not stemmed.
    const std::string three = "three";
    const std::vector<Token> tokens = n.tokens(three, 0, three.size());
    ASSERT_EQ(tokens.size(), 1U);
    EXPECT_TRUE(tokens[0].isNumber);
    // Not merged: "one" (a pronoun as often as a number), a distance, a list, a code.
    EXPECT_EQ(norms(n, "no one"), (Strings{"no", "one"}));
    EXPECT_EQ(norms(n, "the 100m final"), (Strings{"the", "100m", "final"}));
    EXPECT_EQ(norms(n, "1,2,3"), (Strings{"1,2,3"}));
    EXPECT_EQ(norms(n, "12,34"), (Strings{"12,34"}));
    // The split halves keep their own offsets, for the word diff.
    const std::string time = "at 10am";
    const std::vector<Token> parts = n.tokens(time, 0, time.size());
    ASSERT_EQ(parts.size(), 3U);
    EXPECT_EQ(time.substr(parts[1].start, parts[1].end - parts[1].start), "10");
    EXPECT_EQ(time.substr(parts[2].start, parts[2].end - parts[2].start), "am");
    // Full-width digits are fewer bytes once normalised: such a word is not cut (a cut at a
    // normalised offset would fall inside a character of the original).
    const std::string wide = "\xEF\xBC\x91\xEF\xBC\x90"
                             "am";
    const std::vector<Token> whole = n.tokens(wide, 0, wide.size());
    ASSERT_EQ(whole.size(), 1U);
    EXPECT_EQ(whole[0].end, wide.size());
    // Other languages' number words are their own words; "1,5" is a decimal in German.
    const Normalizer german("de_DE.UTF-8", false);
    EXPECT_EQ(norms(german, "drei Menschen, 1,500 Euro"),
              (Strings{"drei", "menschen", "1,500", "euro"}));
}

TEST(Normalizer, TitlesAndStatesAsAbbreviatedAndWrittenOut)
{
    // AP's "Sen. Chuck Grassley, R-Iowa" and another paper's "Senator Chuck Grassley".
    const Normalizer n("en_US.UTF-8", true);
    const auto stems = [&n](std::string_view text) {
        std::vector<std::string> out;
        for (const Token& t : n.tokens(text, 0, text.size())) {
            out.push_back(t.stem);
        }
        return out;
    };
    EXPECT_EQ(stems("Sen. Grassley"), stems("Senator Grassley"));
    EXPECT_EQ(stems("Gov. Brown of Calif."), stems("Governor Brown of California"));
    EXPECT_EQ(stems("Lt. Gen. Smith"), stems("Lieutenant General Smith"));
    // Abbreviations that are words too stay words.
    EXPECT_EQ(norms(n, "ill miss wash ore ark"), (Strings{"ill", "miss", "wash", "ore", "ark"}));
}

TEST(Normalizer, SpellingRulesKeepDistinctWordsApart)
{
    const Normalizer n("en_US.UTF-8", false);
    // Bare patterns would merge these: doubling (filled / filed), "-our" (four / for).
    EXPECT_NE(norms(n, "filled"), norms(n, "filed"));
    EXPECT_NE(norms(n, "rolled"), norms(n, "roled"));
    // ("four" is the number 4, NumbersInEveryDeskStyle; never "for".)
    EXPECT_EQ(norms(n, "four hours on tour with our pour"),
              (Strings{"4", "hours", "on", "tour", "with", "our", "pour"}));
    // Words that end in -ise in American English too, and words that only look like it.
    EXPECT_EQ(
        norms(n, "promise surprise exercise advertised compromising uprising"),
        (Strings{"promise", "surprise", "exercise", "advertised", "compromising", "uprising"}));
    EXPECT_EQ(norms(n, "crises rise raised wiser Isis Paris's basis"),
              (Strings{"crises", "rise", "raised", "wiser", "isis", "paris", "basis"}));
    // Other languages keep their own: French "organise" is a French word.
    const Normalizer french("fr_FR.UTF-8", false);
    EXPECT_EQ(norms(french, "Elle organise le centre"),
              (Strings{"elle", "organise", "le", "centre"}));
    // Place names take their current spelling in any language.
    EXPECT_EQ(norms(french, "Kiev"), (Strings{"kyiv"}));
}

TEST(Normalizer, DottedInitialismsMatchTheirPlainForm)
{
    const Normalizer n("en_US.UTF-8", false);
    EXPECT_EQ(norms(n, "the K.F.R.A. inspectors"), norms(n, "the KFRA inspectors"));
    EXPECT_EQ(norms(n, "M.C.B. divers"), (Strings{"mcb", "divers"}));
    EXPECT_EQ(norms(n, "a U.K. port, a UK quay"),
              (Strings{"a", "u.k", "port", "a", "u.k", "quay"}));
    // The pronoun is not the country, and carries no content.
    const std::vector<Token> pronoun = n.tokens("told us", 0, 7);
    ASSERT_EQ(pronoun.size(), 2u);
    EXPECT_EQ(pronoun[1].norm, "us");
    EXPECT_TRUE(pronoun[1].isStopWord);
    // Ordinary words with dots are left alone.
    EXPECT_EQ(norms(n, "3.5 percent"), (Strings{"3.5", "%"}));
}

TEST(Normalizer, StemmingAndStopWords)
{
    const Normalizer stemmed("en_US.UTF-8", true);
    const std::vector<Token> a = stemmed.tokens("rescued", 0, 7);
    const std::vector<Token> b = stemmed.tokens("rescuing", 0, 8);
    ASSERT_EQ(a.size(), 1U);
    ASSERT_EQ(b.size(), 1U);
    EXPECT_EQ(a[0].stem, b[0].stem);
    EXPECT_NE(a[0].norm, b[0].norm);

    const Normalizer plain("en_US.UTF-8", false);
    EXPECT_EQ(plain.tokens("rescued", 0, 7)[0].stem, "rescued");
    EXPECT_TRUE(isStopWord("the"));
    EXPECT_FALSE(isStopWord("ferry"));
    EXPECT_TRUE(isStopWord("der", "de"));
}

TEST(Normalizer, NumbersAreMarked)
{
    const Normalizer n;
    const std::vector<Token> tokens = n.tokens("225 people", 0, 10);
    ASSERT_EQ(tokens.size(), 2U);
    EXPECT_TRUE(tokens[0].isNumber);
    EXPECT_EQ(tokens[0].stem, "225");
    EXPECT_FALSE(tokens[1].isNumber);
}

TEST(Normalizer, UnknownLocaleFallsBack)
{
    const Normalizer n("xx_YY", true);
    EXPECT_EQ(n.normalize("Hello World"), "hello world");
    EXPECT_EQ(n.tokens("Hello World", 0, 11).size(), 2U);
}
