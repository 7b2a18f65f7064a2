// The clutter classifier (issue 5): one test per kind of evidence, on text written for the
// tests, then the corpus bars on real pages (skipped when ../shared/corpus is absent).
#include "core/boilerplate_classifier.h"
#include "core/comparison.h"
#include "core/line_features.h"
#include "core/metadata_reader.h"
#include "core/segmenter.h"
#include "core/utf8.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

using namespace parallax::core;

namespace {

Document classified(const std::string& text, const std::string& path = "page.txt")
{
    Document doc;
    doc.path = path;
    doc.text = text;
    doc.sentences = Segmenter().sentences(doc.text);
    BoilerplateClassifier().classify(doc, readHeader(doc.text, doc.path));
    return doc;
}

const Sentence& find(const Document& doc, std::string_view text)
{
    const auto it = std::find_if(doc.sentences.begin(), doc.sentences.end(),
                                 [&](const Sentence& s) { return s.text.find(text) != std::string::npos; });
    if (it == doc.sentences.end()) {
        throw std::runtime_error("no sentence with: " + std::string(text));
    }
    return *it;
}

// A fictional story as a page copy gives it: menu, headline, dateline, body, clutter after.
const std::string kBody =
    "The harbour council of Wetherby voted on Tuesday to close the old ferry pier for the "
    "winter, after engineers found that two of its timber piles had rotted through.\n"
    "Councillor Mara Ellison said the decision was not taken lightly, and that the town would "
    "run a shuttle bus to the new landing until the repairs are finished in the spring.\n"
    "Fishermen who moor at the pier said they had been warned about the timbers for years, "
    "and that they would move their boats to the eastern basin by the end of the month.\n"
    "The repairs are expected to cost about four hundred thousand pounds, most of which will "
    "come from a regional fund for coastal towns that the council applied to last year.\n"
    "A public meeting about the shuttle timetable will be held at the library next week, "
    "where residents can also see the engineers' drawings of the new pier.\n";

std::string page()
{
    return "Home\nNews\nSport\nWeather\n\n"
           "Wetherby closes its ferry pier for the winter\n"
           "12 March 2024, 09:15 GMT | Updated 10:02 GMT\n\n" +
           kBody +
           "\nShare this article\nFacebook\nTwitter\nEmail\n\n"
           "Related stories\nLighthouse keeper retires after forty years\n"
           "Storm damages sea wall in Kettleby\n"
           "Sign up for our morning newsletter\n"
           "© 2024 The Wetherby Example. All rights reserved.\n";
}

} // namespace

TEST(LineFeatures, ProseAndMenusDifferInShape)
{
    const LineFeatureReader reader;
    const LineFeatures prose =
        reader.read("The council said that it would close the pier for the winter.");
    EXPECT_TRUE(prose.endsSentence);
    EXPECT_GE(prose.stopShare(StopLanguage::English), 0.3);
    EXPECT_FALSE(prose.bullet);

    const LineFeatures menu = reader.read("  \xE2\x80\xA2 Weather Forecast Maps");
    EXPECT_TRUE(menu.bullet);
    EXPECT_FALSE(menu.endsSentence);
    EXPECT_EQ(menu.stopShare(StopLanguage::English), 0.0);

    const LineFeatures ticker = reader.read("Gold 1,978.67 +0.4%");
    EXPECT_GT(ticker.symbolShare(), 0.5);

    const LineFeatures table = reader.read("1     Ann Lake       5040      5");
    EXPECT_GE(table.columnGaps, 2U);
    EXPECT_TRUE(reader.read("3) Lego harbour set").bullet);
    EXPECT_TRUE(reader.read("[pier-photo]").bracketed);
}

TEST(LineFeatures, StopWordListsPerLanguage)
{
    const LineFeatureReader reader;
    const auto language = [&](std::string_view line) {
        const LineFeatures f = reader.read(line);
        return LineFeatureReader::dominantLanguage(f.stopWords, f.words);
    };
    EXPECT_EQ(language("Der Rat hat die alte Fähre für den Winter geschlossen, und die Stadt ist "
                       "nicht froh."),
              StopLanguage::German);
    EXPECT_EQ(language("Le conseil a fermé le quai pour l'hiver, et la ville est inquiète."),
              StopLanguage::French);
    EXPECT_EQ(language("O conselho fechou o cais para o inverno e a cidade não gostou."),
              StopLanguage::Portuguese);
    EXPECT_EQ(language("Совет закрыл причал на зиму, и в городе это не понравилось."),
              StopLanguage::Russian);
    // Names and numbers match no list: stop-word density is not used then.
    EXPECT_EQ(language("Ann Lake 5040 Bo Marsh 5035"), StopLanguage::Count);
}

TEST(ClutterPhrases, StockPhrasesInSeveralLanguages)
{
    using C = BoilerplateClassifier;
    EXPECT_EQ(C::clutterPhrase("ADVERTISEMENT"), ClutterKind::Advertising);
    EXPECT_EQ(C::clutterPhrase("Anzeige"), ClutterKind::Advertising);
    EXPECT_EQ(C::clutterPhrase("Subscribe to The Wetherby Example"), ClutterKind::Subscription);
    EXPECT_EQ(C::clutterPhrase("You have reached your limit of free articles."),
              ClutterKind::Subscription);
    EXPECT_EQ(C::clutterPhrase("Lesen Sie auch: Der Leuchtturm"), ClutterKind::RelatedLinks);
    EXPECT_EQ(C::clutterPhrase("Leia também: o farol"), ClutterKind::RelatedLinks);
    EXPECT_EQ(C::clutterPhrase("3 hours ago"), ClutterKind::Comments);
    EXPECT_EQ(C::clutterPhrase("Rating: 12 Votes"), ClutterKind::Comments);
    EXPECT_EQ(C::clutterPhrase("\xE2\x80\xBA Share on Facebook"), ClutterKind::Share);
    EXPECT_EQ(C::clutterPhrase("Accept all"), ClutterKind::CookieLegal);
    EXPECT_EQ(C::clutterPhrase("This site uses cookies to improve your experience."),
              ClutterKind::CookieLegal);
    EXPECT_EQ(C::clutterPhrase("0:00"), ClutterKind::MediaControls);
    EXPECT_EQ(C::clutterPhrase("Sign up for our morning newsletter"), ClutterKind::Newsletter);
    EXPECT_EQ(C::clutterPhrase("Home / News / Coast"), ClutterKind::Navigation);
    EXPECT_EQ(C::clutterPhrase("Brent Crude \xE2\x96\xB2 1.2%"), ClutterKind::MarketData);
    // Article text that merely mentions the words is not clutter.
    EXPECT_EQ(C::clutterPhrase("Bake the cookies for ten minutes, then let them cool."),
              ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Millions of readers subscribe to the paper's podcast, she said."),
              ClutterKind::None);
}

TEST(Captions, RecognisedByShapeEvenWhenLong)
{
    EXPECT_TRUE(BoilerplateClassifier::looksLikeCaption(
        "Councillor Mara Ellison walks along the closed ferry pier in Wetherby on Tuesday, "
        "where two timber piles had rotted through. (Photo by Jo Carter via Getty Images)"));
    EXPECT_TRUE(BoilerplateClassifier::looksLikeCaption("The old pier at dusk. (AFP photo)"));
    EXPECT_FALSE(BoilerplateClassifier::looksLikeCaption("The council voted to close the pier."));
}

TEST(Classifier, RunsAndPositionSetTheArticleApart)
{
    const Document doc = classified(page());
    EXPECT_TRUE(find(doc, "Home").isBoilerplate());
    EXPECT_EQ(find(doc, "Wetherby closes its ferry pier").kind, SentenceKind::Headline);
    EXPECT_EQ(find(doc, "12 March 2024").kind, SentenceKind::Byline);
    EXPECT_EQ(find(doc, "The harbour council of Wetherby").kind, SentenceKind::Body);
    EXPECT_EQ(find(doc, "A public meeting").kind, SentenceKind::Body);
    EXPECT_EQ(find(doc, "Share this article").clutter, ClutterKind::Share);
    EXPECT_EQ(find(doc, "Related stories").clutter, ClutterKind::RelatedLinks);
    // Link titles after the article are clutter by position, though nothing in them says so.
    EXPECT_TRUE(find(doc, "Lighthouse keeper retires").isBoilerplate());
    EXPECT_EQ(find(doc, "Sign up for our").clutter, ClutterKind::Newsletter);
    EXPECT_EQ(find(doc, "All rights reserved").clutter, ClutterKind::CookieLegal);
    // The headline and dateline feed the metadata when the file has no header.
    EXPECT_EQ(doc.metadata.title, "Wetherby closes its ferry pier for the winter");
    EXPECT_NE(doc.metadata.date.find("12 March 2024"), std::string::npos);
}

TEST(Classifier, RepetitionInsideTheDocument)
{
    std::string text = "Pier closes for winter\n";
    std::istringstream body(kBody);
    std::string line;
    while (std::getline(body, line)) {
        text += line + "\nShop the harbour collection\n";
    }
    text += "Wetherby pier at low tide\nWetherby pier at low tide\n";
    const Document doc = classified(text);
    for (const Sentence& s : doc.sentences) {
        if (s.text == "Shop the harbour collection" || s.text == "Wetherby pier at low tide") {
            EXPECT_TRUE(s.isBoilerplate()) << s.text;
        }
    }
    EXPECT_EQ(find(doc, "Fishermen who moor").kind, SentenceKind::Body);
}

TEST(Classifier, CommentThreadsAreNotTheArticle)
{
    std::string text = "Pier closes for winter\n" + kBody + "\n4 Comments\n";
    for (int i = 0; i < 3; ++i) {
        text += "Avatar\nharbourfan" + std::to_string(i) + "\n" + std::to_string(i + 2) +
                " days ago\nI have walked on that pier every morning for twenty years, and I think "
                "the council should have fixed the timbers long before they rotted, because "
                "everyone in the town could see that they were failing.\nReply\n";
    }
    const Document doc = classified(text);
    EXPECT_EQ(find(doc, "The repairs are expected").kind, SentenceKind::Body);
    for (const Sentence& s : doc.sentences) {
        if (s.text.starts_with("I have walked")) {
            EXPECT_TRUE(s.isBoilerplate());
        }
    }
    EXPECT_EQ(find(doc, "days ago").clutter, ClutterKind::Comments);
}

TEST(Classifier, TickersPollsAndPlayerControls)
{
    const std::string text = "Listen to this article\n0:00\n" + kBody +
                             "Voting Booth\nShould the pier be rebuilt in stone?\n"
                             "Yes\nNo\nRand - Dollar\n18.17\n-0.5%\nGold\n1,978.67\n+0.4%\n";
    const Document doc = classified(text);
    EXPECT_EQ(find(doc, "Listen to this article").clutter, ClutterKind::MediaControls);
    EXPECT_EQ(find(doc, "0:00").clutter, ClutterKind::MediaControls);
    EXPECT_TRUE(find(doc, "18.17").isBoilerplate());
    EXPECT_TRUE(find(doc, "-0.5%").isBoilerplate());
    EXPECT_TRUE(find(doc, "Should the pier be rebuilt").isBoilerplate());
    EXPECT_EQ(find(doc, "Councillor Mara Ellison").kind, SentenceKind::Body);
}

TEST(Classifier, CaptionsAndSubheadingsInsideTheArticle)
{
    std::string text = "Pier closes for winter\n";
    std::istringstream body(kBody);
    std::string line;
    int n = 0;
    while (std::getline(body, line)) {
        text += line + "\n";
        if (++n == 2) {
            text += "Engineers inspect the rotted timber piles under the old ferry pier on a grey "
                    "morning in Wetherby\nWhat happens next\n";
        }
    }
    const Document doc = classified(text);
    EXPECT_EQ(find(doc, "Engineers inspect the rotted").kind, SentenceKind::Caption);
    EXPECT_EQ(find(doc, "What happens next").kind, SentenceKind::Subheading);
    EXPECT_FALSE(find(doc, "What happens next").isBoilerplate());
}

TEST(Classifier, TablesInsideTheArticleAreKept)
{
    const std::string text = "Pier closes for winter\n" + kBody +
                             "Pier      Piles      Cost\nOld pier      12      400000\n"
                             "East basin      4      90000\n"
                             "The council will publish the final figures for both sites once the "
                             "engineers have finished their survey in the spring.\n";
    const Document doc = classified(text);
    EXPECT_EQ(find(doc, "Old pier").kind, SentenceKind::Body);
}

TEST(Classifier, ManyLinesClassifyWithoutError)
{
    // Big input: a long page must classify completely (speed is measured by the benchmark).
    std::string text;
    for (int i = 0; i < 2000; ++i) {
        text += kBody + "ADVERTISEMENT\n";
    }
    const Document doc = classified(text);
    EXPECT_GT(doc.sentences.size(), 10000U);
    EXPECT_TRUE(std::all_of(doc.sentences.begin(), doc.sentences.end(), [](const Sentence& s) {
        return s.text != "ADVERTISEMENT" || s.isBoilerplate();
    }));
}

namespace {

CompareOptions singleThread()
{
    CompareOptions options;
    options.threads = 1;
    return options;
}

Comparison compareTexts(const std::vector<std::pair<std::string, std::string>>& files,
                        const std::vector<Correction>& corrections = {})
{
    std::vector<Document> docs;
    for (const auto& [path, text] : files) {
        Document d;
        d.path = path;
        d.text = text;
        docs.push_back(std::move(d));
    }
    return compareDocuments(std::move(docs), singleThread(), corrections);
}

const Sentence& findIn(const Comparison& c, std::size_t d, std::string_view text)
{
    return find(c.documents[d], text);
}

} // namespace

TEST(Corrections, SentenceScopeMarksOneSentence)
{
    const std::string text = "Pier closes for winter\n" + kBody + "Harbour notes\n" + kBody.substr(0, 40) +
                             " ends here.\n";
    Correction c;
    c.document = "a.txt";
    c.text = "Councillor Mara Ellison said the decision was not taken lightly, and that the town "
             "would run a shuttle bus to the new landing until the repairs are finished in the "
             "spring.";
    c.isClutter = true;
    c.clutter = ClutterKind::Advertising;
    const Comparison cmp = compareTexts({{"a.txt", text}, {"b.txt", kBody}}, {c});
    const Sentence& s = findIn(cmp, 0, "Councillor Mara Ellison");
    EXPECT_EQ(s.kind, SentenceKind::Boilerplate);
    EXPECT_EQ(s.clutter, ClutterKind::Advertising);
    EXPECT_EQ(s.source, KindSource::Correction);
    // The other outlet's copy of the sentence is untouched.
    EXPECT_EQ(findIn(cmp, 1, "Councillor Mara Ellison").kind, SentenceKind::Body);
}

TEST(Corrections, SimilarLinesAcrossTheOutletAndNumbers)
{
    const std::string a = "Pier closes for winter\n" + kBody + "Seen by 120 readers today\n";
    const std::string b = "Pier closes for winter\n" + kBody + "Seen by 87 readers today\n";
    Correction c;
    c.document = "a.txt";
    c.text = "Seen by 120 readers today";
    c.scope = Correction::Scope::SimilarLines;
    c.outlet = "wetherby.example";
    std::vector<Document> docs(2);
    docs[0].path = "a.txt";
    docs[0].text = a;
    docs[0].metadata.outlet = "wetherby.example";
    docs[1].path = "b.txt";
    docs[1].text = b;
    docs[1].metadata.outlet = "wetherby.example";
    const Comparison cmp = compareDocuments(std::move(docs), singleThread(), {c});
    EXPECT_EQ(findIn(cmp, 0, "Seen by 120").source, KindSource::Correction);
    EXPECT_TRUE(findIn(cmp, 0, "Seen by 120").isBoilerplate());
    EXPECT_TRUE(findIn(cmp, 1, "Seen by 87").isBoilerplate());
    EXPECT_EQ(findIn(cmp, 1, "Seen by 87").source, KindSource::Correction);
}

TEST(Corrections, ArticleTextWinsOverTheClassifier)
{
    const std::string text = "Pier closes for winter\n" + kBody + "ADVERTISEMENT\n";
    Correction c;
    c.document = "a.txt";
    c.text = "ADVERTISEMENT";
    c.isClutter = false;
    const Comparison cmp = compareTexts({{"a.txt", text}}, {c});
    const Sentence& s = findIn(cmp, 0, "ADVERTISEMENT");
    EXPECT_TRUE(s.isArticleText());
    EXPECT_EQ(s.source, KindSource::Correction);
}

TEST(OtherOutlets, AlignedSentenceIsRestoredToArticleText)
{
    // Outlet A prints one paragraph after a newsletter box, where it looks like page text on
    // its own; outlet B has the same sentence in its article.
    const std::string moved =
        "Harbour master Tom Reyes said the eastern basin could take forty more boats this "
        "winter if the council dredges it before December.\n";
    const std::string a = "Pier closes for winter\n" + kBody + "Sign up for our newsletter\n" +
                          "Sign up for our newsletter today\n" + moved;
    const std::string b = "Wetherby pier to close\n" + moved + kBody;
    const Comparison alone = compareTexts({{"a.txt", a}});
    EXPECT_TRUE(findIn(alone, 0, "Harbour master Tom Reyes").isBoilerplate());
    const Comparison cmp = compareTexts({{"a.txt", a}, {"b.txt", b}});
    EXPECT_TRUE(findIn(cmp, 0, "Harbour master Tom Reyes").isArticleText());
    EXPECT_TRUE(findIn(cmp, 0, "Sign up for our newsletter").isBoilerplate());
}
