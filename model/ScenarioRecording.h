#pragma once

// Turning an edited model back into scenario changes (RISK-MODEL.md section 5). While a scenario is
// active, the app's views edit the scenario's resolved model exactly as they edit the baseline; what
// the scenario stores is recordChanges(base, edited): the smallest list of set, add and remove changes
// that turns the scenario's base into the edited model. Recording from scratch after every edit keeps
// the list canonical: setting a value back removes its change, typing many times leaves one change.

#include "Model.h"

namespace mamori {

struct RecordedChanges {
    QList<ScenarioChange> changes;
    Model model; ///< `base` with `changes` applied: what the scenario resolves to
    QString error; ///< the edit cannot be expressed as scenario changes (see recordChanges)
    bool ok() const { return error.isEmpty(); }
};

/// The changes that turn `base` into `edited`: removals of assets, threats and controls first (with
/// the section 5 cascades), then removals of dependencies, exposures and responses, additions of
/// assets, threats and controls, field sets (settings included), and additions of dependencies,
/// exposures and responses. A dependency, exposure or response whose content changed is removed and
/// added again (the contract has no `set` for them). The plan, org units, the project name and the
/// scenarios themselves cannot be changed by a scenario: an `edited` that differs there (beyond the
/// cascades of a removal) gives an error.
RecordedChanges recordChanges(const Model& base, const Model& edited);

/// True when the two models hold the same items, in any order; scenarios are not compared.
bool sameContent(const Model& a, const Model& b);

} // namespace mamori
