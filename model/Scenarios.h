#pragma once

// Applying scenarios (RISK-MODEL.md section 5) to a copy of the baseline. The baseline is taken by
// const reference and never changed.
//
// May include: InputError.h, Model.h; its .cpp reads values with the item codecs (JsonCodec.h), never
// the document format (JsonFormat.h), which validates and so applies scenarios.

#include "InputError.h"
#include "Model.h"

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

} // namespace mamori
