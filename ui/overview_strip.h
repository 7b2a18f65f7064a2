#pragma once

#include "ui/theme.h"

#include <QPointer>
#include <QWidget>

class QTableView;

namespace parallax::ui {

// A minimap beside the table: one line per row, one segment per visible outlet, filled where
// the outlet has the row, hatched where it does not report it; the visible part of the
// table is framed. Clicking or dragging jumps there.
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
    QPointer<QTableView> m_table;
    Theme m_theme;
};

} // namespace parallax::ui
