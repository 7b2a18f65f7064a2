#include "core/normalizer.h"
#include "core/sentence_features.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace parallax::core;

namespace {

// Features of one document per text, one sentence each.
FeatureTable table(const std::vector<std::string>& texts)
{
    Normalizer normalizer("en_US.UTF-8", true);
    std::vector<std::vector<std::vector<Token>>> tokens;
    std::vector<std::vector<bool>> include;
    for (const std::string& t : texts) {
        tokens.push_back({normalizer.tokens(t, 0, t.size())});
        include.push_back({true});
    }
    return FeatureTable(tokens, include);
}

TEST(SentenceFeatures, IdenticalWordingIsOne)
{
    const auto f = table({"The mayor opened the \u201cnew\u201d bridge.",
                          "The mayor opened the \"new\" bridge!", "Rain fell all day."});
    EXPECT_NEAR(similarity(f.of(0, 0), f.of(1, 0)), 1.0, 1e-9);
    EXPECT_EQ(f.of(0, 0).key, f.of(1, 0).key);
}

TEST(SentenceFeatures, NoSharedWordIsZero)
{
    const auto f = table({"The mayor opened the bridge.", "Rain fell all day."});
    EXPECT_EQ(similarity(f.of(0, 0), f.of(1, 0)), 0.0);
}

TEST(SentenceFeatures, StemsSeeThroughInflection)
{
    const auto f = table({"Councillors approved the budgets.", "The councillor approves a budget.",
                          "Firefighters rescued a cat."});
    EXPECT_GT(similarity(f.of(0, 0), f.of(1, 0)), 0.6);
}

TEST(SentenceFeatures, RareSharedWordsWeighMoreThanCommonOnes)
{
    // "council" is in every sentence; "Orbach" only in two.
    const auto f = table({"The council met Orbach.", "The council thanked Orbach.",
                          "The council saw the press.", "The council closed."});
    EXPECT_GT(similarity(f.of(0, 0), f.of(1, 0)), similarity(f.of(0, 0), f.of(2, 0)));
}

TEST(SentenceFeatures, BigramsDependOnBothWords)
{
    // A bigram's id once kept only its second word: "red car" and "blue car" shared a term.
    const auto f = table({"red car", "blue car", "red car"});
    std::size_t bigramsA = 0;
    for (const auto& [term, weight] : f.of(0, 0).terms) {
        bigramsA += f.isBigram(term) ? 1 : 0;
    }
    ASSERT_EQ(bigramsA, 1U);
    for (const auto& [term, weight] : f.of(1, 0).terms) {
        if (f.isBigram(term)) {
            for (const auto& [other, w] : f.of(0, 0).terms) {
                EXPECT_NE(term, other);
            }
        }
    }
}

TEST(SentenceFeatures, MergedSentencesReadAsOne)
{
    Normalizer normalizer("en_US.UTF-8", true);
    const std::string a = "The ferry was cancelled. The storm closed the port.";
    const std::string b = "The storm closed the port and the ferry was cancelled.";
    std::vector<std::vector<std::vector<Token>>> tokens = {
        {normalizer.tokens(a, 0, 24), normalizer.tokens(a, 25, a.size())},
        {normalizer.tokens(b, 0, b.size())}};
    const FeatureTable f(tokens, {{true, true}, {true}});
    const double alone = similarity(f.of(0, 0), f.of(1, 0));
    const double merged = similarity(f.merged(0, {0, 1}), f.of(1, 0));
    EXPECT_GT(merged, alone);
    EXPECT_EQ(f.of(0, 0).position, 0.0);
    EXPECT_EQ(f.of(0, 1).position, 1.0);
}

} // namespace
