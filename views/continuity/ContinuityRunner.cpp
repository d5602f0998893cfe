#include "continuity/ContinuityRunner.h"

#include <algorithm>
#include <atomic>

namespace mamori {

namespace {
constexpr int kPollMs = 100; // progress a few times a second: smooth enough, no flood of events
}

/// Shared between the window and the pool's task: the task reports through atomics only.
struct ContinuityRunner::Run {
    std::atomic<bool> cancelled {false};
    std::atomic<int> done {0};
    int total = 0;
};

ContinuityRunner::ContinuityRunner(QObject* parent)
    : QObject(parent)
{
    // One run at a time: a new one waits for the cancelled one to notice and return.
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ContinuityRunner::reportProgress);
}

ContinuityRunner::~ContinuityRunner()
{
    if (m_current)
        m_current->cancelled = true;
    m_pool.waitForDone(); // the task calls back into this object
}

void ContinuityRunner::start(QList<ContinuityInput> inputs, const ContinuityOptions& options)
{
    const bool wasRunning = isRunning();
    if (m_current)
        m_current->cancelled = true;
    auto run = std::make_shared<Run>();
    run->total = int(inputs.size()) * options.trials;
    m_current = run;
    m_pool.start([this, run, inputs = std::move(inputs), options] {
        QList<ContinuityResult> results;
        int before = 0; // trials of the inputs already simulated
        for (const ContinuityInput& input : inputs) {
            if (run->cancelled)
                break;
            results.append(simulateContinuity(
                input.model, input.assessment, options, input.scenario, [&run, before](int done, int) {
                    run->done = before + done;
                    return !run->cancelled.load();
                }));
            before += options.trials;
        }
        QMetaObject::invokeMethod(
            this, [this, run, results = std::move(results)] { deliver(run, results); }, Qt::QueuedConnection);
    });
    m_poll.start();
    emit progress(0, run->total);
    if (!wasRunning)
        emit runningChanged(true);
}

void ContinuityRunner::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled = true;
    m_current.reset();
    m_poll.stop();
    emit runningChanged(false);
}

void ContinuityRunner::deliver(const std::shared_ptr<Run>& run, const QList<ContinuityResult>& results)
{
    if (run != m_current) // cancelled, or overtaken by a newer start()
        return;
    m_current.reset();
    m_poll.stop();
    const bool complete = !run->cancelled
        && std::none_of(results.cbegin(), results.cend(), [](const ContinuityResult& r) { return r.cancelled; });
    emit runningChanged(false);
    if (complete)
        emit finished(results);
}

void ContinuityRunner::reportProgress()
{
    if (m_current)
        emit progress(m_current->done.load(), m_current->total);
}

} // namespace mamori
