#include "core/aligner.h"
#include "core/comparison.h"
#include "core/json_export.h"
#include "test_support.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

using namespace parallax::core;
namespace fs = std::filesystem;

namespace {

Document doc(const std::string& path, const std::string& text)
{
    Document d;
    d.path = path;
    d.encoding = "UTF-8";
    d.text = text;
    return d;
}

// The row index holding the sentence of document d that contains `needle`, or -1.
int rowOf(const Comparison& c, std::size_t d, const std::string& needle)
{
    for (std::size_t r = 0; r < c.rows.size(); ++r) {
        for (const std::size_t s : c.rows[r].cells[d].sentences) {
            if (c.documents[d].sentences[s].text.find(needle) != std::string::npos) {
                return static_cast<int>(r);
            }
        }
    }
    return -1;
}

TEST(ConsensusOrder, FollowsAgreeingSequences)
{
    const auto order = consensusOrder(4, {{0, 1, 2, 3}, {0, 2, 3}, {1, 2, 3}});
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(ConsensusOrder, BreaksCycleAtWeakestEdge)
{
    // Three documents say 0 -> 1 -> 2; one says 2 -> 0. The cycle is broken against the one.
    const auto order = consensusOrder(3, {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}, {2, 0}});
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(ConsensusOrder, IsAPermutationEvenWithEveryEdgeInACycle)
{
    const auto order = consensusOrder(3, {{0, 1}, {1, 2}, {2, 0}});
    ASSERT_EQ(order.size(), 3U);
    std::vector<bool> seen(3, false);
    for (const std::size_t r : order) {
        ASSERT_LT(r, 3U);
        EXPECT_FALSE(seen[r]);
        seen[r] = true;
    }
}

TEST(LongestIncreasingSubsequence, FindsTheLongestRun)
{
    const std::vector<std::size_t> sequence = {0, 5, 1, 2, 6, 3, 4};
    const auto lis = longestIncreasingSubsequence(sequence);
    ASSERT_EQ(lis.size(), 5U); // 0 1 2 3 4
    for (std::size_t i = 1; i < lis.size(); ++i) {
        EXPECT_LT(sequence[lis[i - 1]], sequence[lis[i]]);
    }
    EXPECT_TRUE(longestIncreasingSubsequence({}).empty());
}

TEST(Aligner, ParaphrasedStatementSharesARow)
{
    const auto c = compareDocuments({
        doc("a.txt",
            "Harbour council approves tram line\n\n"
            "The harbour council approved the northern tram extension on Monday after a heated "
            "debate.\n\n"
            "Mayor Lina Orbach said the first trams would run through Northgate in 2027.\n"),
        doc("b.txt", "Tram extension gets the green light\n\n"
                     "After a heated debate on Monday, councillors backed the extension of the "
                     "northern tram line.\n\n"
                     "Residents complained about the noise of the building works.\n"),
    });
    const int a = rowOf(c, 0, "approved the northern tram");
    ASSERT_GE(a, 0);
    EXPECT_EQ(a, rowOf(c, 1, "councillors backed the extension"));
}

TEST(Aligner, ASubheadingPairsWithSubheadingsOnlyNeverWithTheSentenceItAnnounces)
{
    // "Positive signal" shares its two rare words with a's short sentence, which scores far
    // better with it than with the long versions the other outlets give; taken as a sentence, it
    // would draw a's sentence away from them (as a seed page's subheading did).
    const auto c = compareDocuments({
        doc("a.txt", "Council backs the tram extension\n\n"
                     "The harbour council approved the northern tram extension on Monday after a "
                     "heated debate.\n\n"
                     "The transport board praised the vote, calling it a positive signal.\n\n"
                     "Builders expect to start work on the depot in the spring.\n"),
        doc("b.txt", "Tram extension gets the green light\n\n"
                     "After a heated debate on Monday, the harbour council backed the northern "
                     "tram extension.\n\n"
                     "On Tuesday the regional transport board hailed as a \"positive signal\" the "
                     "council's vote on the line, which also covers a new depot in Northgate and "
                     "two stations on the coast road.\n\n"
                     "Residents complained about the noise of the building works.\n"),
        doc("c.txt", "Northgate tram approved\n\n"
                     "The harbour council on Monday approved extending the northern tram line.\n\n"
                     "Positive signal\n\n"
                     "On Tuesday the regional transport board hailed as a \"positive signal\" the "
                     "council's vote on the line, which also covers a new depot at Northgate and "
                     "two stations along the coast road.\n"),
        doc("d.txt", "Trams for Northgate\n\n"
                     "Councillors approved the northern tram extension on Monday.\n\n"
                     "A positive signal\n\n"
                     "Work on the depot starts in the spring.\n"),
    });
    const int heading = rowOf(c, 2, "Positive signal");
    ASSERT_GE(heading, 0);
    ASSERT_EQ(c.documents[2].sentences[c.rows[heading].cells[2].sentences.front()].kind,
              SentenceKind::Subheading);
    EXPECT_EQ(heading, rowOf(c, 3, "A positive signal"));
    EXPECT_TRUE(c.rows[heading].cells[0].empty());
    EXPECT_TRUE(c.rows[heading].cells[1].empty());
    const int board = rowOf(c, 0, "calling it a positive signal");
    ASSERT_GE(board, 0);
    EXPECT_EQ(board, rowOf(c, 1, "hailed as a"));
    EXPECT_EQ(board, rowOf(c, 2, "hailed as a"));
}

TEST(Aligner, AWeakPairGivesWayToARowSeveralOutletsCorroborate)
{
    // a's first sentence and b's share the islanders' safety demands (a weak pair, under the
    // bar for trusting one pair), while four outlets' copies of the mayor's statement each
    // resemble a's sentence closely; a's own second sentence already sits in their row. Four
    // outlets' word beats one: a's sentence joins their row and b's is alone again.
    const std::string mayor =
        "Mayor Orbach told the council on Friday that the harbour board had ignored the "
        "islanders' safety demands, but the ferry would keep running for now.";
    std::vector<Document> documents = {
        doc("a.txt", "Ferry row deepens\n\n"
                     "The harbour board ignored the islanders' safety demands, though the ferry "
                     "keeps running.\n\n"
                     "The ferry will keep running for now, Mayor Orbach told the council on "
                     "Friday.\n\n"
                     "Repairs to the pier start in May.\n"),
        doc("b.txt", "Islanders press the harbour board\n\n"
                     "Last month the islanders handed the harbour board their safety demands, "
                     "from life jackets and flares to a second radar.\n\n"
                     "Repairs to the pier start in May, the board said.\n\n"
                     "The council meets again next week.\n"),
    };
    for (const std::string name : {"c", "d", "e", "f"}) {
        documents.push_back(doc(name + ".txt", "Ferry to keep running\n\n" + mayor +
                                                   "\n\nRepairs to the pier start in May.\n\n"
                                                   "The council meets again next week.\n"));
    }
    const auto c = compareDocuments(std::move(documents));
    const int ignored = rowOf(c, 0, "ignored the islanders");
    ASSERT_GE(ignored, 0);
    EXPECT_EQ(ignored, rowOf(c, 0, "keep running for now"));
    for (std::size_t d = 2; d < 6; ++d) {
        EXPECT_EQ(ignored, rowOf(c, d, "Mayor Orbach"));
    }
    const int demands = rowOf(c, 1, "life jackets");
    ASSERT_GE(demands, 0);
    EXPECT_NE(demands, ignored);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(demands)].presentCount(), 1U);
}

TEST(Aligner, VeryLongSentencesCopiedWithEditsShareARow)
{
    // A "sentence" of a few hundred thousand words (a table or a transcript run together, with
    // one full stop at the end) has far more weight in bigrams than in words: the candidate
    // floor must be a share of the words' weight, which is all the word index sees, or even a
    // near-verbatim copy of it is never scored.
    std::string a;
    std::string b;
    std::uint32_t random = 12345; // a fixed linear congruential sequence
    for (int i = 0; i < 300000; ++i) {
        random = random * 1664525U + 1013904223U;
        const std::string word = "item" + std::to_string((random >> 8) % 3000);
        a += word + " ";
        b += (i % 50 == 0 ? std::string("changed") : word) + " ";
    }
    a += "approved.\n";
    b += "approved.\n";
    const auto c = compareDocuments(
        {doc("a.txt", a), doc("b.txt", b), doc("c.txt", "Short note. It has two sentences.\n")});
    const int row = rowOf(c, 0, "item");
    ASSERT_GE(row, 0);
    EXPECT_EQ(row, rowOf(c, 1, "item"));
}

TEST(Aligner, UnrelatedSentencesStayApart)
{
    const auto c = compareDocuments({
        doc("a.txt",
            "Harbour news\n\nThe ferry to Calder Island was cancelled because of the storm.\n"),
        doc("b.txt",
            "Sport news\n\nThe city chess club won the regional championship in a tense final.\n"),
    });
    const int a = rowOf(c, 0, "ferry to Calder");
    ASSERT_GE(a, 0);
    EXPECT_NE(a, rowOf(c, 1, "chess club"));
    EXPECT_EQ(c.rows[static_cast<std::size_t>(a)].status, RowStatus::Unique);
}

TEST(Aligner, NeighboursLiftAWeakPairBetweenTwoStrongOnes)
{
    // The middle statements share three words ("found", "bridge", "winter"). On their own they
    // stay apart; between two statements both outlets share, they are likely the same report.
    const std::string first = "Engineers found deep cracks in the bridge last winter.";
    const std::string second = "Inspectors found the bridge damaged by the winter frost.";
    const auto alone = compareDocuments({
        doc("a.txt", "Bridge\n\n" + first + "\n"),
        doc("b.txt", "Bridge closes\n\n" + second + "\n"),
    });
    const int a = rowOf(alone, 0, "deep cracks");
    ASSERT_GE(a, 0);
    EXPECT_NE(a, rowOf(alone, 1, "damaged by the winter"));

    const std::string before = "The council voted on Monday to close the eastern bridge for "
                               "repairs lasting until the spring of 2026.";
    const std::string after = "Shop owners in the old town fear losing customers while the "
                              "crossing stays shut to lorries and cars.";
    const auto between = compareDocuments({
        doc("a.txt", "Bridge\n\n" + before + "\n\n" + first + "\n\n" + after + "\n"),
        doc("b.txt", "Bridge closes\n\n" + before + "\n\n" + second + "\n\n" + after + "\n"),
    });
    const int b = rowOf(between, 0, "deep cracks");
    ASSERT_GE(b, 0);
    EXPECT_EQ(b, rowOf(between, 1, "damaged by the winter"));
}

TEST(Aligner, AFaintPairDoesNotPullTwoRowsTogether)
{
    // Outlet a's lede and b's sentence on the demands are a pair; so are the three versions of
    // the denial. The lede also faintly resembles the shortest version of the denial (about
    // 0.34, each the other's best match), but not the other two, and b's sentence resembles
    // none of them: one row of all five would tell the reader that b's list of demands and
    // the denial are one statement.
    const std::string speak = "The president spoke with his French counterpart for two hours on "
                              "Friday, the Kremlin said.";
    const std::string geneva = "Ministers will meet again in Geneva next week.";
    const std::string denial = "Russia denies any plans to invade Ukraine but has demanded "
                               "sweeping, legally binding security guarantees, including a ban "
                               "on new members of the alliance.";
    const auto c = compareDocuments({
        doc("a.txt", "Talks stall\n\nWashington and its allies ignored Moscow's demands for "
                     "security guarantees, the Kremlin said on Friday after the call.\n\nThe "
                     "Kremlin said the president spoke with his French counterpart for two "
                     "hours.\n\n" +
                         geneva + "\n"),
        doc("b.txt", "Kremlin answers\n\nLast month Moscow handed Washington and its allies a "
                     "list of demands.\n\nThe president spoke with his French counterpart for "
                     "two hours, the Kremlin said.\n"),
        doc("c.txt", "Kremlin says West ignored its concerns\n\n" + speak +
                         "\n\nRussia denies any plans to invade but has demanded security "
                         "guarantees.\n\n" +
                         geneva + "\n"),
        doc("d.txt", "Kremlin says West ignored its concerns\n\n" + speak + "\n\n" + denial +
                         "\n\n" + geneva + "\n"),
        doc("e.txt", "Kremlin says West ignored its concerns\n\n" + speak + "\n\n" + denial +
                         "\n\n" + geneva + "\n"),
    });
    const int lede = rowOf(c, 0, "ignored Moscow's demands");
    ASSERT_GE(lede, 0);
    EXPECT_EQ(lede, rowOf(c, 1, "list of demands"));
    const int denies = rowOf(c, 2, "denies any plans");
    ASSERT_GE(denies, 0);
    EXPECT_EQ(denies, rowOf(c, 3, "denies any plans"));
    EXPECT_EQ(denies, rowOf(c, 4, "denies any plans"));
    EXPECT_NE(lede, denies);
    // Each still names the other as the closest sentence of the outlets it lacks.
    const Row& row = c.rows[static_cast<std::size_t>(denies)];
    ASSERT_FALSE(row.near.empty());
    EXPECT_EQ(row.near[0].document, 0U);
}

TEST(Aligner, TwoWordingsEachCarriedBySeveralOutletsShareARow)
{
    // Two outlets quote the mayor, two others paraphrase what she said. Each wording pairs
    // with its copy; across wordings every pair is faint (about 0.18, under the threshold:
    // without this step the two rows stay apart and offer each other as near matches), but
    // every version of one resembles every version of the other: one statement.
    const std::string spoke = "The mayor spoke with the harbour board for two hours on Friday.";
    const std::string quote = "\"The key question was also ignored,\" the mayor said, pointing "
                              "to the rule that the quay belongs to every district.";
    const std::string meet = "The board will meet again in Port Ellin next week.";
    const auto c = compareDocuments({
        doc("a.txt", "Harbour talks\n\n" + spoke + "\n\n" + quote + "\n\n" + meet + "\n"),
        doc("b.txt", "Quay talks\n\n" + spoke + "\n\n" + quote +
                         "\n\nThe board meets again in Port Ellin next week.\n"),
        doc("c.txt", "Council answers\n\n" + spoke +
                         "\n\nThe council said the board had ignored other key concerns and "
                         "failed to explain its plans for the quay.\n\n" +
                         meet + "\n"),
        doc("d.txt", "Council reply\n\nThe mayor spoke with the harbour board on Friday for two "
                     "hours.\n\nThe board ignored other key concerns and failed to explain its "
                     "plans for the quay, the council said.\n\nThe board will meet in Port Ellin "
                     "next week.\n"),
    });
    const int quoted = rowOf(c, 0, "key question");
    ASSERT_GE(quoted, 0);
    EXPECT_EQ(quoted, rowOf(c, 1, "key question"));
    EXPECT_EQ(quoted, rowOf(c, 2, "key concerns"));
    EXPECT_EQ(quoted, rowOf(c, 3, "key concerns"));
    EXPECT_EQ(c.rows[static_cast<std::size_t>(quoted)].status, RowStatus::Shared);
}

TEST(Aligner, ASentenceEveryOutletsVersionResemblesJoinsTheirRow)
{
    // Outlet a tells the night-long rescue in its own words (about 0.25 against each of the two
    // other outlets' versions: under the threshold). Against one outlet that is a faint pair like
    // many others; against every outlet that tells it, it is corroborated.
    const std::string first = "The ferry ran aground in thick fog off Port Ellin on Monday evening";
    const std::string own = "Families huddled under blankets on the tilted deck until dawn, when "
                            "rescue crews finally brought the last of them ashore.";
    const std::string rescue = "Rescue crews needed most of the night to bring everyone ashore in "
                               "small boats.";
    const std::string review = "The harbour board will review its fog warnings.";
    const Document a = doc("a.txt", "Ferry aground\n\n" + first + " with 225 people on board.\n\n" +
                                        own + "\n\n" + review + "\n");
    const Document b =
        doc("b.txt", "Island ferry stranded\n\n" + first + " with 225 people aboard.\n\n" + rescue +
                         "\n\n" + review + "\n");
    const auto both = compareDocuments({
        a,
        b,
        doc("c.txt", "All safe after grounding\n\nA ferry carrying 225 people ran aground in fog "
                     "off Port Ellin on Monday evening.\n\n" +
                         rescue.substr(0, rescue.size() - 1) +
                         ", the coastguard said.\n\nThe harbour board said it would review its "
                         "fog warnings.\n"),
    });
    const int row = rowOf(both, 0, "huddled under blankets");
    ASSERT_GE(row, 0);
    EXPECT_EQ(row, rowOf(both, 1, "Rescue crews"));
    EXPECT_EQ(row, rowOf(both, 2, "Rescue crews"));

    const auto one = compareDocuments({
        a,
        b,
        doc("c.txt", "All safe after grounding\n\nA ferry carrying 225 people ran aground in fog "
                     "off Port Ellin on Monday evening.\n\nThe harbour board said it would review "
                     "its fog warnings.\n"),
    });
    const int alone = rowOf(one, 0, "huddled under blankets");
    ASSERT_GE(alone, 0);
    EXPECT_NE(alone, rowOf(one, 1, "Rescue crews")) << "one faint pair is not a row";
}

TEST(Aligner, RowsNameTheClosestSentenceOfAnOutletTheyLack)
{
    // The fishermen's complaint is told in other words: too few shared words for one row, but
    // the reader is shown it as the closest sentence the other outlet has. The ferry sentence
    // shares nothing with anything, so it has no near match.
    const auto c = compareDocuments({
        doc("a.txt", "Flood barriers\n\n"
                     "The harbour board will raise the flood barriers along the quay by two "
                     "metres before winter.\n\n"
                     "Fishermen said this season's catch was the poorest in a decade.\n\n"
                     "The ferry timetable changes in March.\n"),
        doc("b.txt", "Quay defences\n\n"
                     "Fishermen complained that boats came back half empty all season.\n\n"
                     "The harbour board said it will raise the quay's flood barriers by two "
                     "metres before winter.\n"),
    });
    const int fish = rowOf(c, 0, "poorest in a decade");
    const int half = rowOf(c, 1, "half empty");
    ASSERT_GE(fish, 0);
    ASSERT_GE(half, 0);
    ASSERT_NE(fish, half) << "below the threshold: not one row";
    const Row& row = c.rows[static_cast<std::size_t>(fish)];
    ASSERT_EQ(row.near.size(), 1U);
    EXPECT_EQ(row.near[0].document, 1U);
    EXPECT_EQ(static_cast<int>(row.near[0].sentence),
              static_cast<int>(c.rows[static_cast<std::size_t>(half)].cells[1].sentences[0]));
    EXPECT_GT(row.near[0].similarity, 0.15);
    EXPECT_LT(row.near[0].similarity, 0.29);
    // And the other way round.
    ASSERT_EQ(c.rows[static_cast<std::size_t>(half)].near.size(), 1U);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(half)].near[0].document, 0U);

    EXPECT_TRUE(c.rows[static_cast<std::size_t>(rowOf(c, 0, "ferry timetable"))].near.empty());
    // Rows every outlet has need none.
    EXPECT_TRUE(c.rows[static_cast<std::size_t>(rowOf(c, 0, "raise the flood"))].near.empty());
}

TEST(Aligner, OmissionsCountThoseTheOutletMayTellInOtherWords)
{
    // a and c report the poor catch alike; b has it only in other words (a near match; told
    // first, so that its place does not add to the faint resemblance and corroborate it), and
    // lacks the ferry sentence outright.
    const auto c = compareDocuments({
        doc("a.txt", "Flood barriers\n\n"
                     "The harbour board will raise the flood barriers along the quay by two "
                     "metres before winter.\n\n"
                     "Fishermen said this season's catch was the poorest in a decade.\n\n"
                     "The ferry to Calder Island runs on the winter timetable from Monday.\n"),
        doc("b.txt", "Quay defences\n\n"
                     "Fishermen complained that boats came back half empty all season.\n\n"
                     "The harbour board said it will raise the quay's flood barriers by two "
                     "metres before winter.\n"),
        doc("c.txt", "Barriers to rise\n\n"
                     "The harbour board will raise the quay's flood barriers by two metres "
                     "before the winter.\n\n"
                     "Fishermen said this season's catch was the poorest in a decade.\n\n"
                     "From Monday the Calder Island ferry runs on its winter timetable.\n"),
    });
    ASSERT_EQ(c.statistics.size(), 3U);
    EXPECT_EQ(c.statistics[1].omissions, 2U);
    EXPECT_EQ(c.statistics[1].omissionsNear, 1U);
    EXPECT_EQ(c.statistics[0].omissionsNear, 0U);
}

TEST(Aligner, ANearMatchIsNeverAnotherStatementOfTheRowsOwnOutlets)
{
    // b's sentence on the catch already shares a row with a's own catch sentence; it is not
    // offered as the missing version of a's other fishing sentence.
    const auto c = compareDocuments({
        doc("a.txt", "Harbour\n\n"
                     "Fishermen said this season's catch was the poorest in a decade.\n\n"
                     "Fishermen also asked the board for cheaper berths this season.\n"),
        doc("b.txt", "Quay\n\n"
                     "Fishermen said the season's catch was the poorest in a decade.\n"),
    });
    const int berths = rowOf(c, 0, "cheaper berths");
    ASSERT_GE(berths, 0);
    ASSERT_NE(berths, rowOf(c, 1, "poorest"));
    EXPECT_TRUE(c.rows[static_cast<std::size_t>(berths)].near.empty());
}

TEST(Aligner, AUsersLinkPutsTwoSentencesInOneRow)
{
    const std::string a = "Flood barriers\n\n"
                          "The harbour board will raise the flood barriers along the quay by two "
                          "metres before winter.\n\n"
                          "Fishermen said this season's catch was the poorest in a decade.\n\n"
                          "Ferries keep to the winter timetable.\n";
    const std::string b = "Quay defences\n\n"
                          "The harbour board said it will raise the quay's flood barriers by two "
                          "metres before winter.\n\n"
                          "Fishermen complained that boats came back half empty all season.\n";
    const auto compareWith = [&](const std::vector<SentenceLink>& links) {
        CompareOptions options;
        options.links = links;
        return compareDocuments({doc("a.txt", a), doc("b.txt", b)}, options);
    };
    const std::size_t poorest = a.find("Fishermen");
    const std::size_t halfEmpty = b.find("Fishermen");
    const std::size_t barriers = b.find("The harbour");
    const std::size_t ferries = a.find("Ferries");

    const auto apart = compareWith({});
    ASSERT_NE(rowOf(apart, 0, "poorest"), rowOf(apart, 1, "half empty"));
    EXPECT_TRUE(
        std::none_of(apart.rows.begin(), apart.rows.end(), [](const Row& r) { return r.byUser; }));

    // Linked: one row, whatever the similarity; the link may name either end first.
    for (const auto& link : {SentenceLink{"a.txt", poorest, "b.txt", halfEmpty},
                             SentenceLink{"b.txt", halfEmpty, "a.txt", poorest}}) {
        const auto together = compareWith({link});
        const int row = rowOf(together, 0, "poorest");
        ASSERT_GE(row, 0);
        EXPECT_EQ(row, rowOf(together, 1, "half empty"));
        const Row& merged = together.rows[static_cast<std::size_t>(row)];
        EXPECT_EQ(merged.status, RowStatus::Shared);
        EXPECT_TRUE(merged.near.empty());
        EXPECT_TRUE(merged.byUser) << "an export tells the reader this pairing is by hand";
        EXPECT_EQ(std::count_if(together.rows.begin(), together.rows.end(),
                                [](const Row& r) { return r.byUser; }),
                  1);
        EXPECT_EQ(together.rows.size(), apart.rows.size() - 1);
    }

    // Refused: b's barriers sentence already shares a row with a's; the ferry line stays alone.
    const auto refused = compareWith({{"a.txt", ferries, "b.txt", barriers}});
    EXPECT_NE(rowOf(refused, 0, "Ferries"), rowOf(refused, 1, "The harbour board said"));
    EXPECT_EQ(rowOf(refused, 0, "raise the flood"), rowOf(refused, 1, "The harbour board said"));
    // Stale: a file or an offset no longer there changes nothing.
    const auto stale = compareWith(
        {{"gone.txt", 0, "b.txt", halfEmpty}, {"a.txt", poorest + 1, "b.txt", halfEmpty}});
    EXPECT_EQ(stale.rows.size(), apart.rows.size());
}

TEST(Aligner, ASentenceTheUserTookApartLeavesTheRow)
{
    // Three outlets tell the barriers alike; the user says c's version is not what a's tells.
    const std::string barriers = "The harbour board will raise the flood barriers along the "
                                 "quay by two metres before winter.";
    const std::string a = "Flood barriers\n\n" + barriers +
                          "\n\nFerries keep to the winter "
                          "timetable.\n";
    const std::string b = "Quay defences\n\n" + barriers + "\n";
    const std::string c = "Barriers to rise\n\nThe harbour board will raise the quay's flood "
                          "barriers by two metres before the winter.\n";
    const auto compareWith = [&](const std::vector<SentenceLink>& apart) {
        CompareOptions options;
        options.apart = apart;
        return compareDocuments({doc("a.txt", a), doc("b.txt", b), doc("c.txt", c)}, options);
    };
    const auto before = compareWith({});
    const int row = rowOf(before, 0, "flood barriers");
    ASSERT_GE(row, 0);
    ASSERT_EQ(rowOf(before, 2, "flood barriers"), row);

    const std::size_t inA = a.find("The harbour");
    const std::size_t inB = b.find("The harbour");
    const std::size_t inC = c.find("The harbour");
    const auto after = compareWith({{"c.txt", inC, "a.txt", inA}, {"c.txt", inC, "b.txt", inB}});
    const int left = rowOf(after, 0, "flood barriers");
    ASSERT_GE(left, 0);
    EXPECT_EQ(rowOf(after, 1, "flood barriers"), left) << "a and b keep their row";
    const int own = rowOf(after, 2, "flood barriers");
    ASSERT_GE(own, 0);
    EXPECT_NE(own, left);
    EXPECT_EQ(after.rows[static_cast<std::size_t>(own)].presentCount(), 1U);
    EXPECT_TRUE(after.rows[static_cast<std::size_t>(own)].byUser);
    EXPECT_TRUE(after.rows[static_cast<std::size_t>(left)].byUser);
    // c's sentence is not offered back to the row it was taken out of.
    for (const NearMatch& m : after.rows[static_cast<std::size_t>(left)].near) {
        EXPECT_NE(m.document, 2U);
    }
    EXPECT_EQ(after.rows.size(), before.rows.size() + 1);

    // A separation the matching already respects, or naming what is gone, changes nothing.
    const std::size_t ferries = a.find("Ferries");
    const auto moot =
        compareWith({{"a.txt", ferries, "b.txt", inB}, {"gone.txt", 0, "a.txt", inA}});
    EXPECT_EQ(moot.rows.size(), before.rows.size());
    EXPECT_EQ(rowOf(moot, 2, "flood barriers"), rowOf(moot, 0, "flood barriers"));
}

TEST(Aligner, SplitSentenceIsOneCellWithTwoSentences)
{
    const auto c = compareDocuments({
        doc("a.txt", "Bridge\n\nThe council voted to repair the eastern bridge for 40 million "
                     "euros, and the works "
                     "will close the crossing to lorries until the spring of 2026.\n\n"
                     "Shops in the old town fear losing customers.\n"),
        doc("b.txt",
            "Bridge\n\nThe council voted to repair the eastern bridge for 40 million euros. "
            "The works will close the crossing to lorries until the spring of 2026.\n\n"
            "A petition against the plan has gathered signatures.\n"),
    });
    const int r = rowOf(c, 0, "voted to repair");
    ASSERT_GE(r, 0);
    const Cell& cell = c.rows[static_cast<std::size_t>(r)].cells[1];
    EXPECT_EQ(cell.sentences.size(), 2U);
    EXPECT_EQ(r, rowOf(c, 1, "close the crossing"));
}

TEST(Aligner, ASentenceSharingOnlyTheRowsNamesIsNotGatheredIntoIt)
{
    // b quotes the ferry company before the harbour board, and later says what a says: the
    // board's chair is to question the company. The quote names the same company and board,
    // so it matches a's sentence clearly, yet it adds nothing of a's to b's own version there
    // and beside it blurs it: the quote stays in a row of its own.
    const auto c = compareDocuments({
        doc("a.txt", "Ferry hearing\n\n"
                     "Islanders packed the chapel hall to hear about the grounding.\n\n"
                     "The questions come as the Harbour Safety Board opens its hearing into the "
                     "grounding, where chair Mara Lindqvist will question Corran Ferries.\n\n"
                     "The ferry is back in service after repairs at the Saltmere yard.\n"),
        doc("b.txt", "Board to question ferry firm\n\n"
                     "\"We owe every islander answers,\" Corran Ferries told the Harbour Safety "
                     "Board in the morning.\n\n"
                     "Divers found a crack in the hull below the waterline.\n\n"
                     "Harbour Safety Board chair Mara Lindqvist is to question Corran Ferries "
                     "when the inquiry begins on Thursday.\n"),
    });
    const int r = rowOf(c, 0, "opens its hearing");
    ASSERT_GE(r, 0);
    EXPECT_EQ(rowOf(c, 1, "is to question Corran"), r);
    const int quote = rowOf(c, 1, "We owe every islander");
    ASSERT_GE(quote, 0);
    EXPECT_NE(quote, r);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(quote)].presentCount(), 1U);
}

TEST(Aligner, ASecondTellingThatMatchesTwoOutletsIsGatheredEvenInOtherWords)
{
    // c tells the minister's words twice, the second time as a terse list of its own. Beside
    // c's first telling it blurs the cell's words, but it clearly matches both other outlets'
    // versions: a retelling, gathered into their row.
    const auto c = compareDocuments({
        doc("a.txt", "Talks\n\n"
                     "The minister said the kingdom would carefully study the proposals before "
                     "it replied.\n\n"
                     "Trade between the two fell last year.\n"),
        doc("b.txt", "Reply due\n\n"
                     "The kingdom would carefully study the proposals before replying, the "
                     "minister said.\n\n"
                     "Fishing quotas were not discussed.\n"),
        doc("c.txt", "Key points\n\n"
                     "Asked by reporters at the palace, the minister said the kingdom would "
                     "carefully study the proposals before it replied.\n\n"
                     "The border crossing reopened on Monday.\n\n"
                     "Kingdom to study proposals carefully, weigh every clause with allies and "
                     "reply before spring: minister.\n"),
    });
    const int r = rowOf(c, 0, "carefully study");
    ASSERT_GE(r, 0);
    EXPECT_EQ(rowOf(c, 1, "carefully study"), r);
    EXPECT_EQ(rowOf(c, 2, "Asked by reporters"), r);
    EXPECT_EQ(rowOf(c, 2, "weigh every clause"), r);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(r)].cells[2].sentences.size(), 2U);
}

TEST(Aligner, OutletTellingOneFactTwiceHasBothSentencesInItsRow)
{
    // Outlet a states the plan up top and again, reworded, further down; outlet b once. Both of
    // a's sentences belong with b's: the later one joins the row (not a neighbour: a gather).
    const auto c = compareDocuments({
        doc("a.txt", "Flood barriers\n\n"
                     "The harbour board will raise the flood barriers along the quay by two "
                     "metres before winter.\n\n"
                     "Fishermen said the catch this season was the poorest in a decade.\n\n"
                     "The mayor thanked the volunteers who filled sandbags in the rain.\n\n"
                     "By winter the flood barriers along the quay will stand two metres higher, "
                     "the harbour board said.\n"),
        doc("b.txt", "Quay defences\n\n"
                     "The harbour board said it will raise the quay's flood barriers by two "
                     "metres before winter.\n\n"
                     "The mayor thanked the volunteers who filled sandbags in the rain.\n"),
    });
    const int r = rowOf(c, 1, "raise the quay");
    ASSERT_GE(r, 0);
    EXPECT_EQ(rowOf(c, 0, "will raise the flood barriers"), r);
    EXPECT_EQ(rowOf(c, 0, "stand two metres higher"), r);
    const Cell& cell = c.rows[static_cast<std::size_t>(r)].cells[0];
    ASSERT_EQ(cell.sentences.size(), 2U);
    EXPECT_GT(cell.sentences[1], cell.sentences[0] + 1); // not neighbours
    // Sentences that match nothing stay alone, and every sentence is still in one cell.
    const int fishermen = rowOf(c, 0, "Fishermen");
    ASSERT_GE(fishermen, 0);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(fishermen)].presentCount(), 1U);
    const int mayor = rowOf(c, 0, "mayor thanked");
    EXPECT_EQ(mayor, rowOf(c, 1, "mayor thanked"));
    // The row stands where a first tells it: both outlets' orders agree, nothing is moved.
    EXPECT_LT(r, fishermen);
    EXPECT_LT(fishermen, mayor);
    for (const Row& row : c.rows) {
        EXPECT_FALSE(row.cells[0].moved || row.cells[1].moved);
    }
}

// 40 sentences of one made-up story, each with its own figures: 100 outlets telling it are
// more than the exact grouping takes (the large-folder path).
std::vector<std::string> costStory()
{
    const std::vector<std::string> places = {"Calder", "Northgate", "Brill",  "Ostrava",
                                             "Kessel", "Marrow",    "Tindal", "Avonby"};
    const std::vector<std::string> things = {"river wall", "night buses", "stadium sale",
                                             "tram extension", "school roof"};
    std::vector<std::string> story;
    for (int i = 0; i < 40; ++i) {
        story.push_back("Officials in " + places[static_cast<std::size_t>(i) % places.size()] +
                        " said the " + things[static_cast<std::size_t>(i) % things.size()] +
                        " will cost " + std::to_string(1000 + 37 * i) + " crowns by " +
                        std::to_string(2030 + i) + ".");
    }
    return story;
}

// The articles of `outlets` outlets telling costStory(); tell(o, i, sentence) gives what outlet o
// writes for the story's sentence i (one paragraph).
std::vector<Document>
costStoryFolder(std::size_t outlets,
                const std::function<std::string(std::size_t, std::size_t, std::string)>& tell)
{
    const std::vector<std::string> story = costStory();
    std::vector<Document> documents;
    for (std::size_t o = 0; o < outlets; ++o) {
        std::string text = "Costs rise across the region\n\n";
        for (std::size_t i = 0; i < story.size(); ++i) {
            text += tell(o, i, story[i]) + "\n\n";
        }
        documents.push_back(doc("outlet-" + std::to_string(o) + ".txt", text));
    }
    return documents;
}

TEST(Aligner, AHundredOutletsTakeTheLargeFolderPathAndKeepEachStatementInOneRow)
{
    // 100 outlets x 40 sentences: rows grow outlet by outlet from an index of their wordings.
    // Every outlet rewords one sentence a little (rows then hold many wordings, the first
    // outlets' among them), one splits a sentence in two.
    const std::vector<std::string> story = costStory();
    constexpr std::size_t kOutlets = 100;
    constexpr std::size_t kSplitOutlet = 57;
    const auto c = compareDocuments(
        costStoryFolder(kOutlets, [&](std::size_t o, std::size_t i, std::string sentence) {
            if (i == o % story.size()) {
                sentence.insert(sentence.size() - 1, ", according to draft figures");
            }
            if (o == kSplitOutlet && i == 12) {
                // "Officials in P said the T will cost N crowns. That will be by Y."
                const std::size_t by = sentence.rfind(" by ");
                sentence = sentence.substr(0, by) + ". That will be by " + sentence.substr(by + 4);
            }
            return sentence;
        }));
    for (std::size_t i = 0; i < story.size(); ++i) {
        const std::string needle = std::to_string(1000 + 37 * i) + " crowns";
        const int r = rowOf(c, 0, needle);
        ASSERT_GE(r, 0) << needle;
        std::size_t holders = 0;
        for (std::size_t o = 0; o < kOutlets; ++o) {
            holders += rowOf(c, o, needle) == r ? 1 : 0;
        }
        EXPECT_EQ(holders, kOutlets) << needle;
    }
    const int split = rowOf(c, kSplitOutlet, std::to_string(1000 + 37 * 12) + " crowns");
    ASSERT_GE(split, 0);
    EXPECT_EQ(c.rows[static_cast<std::size_t>(split)].cells[kSplitOutlet].sentences.size(), 2U)
        << "the split sentence's two halves share one cell";
}

TEST(Aligner, LargeFoldersNameTheClosestSentenceOfTheOutletsARowLacks)
{
    // 100 outlets; 60 tell the fishermen's complaint one way, 40 in other words (too few shared
    // words for one row). Each row is shown the other's sentences as the closest ones.
    constexpr std::size_t kOutlets = 100;
    constexpr std::size_t kFirstWay = 60;
    const auto c = compareDocuments(costStoryFolder(kOutlets, [&](std::size_t o, std::size_t i,
                                                                  std::string sentence) {
        if (i != 20) {
            return sentence;
        }
        return sentence + "\n\n" +
               (o < kFirstWay ? "Fishermen said this season's catch was the poorest in a decade."
                              : "Fishermen complained that boats came back half empty all season.");
    }));
    const int poorest = rowOf(c, 0, "poorest in a decade");
    const int half = rowOf(c, kFirstWay, "half empty");
    ASSERT_GE(poorest, 0);
    ASSERT_GE(half, 0);
    ASSERT_NE(poorest, half) << "below the threshold: not one row";
    for (const auto& [row, other, from, to] : {std::tuple{poorest, half, kFirstWay, kOutlets},
                                               std::tuple{half, poorest, 0UL, kFirstWay}}) {
        const Row& r = c.rows[static_cast<std::size_t>(row)];
        ASSERT_EQ(r.near.size(), 3U) << "nearMost of the outlets the row lacks";
        for (const NearMatch& m : r.near) {
            EXPECT_GE(m.document, from);
            EXPECT_LT(m.document, to);
            EXPECT_EQ(rowOf(c, m.document, "Fishermen"), other);
            EXPECT_GT(m.similarity, 0.15);
            EXPECT_LT(m.similarity, 0.29);
        }
    }
    // Rows every outlet has need none.
    EXPECT_TRUE(c.rows[static_cast<std::size_t>(rowOf(c, 0, "1000 crowns"))].near.empty());
}

TEST(Aligner, SixOutletsWithOneReorderingShareRowsAndMarkTheMove)
{
    const std::vector<std::string> story = {
        "The transport minister announced a new budget for the night buses on Tuesday.",
        "Engineers from Calder Works warned that the river wall needs urgent repairs.",
        "Judge Anton Brill postponed the hearing on the sale of the municipal stadium.",
        "The fire brigade confirmed the evacuation plan for the lower district.",
        "Residents of Northgate demanded a curfew near the construction site.",
    };
    std::vector<Document> documents;
    for (int i = 0; i < 6; ++i) {
        std::vector<std::string> order = story;
        if (i == 5) {
            std::swap(order[0], order[4]); // this outlet leads with the residents
        }
        std::string text = "City roundup\n\n";
        for (const std::string& s : order) {
            text += s + "\n\n";
        }
        documents.push_back(doc("outlet-" + std::to_string(i) + ".txt", text));
    }
    const auto c = compareDocuments(std::move(documents));
    for (const std::string needle :
         {"night buses", "river wall", "municipal stadium", "evacuation plan", "curfew"}) {
        const int r = rowOf(c, 0, needle);
        ASSERT_GE(r, 0) << needle;
        for (std::size_t d = 1; d < 6; ++d) {
            EXPECT_EQ(rowOf(c, d, needle), r) << needle << " in outlet " << d;
        }
        EXPECT_EQ(c.rows[static_cast<std::size_t>(r)].status, RowStatus::Shared);
    }
    // The consensus follows the five outlets that agree; the sixth's moved sentences are marked.
    EXPECT_LT(rowOf(c, 0, "night buses"), rowOf(c, 0, "curfew"));
    std::size_t moved = 0;
    for (const Row& row : c.rows) {
        moved += row.cells[5].moved ? 1 : 0;
        for (std::size_t d = 0; d < 5; ++d) {
            EXPECT_FALSE(row.cells[d].moved);
        }
    }
    EXPECT_GE(moved, 1U);
}

TEST(Aligner, EverySentenceInExactlyOneCell)
{
    const auto c = compareDocuments({
        doc("a.txt", "One\n\nFirst line here about the port. Second line about the port "
                     "budget.\nShare on Facebook\n"),
        doc("b.txt", "Two\n\nThe port budget grew. Something else entirely different happened.\n"),
        doc("c.txt", "Three\n\nAn unrelated note on the weather in the hills.\n"),
    });
    for (std::size_t d = 0; d < c.documents.size(); ++d) {
        std::vector<int> count(c.documents[d].sentences.size(), 0);
        for (const Row& row : c.rows) {
            ASSERT_EQ(row.cells.size(), c.documents.size());
            for (const std::size_t s : row.cells[d].sentences) {
                ++count[s];
            }
        }
        for (const int n : count) {
            EXPECT_EQ(n, 1);
        }
    }
}

// ---- The basil dev events with our gold (tests/golden/basil), scored by the shared scorer ----

std::map<std::string, double> scoreLine(const std::string& line)
{
    std::map<std::string, double> values;
    const std::regex pair(R"((\w+)=([0-9.]+))");
    for (auto it = std::sregex_iterator(line.begin(), line.end(), pair);
         it != std::sregex_iterator(); ++it) {
        values[(*it)[1]] = std::stod((*it)[2]);
    }
    return values;
}

// The shared scorer, when it and python3 are there (not on a user's fresh clone).
std::optional<fs::path> scorerPath()
{
    const fs::path scorer =
        parallax::test::corpusDir().parent_path() / "eval" / "score_alignment.py";
    if (!fs::exists(scorer) || std::system("python3 --version > /dev/null 2>&1") != 0) {
        return std::nullopt;
    }
    return scorer;
}

// Everything the scorer prints for `comparison` against `gold` (its last line holds F1=…).
std::string runScorer(const fs::path& scorer, const fs::path& gold, const Comparison& comparison,
                      const std::string& options = {})
{
    parallax::test::TempDir scratch;
    const fs::path out = scratch.path() / "output.json";
    scratch.write(out.filename().string(), toJson(comparison));
    const std::string command = "python3 '" + scorer.string() + "' '" + gold.string() + "' '" +
                                out.string() + "' " + options;
    FILE* pipe = popen(command.c_str(), "r");
    EXPECT_NE(pipe, nullptr);
    if (pipe == nullptr) {
        return {};
    }
    std::string output;
    char buffer[4096];
    while (fgets(buffer, sizeof buffer, pipe) != nullptr) {
        output += buffer;
    }
    EXPECT_EQ(pclose(pipe), 0) << output;
    return output;
}

std::string lastLine(const std::string& output)
{
    const std::size_t end = output.find_last_not_of('\n');
    if (end == std::string::npos) {
        return {};
    }
    const std::size_t start = output.rfind('\n', end);
    return output.substr(start == std::string::npos ? 0 : start + 1, end + 1 - (start + 1)) + "\n";
}

struct CorpusScore {
    double f1 = 0.0;
    double precision = 0.0;
    double mustRecall = 0.0;
    int events = 0;
};

// Macro figures of the aligner over every gold file directly in goldDir (our annotations of
// basil events, tests/golden/basil), scored by the shared scorer. events == 0: nothing to score
// (corpus, scorer or python3 absent).
CorpusScore scoreGold(const fs::path& goldDir)
{
    CorpusScore score;
    const fs::path corpus = parallax::test::corpusDir() / "basil";
    const std::optional<fs::path> scorer = scorerPath();
    if (!fs::is_directory(corpus) || !scorer || !fs::is_directory(goldDir)) {
        return score;
    }
    for (const auto& entry : fs::directory_iterator(goldDir)) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".gold.json")) {
            continue;
        }
        const std::string event = name.substr(0, name.find(".gold.json"));
        if (!fs::is_directory(corpus / event)) {
            continue;
        }
        const ComparisonResult result = compareFolder(corpus / event);
        EXPECT_TRUE(result.comparison) << event << ": " << result.error;
        if (!result.comparison) {
            continue;
        }
        const std::string last = lastLine(runScorer(*scorer, entry.path(), *result.comparison));
        const auto values = scoreLine(last);
        EXPECT_TRUE(values.contains("F1") && values.contains("precision") &&
                    values.contains("must_recall"))
            << last;
        if (!values.contains("F1") || !values.contains("precision") ||
            !values.contains("must_recall")) {
            continue;
        }
        std::cout << event.substr(0, 8) << "  " << last;
        score.f1 += values.at("F1");
        score.precision += values.at("precision");
        score.mustRecall += values.at("must_recall");
        ++score.events;
    }
    if (score.events > 0) {
        score.f1 /= score.events;
        score.precision /= score.events;
        score.mustRecall /= score.events;
        std::cout << "macro (" << score.events << " events) F1=" << score.f1
                  << " must_recall=" << score.mustRecall << " precision=" << score.precision
                  << "\n";
    }
    return score;
}

TEST(AlignerCorpus, BasilDevEventsReachTheBars)
{
    const CorpusScore score = scoreGold(parallax::test::goldenDir() / "basil");
    if (score.events == 0) {
        GTEST_SKIP() << "shared corpus, scorer, python3 or gold'd event folders absent";
    }
    // Bars a little under today's figures (docs/alignment.md: 6 dev events, macro F1 0.660,
    // precision 0.949, must recall 0.447), so that a regression shows.
    EXPECT_GE(score.f1, 0.63);
    EXPECT_GE(score.precision, 0.92);
    EXPECT_GE(score.mustRecall, 0.42);
}

// Held-out events (tests/golden/basil/heldout): annotated and never looked at while tuning.
// Their figures say how the aligner does on reporting it was not fitted to.
TEST(AlignerCorpus, BasilHeldOutEvents)
{
    const CorpusScore score = scoreGold(parallax::test::goldenDir() / "basil" / "heldout");
    if (score.events == 0) {
        GTEST_SKIP() << "shared corpus, scorer, python3 or gold'd event folders absent";
    }
    // Today (docs/alignment.md): 18 events, macro F1 0.559, precision 0.850.
    EXPECT_GE(score.f1, 0.53);
    EXPECT_GE(score.precision, 0.81);
}

// Eight of the held-out events annotated a second time by another reader
// (tests/golden/basil/second), so that the figures do not rest on one reader's judgement.
TEST(AlignerCorpus, BasilSecondReaderEvents)
{
    const CorpusScore score = scoreGold(parallax::test::goldenDir() / "basil" / "second");
    if (score.events == 0) {
        GTEST_SKIP() << "shared corpus, scorer, python3 or gold'd event folders absent";
    }
    // Today (docs/alignment.md, "Agreement between annotators"): 8 events, macro F1 0.432,
    // precision 0.820 (0.430 and 0.809 before the eighth session's gathering step).
    EXPECT_GE(score.f1, 0.40);
    EXPECT_GE(score.precision, 0.77);
}

// ---- The five seed articles (../shared/corpus/seeds: one event, five outlets, copied web pages
// with their clutter) with our gold (tests/golden/seeds.gold.json) ----

struct SeedsScore {
    std::map<std::string, double> values; // the scorer's last line: F1, must_recall, precision
    int falsePairs = -1;                  // pairs of unrelated units sharing a row
    bool scored = false;                  // false: corpus, scorer, gold or python3 absent
};

SeedsScore scoreSeeds()
{
    SeedsScore score;
    const fs::path seeds = parallax::test::corpusDir() / "seeds";
    const fs::path gold = parallax::test::goldenDir() / "seeds.gold.json";
    const std::optional<fs::path> scorer = scorerPath();
    if (!fs::is_directory(seeds) || !scorer || !fs::exists(gold)) {
        return score;
    }
    const ComparisonResult result = compareFolder(seeds);
    EXPECT_TRUE(result.comparison) << result.error;
    if (!result.comparison) {
        return score;
    }
    const std::string output = runScorer(*scorer, gold, *result.comparison, "--counts");
    const std::string last = lastLine(output);
    score.values = scoreLine(last);
    std::smatch fp;
    if (std::regex_search(output, fp, std::regex(R"re("fp": (\d+))re"))) {
        score.falsePairs = std::stoi(fp[1]);
    }
    EXPECT_TRUE(score.values.contains("F1") && score.values.contains("must_recall") &&
                score.values.contains("precision") && score.falsePairs >= 0)
        << output;
    std::cout << "seeds  " << last;
    score.scored = score.values.contains("F1") && score.values.contains("must_recall") &&
                   score.values.contains("precision") && score.falsePairs >= 0;
    return score;
}

TEST(AlignerCorpus, SeedsReachTheBars)
{
    const SeedsScore score = scoreSeeds();
    if (!score.scored) {
        GTEST_SKIP() << "seeds corpus, scorer, gold or python3 absent";
    }
    // Today: F1 0.883, must recall 0.852 (69/81), precision 1.000, no false pair (of 3586
    // unrelated pairs), as the issue asks; recall and F1 stay within a small margin of today's.
    EXPECT_EQ(score.falsePairs, 0);
    EXPECT_GE(score.values.at("F1"), 0.86);
    EXPECT_GE(score.values.at("must_recall"), 0.82);
}

} // namespace
