#pragma once

#include <QHeaderView>

namespace parallax::ui {

// The outlet header: name (renamable), headline, date and word count, and a bar for how much
// of the shared content the outlet carries. Sections can be moved and hidden.
class OutletHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit OutletHeader(QWidget* parent = nullptr);
    void setCompact(bool compact);
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    bool m_compact = false;
};

// "3 Nov 2026" for the dates files carry ("2026-11-03", "20261103", ...); else as given.
QString displayDate(const QString& raw);

} // namespace parallax::ui
