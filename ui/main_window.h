#pragma once

#include "core/comparison.h"
#include "core/export_formats.h"
#include "ui/correction_history.h"
#include "ui/folder_settings.h"
#include "ui/possible_matches.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace parallax::ui {

class CellDelegate;
class ComparisonLoader;
class ComparisonModel;
class InspectorPane;
class LegendBar;
class NoticeBar;
class OutletFiguresDialog;
class OutletHeader;
class OverviewStrip;

// Where keyboard navigation steps to.
enum class NavigationTarget {
    Row,
    Omission,  // a row some outlets carry and others do not
    Addition,  // a row only one outlet has
    Rewording, // a row whose versions differ in words
    // an empty cell offering its outlet's closest sentence (ui/possible_matches.h)
    PossibleMatch,
};

// The Parallax window: the comparison table with its outlet header and overview strip, the
// inspector, find bar, legend and notices. It only wires; core computes, the model prepares,
// the delegate paints.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads off the GUI thread; comparisonShown() or loadFailed() follows.
    void openFolder(const QString& folder);
    QString folder() const { return m_folder; }
    bool isLoading() const;

    ComparisonModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    InspectorPane* inspector() const { return m_inspector; }
    NoticeBar* notice() const { return m_notice; }
    OverviewStrip* overview() const { return m_overview; }

    void setShowClutter(bool show);
    // Opens or closes a fold of page clutter in place; the view keeps its place.
    void setFoldExpanded(int row, bool expanded);
    void setShowMissing(bool show);
    void setCompact(bool compact);
    void setFontSize(double points);
    double fontSize() const;
    void renameOutlet(int column, const QString& name);
    void setColumnHidden(int column, bool hidden);
    void setReference(std::optional<int> column); // recompares
    // Threshold, language and stemming for this folder: remembered, and the folder compared
    // again with them.
    void setAlignmentSettings(const AlignmentSettings& settings);
    AlignmentSettings alignmentSettings() const { return m_state.alignment; }
    void promptAlignmentOptions();
    void setFollowed(std::optional<int> column); // consensus order when none
    bool goTo(NavigationTarget target, bool forward);
    void selectRow(int row, int column = -1);
    void find(const QString& text);
    bool findNext(bool forward = true);
    int findHitCount() const { return static_cast<int>(m_hits.size()); }
    void clearSelection();
    // Marks one sentence of the cell (0-based, in cell order), or all of them when none;
    // reloads in place and remembers the choice for the folder.
    void applyCorrection(const QModelIndex& index, bool clutter, core::Correction::Scope scope,
                         std::optional<int> sentence = std::nullopt);
    // Puts a document's sentence in the row the inspector shows (the user's word that they tell
    // the same thing); reloads in place and remembers it for the folder.
    void putInShownRow(std::size_t document, std::size_t sentence);
    // Undoes the folder's index-th such link; reloads in place.
    void removeLink(int index);
    // Edit > Put Possible Match in Row / Not the Same: the possible match of the current row
    // (the current cell's, else the first shown one) joins the row, or is said to tell
    // something else and is no longer offered to it. False when the row offers none.
    bool acceptPossibleMatch();
    bool rejectPossibleMatch();
    // "Not the same" on a near match of the row the inspector shows; remembered for the
    // folder, which is compared again in place. undoNotSame takes it back.
    void notSame(std::size_t document, std::size_t sentence);
    void undoNotSame(std::size_t document, std::size_t sentence);
    // "Take it out of this row": the outlet's sentences in the shown row are apart from the
    // others there (core::CompareOptions::apart), remembered for the folder.
    void takeOutOfShownRow(std::size_t document);
    // Drops the folder's corrections, links and separations (not names or column choices) and
    // compares again; promptForgetCorrections asks first, saying what would go.
    void forgetCorrections();
    void promptForgetCorrections();
    // Undo of that: the sentence's separations are forgotten.
    void putBack(std::size_t document, std::size_t sentence);
    // Edit > Undo and Redo: the folder's corrections as they were before the last one (or
    // after the last one undone), compared again in place. False when there is none.
    bool undoCorrection();
    bool redoCorrection();
    // Returns the error message, nothing on success.
    std::optional<QString> exportTo(const QString& path, core::ExportFormat format);
    QString copyRow();
    QString copyCell();
    // View > Outlet Figures: per-outlet figures and how alike the outlets' wording is.
    OutletFiguresDialog* showOutletFigures();
    // Only these two outlets in view (the others hidden, as View > Show All Outlets undoes).
    void showPair(int a, int b);
    // The outlets in the order the table shows them, hidden ones left out.
    std::vector<int> visibleColumns() const;

signals:
    void comparisonShown();
    void loadFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shows the columns `shown` accepts (at least one) and hides the rest, in one layout.
    void showColumns(const std::function<bool(int)>& shown);
    // The row the inspector shows, when the user may change it (nothing loading, not a fold).
    const core::Row* rowToChange() const;
    // The possible match P and X act on: in the current row, the current cell's or the first.
    std::optional<PossibleMatch> currentPossibleMatch() const;
    bool hasCorrections() const; // the folder has corrections, links or separations
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void saveFolderState();
    // Remembers the folder's choices, then compares the folder again in place.
    void saveAndRecompare();
    // The same for a correction the user just made to m_state, which Edit > Undo can then
    // take back; `what` names it in the menu ("Put in Row").
    void commitCorrection(const QString& what);
    // Puts an undone or redone snapshot of the corrections in force.
    void restoreCorrections(const CorrectionSnapshot& snapshot, const QString& message);
    void applyFolderState();
    void loaded(const QString& folder, std::shared_ptr<const core::ComparisonResult> result);
    void reload();
    void scheduleRelayout();
    void relayout();
    void fitColumns();
    void updateRowHeights();
    void continueRowHeights(int pass); // the next batch of rows of a pass of updateRowHeights
    void updateInspector();
    void updateRecentMenu();
    void openRecent(const QString& folder);
    void updateOrderAndReferenceControls();
    void updateTheme();
    void showCellMenu(const QPoint& pos);
    void showHeaderMenu(const QPoint& pos);
    void promptRename(int column);
    void promptOpen();
    void promptExport();
    void rebuildHits();
    void updateFindLabel();

    ComparisonModel* m_model;
    CellDelegate* m_delegate;
    ComparisonLoader* m_loader;
    QTableView* m_table;
    OutletHeader* m_header;
    OverviewStrip* m_overview;
    InspectorPane* m_inspector;
    NoticeBar* m_notice;
    LegendBar* m_legend;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QLabel* m_welcome;
    QWidget* m_findBar;
    QLineEdit* m_findEdit;
    QLabel* m_findLabel;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QToolButton* m_cancel;
    QComboBox* m_orderBox;
    QComboBox* m_referenceBox;
    QTimer* m_relayoutTimer;
    QMenu* m_recentMenu = nullptr;
    QAction* m_clutterAction = nullptr;
    QAction* m_missingAction = nullptr;
    QAction* m_compactAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_alignmentAction = nullptr;
    QAction* m_forgetAction = nullptr; // Edit > Forget My Corrections to This Folder
    QAction* m_figuresAction = nullptr;
    QAction* m_acceptMatchAction = nullptr;   // Edit > Put Possible Match in Row
    QAction* m_rejectMatchAction = nullptr;   // Edit > Not the Same
    CorrectionHistory* m_history = nullptr;   // Edit > Undo, Redo
    OutletFiguresDialog* m_figures = nullptr; // made on first use, refreshed while open

    QString m_folder;        // the folder on screen
    QString m_pendingFolder; // the folder being loaded
    std::shared_ptr<const core::ComparisonResult> m_result;
    FolderState m_state;
    CorrectionSnapshot m_committed; // m_state's corrections as last put in force
    QString m_restoredMessage;      // "Undone: Put in Row", until the comparison is shown
    std::optional<std::size_t> m_reference;
    // Where the user was, to come back to after a reload of the same folder.
    std::optional<std::pair<std::size_t, std::size_t>> m_anchor; // (document, sentence)
    // The column to land on in the anchor's row, when not the anchor's own: after "not the
    // same", the cell that offered it, to see what it offers next.
    std::optional<int> m_landColumn;
    std::vector<std::pair<int, int>> m_hits; // (row, column)
    int m_hit = -1;
    int m_heightsPass = 0; // updateRowHeights' current pass; older batches stop
    int m_heightsFrom = 0; // the first row whose height that pass has yet to set
    bool m_applyingState = false;
};

} // namespace parallax::ui
