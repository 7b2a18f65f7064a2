// The window as a user drives it, on the offscreen platform. Each step saves a picture under
// the build folder (tests/ui/screenshots) for a person to look at.
#include "ui/comparison_model.h"
#include "ui/folder_settings.h"
#include "ui/inspector_pane.h"
#include "ui/main_window.h"
#include "ui/notice_bar.h"
#include "ui/overview_strip.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using parallax::ui::CellState;
using parallax::ui::MainWindow;
using parallax::ui::NavigationTarget;

namespace {

void grab(QWidget& window, const QString& name)
{
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
    void keyboardStepsLandOnTheirRows();
    void clutterToggleHidesAndShowsClutterRows();
    void renamedOutletPersists();
    void findStepsThroughHits();
    void copyGivesTextWithOutletNames();
    void correctionUpdatesInPlaceAndIsRemembered();
    void followingAnOutletReordersRows();
    void exportWritesTheChosenFile();
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
    const int row = 2;
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
    QVERIFY(inspector.contains(QStringLiteral("Row %1 of").arg(row + 1)));
    grab(*m_window, QStringLiteral("02-row-selected"));
    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!table->selectionModel()->hasSelection());
    QCOMPARE(m_window->inspector()->shownRow(), -1);
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
        {Qt::Key_J, [](int) { return true; }, CellState::Present},
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
    const int articleRows = model->rowCount();
    int clutterRows = 0;
    for (std::size_t r = 0; r < model->comparison()->rows.size(); ++r) {
        clutterRows += model->comparison()->rows[r].boilerplate ? 1 : 0;
    }
    QVERIFY(clutterRows > 0);
    m_window->setShowClutter(true);
    QCOMPARE(model->rowCount(), articleRows + clutterRows);
    int shown = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        shown += model->rowIsClutter(r) ? 1 : 0;
    }
    QCOMPARE(shown, clutterRows);
    grab(*m_window, QStringLiteral("04-clutter-shown"));
    m_window->setShowClutter(false);
    QCOMPARE(model->rowCount(), articleRows);
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(!model->rowIsClutter(r));
    }
    // The choice is remembered.
    m_window->setShowClutter(true);
    QVERIFY(QSettings().value(QStringLiteral("view/showClutter")).toBool());
    m_window->setShowClutter(false);
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

void MainWindowTest::copyGivesTextWithOutletNames()
{
    m_window->selectRow(1, 0);
    const QString row = m_window->copyRow();
    auto* model = m_window->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        QVERIFY(row.contains(model->outletName(c) + QStringLiteral(": ")));
    }
    QCOMPARE(row.count(QLatin1Char('\n')), model->columnCount() - 1);
    int present = 0;
    while (model->content(model->index(1, present)).state != CellState::Present) {
        ++present;
    }
    m_window->selectRow(1, present);
    const QString cell = m_window->copyCell();
    QCOMPARE(cell, model->outletName(present) + QStringLiteral(": ") +
                       model->cellText(model->index(1, present)));
    QVERIFY(!model->cellText(model->index(1, present)).isEmpty());
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
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    m_window->setPalette(dark);
    m_window->selectRow(2, 0);
    QTableView* table = m_window->table();
    const QImage image = table->viewport()->grab().toImage();
    // A not-reported cell's backdrop and the plain text background are dark, text is light.
    const QRect cell = table->visualRect(m_window->model()->index(4, 0));
    QVERIFY(image.pixelColor(cell.right() - 3, cell.bottom() - 3).lightness() < 100);
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

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
