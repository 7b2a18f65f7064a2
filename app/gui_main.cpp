// parallax: the desktop window. Only wiring: arguments, the window, exit codes.
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>

namespace {

// The bundled sample story: installed beside the binary, else the source tree.
QString sampleFolder()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/parallax/samples/sample-story"));
    if (QFileInfo(installed).isDir()) {
        return QDir::cleanPath(installed);
    }
    const QString source = QStringLiteral(PARALLAX_SOURCE_SAMPLE);
    return QFileInfo(source).isDir() ? source : QString();
}

QIcon applicationIcon()
{
    QIcon fallback;
    for (const char* size : {"16", "32", "64", "256"}) {
        fallback.addFile(QStringLiteral(":/parallax/icons/%1.png").arg(QLatin1String(size)));
    }
    return QIcon::fromTheme(QStringLiteral(PARALLAX_APP_ID), fallback);
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version answer without a display, as command-line users expect.
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        textOnly = textOnly || arg == "-h" || arg == "--help" || arg == "--help-all" ||
                   arg == "-v" || arg == "--version";
    }
    std::unique_ptr<QCoreApplication> app = textOnly
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Parallax"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compare how outlets covered one event, sentence by sentence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("Folder of articles, one file per outlet "
                                                "(default: the bundled sample story)."),
                                 QStringLiteral("[DIR]"));
    // For documentation and checks: save a picture of the window once the folder is shown.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to FILE (PNG) and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(*app);
    QGuiApplication::setDesktopFileName(QStringLiteral(PARALLAX_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        parser.showHelp(2);
    }
    QString folder = positional.isEmpty() ? sampleFolder() : positional.first();
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        fprintf(stderr, "parallax: %s: not a folder\n", qPrintable(folder));
        return 2;
    }

    parallax::ui::MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1440, 860);
        const QString file = parser.value(screenshot);
        const auto save = [&window, file] {
            // The inspector at work on the second omission, the row above it (moved and
            // reworded cells) at the top: most kinds of highlight are then on screen.
            window.goTo(parallax::ui::NavigationTarget::Omission, true);
            window.goTo(parallax::ui::NavigationTarget::Omission, true);
            const QModelIndex current = window.table()->currentIndex();
            window.table()->scrollTo(current.siblingAtRow(std::max(0, current.row() - 1)),
                                     QAbstractItemView::PositionAtTop);
            QTimer::singleShot(200, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QCoreApplication::exit(ok ? 0 : 1);
            });
        };
        QObject::connect(&window, &parallax::ui::MainWindow::comparisonShown, &window, save);
        QObject::connect(&window, &parallax::ui::MainWindow::loadFailed, &window,
                         [] { QCoreApplication::exit(1); });
    }
    window.show();
    if (!folder.isEmpty()) {
        window.openFolder(folder);
    }
    return QApplication::exec();
}
