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

std::string toJson(const Comparison& comparison, const std::vector<SkippedFile>& skipped,
                   const std::vector<FileWarning>& warnings, int indent)
{
    nlohmann::json root;
    root["version"] = 1;
    nlohmann::json documents = nlohmann::json::array();
    for (std::size_t d = 0; d < comparison.documents.size(); ++d) {
        const OutletStatistics stats =
            d < comparison.statistics.size() ? comparison.statistics[d] : OutletStatistics{};
        documents.push_back(documentJson(comparison.documents[d], stats));
    }
    root["documents"] = std::move(documents);
    nlohmann::json rows = nlohmann::json::array();
    for (const Row& row : comparison.rows) {
        rows.push_back(rowJson(row));
    }
    root["rows"] = std::move(rows);
    if (comparison.rowsFollow) {
        root["rows_follow"] = *comparison.rowsFollow;
    }
    root["similarity"] = comparison.similarity;
    nlohmann::json skippedJson = nlohmann::json::array();
    for (const SkippedFile& s : skipped) {
        skippedJson.push_back({{"path", s.path}, {"reason", s.reason}});
    }
    root["skipped"] = std::move(skippedJson);
    nlohmann::json warningsJson = nlohmann::json::array();
    for (const FileWarning& w : warnings) {
        warningsJson.push_back({{"path", w.path}, {"message", w.message}});
    }
    root["warnings"] = std::move(warningsJson);
    // Invalid UTF-8 cannot reach here (ingest repairs it); replace keeps a bad byte from ever
    // turning an export into an exception.
    return root.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace parallax::core
