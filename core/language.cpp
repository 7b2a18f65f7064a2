#include "core/language.h"

#include <algorithm>
#include <cctype>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstdio> // compact_lang_det.h uses FILE without including it
#include <map>

namespace parallax::core {

const std::vector<Language>& knownLanguages()
{
    // The languages that both ICU and Debian's libstemmer know, that CLD2 tells apart, and that
    // are written left to right in a script the window shapes like Latin text.
    static const std::vector<Language> languages{
        {"en", "en_US.UTF-8", "English", "English"},
        {"da", "da_DK.UTF-8", "Dansk", "Danish"},
        {"de", "de_DE.UTF-8", "Deutsch", "German"},
        {"es", "es_ES.UTF-8", "Español", "Spanish"},
        {"fr", "fr_FR.UTF-8", "Français", "French"},
        {"it", "it_IT.UTF-8", "Italiano", "Italian"},
        {"hu", "hu_HU.UTF-8", "Magyar", "Hungarian"},
        {"nl", "nl_NL.UTF-8", "Nederlands", "Dutch"},
        {"nb", "nb_NO.UTF-8", "Norsk", "Norwegian"},
        {"pt", "pt_PT.UTF-8", "Português", "Portuguese"},
        {"ro", "ro_RO.UTF-8", "Română", "Romanian"},
        {"fi", "fi_FI.UTF-8", "Suomi", "Finnish"},
        {"sv", "sv_SE.UTF-8", "Svenska", "Swedish"},
        {"tr", "tr_TR.UTF-8", "Türkçe", "Turkish"},
        {"ru", "ru_RU.UTF-8", "Русский", "Russian"},
    };
    return languages;
}

std::string localeLanguageCode(std::string_view locale)
{
    std::string code(locale.substr(0, locale.find_first_of("_.@-")));
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return code;
}

const Language* languageOfLocale(std::string_view locale)
{
    std::string code = localeLanguageCode(locale);
    if (code == "no" || code == "nn") { // Norwegian as a whole, and Nynorsk: one stemmer
        code = "nb";
    }
    for (const Language& language : knownLanguages()) {
        if (language.code == code) {
            return &language;
        }
    }
    return nullptr;
}

const Language* guessLanguage(const std::vector<std::string_view>& texts)
{
    std::map<std::string, long long> votes;
    long long total = 0;
    const std::size_t step =
        std::max<std::size_t>(1, (texts.size() + kSampleTexts - 1) / kSampleTexts);
    for (std::size_t i = 0; i < texts.size(); i += step) {
        std::string_view text = texts[i].substr(0, kSampleBytes);
        // Cut at the start of a code point, not inside one.
        while (!text.empty() && text.size() < texts[i].size() &&
               (static_cast<unsigned char>(texts[i][text.size()]) & 0xC0) == 0x80) {
            text.remove_suffix(1);
        }
        // Valid UTF-8 is what ingest produces; should a byte be invalid anyway, CLD2 refuses
        // the whole sample, so the valid part before it is read instead.
        for (int attempt = 0; attempt < 2 && !text.empty(); ++attempt) {
            CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
            CLD2::Language three[3];
            int percent[3];
            double score[3];
            int textBytes = 0;
            int validBytes = 0;
            bool reliable = false;
            const CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
                text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, 0,
                three, percent, score, nullptr, &textBytes, &reliable, &validBytes);
            if (validBytes < static_cast<int>(text.size())) {
                text = text.substr(0, static_cast<std::size_t>(std::max(0, validBytes)));
                continue;
            }
            if (reliable && found != CLD2::UNKNOWN_LANGUAGE && textBytes > 0) {
                votes[CLD2::LanguageCode(found)] += textBytes;
                total += textBytes;
            }
            break;
        }
    }
    const auto best =
        std::max_element(votes.begin(), votes.end(),
                         [](const auto& x, const auto& y) { return x.second < y.second; });
    if (best == votes.end() || 2 * best->second < total) {
        return nullptr;
    }
    return languageOfLocale(best->first);
}

const Language* guessDocumentLanguage(const std::vector<Document>& documents)
{
    std::vector<std::string_view> texts;
    texts.reserve(documents.size());
    for (const Document& document : documents) {
        texts.emplace_back(document.text);
    }
    return guessLanguage(texts);
}

} // namespace parallax::core
