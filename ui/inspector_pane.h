#pragma once

#include "core/row.h"
#include "ui/theme.h"

#include <QTextBrowser>
#include <vector>

namespace parallax::ui {

class ComparisonModel;

// The selected row's versions stacked: each outlet's text with its word differences, where
// the sentence sits in that article, which outlets do not report it, and the closest
// sentence each of those has (not aligned: the reader judges), with a link to its row.
class InspectorPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit InspectorPane(QWidget* parent = nullptr);
    void setTheme(const Theme& theme) { m_theme = theme; }
    // columns: the outlets in the order the table shows them.
    void showRow(const ComparisonModel& model, int row, const std::vector<int>& columns);
    // A fold of page clutter: how much, of what kinds, from which outlets, and how to open it.
    void showFold(const ComparisonModel& model, int row, const std::vector<int>& columns);
    void showPlaceholder();
    int shownRow() const { return m_row; }
    // The outlet (column) whose near match Edit > Put Possible Match in Row (P) and Not the
    // Same (X) act on in the next row shown, marked there; -1: none.
    void setKeyedOffer(int column) { m_keyedOffer = column; }

    // Two sentences the user put in one row (core::SentenceLink, resolved to this comparison);
    // `index` is the link's place in the folder's list.
    struct UserLink {
        int index = 0;
        std::size_t documentA = 0;
        std::size_t sentenceA = 0;
        std::size_t documentB = 0;
        std::size_t sentenceB = 0;
    };
    void setUserLinks(std::vector<UserLink> links) { m_links = std::move(links); }
    // A sentence the user took out of a row (core::CompareOptions::apart, resolved), and an
    // outlet whose sentence it was taken apart from.
    struct TakenApart {
        std::size_t document = 0;
        std::size_t sentence = 0;
        std::size_t fromDocument = 0;
        std::size_t fromSentence = 0;
    };
    void setTakenApart(std::vector<TakenApart> apart) { m_apart = std::move(apart); }
    // Possible matches the user said are not the same (document, sentence: the offered
    // sentence; fromDocument, fromSentence: a sentence of the row it was offered to).
    void setNotSame(std::vector<TakenApart> notSame) { m_notSame = std::move(notSame); }

signals:
    // A "go to its row" link was clicked: the sentence whose row to show.
    void sentenceRequested(std::size_t document, std::size_t sentence);
    // "Put it in this row": the near match's sentence, to join the shown row.
    void alignRequested(std::size_t document, std::size_t sentence);
    // "Undo" on a row the user put together: the link's index.
    void unlinkRequested(int index);
    // "Take it out of this row" on an outlet's version in the shown row.
    void takeOutRequested(std::size_t document);
    // "Put it back" on a sentence the user took out of a row: its separations are dropped.
    void putBackRequested(std::size_t document, std::size_t sentence);
    // "Not the same" on a near match: it tells something else than the shown row.
    void notSameRequested(std::size_t document, std::size_t sentence);
    // "Undo" of that, in the row it was offered to.
    void notSameUndoRequested(std::size_t document, std::size_t sentence);

private:
    // The row's near matches (core::Row::near) in the shown outlets, with links to their rows.
    QString nearMatchesHtml(const ComparisonModel& model, const core::Row& coreRow,
                            const std::vector<int>& columns) const;

    // A list of outlets as the pane shows it: all of them up to a screenful, else the first
    // ones and "and N more", a link that shows the whole row again with every list in full.
    QString outletList(const QStringList& names, const QString& separator) const;
    // Notes the row being shown and what it is drawn from.
    void remember(const ComparisonModel& model, int row, const std::vector<int>& columns);

    Theme m_theme;
    int m_row = -1;
    // What the shown row was drawn from, to draw it again in full ("and N more").
    const ComparisonModel* m_model = nullptr;
    std::vector<int> m_columns;
    bool m_allOutlets = false; // the shown row's lists in full
    std::vector<UserLink> m_links;
    std::vector<TakenApart> m_apart;
    std::vector<TakenApart> m_notSame;
    int m_keyedOffer = -1;
};

} // namespace parallax::ui
