#pragma once

#include "ui/theme.h"

#include <QWidget>

namespace parallax::ui {

// The key to the highlights, drawn with the same formats as the cells.
class LegendBar : public QWidget {
    Q_OBJECT
public:
    explicit LegendBar(QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    void setShowMissing(bool show);
    void setHiddenClutter(int lines); // clutter rows folded away, told beside its key
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Keys that do not fit on one line flow onto the next, so none is ever cut off.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Lays the keys out in width; paints them when a painter is given. Returns the height.
    int layoutKeys(int width, QPainter* painter) const;

    Theme m_theme;
    bool m_showMissing = false;
    int m_hiddenClutter = 0;
};

} // namespace parallax::ui
