#include "ui/legend_bar.h"

#include "ui/cell_delegate.h"

#include <QPainter>
#include <QTextLayout>

namespace parallax::ui {

LegendBar::LegendBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LegendBar::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

void LegendBar::setShowMissing(bool show)
{
    m_showMissing = show;
    update();
}

void LegendBar::setHiddenClutter(int lines)
{
    m_hiddenClutter = lines;
    update();
}

QSize LegendBar::sizeHint() const
{
    return {800, fontMetrics().height() + 14};
}

QSize LegendBar::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 14};
}

void LegendBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm(font());
    const int h = fm.height();
    const int y = (height() - h) / 2;
    int x = 10;
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.75F);

    const auto label = [&](const QString& text) {
        p.setPen(muted);
        p.setFont(font());
        p.drawText(QPoint(x, y + fm.ascent()), text);
        x += fm.horizontalAdvance(text) + 22;
    };
    // A sample word in a cell format, then its meaning.
    const auto sample = [&](const QString& word, MarkKind kind, const QString& meaning) {
        QTextLayout layout(word, font());
        layout.setFormats(
            {{0, static_cast<int>(word.size()), CellDelegate::formatFor(kind, m_theme, font())}});
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(400);
        layout.endLayout();
        p.setPen(m_theme.text);
        layout.draw(&p, QPointF(x, y));
        x += static_cast<int>(line.naturalTextWidth()) + 6;
        label(meaning);
    };

    {
        const QRect box(x, y + 1, 26, h - 2);
        QBrush hatch(m_theme.omissionHatch, Qt::BDiagPattern);
        p.fillRect(box, hatch);
        p.setPen(m_theme.omissionHatch);
        p.drawRect(box.adjusted(0, 0, -1, -1));
        x += box.width() + 6;
        label(tr("Not reported"));
    }
    {
        const QRect box(x, y + 1, 26, h - 2);
        p.fillRect(box, m_theme.additionTint);
        p.fillRect(QRect(box.left(), box.top(), 3, box.height()), m_theme.additionEdge);
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(font().pointSizeF() * 0.8);
        p.setFont(bold);
        p.setPen(m_theme.additionEdge);
        p.drawText(box.adjusted(3, 0, 0, 0), Qt::AlignCenter, QStringLiteral("+"));
        x += box.width() + 6;
        label(tr("Only one outlet"));
    }
    sample(tr("reworded"), MarkKind::Changed, tr("Changed words"));
    sample(tr("added"), MarkKind::Added, tr("Added words"));
    if (m_showMissing) {
        sample(tr("lacks"), MarkKind::Missing, tr("Missing words"));
    }
    {
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(font().pointSizeF() * 0.82);
        p.setFont(bold);
        p.setPen(m_theme.moved);
        const QString mark = tr("↕ MOVED");
        p.drawText(QPoint(x, y + fm.ascent()), mark);
        x += QFontMetrics(bold).horizontalAdvance(mark) + 6;
        label(tr("Out of its article's order"));
    }
    sample(QStringLiteral("AD"), MarkKind::ClutterLabel,
           m_hiddenClutter > 0 ? tr("Page clutter · %1 hidden").arg(m_hiddenClutter)
                               : tr("Page clutter"));
}

} // namespace parallax::ui
