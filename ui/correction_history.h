#pragma once

#include "ui/folder_settings.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <functional>
#include <vector>

class QAction;

namespace parallax::ui {

// What the user told the aligner about a folder: the part of FolderState that changes the
// comparison, and so what Edit > Undo takes back. Names, hidden columns and their order are
// how the folder is looked at, undone by doing them again.
struct CorrectionSnapshot {
    std::vector<core::Correction> corrections;
    std::vector<core::SentenceLink> links;
    std::vector<core::SentenceLink> apart;
    std::vector<core::SentenceLink> notSame;
    AlignmentSettings alignment;
    QString referenceDocument;

    static CorrectionSnapshot of(const FolderState& state);
    void applyTo(FolderState& state) const;
    bool operator==(const CorrectionSnapshot&) const = default;
};

// Undo and redo of the user's corrections to the shown folder (put in a row, taken out, not
// the same, clutter marks, the reference, alignment options, forgetting them all). Each
// correction is kept as the snapshots before and after it; undoing one hands `restore` the
// snapshot to go back to, and the window compares the folder again with it. Built on
// QUndoStack, so the Edit menu's actions name what they undo ("Undo Put in Row").
class CorrectionHistory : public QObject {
    Q_OBJECT
public:
    // restore(snapshot, message): put snapshot in force; message is for the status bar
    // ("Undone: Put in Row").
    using Restore = std::function<void(const CorrectionSnapshot&, const QString&)>;

    explicit CorrectionHistory(Restore restore, QObject* parent = nullptr);

    // A correction the user just made, named as the menu will show it ("Put in Row"). Nothing
    // is recorded when before and after are the same.
    void record(const QString& what, const CorrectionSnapshot& before,
                const CorrectionSnapshot& after);
    // Another folder is shown: its corrections have no history here.
    void clear();

    QAction* createUndoAction(QObject* parent) const;
    QAction* createRedoAction(QObject* parent) const;
    bool canUndo() const { return m_stack.canUndo(); }
    bool canRedo() const { return m_stack.canRedo(); }
    void undo() { m_stack.undo(); }
    void redo() { m_stack.redo(); }

private:
    QUndoStack m_stack;
    Restore m_restore;
};

} // namespace parallax::ui
