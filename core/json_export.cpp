#include "core/json_export.h"

#include <nlohmann/json.hpp>

namespace parallax::core {

namespace {

nlohmann::json documentJson(const Document& doc, const OutletStatistics& stats)
{
    nlohmann::json sentences = nlohmann::json::array();
    for (const Sentence& s : doc.sentences) {
        nlohmann::json js{{"text", s.text},
                          {"start", s.start},
                          {"end", s.end},
                          {"kind", toString(s.kind)},
                          {"boilerplate", s.isBoilerplate()},
                          {"paragraph", s.paragraph}};
        if (s.kind == SentenceKind::Boilerplate) {
            js["clutter"] = toString(s.clutter);
        }
        if (s.source == KindSource::Correction) {
            js["corrected"] = true;
        }
        sentences.push_back(std::move(js));
    }
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [key, value] : doc.metadata.fields) {
        fields[key] = value;
    }
    return {{"path", doc.path},
            {"outlet", doc.metadata.outlet},
            {"title", doc.metadata.title},
            {"url", doc.metadata.url},
            {"date", doc.metadata.date},
            {"encoding", doc.encoding},
            {"fields", std::move(fields)},
            {"warnings", doc.warnings},
            {"statistics",
             {{"article_sentences", stats.articleSentences},
              {"boilerplate_sentences", stats.boilerplateSentences},
              {"words", stats.words},
              {"shared_rows", stats.sharedRows},
              {"omissions", stats.omissions},
              {"omissions_near", stats.omissionsNear},
              {"additions", stats.additions},
              {"moved", stats.moved},
              {"coverage", stats.coverage}}},
            {"sentences", std::move(sentences)}};
}

nlohmann::json rowJson(const Row& row)
{
    nlohmann::json cells = nlohmann::json::array();
    nlohmann::json details = nlohmann::json::array();
    for (const Cell& cell : row.cells) {
        cells.push_back(cell.sentences);
        nlohmann::json spans = nlohmann::json::array();
        for (const DiffSpan& span : cell.spans) {
            spans.push_back({{"sentence", span.sentence},
                             {"start", span.start},
                             {"end", span.end},
                             {"kind", toString(span.kind)}});
        }
        nlohmann::json missing = nlohmann::json::array();
        for (const MissingWords& m : cell.missing) {
            missing.push_back({{"text", m.text}, {"after", m.after}});
        }
        details.push_back({{"moved", cell.moved},
                           {"similarity", cell.similarity},
                           {"spans", std::move(spans)},
                           {"missing", std::move(missing)}});
    }
    nlohmann::json js{{"cells", std::move(cells)},
                      {"status", toString(row.status)},
                      {"boilerplate", row.boilerplate},
                      {"by_user", row.byUser},
                      {"details", std::move(details)}};
    js["reference"] = row.reference ? nlohmann::json(*row.reference) : nlohmann::json(nullptr);
    nlohmann::json near = nlohmann::json::array();
    for (const NearMatch& m : row.near) {
        near.push_back(
            {{"document", m.document}, {"sentence", m.sentence}, {"similarity", m.similarity}});
    }
    js["near"] = std::move(near);
    return js;
}

} // namespace

namespace {

// The export is written as it is made, one document and one row at a time, so that a folder of
// a hundred thousand rows never holds all of them as JSON values at once (a 13 MB file took
// 1.5 GB that way). The text is what nlohmann's dump gives for the whole document: members in
// key order, pretty-printed with `indent` spaces a level when indent >= 0, compact otherwise.
class JsonWriter {
public:
    explicit JsonWriter(int indent) : m_indent(indent) {}

    // A member of the top-level object; its value is at nesting level 1.
    void member(const char* key, const nlohmann::json& value)
    {
        open(key);
        append(value, 1);
    }
    // A member whose value is an array made element by element (make(i) for i < count).
    template <typename Make> void arrayMember(const char* key, std::size_t count, Make make)
    {
        open(key);
        if (count == 0) {
            m_out += "[]";
            return;
        }
        m_out += pretty() ? "[\n" : "[";
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0) {
                m_out += pretty() ? ",\n" : ",";
            }
            pad(2);
            append(make(i), 2);
        }
        if (pretty()) {
            m_out += '\n';
            pad(1);
        }
        m_out += ']';
    }
    std::string finish()
    {
        m_out += pretty() ? "\n}\n" : "}\n";
        return std::move(m_out);
    }

private:
    bool pretty() const { return m_indent >= 0; }
    void pad(int level)
    {
        if (pretty()) {
            m_out.append(static_cast<std::size_t>(level * m_indent), ' ');
        }
    }
    void open(const char* key)
    {
        m_out += m_members++ == 0 ? (pretty() ? "{\n" : "{") : (pretty() ? ",\n" : ",");
        pad(1);
        m_out += '"';
        m_out += key;
        m_out += pretty() ? "\": " : "\":";
    }
    // A value dumped on its own, its lines indented to `level`. JSON strings escape their
    // newlines, so every newline of a pretty dump is layout.
    void append(const nlohmann::json& value, int level)
    {
        // Invalid UTF-8 cannot reach here (ingest repairs it); replace keeps a bad byte from
        // ever turning an export into an exception.
        const std::string text =
            value.dump(m_indent, ' ', false, nlohmann::json::error_handler_t::replace);
        for (const char c : text) {
            m_out += c;
            if (c == '\n') {
                pad(level);
            }
        }
    }

    int m_indent;
    int m_members = 0;
    std::string m_out;
};

} // namespace

std::string toJson(const Comparison& comparison, const std::vector<SkippedFile>& skipped,
                   const std::vector<FileWarning>& warnings, int indent)
{
    JsonWriter out(indent);
    out.arrayMember("documents", comparison.documents.size(), [&](std::size_t d) {
        return documentJson(comparison.documents[d], d < comparison.statistics.size()
                                                         ? comparison.statistics[d]
                                                         : OutletStatistics{});
    });
    out.member("language",
               nlohmann::json{{"code", comparison.language},
                              {"guessed", comparison.languageChoice != LanguageChoice::Chosen},
                              {"sure", comparison.languageChoice != LanguageChoice::Default}});
    out.arrayMember("rows", comparison.rows.size(),
                    [&](std::size_t r) { return rowJson(comparison.rows[r]); });
    if (comparison.rowsFollow) {
        out.member("rows_follow", *comparison.rowsFollow);
    }
    out.member("similarity", comparison.similarity);
    out.arrayMember("skipped", skipped.size(), [&](std::size_t i) {
        return nlohmann::json{{"path", skipped[i].path}, {"reason", skipped[i].reason}};
    });
    out.member("version", 1);
    out.arrayMember("warnings", warnings.size(), [&](std::size_t i) {
        return nlohmann::json{{"path", warnings[i].path}, {"message", warnings[i].message}};
    });
    return out.finish();
}

} // namespace parallax::core
