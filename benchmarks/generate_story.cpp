// Writes a synthetic folder for the alignment benchmark (see story_generator.h):
//   parallax_generate_story DIR [OUTLETS] [SENTENCES] [SEED]
#include "story_generator.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view kUsage =
    "usage: parallax_generate_story DIR [OUTLETS] [SENTENCES] [SEED]\n"
    "Writes one synthetic story republished by OUTLETS outlets (default 200, about SENTENCES\n"
    "sentences each, default 40) as outlet-NNNN.txt into DIR, which must be new or empty.\n";

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 2 && (std::string_view(argv[1]) == "-h" || std::string_view(argv[1]) == "--help")) {
        std::cout << kUsage;
        return 0;
    }
    // A mistyped option taken for DIR would fill a folder named after it; a folder that already
    // holds files may be somebody's articles, which outlet-NNNN.txt would overwrite.
    if (argc < 2 || argc > 5 || argv[1][0] == '-') {
        std::cerr << kUsage;
        return 2;
    }
    parallax::bench::StoryOptions options;
    try {
        if (argc > 2) {
            options.outlets = std::stoul(argv[2]);
        }
        if (argc > 3) {
            options.sentences = std::stoul(argv[3]);
        }
        if (argc > 4) {
            options.seed = static_cast<std::uint32_t>(std::stoul(argv[4]));
        }
    } catch (const std::exception&) {
        std::cerr << "parallax_generate_story: OUTLETS, SENTENCES and SEED are numbers\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_empty(dir, ec)) {
        std::cerr << dir.string() << ": not empty; give a new or empty folder\n";
        return 1;
    }
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << dir.string() << ": " << ec.message() << "\n";
        return 1;
    }
    for (const auto& article : parallax::bench::StoryGenerator(options).generate()) {
        std::ofstream out(dir / article.name, std::ios::binary);
        out << article.text;
        if (!out) {
            std::cerr << (dir / article.name).string() << ": cannot write\n";
            return 1;
        }
    }
    std::cout << "wrote " << options.outlets << " articles to " << dir.string() << "\n";
    return 0;
}
