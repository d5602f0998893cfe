#pragma once

// Runs the continuity simulation (RISK-MODEL.md 10) off the UI thread: one or more models (a
// baseline and a scenario, with the same seed) one after the other, with progress and Cancel. The
// simulation itself uses every core; the window only polls how far it is.
//
// Ownership: owned by its parent (a page); owns its one-thread pool and, when destroyed, cancels the
// run in flight and waits for it. Only the latest run's results are delivered: a run cancelled or
// overtaken by a newer start() never emits finished().

#include "engine/Assessment.h"
#include "engine/Continuity.h"

#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mamori {

/// One side to simulate: a resolved model, its assessment (the control factors of 3.5 come from it)
/// and the scenario's id recorded in the result (empty: the baseline).
struct ContinuityInput {
    Model model;
    Assessment assessment;
    QString scenario;
};

class ContinuityRunner : public QObject {
    Q_OBJECT

public:
    explicit ContinuityRunner(QObject* parent = nullptr);
    ~ContinuityRunner() override;

    /// Simulates `inputs` in order with the same options; a run in flight is cancelled first.
    void start(QList<ContinuityInput> inputs, const ContinuityOptions& options);
    /// Stops the run in flight; its results are never delivered. Nothing when none runs.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

signals:
    /// Trials done of the total over every input, a few times a second while running.
    void progress(int done, int total);
    /// The latest run finished: one result per input, in order.
    void finished(const QList<mamori::ContinuityResult>& results);
    void runningChanged(bool running);

private:
    struct Run;
    void deliver(const std::shared_ptr<Run>& run, const QList<ContinuityResult>& results);
    void reportProgress();

    std::shared_ptr<Run> m_current; ///< the run whose results are wanted; null when none
    QTimer m_poll;
    QThreadPool m_pool;
};

} // namespace mamori
