#include "core/boilerplate_classifier.h"

#include "core/line_features.h"
#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

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

// Strips characters that pages put around button labels ("› Share", "Share »"), and a count
// in brackets after a label ("Comments (8)", "Replies [12]"): the label is what is matched.
std::string core(std::string_view line)
{
    std::string key = clutterKey(line);
    if (key.size() < 3 || !(key.ends_with(')') || key.ends_with(']') ||
                            std::isdigit(static_cast<unsigned char>(key.back())) != 0)) {
        return key;
    }
    // clutterKey keeps the digits of "(8)" and drops the closing bracket.
    std::size_t open = key.size();
    while (open > 0 && std::isdigit(static_cast<unsigned char>(key[open - 1])) != 0) {
        --open;
    }
    if (open < 2 || open == key.size() || (key[open - 1] != '(' && key[open - 1] != '[')) {
        return key;
    }
    std::size_t cut = open - 1;
    while (cut > 0 && key[cut - 1] == ' ') {
        --cut;
    }
    return cut > 0 ? key.substr(0, cut) : key;
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

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) {
        return haystack.find(n) != std::string_view::npos;
    });
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

std::string_view trimmedStart(std::string_view line)
{
    const auto [b, e] = utf8::trimmedRange(line, 0, line.size());
    return line.substr(b, e - b);
}

// "© 2026 The Example Post", "• © 2019 Example Company", "Example © Copyright Example LLC":
// the page's copyright line (clutterKey drops a leading sign). A "©" and a name without a year
// is a photo credit, a caption (see photoCredit).
bool copyrightNotice(std::string_view line)
{
    const std::size_t sign = line.find("\xC2\xA9");
    if (sign == std::string_view::npos) {
        return false;
    }
    if (lowerAscii(line).find("copyright") != std::string::npos) {
        return true;
    }
    const std::string_view after = line.substr(sign + 2);
    for (std::size_t i = 0; i + 4 <= after.size(); ++i) {
        const std::string_view y = after.substr(i, 4);
        if ((y.starts_with("19") || y.starts_with("20")) &&
            std::all_of(y.begin(), y.end(), [](char ch) {
                return std::isdigit(static_cast<unsigned char>(ch)) != 0;
            })) {
            return true;
        }
    }
    return false;
}

// "© Jo Carter / Northwire" alone or after a caption: a few words after the sign, no sentence.
bool photoCredit(std::string_view line)
{
    const std::size_t sign = line.rfind("\xC2\xA9");
    if (sign == std::string_view::npos) {
        return false;
    }
    const std::string_view credit = line.substr(sign + 2);
    return wordCount(trimmedStart(credit)) <= 6 && !endsLikeSentence(credit);
}

// "11°C", "-3°", "52ºF": a number with a degree sign, as weather widgets print it.
bool isTemperature(std::string_view token)
{
    std::size_t i = 0;
    if (i < token.size() && (token[i] == '-' || token[i] == '+')) {
        ++i;
    }
    const std::size_t digits = i;
    while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])) != 0) {
        ++i;
    }
    if (i == digits || i - digits > 3) {
        return false;
    }
    if (i + 1 < token.size() && (token[i] == '.' || token[i] == ',') &&
        std::isdigit(static_cast<unsigned char>(token[i + 1])) != 0) {
        i += 2;
    }
    std::string_view rest = token.substr(i);
    if (!rest.starts_with("\xC2\xB0") && !rest.starts_with("\xC2\xBA")) { // ° º
        return false;
    }
    rest.remove_prefix(2);
    return rest.empty() || rest == "c" || rest == "f";
}

// A weather widget: a place, a temperature and the sky ("Port Ellin 11°C Fog", "London 14° /
// 9° Showers", "Weather: 21°C sunny"). Short, unpunctuated, and made only of names,
// temperatures and weather words; a headline with a temperature has other words ("Heatwave
// brings 40°C to Madrid") and a headline in title case names no sky.
bool looksLikeWeather(std::string_view line)
{
    if (endsLikeSentence(line) || (line.find("\xC2\xB0") == std::string_view::npos &&
                                   line.find("\xC2\xBA") == std::string_view::npos)) {
        return false;
    }
    static constexpr std::array<std::string_view, 40> kSky{
        "sunny",         "sun",     "clear",   "fair",  "cloudy",    "clouds", "cloud", "overcast",
        "fog",           "foggy",   "mist",    "misty", "haze",      "hazy",   "rain",  "rainy",
        "showers",       "shower",  "drizzle", "snow",  "sleet",     "hail",   "storm", "storms",
        "thunderstorms", "thunder", "windy",   "wind",  "breezy",    "frost",  "icy",   "humid",
        "partly",        "mostly",  "light",   "heavy", "scattered", "bright", "dry",   "wet"};
    static constexpr std::array<std::string_view, 18> kLabels{
        "weather", "forecast", "now", "today", "tonight", "tomorrow", "high", "low", "h",
        "l",       "max",      "min", "feels", "like",    "in",       "at",   "mph", "km"};
    // No-break spaces as spaces: widgets pad their parts with them.
    std::string text;
    text.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line.substr(i, 2) == "\xC2\xA0") {
            text.push_back(' ');
            ++i;
        } else {
            text.push_back(line[i]);
        }
    }
    const std::string_view view = text;
    std::size_t words = 0;
    std::size_t temperatures = 0;
    std::size_t sky = 0;
    bool label = false;
    std::size_t pos = 0;
    while (pos < view.size()) {
        // Tokens end at spaces and at the separators widgets put between their parts.
        const std::size_t end = view.find_first_of(" \t|/,:;()", pos);
        const std::string_view raw =
            view.substr(pos, (end == std::string_view::npos ? view.size() : end) - pos);
        pos = end == std::string_view::npos ? view.size() : end + 1;
        if (raw.empty()) {
            continue;
        }
        const std::string token = lowerAscii(raw);
        ++words;
        if (isTemperature(token)) {
            ++temperatures;
        } else if (isTemperature("0" + token)) {
            ++temperatures; // "11 °C": the unit apart; its number was counted as a word
            --words;
        } else if (std::find(kSky.begin(), kSky.end(), token) != kSky.end()) {
            ++sky;
        } else if (std::find(kLabels.begin(), kLabels.end(), token) != kLabels.end()) {
            label = label || token == "weather" || token == "forecast";
        } else if (std::all_of(token.begin(), token.end(), [](char ch) {
                       return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == '%' ||
                              ch == '.';
                   })) {
            // a bare number: humidity, wind speed, the number of "11 °C"
        } else if (!(raw[0] >= 'A' && raw[0] <= 'Z') && static_cast<unsigned char>(raw[0]) < 0x80) {
            return false; // a word in lower case that is neither sky nor label: a sentence
        }
    }
    return temperatures >= 1 && words <= 6 && (sky >= 1 || temperatures >= 2 || label);
}

// The newsroom asking readers for tips, and how to reach the reporter: "Got a story? Message
// the newsroom on ...", "Have a tip? Jo Doe may be reached at jo@example.com."
bool readerContact(std::string_view c, std::size_t words)
{
    if (words > 25) {
        return false;
    }
    return startsWithAny(c, {"got a story", "have a story", "got a tip", "have a tip",
                             "got a news tip", "have a news tip", "news tips", "send us your",
                             "share your story with", "tell us your story"}) ||
           containsAny(c, {"contact the newsroom", "message the newsroom", "email the newsroom",
                           "call the newsroom", "text the newsroom", "contact our newsroom",
                           "contact the news desk", "email the news desk"}) ||
           (c.find('@') != std::string_view::npos &&
            containsAny(c, {"may be reached at", "can be reached at", "can be contacted at",
                            "may be contacted at"}));
}

// Links that ask to be clicked: "Click here to see the full list", "Clique na imagem acima".
// A longer sentence that ends on "... click here" is reporting with a link in it.
bool clickPrompt(std::string_view c, std::size_t words)
{
    const std::size_t cut = std::min<std::size_t>(c.size(), 25);
    return words <= 30 &&
           containsAny(words <= 12 ? c : c.substr(0, cut),
                       {"click here", "clicking here", "click on the image", "click the image",
                        "click on the photo", "click the photo", "click on the link",
                        "click the link", "clique aqui", "clique na imagem", "clique na foto",
                        "clique no link", "cliquez ici", "haga clic", "haz clic", "clicca qui",
                        "klicken sie hier", "klik di sini"});
}

// A newsletter box, not a sentence that mentions one: boxes address the reader ("Sign up for
// the Morning Mail", "Get our briefing in your inbox") or are a label ("Newsletter: The Morning
// Edition", "Weekday briefing newsletter"); reporting is a full sentence in the third person
// ("The newsletter reached ...", "... how many riders will sign up for the pass.").
bool newsletterBox(std::string_view line, std::string_view c, std::size_t words)
{
    if (equalsAny(c, {"sign up", "signup", "newsletter", "newsletters"}) ||
        startsWithAny(c, {"sign up for", "sign up to", "sign up now", "sign up here"})) {
        return words <= 25;
    }
    if (words > 25) {
        return false;
    }
    if (containsAny(
            c, {"in your inbox", "to your inbox", "delivered to your inbox", "into your inbox"})) {
        return true;
    }
    const bool addressesReader =
        startsWithAny(c, {"subscribe", "get ", "join ", "newsletter", "register", "receive ",
                          "enter your", "don't miss", "never miss", "want ", "stay ", "our ",
                          "the best of", "like what you"}) ||
        containsAny(c, {" your ", " you ", "free "}) || c.starts_with("you");
    if (c.find("newsletter") != std::string_view::npos) {
        return words <= 8 || addressesReader || !endsLikeSentence(line);
    }
    if (containsAny(c, {"sign up for", "sign up to"})) {
        return addressesReader && containsAny(c, {"newsletter", "email", "e-mail", "alerts",
                                                  "updates", "briefing", "digest", "our "});
    }
    return false;
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
    if (equalsAny(c, {"advertisement",  "advertising",      "ad",          "ads",
                      "sponsored",      "anzeige",          "publicité",   "publicidad",
                      "pubblicità",     "reklama",          "publicidade", "anúncio",
                      "iklan",          "реклама",          "werbung",     "advertentie",
                      "paid content",   "paid partnership", "promoted",    "sponsored content",
                      "partner content"}) ||
        startsWithAny(c, {"advertisement ", "story continues below", "article continues below",
                          "continue reading below", "scroll to continue", "sponsored by",
                          "ad feedback", "skip advert", "remove ads"})) {
        return ClutterKind::Advertising;
    }
    // Player and media controls
    if (startsWithAny(c, {"listen to this article", "listen to article", "play article",
                          "subscribers can listen", "listen live", "watch:", "watch the video",
                          "play video", "video duration", "now playing", "audio is not supported",
                          "your browser does not support"}) ||
        equalsAny(c, {"play", "pause", "mute", "unmute", "0:00", "listen", "watch", "video",
                      "audio", "replay", "fullscreen", "close"}) ||
        (words <= 4 && containsAny(c, {"min read", "minute read", "mins read", "min listen"}))) {
        return ClutterKind::MediaControls;
    }
    // Subscription and paywall
    if (containsAny(c, {"subscribe to continue",
                        "subscribe now",
                        "subscribe for",
                        "subscribe to read",
                        "to continue reading",
                        "already a subscriber",
                        "already subscribed",
                        "become a subscriber",
                        "subscribers only",
                        "for subscribers",
                        "create a free account",
                        "register to read",
                        "sign in to read",
                        "log in to continue",
                        "unlock this article",
                        "start your free trial",
                        "free trial",
                        "premium article",
                        "exclusive to subscribers",
                        "cancel anytime",
                        "cancel at any time",
                        "per month",
                        "a month for",
                        "free days",
                        "unlimited access",
                        "journalism you can trust",
                        "quality journalism",
                        "free article limit",
                        "your last free article",
                        "this article is for subscribers",
                        "support our journalism",
                        "support independent journalism",
                        "digital subscription",
                        "you have reached your",
                        "articles remaining",
                        "free articles left",
                        "jetzt abonnieren",
                        "abonnez-vous",
                        "assine já",
                        "suscríbete",
                        "abbonati",
                        "berlangganan",
                        "подписаться"}) ||
        (words <= 20 &&
         startsWithAny(c, {"subscribe to", "subscribe for", "get unlimited access"})) ||
        equalsAny(c, {"subscribe", "sign in", "log in", "login", "register", "premium",
                      "subscriber only", "subscribers only", "my account"})) {
        return ClutterKind::Subscription;
    }
    // Newsletter
    if (newsletterBox(line, c, words)) {
        return ClutterKind::Newsletter;
    }
    // Share and social
    if (equalsAny(c, {"share",
                      "shares",
                      "share this",
                      "share this article",
                      "share article",
                      "share story",
                      "share on facebook",
                      "share on twitter",
                      "share via email",
                      "share on whatsapp",
                      "facebook",
                      "twitter",
                      "x",
                      "whatsapp",
                      "telegram",
                      "linkedin",
                      "reddit",
                      "pinterest",
                      "email",
                      "e-mail",
                      "mail",
                      "print",
                      "copy link",
                      "copy url",
                      "link copied",
                      "tweet",
                      "messenger",
                      "flipboard",
                      "share via",
                      "follow us",
                      "gift article",
                      "gift this article",
                      "save",
                      "save article",
                      "bookmark",
                      "compartilhe",
                      "compartilhar",
                      "compartir",
                      "condividi",
                      "partager",
                      "teilen",
                      "bagikan",
                      "поделиться",
                      "share this:",
                      "like this:",
                      "share:"}) ||
        (words <= 10 &&
         startsWithAny(c, {"share on ", "follow us on", "follow us ", "share this "})) ||
        (words <= 15 && startsWithAny(c, {"like this story", "like this article",
                                          "enjoyed this article", "share it with"})) ||
        // The reporter's or the outlet's accounts: "Follow her on Twitter", "Follow the
        // Opinion section on Facebook (@ExampleOpinion)"; not "follow the money on TikTok".
        (words <= 20 &&
         (startsWithAny(c, {"follow him on", "follow her on", "follow them on", "follow me on"}) ||
          (c.starts_with("follow ") && c.find('@') != std::string::npos)) &&
         containsAny(c, {"twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube"}))) {
        return ClutterKind::Share;
    }
    // Cookies and legal
    if ((containsAny(c, {"cookie"}) &&
         containsAny(c, {"we use", "uses cookies", "use of cookies", "accept", "consent", "website",
                         "browser", "settings", "policy", "preferences", "necessary"})) ||
        equalsAny(c, {"accept all", "reject all", "accept", "i agree", "agree", "got it",
                      "necessary", "always enabled", "non-necessary", "functional", "analytics",
                      "performance", "advertisement cookies"}) ||
        containsAny(c,
                    {"privacy policy", "terms of use", "terms of service", "terms and conditions",
                     "all rights reserved", "copyright ©", "© 20", "(c) 20", "do not sell my",
                     "privacy settings", "manage preferences", "consent preferences"}) ||
        c.starts_with("copyright ") || copyrightNotice(line)) {
        return ClutterKind::CookieLegal;
    }
    // Reader contact and link prompts: page furniture of their own kind.
    if (readerContact(c, words) || clickPrompt(c, words)) {
        return ClutterKind::Other;
    }
    // Comments: section labels, and the furniture of every comment (avatar, time, rating).
    const bool hasDigit =
        std::any_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if ((words <= 6 && (c.ends_with(" comments") || c.ends_with(" comment") || c == "comments" ||
                        c == "comment" || c.ends_with(" replies"))) ||
        (words <= 10 && hasDigit &&
         containsAny(c, {" ago", " hours ago", "vor ", " atrás", " fa"}) &&
         !endsLikeSentence(line)) ||
        (words <= 5 && hasDigit &&
         (c.starts_with("rating") || c.ends_with(" votes") || c.ends_with(" likes") ||
          c.ends_with(" points"))) ||
        equalsAny(c, {"avatar", "reply", "report", "like", "flag", "report abuse",
                      "reply to this comment", "load more comments", "comments", "kommentare",
                      "commentaires", "comentarios", "comentários", "commenti", "komentar",
                      "комментарии"}) ||
        containsAny(c, {"leave a comment",
                        "join the conversation",
                        "post a comment",
                        "view comments",
                        "show comments",
                        "comments are closed",
                        "add a comment",
                        "community guidelines",
                        "comment now",
                        "leave a reply",
                        "powered by disqus",
                        "as you comment",
                        "comment policy",
                        "join the discussion",
                        "top rated comments",
                        "newest comments",
                        "comments for this thread",
                        "deixe um comentário",
                        "deja un comentario",
                        "laisser un commentaire",
                        "lascia un commento",
                        "kommentar schreiben",
                        "tinggalkan komentar"})) {
        return ClutterKind::Comments;
    }
    // Polls
    if (containsAny(c, {"take our poll", "vote now", "cast your vote",
                        "poll:", "what do you think?", "results so far", "total votes"}) ||
        equalsAny(c, {"poll", "vote", "yes", "no"})) {
        return ClutterKind::Poll;
    }
    // Related links
    if (startsWithAny(c, {"related:",
                          "related ",
                          "read more",
                          "read also",
                          "also read",
                          "see also",
                          "more from",
                          "more on this",
                          "more stories",
                          "recommended",
                          "you may also like",
                          "you might also like",
                          "most read",
                          "most popular",
                          "trending",
                          "top stories",
                          "latest news",
                          "more news",
                          "editor's picks",
                          "further reading",
                          "related articles",
                          "related stories",
                          "read next",
                          "up next",
                          "what to read next",
                          "lesen sie auch",
                          "à lire aussi",
                          "explore more",
                          "in other news",
                          "don't miss",
                          "more in ",
                          "leia também",
                          "leia mais",
                          "veja também",
                          "lea también",
                          "leggi anche",
                          "lees ook",
                          "baca juga",
                          "читайте также",
                          "lire aussi",
                          "weiterlesen",
                          "mehr zum thema",
                          "previous post",
                          "next post",
                          "previous article",
                          "next article",
                          "filed under",
                          "tags:",
                          "tag:",
                          "topics:"}) &&
        words <= 25) {
        return ClutterKind::RelatedLinks;
    }
    // Weather widgets: a place, a temperature, the sky (before navigation: "14° / 9°").
    if (words <= 6 && looksLikeWeather(line)) {
        return ClutterKind::Other;
    }
    // Navigation and breadcrumbs
    if (equalsAny(c, {"home",
                      "menu",
                      "search",
                      "news",
                      "back to top",
                      "skip to content",
                      "skip to main content",
                      "next",
                      "previous",
                      "more",
                      "sections",
                      "topics",
                      "contents",
                      "table of contents",
                      "close menu",
                      "open menu",
                      "show more",
                      "load more",
                      "see more",
                      "view all",
                      "top",
                      "go to"}) ||
        (words <= 12 && !endsLikeSentence(line) &&
         (containsAny(line, {" / ", " > ", " \xE2\x80\xBA ", " \xC2\xBB ", " | "}) &&
          symbolShare(line) < 0.5 && !hasMarketArrow(line) &&
          !looksLikeCaption(line)))) { // "(Photo: Jo Carter / Northwire)" is a credit
        return ClutterKind::Navigation;
    }
    // Market data: tickers are dense with numbers, signs and arrows.
    if (hasMarketArrow(line) ||
        (symbolShare(line) > 0.35 && containsAny(line, {"%", "$", "€", "£", "¥"}) &&
         !endsLikeSentence(line))) {
        return ClutterKind::MarketData;
    }
    return ClutterKind::None;
}

bool BoilerplateClassifier::looksLikeCaption(std::string_view line)
{
    const std::string l = lowerAscii(line);
    return containsAny(l, {"(photo",      "photo:",      "photo by",     "photograph:",
                           "(afp",        "afp photo",   "getty images", "(reuters",
                           "reuters/",    "(ap photo",   "ap photo",     "/ ap)",
                           "(file photo", "file photo",  "image:",       "image credit",
                           "picture:",    "(picture",    "credit:",      "(epa",
                           "epa-efe",     "/ afp",       "shutterstock", "(photo via",
                           "(supplied)",  "(image",      "via getty",    "pool photo",
                           "(courtesy",   "courtesy of", "/ northwire)", "foto:"}) ||
           photoCredit(line);
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
    // looksLikeDate is a regular expression: only lines with a digit near the start pay for it.
    const std::string_view head = line.substr(0, std::min<std::size_t>(line.size(), 40));
    const bool digitInHead =
        std::any_of(head.begin(), head.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (words <= 16 && digitInHead && looksLikeDate(head)) {
        return true;
    }
    // "March 3, 2026 09:15 am | Updated 09:40 am GMT - Wetherby"
    static const std::array<std::string_view, 12> months{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (words <= 16 && !endsLikeSentence(line)) {
        for (const std::string_view month : months) {
            if (l.starts_with(month) && containsAny(l, {"20", "19"}) &&
                (containsAny(l,
                             {" am", " pm", "updated", "|", "ist", "gmt", "utc", "edt", "est"}))) {
                return true;
            }
        }
    }
    return false;
}

namespace {

// What a line looks like on its own, before its neighbours are considered.
enum class Shape {
    Prose,   // long, punctuated, dense with stop words: body text
    Short,   // a short sentence: body text among body text, clutter among clutter
    Heading, // short, unpunctuated: headline, subheading, section name or link title
    Long,    // long but unpunctuated or sparse in stop words: a caption, a teaser, a list
    Table,   // cells in columns: data the article carries, or a ticker beside it
    Clutter, // clutter on its own evidence (stock phrase, list mark, ticker, repetition)
};

struct Line {
    std::size_t first = 0; // first sentence
    std::size_t last = 0;  // one past the last sentence
    std::string_view text;
    LineFeatures features;
    ClutterKind phrase = ClutterKind::None;
    ClutterKind clutter = ClutterKind::None; // the kind to report when the line is clutter
    bool caption = false;
    bool byline = false;
    bool doubled = false;        // "TitleTitle": an image's alternative text, printed twice
    int repeats = 1;             // lines with the same key in the document
    int occurrence = 0;          // how many came before this one
    std::size_t indent = 0;      // leading spaces: a page dump indents lists, sidebars, teasers
    double phraseShare = 0.0;    // share of the line's sentences that are stock clutter phrases
    bool commentContext = false; // under a comment's furniture (author, "2 days ago", rating)
    bool listItem = false;       // an item of a numbered list the article introduces
    Shape shape = Shape::Heading;
    double weight = 0.0;
};

ClutterKind shapeClutterKind(const LineFeatures& f, std::string_view text)
{
    const bool money = text.find('%') != std::string_view::npos ||
                       text.find('$') != std::string_view::npos ||
                       text.find("\xE2\x82\xAC") != std::string_view::npos; // €
    if (f.symbolShare() > 0.45 && (money || f.digitShare() > 0.3)) {
        return ClutterKind::MarketData;
    }
    if (f.bullet) {
        return ClutterKind::RelatedLinks;
    }
    return ClutterKind::Other;
}

// A paragraph of running text by its words alone: long, dense with the language's stop words,
// punctuated (or very long), not a run of capitalised names.
bool proseWords(const Line& line, StopLanguage language)
{
    const LineFeatures& f = line.features;
    const std::size_t words = f.wordsEquivalent();
    const bool dense = language == StopLanguage::Count
                           ? (f.cjk > 0 || f.letters > 3 * (f.digits + f.symbols))
                           : f.stopShare(language) >= 0.12;
    return words >= 8 && (f.endsSentence || words >= 25) && dense && f.capitalisedShare() < 0.6;
}

// A label that opens a section of the page ("Most read", "Comments", "Newsletter"): what
// follows it is not the article going on.
bool sectionLabel(const Line& line)
{
    switch (line.phrase) {
    case ClutterKind::Comments:
    case ClutterKind::RelatedLinks:
    case ClutterKind::Newsletter:
    case ClutterKind::CookieLegal:
    case ClutterKind::Subscription:
    case ClutterKind::Poll:
        return true;
    default:
        return false;
    }
}

// cleanText: the document is nearly all prose (see isCleanText), so a paragraph printed twice
// is the article's own repetition, not page furniture.
void judgeShape(Line& line, StopLanguage language, bool cleanText)
{
    const LineFeatures& f = line.features;
    const std::size_t words = f.wordsEquivalent();
    const double stop = f.stopShare(language);
    const bool prose = proseWords(line, language);
    line.clutter = ClutterKind::None;
    if (line.phrase != ClutterKind::None) {
        line.shape = Shape::Clutter;
        line.clutter = line.phrase;
    } else if (f.columnGaps >= 2 && words >= 3 && !f.endsSentence && line.repeats < 2) {
        line.shape = Shape::Table;
    } else if (f.letters == 0 || (f.bracketed && words <= 12) ||
               (f.symbolShare() > 0.5 && words <= 12)) {
        line.shape = Shape::Clutter;
        line.clutter = shapeClutterKind(f, line.text);
    } else if (line.doubled || (f.hashtags >= 3 && 3 * f.hashtags >= f.words)) {
        line.shape = Shape::Clutter;
        line.clutter = line.doubled ? ClutterKind::Other : ClutterKind::Share;
    } else if (line.repeats >= 2 && (words <= 40 || line.occurrence > 0) && !(cleanText && prose)) {
        // The same line twice in one page is furniture (a repeated label, a caption printed
        // twice, a teaser in two lists), not reporting; a long paragraph repeated is a pull
        // quote, kept once.
        line.shape = Shape::Clutter;
        line.clutter = ClutterKind::Other;
    } else if (f.bullet && (words < 10 || !f.endsSentence)) {
        line.shape = Shape::Clutter;
        line.clutter = ClutterKind::RelatedLinks;
    } else if (prose) {
        line.shape = Shape::Prose;
    } else if (f.endsSentence && words >= 2) {
        line.shape = Shape::Short;
    } else if (words <= 11) {
        line.shape = Shape::Heading;
    } else {
        line.shape = Shape::Long;
    }
    const double w = static_cast<double>(std::min<std::size_t>(words, 120));
    switch (line.shape) {
    case Shape::Prose:
        // Indented prose sits in a list or a box: teasers, comments, asides.
        line.weight = line.indent >= 2 ? 0.35 * w : w;
        line.weight *= std::max(0.0, 1.0 - 2.0 * line.phraseShare);
        line.weight *= line.commentContext ? 0.2 : 1.0;
        break;
    case Shape::Short:
        line.weight = 0.5 * w * (stop >= 0.1 ? 1.0 : 0.3);
        break;
    case Shape::Heading:
        line.weight = -2.0;
        break;
    case Shape::Long:
        line.weight = 0.2 * w;
        break;
    case Shape::Table:
        line.weight = 0.3 * w;
        break;
    case Shape::Clutter:
        line.weight = -6.0 - 0.3 * std::min(w, 30.0);
        break;
    }
    if (sectionLabel(line)) {
        line.weight = -25.0;
    }
    if (line.caption || line.byline) {
        line.weight = std::min(line.weight, -3.0);
    }
}

// The run of lines with the most article text: the maximum-sum stretch of line weights
// (prose counts for, clutter against), as body-text extraction does with markup.
std::pair<std::size_t, std::size_t> mainRun(const std::vector<Line>& lines)
{
    double best = 0.0;
    std::pair<std::size_t, std::size_t> run{0, 0};
    double sum = 0.0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (sum <= 0.0) {
            sum = 0.0;
            start = i;
        }
        sum += lines[i].weight;
        if (sum > best) {
            best = sum;
            run = {start, i + 1};
        }
    }
    return run;
}

// The copies of the first line that follow it at once: some files print their headline twice.
std::size_t leadCopiesEnd(const std::vector<std::string>& keys)
{
    std::size_t end = 1;
    while (end < keys.size() && !keys[0].empty() && keys[end] == keys[0]) {
        ++end;
    }
    return end;
}

// A text file of nearly nothing but paragraphs of prose (an article saved as text, not a web
// page copied whole): at most one line in ten, the opening line and its copies aside, is
// anything else. Such a file has little clutter, so neither repetition nor a long line
// without a full stop is evidence of furniture there.
bool isCleanText(const std::vector<Line>& lines, const std::vector<std::string>& keys,
                 StopLanguage language)
{
    std::size_t total = 0;
    std::size_t other = 0;
    for (std::size_t l = leadCopiesEnd(keys); l < lines.size(); ++l) {
        const Line& line = lines[l];
        ++total;
        const bool prose = proseWords(line, language) && line.phrase == ClutterKind::None &&
                           !line.features.bullet && !line.caption && line.indent < 2;
        other += prose ? 0 : 1;
    }
    return total >= 4 && 10 * other <= total;
}

// The number of a numbered list item, "3. Text", "12) Text" or "3." alone; 0 for other lines.
int listNumber(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
        ++i;
    }
    const std::size_t start = i;
    int n = 0;
    while (i < text.size() && i - start < 3 &&
           std::isdigit(static_cast<unsigned char>(text[i])) != 0) {
        n = 10 * n + (text[i] - '0');
        ++i;
    }
    if (i == start || i - start > 2 || i >= text.size() || (text[i] != '.' && text[i] != ')')) {
        return 0;
    }
    ++i;
    return i == text.size() || text[i] == ' ' || text[i] == '\t' ? n : 0;
}

// The end of a numbered list "1) ...", "2) ...", "3) ..." that starts at lines[from] or just
// below, with what stands between its items (their pictures, links and descriptions) and the
// last item's description; `from` when no list of three items or more starts there.
std::size_t numberedListEnd(const std::vector<Line>& lines, std::size_t from)
{
    int expected = 1;
    std::size_t end = from;
    std::size_t gap = 0;
    for (std::size_t l = from; l < lines.size(); ++l) {
        const int n = listNumber(lines[l].text);
        if (n == expected) {
            ++expected;
            end = l + 1;
            gap = 0;
            continue;
        }
        if (n > 0 || sectionLabel(lines[l]) || ++gap > 3) {
            break;
        }
    }
    if (expected <= 3) {
        return from;
    }
    while (end < lines.size() && lines[end].shape == Shape::Prose &&
           lines[end].phrase == ClutterKind::None) {
        ++end;
    }
    return end;
}

// Stock phrases whose wording a headline does not use ("Advertisement", "Subscribe now",
// "Share this article", "Accept all cookies"). The others also match a headline's words
// ("... It Was 40 Years Ago", "Trending ...", "A | B") unless the line is only a label.
bool unmistakableClutter(const Line& line)
{
    switch (line.phrase) {
    case ClutterKind::None:
        return false;
    case ClutterKind::Advertising:
    case ClutterKind::Subscription:
    case ClutterKind::Newsletter:
    case ClutterKind::Share:
    case ClutterKind::CookieLegal:
    case ClutterKind::MediaControls:
        return true;
    default:
        return line.features.words <= 4;
    }
}

// The first line of a file is its headline when the article follows it at once (after copies
// of it and a byline or two): files saved from a reader view, an archive or a feed open with
// the headline and no header. Not when the line is prose itself, a list item, a caption or
// stock clutter.
bool leadIsHeadline(const std::vector<Line>& lines, const std::vector<std::string>& keys,
                    std::size_t runBegin, std::size_t runEnd)
{
    if (lines.size() < 2) {
        return false;
    }
    const Line& lead = lines[0];
    const LineFeatures& f = lead.features;
    const std::size_t words = f.wordsEquivalent();
    if (lead.shape == Shape::Prose || lead.shape == Shape::Table || words < 2 || words > 30 ||
        f.letters == 0 || f.bullet || f.bracketed || f.symbolShare() > 0.5 || f.hashtags > 0 ||
        lead.doubled || lead.caption || lead.byline || unmistakableClutter(lead)) {
        return false;
    }
    // A first line that ends like a sentence is the article's first sentence unless it is
    // in title case ("Harbour Towns Get Funding From the E.U.") or asks or exclaims.
    const std::string_view text = lead.text; // trimmed: lines span whole sentences
    if (text.ends_with(':') || text.ends_with(';') ||
        (text.ends_with('.') && f.capitalisedShare() < 0.6)) {
        return false;
    }
    std::size_t next = leadCopiesEnd(keys);
    for (int bylines = 0; bylines < 2 && next < lines.size() && lines[next].byline; ++bylines) {
        ++next;
    }
    return next < lines.size() && next >= runBegin && next < runEnd &&
           lines[next].shape == Shape::Prose;
}

bool isHeader(const Sentence& s, const Header& header)
{
    const auto inRange = [&](std::pair<std::size_t, std::size_t> r) {
        return s.start >= r.first && s.end <= r.second;
    };
    return std::any_of(header.lines.begin(), header.lines.end(), inRange) ||
           (header.headlineLine && inRange(*header.headlineLine));
}

void setKind(Sentence& s, SentenceKind kind, ClutterKind clutter, float confidence)
{
    s.kind = kind;
    s.clutter = kind == SentenceKind::Boilerplate
                    ? (clutter == ClutterKind::None ? ClutterKind::Other : clutter)
                    : ClutterKind::None;
    s.source = KindSource::Rule;
    s.confidence = confidence;
}

} // namespace

BoilerplateClassifier::BoilerplateClassifier() = default;

void BoilerplateClassifier::classify(Document& document, const Header& header) const
{
    auto& sentences = document.sentences;
    if (sentences.empty()) {
        return;
    }

    // Lines: the segmenter numbers paragraphs, one per line of the page.
    std::vector<Line> lines;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (i == 0 || sentences[i].paragraph != sentences[i - 1].paragraph) {
            Line line;
            line.first = i;
            lines.push_back(line);
        }
        lines.back().last = i + 1;
    }
    std::array<std::size_t, static_cast<std::size_t>(StopLanguage::Count)> stopTotals{};
    std::size_t wordTotal = 0;
    std::unordered_map<std::string, int> repeats;
    std::vector<std::string> keys(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        Line& line = lines[l];
        const std::size_t b = std::min(sentences[line.first].start, document.text.size());
        const std::size_t e = std::clamp(sentences[line.last - 1].end, b, document.text.size());
        line.text = std::string_view(document.text).substr(b, e - b);
        line.features = m_features.read(line.text);
        for (std::size_t k = b;
             k > 0 && (document.text[k - 1] == ' ' || document.text[k - 1] == '\t'); --k) {
            ++line.indent;
        }
        for (std::size_t k = 0; k < stopTotals.size(); ++k) {
            stopTotals[k] += line.features.stopWords[k];
        }
        wordTotal += line.features.words;
        keys[l] = clutterKey(line.text);
        line.occurrence = repeats[keys[l]]++;
        line.phrase = line.features.words <= 40 ? clutterPhrase(line.text) : ClutterKind::None;
        if (line.phrase == ClutterKind::None && line.last - line.first > 1) {
            // A long line of several sentences is clutter when most of them are.
            std::size_t hits = 0;
            ClutterKind kind = ClutterKind::None;
            for (std::size_t i = line.first; i < line.last; ++i) {
                const ClutterKind k = clutterPhrase(sentences[i].text);
                if (k != ClutterKind::None) {
                    ++hits;
                    kind = k;
                }
            }
            if (2 * hits >= line.last - line.first) {
                line.phrase = kind;
            }
            line.phraseShare =
                static_cast<double>(hits) / static_cast<double>(line.last - line.first);
        }
        const std::string_view trimmed = line.text;
        line.doubled = trimmed.size() >= 8 && trimmed.size() % 2 == 0 &&
                       trimmed.substr(0, trimmed.size() / 2) == trimmed.substr(trimmed.size() / 2);
        line.caption = looksLikeCaption(line.text);
        line.byline = !line.caption && looksLikeByline(line.text);
    }
    const StopLanguage language = LineFeatureReader::dominantLanguage(stopTotals, wordTotal);
    // Comment threads: where a page has several lines of comment furniture, prose right under
    // one is a reader's comment, however well written.
    const auto commentLines = std::count_if(lines.begin(), lines.end(), [](const Line& line) {
        return line.phrase == ClutterKind::Comments;
    });
    for (std::size_t l = 0; l < lines.size(); ++l) {
        lines[l].repeats = keys[l].empty() ? 1 : repeats[keys[l]];
    }
    const bool cleanText = isCleanText(lines, keys, language);
    bool inComment = false;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        Line& line = lines[l];
        if (line.phrase == ClutterKind::Comments) {
            inComment = commentLines >= 3;
        } else if (inComment && line.features.endsSentence) {
            line.commentContext = true;
        } else if (line.features.wordsEquivalent() > 3) {
            inComment = false;
        }
        judgeShape(line, language, cleanText);
    }

    auto [runBegin, runEnd] = mainRun(lines);
    // A run that ends in a heading and a short line or two after its last paragraph ends on a
    // box of its own (a poll, a teaser): the article stopped at that paragraph.
    {
        std::size_t lastProse = runEnd;
        for (std::size_t l = runEnd; l-- > runBegin;) {
            if (lines[l].shape == Shape::Prose || lines[l].shape == Shape::Table) {
                lastProse = l;
                break;
            }
        }
        if (lastProse < runEnd) {
            for (std::size_t l = lastProse + 1; l < runEnd; ++l) {
                if (lines[l].shape == Shape::Heading || lines[l].shape == Shape::Clutter) {
                    runEnd = l;
                    break;
                }
            }
        }
    }
    // A numbered list that the article's last paragraph introduces ("... the offers not to
    // miss:" then "1) ...", "2) ...") is the article going on, not a list of links: lists of
    // links follow a label ("Most read"), not a sentence. Its items are article text.
    if (runEnd > runBegin && lines[runEnd - 1].text.ends_with(':') &&
        lines[runEnd - 1].phrase == ClutterKind::None &&
        lines[runEnd - 1].features.wordsEquivalent() >= 4) {
        const std::size_t listEnd = numberedListEnd(lines, runEnd);
        for (std::size_t l = runEnd; l < listEnd; ++l) {
            Line& line = lines[l];
            // Items only: the pictures between them stay clutter, their descriptions are
            // prose inside the run anyway.
            if (line.phrase == ClutterKind::None && !line.caption && listNumber(line.text) > 0) {
                line.listItem = true;
            }
        }
        runEnd = listEnd;
    }
    // A run that ends on "... at the following addresses:" ends on what introduces clutter.
    while (runEnd > runBegin + 1 && lines[runEnd - 1].text.ends_with(':')) {
        --runEnd;
    }
    const bool haveRun = runEnd > runBegin;

    // The headline: the header's, else a heading-shaped line above the main run: the one
    // right above the dateline when there is one (pages put teasers above headlines), else
    // the nearest.
    std::optional<std::size_t> headline;
    std::size_t headlineEnd = 0; // the headline's line and the copies of it right below
    if (!header.headlineLine && haveRun && leadIsHeadline(lines, keys, runBegin, runEnd)) {
        headline = 0;
        headlineEnd = leadCopiesEnd(keys);
    } else if (!header.headlineLine && haveRun) {
        const std::size_t stop = runBegin > 15 ? runBegin - 15 : 0;
        std::optional<std::size_t> nearest;
        std::optional<std::size_t> aboveByline;
        bool sawByline = false;
        for (std::size_t l = runBegin; l-- > stop;) {
            const Line& line = lines[l];
            if (line.shape == Shape::Prose && !line.byline && !line.caption) {
                break;
            }
            if (line.byline) {
                sawByline = true;
                continue;
            }
            const bool candidate = !line.caption && line.phrase == ClutterKind::None &&
                                   line.repeats < 2 &&
                                   (line.shape == Shape::Heading || line.shape == Shape::Short ||
                                    (line.shape == Shape::Long && line.features.words <= 25)) &&
                                   line.features.wordsEquivalent() >= 3;
            if (!candidate) {
                continue;
            }
            if (!nearest) {
                nearest = l;
            }
            if (sawByline && !aboveByline) {
                aboveByline = l;
            }
        }
        headline = aboveByline ? aboveByline : nearest;
        headlineEnd = headline ? *headline + 1 : 0;
    }

    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Line& line = lines[l];
        const bool inRun = haveRun && l >= runBegin && l < runEnd;
        const bool beforeRun = !haveRun || l < runBegin;
        for (std::size_t i = line.first; i < line.last; ++i) {
            Sentence& s = sentences[i];
            if (isHeader(s, header)) {
                bool isHeadline = header.headlineLine && s.start >= header.headlineLine->first &&
                                  s.end <= header.headlineLine->second;
                if (isHeadline && s.start < header.headlineStart) {
                    // "Title: Ferry aground": the headline is the value; the key stays out
                    // of every sentence, so it never shows as a word the headline changed.
                    if (s.end > header.headlineStart) {
                        s.text.erase(0, header.headlineStart - s.start);
                        s.start = header.headlineStart;
                    } else {
                        isHeadline = false; // the key alone, should a segmenter cut there
                    }
                }
                s.kind = isHeadline ? SentenceKind::Headline : SentenceKind::Byline;
                s.clutter = ClutterKind::None;
                s.source = KindSource::Header;
                s.confidence = 1.0F;
                continue;
            }
            // A sentence that is a stock phrase on its own ("Advertisement" run into a line).
            const ClutterKind own = line.last - line.first > 1 && countWords(s.text) <= 12
                                        ? clutterPhrase(s.text)
                                        : ClutterKind::None;
            if (own != ClutterKind::None) {
                setKind(s, SentenceKind::Boilerplate, own, 0.9F);
                continue;
            }
            if (headline && l == *headline) {
                setKind(s, SentenceKind::Headline, ClutterKind::None, 0.8F);
                continue;
            }
            if (headline && l > *headline && l < headlineEnd) {
                // The headline printed again (a page's title above its own heading): furniture.
                // As a headline it stood in a row of its own, an "addition" of its outlet.
                setKind(s, SentenceKind::Boilerplate, ClutterKind::Other, 0.9F);
                continue;
            }
            if (line.phrase != ClutterKind::None) {
                setKind(s, SentenceKind::Boilerplate, line.phrase, 0.95F);
            } else if (line.listItem) {
                setKind(s, SentenceKind::Body, ClutterKind::None, 0.75F);
            } else if (line.caption) {
                setKind(s, SentenceKind::Caption, ClutterKind::None, 0.85F);
            } else if (line.byline) {
                setKind(s, SentenceKind::Byline, ClutterKind::None, 0.85F);
            } else if (line.shape == Shape::Clutter) {
                setKind(s, SentenceKind::Boilerplate, line.clutter, inRun ? 0.6F : 0.8F);
            } else if (inRun) {
                switch (line.shape) {
                case Shape::Prose:
                    setKind(s, SentenceKind::Body, ClutterKind::None, 0.9F);
                    break;
                case Shape::Short:
                    setKind(s, SentenceKind::Body, ClutterKind::None, 0.75F);
                    break;
                case Shape::Heading:
                    setKind(s, SentenceKind::Subheading, ClutterKind::None, 0.6F);
                    break;
                case Shape::Long:
                    // Long and unpunctuated amid the article: a caption under a photo, unless
                    // the file is plain prose with no photos (a sentence that lost its stop).
                    if (cleanText) {
                        setKind(s, SentenceKind::Body, ClutterKind::None, 0.6F);
                    } else {
                        setKind(s, SentenceKind::Caption, ClutterKind::None, 0.55F);
                    }
                    break;
                case Shape::Table:
                    setKind(s, SentenceKind::Body, ClutterKind::None, 0.6F);
                    break;
                case Shape::Clutter:
                    break;
                }
            } else {
                // Outside the article's run: page furniture, unless another outlet carries the
                // same sentence (low confidence lets the comparison restore it).
                if (headline && l > *headline && beforeRun && line.shape == Shape::Heading &&
                    line.features.wordsEquivalent() >= 3) {
                    // Between the headline and the first paragraph: a standfirst.
                    setKind(s, SentenceKind::Subheading, ClutterKind::None, 0.55F);
                    continue;
                }
                const ClutterKind kind =
                    line.shape == Shape::Heading
                        ? (beforeRun ? ClutterKind::Navigation : ClutterKind::RelatedLinks)
                        : ClutterKind::Other;
                setKind(s, SentenceKind::Boilerplate, kind, 0.5F);
            }
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
                !clutterKey(s.text).starts_with("by ")) {
                document.metadata.date = s.text;
                break;
            }
        }
    }
}

} // namespace parallax::core
