#include "ui/inspector_pane.h"

#include "ui/comparison_model.h"

#include <QScrollBar>
#include <algorithm>
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
            case MarkKind::Gap:
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
    // Links name sentences, not rows: "sentence:DOCUMENT:SENTENCE" (go to its row),
    // "align:DOCUMENT:SENTENCE" (put it in the shown row), "unlink:INDEX" (undo a row the user
    // put together), "apart:DOCUMENT" (take that outlet's version out of the shown row),
    // "putback:DOCUMENT:SENTENCE" (undo that), "notsame:DOCUMENT:SENTENCE" (a near match tells
    // something else than the shown row), "samemaybe:DOCUMENT:SENTENCE" (undo that). The window
    // finds the rows, which may have been reordered meanwhile. "all:outlets" shows the row again
    // with its lists of outlets in full.
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == QStringLiteral("all:outlets")) {
            if (m_model != nullptr && m_row >= 0 && m_row < m_model->rowCount()) {
                m_allOutlets = true;
                const int keep = verticalScrollBar()->value();
                showRow(*m_model, m_row, m_columns);
                verticalScrollBar()->setValue(keep);
            }
            return;
        }
        const QStringList parts = url.toString().split(QLatin1Char(':'));
        if (parts.size() == 2) {
            bool ok = false;
            const qulonglong number = parts[1].toULongLong(&ok);
            if (ok && parts[0] == QStringLiteral("unlink")) {
                emit unlinkRequested(static_cast<int>(number));
            } else if (ok && parts[0] == QStringLiteral("apart")) {
                emit takeOutRequested(number);
            }
            return;
        }
        bool documentOk = false;
        bool sentenceOk = false;
        if (parts.size() != 3) {
            return;
        }
        const qulonglong document = parts[1].toULongLong(&documentOk);
        const qulonglong sentence = parts[2].toULongLong(&sentenceOk);
        if (!documentOk || !sentenceOk) {
            return;
        }
        if (parts[0] == QStringLiteral("sentence")) {
            emit sentenceRequested(document, sentence);
        } else if (parts[0] == QStringLiteral("align")) {
            emit alignRequested(document, sentence);
        } else if (parts[0] == QStringLiteral("putback")) {
            emit putBackRequested(document, sentence);
        } else if (parts[0] == QStringLiteral("notsame")) {
            emit notSameRequested(document, sentence);
        } else if (parts[0] == QStringLiteral("samemaybe")) {
            emit notSameUndoRequested(document, sentence);
        }
    });
    document()->setDocumentMargin(14);
    showPlaceholder();
}

QString InspectorPane::outletList(const QStringList& names, const QString& separator) const
{
    // With hundreds of outlets a full list would bury the row's versions below it.
    constexpr int kShown = 8;
    if (m_allOutlets || names.size() <= kShown + 4) {
        return names.join(separator);
    }
    return names.mid(0, kShown).join(separator) + separator +
           QStringLiteral("<a href=\"all:outlets\">%1</a>")
               .arg(tr("and %1 more").arg(names.size() - kShown));
}

void InspectorPane::remember(const ComparisonModel& model, int row, const std::vector<int>& columns)
{
    if (row != m_row || &model != m_model) {
        m_allOutlets = false; // another row starts with its lists short
    }
    m_row = row;
    m_model = &model;
    m_columns = columns;
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
    if (model.rowIsFold(row)) {
        showFold(model, row, columns);
        return;
    }
    remember(model, row, columns);
    const core::Comparison& comparison = *model.comparison();
    const core::Row& coreRow = comparison.rows[model.coreRow(row)];
    QString html;
    QStringList status;
    status << tr("Row %1 of %2").arg(model.rowNumber(row)).arg(model.rowNumberCount());
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

    // Outlets that carry the very same words (wire copy, mostly) are shown once, together:
    // with many outlets the list would otherwise repeat one text over and over.
    QStringList notReported;
    std::vector<std::vector<int>> groups;
    for (int c : columns) {
        const auto d = static_cast<std::size_t>(c);
        if (d >= coreRow.cells.size() || coreRow.cells[d].empty()) {
            notReported << model.outletName(c).toHtmlEscaped();
            continue;
        }
        const QString& text = model.content(model.index(row, c)).text;
        auto same = std::find_if(groups.begin(), groups.end(), [&](const std::vector<int>& g) {
            return model.content(model.index(row, g.front())).text == text;
        });
        if (same == groups.end()) {
            groups.push_back({c});
        } else {
            same->push_back(c);
        }
    }
    const auto whereFacts = [&](int c) {
        const auto d = static_cast<std::size_t>(c);
        const core::Cell& cell = coreRow.cells[d];
        QStringList facts;
        const QString where = model.placeInArticle(d, cell);
        facts << (where.isEmpty() ? tr("clutter") : where);
        if (cell.moved) {
            facts << QStringLiteral("<span style=\"color:%1\">↕ %2</span>")
                         .arg(css(m_theme.moved), tr("moved"));
        }
        return facts;
    };
    for (const std::vector<int>& group : groups) {
        const auto d = static_cast<std::size_t>(group.front());
        const core::Cell& cell = coreRow.cells[d];
        const CellContent& content = model.content(model.index(row, group.front()));
        QString likeness;
        const bool reference = std::any_of(group.begin(), group.end(), [&](int c) {
            return coreRow.reference && *coreRow.reference == static_cast<std::size_t>(c);
        });
        if (coreRow.presentCount() > 1) {
            likeness = reference ? tr("reference")
                                 : tr("%1% alike").arg(std::lround(cell.similarity * 100));
        }
        if (group.size() == 1) {
            QStringList facts = whereFacts(group.front());
            if (!likeness.isEmpty()) {
                facts.insert(1, likeness);
            }
            // The reader's word against the matching: this version does not say what the
            // others say.
            if (model.mayTakeOut(row, group.front())) {
                facts << QStringLiteral("<a href=\"apart:%1\">%2</a>")
                             .arg(d)
                             .arg(tr("take it out of this row"));
            }
            html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b>"
                                   "&nbsp;&nbsp;<span style=\"color:%2\">%3</span></p>")
                        .arg(model.outletName(group.front()).toHtmlEscaped(),
                             css(m_theme.mutedText), facts.join(QStringLiteral(" · ")));
        } else {
            QStringList members;
            for (int c : group) {
                members << QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3</span>")
                               .arg(model.outletName(c).toHtmlEscaped(), css(m_theme.mutedText),
                                    whereFacts(c).join(QStringLiteral(" · ")));
            }
            html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0\">%1</p>")
                        .arg(outletList(members, QStringLiteral("<br>")));
            html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:2px; color:%1\">%2</p>")
                        .arg(css(m_theme.mutedText),
                             (tr("%1 outlets, word for word the same").arg(group.size()) +
                              (likeness.isEmpty() ? QString() : QStringLiteral(" · ") + likeness))
                                 .toHtmlEscaped());
        }
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
                         outletList(notReported, QStringLiteral(", ")));
    }
    // Whether this row holds sentence s of document d.
    const auto holds = [&](std::size_t d, std::size_t s) {
        return d < coreRow.cells.size() &&
               std::find(coreRow.cells[d].sentences.begin(), coreRow.cells[d].sentences.end(), s) !=
                   coreRow.cells[d].sentences.end();
    };
    // Rows the user put together say so, with the way back.
    for (const UserLink& link : m_links) {
        if (holds(link.documentA, link.sentenceA) && holds(link.documentB, link.sentenceB)) {
            html +=
                QStringLiteral("<p style=\"margin-top:12px; color:%1\">%2 "
                               "<a href=\"unlink:%3\">%4</a></p>")
                    .arg(css(m_theme.mutedText),
                         tr("You put the sentences of %1 and %2 in this row.")
                             .arg(model.outletName(
                                      static_cast<int>(std::min(link.documentA, link.documentB))),
                                  model.outletName(
                                      static_cast<int>(std::max(link.documentA, link.documentB))))
                             .toHtmlEscaped(),
                         QString::number(link.index), tr("Undo"));
        }
    }
    // Sentences the user took out of this row, and possible matches they said tell something
    // else: one note each (a sentence once however many of the row's sentences it was set
    // apart from), with a link to its row and the way back.
    const auto notesOn = [&](const std::vector<TakenApart>& list, const char* text,
                             const char* undoScheme, const QString& undo) {
        std::vector<std::pair<std::size_t, std::size_t>> noted;
        for (const TakenApart& apart : list) {
            const std::pair<std::size_t, std::size_t> x{apart.document, apart.sentence};
            if (!holds(apart.fromDocument, apart.fromSentence) || holds(x.first, x.second) ||
                std::find(noted.begin(), noted.end(), x) != noted.end()) {
                continue;
            }
            noted.push_back(x);
            html +=
                QStringLiteral("<p style=\"margin-top:12px; color:%1\">%2 "
                               "<a href=\"sentence:%3:%4\">%5</a> · "
                               "<a href=\"%6:%3:%4\">%7</a></p>")
                    .arg(css(m_theme.mutedText),
                         tr(text).arg(model.outletName(static_cast<int>(x.first))).toHtmlEscaped(),
                         QString::number(x.first), QString::number(x.second), tr("go to its row"),
                         QLatin1String(undoScheme), undo);
        }
    };
    notesOn(m_apart, QT_TR_NOOP("You took the sentence of %1 out of this row."), "putback",
            tr("Put it back"));
    notesOn(m_notSame,
            QT_TR_NOOP("You said the closest sentence of %1 does not tell what this row tells."),
            "samemaybe", tr("Undo"));
    // Sentences of this row the user took out of another one, with the way back.
    for (const int c : columns) {
        const auto d = static_cast<std::size_t>(c);
        if (d >= coreRow.cells.size()) {
            continue;
        }
        for (const std::size_t s : coreRow.cells[d].sentences) {
            QStringList from;
            for (const TakenApart& apart : m_apart) {
                const QString name = model.outletName(static_cast<int>(apart.fromDocument));
                if (apart.document == d && apart.sentence == s && !from.contains(name)) {
                    from << name;
                }
            }
            if (from.isEmpty()) {
                continue;
            }
            html += QStringLiteral("<p style=\"margin-top:12px; color:%1\">%2 "
                                   "<a href=\"putback:%3:%4\">%5</a></p>")
                        .arg(css(m_theme.mutedText),
                             tr("You took the sentence of %1 out of the row it shared with %2.")
                                 .arg(model.outletName(c), from.join(QStringLiteral(", ")))
                                 .toHtmlEscaped(),
                             QString::number(d), QString::number(s), tr("Put it back"));
        }
    }
    if (!model.rowIsClutter(row)) {
        html += nearMatchesHtml(model, coreRow, columns);
    }
    setHtml(html);
}

QString InspectorPane::nearMatchesHtml(const ComparisonModel& model, const core::Row& coreRow,
                                       const std::vector<int>& columns) const
{
    const core::Comparison& comparison = *model.comparison();
    QString items;
    for (const core::NearMatch& near : coreRow.near) {
        const int column = static_cast<int>(near.document);
        if (std::find(columns.begin(), columns.end(), column) == columns.end() ||
            near.document >= comparison.documents.size() ||
            near.sentence >= comparison.documents[near.document].sentences.size()) {
            continue;
        }
        core::Cell only;
        only.sentences = {near.sentence};
        QStringList facts;
        facts << model.placeInArticle(near.document, only)
              << tr("%1% alike").arg(std::lround(near.similarity * 100));
        QString link;
        if (model.rowOfSentence(near.document, near.sentence) >= 0) {
            link = QStringLiteral(" · <a href=\"sentence:%1:%2\">%3</a>"
                                  " · <a href=\"align:%1:%2\">%4</a>"
                                  " · <a href=\"notsame:%1:%2\">%5</a>")
                       .arg(near.document)
                       .arg(near.sentence)
                       .arg(tr("go to its row"), tr("put it in this row"), tr("not the same"));
        }
        if (column == m_keyedOffer && !link.isEmpty()) {
            link += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                        .arg(css(m_theme.mutedText), tr("(keys P, X)").toHtmlEscaped());
        }
        items += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0\"><b>%1</b>"
                                "&nbsp;&nbsp;<span style=\"color:%2\">%3</span>%4</p>")
                     .arg(model.outletName(column).toHtmlEscaped(), css(m_theme.mutedText),
                          facts.join(QStringLiteral(" · ")).toHtmlEscaped(), link);
        items +=
            QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px; color:%1\">%2</p>")
                .arg(css(m_theme.mutedText),
                     fromUtf8(comparison.documents[near.document].sentences[near.sentence].text)
                         .toHtmlEscaped());
    }
    if (items.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p style=\"margin-top:14px; margin-bottom:0\"><b>%1</b></p>"
                          "<p style=\"margin-top:0; color:%2\">%3</p>")
               .arg(tr("Closest elsewhere"), css(m_theme.mutedText),
                    tr("Not aligned: too few words in common to be sure. They may say the same "
                       "in other words. Go > Next Possible Match (N) steps through them; P puts "
                       "one in its row, X says it is not the same.")) +
           items;
}

void InspectorPane::showFold(const ComparisonModel& model, int row, const std::vector<int>& columns)
{
    const ClutterFold* fold = model.fold(row);
    if (!fold) {
        showPlaceholder();
        return;
    }
    remember(model, row, columns);
    const core::Comparison& comparison = *model.comparison();
    QString html = QStringLiteral("<p style=\"color:%1; margin-bottom:10px\">%2</p>")
                       .arg(css(m_theme.mutedText),
                            fold->expanded ? tr("Page clutter") : tr("Folded page clutter"));
    html += QStringLiteral("<p><b>%1</b>%2</p>")
                .arg(model.foldText(*fold, false).toHtmlEscaped(),
                     fold->expanded ? QString() : tr(", folded away here"));
    QStringList chips;
    for (const QString& kind : fold->kinds) {
        chips << QStringLiteral("<span style=\"font-size:small; font-weight:600; color:%1; "
                                "background:%2\">&nbsp;%3&nbsp;</span>")
                     .arg(css(m_theme.clutterText), css(m_theme.clutterLabelBackground),
                          kind.toHtmlEscaped());
    }
    if (!chips.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(chips.join(QStringLiteral(" ")));
    }
    // Which outlets the lines come from: a page heavy with clutter shows here.
    QStringList outlets;
    for (int c : columns) {
        const auto d = static_cast<std::size_t>(c);
        std::size_t lines = 0;
        for (std::size_t r : fold->coreRows) {
            const core::Row& coreRow = comparison.rows[r];
            lines += d < coreRow.cells.size() ? coreRow.cells[d].sentences.size() : 0;
        }
        if (lines > 0) {
            outlets << QStringLiteral("<b>%1</b>&nbsp;%2")
                           .arg(model.outletName(c).toHtmlEscaped(), QString::number(lines));
        }
    }
    if (!outlets.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:8px\">%1 %2</p>")
                    .arg(tr("Lines per outlet:"), outlets.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("<p style=\"margin-top:12px; color:%1\">%2</p>")
                .arg(css(m_theme.mutedText),
                     (fold->expanded ? tr("Click the row or press Enter to fold these lines.")
                                     : tr("Click the row or press Enter to show these lines.")) +
                         QLatin1Char(' ') +
                         tr("View › Show Page Clutter (Ctrl+B) shows all page clutter."));
    setHtml(html);
}

} // namespace parallax::ui
