#include "core/atomic_file.h"
#include "core/comparison.h"
#include "core/export_formats.h"
#include "core/html_export.h"
#include "core/json_export.h"
#include "core/utf8.h"
#include "json_contract.h"
#include "test_support.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

using namespace parallax::core;
namespace fs = std::filesystem;

namespace {

// ---- The pairwise scoring of ../shared/eval/score_alignment.py, in C++ ----

// score_alignment.py's norm(): no-break space to space, curly quotes to straight, runs of
// white space to one space, trimmed, lower case. Works on code points, like Python's str.
std::u32string norm(std::string_view text)
{
    std::u32string out;
    bool space = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        if (c == U'\u2019' || c == U'\u2018') {
            c = U'\'';
        } else if (c == U'\u201C' || c == U'\u201D') {
            c = U'"';
        }
        if (utf8::isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(U' ');
            space = false;
        }
        if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
            c += 0x20; // Python's lower() for ASCII and Latin-1, enough for the gold snippets
        }
        out.push_back(c);
    }
    return out;
}

struct GoldScore {
    int mustTp = 0, mustN = 0, softTp = 0, softN = 0, falsePairs = 0, negatives = 0;
    int bpHit = 0, bpN = 0, bodyFlagged = 0, bodyN = 0;
    std::vector<std::string> misses;       // core or soft pairs not on one row
    std::vector<std::string> falseList;    // unrelated pairs on one row
    std::vector<std::string> segmentation; // snippets not found whole in one sentence
    std::vector<std::string> bpMissed;
    std::vector<std::string> bodyFlaggedList;
    double mustRecall() const { return mustN ? double(mustTp) / mustN : 0.0; }
    double precision() const
    {
        const int tp = mustTp + softTp;
        return tp + falsePairs ? double(tp) / (tp + falsePairs) : 0.0;
    }
    double bpRecall() const { return bpN ? double(bpHit) / bpN : 1.0; }
    double bpFalse() const { return bodyN ? double(bodyFlagged) / bodyN : 0.0; }
};

using Loc = std::pair<std::size_t, std::size_t>; // document, sentence

GoldScore scoreAgainstGold(const nlohmann::json& gold, const nlohmann::json& out)
{
    GoldScore score;
    const nlohmann::json& docs = out["documents"];
    std::map<std::string, std::size_t> byBase;
    for (std::size_t i = 0; i < docs.size(); ++i) {
        byBase[fs::path(docs[i]["path"].get<std::string>()).filename().string()] = i;
    }
    std::map<std::string, std::size_t> gdoc;
    for (const auto& [key, value] : gold["docs"].items()) {
        const std::string file = value.get<std::string>();
        EXPECT_TRUE(byBase.contains(file)) << "missing document " << file;
        gdoc[key] = byBase[file];
    }
    std::vector<std::vector<std::u32string>> sents(docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        for (const nlohmann::json& s : docs[i]["sentences"]) {
            sents[i].push_back(norm(s["text"].get<std::string>()));
        }
    }
    std::map<Loc, std::size_t> rowOf;
    for (std::size_t r = 0; r < out["rows"].size(); ++r) {
        const nlohmann::json& cells = out["rows"][r]["cells"];
        for (std::size_t d = 0; d < cells.size(); ++d) {
            for (const nlohmann::json& j : cells[d]) {
                rowOf[{d, j.get<std::size_t>()}] = r;
            }
        }
    }
    auto text = [&](Loc loc) {
        return docs[loc.first]["path"].get<std::string>().substr(0, 3) + " " +
               docs[loc.first]["sentences"][loc.second]["text"].get<std::string>().substr(0, 70);
    };
    auto locate = [&](const std::string& key, const std::string& snippet) -> std::optional<Loc> {
        const std::size_t di = gdoc[key];
        const std::u32string ns = norm(snippet);
        for (std::size_t j = 0; j < sents[di].size(); ++j) {
            if (sents[di][j].find(ns) != std::u32string::npos) {
                return Loc{di, j};
            }
        }
        for (std::size_t cut = ns.size(); cut > 14; --cut) {
            const std::u32string prefix = ns.substr(0, cut);
            for (std::size_t j = 0; j < sents[di].size(); ++j) {
                if (sents[di][j].find(prefix) != std::u32string::npos) {
                    score.segmentation.push_back("split: " + snippet);
                    return Loc{di, j};
                }
            }
        }
        score.segmentation.push_back("absent: " + snippet);
        return std::nullopt;
    };

    struct Member {
        Loc loc;
        std::string unit;
        std::string grade;
    };
    std::vector<Member> members;
    std::set<std::pair<std::string, std::string>> related;
    for (const nlohmann::json& u : gold["units"]) {
        for (const char* grade : {"core", "soft", "neutral"}) {
            if (!u.contains(grade)) {
                continue;
            }
            for (const auto& [key, snippets] : u[grade].items()) {
                for (const nlohmann::json& s : snippets) {
                    if (const auto loc = locate(key, s.get<std::string>())) {
                        members.push_back({*loc, u["id"].get<std::string>(), grade});
                    }
                }
            }
        }
        for (const nlohmann::json& r : u.value("related", nlohmann::json::array())) {
            const std::string id = u["id"].get<std::string>();
            related.insert({id, r.get<std::string>()});
            related.insert({r.get<std::string>(), id});
        }
    }
    for (std::size_t a = 0; a < members.size(); ++a) {
        for (std::size_t b = a + 1; b < members.size(); ++b) {
            const Member& ma = members[a];
            const Member& mb = members[b];
            if (ma.loc.first == mb.loc.first) {
                continue;
            }
            const bool sameRow =
                rowOf.contains(ma.loc) && rowOf.contains(mb.loc) && rowOf[ma.loc] == rowOf[mb.loc];
            const bool neutral = ma.grade == "neutral" || mb.grade == "neutral";
            if (ma.unit == mb.unit && !neutral) {
                if (ma.grade == "core" && mb.grade == "core") {
                    ++score.mustN;
                    score.mustTp += sameRow;
                } else {
                    ++score.softN;
                    score.softTp += sameRow;
                }
                if (!sameRow) {
                    score.misses.push_back(ma.unit + ": [" + text(ma.loc) + "] <-> [" +
                                           text(mb.loc) + "]");
                }
            } else if (ma.unit != mb.unit && !related.contains({ma.unit, mb.unit}) && !neutral) {
                ++score.negatives;
                if (sameRow) {
                    ++score.falsePairs;
                    score.falseList.push_back(ma.unit + "/" + mb.unit + ": [" + text(ma.loc) +
                                              "] <-> [" + text(mb.loc) + "]");
                }
            }
        }
    }

    std::vector<Loc> bpLocs;
    if (gold.contains("boilerplate")) {
        for (const auto& [key, snippets] : gold["boilerplate"].items()) {
            for (const nlohmann::json& s : snippets) {
                if (const auto loc = locate(key, s.get<std::string>())) {
                    bpLocs.push_back(*loc);
                }
            }
        }
    }
    if (gold.contains("boilerplate_repeated")) {
        for (const auto& [key, snippets] : gold["boilerplate_repeated"].items()) {
            const std::size_t di = gdoc[key];
            for (const nlohmann::json& s : snippets) {
                const std::u32string ns = norm(s.get<std::string>());
                for (std::size_t j = 0; j < sents[di].size(); ++j) {
                    if (sents[di][j].find(ns) != std::u32string::npos) {
                        bpLocs.push_back({di, j});
                    }
                }
            }
        }
    }
    auto flagged = [&](Loc loc) {
        return docs[loc.first]["sentences"][loc.second].value("boilerplate", false);
    };
    for (const Loc& loc : bpLocs) {
        ++score.bpN;
        if (flagged(loc)) {
            ++score.bpHit;
        } else {
            score.bpMissed.push_back(text(loc));
        }
    }
    for (const Member& m : members) {
        if (m.grade == "core" || m.grade == "soft") {
            ++score.bodyN;
            if (flagged(m.loc)) {
                ++score.bodyFlagged;
                score.bodyFlaggedList.push_back(text(m.loc));
            }
        }
    }
    return score;
}

// ---- Helpers ----

// Listing and modification times of a folder, to prove nothing was written into it.
std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> snapshot(const fs::path& dir)
{
    std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        out[entry.path().filename().string()] = {entry.is_regular_file() ? entry.file_size() : 0,
                                                 entry.last_write_time()};
    }
    return out;
}

const Sentence* sentenceContaining(const Document& d, std::string_view needle)
{
    for (const Sentence& s : d.sentences) {
        if (s.text.find(needle) != std::string::npos) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

// ---- The sample story, end to end ----

TEST(Comparison, SampleStoryEndToEnd)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    EXPECT_TRUE(result.skipped.empty());
    EXPECT_TRUE(result.warnings.empty());
    const Comparison& c = *result.comparison;
    ASSERT_EQ(c.documents.size(), 5U);
    // From the URL line, as the page spells it ("Subscribe to the Coastal Herald …").
    EXPECT_EQ(c.documents[0].metadata.outlet, "Coastal Herald");
    EXPECT_EQ(c.documents[0].metadata.date, "20261103");
    EXPECT_EQ(c.documents[0].metadata.title,
              "Ferry runs aground in fog off Port Ellin, all 225 on board rescued");
    EXPECT_EQ(c.documents[1].metadata.outlet, "The Lowmarsh Courier"); // Source: header
    EXPECT_EQ(c.documents[1].metadata.title, "Ferry carrying 225 runs aground off Port Ellin");
    for (const Document& d : c.documents) {
        EXPECT_FALSE(d.metadata.title.empty()) << d.path;
        EXPECT_FALSE(d.metadata.outlet.empty()) << d.path;
        EXPECT_FALSE(d.sentences.empty()) << d.path;
    }
    // The header lines of a file are not article text.
    const Sentence* url = sentenceContaining(c.documents[0], "https://www.coastalherald.example");
    ASSERT_NE(url, nullptr);
    EXPECT_TRUE(url->isBoilerplate());
    const Sentence* source = sentenceContaining(c.documents[1], "Source: The Lowmarsh Courier");
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->isBoilerplate());
    // 02's headline is its Title: header's value, in the row of the other headlines.
    const Sentence* title = sentenceContaining(c.documents[1], "Ferry carrying 225");
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text, "Ferry carrying 225 runs aground off Port Ellin");
    EXPECT_EQ(title->kind, SentenceKind::Headline);
    // A weather widget amid the article is clutter, in no other outlet's row.
    const Sentence* weather = sentenceContaining(c.documents[3], "11\u00B0C");
    ASSERT_NE(weather, nullptr);
    EXPECT_TRUE(weather->isBoilerplate());
    for (const Row& row : c.rows) {
        const auto& cell = row.cells[3].sentences;
        if (std::find(cell.begin(), cell.end(),
                      static_cast<std::size_t>(weather - c.documents[3].sentences.data())) !=
            cell.end()) {
            EXPECT_EQ(row.status, RowStatus::Unique);
        }
    }

    EXPECT_EQ(c.statistics.size(), 5U);
    ASSERT_EQ(c.similarity.size(), 5U);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_DOUBLE_EQ(c.similarity[i][i], 1.0);
        for (std::size_t j = 0; j < 5; ++j) {
            EXPECT_DOUBLE_EQ(c.similarity[i][j], c.similarity[j][i]);
        }
    }
    // 01 and 02 carry the same wire copy: they are the closest pair.
    EXPECT_GT(c.similarity[0][1], c.similarity[0][2]);
    EXPECT_GT(c.similarity[0][1], c.similarity[0][4]);
    parallax::test::expectJsonContract(nlohmann::json::parse(toJson(c)), c, "sample story");
}

TEST(Comparison, SampleStoryIsTheSameWithOneOrManyThreads)
{
    CompareOptions one;
    one.threads = 1;
    CompareOptions four;
    four.threads = 4;
    const ComparisonResult a = compareFolder(parallax::test::sampleDir(), one);
    const ComparisonResult b = compareFolder(parallax::test::sampleDir(), four);
    ASSERT_TRUE(a.comparison && b.comparison);
    EXPECT_EQ(toJson(*a.comparison), toJson(*b.comparison));
}

// An export from the window carries the reader's names for the outlets and, when they follow
// one, the rows in its order; the JSON says which; nothing else changes.
TEST(Comparison, ArrangedAsShownRenamesFollowsAndReordersOutlets)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison);
    const Comparison& original = *result.comparison;
    ASSERT_GE(original.documents.size(), 3U);

    const Comparison renamed = arrangedAsShown(
        original, {.outletNames = {"", "The Courier"}, .followed = {}, .documentOrder = {}});
    EXPECT_EQ(renamed.documents[0].metadata.outlet, original.documents[0].metadata.outlet);
    EXPECT_EQ(renamed.documents[1].metadata.outlet, "The Courier");
    EXPECT_EQ(renamed.rows, original.rows);
    EXPECT_FALSE(renamed.rowsFollow);
    EXPECT_FALSE(nlohmann::json::parse(toJson(renamed)).contains("rows_follow"));

    const Comparison followed =
        arrangedAsShown(original, {.outletNames = {}, .followed = 2, .documentOrder = {}});
    ASSERT_EQ(followed.rowsFollow, std::optional<std::size_t>(2));
    const std::vector<std::size_t> order = original.orderFollowing(2);
    ASSERT_EQ(followed.rows.size(), original.rows.size());
    EXPECT_NE(order, [&] {
        std::vector<std::size_t> identity(order.size());
        for (std::size_t i = 0; i < identity.size(); ++i) {
            identity[i] = i;
        }
        return identity;
    }()) << "the sample's third outlet tells the story in its own order";
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(followed.rows[i], original.rows[order[i]]);
    }
    const nlohmann::json js = nlohmann::json::parse(toJson(followed));
    EXPECT_EQ(js.at("rows_follow"), 2);
    EXPECT_NE(
        toHtml(followed).find("rows in the order of " + followed.documents[2].metadata.outlet),
        std::string::npos);
    EXPECT_EQ(toHtml(original).find("rows in the order of"), std::string::npos);
    // An outlet that is not there is not followed.
    EXPECT_FALSE(arrangedAsShown(original, {.outletNames = {}, .followed = 99, .documentOrder = {}})
                     .rowsFollow);

    // The reader's column order: the last outlet first. Every index that names a document
    // follows, so the export reads the same, column by column.
    const std::size_t n = original.documents.size();
    std::vector<std::size_t> columns(n);
    for (std::size_t k = 0; k < n; ++k) {
        columns[k] = (k + n - 1) % n; // n-1, 0, 1, ...
    }
    const Comparison moved =
        arrangedAsShown(original, {.outletNames = {}, .followed = 2, .documentOrder = columns});
    ASSERT_EQ(moved.documents.size(), n);
    EXPECT_EQ(moved.rowsFollow, std::optional<std::size_t>(3));
    for (std::size_t k = 0; k < n; ++k) {
        EXPECT_EQ(moved.documents[k].path, original.documents[columns[k]].path);
        EXPECT_EQ(moved.statistics[k].words, original.statistics[columns[k]].words);
        for (std::size_t j = 0; j < n; ++j) {
            EXPECT_EQ(moved.similarity[k][j], original.similarity[columns[k]][columns[j]]);
        }
    }
    bool sawNear = false;
    bool sawReference = false;
    for (std::size_t i = 0; i < followed.rows.size(); ++i) {
        const Row& before = followed.rows[i];
        const Row& after = moved.rows[i];
        for (std::size_t k = 0; k < n; ++k) {
            EXPECT_EQ(after.cells[k], before.cells[columns[k]]);
        }
        if (before.reference) {
            sawReference = true;
            EXPECT_EQ(columns[*after.reference], *before.reference);
        }
        ASSERT_EQ(after.near.size(), before.near.size());
        for (std::size_t m = 0; m < before.near.size(); ++m) {
            sawNear = true;
            EXPECT_EQ(columns[after.near[m].document], before.near[m].document);
        }
    }
    EXPECT_TRUE(sawNear && sawReference);
    EXPECT_EQ(toJson(arrangedAsShown(
                  original, {.outletNames = {}, .followed = {}, .documentOrder = {0, 0, 1, 2, 3}})),
              toJson(original))
        << "an order that is not a permutation changes nothing";
}

TEST(Comparison, GoldenAlignmentOfTheSampleStory)
{
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    const nlohmann::json out = nlohmann::json::parse(toJson(*result.comparison));
    const nlohmann::json gold = nlohmann::json::parse(
        parallax::test::readFile(parallax::test::goldenDir() / "sample-story.gold.json"));
    const GoldScore s = scoreAgainstGold(gold, out);

    for (const std::string& m : s.misses) {
        std::cout << "MISS " << m << "\n";
    }
    for (const std::string& f : s.falseList) {
        std::cout << "FALSE " << f << "\n";
    }
    for (const std::string& b : s.bpMissed) {
        std::cout << "BP-MISSED " << b << "\n";
    }
    for (const std::string& b : s.bodyFlaggedList) {
        std::cout << "BODY-FLAGGED " << b << "\n";
    }
    for (const std::string& g : s.segmentation) {
        std::cout << "SEGMENT " << g << "\n";
    }
    std::cout << "pairs: must " << s.mustTp << "/" << s.mustN << ", should " << s.softTp << "/"
              << s.softN << ", false " << s.falsePairs << "/" << s.negatives
              << "; boilerplate found " << s.bpHit << "/" << s.bpN << ", body flagged "
              << s.bodyFlagged << "/" << s.bodyN << "; segmentation misses "
              << s.segmentation.size() << "\n"
              << "must_recall=" << s.mustRecall() << " precision=" << s.precision()
              << " bp_recall=" << s.bpRecall() << " bp_false=" << s.bpFalse() << "\n";

    // The gold itself is sound: every snippet lies whole inside one sentence.
    EXPECT_TRUE(s.segmentation.empty());
    EXPECT_EQ(s.mustN, 138);
    // No false pair: two sentences that say different things never share a row.
    EXPECT_EQ(s.falsePairs, 0);
    EXPECT_DOUBLE_EQ(s.precision(), 1.0);
    // Measured 120/138 (0.870) when this test was written; the misses printed above are the
    // documented allowance (headlines, and paraphrases such as EVACUATION, CASTELL_QUOTE,
    // FUEL and SUSPENDED in 05). Raise the floor as alignment improves; never lower it.
    EXPECT_GE(s.mustTp, 120) << "must_recall " << s.mustRecall();
    // Measured 73/73 clutter lines found (the weather widget and the newsroom's tip line
    // included) and 0/103 article sentences flagged (02's Title: headline counted since it is
    // the header's value alone).
    EXPECT_GE(s.bpHit, 73) << "bp_recall " << s.bpRecall();
    EXPECT_EQ(s.bodyFlagged, 0) << "bp_false " << s.bpFalse();
}

TEST(Comparison, RowsOfArticleTextHoldNoClutter)
{
    // The sample's Lowmarsh Courier page links a related article, "A weekend among the seabirds
    // of Kestrel Island", which the classifier takes for clutter without being sure; its words
    // drew it beside another outlet's sentence on the island's shops. A line that is still
    // clutter once the other outlets had their say leaves a row of article text for one of its
    // own.
    const ComparisonResult result = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(result.comparison) << result.error;
    const Comparison& c = *result.comparison;
    bool sawSeabirds = false;
    for (const Row& row : c.rows) {
        for (std::size_t d = 0; d < row.cells.size(); ++d) {
            for (const std::size_t s : row.cells[d].sentences) {
                const Sentence& sentence = c.documents[d].sentences[s];
                EXPECT_TRUE(row.boilerplate || sentence.isArticleText()) << sentence.text;
                if (sentence.text.find("seabirds of Kestrel Island") != std::string::npos) {
                    sawSeabirds = true;
                    EXPECT_TRUE(sentence.isBoilerplate());
                    EXPECT_EQ(row.presentCount(), 1U);
                    EXPECT_EQ(row.status, RowStatus::Unique);
                }
            }
        }
    }
    EXPECT_TRUE(sawSeabirds);
}

// ---- Bad input and the input folder ----

TEST(Comparison, NothingIsWrittenIntoTheInputFolder)
{
    parallax::test::TempDir input;
    for (const auto& entry : fs::directory_iterator(parallax::test::sampleDir())) {
        fs::copy_file(entry.path(), input.path() / entry.path().filename());
    }
    input.write("notes.pdf", "%PDF-1.4");
    input.write("empty.txt", "");
    const auto before = snapshot(input.path());

    parallax::test::TempDir output;
    const ComparisonResult result = compareFolder(input.path());
    ASSERT_TRUE(result.comparison) << result.error;
    EXPECT_EQ(result.skipped.size(), 2U);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Html, ExportFormat::Csv}) {
        const std::string bytes =
            exportComparison(*result.comparison, format, result.skipped, result.warnings);
        EXPECT_FALSE(bytes.empty());
        EXPECT_FALSE(
            writeFileAtomically(output.path() / (std::string("out") + fileSuffix(format)), bytes));
    }
    EXPECT_EQ(snapshot(input.path()), before);
    EXPECT_EQ(snapshot(output.path()).size(), 3U);
}

TEST(Comparison, FolderWithoutArticlesIsAnErrorNamingIt)
{
    parallax::test::TempDir dir;
    dir.write("empty.txt", "");
    dir.write("image.png", "\x89PNG");
    const ComparisonResult result = compareFolder(dir.path());
    EXPECT_FALSE(result.comparison);
    EXPECT_NE(result.error.find(dir.path().string()), std::string::npos);
    EXPECT_EQ(result.skipped.size(), 2U);

    const ComparisonResult missing = compareFolder(dir.path() / "absent");
    EXPECT_FALSE(missing.comparison);
    EXPECT_NE(missing.error.find("absent"), std::string::npos);
}

TEST(Comparison, CancelledBeforeStart)
{
    std::atomic_bool stop = true;
    const ComparisonResult result =
        compareFolder(parallax::test::sampleDir(), {}, {}, Progress({}, &stop));
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.comparison);
}

TEST(Comparison, CorrectionsTurnASentenceIntoClutterAndBack)
{
    const ComparisonResult plain = compareFolder(parallax::test::sampleDir());
    ASSERT_TRUE(plain.comparison);
    const Document& herald = plain.comparison->documents[0];
    const Sentence* lifeboats = sentenceContaining(herald, "Lifeboats from Port Ellin");
    ASSERT_NE(lifeboats, nullptr);
    ASSERT_TRUE(lifeboats->isArticleText());
    const Sentence* share = sentenceContaining(herald, "Facebook");
    ASSERT_NE(share, nullptr);
    ASSERT_TRUE(share->isBoilerplate());

    Correction clutter;
    clutter.document = herald.path;
    clutter.text = lifeboats->text;
    clutter.sentenceStart = lifeboats->start;
    Correction article;
    article.document = herald.path;
    article.text = share->text;
    article.isClutter = false;
    article.scope = Correction::Scope::SimilarLines;
    const ComparisonResult corrected =
        compareFolder(parallax::test::sampleDir(), {}, {clutter, article});
    ASSERT_TRUE(corrected.comparison);
    const Document& after = corrected.comparison->documents[0];
    const Sentence* c1 = sentenceContaining(after, "Lifeboats from Port Ellin");
    const Sentence* c2 = sentenceContaining(after, "Facebook");
    ASSERT_TRUE(c1 && c2);
    EXPECT_TRUE(c1->isBoilerplate());
    EXPECT_EQ(c1->source, KindSource::Correction);
    EXPECT_TRUE(c2->isArticleText());
    parallax::test::expectJsonContract(nlohmann::json::parse(toJson(*corrected.comparison)),
                                       *corrected.comparison, "corrected");
}

// ---- Real pages, when the shared corpus is there ----

TEST(Comparison, SeedsKeepAbbreviationsAndFlagClutter)
{
    const fs::path seeds = parallax::test::corpusDir() / "seeds";
    if (!fs::is_directory(seeds)) {
        GTEST_SKIP() << "no corpus at " << seeds;
    }
    const ComparisonResult result = compareFolder(seeds);
    ASSERT_TRUE(result.comparison) << result.error;
    const Comparison& c = *result.comparison;
    std::size_t advertisements = 0;
    bool sawShare = false;
    bool sawTicker = false;
    bool sawPaywall = false;
    for (const Document& d : c.documents) {
        for (const Sentence& s : d.sentences) {
            // No sentence ends on a title or on "U.S." followed by more of the same line.
            EXPECT_FALSE(s.text.ends_with(" Mr.")) << d.path << ": " << s.text;
            if (s.text.ends_with("U.S.")) {
                const std::size_t next =
                    s.end < d.text.size() ? d.text.find_first_not_of(' ', s.end) : s.end;
                EXPECT_TRUE(next >= d.text.size() || d.text[next] == '\n')
                    << d.path << ": " << s.text;
            }
            EXPECT_FALSE(s.start >= 4 && d.text.compare(s.start - 4, 4, "Mr. ") == 0)
                << d.path << ": " << s.text;
            if (s.text == "ADVERTISEMENT") {
                ++advertisements;
                EXPECT_TRUE(s.isBoilerplate()) << d.path;
            }
            if (s.text == "Share") {
                sawShare = true;
                EXPECT_TRUE(s.isBoilerplate()) << d.path;
            }
            if (s.text == "-0.5%") {
                sawTicker = true;
                EXPECT_TRUE(s.isBoilerplate()) << d.path;
            }
            if (s.text == "Subscribe to News24") {
                sawPaywall = true;
                EXPECT_TRUE(s.isBoilerplate()) << d.path;
            }
        }
    }
    EXPECT_GT(advertisements, 0U);
    EXPECT_TRUE(sawShare && sawTicker && sawPaywall);
    const Document* withMr = nullptr;
    for (const Document& d : c.documents) {
        if (sentenceContaining(d, "Mr. Putin and Mr. Macron spoke by phone")) {
            withMr = &d;
        }
    }
    ASSERT_NE(withMr, nullptr) << "\"Mr. Putin and Mr. Macron spoke\" stays one sentence";
    EXPECT_NE(sentenceContaining(*withMr, "The U.S. and NATO responses"), nullptr);
}

TEST(Comparison, BritishAndAmericanCopiesOfOneReportDifferInNothing)
{
    // A British outlet's copy of an agency report and an American outlet's: spelling apart, the
    // same words. No word is marked as changed, none as missing.
    parallax::test::TempDir dir;
    dir.write("1-uk.txt", "Harbour news\n\nThe council apologised to neighbours after the "
                          "travellers' caravans were towed from the harbour centre, saying the "
                          "colours of the signs had been misread.\n\nOfficials analysed the "
                          "programme's paediatric clinic, which had been cancelled twice.\n");
    dir.write("2-us.txt", "Harbor news\n\nThe council apologized to neighbors after the "
                          "travelers' caravans were towed from the harbor center, saying the "
                          "colors of the signs had been misread.\n\nOfficials analyzed the "
                          "program's pediatric clinic, which had been canceled twice.\n");
    const ComparisonResult result = compareFolder(dir.path());
    ASSERT_TRUE(result.comparison) << result.error;
    const Comparison& c = *result.comparison;
    EXPECT_EQ(c.rows.size(), 3U);
    for (const Row& row : c.rows) {
        EXPECT_EQ(row.presentCount(), 2U);
        for (const Cell& cell : row.cells) {
            EXPECT_TRUE(cell.missing.empty());
            for (const DiffSpan& span : cell.spans) {
                EXPECT_EQ(span.kind, SpanKind::Equal)
                    << c.documents[1].text.substr(span.start, span.end - span.start);
            }
        }
    }
}
