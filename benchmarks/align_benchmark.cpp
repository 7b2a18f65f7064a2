// Alignment at scale: time, peak memory, sentences and rows for folders of N outlets made by
// story_generator.h, through the whole core pipeline (segment, classify, align, diff, count),
// and optionally through a naive baseline (all pairs of sentences, difflib-style word ratio).
//
//   parallax_align_benchmark [--outlets 10,50,200,1000] [--sentences 40] [--threads N]
//                            [--baseline] [--baseline-cap SECONDS] [--smoke]
//                            [--long-file 10000,50000]
//
// Each size runs in a child process so that its peak resident memory is its own. After the
// timing, a "quality" line scores the rows against the generator's truth (which story sentence
// each sentence tells): pairwise precision and recall, as the basil scorer counts them.
#include "core/comparison.h"
#include "story_generator.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
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

// The story sentences of each generated article, by file name: what the rows should hold.
using Truth = std::map<std::string, std::vector<parallax::bench::StorySentence>>;

std::vector<parallax::core::Document> documentsFor(std::size_t outlets, std::size_t sentences,
                                                   Truth* truth = nullptr)
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
        if (truth) {
            (*truth)[article.name] = std::move(article.sentences);
        }
    }
    return documents;
}

// Pairwise precision and recall against the generator's truth, the protocol of the basil
// scorer: two sentences of different outlets from one story sentence should share a row; any
// other pair in a row is false (additions and unrelated articles pair with nothing).
struct Quality {
    double gold = 0;      // pairs that should share a row
    double predicted = 0; // pairs of sentences of different outlets sharing a row
    double correct = 0;
    double foreign = 0; // false pairs with an addition or another story's sentence
};

Quality quality(const parallax::core::Comparison& comparison, const Truth& truth)
{
    using parallax::bench::StorySentence;
    // What every sentence tells: a story sentence (>= 0), the headline, or nothing shared
    // (-1: additions, other stories). Page clutter (in no span) is not scored: which clutter
    // lines share a row is the classifier's business, as in the basil scorer.
    constexpr int kUnscored = -3;
    std::vector<std::vector<int>> origin(comparison.documents.size());
    std::map<int, double> holders; // story sentence or headline -> outlets telling it
    for (std::size_t d = 0; d < comparison.documents.size(); ++d) {
        const auto& doc = comparison.documents[d];
        const auto it = truth.find(doc.path);
        origin[d].assign(doc.sentences.size(), kUnscored);
        if (it == truth.end()) {
            continue;
        }
        std::set<int> told;
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            for (const StorySentence& span : it->second) {
                if (doc.sentences[s].start >= span.start && doc.sentences[s].start < span.end) {
                    origin[d][s] = span.origin;
                    if (span.origin != -1) {
                        told.insert(span.origin);
                    }
                }
            }
        }
        for (const int o : told) {
            ++holders[o];
        }
    }
    const auto pairs = [](double n) { return n * (n - 1) / 2; };
    Quality q;
    for (const auto& [o, n] : holders) {
        q.gold += pairs(n);
    }
    for (const auto& row : comparison.rows) {
        double members = 0;
        double sameOutlet = 0;
        std::map<int, std::set<std::size_t>> byOrigin; // what is told -> outlets telling it here
        double own = 0;                                // additions and other stories here
        double ownSameOutlet = 0;
        for (std::size_t d = 0; d < row.cells.size(); ++d) {
            double scored = 0;
            double ownHere = 0;
            for (const std::size_t s : row.cells[d].sentences) {
                const int o = origin[d][s];
                if (o == kUnscored) {
                    continue;
                }
                ++scored;
                if (o != -1) {
                    byOrigin[o].insert(d);
                } else {
                    ++ownHere;
                }
            }
            members += scored;
            sameOutlet += pairs(scored);
            own += ownHere;
            ownSameOutlet += pairs(ownHere);
        }
        q.predicted += pairs(members) - sameOutlet;
        // Pairs with at least one foreign sentence, of different outlets.
        q.foreign +=
            (pairs(members) - sameOutlet) - (pairs(members - own) - (sameOutlet - ownSameOutlet));
        for (const auto& [o, outlets] : byOrigin) {
            q.correct += pairs(static_cast<double>(outlets.size()));
        }
    }
    return q;
}

// The whole core pipeline on documents, timed: wall and CPU seconds of all threads.
struct Timed {
    parallax::core::Comparison comparison;
    double seconds = 0.0;
    double cpuSeconds = 0.0;
};
Timed timedCompare(std::vector<parallax::core::Document> documents, int threads)
{
    const double cpuStart = cpuSeconds();
    const auto start = Clock::now();
    parallax::core::CompareOptions options;
    options.threads = threads;
    Timed timed;
    timed.comparison = parallax::core::compareDocuments(std::move(documents), options);
    timed.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    timed.cpuSeconds = cpuSeconds() - cpuStart;
    return timed;
}

int runParallax(std::size_t outlets, std::size_t sentences, int threads, bool smoke)
{
    Truth truth;
    auto documents = documentsFor(outlets, sentences, &truth);
    const Timed timed = timedCompare(std::move(documents), threads);
    const auto& comparison = timed.comparison;
    const double seconds = timed.seconds;
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
                outlets, sentenceCount, comparison.rows.size(), shared, seconds, timed.cpuSeconds,
                peakMegabytes());
    // Counted after the timing, so that it costs nothing there.
    const Quality q = quality(comparison, truth);
    const double precision = q.predicted > 0 ? q.correct / q.predicted : 0.0;
    const double recall = q.gold > 0 ? q.correct / q.gold : 0.0;
    std::printf("quality   outlets=%zu gold_pairs=%.0f precision=%.4f recall=%.4f f1=%.4f "
                "false_pairs=%.0f with_additions_or_other_stories=%.0f\n",
                outlets, q.gold, precision, recall,
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0,
                q.predicted - q.correct, q.foreign);
    std::fflush(stdout);
    if (smoke) {
        // The rows are deterministic, unlike the timing: a story its outlets barely changed
        // must come out nearly whole (today precision 0.98, recall 1.0).
        return comparison.rows.empty() || shared == 0 || precision < 0.9 || recall < 0.95 ? 1 : 0;
    }
    return 0;
}

// Bad input at size: five outlets' story and one file of `sentences` sentences drawn from a
// couple of dozen words (a log or a list saved as .txt), the worst case for an inverted index:
// every word is in a large share of the rows. Time and memory only.
int runLongFile(std::size_t sentences, int threads)
{
    auto documents = documentsFor(5, 40);
    static const char* const kWords[] = {"harbour", "board",   "flood",   "barrier", "quay",
                                         "metre",   "winter",  "storm",   "chair",   "fisher",
                                         "catch",   "season",  "council", "vote",    "budget",
                                         "euro",    "million", "road",    "bridge",  "school"};
    constexpr std::size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);
    std::uint64_t state = 42;
    const auto next = [&state] { // splitmix64: the same file on every run
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    parallax::core::Document longFile;
    longFile.path = "long-file.txt";
    longFile.encoding = "UTF-8";
    longFile.text = "A very long file\n\n";
    for (std::size_t i = 0; i < sentences; ++i) {
        const std::size_t length = 6 + next() % 15;
        for (std::size_t w = 0; w < length; ++w) {
            std::string word = kWords[next() % kWordCount];
            if (w == 0) {
                word[0] = static_cast<char>(word[0] - 'a' + 'A');
            }
            longFile.text += word;
            longFile.text += w + 1 < length ? " " : ". ";
        }
        if (i % 5 == 4) {
            longFile.text += "\n\n";
        }
    }
    const std::size_t bytes = longFile.text.size();
    documents.push_back(std::move(longFile));
    const Timed timed = timedCompare(std::move(documents), threads);
    const auto& comparison = timed.comparison;
    const double seconds = timed.seconds;
    std::printf("long_file sentences=%zu bytes=%zu rows=%zu seconds=%.3f cpu_seconds=%.3f "
                "peak_mb=%.1f\n",
                comparison.documents.back().sentences.size(), bytes, comparison.rows.size(),
                seconds, timed.cpuSeconds, peakMegabytes());
    std::fflush(stdout);
    return comparison.rows.empty() ? 1 : 0;
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
    "                                [--long-file 10000,50000]\n"
    "Aligns generated folders of one story told by that many outlets and prints time, CPU time\n"
    "and peak memory for each; --baseline also runs the naive all-pairs aligner; --long-file\n"
    "times five outlets beside one file of that many sentences over a few words, instead.\n";

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::size_t> sizes = {10, 50, 200, 1000};
    std::size_t sentences = 40;
    int threads = 0;
    bool baseline = false;
    bool smoke = false;
    double cap = 60.0;
    std::vector<std::size_t> longFiles;
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
            } else if (arg == "--long-file") {
                std::stringstream list(value());
                for (std::string item; std::getline(list, item, ',');) {
                    longFiles.push_back(std::stoul(item));
                }
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
    if (!longFiles.empty()) {
        for (const std::size_t n : longFiles) {
            status |= inChild([&] { return runLongFile(n, threads); });
        }
        return status;
    }
    for (const std::size_t n : sizes) {
        status |= inChild([&] { return runParallax(n, sentences, threads, smoke); });
        if (baseline) {
            status |= inChild([&] { return runBaseline(n, sentences, cap); });
        }
    }
    return status;
}
