#pragma once

#include "core/comparison.h"
#include "ui/document_text.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace parallax::ui {

// What an outlet's cell of a row shows.
enum class CellState {
    Present,     // the outlet has sentences in this row
    NotReported, // an omission: other outlets carry the row, this one does not
    Blank,       // empty, and not an omission (a row one outlet has alone, or clutter)
};

// Meaning of a stretch of a cell's text; the delegate turns each into a visual format.
enum class MarkKind {
    Changed,      // words that replace reference words
    Added,        // words the reference does not have
    Missing,      // reference words this version lacks (shown on demand)
    ClutterLabel, // the short kind label in front of a clutter sentence ("AD", "PAYWALL")
    ClutterText,  // a sentence that is page clutter
    Headline,
    FindHit,
    Gap, // "…" between two sentences of the cell that are not neighbours in their article
};

struct TextMark {
    int start = 0;
    int length = 0;
    MarkKind kind = MarkKind::Changed;
};

// A cell prepared for painting: the model computes, the delegate only paints.
struct CellContent {
    CellState state = CellState::Blank;
    QString text;
    std::vector<TextMark> marks;
    bool addition = false; // the row is this outlet's alone
    bool moved = false;
    bool reference = false; // the version the others are compared with
    bool clutter = false;   // every sentence of the cell is clutter
    QString note;           // the line above the text: "↕ MOVED · 14 of 22"
    // [start, end) in text of each sentence of the cell, in cell order.
    std::vector<std::pair<int, int>> sentenceRanges;
};

// A run of consecutive page-clutter rows folded into one thin row, the way diff viewers fold
// unchanged lines: the reader sees that clutter was there, how much and of what kind, without
// reading it. Expanded, the fold row stays above its rows as a handle to fold them again.
struct ClutterFold {
    std::vector<std::size_t> coreRows; // the clutter rows it stands for, in display order
    QStringList kinds;                 // their labels ("AD", "SHARE"), most frequent first
    bool expanded = false;
};

// The comparison as a table: one row per aligned sentence group in the chosen order, one
// column per outlet in document order. Unless all clutter is shown, each run of clutter rows
// is one fold row (folded by default). Views reorder and hide columns through their header;
// the model keeps document order so column == document index.
class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Qt item roles are plain ints by Qt's design, hence no enum class.
    enum Role {
        CellStateRole = Qt::UserRole + 1, // int(CellState)
        CoreRowRole,                      // index into Comparison::rows
        MovedRole,
        AdditionRole,
        ClutterRole,
        HeadlineRole, // header: the outlet's headline
        DateRole,     // header: publication date, empty when unknown
        WordsRole,    // header: words of article text
        CoverageRole, // header: 0..1 share of the shared rows the outlet carries
        ReferenceRole,
        FollowedRole,
        FoldRole, // the number of clutter rows a fold row stands for; 0 for other rows
    };

    explicit ComparisonModel(QObject* parent = nullptr);
    ~ComparisonModel() override;

    void setComparison(std::shared_ptr<const core::Comparison> comparison);
    const core::Comparison* comparison() const { return m_comparison.get(); }
    bool isEmpty() const { return !m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const CellContent& content(const QModelIndex& index) const;
    // Changes whenever what the cells show changes: layout caches key on it.
    quint64 generation() const { return m_generation; }

    bool showClutter() const { return m_showClutter; }
    void setShowClutter(bool show);
    bool showMissing() const { return m_showMissing; }
    void setShowMissing(bool show);
    std::optional<std::size_t> followed() const { return m_followed; }
    void setFollowed(std::optional<std::size_t> document);
    void setFindText(const QString& text);
    // The outlet the user chose to compare the others with; marked in the header.
    void setChosenReference(std::optional<std::size_t> document);
    const QString& findText() const { return m_findText; }

    QString outletName(int column) const;
    QString defaultOutletName(int column) const;
    // An empty name restores the outlet name found in the file.
    void setOutletName(int column, const QString& name);
    QStringList outletNames() const; // the user's names, empty where not renamed
    void setOutletNames(const QStringList& names);

    // For a fold row, the first clutter row it stands for.
    std::size_t coreRow(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The displayed row of a core row: the fold row when folded away, -1 when not shown.
    int rowOfCoreRow(std::size_t coreRow) const;
    // The displayed row holding a document's sentence (or the fold hiding it), -1 when none.
    int rowOfSentence(std::size_t document, std::size_t sentence) const;

    bool rowIsFold(int row) const;
    const ClutterFold* fold(int row) const; // null for rows that are not folds
    // The fold row an expanded clutter row sits under, -1 when none.
    int foldRowOf(int row) const;
    // Inserts or removes the fold's rows below it; the fold row itself stays.
    void setFoldExpanded(int row, bool expanded);
    bool hasFolds() const { return !m_folds.empty(); }
    int hiddenClutterRows() const; // clutter rows inside folded (not expanded) folds
    // "4 lines of page clutter", with ": ad, share" when withKinds.
    QString foldText(const ClutterFold& fold, bool withKinds = true) const;
    // 1-based number of a row among the rows that are not folds; 0 for a fold row.
    int rowNumber(int row) const;
    int rowNumberCount() const { return static_cast<int>(m_rows.size() - m_folds.size()); }

    bool rowHasOmission(int row) const;
    bool rowIsAddition(int row) const;
    // The outlet (column) whose addition the row is, -1 when the row is not an addition.
    int additionColumn(int row) const;
    bool rowHasRewording(int row) const;
    bool rowIsClutter(int row) const; // a row of clutter sentences; false for a fold row
    // Whether the user may take the version in cell (row, column) out of its row ("take it out
    // of this row"): the row holds another outlet too, is article text, and is not the
    // headlines' row, which shares headlines by design.
    bool mayTakeOut(int row, int column) const;

    // 1-based position of a sentence among its article's own sentences (clutter left out),
    // and how many there are; 0 for a clutter sentence.
    int articlePosition(std::size_t document, std::size_t sentence) const;
    int articleLength(std::size_t document) const;
    // Where a cell's sentences stand in their article: "sentence 3 of 12", "sentences 3–4 of
    // 12", or for an outlet that tells it in more than one place "sentences 2 and 9 of 12".
    // Empty for a cell of clutter.
    QString placeInArticle(std::size_t document, const core::Cell& cell) const;
    // For a cell the outlet leaves empty in a row of article text: its closest sentence, which
    // the aligner would not put in the row (core::Row::near), as "≈ row 87 · 19% alike";
    // empty when there is none. nearSentence gives that sentence's text.
    QString nearHint(const QModelIndex& index) const;
    QString nearSentence(const QModelIndex& index) const;
    // The near match an empty cell shows (its sentence's row on screen), or null.
    const core::NearMatch* shownNearMatch(const QModelIndex& index) const;

    const DocumentText& documentText(std::size_t document) const;
    QString sentenceText(std::size_t document, std::size_t sentence) const;
    QString cellText(const QModelIndex& index) const;
    // "Outlet: text" per visible outlet, for the clipboard.
    QString rowText(int row, const std::vector<int>& columns) const;
    QString cellTextWithOutlet(const QModelIndex& index) const;

private:
    void rebuildRows();
    void invalidateContent();
    // Content of every cell built anew (marks, find hits) and views told; same rows.
    void repaintAllContent();
    CellContent buildContent(std::size_t coreRow, std::size_t document) const;
    int foldIndex(int row) const;

    std::shared_ptr<const core::Comparison> m_comparison;
    std::vector<DocumentText> m_texts;
    std::vector<std::vector<int>> m_articlePositions;
    std::vector<int> m_articleLengths;
    std::vector<std::size_t> m_rows;     // displayed row -> core row
    std::vector<int> m_displayRowOfCore; // core row -> displayed row or -1
    std::vector<ClutterFold> m_folds;
    std::vector<int> m_foldOfRow;  // displayed row -> index in m_folds, -1 for other rows
    std::vector<int> m_rowNumbers; // displayed row -> rowNumber()
    // The clutter sentences (document, sentence) of expanded folds: a fold is expanded when
    // it holds one, which survives a reload in place and a change of order.
    std::set<std::pair<std::size_t, std::size_t>> m_expanded;
    std::vector<std::vector<std::size_t>>
        m_rowOfSentence; // [document][sentence] -> core row (SIZE_MAX: none)
    QStringList m_names;
    bool m_showClutter = false;
    bool m_showMissing = false;
    std::optional<std::size_t> m_followed;
    std::optional<std::size_t> m_chosenReference;
    QString m_findText;
    quint64 m_generation = 1;
    // Lazily built, [core row * documents + document].
    mutable std::vector<std::unique_ptr<CellContent>> m_contents;
};

// A short label for the kind of a clutter sentence: "AD", "PAYWALL", "CAPTION", ...
QString clutterLabel(const core::Sentence& sentence);

// The path of column's document, as FolderState names documents; columnOfPath is the column
// of the document with that path, -1 when the comparison has none.
QString documentPath(const ComparisonModel& model, int column);
int columnOfPath(const ComparisonModel& model, const QString& path);

} // namespace parallax::ui
