#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

// Helpers shared by the core tests: paths to data and scratch folders.
namespace parallax::test {

inline std::filesystem::path sampleDir() { return PARALLAX_SAMPLE_DIR; }
inline std::filesystem::path goldenDir() { return PARALLAX_GOLDEN_DIR; }
inline std::filesystem::path corpusDir() { return PARALLAX_CORPUS_DIR; }

// A fresh empty folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("parallax-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

    void write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream out(m_path / name, std::ios::binary);
        out << bytes;
    }

private:
    std::filesystem::path m_path;
};

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace parallax::test
