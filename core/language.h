#pragma once

#include "core/document.h"

#include <string>
#include <string_view>
#include <vector>

namespace parallax::core {

// A language whose sentences and words Parallax knows how to cut and match: ICU's boundary
// rules through the locale, and a Snowball stemmer (libstemmer) for its word forms.
struct Language {
    std::string_view code;    // ISO 639-1, as CLD2 and the locale name spell it ("de")
    std::string_view locale;  // what CompareOptions::locale takes ("de_DE.UTF-8")
    std::string_view name;    // in the language itself: a reader looks for the one they read
    std::string_view english; // in English, for text that is itself English ("German")
};

// CompareOptions::locale's value for "guess the language from the articles".
inline constexpr std::string_view kAutomaticLocale = "auto";

// Every language of the list above, English first.
const std::vector<Language>& knownLanguages();

// The language of a locale name ("de_DE.UTF-8", "de", "nb_NO"); nullptr when it is none of
// knownLanguages().
const Language* languageOfLocale(std::string_view locale);

// Which known language most of `texts` are written in, by Google's Compact Language Detector
// 2 (libcld2): each text votes with the bytes CLD2 is sure of, the first kSampleBytes of it
// (the opening of an article says which language it is in as well as all of it), and the
// language with most of the votes wins when it has at least half of them. nullptr when no text
// is long and clear enough to tell, when the winner has no majority (a folder of articles in
// several languages), or when it is none of knownLanguages() (Polish, Ukrainian, …): the
// caller then keeps its default. Texts must be valid UTF-8 (what ingest produces); invalid
// bytes end a text's sample.
const Language* guessLanguage(const std::vector<std::string_view>& texts);
// The same over the documents' texts.
const Language* guessDocumentLanguage(const std::vector<Document>& documents);

// The language code a locale name starts with, lower case: "de_DE.UTF-8" → "de", "pt-BR" →
// "pt"; empty for an empty name.
std::string localeLanguageCode(std::string_view locale);

// Bytes of each text that guessLanguage reads; and of how many texts at most, spread evenly
// over the list, so a folder of a thousand articles is guessed as fast as one of a hundred.
inline constexpr std::size_t kSampleBytes = 4096;
inline constexpr std::size_t kSampleTexts = 128;

} // namespace parallax::core
