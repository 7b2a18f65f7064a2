#include "ui/overview_strip.h"

#include "ui/comparison_model.h"

#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>

namespace parallax::ui {

OverviewStrip::OverviewStrip(QTableView* table, QWidget* parent) : QWidget(parent), m_table(table)
{
    setMouseTracking(false);
    setToolTip(tr("Overview: which outlets carry each row. Click to jump."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // Scrolling moves the frame only; row heights, moved, hidden or shown columns (a hidden
    // section is resized to 0) and the model's changes draw the rows again.
    const auto repaint = [this] { update(); };
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(table->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            &OverviewStrip::invalidate);
    connect(table->horizontalHeader(), &QHeaderView::sectionMoved, this,
            &OverviewStrip::invalidate);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int, int oldSize, int newSize) {
                if ((oldSize == 0) != (newSize == 0)) {
                    invalidate();
                }
            });
    watchModel();
}

void OverviewStrip::setTheme(const Theme& theme)
{
    m_theme = theme;
    invalidate();
}

void OverviewStrip::invalidate()
{
    m_rows = QPixmap();
    update();
}

void OverviewStrip::watchModel()
{
    QAbstractItemModel* model = m_table ? m_table->model() : nullptr;
    if (model == m_watched) {
        return;
    }
    if (m_watched) {
        disconnect(m_watched, nullptr, this, nullptr);
    }
    m_watched = model;
    m_rows = QPixmap();
    if (!model) {
        return;
    }
    connect(model, &QAbstractItemModel::modelReset, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::columnsInserted, this, &OverviewStrip::invalidate);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &OverviewStrip::invalidate);
}

QSize OverviewStrip::sizeHint() const
{
    return {52, 200};
}

int OverviewStrip::rowAt(int y) const
{
    if (!m_table || !m_table->model() || m_table->model()->rowCount() == 0) {
        return -1;
    }
    const QHeaderView* rows = m_table->verticalHeader();
    const int total = std::max(1, rows->length());
    const int h = std::max(1, height() - 8);
    const int content = static_cast<int>(static_cast<qint64>(std::clamp(y - 4, 0, h)) * total / h);
    // Section positions are in content coordinates, whatever the scroll offset.
    const int count = m_table->model()->rowCount();
    int low = 0;
    int high = count - 1;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (rows->sectionPosition(mid) <= content) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    return low;
}

void OverviewStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    watchModel();
    if (!m_table) {
        return;
    }
    const auto* model = qobject_cast<const ComparisonModel*>(m_table->model());
    if (!model || model->rowCount() == 0) {
        return;
    }
    const QRect area = rect().adjusted(6, 4, -6, -4);
    const qreal ratio = devicePixelRatioF();
    if (m_rows.isNull() || m_rows.size() != size() * ratio) {
        m_rows = QPixmap(size() * ratio);
        m_rows.setDevicePixelRatio(ratio);
        m_rows.fill(Qt::transparent);
        QPainter rows(&m_rows);
        paintRows(rows, *model, area);
    }
    p.drawPixmap(0, 0, m_rows);

    // The part of the table on screen.
    const QHeaderView* rows = m_table->verticalHeader();
    const double scale = area.height() / static_cast<double>(std::max(1, rows->length()));
    const double viewTop = area.top() + rows->offset() * scale;
    const double viewHeight = m_table->viewport()->height() * scale;
    QColor frame = palette().color(QPalette::Highlight);
    p.setPen(QPen(frame, 1.5));
    frame.setAlphaF(0.12F);
    p.setBrush(frame);
    p.drawRect(QRectF(1, viewTop, width() - 2.5, std::max(4.0, viewHeight)));
}

void OverviewStrip::paintRows(QPainter& p, const ComparisonModel& model, const QRect& area) const
{
    const QHeaderView* rows = m_table->verticalHeader();
    const QHeaderView* columns = m_table->horizontalHeader();
    std::vector<int> visible;
    for (int v = 0; v < columns->count(); ++v) {
        const int c = columns->logicalIndex(v);
        if (!columns->isSectionHidden(c)) {
            visible.push_back(c);
        }
    }
    if (visible.empty()) {
        return;
    }
    const double total = std::max(1, rows->length());
    const double scale = area.height() / total;
    const double segment = static_cast<double>(area.width()) / static_cast<double>(visible.size());
    QColor present = m_theme.text;
    present.setAlphaF(0.3F);
    QColor clutter = m_theme.text;
    clutter.setAlphaF(0.12F);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int row = 0; row < model.rowCount(); ++row) {
        const double top = area.top() + rows->sectionPosition(row) * scale;
        const double h = std::max(1.0, rows->sectionSize(row) * scale - (scale > 0.2 ? 0.6 : 0.0));
        for (std::size_t i = 0; i < visible.size(); ++i) {
            const CellContent& cell = model.content(model.index(row, visible[i]));
            QColor colour;
            if (cell.state == CellState::Present) {
                colour = cell.clutter ? clutter : cell.addition ? m_theme.additionEdge : present;
            } else if (cell.state == CellState::NotReported) {
                colour = m_theme.omissionHatch;
            } else {
                continue;
            }
            const QRectF box(area.left() + static_cast<double>(i) * segment, top,
                             std::max(1.0, segment - 1.0), h);
            p.fillRect(box, colour);
        }
    }
}

void OverviewStrip::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(static_cast<int>(event->position().y()));
    if (row >= 0) {
        emit rowRequested(row);
    }
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        mousePressEvent(event);
    }
}

} // namespace parallax::ui
