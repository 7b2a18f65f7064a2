#include "core/word_diff.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace parallax::core;

namespace {

// One side of a diff: the text, its tokens, and the cell view of them (sentence 0).
struct Side {
    std::string text;
    std::vector<Token> tokens;
    std::vector<CellToken> cell;
    Side(const Normalizer& normalizer, std::string t) : text(std::move(t))
    {
        tokens = normalizer.tokens(text, 0, text.size());
        for (const Token& token : tokens) {
            cell.push_back({&token, 0});
        }
    }
};

struct Result {
    WordDiff diff;
    std::vector<std::string> spans; // "kind:text" per span
    std::vector<std::string> missing;
};

Result diff(const std::string& reference, const std::string& version)
{
    static const Normalizer normalizer("en_US.UTF-8", false);
    const Side ref(normalizer, reference);
    const Side ver(normalizer, version);
    Result r;
    r.diff = diffWords(ref.cell, ref.text, ver.cell, 0);
    for (const DiffSpan& s : r.diff.spans) {
        r.spans.push_back(std::string(toString(s.kind)) + ":" +
                          ver.text.substr(s.start, s.end - s.start));
    }
    for (const MissingWords& m : r.diff.missing) {
        r.missing.push_back(m.text + "@" + std::to_string(m.after));
    }
    return r;
}

using Strings = std::vector<std::string>;

} // namespace

// Golden-style edge cases

TEST(WordDiff, EmptyAgainstEmpty)
{
    const Result r = diff("", "");
    EXPECT_TRUE(r.spans.empty());
    EXPECT_TRUE(r.missing.empty());
    EXPECT_DOUBLE_EQ(r.diff.similarity, 1.0);
}

TEST(WordDiff, WordAgainstEmpty)
{
    const Result lacks = diff("a", "");
    EXPECT_TRUE(lacks.spans.empty());
    EXPECT_EQ(lacks.missing, (Strings{"a@0"}));
    EXPECT_DOUBLE_EQ(lacks.diff.similarity, 0.0);

    const Result adds = diff("", "a");
    EXPECT_EQ(adds.spans, (Strings{"added:a"}));
    EXPECT_TRUE(adds.missing.empty());
    EXPECT_DOUBLE_EQ(adds.diff.similarity, 0.0);
}

TEST(WordDiff, IdenticalIsOneEqualSpan)
{
    const Result r = diff("The ferry ran aground.", "The ferry ran aground.");
    EXPECT_EQ(r.spans, (Strings{"equal:The ferry ran aground"}));
    EXPECT_TRUE(r.missing.empty());
    EXPECT_DOUBLE_EQ(r.diff.similarity, 1.0);
}

TEST(WordDiff, CaseAndQuoteOnlyChangesAreEqual)
{
    const Result r = diff("\xE2\x80\x9CIt\xE2\x80\x99s the FERRY,\xE2\x80\x9D she said.",
                          "\"it's the ferry\" She said");
    EXPECT_EQ(r.spans, (Strings{"equal:it's the ferry\" She said"}));
    EXPECT_TRUE(r.missing.empty());
    EXPECT_DOUBLE_EQ(r.diff.similarity, 1.0);
}

TEST(WordDiff, ChangedAddedAndMissing)
{
    const Result r = diff("The coastguard said no fuel had leaked.",
                          "The coastguard says no diesel had leaked into the sea.");
    EXPECT_EQ(r.spans, (Strings{"equal:The coastguard", "changed:says", "equal:no",
                                "changed:diesel", "equal:had leaked", "added:into the sea"}));
    EXPECT_EQ(r.missing, (Strings{"said@14", "fuel@22"}));
    EXPECT_GT(r.diff.similarity, 0.5);
    EXPECT_LT(r.diff.similarity, 1.0);
}

TEST(WordDiff, ReorderingShowsAsChangeNotEquality)
{
    const Result r = diff("ferry fog rescue", "rescue fog ferry");
    std::size_t equalWords = 0;
    for (const std::string& s : r.spans) {
        equalWords += s.starts_with("equal:") ? 1 : 0;
    }
    EXPECT_EQ(equalWords, 1U) << "only one of three words can keep its place";
    // Two reference words lost their place; dtl may report them as one run or two.
    std::size_t missingWords = 0;
    for (const MissingWords& m : r.diff.missing) {
        missingWords += 1 + static_cast<std::size_t>(std::count(m.text.begin(), m.text.end(), ' '));
    }
    EXPECT_EQ(missingWords, 2U);
    EXPECT_NEAR(r.diff.similarity, 1.0 / 3.0, 1e-9);
}

TEST(WordDiff, SpansCoverEveryVersionWordInOrder)
{
    static const Normalizer normalizer("en_US.UTF-8", false);
    const Side ref(normalizer, "Lifeboats from Port Ellin and Kestrel Island took everyone off.");
    const Side ver(normalizer,
                   "Volunteers from the Kestrel lifeboat took all 225 people off safely.");
    const WordDiff d = diffWords(ref.cell, ref.text, ver.cell, 0);
    std::size_t covered = 0;
    std::size_t previousEnd = 0;
    for (const DiffSpan& s : d.spans) {
        EXPECT_GE(s.start, previousEnd);
        EXPECT_LT(s.start, s.end);
        previousEnd = s.end;
        for (const Token& t : ver.tokens) {
            covered += (t.start >= s.start && t.end <= s.end) ? 1 : 0;
        }
    }
    EXPECT_EQ(covered, ver.tokens.size());
}
