#pragma once

#include "core/comparison.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace parallax::ui {

// View › Outlet Figures…: what each outlet carries (coverage, omissions, additions, moved
// sentences, words, clutter lines; the same figures as the HTML export) and how alike their
// wording is, pair by pair, with the pairs that share most of it named first: reused wire copy
// stands out at a glance. Shows core's figures; counts nothing itself.
//
//   OutletFiguresDialog dialog(this);
//   dialog.setComparison(comparison, outletNames);
//   dialog.show();
class OutletFiguresDialog : public QDialog {
    Q_OBJECT
public:
    explicit OutletFiguresDialog(QWidget* parent = nullptr);

    // names: one per document, as the window shows them.
    void setComparison(const core::Comparison& comparison, const QStringList& names);

    QTableWidget* figures() const { return m_figures; }
    QTableWidget* likeness() const { return m_likeness; }
    QString closestPairs() const;

    // Two outlets whose article text is at least this much the same wording most likely
    // carry the same agency copy.
    static constexpr double kWireCopy = 0.5;

signals:
    // A double click on a pair in the table: the reader wants those two side by side.
    void pairRequested(int documentA, int documentB);

private:
    QTableWidget* m_figures = nullptr;
    QTableWidget* m_likeness = nullptr;
    QLabel* m_pairs = nullptr;
    QLabel* m_matrixNote = nullptr;
};

} // namespace parallax::ui
