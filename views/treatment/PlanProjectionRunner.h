#pragma once

// Keeps the plan projection (RISK-MODEL.md section 8) of the document's model current, computed on a
// pool thread a moment after the last edit, so typing in the plan register never waits for it.
//
// Ownership: owned by its parent (the plan page); owns its one-thread pool and waits for the task
// in flight when destroyed. A result that arrives after a newer request is dropped.

#include "engine/Plan.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace mamori {

class ProjectDocument;

class PlanProjectionRunner : public QObject {
    Q_OBJECT

public:
    explicit PlanProjectionRunner(ProjectDocument* document, QObject* parent = nullptr);
    ~PlanProjectionRunner() override;

    const PlanProjection& projection() const { return m_projection; }
    /// Computes now, on this thread (tests).
    void computeNow();

signals:
    void updated();

private:
    void schedule();
    void start();

    ProjectDocument* m_document;
    QTimer m_delay;
    PlanProjection m_projection;
    quint64 m_pending = 0;
    QThreadPool m_pool;
};

} // namespace mamori
