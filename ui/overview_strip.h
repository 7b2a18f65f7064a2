#pragma once

#include "ui/theme.h"

#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace parallax::ui {

class ComparisonModel;

// A minimap beside the table: one line per row, one segment per visible outlet, filled where
// the outlet has the row, hatched where it does not report it; the visible part of the
// table is framed. Clicking or dragging jumps there. The rows are drawn once into a pixmap and
// drawn again only when the table's content, rows or columns change: scrolling moves the frame
// alone (with a thousand outlets a full repaint per scroll step cost 25 ms a frame).
class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    explicit OverviewStrip(QTableView* table, QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    QSize sizeHint() const override;

signals:
    void rowRequested(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    int rowAt(int y) const;
    void invalidate();
    void watchModel();
    void paintRows(QPainter& p, const ComparisonModel& model, const QRect& area) const;
    QPointer<QTableView> m_table;
    QPointer<QAbstractItemModel> m_watched;
    Theme m_theme;
    QPixmap m_rows; // the rows as last drawn; null: draw again
};

} // namespace parallax::ui
