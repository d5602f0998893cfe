#pragma once

// The plan's projection seen by the continuity simulation (issue 18): the ward's expected annual loss
// from outages now and after each action of section 8's projection, every stage simulated with the
// same seed (common random numbers), so that a fall between two stages is the action's and not noise.

#include "engine/Continuity.h"
#include "engine/Plan.h"

#include <QList>

namespace mamori {

struct PlanContinuity {
    int trials = 0; ///< years played per stage (may be fewer than asked: planContinuityTrials)
    double baselineAle = 0; ///< with the `done` actions completed
    QList<double> aleAfter; ///< parallel to the projection's steps
    bool cancelled = false;
    friend bool operator==(const PlanContinuity&, const PlanContinuity&) = default;
};

/// Trials per stage so that the whole projection plays at most about `budget` asset-years (2 * 10^8
/// take about two seconds on two cores; a report or an edit should not wait longer for a column):
/// all of `wanted` for a ward of a few hundred assets, fewer for a large ward with many actions,
/// never under 200.
int planContinuityTrials(qsizetype assets, qsizetype stages, int wanted, double budget = 2e8);

/// The ALE before and after each step of `projection` (projectPlan(model)), `options.trials` capped
/// by planContinuityTrials(). `progress` gets (stages done, stages); returning false cancels.
PlanContinuity projectContinuity(const Model& model, const PlanProjection& projection, ContinuityOptions options,
    const ContinuityProgress& progress = {});

} // namespace mamori
