#pragma once

// The quick what-ifs of the scenario manager, as plain scenario changes (RISK-MODEL.md 5) over a
// base model. How each question is read is written down in the README ("Reading of the contract").

#include "Model.h"

namespace mamori::WhatIf {

/// "What if this asset fails?": its availability impact is set to 5 (other dimensions kept) and
/// every threat with the availability dimension that meets it becomes certain there (an exposure
/// with likelihood 5, replacing an existing entry). Through the maximum principle (3.2) the asset
/// already carries the impact of everything that depends on it: its blast radius.
QList<ScenarioChange> assetFails(const Model& base, const QString& assetId);

/// "What if this control were not there?": one `remove` (with the section 5 cascade).
QList<ScenarioChange> controlRemoved(const QString& controlId);

/// "What if a redundant supply is added?" for `dependency` (from → to) of `base`: a second supply
/// like `to` (a second power line, a second host) and a dependency on it that is an alternative of
/// the first (RISK-MODEL.md 10: the same `group`; the dependent asset needs one of the two up unless
/// its `need` says more). The new asset takes the id `newId` (redundantSupplyId), `to`'s type, tier,
/// owner, classification and impact, its name with （予備） / " (redundant)", and `to`'s explicit
/// exposure entries, so the same threats meet it; it has no dependencies of its own (an independent
/// line or host) and no continuity record (it is a supply, not a service). A dependency without a
/// group is given `to`'s id as its group, by removing and adding it again (a dependency has no id to
/// `set`). Empty when `dependency` is not in `base`.
QList<ScenarioChange> redundantSupply(const Model& base, const Dependency& dependency, const QString& newId);
/// The id redundantSupply proposes for a second `supplyId`: "PWR-1-2", else "-3", … the first free.
QString redundantSupplyId(const Model& base, const QString& supplyId);

/// The plan carried out within a budget (section 8's projection): actions already done count in
/// full; the other actions are funded in (due, id) order while their initial costs fit in `budget`
/// (an action that does not fit is skipped, a later cheaper one may still fit). Completing an
/// action sets its controls to `implemented`.
struct PlanFunding {
    QStringList funded; ///< candidate actions within the budget, in plan order
    QStringList unfunded; ///< candidate actions left out
    double candidatesCost = 0; ///< initial cost of every candidate (the full budget)
    double fundedCost = 0; ///< initial cost of the funded candidates
    QList<ScenarioChange> changes;
};
PlanFunding fundPlan(const Model& base, double budget);

/// The plan with actions `ids` carried out (the optimizer's choice): the controls of those actions
/// and of the actions already done become `implemented` (section 8: done actions are in every
/// baseline), so the scenario's residual is the optimizer's residual after. Unknown ids are ignored.
QList<ScenarioChange> completeActions(const Model& base, const QStringList& ids);

} // namespace mamori::WhatIf
