#include "core/metadata_reader.h"

#include "core/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace parallax::core {

namespace {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s)
{
    const auto [b, e] = utf8::trimmedRange(s, 0, s.size());
    return s.substr(b, e - b);
}

struct Line {
    std::size_t start;
    std::size_t end;
    std::string_view text; // trimmed
};

std::vector<Line> firstLines(std::string_view text, std::size_t max)
{
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos <= text.size() && lines.size() < max) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) {
            nl = text.size();
        }
        lines.push_back({pos, nl, trim(text.substr(pos, nl - pos))});
        if (nl == text.size()) {
            break;
        }
        pos = nl + 1;
    }
    return lines;
}

enum class Key { None, Title, Outlet, Url, Date, Other };

Key keyKind(std::string_view key)
{
    static const std::array<std::pair<const char*, Key>, 18> keys{{
        {"title", Key::Title},
        {"headline", Key::Title},
        {"source", Key::Outlet},
        {"outlet", Key::Outlet},
        {"publisher", Key::Outlet},
        {"publication", Key::Outlet},
        {"url", Key::Url},
        {"link", Key::Url},
        {"date", Key::Date},
        {"published", Key::Date},
        {"updated", Key::Other},
        {"author", Key::Other},
        {"by", Key::Other},
        {"byline", Key::Other},
        {"language", Key::Other},
        {"section", Key::Other},
        {"tags", Key::Other},
        {"description", Key::Other},
    }};
    const std::string k = lowerAscii(key);
    for (const auto& [name, kind] : keys) {
        if (k == name) {
            return kind;
        }
    }
    return Key::None;
}

std::optional<std::pair<std::string_view, std::string_view>> splitKeyValue(std::string_view line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 20) {
        return std::nullopt;
    }
    const std::string_view key = trim(line.substr(0, colon));
    const std::string_view value = trim(line.substr(colon + 1));
    if (keyKind(key) == Key::None || value.empty()) {
        return std::nullopt;
    }
    return std::make_pair(key, value);
}

std::string outletFromFileName(std::string_view fileName)
{
    std::string stem(fileName);
    if (const std::size_t slash = stem.find_last_of('/'); slash != std::string::npos) {
        stem.erase(0, slash + 1);
    }
    if (const std::size_t dot = stem.find_last_of('.'); dot != std::string::npos && dot > 0) {
        stem.erase(dot);
    }
    // Drop a leading sort number such as "01-" or "000_".
    std::size_t i = 0;
    while (i < stem.size() && std::isdigit(static_cast<unsigned char>(stem[i]))) {
        ++i;
    }
    if (i > 0 && i < stem.size() && (stem[i] == '-' || stem[i] == '_' || stem[i] == ' ')) {
        stem.erase(0, i + 1);
    }
    std::replace(stem.begin(), stem.end(), '_', ' ');
    std::replace(stem.begin(), stem.end(), '-', ' ');
    // Title case for readability in a column header: "coastal herald" -> "Coastal Herald";
    // words with digits are codes ("e7e012132c37a880", "news24") and keep their case.
    for (std::size_t start = 0; start < stem.size();) {
        const std::size_t end = std::min(stem.find(' ', start), stem.size());
        const bool letters =
            std::all_of(stem.begin() + static_cast<std::ptrdiff_t>(start),
                        stem.begin() + static_cast<std::ptrdiff_t>(end),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) == 0; });
        if (letters && end > start && stem[start] >= 'a' && stem[start] <= 'z') {
            stem[start] = static_cast<char>(stem[start] - 'a' + 'A');
        }
        start = end + 1;
    }
    return stem.empty() ? std::string(fileName) : stem;
}

} // namespace

bool looksLikeUrl(std::string_view line)
{
    line = trim(line);
    return (line.starts_with("http://") || line.starts_with("https://") ||
            line.starts_with("www.")) &&
           line.find(' ') == std::string_view::npos;
}

bool looksLikeDate(std::string_view line)
{
    static const std::regex patterns(
        R"(^(\d{8}|\d{4}-\d{2}-\d{2}([T ][0-9:.]+Z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|)"
        R"((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? .*\d{4}.*|)"
        R"((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}.*|)"
        R"(\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4}.*)$)",
        std::regex::icase | std::regex::optimize);
    const std::string_view t = trim(line);
    return !t.empty() && t.size() < 80 && std::regex_match(t.begin(), t.end(), patterns);
}

std::string domainOf(std::string_view url)
{
    std::string_view u = trim(url);
    if (const std::size_t scheme = u.find("://"); scheme != std::string_view::npos) {
        u.remove_prefix(scheme + 3);
    }
    u = u.substr(0, u.find_first_of("/?#:"));
    if (u.starts_with("www.")) {
        u.remove_prefix(4);
    }
    if (u.find('.') == std::string_view::npos) {
        return {};
    }
    return lowerAscii(u);
}

std::string writtenNameOf(std::string_view text, std::string_view domain)
{
    // Labels that name no outlet: hosts, mobile and section prefixes, second-level suffixes.
    static const std::array<std::string_view, 12> generic{
        "www", "m", "mobile", "amp", "news", "edition", "co", "com", "org", "net", "ac", "gov"};
    std::vector<std::string_view> labels;
    for (std::size_t start = 0; start < domain.size();) {
        const std::size_t dot = std::min(domain.find('.', start), domain.size());
        labels.push_back(domain.substr(start, dot - start));
        start = dot + 1;
    }
    if (!labels.empty()) {
        labels.pop_back(); // the top-level domain
    }
    struct Word {
        std::size_t start;
        std::size_t end;
        bool capitalised;
        bool joinsNext; // one space, nothing else, before the next word
    };
    std::vector<Word> words;
    const auto isWordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '&' || c == '\'';
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && isWordChar(text[i])) {
            ++i;
        }
        if (!words.empty()) {
            Word& previous = words.back();
            previous.joinsNext = start == previous.end + 1 && text[previous.end] == ' ';
        }
        const unsigned char first = static_cast<unsigned char>(text[start]);
        words.push_back({start, i, std::isupper(first) != 0 || std::isdigit(first) != 0, false});
    }
    for (const std::string_view label : labels) {
        if (label.size() < 3 || std::find(generic.begin(), generic.end(), label) != generic.end()) {
            continue;
        }
        std::string wanted;
        for (const char c : label) {
            if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
                wanted.push_back(c);
            }
        }
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string spelled;
            for (std::size_t j = i; j < words.size() && j < i + 5 && words[j].capitalised; ++j) {
                for (std::size_t k = words[j].start; k < words[j].end; ++k) {
                    if (std::isalnum(static_cast<unsigned char>(text[k])) != 0) {
                        spelled.push_back(
                            static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
                    }
                }
                if (spelled == wanted) {
                    return std::string(text.substr(words[i].start, words[j].end - words[i].start));
                }
                if (spelled.size() >= wanted.size() || !words[j].joinsNext) {
                    break;
                }
            }
        }
    }
    return {};
}

Header readHeader(std::string_view text, std::string_view fileName)
{
    Header header;
    Metadata& meta = header.metadata;
    const std::vector<Line> lines = firstLines(text, 12);

    // A block of `Key: value` lines at the very top (blank lines before it are allowed).
    std::size_t i = 0;
    while (i < lines.size() && lines[i].text.empty()) {
        ++i;
    }
    bool sawKeyBlock = false;
    for (; i < lines.size(); ++i) {
        const auto kv = splitKeyValue(lines[i].text);
        if (!kv) {
            break;
        }
        sawKeyBlock = true;
        const auto [key, value] = *kv;
        meta.fields.emplace_back(std::string(key), std::string(value));
        // The Title line is the outlet's headline, article text like any headline: it must
        // align with the other outlets' headlines rather than show as "not reported".
        if (keyKind(key) == Key::Title && !header.headlineLine) {
            header.headlineLine = std::make_pair(lines[i].start, lines[i].end);
            header.headlineStart = static_cast<std::size_t>(value.data() - text.data());
        } else {
            header.lines.emplace_back(lines[i].start, lines[i].end);
        }
        switch (keyKind(key)) {
        case Key::Title:
            meta.title = value;
            break;
        case Key::Outlet:
            meta.outlet = value;
            break;
        case Key::Url:
            meta.url = value;
            break;
        case Key::Date:
            meta.date = value;
            break;
        default:
            break;
        }
    }

    if (!sawKeyBlock) {
        // "Headline / date / URL" as scrapers save pages: a date or URL line among the first
        // lines right under the first line marks a header.
        std::size_t first = 0;
        while (first < lines.size() && lines[first].text.empty()) {
            ++first;
        }
        bool sawHeaderLine = false;
        for (std::size_t k = first + 1; k < lines.size() && k <= first + 3; ++k) {
            const std::string_view t = lines[k].text;
            if (looksLikeUrl(t) && meta.url.empty()) {
                meta.url = t;
            } else if (looksLikeDate(t) && meta.date.empty()) {
                meta.date = t;
            } else {
                continue;
            }
            sawHeaderLine = true;
            header.lines.emplace_back(lines[k].start, lines[k].end);
        }
        if (sawHeaderLine && first < lines.size()) {
            meta.title = lines[first].text;
            header.headlineLine = std::make_pair(lines[first].start, lines[first].end);
            header.headlineStart = static_cast<std::size_t>(lines[first].text.data() - text.data());
        }
    }

    if (meta.outlet.empty() && !meta.url.empty()) {
        // "Subscribe to the Coastal Herald" reads better in a column header than
        // "coastalherald.example"; the domain stays when the page never spells its name.
        const std::string domain = domainOf(meta.url);
        const std::string written = writtenNameOf(text, domain);
        meta.outlet = written.empty() ? domain : written;
    }
    if (meta.outlet.empty()) {
        meta.outlet = outletFromFileName(fileName);
    }
    return header;
}

} // namespace parallax::core
