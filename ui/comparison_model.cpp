#include "ui/comparison_model.h"

#include "ui/counted.h"

#include <QStringBuilder>
#include <algorithm>
#include <cmath>
#include <optional>

namespace parallax::ui {

namespace {

// Core's row status says how many outlets carry a row; article rows only.
bool isOmissionRow(const core::Row& row)
{
    return !row.boilerplate && row.status == core::RowStatus::Partial;
}

bool isAdditionRow(const core::Row& row, std::size_t documents)
{
    return !row.boilerplate && documents > 1 && row.status == core::RowStatus::Unique;
}

bool isRewordedRow(const core::Row& row)
{
    if (row.boilerplate) {
        return false;
    }
    for (const core::Cell& cell : row.cells) {
        for (const core::DiffSpan& span : cell.spans) {
            if (span.kind != core::SpanKind::Equal) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

QString clutterLabel(const core::Sentence& sentence)
{
    using core::ClutterKind;
    using core::SentenceKind;
    switch (sentence.kind) {
    case SentenceKind::Byline:
        return QStringLiteral("BYLINE");
    case SentenceKind::Caption:
        return QStringLiteral("CAPTION");
    case SentenceKind::Headline:
    case SentenceKind::Subheading:
    case SentenceKind::Body:
        return {};
    case SentenceKind::Boilerplate:
        break;
    }
    switch (sentence.clutter) {
    case ClutterKind::Advertising:
        return QStringLiteral("AD");
    case ClutterKind::Subscription:
        return QStringLiteral("PAYWALL");
    case ClutterKind::Navigation:
        return QStringLiteral("MENU");
    case ClutterKind::Share:
        return QStringLiteral("SHARE");
    case ClutterKind::RelatedLinks:
        return QStringLiteral("RELATED");
    case ClutterKind::Newsletter:
        return QStringLiteral("NEWSLETTER");
    case ClutterKind::Comments:
        return QStringLiteral("COMMENTS");
    case ClutterKind::MarketData:
        return QStringLiteral("MARKETS");
    case ClutterKind::Poll:
        return QStringLiteral("POLL");
    case ClutterKind::CookieLegal:
        return QStringLiteral("COOKIES");
    case ClutterKind::MediaControls:
        return QStringLiteral("PLAYER");
    case ClutterKind::None:
    case ClutterKind::Other:
        break;
    }
    return QStringLiteral("CLUTTER");
}

ComparisonModel::ComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setComparison(std::shared_ptr<const core::Comparison> comparison)
{
    beginResetModel();
    const bool sameOutlets = m_comparison && comparison &&
                             m_comparison->documents.size() == comparison->documents.size();
    // Expanded folds are kept by sentence, which only means the same on the same files.
    const bool sameDocuments =
        sameOutlets && std::equal(m_comparison->documents.begin(), m_comparison->documents.end(),
                                  comparison->documents.begin(),
                                  [](const core::Document& a, const core::Document& b) {
                                      return a.path == b.path;
                                  });
    m_comparison = std::move(comparison);
    if (!sameOutlets) {
        m_names.clear();
        m_followed.reset();
    }
    if (!sameDocuments) {
        m_expanded.clear();
    }
    m_texts.clear();
    m_articlePositions.clear();
    m_articleLengths.clear();
    m_rowOfSentence.clear();
    if (m_comparison) {
        const auto& docs = m_comparison->documents;
        m_texts.reserve(docs.size());
        for (const core::Document& doc : docs) {
            m_texts.emplace_back(doc.text);
            std::vector<int> positions(doc.sentences.size(), 0);
            int n = 0;
            for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
                if (!doc.sentences[s].isBoilerplate()) {
                    positions[s] = ++n;
                }
            }
            m_articlePositions.push_back(std::move(positions));
            m_articleLengths.push_back(n);
        }
        m_rowOfSentence = core::rowOfEachSentence(m_comparison->rows);
        while (m_names.size() < static_cast<qsizetype>(docs.size())) {
            m_names.append(QString());
        }
        if (m_followed && *m_followed >= docs.size()) {
            m_followed.reset();
        }
    }
    invalidateContent();
    rebuildRows();
    endResetModel();
}

void ComparisonModel::rebuildRows()
{
    m_rows.clear();
    m_displayRowOfCore.clear();
    m_folds.clear();
    m_foldOfRow.clear();
    m_rowNumbers.clear();
    if (!m_comparison) {
        return;
    }
    const auto& rows = m_comparison->rows;
    std::vector<std::size_t> order;
    if (m_followed) {
        order = m_comparison->orderFollowing(*m_followed);
    }
    if (order.size() != rows.size()) {
        order.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            order[i] = i;
        }
    }
    m_displayRowOfCore.assign(rows.size(), -1);
    m_rows.reserve(order.size());
    int number = 0;
    const auto addRow = [&](std::size_t r) {
        m_displayRowOfCore[r] = static_cast<int>(m_rows.size());
        m_rows.push_back(r);
        m_foldOfRow.push_back(-1);
        m_rowNumbers.push_back(++number);
    };
    std::vector<std::size_t> run;
    const auto foldRun = [&] {
        if (run.empty()) {
            return;
        }
        ClutterFold fold;
        fold.coreRows = std::move(run);
        run.clear();
        std::vector<std::pair<QString, int>> counts; // label, sentences, in first-seen order
        for (std::size_t r : fold.coreRows) {
            const core::Row& row = rows[r];
            for (std::size_t d = 0; d < row.cells.size(); ++d) {
                for (std::size_t s : row.cells[d].sentences) {
                    fold.expanded = fold.expanded || m_expanded.contains({d, s});
                    const QString label = clutterLabel(m_comparison->documents[d].sentences[s]);
                    auto it = std::find_if(counts.begin(), counts.end(),
                                           [&](const auto& c) { return c.first == label; });
                    if (it == counts.end()) {
                        counts.emplace_back(label, 1);
                    } else {
                        ++it->second;
                    }
                }
            }
        }
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [label, n] : counts) {
            if (!label.isEmpty()) {
                fold.kinds << label;
            }
        }
        const int foldRow = static_cast<int>(m_rows.size());
        m_rows.push_back(fold.coreRows.front());
        m_foldOfRow.push_back(static_cast<int>(m_folds.size()));
        m_rowNumbers.push_back(0);
        for (std::size_t r : fold.coreRows) {
            if (fold.expanded) {
                addRow(r);
            } else {
                m_displayRowOfCore[r] = foldRow;
            }
        }
        m_folds.push_back(std::move(fold));
    };
    for (std::size_t r : order) {
        if (r >= rows.size()) {
            continue;
        }
        if (!m_showClutter && rows[r].boilerplate) {
            run.push_back(r);
        } else {
            foldRun();
            addRow(r);
        }
    }
    foldRun();
}

void ComparisonModel::invalidateContent()
{
    ++m_generation;
    m_contents.clear();
    if (m_comparison) {
        m_contents.resize(m_comparison->rows.size() * m_comparison->documents.size());
    }
}

void ComparisonModel::repaintAllContent()
{
    invalidateContent();
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_comparison ? 0 : static_cast<int>(m_comparison->documents.size());
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // A fold can take the keyboard focus (Enter opens it) but is never a selected row.
    return rowIsFold(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

const CellContent& ComparisonModel::content(const QModelIndex& index) const
{
    static const CellContent blank;
    if (!index.isValid() || !m_comparison || index.row() >= rowCount() ||
        index.column() >= columnCount() || rowIsFold(index.row())) {
        return blank;
    }
    const std::size_t r = coreRow(index.row());
    const auto d = static_cast<std::size_t>(index.column());
    auto& slot = m_contents[r * m_comparison->documents.size() + d];
    if (!slot) {
        slot = std::make_unique<CellContent>(buildContent(r, d));
    }
    return *slot;
}

CellContent ComparisonModel::buildContent(std::size_t coreRowIndex, std::size_t d) const
{
    const core::Row& row = m_comparison->rows[coreRowIndex];
    const core::Document& doc = m_comparison->documents[d];
    const std::size_t documents = m_comparison->documents.size();
    CellContent out;
    if (d >= row.cells.size() || row.cells[d].empty()) {
        out.state = isOmissionRow(row) ? CellState::NotReported : CellState::Blank;
        return out;
    }
    const core::Cell& cell = row.cells[d];
    const DocumentText& text = m_texts[d];
    out.state = CellState::Present;
    out.addition = isAdditionRow(row, documents);
    out.moved = cell.moved;
    out.reference = row.reference && *row.reference == d && row.presentCount() > 1;

    // Where each sentence of the cell starts in out.text, to place its spans.
    std::vector<std::pair<std::size_t, int>> sentenceAt;
    bool allClutter = true;
    std::optional<std::size_t> previous;
    for (std::size_t s : cell.sentences) {
        if (s >= doc.sentences.size()) {
            continue;
        }
        const core::Sentence& sentence = doc.sentences[s];
        if (!out.text.isEmpty()) {
            out.text += QLatin1Char(' ');
        }
        if (previous && s != *previous + 1) {
            // The outlet tells this again further on: say that text lies between.
            out.marks.push_back({static_cast<int>(out.text.size()), 1, MarkKind::Gap});
            out.text += QChar(0x2026);
            out.text += QLatin1Char(' ');
        }
        previous = s;
        const QString label = clutterLabel(sentence);
        if (!label.isEmpty()) {
            out.marks.push_back({static_cast<int>(out.text.size()), static_cast<int>(label.size()),
                                 MarkKind::ClutterLabel});
            out.text += label + QChar(0x2002); // en space: keeps the label apart from the words
        } else {
            allClutter = false;
        }
        const int begin = static_cast<int>(out.text.size());
        sentenceAt.emplace_back(s, begin - text.position(sentence.start));
        out.text += text.slice(sentence.start, sentence.end);
        const int length = static_cast<int>(out.text.size()) - begin;
        out.sentenceRanges.emplace_back(begin, begin + length);
        if (!label.isEmpty()) {
            out.marks.push_back({begin, length, MarkKind::ClutterText});
        } else if (sentence.kind == core::SentenceKind::Headline) {
            out.marks.push_back({begin, length, MarkKind::Headline});
        }
    }
    out.clutter = allClutter;

    const auto shiftOf = [&](std::size_t sentence) -> std::optional<int> {
        for (const auto& [s, shift] : sentenceAt) {
            if (s == sentence) {
                return shift;
            }
        }
        return std::nullopt;
    };
    for (const core::DiffSpan& span : cell.spans) {
        if (span.kind == core::SpanKind::Equal) {
            continue;
        }
        const auto shift = shiftOf(span.sentence);
        if (!shift) {
            continue;
        }
        const int from = text.position(span.start) + *shift;
        const int to = text.position(span.end) + *shift;
        if (to > from) {
            out.marks.push_back(
                {from, to - from,
                 span.kind == core::SpanKind::Changed ? MarkKind::Changed : MarkKind::Added});
        }
    }

    if (m_showMissing && !cell.missing.empty()) {
        // Insert the lacking words where they would sit, shifting the marks after them.
        struct Insertion {
            int at;
            QString words;
        };
        std::vector<Insertion> insertions;
        for (const core::MissingWords& missing : cell.missing) {
            int at = -1;
            for (const auto& [s, shift] : sentenceAt) {
                const core::Sentence& sentence = doc.sentences[s];
                if (missing.after >= sentence.start && missing.after <= sentence.end) {
                    at = text.position(missing.after) + shift;
                    break;
                }
            }
            if (at < 0) {
                at = missing.after < doc.sentences[cell.sentences.front()].start
                         ? 0
                         : static_cast<int>(out.text.size());
            }
            insertions.push_back({std::clamp(at, 0, static_cast<int>(out.text.size())),
                                  fromUtf8(missing.text).trimmed()});
        }
        std::stable_sort(insertions.begin(), insertions.end(),
                         [](const Insertion& a, const Insertion& b) { return a.at < b.at; });
        QString merged;
        std::vector<TextMark> missingMarks;
        std::vector<std::pair<int, int>> shifts; // (base position, added length before it)
        int copied = 0;
        int added = 0;
        for (const Insertion& ins : insertions) {
            merged += out.text.mid(copied, ins.at - copied);
            copied = ins.at;
            QString piece;
            if (!merged.isEmpty() && !merged.back().isSpace()) {
                piece += QLatin1Char(' ');
            }
            const int wordsAt = static_cast<int>(merged.size() + piece.size());
            piece += ins.words;
            if (copied < out.text.size() && !out.text.at(copied).isSpace()) {
                piece += QLatin1Char(' ');
            }
            missingMarks.push_back(
                {wordsAt, static_cast<int>(ins.words.size()), MarkKind::Missing});
            merged += piece;
            added += static_cast<int>(piece.size());
            shifts.emplace_back(ins.at, added);
        }
        merged += out.text.mid(copied);
        const auto shifted = [&shifts](int position) {
            int shift = 0;
            for (const auto& [at, total] : shifts) {
                if (at <= position) {
                    shift = total;
                }
            }
            return position + shift;
        };
        for (TextMark& mark : out.marks) {
            mark.start = shifted(mark.start);
        }
        for (auto& [from, to] : out.sentenceRanges) {
            from = shifted(from);
            to = shifted(to);
        }
        out.text = merged;
        out.marks.insert(out.marks.end(), missingMarks.begin(), missingMarks.end());
    }

    if (!m_findText.isEmpty()) {
        qsizetype at = 0;
        while ((at = out.text.indexOf(m_findText, at, Qt::CaseInsensitive)) >= 0) {
            out.marks.push_back(
                {static_cast<int>(at), static_cast<int>(m_findText.size()), MarkKind::FindHit});
            at += m_findText.size();
        }
    }

    if (out.moved && !cell.sentences.empty()) {
        const int position = articlePosition(d, cell.sentences.front());
        // Short enough for a narrow column; the tooltip and inspector say it in full.
        out.note = position > 0 ? tr("↕ MOVED · %1 of %2").arg(position).arg(articleLength(d))
                                : tr("↕ MOVED");
    }
    // The user's word shaped this row (Row::byUser): its first outlet's cell says so, the
    // inspector says how.
    const auto first = std::find_if(row.cells.begin(), row.cells.end(),
                                    [](const core::Cell& c) { return !c.empty(); });
    if (row.byUser && first - row.cells.begin() == static_cast<std::ptrdiff_t>(d)) {
        const QString byHand = tr("✎ BY HAND");
        out.note = out.note.isEmpty() ? byHand : out.note + QStringLiteral("   ") + byHand;
    }
    return out;
}

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_comparison || index.row() >= rowCount() ||
        index.column() >= columnCount()) {
        return {};
    }
    if (const ClutterFold* f = fold(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            // The same folded or open: views (and Qt's model checks) expect a row's data to
            // hold still while rows come and go below it.
            return foldText(*f);
        case Qt::AccessibleTextRole:
            return foldText(*f) + (f->expanded ? tr(" (shown)") : tr(" (folded)"));
        case Qt::ToolTipRole:
            return f->expanded ? tr("Click to fold these lines of page clutter")
                               : tr("Click to show these lines of page clutter");
        case FoldRole:
            return static_cast<int>(f->coreRows.size());
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index);
    case Qt::ToolTipRole: {
        const CellContent& c = content(index);
        // A row the user shaped says so in every cell that has a sentence.
        const QString byHand =
            c.state == CellState::Present && m_comparison->rows[coreRow(index.row())].byUser
                ? QStringLiteral("\n") + tr("You shaped this row by hand; the inspector says how.")
                : QString();
        // For an empty cell, the outlet's closest sentence, if the aligner found one.
        QString closest;
        if (const QString near = nearSentence(index); !near.isEmpty()) {
            closest = QStringLiteral("\n") +
                      tr("Its closest sentence, too unlike to align (%1): \u201c%2\u201d")
                          .arg(nearHint(index), near);
        }
        if (c.state == CellState::NotReported) {
            return tr("%1 does not report this").arg(outletName(index.column())) + closest;
        }
        if (c.addition) {
            return tr("Only %1 reports this").arg(outletName(index.column())) + byHand;
        }
        if (const int owner = additionColumn(index.row()); owner >= 0) {
            return tr("Only %1 reports this").arg(outletName(owner)) + closest;
        }
        const bool gathered = std::any_of(c.marks.begin(), c.marks.end(), [](const TextMark& m) {
            return m.kind == MarkKind::Gap;
        });
        if (gathered) {
            // The "…" in the cell: the outlet tells this again further on.
            const auto d = static_cast<std::size_t>(index.column());
            return tr("%1 tells this in more than one place: %2")
                       .arg(outletName(index.column()),
                            placeInArticle(d, m_comparison->rows[coreRow(index.row())].cells[d])) +
                   byHand;
        }
        if (c.moved) {
            const auto& cell = m_comparison->rows[coreRow(index.row())]
                                   .cells[static_cast<std::size_t>(index.column())];
            return tr("Moved: %1 has this as sentence %2 of %3, elsewhere in its own order")
                       .arg(outletName(index.column()),
                            QString::number(articlePosition(
                                static_cast<std::size_t>(index.column()), cell.sentences.front())),
                            QString::number(
                                articleLength(static_cast<std::size_t>(index.column())))) +
                   byHand;
        }
        return byHand.mid(1);
    }
    case Qt::AccessibleTextRole: {
        const CellContent& c = content(index);
        // What the cell shows, the near-match hint of an empty cell included.
        QStringList said;
        said << (c.state == CellState::NotReported ? tr("not reported") : c.text);
        if (const QString near = nearHint(index); !near.isEmpty()) {
            said << tr("closest sentence %1").arg(near);
        }
        said.removeAll(QString());
        return said.join(QStringLiteral("; "));
    }
    case CellStateRole:
        return static_cast<int>(content(index).state);
    case CoreRowRole:
        return static_cast<qulonglong>(coreRow(index.row()));
    case MovedRole:
        return content(index).moved;
    case AdditionRole:
        return content(index).addition;
    case ClutterRole:
        return content(index).state == CellState::Present && content(index).clutter;
    case FoldRole:
        return 0;
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_comparison) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount()) {
            return {};
        }
        return rowIsFold(section) ? QVariant(QStringLiteral("⋯")) : QVariant(rowNumber(section));
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const auto d = static_cast<std::size_t>(section);
    const core::Document& doc = m_comparison->documents[d];
    switch (role) {
    case Qt::DisplayRole:
        return outletName(section);
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("%1\n%2\n%3")
                .arg(outletName(section), fromUtf8(doc.metadata.title), fromUtf8(doc.path));
        if (d < m_comparison->statistics.size() && m_comparison->documents.size() > 1) {
            // The figures the HTML export shows under each outlet.
            const core::OutletStatistics& s = m_comparison->statistics[d];
            QString omissions = counted(s.omissions, tr("%1 omission"), tr("%1 omissions"));
            if (s.omissionsNear > 0) {
                omissions +=
                    tr(" (%1 perhaps in other words: \u2248 in the cell)").arg(s.omissionsNear);
            }
            tip += QStringLiteral("\n") +
                   tr("Coverage %1% · %2 · %3 · %4")
                       .arg(std::lround(s.coverage * 100))
                       .arg(omissions, counted(s.additions, tr("%1 addition"), tr("%1 additions")),
                            counted(s.moved, tr("%1 moved"), tr("%1 moved")));
        }
        return tip;
    }
    case HeadlineRole:
        return fromUtf8(doc.metadata.title);
    case DateRole:
        return fromUtf8(doc.metadata.date);
    case WordsRole:
        return d < m_comparison->statistics.size()
                   ? static_cast<qulonglong>(m_comparison->statistics[d].words)
                   : 0ULL;
    case CoverageRole:
        return d < m_comparison->statistics.size() ? m_comparison->statistics[d].coverage : 0.0;
    case ReferenceRole:
        return m_chosenReference && *m_chosenReference == d;
    case FollowedRole:
        return m_followed && *m_followed == d;
    default:
        return {};
    }
}

void ComparisonModel::setShowClutter(bool show)
{
    if (show == m_showClutter) {
        return;
    }
    beginResetModel();
    m_showClutter = show;
    // Hiding all clutter again folds every run, so the toggle always ends in a known state.
    m_expanded.clear();
    ++m_generation;
    rebuildRows();
    endResetModel();
}

void ComparisonModel::setShowMissing(bool show)
{
    if (show == m_showMissing) {
        return;
    }
    m_showMissing = show;
    repaintAllContent();
}

void ComparisonModel::setFindText(const QString& text)
{
    if (text == m_findText) {
        return;
    }
    m_findText = text;
    repaintAllContent();
}

void ComparisonModel::setChosenReference(std::optional<std::size_t> document)
{
    m_chosenReference = document;
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void ComparisonModel::setFollowed(std::optional<std::size_t> document)
{
    if (document == m_followed) {
        return;
    }
    beginResetModel();
    m_followed = document;
    ++m_generation;
    rebuildRows();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

QString ComparisonModel::defaultOutletName(int column) const
{
    if (!m_comparison || column < 0 || column >= columnCount()) {
        return {};
    }
    const core::Document& doc = m_comparison->documents[static_cast<std::size_t>(column)];
    QString name = fromUtf8(doc.metadata.outlet).trimmed();
    return name.isEmpty() ? fromUtf8(doc.path) : name;
}

QString ComparisonModel::outletName(int column) const
{
    if (column >= 0 && column < m_names.size() && !m_names.at(column).isEmpty()) {
        return m_names.at(column);
    }
    return defaultOutletName(column);
}

void ComparisonModel::setOutletName(int column, const QString& name)
{
    if (column < 0 || column >= columnCount()) {
        return;
    }
    const QString trimmed = name.trimmed();
    m_names[column] = trimmed == defaultOutletName(column) ? QString() : trimmed;
    emit headerDataChanged(Qt::Horizontal, column, column);
}

QStringList ComparisonModel::outletNames() const
{
    return m_names;
}

void ComparisonModel::setOutletNames(const QStringList& names)
{
    for (int c = 0; c < columnCount(); ++c) {
        m_names[c] = c < names.size() ? names.at(c) : QString();
    }
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int ComparisonModel::rowOfCoreRow(std::size_t coreRowIndex) const
{
    return coreRowIndex < m_displayRowOfCore.size() ? m_displayRowOfCore[coreRowIndex] : -1;
}

int ComparisonModel::rowOfSentence(std::size_t document, std::size_t sentence) const
{
    if (document >= m_rowOfSentence.size() || sentence >= m_rowOfSentence[document].size()) {
        return -1;
    }
    return rowOfCoreRow(m_rowOfSentence[document][sentence]);
}

int ComparisonModel::foldIndex(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_foldOfRow.size()
               ? m_foldOfRow[static_cast<std::size_t>(row)]
               : -1;
}

bool ComparisonModel::rowIsFold(int row) const
{
    return foldIndex(row) >= 0;
}

const ClutterFold* ComparisonModel::fold(int row) const
{
    const int f = foldIndex(row);
    return f >= 0 ? &m_folds[static_cast<std::size_t>(f)] : nullptr;
}

int ComparisonModel::foldRowOf(int row) const
{
    if (row < 0 || row >= rowCount() || rowIsFold(row) || !rowIsClutter(row)) {
        return -1;
    }
    // An expanded fold's rows follow it without a break, so the fold is the first above.
    for (int r = row - 1; r >= 0; --r) {
        if (rowIsFold(r)) {
            return r;
        }
    }
    return -1;
}

void ComparisonModel::setFoldExpanded(int row, bool expanded)
{
    const ClutterFold* f = fold(row);
    if (!f || f->expanded == expanded) {
        return;
    }
    const int n = static_cast<int>(f->coreRows.size());
    std::vector<std::pair<std::size_t, std::size_t>> sentences;
    for (std::size_t r : f->coreRows) {
        const core::Row& coreRowRef = m_comparison->rows[r];
        for (std::size_t d = 0; d < coreRowRef.cells.size(); ++d) {
            for (std::size_t s : coreRowRef.cells[d].sentences) {
                sentences.emplace_back(d, s);
            }
        }
    }
    // Only this fold changes, so the rows come and go below it and the view keeps its place.
    if (expanded) {
        beginInsertRows({}, row + 1, row + n);
        m_expanded.insert(sentences.begin(), sentences.end());
        rebuildRows();
        endInsertRows();
    } else {
        beginRemoveRows({}, row + 1, row + n);
        for (const auto& sentence : sentences) {
            m_expanded.erase(sentence);
        }
        rebuildRows();
        endRemoveRows();
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int ComparisonModel::hiddenClutterRows() const
{
    int hidden = 0;
    for (const ClutterFold& f : m_folds) {
        hidden += f.expanded ? 0 : static_cast<int>(f.coreRows.size());
    }
    return hidden;
}

namespace {

// The near match (core::Row::near) of a row for one document, or null.
const core::NearMatch* nearMatchOf(const core::Row& row, std::size_t document)
{
    const auto it = std::find_if(row.near.begin(), row.near.end(),
                                 [&](const core::NearMatch& m) { return m.document == document; });
    return it == row.near.end() ? nullptr : &*it;
}

} // namespace

const core::NearMatch* ComparisonModel::shownNearMatch(const QModelIndex& index) const
{
    if (!m_comparison || !index.isValid() || index.row() >= rowCount() ||
        index.column() >= columnCount() || rowIsFold(index.row())) {
        return nullptr;
    }
    // From the core row, not content(): counting offers over every cell must not build (and
    // keep) the display content of cells nobody has scrolled to.
    const auto d = static_cast<std::size_t>(index.column());
    const core::Row& row = m_comparison->rows[coreRow(index.row())];
    if (d < row.cells.size() && !row.cells[d].empty()) {
        return nullptr; // the outlet has sentences here
    }
    const core::NearMatch* near = nearMatchOf(row, d);
    const int target = near ? rowOfSentence(d, near->sentence) : -1;
    return target < 0 || rowIsFold(target) ? nullptr : near;
}

QString ComparisonModel::nearHint(const QModelIndex& index) const
{
    const core::NearMatch* near = shownNearMatch(index);
    if (!near) {
        return {};
    }
    return tr("\u2248 row %1 \u00b7 %2% alike")
        .arg(rowNumber(rowOfSentence(near->document, near->sentence)))
        .arg(std::lround(near->similarity * 100));
}

QString ComparisonModel::nearSentence(const QModelIndex& index) const
{
    const core::NearMatch* near = shownNearMatch(index);
    return near ? fromUtf8(m_comparison->documents[near->document].sentences[near->sentence].text)
                : QString();
}

int ComparisonModel::rowNumber(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rowNumbers.size()
               ? m_rowNumbers[static_cast<std::size_t>(row)]
               : 0;
}

QString ComparisonModel::foldText(const ClutterFold& f, bool withKinds) const
{
    const int n = static_cast<int>(f.coreRows.size());
    QString text = counted(static_cast<std::size_t>(n), tr("%1 line of page clutter"),
                           tr("%1 lines of page clutter"));
    if (withKinds && !f.kinds.isEmpty()) {
        text += QStringLiteral(": ") + f.kinds.join(QStringLiteral(", ")).toLower();
    }
    return text;
}

bool ComparisonModel::rowHasOmission(int row) const
{
    return !rowIsFold(row) && isOmissionRow(m_comparison->rows[coreRow(row)]);
}

bool ComparisonModel::rowIsAddition(int row) const
{
    return !rowIsFold(row) &&
           isAdditionRow(m_comparison->rows[coreRow(row)], m_comparison->documents.size());
}

int ComparisonModel::additionColumn(int row) const
{
    if (!rowIsAddition(row)) {
        return -1;
    }
    const core::Row& coreRowRef = m_comparison->rows[coreRow(row)];
    for (std::size_t d = 0; d < coreRowRef.cells.size(); ++d) {
        if (!coreRowRef.cells[d].empty()) {
            return static_cast<int>(d);
        }
    }
    return -1;
}

bool ComparisonModel::rowHasRewording(int row) const
{
    return !rowIsFold(row) && isRewordedRow(m_comparison->rows[coreRow(row)]);
}

bool ComparisonModel::rowIsClutter(int row) const
{
    return !rowIsFold(row) && m_comparison->rows[coreRow(row)].boilerplate;
}

bool ComparisonModel::mayTakeOut(int row, int column) const
{
    if (!m_comparison || row < 0 || row >= rowCount() || column < 0 || column >= columnCount() ||
        rowIsFold(row) || rowIsClutter(row)) {
        return false;
    }
    const core::Row& core = m_comparison->rows[coreRow(row)];
    const auto d = static_cast<std::size_t>(column);
    if (d >= core.cells.size() || core.cells[d].empty() || core.presentCount() < 2) {
        return false;
    }
    const auto& sentences = m_comparison->documents[d].sentences;
    return std::none_of(
        core.cells[d].sentences.begin(), core.cells[d].sentences.end(),
        [&](std::size_t s) { return sentences[s].kind == core::SentenceKind::Headline; });
}

int ComparisonModel::articlePosition(std::size_t document, std::size_t sentence) const
{
    if (document >= m_articlePositions.size() || sentence >= m_articlePositions[document].size()) {
        return 0;
    }
    return m_articlePositions[document][sentence];
}

int ComparisonModel::articleLength(std::size_t document) const
{
    return document < m_articleLengths.size() ? m_articleLengths[document] : 0;
}

QString ComparisonModel::placeInArticle(std::size_t document, const core::Cell& cell) const
{
    if (cell.sentences.empty()) {
        return {};
    }
    const int first = articlePosition(document, cell.sentences.front());
    if (first <= 0) {
        return {};
    }
    const int last = articlePosition(document, cell.sentences.back());
    const int length = articleLength(document);
    if (last <= first) {
        return tr("sentence %1 of %2").arg(first).arg(length);
    }
    if (cell.sentences.back() - cell.sentences.front() + 1 == cell.sentences.size()) {
        return tr("sentences %1–%2 of %3").arg(first).arg(last).arg(length);
    }
    // Not neighbours: the outlet tells it again further on (a gathered cell).
    QStringList positions;
    for (const std::size_t s : cell.sentences) {
        if (const int p = articlePosition(document, s); p > 0) {
            positions << QString::number(p);
        }
    }
    const QString lastPosition = positions.takeLast();
    return tr("sentences %1 and %2 of %3")
        .arg(positions.join(QStringLiteral(", ")), lastPosition)
        .arg(length);
}

const DocumentText& ComparisonModel::documentText(std::size_t document) const
{
    return m_texts.at(document);
}

QString ComparisonModel::sentenceText(std::size_t document, std::size_t sentence) const
{
    const core::Sentence& s = m_comparison->documents.at(document).sentences.at(sentence);
    return m_texts.at(document).slice(s.start, s.end);
}

QString ComparisonModel::cellText(const QModelIndex& index) const
{
    if (!index.isValid() || !m_comparison || rowIsFold(index.row())) {
        return {};
    }
    const auto d = static_cast<std::size_t>(index.column());
    const core::Row& row = m_comparison->rows[coreRow(index.row())];
    if (d >= row.cells.size()) {
        return {};
    }
    QStringList parts;
    for (std::size_t s : row.cells[d].sentences) {
        parts << sentenceText(d, s);
    }
    return parts.join(QLatin1Char(' '));
}

QString ComparisonModel::cellTextWithOutlet(const QModelIndex& index) const
{
    if (!index.isValid() || rowIsFold(index.row())) {
        return {};
    }
    const QString text = cellText(index);
    return QStringLiteral("%1: %2").arg(outletName(index.column()),
                                        text.isEmpty() ? tr("(not reported)") : text);
}

QString ComparisonModel::rowText(int row, const std::vector<int>& columns) const
{
    if (rowIsFold(row)) {
        return {};
    }
    QStringList lines;
    for (int c : columns) {
        lines << cellTextWithOutlet(index(row, c));
    }
    return lines.join(QLatin1Char('\n'));
}

QString documentPath(const ComparisonModel& model, int column)
{
    return fromUtf8(model.comparison()->documents.at(static_cast<std::size_t>(column)).path);
}

int columnOfPath(const ComparisonModel& model, const QString& path)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (documentPath(model, c) == path) {
            return c;
        }
    }
    return -1;
}

} // namespace parallax::ui
