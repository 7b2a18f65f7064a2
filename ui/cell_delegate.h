#pragma once

#include "ui/comparison_model.h"
#include "ui/theme.h"

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <optional>

namespace parallax::ui {

// Paints a cell of the comparison: the sentence text with its word spans (QTextLayout, laid
// out once per width and cached), the "not reported" hatching of an omission, the tint and
// label of an addition, the "moved" label, clutter greyed behind its kind label, and the thin
// band of a folded run of clutter.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CellDelegate(QObject* parent = nullptr);

    void setTheme(const Theme& theme);
    const Theme& theme() const { return m_theme; }
    void setCompact(bool compact);
    bool compact() const { return m_compact; }
    void setFont(const QFont& font);
    void clearCache();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // The height a cell needs at a column width.
    int heightFor(const QModelIndex& index, int width) const;
    // Which of the cell's sentences (0-based, in cell order) is at a point of the view.
    std::optional<int> sentenceAt(const QModelIndex& index, const QRect& cellRect,
                                  const QPoint& point) const;

    static QTextCharFormat formatFor(MarkKind kind, const Theme& theme, const QFont& font);

private:
    struct Key {
        quint64 generation;
        qulonglong coreRow;
        int column;
        int width;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.generation, key.coreRow, key.column, key.width);
    }
    struct Laid {
        QTextLayout layout;
        int textHeight = 0;
    };
    const Laid* layoutFor(const ComparisonModel& model, const QModelIndex& index,
                          int textWidth) const;
    int padding() const;
    int noteHeight() const;
    int foldHeight() const;
    // The width an empty cell's preview of its closest sentence is laid out at (heightFor and
    // paint must agree, or the cache holds two layouts and the row the wrong height).
    int previewWidth(int cellWidth) const;
    void paintAdditionElsewhere(QPainter* painter, const QStyleOptionViewItem& option,
                                const ComparisonModel& model, int row) const;
    void paintFold(QPainter* painter, const QStyleOptionViewItem& option,
                   const ComparisonModel& model, int row, const ClutterFold& fold) const;

    Theme m_theme;
    QFont m_font;
    QFont m_noteFont;
    bool m_compact = false;
    mutable QCache<Key, Laid> m_cache;
};

} // namespace parallax::ui
