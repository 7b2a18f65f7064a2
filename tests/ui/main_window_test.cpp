// The window as a user drives it, on the offscreen platform. Each step saves a picture under
// the build folder (tests/ui/screenshots) for a person to look at.
#include "story_generator.h"
#include "ui/alignment_options_dialog.h"
#include "ui/cell_delegate.h"
#include "ui/comparison_model.h"
#include "ui/folder_settings.h"
#include "ui/inspector_pane.h"
#include "ui/main_window.h"
#include "ui/notice_bar.h"
#include "ui/outlet_figures_dialog.h"
#include "ui/overview_strip.h"
#include "ui/shortcuts_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <map>

using parallax::ui::CellState;
using parallax::ui::ComparisonModel;
using parallax::ui::MainWindow;
using parallax::ui::NavigationTarget;
using parallax::ui::shortcutEntries;
using parallax::ui::ShortcutEntry;
using parallax::ui::ShortcutsDialog;

namespace {

void grab(QWidget& window, const QString& name)
{
    // Pending layout requests first, as the event loop would before the next frame.
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    window.grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/%1.png").arg(name));
}

bool openAndWait(MainWindow& window, const QString& folder)
{
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.openFolder(folder);
    return QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 20000) &&
           !shown.isEmpty();
}

bool waitShown(QSignalSpy& shown)
{
    return QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000);
}

// The displayed row of the story's n-th row (0-based), folds of clutter not counted.
int storyRow(const ComparisonModel& model, int n)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.rowIsFold(r) && n-- == 0) {
            return r;
        }
    }
    return -1;
}

int firstFold(const ComparisonModel& model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowIsFold(r)) {
            return r;
        }
    }
    return -1;
}

// One article file, `name` in folder `dir`.
bool writeArticle(const QTemporaryDir& dir, const char* name, const char* text)
{
    QFile file(QDir(dir.path()).filePath(QString::fromLatin1(name)));
    return file.open(QIODevice::WriteOnly) && file.write(text) > 0;
}

// Right-clicks cell index of window's table and triggers the menu entry named choice (when
// the menu has it, enabled); returns the enabled entries the menu had, "&" removed.
QStringList chooseFromCellMenu(MainWindow& window, const QModelIndex& index, const QString& choice)
{
    QStringList entries;
    QTimer::singleShot(0, &window, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        QAction* chosen = nullptr;
        for (QAction* a : menu->actions()) {
            const QString text = a->text().remove(QLatin1Char('&'));
            if (a->isEnabled() && !a->isSeparator()) {
                entries << text;
                chosen = text == choice ? a : chosen;
            }
        }
        menu->close();
        if (chosen) {
            chosen->trigger();
        }
    });
    QTableView* table = window.table();
    table->scrollTo(index);
    emit table->customContextMenuRequested(table->visualRect(index).center());
    return entries;
}

// What the window remembered for folder (corrections, links, separations, ...).
parallax::ui::FolderState savedState(const QString& folder)
{
    QSettings settings;
    return parallax::ui::FolderState::load(settings, folder);
}

// Opens folder in window, then shows the window at a size where keys and clicks land.
bool openAndShow(MainWindow& window, const QString& folder)
{
    window.resize(1200, 700);
    if (!openAndWait(window, folder)) {
        return false;
    }
    window.show();
    // Shown, the table has its width; the columns are fitted to it a moment later (the
    // window's relayout timer). Tests and screenshots want the window as the user sees it.
    QTableView* table = window.table();
    return QTest::qWaitForWindowExposed(&window) && QTest::qWaitFor([table] {
               return table->horizontalHeader()->length() >= table->viewport()->width();
           });
}

// Two outlets on the harbour's flood barriers (one row) and the fishermen's poor season,
// told in words too unlike to align: a's "poorest in a decade", b's "half empty". b tells it
// first: at the same place, two outlets' versions resembling it even that faintly would be
// corroboration enough for one row (AlignOptions::corroborationMargin).
bool writeCatchStory(const QTemporaryDir& dir)
{
    return writeArticle(dir, "a.txt",
                        "Flood barriers\n\n"
                        "The harbour board will raise the flood barriers along the quay by two "
                        "metres before winter.\n\n"
                        "Fishermen said this season's catch was the poorest in a decade.\n") &&
           writeArticle(dir, "b.txt",
                        "Quay defences\n\n"
                        "Fishermen complained that boats came back half empty all season.\n\n"
                        "The harbour board said it will raise the quay's flood barriers by two "
                        "metres before winter.\n");
}

// Writes the catch story (writeCatchStory) into folder and opens it in window, shown.
bool openCatchStory(const QTemporaryDir& folder, MainWindow& window)
{
    return writeCatchStory(folder) && openAndShow(window, folder.path());
}

// The index of document d's first sentence containing needle; its sentence count when none.
std::size_t sentenceWith(const ComparisonModel& model, std::size_t d, const char* needle)
{
    const auto& sentences = model.comparison()->documents[d].sentences;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        if (sentences[s].text.find(needle) != std::string::npos) {
            return s;
        }
    }
    return sentences.size();
}

// A synthetic story by `outlets` outlets (benchmarks/story_generator.h), in `dir`.
bool writeStory(const QString& dir, std::size_t outlets)
{
    parallax::bench::StoryOptions options;
    options.outlets = outlets;
    options.sentences = 40;
    options.unrelatedShare = 0.0;
    for (const auto& article : parallax::bench::StoryGenerator(options).generate()) {
        QFile file(QDir(dir).filePath(QString::fromStdString(article.name)));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(article.text.data(), static_cast<qint64>(article.text.size())) < 0) {
            return false;
        }
    }
    return true;
}

bool copySample(const QString& dir, int files)
{
    const QDir sample(QStringLiteral(PARALLAX_SAMPLE_DIR));
    const QStringList articles = sample.entryList(QDir::Files, QDir::Name);
    for (int i = 0; i < files && i < articles.size(); ++i) {
        if (!QFile::copy(sample.filePath(articles[i]), QDir(dir).filePath(articles[i]))) {
            return false;
        }
    }
    return true;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return dark;
}

// Whether a strip of the image holds drawn text or marks, not only flat background.
bool hasInk(const QImage& image, const QRect& area, const QColor& background)
{
    int ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ink += std::abs(c.lightness() - background.lightness()) > 60 ? 1 : 0;
        }
    }
    return ink > 10;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleStory();
    // A click selects the row in every column and fills the inspector.
    void clickSelectsRowAndFillsInspector();
    // Versions with the very same words (wire copy) are shown once, under all their outlets.
    void inspectorShowsIdenticalVersionsOnce();
    void inspectorShortensLongListsOfOutlets();
    // An outlet that tells one thing twice: the inspector names both places in its article.
    void inspectorNamesBothPlacesOfAGatheredCell();
    // A row an outlet lacks names that outlet's closest sentence, with a link to its row.
    void inspectorOffersTheClosestSentenceOfAnAbsentOutlet();
    // "Put it in this row" joins the near match to the row, is remembered, and can be undone.
    void nearMatchPutInTheRowIsRememberedAndUndone();
    void sentenceTakenOutOfItsRowIsRememberedAndPutBack();
    // N steps to a row's possible match (the closest sentence an empty cell offers), X says it
    // is not the same (remembered, undone from the inspector), P puts it in the row.
    void possibleMatchesAreReviewedFromTheKeyboard();
    // An empty cell that offers its outlet's closest sentence shows that sentence, muted, up
    // to three lines, so it is judged beside the row's versions; its context menu answers.
    void emptyCellShowsItsPossibleMatch();
    // Ctrl+Z takes the last correction back and compares again; Ctrl+Shift+Z does it again;
    // the menu names what; Forget My Corrections is undone too; another folder starts afresh.
    void correctionsAreUndoneAndRedone();
    // Undo pressed again while the folder is still being compared: each step is taken, and
    // the comparison shown at the end is that of the state reached.
    void undoWhileComparingTakesEveryStep();
    // Help > Keyboard Shortcuts (F1) lists every keyed menu action, read from the menus.
    void keyboardShortcutsListEveryKeyedAction();
    void keyboardStepsLandOnTheirRows();
    void clutterToggleHidesAndShowsClutterRows();
    // Clutter runs are thin folds: a click or Enter opens one in place, J and K pass them by.
    void clutterFoldsOpenInPlace();
    void renamedOutletPersists();
    void alignmentOptionsRecompareAndPersist();
    void foldersAreComparedInTheirOwnLanguage();
    void findStepsThroughHits();
    // Ctrl+F, typing (letters that are also shortcuts among them), Enter steps, Esc closes.
    void findBarTakesTypingAndKeys();
    // Column order, hidden outlets and the chosen reference come back with the folder.
    void columnChoicesPersistPerFolder();
    void copyGivesTextWithOutletNames();
    void correctionUpdatesInPlaceAndIsRemembered();
    void followingAnOutletReordersRows();
    void exportWritesTheChosenFile();
    void exportShowsTheReadersNamesAndOrder();
    void outletFiguresShowCoresFiguresAndTheClosestPairs();
    // A folder with no readable article: a message in the window, the comparison stays.
    void unreadableFolderKeepsPreviousComparison();
    // The highlights follow a dark palette.
    void darkPaletteGivesDarkCells();
    // Files that cannot be read are listed, with their reason, in a notice; the rest opens.
    void skippedFilesAreListedInANotice();
    // Compact density: tighter rows and narrower columns, so twenty outlets fit.
    void compactDensityTightensRows();
    // A click on the overview strip scrolls the table there.
    void overviewStripJumpsOnClick();
    // It draws its rows once and again only when they change; scrolling moves the frame.
    void overviewStripRedrawsWhatChangesOnly();
    // A folder dropped on the window opens; dropped files open the folder holding them.
    void droppedFolderOpens();
    // Open Recent lists folders newest first, reopens them, and drops ones that are gone.
    void openRecentReopensAndForgetsMissingFolders();
    // Cancel stops a load; the comparison on screen and its remembered choices stay.
    void cancelKeepsTheShownComparison();
    void cancelAfterTheWorkEndedStillKeepsTheShownComparison();
    // A very long file (tens of thousands of rows): the window answers while the rows'
    // heights come in, in batches, and every row has its height in the end.
    void rowHeightsOfAVeryLongFileComeInBatches();
    // Font size, window size and the last folder come back in the next session.
    void viewSettingsAreRemembered();
    // Two outlets share the width; twenty scroll sideways with readable columns, in normal
    // and compact density and a dark palette.
    void fewAndManyOutletsFit_data();
    void fewAndManyOutletsFit();

private:
    QTemporaryDir m_config;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Never the user's settings, even where test mode does not reach QSettings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings().clear();
}

void MainWindowTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(openAndWait(*m_window, QStringLiteral(PARALLAX_SAMPLE_DIR)));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
}

void MainWindowTest::opensTheSampleStory()
{
    auto* model = m_window->model();
    QCOMPARE(model->columnCount(), 5);
    QVERIFY(model->rowCount() > 10);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sample-story")));
    // Every visible column is wide enough to read, and rows are as tall as their text.
    QTableView* table = m_window->table();
    for (int c = 0; c < model->columnCount(); ++c) {
        QVERIFY(table->horizontalHeader()->sectionSize(c) >= 150);
    }
    QVERIFY(table->verticalHeader()->sectionSize(1) > table->fontMetrics().height());
    grab(*m_window, QStringLiteral("01-opened"));
}

void MainWindowTest::clickSelectsRowAndFillsInspector()
{
    QTableView* table = m_window->table();
    auto* model = m_window->model();
    const int row = storyRow(*model, 2);
    const QModelIndex index = model->index(row, 1);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QVERIFY(table->selectionModel()->isRowSelected(row, {}));
    for (int c = 0; c < model->columnCount(); ++c) {
        QVERIFY(table->selectionModel()->isSelected(model->index(row, c)));
    }
    QCOMPARE(m_window->inspector()->shownRow(), row);
    const QString inspector = m_window->inspector()->toPlainText();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->content(model->index(row, c)).state == CellState::Present) {
            QVERIFY2(inspector.contains(model->outletName(c)), qPrintable(model->outletName(c)));
            // Its sentence position in that article.
        }
    }
    QVERIFY(inspector.contains(QStringLiteral("sentence")));
    QVERIFY(inspector.contains(QStringLiteral("Row 3 of %1").arg(model->rowNumberCount())));
    grab(*m_window, QStringLiteral("02-row-selected"));
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(m_window->inspector()->shownRow(), -1);
}

void MainWindowTest::inspectorNamesBothPlacesOfAGatheredCell()
{
    QTemporaryDir folder;
    QVERIFY(writeArticle(folder, "a.txt",
                         "Flood barriers\n\n"
                         "The harbour board will raise the flood barriers along the quay by two "
                         "metres before winter.\n\n"
                         "Fishermen said the catch this season was the poorest in a decade.\n\n"
                         "The mayor thanked the volunteers who filled sandbags in the rain.\n\n"
                         "By winter the flood barriers along the quay will stand two metres "
                         "higher, the harbour board said.\n"));
    QVERIFY(writeArticle(folder, "b.txt",
                         "Quay defences\n\n"
                         "The harbour board said it will raise the quay's flood barriers by two "
                         "metres before winter.\n\n"
                         "The mayor thanked the volunteers who filled sandbags in the rain.\n"));
    MainWindow window;
    window.resize(1200, 700);
    QVERIFY(openAndWait(window, folder.path()));
    auto* model = window.model();
    int gathered = -1;
    for (int r = 0; r < model->rowCount() && gathered < 0; ++r) {
        if (model->content(model->index(r, 0)).text.contains(QChar(0x2026))) {
            gathered = r;
        }
    }
    QVERIFY(gathered >= 0);
    QTableView* table = window.table();
    const QModelIndex index = model->index(gathered, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(window.inspector()->shownRow(), gathered);
    const QString shown = window.inspector()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("sentences 2 and 5 of 5")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("moved")), qPrintable(shown));
}

void MainWindowTest::inspectorOffersTheClosestSentenceOfAnAbsentOutlet()
{
    QTemporaryDir folder;
    QVERIFY(writeCatchStory(folder));
    // c tells the catch as a does: b's cell there is an omission.
    QVERIFY(writeArticle(folder, "c.txt",
                         "Barriers to rise\n\n"
                         "The harbour board will raise the quay's flood barriers by two metres "
                         "before the winter.\n\n"
                         "Fishermen said this season's catch was the poorest in a decade.\n"));
    MainWindow window;
    window.resize(1200, 700);
    QVERIFY(openAndWait(window, folder.path()));
    auto* model = window.model();
    const auto rowHolding = [&](int column, const QString& needle) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->content(model->index(r, column)).text.contains(needle)) {
                return r;
            }
        }
        return -1;
    };
    const int poorest = rowHolding(0, QStringLiteral("poorest in a decade"));
    const int halfEmpty = rowHolding(1, QStringLiteral("half empty"));
    QVERIFY(poorest >= 0 && halfEmpty >= 0 && poorest != halfEmpty);

    // b's "not reported" cell there names b's closest sentence, which is in its tooltip too.
    const QModelIndex empty = model->index(poorest, 1);
    QCOMPARE(model->content(empty).state, CellState::NotReported);
    const QString hint = model->nearHint(empty);
    QVERIFY2(
        QRegularExpression(
            QStringLiteral("^\u2248 row %1 \u00b7 \\d+% alike$").arg(model->rowNumber(halfEmpty)))
            .match(hint)
            .hasMatch(),
        qPrintable(hint));
    const QString tip = model->data(empty, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("does not report this")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("boats came back half empty")), qPrintable(tip));
    const QString spoken = model->data(empty, Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("not reported; closest sentence \u2248 row ")),
             qPrintable(spoken));
    // b's header counts that omission as one it may tell in other words.
    const QString figures = model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(figures.contains(QStringLiteral("1 omission (1 perhaps in other words")),
             qPrintable(figures));
    // The empty cells of b's lone sentence's row name a's and c's sentence in turn.
    QVERIFY(!model->nearHint(model->index(halfEmpty, 0)).isEmpty());
    QVERIFY(!model->nearHint(model->index(halfEmpty, 2)).isEmpty());
    QVERIFY(model->nearHint(model->index(poorest, 0)).isEmpty()); // a's own sentence
    QVERIFY(window.table()->rowHeight(poorest) > 0);

    window.selectRow(poorest, 0);
    QCOMPARE(window.inspector()->shownRow(), poorest);
    const QString shown = window.inspector()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Closest elsewhere")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("boats came back half empty")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("sentence 3 of 3")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("go to its row")), qPrintable(shown));

    // The link leads to the row of that sentence.
    const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("sentence:\\d+:\\d+"))
                                             .match(window.inspector()->toHtml());
    QVERIFY(link.hasMatch());
    emit window.inspector()->anchorClicked(QUrl(link.captured(0)));
    QCOMPARE(window.table()->currentIndex().row(), halfEmpty);
    QCOMPARE(window.table()->currentIndex().column(), 1);
    QCOMPARE(window.inspector()->shownRow(), halfEmpty);

    // Rows every outlet has offer nothing.
    window.selectRow(rowHolding(0, QStringLiteral("raise the flood")), 0);
    QVERIFY(!window.inspector()->toPlainText().contains(QStringLiteral("Closest elsewhere")));
}

void MainWindowTest::nearMatchPutInTheRowIsRememberedAndUndone()
{
    QTemporaryDir folder;
    QVERIFY(writeCatchStory(folder));
    MainWindow window;
    window.resize(1200, 700);
    QVERIFY(openAndWait(window, folder.path()));
    auto* model = window.model();
    const parallax::core::Comparison& first = *model->comparison();
    const std::size_t poorest = sentenceWith(*model, 0, "poorest");
    const std::size_t halfEmpty = sentenceWith(*model, 1, "half empty");
    QVERIFY(poorest < first.documents[0].sentences.size());
    QVERIFY(halfEmpty < first.documents[1].sentences.size());
    QVERIFY(model->rowOfSentence(0, poorest) != model->rowOfSentence(1, halfEmpty));

    window.selectRow(model->rowOfSentence(0, poorest), 0);
    const QString offer = QStringLiteral("align:1:%1").arg(halfEmpty);
    QVERIFY2(window.inspector()->toHtml().contains(offer),
             qPrintable(window.inspector()->toHtml()));
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    emit window.inspector()->anchorClicked(QUrl(offer));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    const int together = model->rowOfSentence(0, poorest);
    QCOMPARE(model->rowOfSentence(1, halfEmpty), together);
    // An export says the row is by hand (Row::byUser).
    QVERIFY(model->comparison()->rows[model->coreRow(together)].byUser);
    QSettings settings;
    QCOMPARE(parallax::ui::FolderState::load(settings, folder.path()).links.size(), std::size_t{1});
    window.selectRow(together, 0);
    const QString said = window.inspector()->toPlainText();
    QVERIFY2(said.contains(QStringLiteral("You put the sentences of")), qPrintable(said));
    QVERIFY(!said.contains(QStringLiteral("Closest elsewhere")));

    // Opened again later, the folder keeps the row; Undo parts it.
    MainWindow again;
    again.resize(1200, 700);
    QVERIFY(openAndWait(again, folder.path()));
    QCOMPARE(again.model()->rowOfSentence(1, halfEmpty), again.model()->rowOfSentence(0, poorest));
    shown.clear();
    emit window.inspector()->anchorClicked(QUrl(QStringLiteral("unlink:0")));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(model->rowOfSentence(0, poorest) != model->rowOfSentence(1, halfEmpty));
    QVERIFY(parallax::ui::FolderState::load(settings, folder.path()).links.empty());
}

void MainWindowTest::possibleMatchesAreReviewedFromTheKeyboard()
{
    QTemporaryDir folder;
    MainWindow window;
    QVERIFY(openCatchStory(folder, window));
    auto* model = window.model();
    QTableView* table = window.table();
    table->setFocus();
    const std::size_t poorest = sentenceWith(*model, 0, "poorest");
    const std::size_t halfEmpty = sentenceWith(*model, 1, "half empty");
    QVERIFY(model->rowOfSentence(0, poorest) != model->rowOfSentence(1, halfEmpty));
    const auto state = [&] { return savedState(folder.path()); };

    // N lands on the empty cell of b in the row of a's catch sentence, which offers b's
    // sentence; the status bar counted what there is to review.
    // (The two rows offer each other's sentence: one decision.)
    QVERIFY2(
        window.statusBar()->currentMessage().contains(QStringLiteral("1 possible match to review")),
        qPrintable(window.statusBar()->currentMessage()));
    bool found = false;
    for (int step = 0; step < model->rowCount() && !found; ++step) {
        QTest::keyClick(table, Qt::Key_N);
        const QModelIndex at = table->currentIndex();
        QVERIFY(at.isValid());
        QVERIFY(model->shownNearMatch(at) != nullptr); // every stop offers something
        found = at.row() == model->rowOfSentence(0, poorest) && at.column() == 1;
    }
    QVERIFY(found);
    QCOMPARE(model->shownNearMatch(table->currentIndex())->sentence, halfEmpty);
    QVERIFY(window.inspector()->toPlainText().contains(QStringLiteral("(keys P, X)")));
    grab(window, QStringLiteral("20-possible-match"));

    // X: not the same. Remembered; the row no longer offers it and says so, with Undo; the
    // view stays on that cell.
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    QTest::keyClick(table, Qt::Key_X);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(!state().notSame.empty());
    QVERIFY(state().apart.empty());
    const int catchRow = model->rowOfSentence(0, poorest);
    QVERIFY(catchRow != model->rowOfSentence(1, halfEmpty));
    QCOMPARE(table->currentIndex().row(), catchRow);
    QCOMPARE(table->currentIndex().column(), 1);
    const QModelIndex offered = model->index(catchRow, 1);
    QVERIFY(model->shownNearMatch(offered) == nullptr ||
            model->shownNearMatch(offered)->sentence != halfEmpty);
    QVERIFY(!model->comparison()->rows[model->coreRow(catchRow)].byUser);
    const QString said = window.inspector()->toPlainText();
    QVERIFY2(said.contains(QStringLiteral("does not tell what this row tells")), qPrintable(said));
    const QString undo = QStringLiteral("samemaybe:1:%1").arg(halfEmpty);
    QVERIFY(window.inspector()->toHtml().contains(undo));
    grab(window, QStringLiteral("21-not-the-same"));
    // Edit > Forget My Corrections counts it (Cancel keeps it).
    QString asked;
    QTimer::singleShot(0, &window, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    window.promptForgetCorrections();
    QVERIFY2(asked.contains(QStringLiteral("1 possible match you said is not the same")),
             qPrintable(asked));

    // Undo offers it again; P then puts it in the row, and the view follows it there.
    shown.clear();
    emit window.inspector()->anchorClicked(QUrl(undo));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(state().notSame.empty());
    const int again = model->rowOfSentence(0, poorest);
    window.selectRow(again, 0);
    QVERIFY(model->shownNearMatch(model->index(again, 1)) != nullptr);
    QCOMPARE(model->shownNearMatch(model->index(again, 1))->sentence, halfEmpty);
    // The question box took the focus; the keys go to the table again.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    shown.clear();
    QTest::keyClick(table, Qt::Key_P); // from a's cell: the row's first offer
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    const int together = model->rowOfSentence(0, poorest);
    QCOMPARE(model->rowOfSentence(1, halfEmpty), together);
    QVERIFY(model->comparison()->rows[model->coreRow(together)].byUser);
    QCOMPARE(table->currentIndex().row(), together);
    QCOMPARE(state().links.size(), std::size_t{1});
    // Nothing left to offer in that row: P and X say so rather than act.
    QVERIFY(!window.acceptPossibleMatch());
    QVERIFY(!window.rejectPossibleMatch());
}

void MainWindowTest::emptyCellShowsItsPossibleMatch()
{
    QTemporaryDir folder;
    MainWindow window;
    QVERIFY(openCatchStory(folder, window));
    auto* model = window.model();
    const int row = model->rowOfSentence(0, sentenceWith(*model, 0, "poorest"));
    const QModelIndex offer = model->index(row, 1);
    QVERIFY(model->shownNearMatch(offer) != nullptr);
    QVERIFY(model->nearSentence(offer).contains(QStringLiteral("half empty")));
    auto* delegate = qobject_cast<parallax::ui::CellDelegate*>(window.table()->itemDelegate());
    QVERIFY(delegate);
    // The sentence is laid out in the cell: narrower, it takes more lines...
    const int wide = delegate->heightFor(offer, 900);
    const int narrow = delegate->heightFor(offer, 160);
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
    // ...but never more than three: past that it is cut with an ellipsis.
    QCOMPARE(delegate->heightFor(offer, 60), delegate->heightFor(offer, 50));
    // The row is as tall as the preview needs.
    QVERIFY(window.table()->rowHeight(row) >=
            delegate->heightFor(offer, window.table()->columnWidth(1)));
    grab(window, QStringLiteral("24-possible-match-in-its-cell"));

    // Right-clicked, the cell gives the review's two answers; the first puts it in the row.
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    const QStringList offered =
        chooseFromCellMenu(window, offer, QStringLiteral("Put Possible Match in Row"));
    QVERIFY2(offered.contains(QStringLiteral("Not the Same")),
             qPrintable(offered.join(QStringLiteral(", "))));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    const std::size_t halfEmpty = sentenceWith(*model, 1, "half empty");
    const std::size_t poorest = sentenceWith(*model, 0, "poorest");
    const int together = model->rowOfSentence(0, poorest);
    QCOMPARE(model->rowOfSentence(1, halfEmpty), together);
    // And a version in a row of several outlets can be taken out of it from its menu too.
    shown.clear();
    chooseFromCellMenu(window, model->index(together, 1), QStringLiteral("Take Out of This Row"));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(model->rowOfSentence(1, halfEmpty) != model->rowOfSentence(0, poorest));
}

void MainWindowTest::correctionsAreUndoneAndRedone()
{
    QTemporaryDir folder;
    MainWindow window;
    QVERIFY(openCatchStory(folder, window));
    QApplication::setActiveWindow(&window);
    auto* model = window.model();
    QTableView* table = window.table();
    const std::size_t poorest = sentenceWith(*model, 0, "poorest");
    const std::size_t halfEmpty = sentenceWith(*model, 1, "half empty");
    const auto together = [&] {
        return model->rowOfSentence(0, poorest) == model->rowOfSentence(1, halfEmpty);
    };
    const auto links = [&] { return savedState(folder.path()).links.size(); };
    const auto action = [&](QKeySequence::StandardKey key) -> QAction* {
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(key)) {
                return a;
            }
        }
        return nullptr;
    };
    QAction* undo = action(QKeySequence::Undo);
    QAction* redo = action(QKeySequence::Redo);
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!redo->isEnabled());
    QVERIFY(!together());

    // A correction: the possible match put in its row.
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.selectRow(model->rowOfSentence(0, poorest), 0);
    QVERIFY(window.acceptPossibleMatch());
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(together());
    QCOMPARE(links(), std::size_t{1});
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Put in Row"));
    auto* editMenu = qobject_cast<QMenu*>(undo->associatedObjects().value(0));
    QVERIFY(editMenu);
    editMenu->popup(window.mapToGlobal(QPoint(40, 20)));
    grab(*editMenu, QStringLiteral("22-edit-undo"));
    editMenu->hide();

    // Ctrl+Z: apart again, compared again in place, remembered so.
    table->setFocus();
    shown.clear();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(!together());
    QCOMPARE(links(), std::size_t{0});
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Put in Row"));

    // Ctrl+Shift+Z: together again.
    shown.clear();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(together());
    QCOMPARE(links(), std::size_t{1});
    QVERIFY(!redo->isEnabled());

    // Forgetting every correction is one step back too.
    shown.clear();
    window.forgetCorrections();
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(!together());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Forget My Corrections"));
    shown.clear();
    QVERIFY(window.undoCorrection());
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(together());
    QCOMPARE(links(), std::size_t{1});
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 QStringLiteral("Undone: Forget My Corrections")),
             qPrintable(window.statusBar()->currentMessage()));

    // In the find bar Ctrl+Z undoes typing, not a correction.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto* findEdit = window.findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QVERIFY(findEdit && findEdit->hasFocus());
    QTest::keyClicks(findEdit, QStringLiteral("catch"));
    QTest::keyClick(findEdit, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(findEdit->text() != QStringLiteral("catch"));
    QTest::qWait(200);
    QVERIFY(!window.isLoading());
    QCOMPARE(links(), std::size_t{1});

    // Another folder has a history of its own: nothing to undo there.
    QVERIFY(openAndWait(window, QStringLiteral(PARALLAX_SAMPLE_DIR)));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!window.undoCorrection());
}

void MainWindowTest::undoWhileComparingTakesEveryStep()
{
    QTemporaryDir folder;
    MainWindow window;
    QVERIFY(openCatchStory(folder, window));
    auto* model = window.model();
    const std::size_t poorest = sentenceWith(*model, 0, "poorest");
    const std::size_t halfEmpty = sentenceWith(*model, 1, "half empty");
    const auto state = [&] { return savedState(folder.path()); };
    // Two corrections: the possible match put in its row, then a line marked as clutter.
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.selectRow(model->rowOfSentence(0, poorest), 0);
    QVERIFY(window.acceptPossibleMatch());
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    const int together = model->rowOfSentence(1, halfEmpty);
    shown.clear();
    window.applyCorrection(model->index(together, 1), true,
                           parallax::core::Correction::Scope::Sentence);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QCOMPARE(state().links.size(), std::size_t{1});
    QCOMPARE(state().corrections.size(), std::size_t{1});

    // Both undone at once, the second while the first is being compared.
    shown.clear();
    QVERIFY(window.undoCorrection());
    QVERIFY(window.isLoading());
    QVERIFY(window.undoCorrection());
    QVERIFY(QTest::qWaitFor([&] { return !window.isLoading() && !shown.isEmpty(); }, 20000));
    QTest::qWait(100);
    QVERIFY(state().links.empty());
    QVERIFY(state().corrections.empty());
    QVERIFY(model->rowOfSentence(0, poorest) != model->rowOfSentence(1, halfEmpty));
    QVERIFY(!model->comparison()->documents[1].sentences[halfEmpty].isBoilerplate());
    QVERIFY(!window.undoCorrection());
}

void MainWindowTest::keyboardShortcutsListEveryKeyedAction()
{
    const std::vector<ShortcutEntry> entries = shortcutEntries(*m_window->menuBar());
    const auto keysOf = [&](const QString& group, const QString& action) {
        for (const ShortcutEntry& e : entries) {
            if (e.group == group && e.action == action) {
                return e.keys;
            }
        }
        return QString();
    };
    QCOMPARE(keysOf(QStringLiteral("Edit"), QStringLiteral("Undo")),
             QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Edit"), QStringLiteral("Put Possible Match in Row")),
             QStringLiteral("P"));
    QCOMPARE(keysOf(QStringLiteral("Go"), QStringLiteral("Next Possible Match")),
             QStringLiteral("N"));
    QCOMPARE(keysOf(QStringLiteral("Go"), QStringLiteral("Previous Omission")),
             QStringLiteral("Shift+O"));
    QCOMPARE(keysOf(QStringLiteral("File"), QStringLiteral("Open Folder")),
             QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QVERIFY(
        !keysOf(QStringLiteral("Table"), QStringLiteral("Open or close a clutter fold")).isEmpty());
    // Every action of the menus that has a key is listed once.
    int keyed = 0;
    for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
        for (QAction* a : menu->actions()) {
            keyed += !a->isSeparator() && !a->menu() && !a->shortcuts().isEmpty();
        }
    }
    const auto table = std::count_if(entries.begin(), entries.end(), [](const ShortcutEntry& e) {
        return e.group == QStringLiteral("Table");
    });
    QCOMPARE(static_cast<int>(entries.size() - static_cast<std::size_t>(table)), keyed);

    // F1 opens it.
    bool shown = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        if (auto* dialog = qobject_cast<ShortcutsDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcuts")) != nullptr;
            grab(*dialog, QStringLiteral("23-keyboard-shortcuts"));
            dialog->reject();
        }
    });
    QTest::keyClick(m_window->table(), Qt::Key_F1);
    QVERIFY(shown);
}

void MainWindowTest::sentenceTakenOutOfItsRowIsRememberedAndPutBack()
{
    QTemporaryDir folder;
    const QByteArray barriers = "The harbour board will raise the flood barriers along the quay "
                                "by two metres before winter.\n";
    QVERIFY(
        writeArticle(folder, "a.txt", (QByteArray("Flood barriers\n\n") + barriers).constData()));
    QVERIFY(
        writeArticle(folder, "b.txt", (QByteArray("Quay defences\n\n") + barriers).constData()));
    QVERIFY(writeArticle(folder, "c.txt",
                         "Barriers to rise\n\nThe harbour board will raise the quay's flood "
                         "barriers by two metres before the winter.\n"));
    MainWindow window;
    window.resize(1200, 700);
    QVERIFY(openAndWait(window, folder.path()));
    auto* model = window.model();
    const auto rowOf = [&](std::size_t d) {
        return model->rowOfSentence(d, sentenceWith(*model, d, "flood barriers"));
    };
    const int shared = rowOf(0);
    QVERIFY(shared >= 0);
    QCOMPARE(rowOf(2), shared);

    // The headlines' row offers nothing of the kind; the barriers row does, per outlet.
    window.selectRow(shared, 0);
    QVERIFY2(window.inspector()->toHtml().contains(QStringLiteral("apart:2")),
             qPrintable(window.inspector()->toHtml()));
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    emit window.inspector()->anchorClicked(QUrl(QStringLiteral("apart:2")));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QCOMPARE(rowOf(0), rowOf(1));
    QVERIFY(rowOf(2) != rowOf(0));
    QSettings settings;
    QCOMPARE(parallax::ui::FolderState::load(settings, folder.path()).apart.size(), std::size_t{2});

    // Its own row says so, with the way back; the row it left does not offer it again.
    window.selectRow(rowOf(2), 2);
    const QString said = window.inspector()->toPlainText();
    QVERIFY2(said.contains(QStringLiteral("You took the sentence of")), qPrintable(said));
    window.selectRow(rowOf(0), 0);
    QVERIFY(!window.inspector()->toHtml().contains(QStringLiteral("align:2:")));
    const QString left = window.inspector()->toPlainText();
    QVERIFY2(left.contains(QStringLiteral("out of this row")), qPrintable(left));
    // The table says the row is by hand too: a note in its first cell, a line in every tooltip.
    QVERIFY(model->content(model->index(rowOf(0), 0)).note.contains(QStringLiteral("BY HAND")));
    QVERIFY(!model->content(model->index(rowOf(0), 1)).note.contains(QStringLiteral("BY HAND")));
    QVERIFY(model->data(model->index(rowOf(0), 1), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("by hand")));
    QVERIFY(model->content(model->index(rowOf(2), 2)).note.contains(QStringLiteral("BY HAND")));
    QVERIFY(window.inspector()->toHtml().contains(QStringLiteral("putback:2:")));
    grab(window, QStringLiteral("14-taken-out-of-row"));

    // Opened again later, the folder keeps it apart; "Put it back" leaves it to the matching.
    MainWindow again;
    again.resize(1200, 700);
    QVERIFY(openAndWait(again, folder.path()));
    const std::size_t sentence = sentenceWith(*again.model(), 2, "flood barriers");
    QVERIFY(again.model()->rowOfSentence(2, sentence) !=
            again.model()->rowOfSentence(0, sentenceWith(*again.model(), 0, "flood barriers")));
    shown.clear();
    emit window.inspector()->anchorClicked(QUrl(QStringLiteral("putback:2:%1").arg(sentence)));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QCOMPARE(rowOf(2), rowOf(0));
    QVERIFY(parallax::ui::FolderState::load(settings, folder.path()).apart.empty());

    // Taken out again, then Edit > Forget My Corrections: every separation goes at once.
    window.selectRow(rowOf(0), 0);
    shown.clear();
    emit window.inspector()->anchorClicked(QUrl(QStringLiteral("apart:2")));
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(rowOf(2) != rowOf(0));
    // The question says what would go; Cancel keeps it.
    QString asked;
    QTimer::singleShot(0, &window, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            asked = box->text() + QLatin1Char(' ') + box->informativeText();
            grab(*box, QStringLiteral("15-forget-corrections"));
            box->button(QMessageBox::Cancel)->click();
        }
    });
    window.promptForgetCorrections();
    QVERIFY2(asked.contains(QStringLiteral("1 sentence you took out of a row")), qPrintable(asked));
    QVERIFY(rowOf(2) != rowOf(0));
    QCOMPARE(parallax::ui::FolderState::load(settings, folder.path()).apart.size(), std::size_t{2});
    shown.clear();
    window.forgetCorrections();
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QCOMPARE(rowOf(2), rowOf(0));
    const parallax::ui::FolderState forgotten =
        parallax::ui::FolderState::load(settings, folder.path());
    QVERIFY(forgotten.apart.empty() && forgotten.links.empty() && forgotten.corrections.empty());
}

void MainWindowTest::inspectorShowsIdenticalVersionsOnce()
{
    auto* model = m_window->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowIsFold(r)) {
            continue;
        }
        std::map<QString, int> texts;
        for (int c = 0; c < model->columnCount(); ++c) {
            const auto& content = model->content(model->index(r, c));
            if (content.state == CellState::Present) {
                ++texts[content.text];
            }
        }
        const auto twice = std::find_if(texts.begin(), texts.end(),
                                        [](const auto& entry) { return entry.second >= 2; });
        if (twice == texts.end()) {
            continue;
        }
        m_window->selectRow(r, 0);
        const QString shown = m_window->inspector()->toPlainText();
        QVERIFY2(
            shown.contains(QStringLiteral("%1 outlets, word for word the same").arg(twice->second)),
            qPrintable(shown));
        QCOMPARE(shown.count(twice->first), 1);
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->content(model->index(r, c)).state == CellState::Present) {
                QVERIFY(shown.contains(model->outletName(c)));
            }
        }
        grab(*m_window, QStringLiteral("02b-identical-versions"));
        return;
    }
    QFAIL("the sample story has rows where two outlets carry the same words");
}

void MainWindowTest::rowHeightsOfAVeryLongFileComeInBatches()
{
    QTemporaryDir folder;
    // 9,000 sentences over a dozen words, most of them a row of their own.
    static const char* const words[] = {"harbour", "board", "flood",  "barrier", "quay", "storm",
                                        "chair",   "catch", "season", "council", "vote", "road"};
    QByteArray text = "A very long file\n\n";
    for (int i = 0; i < 9000; ++i) {
        for (int w = 0; w < 6 + i % 7; ++w) {
            QByteArray word = words[(i * 7 + w * 5 + w * w) % 12];
            if (w == 0) {
                word[0] = static_cast<char>(word[0] - 'a' + 'A');
            }
            text += word + (w + 1 < 6 + i % 7 ? " " : ". ");
        }
        text += i % 4 == 3 ? "\n\n" : "";
    }
    QVERIFY(writeArticle(folder, "long.txt", text.constData()));
    QVERIFY(writeArticle(folder, "short.txt",
                         "Barriers\n\nThe harbour board will raise the flood barriers.\n"));
    MainWindow window;
    window.resize(1200, 700);
    QVERIFY(openAndWait(window, folder.path()));
    auto* model = window.model();
    QVERIFY(model->rowCount() > 8000);
    QHeaderView* rows = window.table()->verticalHeader();
    const auto* delegate =
        qobject_cast<parallax::ui::CellDelegate*>(window.table()->itemDelegate());
    QVERIFY(delegate);
    const auto heightOf = [&](int r) {
        int height = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            height = std::max(
                height, delegate->heightFor(model->index(r, c), window.table()->columnWidth(c)));
        }
        return height;
    };
    // The batches after the first come between events; in the end every row, the last
    // included, is as tall as its tallest cell.
    const int last = model->rowCount() - 1;
    QVERIFY(QTest::qWaitFor([&] { return rows->sectionSize(last) == heightOf(last); }, 20000));
    for (int r = 0; r <= last; r += 97) {
        QCOMPARE(rows->sectionSize(r), heightOf(r));
    }
}

void MainWindowTest::inspectorShortensLongListsOfOutlets()
{
    // 40 outlets, most rows carried word for word by most of them: the pane names the first few
    // of a long list and offers the rest ("and 27 more"), so the versions stay in sight.
    QTemporaryDir folder;
    QVERIFY(writeStory(folder.path(), 40));
    QVERIFY(openAndWait(*m_window, folder.path()));
    auto* model = m_window->model();
    auto* inspector = m_window->inspector();
    int longRow = -1;
    int otherRow = -1;
    QStringList present;
    for (int r = 0; r < model->rowCount() && longRow < 0; ++r) {
        if (model->rowIsFold(r) || model->rowIsClutter(r)) {
            continue;
        }
        std::map<QString, QStringList> byText;
        for (int c = 0; c < model->columnCount(); ++c) {
            const auto& content = model->content(model->index(r, c));
            if (content.state == CellState::Present) {
                byText[content.text] << model->outletName(c);
            }
        }
        for (const auto& [text, names] : byText) {
            if (names.size() > 20) {
                longRow = r;
                present = names;
            }
        }
    }
    QVERIFY2(longRow >= 0, "a row 20 outlets carry word for word");
    for (int r = 0; r < model->rowCount() && otherRow < 0; ++r) {
        otherRow = r != longRow && !model->rowIsFold(r) ? r : -1;
    }
    m_window->selectRow(longRow, 0);
    QString shown = inspector->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("and %1 more").arg(present.size() - 8)),
             qPrintable(shown));
    QVERIFY(shown.contains(present.front()));
    QVERIFY(!shown.contains(present.back()));
    grab(*m_window, QStringLiteral("02c-long-lists-shortened"));

    emit inspector->anchorClicked(QUrl(QStringLiteral("all:outlets")));
    shown = inspector->toPlainText();
    for (const QString& name : present) {
        QVERIFY2(shown.contains(name), qPrintable(name));
    }
    QVERIFY(!shown.contains(QStringLiteral("and %1 more").arg(present.size() - 8)));

    // Another row, and back: short again.
    m_window->selectRow(otherRow, 0);
    m_window->selectRow(longRow, 0);
    QVERIFY(!inspector->toPlainText().contains(present.back()));
    QVERIFY(openAndWait(*m_window, QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath()));
}

void MainWindowTest::keyboardStepsLandOnTheirRows()
{
    QTableView* table = m_window->table();
    auto* model = m_window->model();
    table->setFocus();
    struct Case {
        Qt::Key key;
        std::function<bool(int)> matches;
        CellState landing;
    };
    const Case cases[] = {
        {Qt::Key_O, [&](int r) { return model->rowHasOmission(r); }, CellState::NotReported},
        {Qt::Key_A, [&](int r) { return model->rowIsAddition(r); }, CellState::Present},
        {Qt::Key_R, [&](int r) { return model->rowHasRewording(r); }, CellState::Present},
        {Qt::Key_J, [&](int r) { return !model->rowIsFold(r); }, CellState::Present},
    };
    for (const Case& step : cases) {
        m_window->clearSelection();
        std::vector<int> expected;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (step.matches(r)) {
                expected.push_back(r);
            }
        }
        QVERIFY(expected.size() >= 2);
        const int steps = std::min<int>(4, static_cast<int>(expected.size()));
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(table, step.key);
            QCOMPARE(table->currentIndex().row(), expected[static_cast<std::size_t>(i)]);
            QVERIFY(
                table->selectionModel()->isRowSelected(expected[static_cast<std::size_t>(i)], {}));
            if (step.key != Qt::Key_J) {
                QCOMPARE(model->content(table->currentIndex()).state, step.landing);
            }
        }
        // Shift steps back.
        const Qt::Key back = step.key == Qt::Key_J ? Qt::Key_K : step.key;
        const Qt::KeyboardModifiers mod =
            step.key == Qt::Key_J ? Qt::NoModifier : Qt::ShiftModifier;
        QTest::keyClick(table, back, mod);
        QCOMPARE(table->currentIndex().row(), expected[static_cast<std::size_t>(steps - 2)]);
        QCOMPARE(m_window->inspector()->shownRow(), table->currentIndex().row());
    }
    grab(*m_window, QStringLiteral("03-navigated"));
}

void MainWindowTest::clutterToggleHidesAndShowsClutterRows()
{
    auto* model = m_window->model();
    const int foldedRows = model->rowCount();
    int clutterRows = 0;
    for (std::size_t r = 0; r < model->comparison()->rows.size(); ++r) {
        clutterRows += model->comparison()->rows[r].boilerplate ? 1 : 0;
    }
    QVERIFY(clutterRows > 0);
    int folds = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!model->rowIsClutter(r));
        folds += model->rowIsFold(r) ? 1 : 0;
    }
    QVERIFY(folds > 0);
    m_window->setShowClutter(true);
    QCOMPARE(model->rowCount(), foldedRows - folds + clutterRows);
    int shown = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!model->rowIsFold(r));
        shown += model->rowIsClutter(r) ? 1 : 0;
    }
    QCOMPARE(shown, clutterRows);
    grab(*m_window, QStringLiteral("04-clutter-shown"));
    m_window->setShowClutter(false);
    QCOMPARE(model->rowCount(), foldedRows);
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!model->rowIsClutter(r));
    }
    // The choice is remembered.
    m_window->setShowClutter(true);
    QVERIFY(QSettings().value(QStringLiteral("view/showClutter")).toBool());
    m_window->setShowClutter(false);
}

void MainWindowTest::clutterFoldsOpenInPlace()
{
    auto* model = m_window->model();
    QTableView* table = m_window->table();
    QHeaderView* rows = table->verticalHeader();
    // The largest fold: thin, and a row of the story on either side of it.
    int fold = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowIsFold(r) &&
            (fold < 0 || model->fold(r)->coreRows.size() > model->fold(fold)->coreRows.size())) {
            fold = r;
        }
    }
    QVERIFY(fold > 0 && fold + 1 < model->rowCount());
    QVERIFY(rows->sectionSize(fold) < 2 * table->fontMetrics().height());
    const std::vector<std::size_t> run = model->fold(fold)->coreRows;
    const int n = static_cast<int>(run.size());
    const int before = model->rowCount();

    // J and K pass the fold by.
    m_window->selectRow(fold - 1, 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), fold + 1);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), fold - 1);

    // A click opens it: its rows come in below it, the rows above keep their place.
    table->scrollTo(model->index(fold, 0), QAbstractItemView::PositionAtTop);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(fold, 1)).center());
    QCOMPARE(model->rowCount(), before + n);
    QVERIFY(model->fold(fold)->expanded);
    for (int i = 0; i < n; ++i) {
        const int r = fold + 1 + i;
        QCOMPARE(model->coreRow(r), run[static_cast<std::size_t>(i)]);
        QVERIFY(model->rowIsClutter(r));
        QVERIFY(rows->sectionSize(r) >= table->fontMetrics().height());
    }
    // The fold is current, not selected, and the inspector tells what it holds.
    QCOMPARE(table->currentIndex().row(), fold);
    QVERIFY(!table->selectionModel()->isRowSelected(fold, {}));
    QCOMPARE(m_window->inspector()->shownRow(), fold);
    QVERIFY(m_window->inspector()->toPlainText().contains(
        QStringLiteral("%1 lines of page clutter").arg(n)));
    grab(*m_window, QStringLiteral("12-fold-open"));
    // J now steps onto the opened clutter lines.
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), fold + 1);

    // A second click folds them again.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(fold, 3)).center());
    QCOMPARE(model->rowCount(), before);
    QVERIFY(!model->fold(fold)->expanded);

    // Enter on a current fold opens it, and again closes it.
    table->setCurrentIndex(model->index(fold, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(model->rowCount(), before + n);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(model->rowCount(), before);

    // Showing all clutter takes the folds away; hiding it again folds every run.
    m_window->setFoldExpanded(fold, true);
    m_window->setShowClutter(true);
    QVERIFY(!model->hasFolds());
    m_window->setShowClutter(false);
    QCOMPARE(model->rowCount(), before);
    QVERIFY(!model->fold(fold)->expanded);
}

void MainWindowTest::renamedOutletPersists()
{
    m_window->renameOutlet(0, QStringLiteral("The Herald"));
    QCOMPARE(m_window->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("The Herald"));
    m_window.reset();
    MainWindow second;
    second.show();
    QVERIFY(openAndWait(second, QStringLiteral(PARALLAX_SAMPLE_DIR)));
    QCOMPARE(second.model()->outletName(0), QStringLiteral("The Herald"));
    grab(second, QStringLiteral("05-renamed"));
    second.renameOutlet(0, QString()); // back to the name in the file
    QVERIFY(second.model()->outletName(0) != QStringLiteral("The Herald"));
}

void MainWindowTest::alignmentOptionsRecompareAndPersist()
{
    using parallax::ui::AlignmentOptionsDialog;
    using parallax::ui::AlignmentSettings;
    const std::size_t defaultRows = m_window->model()->comparison()->rows.size();

    // The dialog shows what it is given, and Restore Defaults brings the defaults back.
    AlignmentSettings strict;
    strict.threshold = 0.6;
    strict.stemming = false;
    strict.locale = QStringLiteral("de_DE.UTF-8");
    {
        AlignmentOptionsDialog dialog(strict);
        QCOMPARE(dialog.settings(), strict);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        grab(dialog, QStringLiteral("05b-alignment-options"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), AlignmentSettings{});
    }

    // A stricter threshold pairs fewer sentences: more rows.
    strict.locale = AlignmentSettings{}.locale;
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->setAlignmentSettings(strict);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(m_window->model()->comparison()->rows.size() > defaultRows);
    QCOMPARE(m_window->alignmentSettings(), strict);

    // Remembered for the folder.
    m_window.reset();
    MainWindow second;
    second.show();
    QVERIFY(openAndWait(second, QStringLiteral(PARALLAX_SAMPLE_DIR)));
    QCOMPARE(second.alignmentSettings(), strict);
    QVERIFY(second.model()->comparison()->rows.size() > defaultRows);
    QSignalSpy again(&second, &MainWindow::comparisonShown);
    second.setAlignmentSettings(AlignmentSettings{});
    QVERIFY(QTest::qWaitFor([&] { return !again.isEmpty(); }, 20000));
    QCOMPARE(second.model()->comparison()->rows.size(), defaultRows);
}

void MainWindowTest::foldersAreComparedInTheirOwnLanguage()
{
    // Two German reports of one inquiry that share its words only as stems (plural, genitive
    // and verb endings differ): German stemming puts them in one row, English would not.
    QTemporaryDir folder;
    QVERIFY(writeArticle(folder, "1-hafenbote.txt",
                         "Fährunglück vor Kestrel\n\nDie Fähre liegt weiter auf der Sandbank vor "
                         "der Insel. Die Untersuchungen der Unglücke dauern Wochen. Die Reederei "
                         "schweigt bisher zu den Ursachen.\n"));
    QVERIFY(writeArticle(folder, "2-inselpost.txt",
                         "Nach dem Unglück\n\nDer Bürgermeister lobte die Helfer am Hafen. "
                         "Untersuchung des Unglücks dauert eine Woche. Die Schule bleibt am "
                         "Dienstag geschlossen.\n"));
    MainWindow window;
    QVERIFY(openAndShow(window, folder.path()));
    QCOMPARE(window.alignmentSettings().locale, QStringLiteral("auto"));
    auto* model = window.model();
    QCOMPARE(model->comparison()->language, std::string("de"));
    // The status bar says so, once (English goes without saying).
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("in Deutsch")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(model->rowOfSentence(0, sentenceWith(*model, 0, "Untersuchungen")),
             model->rowOfSentence(1, sentenceWith(*model, 1, "Untersuchung des")));

    // The options say what Automatic found; a reader who picks a language by hand still sees it.
    const auto automaticEntry = [&window] {
        QString text;
        QTimer::singleShot(0, &window, [&text] {
            auto* dialog = qobject_cast<parallax::ui::AlignmentOptionsDialog*>(
                QApplication::activeModalWidget());
            if (dialog) {
                auto* box = dialog->findChild<QComboBox*>(QStringLiteral("languageBox"));
                text = box->itemText(0) + QLatin1Char('|') + box->currentText();
                grab(*dialog, QStringLiteral("05c-alignment-options-automatic"));
                dialog->reject();
            }
        });
        window.promptAlignmentOptions();
        return text;
    };
    QCOMPARE(automaticEntry(), QStringLiteral("Automatic (Deutsch)|Automatic (Deutsch)"));
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    parallax::ui::AlignmentSettings english = window.alignmentSettings();
    english.locale = QStringLiteral("en_US.UTF-8");
    window.setAlignmentSettings(english);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QCOMPARE(model->comparison()->language, std::string("en"));
    QVERIFY(model->rowOfSentence(0, sentenceWith(*model, 0, "Untersuchungen")) !=
            model->rowOfSentence(1, sentenceWith(*model, 1, "Untersuchung des")));
    QCOMPARE(automaticEntry(), QStringLiteral("Automatic (Deutsch)|English"));
}

void MainWindowTest::findStepsThroughHits()
{
    m_window->find(QStringLiteral("Hollin Bank"));
    QVERIFY(m_window->findHitCount() >= 2);
    QTableView* table = m_window->table();
    const QModelIndex first = table->currentIndex();
    QVERIFY(m_window->model()->cellText(first).contains(QStringLiteral("Hollin Bank")));
    QVERIFY(m_window->findNext(true));
    const QModelIndex second = table->currentIndex();
    QVERIFY(second != first);
    QVERIFY(m_window->model()->cellText(second).contains(QStringLiteral("Hollin Bank")));
    QVERIFY(m_window->findNext(false));
    QCOMPARE(table->currentIndex(), first);
    grab(*m_window, QStringLiteral("06-find"));
    m_window->find(QStringLiteral("zzzz-not-there"));
    QCOMPARE(m_window->findHitCount(), 0);
}

void MainWindowTest::findBarTakesTypingAndKeys()
{
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    QTableView* table = m_window->table();
    table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(edit->isVisible());
    QVERIFY(edit->hasFocus());
    // K, A, R, O, N, P and X step through rows or act on them elsewhere; here they are letters.
    QTest::keyClicks(edit, QStringLiteral("Kestrel Road, Port Nixon"));
    QCOMPARE(edit->text(), QStringLiteral("Kestrel Road, Port Nixon"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Kestrel"));
    QVERIFY(m_window->findHitCount() >= 3);
    const QModelIndex first = table->currentIndex();
    QVERIFY(m_window->model()->cellText(first).contains(QStringLiteral("Kestrel")));
    QTest::keyClick(edit, Qt::Key_Return);
    const QModelIndex second = table->currentIndex();
    QVERIFY(second != first);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex(), first);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
    QVERIFY(m_window->model()->findText().isEmpty());
    QVERIFY(!table->selectionModel()->hasSelection());
}

void MainWindowTest::columnChoicesPersistPerFolder()
{
    auto* model = m_window->model();
    QHeaderView* header = m_window->table()->horizontalHeader();
    header->moveSection(header->visualIndex(3), 0); // Ellin Valley Post first
    m_window->setColumnHidden(1, true);
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->setReference(2);
    QVERIFY(waitShown(shown));
    QVERIFY(model->headerData(2, Qt::Horizontal, ComparisonModel::ReferenceRole).toBool());
    m_window.reset();

    MainWindow second;
    second.resize(1280, 800);
    second.show();
    // Shown once the remembered reference has had its second pass.
    QVERIFY(openAndWait(second, QStringLiteral(PARALLAX_SAMPLE_DIR)));
    QVERIFY(!second.isLoading());
    QHeaderView* again = second.table()->horizontalHeader();
    QCOMPARE(again->logicalIndex(0), 3);
    QVERIFY(again->isSectionHidden(1));
    QCOMPARE(second.visibleColumns().size(), std::size_t{4});
    QVERIFY(second.model()->headerData(2, Qt::Horizontal, ComparisonModel::ReferenceRole).toBool());
    const auto& rows = second.model()->comparison()->rows;
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const auto& row) {
        return row.reference && *row.reference == 2 && row.presentCount() > 1;
    }));
    grab(second, QStringLiteral("17-columns-remembered"));
    // Back to the defaults for the other tests.
    second.setColumnHidden(1, false);
    QSignalSpy reset(&second, &MainWindow::comparisonShown);
    second.setReference(std::nullopt);
    QVERIFY(waitShown(reset));
    again->moveSection(again->visualIndex(3), 3);
}

void MainWindowTest::copyGivesTextWithOutletNames()
{
    auto* model = m_window->model();
    const int r = storyRow(*model, 1);
    m_window->selectRow(r, 0);
    const QString row = m_window->copyRow();
    for (int c = 0; c < model->columnCount(); ++c) {
        QVERIFY(row.contains(model->outletName(c) + QStringLiteral(": ")));
    }
    QCOMPARE(row.count(QLatin1Char('\n')), model->columnCount() - 1);
    int present = 0;
    while (model->content(model->index(r, present)).state != CellState::Present) {
        ++present;
    }
    m_window->selectRow(r, present);
    const QString cell = m_window->copyCell();
    QCOMPARE(cell, model->outletName(present) + QStringLiteral(": ") +
                       model->cellText(model->index(r, present)));
    QVERIFY(!model->cellText(model->index(r, present)).isEmpty());
    // A fold has nothing to copy, and copying it leaves the clipboard alone.
    m_window->table()->setCurrentIndex(model->index(firstFold(*model), 0));
    QVERIFY(m_window->copyRow().isEmpty());
}

void MainWindowTest::correctionUpdatesInPlaceAndIsRemembered()
{
    auto* model = m_window->model();
    // A body sentence of the first outlet, marked as clutter.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const auto& content = model->content(model->index(r, 0));
        if (content.state == CellState::Present && !content.clutter && r > 1) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const auto& cell = model->comparison()->rows[model->coreRow(row)].cells[0];
    const std::size_t sentence = cell.sentences.front();
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->applyCorrection(model->index(row, 0), true,
                              parallax::core::Correction::Scope::Sentence, 0);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    const auto& marked = model->comparison()->documents[0].sentences[sentence];
    QVERIFY(marked.isBoilerplate());
    QCOMPARE(marked.source, parallax::core::KindSource::Correction);
    QSettings settings;
    const auto state =
        parallax::ui::FolderState::load(settings, QStringLiteral(PARALLAX_SAMPLE_DIR));
    QCOMPARE(state.corrections.size(), std::size_t{1});
    // And back to article text.
    m_window->setShowClutter(true);
    const int now = model->rowOfSentence(0, sentence);
    QVERIFY(now >= 0);
    shown.clear();
    m_window->applyCorrection(model->index(now, 0), false,
                              parallax::core::Correction::Scope::Sentence, 0);
    QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 20000));
    QVERIFY(!model->comparison()->documents[0].sentences[sentence].isBoilerplate());
    m_window->setShowClutter(false);
    // Leave the sample as it was for the other tests.
    parallax::ui::FolderState clean =
        parallax::ui::FolderState::load(settings, QStringLiteral(PARALLAX_SAMPLE_DIR));
    clean.corrections.clear();
    clean.save(settings, QStringLiteral(PARALLAX_SAMPLE_DIR));
}

void MainWindowTest::followingAnOutletReordersRows()
{
    auto* model = m_window->model();
    m_window->setFollowed(2);
    QVERIFY(model->followed().has_value());
    std::size_t last = 0;
    bool first = true;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& cell = model->comparison()->rows[model->coreRow(r)].cells[2];
        if (!cell.empty()) {
            QVERIFY(first || cell.sentences.front() > last);
            last = cell.sentences.front();
            first = false;
        }
    }
    grab(*m_window, QStringLiteral("07-following"));
    m_window->setFollowed(std::nullopt);
    QVERIFY(!model->followed().has_value());
}

void MainWindowTest::exportWritesTheChosenFile()
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("story.html"));
    QVERIFY(!m_window->exportTo(path, parallax::core::ExportFormat::Html).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<html"));
    const QString json = out.filePath(QStringLiteral("story.json"));
    QVERIFY(!m_window->exportTo(json, parallax::core::ExportFormat::Json).has_value());
    QVERIFY(QFileInfo(json).size() > 100);
    // Nothing was written into the folder being read.
    QCOMPARE(QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).entryList(QDir::Files).size(), 5);
}

void MainWindowTest::outletFiguresShowCoresFiguresAndTheClosestPairs()
{
    const parallax::core::Comparison& comparison = *m_window->model()->comparison();
    const QString before = m_window->model()->outletName(0);
    parallax::ui::OutletFiguresDialog* dialog = m_window->showOutletFigures();
    QVERIFY(dialog && dialog->isVisible());
    QTableWidget* figures = dialog->figures();
    const int n = static_cast<int>(comparison.documents.size());
    QCOMPARE(figures->rowCount(), n);
    for (int d = 0; d < n; ++d) {
        const auto& s = comparison.statistics[static_cast<std::size_t>(d)];
        QCOMPARE(figures->item(d, 0)->text(), m_window->model()->outletName(d));
        QCOMPARE(figures->item(d, 1)->text(),
                 QStringLiteral("%1%").arg(std::lround(s.coverage * 100)));
        QVERIFY(figures->item(d, 2)->text().startsWith(QString::number(s.omissions)));
        QCOMPARE(figures->item(d, 2)->text().contains(QStringLiteral("≈")), s.omissionsNear > 0);
        QCOMPARE(figures->item(d, 3)->text(), QString::number(s.additions));
        QCOMPARE(figures->item(d, 4)->text(), QString::number(s.moved));
        QCOMPARE(figures->item(d, 5)->text(), QString::number(s.words));
    }
    // Sorting by coverage sorts by the number, not the text ("100%" after "59%"), and the
    // names move with their figures.
    figures->sortItems(1, Qt::DescendingOrder);
    const auto widest =
        std::max_element(comparison.statistics.begin(), comparison.statistics.end(),
                         [](const auto& a, const auto& b) { return a.coverage < b.coverage; });
    QCOMPARE(figures->item(0, 1)->data(Qt::UserRole).toDouble(), widest->coverage);
    QCOMPARE(figures->item(0, 0)->text(), m_window->model()->outletName(static_cast<int>(
                                              widest - comparison.statistics.begin())));

    // The matrix: every pair, both ways, as core counts it.
    QTableWidget* likeness = dialog->likeness();
    QCOMPARE(likeness->rowCount(), n);
    QCOMPARE(likeness->item(0, 1)->text(),
             QStringLiteral("%1%").arg(std::lround(comparison.similarity[0][1] * 100)));
    QCOMPARE(likeness->item(2, 2)->text(), QStringLiteral("—"));
    // The most alike pair is named first.
    double best = 0;
    std::pair<int, int> bestPair;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (comparison.similarity[i][j] > best) {
                best = comparison.similarity[i][j];
                bestPair = {i, j};
            }
        }
    }
    const QString pairs = dialog->closestPairs();
    const QString first = pairs.section(QStringLiteral("<br>"), 1, 1);
    QVERIFY2(first.contains(m_window->model()->outletName(bestPair.first).toHtmlEscaped()) &&
                 first.contains(m_window->model()->outletName(bestPair.second).toHtmlEscaped()),
             qPrintable(pairs));
    // A rename shows at once while the dialog is open.
    m_window->renameOutlet(0, QStringLiteral("Renamed Herald"));
    QVERIFY(!figures->findItems(QStringLiteral("Renamed Herald"), Qt::MatchExactly).isEmpty());
    QVERIFY(figures->findItems(before, Qt::MatchExactly).isEmpty());
    grab(*dialog, QStringLiteral("16-outlet-figures"));
    m_window->renameOutlet(0, before);
    // A double click on a pair shows those two side by side.
    QTableWidget* matrix = dialog->likeness();
    const QRect cell = matrix->visualRect(matrix->model()->index(bestPair.first, bestPair.second));
    // QTest's double click lacks the first press and release of a real one: a click first.
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->visibleColumns(), (std::vector<int>{bestPair.first, bestPair.second}));
    for (int c = 0; c < n; ++c) {
        m_window->setColumnHidden(c, false);
    }
    QCOMPARE(static_cast<int>(m_window->visibleColumns().size()), n);
    dialog->close();
    // Forty outlets: no wall of numbers, the closest pairs and a note instead.
    parallax::core::Comparison many;
    many.documents.resize(40);
    many.statistics.resize(40);
    many.similarity.assign(40, std::vector<double>(40, 0.1));
    many.similarity[3][7] = many.similarity[7][3] = 0.92;
    QStringList names;
    for (int d = 0; d < 40; ++d) {
        names << QStringLiteral("Outlet %1").arg(d + 1);
    }
    parallax::ui::OutletFiguresDialog large;
    large.setComparison(many, names);
    large.show();
    QCOMPARE(large.figures()->rowCount(), 40);
    QVERIFY(!large.likeness()->isVisible());
    QVERIFY(large.closestPairs()
                .section(QStringLiteral("<br>"), 1, 1)
                .contains(QStringLiteral("Outlet 4 and Outlet 8: 92%")));
}

void MainWindowTest::exportShowsTheReadersNamesAndOrder()
{
    // A reader who renamed an outlet and follows another shares what they see.
    ComparisonModel* model = m_window->model();
    const QString before = model->outletName(1);
    m_window->renameOutlet(1, QStringLiteral("The \"Courier\" & Co"));
    m_window->setFollowed(2);
    QHeaderView* header = m_window->table()->horizontalHeader();
    const int lastColumn = model->columnCount() - 1;
    header->moveSection(header->visualIndex(lastColumn), 0); // the last outlet first
    QTemporaryDir out;
    const QString html = out.filePath(QStringLiteral("story.html"));
    const QString csv = out.filePath(QStringLiteral("story.csv"));
    const QString json = out.filePath(QStringLiteral("story.json"));
    QVERIFY(!m_window->exportTo(html, parallax::core::ExportFormat::Html).has_value());
    QVERIFY(!m_window->exportTo(csv, parallax::core::ExportFormat::Csv).has_value());
    QVERIFY(!m_window->exportTo(json, parallax::core::ExportFormat::Json).has_value());
    m_window->setFollowed(std::nullopt);
    m_window->renameOutlet(1, before);
    header->moveSection(0, lastColumn);

    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    QVERIFY(text.contains(QStringLiteral("The &quot;Courier&quot; &amp; Co")));
    QVERIFY(!text.contains(QStringLiteral(">") + before + QStringLiteral("<")));
    QVERIFY(text.contains(QStringLiteral("rows in the order of ") + model->outletName(2)));

    // The HTML and the CSV put the outlets in the reader's column order.
    QVERIFY(text.indexOf(model->outletName(lastColumn).toHtmlEscaped()) <
            text.indexOf(model->outletName(0).toHtmlEscaped()));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QByteArray titles = table.readLine();
    QVERIFY(titles.contains("\"by_hand\",\"" + model->outletName(lastColumn).toUtf8() + "\""));
    QVERIFY(titles.contains("\"The \"\"Courier\"\" & Co\""));

    QFile data(json);
    QVERIFY(data.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(data.readAll()).object();
    // The JSON keeps the folder's order of documents, as its contract says.
    QCOMPARE(root.value(QStringLiteral("rows_follow")).toInt(-1), 2);
    QCOMPARE(root.value(QStringLiteral("documents"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("outlet")),
             QJsonValue(QStringLiteral("The \"Courier\" & Co")));
    // The rows stand in the followed outlet's order: its sentences come in text order.
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), static_cast<qsizetype>(model->comparison()->rows.size()));
    int last = -1;
    for (const QJsonValue& row : rows) {
        const QJsonArray cell =
            row.toObject().value(QStringLiteral("cells")).toArray().at(2).toArray();
        if (!cell.isEmpty()) {
            QVERIFY(cell.at(0).toInt() > last);
            last = cell.at(0).toInt();
        }
    }
    QVERIFY(last >= 0);
}

void MainWindowTest::unreadableFolderKeepsPreviousComparison()
{
    QTemporaryDir empty;
    QFile junk(empty.filePath(QStringLiteral("image.png")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("\x89PNG");
    junk.close();
    const int rows = m_window->model()->rowCount();
    QVERIFY(!openAndWait(*m_window, empty.path()));
    QVERIFY(m_window->notice()->isVisible());
    QVERIFY(!m_window->notice()->message().isEmpty());
    QCOMPARE(m_window->model()->rowCount(), rows);
    QCOMPARE(m_window->folder(), QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath());
    grab(*m_window, QStringLiteral("08-unreadable-folder"));
}

void MainWindowTest::darkPaletteGivesDarkCells()
{
    m_window->setPalette(darkPalette());
    auto* model = m_window->model();
    m_window->selectRow(storyRow(*model, 2), 0);
    QTableView* table = m_window->table();
    // A cell without text (not reported, or another outlet's addition) on screen.
    int empty = 0;
    while (model->rowIsFold(empty) ||
           model->content(model->index(empty, 0)).state == CellState::Present) {
        ++empty;
    }
    table->scrollTo(model->index(empty, 0));
    const QImage image = table->viewport()->grab().toImage();
    // A not-reported cell's backdrop and the plain text background are dark, text is light.
    const QRect cell = table->visualRect(model->index(empty, 0));
    QVERIFY(image.rect().contains(QPoint(cell.right() - 3, cell.bottom() - 3)));
    QVERIFY(image.pixelColor(cell.right() - 3, cell.bottom() - 3).lightness() < 100);
    table->scrollTo(model->index(firstFold(*model), 0));
    const QImage folded = table->viewport()->grab().toImage();
    const QRect fold = table->visualRect(model->index(firstFold(*model), 2));
    QVERIFY(folded.rect().contains(QPoint(fold.right() - 3, fold.center().y())));
    QVERIFY(folded.pixelColor(fold.right() - 3, fold.center().y()).lightness() < 100);
    grab(*m_window, QStringLiteral("09-dark-palette"));
}

void MainWindowTest::skippedFilesAreListedInANotice()
{
    QTemporaryDir folder;
    const QDir sample(QStringLiteral(PARALLAX_SAMPLE_DIR));
    const QStringList articles = sample.entryList(QDir::Files, QDir::Name);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(QFile::copy(sample.filePath(articles[i]), folder.filePath(articles[i])));
    }
    QFile binary(folder.filePath(QStringLiteral("broken.txt")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x00\x01\x02\x00\xff\xfe\x00\x00", 8).repeated(64));
    binary.close();
    QVERIFY(openAndWait(*m_window, folder.path()));
    QCOMPARE(m_window->model()->columnCount(), 2);
    QVERIFY(m_window->notice()->isVisible());
    const QStringList details = m_window->notice()->details();
    QVERIFY(std::any_of(details.begin(), details.end(), [](const QString& line) {
        return line.startsWith(QStringLiteral("broken.txt — ")) && line.size() > 15;
    }));
    grab(*m_window, QStringLiteral("10-skipped-files"));
}

void MainWindowTest::compactDensityTightensRows()
{
    QTableView* table = m_window->table();
    const int normal = table->verticalHeader()->sectionSize(1);
    m_window->setCompact(true);
    QVERIFY(table->verticalHeader()->sectionSize(1) < normal);
    grab(*m_window, QStringLiteral("11-compact"));
    m_window->setCompact(false);
    QCOMPARE(table->verticalHeader()->sectionSize(1), normal);
}

void MainWindowTest::overviewStripJumpsOnClick()
{
    QTableView* table = m_window->table();
    QWidget* strip = m_window->overview();
    QCOMPARE(table->verticalScrollBar()->value(), 0);

    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 6));
    QVERIFY(table->verticalScrollBar()->value() > 0);
    const int bottom = table->verticalScrollBar()->value();
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() / 2));
    QVERIFY(table->verticalScrollBar()->value() < bottom);
}

void MainWindowTest::overviewStripRedrawsWhatChangesOnly()
{
    QWidget* strip = m_window->overview();
    const auto picture = [strip] { return strip->grab().toImage(); };
    // Below the frame of the visible part, so scrolling back to the top shows the same image.
    const auto lowerHalf = [strip](const QImage& image) {
        return image.copy(0, strip->height() / 2, image.width(), image.height() / 2);
    };
    const QImage start = picture();
    m_window->setColumnHidden(4, true);
    const QImage fewer = picture();
    QVERIFY(fewer != start); // four segments a row instead of five
    m_window->setColumnHidden(4, false);
    QCOMPARE(picture(), start);
    m_window->setShowClutter(true);
    QVERIFY(lowerHalf(picture()) != lowerHalf(start)); // clutter rows appear
    m_window->setShowClutter(false);
    QCOMPARE(picture(), start);
    QScrollBar* bar = m_window->table()->verticalScrollBar();
    bar->setValue(bar->maximum());
    const QImage scrolled = picture();
    QVERIFY(scrolled != start); // the frame moved
    bar->setValue(0);
    QCOMPARE(picture(), start);
}

void MainWindowTest::droppedFolderOpens()
{
    QTemporaryDir folder;
    QVERIFY(copySample(folder.path(), 3));
    const auto drop = [this](const QList<QUrl>& urls) {
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted()) {
            return false;
        }
        QDropEvent dropped(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton,
                           Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropped);
        return dropped.isAccepted();
    };
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    QVERIFY(drop({QUrl::fromLocalFile(folder.path())}));
    QVERIFY(waitShown(shown));
    QCOMPARE(m_window->folder(), QDir(folder.path()).absolutePath());
    QCOMPARE(m_window->model()->columnCount(), 3);
    grab(*m_window, QStringLiteral("13-dropped-folder"));

    // Articles dropped from a file manager stand for the folder that holds them.
    const QDir sample(QStringLiteral(PARALLAX_SAMPLE_DIR));
    const QStringList files = sample.entryList(QDir::Files, QDir::Name);
    shown.clear();
    QVERIFY(drop({QUrl::fromLocalFile(sample.filePath(files[0])),
                  QUrl::fromLocalFile(sample.filePath(files[1]))}));
    QVERIFY(waitShown(shown));
    QCOMPARE(m_window->folder(), sample.absolutePath());

    // Nothing to open: a web address, or files from two folders, are refused.
    QVERIFY(!drop({QUrl(QStringLiteral("https://news.example/story"))}));
    QVERIFY(!drop({QUrl::fromLocalFile(sample.filePath(files[0])),
                   QUrl::fromLocalFile(QDir(folder.path()).filePath(files[1]))}));
    QCOMPARE(m_window->folder(), sample.absolutePath());
}

void MainWindowTest::openRecentReopensAndForgetsMissingFolders()
{
    const QString sample = QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath();
    QTemporaryDir other;
    QVERIFY(copySample(other.path(), 2));
    const QString second = QDir(other.path()).absolutePath();
    // Fill the list past its length: the oldest fall off, each folder is listed once.
    QStringList old;
    for (int i = 0; i < 10; ++i) {
        old << QStringLiteral("/nonexistent/parallax-old-%1").arg(i);
    }
    QSettings().setValue(QStringLiteral("recentFolders"), old);
    QVERIFY(openAndWait(*m_window, second));
    QVERIFY(openAndWait(*m_window, sample));
    QVERIFY(openAndWait(*m_window, second));
    QStringList recent = QSettings().value(QStringLiteral("recentFolders")).toStringList();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.value(0), second);
    QCOMPARE(recent.value(1), sample);
    QCOMPARE(recent.count(second), 1);
    QCOMPARE(recent.value(2), old.value(0));

    auto* menu = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
    emit menu->aboutToShow();
    const auto entry = [menu](const QString& folder) -> QAction* {
        for (QAction* action : menu->actions()) {
            if (action->text().contains(QDir::toNativeSeparators(folder))) {
                return action;
            }
        }
        return nullptr;
    };
    QVERIFY(entry(sample));
    QVERIFY(menu->actions().front()->text().startsWith(QStringLiteral("&1")));
    QVERIFY(!entry(sample)->text().contains(QStringLiteral("not found")));

    // An entry reopens its folder.
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    entry(sample)->trigger();
    QVERIFY(waitShown(shown));
    QCOMPARE(m_window->folder(), sample);

    // A folder that is gone says so in the menu; choosing it explains, keeps the comparison
    // on screen, and takes it off the list.
    emit menu->aboutToShow();
    QAction* gone = entry(old.value(0));
    QVERIFY(gone);
    QVERIFY(gone->text().contains(QStringLiteral("not found")));
    const int rows = m_window->model()->rowCount();
    gone->trigger();
    QTest::qWait(0);
    QVERIFY(m_window->notice()->isVisible());
    QVERIFY(m_window->notice()->message().contains(QStringLiteral("parallax-old-0")));
    QCOMPARE(m_window->folder(), sample);
    QCOMPARE(m_window->model()->rowCount(), rows);
    QVERIFY(
        !QSettings().value(QStringLiteral("recentFolders")).toStringList().contains(old.value(0)));
    emit menu->aboutToShow();
    QVERIFY(!entry(old.value(0)));
    grab(*m_window, QStringLiteral("14-recent-folder-gone"));

    // Clear Menu empties it.
    menu->actions().back()->trigger();
    QTest::qWait(0);
    QVERIFY(QSettings().value(QStringLiteral("recentFolders")).toStringList().isEmpty());
    QVERIFY(!menu->isEnabled());
}

void MainWindowTest::cancelKeepsTheShownComparison()
{
    auto* model = m_window->model();
    const QString sample = QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath();
    // A remembered choice for the sample: a correction.
    const int row = storyRow(*model, 3);
    int column = 0;
    while (model->content(model->index(row, column)).state != CellState::Present) {
        ++column;
    }
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->applyCorrection(model->index(row, column), true,
                              parallax::core::Correction::Scope::Sentence, 0);
    QVERIFY(waitShown(shown));
    const int rows = model->rowCount();

    QTemporaryDir big;
    QVERIFY(writeStory(big.path(), 20));
    auto* cancel = m_window->findChild<QToolButton*>(QStringLiteral("cancelLoading"));
    QVERIFY(cancel);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    shown.clear();
    m_window->openFolder(big.path());
    QVERIFY(m_window->isLoading());
    QVERIFY(cancel->isVisible());
    grab(*m_window, QStringLiteral("15-loading"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 20000));
    QVERIFY(shown.isEmpty());
    QVERIFY(!m_window->isLoading());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_window->folder(), sample);
    QCOMPARE(model->rowCount(), rows);

    // Changing the view now saves the sample's choices, its correction among them.
    m_window->setColumnHidden(4, true);
    QSettings settings;
    auto state = parallax::ui::FolderState::load(settings, sample);
    QCOMPARE(state.corrections.size(), std::size_t{1});
    QVERIFY(!state.hiddenDocuments.isEmpty());
    m_window->setColumnHidden(4, false);
    state = parallax::ui::FolderState::load(settings, sample);
    state.corrections.clear();
    state.save(settings, sample);
}

void MainWindowTest::cancelAfterTheWorkEndedStillKeepsTheShownComparison()
{
    // The worker may finish between the reader's click and the result reaching the window: the
    // click still wins (the result waits in the event queue until the loop runs).
    auto* model = m_window->model();
    const QString sample = QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath();
    const int rows = model->rowCount();
    QTemporaryDir two;
    QVERIFY(copySample(two.path(), 2));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openFolder(two.path());
    QVERIFY(m_window->isLoading());
    QThreadPool::globalInstance()->waitForDone(); // the work is done; its result not delivered
    QVERIFY(m_window->isLoading());
    QTest::mouseClick(m_window->findChild<QToolButton*>(QStringLiteral("cancelLoading")),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 20000));
    QVERIFY(shown.isEmpty());
    QCOMPARE(m_window->folder(), sample);
    QCOMPARE(model->rowCount(), rows);
}

void MainWindowTest::viewSettingsAreRemembered()
{
    const double normal = m_window->fontSize();
    m_window->setFontSize(normal + 2);
    m_window->resize(1100, 700);
    m_window->close();
    m_window.reset();
    {
        MainWindow second;
        QCOMPARE(second.fontSize(), normal + 2);
        QCOMPARE(second.size(), QSize(1100, 700));
        QCOMPARE(QSettings().value(QStringLiteral("lastFolder")).toString(),
                 QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).absolutePath());
        second.setFontSize(normal);
    }
    QSettings().remove(QStringLiteral("window"));
}

void MainWindowTest::fewAndManyOutletsFit_data()
{
    QTest::addColumn<int>("outlets");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<bool>("dark");
    QTest::newRow("2 outlets") << 2 << false << false;
    QTest::newRow("2 outlets, compact, dark") << 2 << true << true;
    QTest::newRow("20 outlets") << 20 << false << false;
    QTest::newRow("20 outlets, compact") << 20 << true << false;
    QTest::newRow("20 outlets, dark") << 20 << false << true;
}

void MainWindowTest::fewAndManyOutletsFit()
{
    QFETCH(int, outlets);
    QFETCH(bool, compact);
    QFETCH(bool, dark);
    QTemporaryDir folder;
    QVERIFY(writeStory(folder.path(), static_cast<std::size_t>(outlets)));
    m_window->resize(1440, 860);
    if (dark) {
        m_window->setPalette(darkPalette());
    }
    m_window->setCompact(compact);
    QVERIFY(openAndWait(*m_window, folder.path()));
    QTableView* table = m_window->table();
    QHeaderView* header = table->horizontalHeader();
    QCOMPARE(m_window->model()->columnCount(), outlets);
    const int viewport = table->viewport()->width();
    const int readable = table->fontMetrics().averageCharWidth() * (compact ? 22 : 28);
    int total = 0;
    for (int c = 0; c < outlets; ++c) {
        QVERIFY(header->sectionSize(c) >= readable);
        total += header->sectionSize(c);
    }
    if (outlets == 2) {
        // Few outlets share the width exactly: no sliver, no sideways scrolling.
        QCOMPARE(total, viewport);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    } else {
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);
        QVERIFY(table->horizontalScrollBar()->isVisible());
    }
    const QString name = QStringLiteral("16-outlets-%1%2%3")
                             .arg(outlets)
                             .arg(compact ? QStringLiteral("-compact") : QString())
                             .arg(dark ? QStringLiteral("-dark") : QString());
    m_window->goTo(NavigationTarget::Rewording, true);
    grab(*m_window, name);

    // Scrolled to the far right, the label of a fold is still at the left of the view.
    const int fold = firstFold(*m_window->model());
    if (outlets == 20 && fold >= 0) {
        table->scrollTo(m_window->model()->index(fold, 0), QAbstractItemView::PositionAtTop);
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        QCoreApplication::processEvents();
        const QImage image = table->viewport()->grab().toImage();
        const QRect band = table->visualRect(m_window->model()->index(fold, 0));
        const QColor background =
            image.pixelColor(table->viewport()->width() - 4, band.center().y());
        QVERIFY(hasInk(image, QRect(0, band.top() + 2, 200, band.height() - 4), background));
        grab(*m_window, name + QStringLiteral("-scrolled"));
    }
    // A row only one outlet has, with that outlet scrolled out of view, says whose it is.
    auto* model = m_window->model();
    if (outlets == 20) {
        bool told = false;
        for (int r = 0; r < model->rowCount() && !told; ++r) {
            const int owner = model->additionColumn(r);
            if (owner < 0) {
                continue;
            }
            // Scroll the owner out of view, to the far side.
            const bool left = header->visualIndex(owner) < outlets / 2;
            const int shown = header->logicalIndex(left ? outlets - 1 : 0);
            table->scrollTo(model->index(r, shown), QAbstractItemView::PositionAtTop);
            table->horizontalScrollBar()->setValue(left ? table->horizontalScrollBar()->maximum()
                                                        : 0);
            QCoreApplication::processEvents();
            QVERIFY(
                !table->visualRect(model->index(r, owner)).intersects(table->viewport()->rect()));
            const QRect cell = table->visualRect(model->index(r, shown));
            QVERIFY(model->data(model->index(r, shown), Qt::ToolTipRole)
                        .toString()
                        .contains(model->outletName(owner)));
            const QImage image = table->viewport()->grab().toImage();
            const QColor background = image.pixelColor(cell.right() - 3, cell.bottom() - 3);
            QVERIFY(hasInk(image, QRect(4, cell.top() + 4, 120, 14), background));
            told = true;
        }
        QVERIFY(told);
    }
    m_window->setCompact(false);
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
