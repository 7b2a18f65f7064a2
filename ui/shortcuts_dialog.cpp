#include "ui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parallax::ui {

namespace {

// "&Undo Put in Row" -> "Undo Put in Row"; "&Find…" -> "Find" ("&&" is a literal "&").
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text.trimmed();
}

void collect(const QMenu& menu, const QString& group, std::vector<ShortcutEntry>& entries)
{
    for (QAction* action : menu.actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (const QMenu* sub = action->menu()) {
            collect(*sub, group, entries);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        if (!keys.isEmpty()) {
            entries.push_back({group, plain(action->text()), keys.join(QStringLiteral(", "))});
        }
    }
}

} // namespace

std::vector<ShortcutEntry> shortcutEntries(const QMenuBar& menus)
{
    std::vector<ShortcutEntry> entries;
    for (QAction* action : menus.actions()) {
        if (const QMenu* menu = action->menu()) {
            collect(*menu, plain(action->text()), entries);
        }
    }
    // Keys the table and the find bar take without a menu entry (MainWindow::eventFilter).
    const QString table = ShortcutsDialog::tr("Table");
    const auto name = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    entries.push_back({table, ShortcutsDialog::tr("Open or close a clutter fold"),
                       ShortcutsDialog::tr("Enter, Space")});
    entries.push_back(
        {table, ShortcutsDialog::tr("Move between cells"), ShortcutsDialog::tr("Arrow keys")});
    entries.push_back({table, ShortcutsDialog::tr("Previous hit (find bar)"),
                       ShortcutsDialog::tr("Shift+Enter")});
    entries.push_back(
        {table, ShortcutsDialog::tr("Undo typing (find bar)"), name(QKeySequence::Undo)});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    QTreeWidgetItem* branch = nullptr;
    for (const ShortcutEntry& entry : shortcutEntries(menus)) {
        if (!branch || branch->text(0) != entry.group) {
            branch = new QTreeWidgetItem(tree, {entry.group});
            QFont bold = branch->font(0);
            bold.setBold(true);
            branch->setFont(0, bold);
            branch->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(branch, {entry.action, entry.keys});
    }
    tree->expandAll();
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(540, 640);
}

} // namespace parallax::ui
