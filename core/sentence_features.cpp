#include "core/sentence_features.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>

namespace parallax::core {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h;
}

// splitmix64's finaliser: every input bit moves every output bit, so the low 31 bits of a
// bigram's id depend on both of its words (a plain sum would keep only the second word's id).
std::uint64_t scramble(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

double similarity(const SentenceFeatures& a, const SentenceFeatures& b)
{
    if (a.total <= 0.0 || b.total <= 0.0 || a.heading != b.heading) {
        return 0.0;
    }
    double shared = 0.0;
    auto i = a.terms.begin();
    auto j = b.terms.begin();
    while (i != a.terms.end() && j != b.terms.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            shared += std::min(i->second, j->second);
            ++i;
            ++j;
        }
    }
    return std::clamp(2.0 * shared / (a.total + b.total), 0.0, 1.0);
}

FeatureTable::FeatureTable(const std::vector<std::vector<std::vector<Token>>>& tokens,
                           const std::vector<std::vector<bool>>& include,
                           const std::vector<std::vector<bool>>& headings)
{
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::uint32_t> documentFrequency;
    const auto idOf = [&](const std::string& stem) {
        const auto [it, inserted] = ids.try_emplace(stem, static_cast<std::uint32_t>(ids.size()));
        if (inserted) {
            documentFrequency.push_back(0);
        }
        return it->second;
    };

    // Term ids per sentence (content words only), and sentence frequencies.
    std::vector<std::vector<std::vector<std::uint32_t>>> termIds(tokens.size());
    std::size_t sentenceCount = 0;
    for (std::size_t d = 0; d < tokens.size(); ++d) {
        termIds[d].resize(tokens[d].size());
        for (std::size_t s = 0; s < tokens[d].size(); ++s) {
            auto& ids_ = termIds[d][s];
            for (const Token& t : tokens[d][s]) {
                if (t.isStopWord || t.stem.empty()) {
                    continue;
                }
                ids_.push_back(idOf(t.stem));
            }
            if (!include[d][s]) {
                continue;
            }
            ++sentenceCount;
            std::vector<std::uint32_t> unique = ids_;
            std::sort(unique.begin(), unique.end());
            unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
            for (const std::uint32_t id : unique) {
                ++documentFrequency[id];
            }
        }
    }
    const double n = static_cast<double>(std::max<std::size_t>(sentenceCount, 1));
    const auto idf = [&](std::uint32_t id) {
        return std::log((n + 1.0) / (static_cast<double>(documentFrequency[id]) + 0.5)) + 0.1;
    };

    m_features.resize(tokens.size());
    for (std::size_t d = 0; d < tokens.size(); ++d) {
        m_features[d].resize(tokens[d].size());
        const auto included =
            static_cast<std::size_t>(std::count(include[d].begin(), include[d].end(), true));
        std::size_t rank = 0;
        for (std::size_t s = 0; s < tokens[d].size(); ++s) {
            SentenceFeatures& f = m_features[d][s];
            f.heading = d < headings.size() && s < headings[d].size() && headings[d][s];
            f.position =
                included > 1 ? static_cast<double>(rank) / static_cast<double>(included - 1) : 0.0;
            rank += include[d][s] ? 1 : 0;
            std::unordered_map<std::uint32_t, double> weights;
            std::uint64_t key = 0;
            std::size_t k = 0;
            for (const Token& t : tokens[d][s]) {
                if (t.isStopWord || t.stem.empty()) {
                    continue;
                }
                const std::uint32_t id = termIds[d][s][k++];
                double w = idf(id);
                // Numbers and names are the facts a sentence is about.
                if (t.isNumber) {
                    w *= 1.5;
                } else if (t.isCapitalised) {
                    w *= 1.2;
                }
                weights[id] = std::max(weights[id], w);
                key = mix(key, std::hash<std::string>{}(t.stem));
            }
            // Bigrams of consecutive content stems reward shared phrasing.
            const auto& ids_ = termIds[d][s];
            for (std::size_t i = 0; i + 1 < ids_.size(); ++i) {
                const std::uint64_t pair =
                    (static_cast<std::uint64_t>(ids_[i]) << 32) | ids_[i + 1];
                const auto bigram =
                    static_cast<std::uint32_t>(kBigramBase | (scramble(pair) & 0x7FFFFFFF));
                weights[bigram] = 0.25 * (idf(ids_[i]) + idf(ids_[i + 1]));
            }
            f.terms.assign(weights.begin(), weights.end());
            std::sort(f.terms.begin(), f.terms.end());
            f.total = 0.0;
            for (const auto& [id, w] : f.terms) {
                f.total += w;
                f.wordTotal += isBigram(id) ? 0.0 : w;
            }
            f.key = f.terms.empty() ? 0 : (key == 0 ? 1 : key);
        }
    }
}

SentenceFeatures FeatureTable::merged(std::size_t document,
                                      const std::vector<std::size_t>& sentences) const
{
    std::unordered_map<std::uint32_t, double> weights;
    SentenceFeatures result;
    std::uint64_t key = 0;
    for (const std::size_t s : sentences) {
        const SentenceFeatures& f = m_features[document][s];
        for (const auto& [id, w] : f.terms) {
            weights[id] = std::max(weights[id], w);
        }
        key = mix(key, f.key);
    }
    result.terms.assign(weights.begin(), weights.end());
    std::sort(result.terms.begin(), result.terms.end());
    for (const auto& [id, w] : result.terms) {
        result.total += w;
        result.wordTotal += isBigram(id) ? 0.0 : w;
    }
    result.key = result.terms.empty() ? 0 : (key == 0 ? 1 : key);
    result.position = sentences.empty() ? 0.0 : m_features[document][sentences.front()].position;
    result.heading = !sentences.empty() &&
                     std::all_of(sentences.begin(), sentences.end(),
                                 [&](std::size_t s) { return m_features[document][s].heading; });
    return result;
}

} // namespace parallax::core
