#include "ui/main_window.h"

#include "core/atomic_file.h"
#include "core/language.h"
#include "ui/alignment_options_dialog.h"
#include "ui/cell_delegate.h"
#include "ui/comparison_loader.h"
#include "ui/comparison_model.h"
#include "ui/counted.h"
#include "ui/document_text.h"
#include "ui/header_view.h"
#include "ui/inspector_pane.h"
#include "ui/legend_bar.h"
#include "ui/notice_bar.h"
#include "ui/outlet_figures_dialog.h"
#include "ui/overview_strip.h"
#include "ui/possible_matches.h"
#include "ui/shortcuts_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <set>
#include <utility>

namespace parallax::ui {

namespace {

constexpr int kMaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new ComparisonModel(this)), m_delegate(new CellDelegate(this)),
      m_loader(new ComparisonLoader(this)), m_relayoutTimer(new QTimer(this))
{
    setWindowTitle(QStringLiteral("Parallax"));
    setAcceptDrops(true);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(40);
    connect(m_relayoutTimer, &QTimer::timeout, this, &MainWindow::relayout);
    m_history = new CorrectionHistory(
        [this](const CorrectionSnapshot& snapshot, const QString& message) {
            restoreCorrections(snapshot, message);
        },
        this);
    buildLayout();
    buildActions();
    updateTheme();
    restoreSettings();

    connect(m_loader, &ComparisonLoader::progress, this,
            [this](int done, int total, const QString& stage) {
                m_progress->setRange(0, std::max(1, total));
                m_progress->setValue(done);
                m_progressLabel->setText(stage.isEmpty() ? tr("Loading…")
                                                         : stage.left(1).toUpper() + stage.mid(1) +
                                                               QStringLiteral("…"));
            });
    connect(m_loader, &ComparisonLoader::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_progressLabel->setVisible(busy);
        m_cancel->setVisible(busy);
        if (busy) {
            m_progress->setRange(0, 0);
            m_progressLabel->setText(tr("Reading articles…"));
        }
    });
    connect(m_loader, &ComparisonLoader::finished, this, &MainWindow::loaded);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_table = new QTableView(this);
    m_header = new OutletHeader(m_table);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMinimumSectionSize(8);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalScrollBar()->setSingleStep(24);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);

    m_overview = new OverviewStrip(m_table, this);

    m_notice = new NoticeBar(this);
    m_legend = new LegendBar(this);

    m_findBar = new QWidget(this);
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(8, 4, 8, 4);
    findLayout->addWidget(new QLabel(tr("Find:"), m_findBar));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Words in any outlet"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(360);
    m_findEdit->installEventFilter(this);
    findLayout->addWidget(m_findEdit);
    auto* previous = new QToolButton(m_findBar);
    previous->setText(QStringLiteral("↑"));
    previous->setToolTip(tr("Previous hit (Shift+Enter)"));
    auto* next = new QToolButton(m_findBar);
    next->setText(QStringLiteral("↓"));
    next->setToolTip(tr("Next hit (Enter)"));
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    m_findLabel = new QLabel(m_findBar);
    findLayout->addWidget(m_findLabel);
    findLayout->addStretch(1);
    auto* closeFind = new QToolButton(m_findBar);
    closeFind->setText(QStringLiteral("✕"));
    closeFind->setAutoRaise(true);
    closeFind->setToolTip(tr("Close (Esc)"));
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textChanged, this, &MainWindow::find);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(closeFind, &QToolButton::clicked, this, [this] {
        m_findEdit->clear();
        m_findBar->hide();
        m_table->setFocus();
    });

    auto* tableArea = new QWidget(this);
    auto* tableRow = new QHBoxLayout;
    tableRow->setContentsMargins(0, 0, 0, 0);
    tableRow->setSpacing(0);
    tableRow->addWidget(m_table, 1);
    tableRow->addWidget(m_overview);

    m_welcome = new QLabel(this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setText(tr("<h2>Compare how outlets covered one event</h2>"
                          "<p>Open a folder with one article per outlet (File › Open Folder…), "
                          "or drop a folder on this window.</p>"));
    m_stack = new QStackedWidget(this);
    auto* tablePage = new QWidget(this);
    tablePage->setLayout(tableRow);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(tablePage);

    auto* left = new QVBoxLayout(tableArea);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(0);
    auto* noticeHolder = new QVBoxLayout;
    noticeHolder->setContentsMargins(8, 6, 8, 0);
    noticeHolder->addWidget(m_notice);
    left->addLayout(noticeHolder);
    left->addWidget(m_stack, 1);
    left->addWidget(m_findBar);
    left->addWidget(m_legend);

    m_inspector = new InspectorPane(this);
    m_inspector->setMinimumWidth(220);
    connect(m_inspector, &InspectorPane::alignRequested, this, &MainWindow::putInShownRow);
    connect(m_inspector, &InspectorPane::unlinkRequested, this, &MainWindow::removeLink);
    connect(m_inspector, &InspectorPane::takeOutRequested, this, &MainWindow::takeOutOfShownRow);
    connect(m_inspector, &InspectorPane::putBackRequested, this, &MainWindow::putBack);
    connect(m_inspector, &InspectorPane::notSameRequested, this, &MainWindow::notSame);
    connect(m_inspector, &InspectorPane::notSameUndoRequested, this, &MainWindow::undoNotSame);
    connect(m_inspector, &InspectorPane::sentenceRequested, this,
            [this](std::size_t document, std::size_t sentence) {
                const int row = m_model->rowOfSentence(document, sentence);
                if (row < 0) {
                    return;
                }
                const int column = static_cast<int>(document);
                selectRow(row, column);
                m_table->scrollTo(m_model->index(row, column), QAbstractItemView::PositionAtCenter);
            });
    auto* inspectorBox = new QWidget(this);
    auto* inspectorLayout = new QVBoxLayout(inspectorBox);
    inspectorLayout->setContentsMargins(0, 0, 0, 0);
    inspectorLayout->setSpacing(0);
    auto* inspectorTitle = new QLabel(tr("Inspector"), inspectorBox);
    QFont titleFont = inspectorTitle->font();
    titleFont.setBold(true);
    inspectorTitle->setFont(titleFont);
    inspectorTitle->setContentsMargins(14, 10, 14, 4);
    inspectorLayout->addWidget(inspectorTitle);
    inspectorLayout->addWidget(m_inspector, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(inspectorBox);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->setText(tr("Cancel"));
    connect(m_cancel, &QToolButton::clicked, m_loader, &ComparisonLoader::cancel);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_progressLabel->hide();
    m_cancel->hide();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateInspector(); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showCellMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_header, &QHeaderView::sectionDoubleClicked, this, &MainWindow::promptRename);
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applyingState) {
            saveFolderState();
            updateInspector();
        }
    });
    connect(m_overview, &OverviewStrip::rowRequested, this, [this](int row) {
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleRelayout);
    // Fold labels and "only in" hints stay at the left of the visible area, so a sideways
    // scroll repaints rather than shifts them.
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_table->viewport(),
            qOverload<>(&QWidget::update));
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder…"), this, &MainWindow::promptOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Built as it opens, so a folder that went away since is marked as such.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::promptExport);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Named after what they take back ("Undo Put in Row"); disabled with nothing to undo.
    QAction* undo = m_history->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_history->createRedoAction(this);
    redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy Row"), this, [this] { copyRow(); });
    copy->setShortcut(QKeySequence::Copy);
    QAction* copyOne = edit->addAction(tr("Copy C&ell"), this, [this] { copyCell(); });
    copyOne->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    edit->addSeparator();
    QAction* findAction = edit->addAction(tr("&Find…"), this, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction* findNextAction = edit->addAction(tr("Find &Next"), this, [this] { findNext(true); });
    findNextAction->setShortcut(QKeySequence::FindNext);
    QAction* findPrevAction =
        edit->addAction(tr("Find Pre&vious"), this, [this] { findNext(false); });
    findPrevAction->setShortcut(QKeySequence::FindPrevious);
    QAction* clear = edit->addAction(tr("C&lear Selection"), this, &MainWindow::clearSelection);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    edit->addSeparator();
    // Reviewing possible matches (ui/possible_matches.h): single keys, as the Go menu's, for
    // going through many in a row with one hand.
    const auto reviewAction = [&](const QString& text, Qt::Key key, const QString& tip,
                                  bool (MainWindow::*act)()) {
        QAction* action = edit->addAction(text, this, [this, act] {
            if (!(this->*act)()) {
                statusBar()->showMessage(tr("No possible match in this row"), 2500);
            }
        });
        action->setShortcut(QKeySequence(key));
        action->setToolTip(tip);
        action->setEnabled(false);
        return action;
    };
    m_acceptMatchAction = reviewAction(
        tr("&Put Possible Match in Row"), Qt::Key_P,
        tr("The closest sentence an empty cell shows tells what the row tells: align it"),
        &MainWindow::acceptPossibleMatch);
    m_rejectMatchAction = reviewAction(
        tr("&Not the Same"), Qt::Key_X,
        tr("The closest sentence an empty cell shows tells something else: stop offering it"),
        &MainWindow::rejectPossibleMatch);
    edit->addSeparator();
    m_alignmentAction =
        edit->addAction(tr("&Alignment Options…"), this, &MainWindow::promptAlignmentOptions);
    m_alignmentAction->setEnabled(false);
    m_forgetAction = edit->addAction(tr("&Forget My Corrections to This Folder…"), this,
                                     &MainWindow::promptForgetCorrections);
    m_forgetAction->setEnabled(false);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_clutterAction = view->addAction(tr("Show Page &Clutter"));
    m_clutterAction->setCheckable(true);
    m_clutterAction->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_clutterAction->setToolTip(tr("Show ads, paywall notices, captions and other page clutter"));
    connect(m_clutterAction, &QAction::toggled, this, &MainWindow::setShowClutter);
    m_missingAction = view->addAction(tr("Show &Missing Words"));
    m_missingAction->setCheckable(true);
    m_missingAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_missingAction->setToolTip(tr("Show, struck through, the reference words a version lacks"));
    connect(m_missingAction, &QAction::toggled, this, &MainWindow::setShowMissing);
    m_compactAction = view->addAction(tr("Co&mpact Density"));
    m_compactAction->setCheckable(true);
    connect(m_compactAction, &QAction::toggled, this, &MainWindow::setCompact);
    view->addSeparator();
    QAction* zoomIn =
        view->addAction(tr("&Larger Text"), this, [this] { setFontSize(fontSize() + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction* zoomOut =
        view->addAction(tr("&Smaller Text"), this, [this] { setFontSize(fontSize() - 1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* zoomReset = view->addAction(
        tr("&Normal Size"), this, [this] { setFontSize(QApplication::font().pointSizeF()); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    view->addAction(tr("Show &All Outlets"), this,
                    [this] { showColumns([](int) { return true; }); });
    view->addSeparator();
    m_figuresAction =
        view->addAction(tr("Outlet &Figures…"), this, [this] { showOutletFigures(); });
    m_figuresAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_figuresAction->setToolTip(
        tr("What each outlet carries, and how alike the outlets' wording is"));
    m_figuresAction->setEnabled(false);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    struct Step {
        QString name;
        NavigationTarget target;
        bool forward;
        QKeySequence key;
    };
    const Step steps[] = {
        {tr("Next Row"), NavigationTarget::Row, true, QKeySequence(Qt::Key_J)},
        {tr("Previous Row"), NavigationTarget::Row, false, QKeySequence(Qt::Key_K)},
        {tr("Next Omission"), NavigationTarget::Omission, true, QKeySequence(Qt::Key_O)},
        {tr("Previous Omission"), NavigationTarget::Omission, false,
         QKeySequence(Qt::SHIFT | Qt::Key_O)},
        {tr("Next Addition"), NavigationTarget::Addition, true, QKeySequence(Qt::Key_A)},
        {tr("Previous Addition"), NavigationTarget::Addition, false,
         QKeySequence(Qt::SHIFT | Qt::Key_A)},
        {tr("Next Rewording"), NavigationTarget::Rewording, true, QKeySequence(Qt::Key_R)},
        {tr("Previous Rewording"), NavigationTarget::Rewording, false,
         QKeySequence(Qt::SHIFT | Qt::Key_R)},
        {tr("Next Possible Match"), NavigationTarget::PossibleMatch, true, QKeySequence(Qt::Key_N)},
        {tr("Previous Possible Match"), NavigationTarget::PossibleMatch, false,
         QKeySequence(Qt::SHIFT | Qt::Key_N)},
    };
    int n = 0;
    for (const Step& step : steps) {
        if (n++ % 2 == 0 && n > 1) {
            go->addSeparator();
        }
        QAction* a = go->addAction(step.name, this, [this, step] {
            if (!goTo(step.target, step.forward)) {
                statusBar()->showMessage(tr("No further match"), 2500);
            }
        });
        a->setShortcut(step.key);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(*menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Parallax"), this, [this] {
        QMessageBox::about(
            this, tr("About Parallax"),
            tr("<h3>Parallax %1</h3><p>Puts several outlets' articles about one event side by "
               "side, sentence by sentence, and shows what each reported, left out, added, "
               "reworded or moved, and what is page clutter.</p>")
                .arg(QStringLiteral(PARALLAX_VERSION)));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_clutterAction);
    bar->addAction(m_missingAction);
    bar->addSeparator();
    auto* orderLabel = new QLabel(tr(" Order "), bar);
    bar->addWidget(orderLabel);
    m_orderBox = new QComboBox(bar);
    // As wide as its longest choice, up to a cap: "As The Lowmarsh Courier wrote it" whole.
    m_orderBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_orderBox->setMinimumContentsLength(14);
    m_orderBox->setMaximumWidth(m_orderBox->fontMetrics().averageCharWidth() * 40);
    m_orderBox->setToolTip(tr("Consensus order, or the order one outlet wrote the story in"));
    bar->addWidget(m_orderBox);
    auto* referenceLabel = new QLabel(tr("  Compare with "), bar);
    bar->addWidget(referenceLabel);
    m_referenceBox = new QComboBox(bar);
    m_referenceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_referenceBox->setMinimumContentsLength(14);
    m_referenceBox->setMaximumWidth(m_referenceBox->fontMetrics().averageCharWidth() * 40);
    m_referenceBox->setToolTip(tr("The version the others' word differences are shown against"));
    bar->addWidget(m_referenceBox);
    connect(m_orderBox, &QComboBox::activated, this, [this](int i) {
        const int column = m_orderBox->itemData(i).toInt();
        setFollowed(column >= 0 ? std::optional<int>(column) : std::nullopt);
    });
    connect(m_referenceBox, &QComboBox::activated, this, [this](int i) {
        const int column = m_referenceBox->itemData(i).toInt();
        setReference(column >= 0 ? std::optional<int>(column) : std::nullopt);
    });
    updateOrderAndReferenceControls();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/splitter"))) {
        m_splitter->setSizes({900, 320});
    }
    const double size = settings.value(QStringLiteral("view/fontSize"), 0.0).toDouble();
    setFontSize(size > 0 ? size : QApplication::font().pointSizeF());
    m_clutterAction->setChecked(settings.value(QStringLiteral("view/showClutter"), false).toBool());
    m_missingAction->setChecked(settings.value(QStringLiteral("view/showMissing"), false).toBool());
    m_compactAction->setChecked(settings.value(QStringLiteral("view/compact"), false).toBool());
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_loader->cancel();
    event->accept();
}

void MainWindow::openFolder(const QString& folder)
{
    m_pendingFolder = QDir(folder).absolutePath();
    reload();
}

void MainWindow::reload()
{
    const QString folder = m_pendingFolder.isEmpty() ? m_folder : m_pendingFolder;
    if (folder.isEmpty()) {
        return;
    }
    m_pendingFolder = folder;
    core::CompareOptions options;
    std::vector<core::Correction> corrections;
    AlignmentSettings alignment;
    if (folder == m_folder) {
        alignment = m_state.alignment;
        options.reference = m_reference;
        if (!m_state.referenceDocument.isEmpty() && m_model->comparison()) {
            const int c = columnOfPath(*m_model, m_state.referenceDocument);
            options.reference = c >= 0 ? std::optional<std::size_t>(c) : std::nullopt;
        }
        m_reference = options.reference;
        corrections = m_state.corrections;
        options.links = m_state.links;
        options.apart = m_state.keptApart();
    } else {
        // Another folder's choices; the shown folder's stay in force until it is replaced,
        // so a cancelled or failed load leaves nothing of the other folder behind.
        QSettings settings;
        const FolderState state = FolderState::load(settings, folder);
        corrections = state.corrections;
        options.links = state.links;
        options.apart = state.keptApart();
        alignment = state.alignment;
    }
    options.threshold = alignment.threshold;
    options.locale = toUtf8(alignment.locale);
    options.stemming = alignment.stemming;
    m_loader->start(folder, options, corrections);
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy();
}

void MainWindow::loaded(const QString& folder, std::shared_ptr<const core::ComparisonResult> result)
{
    m_pendingFolder.clear();
    // What an undo said goes with the comparison it asked for, or with none.
    const QString restored = std::exchange(m_restoredMessage, QString());
    if (result->cancelled) {
        statusBar()->showMessage(tr("Loading cancelled"), 4000);
        emit loadFailed(tr("cancelled"));
        return;
    }
    QStringList skipped;
    for (const core::SkippedFile& s : result->skipped) {
        skipped << QStringLiteral("%1 — %2").arg(fromUtf8(s.path), fromUtf8(s.reason));
    }
    if (!result->comparison) {
        const QString message =
            tr("Could not compare “%1”: %2%3")
                .arg(QDir(folder).dirName(), fromUtf8(result->error),
                     m_model->isEmpty() ? QString() : tr(" The previous comparison stays open."));
        m_notice->showNotice(NoticeBar::Level::Error, message, skipped);
        emit loadFailed(message);
        return;
    }
    const bool sameFolder = folder == m_folder;
    if (!sameFolder) {
        QSettings settings;
        m_state = FolderState::load(settings, folder);
        m_committed = CorrectionSnapshot::of(m_state);
        m_history->clear();  // what was done to the other folder is not undone here
        m_reference.reset(); // the new folder was compared automatically
        m_anchor.reset();
    } else {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_model->comparison() && !m_model->rowIsFold(current.row())) {
            const auto d = static_cast<std::size_t>(current.column());
            const core::Row& row = m_model->comparison()->rows[m_model->coreRow(current.row())];
            if (d < row.cells.size() && !row.cells[d].empty()) {
                m_anchor = {d, row.cells[d].sentences.front()};
            }
        }
    }
    const int scroll = m_table->verticalScrollBar()->value();
    m_result = result;
    m_folder = folder;
    setWindowTitle(tr("%1 — Parallax").arg(QDir(folder).dirName()));
    // Share the comparison without copying it; the result keeps it alive.
    std::shared_ptr<const core::Comparison> comparison(result, &*result->comparison);
    // The folder's links, resolved to this comparison, for the inspector to show and undo.
    std::vector<InspectorPane::UserLink> userLinks;
    for (std::size_t i = 0; i < m_state.links.size(); ++i) {
        if (const auto ends = core::locateLink(comparison->documents, m_state.links[i])) {
            const auto [da, sa, db, sb] = *ends;
            userLinks.push_back({static_cast<int>(i), da, sa, db, sb});
        }
    }
    m_inspector->setUserLinks(std::move(userLinks));
    // The sentences the user took out of a row, and what they were taken apart from.
    // Links that still name sentences of this comparison, as the inspector lists them.
    const auto resolved = [&](const std::vector<core::SentenceLink>& links) {
        std::vector<InspectorPane::TakenApart> ends;
        for (const core::SentenceLink& link : links) {
            if (const auto found = core::locateLink(comparison->documents, link)) {
                const auto [da, sa, db, sb] = *found;
                ends.push_back({da, sa, db, sb});
            }
        }
        return ends;
    };
    m_inspector->setTakenApart(resolved(m_state.apart));
    m_inspector->setNotSame(resolved(m_state.notSame));
    m_applyingState = true;
    m_model->setComparison(comparison);
    m_model->setChosenReference(m_reference);
    applyFolderState();
    m_applyingState = false;
    m_stack->setCurrentIndex(1);
    m_exportAction->setEnabled(true);
    m_figuresAction->setEnabled(true);
    m_alignmentAction->setEnabled(true);
    m_forgetAction->setEnabled(hasCorrections());
    updateOrderAndReferenceControls();
    relayout();
    if (sameFolder && m_anchor) {
        const int row = m_model->rowOfSentence(m_anchor->first, m_anchor->second);
        m_table->verticalScrollBar()->setValue(scroll);
        if (row >= 0) {
            m_table->setCurrentIndex(
                m_model->index(row, m_landColumn.value_or(static_cast<int>(m_anchor->first))));
        }
    } else {
        m_inspector->showPlaceholder();
    }
    m_anchor.reset();
    m_landColumn.reset();

    if (!skipped.isEmpty()) {
        m_notice->showNotice(
            NoticeBar::Level::Warning,
            skipped.size() == 1
                ? tr("1 file in this folder could not be compared.")
                : tr("%1 files in this folder could not be compared.").arg(skipped.size()),
            skipped);
    } else if (!result->warnings.empty()) {
        QStringList repairs;
        for (const core::FileWarning& w : result->warnings) {
            repairs << QStringLiteral("%1 — %2").arg(fromUtf8(w.path), fromUtf8(w.message));
        }
        m_notice->showNotice(NoticeBar::Level::Information,
                             tr("Some files needed repairs while reading."), repairs);
    } else {
        m_notice->hide();
    }

    QSettings settings;
    settings.setValue(QStringLiteral("lastFolder"), folder);
    QStringList recent = settings.value(QStringLiteral("recentFolders")).toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(QStringLiteral("recentFolders"), recent);
    updateRecentMenu();
    const auto& docs = comparison->documents;
    QString summary = tr("%1 outlets · %2 rows").arg(docs.size()).arg(m_model->rowNumberCount());
    if (const int possible = possibleMatchCount(*m_model, visibleColumns()); possible > 0) {
        summary += QStringLiteral(" · ") + counted(static_cast<std::size_t>(possible),
                                                   tr("%1 possible match to review (N)"),
                                                   tr("%1 possible matches to review (N)"));
    }
    // The language only when it is news: English, the common case, goes without saying.
    if (comparison->languageChoice == core::LanguageChoice::Default) {
        summary += tr(" · language not clear from the articles, compared as English");
    } else if (const core::Language* language = core::languageOfLocale(comparison->language);
               language && language->code != "en") {
        summary += tr(" · in %1").arg(fromUtf8(language->name));
    }
    if (sameFolder && !restored.isEmpty()) {
        summary = restored + QStringLiteral(" · ") + summary; // what Ctrl+Z did
    }
    statusBar()->showMessage(summary, 8000);
    // A reference remembered for this folder needs its document index, known only now.
    const int savedReference = columnOfPath(*m_model, m_state.referenceDocument);
    if (savedReference >= 0 && m_reference != std::optional<std::size_t>(savedReference)) {
        m_reference = static_cast<std::size_t>(savedReference);
        m_pendingFolder = m_folder;
        reload();
        return;
    }
    if (m_figures && m_figures->isVisible()) {
        showOutletFigures();
    }
    emit comparisonShown();
}

void MainWindow::applyFolderState()
{
    const ComparisonModel& model = *m_model;
    QStringList names;
    for (int c = 0; c < model.columnCount(); ++c) {
        QString name;
        const QString path = documentPath(model, c);
        for (const QString& entry : m_state.outletNames) {
            if (entry.section(QLatin1Char('\t'), 0, 0) == path) {
                name = entry.section(QLatin1Char('\t'), 1);
            }
        }
        names << name;
    }
    m_model->setOutletNames(names);
    // Column order: moved sections back where the user put them.
    int visual = 0;
    for (const QString& path : m_state.columnOrder) {
        const int c = columnOfPath(model, path);
        if (c >= 0) {
            m_header->moveSection(m_header->visualIndex(c), visual++);
        }
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        m_header->setSectionHidden(c, m_state.hiddenDocuments.contains(documentPath(model, c)));
    }
    const int followed = columnOfPath(model, m_state.followedDocument);
    m_model->setFollowed(followed >= 0 ? std::optional<std::size_t>(followed) : std::nullopt);
}

void MainWindow::saveAndRecompare()
{
    saveFolderState();
    m_pendingFolder = m_folder;
    reload();
}

void MainWindow::saveFolderState()
{
    if (m_folder.isEmpty() || m_model->isEmpty()) {
        return;
    }
    const ComparisonModel& model = *m_model;
    m_state.outletNames.clear();
    m_state.hiddenDocuments.clear();
    m_state.columnOrder.clear();
    const QStringList names = model.outletNames();
    for (int c = 0; c < model.columnCount(); ++c) {
        if (c < names.size() && !names.at(c).isEmpty()) {
            m_state.outletNames << documentPath(model, c) + QLatin1Char('\t') + names.at(c);
        }
        if (m_header->isSectionHidden(c)) {
            m_state.hiddenDocuments << documentPath(model, c);
        }
    }
    for (int v = 0; v < model.columnCount(); ++v) {
        m_state.columnOrder << documentPath(model, m_header->logicalIndex(v));
    }
    m_state.followedDocument =
        model.followed() ? documentPath(model, static_cast<int>(*model.followed())) : QString();
    m_state.referenceDocument =
        m_reference ? documentPath(model, static_cast<int>(*m_reference)) : QString();
    QSettings settings;
    m_state.save(settings, m_folder);
}

void MainWindow::scheduleRelayout()
{
    m_relayoutTimer->start();
}

void MainWindow::relayout()
{
    m_relayoutTimer->stop();
    m_legend->setHiddenClutter(m_model->hiddenClutterRows());
    fitColumns();
    updateRowHeights();
    // Scroll ranges now, not at the next event loop turn: a jump may follow at once.
    m_table->doItemsLayout();
    m_overview->update();
}

void MainWindow::fitColumns()
{
    const std::vector<int> columns = visibleColumns();
    if (columns.empty()) {
        return;
    }
    const QFontMetrics fm(m_table->font());
    const int minimum = fm.averageCharWidth() * (m_delegate->compact() ? 22 : 28);
    const int available = m_table->viewport()->width();
    const int count = static_cast<int>(columns.size());
    const int width = std::max(minimum, available / count);
    int used = 0;
    for (int i = 0; i < count; ++i) {
        // The last column takes the pixels the division left over, so no sliver remains.
        const int w =
            (i == count - 1 && width * count <= available + count) ? available - used : width;
        m_header->resizeSection(columns[static_cast<std::size_t>(i)], std::max(minimum, w));
        used += w;
    }
}

void MainWindow::updateRowHeights()
{
    // A fresh pass; a pass still going (batches below) gives way.
    ++m_heightsPass;
    m_heightsFrom = 0;
    continueRowHeights(m_heightsPass);
}

void MainWindow::continueRowHeights(int pass)
{
    if (pass != m_heightsPass) {
        return;
    }
    // Each row's height is its tallest cell laid out at its column's width. A folder of a few
    // thousand rows is done at once; one of tens of thousands (a very long file) in batches
    // between events, top first, so the window keeps answering while the rest comes in.
    constexpr int kRowsPerBatch = 4000;
    const std::vector<int> columns = visibleColumns();
    QHeaderView* rows = m_table->verticalHeader();
    std::vector<int> widths;
    for (int c : columns) {
        widths.push_back(m_header->sectionSize(c));
    }
    const int count = m_model->rowCount();
    const int end = std::min(count, m_heightsFrom + kRowsPerBatch);
    // With updates on, every resizeSection asks where its section is on screen, which after
    // the previous resize means summing all the sections before it: tens of thousands of rows
    // took minutes. Off, the header only records the sizes.
    const bool updates = rows->updatesEnabled();
    rows->setUpdatesEnabled(false);
    for (int r = m_heightsFrom; r < end; ++r) {
        int height = 0;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            height =
                std::max(height, m_delegate->heightFor(m_model->index(r, columns[i]), widths[i]));
        }
        if (rows->sectionSize(r) != height) {
            rows->resizeSection(r, height);
        }
    }
    rows->setUpdatesEnabled(updates);
    m_heightsFrom = end;
    if (end < count) {
        QTimer::singleShot(0, this, [this, pass] { continueRowHeights(pass); });
        return;
    }
    if (end > kRowsPerBatch) { // the last of several batches: the scroll range is whole now
        m_table->doItemsLayout();
        m_overview->update();
    }
    m_table->viewport()->update();
}

std::vector<int> MainWindow::visibleColumns() const
{
    std::vector<int> columns;
    for (int v = 0; v < m_header->count(); ++v) {
        const int c = m_header->logicalIndex(v);
        if (!m_header->isSectionHidden(c)) {
            columns.push_back(c);
        }
    }
    return columns;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        scheduleRelayout();
    }
    // A fold opens and closes with a click anywhere on it, or Enter or Space when current.
    if (watched == m_table->viewport() && (event->type() == QEvent::MouseButtonPress ||
                                           event->type() == QEvent::MouseButtonDblClick)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index.isValid() &&
            m_model->rowIsFold(index.row())) {
            // The second click of a double click would only close what the first opened.
            if (event->type() == QEvent::MouseButtonPress) {
                m_table->setFocus(Qt::MouseFocusReason); // so Enter works on it next
                m_table->setCurrentIndex(index);
                setFoldExpanded(index.row(), !m_model->fold(index.row())->expanded);
            }
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex current = m_table->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
             key->key() == Qt::Key_Space) &&
            current.isValid() && m_model->rowIsFold(current.row())) {
            setFoldExpanded(current.row(), !m_model->fold(current.row())->expanded);
            return true;
        }
    }
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ShiftModifier)) {
            findNext(false);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateTheme();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTheme()
{
    const Theme theme = Theme::fromPalette(palette());
    m_delegate->setTheme(theme);
    m_overview->setTheme(theme);
    m_legend->setTheme(theme);
    m_inspector->setTheme(theme);
    m_table->viewport()->update();
    updateInspector();
}

void MainWindow::updateInspector()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->isEmpty()) {
        m_inspector->showPlaceholder();
        m_acceptMatchAction->setEnabled(false);
        m_rejectMatchAction->setEnabled(false);
        return;
    }
    const auto offer = currentPossibleMatch();
    m_inspector->setKeyedOffer(offer ? offer->column : -1);
    m_inspector->showRow(*m_model, current.row(), visibleColumns());
    const bool offers = offer.has_value();
    m_acceptMatchAction->setEnabled(offers);
    m_rejectMatchAction->setEnabled(offers);
}

void MainWindow::setFoldExpanded(int row, bool expanded)
{
    if (!m_model->rowIsFold(row)) {
        return;
    }
    m_model->setFoldExpanded(row, expanded);
    relayout();
    updateInspector();
}

void MainWindow::setShowClutter(bool show)
{
    if (m_clutterAction->isChecked() != show) {
        m_clutterAction->setChecked(show); // comes back here through toggled
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    std::optional<std::size_t> coreRow;
    if (current.isValid()) {
        coreRow = m_model->coreRow(current.row());
    }
    m_model->setShowClutter(show);
    relayout();
    if (coreRow && m_model->rowOfCoreRow(*coreRow) >= 0) {
        selectRow(m_model->rowOfCoreRow(*coreRow), current.column());
    }
    QSettings().setValue(QStringLiteral("view/showClutter"), show);
}

void MainWindow::setShowMissing(bool show)
{
    if (m_missingAction->isChecked() != show) {
        m_missingAction->setChecked(show);
        return;
    }
    m_model->setShowMissing(show);
    m_legend->setShowMissing(show);
    relayout();
    updateInspector();
    QSettings().setValue(QStringLiteral("view/showMissing"), show);
}

void MainWindow::setCompact(bool compact)
{
    if (m_compactAction->isChecked() != compact) {
        m_compactAction->setChecked(compact);
        return;
    }
    m_delegate->setCompact(compact);
    m_header->setCompact(compact);
    m_table->viewport()->update();
    relayout();
    QSettings().setValue(QStringLiteral("view/compact"), compact);
}

double MainWindow::fontSize() const
{
    return m_table->font().pointSizeF();
}

void MainWindow::setFontSize(double points)
{
    points = std::clamp(points, 7.0, 28.0);
    QFont font = m_table->font();
    font.setPointSizeF(points);
    m_table->setFont(font);
    m_header->setFont(font);
    m_delegate->setFont(font);
    m_header->updateGeometry();
    relayout();
    QSettings().setValue(QStringLiteral("view/fontSize"), points);
}

void MainWindow::renameOutlet(int column, const QString& name)
{
    m_model->setOutletName(column, name);
    if (m_figures && m_figures->isVisible()) {
        showOutletFigures();
    }
    updateOrderAndReferenceControls();
    updateInspector();
    saveFolderState();
}

void MainWindow::setColumnHidden(int column, bool hidden)
{
    if (column < 0 || column >= m_model->columnCount()) {
        return;
    }
    if (hidden && visibleColumns().size() <= 1) {
        return; // keep at least one outlet in view
    }
    m_header->setSectionHidden(column, hidden);
    relayout();
    updateInspector();
    saveFolderState();
}

void MainWindow::setFollowed(std::optional<int> column)
{
    const QModelIndex current = m_table->currentIndex();
    std::optional<std::size_t> coreRow;
    if (current.isValid()) {
        coreRow = m_model->coreRow(current.row());
    }
    m_model->setFollowed(column ? std::optional<std::size_t>(*column) : std::nullopt);
    relayout();
    if (coreRow && m_model->rowOfCoreRow(*coreRow) >= 0) {
        selectRow(m_model->rowOfCoreRow(*coreRow), current.column());
    }
    updateOrderAndReferenceControls();
    saveFolderState();
}

void MainWindow::updateOrderAndReferenceControls()
{
    m_orderBox->clear();
    m_referenceBox->clear();
    m_orderBox->addItem(tr("Consensus"), -1);
    m_referenceBox->addItem(tr("Automatic (per row)"), -1);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_orderBox->addItem(tr("As %1 wrote it").arg(m_model->outletName(c)), c);
        m_referenceBox->addItem(m_model->outletName(c), c);
    }
    const auto followed = m_model->followed();
    m_orderBox->setCurrentIndex(followed ? static_cast<int>(*followed) + 1 : 0);
    m_referenceBox->setCurrentIndex(m_reference ? static_cast<int>(*m_reference) + 1 : 0);
    m_orderBox->setEnabled(!m_model->isEmpty());
    m_referenceBox->setEnabled(!m_model->isEmpty());
}

void MainWindow::selectRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    if (column < 0) {
        const QModelIndex current = m_table->currentIndex();
        column = current.isValid() ? current.column() : visibleColumns().front();
    }
    const QModelIndex index = m_model->index(row, column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
}

bool MainWindow::goTo(NavigationTarget target, bool forward)
{
    const int count = m_model->rowCount();
    if (count == 0) {
        return false;
    }
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() : (forward ? -1 : count);
    const std::vector<int> columns = visibleColumns();
    // The first shown column of row r whose cell satisfies `matches`, or -1.
    const auto firstColumn = [&](int r, const auto& matches) {
        const auto it = std::find_if(columns.begin(), columns.end(), [&](int c) {
            return matches(m_model->content(m_model->index(r, c)));
        });
        return it == columns.end() ? -1 : *it;
    };
    for (row += forward ? 1 : -1; row >= 0 && row < count; row += forward ? 1 : -1) {
        // Land on the cell that makes the row a match, so the eye goes where the point is.
        int column = -1;
        switch (target) {
        case NavigationTarget::Row:
            // Folds are no part of the story: stepping passes them by.
            if (!m_model->rowIsFold(row)) {
                column = current.isValid() ? current.column() : columns.front();
            }
            break;
        case NavigationTarget::Omission:
            if (m_model->rowHasOmission(row)) {
                column = firstColumn(row, [](const CellContent& cell) {
                    return cell.state == CellState::NotReported;
                });
            }
            break;
        case NavigationTarget::Addition:
            if (m_model->rowIsAddition(row)) {
                column = firstColumn(
                    row, [](const CellContent& cell) { return cell.state == CellState::Present; });
            }
            break;
        case NavigationTarget::PossibleMatch:
            if (const auto match = possibleMatchInRow(*m_model, row, -1, columns)) {
                column = match->column;
            }
            break;
        case NavigationTarget::Rewording:
            if (m_model->rowHasRewording(row)) {
                column = firstColumn(row, [](const CellContent& cell) {
                    return std::any_of(cell.marks.begin(), cell.marks.end(), [](const TextMark& m) {
                        return m.kind == MarkKind::Changed || m.kind == MarkKind::Added;
                    });
                });
            }
            break;
        }
        if (column >= 0) {
            selectRow(row, column);
            return true;
        }
    }
    return false;
}

void MainWindow::find(const QString& text)
{
    m_model->setFindText(text.trimmed().size() >= 2 ? text.trimmed() : QString());
    rebuildHits();
    m_hit = -1;
    if (!m_hits.empty()) {
        findNext(true);
    } else {
        updateFindLabel();
    }
}

void MainWindow::rebuildHits()
{
    m_hits.clear();
    const QString needle = m_model->findText();
    if (needle.isEmpty()) {
        return;
    }
    const std::vector<int> columns = visibleColumns();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c : columns) {
            if (m_model->cellText(m_model->index(r, c)).contains(needle, Qt::CaseInsensitive)) {
                m_hits.emplace_back(r, c);
            }
        }
    }
}

bool MainWindow::findNext(bool forward)
{
    if (m_hits.empty()) {
        updateFindLabel();
        return false;
    }
    const int n = static_cast<int>(m_hits.size());
    if (m_hit < 0) {
        // Start from where the user is.
        const QModelIndex current = m_table->currentIndex();
        m_hit = forward ? 0 : n - 1;
        if (current.isValid()) {
            for (int i = 0; i < n; ++i) {
                if (m_hits[static_cast<std::size_t>(i)].first >= current.row()) {
                    m_hit = forward ? i : (i + n - 1) % n;
                    break;
                }
            }
        }
    } else {
        m_hit = (m_hit + (forward ? 1 : n - 1)) % n;
    }
    const auto [row, column] = m_hits[static_cast<std::size_t>(m_hit)];
    selectRow(row, column);
    m_table->scrollTo(m_model->index(row, column), QAbstractItemView::PositionAtCenter);
    updateFindLabel();
    return true;
}

void MainWindow::updateFindLabel()
{
    if (m_model->findText().isEmpty()) {
        m_findLabel->clear();
    } else if (m_hits.empty()) {
        m_findLabel->setText(tr("No match"));
    } else {
        m_findLabel->setText(tr("%1 of %2").arg(m_hit + 1).arg(m_hits.size()));
    }
}

void MainWindow::clearSelection()
{
    if (m_findBar->isVisible()) {
        m_findEdit->clear();
        m_findBar->hide();
    }
    m_table->selectionModel()->clear();
    m_table->setFocus();
    m_inspector->showPlaceholder();
}

QString MainWindow::copyRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->rowIsFold(current.row())) {
        return {};
    }
    const QString text = m_model->rowText(current.row(), visibleColumns());
    QApplication::clipboard()->setText(text);
    return text;
}

QString MainWindow::copyCell()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->rowIsFold(current.row())) {
        return {};
    }
    const QString text = m_model->cellTextWithOutlet(current);
    QApplication::clipboard()->setText(text);
    return text;
}

OutletFiguresDialog* MainWindow::showOutletFigures()
{
    if (!m_model->comparison()) {
        return nullptr;
    }
    if (!m_figures) {
        m_figures = new OutletFiguresDialog(this);
        connect(m_figures, &OutletFiguresDialog::pairRequested, this, &MainWindow::showPair);
    }
    QStringList names;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        names << m_model->outletName(c);
    }
    m_figures->setComparison(*m_model->comparison(), names);
    m_figures->show();
    m_figures->raise();
    return m_figures;
}

void MainWindow::showPair(int a, int b)
{
    if (a < 0 || b < 0 || a >= m_model->columnCount() || b >= m_model->columnCount() || a == b) {
        return;
    }
    showColumns([a, b](int c) { return c == a || c == b; });
    statusBar()->showMessage(tr("Showing %1 and %2; View › Show All Outlets brings the others "
                                "back")
                                 .arg(m_model->outletName(a), m_model->outletName(b)),
                             8000);
}

void MainWindow::showColumns(const std::function<bool(int)>& shown)
{
    // All at once, then one layout and one save: with a thousand outlets, hiding them one by
    // one laid the table out and wrote the folder's settings a thousand times.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_header->setSectionHidden(c, !shown(c));
    }
    relayout();
    updateInspector();
    saveFolderState();
}

std::optional<QString> MainWindow::exportTo(const QString& path, core::ExportFormat format)
{
    if (!m_result || !m_result->comparison) {
        return tr("Nothing to export yet.");
    }
    // What the reader shares is what they see: their names for the outlets, the rows in the
    // followed outlet's order, the outlets in their column order (hidden ones too: a figure in
    // the file should not depend on what one screen had folded away).
    core::Arrangement arrangement;
    for (const QString& name : m_model->outletNames()) {
        arrangement.outletNames.push_back(name.toStdString());
    }
    arrangement.followed = m_model->followed();
    // The JSON keeps the folder's order of documents: programs rely on it (docs/json-format.md).
    for (int visual = 0; format != core::ExportFormat::Json && visual < m_header->count();
         ++visual) {
        arrangement.documentOrder.push_back(
            static_cast<std::size_t>(m_header->logicalIndex(visual)));
    }
    const std::string bytes =
        core::exportComparison(core::arrangedAsShown(*m_result->comparison, arrangement), format,
                               m_result->skipped, m_result->warnings);
    if (auto error = core::writeFileAtomically(toPath(path), bytes)) {
        return fromUtf8(*error);
    }
    return std::nullopt;
}

void MainWindow::promptExport()
{
    if (!m_result) {
        return;
    }
    // Default outside the folder being read: Parallax never writes into it unless asked.
    const QDir input(m_folder);
    QDir parent = input;
    parent.cdUp();
    const QString suggested = parent.filePath(input.dirName() + QStringLiteral("-comparison.html"));
    QString filter;
    const QString html = tr("HTML page (*.html)");
    const QString json = tr("JSON data (*.json)");
    const QString csv = tr("CSV table (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Comparison"), suggested,
        html + QStringLiteral(";;") + json + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty()) {
        return;
    }
    core::ExportFormat format = core::ExportFormat::Html;
    if (filter == json || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        format = core::ExportFormat::Json;
    } else if (filter == csv || path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        format = core::ExportFormat::Csv;
    }
    const QString suffix = fromUtf8(core::fileSuffix(format));
    if (QFileInfo(path).suffix().isEmpty()) {
        path += suffix;
    }
    if (auto error = exportTo(path, format)) {
        m_notice->showNotice(NoticeBar::Level::Error, tr("Export failed: %1").arg(*error));
    } else {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
}

void MainWindow::promptOpen()
{
    QString start = m_folder;
    if (start.isEmpty()) {
        start = QSettings().value(QStringLiteral("lastFolder")).toString();
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"), start);
    if (!folder.isEmpty()) {
        openFolder(folder);
    }
}

void MainWindow::promptRename(int column)
{
    if (column < 0 || column >= m_model->columnCount()) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Outlet"),
        tr("Name for %1 (empty restores “%2”):")
            .arg(documentPath(*m_model, column), m_model->defaultOutletName(column)),
        QLineEdit::Normal, m_model->outletName(column), &ok);
    if (ok) {
        renameOutlet(column, name);
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFolders")).toStringList();
    int n = 0;
    for (const QString& folder : recent) {
        QString text = QDir::toNativeSeparators(folder);
        if (!QFileInfo(folder).isDir()) {
            text += tr("  (not found)");
        }
        // Numbered for the keyboard; "&&" keeps an ampersand in a path from becoming one.
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (++n < 10) {
            text = QStringLiteral("&%1  ").arg(n) + text;
        }
        m_recentMenu->addAction(text, this, [this, folder] { openRecent(folder); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(QStringLiteral("recentFolders"));
            // Later: rebuilding now would delete the action that is calling.
            QMetaObject::invokeMethod(this, &MainWindow::updateRecentMenu, Qt::QueuedConnection);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString& folder)
{
    if (QFileInfo(folder).isDir()) {
        openFolder(folder);
        return;
    }
    // Moved, renamed or on a drive that is not mounted: say so and forget it.
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFolders")).toStringList();
    recent.removeAll(folder);
    settings.setValue(QStringLiteral("recentFolders"), recent);
    QMetaObject::invokeMethod(this, &MainWindow::updateRecentMenu, Qt::QueuedConnection);
    m_notice->showNotice(NoticeBar::Level::Warning,
                         tr("“%1” is no longer there, so it was taken off Open Recent.")
                             .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::showCellMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    QMenu menu(this);
    if (const ClutterFold* fold = m_model->fold(index.row())) {
        const int row = index.row();
        const bool expanded = fold->expanded;
        m_table->setCurrentIndex(index);
        menu.addAction(expanded ? tr("Fold These Lines") : tr("Show These Lines"), this,
                       [this, row, expanded] { setFoldExpanded(row, !expanded); });
        menu.addAction(m_clutterAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
        return;
    }
    selectRow(index.row(), index.column());
    menu.addAction(tr("Copy Row"), this, [this] { copyRow(); });
    menu.addAction(tr("Copy Cell"), this, [this] { copyCell(); });
    if (const int foldRow = m_model->foldRowOf(index.row()); foldRow >= 0) {
        menu.addAction(tr("Fold This Page Clutter"), this,
                       [this, foldRow] { setFoldExpanded(foldRow, false); });
    }
    const CellContent& content = m_model->content(index);
    const std::optional<int> sentence =
        m_delegate->sentenceAt(index, m_table->visualRect(index), pos);
    if (content.state == CellState::Present) {
        menu.addSeparator();
        const QString outlet = m_model->outletName(index.column());
        const bool isClutter = content.clutter;
        const auto addChoice = [&](bool clutter) {
            QMenu* sub =
                menu.addMenu(clutter ? tr("Mark as Page Clutter") : tr("Mark as Article Text"));
            sub->addAction(tr("This Line Only"), this, [this, index, clutter, sentence] {
                applyCorrection(index, clutter, core::Correction::Scope::Sentence, sentence);
            });
            sub->addAction(tr("Every Line Like It from %1").arg(outlet), this,
                           [this, index, clutter, sentence] {
                               applyCorrection(index, clutter,
                                               core::Correction::Scope::SimilarLines, sentence);
                           });
        };
        addChoice(!isClutter);
        addChoice(isClutter);
        if (m_model->mayTakeOut(index.row(), index.column())) {
            const auto document = static_cast<std::size_t>(index.column());
            menu.addAction(tr("Take Out of This Row"), this,
                           [this, document] { takeOutOfShownRow(document); });
        }
    } else if (m_model->shownNearMatch(index)) {
        // The sentence the empty cell offers: the review's two answers, as P and X give them.
        menu.addSeparator();
        menu.addAction(m_acceptMatchAction);
        menu.addAction(m_rejectMatchAction);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint& pos)
{
    const int column = m_header->logicalIndexAt(pos);
    if (column < 0) {
        return;
    }
    const QString outlet = m_model->outletName(column);
    QMenu menu(this);
    menu.addAction(tr("Rename “%1”…").arg(outlet), this, [this, column] { promptRename(column); });
    menu.addSeparator();
    if (m_reference && static_cast<int>(*m_reference) == column) {
        menu.addAction(tr("Compare Automatically"), this, [this] { setReference(std::nullopt); });
    } else {
        menu.addAction(tr("Compare Others with %1").arg(outlet), this,
                       [this, column] { setReference(column); });
    }
    if (m_model->followed() && static_cast<int>(*m_model->followed()) == column) {
        menu.addAction(tr("Consensus Order"), this, [this] { setFollowed(std::nullopt); });
    } else {
        menu.addAction(tr("Follow %1's Order").arg(outlet), this,
                       [this, column] { setFollowed(column); });
    }
    menu.addSeparator();
    menu.addAction(tr("Hide %1").arg(outlet), this,
                   [this, column] { setColumnHidden(column, true); });
    QMenu* show = menu.addMenu(tr("Show Hidden Outlet"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_header->isSectionHidden(c)) {
            show->addAction(m_model->outletName(c), this, [this, c] { setColumnHidden(c, false); });
        }
    }
    show->setEnabled(!show->isEmpty());
    menu.exec(m_header->viewport()->mapToGlobal(pos));
}

namespace {

// The folder a drop names: a dropped folder, or the one folder holding the dropped files
// (Parallax compares folders, so files stand for theirs). Empty when there is none.
QString droppedFolder(const QMimeData* mime)
{
    QString parent;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) {
            continue;
        }
        const QFileInfo info(url.toLocalFile());
        if (info.isDir()) {
            return info.absoluteFilePath();
        }
        if (!info.isFile()) {
            continue;
        }
        if (!parent.isEmpty() && parent != info.absolutePath()) {
            return {};
        }
        parent = info.absolutePath();
    }
    return parent;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFolder(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    openFolder(folder);
}

} // namespace parallax::ui
