#include "WhatIf.h"

#include "IdOrder.h"
#include "JsonCodec.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace mamori::WhatIf {

namespace {

ScenarioChange setChange(ScenarioChange::Entity entity, const QString& id, const char* field, QJsonValue value)
{
    ScenarioChange c;
    c.op = ScenarioChange::Op::Set;
    c.entity = entity;
    c.id = id;
    c.field = QString::fromLatin1(field);
    c.value = std::move(value);
    return c;
}

/// `set status implemented` for each control of `completed` not implemented yet, once each.
QList<ScenarioChange> implementControls(const Model& base, const QList<const PlanAction*>& completed)
{
    QList<ScenarioChange> out;
    QSet<QString> seen;
    for (const PlanAction* p : completed) {
        for (const QString& k : p->controls) {
            const auto control = std::find_if(
                base.controls.cbegin(), base.controls.cend(), [&](const Control& c) { return c.id == k; });
            if (control == base.controls.cend() || control->status == ControlStatus::Implemented || seen.contains(k))
                continue;
            seen.insert(k);
            out.append(setChange(ScenarioChange::Entity::Control, k, "status", QStringLiteral("implemented")));
        }
    }
    return out;
}

} // namespace

QList<ScenarioChange> assetFails(const Model& base, const QString& assetId)
{
    QList<ScenarioChange> out;
    const auto asset
        = std::find_if(base.assets.cbegin(), base.assets.cend(), [&](const Asset& a) { return a.id == assetId; });
    if (asset == base.assets.cend())
        return out;
    QJsonObject impact = JsonCodec::toJson(*asset).value(QStringLiteral("impact")).toObject();
    impact.insert(QStringLiteral("A"), 5);
    out.append(setChange(ScenarioChange::Entity::Asset, assetId, "impact", impact));

    for (const Threat& t : base.threats) {
        if (!t.dimensions.contains(Dimension::A))
            continue;
        const auto entry = std::find_if(base.exposures.cbegin(), base.exposures.cend(),
            [&](const Exposure& e) { return e.asset == assetId && e.threat == t.id; });
        const bool listed = entry != base.exposures.cend();
        const bool meets = listed ? !entry->excluded : t.appliesTo.matches(asset->type, asset->tier);
        if (!meets)
            continue;
        if (listed) {
            ScenarioChange remove;
            remove.op = ScenarioChange::Op::Remove;
            remove.entity = ScenarioChange::Entity::Exposure;
            remove.asset = assetId;
            remove.threat = t.id;
            out.append(remove);
        }
        ScenarioChange add;
        add.op = ScenarioChange::Op::Add;
        add.entity = ScenarioChange::Entity::Exposure;
        add.value = QJsonObject {
            {QStringLiteral("asset"), assetId}, {QStringLiteral("threat"), t.id}, {QStringLiteral("likelihood"), 5}};
        out.append(add);
    }
    return out;
}

QList<ScenarioChange> controlRemoved(const QString& controlId)
{
    ScenarioChange c;
    c.op = ScenarioChange::Op::Remove;
    c.entity = ScenarioChange::Entity::Control;
    c.id = controlId;
    return {c};
}

QString redundantSupplyId(const Model& base, const QString& supplyId)
{
    for (int n = 2;; ++n) {
        const QString id = supplyId + QLatin1Char('-') + QString::number(n);
        if (std::none_of(base.assets.cbegin(), base.assets.cend(), [&id](const Asset& a) { return a.id == id; }))
            return id;
    }
}

QList<ScenarioChange> redundantSupply(const Model& base, const Dependency& dependency, const QString& newId)
{
    QList<ScenarioChange> out;
    const auto supply
        = std::find_if(base.assets.cbegin(), base.assets.cend(), [&](const Asset& a) { return a.id == dependency.to; });
    if (supply == base.assets.cend() || !base.dependencies.contains(dependency))
        return out;
    const auto add = [&out](ScenarioChange::Entity entity, QJsonObject value) {
        ScenarioChange c;
        c.op = ScenarioChange::Op::Add;
        c.entity = entity;
        c.value = std::move(value);
        out.append(c);
    };

    Asset second;
    second.id = newId;
    // The names are data in both languages, as the sample ward's are, not words of the window.
    second.name.ja = supply->name.ja.isEmpty() ? QString() : supply->name.ja + QStringLiteral("（予備）");
    second.name.en = supply->name.en.isEmpty() ? QString() : supply->name.en + QStringLiteral(" (redundant)");
    second.type = supply->type;
    second.tier = supply->tier;
    second.owner = supply->owner;
    second.classification = supply->classification;
    second.impact = supply->impact;
    add(ScenarioChange::Entity::Asset, JsonCodec::toJson(second));
    for (const Exposure& e : base.exposures) {
        if (e.asset != supply->id)
            continue;
        Exposure copy = e;
        copy.asset = newId;
        add(ScenarioChange::Entity::Exposure, JsonCodec::toJson(copy));
    }

    Dependency first = dependency;
    if (first.group.isEmpty()) {
        ScenarioChange remove;
        remove.op = ScenarioChange::Op::Remove;
        remove.entity = ScenarioChange::Entity::Dependency;
        remove.from = dependency.from;
        remove.to = dependency.to;
        remove.kind = toKey(dependency.kind);
        out.append(remove);
        first.group = dependency.to;
        add(ScenarioChange::Entity::Dependency, JsonCodec::toJson(first));
    }
    Dependency alternative = first;
    alternative.to = newId;
    add(ScenarioChange::Entity::Dependency, JsonCodec::toJson(alternative));
    return out;
}

PlanFunding fundPlan(const Model& base, double budget)
{
    PlanFunding out;
    QList<const PlanAction*> done, candidates;
    for (const PlanAction& p : base.actions)
        (p.status == ActionStatus::Done ? done : candidates).append(&p);
    std::sort(candidates.begin(), candidates.end(), [](const PlanAction* a, const PlanAction* b) {
        if (a->due != b->due)
            return a->due < b->due;
        return compareIds(a->id, b->id) < 0;
    });
    QList<const PlanAction*> completed = done;
    for (const PlanAction* p : std::as_const(candidates)) {
        out.candidatesCost += p->cost.initial;
        if (out.fundedCost + p->cost.initial <= budget) {
            out.fundedCost += p->cost.initial;
            out.funded.append(p->id);
            completed.append(p);
        } else {
            out.unfunded.append(p->id);
        }
    }
    out.changes = implementControls(base, completed);
    return out;
}

QList<ScenarioChange> completeActions(const Model& base, const QStringList& ids)
{
    QList<const PlanAction*> completed;
    for (const PlanAction& p : base.actions) {
        if (p.status == ActionStatus::Done || ids.contains(p.id))
            completed.append(&p);
    }
    return implementControls(base, completed);
}

} // namespace mamori::WhatIf
