#pragma once

#include <atomic>
#include <functional>
#include <string_view>

namespace parallax::core {

// Reports how far long work has come and tells it when to stop. Core code polls cancelled()
// between units of work; it never blocks and holds no global state, so it runs on any thread.
//
//   std::atomic_bool stop = false;
//   Progress progress([](int done, int total, std::string_view stage) { ... }, &stop);
class Progress {
public:
    // done and total count units of the current stage (total >= 1); stage is a short label.
    using Callback = std::function<void(int done, int total, std::string_view stage)>;

    Progress() = default;
    explicit Progress(Callback callback, const std::atomic_bool* cancel = nullptr)
        : m_callback(std::move(callback)), m_cancel(cancel)
    {
    }

    void report(int done, int total, std::string_view stage) const
    {
        if (m_callback) {
            m_callback(done, total, stage);
        }
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace parallax::core
