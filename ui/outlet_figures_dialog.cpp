#include "ui/outlet_figures_dialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

namespace parallax::ui {

namespace {

// A cell that shows text ("91%", "5 (1 ≈)") and sorts by its number.
class FigureItem : public QTableWidgetItem {
public:
    FigureItem(const QString& text, double value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString percent(double share)
{
    return QStringLiteral("%1%").arg(std::lround(std::clamp(share, 0.0, 1.0) * 100));
}

// Beyond a few dozen outlets a matrix is a wall of numbers; the closest pairs still tell.
constexpr int kMatrixLimit = 30;
constexpr int kPairsShown = 5;

// As tall as its rows, up to a dozen: the dialog then has no empty box under a short table.
void fitHeight(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount() && r < 12; ++r) {
        height += table->verticalHeader()->sectionSize(r);
    }
    table->setFixedHeight(height);
}

} // namespace

OutletFiguresDialog::OutletFiguresDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Outlet Figures"));
    auto* layout = new QVBoxLayout(this);

    auto* figuresTitle = new QLabel(
        tr("<b>What each outlet carries.</b> Omissions are rows two or more other outlets "
           "carry and this one lacks (≈: of them, those where it has a close sentence that may "
           "say the same in other words); additions are rows only this outlet has."),
        this);
    figuresTitle->setWordWrap(true);
    layout->addWidget(figuresTitle);
    m_figures = new QTableWidget(this);
    m_figures->setColumnCount(7);
    m_figures->setHorizontalHeaderLabels({tr("Outlet"), tr("Coverage"), tr("Omissions"),
                                          tr("Additions"), tr("Moved"), tr("Words"),
                                          tr("Clutter lines")});
    m_figures->horizontalHeaderItem(1)->setToolTip(
        tr("Share of the rows carried by two or more outlets that this outlet has"));
    m_figures->horizontalHeaderItem(4)->setToolTip(tr("Sentences out of this outlet's own order"));
    // The name is a column, not a row header: row headers stay put when the table is sorted.
    m_figures->verticalHeader()->hide();
    m_figures->setAccessibleName(tr("Figures per outlet"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSortingEnabled(true);
    fitHeight(m_figures);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The names take the room the figures leave, so the table fills the dialog's width.
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_figures);

    auto* likenessTitle = new QLabel(
        tr("<b>How alike their wording is:</b> the share of two outlets' article text that is "
           "the same words. Shared agency copy shows as high figures."),
        this);
    likenessTitle->setWordWrap(true);
    layout->addWidget(likenessTitle);
    m_pairs = new QLabel(this);
    m_pairs->setAccessibleName(tr("Most alike outlets"));
    m_pairs->setWordWrap(true);
    m_pairs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_pairs);
    m_likeness = new QTableWidget(this);
    m_likeness->setAccessibleName(tr("How alike each pair of outlets' wording is"));
    m_likeness->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_likeness->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_likeness->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_likeness->setToolTip(tr("Double-click a pair to show those two outlets side by side"));
    connect(m_likeness, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (row != column) {
            emit pairRequested(row, column);
        }
    });
    layout->addWidget(m_likeness);
    layout->addStretch(1);
    m_matrixNote = new QLabel(this);
    m_matrixNote->setWordWrap(true);
    layout->addWidget(m_matrixNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 600);
}

void OutletFiguresDialog::setComparison(const core::Comparison& comparison,
                                        const QStringList& names)
{
    const int n = static_cast<int>(comparison.documents.size());
    const auto nameOf = [&](int d) {
        return d < names.size() ? names.at(d)
                                : QString::fromStdString(comparison.documents[d].path);
    };

    m_figures->setSortingEnabled(false);
    m_figures->clearContents();
    m_figures->setRowCount(n);
    for (int d = 0; d < n; ++d) {
        const core::OutletStatistics s = static_cast<std::size_t>(d) < comparison.statistics.size()
                                             ? comparison.statistics[d]
                                             : core::OutletStatistics{};
        auto* name = new QTableWidgetItem(nameOf(d));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_figures->setItem(d, 0, name);
        m_figures->setItem(d, 1, new FigureItem(percent(s.coverage), s.coverage));
        auto* omissions = new FigureItem(s.omissionsNear > 0
                                             ? tr("%1 (%2 ≈)").arg(s.omissions).arg(s.omissionsNear)
                                             : QString::number(s.omissions),
                                         static_cast<double>(s.omissions));
        if (s.omissionsNear > 0) {
            omissions->setToolTip(
                tr("%n of them where this outlet has a close sentence that may say the same in "
                   "other words",
                   nullptr, static_cast<int>(s.omissionsNear)));
        }
        m_figures->setItem(d, 2, omissions);
        m_figures->setItem(d, 3, new FigureItem(QString::number(s.additions), s.additions));
        m_figures->setItem(d, 4, new FigureItem(QString::number(s.moved), s.moved));
        m_figures->setItem(d, 5, new FigureItem(QString::number(s.words), s.words));
        m_figures->setItem(d, 6,
                           new FigureItem(QString::number(s.boilerplateSentences),
                                          static_cast<double>(s.boilerplateSentences)));
    }
    m_figures->setSortingEnabled(true);
    fitHeight(m_figures);

    // The pairs that share most of their wording, named first: the reader's question is
    // usually "who ran the same wire story?", which a matrix answers only after a search.
    struct Pair {
        int a;
        int b;
        double share;
    };
    std::vector<Pair> pairs;
    const auto& sim = comparison.similarity;
    for (int i = 0; i < n && static_cast<std::size_t>(i) < sim.size(); ++i) {
        for (int j = i + 1; j < n && static_cast<std::size_t>(j) < sim[i].size(); ++j) {
            pairs.push_back({i, j, sim[i][j]});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& x, const Pair& y) { return x.share > y.share; });
    QStringList lines;
    for (std::size_t k = 0; k < pairs.size() && k < kPairsShown; ++k) {
        const Pair& p = pairs[k];
        QString line =
            tr("%1 and %2: %3")
                .arg(nameOf(p.a).toHtmlEscaped(), nameOf(p.b).toHtmlEscaped(), percent(p.share));
        if (p.share >= kWireCopy) {
            line = QStringLiteral("<b>%1</b> — %2").arg(line, tr("most likely the same copy"));
        }
        lines << line;
    }
    m_pairs->setText(pairs.empty() ? tr("One outlet: nothing to compare it with.")
                                   : tr("Most alike:") + QStringLiteral("<br>") +
                                         lines.join(QStringLiteral("<br>")));

    const bool matrix = n >= 2 && n <= kMatrixLimit && sim.size() == static_cast<std::size_t>(n);
    m_likeness->setVisible(matrix);
    m_matrixNote->setVisible(!matrix && n > kMatrixLimit);
    m_matrixNote->setText(
        tr("With %1 outlets a table of every pair would be a wall of numbers; the closest "
           "pairs are above, and the HTML and JSON exports carry every figure.")
            .arg(n));
    m_likeness->clear();
    if (!matrix) {
        m_likeness->setRowCount(0);
        m_likeness->setColumnCount(0);
        return;
    }
    m_likeness->setRowCount(n);
    m_likeness->setColumnCount(n);
    QStringList labels;
    for (int d = 0; d < n; ++d) {
        labels << nameOf(d);
    }
    m_likeness->setHorizontalHeaderLabels(labels);
    m_likeness->setVerticalHeaderLabels(labels);
    // Shade by share, in the palette's highlight colour, so high figures stand out in light
    // and dark themes alike.
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double share = static_cast<std::size_t>(j) < sim[i].size() ? sim[i][j] : 0.0;
            auto* item = new FigureItem(i == j ? QStringLiteral("—") : percent(share), share);
            item->setTextAlignment(Qt::AlignCenter);
            if (i != j) {
                item->setBackground(mix(base, accent, std::clamp(share, 0.0, 1.0) * 0.6));
                item->setToolTip(tr("%1 and %2: %3 of their article text is the same wording. "
                                    "Double-click to show the two side by side.")
                                     .arg(labels.at(i), labels.at(j), percent(share)));
                if (share >= kWireCopy) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            m_likeness->setItem(i, j, item);
        }
    }
    m_likeness->resizeColumnsToContents();
    fitHeight(m_likeness);
    // Room for a scroll bar only when the columns are wider than the dialog leaves them.
    const int available = width() - layout()->contentsMargins().left() -
                          layout()->contentsMargins().right() - 2 * m_likeness->frameWidth();
    if (m_likeness->verticalHeader()->sizeHint().width() +
            m_likeness->horizontalHeader()->length() >
        available) {
        m_likeness->setFixedHeight(m_likeness->height() +
                                   m_likeness->horizontalScrollBar()->sizeHint().height());
    }
}

QString OutletFiguresDialog::closestPairs() const
{
    return m_pairs->text();
}

} // namespace parallax::ui
