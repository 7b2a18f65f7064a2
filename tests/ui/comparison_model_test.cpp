// The model over the sample story: Qt's model checks, the clutter folds, the orders, and
// the byte-offset to QString mapping.
#include "core/comparison.h"
#include "ui/comparison_model.h"
#include "ui/document_text.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <set>

using parallax::ui::CellState;
using parallax::ui::ComparisonModel;
using parallax::ui::DocumentText;
using parallax::ui::MarkKind;

class ComparisonModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    // Qt's own consistency checks, through every reset the window can cause.
    void passesModelTester();
    // Clutter rows are folded by default, and each core row shows exactly once when shown.
    void clutterToggleFiltersRows();
    // Each run of clutter rows is one fold row; opening it inserts exactly its rows below it.
    void clutterRunsFoldIntoOneRow();
    // An opened fold stays open through a reload of the same files and a change of order.
    void openFoldsSurviveReloadAndReorder();
    void followingAnOutletOrdersItsSentences();
    void marksStayInsideTheirText();
    void missingWordsAreInsertedOnDemand();
    void omissionsAndAdditionsAreTold();
    void outletNamesWithPercentSignsStayWhole();
    // An outlet that tells one thing in two places shows both in one cell, a "…" between.
    void gatheredSentencesShowAGap();
    // UTF-8 byte offsets map onto UTF-16 positions, surrogate pairs included.
    void documentTextMapsOffsets();

private:
    std::shared_ptr<const parallax::core::Comparison> m_comparison;
};

void ComparisonModelTest::initTestCase()
{
    auto result = parallax::core::compareFolder(PARALLAX_SAMPLE_DIR);
    QVERIFY2(result.comparison.has_value(), result.error.c_str());
    m_comparison =
        std::make_shared<const parallax::core::Comparison>(std::move(*result.comparison));
}

void ComparisonModelTest::passesModelTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(m_comparison);
    QCOMPARE(model.columnCount(), static_cast<int>(m_comparison->documents.size()));
    QVERIFY(model.rowCount() > 0);
    // Folds open and close by inserting and removing rows, which the tester follows.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowIsFold(r)) {
            model.setFoldExpanded(r, true);
        }
    }
    for (int r = model.rowCount() - 1; r >= 0; --r) {
        if (model.rowIsFold(r)) {
            model.setFoldExpanded(r, false);
        }
    }
    model.setShowClutter(true);
    model.setFollowed(1);
    model.setShowMissing(true);
    model.setFindText(QStringLiteral("ferry"));
    model.setOutletName(0, QStringLiteral("Herald"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Herald"));
    model.setFollowed(std::nullopt);
    model.setShowClutter(false);
    model.setComparison(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void ComparisonModelTest::clutterToggleFiltersRows()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    const int foldedRows = model.rowCount();
    int folds = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!model.rowIsClutter(r));
        folds += model.rowIsFold(r) ? 1 : 0;
    }
    QVERIFY2(folds > 0, "the sample story has clutter rows");
    QCOMPARE(model.rowNumberCount(), foldedRows - folds);
    model.setShowClutter(true);
    QCOMPARE(model.rowCount(), static_cast<int>(m_comparison->rows.size()));
    QVERIFY(!model.hasFolds());
    std::set<std::size_t> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!model.rowIsFold(r));
        QVERIFY(seen.insert(model.coreRow(r)).second);
    }
    model.setShowClutter(false);
    QCOMPARE(model.rowCount(), foldedRows);
}

void ComparisonModelTest::clutterRunsFoldIntoOneRow()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    std::size_t clutterRows = 0;
    for (const auto& row : m_comparison->rows) {
        clutterRows += row.boilerplate ? 1 : 0;
    }
    std::size_t folded = 0;
    int lastFold = -2;
    for (int r = 0; r < model.rowCount(); ++r) {
        const parallax::ui::ClutterFold* fold = model.fold(r);
        if (!fold) {
            QVERIFY(!m_comparison->rows[model.coreRow(r)].boilerplate);
            QCOMPARE(model.data(model.index(r, 0), ComparisonModel::FoldRole).toInt(), 0);
            continue;
        }
        QVERIFY2(lastFold != r - 1, "two folds never touch: a run is one fold");
        lastFold = r;
        QVERIFY(!fold->expanded);
        QVERIFY(!fold->kinds.isEmpty());
        QCOMPARE(model.flags(model.index(r, 0)) & Qt::ItemIsSelectable, Qt::NoItemFlags);
        QCOMPARE(model.data(model.index(r, 0), ComparisonModel::FoldRole).toInt(),
                 static_cast<int>(fold->coreRows.size()));
        const QString text = model.data(model.index(r, 0)).toString();
        const QString count =
            fold->coreRows.size() == 1
                ? QStringLiteral("1 line of page clutter")
                : QStringLiteral("%1 lines of page clutter").arg(fold->coreRows.size());
        QVERIFY2(text.contains(count), qPrintable(text));
        QVERIFY(text.contains(fold->kinds.front().toLower()));
        QVERIFY(model.cellText(model.index(r, 0)).isEmpty()); // nothing to copy or find
        for (std::size_t core : fold->coreRows) {
            QVERIFY(m_comparison->rows[core].boilerplate);
            QCOMPARE(model.rowOfCoreRow(core), r); // a folded row is found at its fold
        }
        folded += fold->coreRows.size();
    }
    QCOMPARE(folded, clutterRows);
    QCOMPARE(model.hiddenClutterRows(), static_cast<int>(clutterRows));

    // Opening the largest fold inserts its rows right below it, in order, and nothing else.
    int largest = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowIsFold(r) && (largest < 0 || model.fold(r)->coreRows.size() >
                                                      model.fold(largest)->coreRows.size())) {
            largest = r;
        }
    }
    const std::vector<std::size_t> run = model.fold(largest)->coreRows;
    const int n = static_cast<int>(run.size());
    const int before = model.rowCount();
    const std::size_t after = model.coreRow(largest + 1);
    model.setFoldExpanded(largest, true);
    QCOMPARE(model.rowCount(), before + n);
    QVERIFY(model.fold(largest)->expanded);
    QVERIFY(model.data(model.index(largest, 0), Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("shown")));
    for (int i = 0; i < n; ++i) {
        QCOMPARE(model.coreRow(largest + 1 + i), run[static_cast<std::size_t>(i)]);
        QVERIFY(model.rowIsClutter(largest + 1 + i));
        QCOMPARE(model.foldRowOf(largest + 1 + i), largest);
        QCOMPARE(model.rowOfCoreRow(run[static_cast<std::size_t>(i)]), largest + 1 + i);
    }
    QCOMPARE(model.coreRow(largest + 1 + n), after);
    QCOMPARE(model.hiddenClutterRows(), static_cast<int>(clutterRows) - n);
    model.setFoldExpanded(largest, false);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.hiddenClutterRows(), static_cast<int>(clutterRows));
}

void ComparisonModelTest::openFoldsSurviveReloadAndReorder()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    int fold = 0;
    while (!model.rowIsFold(fold)) {
        ++fold;
    }
    const std::size_t first = model.fold(fold)->coreRows.front();
    model.setFoldExpanded(fold, true);
    // The same files again (a reload after a correction): still open.
    auto again = parallax::core::compareFolder(PARALLAX_SAMPLE_DIR);
    QVERIFY(again.comparison.has_value());
    model.setComparison(
        std::make_shared<const parallax::core::Comparison>(std::move(*again.comparison)));
    QVERIFY(!model.rowIsFold(model.rowOfCoreRow(first)));
    QVERIFY(model.rowIsClutter(model.rowOfCoreRow(first)));
    // Another order: the run's rows are still shown.
    model.setFollowed(0);
    model.setFollowed(std::nullopt);
    QVERIFY(model.rowIsClutter(model.rowOfCoreRow(first)));
    // Hiding all clutter again folds everything.
    model.setShowClutter(true);
    model.setShowClutter(false);
    QVERIFY(model.rowIsFold(model.rowOfCoreRow(first)));
}

void ComparisonModelTest::followingAnOutletOrdersItsSentences()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    model.setShowClutter(true);
    for (std::size_t d = 0; d < m_comparison->documents.size(); ++d) {
        model.setFollowed(d);
        QVERIFY(model.headerData(static_cast<int>(d), Qt::Horizontal, ComparisonModel::FollowedRole)
                    .toBool());
        std::size_t last = 0;
        bool first = true;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto& cell = m_comparison->rows[model.coreRow(r)].cells[d];
            if (cell.empty()) {
                continue;
            }
            QVERIFY2(first || cell.sentences.front() > last,
                     qPrintable(QStringLiteral("document %1 row %2").arg(d).arg(r)));
            last = cell.sentences.front();
            first = false;
        }
    }
}

void ComparisonModelTest::marksStayInsideTheirText()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    model.setShowClutter(true);
    int changed = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const auto& content = model.content(model.index(r, c));
            if (content.state != CellState::Present) {
                QVERIFY(content.text.isEmpty());
                continue;
            }
            QVERIFY(!content.text.isEmpty());
            for (const auto& mark : content.marks) {
                QVERIFY(mark.start >= 0 && mark.length > 0);
                QVERIFY(mark.start + mark.length <= content.text.size());
                changed += mark.kind == MarkKind::Changed ? 1 : 0;
            }
            // The display text carries every sentence of the cell.
            for (const QString& word : model.cellText(model.index(r, c)).split(QLatin1Char(' '))) {
                QVERIFY(content.text.contains(word));
            }
        }
    }
    QVERIFY2(changed > 0, "the sample story has reworded sentences");
}

void ComparisonModelTest::missingWordsAreInsertedOnDemand()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    int inserted = 0;
    model.setShowMissing(true);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowIsFold(r)) {
            continue;
        }
        for (int c = 0; c < model.columnCount(); ++c) {
            const auto& cell =
                m_comparison->rows[model.coreRow(r)].cells[static_cast<std::size_t>(c)];
            const auto& content = model.content(model.index(r, c));
            int missingMarks = 0;
            for (const auto& mark : content.marks) {
                if (mark.kind == MarkKind::Missing) {
                    ++missingMarks;
                    QVERIFY(!content.text.mid(mark.start, mark.length).trimmed().isEmpty());
                }
            }
            QCOMPARE(missingMarks, cell.empty() ? 0 : static_cast<int>(cell.missing.size()));
            inserted += missingMarks;
        }
    }
    QVERIFY(inserted > 0);
    model.setShowMissing(false);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (const auto& mark : model.content(model.index(r, c)).marks) {
                QVERIFY(mark.kind != MarkKind::Missing);
            }
        }
    }
}

void ComparisonModelTest::outletNamesWithPercentSignsStayWhole()
{
    // A name is the user's text: "%2" in it is not a place for the next number to go.
    ComparisonModel model;
    model.setComparison(m_comparison);
    for (int c = 0; c < model.columnCount(); ++c) {
        model.setOutletName(c, QStringLiteral("Up 5%1 %2 News"));
    }
    int moved = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString tip = model.data(model.index(r, c), Qt::ToolTipRole).toString();
            if (tip.startsWith(QStringLiteral("Moved:"))) {
                ++moved;
                QVERIFY2(tip.contains(QStringLiteral("Up 5%1 %2 News has this as sentence")),
                         qPrintable(tip));
            }
        }
    }
    QVERIFY(moved > 0);
}

void ComparisonModelTest::omissionsAndAdditionsAreTold()
{
    ComparisonModel model;
    model.setComparison(m_comparison);
    int omissions = 0;
    int additions = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const auto& content = model.content(model.index(r, c));
            if (content.state == CellState::NotReported) {
                ++omissions;
                QVERIFY(model.rowHasOmission(r));
                QVERIFY(model.data(model.index(r, c), Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("does not report")));
            }
            if (content.addition) {
                ++additions;
                QVERIFY(model.rowIsAddition(r));
            }
        }
    }
    QVERIFY(omissions > 0);
    QVERIFY(additions > 0);
}

void ComparisonModelTest::gatheredSentencesShowAGap()
{
    using parallax::core::Document;
    const auto doc = [](const char* path, const char* text) {
        Document d;
        d.path = path;
        d.encoding = "UTF-8";
        d.text = text;
        return d;
    };
    auto comparison =
        std::make_shared<const parallax::core::Comparison>(parallax::core::compareDocuments({
            doc("a.txt", "Flood barriers\n\n"
                         "The harbour board will raise the flood barriers along the quay by two "
                         "metres before winter.\n\n"
                         "Fishermen said the catch this season was the poorest in a decade.\n\n"
                         "The mayor thanked the volunteers who filled sandbags in the rain.\n\n"
                         "By winter the flood barriers along the quay will stand two metres "
                         "higher, the harbour board said.\n"),
            doc("b.txt", "Quay defences\n\n"
                         "The harbour board said it will raise the quay's flood barriers by two "
                         "metres before winter.\n\n"
                         "The mayor thanked the volunteers who filled sandbags in the rain.\n"),
        }));
    ComparisonModel model;
    model.setComparison(comparison);
    int gaps = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto& content = model.content(model.index(r, 0));
        for (const auto& mark : content.marks) {
            if (mark.kind != MarkKind::Gap) {
                continue;
            }
            ++gaps;
            QCOMPARE(content.text.mid(mark.start, mark.length), QString(QChar(0x2026)));
            const qsizetype later = content.text.indexOf(QStringLiteral("stand two metres"));
            QVERIFY(content.text.indexOf(QStringLiteral("will raise")) < mark.start);
            QVERIFY(later > mark.start);
            // Its tooltip says where the outlet tells it (the headline is sentence 1).
            const QString tip = model.data(model.index(r, 0), Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("sentences 2 and 5 of 5")), qPrintable(tip));
        }
    }
    QCOMPARE(gaps, 1);
}

void ComparisonModelTest::documentTextMapsOffsets()
{
    const std::string utf8 = "Caf\xC3\xA9 \xF0\x9F\x93\xB0 news"; // "Café 📰 news"
    const DocumentText text(utf8);
    QCOMPARE(text.text(), QString::fromUtf8(utf8.c_str()));
    QCOMPARE(text.position(0), 0);
    QCOMPARE(text.position(3), 3);  // é starts at byte 3
    QCOMPARE(text.position(5), 4);  // the space after é
    QCOMPARE(text.position(6), 5);  // 📰: one code point, two UTF-16 units
    QCOMPARE(text.position(10), 7); // the space after it
    QCOMPARE(text.slice(11, 15), QStringLiteral("news"));
    QCOMPARE(text.slice(6, 10), QString::fromUtf8("\xF0\x9F\x93\xB0"));
    QCOMPARE(text.position(999), static_cast<int>(text.text().size()));
    const DocumentText broken(std::string("a\xFF"
                                          "b"));
    QCOMPARE(broken.text().size(), 3); // a malformed byte becomes one replacement character
}

QTEST_GUILESS_MAIN(ComparisonModelTest)
#include "comparison_model_test.moc"
