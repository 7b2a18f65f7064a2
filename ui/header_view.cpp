#include "ui/header_view.h"

#include "ui/comparison_model.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

namespace parallax::ui {

QString displayDate(const QString& raw)
{
    const QString trimmed = raw.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd"),
                                  QStringLiteral("yyyy/MM/dd"), QStringLiteral("dd.MM.yyyy")}) {
        const QDate date = QDate::fromString(trimmed.left(format.size()), format);
        if (date.isValid()) {
            return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
        }
    }
    const QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODate);
    if (dateTime.isValid()) {
        return QLocale().toString(dateTime.date(), QStringLiteral("d MMM yyyy"));
    }
    return trimmed;
}

OutletHeader::OutletHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsMovable(true);
    setSectionsClickable(true);
    setHighlightSections(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void OutletHeader::setCompact(bool compact)
{
    m_compact = compact;
    updateGeometry();
    viewport()->update();
}

QSize OutletHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    const QFontMetrics fm(font());
    const int lines = m_compact ? 3 : 5;
    size.setHeight(fm.height() * lines + (m_compact ? 14 : 26));
    return size;
}

QSize OutletHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(sizeHint().height());
    return size;
}

void OutletHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!model() || !rect.isValid()) {
        return;
    }
    painter->save();
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Window);
    painter->fillRect(rect, base);
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.62F);
    QColor line = text;
    line.setAlphaF(0.14F);

    const int pad = m_compact ? 6 : 10;
    QRect inner = rect.adjusted(pad, pad - 2, -pad, -pad);
    const auto value = [&](int role) {
        return model()->headerData(logicalIndex, orientation(), role);
    };

    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(font().pointSizeF() * 1.06);
    QString name = value(Qt::DisplayRole).toString();
    if (value(ComparisonModel::ReferenceRole).toBool()) {
        name = QStringLiteral("◆ ") + name;
    }
    if (value(ComparisonModel::FollowedRole).toBool()) {
        // In front, where eliding a long name cannot cut it off.
        name = QStringLiteral("⇣ ") + name;
    }
    painter->setFont(nameFont);
    painter->setPen(text);
    const QFontMetrics nameMetrics(nameFont);
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, inner.width()));
    int y = inner.top() + nameMetrics.height() + 1;

    const QFontMetrics fm(font());
    if (!m_compact) {
        // The headline on up to two lines.
        const QString headline = value(ComparisonModel::HeadlineRole).toString();
        QTextLayout layout(headline, font());
        QTextOption opt;
        opt.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(opt);
        layout.beginLayout();
        int lines = 0;
        qreal ly = 0;
        int shown = 0;
        while (lines < 2) {
            QTextLine l = layout.createLine();
            if (!l.isValid()) {
                break;
            }
            l.setLineWidth(inner.width());
            l.setPosition(QPointF(0, ly));
            ly += l.height();
            shown = l.textStart() + l.textLength();
            ++lines;
        }
        layout.endLayout();
        painter->setFont(font());
        painter->setPen(text);
        if (headline.trimmed().isEmpty()) {
            // Said, so an empty space does not look like a drawing fault.
            QFont italic = font();
            italic.setItalic(true);
            painter->setFont(italic);
            painter->setPen(muted);
            painter->drawText(
                QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                fm.elidedText(tr("no headline found"), Qt::ElideRight, inner.width()));
        } else if (shown < headline.size() && lines == 2) {
            // Elide the second line by hand: QTextLayout does not.
            QTextLine first = layout.lineAt(0);
            painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()),
                              Qt::AlignLeft | Qt::AlignTop,
                              headline.mid(first.textStart(), first.textLength()).trimmed());
            painter->drawText(QRect(inner.left(), y + fm.height(), inner.width(), fm.height()),
                              Qt::AlignLeft | Qt::AlignTop,
                              fm.elidedText(headline.mid(first.textLength()).trimmed(),
                                            Qt::ElideRight, inner.width()));
        } else {
            layout.draw(painter, QPointF(inner.left(), y));
        }
        y += 2 * fm.height() + 2;
    }

    QStringList meta;
    const QString date = displayDate(value(ComparisonModel::DateRole).toString());
    if (!date.isEmpty()) {
        meta << date;
    }
    meta << tr("%L1 words").arg(value(ComparisonModel::WordsRole).toULongLong());
    const double coverage = value(ComparisonModel::CoverageRole).toDouble();
    const QString coverageText = tr("%1% of shared").arg(std::lround(coverage * 100));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(muted);
    const QFontMetrics sm(small);
    painter->drawText(
        QRect(inner.left(), y, inner.width(), sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sm.elidedText(meta.join(QStringLiteral(" · ")), Qt::ElideRight, inner.width()));
    y += sm.height() + 3;

    // Coverage: a bar and its figure, so the number is there without the colour.
    const int labelWidth = sm.horizontalAdvance(coverageText) + 6;
    // Capped: across a wide column a long bar reads as a divider, not a measure.
    const int barWidth =
        std::max(20, std::min(inner.width() - labelWidth, sm.averageCharWidth() * 22));
    const QRect bar(inner.left(), y + sm.height() / 2 - 2, barWidth, 4);
    painter->fillRect(bar, line);
    QColor fill = pal.color(QPalette::Highlight);
    painter->fillRect(
        QRect(bar.left(), bar.top(),
              static_cast<int>(std::lround(bar.width() * std::clamp(coverage, 0.0, 1.0))),
              bar.height()),
        fill);
    painter->drawText(QRect(bar.right() + 6, y, labelWidth, sm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, coverageText);

    painter->setPen(line);
    painter->drawLine(rect.topRight(), rect.bottomRight());
    QColor strong = text;
    strong.setAlphaF(0.28F);
    painter->setPen(strong);
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
}

} // namespace parallax::ui
