#pragma once

// Applying scenarios (RISK-MODEL.md section 5) to a copy of the baseline. The baseline is taken by
// const reference and never changed.
//
// May include: InputError.h, Model.h, ModelEdit.h; its .cpp reads values with the item codecs (JsonCodec.h), never
// the document format (JsonFormat.h), which validates and so applies scenarios.

#include "InputError.h"
#include "LocalizedText.h"
#include "Model.h"
#include "ModelEdit.h"

namespace mamori {

struct ResolvedScenario {
    Model model; ///< the baseline with the scenario's chain of changes applied; scenarios kept
    InputErrors errors; ///< a base cycle, an unknown scenario, a change naming what its base lacks
    bool ok() const { return errors.isEmpty(); }
};

/// The model that scenario `id` describes: its base chain (baseline first) and then its own changes,
/// applied in order. Errors are placed at the offending change (/scenarios/i/changes/j).
ResolvedScenario resolveScenario(const Model& baseline, const QString& id, const QString& file = {});

/// Applies one change to `model` in place; false with an error when the change cannot apply.
bool applyChange(
    Model& model, const ScenarioChange& change, const JsonPointer& at, const QString& file, InputErrors& errors);

/// The scenario ids in `id`'s chain, from the one nearest the baseline to `id` itself; empty with an
/// error when the chain names an unknown scenario or loops.
QStringList scenarioChain(const Model& model, const QString& id, const QString& file, InputErrors& errors);

/// The scenarios built on scenario `id`, directly or through others, nearest first.
QStringList scenarioDescendants(const Model& model, const QString& id);

/// Why `candidate` cannot become the baseline, or an empty string: the first validation error, told
/// as the scenario's refusal when it is placed in a scenario that would no longer apply. With
/// `fieldEdits` (the candidate differs from the current baseline only by changed fields of assets,
/// threats and controls with the same ids and requirements) each scenario is resolved rather than
/// validated in full, which is enough for such an edit and far cheaper. Scenario names are shown in
/// `language`.
QString baselineRefusal(const Model& candidate, bool fieldEdits, Language language);

/// The same for `candidate`, the valid baseline `before` after `edits`: an edit of fields in place has
/// only what it touches validated (validateEdit, EditValidation.h), any other edit the whole model.
QString baselineRefusal(const Model& before, const Model& candidate, const QList<ModelEdit>& edits, Language language);

/// The same for a candidate baseline in which only scenario `id` changed: only the scenarios built on
/// it can break (`id` itself resolves to a model validated already).
QString descendantRefusal(const Model& candidate, const QString& id, bool fieldEdits, Language language);

/// "Scenario “name” would no longer apply: `what`. ..." for `scenario`, named in `language`.
QString scenarioRefusal(const Scenario& scenario, const QString& what, Language language);

} // namespace mamori
