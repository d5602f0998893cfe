#include "SheetRecords.h"

#include "SheetValues.h"

namespace mamori::sheets {

namespace {

const QString kSeparator = QStringLiteral(", ");

QString optionalNumber(const std::optional<double>& v)
{
    return v ? numberText(*v) : QString();
}

std::optional<double> toOptionalNumber(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList items(const QString& value)
{
    return value.isEmpty() ? QStringList() : value.split(kSeparator);
}

template <typename E> QString keys(const QList<E>& values)
{
    QStringList out;
    for (E v : values)
        out.append(toKey(v));
    return out.join(kSeparator);
}

/// A control's status_by_unit as "DEP-A=implemented, DEP-B=partial" (the map's order, by unit).
QString unitStatusesText(const QMap<QString, ControlStatus>& statuses)
{
    QStringList out;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        out.append(it.key() + QLatin1Char('=') + toKey(it.value()));
    return out.join(kSeparator);
}

QMap<QString, ControlStatus> unitStatusesFrom(const QString& value)
{
    QMap<QString, ControlStatus> out;
    for (const QString& entry : items(value)) {
        if (const auto status = fromKey<ControlStatus>(entry.section(QLatin1Char('='), 1)))
            out.insert(entry.section(QLatin1Char('='), 0, 0), *status);
    }
    return out;
}

/// An asset's need as "クラスタ=2, 電源=1" (the map's order, by group), as SheetValues reads it.
QString needsText(const QMap<QString, int>& needs)
{
    QStringList out;
    for (auto it = needs.begin(); it != needs.end(); ++it)
        out.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    return out.join(kSeparator);
}

QMap<QString, int> needsFrom(const QString& value)
{
    QMap<QString, int> out;
    for (const QString& entry : items(value))
        out.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1).toInt());
    return out;
}

QString filterText(const AssetFilter& f)
{
    const QString types = keys(f.types), tiers = keys(f.tiers);
    return types.isEmpty() || tiers.isEmpty() ? types + tiers : types + kSeparator + tiers;
}

AssetFilter filterFrom(const QString& value)
{
    AssetFilter f;
    for (const QString& k : items(value)) {
        if (auto t = fromKey<AssetType>(k))
            f.types.append(*t);
        else if (auto t = fromKey<Tier>(k))
            f.tiers.append(*t);
    }
    return f;
}

QString scopeText(const ControlScope& s)
{
    switch (s.mode) {
    case ControlScope::Mode::All:
        return QStringLiteral("all");
    case ControlScope::Mode::Assets:
        return s.assets.join(kSeparator);
    case ControlScope::Mode::Filter:
        break;
    }
    return filterText(s.filter);
}

ControlScope scopeFrom(const QString& value)
{
    ControlScope s;
    if (value.isEmpty() || value == QLatin1StringView("all"))
        return s;
    const AssetFilter f = filterFrom(value);
    if (f.types.size() + f.tiers.size() == items(value).size()) {
        s.mode = ControlScope::Mode::Filter;
        s.filter = f;
    } else {
        s.mode = ControlScope::Mode::Assets;
        s.assets = items(value);
    }
    return s;
}

QString mitigationsText(const QList<Mitigation>& list)
{
    QStringList out;
    for (const Mitigation& m : list) {
        QString t = m.category ? QString::number(*m.category) : m.threat;
        if (m.reduction)
            t += QLatin1Char('=') + numberText(*m.reduction);
        out.append(t);
    }
    return out.join(kSeparator);
}

QList<Mitigation> mitigationsFrom(const QString& value)
{
    QList<Mitigation> out;
    for (const QString& item : items(value)) {
        Mitigation m;
        const QString target = item.section(QLatin1Char('='), 0, 0);
        if (item.contains(QLatin1Char('=')))
            m.reduction = item.section(QLatin1Char('='), 1).toDouble();
        bool isCategory = false;
        const int category = target.toInt(&isCategory);
        if (isCategory)
            m.category = category;
        else
            m.threat = target;
        out.append(m);
    }
    return out;
}

QString risksText(const QList<RiskKey>& risks)
{
    QStringList out;
    for (const RiskKey& r : risks)
        out.append(r.asset + QLatin1Char('/') + r.threat);
    return out.join(kSeparator);
}

QList<RiskKey> risksFrom(const QString& value)
{
    QList<RiskKey> out;
    for (const QString& item : items(value))
        out.append({item.section(QLatin1Char('/'), 0, 0), item.section(QLatin1Char('/'), 1)});
    return out;
}

QString dimensionsText(DimensionSet set)
{
    QStringList out;
    for (Dimension d : kDimensions) {
        if (set.contains(d))
            out.append(toKey(d));
    }
    return out.join(kSeparator);
}

DimensionSet dimensionsFrom(const QString& value)
{
    DimensionSet set;
    for (const QString& k : items(value)) {
        if (auto d = fromKey<Dimension>(k))
            set.insert(*d);
    }
    return set;
}

const char* const kLevelKeys[] = {"c", "i", "a"};
const char* const kImpactKeys[] = {"impact_c", "impact_i", "impact_a"};
const char* const kWeightKeys[] = {"weight_c", "weight_i", "weight_a"};

/// The dimension a per-dimension key names in `keys`, or -1.
int dimensionOf(const QString& key, const char* const (&keys)[3])
{
    for (int d = 0; d < 3; ++d) {
        if (key == QLatin1StringView(keys[d]))
            return d;
    }
    return -1;
}

/// The part of an outage a key names, or null.
double Outage::*outagePart(const QString& key)
{
    if (key == QLatin1StringView("outage_rate"))
        return &Outage::rate;
    if (key == QLatin1StringView("outage_p5"))
        return &Outage::p5Hours;
    if (key == QLatin1StringView("outage_p95"))
        return &Outage::p95Hours;
    return nullptr;
}

} // namespace

Record recordOf(const OrgUnit& u)
{
    return {{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name.ja}, {QStringLiteral("name_en"), u.name.en},
        {QStringLiteral("kind"), toKey(u.kind)}, {QStringLiteral("parent"), u.parent}};
}

void setField(OrgUnit& u, const QString& key, const QString& value)
{
    if (key == QLatin1StringView("id"))
        u.id = value;
    else if (key == QLatin1StringView("name"))
        u.name.ja = value;
    else if (key == QLatin1StringView("name_en"))
        u.name.en = value;
    else if (key == QLatin1StringView("kind"))
        u.kind = fromKey<OrgUnitKind>(value).value_or(u.kind);
    else if (key == QLatin1StringView("parent"))
        u.parent = value;
}

Record recordOf(const Asset& a)
{
    Record r {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name.ja}, {QStringLiteral("name_en"), a.name.en},
        {QStringLiteral("type"), toKey(a.type)}, {QStringLiteral("tier"), toKey(a.tier)},
        {QStringLiteral("owner"), a.owner}, {QStringLiteral("gateway"), yesNo(a.gateway)},
        {QStringLiteral("description"), a.description}};
    for (int d = 0; d < 3; ++d) {
        r.insert(QString::fromLatin1(kLevelKeys[d]), a.classification[d].value_or(QString()));
        r.insert(QString::fromLatin1(kImpactKeys[d]), optionalNumber(a.impact[d]));
    }
    for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
        r.insert(kAttributePrefix + it.key(), it.value());
    const Continuity continuity = a.continuity.value_or(Continuity {});
    r.insert(QStringLiteral("rto_hours"), optionalNumber(continuity.rtoHours));
    r.insert(QStringLiteral("loss_per_hour"), optionalNumber(continuity.lossPerHour));
    r.insert(QStringLiteral("need"), needsText(a.need));
    return r;
}

void setField(Asset& a, const QString& key, const QString& value)
{
    if (key.startsWith(kAttributePrefix)) {
        a.attributes.insert(key.mid(kAttributePrefix.size()), value);
    } else if (const int d = dimensionOf(key, kLevelKeys); d >= 0) {
        a.classification[d] = value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    } else if (const int d = dimensionOf(key, kImpactKeys); d >= 0) {
        a.impact[d] = toOptionalNumber(value);
    } else if (key == QLatin1StringView("id")) {
        a.id = value;
    } else if (key == QLatin1StringView("name")) {
        a.name.ja = value;
    } else if (key == QLatin1StringView("name_en")) {
        a.name.en = value;
    } else if (key == QLatin1StringView("type")) {
        a.type = fromKey<AssetType>(value).value_or(a.type);
    } else if (key == QLatin1StringView("tier")) {
        a.tier = fromKey<Tier>(value).value_or(a.tier);
    } else if (key == QLatin1StringView("owner")) {
        a.owner = value;
    } else if (key == QLatin1StringView("gateway")) {
        a.gateway = value == QLatin1StringView("yes");
    } else if (key == QLatin1StringView("description")) {
        a.description = value;
    } else if (key == QLatin1StringView("rto_hours") || key == QLatin1StringView("loss_per_hour")) {
        // A number makes the asset a service; an empty value clears the number and keeps the service
        // (a sheet cannot say "a service with no numbers yet", the model can).
        const std::optional<double> n = toOptionalNumber(value);
        if (!n && !a.continuity)
            return;
        Continuity& c = a.continuity ? *a.continuity : a.continuity.emplace();
        (key == QLatin1StringView("rto_hours") ? c.rtoHours : c.lossPerHour) = n;
    } else if (key == QLatin1StringView("need")) {
        a.need = needsFrom(value);
    }
}

Record recordOf(const Threat& t)
{
    Record r {{QStringLiteral("id"), t.id}, {QStringLiteral("category"), QString::number(t.category)},
        {QStringLiteral("name"), t.name.ja}, {QStringLiteral("name_en"), t.name.en},
        {QStringLiteral("likelihood"), optionalNumber(t.likelihood)},
        {QStringLiteral("dimensions"), dimensionsText(t.dimensions)},
        {QStringLiteral("applies_to"), filterText(t.appliesTo)}, {QStringLiteral("source"), t.source}};
    const auto part = [&t](double Outage::*member) { return t.outage ? numberText((*t.outage).*member) : QString(); };
    r.insert(QStringLiteral("outage_rate"), part(&Outage::rate));
    r.insert(QStringLiteral("outage_p5"), part(&Outage::p5Hours));
    r.insert(QStringLiteral("outage_p95"), part(&Outage::p95Hours));
    return r;
}

void setField(Threat& t, const QString& key, const QString& value)
{
    if (key == QLatin1StringView("id"))
        t.id = value;
    else if (key == QLatin1StringView("category"))
        t.category = value.toInt();
    else if (key == QLatin1StringView("name"))
        t.name.ja = value;
    else if (key == QLatin1StringView("name_en"))
        t.name.en = value;
    else if (key == QLatin1StringView("likelihood"))
        t.likelihood = toOptionalNumber(value);
    else if (key == QLatin1StringView("dimensions"))
        t.dimensions = dimensionsFrom(value);
    else if (key == QLatin1StringView("applies_to"))
        t.appliesTo = filterFrom(value);
    else if (key == QLatin1StringView("source"))
        t.source = value;
    else if (double Outage::*part = outagePart(key)) {
        // The three come together (fieldsTogether): the first one given makes the outage, the
        // others complete it; an empty one means no outages at all.
        if (value.isEmpty()) {
            t.outage.reset();
            return;
        }
        Outage& o = t.outage ? *t.outage : t.outage.emplace();
        o.*part = value.toDouble();
    }
}

Record recordOf(const Control& k)
{
    return {{QStringLiteral("id"), k.id}, {QStringLiteral("group"), QString::number(k.group)},
        {QStringLiteral("name"), k.name.ja}, {QStringLiteral("name_en"), k.name.en},
        {QStringLiteral("status"), toKey(k.status)}, {QStringLiteral("effectiveness"), optionalNumber(k.effectiveness)},
        {QStringLiteral("effect"), toKey(k.effect)}, {QStringLiteral("mitigates"), mitigationsText(k.mitigates)},
        {QStringLiteral("scope"), scopeText(k.scope)}, {QStringLiteral("requires"), k.requires_.join(kSeparator)},
        {QStringLiteral("cost_initial"), numberText(k.cost.initial)},
        {QStringLiteral("cost_annual"), numberText(k.cost.annual)}, {QStringLiteral("owner"), k.owner},
        {QStringLiteral("source"), k.source}, {QStringLiteral("status_by_unit"), unitStatusesText(k.statusByUnit)}};
}

void setField(Control& k, const QString& key, const QString& value)
{
    if (key == QLatin1StringView("id"))
        k.id = value;
    else if (key == QLatin1StringView("group"))
        k.group = value.toInt();
    else if (key == QLatin1StringView("name"))
        k.name.ja = value;
    else if (key == QLatin1StringView("name_en"))
        k.name.en = value;
    else if (key == QLatin1StringView("status"))
        k.status = fromKey<ControlStatus>(value).value_or(k.status);
    else if (key == QLatin1StringView("status_by_unit"))
        k.statusByUnit = unitStatusesFrom(value);
    else if (key == QLatin1StringView("effectiveness"))
        k.effectiveness = toOptionalNumber(value);
    else if (key == QLatin1StringView("effect"))
        k.effect = fromKey<ControlEffect>(value).value_or(k.effect);
    else if (key == QLatin1StringView("mitigates"))
        k.mitigates = mitigationsFrom(value);
    else if (key == QLatin1StringView("scope"))
        k.scope = scopeFrom(value);
    else if (key == QLatin1StringView("requires"))
        k.requires_ = items(value);
    else if (key == QLatin1StringView("cost_initial"))
        k.cost.initial = value.toDouble();
    else if (key == QLatin1StringView("cost_annual"))
        k.cost.annual = value.toDouble();
    else if (key == QLatin1StringView("owner"))
        k.owner = value;
    else if (key == QLatin1StringView("source"))
        k.source = value;
}

Record recordOf(const Dependency& d)
{
    Record r {{QStringLiteral("from"), d.from}, {QStringLiteral("to"), d.to}, {QStringLiteral("kind"), toKey(d.kind)}};
    for (int i = 0; i < 3; ++i)
        r.insert(QString::fromLatin1(kWeightKeys[i]), optionalNumber(d.weights[i]));
    r.insert(QStringLiteral("group"), d.group);
    return r;
}

void setField(Dependency& d, const QString& key, const QString& value)
{
    if (const int i = dimensionOf(key, kWeightKeys); i >= 0)
        d.weights[i] = toOptionalNumber(value);
    else if (key == QLatin1StringView("from"))
        d.from = value;
    else if (key == QLatin1StringView("to"))
        d.to = value;
    else if (key == QLatin1StringView("kind"))
        d.kind = fromKey<DependencyKind>(value).value_or(d.kind);
    else if (key == QLatin1StringView("group"))
        d.group = value;
}

Record recordOf(const Exposure& e)
{
    return {{QStringLiteral("asset"), e.asset}, {QStringLiteral("threat"), e.threat},
        {QStringLiteral("likelihood"), optionalNumber(e.likelihood)}, {QStringLiteral("excluded"), yesNo(e.excluded)},
        {QStringLiteral("note"), e.note}};
}

void setField(Exposure& e, const QString& key, const QString& value)
{
    if (key == QLatin1StringView("asset"))
        e.asset = value;
    else if (key == QLatin1StringView("threat"))
        e.threat = value;
    else if (key == QLatin1StringView("likelihood"))
        e.likelihood = toOptionalNumber(value);
    else if (key == QLatin1StringView("excluded"))
        e.excluded = value == QLatin1StringView("yes");
    else if (key == QLatin1StringView("note"))
        e.note = value;
}

Record recordOf(const PlanAction& p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title.ja},
        {QStringLiteral("title_en"), p.title.en}, {QStringLiteral("controls"), p.controls.join(kSeparator)},
        {QStringLiteral("risks"), risksText(p.risks)}, {QStringLiteral("owner"), p.owner},
        {QStringLiteral("assignee"), p.assignee}, {QStringLiteral("start"), date(p.start)},
        {QStringLiteral("due"), date(p.due)}, {QStringLiteral("status"), toKey(p.status)},
        {QStringLiteral("progress"), p.progress ? QString::number(*p.progress) : QString()},
        {QStringLiteral("cost_initial"), numberText(p.cost.initial)},
        {QStringLiteral("cost_annual"), numberText(p.cost.annual)}};
}

void setField(PlanAction& p, const QString& key, const QString& value)
{
    if (key == QLatin1StringView("id"))
        p.id = value;
    else if (key == QLatin1StringView("title"))
        p.title.ja = value;
    else if (key == QLatin1StringView("title_en"))
        p.title.en = value;
    else if (key == QLatin1StringView("controls"))
        p.controls = items(value);
    else if (key == QLatin1StringView("risks"))
        p.risks = risksFrom(value);
    else if (key == QLatin1StringView("owner"))
        p.owner = value;
    else if (key == QLatin1StringView("assignee"))
        p.assignee = value;
    else if (key == QLatin1StringView("start"))
        p.start = QDate::fromString(value, Qt::ISODate);
    else if (key == QLatin1StringView("due"))
        p.due = QDate::fromString(value, Qt::ISODate);
    else if (key == QLatin1StringView("status"))
        p.status = fromKey<ActionStatus>(value).value_or(p.status);
    else if (key == QLatin1StringView("progress"))
        p.progress = value.isEmpty() ? std::nullopt : std::optional<int>(qRound(value.toDouble()));
    else if (key == QLatin1StringView("cost_initial"))
        p.cost.initial = value.toDouble();
    else if (key == QLatin1StringView("cost_annual"))
        p.cost.annual = value.toDouble();
}

QString itemKey(const Dependency& d)
{
    return QStringLiteral("%1 → %2 %3").arg(d.from, d.to, toKey(d.kind));
}
QString itemKey(const Exposure& e)
{
    return e.asset + QStringLiteral(" / ") + e.threat;
}

} // namespace mamori::sheets
