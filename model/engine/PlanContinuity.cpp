#include "engine/PlanContinuity.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace mamori {

int planContinuityTrials(qsizetype assets, qsizetype stages, int wanted, double budget)
{
    const double perStage = budget / double(std::max<qsizetype>(1, assets) * std::max<qsizetype>(1, stages));
    return std::clamp(int(std::min<double>(perStage, wanted)), std::min(wanted, 200), wanted);
}

PlanContinuity projectContinuity(
    const Model& model, const PlanProjection& projection, ContinuityOptions options, const ContinuityProgress& progress)
{
    const qsizetype stages = projection.steps.size() + 1;
    options.trials = planContinuityTrials(model.assets.size(), stages, options.trials);
    PlanContinuity result;
    result.trials = options.trials;

    QHash<QString, const PlanAction*> byId;
    for (const PlanAction& a : model.actions)
        byId.insert(a.id, &a);
    QList<PlanAction> completed;
    for (const QString& id : projection.done)
        completed.append(*byId.value(id));
    const auto aleOf = [&](qsizetype stage) -> std::optional<double> {
        if (progress && !progress(int(stage), int(stages)))
            return std::nullopt;
        const Model staged = withCompleted(model, completed);
        const ContinuityResult r = simulateContinuity(staged, assess(staged), options);
        if (r.cancelled)
            return std::nullopt;
        return r.total.ale;
    };
    const auto baseline = aleOf(0);
    if (!baseline) {
        result.cancelled = true;
        return result;
    }
    result.baselineAle = *baseline;
    for (qsizetype i = 0; i < projection.steps.size(); ++i) {
        if (const PlanAction* a = byId.value(projection.steps[i].action))
            completed.append(*a);
        const auto ale = aleOf(i + 1);
        if (!ale) {
            result.cancelled = true;
            return result;
        }
        result.aleAfter.append(*ale);
    }
    if (progress)
        progress(int(stages), int(stages));
    return result;
}

} // namespace mamori
