#pragma once

// The edit functions: each turns one user action into what ProjectDocument applies as one undo step,
// the undo text and the ModelEdits (and the merge key where repeated edits merge), or the reason the
// action is refused. They read the model they are given and nothing else (no widget, no document),
// so they are tested headless; the views call them and only show the result or the refusal.
//
// Invariant: an edit list is built against the model passed in, in order: each edit's index is valid
// for that model after the edits before it (ProjectDocument::edit applies them on a copy first).
// A new item is named in the `language` slot only (the window's language); the other stays empty.
// Dates come from Clock::today().

#include "ModelEdit.h"
#include "UiText.h"
#include "document/MergeId.h"

#include <QList>
#include <QString>

namespace mamori {

struct ControlProposal;
struct Finding;
struct RiskResult;
struct StatusChange;

/// What one user action applies: ProjectDocument::edit(UserEdit) (or editScenarios for the scenario
/// functions below) pushes it, or returns `error` when it is set.
struct UserEdit {
    UiText text; ///< the undo text, translated whenever it is shown (the language may change)
    QList<ModelEdit> edits;
    MergeKey merge;
    QString error; ///< why the action is refused; nothing is applied then
    QString created; ///< the id of the item the action creates, if it creates one

    bool ok() const { return error.isEmpty(); }
    static UserEdit refused(const QString& error) { return {{}, {}, {}, error, {}}; }
};

namespace edits {

// --- Items of the registers (Edit > Add, Edit > Delete) -------------------------------------------

/// The id Edit > Add proposes for a new item of T (Asset, Threat, Control, PlanAction): the next free
/// one after those the ward numbered (A-NEW-001, T-NEW-001, K-NEW-001, P-09 after P-08).
template <typename T> QString proposedId(const Model& model);
/// Why `id` cannot be the id of a new or renamed item of T, or an empty string. The contract allows any
/// non-empty id unique within its kind (RISK-MODEL.md 2); the window also refuses spaces, commas,
/// slashes and control characters anywhere in it, since its registers write lists of ids and
/// asset/threat pairs with them.
template <typename T> QString idRefusal(const Model& model, const QString& id);

/// A new asset "New asset" with id `id` (refused as idRefusal says).
UserEdit addAsset(const Model& model, const QString& id, Language language);
/// A new threat "New threat" (confidentiality) with id `id`.
UserEdit addThreat(const Model& model, const QString& id, Language language);
/// A new control "New control" with id `id`.
UserEdit addControl(const Model& model, const QString& id, Language language);
/// A new plan action "New action" with id `id`, from today for three months.
UserEdit addPlanAction(const Model& model, const QString& id, Language language);
/// Asset `from` depends on asset `to` (kind "other"). Refused for an empty or unknown id, an asset
/// depending on itself, or a dependency of that kind that is there already.
UserEdit addDependency(const Model& model, const QString& from, const QString& to);
/// Asset `asset` is exposed to threat `threat`. Refused for an empty or unknown id or a pair that is
/// exposed already.
UserEdit addExposure(const Model& model, const QString& asset, const QString& threat);

/// What deleting rows removes, to ask the user before applying `edit`.
struct Deletion {
    UserEdit edit;
    QStringList names; ///< the deleted items as the user knows them (ids, "A → B"), last row first
    qsizetype alsoRemoved = 0; ///< entries that name them and go with them (dependencies, responses...)
};
/// Deletes rows `rows` (ascending, no duplicates) of the list of T, with everything that names them
/// (removeAssetEdits and its siblings). T is Asset, Threat, Control, Dependency, Exposure or
/// PlanAction, or AuditFinding (reviews of it lose the reference). Refused when a row is not in the
/// list; an empty edit for no rows.
template <typename T> Deletion deleteRows(const Model& model, const QList<int>& rows);

// --- Register cells ------------------------------------------------------------------------------

/// One item changed by a register cell, or why the value cannot be taken.
struct ItemChange {
    QList<ModelEdit> edits;
    QString error;
    /// The undo text when the change is more than a value ("Rename asset A to B"); such a change is an
    /// undo step of its own, never merged with the next typing in the cell.
    UiText text = {};
};
/// Typing `change` into one cell (list `entity`, `row`, `column`) of the column named `header`: the
/// steps of one cell merge into one undo step. A refused value is "header: why".
UserEdit setCell(const UiText& header, std::size_t entity, int row, int column, const ItemChange& change);
/// Setting one column of several rows (the bulk "Set …"), as one undo step; one change is setCell's
/// text without merging.
UserEdit setInRows(const UiText& header, const QList<ItemChange>& changes);

// --- Detail editors ------------------------------------------------------------------------------

/// The editor's OK: `item` replaces the item with id `originalId` (T is Asset, Threat, Control or
/// PlanAction).
/// When its id differs, the item is renamed first with every reference (renameId), in the same step.
/// Refused when that item is no longer in the model, or as renameId refuses the new id.
template <typename T> UserEdit replaceItem(const Model& model, const QString& originalId, T item);

/// Renames item `oldId` of T (Asset, Threat, Control or PlanAction) to `newId`, rewriting every
/// reference to it, scenarios included (IdRename.h), as one undo step. Refused for an unknown `oldId`
/// or as idRefusal says; an empty edit when the id stays the same. The document refuses it while a
/// scenario is shown: ids are renamed in the baseline.
template <typename T> UserEdit renameId(const Model& model, const QString& oldId, const QString& newId);

// --- The records of the yearly cycle (policy §9 and §10) --------------------------------------------

/// Renames audit finding `oldId` to `newId`, with the review decisions about it, as one undo step
/// (refused as renameId above refuses).
template <> UserEdit renameId<AuditFinding>(const Model& model, const QString& oldId, const QString& newId);
template <> QString proposedId<AuditFinding>(const Model& model);
/// A new open audit finding with id `id` (refused as idRefusal says): internal audit, medium, of the
/// fiscal year of today. proposedId<AuditFinding> numbers them by fiscal year: AF-2026-01, AF-2026-02.
UserEdit addAuditFinding(const Model& model, const QString& id);
/// "Create corrective action" of audit finding `findingId`: a new plan action (the next free id, its
/// title the description's first line in the `language` slot, controls [the finding's control] if
/// set, owner the finding's unit, from today to the finding's due date, else to the end of the fiscal
/// year) linked as the finding's action, one undo step; `created` is the action's id. Refused for an
/// unknown finding or one that has a corrective action already.
UserEdit createCorrectiveAction(const Model& model, const QString& findingId, Language language);
/// Three-tier finding `finding` recorded as audit finding `id` (refused as idRefusal says): source
/// self-inspection, its severity, the first asset and its owning unit, a description naming the tiers
/// and both assets in the window's language, of the fiscal year of today.
UserEdit recordFindingAsAudit(const Model& model, const Finding& finding, const QString& id);
/// What "Accept as exception…" asks for.
struct ExceptionInput {
    QString rationale;
    QString approver;
    QDate approved;
    QDate expires; ///< invalid: no expiry
};
/// An exception (例外措置) for three-tier finding `finding`, with the next free id of the fiscal year
/// of its approval (EX-2026-01, EX-2026-02); `created` is its id. Refused without a rationale, an
/// approver or an approval date, for an expiry before the approval, and when an exception that has
/// not expired on `today` covers the finding already.
UserEdit acceptException(const Model& model, const Finding& finding, const ExceptionInput& input, QDate today);
/// Revokes (removes) exception `id`; reviews of it lose the reference. Refused for an unknown id.
UserEdit revokeException(const Model& model, const QString& id);
/// Records review decision `decision` (its id is ignored: the next free one, RV-2026-01 by its fiscal
/// year); `created` is its id. Refused without a decision text, the name of who decided, or a date.
UserEdit recordReviewDecision(const Model& model, ReviewDecision decision);

// --- Response policy -----------------------------------------------------------------------------

/// Decides `decision` (its asset and threat are ignored) for each of `risks`, replacing a decision
/// already made. Refused for no risks, or when a risk above `appetite` would be accepted without a
/// rationale.
UserEdit decideResponses(const Model& model, const QList<RiskResult>& risks, const Response& decision, double appetite);
/// Clears the decisions of `risks` (those without one are skipped); an empty edit when none has one.
UserEdit clearResponses(const Model& model, const QList<RiskKey>& risks);
/// The risk acceptance criteria: the appetite and the bounds of the bands, in order (bounds beyond
/// the bands are ignored); steps of the criteria merge into one undo step. An empty edit when
/// nothing changes.
UserEdit setAcceptanceCriteria(const Model& model, double appetite, const QList<double>& bounds);

/// The report's document control (number, version, department, approval date, revision history,
/// distribution, budgets) replaced by `document` as one undo step, from File > Export report…; an
/// empty edit when nothing changes. Apply with ProjectDocument::editScenarios: it belongs to the
/// baseline, whichever scenario is shown.
UserEdit setDocumentControl(const Model& model, const DocumentControl& document);
/// A proposed control taken into the plan for `risk`: the control is added (from the catalogue, as
/// planned) or marked planned (when it had no status), and a plan action introduces it from today to
/// the end of the fiscal year. `created` is the action's id. Refused when the project changed since
/// the proposal was made.
UserEdit proposalToAction(const Model& model, const ControlProposal& proposal, const RiskKey& risk);

/// Marks plan actions `ids` done with progress 100 % (those done at 100 % already are skipped).
/// Refused for an id that is not a plan action; an empty edit when nothing changes.
UserEdit markActionsDone(const Model& model, const QStringList& ids);

// --- The budget optimizer's result -----------------------------------------------------------------
// The optimizer chooses among the plan's actions (RISK-MODEL.md 8); the plan has no status for
// "funded", so the choice is written down the way the contract can say it: the controls the chosen
// actions introduce become `planned` (which changes no score, 3.4), or a scenario carries them out.

/// "Apply to the plan": each control of the chosen actions whose status is `none` becomes `planned`;
/// the actions and every other control are left as they are. Refused for an id that is not a plan
/// action; an empty edit (no text) when every such control is planned or further along already.
UserEdit planChosenActions(const Model& model, const QStringList& chosen);
/// "Make a scenario": a new scenario on `base` (the scenario shown; empty: the baseline) in which the
/// chosen actions and those already done are carried out (WhatIf::completeActions on `shown`), named
/// after the budget, described with the choice. `created` is its id. Refused when nothing was chosen.
UserEdit scenarioOfChosenActions(const Model& shown, const Model& baseline, const QString& base,
    const QStringList& chosen, double budget, Language language);

// --- Scenarios (of the baseline: ProjectDocument::editScenarios) ---------------------------------

/// The scenario's name in `language` (its id when it has none), "Baseline" for no scenario.
QString scenarioName(const Model& baseline, const QString& id, Language language);
/// A new scenario on `base` (empty: the baseline) with the next free S- id; `created` is its id.
UserEdit newScenario(const Model& baseline, const QString& base, const QString& name, Language language,
    const QList<ScenarioChange>& changes = {}, const QString& description = {});
/// Renames scenario `id` in the `language` slot. An empty edit for an empty name or the same name.
UserEdit renameScenario(const Model& baseline, const QString& id, const QString& name, Language language);
UserEdit describeScenario(const Model& baseline, const QString& id, const QString& description);
/// A copy of scenario `id` (same base, changes and description) named "Copy of …".
UserEdit duplicateScenario(const Model& baseline, const QString& id, Language language);
/// Refused while other scenarios are based on it.
UserEdit deleteScenario(const Model& baseline, const QString& id, Language language);
/// Removes changes `rows` of scenario `id`.
UserEdit revertScenarioChanges(const Model& baseline, const QString& id, const QList<int>& rows, Language language);

// --- Self-inspection (RISK-MODEL.md 9) ------------------------------------------------------------

/// A returned checklist applied: `inspection` recorded (replacing the record of the same unit, fiscal
/// year and kind, as recordInspection does) and `changes` (inspectionStatusChanges of this model) set
/// in the controls' status_by_unit, as one undo step. Refused for a unit the model lacks or a change
/// naming a control it lacks.
UserEdit applyInspection(const Model& model, const Inspection& inspection, const QList<StatusChange>& changes);

// --- What-ifs: new scenarios on `base` (the scenario shown, empty: the baseline) -----------------
// `shown` is the model shown now (base's resolved model), `baseline` the document's baseline.

/// "What if it fails?" for asset `assetId` (WhatIf::assetFails). Refused for an unknown asset.
UserEdit whatIfAssetFails(
    const Model& shown, const Model& baseline, const QString& base, const QString& assetId, Language language);
/// "What if it were not there?" for control `controlId`. Refused for an unknown control.
UserEdit whatIfControlRemoved(
    const Model& shown, const Model& baseline, const QString& base, const QString& controlId, Language language);
/// "What if a redundant supply is added?" for dependency row `dependency` of `shown`
/// (WhatIf::redundantSupply; the new asset's id from WhatIf::redundantSupplyId). Refused for a row
/// that is not in the list.
UserEdit whatIfRedundantSupply(
    const Model& shown, const Model& baseline, const QString& base, int dependency, Language language);
/// Two scenarios, to apply in order: the plan with its full budget, and with `percent` % of it (built
/// on the baseline after the first).
QList<UserEdit> whatIfBudgetCut(
    const Model& shown, const Model& baseline, const QString& base, int percent, Language language);

} // namespace edits

} // namespace mamori
