#include "ui/cell_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextLine>
#include <cmath>

namespace parallax::ui {

namespace {

constexpr int kEdge = 3; // the bar marking an addition
// Lines of an empty cell's preview of its outlet's closest sentence: enough to judge it
// beside the row, short enough not to make the row a wall of grey text.
constexpr int kPreviewLines = 3;
// The preview starts where the text of the labels above it does (their boxes' margin).
constexpr int kPreviewInset = 6;

} // namespace

CellDelegate::CellDelegate(QObject* parent) : QStyledItemDelegate(parent), m_cache(50000)
{
    setTheme(Theme::fromPalette(QApplication::palette()));
    setFont(QApplication::font());
}

void CellDelegate::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_cache.clear();
}

void CellDelegate::setCompact(bool compact)
{
    m_compact = compact;
    m_cache.clear();
}

void CellDelegate::setFont(const QFont& font)
{
    m_font = font;
    m_noteFont = font;
    m_noteFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.82));
    m_noteFont.setBold(true);
    m_noteFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    m_cache.clear();
}

void CellDelegate::clearCache()
{
    m_cache.clear();
}

int CellDelegate::padding() const
{
    return m_compact ? 5 : 9;
}

int CellDelegate::noteHeight() const
{
    return QFontMetrics(m_noteFont).height() + (m_compact ? 2 : 4);
}

int CellDelegate::previewWidth(int cellWidth) const
{
    return cellWidth - 2 * padding() - 2 * kPreviewInset;
}

int CellDelegate::foldHeight() const
{
    return QFontMetrics(m_noteFont).height() + (m_compact ? 6 : 12);
}

QTextCharFormat CellDelegate::formatFor(MarkKind kind, const Theme& theme, const QFont& font)
{
    QTextCharFormat f;
    switch (kind) {
    case MarkKind::Changed:
        f.setBackground(theme.changedBackground);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(theme.changedLine);
        break;
    case MarkKind::Added:
        f.setBackground(theme.addedBackground);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(theme.addedLine);
        break;
    case MarkKind::Missing:
        f.setForeground(theme.missingText);
        f.setBackground(theme.missingBackground);
        f.setFontStrikeOut(true);
        break;
    case MarkKind::ClutterLabel: {
        QFont small = font;
        small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.72));
        small.setBold(true);
        small.setLetterSpacing(QFont::PercentageSpacing, 108);
        f.setFont(small, QTextCharFormat::FontPropertiesAll);
        f.setForeground(theme.clutterText);
        f.setBackground(theme.clutterLabelBackground);
        break;
    }
    case MarkKind::ClutterText:
    case MarkKind::Gap:
        f.setForeground(theme.clutterText);
        break;
    case MarkKind::Headline:
        f.setFontWeight(QFont::DemiBold);
        break;
    case MarkKind::FindHit:
        f.setBackground(theme.findBackground);
        f.setForeground(theme.dark ? QColor(Qt::white) : QColor(Qt::black));
        f.setFontOverline(true);
        break;
    }
    return f;
}

const CellDelegate::Laid* CellDelegate::layoutFor(const ComparisonModel& model,
                                                  const QModelIndex& index, int textWidth) const
{
    const Key key{model.generation(), model.coreRow(index.row()), index.column(), textWidth};
    if (const Laid* hit = m_cache.object(key)) {
        return hit;
    }
    const CellContent& content = model.content(index);
    auto laid = std::make_unique<Laid>();
    QTextLayout& layout = laid->layout;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    QList<QTextLayout::FormatRange> formats;
    const bool preview = content.state != CellState::Present;
    if (preview) {
        // An empty cell shows its outlet's closest sentence, muted, for the reader to judge
        // beside the row's versions (ui/possible_matches.h).
        layout.setText(model.nearSentence(index));
        QTextCharFormat muted;
        muted.setFontItalic(true);
        muted.setForeground(m_theme.clutterText);
        formats.append({0, static_cast<int>(layout.text().size()), muted});
    } else {
        layout.setText(content.text);
        formats.reserve(static_cast<qsizetype>(content.marks.size()));
        // Clutter text first so the highlights painted over it win.
        for (int pass = 0; pass < 2; ++pass) {
            for (const TextMark& mark : content.marks) {
                const bool base =
                    mark.kind == MarkKind::ClutterText || mark.kind == MarkKind::Headline;
                if (base == (pass == 0)) {
                    formats.append(
                        {mark.start, mark.length, formatFor(mark.kind, m_theme, m_font)});
                }
            }
        }
    }
    layout.setFont(m_font);
    layout.setFormats(formats);
    const QFontMetricsF metrics(m_font);
    const qreal leading = m_compact ? 0.0 : std::ceil(metrics.height() * 0.18);
    const auto lay = [&] {
        layout.beginLayout();
        qreal y = 0;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid()) {
                break;
            }
            line.setLineWidth(std::max(10, textWidth));
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
        }
        layout.endLayout();
        return y;
    };
    qreal y = lay();
    if (preview && layout.lineCount() > kPreviewLines) {
        // Cut after the last line shown, a word or two back to make room for the ellipsis.
        const QTextLine last = layout.lineAt(kPreviewLines - 1);
        QString text = layout.text().left(last.textStart() + last.textLength()).trimmed();
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), text.size() - 4);
        text = text.left(space > last.textStart() ? space : text.size() - 4) + QChar(0x2026);
        layout.setText(text);
        formats.front().length = static_cast<int>(text.size());
        layout.setFormats(formats);
        y = lay();
    }
    laid->textHeight = static_cast<int>(std::ceil(y - leading));
    const Laid* result = laid.get();
    m_cache.insert(key, laid.release());
    return result;
}

int CellDelegate::heightFor(const QModelIndex& index, int width) const
{
    const auto* model = qobject_cast<const ComparisonModel*>(index.model());
    if (!model) {
        return 0;
    }
    if (model->rowIsFold(index.row())) {
        return foldHeight();
    }
    const CellContent& content = model->content(index);
    const int pad = padding();
    const int minimum = QFontMetrics(m_font).height() + 2 * pad;
    if (content.state != CellState::Present) {
        // An empty cell naming its outlet's closest sentence needs a line for the hint and
        // room for the sentence itself.
        if (model->nearHint(index).isEmpty()) {
            return minimum;
        }
        const Laid* preview = layoutFor(*model, index, previewWidth(width));
        return minimum + noteHeight() + preview->textHeight + pad / 2;
    }
    const int textWidth = width - 2 * pad - kEdge;
    const Laid* laid = layoutFor(*model, index, textWidth);
    const bool note = !content.note.isEmpty() || content.addition;
    return std::max(minimum, laid->textHeight + 2 * pad + (note ? noteHeight() : 0));
}

std::optional<int> CellDelegate::sentenceAt(const QModelIndex& index, const QRect& cellRect,
                                            const QPoint& point) const
{
    const auto* model = qobject_cast<const ComparisonModel*>(index.model());
    if (!model) {
        return std::nullopt;
    }
    const CellContent& content = model->content(index);
    if (content.state != CellState::Present || content.sentenceRanges.empty()) {
        return std::nullopt;
    }
    const int pad = padding();
    const Laid* laid = layoutFor(*model, index, cellRect.width() - 2 * pad - kEdge);
    const bool note = !content.note.isEmpty() || content.addition;
    const QPointF local = point - QPointF(cellRect.left() + pad + kEdge,
                                          cellRect.top() + pad + (note ? noteHeight() : 0));
    int position = 0;
    for (int i = 0; i < laid->layout.lineCount(); ++i) {
        const QTextLine line = laid->layout.lineAt(i);
        position = line.xToCursor(local.x());
        if (local.y() < line.y() + line.height()) {
            break;
        }
    }
    for (std::size_t s = 0; s < content.sentenceRanges.size(); ++s) {
        if (position < content.sentenceRanges[s].second || s + 1 == content.sentenceRanges.size()) {
            return static_cast<int>(s);
        }
    }
    return std::nullopt;
}

QSize CellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return {option.rect.width(), heightFor(index, option.rect.width())};
}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const auto* model = qobject_cast<const ComparisonModel*>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (const ClutterFold* fold = model->fold(index.row())) {
        paintFold(painter, option, *model, index.row(), *fold);
        return;
    }
    const CellContent& content = model->content(index);
    const QRect r = option.rect;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setClipRect(r);

    if (content.state == CellState::Present && content.addition) {
        painter->fillRect(r, m_theme.additionTint);
    }
    if (selected) {
        painter->fillRect(r, m_theme.selection);
    }
    // Labels and the preview on an omission's hatching stand on a plain ground, so they read.
    const QColor ground = selected ? m_theme.selection : option.palette.base().color();
    if (content.state == CellState::NotReported) {
        QBrush hatch(m_theme.omissionHatch, Qt::BDiagPattern);
        QTransform scale;
        scale.scale(1.4, 1.4);
        hatch.setTransform(scale);
        painter->fillRect(r.adjusted(4, 4, -4, -4), hatch);
        QFont italic = m_font;
        italic.setItalic(true);
        painter->setFont(italic);
        const QString label = tr("not reported");
        const QFontMetrics fm(italic);
        const QRect textRect = fm.boundingRect(label).adjusted(-6, -2, 6, 2);
        QRect box(r.left() + padding(), r.top() + padding() - 2, textRect.width(),
                  textRect.height());
        painter->fillRect(box, ground);
        painter->setPen(m_theme.omissionText);
        painter->drawText(box, Qt::AlignCenter, label);
    }
    if (content.state == CellState::Blank) {
        paintAdditionElsewhere(painter, option, *model, index.row());
    }
    if (content.state != CellState::Present) {
        // The outlet's closest sentence (not aligned): a line under the label ("not reported",
        // or "only in X" when the addition is out of view).
        if (const QString hint = model->nearHint(index); !hint.isEmpty()) {
            const int pad = padding();
            painter->setFont(m_noteFont);
            const QFontMetrics fm(m_noteFont);
            const QString text = fm.elidedText(hint, Qt::ElideRight, r.width() - 2 * pad - 12);
            // On the hatching, a plain box as under "not reported", so that it reads.
            const QRect box(r.left() + pad, r.top() + pad + QFontMetrics(m_font).height() + 2,
                            fm.horizontalAdvance(text) + 12, noteHeight());
            if (content.state == CellState::NotReported) {
                painter->fillRect(box, ground);
            }
            painter->setPen(m_theme.clutterText);
            painter->drawText(box, Qt::AlignCenter, text);
            // The sentence itself, under the hint, on a plain ground as well.
            const Laid* preview = layoutFor(*model, index, previewWidth(r.width()));
            const QPointF at(r.left() + pad + kPreviewInset, box.bottom() + 1 + pad / 2);
            if (content.state == CellState::NotReported) {
                const QRectF bounds = preview->layout.boundingRect();
                painter->fillRect(
                    QRectF(at.x() - 3, at.y() - 1, bounds.width() + 6, preview->textHeight + 2),
                    ground);
            }
            preview->layout.draw(painter, at);
        }
    }
    if (content.state == CellState::Present) {
        const int pad = padding();
        int top = r.top() + pad;
        const int left = r.left() + pad + kEdge;
        if (content.addition) {
            painter->fillRect(QRect(r.left(), r.top(), kEdge, r.height()), m_theme.additionEdge);
        }
        if (!content.note.isEmpty() || content.addition) {
            painter->setFont(m_noteFont);
            QString note;
            QColor colour;
            if (content.addition) {
                note = tr("+ ONLY HERE");
                colour = m_theme.additionEdge;
            }
            if (!content.note.isEmpty()) {
                note += (note.isEmpty() ? QString() : QStringLiteral("   ")) + content.note;
                colour = content.addition ? colour : m_theme.moved;
            }
            painter->setPen(colour);
            painter->drawText(QRect(left, top, r.width() - 2 * pad - kEdge, noteHeight()),
                              Qt::AlignLeft | Qt::AlignTop,
                              QFontMetrics(m_noteFont)
                                  .elidedText(note, Qt::ElideRight, r.width() - 2 * pad - kEdge));
            top += noteHeight();
        }
        const Laid* laid = layoutFor(*model, index, r.width() - 2 * pad - kEdge);
        painter->setPen(m_theme.text);
        laid->layout.draw(painter, QPointF(left, top));
    }
    // Hairlines instead of a grid: calmer, and they follow the palette.
    painter->setPen(m_theme.separator);
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomRight());
    if (option.state.testFlag(QStyle::State_HasFocus) && selected) {
        QPen pen(m_theme.current, 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(r).adjusted(1, 1, -1.5, -1.5));
    }
    painter->restore();
}

void CellDelegate::paintAdditionElsewhere(QPainter* painter, const QStyleOptionViewItem& option,
                                          const ComparisonModel& model, int row) const
{
    const auto* view = qobject_cast<const QTableView*>(option.widget);
    const int owner = model.additionColumn(row);
    if (!view || owner < 0) {
        return;
    }
    // With many outlets the one cell of an addition is often scrolled out of view (or its
    // column hidden), leaving a tall row of blanks; say whose it is and which way it lies.
    const QRect ownerRect = view->visualRect(model.index(row, owner));
    const QRect area = view->viewport()->rect();
    const bool hidden = view->isColumnHidden(owner);
    if (!hidden && ownerRect.intersects(area)) {
        return;
    }
    QString text = tr("only in %1").arg(model.outletName(owner));
    if (hidden) {
        text += tr(" (hidden)");
    } else if (ownerRect.left() >= area.right()) {
        text += QStringLiteral("  →");
    } else {
        text = QStringLiteral("←  ") + text;
    }
    // Like a fold's label: at the left of the visible area, each cell painting its share.
    const int pad = padding();
    painter->setFont(m_noteFont);
    painter->setPen(m_theme.additionEdge);
    const QFontMetrics fm(m_noteFont);
    painter->drawText(
        QRect(pad + kEdge, option.rect.top() + pad, area.width() - 2 * pad - kEdge, noteHeight()),
        Qt::AlignLeft | Qt::AlignTop,
        fm.elidedText(text, Qt::ElideRight, area.width() - 2 * pad - kEdge));
}

void CellDelegate::paintFold(QPainter* painter, const QStyleOptionViewItem& option,
                             const ComparisonModel& model, int row, const ClutterFold& fold) const
{
    const QRect r = option.rect;
    const auto* view = qobject_cast<const QTableView*>(option.widget);
    const bool current = view && view->hasFocus() && view->currentIndex().isValid() &&
                         view->currentIndex().row() == row;
    painter->save();
    painter->setClipRect(r);
    painter->fillRect(r, current ? m_theme.selection : m_theme.foldBackground);
    // Dotted edges, as diff viewers draw a fold: something is here, folded away.
    painter->setPen(QPen(m_theme.separator.darker(m_theme.dark ? 70 : 115), 1, Qt::DotLine));
    painter->drawLine(r.topLeft(), r.topRight());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    // The label starts at the left edge of the visible area, whichever column is there, so it
    // stays in view while the table scrolls across; every cell paints its share of it.
    const int viewWidth = view ? view->viewport()->width() : r.width();
    const int pad = padding();
    int x = pad + kEdge;
    const int right = viewWidth - pad;
    QFont text = m_font;
    text.setPointSizeF(std::max(6.0, m_font.pointSizeF() * 0.9));
    const QFontMetrics tm(text);
    const int baseline = r.top() + (r.height() - tm.height()) / 2 + tm.ascent();
    painter->setFont(text);
    painter->setPen(m_theme.mutedText);
    const QString head = fold.expanded
                             ? QStringLiteral("▾  ") + model.foldText(fold, false)
                             : QStringLiteral("▸  ") + model.foldText(fold, false) + tr(" hidden");
    painter->drawText(QPoint(x, baseline), head);
    x += tm.horizontalAdvance(head) + tm.averageCharWidth() * 2;

    // The kinds as the same grey labels the clutter lines carry.
    QFont chip = m_font;
    chip.setPointSizeF(std::max(6.0, m_font.pointSizeF() * 0.72));
    chip.setBold(true);
    chip.setLetterSpacing(QFont::PercentageSpacing, 108);
    const QFontMetrics cm(chip);
    const int chipHeight = cm.height() + 2;
    const int chipTop = r.top() + (r.height() - chipHeight) / 2;
    constexpr int kShownKinds = 6;
    for (int i = 0; i < fold.kinds.size() && i < kShownKinds; ++i) {
        const QString label = fold.kinds.at(i);
        const int w = cm.horizontalAdvance(label) + 8;
        if (x + w > right) {
            break;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_theme.clutterLabelBackground);
        painter->drawRoundedRect(QRect(x, chipTop, w, chipHeight), 2, 2);
        painter->setFont(chip);
        painter->setPen(m_theme.clutterText);
        painter->drawText(QRect(x, chipTop, w, chipHeight), Qt::AlignCenter, label);
        x += w + 4;
    }
    painter->setFont(text);
    painter->setPen(m_theme.mutedText);
    if (fold.kinds.size() > kShownKinds) {
        const QString more = QStringLiteral("+%1").arg(fold.kinds.size() - kShownKinds);
        painter->drawText(QPoint(x + 2, baseline), more);
        x += tm.horizontalAdvance(more) + 4;
    }
    const QString hint = fold.expanded ? tr("click to fold") : tr("click to show");
    x += tm.averageCharWidth() * 2;
    if (x + tm.horizontalAdvance(hint) <= right) {
        painter->drawText(QPoint(x, baseline), hint);
    }
    painter->restore();
}

} // namespace parallax::ui
