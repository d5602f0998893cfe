#include "ModelEdit.h"

namespace mamori {

namespace {

/// Removes, highest position first so earlier positions stay valid, every item `pred` selects.
template <typename T, typename Pred> void appendRemovals(QList<ModelEdit>& out, const QList<T>& items, Pred pred)
{
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (pred(items[i]))
            out.append(ModelEdit::remove(i, items[i]));
    }
}

/// Replaces every item that `change` modifies (it returns true when it changed its copy).
template <typename T, typename Change>
void appendReplacements(QList<ModelEdit>& out, const QList<T>& items, Change change)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        T copy = items[i];
        if (change(copy))
            out.append(ModelEdit::replace(i, std::move(copy)));
    }
}

/// Clears `ref` when it is `id`; true when it did.
bool clearIf(QString& ref, const QString& id)
{
    if (ref != id)
        return false;
    ref.clear();
    return true;
}

/// The reviews whose subject is `subject` and whose `ref` is `id` lose the reference.
void clearReviewRefs(QList<ModelEdit>& out, const Model& m, ReviewSubject subject, const QString& id)
{
    appendReplacements(
        out, m.reviewDecisions, [&](ReviewDecision& r) { return r.subject == subject && clearIf(r.ref, id); });
}

} // namespace

void applyEdit(Model& model, const ModelEdit& edit)
{
    std::visit(
        [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Settings>) {
                model.settings = value;
            } else if constexpr (std::is_same_v<T, LocalizedText>) {
                model.name = value;
            } else if constexpr (std::is_same_v<T, DocumentControl>) {
                model.document = value;
            } else {
                auto& list = model.list<T>();
                switch (edit.op) {
                case ModelEdit::Op::Replace:
                    list[edit.index] = value;
                    break;
                case ModelEdit::Op::Insert:
                    list.insert(edit.index, value);
                    break;
                case ModelEdit::Op::Remove:
                    list.removeAt(edit.index);
                    break;
                }
            }
        },
        edit.value);
}

ModelEdit inverseEdit(const Model& before, const ModelEdit& edit)
{
    return std::visit(
        [&](const auto& value) -> ModelEdit {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Settings>) {
                return ModelEdit::replace(0, before.settings);
            } else if constexpr (std::is_same_v<T, LocalizedText>) {
                return ModelEdit::replace(0, before.name);
            } else if constexpr (std::is_same_v<T, DocumentControl>) {
                return ModelEdit::replace(0, before.document);
            } else {
                switch (edit.op) {
                case ModelEdit::Op::Replace:
                    return ModelEdit::replace(edit.index, before.list<T>()[edit.index]);
                case ModelEdit::Op::Insert:
                    return ModelEdit::remove(edit.index, value);
                case ModelEdit::Op::Remove:
                    return ModelEdit::insert(edit.index, before.list<T>()[edit.index]);
                }
                return edit;
            }
        },
        edit.value);
}

QList<ModelEdit> applyEdits(Model& model, const QList<ModelEdit>& edits)
{
    QList<ModelEdit> undo;
    undo.reserve(edits.size());
    for (const ModelEdit& e : edits) {
        undo.prepend(inverseEdit(model, e));
        applyEdit(model, e);
    }
    return undo;
}

QList<ModelEdit> removeAssetEdits(const Model& m, const QString& id)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(m.assets, id);
    if (at < 0)
        return out;
    appendRemovals(out, m.dependencies, [&](const Dependency& d) { return d.from == id || d.to == id; });
    appendRemovals(out, m.exposures, [&](const Exposure& e) { return e.asset == id; });
    appendRemovals(out, m.responses, [&](const Response& r) { return r.asset == id; });
    appendReplacements(out, m.controls, [&](Control& k) { return k.scope.assets.removeAll(id) > 0; });
    appendReplacements(out, m.actions,
        [&](PlanAction& p) { return p.risks.removeIf([&](const RiskKey& r) { return r.asset == id; }) > 0; });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return clearIf(f.asset, id); });
    appendReplacements(out, m.findingExceptions, [&](FindingException& x) { return x.assets.removeAll(id) > 0; });
    clearReviewRefs(out, m, ReviewSubject::Risk, id);
    out.append(ModelEdit::remove(at, m.assets[at]));
    return out;
}

QList<ModelEdit> removeThreatEdits(const Model& m, const QString& id)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(m.threats, id);
    if (at < 0)
        return out;
    appendRemovals(out, m.exposures, [&](const Exposure& e) { return e.threat == id; });
    appendRemovals(out, m.responses, [&](const Response& r) { return r.threat == id; });
    appendReplacements(out, m.controls, [&](Control& k) {
        return k.mitigates.removeIf([&](const Mitigation& x) { return !x.category && x.threat == id; }) > 0;
    });
    appendReplacements(out, m.actions,
        [&](PlanAction& p) { return p.risks.removeIf([&](const RiskKey& r) { return r.threat == id; }) > 0; });
    appendReplacements(out, m.reviewDecisions, [&](ReviewDecision& r) { return clearIf(r.threat, id); });
    out.append(ModelEdit::remove(at, m.threats[at]));
    return out;
}

QList<ModelEdit> removeControlEdits(const Model& m, const QString& id)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(m.controls, id);
    if (at < 0)
        return out;
    appendReplacements(out, m.controls, [&](Control& k) { return k.requires_.removeAll(id) > 0; });
    appendReplacements(out, m.actions, [&](PlanAction& p) { return p.controls.removeAll(id) > 0; });
    appendReplacements(out, m.inspections, [&](Inspection& x) {
        bool changed = false;
        for (InspectionAnswer& a : x.answers)
            changed |= clearIf(a.control, id);
        return changed;
    });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return clearIf(f.control, id); });
    clearReviewRefs(out, m, ReviewSubject::Control, id);
    out.append(ModelEdit::remove(at, m.controls[at]));
    return out;
}

QList<ModelEdit> removeOrgUnitEdits(const Model& m, const QString& id)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(m.orgUnits, id);
    if (at < 0)
        return out;
    appendReplacements(out, m.orgUnits, [&](OrgUnit& u) { return clearIf(u.parent, id); });
    appendReplacements(out, m.assets, [&](Asset& a) { return clearIf(a.owner, id); });
    appendReplacements(out, m.controls, [&](Control& k) {
        const bool owned = clearIf(k.owner, id);
        return k.statusByUnit.remove(id) > 0 || owned;
    });
    appendReplacements(out, m.actions, [&](PlanAction& p) { return clearIf(p.owner, id); });
    appendReplacements(out, m.inspections, [&](Inspection& x) { return clearIf(x.unit, id); });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return clearIf(f.unit, id); });
    out.append(ModelEdit::remove(at, m.orgUnits[at]));
    return out;
}

QList<ModelEdit> removeActionEdits(const Model& m, const QString& id)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(m.actions, id);
    if (at < 0)
        return out;
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return clearIf(f.action, id); });
    out.append(ModelEdit::remove(at, m.actions[at]));
    return out;
}

} // namespace mamori
