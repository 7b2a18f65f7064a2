#pragma once

#include "core/comparison.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace parallax::ui {

// Runs core::compareFolder on a worker thread with progress and cancel; the result comes
// back on the GUI thread through finished(). Starting a new load cancels the running one.
//
//   loader.start(folder, options, corrections);
//   connect(&loader, &ComparisonLoader::finished, ...);
class ComparisonLoader : public QObject {
    Q_OBJECT
public:
    explicit ComparisonLoader(QObject* parent = nullptr);
    ~ComparisonLoader() override; // cancels and waits: the worker never outlives the loader

    void start(const QString& folder, const core::CompareOptions& options,
               const std::vector<core::Correction>& corrections);
    void cancel();
    bool isBusy() const { return m_current != nullptr; }

signals:
    void progress(int done, int total, const QString& stage);
    // result is never null; result->cancelled tells a cancelled load.
    void finished(const QString& folder, std::shared_ptr<const core::ComparisonResult> result);
    void busyChanged(bool busy);

private:
    struct Job {
        std::atomic_bool cancel = false;
        std::mutex mutex; // core may report from several worker threads
        int lastPercent = -1;
        std::string lastStage;
    };
    std::shared_ptr<Job> m_current;
    std::vector<QFuture<void>> m_running;
};

} // namespace parallax::ui
