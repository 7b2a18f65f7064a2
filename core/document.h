#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace parallax::core {

// What a sentence is on the page. Headline, Subheading and Body are the article's own text;
// everything else is reported with boilerplate == true in the JSON contract.
enum class SentenceKind {
    Headline,
    Subheading,
    Byline, // dateline, byline, or a header line such as a URL or date
    Body,
    Caption,
    Boilerplate, // page clutter; ClutterKind says which
};

// Which kind of page clutter a Boilerplate sentence is; None for every other kind.
enum class ClutterKind {
    None,
    Advertising,
    Subscription, // subscribe prompts and paywall notices
    Navigation,   // menus and breadcrumbs
    Share,        // share buttons and social links
    RelatedLinks,
    Newsletter,
    Comments,
    MarketData, // tickers and quotes
    Poll,
    CookieLegal,
    MediaControls, // "Listen to this article 0:00", player buttons
    Other,
};

// Why a sentence got its kind: lets a user (and a test) see the evidence.
enum class KindSource {
    Rule,       // the classifier decided
    Header,     // a metadata header line of the file
    Correction, // the user said so
};

struct Sentence {
    std::string text;       // as in the decoded file, original characters
    std::size_t start = 0;  // UTF-8 byte offset into Document::text
    std::size_t end = 0;    // one past the last byte
    std::size_t paragraph = 0;
    SentenceKind kind = SentenceKind::Body;
    ClutterKind clutter = ClutterKind::None;
    KindSource source = KindSource::Rule;
    // How sure the classifier is of kind, 0..1. Below 0.6 the aligner may overrule it: a line
    // that matches another outlet's article text is article text after all.
    float confidence = 1.0F;

    bool isArticleText() const
    {
        return kind == SentenceKind::Headline || kind == SentenceKind::Subheading ||
               kind == SentenceKind::Body;
    }
    bool isBoilerplate() const { return !isArticleText(); }
};

struct Metadata {
    std::string title;  // headline: a header, else the first headline-like line
    std::string outlet; // Source:/Outlet: header, a URL's domain, or the file name
    std::string url;
    std::string date;
    std::vector<std::pair<std::string, std::string>> fields; // every `Key: value` header line
};

struct Document {
    std::string path;     // as found in the folder (file name relative to it)
    std::string encoding; // the encoding the bytes were read as, e.g. "UTF-8", "windows-1252"
    std::string text;     // decoded UTF-8, line ends normalised to \n
    Metadata metadata;
    std::vector<Sentence> sentences;
    std::vector<std::string> warnings; // repairs made while reading (bad bytes replaced, ...)
};

const char* toString(SentenceKind kind);
const char* toString(ClutterKind kind);

} // namespace parallax::core
