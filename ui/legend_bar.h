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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Theme m_theme;
    bool m_showMissing = false;
    int m_hiddenClutter = 0;
};

} // namespace parallax::ui
