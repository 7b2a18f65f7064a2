#include "core/html_export.h"

#include "core/html_assets.h"
#include "core/language.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <openssl/evp.h>
#include <optional>
#include <vector>

namespace parallax::core {

namespace {

void appendNumber(std::string& out, std::size_t n)
{
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), n);
    out.append(buffer.data(), result.ptr);
}

std::size_t percent(double share)
{
    if (!std::isfinite(share)) {
        return 0;
    }
    return static_cast<std::size_t>(std::lround(std::clamp(share, 0.0, 1.0) * 100.0));
}

std::string_view outletName(const Document& doc)
{
    return doc.metadata.outlet.empty() ? std::string_view(doc.path)
                                       : std::string_view(doc.metadata.outlet);
}

// Only plain web addresses become links; anything else (javascript:, data:, odd bytes) is text.
bool isWebUrl(std::string_view url)
{
    auto startsWith = [url](std::string_view prefix) {
        if (url.size() <= prefix.size()) {
            return false;
        }
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            const char c = url[i];
            const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            if (lower != prefix[i]) {
                return false;
            }
        }
        return true;
    };
    if (!startsWith("http://") && !startsWith("https://")) {
        return false;
    }
    return std::none_of(url.begin(), url.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' ||
               c == '\\' || c == '`';
    });
}

// "20261103" reads better as "2026-11-03"; any other form is shown as written.
std::string displayDate(const std::string& date)
{
    if (date.size() == 8 &&
        std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    }
    return date;
}

// Moves pos forward to the start of a UTF-8 character, so that a bad offset never splits one.
std::size_t characterBoundary(std::string_view text, std::size_t pos)
{
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0U) == 0x80U) {
        ++pos;
    }
    return pos;
}

const char* sentenceLabel(const Sentence& sentence)
{
    switch (sentence.kind) {
    case SentenceKind::Headline:
    case SentenceKind::Subheading:
    case SentenceKind::Body:
        return nullptr;
    case SentenceKind::Byline:
        return "byline";
    case SentenceKind::Caption:
        return "caption";
    case SentenceKind::Boilerplate:
        break;
    }
    return sentence.clutter == ClutterKind::None ? "clutter" : toString(sentence.clutter);
}

const char* plural(std::size_t n, const char* one, const char* many)
{
    return n == 1 ? one : many;
}

class HtmlWriter {
public:
    explicit HtmlWriter(const Comparison& comparison)
        : m_comparison(comparison), m_docs(comparison.documents)
    {
        m_ordinals.resize(m_docs.size());
        m_articleCounts.resize(m_docs.size(), 0);
        for (std::size_t d = 0; d < m_docs.size(); ++d) {
            std::size_t article = 0;
            m_ordinals[d].reserve(m_docs[d].sentences.size());
            for (const Sentence& s : m_docs[d].sentences) {
                article += s.isArticleText() ? 1 : 0;
                m_ordinals[d].push_back(article);
            }
            m_articleCounts[d] = article;
        }
        m_rowOfSentence = rowOfEachSentence(comparison.rows);
        for (const Row& row : comparison.rows) {
            if (row.boilerplate) {
                ++m_clutterRows;
            } else if (row.status == RowStatus::Shared) {
                ++m_sharedRows;
            } else if (row.status == RowStatus::Partial) {
                ++m_partialRows;
            } else {
                ++m_uniqueRows;
            }
        }
    }

    std::string write()
    {
        std::size_t textBytes = 0;
        for (const Document& doc : m_docs) {
            textBytes += doc.text.size();
        }
        m_out.reserve(html::styleSheet().size() + html::script().size() + textBytes * 2 +
                      m_comparison.rows.size() * (m_docs.size() + 1) * 48 + 16384);

        const std::string style = styleSheet();
        const std::string_view script = html::script();
        m_out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        // Even if some text escaped the escaping, the browser would load nothing and run
        // nothing but the two blocks below.
        m_out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src '";
        m_out += cspHashSource(style);
        m_out += "'; script-src '";
        m_out += cspHashSource(script);
        m_out += "'; base-uri 'none'; form-action 'none'\">\n";
        m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"referrer\" content=\"no-referrer\">\n"
                 "<meta name=\"generator\" content=\"Parallax " PARALLAX_VERSION "\">\n<title>";
        const std::string_view headline = mainHeadline();
        m_out += "Parallax comparison";
        if (!headline.empty()) {
            m_out += ": ";
            appendEscapedHtml(m_out, headline);
        }
        m_out += "</title>\n<style>";
        m_out += style;
        m_out += "</style>\n</head>\n<body>\n";
        writeIntro(headline);
        writeToolbar();
        writeGrid();
        m_out += "<footer>Exported by Parallax " PARALLAX_VERSION
                 ". This file is self-contained: it loads nothing from the network. Keys: "
                 "<kbd>j</kbd>/<kbd>k</kbd> next/previous row (<kbd>\xE2\x86\x93</kbd>/"
                 "<kbd>\xE2\x86\x91</kbd> once a row is chosen), <kbd>c</kbd> page clutter, "
                 "<kbd>Esc</kbd> clear.</footer>\n<script>";
        m_out += script;
        m_out += "</script>\n</body>\n</html>\n";
        return std::move(m_out);
    }

private:
    void put(std::string_view text) { m_out += text; }
    void putEscaped(std::string_view text) { appendEscapedHtml(m_out, text); }

    // The page speaks English (its labels and figures); the articles' text, when in another
    // language, says so: screen readers read it in that language's voice, browsers hyphenate
    // and spell-check it by that language's rules.
    void putArticleLanguage()
    {
        if (!m_comparison.language.empty() && m_comparison.language != "en") {
            put(" lang=\"");
            putEscaped(m_comparison.language);
            put("\"");
        }
    }
    void putNumber(std::size_t n) { appendNumber(m_out, n); }

    std::string styleSheet() const
    {
        // The only generated rule: room for every column, so that narrow screens scroll
        // sideways instead of squeezing the text.
        std::string style(html::styleSheet());
        const std::string n = std::to_string(std::max<std::size_t>(m_docs.size(), 1));
        style += "table.grid{min-width:calc(3.6rem + " + n + " * 17rem)}\n";
        style +=
            "@media (max-width:40rem){table.grid{min-width:calc(2.6rem + " + n + " * 80vw)}}\n";
        style +=
            m_docs.size() >= 4 ? "@page{size:landscape;margin:1cm}\n" : "@page{margin:1.5cm}\n";
        return style;
    }

    std::string_view mainHeadline() const
    {
        for (const Document& doc : m_docs) {
            if (!doc.metadata.title.empty()) {
                return doc.metadata.title;
            }
        }
        return {};
    }

    const OutletStatistics& statistics(std::size_t d) const
    {
        static const OutletStatistics none{};
        return d < m_comparison.statistics.size() ? m_comparison.statistics[d] : none;
    }

    void writeIntro(std::string_view headline)
    {
        const std::size_t n = m_docs.size();
        put("<header class=\"top\">\n<h1");
        if (headline.empty()) {
            put(">Comparison");
        } else {
            putArticleLanguage();
            put(">");
            putEscaped(headline);
        }
        put("</h1>\n<p class=\"subtitle\">");
        putNumber(n);
        put(plural(n, " outlet", " outlets"));
        put(" compared sentence by sentence with Parallax");
        if (const Language* language = languageOfLocale(m_comparison.language);
            language && language->code != "en") {
            put(" \xC2\xB7 articles in ");
            put(language->english);
        }
        if (m_comparison.rowsFollow && *m_comparison.rowsFollow < n) {
            put(" \xC2\xB7 rows in the order of ");
            putEscaped(outletName(m_docs[*m_comparison.rowsFollow]));
        }
        put("</p>\n<p class=\"summary\" id=\"summary\">");
        const std::size_t articleRows = m_sharedRows + m_partialRows + m_uniqueRows;
        putNumber(articleRows);
        put(plural(articleRows, " row", " rows"));
        put(" of article text: <strong>");
        putNumber(m_sharedRows);
        put("</strong> carried by all ");
        putNumber(n);
        put(plural(n, " outlet", " outlets"));
        put(", <strong>");
        putNumber(m_partialRows);
        put("</strong> by several and <strong>");
        putNumber(m_uniqueRows);
        put("</strong> by one outlet only.");
        if (m_clutterRows > 0) {
            put(" ");
            putNumber(m_clutterRows);
            put(plural(m_clutterRows, " row", " rows"));
            put(" of page clutter (advertising, share buttons, links\xE2\x80\xA6) "
                "collapsed.");
        }
        put("</p>\n");
        writeOutletTable();
        writeSimilarity();
        writeLegend();
        put("</header>\n");
    }

    // After an omission count: how many of them the outlet may tell in other words (its close
    // sentence is named in the empty cell), so a reader does not take them all for silence.
    void putOmissionsNear(const OutletStatistics& s)
    {
        if (s.omissionsNear == 0) {
            return;
        }
        put(" <span class=\"omit-near\" title=\"");
        putNumber(s.omissionsNear);
        put(plural(s.omissionsNear, " of them has", " of them have"));
        put(" a close sentence of this outlet, too unlike to align: it may say the same in other "
            "words\">(");
        putNumber(s.omissionsNear);
        put(" \xE2\x89\x88)</span>");
    }

    void writeOutletTable()
    {
        const std::size_t n = m_docs.size();
        put(n <= 12 ? "<details open>" : "<details>");
        put("<summary>Figures per outlet: omissions are rows that two or more other outlets "
            "carry and this one lacks (\xE2\x89\x88: of them, those where it has a close "
            "sentence that may say the same in other words); additions are rows only this "
            "outlet has</summary>\n"
            "<div class=\"wide\"><table class=\"stats\" id=\"outlet-figures\"><thead><tr><th "
            "scope=\"col\">Outlet"
            "</th><th scope=\"col\">Coverage</th><th scope=\"col\">Omissions</th><th "
            "scope=\"col\">Additions</th><th scope=\"col\">Moved</th><th scope=\"col\">Words"
            "</th><th scope=\"col\">Clutter lines</th></tr></thead><tbody>\n");
        for (std::size_t d = 0; d < n; ++d) {
            const OutletStatistics& s = statistics(d);
            put("<tr><th scope=\"row\">");
            putEscaped(outletName(m_docs[d]));
            put("</th><td>");
            putNumber(percent(s.coverage));
            put("%</td><td>");
            putNumber(s.omissions);
            putOmissionsNear(s);
            put("</td><td>");
            putNumber(s.additions);
            put("</td><td>");
            putNumber(s.moved);
            put("</td><td>");
            putNumber(s.words);
            put("</td><td>");
            putNumber(s.boilerplateSentences);
            put("</td></tr>\n");
        }
        put("</tbody></table></div></details>\n");
    }

    void writeSimilarity()
    {
        // Beyond a few dozen outlets a matrix is a wall of numbers; the figures above remain.
        const std::size_t n = m_docs.size();
        const auto& sim = m_comparison.similarity;
        if (n < 2 || n > 30 || sim.size() != n) {
            return;
        }
        put("<details><summary>How alike the outlets' wording is (share of the same words; "
            "shared wire copy shows as high figures)</summary>\n<div class=\"wide\"><table "
            "class=\"stats\" "
            "id=\"similarity\"><thead><tr><th scope=\"col\"></th>");
        for (std::size_t d = 0; d < n; ++d) {
            put("<th scope=\"col\">");
            putEscaped(outletName(m_docs[d]));
            put("</th>");
        }
        put("</tr></thead><tbody>\n");
        for (std::size_t i = 0; i < n; ++i) {
            put("<tr><th scope=\"row\">");
            putEscaped(outletName(m_docs[i]));
            put("</th>");
            for (std::size_t j = 0; j < n; ++j) {
                put("<td>");
                if (i == j) {
                    put("\xE2\x80\x94");
                } else if (j < sim[i].size()) {
                    putNumber(percent(sim[i][j]));
                    put("%");
                }
                put("</td>");
            }
            put("</tr>\n");
        }
        put("</tbody></table></div></details>\n");
    }

    void writeLegend()
    {
        put("<ul class=\"legend\" id=\"legend\" aria-label=\"Legend\">"
            "<li><span class=\"sample\"><span class=\"w chg\">reworded</span></span> words "
            "changed from the row's reference version</li>"
            "<li><span class=\"sample\"><span class=\"w add\">added</span></span> words the "
            "reference lacks</li>"
            "<li><span class=\"sample\"><del class=\"miss\">left out</del></span> reference "
            "words this version lacks</li>"
            "<li><span class=\"ref-mark\">\xE2\x97\x86</span>the row's reference version</li>"
            "<li><span class=\"omit-label\">\xE2\x80\x94 not reported \xE2\x80\x94</span> "
            "omission</li>"
            "<li><span class=\"badge add\">+ only in \xE2\x80\xA6</span>addition</li>"
            "<li><span class=\"near inline\">\xE2\x89\x88 row 12</span>this outlet's closest "
            "sentence, too unlike to align: it may say the same in other words</li>"
            "<li><span class=\"badge moved\">\xE2\x86\x95 moved</span>out of the outlet's own "
            "order</li>"
            "<li><span class=\"chip\">advertising</span>page clutter and its kind</li>"
            "<li>\xE2\x97\x8F all outlets \xC2\xB7 \xE2\x97\x90 several \xC2\xB7 "
            "\xE2\x97\x8B one</li>");
        // Only when the reader's word shaped some row: otherwise the key explains nothing.
        if (std::any_of(m_comparison.rows.begin(), m_comparison.rows.end(),
                        [](const Row& row) { return row.byUser; })) {
            put("<li>");
            put(kByUserMark);
            put("a sentence put in or taken out by the reader, not by the matching</li>");
        }
        put("</ul>\n");
    }

    // A row the user shaped by hand (Row::byUser): whoever reads the export should know which
    // pairings are a person's judgement rather than the matching's.
    static constexpr std::string_view kByUserMark =
        "<span class=\"by-user\" title=\"Shaped by the reader: a sentence put in this row or "
        "taken out of it by hand\">\xE2\x9C\x8E by hand</span>";

    void writeToolbar()
    {
        put("<div class=\"toolbar\" role=\"toolbar\" aria-label=\"View\">");
        if (m_clutterRows > 0) {
            std::string show = "Show page clutter (" + std::to_string(m_clutterRows) + ")";
            put("<button type=\"button\" id=\"clutter-toggle\" aria-pressed=\"false\" "
                "aria-controls=\"grid\" data-show=\"");
            put(show);
            put("\" data-hide=\"Hide page clutter\">");
            put(show);
            put("</button>");
        } else {
            put("<button type=\"button\" id=\"clutter-toggle\" aria-pressed=\"false\" "
                "disabled data-show=\"No page clutter\" data-hide=\"No page clutter\">No page "
                "clutter</button>");
        }
        // The reference words a version lacks are many in a rewritten row; like the window,
        // the page shows them on demand.
        put("<button type=\"button\" id=\"missing-toggle\" aria-pressed=\"false\" "
            "aria-controls=\"grid\">Show missing words</button>");
        put("<span class=\"keys\">Click a sentence to follow its row \xC2\xB7 <kbd>j</kbd> "
            "<kbd>k</kbd> next/previous row \xC2\xB7 <kbd>c</kbd> clutter \xC2\xB7 <kbd>m</kbd> "
            "missing words</span>"
            "<span id=\"position\" aria-live=\"polite\"></span></div>\n");
    }

    void writeGrid()
    {
        const std::size_t n = m_docs.size();
        put("<div class=\"scroller\">\n<table class=\"grid\" id=\"grid\" data-outlets=\"");
        putNumber(n);
        put("\" data-rows=\"");
        putNumber(m_comparison.rows.size());
        put("\"");
        putArticleLanguage();
        put("><colgroup><col class=\"c-rh\">");
        for (std::size_t d = 0; d < n; ++d) {
            put("<col>");
        }
        put("</colgroup>\n<thead><tr class=\"names\"><th class=\"corner\" scope=\"col\" "
            "title=\"Row\">#"
            "</th>");
        for (std::size_t d = 0; d < n; ++d) {
            put("<th class=\"outlet\" scope=\"col\" data-doc=\"");
            putNumber(d);
            put("\">");
            putEscaped(outletName(m_docs[d]));
            put("</th>");
        }
        put("</tr>\n<tr class=\"meta\"><th class=\"corner\"></th>");
        for (std::size_t d = 0; d < n; ++d) {
            writeOutletHeader(d);
        }
        put("</tr></thead>\n<tbody>\n");
        const auto& rows = m_comparison.rows;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].boilerplate && (r == 0 || !rows[r - 1].boilerplate)) {
                writeFold(r);
            }
            writeRow(r);
        }
        put("</tbody></table>\n</div>\n");
    }

    void writeOutletHeader(std::size_t d)
    {
        const Document& doc = m_docs[d];
        const OutletStatistics& s = statistics(d);
        put("<th class=\"meta\" scope=\"col\">");
        if (!doc.metadata.title.empty()) {
            put("<span class=\"headline\">");
            putEscaped(doc.metadata.title);
            put("</span>");
        }
        if (!doc.metadata.date.empty()) {
            put("<span class=\"dateline\">");
            putEscaped(displayDate(doc.metadata.date));
            put("</span>");
        }
        if (!doc.metadata.url.empty()) {
            if (isWebUrl(doc.metadata.url)) {
                put("<a class=\"url\" rel=\"noopener noreferrer nofollow\" href=\"");
                putEscaped(doc.metadata.url);
                put("\">");
                putEscaped(doc.metadata.url);
                put("</a>");
            } else {
                put("<span class=\"url\">");
                putEscaped(doc.metadata.url);
                put("</span>");
            }
        }
        put("<span class=\"figs\">coverage ");
        putNumber(percent(s.coverage));
        put("% \xC2\xB7 ");
        putNumber(s.omissions);
        put(plural(s.omissions, " omission", " omissions"));
        putOmissionsNear(s);
        put(" \xC2\xB7 ");
        putNumber(s.additions);
        put(plural(s.additions, " addition", " additions"));
        put(" \xC2\xB7 ");
        putNumber(s.moved);
        put(" moved</span></th>");
    }

    // The bar that stands for a run of clutter rows while they are hidden.
    void writeFold(std::size_t first)
    {
        const auto& rows = m_comparison.rows;
        std::size_t last = first;
        std::vector<const char*> kinds;
        bool moreKinds = false;
        while (last < rows.size() && rows[last].boilerplate) {
            const Row& row = rows[last];
            for (std::size_t d = 0; d < row.cells.size() && d < m_docs.size(); ++d) {
                for (const std::size_t s : row.cells[d].sentences) {
                    if (s >= m_docs[d].sentences.size()) {
                        continue;
                    }
                    const char* label = sentenceLabel(m_docs[d].sentences[s]);
                    if (label == nullptr ||
                        std::find_if(kinds.begin(), kinds.end(), [label](const char* k) {
                            return std::string_view(k) == label;
                        }) != kinds.end()) {
                        continue;
                    }
                    if (kinds.size() < 4) {
                        kinds.push_back(label);
                    } else {
                        moreKinds = true;
                    }
                }
            }
            ++last;
        }
        const std::size_t count = last - first;
        put("<tr class=\"fold\"><td colspan=\"");
        putNumber(m_docs.size() + 1);
        put("\"><button type=\"button\" class=\"fold-btn\">\xE2\x8B\xAF ");
        putNumber(count);
        put(plural(count, " row", " rows"));
        put(" of page clutter");
        if (!kinds.empty()) {
            put(" (");
            for (std::size_t i = 0; i < kinds.size(); ++i) {
                put(i == 0 ? "" : ", ");
                put(kinds[i]);
            }
            put(moreKinds ? ", \xE2\x80\xA6)" : ")");
        }
        put(" \xC2\xB7 show</button></td></tr>\n");
    }

    void writeRow(std::size_t r)
    {
        const Row& row = m_comparison.rows[r];
        const char* status = toString(row.status);
        put("<tr class=\"row st-");
        put(status);
        put(row.boilerplate ? " clutter" : "");
        put("\" id=\"r");
        putNumber(r + 1);
        put("\" data-row=\"");
        putNumber(r + 1);
        put("\" data-status=\"");
        put(status);
        put("\" tabindex=\"-1\"><th class=\"rh\" scope=\"row\">");
        putNumber(r + 1);
        put("<span class=\"st\" title=\"");
        const std::size_t present = row.presentCount();
        putNumber(present);
        put(" of ");
        putNumber(m_docs.size());
        put(" outlets\">");
        if (row.boilerplate) {
            put("clutter");
        } else if (row.status == RowStatus::Shared) {
            put("\xE2\x97\x8F all");
        } else if (row.status == RowStatus::Partial) {
            put("\xE2\x97\x90 ");
            putNumber(present);
            put("/");
            putNumber(m_docs.size());
        } else {
            put("\xE2\x97\x8B one");
        }
        put("</span>");
        if (row.byUser) {
            put(kByUserMark);
        }
        put("</th>");
        for (std::size_t d = 0; d < m_docs.size(); ++d) {
            writeCell(row, d, present);
        }
        put("</tr>\n");
    }

    // In a cell the outlet leaves empty: its closest sentence, which the aligner would not put
    // here on shared words alone (Row::near), as a link to that sentence's row, and the
    // sentence itself, muted and cut at three lines (whole in the tooltip), as the window shows
    // it. The reader judges beside the row whether it says the same in other words.
    void writeNearMatch(const Row& row, std::size_t d)
    {
        for (const NearMatch& near : row.near) {
            const std::optional<std::size_t> at =
                rowOfNearMatch(m_comparison.rows, m_rowOfSentence, near);
            if (near.document != d || d >= m_docs.size() ||
                near.sentence >= m_docs[d].sentences.size() || !at) {
                continue;
            }
            const std::size_t target = *at + 1;
            put("<a class=\"near\" href=\"#r");
            putNumber(target);
            put("\" title=\"Closest sentence of this outlet, not aligned: ");
            putEscaped(m_docs[d].sentences[near.sentence].text);
            put("\">\xE2\x89\x88 row ");
            putNumber(target);
            put(" \xC2\xB7 ");
            putNumber(static_cast<std::size_t>(std::lround(near.similarity * 100)));
            put("% alike</a><span class=\"near-text\">");
            putEscaped(m_docs[d].sentences[near.sentence].text);
            put("</span>");
            return;
        }
    }

    void writeCell(const Row& row, std::size_t d, std::size_t present)
    {
        static const Cell noCell{};
        const Cell& cell = d < row.cells.size() ? row.cells[d] : noCell;
        if (cell.empty()) {
            if (!row.boilerplate && present >= 2) {
                put("<td class=\"omit\" data-doc=\"");
                putNumber(d);
                put("\"><span class=\"omit-label\">\xE2\x80\x94 not reported \xE2\x80\x94"
                    "</span>");
            } else {
                put("<td class=\"none\" data-doc=\"");
                putNumber(d);
                put("\">");
            }
            if (!row.boilerplate) {
                writeNearMatch(row, d);
            }
            put("</td>");
            return;
        }
        const bool addition = !row.boilerplate && present == 1;
        const bool reference = present >= 2 && row.reference && *row.reference == d;
        put("<td class=\"has");
        put(addition ? " add-cell" : "");
        put(cell.moved ? " moved" : "");
        put(reference ? " ref" : "");
        put("\" data-doc=\"");
        putNumber(d);
        put("\"");
        if (present >= 2 && !reference && row.reference && *row.reference < m_docs.size()) {
            put(" title=\"");
            putNumber(percent(cell.similarity));
            put("% the same words as ");
            putEscaped(outletName(m_docs[*row.reference]));
            put("\"");
        }
        put(">");
        if (reference) {
            put("<span class=\"ref-mark\" title=\"The version the others in this row are "
                "compared with\">\xE2\x97\x86</span>");
        }
        if (addition) {
            put("<span class=\"badge add\">+ only in ");
            putEscaped(outletName(m_docs[d]));
            put("</span>");
        }
        if (cell.moved) {
            writeMovedBadge(d, cell);
        }
        writeSentences(m_docs[d], cell);
        put("</td>");
    }

    void writeMovedBadge(std::size_t d, const Cell& cell)
    {
        put("<span class=\"badge moved\">\xE2\x86\x95 moved");
        const std::size_t s = cell.sentences.front();
        if (s < m_ordinals[d].size() && m_docs[d].sentences[s].isArticleText()) {
            put(" (position ");
            putNumber(m_ordinals[d][s]);
            put(" of ");
            putNumber(m_articleCounts[d]);
            put(" in its article)");
        }
        put("</span>");
    }

    void writeSentences(const Document& doc, const Cell& cell)
    {
        std::vector<const MissingWords*> missing;
        missing.reserve(cell.missing.size());
        for (const MissingWords& m : cell.missing) {
            missing.push_back(&m);
        }
        std::stable_sort(
            missing.begin(), missing.end(),
            [](const MissingWords* a, const MissingWords* b) { return a->after < b->after; });
        std::size_t nextMissing = 0;
        auto flushMissing = [&](std::size_t upTo) {
            while (nextMissing < missing.size() && missing[nextMissing]->after <= upTo) {
                put("<del class=\"miss\">");
                putEscaped(missing[nextMissing]->text);
                put("</del>");
                ++nextMissing;
            }
        };
        // Writes text[a, b) as one kind of run, breaking it where missing words belong.
        const std::string_view text = doc.text;
        auto writeRun = [&](std::size_t a, std::size_t b, SpanKind kind) {
            while (a < b) {
                flushMissing(a);
                std::size_t cut = b;
                if (nextMissing < missing.size() && missing[nextMissing]->after > a &&
                    missing[nextMissing]->after < b) {
                    cut = std::min(b, characterBoundary(text, missing[nextMissing]->after));
                }
                if (kind == SpanKind::Changed) {
                    put("<span class=\"w chg\">");
                } else if (kind == SpanKind::Added) {
                    put("<span class=\"w add\">");
                }
                putEscaped(text.substr(a, cut - a));
                if (kind != SpanKind::Equal) {
                    put("</span>");
                }
                a = cut;
            }
        };

        std::vector<const DiffSpan*> spans;
        std::optional<std::size_t> previous;
        for (const std::size_t s : cell.sentences) {
            if (s >= doc.sentences.size()) {
                continue;
            }
            const Sentence& sentence = doc.sentences[s];
            put(previous ? " " : "");
            if (previous && s != *previous + 1) {
                // The outlet tells this again further on: text lies between the two.
                put("<span class=\"gap\" title=\"further on in this "
                    "article\">\xE2\x80\xA6</span> ");
            }
            previous = s;
            put("<span class=\"s k-");
            put(toString(sentence.kind));
            put("\" data-s=\"");
            putNumber(s);
            put("\">");
            if (const char* label = sentenceLabel(sentence)) {
                put("<span class=\"chip\">");
                put(label);
                put("</span>");
            }
            if (sentence.start > sentence.end || sentence.end > text.size()) {
                // Offsets that do not fit the text: show the sentence as stored, unmarked.
                putEscaped(sentence.text);
            } else {
                spans.clear();
                for (const DiffSpan& span : cell.spans) {
                    if (span.sentence == s) {
                        spans.push_back(&span);
                    }
                }
                std::stable_sort(
                    spans.begin(), spans.end(),
                    [](const DiffSpan* a, const DiffSpan* b) { return a->start < b->start; });
                std::size_t pos = sentence.start;
                for (const DiffSpan* span : spans) {
                    const std::size_t a =
                        characterBoundary(text, std::clamp(span->start, pos, sentence.end));
                    const std::size_t b =
                        std::min(sentence.end,
                                 characterBoundary(text, std::clamp(span->end, a, sentence.end)));
                    if (a >= b) {
                        continue;
                    }
                    writeRun(pos, a, SpanKind::Equal);
                    writeRun(a, b, span->kind);
                    pos = b;
                }
                writeRun(pos, sentence.end, SpanKind::Equal);
            }
            flushMissing(sentence.end);
            put("</span>");
        }
        flushMissing(std::numeric_limits<std::size_t>::max());
    }

    const Comparison& m_comparison;
    const std::vector<Document>& m_docs;
    std::vector<std::vector<std::size_t>> m_ordinals;      // article position of each sentence
    std::vector<std::vector<std::size_t>> m_rowOfSentence; // row index of each sentence
    std::vector<std::size_t> m_articleCounts;
    std::size_t m_sharedRows = 0;
    std::size_t m_partialRows = 0;
    std::size_t m_uniqueRows = 0;
    std::size_t m_clutterRows = 0;
    std::string m_out;
};

} // namespace

void appendEscapedHtml(std::string& out, std::string_view text)
{
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&#39;";
            break;
        case '\0':
            // The HTML parser would drop it; a visible replacement keeps the text honest.
            entity = "\xEF\xBF\xBD";
            break;
        default:
            continue;
        }
        out.append(text.data() + plain, i - plain);
        out += entity;
        plain = i + 1;
    }
    out.append(text.data() + plain, text.size() - plain);
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    appendEscapedHtml(out, text);
    return out;
}

std::string cspHashSource(std::string_view content)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(content.data(), content.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
        1) {
        // A source no content matches: the page stays readable, its script simply does not run.
        return "sha256-unavailable";
    }
    std::array<unsigned char, 4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1> base64{};
    const int n = EVP_EncodeBlock(base64.data(), digest.data(), static_cast<int>(length));
    return "sha256-" +
           std::string(reinterpret_cast<const char*>(base64.data()), static_cast<std::size_t>(n));
}

std::string toHtml(const Comparison& comparison)
{
    return HtmlWriter(comparison).write();
}

} // namespace parallax::core
