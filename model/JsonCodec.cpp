#include "JsonCodec.h"

#include "JsonFieldReader.h"

namespace mamori::JsonCodec {

namespace {

/// The item readers: each takes one JSON value and returns the item, or nothing when the value is
/// not even an object; field errors are collected on the way, so one bad field does not hide the next.
class ItemReader : public JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonReader)

public:
    using JsonFieldReader::JsonFieldReader;

    std::optional<OrgUnit> orgUnit(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        OrgUnit u;
        u.id = string(o, "id", at, true);
        u.name = text(o, "name", at, true);
        u.kind = enumField<OrgUnitKind>(o, "kind", at, OrgUnitKind::Other);
        u.parent = string(o, "parent", at, false);
        return u;
    }

    std::optional<Asset> asset(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Asset a;
        a.id = string(o, "id", at, true);
        a.name = text(o, "name", at, true);
        a.type = requiredEnum<AssetType>(o, "type", at, AssetType::System);
        a.tier = enumField<Tier>(o, "tier", at, Tier::None);
        a.owner = string(o, "owner", at, false);
        a.classification = perDimension<QString>(
            o, "classification", at, [this](const QJsonValue& x, const JsonPointer& p) { return level(x, p); });
        a.impact = numbersPerDimension(o, "impact", at);
        a.gateway = boolean(o, "gateway", at);
        a.description = string(o, "description", at, false);
        a.attributes = stringMap(o, "attributes", at);
        const QJsonValue continuity = o.value(QLatin1StringView("continuity"));
        if (!continuity.isUndefined() && !continuity.isNull() && expectObject(continuity, at / "continuity"))
            a.continuity = continuityRecord(continuity.toObject(), at / "continuity");
        a.need = needs(o, at);
        return a;
    }

    /// An asset's `continuity` (RISK-MODEL.md 10): both numbers optional; an empty object is a service
    /// with no target and no cost yet, kept as such.
    Continuity continuityRecord(const QJsonObject& o, const JsonPointer& at)
    {
        return {number(o, "rto_hours", at), number(o, "loss_per_hour", at)};
    }

    /// An asset's `need`: dependency group → how many of its targets must be up, whole numbers.
    QMap<QString, int> needs(const QJsonObject& o, const JsonPointer& at)
    {
        QMap<QString, int> out;
        const QJsonValue v = o.value(QLatin1StringView("need"));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject()) {
            error(at / "need", tr("expected an object of dependency group → number of targets needed"));
            return out;
        }
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const JsonPointer p = at / "need" / it.key();
            if (it.value().isNull()) {
                error(p, tr("expected a whole number"));
                continue;
            }
            if (const auto n = integer(it.value(), p))
                out.insert(it.key(), *n);
        }
        return out;
    }

    /// A threat's `outage`: {"rate": events per year, "hours": [P5, P95]}, both required.
    std::optional<Outage> outage(const QJsonObject& o, const JsonPointer& at)
    {
        Outage out;
        bool ok = true;
        if (!o.contains(QLatin1StringView("rate"))) {
            error(at / "rate", tr("is missing; expected the events per year"));
            ok = false;
        } else if (const auto rate = number(o, "rate", at)) {
            out.rate = *rate;
        } else {
            if (o.value(QLatin1StringView("rate")).isNull())
                error(at / "rate", tr("expected a number"));
            ok = false;
        }
        const QJsonValue hours = o.value(QLatin1StringView("hours"));
        const QJsonArray pair = hours.toArray();
        if (hours.isUndefined()) {
            error(at / "hours", tr("is missing; expected [P5, P95], the hours one event lasts"));
            ok = false;
        } else if (!hours.isArray() || pair.size() != 2) {
            error(at / "hours", tr("expected a pair [P5, P95] of hours"));
            ok = false;
        } else {
            const auto p5 = number(pair[0], at / "hours" / 0);
            const auto p95 = number(pair[1], at / "hours" / 1);
            for (int k = 0; k < 2; ++k) {
                if (pair[k].isNull())
                    error(at / "hours" / k, tr("expected a number"));
            }
            ok = ok && p5 && p95;
            out.p5Hours = p5.value_or(out.p5Hours);
            out.p95Hours = p95.value_or(out.p95Hours);
        }
        return ok ? std::optional<Outage>(out) : std::nullopt;
    }

    std::optional<Dependency> dependency(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Dependency d;
        d.from = string(o, "from", at, true);
        d.to = string(o, "to", at, true);
        d.kind = requiredEnum<DependencyKind>(o, "kind", at, DependencyKind::Other);
        d.weights = numbersPerDimension(o, "weights", at);
        // An empty group would read as no group and be written back as none: refused, so that what is
        // read is what is written.
        d.group = string(o, "group", at, false);
        if (d.group.isEmpty() && o.value(QLatin1StringView("group")).isString())
            error(at / "group", tr("must not be empty; leave it out for a dependency needed on its own"));
        return d;
    }

    std::optional<Threat> threat(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Threat t;
        t.id = string(o, "id", at, true);
        if (!o.contains(QLatin1StringView("category")))
            error(at / "category", tr("is missing; expected 1 to 5"));
        t.category = integer(o.value(QLatin1StringView("category")), at / "category").value_or(t.category);
        t.name = text(o, "name", at, true);
        t.likelihood = number(o, "likelihood", at);
        const QJsonArray dims = array(o, "dimensions", at);
        if (!o.contains(QLatin1StringView("dimensions")))
            error(at / "dimensions", tr("is missing; expected a non-empty list of C, I, A"));
        for (qsizetype i = 0; i < dims.size(); ++i) {
            if (auto d = enumValue<Dimension>(dims[i], at / "dimensions" / i))
                t.dimensions.insert(*d);
        }
        const QJsonValue applies = o.value(QLatin1StringView("applies_to"));
        if (!applies.isUndefined() && !applies.isNull() && expectObject(applies, at / "applies_to"))
            t.appliesTo = filter(applies.toObject(), at / "applies_to");
        t.source = string(o, "source", at, false);
        const QJsonValue outageValue = o.value(QLatin1StringView("outage"));
        if (!outageValue.isUndefined() && !outageValue.isNull() && expectObject(outageValue, at / "outage"))
            t.outage = outage(outageValue.toObject(), at / "outage");
        return t;
    }

    std::optional<Exposure> exposure(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Exposure e;
        e.asset = string(o, "asset", at, true);
        e.threat = string(o, "threat", at, true);
        e.likelihood = number(o, "likelihood", at);
        e.excluded = boolean(o, "excluded", at);
        e.note = string(o, "note", at, false);
        return e;
    }

    std::optional<Mitigation> mitigation(const QJsonValue& v, const JsonPointer& at)
    {
        if (v.isString())
            return Mitigation {v.toString(), std::nullopt, std::nullopt};
        if (!v.isObject()) {
            error(at, tr("expected a threat id or an object {\"threat\" or \"category\", \"reduction\"}"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Mitigation m;
        const bool hasThreat = o.contains(QLatin1StringView("threat"));
        const bool hasCategory = o.contains(QLatin1StringView("category"));
        if (hasThreat == hasCategory) {
            error(at, tr("names exactly one of \"threat\" or \"category\""));
            return std::nullopt;
        }
        if (hasThreat)
            m.threat = string(o, "threat", at, true);
        else
            m.category = integer(o.value(QLatin1StringView("category")), at / "category");
        m.reduction = number(o, "reduction", at);
        return m;
    }

    std::optional<Control> control(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Control k;
        k.id = string(o, "id", at, true);
        if (!o.contains(QLatin1StringView("group")))
            error(at / "group", tr("is missing; expected 1 to 9"));
        k.group = integer(o.value(QLatin1StringView("group")), at / "group").value_or(k.group);
        k.name = text(o, "name", at, true);
        k.status = enumField<ControlStatus>(o, "status", at, ControlStatus::None);
        k.effectiveness = number(o, "effectiveness", at);
        k.effect = enumField<ControlEffect>(o, "effect", at, ControlEffect::Likelihood);
        const QJsonArray mit = array(o, "mitigates", at);
        for (qsizetype i = 0; i < mit.size(); ++i) {
            if (auto m = mitigation(mit[i], at / "mitigates" / i))
                k.mitigates.append(*m);
        }
        const QJsonValue scope = o.value(QLatin1StringView("scope"));
        if (!scope.isUndefined() && !scope.isNull() && expectObject(scope, at / "scope")) {
            const QJsonObject so = scope.toObject();
            if (so.contains(QLatin1StringView("assets"))) {
                k.scope.mode = ControlScope::Mode::Assets;
                k.scope.assets = stringList(so, "assets", at / "scope");
            } else {
                k.scope.mode = ControlScope::Mode::Filter;
                k.scope.filter = filter(so, at / "scope");
            }
        }
        k.requires_ = stringList(o, "requires", at);
        k.cost = cost(o, at);
        k.owner = string(o, "owner", at, false);
        k.source = string(o, "source", at, false);
        // RISK-MODEL.md 3.4: unit id → status; whether each unit exists is validation's business.
        k.statusByUnit = statusByUnitFromJson(
            o.value(QLatin1StringView("status_by_unit")), at / "status_by_unit", file(), errors())
                             .value_or(QMap<QString, ControlStatus>());
        return k;
    }

    std::optional<Response> response(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Response r;
        r.asset = string(o, "asset", at, true);
        r.threat = string(o, "threat", at, true);
        r.response = requiredEnum<ResponseKind>(o, "response", at, ResponseKind::Mitigate);
        r.rationale = string(o, "rationale", at, false);
        r.decidedBy = string(o, "decided_by", at, false);
        r.decidedOn = date(o, "decided_on", at, false);
        return r;
    }

    std::optional<PlanAction> action(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        PlanAction p;
        p.id = string(o, "id", at, true);
        p.title = text(o, "title", at, true);
        p.controls = stringList(o, "controls", at);
        const QJsonArray risks = array(o, "risks", at);
        for (qsizetype i = 0; i < risks.size(); ++i) {
            if (!expectObject(risks[i], at / "risks" / i))
                continue;
            const QJsonObject r = risks[i].toObject();
            p.risks.append({string(r, "asset", at / "risks" / i, true), string(r, "threat", at / "risks" / i, true)});
        }
        p.owner = string(o, "owner", at, false);
        p.assignee = string(o, "assignee", at, false);
        p.start = date(o, "start", at, true);
        p.due = date(o, "due", at, true);
        p.status = enumField<ActionStatus>(o, "status", at, ActionStatus::NotStarted);
        p.progress = integer(o.value(QLatin1StringView("progress")), at / "progress");
        p.cost = cost(o, at);
        return p;
    }

    std::optional<ScenarioChange> change(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        ScenarioChange c;
        using Op = ScenarioChange::Op;
        using Entity = ScenarioChange::Entity;
        const QString op = string(o, "op", at, true);
        const QString entity = string(o, "entity", at, true);
        static const std::pair<const char*, Op> ops[] = {{"set", Op::Set}, {"add", Op::Add}, {"remove", Op::Remove}};
        static const std::pair<const char*, Entity> entities[] = {{"asset", Entity::Asset}, {"threat", Entity::Threat},
            {"control", Entity::Control}, {"setting", Entity::Setting}, {"dependency", Entity::Dependency},
            {"exposure", Entity::Exposure}, {"response", Entity::Response}};
        bool opOk = false, entityOk = false;
        for (const auto& [key, value] : ops) {
            if (op == QLatin1StringView(key)) {
                c.op = value;
                opOk = true;
            }
        }
        for (const auto& [key, value] : entities) {
            if (entity == QLatin1StringView(key)) {
                c.entity = value;
                entityOk = true;
            }
        }
        if (!op.isEmpty() && !opOk)
            error(at / "op", tr("\"%1\" is not one of: set, add, remove").arg(op));
        if (!entity.isEmpty() && !entityOk)
            error(at / "entity",
                tr("\"%1\" is not one of: asset, threat, control, setting, dependency, exposure, "
                   "response")
                    .arg(entity));
        if (!opOk || !entityOk)
            return std::nullopt;

        const bool named = c.entity == Entity::Asset || c.entity == Entity::Threat || c.entity == Entity::Control;
        switch (c.op) {
        case Op::Set:
            if (!named && c.entity != Entity::Setting) {
                error(at / "entity", tr("only an asset, a threat, a control or a setting can be set"));
                return std::nullopt;
            }
            if (named)
                c.id = string(o, "id", at, true);
            c.field = string(o, "field", at, true);
            if (!o.contains(QLatin1StringView("value")))
                error(at / "value", tr("is missing"));
            c.value = o.value(QLatin1StringView("value"));
            break;
        case Op::Add:
            if (c.entity == Entity::Setting) {
                error(at / "entity", tr("a setting is changed with \"set\", not added"));
                return std::nullopt;
            }
            if (!o.value(QLatin1StringView("value")).isObject())
                error(at / "value", tr("expected the whole entity as an object"));
            c.value = o.value(QLatin1StringView("value"));
            break;
        case Op::Remove:
            if (named) {
                c.id = string(o, "id", at, true);
            } else if (c.entity == Entity::Dependency) {
                c.from = string(o, "from", at, true);
                c.to = string(o, "to", at, true);
                c.kind = string(o, "kind", at, true);
            } else if (c.entity == Entity::Exposure || c.entity == Entity::Response) {
                c.asset = string(o, "asset", at, true);
                c.threat = string(o, "threat", at, true);
            } else {
                error(at / "entity", tr("a setting cannot be removed"));
                return std::nullopt;
            }
            break;
        }
        return c;
    }

    std::optional<Scenario> scenario(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Scenario s;
        s.id = string(o, "id", at, true);
        s.name = text(o, "name", at, false);
        s.description = string(o, "description", at, false);
        s.base = string(o, "base", at, false);
        const QJsonArray changes = array(o, "changes", at);
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (auto c = change(changes[i], at / "changes" / i))
                s.changes.append(*c);
        }
        return s;
    }

    std::optional<Settings> settings(const QJsonValue& v, const JsonPointer& at)
    {
        Settings s;
        if (v.isUndefined() || v.isNull())
            return s;
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        const QJsonValue table = o.value(QLatin1StringView("impact_table"));
        if (!table.isUndefined() && !table.isNull() && expectObject(table, at / "impact_table")) {
            const QJsonObject t = table.toObject();
            for (auto it = t.begin(); it != t.end(); ++it) {
                const auto d = fromKey<Dimension>(it.key());
                const JsonPointer p = at / "impact_table" / it.key();
                if (!d) {
                    error(p, tr("\"%1\" is not a dimension; expected C, I or A").arg(it.key()));
                    continue;
                }
                if (!expectObject(it.value(), p))
                    continue;
                QList<ImpactLevel> levels;
                const QJsonObject lv = it.value().toObject();
                for (auto l = lv.begin(); l != lv.end(); ++l) {
                    if (auto n = number(l.value(), p / l.key()))
                        levels.append({l.key(), *n});
                }
                s.impactTable[dimIndex(*d)] = levels;
            }
        }
        if (o.contains(QLatin1StringView("bands"))) {
            s.bands.clear();
            const QJsonArray bands = array(o, "bands", at);
            for (qsizetype i = 0; i < bands.size(); ++i) {
                const JsonPointer p = at / "bands" / i;
                const QJsonArray b = bands[i].toArray();
                if (!bands[i].isArray() || b.size() != 2 || !b[1].isString()) {
                    error(p, tr("expected a pair [bound, label]"));
                    continue;
                }
                if (auto bound = number(b[0], p / 0))
                    s.bands.append({*bound, b[1].toString()});
            }
        }
        if (o.contains(QLatin1StringView("appetite")))
            s.appetite = number(o, "appetite", at).value_or(s.appetite);
        return s;
    }
};

template <typename T, typename Convert> QJsonObject perDimensionToJson(const PerDimension<T>& values, Convert convert)
{
    QJsonObject o;
    for (Dimension d : kDimensions) {
        if (const auto& v = values[dimIndex(d)])
            o.insert(toKey(d), convert(*v));
    }
    return o;
}

QJsonObject filterToJson(const AssetFilter& f)
{
    QJsonObject o;
    QJsonArray types, tiers;
    for (AssetType t : f.types)
        types.append(toKey(t));
    for (Tier t : f.tiers)
        tiers.append(toKey(t));
    o.insert(QStringLiteral("types"), types);
    o.insert(QStringLiteral("tiers"), tiers);
    return o;
}

QJsonObject costToJson(const Cost& c)
{
    return {{QStringLiteral("initial"), c.initial}, {QStringLiteral("annual"), c.annual}};
}

QJsonObject attributesToJson(const QMap<QString, QString>& attributes)
{
    QJsonObject o;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject toJson(const OrgUnit& u)
{
    QJsonObject o {{QStringLiteral("id"), u.id}, {QStringLiteral("name"), toJson(u.name)},
        {QStringLiteral("kind"), toKey(u.kind)}};
    insertIfNotEmpty(o, "parent", u.parent);
    return o;
}

QJsonObject toJson(const PlanAction& p)
{
    QJsonObject o {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), toJson(p.title)},
        {QStringLiteral("controls"), QJsonArray::fromStringList(p.controls)},
        {QStringLiteral("start"), p.start.toString(Qt::ISODate)}, {QStringLiteral("due"), p.due.toString(Qt::ISODate)},
        {QStringLiteral("status"), toKey(p.status)}, {QStringLiteral("cost"), costToJson(p.cost)}};
    if (!p.risks.isEmpty()) {
        QJsonArray risks;
        for (const RiskKey& r : p.risks)
            risks.append(QJsonObject {{QStringLiteral("asset"), r.asset}, {QStringLiteral("threat"), r.threat}});
        o.insert(QStringLiteral("risks"), risks);
    }
    insertIfNotEmpty(o, "owner", p.owner);
    insertIfNotEmpty(o, "assignee", p.assignee);
    if (p.progress)
        o.insert(QStringLiteral("progress"), *p.progress);
    return o;
}

QJsonObject toJson(const Scenario& s)
{
    QJsonObject o {{QStringLiteral("id"), s.id},
        {QStringLiteral("base"), s.base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.base)},
        {QStringLiteral("changes"), arrayToJson(s.changes)}};
    if (!s.name.isEmpty())
        o.insert(QStringLiteral("name"), toJson(s.name));
    insertIfNotEmpty(o, "description", s.description);
    return o;
}

QJsonValue toJson(const LocalizedText& text)
{
    if (text.en.isEmpty())
        return text.ja;
    QJsonObject o;
    insertIfNotEmpty(o, "ja", text.ja);
    o.insert(QStringLiteral("en"), text.en);
    return o;
}

QJsonObject toJson(const Asset& a)
{
    QJsonObject o {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), toJson(a.name)},
        {QStringLiteral("type"), toKey(a.type)}, {QStringLiteral("tier"), toKey(a.tier)},
        {QStringLiteral("gateway"), a.gateway}};
    insertIfNotEmpty(o, "owner", a.owner);
    const QJsonObject cls = perDimensionToJson(a.classification, [](const QString& s) { return QJsonValue(s); });
    if (!cls.isEmpty())
        o.insert(QStringLiteral("classification"), cls);
    const QJsonObject imp = perDimensionToJson(a.impact, [](double v) { return QJsonValue(v); });
    if (!imp.isEmpty())
        o.insert(QStringLiteral("impact"), imp);
    insertIfNotEmpty(o, "description", a.description);
    if (!a.attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), attributesToJson(a.attributes));
    if (a.continuity) {
        QJsonObject c;
        if (a.continuity->rtoHours)
            c.insert(QStringLiteral("rto_hours"), *a.continuity->rtoHours);
        if (a.continuity->lossPerHour)
            c.insert(QStringLiteral("loss_per_hour"), *a.continuity->lossPerHour);
        o.insert(QStringLiteral("continuity"), c);
    }
    if (!a.need.isEmpty()) {
        QJsonObject n;
        for (auto it = a.need.cbegin(); it != a.need.cend(); ++it)
            n.insert(it.key(), it.value());
        o.insert(QStringLiteral("need"), n);
    }
    return o;
}

QJsonObject toJson(const Dependency& d)
{
    QJsonObject o {
        {QStringLiteral("from"), d.from}, {QStringLiteral("to"), d.to}, {QStringLiteral("kind"), toKey(d.kind)}};
    const QJsonObject w = perDimensionToJson(d.weights, [](double v) { return QJsonValue(v); });
    if (!w.isEmpty())
        o.insert(QStringLiteral("weights"), w);
    insertIfNotEmpty(o, "group", d.group);
    return o;
}

QJsonObject toJson(const Threat& t)
{
    QJsonArray dims;
    for (Dimension d : kDimensions) {
        if (t.dimensions.contains(d))
            dims.append(toKey(d));
    }
    QJsonObject o {{QStringLiteral("id"), t.id}, {QStringLiteral("category"), t.category},
        {QStringLiteral("name"), toJson(t.name)}, {QStringLiteral("dimensions"), dims},
        {QStringLiteral("applies_to"), filterToJson(t.appliesTo)}};
    if (t.likelihood)
        o.insert(QStringLiteral("likelihood"), *t.likelihood);
    insertIfNotEmpty(o, "source", t.source);
    if (t.outage)
        o.insert(QStringLiteral("outage"),
            QJsonObject {{QStringLiteral("rate"), t.outage->rate},
                {QStringLiteral("hours"), QJsonArray {t.outage->p5Hours, t.outage->p95Hours}}});
    return o;
}

QJsonObject toJson(const Exposure& e)
{
    QJsonObject o {{QStringLiteral("asset"), e.asset}, {QStringLiteral("threat"), e.threat}};
    if (e.likelihood)
        o.insert(QStringLiteral("likelihood"), *e.likelihood);
    if (e.excluded)
        o.insert(QStringLiteral("excluded"), true);
    insertIfNotEmpty(o, "note", e.note);
    return o;
}

QJsonObject toJson(const Control& k)
{
    QJsonArray mit;
    for (const Mitigation& m : k.mitigates) {
        QJsonObject e;
        if (m.category)
            e.insert(QStringLiteral("category"), *m.category);
        else
            e.insert(QStringLiteral("threat"), m.threat);
        if (m.reduction)
            e.insert(QStringLiteral("reduction"), *m.reduction);
        mit.append(e);
    }
    QJsonObject o {{QStringLiteral("id"), k.id}, {QStringLiteral("group"), k.group},
        {QStringLiteral("name"), toJson(k.name)}, {QStringLiteral("status"), toKey(k.status)},
        {QStringLiteral("effect"), toKey(k.effect)}, {QStringLiteral("mitigates"), mit},
        {QStringLiteral("requires"), QJsonArray::fromStringList(k.requires_)},
        {QStringLiteral("cost"), costToJson(k.cost)}};
    if (k.effectiveness)
        o.insert(QStringLiteral("effectiveness"), *k.effectiveness);
    switch (k.scope.mode) {
    case ControlScope::Mode::All:
        break;
    case ControlScope::Mode::Assets:
        o.insert(QStringLiteral("scope"),
            QJsonObject {{QStringLiteral("assets"), QJsonArray::fromStringList(k.scope.assets)}});
        break;
    case ControlScope::Mode::Filter:
        o.insert(QStringLiteral("scope"), filterToJson(k.scope.filter));
        break;
    }
    insertIfNotEmpty(o, "owner", k.owner);
    insertIfNotEmpty(o, "source", k.source);
    if (!k.statusByUnit.isEmpty())
        o.insert(QStringLiteral("status_by_unit"), statusByUnitToJson(k.statusByUnit));
    return o;
}

QJsonObject toJson(const Response& r)
{
    QJsonObject o {{QStringLiteral("asset"), r.asset}, {QStringLiteral("threat"), r.threat},
        {QStringLiteral("response"), toKey(r.response)}};
    insertIfNotEmpty(o, "rationale", r.rationale);
    insertIfNotEmpty(o, "decided_by", r.decidedBy);
    if (r.decidedOn.isValid())
        o.insert(QStringLiteral("decided_on"), r.decidedOn.toString(Qt::ISODate));
    return o;
}

QJsonObject toJson(const ScenarioChange& c)
{
    static const char* const ops[] = {"set", "add", "remove"};
    static const char* const entities[]
        = {"asset", "threat", "control", "setting", "dependency", "exposure", "response"};
    QJsonObject o {{QStringLiteral("op"), QString::fromLatin1(ops[int(c.op)])},
        {QStringLiteral("entity"), QString::fromLatin1(entities[int(c.entity)])}};
    insertIfNotEmpty(o, "id", c.id);
    insertIfNotEmpty(o, "field", c.field);
    insertIfNotEmpty(o, "from", c.from);
    insertIfNotEmpty(o, "to", c.to);
    insertIfNotEmpty(o, "kind", c.kind);
    insertIfNotEmpty(o, "asset", c.asset);
    insertIfNotEmpty(o, "threat", c.threat);
    if (c.op != ScenarioChange::Op::Remove)
        o.insert(QStringLiteral("value"), c.value);
    return o;
}

QJsonObject settingsToJson(const Settings& s)
{
    QJsonObject table;
    for (Dimension d : kDimensions) {
        QJsonObject levels;
        for (const ImpactLevel& l : s.impactTable[dimIndex(d)])
            levels.insert(l.level, l.impact);
        table.insert(toKey(d), levels);
    }
    QJsonArray bands;
    for (const Band& b : s.bands)
        bands.append(QJsonArray {b.bound, b.label});
    return {{QStringLiteral("impact_table"), table}, {QStringLiteral("bands"), bands},
        {QStringLiteral("appetite"), s.appetite}};
}

#define MAMORI_ITEM_READER(Type, fn, member)                                                                           \
    std::optional<Type> fn(const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors)       \
    {                                                                                                                  \
        ItemReader reader(file, errors);                                                                               \
        return reader.member(v, at);                                                                                   \
    }
MAMORI_ITEM_READER(OrgUnit, orgUnitFromJson, orgUnit)
MAMORI_ITEM_READER(Asset, assetFromJson, asset)
MAMORI_ITEM_READER(Threat, threatFromJson, threat)
MAMORI_ITEM_READER(Control, controlFromJson, control)
MAMORI_ITEM_READER(Dependency, dependencyFromJson, dependency)
MAMORI_ITEM_READER(Exposure, exposureFromJson, exposure)
MAMORI_ITEM_READER(Response, responseFromJson, response)
MAMORI_ITEM_READER(PlanAction, actionFromJson, action)
MAMORI_ITEM_READER(Settings, settingsFromJson, settings)
MAMORI_ITEM_READER(ScenarioChange, changeFromJson, change)
MAMORI_ITEM_READER(Scenario, scenarioFromJson, scenario)
#undef MAMORI_ITEM_READER

} // namespace mamori::JsonCodec
