#pragma once

#include <QDialog>
#include <QString>
#include <vector>

class QMenuBar;

namespace parallax::ui {

// One line of Help > Keyboard Shortcuts: where it is, what it does, its keys as the platform
// writes them ("Ctrl+Z").
struct ShortcutEntry {
    QString group;  // the menu ("Edit"), or "Table" for keys no menu lists
    QString action; // "Undo", "Next Possible Match"
    QString keys;   // "Ctrl+Z", "Shift+N"
};

// Every action of the menus that has a key, menu by menu in menu order, read from the menus
// themselves so the list cannot drift from what the keys do; then the keys that act on the
// table and find bar without a menu entry. Texts lose their "&" and "…".
std::vector<ShortcutEntry> shortcutEntries(const QMenuBar& menus);

// Help > Keyboard Shortcuts: shortcutEntries in a tree, a menu a branch.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);
};

} // namespace parallax::ui
