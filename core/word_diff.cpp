#include "core/word_diff.h"

#include <dtl/dtl.hpp>

#include <string>

namespace parallax::core {

namespace {

void pushSpan(std::vector<DiffSpan>& spans, const CellToken& token, SpanKind kind)
{
    if (!spans.empty() && spans.back().kind == kind && spans.back().sentence == token.sentence) {
        spans.back().end = token.token->end;
        return;
    }
    spans.push_back({token.sentence, token.token->start, token.token->end, kind});
}

} // namespace

WordDiff diffWords(const std::vector<CellToken>& reference, std::string_view referenceText,
                   const std::vector<CellToken>& version, std::size_t versionStart)
{
    WordDiff result;
    std::vector<std::string> a;
    std::vector<std::string> b;
    a.reserve(reference.size());
    b.reserve(version.size());
    for (const CellToken& t : reference) {
        a.push_back(t.token->norm);
    }
    for (const CellToken& t : version) {
        b.push_back(t.token->norm);
    }
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    const auto& ses = diff.getSes().getSequence();

    std::size_t common = 0;
    std::size_t lastVersionEnd = versionStart;
    std::size_t i = 0;
    while (i < ses.size()) {
        const auto type = ses[i].second.type;
        if (type == dtl::SES_COMMON) {
            const CellToken& t = version[static_cast<std::size_t>(ses[i].second.afterIdx - 1)];
            pushSpan(result.spans, t, SpanKind::Equal);
            lastVersionEnd = t.token->end;
            ++common;
            ++i;
            continue;
        }
        // A hunk: deletions and additions up to the next common word.
        std::vector<std::size_t> deleted;
        std::vector<std::size_t> added;
        while (i < ses.size() && ses[i].second.type != dtl::SES_COMMON) {
            if (ses[i].second.type == dtl::SES_DELETE) {
                deleted.push_back(static_cast<std::size_t>(ses[i].second.beforeIdx - 1));
            } else {
                added.push_back(static_cast<std::size_t>(ses[i].second.afterIdx - 1));
            }
            ++i;
        }
        if (!deleted.empty()) {
            const std::size_t from = reference[deleted.front()].token->start;
            const std::size_t to = reference[deleted.back()].token->end;
            result.missing.push_back({std::string(referenceText.substr(from, to - from)), lastVersionEnd});
        }
        const SpanKind kind = deleted.empty() ? SpanKind::Added : SpanKind::Changed;
        for (const std::size_t k : added) {
            pushSpan(result.spans, version[k], kind);
            lastVersionEnd = version[k].token->end;
        }
    }
    const std::size_t total = a.size() + b.size();
    result.similarity = total == 0 ? 1.0 : 2.0 * static_cast<double>(common) / static_cast<double>(total);
    return result;
}

} // namespace parallax::core
