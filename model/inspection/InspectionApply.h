#pragma once

// The rule of RISK-MODEL.md 9: what an inspection's answers make of a unit's control status, as the
// list of changes to status_by_unit (so that a view can preview them before the officer applies
// them), and applying that list and the inspection's record to a model. Pure functions of values.

#include "Model.h"

#include <optional>

namespace mamori {

/// One change of a control's status_by_unit entry for one unit. An empty optional is "no entry":
/// the control's own status applies to the unit's assets (RISK-MODEL.md 3.4).
struct StatusChange {
    QString control;
    QString unit;
    std::optional<ControlStatus> before;
    std::optional<ControlStatus> after;
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

/// A control's status from its answers in one inspection (RISK-MODEL.md 9): all yes → implemented,
/// all no → none, any other mix of yes, partial and no → partial, all na → no entry (empty). A `na`
/// among other answers counts for nothing: the items that apply decide. `answers` is not empty.
std::optional<ControlStatus> statusFromAnswers(const QList<InspectionAnswerKind>& answers);

/// The changes `inspection` makes to the status_by_unit of its unit, in the model's order of
/// controls; a control without answers, or whose entry would stay as it is, is not listed. Answers
/// naming a control the model lacks are left out (validation reports them).
QList<StatusChange> inspectionStatusChanges(const Model& model, const Inspection& inspection);

/// Sets (or removes) each change's entry. The changes must come from the model as it is.
void applyStatusChanges(Model& model, const QList<StatusChange>& changes);

/// Keeps `inspection` in model.inspections: it replaces the record of the same unit, fiscal year and
/// kind (in its place), else it is appended. Returns its index.
qsizetype recordInspection(Model& model, const Inspection& inspection);

/// recordInspection, then the status changes of the inspection applied; returns those changes.
QList<StatusChange> applyInspection(Model& model, const Inspection& inspection);

} // namespace mamori
