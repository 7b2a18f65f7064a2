#include "ui/correction_history.h"

#include <QAction>
#include <QUndoCommand>

namespace parallax::ui {

namespace {

// One correction: the snapshots on either side of it.
class CorrectionCommand : public QUndoCommand {
public:
    CorrectionCommand(const QString& what, CorrectionSnapshot before, CorrectionSnapshot after,
                      const CorrectionHistory::Restore& restore)
        : QUndoCommand(what), m_before(std::move(before)), m_after(std::move(after)),
          m_restore(restore)
    {}

    void undo() override { m_restore(m_before, QObject::tr("Undone: %1").arg(text())); }

    void redo() override
    {
        // QUndoStack::push redoes at once, but the correction is already in force then.
        if (m_pushed) {
            m_restore(m_after, QObject::tr("Redone: %1").arg(text()));
        }
        m_pushed = true;
    }

private:
    CorrectionSnapshot m_before;
    CorrectionSnapshot m_after;
    const CorrectionHistory::Restore& m_restore;
    bool m_pushed = false;
};

} // namespace

CorrectionSnapshot CorrectionSnapshot::of(const FolderState& state)
{
    return {state.corrections, state.links,     state.apart,
            state.notSame,     state.alignment, state.referenceDocument};
}

void CorrectionSnapshot::applyTo(FolderState& state) const
{
    state.corrections = corrections;
    state.links = links;
    state.apart = apart;
    state.notSame = notSame;
    state.alignment = alignment;
    state.referenceDocument = referenceDocument;
}

CorrectionHistory::CorrectionHistory(Restore restore, QObject* parent)
    : QObject(parent), m_restore(std::move(restore))
{
    // Each step keeps two snapshots of a folder's corrections: a few kilobytes.
    m_stack.setUndoLimit(500);
}

void CorrectionHistory::record(const QString& what, const CorrectionSnapshot& before,
                               const CorrectionSnapshot& after)
{
    if (before == after) {
        return;
    }
    m_stack.push(new CorrectionCommand(what, before, after, m_restore));
}

void CorrectionHistory::clear()
{
    m_stack.clear();
}

QAction* CorrectionHistory::createUndoAction(QObject* parent) const
{
    return m_stack.createUndoAction(parent, tr("&Undo"));
}

QAction* CorrectionHistory::createRedoAction(QObject* parent) const
{
    return m_stack.createRedoAction(parent, tr("&Redo"));
}

} // namespace parallax::ui
