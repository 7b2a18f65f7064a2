#include "ui/comparison_loader.h"

#include "ui/document_text.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

namespace parallax::ui {

ComparisonLoader::ComparisonLoader(QObject* parent) : QObject(parent) {}

ComparisonLoader::~ComparisonLoader()
{
    if (m_current) {
        m_current->cancel = true;
    }
    for (QFuture<void>& future : m_running) {
        future.waitForFinished();
    }
}

void ComparisonLoader::start(const QString& folder, const core::CompareOptions& options,
                             const std::vector<core::Correction>& corrections)
{
    if (m_current) {
        m_current->cancel = true;
    }
    std::erase_if(m_running, [](const QFuture<void>& f) { return f.isFinished(); });
    auto job = std::make_shared<Job>();
    m_current = job;
    const std::filesystem::path path = toPath(folder);
    QFuture<void> future = QtConcurrent::run([this, job, folder, path, options, corrections] {
        core::Progress reporter(
            [this, job](int done, int total, std::string_view stage) {
                // Post only visible changes: a queued call per sentence would flood the GUI.
                const int percent = total > 0 ? done * 100 / total : 0;
                {
                    const std::lock_guard lock(job->mutex);
                    if (percent == job->lastPercent && stage == job->lastStage) {
                        return;
                    }
                    job->lastPercent = percent;
                    job->lastStage = stage;
                }
                const QString label = fromUtf8(stage);
                QMetaObject::invokeMethod(
                    this,
                    [this, job, done, total, label] {
                        if (job == m_current) {
                            emit progress(done, total, label);
                        }
                    },
                    Qt::QueuedConnection);
            },
            &job->cancel);
        auto result = std::make_shared<core::ComparisonResult>(
            core::compareFolder(path, options, corrections, reporter));
        QMetaObject::invokeMethod(
            this,
            [this, job, folder, result] {
                if (job != m_current) {
                    return; // superseded by a newer load
                }
                // Read here, not on the worker: a Cancel clicked after the work ended but
                // before its result reached the window still keeps what the window shows.
                result->cancelled = result->cancelled || job->cancel;
                m_current.reset();
                emit busyChanged(false);
                emit finished(folder, result);
            },
            Qt::QueuedConnection);
    });
    m_running.push_back(future);
    emit busyChanged(true);
}

void ComparisonLoader::cancel()
{
    if (m_current) {
        m_current->cancel = true;
    }
}

} // namespace parallax::ui
