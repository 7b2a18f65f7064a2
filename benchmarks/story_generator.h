#pragma once

// Synthetic folders for the alignment benchmark: one story republished by many outlets, each
// with its own cuts, word edits, moved paragraph, added sentences and page clutter, plus some
// unrelated articles. Text comes from our own word lists and templates; the same seed gives
// the same folder.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace parallax::bench {

// Where a sentence of the story sits in an article's text, and which of the story's sentences
// it tells: the truth a benchmark scores the alignment against.
struct StorySentence {
    std::size_t start = 0; // byte offsets in GeneratedArticle::text
    std::size_t end = 0;
    // Index in the story; kHeadline: the article's headline (every headline tells the story);
    // -1: the outlet's own addition, or another story. Lines in no span are page clutter.
    int origin = -1;
    static constexpr int kHeadline = -2;
};

struct GeneratedArticle {
    std::string name; // file name, e.g. "outlet-0042.txt"
    std::string text;
    std::vector<StorySentence> sentences;
};

struct StoryOptions {
    std::size_t outlets = 200;
    std::size_t sentences = 40;   // in the original story
    double unrelatedShare = 0.05; // outlets that carry another story
    std::uint32_t seed = 20240601;
};

class StoryGenerator {
public:
    explicit StoryGenerator(StoryOptions options) : m_options(options), m_random(options.seed) {}

    std::vector<GeneratedArticle> generate()
    {
        const std::vector<std::string> story = makeStory(m_options.sentences);
        std::vector<GeneratedArticle> result;
        for (std::size_t i = 0; i < m_options.outlets; ++i) {
            GeneratedArticle article;
            article.name = "outlet-" + pad(i) + ".txt";
            if (chance(m_options.unrelatedShare)) {
                std::vector<Told> other;
                for (std::string& s : makeStory(m_options.sentences / 2 + pick(10))) {
                    other.push_back({std::move(s), -1});
                }
                render(article, other, true);
            } else {
                render(article, rewrite(story), true);
            }
            result.push_back(std::move(article));
        }
        return result;
    }

private:
    // A sentence as an outlet tells it, and the story sentence it comes from (-1: none).
    struct Told {
        std::string text;
        int origin = -1;
    };

    static std::string pad(std::size_t i)
    {
        std::string s = std::to_string(i);
        return std::string(s.size() < 4 ? 4 - s.size() : 0, '0') + s;
    }
    std::size_t pick(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p; }
    template <typename T> const T& any(const std::vector<T>& v) { return v[pick(v.size())]; }

    std::string sentence()
    {
        static const std::vector<std::string> people = {"Mayor Lina Orbach",
                                                        "Councillor Tomas Reyval",
                                                        "the harbour authority",
                                                        "Inspector Mara Quell",
                                                        "the transport minister",
                                                        "Dr. Ivo Santel",
                                                        "the union leader Petra Vask",
                                                        "residents of Northgate",
                                                        "the fire brigade",
                                                        "Judge Anton Brill",
                                                        "the opposition party",
                                                        "engineers from Calder Works"};
        static const std::vector<std::string> verbs = {
            "announced", "warned",   "confirmed", "denied",   "promised",  "questioned",
            "reported",  "rejected", "estimated", "demanded", "described", "postponed"};
        static const std::vector<std::string> objects = {
            "a new budget for the eastern bridge", "the closure of the old ferry terminal",
            "an inquiry into the flooded tunnel",  "the cost of repairs to the river wall",
            "a second vote on the tram extension", "the evacuation plan for the lower district",
            "fresh funding for the night buses",   "the delay of the port expansion",
            "an audit of the water company",       "the sale of the municipal stadium",
            "stricter rules for heavy lorries",    "a curfew near the construction site"};
        static const std::vector<std::string> tails = {"on Tuesday",
                                                       "after a long meeting",
                                                       "in a written statement",
                                                       "to reporters outside the hall",
                                                       "despite fierce criticism",
                                                       "before the council session",
                                                       "in an interview with local radio",
                                                       "citing safety concerns",
                                                       "for the third time this year",
                                                       "late on Friday evening"};
        std::string s = any(people) + " " + any(verbs) + " " + any(objects) + " " + any(tails);
        if (chance(0.5)) {
            s += ", saying that " + std::to_string(10 + pick(990)) + " " +
                 any(std::vector<std::string>{"households", "workers", "passengers", "shops",
                                              "families"}) +
                 " would be affected";
        }
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
        return s + ".";
    }

    // What one outlet adds on its own: a local voice, in words the story's sentences do not use
    // (a real outlet's addition is new content, not the story's stock phrases recombined).
    std::string addition()
    {
        static const std::vector<std::string> roles = {
            "shopkeeper", "retired teacher", "bus driver", "student",   "nurse",
            "fisherman",  "cyclist",         "baker",      "pensioner", "architect"};
        static const std::vector<std::string> places = {
            "on Quay Street", "from Elmfield",     "near the cathedral", "from the north pier",
            "in Marsh Lane",  "from Upper Hollow", "by the old mill",    "in Tanner's Yard"};
        static const std::vector<std::string> remarks = {
            "said nobody had asked her opinion",
            "recalled how the neighbourhood looked decades ago",
            "wondered aloud who would pay in the end",
            "shrugged and said he would wait and see",
            "complained about the noise from the scaffolding",
            "laughed that promises come cheap in election years",
            "hoped her grandchildren would stay in town",
            "described the mood in the cafes as gloomy",
            "pointed at the puddles outside his door",
            "kept a folder of every leaflet since spring",
            "offered coffee to the crews working overnight",
            "counted the empty windows along the parade"};
        return "A " + any(roles) + " " + any(places) + " " + any(remarks) + ".";
    }

    std::vector<std::string> makeStory(std::size_t n)
    {
        std::vector<std::string> s;
        for (std::size_t i = 0; i < n; ++i) {
            s.push_back(sentence());
        }
        return s;
    }

    // Word edits: a synonym swapped in, a word dropped, a word added.
    std::string edit(std::string s)
    {
        static const std::vector<std::pair<std::string, std::string>> swaps = {
            {"announced", "said"},
            {"warned", "cautioned"},
            {"confirmed", "acknowledged"},
            {"denied", "disputed"},
            {"new", "fresh"},
            {"old", "former"},
            {"closure", "shutdown"},
            {"reporters", "journalists"},
            {"Tuesday", "Wednesday"}};
        for (const auto& [from, to] : swaps) {
            const auto at = s.find(from);
            if (at != std::string::npos && chance(0.5)) {
                s.replace(at, from.size(), to);
            }
        }
        if (chance(0.3)) {
            const auto at = s.find(" the ");
            if (at != std::string::npos) {
                s.insert(at + 1, "reportedly ");
            }
        }
        return s;
    }

    std::vector<Told> rewrite(const std::vector<std::string>& story)
    {
        std::vector<Told> out;
        for (std::size_t i = 0; i < story.size(); ++i) {
            const std::string& s = story[i];
            if (chance(0.15)) {
                continue; // cut
            }
            out.push_back({chance(0.3) ? edit(s) : s, static_cast<int>(i)});
            if (chance(0.05)) {
                out.push_back({addition(), -1}); // the outlet's own addition
            }
        }
        // One paragraph (three sentences) moved elsewhere.
        if (out.size() > 8 && chance(0.5)) {
            const std::size_t from = pick(out.size() - 3);
            std::vector<Told> block(out.begin() + static_cast<std::ptrdiff_t>(from),
                                    out.begin() + static_cast<std::ptrdiff_t>(from + 3));
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(from),
                      out.begin() + static_cast<std::ptrdiff_t>(from + 3));
            const std::size_t to = pick(out.size());
            out.insert(out.begin() + static_cast<std::ptrdiff_t>(to), block.begin(), block.end());
        }
        return out;
    }

    void render(GeneratedArticle& article, const std::vector<Told>& sentences, bool clutter)
    {
        static const std::vector<std::string> lines = {"Share on Facebook",
                                                       "Subscribe to our newsletter",
                                                       "Advertisement",
                                                       "Read more:",
                                                       "Sign up for breaking news alerts",
                                                       "Comments (12)",
                                                       "Accept cookies",
                                                       "Skip to main content"};
        std::string text =
            "Harbour city council in turmoil over " + std::to_string(1 + pick(9)) + " projects";
        article.sentences.push_back({0, text.size(), StorySentence::kHeadline});
        text += "\n\n";
        if (clutter) {
            text += any(lines) + "\n" + any(lines) + "\n\n";
        }
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            article.sentences.push_back(
                {text.size(), text.size() + sentences[i].text.size(), sentences[i].origin});
            text += sentences[i].text;
            text += (i % 3 == 2) ? "\n\n" : " ";
            if (clutter && chance(0.04)) {
                text += "\n\n" + any(lines) + "\n\n";
            }
        }
        if (clutter) {
            text += "\n\n" + any(lines) + "\n";
        }
        article.text = std::move(text);
    }

    StoryOptions m_options;
    std::mt19937 m_random;
};

} // namespace parallax::bench
