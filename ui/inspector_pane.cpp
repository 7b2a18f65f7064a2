#include "ui/inspector_pane.h"

#include "ui/comparison_model.h"

#include <cmath>
#include <set>

namespace parallax::ui {

namespace {

QString css(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

// The cell's text as HTML, each stretch styled by the marks that cover it.
QString markedHtml(const CellContent& content, const Theme& theme)
{
    std::set<int> cuts{0, static_cast<int>(content.text.size())};
    for (const TextMark& m : content.marks) {
        cuts.insert(std::clamp(m.start, 0, static_cast<int>(content.text.size())));
        cuts.insert(std::clamp(m.start + m.length, 0, static_cast<int>(content.text.size())));
    }
    QString html;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const int from = *it;
        const int to = *std::next(it);
        QStringList style;
        for (const TextMark& m : content.marks) {
            if (m.start > from || m.start + m.length < to) {
                continue;
            }
            switch (m.kind) {
            case MarkKind::Changed:
                style << QStringLiteral("background:%1; text-decoration:underline")
                             .arg(css(theme.changedBackground));
                break;
            case MarkKind::Added:
                style << QStringLiteral("background:%1; text-decoration:underline")
                             .arg(css(theme.addedBackground));
                break;
            case MarkKind::Missing:
                style << QStringLiteral("background:%1; color:%2; text-decoration:line-through")
                             .arg(css(theme.missingBackground), css(theme.missingText));
                break;
            case MarkKind::ClutterLabel:
                style << QStringLiteral("font-size:small; font-weight:600; background:%1")
                             .arg(css(theme.clutterLabelBackground));
                break;
            case MarkKind::ClutterText:
                style << QStringLiteral("color:%1").arg(css(theme.clutterText));
                break;
            case MarkKind::Headline:
                style << QStringLiteral("font-weight:600");
                break;
            case MarkKind::FindHit:
                style << QStringLiteral("background:%1").arg(css(theme.findBackground));
                break;
            }
        }
        const QString piece = content.text.mid(from, to - from).toHtmlEscaped();
        html += style.isEmpty() ? piece
                                : QStringLiteral("<span style=\"%1\">%2</span>")
                                      .arg(style.join(QLatin1Char(';')), piece);
    }
    return html;
}

} // namespace

InspectorPane::InspectorPane(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    showPlaceholder();
}

void InspectorPane::showPlaceholder()
{
    m_row = -1;
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(css(m_theme.mutedText),
                     tr("Click a sentence to see every outlet's version of it here, with the "
                        "words that differ.")));
}

void InspectorPane::showRow(const ComparisonModel& model, int row, const std::vector<int>& columns)
{
    if (row < 0 || row >= model.rowCount()) {
        showPlaceholder();
        return;
    }
    m_row = row;
    const core::Comparison& comparison = *model.comparison();
    const core::Row& coreRow = comparison.rows[model.coreRow(row)];
    QString html;
    QStringList status;
    status << tr("Row %1 of %2").arg(row + 1).arg(model.rowCount());
    status
        << tr("in %1 of %2 outlets").arg(coreRow.presentCount()).arg(comparison.documents.size());
    if (model.rowIsClutter(row)) {
        status << tr("page clutter");
    } else if (model.rowIsAddition(row)) {
        status << tr("only one outlet");
    } else if (model.rowHasRewording(row)) {
        status << tr("reworded");
    }
    html += QStringLiteral("<p style=\"color:%1; margin-bottom:10px\">%2</p>")
                .arg(css(m_theme.mutedText), status.join(QStringLiteral(" · ")).toHtmlEscaped());

    QStringList notReported;
    for (int c : columns) {
        const auto d = static_cast<std::size_t>(c);
        const QString outlet = model.outletName(c).toHtmlEscaped();
        if (d >= coreRow.cells.size() || coreRow.cells[d].empty()) {
            notReported << outlet;
            continue;
        }
        const core::Cell& cell = coreRow.cells[d];
        const CellContent& content = model.content(model.index(row, c));
        QStringList facts;
        const int first = model.articlePosition(d, cell.sentences.front());
        if (first > 0) {
            const int last = model.articlePosition(d, cell.sentences.back());
            facts << (last > first ? tr("sentences %1–%2 of %3").arg(first).arg(last)
                                   : tr("sentence %1 of %2").arg(first))
                         .arg(model.articleLength(d));
        } else {
            facts << tr("clutter");
        }
        if (coreRow.reference && *coreRow.reference == d && coreRow.presentCount() > 1) {
            facts << tr("reference");
        } else if (coreRow.presentCount() > 1) {
            facts << tr("%1% alike").arg(std::lround(cell.similarity * 100));
        }
        if (cell.moved) {
            facts << QStringLiteral("<span style=\"color:%1\">↕ %2</span>")
                         .arg(css(m_theme.moved), tr("moved"));
        }
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b>"
                               "&nbsp;&nbsp;<span style=\"color:%2\">%3</span></p>")
                    .arg(outlet, css(m_theme.mutedText), facts.join(QStringLiteral(" · ")));
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px\">%1</p>")
                    .arg(markedHtml(content, m_theme));
        // Below half alike the versions tell the same fact in other words, and a
        // list of lacking words is noise.
        if (!cell.missing.empty() && !model.showMissing() && cell.similarity >= 0.5) {
            QStringList lacks;
            for (const core::MissingWords& m : cell.missing) {
                if (lacks.size() == 6) {
                    lacks << QStringLiteral("…");
                    break;
                }
                lacks << QStringLiteral("<span style=\"background:%1; color:%2; "
                                        "text-decoration:line-through\">%3</span>")
                             .arg(css(m_theme.missingBackground), css(m_theme.missingText),
                                  fromUtf8(m.text).trimmed().toHtmlEscaped());
            }
            html +=
                QStringLiteral("<p style=\"margin-top:0; color:%1\">%2 %3</p>")
                    .arg(css(m_theme.mutedText), tr("Lacks:"), lacks.join(QStringLiteral(", ")));
        }
    }
    if (!notReported.isEmpty() && !model.rowIsClutter(row) && coreRow.presentCount() > 1) {
        html += QStringLiteral("<p style=\"margin-top:12px; color:%1\"><i>%2</i> %3</p>")
                    .arg(css(m_theme.omissionText), tr("Not reported by:"),
                         notReported.join(QStringLiteral(", ")));
    }
    setHtml(html);
}

} // namespace parallax::ui
