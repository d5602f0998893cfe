#include "treatment/PlanProjectionRunner.h"

#include "document/ProjectDocument.h"

namespace mamori {

namespace {
constexpr int kDelayMs = 250; // after the last edit: a burst of typing costs one projection
}

PlanProjectionRunner::PlanProjectionRunner(ProjectDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_pool.setMaxThreadCount(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &PlanProjectionRunner::start);
    connect(document, &ProjectDocument::modelReset, this, &PlanProjectionRunner::schedule);
    connect(document, &ProjectDocument::changed, this, &PlanProjectionRunner::schedule);
    schedule();
}

PlanProjectionRunner::~PlanProjectionRunner()
{
    m_pool.waitForDone(); // the task calls back into this object
}

void PlanProjectionRunner::schedule()
{
    ++m_pending;
    m_delay.start();
}

void PlanProjectionRunner::start()
{
    const quint64 request = m_pending;
    const Model model = m_document->model(); // a cheap shared copy, safe to read on the pool
    m_pool.start([this, model, request] {
        PlanProjection p = projectPlan(model);
        QMetaObject::invokeMethod(
            this,
            [this, request, p = std::move(p)]() mutable {
                if (request < m_pending) // a newer request is on its way
                    return;
                m_projection = std::move(p);
                emit updated();
            },
            Qt::QueuedConnection);
    });
}

void PlanProjectionRunner::computeNow()
{
    m_delay.stop();
    m_projection = projectPlan(m_document->model());
    emit updated();
}

} // namespace mamori
