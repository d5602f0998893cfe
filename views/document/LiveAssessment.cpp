#include "document/LiveAssessment.h"

#include "engine/IncrementalEngine.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

#include <optional>

namespace mamori {

/// Lives on the worker thread and owns the engine there.
class AssessmentWorker : public QObject {
public:
    void reset(const Model& model) { m_engine.emplace(model); }

    void apply(const Model& model, const QList<ModelEdit>& edits, const QList<ModelEdit>& inverses)
    {
        if (!m_engine || !applyIncrementally(edits, inverses))
            m_engine.emplace(model);
    }

    const Assessment& assessment() const { return m_engine->assessment(); }

private:
    /// Maps each edit to the engine's incremental operation; false when one has none (adding or
    /// removing assets, threats or controls), and the caller assesses the model in full.
    bool applyIncrementally(const QList<ModelEdit>& edits, const QList<ModelEdit>& inverses)
    {
        IncrementalEngine& engine = *m_engine;
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const ModelEdit& e = edits[i];
            const ModelEdit& before = inverses[i];
            const bool ok = std::visit(
                [&](const auto& value) -> bool {
                    using T = std::decay_t<decltype(value)>;
                    using Op = ModelEdit::Op;
                    if constexpr (std::is_same_v<T, Asset> || std::is_same_v<T, Threat> || std::is_same_v<T, Control>) {
                        if (e.op != Op::Replace || std::get<T>(before.value).id != value.id)
                            return false;
                        if constexpr (std::is_same_v<T, Asset>)
                            return engine.updateAsset(value);
                        else if constexpr (std::is_same_v<T, Threat>)
                            return engine.updateThreat(value);
                        else
                            return engine.updateControl(value);
                    } else if constexpr (std::is_same_v<T, Dependency>) {
                        if (e.op != Op::Insert) {
                            const auto& old = e.op == Op::Remove ? value : std::get<Dependency>(before.value);
                            if (!engine.removeDependency(old.from, old.to, old.kind))
                                return false;
                        }
                        return e.op == Op::Remove || engine.addDependency(value);
                    } else if constexpr (std::is_same_v<T, Exposure> || std::is_same_v<T, Response>) {
                        const bool isExposure = std::is_same_v<T, Exposure>;
                        if (e.op != Op::Insert) {
                            const auto& old = e.op == Op::Remove ? value : std::get<T>(before.value);
                            const bool removed = isExposure ? engine.removeExposure(old.asset, old.threat)
                                                            : engine.removeResponse(old.asset, old.threat);
                            if (!removed)
                                return false;
                        }
                        if (e.op == Op::Remove)
                            return true;
                        if constexpr (std::is_same_v<T, Exposure>)
                            return engine.setExposure(value);
                        else
                            return engine.setResponse(value);
                    } else if constexpr (std::is_same_v<T, Settings>) {
                        engine.setSettings(value);
                        return true;
                    } else {
                        return true; // plan, org units, scenarios, the name: no effect on the numbers
                    }
                },
                e.value);
            if (!ok)
                return false;
        }
        return true;
    }

    std::optional<IncrementalEngine> m_engine;
};

LiveAssessment::LiveAssessment(QObject* parent)
    : QObject(parent)
    , m_worker(new AssessmentWorker)
{
    m_thread.setObjectName(QStringLiteral("mamori-engine"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LiveAssessment::~LiveAssessment()
{
    m_thread.quit();
    m_thread.wait();
}

void LiveAssessment::reset(const Model& model, quint64 revision)
{
    post(revision, [model](AssessmentWorker* worker) { worker->reset(model); });
}

void LiveAssessment::apply(
    const Model& model, const QList<ModelEdit>& edits, const QList<ModelEdit>& inverses, quint64 revision)
{
    post(revision, [model, edits, inverses](AssessmentWorker* worker) { worker->apply(model, edits, inverses); });
}

void LiveAssessment::post(quint64 revision, std::function<void(AssessmentWorker*)> work)
{
    const bool wasBusy = isBusy();
    m_requestedRevision = revision;
    QPointer<LiveAssessment> self(this);
    AssessmentWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [self, worker, work = std::move(work), revision] {
            work(worker);
            const Assessment result = worker->assessment();
            // Back on the UI thread; the LiveAssessment may be gone by then (the window closed).
            QMetaObject::invokeMethod(
                self.data(),
                [self, revision, result] {
                    if (self)
                        self->receive(revision, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    if (!wasBusy)
        emit busyChanged(true);
}

void LiveAssessment::receive(quint64 revision, const Assessment& assessment)
{
    if (revision < m_assessedRevision)
        return;
    m_assessment = assessment;
    m_assessedRevision = revision;
    emit updated();
    if (!isBusy())
        emit busyChanged(false);
}

void LiveAssessment::waitForIdle()
{
    while (isBusy()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents, 50);
    }
}

} // namespace mamori
