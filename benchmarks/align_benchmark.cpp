// Alignment at scale: time, peak memory, sentences and rows for folders of N outlets made by
// story_generator.h, through the whole core pipeline (segment, classify, align, diff, count),
// and optionally through a naive baseline (all pairs of sentences, difflib-style word ratio).
//
//   parallax_align_benchmark [--outlets 10,50,200,1000] [--sentences 40] [--threads N]
//                            [--baseline] [--baseline-cap SECONDS] [--smoke]
//
// Each size runs in a child process so that its peak resident memory is its own.
#include "core/comparison.h"
#include "story_generator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using parallax::bench::StoryGenerator;
using parallax::bench::StoryOptions;
using Clock = std::chrono::steady_clock;

// CPU seconds of this process (user + system, all threads): a figure that a busy machine
// disturbs less than wall time.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

std::vector<parallax::core::Document> documentsFor(std::size_t outlets, std::size_t sentences)
{
    std::vector<parallax::core::Document> documents;
    StoryOptions options;
    options.outlets = outlets;
    options.sentences = sentences;
    for (auto& article : StoryGenerator(options).generate()) {
        parallax::core::Document doc;
        doc.path = article.name;
        doc.encoding = "UTF-8";
        doc.text = std::move(article.text);
        documents.push_back(std::move(doc));
    }
    return documents;
}

int runParallax(std::size_t outlets, std::size_t sentences, int threads, bool smoke)
{
    auto documents = documentsFor(outlets, sentences);
    const double cpuStart = cpuSeconds();
    const auto start = Clock::now();
    parallax::core::CompareOptions options;
    options.threads = threads;
    const auto comparison = parallax::core::compareDocuments(std::move(documents), options);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::size_t sentenceCount = 0;
    std::size_t shared = 0;
    for (const auto& doc : comparison.documents) {
        sentenceCount += doc.sentences.size();
    }
    for (const auto& row : comparison.rows) {
        shared += row.presentCount() > 1 ? 1 : 0;
    }
    std::printf("parallax  outlets=%zu sentences=%zu rows=%zu multi_outlet_rows=%zu seconds=%.3f "
                "cpu_seconds=%.3f peak_mb=%.1f\n",
                outlets, sentenceCount, comparison.rows.size(), shared, seconds,
                cpuSeconds() - cpuStart, peakMegabytes());
    std::fflush(stdout);
    if (smoke) {
        return comparison.rows.empty() || shared == 0 ? 1 : 0;
    }
    return 0;
}

// The naive baseline: sentences split at ". " and line ends, every pair of sentences of
// different documents compared by difflib's ratio over words (2 * matches / total, matches
// from the longest common subsequence), grouped best first. Stops after `cap` seconds and
// extrapolates from the share of pairs done.
std::vector<std::string> words(const std::string& sentence)
{
    std::vector<std::string> result;
    std::istringstream in(sentence);
    std::string w;
    while (in >> w) {
        std::transform(w.begin(), w.end(), w.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        result.push_back(w);
    }
    return result;
}

double ratio(const std::vector<std::string>& a, const std::vector<std::string>& b,
             std::vector<int>& row)
{
    if (a.empty() && b.empty()) {
        return 1.0;
    }
    row.assign(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = 0;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
            diagonal = above;
        }
    }
    return 2.0 * row[b.size()] / static_cast<double>(a.size() + b.size());
}

int runBaseline(std::size_t outlets, std::size_t sentences, double cap)
{
    StoryOptions options;
    options.outlets = outlets;
    options.sentences = sentences;
    const auto articles = StoryGenerator(options).generate();
    const auto start = Clock::now();
    struct Unit {
        std::size_t document;
        std::vector<std::string> words;
    };
    std::vector<Unit> units;
    for (std::size_t d = 0; d < articles.size(); ++d) {
        std::string text = articles[d].text;
        std::size_t from = 0;
        for (std::size_t i = 0; i <= text.size(); ++i) {
            const bool end = i == text.size() || text[i] == '\n' ||
                             (text[i] == '.' && i + 1 < text.size() && text[i + 1] == ' ');
            if (end) {
                if (i > from) {
                    units.push_back({d, words(text.substr(from, i - from))});
                }
                from = i + 1;
            }
        }
    }
    const double totalPairs =
        static_cast<double>(units.size()) * static_cast<double>(units.size() - 1) / 2.0;
    std::vector<std::tuple<double, std::uint32_t, std::uint32_t>> pairs;
    std::vector<int> scratch;
    double done = 0;
    bool capped = false;
    for (std::uint32_t i = 0; i < units.size() && !capped; ++i) {
        for (std::uint32_t j = i + 1; j < units.size(); ++j) {
            if (units[i].document != units[j].document) {
                const double r = ratio(units[i].words, units[j].words, scratch);
                if (r >= 0.6) {
                    pairs.emplace_back(r, i, j);
                }
            }
        }
        done += static_cast<double>(units.size() - 1 - i);
        if (std::chrono::duration<double>(Clock::now() - start).count() > cap) {
            capped = true;
        }
    }
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    std::vector<std::uint32_t> group(units.size());
    for (std::uint32_t i = 0; i < units.size(); ++i) {
        group[i] = i;
    }
    // Greedy union, roots only (no per-document check: the baseline is deliberately naive).
    const auto root = [&](std::uint32_t x) {
        while (group[x] != x) {
            x = group[x] = group[group[x]];
        }
        return x;
    };
    for (const auto& [r, a, b] : pairs) {
        group[root(a)] = root(b);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double estimate = capped ? seconds * totalPairs / done : seconds;
    std::printf("baseline  outlets=%zu sentences=%zu pairs=%.0f seconds=%.3f%s peak_mb=%.1f\n",
                outlets, units.size(), totalPairs, estimate, capped ? " (extrapolated)" : "",
                peakMegabytes());
    std::fflush(stdout);
    return 0;
}

// Runs fn in a child process (own peak memory); returns its exit status.
template <typename Fn> int inChild(Fn fn)
{
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0) {
        return fn();
    }
    if (pid == 0) {
        _exit(fn());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

constexpr std::string_view kUsage =
    "usage: parallax_align_benchmark [--outlets 10,50,200,1000] [--sentences 40] [--threads N]\n"
    "                                [--baseline] [--baseline-cap SECONDS] [--smoke]\n"
    "Aligns generated folders of one story told by that many outlets and prints time, CPU time\n"
    "and peak memory for each; --baseline also runs the naive all-pairs aligner.\n";

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::size_t> sizes = {10, 50, 200, 1000};
    std::size_t sentences = 40;
    int threads = 0;
    bool baseline = false;
    bool smoke = false;
    double cap = 60.0;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc) {
                    throw std::invalid_argument(arg);
                }
                return argv[++i];
            };
            if (arg == "-h" || arg == "--help") {
                std::cout << kUsage;
                return 0;
            }
            if (arg == "--outlets") {
                sizes.clear();
                std::stringstream list(value());
                for (std::string item; std::getline(list, item, ',');) {
                    sizes.push_back(std::stoul(item));
                }
            } else if (arg == "--sentences") {
                sentences = std::stoul(value());
            } else if (arg == "--threads") {
                threads = std::stoi(value());
            } else if (arg == "--baseline") {
                baseline = true;
            } else if (arg == "--baseline-cap") {
                cap = std::stod(value());
            } else if (arg == "--smoke") {
                smoke = true;
                sizes = {5};
                sentences = 12;
            } else {
                throw std::invalid_argument(arg);
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "parallax_align_benchmark: bad argument " << e.what() << "\n" << kUsage;
        return 2;
    }
    int status = 0;
    for (const std::size_t n : sizes) {
        status |= inChild([&] { return runParallax(n, sentences, threads, smoke); });
        if (baseline) {
            status |= inChild([&] { return runBaseline(n, sentences, cap); });
        }
    }
    return status;
}
