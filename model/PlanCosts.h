#pragma once

// What the report says about the plan's money and dates, computed from the model alone so it can be
// checked by hand in tests: the plan's costs by fiscal year against the budget, what a scenario's
// changes cost, and which actions are overdue or late on a given day.
//
// How the plan spreads its costs over fiscal years (年度, April to March, FiscalYear.h): an action's
// initial cost falls in the fiscal year of its due date, the year the control is to be in place and
// paid for; its running (annual) cost is paid every fiscal year after that one, for as long as the
// table runs. An action without a due date falls in the fiscal year of its start; without either it
// is left out (and counted in `undated`). The table runs from the first fiscal year an action falls
// in to two years after the last one, so the running costs of the last actions show.

#include "Entities.h"
#include "Model.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace mamori {

/// One fiscal year of the plan's costs and its budget.
struct FiscalYearCost {
    int fiscalYear = 0;
    double initial = 0; ///< initial costs of the actions due in this year
    double running = 0; ///< running costs of the actions due in an earlier year of the table
    std::optional<FiscalBudget> budget; ///< the document control's budget for this year, if any
    double total() const { return initial + running; }
    double budgetTotal() const { return budget ? budget->initial + budget->running : 0; }
    /// Budget minus cost: negative is a shortfall. Nothing without a budget.
    std::optional<double> difference() const
    {
        return budget ? std::optional<double>(budgetTotal() - total()) : std::nullopt;
    }
};

struct PlanCosts {
    QList<FiscalYearCost> years; ///< consecutive fiscal years, oldest first; empty without dated actions
    qsizetype undated = 0; ///< actions with neither a due nor a start date, left out
};

/// The fiscal year an action's initial cost falls in (its due date's, else its start's), or nothing.
std::optional<int> costYear(const PlanAction& action);

/// The plan's costs by fiscal year, as this header's comment reads "as the plan spreads them".
PlanCosts planCostsByFiscalYear(const QList<PlanAction>& actions, const QList<FiscalBudget>& budgets);

/// Whether an action is on time on a day: overdue when past its due date and not done; late when
/// not started and due within `lateDays` days (today included); otherwise on time.
struct ActionDeadline {
    enum class State { OnTime, Late, Overdue };
    State state = State::OnTime;
    qint64 days = 0; ///< overdue: days past due (≥ 1); late: days left (0 = due today)
};
ActionDeadline actionDeadline(const PlanAction& action, const QDate& today, int lateDays = 30);

/// What the controls a scenario puts in place cost. A scenario changes controls, not plan actions
/// (Scenario.h: set/add/remove of assets, threats, controls, settings, dependencies, exposures,
/// responses), and carries no dates: so its cost is that of the controls it adds and of those whose
/// status it raises to partial or implemented from planned or none, each control's own cost.
struct ScenarioCost {
    Cost cost;
    QStringList controls; ///< the controls counted, in the scenario model's order
};
ScenarioCost scenarioCost(const Model& base, const Model& scenario);

} // namespace mamori
