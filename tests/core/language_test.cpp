// Which language a folder is written in (core/language.h): CLD2 on the articles' openings,
// a majority of the bytes it is sure of, and only the languages Parallax can stem.

#include "core/comparison.h"
#include "core/export_formats.h"
#include "core/json_export.h"
#include "core/language.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

using namespace parallax::core;

namespace {

// One short report of the same (made-up) event in each language: a ferry aground in fog, its
// passengers safe. Written for these tests.
struct Sample {
    std::string_view code;
    std::string_view text;
};
const std::vector<Sample>& samples()
{
    static const std::vector<Sample> all{
        {"da", "Færgen gik på grund i tæt tåge ud for øen mandag aften. Alle passagerer blev bragt "
               "sikkert i land, oplyser kystvagten."},
        {"de", "Die Fähre ist am Montagabend im dichten Nebel vor der Insel auf Grund gelaufen. "
               "Alle Fahrgäste wurden nach Angaben der Küstenwache sicher an Land gebracht."},
        {"en", "The ferry ran aground in thick fog off the island on Monday evening. All "
               "passengers were brought ashore safely, the coastguard said."},
        {"es", "El ferry encalló el lunes por la noche en una densa niebla frente a la isla. Todos "
               "los pasajeros fueron llevados a tierra sanos y salvos, según los guardacostas."},
        {"fi", "Lautta ajoi karille sankassa sumussa saaren edustalla maanantai-iltana. Kaikki "
               "matkustajat tuotiin turvallisesti maihin, rannikkovartiosto kertoi."},
        {"fr", "Le ferry s'est échoué lundi soir dans un épais brouillard au large de l'île. Tous "
               "les passagers ont été ramenés à terre sains et saufs, selon les garde-côtes."},
        {"hu", "A komp hétfő este sűrű ködben zátonyra futott a sziget partjainál. A parti őrség "
               "szerint minden utast biztonságban partra szállítottak."},
        {"it",
         "Il traghetto si è incagliato lunedì sera nella fitta nebbia al largo dell'isola. Tutti i "
         "passeggeri sono stati portati a terra sani e salvi, ha detto la guardia costiera."},
        {"nb", "Ferja gikk på grunn i tett tåke utenfor øya mandag kveld. Alle passasjerene ble "
               "brakt trygt i land, opplyser kystvakten."},
        {"nl", "De veerboot liep maandagavond in dichte mist voor het eiland aan de grond. Alle "
               "passagiers werden veilig aan land gebracht, meldde de kustwacht."},
        {"pl", "Prom osiadł na mieliźnie w gęstej mgle u wybrzeży wyspy w poniedziałek wieczorem. "
               "Wszyscy pasażerowie bezpiecznie zeszli na ląd, poinformowała straż przybrzeżna."},
        {"pt",
         "A balsa encalhou na segunda-feira à noite num denso nevoeiro ao largo da ilha. Todos os "
         "passageiros foram levados para terra em segurança, disse a guarda costeira."},
        {"ro", "Feribotul a eșuat luni seara în ceață densă în largul insulei. Toți pasagerii au "
               "fost aduși la țărm în siguranță, a declarat paza de coastă."},
        {"ru", "Паром сел на мель в густом тумане у острова в понедельник вечером. Все пассажиры "
               "были благополучно доставлены на берег, сообщила береговая охрана."},
        {"sv", "Färjan gick på grund i tät dimma utanför ön på måndagskvällen. Alla passagerare "
               "fördes i land i säkerhet, uppger kustbevakningen."},
        {"tr", "Feribot pazartesi akşamı yoğun siste adanın açıklarında karaya oturdu. Sahil "
               "güvenlik, tüm yolcuların güvenli bir şekilde karaya çıkarıldığını söyledi."},
    };
    return all;
}

std::string_view sample(std::string_view code)
{
    for (const Sample& s : samples()) {
        if (s.code == code) {
            return s.text;
        }
    }
    return {};
}

} // namespace

TEST(Language, EachKnownLanguageIsToldFromAShortReport)
{
    for (const Language& language : knownLanguages()) {
        const std::string_view text = sample(language.code);
        ASSERT_FALSE(text.empty()) << language.code;
        const Language* guessed = guessLanguage({text});
        ASSERT_NE(guessed, nullptr) << language.code;
        EXPECT_EQ(guessed->code, language.code);
    }
}

TEST(Language, OneParallaxCannotStemIsNotGuessed)
{
    // Polish is told apart surely, but there is no Polish stemmer: the caller keeps its
    // default rather than match Polish words by another language's rules.
    EXPECT_EQ(guessLanguage({sample("pl")}), nullptr);
}

TEST(Language, TooLittleTextIsNotGuessed)
{
    EXPECT_EQ(guessLanguage({}), nullptr);
    EXPECT_EQ(guessLanguage({""}), nullptr);
    EXPECT_EQ(guessLanguage({"OK"}), nullptr);
    EXPECT_EQ(guessLanguage({"12:30 | 4.5 % | 2026-11-03"}), nullptr);
}

TEST(Language, TheMajorityOfTheArticlesDecides)
{
    const Language* two = guessLanguage({sample("de"), sample("fr"), sample("de")});
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->code, "de");
    // Three languages and none with half of the text: not one folder's language.
    EXPECT_EQ(guessLanguage({sample("de"), sample("fr"), sample("es")}), nullptr);
    // Articles too short to tell do not vote.
    const Language* one = guessLanguage({sample("sv"), "OK", ""});
    ASSERT_NE(one, nullptr);
    EXPECT_EQ(one->code, "sv");
}

TEST(Language, EnglishPageClutterDoesNotOutvoteTheArticle)
{
    const std::string page = "Share\nTweet\nSubscribe to our newsletter\nAdvertisement\n" +
                             std::string(sample("de")) + "\nRead more\nCookie settings\n";
    const Language* guessed = guessLanguage({page});
    ASSERT_NE(guessed, nullptr);
    EXPECT_EQ(guessed->code, "de");
}

TEST(Language, AnInvalidByteEndsTheSampleInsteadOfSpoilingIt)
{
    const std::string text = std::string(sample("it")) + "\xff\xfe" + std::string(sample("ru"));
    const Language* guessed = guessLanguage({text});
    ASSERT_NE(guessed, nullptr);
    EXPECT_EQ(guessed->code, "it");
}

TEST(Language, ALongArticleIsToldByItsOpening)
{
    // Cyrillic letters are two bytes: the sample's end falls inside one of them for one of
    // these openings.
    std::string russian;
    while (russian.size() < 3 * kSampleBytes) {
        russian += std::string(sample("ru")) + " ";
    }
    for (std::size_t shift = 0; shift < 4; ++shift) {
        const std::string text = std::string(shift, '-') + russian;
        const Language* guessed = guessLanguage({text});
        ASSERT_NE(guessed, nullptr) << shift;
        EXPECT_EQ(guessed->code, "ru");
    }
    // An opening in one language and the rest in another: the opening says it.
    const std::string mixed =
        russian + std::string(10 * kSampleBytes, 'x') + std::string(sample("en"));
    EXPECT_EQ(guessLanguage({mixed})->code, "ru");
}

TEST(Language, ManyArticlesAreSampled)
{
    // A thousand outlets: a spread of kSampleTexts of them is read, and a few articles in
    // another language among them do not decide.
    std::vector<std::string> texts(1000, std::string(sample("nl")));
    for (std::size_t i = 0; i < texts.size(); i += 10) {
        texts[i] = std::string(sample("en"));
    }
    std::vector<std::string_view> views(texts.begin(), texts.end());
    const Language* guessed = guessLanguage(views);
    ASSERT_NE(guessed, nullptr);
    EXPECT_EQ(guessed->code, "nl");
}

TEST(Language, LocaleNames)
{
    ASSERT_NE(languageOfLocale("de_DE.UTF-8"), nullptr);
    EXPECT_EQ(languageOfLocale("de_DE.UTF-8")->code, "de");
    EXPECT_EQ(languageOfLocale("DE")->code, "de");
    EXPECT_EQ(languageOfLocale("pt_BR")->code, "pt");
    // CLD2 says "no" for Norwegian; the Bokmål locale and stemmer serve it.
    EXPECT_EQ(languageOfLocale("no")->code, "nb");
    EXPECT_EQ(languageOfLocale("nn_NO.UTF-8")->code, "nb");
    EXPECT_EQ(languageOfLocale("pl_PL.UTF-8"), nullptr);
    EXPECT_EQ(languageOfLocale(""), nullptr);
    EXPECT_EQ(languageOfLocale(kAutomaticLocale), nullptr);
    EXPECT_EQ(knownLanguages().front().code, "en");
    for (const Language& language : knownLanguages()) {
        EXPECT_EQ(languageOfLocale(language.locale), &language) << language.locale;
    }
}

namespace {

// Two German reports of one inquiry that share no word as written, only as stems (plural,
// genitive and verb endings differ: "Untersuchungen der Unglücke dauern Wochen" / "Untersuchung
// des Unglücks dauert eine Woche"): the same statement to a German stemmer, nothing in common
// to an English one.
void writeGermanInquiry(const parallax::test::TempDir& dir)
{
    dir.write("1-hafenbote.txt",
              "Fährunglück vor Kestrel\n\nDie Fähre liegt weiter auf der Sandbank vor der Insel. "
              "Die Untersuchungen der Unglücke dauern Wochen. Die Reederei schweigt bisher zu den "
              "Ursachen.\n");
    dir.write("2-inselpost.txt",
              "Nach dem Unglück\n\nDer Bürgermeister lobte die Helfer am Hafen. Untersuchung des "
              "Unglücks dauert eine Woche. Die Schule bleibt am Dienstag geschlossen.\n");
}

bool inquiryShareARow(const Comparison& comparison)
{
    for (const Row& row : comparison.rows) {
        if (row.presentCount() == 2 && !row.boilerplate) {
            const Sentence& s = comparison.documents[0].sentences[row.cells[0].sentences.front()];
            if (s.text.find("Untersuchungen") != std::string::npos) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

TEST(Language, AFolderIsComparedInItsOwnLanguageByDefault)
{
    parallax::test::TempDir dir;
    writeGermanInquiry(dir);

    const ComparisonResult guessed = compareFolder(dir.path());
    ASSERT_TRUE(guessed.comparison) << guessed.error;
    EXPECT_EQ(guessed.comparison->language, "de");
    EXPECT_EQ(guessed.comparison->languageChoice, LanguageChoice::Guessed);
    EXPECT_TRUE(inquiryShareARow(*guessed.comparison));

    CompareOptions english;
    english.locale = "en_US.UTF-8";
    const ComparisonResult chosen = compareFolder(dir.path(), english);
    ASSERT_TRUE(chosen.comparison) << chosen.error;
    EXPECT_EQ(chosen.comparison->language, "en");
    EXPECT_EQ(chosen.comparison->languageChoice, LanguageChoice::Chosen);
    EXPECT_FALSE(inquiryShareARow(*chosen.comparison));

    // The JSON says which language, and how it was chosen.
    const auto json = nlohmann::json::parse(toJson(*guessed.comparison));
    EXPECT_EQ(json.at("language"),
              (nlohmann::json{{"code", "de"}, {"guessed", true}, {"sure", true}}));
    const auto named = nlohmann::json::parse(toJson(*chosen.comparison));
    EXPECT_EQ(named.at("language").at("guessed"), false);

    // The HTML page's own words are English; the articles' text says it is German, for screen
    // readers' voices and the browser's hyphenation.
    const std::string html = exportComparison(*guessed.comparison, ExportFormat::Html, {}, {});
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("<h1 lang=\"de\">"), std::string::npos);
    EXPECT_NE(html.find("with Parallax \xC2\xB7 articles in German"), std::string::npos);
    const std::size_t grid = html.find("<table class=\"grid\"");
    ASSERT_NE(grid, std::string::npos);
    EXPECT_LT(html.find(" lang=\"de\"", grid), html.find('>', grid));
    const std::string inEnglish = exportComparison(*chosen.comparison, ExportFormat::Html, {}, {});
    EXPECT_EQ(inEnglish.find("lang=\"de\""), std::string::npos);
    EXPECT_EQ(inEnglish.find("articles in"), std::string::npos);
}

TEST(Language, AFolderThatDoesNotSayIsComparedInEnglish)
{
    parallax::test::TempDir dir;
    dir.write("a.txt", "Ferry 12.\n");
    dir.write("b.txt", "Ferry 12!\n");
    const ComparisonResult result = compareFolder(dir.path());
    ASSERT_TRUE(result.comparison) << result.error;
    EXPECT_EQ(result.comparison->language, "en");
    EXPECT_EQ(result.comparison->languageChoice, LanguageChoice::Default);
    const auto json = nlohmann::json::parse(toJson(*result.comparison));
    EXPECT_EQ(json.at("language").at("sure"), false);
}
