// MainWindow's corrections: what the user tells the aligner about the folder on screen (a
// sentence put in a row or taken out, a possible match that is not the same, a line's kind,
// the reference, the alignment options), kept in FolderState and undone through
// CorrectionHistory. Each change is committed, and the folder compared again in place.

#include "core/language.h"
#include "ui/alignment_options_dialog.h"
#include "ui/comparison_model.h"
#include "ui/counted.h"
#include "ui/document_text.h"
#include "ui/inspector_pane.h"
#include "ui/main_window.h"
#include "ui/possible_matches.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <set>

namespace parallax::ui {

bool MainWindow::hasCorrections() const
{
    return !m_state.corrections.empty() || !m_state.links.empty() || !m_state.apart.empty() ||
           !m_state.notSame.empty();
}

void MainWindow::promptForgetCorrections()
{
    if (isLoading() || !hasCorrections()) {
        return;
    }
    QStringList what;
    if (!m_state.corrections.empty()) {
        what << counted(m_state.corrections.size(),
                        tr("%1 line you marked as page clutter or as article text"),
                        tr("%1 lines you marked as page clutter or as article text"));
    }
    if (!m_state.links.empty()) {
        what << counted(m_state.links.size(), tr("%1 sentence you put in a row"),
                        tr("%1 sentences you put in a row"));
    }
    // Separations are kept per pair of sentences; the user thinks of the sentence they moved.
    const auto sentencesIn = [](const std::vector<core::SentenceLink>& links) {
        std::set<std::pair<std::string, std::size_t>> sentences;
        for (const core::SentenceLink& link : links) {
            sentences.insert({link.documentA, link.startA});
        }
        return sentences.size();
    };
    if (!m_state.apart.empty()) {
        what << counted(sentencesIn(m_state.apart), tr("%1 sentence you took out of a row"),
                        tr("%1 sentences you took out of a row"));
    }
    if (!m_state.notSame.empty()) {
        what << counted(sentencesIn(m_state.notSame),
                        tr("%1 possible match you said is not the same"),
                        tr("%1 possible matches you said are not the same"));
    }
    QMessageBox box(QMessageBox::Question, tr("Forget My Corrections"),
                    tr("Forget what you told Parallax about this folder?"), QMessageBox::NoButton,
                    this);
    box.setInformativeText(what.join(QStringLiteral("; ")) + QStringLiteral(". ") +
                           tr("The articles are compared again as if you had not. Outlet names, "
                              "hidden columns and their order stay; Edit › Undo brings the "
                              "corrections back."));
    QPushButton* forget = box.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == forget) {
        forgetCorrections();
    }
}

void MainWindow::forgetCorrections()
{
    if (isLoading() || m_model->isEmpty() || !hasCorrections()) {
        return;
    }
    m_state.corrections.clear();
    m_state.links.clear();
    m_state.apart.clear();
    m_state.notSame.clear();
    commitCorrection(tr("Forget My Corrections"));
    statusBar()->showMessage(tr("Corrections forgotten; updating…"), 3000);
}

void MainWindow::commitCorrection(const QString& what)
{
    const CorrectionSnapshot after = CorrectionSnapshot::of(m_state);
    m_history->record(what, m_committed, after);
    m_committed = after;
    saveAndRecompare();
}

void MainWindow::restoreCorrections(const CorrectionSnapshot& snapshot, const QString& message)
{
    if (m_folder.isEmpty()) {
        return;
    }
    snapshot.applyTo(m_state);
    m_committed = snapshot;
    const int reference = m_state.referenceDocument.isEmpty()
                              ? -1
                              : columnOfPath(*m_model, m_state.referenceDocument);
    m_reference = reference >= 0 ? std::optional<std::size_t>(reference) : std::nullopt;
    saveAndRecompare();
    m_restoredMessage = message;
    statusBar()->showMessage(message + tr("; updating…"), 3000);
}

bool MainWindow::undoCorrection()
{
    if (!m_history->canUndo()) {
        return false;
    }
    m_history->undo();
    return true;
}

bool MainWindow::redoCorrection()
{
    if (!m_history->canRedo()) {
        return false;
    }
    m_history->redo();
    return true;
}

void MainWindow::applyCorrection(const QModelIndex& index, bool clutter,
                                 core::Correction::Scope scope, std::optional<int> sentence)
{
    if (!index.isValid() || m_model->isEmpty() || m_model->rowIsFold(index.row())) {
        return;
    }
    const auto d = static_cast<std::size_t>(index.column());
    const core::Comparison& comparison = *m_model->comparison();
    const core::Row& row = comparison.rows[m_model->coreRow(index.row())];
    if (d >= row.cells.size() || row.cells[d].empty()) {
        return;
    }
    const core::Document& doc = comparison.documents[d];
    std::vector<std::size_t> chosen = row.cells[d].sentences;
    if (sentence && *sentence >= 0 && static_cast<std::size_t>(*sentence) < chosen.size()) {
        chosen = {chosen[static_cast<std::size_t>(*sentence)]};
    }
    m_anchor = {d, chosen.front()};
    for (std::size_t s : chosen) {
        const core::Sentence& target = doc.sentences[s];
        core::Correction correction;
        correction.document = doc.path;
        correction.text = target.text;
        correction.isClutter = clutter;
        correction.scope = scope;
        if (scope == core::Correction::Scope::Sentence) {
            correction.sentenceStart = target.start;
        } else {
            correction.outlet = doc.metadata.outlet; // the site's template line, on all its pages
        }
        // A newer word on the same line replaces the older one.
        std::erase_if(m_state.corrections, [&](const core::Correction& c) {
            return c.document == correction.document && c.text == correction.text &&
                   c.scope == correction.scope && c.sentenceStart == correction.sentenceStart &&
                   c.outlet == correction.outlet;
        });
        m_state.corrections.push_back(correction);
    }
    commitCorrection(clutter ? tr("Mark as Page Clutter") : tr("Mark as Article Text"));
    statusBar()->showMessage(clutter ? tr("Marked as page clutter; updating…")
                                     : tr("Marked as article text; updating…"),
                             3000);
}

const core::Row* MainWindow::rowToChange() const
{
    const int shown = m_inspector->shownRow();
    if (isLoading() || m_model->isEmpty() || shown < 0 || shown >= m_model->rowCount() ||
        m_model->rowIsFold(shown)) {
        return nullptr;
    }
    return &m_model->comparison()->rows[m_model->coreRow(shown)];
}

void MainWindow::putInShownRow(std::size_t document, std::size_t sentence)
{
    const core::Row* shownRow = rowToChange();
    if (!shownRow) {
        return;
    }
    const core::Row& row = *shownRow;
    const core::Comparison& comparison = *m_model->comparison();
    if (document >= comparison.documents.size() ||
        sentence >= comparison.documents[document].sentences.size() ||
        (document < row.cells.size() && !row.cells[document].empty())) {
        return;
    }
    // The other end: the row's reference version, else its first sentence.
    std::optional<std::size_t> other = row.reference;
    for (std::size_t d = 0; !other && d < row.cells.size(); ++d) {
        if (!row.cells[d].empty()) {
            other = d;
        }
    }
    if (!other || *other >= row.cells.size() || row.cells[*other].empty()) {
        return;
    }
    const core::Document& a = comparison.documents[document];
    const core::Document& b = comparison.documents[*other];
    const core::SentenceLink link{a.path, a.sentences[sentence].start, b.path,
                                  b.sentences[row.cells[*other].sentences.front()].start};
    if (std::find(m_state.links.begin(), m_state.links.end(), link) == m_state.links.end()) {
        m_state.links.push_back(link);
    }
    // The user's latest word counts: the sentence is no longer apart from this row's.
    std::erase_if(m_state.apart, [&](const core::SentenceLink& apart) {
        return apart.documentA == link.documentA && apart.startA == link.startA;
    });
    std::erase_if(m_state.notSame, [&](const core::SentenceLink& said) {
        return said.documentA == link.documentA && said.startA == link.startA;
    });
    m_anchor = {document, sentence};
    commitCorrection(tr("Put in Row"));
    statusBar()->showMessage(tr("Put in one row; updating…"), 3000);
}

void MainWindow::takeOutOfShownRow(std::size_t document)
{
    const core::Row* shownRow = rowToChange();
    if (!shownRow) {
        return;
    }
    const core::Row& row = *shownRow;
    const core::Comparison& comparison = *m_model->comparison();
    if (document >= row.cells.size() || row.cells[document].empty() || row.presentCount() < 2) {
        return;
    }
    // Every sentence of the outlet's cell is apart from every other outlet's sentence there,
    // so that it does not come back by way of any of them.
    const core::Document& a = comparison.documents[document];
    std::vector<core::SentenceLink> added;
    for (const std::size_t x : row.cells[document].sentences) {
        for (std::size_t d = 0; d < row.cells.size(); ++d) {
            if (d == document) {
                continue;
            }
            const core::Document& b = comparison.documents[d];
            for (const std::size_t y : row.cells[d].sentences) {
                added.push_back({a.path, a.sentences[x].start, b.path, b.sentences[y].start});
            }
        }
    }
    for (const core::SentenceLink& apart : added) {
        if (std::find(m_state.apart.begin(), m_state.apart.end(), apart) == m_state.apart.end()) {
            m_state.apart.push_back(apart);
        }
        // A row the user put together earlier with this sentence gives way to the latest word.
        std::erase_if(m_state.links, [&](const core::SentenceLink& link) {
            return link == apart || link == apart.reversed();
        });
    }
    commitCorrection(tr("Take out of Row"));
    statusBar()->showMessage(tr("Taken out of the row; updating…"), 3000);
}

void MainWindow::putBack(std::size_t document, std::size_t sentence)
{
    if (isLoading() || m_model->isEmpty()) {
        return;
    }
    const core::Comparison& comparison = *m_model->comparison();
    if (document >= comparison.documents.size() ||
        sentence >= comparison.documents[document].sentences.size()) {
        return;
    }
    const core::Document& d = comparison.documents[document];
    const std::size_t start = d.sentences[sentence].start;
    const auto before = m_state.apart.size();
    std::erase_if(m_state.apart, [&](const core::SentenceLink& apart) {
        return apart.documentA == d.path && apart.startA == start;
    });
    if (m_state.apart.size() == before) {
        return;
    }
    commitCorrection(tr("Put Back"));
    statusBar()->showMessage(tr("Left to the matching again; updating…"), 3000);
}

std::optional<PossibleMatch> MainWindow::currentPossibleMatch() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || isLoading() || m_model->isEmpty()) {
        return std::nullopt;
    }
    return possibleMatchInRow(*m_model, current.row(), current.column(), visibleColumns());
}

bool MainWindow::acceptPossibleMatch()
{
    const auto match = currentPossibleMatch();
    if (match) {
        // The inspector shows the current row, which putInShownRow changes.
        putInShownRow(static_cast<std::size_t>(match->column), match->sentence);
    }
    return match.has_value();
}

bool MainWindow::rejectPossibleMatch()
{
    const auto match = currentPossibleMatch();
    if (match) {
        notSame(static_cast<std::size_t>(match->column), match->sentence);
    }
    return match.has_value();
}

void MainWindow::notSame(std::size_t document, std::size_t sentence)
{
    const core::Row* shownRow = rowToChange();
    if (!shownRow) {
        return;
    }
    const core::Row& row = *shownRow;
    const std::vector<core::SentenceLink> said =
        notSameLinks(*m_model->comparison(), row, document, sentence);
    if (said.empty()) {
        return;
    }
    for (const core::SentenceLink& link : said) {
        if (std::find(m_state.notSame.begin(), m_state.notSame.end(), link) ==
            m_state.notSame.end()) {
            m_state.notSame.push_back(link);
        }
    }
    // Back to the same row, in the cell that offered it: it may offer a next closest sentence.
    for (std::size_t d = 0; d < row.cells.size(); ++d) {
        if (!row.cells[d].empty()) {
            m_anchor = {d, row.cells[d].sentences.front()};
            break;
        }
    }
    m_landColumn = static_cast<int>(document);
    commitCorrection(tr("Not the Same"));
    statusBar()->showMessage(tr("Not the same; updating…"), 3000);
}

void MainWindow::undoNotSame(std::size_t document, std::size_t sentence)
{
    const core::Row* shownRow = rowToChange();
    if (!shownRow) {
        return;
    }
    const std::vector<core::SentenceLink> said =
        notSameLinks(*m_model->comparison(), *shownRow, document, sentence);
    const auto before = m_state.notSame.size();
    std::erase_if(m_state.notSame, [&](const core::SentenceLink& link) {
        return std::find(said.begin(), said.end(), link) != said.end();
    });
    if (m_state.notSame.size() == before) {
        return;
    }
    commitCorrection(tr("Offer Again"));
    statusBar()->showMessage(tr("Offered again; updating…"), 3000);
}

void MainWindow::removeLink(int index)
{
    if (isLoading() || index < 0 || static_cast<std::size_t>(index) >= m_state.links.size()) {
        return;
    }
    m_state.links.erase(m_state.links.begin() + index);
    commitCorrection(tr("Remove Link"));
    statusBar()->showMessage(tr("Rows apart again; updating…"), 3000);
}

void MainWindow::setReference(std::optional<int> column)
{
    m_reference = column ? std::optional<std::size_t>(*column) : std::nullopt;
    m_state.referenceDocument = column ? documentPath(*m_model, *column) : QString();
    commitCorrection(column ? tr("Compare Others with %1").arg(m_model->outletName(*column))
                            : tr("Compare Automatically"));
}

void MainWindow::setAlignmentSettings(const AlignmentSettings& settings)
{
    if (settings == m_state.alignment || m_folder.isEmpty()) {
        return;
    }
    m_state.alignment = settings;
    commitCorrection(tr("Alignment Options"));
}

void MainWindow::promptAlignmentOptions()
{
    // What Automatic finds in the folder shown, whatever the folder is compared in now: a
    // reader who chose English for German articles sees that Automatic would take German.
    QString automatic;
    if (const core::Comparison* comparison = m_model->comparison()) {
        const core::Language* guessed = core::guessDocumentLanguage(comparison->documents);
        automatic = guessed ? fromUtf8(guessed->name) : tr("not clear, so English");
    }
    AlignmentOptionsDialog dialog(m_state.alignment, automatic, this);
    if (dialog.exec() == QDialog::Accepted) {
        setAlignmentSettings(dialog.settings());
    }
}

} // namespace parallax::ui
