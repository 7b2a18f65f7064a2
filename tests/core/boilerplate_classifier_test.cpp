// The clutter classifier (issue 5): one test per kind of evidence, on text written for the
// tests, then the corpus bars on real pages (skipped when ../shared/corpus is absent).
#include "core/boilerplate_classifier.h"
#include "core/comparison.h"
#include "core/line_features.h"
#include "core/metadata_reader.h"
#include "core/segmenter.h"
#include "core/utf8.h"
#include "test_support.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
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
    const auto it =
        std::find_if(doc.sentences.begin(), doc.sentences.end(),
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

// The story under its headline with `inserted` after its `afterLine`-th paragraph.
std::string storyWith(int afterLine, const std::string& inserted)
{
    std::string text = "Pier closes for winter\n";
    std::istringstream body(kBody);
    std::string line;
    int n = 0;
    while (std::getline(body, line)) {
        text += line + "\n";
        if (++n == afterLine) {
            text += inserted;
        }
    }
    return text;
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
    const Document doc = classified(
        storyWith(2, "Engineers inspect the rotted timber piles under the old ferry pier on a "
                     "grey morning in Wetherby\nWhat happens next\n"));
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

TEST(ClutterPhrases, WeatherWidgets)
{
    using C = BoilerplateClassifier;
    // A place, a temperature and the sky, as the widget in a page's header prints them.
    EXPECT_EQ(C::clutterPhrase("Wetherby  9\u00B0C  Drizzle"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Kettleby 14\xC2\xB0 / 6\xC2\xB0"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Weather: 21 \u00B0C sunny"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Wetherby\u00A03\u00BAF\u00A0Snow"), ClutterKind::Other);
    // Headlines and sentences with a temperature in them are not widgets.
    EXPECT_EQ(C::clutterPhrase("Heatwave brings 40\u00B0C to the harbour"), ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Pier Shut As Temperatures Reach 40\u00B0C"), ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Fog lifted by noon, when it was 11\u00B0C."), ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Wetherby 9 Drizzle"), ClutterKind::None); // no degree sign
}

TEST(ClutterPhrases, NewsroomContactAndLinkPrompts)
{
    using C = BoilerplateClassifier;
    EXPECT_EQ(C::clutterPhrase("Got a story? Message the newsroom on 0123 456 789."),
              ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Have a tip?"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Send us your photos of the storm"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Mara Ellison may be reached at mara@wetherby.example."),
              ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Click here to see the new shuttle timetable"), ClutterKind::Other);
    EXPECT_EQ(C::clutterPhrase("Clique na imagem acima"), ClutterKind::Other);
    // Reporting that mentions a phone line or ends on a link is article text.
    EXPECT_EQ(C::clutterPhrase("The harbour office can be reached at 0123 456 789 until May."),
              ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Councillors said the survey, which residents can read at the "
                               "library or online, would answer most questions; click here."),
              ClutterKind::None);
    // The reporter's and the outlet's social accounts; sharing prompts.
    EXPECT_EQ(C::clutterPhrase("Follow her on Twitter @maraellison"), ClutterKind::Share);
    EXPECT_EQ(C::clutterPhrase("Follow the Example Opinion desk on Facebook (@ExampleOpinion)"),
              ClutterKind::Share);
    EXPECT_EQ(C::clutterPhrase("Like this story? Share it with a friend!"), ClutterKind::Share);
    EXPECT_EQ(C::clutterPhrase("Follow the shuttle's route on the council's Facebook page."),
              ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Listen live: Harbour Radio Breakfast"), ClutterKind::MediaControls);
}

TEST(ClutterPhrases, CreditsCountsAndCopyright)
{
    using C = BoilerplateClassifier;
    // A photo credit with a slash is a caption, not a breadcrumb trail.
    EXPECT_EQ(C::clutterPhrase("(Photo: Jo Carter / Wetherby Example)"), ClutterKind::None);
    EXPECT_TRUE(C::looksLikeCaption("(Photo: Jo Carter / Wetherby Example)"));
    EXPECT_EQ(C::clutterPhrase("Home / News / Coast"), ClutterKind::Navigation);
    // "©" and a name is a credit; "©" and a year is the page's copyright line.
    EXPECT_TRUE(C::looksLikeCaption("The pier at dusk. \xC2\xA9 Jo Carter"));
    EXPECT_EQ(C::clutterPhrase("\xC2\xA9 Jo Carter"), ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("\xC2\xA9 2024 The Wetherby Example"), ClutterKind::CookieLegal);
    EXPECT_EQ(C::clutterPhrase("\xE2\x80\xA2 \xC2\xA9 2024 Example Media"),
              ClutterKind::CookieLegal);
    // A count in brackets after a label: the label decides.
    EXPECT_EQ(C::clutterPhrase("Comments (8)"), ClutterKind::Comments);
    EXPECT_EQ(C::clutterPhrase("Share [12]"), ClutterKind::Share);
}

TEST(ClutterPhrases, NewsletterBoxesNotSentencesAboutNewsletters)
{
    using C = BoilerplateClassifier;
    EXPECT_EQ(C::clutterPhrase("Sign up to the Wetherby Morning Mail"), ClutterKind::Newsletter);
    EXPECT_EQ(C::clutterPhrase("Weekday harbour briefing newsletter"), ClutterKind::Newsletter);
    EXPECT_EQ(C::clutterPhrase("Get the harbour newsletter in your inbox every Friday."),
              ClutterKind::Newsletter);
    EXPECT_EQ(C::clutterPhrase("Newsletter: the Morning Tide, the day's news before breakfast."),
              ClutterKind::Newsletter);
    // Reporting in the third person, however short.
    EXPECT_EQ(C::clutterPhrase("The council said its newsletter reached 4,000 homes last spring."),
              ClutterKind::None);
    EXPECT_EQ(C::clutterPhrase("Nobody knows how many residents will sign up for the new "
                               "shuttle pass."),
              ClutterKind::None);
}

TEST(Classifier, WidgetsAndTipLinesInsideTheArticle)
{
    std::string text = storyWith(3, "Wetherby  9\u00B0C  Drizzle\n");
    text += "Got a story? Message the newsroom on 0123 456 789.\n";
    const Document doc = classified(text);
    // Amid the article a widget is a heading by shape: its words make it clutter.
    EXPECT_TRUE(find(doc, "Drizzle").isBoilerplate());
    EXPECT_EQ(find(doc, "Drizzle").clutter, ClutterKind::Other);
    EXPECT_GE(find(doc, "Drizzle").confidence, 0.9F); // other outlets cannot restore it
    EXPECT_TRUE(find(doc, "Got a story?").isBoilerplate());
    EXPECT_TRUE(find(doc, "Message the newsroom").isBoilerplate());
    EXPECT_EQ(find(doc, "Fishermen who moor").kind, SentenceKind::Body);
    EXPECT_EQ(find(doc, "A public meeting").kind, SentenceKind::Body);
}

TEST(Classifier, SentenceAboutANewsletterDoesNotEndTheArticle)
{
    // Taken for a newsletter box, the sentence would be a section label, and the short
    // paragraph after it would fall outside the article.
    const Document doc =
        classified("Pier closes for winter\n" + kBody +
                   "The harbour office will post updates in its newsletter.\n"
                   "The shuttle bus will leave the market square every twenty minutes.\n"
                   "Related stories\nLighthouse keeper retires after forty years\n");
    EXPECT_EQ(find(doc, "post updates in its newsletter").kind, SentenceKind::Body);
    EXPECT_EQ(find(doc, "The shuttle bus will leave").kind, SentenceKind::Body);
    EXPECT_TRUE(find(doc, "Lighthouse keeper retires").isBoilerplate());
}

TEST(Classifier, NumberedListTheArticleIntroduces)
{
    // The last paragraph announces the list with a colon: the items go on with the article,
    // their pictures stay clutter.
    const std::string list = "1) Waterproof boots for the shingle\n[boots-300x300]\n"
                             "2) A torch with spare batteries\n[torch-300x200]\n"
                             "3) A flask of tea for the long wait\n"
                             "4) The printed shuttle timetable\n";
    const Document doc = classified("Pier closes for winter\n" + kBody +
                                    "Until the new landing opens, regulars recommend packing "
                                    "these four things for the crossing:\n" +
                                    list + "Most read\nLighthouse keeper retires\n");
    for (const char* item : {"Waterproof boots", "A torch", "A flask", "The printed shuttle"}) {
        EXPECT_EQ(find(doc, item).kind, SentenceKind::Body) << item;
    }
    EXPECT_EQ(find(doc, "packing these four things").kind, SentenceKind::Body);
    EXPECT_TRUE(find(doc, "[boots-300x300]").isBoilerplate());
    EXPECT_TRUE(find(doc, "Lighthouse keeper retires").isBoilerplate());

    // Under a label, the same numbered lines are a list of links.
    const Document links = classified("Pier closes for winter\n" + kBody + "Most read\n" +
                                      "1. Lighthouse keeper retires after forty years\n"
                                      "2. Storm damages sea wall in Kettleby\n"
                                      "3. Harbour cafe wins a prize for its chowder\n");
    for (const char* item : {"Lighthouse keeper", "Storm damages", "Harbour cafe"}) {
        EXPECT_TRUE(find(links, item).isBoilerplate()) << item;
    }
}

TEST(Classifier, TitleHeaderHeadlineIsTheValueAlone)
{
    const std::string text = "Title:   Wetherby closes its ferry pier\n"
                             "Source: The Wetherby Example\n"
                             "Date: 2024-03-12\n\n" +
                             kBody;
    const Document doc = classified(text);
    const Sentence& headline = doc.sentences.front();
    EXPECT_EQ(headline.kind, SentenceKind::Headline);
    EXPECT_EQ(headline.source, KindSource::Header);
    EXPECT_EQ(headline.text, "Wetherby closes its ferry pier");
    // A UTF-8 byte offset into the text, past the key, the colon and the spaces.
    EXPECT_EQ(headline.start, std::string("Title:   ").size());
    EXPECT_EQ(text.substr(headline.start, headline.end - headline.start), headline.text);
    // The other header lines keep their keys: they say what the value is.
    EXPECT_EQ(find(doc, "Source:").text, "Source: The Wetherby Example");
    EXPECT_EQ(find(doc, "Source:").kind, SentenceKind::Byline);
    EXPECT_EQ(find(doc, "Date:").text, "Date: 2024-03-12");

    // Without a header the headline line is whole.
    const Document plain = classified("Wetherby closes its ferry pier\n\n" + kBody);
    EXPECT_EQ(plain.sentences.front().text, "Wetherby closes its ferry pier");
    EXPECT_EQ(plain.sentences.front().start, 0U);
}

// Articles saved as text (an archive, a reader view): headline on the first line, then prose,
// no header and no clutter at all.

TEST(Classifier, FirstLineAboveTheArticleIsTheHeadline)
{
    // Long and unpunctuated, it would be a caption amid the article; with a quotation it would
    // look like comment furniture ("... 40 Years Ago"); in title case it may end in a dot.
    for (const std::string headline :
         {"Wetherby council shuts ferry pier as divers find piles 'nobody could have missed'",
          "Wetherby Fishermen Remember the Great Storm: \xE2\x80\x98It Was 40 Years "
          "Ago\xE2\x80\x99",
          "Pier Repairs Get Money From the E.U.", "Pier closes for winter"}) {
        const Document doc = classified(headline + "\n\n" + kBody);
        EXPECT_EQ(doc.sentences.front().kind, SentenceKind::Headline) << headline;
        EXPECT_EQ(doc.metadata.title, headline);
        EXPECT_EQ(find(doc, "The harbour council of Wetherby").kind, SentenceKind::Body);
    }
}

TEST(Classifier, HeadlinePrintedTwiceIsTheHeadlineAndThenClutter)
{
    // A copied page often prints its title twice: the first copy is the headline, the second
    // page furniture (as a headline it would stand in a row of its own, an "addition").
    const Document doc = classified("Pier closes for winter\n\nPier closes for winter\n\n" + kBody);
    ASSERT_GE(doc.sentences.size(), 2U);
    EXPECT_EQ(doc.sentences[0].kind, SentenceKind::Headline);
    EXPECT_TRUE(doc.sentences[1].isBoilerplate());
    EXPECT_EQ(doc.sentences[1].clutter, ClutterKind::Other);
    EXPECT_EQ(doc.metadata.title, "Pier closes for winter");
    EXPECT_EQ(find(doc, "The harbour council of Wetherby").kind, SentenceKind::Body);
}

TEST(Classifier, FirstLineThatIsNoHeadline)
{
    // The article's own first sentence, stock clutter, a list item: not a headline.
    EXPECT_EQ(classified(kBody).sentences.front().kind, SentenceKind::Body);
    EXPECT_NE(classified("The pier is shut.\n" + kBody).sentences.front().kind,
              SentenceKind::Headline);
    const Document advert = classified("Advertisement\n" + kBody);
    EXPECT_EQ(advert.sentences.front().clutter, ClutterKind::Advertising);
    EXPECT_NE(classified("\xE2\x80\xA2 Pier closes for winter\n" + kBody).sentences.front().kind,
              SentenceKind::Headline);
}

TEST(Classifier, PlainProseFileHasLittleClutter)
{
    // Nothing but paragraphs of prose: a sentence the story repeats is the story's, and a
    // paragraph that lost its full stop is no photo caption.
    std::string text = "Pier closes for winter\n\n" + kBody;
    text += "The shuttle bus will leave the market square every twenty minutes.\n";
    text += "Mara Ellison said the town had waited long enough for a pier it could be proud of\n";
    text += "The shuttle bus will leave the market square every twenty minutes.\n";
    text += "Residents who cannot reach the library can send their questions to the council by "
            "post, and the answers will be printed in the parish magazine.\n";
    text += "Divers will check the remaining piles again in the summer.\n";
    const Document doc = classified(text);
    for (const Sentence& s : doc.sentences) {
        EXPECT_FALSE(s.isBoilerplate()) << s.text;
    }
    EXPECT_EQ(find(doc, "Mara Ellison said the town").kind, SentenceKind::Body);
    // The same lines in a page copy with its menu and link lists stay furniture.
    const Document page =
        classified("Home\nNews\nSport\nWeather\nShop\nTravel\nPuzzles\nVideo\n" + text +
                   "Related stories\nLighthouse keeper retires\nStorm damages sea wall\n"
                   "Sign up for our morning newsletter\n");
    EXPECT_EQ(find(page, "Mara Ellison said the town").kind, SentenceKind::Caption);
    EXPECT_TRUE(find(page, "The shuttle bus will leave").isBoilerplate());
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
    const std::string text = "Pier closes for winter\n" + kBody + "Harbour notes\n" +
                             kBody.substr(0, 40) + " ends here.\n";
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

// ---- Corpus bars (issue 5). Skipped without ../shared/corpus. scripts/eval-clutter.sh prints
// the same figures with the official scorer; these re-measure them in-process.
namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Document alone(const std::string& path, std::string text)
{
    std::vector<Document> docs(1);
    docs[0].path = path;
    docs[0].text = std::move(text);
    return std::move(compareDocuments(std::move(docs), singleThread()).documents.front());
}

// \w+ tokens as Python's re sees them, near enough: letters, digits, underscore, any
// non-ASCII letter.
std::vector<std::string> wordTokens(std::string_view text)
{
    std::vector<std::string> tokens;
    std::string current;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t at = pos;
        const char32_t c = utf8::next(text, pos);
        const bool word = (c < 0x80 && (std::isalnum(static_cast<int>(c)) != 0 || c == U'_')) ||
                          (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) &&
                           !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF00 && c <= 0xFF0F));
        if (word) {
            current.append(text.substr(at, pos - at));
        } else if (!current.empty()) {
            tokens.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) {
        tokens.push_back(std::move(current));
    }
    return tokens;
}

std::map<std::string, int> shingles(std::string_view text)
{
    const std::vector<std::string> t = wordTokens(text);
    std::map<std::string, int> result;
    for (std::size_t i = 0; i + 4 <= std::max<std::size_t>(t.size(), 4) && i < t.size(); ++i) {
        std::string key;
        for (std::size_t k = i; k < std::min(i + 4, t.size()); ++k) {
            key += t[k];
            key += '\x1F';
        }
        ++result[key];
        if (t.size() < 4) {
            break;
        }
    }
    return result;
}

} // namespace

TEST(CorpusBars, SeedsClutterRecallAndArticleFlags)
{
    const auto seeds = parallax::test::corpusDir() / "seeds";
    const auto goldPath = parallax::test::goldenDir() / "seeds-clutter.json";
    if (!std::filesystem::exists(seeds)) {
        GTEST_SKIP() << "no corpus at " << seeds;
    }
    const nlohmann::json gold = nlohmann::json::parse(readFile(goldPath));
    std::size_t clutter = 0;
    std::size_t clutterFlagged = 0;
    std::size_t article = 0;
    std::size_t articleFlagged = 0;
    for (const auto& [name, entries] : gold.items()) {
        if (name.starts_with("_")) {
            continue;
        }
        const std::string text = readFile(seeds / name);
        std::vector<std::size_t> starts;
        for (std::size_t pos = 0; pos <= text.size();) {
            starts.push_back(pos);
            const std::size_t nl = text.find('\n', pos);
            pos = nl == std::string::npos ? text.size() + 1 : nl + 1;
        }
        // Entries are 1-based line numbers, or {from, to} runs of them.
        std::vector<bool> marked(starts.size(), false);
        for (const auto& e : entries) {
            const std::size_t first =
                e.is_object() ? e["from"].get<std::size_t>() : e.get<std::size_t>();
            const std::size_t last = e.is_object() ? e["to"].get<std::size_t>() : first;
            ASSERT_TRUE(first >= 1 && first <= last && last <= starts.size()) << name << ": " << e;
            for (std::size_t i = first - 1; i < last; ++i) {
                marked[i] = true;
            }
        }
        const Document doc = alone(name, text);
        for (const Sentence& s : doc.sentences) {
            const auto line = static_cast<std::size_t>(
                std::upper_bound(starts.begin(), starts.end(), s.start) - starts.begin() - 1);
            if (marked[line]) {
                ++clutter;
                clutterFlagged += s.isBoilerplate() ? 1 : 0;
            } else {
                ++article;
                articleFlagged += s.isBoilerplate() ? 1 : 0;
            }
        }
    }
    ASSERT_GT(clutter, 50U);
    const double recall = static_cast<double>(clutterFlagged) / static_cast<double>(clutter);
    const double falseRate = static_cast<double>(articleFlagged) / static_cast<double>(article);
    std::cout << "seeds: clutter recall " << recall << ", article flagged " << falseRate << "\n";
    EXPECT_GE(recall, 0.97);
    EXPECT_LE(falseRate, 0.01);
}

TEST(CorpusBars, CopiedWebPagesKeepTheArticle)
{
    const auto aeb = parallax::test::corpusDir() / "aeb";
    if (!std::filesystem::exists(aeb / "ground-truth.json")) {
        GTEST_SKIP() << "no corpus at " << aeb;
    }
    const nlohmann::json gold = nlohmann::json::parse(readFile(aeb / "ground-truth.json"));
    double precisionSum = 0.0;
    double recallSum = 0.0;
    std::size_t pages = 0;
    for (const auto& [id, entry] : gold.items()) {
        const auto path = aeb / "text" / (id + ".txt");
        if (!std::filesystem::exists(path)) {
            continue;
        }
        const Document doc = alone(id + ".txt", readFile(path));
        std::string kept;
        for (const Sentence& s : doc.sentences) {
            if (s.isArticleText() && s.kind != SentenceKind::Headline) {
                kept += s.text + " ";
            }
        }
        const auto truth = shingles(entry.value("articleBody", ""));
        const auto predicted = shingles(kept);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (const auto& [k, count] : truth) {
            const auto it = predicted.find(k);
            const int p = it == predicted.end() ? 0 : it->second;
            tp += std::min(count, p);
            fn += std::max(0, count - p);
        }
        for (const auto& [k, count] : predicted) {
            const auto it = truth.find(k);
            fp += std::max(0, count - (it == truth.end() ? 0 : it->second));
        }
        precisionSum += tp + fp > 0 ? tp / (tp + fp) : 0.0;
        recallSum += tp + fn > 0 ? tp / (tp + fn) : 0.0;
        ++pages;
    }
    ASSERT_GT(pages, 50U);
    const double p = precisionSum / static_cast<double>(pages);
    const double r = recallSum / static_cast<double>(pages);
    const double f1 = 2 * p * r / (p + r);
    std::cout << "aeb (all pages): F1 " << f1 << " precision " << p << " recall " << r << "\n";
    // Issue 5's bar is 0.92 with the official scorer (scripts/eval-clutter.sh); this in-process
    // re-count tokenises a little differently, so it asserts just under.
    EXPECT_GE(f1, 0.91);
}

TEST(CorpusBars, SavedArticlesHaveNoClutter)
{
    // basil: articles saved as text, the headline on the first line, no clutter at all. Only
    // the dev events (../shared/eval/dev-events.txt); the others are kept for independent checks.
    const auto corpus = parallax::test::corpusDir();
    const auto events = corpus.parent_path() / "eval" / "dev-events.txt";
    if (!std::filesystem::exists(events)) {
        GTEST_SKIP() << "no corpus at " << corpus;
    }
    std::istringstream list(readFile(events));
    std::size_t article = 0;
    std::size_t flagged = 0;
    std::size_t headlines = 0;
    std::size_t headlinesFound = 0;
    for (std::string event; std::getline(list, event);) {
        for (const char* outlet : {"fox.txt", "nyt.txt", "hpo.txt"}) {
            const auto path = corpus / "basil" / event / outlet;
            if (event.empty() || !std::filesystem::exists(path)) {
                continue;
            }
            const Document doc = alone(outlet, readFile(path));
            if (doc.sentences.empty()) {
                continue;
            }
            const std::size_t lead = doc.sentences.front().paragraph;
            std::size_t leadWords = 0;
            bool leadIsHeadline = true;
            for (const Sentence& s : doc.sentences) {
                if (s.paragraph == lead) {
                    leadWords += countWords(s.text);
                    leadIsHeadline = leadIsHeadline && s.kind == SentenceKind::Headline;
                } else if (s.text == doc.sentences.front().text) {
                    // The headline printed again (28 of the 300 files): furniture, flagged as
                    // such (Classifier.HeadlinePrintedTwiceIsTheHeadlineAndThenClutter).
                    EXPECT_TRUE(s.isBoilerplate()) << event << " " << outlet;
                } else {
                    ++article;
                    flagged += s.isBoilerplate() ? 1 : 0;
                    if (s.isBoilerplate()) {
                        std::cout << "flagged: " << event.substr(0, 8) << " " << outlet << " "
                                  << s.text.substr(0, 60) << "\n";
                    }
                }
            }
            if (leadWords <= 30) { // a first line that long is the article's first paragraph
                ++headlines;
                headlinesFound += leadIsHeadline ? 1 : 0;
            }
        }
    }
    ASSERT_GT(headlines, 50U);
    std::cout << "basil dev, each file alone: article flagged " << flagged << "/" << article
              << ", headlines " << headlinesFound << "/" << headlines << "\n";
    EXPECT_LE(static_cast<double>(flagged), 0.005 * static_cast<double>(article));
    EXPECT_GE(static_cast<double>(headlinesFound), 0.95 * static_cast<double>(headlines));
}
