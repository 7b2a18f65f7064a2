#include "core/boilerplate_classifier.h"

#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace parallax::core {

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

// Strips characters that pages put around button labels ("› Share", "Share »").
std::string core(std::string_view line)
{
    std::string lower = lowerAscii(line);
    const auto keep = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    std::size_t b = 0;
    while (b < lower.size() && !keep(static_cast<unsigned char>(lower[b]))) {
        ++b;
    }
    std::size_t e = lower.size();
    while (e > b && !keep(static_cast<unsigned char>(lower[e - 1])) && lower[e - 1] != '%') {
        --e;
    }
    return lower.substr(b, e - b);
}

std::size_t wordCount(std::string_view s)
{
    std::size_t n = 0;
    bool inWord = false;
    for (const char c : s) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !inWord) {
            ++n;
        }
        inWord = !space;
    }
    return n;
}

bool endsLikeSentence(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ')) {
        line.remove_suffix(1);
    }
    if (line.empty()) {
        return false;
    }
    const char c = line.back();
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || line.ends_with("\xE2\x80\x9D") ||
           line.ends_with("\xE2\x80\x99") || line.ends_with("\xE2\x80\xA6");
}

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return haystack.find(n) != std::string_view::npos; });
}

bool startsWithAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return haystack.starts_with(n); });
}

bool equalsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return haystack == n; });
}

// Share of characters that are digits or symbols among the non-space ones.
double symbolShare(std::string_view line)
{
    std::size_t total = 0;
    std::size_t symbols = 0;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const char32_t c = utf8::next(line, pos);
        if (utf8::isSpace(c)) {
            continue;
        }
        ++total;
        const bool letter = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
                            (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
        if (!letter) {
            ++symbols;
        }
    }
    return total == 0 ? 0.0 : static_cast<double>(symbols) / static_cast<double>(total);
}

bool hasMarketArrow(std::string_view line)
{
    return containsAny(line, {"\xE2\x96\xB2", "\xE2\x96\xBC", "\xE2\x86\x91", "\xE2\x86\x93",
                              "\xE2\x96\xB4", "\xE2\x96\xBE"}); // ▲ ▼ ↑ ↓ ▴ ▾
}

} // namespace

ClutterKind BoilerplateClassifier::clutterPhrase(std::string_view line)
{
    const std::string c = core(line);
    const std::size_t words = wordCount(c);
    if (c.empty()) {
        return ClutterKind::Other;
    }
    // Advertising
    if (equalsAny(c, {"advertisement", "advertising", "ad", "ads", "sponsored", "anzeige",
                      "publicité", "publicidad", "pubblicità", "reklama", "paid content",
                      "paid partnership", "promoted", "sponsored content", "partner content"}) ||
        startsWithAny(c, {"advertisement ", "story continues below", "article continues below",
                          "continue reading below", "scroll to continue", "sponsored by",
                          "ad feedback", "skip advert", "remove ads"})) {
        return ClutterKind::Advertising;
    }
    // Player and media controls
    if (startsWithAny(c, {"listen to this article", "listen to article", "play article",
                          "subscribers can listen", "watch:", "watch the video", "play video",
                          "video duration", "now playing", "audio is not supported",
                          "your browser does not support"}) ||
        equalsAny(c, {"play", "pause", "mute", "unmute", "0:00", "listen", "watch", "video",
                      "audio", "replay", "fullscreen", "close"}) ||
        (words <= 4 && containsAny(c, {"min read", "minute read", "mins read", "min listen"}))) {
        return ClutterKind::MediaControls;
    }
    // Subscription and paywall
    if (containsAny(c, {"subscribe to continue", "subscribe now", "subscribe for", "subscribe to read",
                        "to continue reading", "already a subscriber", "already subscribed",
                        "become a subscriber", "subscribers only", "for subscribers",
                        "create a free account", "register to read", "sign in to read",
                        "log in to continue", "unlock this article", "start your free trial",
                        "free trial", "premium article", "exclusive to subscribers",
                        "this article is for subscribers", "support our journalism",
                        "support independent journalism", "digital subscription",
                        "you have reached your", "articles remaining", "free articles left",
                        "jetzt abonnieren", "abonnez-vous"}) ||
        equalsAny(c, {"subscribe", "sign in", "log in", "login", "register", "premium",
                      "subscriber only", "subscribers only", "my account"})) {
        return ClutterKind::Subscription;
    }
    // Newsletter
    if ((words <= 25 && containsAny(c, {"newsletter", "sign up for", "sign up to", "in your inbox",
                                        "to your inbox", "delivered to your inbox"})) ||
        equalsAny(c, {"sign up", "signup"})) {
        return ClutterKind::Newsletter;
    }
    // Share and social
    if (equalsAny(c, {"share", "shares", "share this", "share this article", "share article",
                      "share story", "share on facebook", "share on twitter", "share via email",
                      "share on whatsapp", "facebook", "twitter", "x", "whatsapp", "telegram",
                      "linkedin", "reddit", "pinterest", "email", "e-mail", "mail", "print",
                      "copy link", "copy url", "link copied", "tweet", "messenger",
                      "flipboard", "share via", "follow us", "gift article", "gift this article",
                      "save", "save article", "bookmark"}) ||
        (words <= 10 && startsWithAny(c, {"share on ", "follow us on", "follow us ", "share this "}))) {
        return ClutterKind::Share;
    }
    // Cookies and legal
    if (containsAny(c, {"cookie", "cookies", "privacy policy", "terms of use", "terms of service",
                        "terms and conditions", "all rights reserved", "copyright ©", "© 20",
                        "(c) 20", "do not sell my", "privacy settings", "manage preferences",
                        "consent preferences"}) ||
        c.starts_with("©") || c.starts_with("copyright ")) {
        return ClutterKind::CookieLegal;
    }
    // Comments
    if ((words <= 6 && (c.ends_with(" comments") || c.ends_with(" comment") ||
                        c == "comments" || c == "comment")) ||
        containsAny(c, {"leave a comment", "join the conversation", "post a comment",
                        "view comments", "show comments", "comments are closed",
                        "add a comment", "community guidelines", "comment now"})) {
        return ClutterKind::Comments;
    }
    // Polls
    if (containsAny(c, {"take our poll", "vote now", "cast your vote", "poll:", "what do you think?",
                        "results so far", "total votes"}) ||
        equalsAny(c, {"poll", "vote", "yes", "no"})) {
        return ClutterKind::Poll;
    }
    // Related links
    if (startsWithAny(c, {"related:", "related ", "read more", "read also", "also read",
                          "see also", "more from", "more on this", "more stories", "recommended",
                          "you may also like", "you might also like", "most read", "most popular",
                          "trending", "top stories", "latest news", "more news", "editor's picks",
                          "further reading", "related articles", "related stories", "read next",
                          "up next", "what to read next", "lesen sie auch", "à lire aussi",
                          "explore more", "in other news", "don't miss"}) &&
        words <= 25) {
        return ClutterKind::RelatedLinks;
    }
    // Navigation and breadcrumbs
    if (equalsAny(c, {"home", "menu", "search", "news", "back to top", "skip to content",
                      "skip to main content", "next", "previous", "more", "sections",
                      "topics", "contents", "table of contents", "close menu", "open menu",
                      "show more", "load more", "see more", "view all", "top", "go to"}) ||
        (words <= 12 && !endsLikeSentence(line) &&
         (containsAny(line, {" / ", " > ", " \xE2\x80\xBA ", " \xC2\xBB ", " | "}) &&
          symbolShare(line) < 0.5 && !hasMarketArrow(line)))) {
        return ClutterKind::Navigation;
    }
    // Market data: tickers are dense with numbers, signs and arrows.
    if (hasMarketArrow(line) ||
        (symbolShare(line) > 0.35 && containsAny(line, {"%", "$", "€", "£", "¥"}) && !endsLikeSentence(line))) {
        return ClutterKind::MarketData;
    }
    return ClutterKind::None;
}

bool BoilerplateClassifier::looksLikeCaption(std::string_view line)
{
    const std::string l = lowerAscii(line);
    return containsAny(l, {"(photo", "photo:", "photo by", "photograph:", "(afp", "afp photo",
                           "getty images", "(reuters", "reuters/", "(ap photo", "ap photo",
                           "/ ap)", "(file photo", "file photo", "image:", "image credit",
                           "picture:", "(picture", "credit:", "(epa", "epa-efe", "/ afp",
                           "shutterstock", "(photo via", "(supplied)", "(image", "via getty",
                           "pool photo", "(courtesy", "courtesy of", "/ northwire)", "foto:"});
}

bool BoilerplateClassifier::looksLikeByline(std::string_view line)
{
    const std::string l = lowerAscii(line);
    const std::size_t words = wordCount(l);
    if (words <= 12 && (l.starts_with("by ") || l.starts_with("von ") || l.starts_with("par ")) &&
        !endsLikeSentence(line)) {
        return true;
    }
    if (words <= 16 && startsWithAny(l, {"published", "updated", "last updated", "posted",
                                         "first published", "modified"})) {
        return true;
    }
    if (words <= 16 && looksLikeDate(line.substr(0, std::min<std::size_t>(line.size(), 40)))) {
        return true;
    }
    // "January 28, 2022 10:43 pm | Updated 10:43 pm IST - Moscow"
    static const std::array<std::string_view, 12> months{"january", "february", "march", "april",
                                                         "may", "june", "july", "august",
                                                         "september", "october", "november",
                                                         "december"};
    if (words <= 16 && !endsLikeSentence(line)) {
        for (const std::string_view month : months) {
            if (l.starts_with(month) && containsAny(l, {"20", "19"}) &&
                (containsAny(l, {" am", " pm", "updated", "|", "ist", "gmt", "utc", "edt", "est"}))) {
                return true;
            }
        }
    }
    return false;
}

void BoilerplateClassifier::classify(Document& document, const Header& header) const
{
    auto& sentences = document.sentences;
    if (sentences.empty()) {
        return;
    }
    const auto inRange = [](const Sentence& s, std::pair<std::size_t, std::size_t> r) {
        return s.start >= r.first && s.end <= r.second;
    };

    // Whole lines (paragraphs) are the unit of most page clutter.
    std::unordered_map<std::size_t, std::string> paragraphText;
    for (const Sentence& s : sentences) {
        auto& t = paragraphText[s.paragraph];
        if (!t.empty()) {
            t += ' ';
        }
        t += s.text;
    }
    std::unordered_map<std::string, int> repeats;
    for (const auto& [p, text] : paragraphText) {
        ++repeats[core(text)];
    }

    for (Sentence& s : sentences) {
        s.kind = SentenceKind::Body;
        s.clutter = ClutterKind::None;
        s.source = KindSource::Rule;
        s.confidence = 0.7F;
        if (std::any_of(header.lines.begin(), header.lines.end(),
                        [&](auto r) { return inRange(s, r); })) {
            s.kind = SentenceKind::Byline;
            s.source = KindSource::Header;
            s.confidence = 1.0F;
            continue;
        }
        if (header.headlineLine && inRange(s, *header.headlineLine)) {
            s.kind = SentenceKind::Headline;
            s.source = KindSource::Header;
            s.confidence = 1.0F;
            continue;
        }
        const std::string& line = paragraphText[s.paragraph];
        const ClutterKind phrase = clutterPhrase(s.text);
        const ClutterKind linePhrase = phrase != ClutterKind::None ? phrase : clutterPhrase(line);
        const std::size_t words = wordCount(s.text);
        const std::size_t lineWords = wordCount(line);
        if (linePhrase != ClutterKind::None && (phrase != ClutterKind::None || lineWords <= 30)) {
            s.kind = SentenceKind::Boilerplate;
            s.clutter = linePhrase;
            s.confidence = 0.95F;
            continue;
        }
        if (looksLikeCaption(line)) {
            s.kind = SentenceKind::Caption;
            s.confidence = 0.9F;
            continue;
        }
        if (looksLikeByline(line)) {
            s.kind = SentenceKind::Byline;
            s.confidence = 0.85F;
            continue;
        }
        if (repeats[core(line)] >= 2 && lineWords <= 40) {
            // The same line twice in one article is page furniture (a caption printed twice,
            // a repeated label), not reporting.
            s.kind = endsLikeSentence(line) ? SentenceKind::Caption : SentenceKind::Boilerplate;
            s.clutter = s.kind == SentenceKind::Boilerplate ? ClutterKind::Other : ClutterKind::None;
            s.confidence = 0.6F;
            continue;
        }
        if (words <= 3 && !endsLikeSentence(s.text)) {
            s.kind = SentenceKind::Boilerplate;
            s.clutter = ClutterKind::Other;
            s.confidence = 0.5F;
            continue;
        }
        if (!endsLikeSentence(line) && lineWords <= 20) {
            // A short line without closing punctuation: a headline or subheading when it sits
            // among article text, decided below once the body is known.
            s.kind = SentenceKind::Subheading;
            s.confidence = 0.5F;
            continue;
        }
        s.confidence = endsLikeSentence(s.text) && words >= 6 ? 0.9F : 0.7F;
    }

    // The headline: the header's, else the first heading-like line before the first body
    // sentence.
    const auto firstBody = std::find_if(sentences.begin(), sentences.end(), [](const Sentence& s) {
        return s.kind == SentenceKind::Body && s.confidence >= 0.9F;
    });
    const bool haveHeadline = std::any_of(sentences.begin(), sentences.end(), [](const Sentence& s) {
        return s.kind == SentenceKind::Headline;
    });
    if (!haveHeadline) {
        for (auto it = sentences.begin(); it != firstBody; ++it) {
            if (it->kind == SentenceKind::Subheading && wordCount(it->text) >= 4) {
                it->kind = SentenceKind::Headline;
                it->confidence = 0.8F;
                break;
            }
        }
    }
    // Heading-like lines before the headline or after the last body sentence are page
    // furniture (section names, link titles), not subheadings.
    const auto lastBody = std::find_if(sentences.rbegin(), sentences.rend(), [](const Sentence& s) {
        return s.kind == SentenceKind::Body && s.confidence >= 0.9F;
    });
    const std::size_t lastBodyIndex =
        lastBody == sentences.rend() ? 0 : static_cast<std::size_t>(sentences.rend() - lastBody - 1);
    bool seenHeadline = false;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        Sentence& s = sentences[i];
        if (s.kind == SentenceKind::Headline) {
            seenHeadline = true;
            continue;
        }
        if (s.kind != SentenceKind::Subheading) {
            continue;
        }
        if (!seenHeadline || i > lastBodyIndex) {
            s.kind = SentenceKind::Boilerplate;
            s.clutter = i > lastBodyIndex ? ClutterKind::RelatedLinks : ClutterKind::Navigation;
            s.confidence = 0.5F;
        }
    }

    if (document.metadata.title.empty()) {
        for (const Sentence& s : sentences) {
            if (s.kind == SentenceKind::Headline) {
                document.metadata.title = s.text;
                break;
            }
        }
    }
    if (document.metadata.date.empty()) {
        for (const Sentence& s : sentences) {
            if (s.kind == SentenceKind::Byline && looksLikeByline(s.text) &&
                !lowerAscii(s.text).starts_with("by ")) {
                document.metadata.date = s.text;
                break;
            }
        }
    }
}

} // namespace parallax::core
