// The window on a large folder: how long until it is interactive, and how long each frame of
// a scripted scroll takes. Prints figures; asserts nothing about time.
//
//   parallax_ui_benchmark [--outlets 50] [--sentences 40] [--screenshot FILE]
#include "core/comparison.h"
#include "story_generator.h"
#include "ui/comparison_model.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

struct FrameFigures {
    double mean = 0;
    double p95 = 0;
    double max = 0;
    std::size_t frames = 0;
};

FrameFigures summarize(std::vector<double> ms)
{
    FrameFigures f;
    if (ms.empty()) {
        return f;
    }
    std::sort(ms.begin(), ms.end());
    f.frames = ms.size();
    f.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    f.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
    f.max = ms.back();
    return f;
}

// One frame per step: move the scroll bar, then paint the viewport synchronously.
std::vector<double> scroll(QTableView& table, QScrollBar* bar, int step)
{
    std::vector<double> frames;
    QElapsedTimer timer;
    for (int value = bar->minimum(); value <= bar->maximum(); value += step) {
        timer.start();
        bar->setValue(value);
        table.viewport()->repaint();
        QCoreApplication::processEvents();
        frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return frames;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parallax-ui-benchmark"));
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());

    parallax::bench::StoryOptions options;
    options.unrelatedShare = 0.0;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens a generated folder of one story in the window and prints how long opening, "
        "scrolling and selecting take."));
    parser.addHelpOption();
    const QCommandLineOption outlets(QStringLiteral("outlets"),
                                     QStringLiteral("Outlets in the folder (default 50)."),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption sentences(QStringLiteral("sentences"),
                                       QStringLiteral("Sentences of the story (default 40)."),
                                       QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Also save the window to this PNG."),
                                              QStringLiteral("FILE"));
    parser.addOptions({outlets, sentences, screenshotOption});
    parser.process(app); // --help and unknown options end here, with a message
    bool outletsOk = false;
    bool sentencesOk = false;
    options.outlets = parser.value(outlets).toULong(&outletsOk);
    options.sentences = parser.value(sentences).toULong(&sentencesOk);
    if (!outletsOk || !sentencesOk || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "parallax_ui_benchmark: --outlets and --sentences take a number\n");
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);
    QTemporaryDir folder;
    for (const auto& article : parallax::bench::StoryGenerator(options).generate()) {
        QFile file(folder.filePath(QString::fromStdString(article.name)));
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        file.write(article.text.data(), static_cast<qint64>(article.text.size()));
    }

    QElapsedTimer timer;
    timer.start();
    const auto core = parallax::core::compareFolder(folder.path().toStdString());
    const double coreMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!core.comparison) {
        std::fprintf(stderr, "could not compare: %s\n", core.error.c_str());
        return 1;
    }

    parallax::ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    QEventLoop loop;
    QObject::connect(&window, &parallax::ui::MainWindow::comparisonShown, &loop, &QEventLoop::quit);
    QObject::connect(&window, &parallax::ui::MainWindow::loadFailed, &loop, &QEventLoop::quit);
    timer.restart();
    window.openFolder(folder.path());
    loop.exec();
    // Interactive: the comparison is in the table, laid out, and the first frame is painted.
    window.table()->viewport()->repaint();
    QCoreApplication::processEvents();
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    QTableView& table = *window.table();
    const int articleRows = window.model()->rowNumberCount();
    const int folds = window.model()->rowCount() - articleRows;
    if (!screenshot.isEmpty()) {
        window.goTo(parallax::ui::NavigationTarget::Rewording, true);
        window.grab().save(screenshot);
    }
    const FrameFigures down = summarize(scroll(table, table.verticalScrollBar(), 60));
    const FrameFigures across = summarize(scroll(table, table.horizontalScrollBar(), 80));
    window.setShowClutter(true);
    const FrameFigures clutter = summarize(scroll(table, table.verticalScrollBar(), 60));

    std::printf("folder: %zu articles x %zu sentences, %d rows shown (+%d clutter folds), "
                "%zu rows in all\n",
                options.outlets, options.sentences, articleRows, folds,
                core.comparison->rows.size());
    std::printf("core compareFolder alone:        %8.1f ms\n", coreMs);
    std::printf("open to interactive window:      %8.1f ms (budget 1500)\n", openMs);
    const auto print = [](const char* name, const FrameFigures& f) {
        std::printf("%-32s %5zu frames, mean %5.2f ms, p95 %5.2f ms, max %5.2f ms (budget 16)\n",
                    name, f.frames, f.mean, f.p95, f.max);
    };
    print("scroll down (60 px steps):", down);
    print("scroll across (80 px steps):", across);
    print("scroll down, clutter shown:", clutter);
    return 0;
}
