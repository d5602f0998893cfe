#include "treatment/PlanProjectionRunner.h"

#include "document/ProjectDocument.h"

namespace mamori {

namespace {
constexpr int kDelayMs = 250; // after the last edit: a burst of typing costs one projection

/// The report's simulation (10,000 years, seed 1, capped per stage for a large ward), so the page and
/// the report show the same figures.
ContinuityOptions continuityOptions()
{
    return {10000, 1, 0};
}
} // namespace

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
    m_pool.start([this, model, request, wanted = m_simulate.load()] {
        PlanProjection p = projectPlan(model);
        const bool simulate = wanted && hasContinuityInputs(model) && !p.steps.isEmpty();
        QMetaObject::invokeMethod(
            this,
            [this, request, p]() mutable {
                if (request < m_pending) // a newer request is on its way
                    return;
                m_projection = std::move(p);
                m_continuity.reset();
                emit updated();
                emit continuityUpdated();
            },
            Qt::QueuedConnection);
        if (!simulate)
            return;
        // Given up as soon as a newer edit asks for another projection.
        PlanContinuity c = projectContinuity(model, p, continuityOptions(),
            [this, request](int, int) { return request == m_pending.load() && m_simulate.load(); });
        if (c.cancelled)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, request, c = std::move(c)]() mutable {
                if (request < m_pending)
                    return;
                m_continuity = std::move(c);
                emit continuityUpdated();
            },
            Qt::QueuedConnection);
    });
}

void PlanProjectionRunner::setOutageLossShown(bool shown)
{
    if (m_simulate == shown)
        return;
    m_simulate = shown;
    // A projection whose simulation was given up, or never wanted, has no figures yet: the projection
    // again, this time with its simulation (cheap beside it).
    if (shown && !m_continuity && hasContinuityInputs(m_document->model()))
        schedule();
}

void PlanProjectionRunner::computeNow()
{
    m_delay.stop();
    const Model& model = m_document->model();
    m_projection = projectPlan(model);
    m_continuity.reset();
    if (hasContinuityInputs(model) && !m_projection.steps.isEmpty())
        m_continuity = projectContinuity(model, m_projection, continuityOptions());
    emit updated();
    emit continuityUpdated();
}

} // namespace mamori
