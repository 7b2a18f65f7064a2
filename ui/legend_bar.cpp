#include "ui/legend_bar.h"

#include "ui/cell_delegate.h"

#include <QPainter>
#include <QTextLayout>
#include <cmath>
#include <functional>

namespace parallax::ui {

namespace {

constexpr int kMargin = 10; // left and right of the keys
constexpr int kGap = 22;    // between two keys
constexpr int kSwatch = 26; // the boxes for "not reported" and "only one outlet"

} // namespace

LegendBar::LegendBar(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LegendBar::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

void LegendBar::setShowMissing(bool show)
{
    m_showMissing = show;
    updateGeometry();
    update();
}

void LegendBar::setHiddenClutter(int lines)
{
    if (lines == m_hiddenClutter) {
        return;
    }
    m_hiddenClutter = lines;
    updateGeometry();
    update();
}

QSize LegendBar::sizeHint() const
{
    return {800, heightForWidth(width() > 0 ? width() : 800)};
}

QSize LegendBar::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 14};
}

int LegendBar::heightForWidth(int width) const
{
    return layoutKeys(width, nullptr);
}

void LegendBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The number of lines may change with the width.
    if (heightForWidth(width()) != height()) {
        updateGeometry();
    }
}

void LegendBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    layoutKeys(width(), &p);
}

int LegendBar::layoutKeys(int width, QPainter* p) const
{
    const QFontMetrics fm(font());
    const int h = fm.height();
    const int lineHeight = h + 8;
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.75F);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 0.82);

    // A key: the mark's width and how to paint it at (x, y), then its meaning.
    struct Key {
        int markWidth;
        std::function<void(QPainter&, int, int)> paintMark;
        QString meaning;
    };
    std::vector<Key> keys;
    keys.push_back({kSwatch,
                    [this, h](QPainter& painter, int x, int y) {
                        const QRect box(x, y + 1, kSwatch, h - 2);
                        painter.fillRect(box, QBrush(m_theme.omissionHatch, Qt::BDiagPattern));
                        painter.setPen(m_theme.omissionHatch);
                        painter.drawRect(box.adjusted(0, 0, -1, -1));
                    },
                    tr("Not reported")});
    keys.push_back(
        {kSwatch,
         [this, h, bold](QPainter& painter, int x, int y) {
             const QRect box(x, y + 1, kSwatch, h - 2);
             painter.fillRect(box, m_theme.additionTint);
             painter.fillRect(QRect(box.left(), box.top(), 3, box.height()), m_theme.additionEdge);
             painter.setFont(bold);
             painter.setPen(m_theme.additionEdge);
             painter.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignCenter, QStringLiteral("+"));
         },
         tr("Only one outlet")});
    // A sample word in a cell format.
    const auto sample = [&](const QString& word, MarkKind kind, const QString& meaning) {
        const QFont f = font();
        const QTextCharFormat format = CellDelegate::formatFor(kind, m_theme, f);
        QTextLayout measure(word, f);
        measure.setFormats({{0, static_cast<int>(word.size()), format}});
        measure.beginLayout();
        QTextLine line = measure.createLine();
        line.setLineWidth(400);
        measure.endLayout();
        keys.push_back({static_cast<int>(std::ceil(line.naturalTextWidth())),
                        [this, word, f, format](QPainter& painter, int x, int y) {
                            QTextLayout layout(word, f);
                            layout.setFormats({{0, static_cast<int>(word.size()), format}});
                            layout.beginLayout();
                            layout.createLine().setLineWidth(400);
                            layout.endLayout();
                            painter.setPen(m_theme.text);
                            layout.draw(&painter, QPointF(x, y));
                        },
                        meaning});
    };
    sample(tr("reworded"), MarkKind::Changed, tr("Changed words"));
    sample(tr("added"), MarkKind::Added, tr("Added words"));
    if (m_showMissing) {
        sample(tr("lacks"), MarkKind::Missing, tr("Missing words"));
    }
    // A label in small bold letters, as the cells show it.
    const auto label = [&](const QString& text, const QColor& colour, const QString& meaning) {
        keys.push_back({QFontMetrics(bold).horizontalAdvance(text),
                        [bold, text, colour, fm](QPainter& painter, int x, int y) {
                            painter.setFont(bold);
                            painter.setPen(colour);
                            painter.drawText(QPoint(x, y + fm.ascent()), text);
                        },
                        meaning});
    };
    label(tr("↕ MOVED"), m_theme.moved, tr("Out of its article's order"));
    // The hint an empty cell may carry: that outlet's closest sentence, not aligned.
    label(tr("\u2248 row 12"), m_theme.clutterText,
          tr("Closest sentence, too unlike to align · N to review, P to align, X not the same"));
    sample(QStringLiteral("AD"), MarkKind::ClutterLabel,
           m_hiddenClutter > 0 ? tr("Page clutter · %1 lines folded").arg(m_hiddenClutter)
                               : tr("Page clutter"));

    int x = kMargin;
    int top = 4;
    for (const Key& key : keys) {
        const int w = key.markWidth + 6 + fm.horizontalAdvance(key.meaning);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            top += lineHeight;
        }
        if (p) {
            const int y = top + (lineHeight - h) / 2;
            key.paintMark(*p, x, y);
            p->setPen(muted);
            p->setFont(font());
            p->drawText(QPoint(x + key.markWidth + 6, y + fm.ascent()), key.meaning);
        }
        x += w + kGap;
    }
    return top + lineHeight + 4;
}

} // namespace parallax::ui
