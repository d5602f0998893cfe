#pragma once

// Keeps the assessment of the document's model current: edits are sent to an IncrementalEngine on a
// worker thread, which recomputes only what each edit reaches; the result comes back to the UI thread
// as a value. The window never waits for the engine.
//
// Ownership: owns the worker thread and (on it) the engine. Results arrive in revision order; the
// latest is assessment(), for revision assessedRevision().

#include "Model.h"
#include "ModelEdit.h"
#include "engine/Assessment.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace mamori {

class AssessmentWorker;

class LiveAssessment : public QObject {
    Q_OBJECT

public:
    explicit LiveAssessment(QObject* parent = nullptr);
    ~LiveAssessment() override;

    const Assessment& assessment() const { return m_assessment; }
    quint64 assessedRevision() const { return m_assessedRevision; }
    /// True while the engine has edits the shown assessment does not include yet.
    bool isBusy() const { return m_assessedRevision < m_requestedRevision; }

    /// Starts over from `model` (a full assessment).
    void reset(const Model& model, quint64 revision);
    /// Sends the edits just applied to `model` (the model after them) to the engine; `inverses[i]` is
    /// inverseEdit() of `edits[i]` on the model before it, which holds the item it replaced or removed.
    void apply(const Model& model, const QList<ModelEdit>& edits, const QList<ModelEdit>& inverses, quint64 revision);

    /// Blocks until the assessment includes every edit sent (tests, export, the command line).
    void waitForIdle();

signals:
    /// A new assessment is available.
    void updated();
    void busyChanged(bool busy);

private:
    /// Runs `work` on the engine's thread, then sends the engine's assessment back as `revision`.
    void post(quint64 revision, std::function<void(AssessmentWorker*)> work);
    void receive(quint64 revision, const Assessment& assessment);

    QThread m_thread;
    AssessmentWorker* m_worker; ///< lives on m_thread, deleted when it finishes
    Assessment m_assessment;
    quint64 m_requestedRevision = 0;
    quint64 m_assessedRevision = 0;
};

} // namespace mamori
