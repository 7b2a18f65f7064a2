#include "core/comparison.h"

#include "core/aligner.h"
#include "core/boilerplate_classifier.h"
#include "core/language.h"
#include "core/metadata_reader.h"
#include "core/normalizer.h"
#include "core/word_diff.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <thread>
#include <unordered_map>

namespace parallax::core {

namespace {

int threadCount(const CompareOptions& options)
{
    return options.threads > 0
               ? options.threads
               : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

// Runs fn(worker, i) for i in [0, n): each worker has its own index so it can own state that
// is not thread-safe (a Normalizer).
void parallelFor(std::size_t n, int threads, const std::function<void(int, std::size_t)>& fn)
{
    const int workers =
        static_cast<int>(std::min<std::size_t>(n, static_cast<std::size_t>(std::max(1, threads))));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            fn(0, i);
        }
        return;
    }
    std::atomic_size_t next = 0;
    std::vector<std::thread> pool;
    for (int w = 0; w < workers; ++w) {
        pool.emplace_back([&, w] {
            for (std::size_t i = next++; i < n; i = next++) {
                fn(w, i);
            }
        });
    }
    for (auto& t : pool) {
        t.join();
    }
}

// The key "every line like it" matches on: normalised text with each digit as 0, so a
// template line with a changing count or time is one line.
std::string similarLineKey(const Normalizer& normalizer, std::string_view text)
{
    const std::string normal = normalizer.normalize(text);
    std::string key;
    key.reserve(normal.size());
    for (const char c : normal) {
        const bool digit = c >= '0' && c <= '9';
        if (!digit || key.empty() || key.back() != '0') {
            key.push_back(digit ? '0' : c);
        }
    }
    return key;
}

void applyCorrections(Document& document, const std::vector<Correction>& corrections,
                      const Normalizer& normalizer)
{
    // Normalising is the cost here: each sentence once, and only when a correction applies.
    std::vector<std::string> exact;
    std::vector<std::string> similar;
    for (const Correction& c : corrections) {
        const bool sameOutlet = c.scope == Correction::Scope::SimilarLines && !c.outlet.empty() &&
                                c.outlet == document.metadata.outlet;
        if (c.document != document.path && !sameOutlet) {
            continue;
        }
        if (exact.empty() && !document.sentences.empty()) {
            for (const Sentence& s : document.sentences) {
                exact.push_back(normalizer.normalize(s.text));
                similar.push_back(similarLineKey(normalizer, s.text));
            }
        }
        const bool bySimilarity = c.scope == Correction::Scope::SimilarLines;
        const std::string wanted =
            bySimilarity ? similarLineKey(normalizer, c.text) : normalizer.normalize(c.text);
        for (std::size_t i = 0; i < document.sentences.size(); ++i) {
            Sentence& s = document.sentences[i];
            bool hit = bySimilarity ? similar[i] == wanted : exact[i] == wanted;
            if (!bySimilarity && c.sentenceStart) {
                // The offset names the sentence; the text guards against a file that changed
                // since the user spoke.
                hit = hit && s.start == *c.sentenceStart;
            }
            if (!hit) {
                continue;
            }
            if (c.isClutter) {
                s.kind = SentenceKind::Boilerplate;
                s.clutter = c.clutter == ClutterKind::None ? ClutterKind::Other : c.clutter;
            } else if (!s.isArticleText()) {
                s.kind = SentenceKind::Body;
                s.clutter = ClutterKind::None;
            }
            s.source = KindSource::Correction;
            s.confidence = 1.0F;
            if (!bySimilarity) {
                break; // this sentence only
            }
        }
    }
}

std::vector<CellToken> cellTokens(const DocumentTokens& tokens, std::size_t d, const Cell& cell)
{
    std::vector<CellToken> result;
    for (const std::size_t s : cell.sentences) {
        for (const Token& t : tokens[d][s]) {
            result.push_back({&t, s});
        }
    }
    return result;
}

// Dice over two multisets of words, each word read by `word` (a token's norm or its stem).
template <typename Tokens, typename Word>
double multisetDice(const Tokens& a, const Tokens& b, Word word)
{
    if (a.empty() && b.empty()) {
        return 1.0;
    }
    std::unordered_map<std::string_view, int> counts;
    for (const auto& t : a) {
        ++counts[word(t)];
    }
    std::size_t common = 0;
    for (const auto& t : b) {
        auto it = counts.find(word(t));
        if (it != counts.end() && it->second > 0) {
            --it->second;
            ++common;
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

double wordDice(const std::vector<CellToken>& a, const std::vector<CellToken>& b)
{
    return multisetDice(a, b, [](const CellToken& t) { return std::string_view(t.token->norm); });
}

std::string wordingKey(const std::vector<CellToken>& tokens)
{
    std::string key;
    for (const CellToken& t : tokens) {
        key += t.token->norm;
        key += ' ';
    }
    return key;
}

void diffRow(Row& row, const std::vector<Document>& documents, const DocumentTokens& tokens,
             const CompareOptions& options)
{
    const std::size_t n = row.cells.size();
    std::vector<std::vector<CellToken>> cellWords(n);
    std::vector<std::size_t> present;
    for (std::size_t d = 0; d < n; ++d) {
        if (!row.cells[d].empty()) {
            cellWords[d] = cellTokens(tokens, d, row.cells[d]);
            present.push_back(d);
        }
    }
    if (present.empty()) {
        return;
    }
    // The reference: the chosen document when it has this row, else the most central version
    // (the one most like all the others), which makes the highlights read as "how this outlet
    // differs from the common wording".
    std::size_t reference = present.front();
    if (options.reference && *options.reference < n && !row.cells[*options.reference].empty()) {
        reference = *options.reference;
    } else if (present.size() > 2) {
        std::unordered_map<std::string, std::size_t> wordingCount;
        std::vector<std::string> keys(n);
        for (const std::size_t d : present) {
            keys[d] = wordingKey(cellWords[d]);
            ++wordingCount[keys[d]];
        }
        double best = -1.0;
        // Distinct wordings only, a bounded number: a row of 1,000 copies stays cheap.
        std::vector<std::size_t> distinct;
        std::unordered_map<std::string, bool> seen;
        for (const std::size_t d : present) {
            if (!seen[keys[d]]) {
                seen[keys[d]] = true;
                distinct.push_back(d);
            }
        }
        if (distinct.size() > 40) {
            distinct.resize(40);
        }
        for (const std::size_t a : distinct) {
            double sum = 0.0;
            for (const std::size_t b : distinct) {
                if (a != b) {
                    sum += wordDice(cellWords[a], cellWords[b]) *
                           static_cast<double>(wordingCount[keys[b]]);
                }
            }
            sum += static_cast<double>(wordingCount[keys[a]] - 1);
            if (sum > best + 1e-9) {
                best = sum;
                reference = a;
            }
        }
    }
    row.reference = reference;
    row.cells[reference].similarity = 1.0;
    for (const std::size_t d : present) {
        if (d == reference) {
            continue;
        }
        Cell& cell = row.cells[d];
        const std::size_t start = documents[d].sentences[cell.sentences.front()].start;
        WordDiff diff =
            diffWords(cellWords[reference], documents[reference].text, cellWords[d], start);
        cell.spans = std::move(diff.spans);
        cell.missing = std::move(diff.missing);
        cell.similarity = diff.similarity;
    }
}

std::size_t wordCount(const std::vector<Token>& tokens)
{
    return tokens.size();
}

} // namespace

std::vector<std::vector<std::size_t>> rowOfEachSentence(const std::vector<Row>& rows)
{
    std::vector<std::vector<std::size_t>> rowOf(rows.empty() ? 0 : rows.front().cells.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t d = 0; d < rows[r].cells.size() && d < rowOf.size(); ++d) {
            for (const std::size_t s : rows[r].cells[d].sentences) {
                if (s >= rowOf[d].size()) {
                    rowOf[d].resize(s + 1, SIZE_MAX);
                }
                rowOf[d][s] = r;
            }
        }
    }
    return rowOf;
}

std::optional<std::size_t> rowOfNearMatch(const std::vector<Row>& rows,
                                          const std::vector<std::vector<std::size_t>>& rowOf,
                                          const NearMatch& near)
{
    if (near.document >= rowOf.size() || near.sentence >= rowOf[near.document].size()) {
        return std::nullopt;
    }
    const std::size_t r = rowOf[near.document][near.sentence];
    if (r >= rows.size() || rows[r].boilerplate) {
        return std::nullopt;
    }
    return r;
}

const char* toString(RowStatus status)
{
    switch (status) {
    case RowStatus::Shared:
        return "shared";
    case RowStatus::Partial:
        return "partial";
    case RowStatus::Unique:
        return "unique";
    }
    return "unique";
}

const char* toString(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Equal:
        return "equal";
    case SpanKind::Changed:
        return "changed";
    case SpanKind::Added:
        return "added";
    }
    return "equal";
}

std::vector<std::size_t> Comparison::orderFollowing(std::size_t document) const
{
    // Keys: the document's own sentence position for its rows; other rows follow the nearest
    // row of the document before them in consensus order.
    std::vector<std::pair<std::pair<double, std::size_t>, std::size_t>> keyed;
    double lastKey = -1.0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Cell& cell = document < rows[r].cells.size() ? rows[r].cells[document] : Cell{};
        if (!cell.empty()) {
            lastKey = static_cast<double>(cell.sentences.front());
        }
        keyed.push_back({{cell.empty() ? lastKey + 0.5 : lastKey, r}, r});
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::size_t> order;
    order.reserve(keyed.size());
    for (const auto& k : keyed) {
        order.push_back(k.second);
    }
    return order;
}

namespace {

// The documents in a new order, order[k] being the document that goes k-th; every index that
// names a document follows.
void reorderDocuments(Comparison& comparison, const std::vector<std::size_t>& order)
{
    const std::size_t n = comparison.documents.size();
    std::vector<std::size_t> place(n, SIZE_MAX); // old index -> new
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (order.size() != n || order[k] >= n || place[order[k]] != SIZE_MAX) {
            return; // not a permutation: leave the order as it is
        }
        place[order[k]] = k;
    }
    const auto permuted = [&](auto& items) {
        if (items.size() != n) {
            return;
        }
        std::remove_reference_t<decltype(items)> out;
        out.reserve(n);
        for (const std::size_t d : order) {
            out.push_back(std::move(items[d]));
        }
        items = std::move(out);
    };
    permuted(comparison.documents);
    permuted(comparison.statistics);
    permuted(comparison.similarity);
    for (std::vector<double>& line : comparison.similarity) {
        permuted(line);
    }
    for (Row& row : comparison.rows) {
        permuted(row.cells);
        if (row.reference && *row.reference < n) {
            row.reference = place[*row.reference];
        }
        for (NearMatch& near : row.near) {
            near.document = near.document < n ? place[near.document] : near.document;
        }
    }
    if (comparison.rowsFollow && *comparison.rowsFollow < n) {
        comparison.rowsFollow = place[*comparison.rowsFollow];
    }
}

} // namespace

Comparison arrangedAsShown(Comparison comparison, const Arrangement& arrangement)
{
    const std::vector<std::string>& names = arrangement.outletNames;
    for (std::size_t d = 0; d < comparison.documents.size() && d < names.size(); ++d) {
        if (!names[d].empty()) {
            comparison.documents[d].metadata.outlet = names[d];
        }
    }
    if (arrangement.followed && *arrangement.followed < comparison.documents.size()) {
        std::vector<Row> rows;
        rows.reserve(comparison.rows.size());
        for (const std::size_t r : comparison.orderFollowing(*arrangement.followed)) {
            rows.push_back(std::move(comparison.rows[r]));
        }
        comparison.rows = std::move(rows);
        comparison.rowsFollow = arrangement.followed;
    }
    if (!arrangement.documentOrder.empty()) {
        reorderDocuments(comparison, arrangement.documentOrder);
    }
    return comparison;
}

std::optional<std::pair<std::size_t, std::size_t>>
locateSentence(const std::vector<Document>& documents, const std::string& path, std::size_t start)
{
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (documents[d].path != path) {
            continue;
        }
        const auto& sentences = documents[d].sentences;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            if (sentences[s].start == start) {
                return std::pair{d, s};
            }
        }
    }
    return std::nullopt;
}

std::optional<std::array<std::size_t, 4>> locateLink(const std::vector<Document>& documents,
                                                     const SentenceLink& link)
{
    const auto a = locateSentence(documents, link.documentA, link.startA);
    const auto b = locateSentence(documents, link.documentB, link.startB);
    if (!a || !b) {
        return std::nullopt;
    }
    return std::array<std::size_t, 4>{a->first, a->second, b->first, b->second};
}

Comparison compareDocuments(std::vector<Document> documents, const CompareOptions& options,
                            const std::vector<Correction>& corrections, const Progress& progress)
{
    Comparison comparison;
    const std::size_t n = documents.size();
    const int threads = threadCount(options);
    DocumentTokens tokens(n);

    // The language to cut sentences and words in: the one asked for, or the articles' own.
    std::string locale = options.locale;
    if (locale.empty() || locale == kAutomaticLocale) {
        const Language* guessed = guessDocumentLanguage(documents);
        const Language& language = guessed ? *guessed : knownLanguages().front();
        locale = language.locale;
        comparison.languageChoice = guessed ? LanguageChoice::Guessed : LanguageChoice::Default;
    }
    const Language* known = languageOfLocale(locale);
    comparison.language = known ? std::string(known->code) : locale;

    // Segment, classify and tokenise each document; one Normalizer per worker.
    std::vector<std::unique_ptr<Normalizer>> normalizers(
        static_cast<std::size_t>(std::max(1, threads)));
    std::atomic_int done = 0;
    const BoilerplateClassifier classifier;
    parallelFor(n, threads, [&](int worker, std::size_t d) {
        if (progress.cancelled()) {
            return;
        }
        auto& normalizer = normalizers[static_cast<std::size_t>(worker)];
        if (!normalizer) {
            normalizer = std::make_unique<Normalizer>(locale, options.stemming);
        }
        Document& doc = documents[d];
        const Header header = readHeader(doc.text, doc.path);
        Metadata& meta = doc.metadata;
        const Metadata& found = header.metadata;
        if (meta.title.empty()) {
            meta.title = found.title;
        }
        if (meta.outlet.empty()) {
            meta.outlet = found.outlet;
        }
        if (meta.url.empty()) {
            meta.url = found.url;
        }
        if (meta.date.empty()) {
            meta.date = found.date;
        }
        if (meta.fields.empty()) {
            meta.fields = found.fields;
        }
        doc.sentences = normalizer->segmenter().sentences(doc.text);
        classifier.classify(doc, header);
        applyCorrections(doc, corrections, *normalizer);
        tokens[d].resize(doc.sentences.size());
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            tokens[d][s] =
                normalizer->tokens(doc.text, doc.sentences[s].start, doc.sentences[s].end);
        }
        progress.report(++done, static_cast<int>(n), "Reading sentences");
    });
    if (progress.cancelled()) {
        return comparison;
    }

    // The user's links and separations, from paths and offsets to document and sentence
    // indices; one to a file or sentence no longer there is left out.
    const auto resolve = [&](const std::vector<SentenceLink>& given) {
        std::vector<std::array<std::size_t, 4>> resolved;
        for (const SentenceLink& link : given) {
            const auto ends = locateLink(documents, link);
            if (ends && (*ends)[0] != (*ends)[2]) {
                resolved.push_back(*ends);
            }
        }
        return resolved;
    };
    const Aligner aligner({.threshold = options.threshold,
                           .links = resolve(options.links),
                           .apart = resolve(options.apart),
                           .threads = threads});
    comparison.rows = aligner.align(documents, tokens, progress);
    if (progress.cancelled()) {
        return comparison;
    }

    // Evidence from the other outlets. A line the classifier was unsure of that says what
    // another outlet's article text says is article text (the row alone is not enough: rows
    // form at a low similarity). A short line this page took for article text that every
    // other outlet carrying it has as clutter is a template line ("Related Coverage").
    const auto sentenceDice = [&](std::size_t d, std::size_t s, std::size_t e, std::size_t t) {
        const auto& a = tokens[d][s];
        const auto& b = tokens[e][t];
        if (a.empty() || b.empty()) {
            return 0.0;
        }
        return multisetDice(a, b, [](const Token& token) { return std::string_view(token.stem); });
    };
    for (Row& row : comparison.rows) {
        if (row.presentCount() < 2) {
            continue;
        }
        std::vector<std::pair<std::size_t, std::size_t>> restore;
        std::vector<std::pair<std::size_t, std::size_t>> demote;
        for (std::size_t d = 0; d < n; ++d) {
            for (const std::size_t s : row.cells[d].sentences) {
                const Sentence& sentence = documents[d].sentences[s];
                if (sentence.source != KindSource::Rule) {
                    continue;
                }
                bool articleElsewhere = false;
                std::size_t clutterCopies = 0;
                std::size_t copies = 0;
                std::size_t looked = 0;
                // A bounded number of other outlets: a row of 1,000 copies stays cheap.
                for (std::size_t e = 0; e < n && looked < 40; ++e) {
                    if (e == d || row.cells[e].empty()) {
                        continue;
                    }
                    ++looked;
                    for (const std::size_t t : row.cells[e].sentences) {
                        const Sentence& other = documents[e].sentences[t];
                        const double dice = sentenceDice(d, s, e, t);
                        articleElsewhere =
                            articleElsewhere ||
                            (other.isArticleText() && other.confidence >= 0.6F && dice >= 0.5);
                        if (dice >= 0.999) {
                            ++copies;
                            clutterCopies += other.isBoilerplate() && other.confidence >= 0.8F;
                        }
                    }
                }
                if (sentence.isBoilerplate() && sentence.confidence < 0.6F && articleElsewhere) {
                    restore.emplace_back(d, s);
                } else if (sentence.isArticleText() && sentence.confidence < 0.7F &&
                           tokens[d][s].size() <= 8 && copies >= 2 && clutterCopies == copies) {
                    demote.emplace_back(d, s);
                }
            }
        }
        for (const auto& [d, s] : restore) {
            Sentence& sentence = documents[d].sentences[s];
            sentence.kind = SentenceKind::Body;
            sentence.clutter = ClutterKind::None;
            sentence.confidence = 0.8F;
        }
        for (const auto& [d, s] : demote) {
            Sentence& sentence = documents[d].sentences[s];
            sentence.kind = SentenceKind::Boilerplate;
            sentence.clutter = ClutterKind::Other;
            sentence.confidence = 0.8F;
        }
        bool anyArticle = false;
        for (std::size_t d = 0; d < n; ++d) {
            for (const std::size_t s : row.cells[d].sentences) {
                anyArticle = anyArticle || documents[d].sentences[s].isArticleText();
            }
        }
        row.boilerplate = !anyArticle;
    }
    // A line still taken for clutter after that does not stay in a row of article text: it
    // came there on weaker evidence than the bar above ("Vladimir Putin", a menu line, beside
    // the quote naming him; a related-article link beside a sentence on the same island). It
    // gets a row of its own, next to the one it leaves. The user's rows stay as they made them.
    {
        std::vector<Row> rows;
        rows.reserve(comparison.rows.size());
        for (Row& row : comparison.rows) {
            std::vector<Row> left;
            if (!row.boilerplate && !row.byUser && row.presentCount() > 1) {
                for (std::size_t d = 0; d < n; ++d) {
                    auto& cell = row.cells[d].sentences;
                    const auto clutter = [&](std::size_t s) {
                        return documents[d].sentences[s].isBoilerplate();
                    };
                    if (std::none_of(cell.begin(), cell.end(), clutter)) {
                        continue;
                    }
                    Row own;
                    own.cells.resize(n);
                    std::copy_if(cell.begin(), cell.end(),
                                 std::back_inserter(own.cells[d].sentences), clutter);
                    std::erase_if(cell, clutter);
                    row.cells[d].moved = row.cells[d].moved && !cell.empty();
                    own.boilerplate = true;
                    own.status = own.statusFromCells();
                    left.push_back(std::move(own));
                }
                row.status = row.statusFromCells();
            }
            rows.push_back(std::move(row));
            std::move(left.begin(), left.end(), std::back_inserter(rows));
        }
        comparison.rows = std::move(rows);
    }

    // Word differences, row by row, in parallel.
    std::atomic_int diffed = 0;
    const int rowCount = static_cast<int>(comparison.rows.size());
    parallelFor(comparison.rows.size(), threads, [&](int, std::size_t r) {
        if (progress.cancelled()) {
            return;
        }
        diffRow(comparison.rows[r], documents, tokens, options);
        const int k = ++diffed;
        if (k % 64 == 0 || k == rowCount) {
            progress.report(k, std::max(rowCount, 1), "Comparing wording");
        }
    });
    if (progress.cancelled()) {
        return comparison;
    }

    // Outlet statistics.
    comparison.statistics.resize(n);
    std::size_t sharedContentRows = 0;
    for (std::size_t d = 0; d < n; ++d) {
        OutletStatistics& st = comparison.statistics[d];
        for (std::size_t s = 0; s < documents[d].sentences.size(); ++s) {
            if (documents[d].sentences[s].isArticleText()) {
                ++st.articleSentences;
                st.words += wordCount(tokens[d][s]);
            } else {
                ++st.boilerplateSentences;
            }
        }
    }
    comparison.similarity.assign(n, std::vector<double>(n, 0.0));
    // Rows either outlet has form the denominator of their similarity: rows(i) + rows(j) -
    // rows(both). Only pairs of outlets present together are visited, so a folder of 1,000
    // outlets costs the pairs inside each row, not 1,000^2 per row.
    std::vector<double> rowsOf(n, 0.0);
    std::vector<std::vector<double>> both(n, std::vector<double>(n, 0.0));
    for (const Row& row : comparison.rows) {
        if (row.boilerplate) {
            continue;
        }
        const std::size_t present = row.presentCount();
        if (present >= 2) {
            ++sharedContentRows;
        }
        std::vector<std::size_t> have;
        for (std::size_t d = 0; d < n; ++d) {
            OutletStatistics& st = comparison.statistics[d];
            const Cell& cell = row.cells[d];
            if (!cell.empty()) {
                have.push_back(d);
                rowsOf[d] += 1.0;
                st.moved += cell.moved ? cell.sentences.size() : 0;
                if (present >= 2) {
                    ++st.sharedRows;
                } else if (n > 1) {
                    ++st.additions;
                }
            } else if (present >= 2) {
                ++st.omissions;
                st.omissionsNear += std::any_of(row.near.begin(), row.near.end(),
                                                [&](const NearMatch& m) { return m.document == d; })
                                        ? 1
                                        : 0;
            }
        }
        // Wording in common (to the reference as a proxy in large rows, exact for wire copy).
        std::vector<std::vector<CellToken>> words(n);
        std::vector<std::size_t> keys(n, 0);
        for (const std::size_t d : have) {
            words[d] = cellTokens(tokens, d, row.cells[d]);
            keys[d] = std::hash<std::string>{}(wordingKey(words[d]));
        }
        const bool smallRow = have.size() <= 60;
        for (std::size_t a = 0; a < have.size(); ++a) {
            for (std::size_t b = a + 1; b < have.size(); ++b) {
                const std::size_t i = have[a];
                const std::size_t j = have[b];
                double sim = 1.0;
                if (keys[i] != keys[j]) {
                    sim = smallRow ? wordDice(words[i], words[j])
                                   : std::min(row.cells[i].similarity, row.cells[j].similarity);
                }
                both[i][j] += 1.0;
                comparison.similarity[i][j] += sim;
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        comparison.similarity[i][i] = 1.0;
        for (std::size_t j = i + 1; j < n; ++j) {
            const double either = rowsOf[i] + rowsOf[j] - both[i][j];
            const double value = either > 0 ? comparison.similarity[i][j] / either : 0.0;
            comparison.similarity[i][j] = value;
            comparison.similarity[j][i] = value;
        }
    }
    for (OutletStatistics& st : comparison.statistics) {
        st.coverage = sharedContentRows == 0 ? 0.0
                                             : static_cast<double>(st.sharedRows) /
                                                   static_cast<double>(sharedContentRows);
    }
    comparison.documents = std::move(documents);
    return comparison;
}

ComparisonResult compareFolder(const std::filesystem::path& folder, const CompareOptions& options,
                               const std::vector<Correction>& corrections, const Progress& progress)
{
    ComparisonResult result;
    IngestResult ingested = ingestFolder(folder, {}, progress);
    result.skipped = std::move(ingested.skipped);
    result.warnings = std::move(ingested.warnings);
    if (progress.cancelled()) {
        result.cancelled = true;
        result.error = "cancelled";
        return result;
    }
    if (ingested.error) {
        result.error = *ingested.error;
        return result;
    }
    if (ingested.documents.empty()) {
        result.error = folder.string() + ": no readable article (.txt or .md) in the folder";
        return result;
    }
    Comparison comparison =
        compareDocuments(std::move(ingested.documents), options, corrections, progress);
    if (progress.cancelled()) {
        result.cancelled = true;
        result.error = "cancelled";
        return result;
    }
    result.comparison = std::move(comparison);
    return result;
}

} // namespace parallax::core
