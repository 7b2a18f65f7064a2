#include "core/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <string>

using parallax::core::writeFileAtomically;
using parallax::test::readFile;
using parallax::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::size_t entries(const fs::path& dir)
{
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) {
        ++n;
    }
    return n;
}

} // namespace

TEST(AtomicFile, WritesNewFileAndLeavesNoTemporary)
{
    TempDir dir;
    const fs::path file = dir.path() / "out.json";
    EXPECT_FALSE(writeFileAtomically(file, "{\"version\": 1}\n"));
    EXPECT_EQ(readFile(file), "{\"version\": 1}\n");
    EXPECT_EQ(entries(dir.path()), 1U);
}

TEST(AtomicFile, ReplacesExistingFileWhole)
{
    TempDir dir;
    const fs::path file = dir.path() / "out.txt";
    dir.write("out.txt", std::string(100000, 'a'));
    EXPECT_FALSE(writeFileAtomically(file, "short"));
    EXPECT_EQ(readFile(file), "short");
    EXPECT_EQ(entries(dir.path()), 1U);
}

TEST(AtomicFile, EmptyContentsAndBinaryBytes)
{
    TempDir dir;
    EXPECT_FALSE(writeFileAtomically(dir.path() / "empty", ""));
    EXPECT_EQ(readFile(dir.path() / "empty"), "");
    const std::string bytes("a\0b\xFF", 4);
    EXPECT_FALSE(writeFileAtomically(dir.path() / "bin", bytes));
    EXPECT_EQ(readFile(dir.path() / "bin"), bytes);
}

TEST(AtomicFile, FailureNamesTheFileAndLeavesNothing)
{
    TempDir dir;
    const fs::path file = dir.path() / "no-such-folder" / "out.json";
    const auto error = writeFileAtomically(file, "x");
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("out.json"), std::string::npos);
    EXPECT_EQ(entries(dir.path()), 0U);
}

TEST(AtomicFile, TargetIsADirectory)
{
    TempDir dir;
    fs::create_directory(dir.path() / "taken");
    const auto error = writeFileAtomically(dir.path() / "taken", "x");
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("taken"), std::string::npos);
    EXPECT_TRUE(fs::is_directory(dir.path() / "taken"));
    EXPECT_EQ(entries(dir.path()), 1U) << "the temporary file is removed";
}

TEST(AtomicFile, RelativePathWithoutFolder)
{
    TempDir dir;
    const fs::path previous = fs::current_path();
    fs::current_path(dir.path());
    const auto error = writeFileAtomically("plain.txt", "ok");
    fs::current_path(previous);
    EXPECT_FALSE(error);
    EXPECT_EQ(readFile(dir.path() / "plain.txt"), "ok");
}
