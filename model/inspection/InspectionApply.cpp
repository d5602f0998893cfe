#include "inspection/InspectionApply.h"

#include "ModelEdit.h"

#include <QHash>

namespace mamori {

std::optional<ControlStatus> statusFromAnswers(const QList<InspectionAnswerKind>& answers)
{
    bool yes = false, partial = false, no = false;
    for (const InspectionAnswerKind a : answers) {
        yes |= a == InspectionAnswerKind::Yes;
        partial |= a == InspectionAnswerKind::Partial;
        no |= a == InspectionAnswerKind::No;
    }
    if (!yes && !partial && !no)
        return std::nullopt; // every item was "not applicable": the unit keeps no entry of its own
    if (yes && !partial && !no)
        return ControlStatus::Implemented;
    if (no && !yes && !partial)
        return ControlStatus::None;
    return ControlStatus::Partial;
}

QList<StatusChange> inspectionStatusChanges(const Model& model, const Inspection& inspection)
{
    QHash<QString, QList<InspectionAnswerKind>> byControl;
    for (const InspectionAnswer& a : inspection.answers)
        byControl[a.control].append(a.answer);
    QList<StatusChange> changes;
    for (const Control& k : model.controls) {
        const auto answers = byControl.constFind(k.id);
        if (answers == byControl.cend())
            continue;
        const auto entry = k.statusByUnit.constFind(inspection.unit);
        StatusChange change {k.id, inspection.unit,
            entry == k.statusByUnit.cend() ? std::nullopt : std::optional<ControlStatus>(*entry),
            statusFromAnswers(*answers)};
        if (change.before != change.after)
            changes.append(change);
    }
    return changes;
}

void applyStatusChanges(Model& model, const QList<StatusChange>& changes)
{
    for (const StatusChange& c : changes) {
        const qsizetype i = indexOfId(model.controls, c.control);
        if (i < 0)
            continue;
        QMap<QString, ControlStatus>& entries = model.controls[i].statusByUnit;
        if (c.after)
            entries.insert(c.unit, *c.after);
        else
            entries.remove(c.unit);
    }
}

qsizetype recordInspection(Model& model, const Inspection& inspection)
{
    for (qsizetype i = 0; i < model.inspections.size(); ++i) {
        const Inspection& old = model.inspections[i];
        if (old.unit == inspection.unit && old.fiscalYear == inspection.fiscalYear && old.kind == inspection.kind) {
            model.inspections[i] = inspection;
            return i;
        }
    }
    model.inspections.append(inspection);
    return model.inspections.size() - 1;
}

QList<StatusChange> applyInspection(Model& model, const Inspection& inspection)
{
    const QList<StatusChange> changes = inspectionStatusChanges(model, inspection);
    recordInspection(model, inspection);
    applyStatusChanges(model, changes);
    return changes;
}

} // namespace mamori
