#include "IdRename.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mamori {

namespace {

using Entity = ScenarioChange::Entity;

/// One old → new renaming of the ids of one kind.
struct Renaming {
    const QString& from;
    const QString& to;

    bool apply(QString& id) const
    {
        if (id != from)
            return false;
        id = to;
        return true;
    }
    bool apply(QStringList& ids) const
    {
        bool changed = false;
        for (QString& id : ids)
            changed |= apply(id);
        return changed;
    }
    QJsonValue json(const QJsonValue& v) const { return v.isString() && v.toString() == from ? QJsonValue(to) : v; }
    QJsonValue jsonList(const QJsonValue& v) const
    {
        if (!v.isArray())
            return v;
        QJsonArray out;
        for (const QJsonValue& x : v.toArray())
            out.append(json(x));
        return out;
    }
    /// `o` with its member `key` renamed when it is the id (`list`: a list of ids).
    void member(QJsonObject& o, const char* key, bool list = false) const
    {
        const QString k = QString::fromLatin1(key);
        if (o.contains(k))
            o.insert(k, list ? jsonList(o.value(k)) : json(o.value(k)));
    }
    /// A control's `mitigates` value: threat ids, or objects with a `threat`.
    QJsonValue mitigates(const QJsonValue& v) const
    {
        if (!v.isArray())
            return v;
        QJsonArray out;
        for (const QJsonValue& x : v.toArray()) {
            QJsonObject o = x.toObject();
            if (x.isObject())
                member(o, "threat");
            out.append(x.isObject() ? QJsonValue(o) : json(x));
        }
        return out;
    }
    /// A control's `scope` value: {"assets": [...]} or a filter.
    QJsonValue scope(const QJsonValue& v) const
    {
        if (!v.isObject())
            return v;
        QJsonObject o = v.toObject();
        member(o, "assets", true);
        return o;
    }
    /// A map keyed by id (a control's status_by_unit), its key renamed; true when it was there.
    template <typename V> bool keys(QMap<QString, V>& map) const
    {
        if (!map.contains(from))
            return false;
        map.insert(to, map.take(from));
        return true;
    }
    /// The JSON of such a map (a control's `status_by_unit` value).
    QJsonValue jsonKeys(const QJsonValue& v) const
    {
        QJsonObject o = v.toObject();
        if (!v.isObject() || !o.contains(from))
            return v;
        o.insert(to, o.take(from));
        return o;
    }
    /// A review's reference when its subject is `subject`.
    bool review(ReviewDecision& r, ReviewSubject subject) const { return r.subject == subject && apply(r.ref); }
};

/// The ids of kind `kind` inside the value of a change: a whole added entity, or a set field.
QJsonValue renamedValue(const ScenarioChange& c, Entity kind, const Renaming& r)
{
    if (c.op == ScenarioChange::Op::Set) {
        if (c.entity != Entity::Control)
            return c.value; // assets, threats and settings have no field that names an asset, threat or control
        if (kind == Entity::Asset && c.field == QLatin1StringView("scope"))
            return r.scope(c.value);
        if (kind == Entity::Threat && c.field == QLatin1StringView("mitigates"))
            return r.mitigates(c.value);
        if (kind == Entity::Control && c.field == QLatin1StringView("requires"))
            return r.jsonList(c.value);
        return c.value;
    }
    if (c.op != ScenarioChange::Op::Add || !c.value.isObject())
        return c.value;
    QJsonObject o = c.value.toObject();
    if (c.entity == kind)
        r.member(o, "id");
    switch (kind) {
    case Entity::Asset:
        if (c.entity == Entity::Dependency) {
            r.member(o, "from");
            r.member(o, "to");
        } else if (c.entity == Entity::Exposure || c.entity == Entity::Response) {
            r.member(o, "asset");
        } else if (c.entity == Entity::Control && o.contains(QLatin1StringView("scope"))) {
            o.insert(QStringLiteral("scope"), r.scope(o.value(QLatin1StringView("scope"))));
        }
        break;
    case Entity::Threat:
        if (c.entity == Entity::Exposure || c.entity == Entity::Response)
            r.member(o, "threat");
        else if (c.entity == Entity::Control && o.contains(QLatin1StringView("mitigates")))
            o.insert(QStringLiteral("mitigates"), r.mitigates(o.value(QLatin1StringView("mitigates"))));
        break;
    case Entity::Control:
        if (c.entity == Entity::Control)
            r.member(o, "requires", true);
        break;
    default:
        break;
    }
    return o;
}

template <typename T, typename Change>
void appendReplacements(QList<ModelEdit>& out, const QList<T>& items, Change change)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        T copy = items[i];
        if (change(copy))
            out.append(ModelEdit::replace(i, std::move(copy)));
    }
}

/// Every scenario whose changes `rename` (a change → the change renamed) alters.
template <typename Rename> void renameInScenarios(QList<ModelEdit>& out, const Model& m, Rename rename)
{
    appendReplacements(out, m.scenarios, [&](Scenario& s) {
        bool changed = false;
        for (ScenarioChange& c : s.changes) {
            ScenarioChange renamed = rename(c);
            if (!(renamed == c)) {
                c = std::move(renamed);
                changed = true;
            }
        }
        return changed;
    });
}

void renameInScenarios(QList<ModelEdit>& out, const Model& m, Entity kind, const Renaming& r)
{
    renameInScenarios(out, m, [&](const ScenarioChange& c) { return renamedChange(c, kind, r.from, r.to); });
}

void renameReferences(QList<ModelEdit>& out, const Model& m, const Asset*, const Renaming& r)
{
    appendReplacements(out, m.dependencies, [&](Dependency& d) {
        const bool from = r.apply(d.from);
        const bool to = r.apply(d.to);
        return from || to;
    });
    appendReplacements(out, m.exposures, [&](Exposure& e) { return r.apply(e.asset); });
    appendReplacements(out, m.responses, [&](Response& x) { return r.apply(x.asset); });
    appendReplacements(out, m.controls, [&](Control& k) { return r.apply(k.scope.assets); });
    appendReplacements(out, m.actions, [&](PlanAction& p) {
        bool changed = false;
        for (RiskKey& k : p.risks)
            changed |= r.apply(k.asset);
        return changed;
    });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return r.apply(f.asset); });
    appendReplacements(out, m.findingExceptions, [&](FindingException& x) { return r.apply(x.assets); });
    appendReplacements(out, m.reviewDecisions, [&](ReviewDecision& x) { return r.review(x, ReviewSubject::Risk); });
    renameInScenarios(out, m, Entity::Asset, r);
}

void renameReferences(QList<ModelEdit>& out, const Model& m, const Threat*, const Renaming& r)
{
    appendReplacements(out, m.exposures, [&](Exposure& e) { return r.apply(e.threat); });
    appendReplacements(out, m.responses, [&](Response& x) { return r.apply(x.threat); });
    appendReplacements(out, m.controls, [&](Control& k) {
        bool changed = false;
        for (Mitigation& x : k.mitigates)
            changed |= !x.category && r.apply(x.threat);
        return changed;
    });
    appendReplacements(out, m.actions, [&](PlanAction& p) {
        bool changed = false;
        for (RiskKey& k : p.risks)
            changed |= r.apply(k.threat);
        return changed;
    });
    appendReplacements(out, m.reviewDecisions,
        [&](ReviewDecision& x) { return x.subject == ReviewSubject::Risk && r.apply(x.threat); });
    renameInScenarios(out, m, Entity::Threat, r);
}

void renameReferences(QList<ModelEdit>& out, const Model& m, const Control*, const Renaming& r)
{
    // The control itself is replaced after these edits, so its own entry comes from the list as it is.
    appendReplacements(out, m.controls, [&](Control& k) { return r.apply(k.requires_); });
    appendReplacements(out, m.actions, [&](PlanAction& p) { return r.apply(p.controls); });
    appendReplacements(out, m.inspections, [&](Inspection& x) {
        bool changed = false;
        for (InspectionAnswer& a : x.answers)
            changed |= r.apply(a.control);
        return changed;
    });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return r.apply(f.control); });
    appendReplacements(out, m.reviewDecisions, [&](ReviewDecision& x) { return r.review(x, ReviewSubject::Control); });
    renameInScenarios(out, m, Entity::Control, r);
}

void renameReferences(QList<ModelEdit>& out, const Model& m, const PlanAction*, const Renaming& r)
{
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return r.apply(f.action); });
}

/// A unit's id inside a scenario change: the owner an asset or control is given, and the keys of a
/// control's status_by_unit, whether set on their own or inside an added item. Scenarios name no
/// unit otherwise (RISK-MODEL.md 5 has no change of an org unit).
ScenarioChange renamedUnitChange(ScenarioChange c, const Renaming& r)
{
    const bool ownedItem = c.entity == Entity::Asset || c.entity == Entity::Control;
    if (c.op == ScenarioChange::Op::Set && ownedItem) {
        if (c.field == QLatin1StringView("owner"))
            c.value = r.json(c.value);
        else if (c.entity == Entity::Control && c.field == QLatin1StringView("status_by_unit"))
            c.value = r.jsonKeys(c.value);
    } else if (c.op == ScenarioChange::Op::Add && ownedItem && c.value.isObject()) {
        QJsonObject o = c.value.toObject();
        r.member(o, "owner");
        if (o.contains(QLatin1StringView("status_by_unit")))
            o.insert(QStringLiteral("status_by_unit"), r.jsonKeys(o.value(QLatin1StringView("status_by_unit"))));
        c.value = o;
    }
    return c;
}

void renameReferences(QList<ModelEdit>& out, const Model& m, const OrgUnit*, const Renaming& r)
{
    appendReplacements(out, m.orgUnits, [&](OrgUnit& u) { return r.apply(u.parent); });
    appendReplacements(out, m.assets, [&](Asset& a) { return r.apply(a.owner); });
    appendReplacements(out, m.controls, [&](Control& k) {
        const bool owner = r.apply(k.owner);
        return r.keys(k.statusByUnit) || owner;
    });
    appendReplacements(out, m.actions, [&](PlanAction& p) { return r.apply(p.owner); });
    appendReplacements(out, m.inspections, [&](Inspection& x) { return r.apply(x.unit); });
    appendReplacements(out, m.auditFindings, [&](AuditFinding& f) { return r.apply(f.unit); });
    renameInScenarios(out, m, [&](const ScenarioChange& c) { return renamedUnitChange(c, r); });
}

} // namespace

ScenarioChange renamedChange(ScenarioChange c, Entity kind, const QString& oldId, const QString& newId)
{
    const Renaming r {oldId, newId};
    c.value = renamedValue(c, kind, r);
    if (c.entity == kind)
        r.apply(c.id); // set and remove of the item itself
    if (c.op == ScenarioChange::Op::Remove) {
        if (kind == Entity::Asset && c.entity == Entity::Dependency) {
            r.apply(c.from);
            r.apply(c.to);
        }
        if (c.entity == Entity::Exposure || c.entity == Entity::Response) {
            if (kind == Entity::Asset)
                r.apply(c.asset);
            if (kind == Entity::Threat)
                r.apply(c.threat);
        }
    }
    return c;
}

template <typename T> QList<ModelEdit> renameIdEdits(const Model& model, const QString& oldId, const QString& newId)
{
    QList<ModelEdit> out;
    const qsizetype at = indexOfId(model.list<T>(), oldId);
    if (at < 0 || oldId == newId)
        return out;
    renameReferences(out, model, static_cast<const T*>(nullptr), Renaming {oldId, newId});
    // The item last, from the list as the edits before left it (a control's own requires stay as they are).
    Model after = model;
    applyEdits(after, out);
    T item = after.list<T>()[at];
    item.id = newId;
    out.append(ModelEdit::replace(at, std::move(item)));
    return out;
}

template QList<ModelEdit> renameIdEdits<Asset>(const Model&, const QString&, const QString&);
template QList<ModelEdit> renameIdEdits<Threat>(const Model&, const QString&, const QString&);
template QList<ModelEdit> renameIdEdits<Control>(const Model&, const QString&, const QString&);
template QList<ModelEdit> renameIdEdits<PlanAction>(const Model&, const QString&, const QString&);
template QList<ModelEdit> renameIdEdits<OrgUnit>(const Model&, const QString&, const QString&);

} // namespace mamori
