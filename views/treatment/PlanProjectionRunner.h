#pragma once

// Keeps the plan projection (RISK-MODEL.md section 8) of the document's model current, computed on a
// pool thread a moment after the last edit, so typing in the plan register never waits for it; then,
// when the model has services and outages, the ward's annual loss from outages after each action
// (PlanContinuity, the report's figures), which takes longer and arrives second.
//
// Ownership: owned by its parent (the plan page); owns its one-thread pool and waits for the task
// in flight when destroyed. A result that arrives after a newer request is dropped.

#include "engine/Plan.h"
#include "engine/PlanContinuity.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <optional>

namespace mamori {

class ProjectDocument;

class PlanProjectionRunner : public QObject {
    Q_OBJECT

public:
    explicit PlanProjectionRunner(ProjectDocument* document, QObject* parent = nullptr);
    ~PlanProjectionRunner() override;

    const PlanProjection& projection() const { return m_projection; }
    /// The ALE after each step of projection(); nothing without services or outages, or while it is
    /// being computed for the current projection.
    const std::optional<PlanContinuity>& continuity() const { return m_continuity; }
    /// Computes now, on this thread (tests).
    void computeNow();
    /// Whether the annual loss from outages is simulated after the projection: only while the page that
    /// shows it is on screen. At opening, a large ward's simulation took every core from the window for
    /// many seconds, for a column nobody was looking at; later, a simulation after each pause in the
    /// typing on another page slowed the next edit. Hiding the page gives up a simulation in flight;
    /// showing it again simulates what is missing.
    void setOutageLossShown(bool shown);

signals:
    void updated();
    void continuityUpdated();

private:
    void schedule();
    void start();

    ProjectDocument* m_document;
    QTimer m_delay;
    PlanProjection m_projection;
    std::optional<PlanContinuity> m_continuity;
    std::atomic<bool> m_simulate = false; ///< setOutageLossShown(); read by the pool thread too
    std::atomic<quint64> m_pending = 0; ///< read by the pool thread to give up a stale simulation
    QThreadPool m_pool;
};

} // namespace mamori
