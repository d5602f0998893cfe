#pragma once

// Validation of one edit of a valid model (issue 16): the rules the edit can break, not the whole
// model. Files and whole models are still validated in full (Validation.h).
//
// May include: InputError.h, Model.h, ModelEdit.h, Validation.h.

#include "InputError.h"
#include "Model.h"
#include "ModelEdit.h"
#include "Validation.h"

namespace mamori {

/// True when `edits` (made on `before`, in order) only change fields of assets, threats and controls in
/// place: same ids, for controls the same `requires`, for assets the same `need`. Such an edit can break only the
/// edited items' own rules (names, ranges, the references they hold): ids, so uniqueness and every reference to the
/// items, stay as they were, and `requires` cycles cannot appear.
bool onlyFieldEdits(const Model& before, const QList<ModelEdit>& edits);

/// validateContent(candidate, file, source), given that `before` satisfies validateContent and that
/// `candidate` is `before` after `edits`. For field edits (onlyFieldEdits) only the edited items are
/// checked, against the rest of the model (its settings, org units, threats, and assets when a control
/// names some): the errors, their places and their order are those of the full validation. Any other
/// edit, and places written for a project file (Source::Project), have the whole model validated.
InputErrors validateEdit(
    const Model& before, const Model& candidate, const QList<ModelEdit>& edits, const QString& file, Source source);

} // namespace mamori
