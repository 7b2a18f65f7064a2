#pragma once

// Rows under construction, shared by both ways of grouping sentences (core/pair_grouping.h for
// small folders, core/progressive_placement.h for large ones) and by the aligner's later steps.
// Internal to the aligner.

#include "core/pair_score.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace parallax::core::alignment {

// One wording of a row (cells with equal content words), as the first two documents that
// joined the row with it have it.
struct Wording {
    struct Holder {
        std::size_t document = 0;
        std::size_t place = 0; // index in WorkRow::present
        const SentenceFeatures* features = nullptr;
        std::shared_ptr<const SentenceFeatures> merged; // owns `features` for a split cell
    };
    std::uint64_t key = 0;
    std::array<Holder, 2> holders;
    std::size_t holderCount = 0;
};

// A row under construction: for every document, the sentences it put there.
struct WorkRow {
    std::vector<std::vector<std::size_t>> cells; // per document
    std::vector<std::size_t> present; // documents with a non-empty cell, in joining order
    // The row's first distinct wordings in joining order (RowSet::kMaxWordings + 1 of them, so
    // that one document left out still leaves enough), kept as members join.
    std::vector<Wording> wordings;
    std::size_t memberCount = 0;
    // The terms whose postings list this row, sorted: a row is listed once per term however
    // many of its members use it (a row of 1,000 copies would otherwise be listed 1,000 times,
    // and every sentence placed would walk all of them).
    std::vector<std::uint32_t> postedTerms;
    bool closed = false; // takes no more members (the headline row)
    bool byUser = false; // Row::byUser
};

struct Candidate {
    double score;
    std::size_t sentence; // index into the document's sentences
    std::size_t row;
};

class RowSet {
public:
    // Distinct wordings of a row a sentence is compared with: a row of 1,000 copies of one
    // wire sentence has a handful of wordings, and its first members are its seed.
    static constexpr std::size_t kMaxWordings = 8;

    RowSet(const FeatureTable& features, std::size_t documentCount, const AlignOptions& options)
        : m_features(features), m_documentCount(documentCount), m_options(options)
    {}

    std::size_t size() const { return m_rows.size(); }
    const WorkRow& row(std::size_t r) const { return m_rows[r]; }
    std::vector<WorkRow>& rows() { return m_rows; }

    std::size_t addRow()
    {
        WorkRow row;
        row.cells.resize(m_documentCount);
        m_rows.push_back(std::move(row));
        return m_rows.size() - 1;
    }

    void addMember(std::size_t r, std::size_t d, std::size_t s)
    {
        WorkRow& row = m_rows[r];
        auto& cell = row.cells[d];
        const bool joins = cell.empty();
        if (joins) {
            row.present.push_back(d);
        }
        cell.insert(std::upper_bound(cell.begin(), cell.end(), s), s);
        ++row.memberCount;
        if (joins) {
            noteWording(row, row.present.size() - 1);
        } else {
            // A split cell: the document's wording changed, wherever it was noted.
            row.wordings.clear();
            for (std::size_t place = 0; place < row.present.size(); ++place) {
                noteWording(row, place);
            }
        }
        for (const auto& [term, weight] : m_features.of(d, s).terms) {
            if (m_features.isBigram(term)) {
                continue;
            }
            const auto at = std::lower_bound(row.postedTerms.begin(), row.postedTerms.end(), term);
            if (at == row.postedTerms.end() || *at != term) {
                row.postedTerms.insert(at, term);
                m_postings[term].push_back(r);
            }
        }
    }

    // The row holding sentence s of document d, if any.
    std::optional<std::size_t> rowHolding(std::size_t d, std::size_t s) const
    {
        for (std::size_t r = 0; r < m_rows.size(); ++r) {
            const auto& cell = m_rows[r].cells[d];
            if (std::find(cell.begin(), cell.end(), s) != cell.end()) {
                return r;
            }
        }
        return std::nullopt;
    }

    // Takes sentence s of document d out of row r (postings stay: they only point at rows that
    // may hold a term).
    void removeMember(std::size_t r, std::size_t d, std::size_t s)
    {
        WorkRow& row = m_rows[r];
        auto& cell = row.cells[d];
        const auto it = std::find(cell.begin(), cell.end(), s);
        if (it == cell.end()) {
            return;
        }
        cell.erase(it);
        --row.memberCount;
        if (cell.empty()) {
            row.present.erase(std::find(row.present.begin(), row.present.end(), d));
        }
        row.wordings.clear();
        for (std::size_t place = 0; place < row.present.size(); ++place) {
            noteWording(row, place);
        }
    }

    // Moves every member of row `from` into row `to` (postings of `from` stay: they only
    // point at rows that may hold a term).
    void moveMembers(std::size_t from, std::size_t to)
    {
        WorkRow& source = m_rows[from];
        const std::vector<std::size_t> present = source.present;
        for (const std::size_t d : present) {
            for (const std::size_t s : source.cells[d]) {
                addMember(to, d, s);
            }
            source.cells[d].clear();
        }
        source.present.clear();
        source.wordings.clear();
        source.memberCount = 0;
    }

    // Empties every row (postings stay: they only point at rows that may hold a term).
    void clearMembers()
    {
        for (WorkRow& row : m_rows) {
            for (const std::size_t d : row.present) {
                row.cells[d].clear();
            }
            row.present.clear();
            row.wordings.clear();
            row.memberCount = 0;
        }
    }

    // Best rows for sentence (d, s), excluding rows' members from document d itself.
    std::vector<Candidate> candidates(std::size_t d, std::size_t s, std::vector<double>& scratch,
                                      std::vector<std::size_t>& touched) const
    {
        const SentenceFeatures& f = m_features.of(d, s);
        if (scratch.size() < m_rows.size()) {
            scratch.resize(m_rows.size(), 0.0);
        }
        touched.clear();
        // Rows are found through the terms that are not too common; the common ones then count
        // for those rows, looked up from the rows' side.
        std::vector<std::pair<std::uint32_t, double>> common;
        for (const auto& [term, weight] : f.terms) {
            const auto it = m_postings.find(term);
            if (it == m_postings.end()) {
                continue;
            }
            if (tooCommonToSeekBy(it->second.size(), m_rows.size())) {
                common.emplace_back(term, weight);
                continue;
            }
            for (const std::size_t r : it->second) {
                if (scratch[r] == 0.0) {
                    touched.push_back(r);
                }
                scratch[r] += weight;
            }
        }
        for (const auto& [term, weight] : common) {
            for (const std::size_t r : touched) {
                const auto& posted = m_rows[r].postedTerms;
                if (std::binary_search(posted.begin(), posted.end(), term)) {
                    scratch[r] += weight;
                }
            }
        }
        // Rows sharing little weight cannot reach the threshold; keep the strongest few.
        const double floor = candidateFloor(f, m_options.threshold, m_options);
        std::vector<std::pair<double, std::size_t>> ranked;
        for (const std::size_t r : touched) {
            const double shared = scratch[r];
            scratch[r] = 0.0;
            if (shared >= floor && !m_rows[r].closed &&
                m_rows[r].memberCount > m_rows[r].cells[d].size()) {
                ranked.emplace_back(shared, r);
            }
        }
        constexpr std::size_t kMaxRows = 12;
        if (ranked.size() > kMaxRows) {
            std::partial_sort(ranked.begin(), ranked.begin() + kMaxRows, ranked.end(),
                              std::greater<>());
            ranked.resize(kMaxRows);
        }
        std::vector<Candidate> result;
        for (const auto& [shared, r] : ranked) {
            result.push_back({rowScore(r, d, f), s, r});
        }
        return result;
    }

    // Similarity of features f to row r: the best match among the row's members of other
    // documents (distinct wordings only, a bounded number, so huge rows stay cheap).
    double rowScore(std::size_t r, std::size_t excludeDocument, const SentenceFeatures& f) const
    {
        // The first kMaxWordings wordings of the row's documents other than excludeDocument,
        // in joining order, each as the first of those documents has it. Leaving one document
        // out can only drop a wording it alone has, or move one it had first to its second
        // holder's place, so the noted kMaxWordings + 1 always hold the answer.
        std::array<const Wording::Holder*, kMaxWordings + 1> holders{};
        std::size_t count = 0;
        for (const Wording& w : m_rows[r].wordings) {
            const Wording::Holder* h = &w.holders[0];
            if (h->document == excludeDocument) {
                if (w.holderCount < 2) {
                    continue;
                }
                h = &w.holders[1];
            }
            holders[count++] = h;
        }
        std::sort(
            holders.begin(), holders.begin() + static_cast<std::ptrdiff_t>(count),
            [](const Wording::Holder* a, const Wording::Holder* b) { return a->place < b->place; });
        double best = 0.0;
        for (std::size_t i = 0; i < std::min(count, kMaxWordings); ++i) {
            best = std::max(best, pairScore(f, *holders[i]->features, m_options));
        }
        return best;
    }

private:
    // Notes the wording of the document at row.present[place], if it is among the row's first
    // wordings or the second holder of one of them. Looking through every member of a row for
    // its wordings at every candidate sentence grew with the square of the outlets.
    void noteWording(WorkRow& row, std::size_t place) const
    {
        const std::size_t d = row.present[place];
        const auto& cell = row.cells[d];
        Wording::Holder holder{d, place, nullptr, nullptr};
        if (cell.size() == 1) {
            holder.features = &m_features.of(d, cell.front());
        } else {
            holder.merged = std::make_shared<const SentenceFeatures>(m_features.merged(d, cell));
            holder.features = holder.merged.get();
        }
        for (Wording& w : row.wordings) {
            if (w.key == holder.features->key) {
                if (w.holderCount < 2) {
                    w.holders[w.holderCount++] = std::move(holder);
                }
                return;
            }
        }
        if (row.wordings.size() <= kMaxWordings) {
            Wording w;
            w.key = holder.features->key;
            w.holders[0] = std::move(holder);
            w.holderCount = 1;
            row.wordings.push_back(std::move(w));
        }
    }

    const FeatureTable& m_features;
    std::size_t m_documentCount;
    AlignOptions m_options;
    std::vector<WorkRow> m_rows;
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> m_postings;
};

} // namespace parallax::core::alignment
