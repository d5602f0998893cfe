#include "ScenarioRecording.h"

#include "JoinKey.h"
#include "JsonCodec.h"
#include "ModelEdit.h"
#include "Scenarios.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ScenarioRecording)
};

using Entity = ScenarioChange::Entity;
using Op = ScenarioChange::Op;

QString keyOf(const Asset& a)
{
    return a.id;
}
QString keyOf(const Threat& t)
{
    return t.id;
}
QString keyOf(const Control& k)
{
    return k.id;
}
QString keyOf(const Dependency& d)
{
    return joinKey({d.from, d.to, toKey(d.kind)});
}
QString keyOf(const Exposure& e)
{
    return joinKey({e.asset, e.threat});
}
QString keyOf(const Response& r)
{
    return joinKey({r.asset, r.threat});
}

template <typename T> QHash<QString, const T*> byKey(const QList<T>& items)
{
    QHash<QString, const T*> out;
    out.reserve(items.size());
    for (const T& item : items)
        out.insert(keyOf(item), &item);
    return out;
}

/// A `remove` change naming `item` the way section 5 names it.
ScenarioChange removal(Entity entity, const QString& id)
{
    ScenarioChange c;
    c.op = Op::Remove;
    c.entity = entity;
    c.id = id;
    return c;
}
ScenarioChange removal(const Dependency& d)
{
    ScenarioChange c = removal(Entity::Dependency, QString());
    c.from = d.from;
    c.to = d.to;
    c.kind = toKey(d.kind);
    return c;
}
ScenarioChange removal(Entity entity, const Exposure& e)
{
    ScenarioChange c = removal(entity, QString());
    c.asset = e.asset;
    c.threat = e.threat;
    return c;
}
ScenarioChange removal(Entity entity, const Response& r)
{
    ScenarioChange c = removal(entity, QString());
    c.asset = r.asset;
    c.threat = r.threat;
    return c;
}

template <typename T> ScenarioChange addition(Entity entity, const T& item)
{
    ScenarioChange c;
    c.op = Op::Add;
    c.entity = entity;
    c.value = JsonCodec::toJson(item);
    return c;
}

/// One `set` per field whose JSON differs; a field that is gone is set to null (cleared).
void appendSets(
    QList<ScenarioChange>& out, Entity entity, const QString& id, const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        if (key == QLatin1StringView("id") || before.value(key) == after.value(key))
            continue;
        ScenarioChange c;
        c.op = Op::Set;
        c.entity = entity;
        c.id = id;
        c.field = key;
        c.value = after.contains(key) ? after.value(key) : QJsonValue(QJsonValue::Null);
        out.append(c);
    }
}

/// Removals and additions of the items without an id of their own (dependencies, exposures,
/// responses): an item that changed is removed and added again.
template <typename T, typename MakeRemoval>
void diffKeyed(QList<ScenarioChange>& removals, QList<ScenarioChange>& additions, Entity entity, const QList<T>& before,
    const QList<T>& after, MakeRemoval makeRemoval)
{
    if (before == after)
        return; // cheap when the lists are still shared, as most are
    const auto afterByKey = byKey(after);
    const auto beforeByKey = byKey(before);
    for (const T& b : before) {
        const T* a = afterByKey.value(keyOf(b));
        if (!a || !(*a == b))
            removals.append(makeRemoval(b));
    }
    for (const T& a : after) {
        const T* b = beforeByKey.value(keyOf(a));
        if (!b || !(*b == a))
            additions.append(addition(entity, a));
    }
}

/// Removals, additions and sets of the items with an id (assets, threats, controls). Removals are
/// applied to `work` at once, so the cascades they bring are not recorded twice.
template <typename T>
void diffIdentified(QList<ScenarioChange>& removals, QList<ScenarioChange>& additions, QList<ScenarioChange>& sets,
    Entity entity, const QList<T>& before, const QList<T>& after)
{
    if (before == after)
        return;
    const auto afterByKey = byKey(after);
    const auto beforeByKey = byKey(before);
    for (const T& b : before) {
        if (const T* a = afterByKey.value(b.id)) {
            if (!(*a == b))
                appendSets(sets, entity, b.id, JsonCodec::toJson(b), JsonCodec::toJson(*a));
        } else {
            removals.append(removal(entity, b.id));
        }
    }
    for (const T& a : after) {
        if (!beforeByKey.contains(a.id))
            additions.append(addition(entity, a));
    }
}

template <typename T> bool sameItems(const QList<T>& a, const QList<T>& b)
{
    if (a.size() != b.size())
        return false;
    if (a == b)
        return true;
    const auto bByKey = byKey(b);
    return std::all_of(a.cbegin(), a.cend(), [&](const T& x) {
        const T* y = bByKey.value(keyOf(x));
        return y && *y == x;
    });
}

} // namespace

bool sameContent(const Model& a, const Model& b)
{
    return a.name == b.name && a.settings == b.settings && a.orgUnits == b.orgUnits && a.actions == b.actions
        && sameItems(a.assets, b.assets) && sameItems(a.dependencies, b.dependencies) && sameItems(a.threats, b.threats)
        && sameItems(a.exposures, b.exposures) && sameItems(a.controls, b.controls)
        && sameItems(a.responses, b.responses);
}

RecordedChanges recordChanges(const Model& base, const Model& edited)
{
    RecordedChanges out;
    if (base.scenarios != edited.scenarios) {
        out.error = Tr::tr("Scenarios are managed on the Scenarios page, not inside a scenario.");
        return out;
    }
    QList<ScenarioChange> removeIdentified, removeKeyed, addIdentified, sets, addKeyed;
    diffIdentified(removeIdentified, addIdentified, sets, Entity::Asset, base.assets, edited.assets);
    diffIdentified(removeIdentified, addIdentified, sets, Entity::Threat, base.threats, edited.threats);
    diffIdentified(removeIdentified, addIdentified, sets, Entity::Control, base.controls, edited.controls);

    // The removals cascade (a removed asset takes its dependencies with it): compare what is left.
    Model work = base;
    InputErrors errors;
    for (const ScenarioChange& c : std::as_const(removeIdentified))
        applyChange(work, c, JsonPointer(), QString(), errors);
    diffKeyed(removeKeyed, addKeyed, Entity::Dependency, work.dependencies, edited.dependencies,
        [](const Dependency& d) { return removal(d); });
    diffKeyed(removeKeyed, addKeyed, Entity::Exposure, work.exposures, edited.exposures,
        [](const Exposure& e) { return removal(Entity::Exposure, e); });
    diffKeyed(removeKeyed, addKeyed, Entity::Response, work.responses, edited.responses,
        [](const Response& r) { return removal(Entity::Response, r); });
    // Sets recorded against the base may name fields a cascade already changed (a removed asset
    // leaves a control's scope): record them against what is left after the removals instead.
    sets.clear();
    {
        QList<ScenarioChange> unused;
        const auto diffSets = [&](Entity e, const auto& before, const auto& after) {
            QList<ScenarioChange> removalsIgnored;
            diffIdentified(removalsIgnored, unused, sets, e, before, after);
        };
        diffSets(Entity::Asset, work.assets, edited.assets);
        diffSets(Entity::Threat, work.threats, edited.threats);
        diffSets(Entity::Control, work.controls, edited.controls);
    }
    const QJsonObject settingsBefore = JsonCodec::settingsToJson(base.settings);
    const QJsonObject settingsAfter = JsonCodec::settingsToJson(edited.settings);
    for (const QString& key : settingsAfter.keys()) {
        if (settingsBefore.value(key) != settingsAfter.value(key)) {
            ScenarioChange c;
            c.entity = Entity::Setting;
            c.field = key;
            c.value = settingsAfter.value(key);
            sets.append(c);
        }
    }

    out.changes = removeIdentified + removeKeyed + addIdentified + sets + addKeyed;
    out.model = work;
    for (const ScenarioChange& c : std::as_const(removeKeyed) + addIdentified + sets + addKeyed) {
        if (!applyChange(out.model, c, JsonPointer(), QString(), errors)) {
            out.error
                = errors.isEmpty() ? Tr::tr("This edit cannot be recorded in a scenario.") : errors.constLast().what;
            return out;
        }
    }
    if (!sameContent(out.model, edited)) {
        out.error = Tr::tr("A scenario changes assets, threats, controls, dependencies, exposures, responses and "
                           "settings only. Go back to the baseline to change the plan, the org units or the "
                           "project's name.");
    }
    return out;
}

} // namespace mamori
