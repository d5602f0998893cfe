#pragma once

// The risk response plan's numbers (RISK-MODEL.md section 8): what the plan
// does to the ward's residual risk, action by action, and which actions a budget buys best.
//
// Completing an action sets each of its controls to `implemented`. Actions already `done` are
// completed in every baseline below; the other actions are the candidates.
//
// Both computations keep one IncrementalEngine and toggle control statuses on it (PlanWorkbench), so
// an action costs a few control updates instead of a full assessment; the engine's invariant (its
// assessment equals assess() bit for bit) makes the numbers those of the reference.

#include "Model.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace mamori {

/// One candidate of the projection, in (due, id) order.
struct PlanStep {
    QString action;
    QDate due;
    double residual = 0; ///< total residual with this action and every earlier one completed
    qint64 aboveAppetite = 0; ///< risks above appetite then
    double reductionAlone = 0; ///< baseline residual minus the residual with this action alone
    Cost cost;
    /// Initial cost per unit of residual reduced alone; nothing when the action reduces nothing.
    std::optional<double> costPerReduction() const;
    friend bool operator==(const PlanStep&, const PlanStep&) = default;
};

struct PlanProjection {
    double baselineResidual = 0; ///< with the `done` actions completed
    qint64 baselineAboveAppetite = 0;
    QStringList done; ///< ids of the actions already done, in id order
    QList<PlanStep> steps;
    friend bool operator==(const PlanProjection&, const PlanProjection&) = default;
};

/// Section 8's projection of `model` (valid, see validate()).
PlanProjection projectPlan(const Model& model);

/// The model with every control of `actions` implemented (completing an action, section 8).
Model withCompleted(Model model, const QList<PlanAction>& actions);

/// Past due and not done on `today` (due today is not late yet).
inline bool isOverdue(const PlanAction& action, QDate today)
{
    return action.status != ActionStatus::Done && action.due.isValid() && action.due < today;
}

/// The actions of `after` not done whose every control is `implemented` there and was not in
/// `before` (an action or control missing from `before` counts as not implemented): the actions that
/// going from `before` to `after` (adopting a scenario) carries out, since completing an action is
/// implementing its controls (section 8), while their status still says otherwise. An action
/// without controls is never listed. Ids in the order of `after`'s plan.
QStringList actionsCompletedBy(const Model& before, const Model& after);

/// The title of plan action `id` in `language` (the other language when that one is empty); empty
/// when the model has no such action.
QString actionTitle(const Model& model, const QString& id, Language language);

/// The `mamori-plan` JSON of section 8.
QJsonObject planToJson(const PlanProjection& projection);

/// Why the optimizer left a candidate out.
enum class LeftOutReason : std::uint8_t {
    InitialBudget, ///< its initial cost does not fit what the chosen actions leave of the budget
    AnnualBudget, ///< its annual cost does not fit what the chosen actions leave of the annual budget
    NoReduction, ///< with the chosen actions completed, it reduces nothing more
    NotWorthIt, ///< heuristic only: it would fit, but did not improve the search's result
};

struct ChosenAction {
    QString action;
    Cost cost;
    /// What removing it from the chosen set would add back to the residual (its own contribution).
    double contribution = 0;
    friend bool operator==(const ChosenAction&, const ChosenAction&) = default;
};

struct LeftOutAction {
    QString action;
    Cost cost;
    LeftOutReason reason = LeftOutReason::InitialBudget;
    /// The residual reduction it would add to the chosen set, budget aside.
    double wouldReduce = 0;
    friend bool operator==(const LeftOutAction&, const LeftOutAction&) = default;
};

struct BudgetLimits {
    double initial = 0;
    std::optional<double> annual;
    friend bool operator==(const BudgetLimits&, const BudgetLimits&) = default;
};

struct Optimization {
    BudgetLimits budget;
    QStringList chosen; ///< sorted by id
    Cost cost; ///< of the chosen actions
    double residualBefore = 0; ///< with only the `done` actions completed
    double residualAfter = 0; ///< with the chosen ones completed too
    /// The residual with every candidate completed, budget aside: no choice can go below it, so
    /// (before - after) / (before - floor) bounds how far a heuristic result can be from the optimum.
    double residualFloor = 0;
    bool exact = false; ///< the optimum is proven (every feasible set was assessed)
    qint64 setsAssessed = 0;
    QList<ChosenAction> chosenDetails; ///< in id order
    QList<LeftOutAction> leftOut; ///< in id order
    friend bool operator==(const Optimization&, const Optimization&) = default;
};

struct OptimizerOptions {
    /// The exact search assesses every feasible set. It always runs to the end up to
    /// kExactCandidates candidates; beyond, it stops after this many sets and the heuristic decides.
    qint64 exactSetLimit = 1 << 14;
    /// Called now and then with (sets assessed so far); returning false cancels (the result is then
    /// the best found so far, not exact).
    std::function<bool(qint64)> progress;
};

/// The optimum is always proven for at most this many candidates.
inline constexpr int kExactCandidates = 12;

/// Chooses the candidates that leave the lowest total residual within `budget` (section 8, with its
/// tie-breaks: lower initial cost, then fewer actions, then the smaller sorted list of ids). Exact up
/// to kExactCandidates candidates or while the feasible sets stay under the option's limit;
/// otherwise a greedy choice by reduction per yen, improved by single swaps (see Plan.cpp).
Optimization optimizePlan(const Model& model, const BudgetLimits& budget, const OptimizerOptions& options = {});

/// The `mamori-optimization` JSON of section 8, plus an `explanation` object (chosen with their
/// contributions, left out with the reason) and the floor.
QJsonObject optimizationToJson(const Optimization& optimization);

/// "initial-budget", "annual-budget", "no-reduction", "not-worth-it".
QString leftOutReasonKey(LeftOutReason reason);
/// Why, in words (translated, context mamori::Plan): what the CLI and the optimizer dialog say.
QString leftOutReasonText(LeftOutReason reason);

} // namespace mamori
