#pragma once

#include "core/comparison.h"
#include "ui/alignment_options_dialog.h"

#include <QSettings>
#include <QStringList>
#include <vector>

namespace parallax::ui {

// What the user chose for one folder, remembered across sessions: outlet names, corrections,
// hidden and reordered columns, the reference and the followed outlet. Documents are named
// by their path in the folder, so choices survive files being added.
struct FolderState {
    QStringList outletNames; // per document path: "path\tname"
    std::vector<core::Correction> corrections;
    std::vector<core::SentenceLink> links; // sentences the user put in one row
    std::vector<core::SentenceLink> apart; // sentences the user took apart (A out of B's row)
    // Possible matches the user said tell something else (A is not what B's row tells): no
    // longer offered to that row, and never put in it.
    std::vector<core::SentenceLink> notSame;
    QStringList hiddenDocuments;
    QStringList columnOrder;     // document paths, left to right
    QString referenceDocument;   // empty: automatic
    QString followedDocument;    // empty: consensus order
    AlignmentSettings alignment; // threshold, language, stemming

    // What the aligner is told to keep apart: sentences taken out of rows and possible
    // matches said to be something else (core::CompareOptions::apart).
    std::vector<core::SentenceLink> keptApart() const;

    static FolderState load(QSettings& settings, const QString& folder);
    void save(QSettings& settings, const QString& folder) const;
};

QString folderSettingsGroup(const QString& folder);

} // namespace parallax::ui
