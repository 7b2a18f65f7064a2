#include "core/natural_sort.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using parallax::core::naturalLess;

TEST(NaturalSort, NumbersCompareByValue)
{
    EXPECT_TRUE(naturalLess("file2.txt", "file10.txt"));
    EXPECT_FALSE(naturalLess("file10.txt", "file2.txt"));
    EXPECT_TRUE(naturalLess("01-a.txt", "2-b.txt"));
}

TEST(NaturalSort, CaseInsensitiveWithTotalOrder)
{
    EXPECT_TRUE(naturalLess("apple.txt", "Banana.txt"));
    EXPECT_TRUE(naturalLess("B.txt", "b.txt") != naturalLess("b.txt", "B.txt"));
    EXPECT_FALSE(naturalLess("same", "same"));
}

TEST(NaturalSort, SortsAFolderListing)
{
    std::vector<std::string> names{"10-z.txt", "2-b.txt", "1-a.txt",
                                   "fox.txt",  "hpo.txt", "0-intro.md"};
    std::sort(names.begin(), names.end(), naturalLess);
    const std::vector<std::string> expected{"0-intro.md", "1-a.txt", "2-b.txt",
                                            "10-z.txt",   "fox.txt", "hpo.txt"};
    EXPECT_EQ(names, expected);
}

TEST(NaturalSort, EmptyAndLeadingZeros)
{
    EXPECT_TRUE(naturalLess("", "a"));
    EXPECT_FALSE(naturalLess("a", ""));
    EXPECT_TRUE(naturalLess("a01", "a2"));
}
