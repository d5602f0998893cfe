#pragma once

// Renaming an id: the item and everything that names it, so the model means exactly what it meant
// before under the new name. Ids of one kind are renamed by one bijection (old → new) applied to every
// place that holds an id of that kind, including what the scenarios' changes name (their ids, the
// ends of the pairs they remove, and the ids inside the values they set or add), so every scenario
// still resolves to the same model with the new name.
//
// Where ids of each kind are held (model/Entities.h, model/Scenario.h):
// - asset: dependencies (from, to), exposures and responses (asset), control scopes (assets), plan
//   action target risks (asset); scenario changes: set/remove of the asset, removed dependencies (from,
//   to), removed exposures and responses (asset), added assets (id), dependencies (from, to), exposures
//   and responses (asset), added controls and set control scopes (scope.assets).
// - threat: exposures and responses (threat), controls' mitigates (threat entries), plan action target
//   risks (threat); scenario changes: set/remove of the threat, removed exposures and responses
//   (threat), added threats (id), exposures and responses (threat), added controls and set mitigates.
// - control: other controls' requires, plan actions' controls; scenario changes: set/remove of the
//   control, added controls (id, requires) and set requires.
// - plan action: audit findings (action).
// - org unit: units (parent), assets, controls and plan actions (owner), controls' status_by_unit
//   (keys), inspections and audit findings (unit); scenario changes: the owner set on or added with
//   an asset or control, and the keys of a control's status_by_unit set or added.
// - the yearly cycle's records besides: inspection answers, audit findings and reviews of a control
//   (control), audit findings (asset), finding exceptions (assets), reviews of a risk (asset, threat).

#include "ModelEdit.h"

namespace mamori {

/// The edits that rename item `oldId` of T (Asset, Threat, Control, PlanAction or OrgUnit) to `newId` and rewrite
/// every reference to it. Empty when there is no such item or the ids are equal. `newId` is taken as
/// given: the caller checks it is free and well formed (the document validates the result anyway).
template <typename T> QList<ModelEdit> renameIdEdits(const Model& model, const QString& oldId, const QString& newId);

/// `change` with every id of the kind `kind` (Asset, Threat or Control) that equals `oldId` renamed.
ScenarioChange renamedChange(
    ScenarioChange change, ScenarioChange::Entity kind, const QString& oldId, const QString& newId);

} // namespace mamori
