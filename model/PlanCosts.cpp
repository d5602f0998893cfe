#include "PlanCosts.h"

#include "FiscalYear.h"

#include <QHash>

#include <algorithm>

namespace mamori {

std::optional<int> costYear(const PlanAction& action)
{
    if (action.due.isValid())
        return fiscalYearOf(action.due);
    if (action.start.isValid())
        return fiscalYearOf(action.start);
    return std::nullopt;
}

PlanCosts planCostsByFiscalYear(const QList<PlanAction>& actions, const QList<FiscalBudget>& budgets)
{
    PlanCosts out;
    std::optional<int> first, last;
    for (const PlanAction& a : actions) {
        const auto year = costYear(a);
        if (!year) {
            ++out.undated;
            continue;
        }
        first = std::min(first.value_or(*year), *year);
        last = std::max(last.value_or(*year), *year);
    }
    if (!first)
        return out;
    constexpr int kYearsAfter = 2; // the running costs of the last actions, two years on
    for (int year = *first; year <= *last + kYearsAfter; ++year) {
        FiscalYearCost y;
        y.fiscalYear = year;
        for (const FiscalBudget& b : budgets) {
            if (b.fiscalYear == year)
                y.budget = b;
        }
        out.years.append(y);
    }
    for (const PlanAction& a : actions) {
        const auto year = costYear(a);
        if (!year)
            continue;
        out.years[*year - *first].initial += a.cost.initial;
        for (int later = *year + 1; later <= *last + kYearsAfter; ++later)
            out.years[later - *first].running += a.cost.annual;
    }
    return out;
}

ActionDeadline actionDeadline(const PlanAction& action, const QDate& today, int lateDays)
{
    ActionDeadline d;
    if (!action.due.isValid() || !today.isValid() || action.status == ActionStatus::Done)
        return d;
    const qint64 left = today.daysTo(action.due);
    if (left < 0) {
        d.state = ActionDeadline::State::Overdue;
        d.days = -left;
    } else if (left <= lateDays && action.status == ActionStatus::NotStarted) {
        d.state = ActionDeadline::State::Late;
        d.days = left;
    }
    return d;
}

ScenarioCost scenarioCost(const Model& base, const Model& scenario)
{
    QHash<QString, const Control*> before;
    for (const Control& k : base.controls)
        before.insert(k.id, &k);
    auto inPlace = [](ControlStatus s) { return s == ControlStatus::Implemented || s == ControlStatus::Partial; };
    ScenarioCost out;
    for (const Control& k : scenario.controls) {
        const Control* old = before.value(k.id);
        const bool added = !old;
        const bool raised = old && !inPlace(old->status) && inPlace(k.status);
        if (!added && !raised)
            continue;
        out.cost.initial += k.cost.initial;
        out.cost.annual += k.cost.annual;
        out.controls.append(k.id);
    }
    return out;
}

} // namespace mamori
