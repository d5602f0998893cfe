#include "scenarios/ScenarioChangeText.h"

#include "EnumNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

namespace {

QString compact(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return ScenarioChangeText::tr("(cleared)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// A vocabulary key in the words of the window ("implemented" reads 実施済み), else nothing.
template <typename E> std::optional<QString> vocabulary(const QJsonValue& v)
{
    if (const auto e = fromKey<E>(v.toString()))
        return EnumNames::name(*e);
    return std::nullopt;
}

/// The value of a `set`: enum fields by their translated name, everything else as the file writes it.
QString setValue(ScenarioChange::Entity entity, const QString& field, const QJsonValue& v)
{
    using E = ScenarioChange::Entity;
    std::optional<QString> name;
    if (entity == E::Control && field == QLatin1StringView("status"))
        name = vocabulary<ControlStatus>(v);
    else if (entity == E::Control && field == QLatin1StringView("effect"))
        name = vocabulary<ControlEffect>(v);
    else if (entity == E::Asset && field == QLatin1StringView("type"))
        name = vocabulary<AssetType>(v);
    else if (entity == E::Asset && field == QLatin1StringView("tier"))
        name = vocabulary<Tier>(v);
    else if (entity == E::Response && field == QLatin1StringView("response"))
        name = vocabulary<ResponseKind>(v);
    return name.value_or(compact(v));
}

QString entityText(ScenarioChange::Entity e)
{
    using E = ScenarioChange::Entity;
    switch (e) {
    case E::Asset:
        return ScenarioChangeText::tr("Asset");
    case E::Threat:
        return ScenarioChangeText::tr("Threat");
    case E::Control:
        return ScenarioChangeText::tr("Control");
    case E::Setting:
        return ScenarioChangeText::tr("Setting");
    case E::Dependency:
        return ScenarioChangeText::tr("Dependency");
    case E::Exposure:
        return ScenarioChangeText::tr("Exposure");
    case E::Response:
        return ScenarioChangeText::tr("Response");
    }
    return {};
}

} // namespace

ScenarioChangeText ScenarioChangeText::of(const ScenarioChange& c, const Model& m)
{
    using E = ScenarioChange::Entity;
    ScenarioChangeText out;
    switch (c.op) {
    case ScenarioChange::Op::Set:
        out.op = tr("Set");
        break;
    case ScenarioChange::Op::Add:
        out.op = tr("Add");
        break;
    case ScenarioChange::Op::Remove:
        out.op = tr("Remove");
        break;
    }
    const QJsonObject value = c.value.toObject();
    QString what;
    switch (c.entity) {
    case E::Asset:
        what = idAndName(m.assets, c.id.isEmpty() ? value.value(QStringLiteral("id")).toString() : c.id);
        break;
    case E::Threat:
        what = idAndName(m.threats, c.id.isEmpty() ? value.value(QStringLiteral("id")).toString() : c.id);
        break;
    case E::Control:
        what = idAndName(m.controls, c.id.isEmpty() ? value.value(QStringLiteral("id")).toString() : c.id);
        break;
    case E::Setting:
        break;
    case E::Dependency: {
        const QString from = c.op == ScenarioChange::Op::Add ? value.value(QStringLiteral("from")).toString() : c.from;
        const QString to = c.op == ScenarioChange::Op::Add ? value.value(QStringLiteral("to")).toString() : c.to;
        const QString kind = c.op == ScenarioChange::Op::Add ? value.value(QStringLiteral("kind")).toString() : c.kind;
        what = QStringLiteral("%1 → %2 (%3)").arg(from, to, kind);
        break;
    }
    case E::Exposure:
    case E::Response: {
        const bool add = c.op == ScenarioChange::Op::Add;
        what = QStringLiteral("%1 × %2").arg(add ? value.value(QStringLiteral("asset")).toString() : c.asset,
            add ? value.value(QStringLiteral("threat")).toString() : c.threat);
        break;
    }
    }
    out.item = what.isEmpty() ? entityText(c.entity) : entityText(c.entity) + QLatin1Char(' ') + what;
    out.field = c.field;
    if (c.op == ScenarioChange::Op::Set) {
        out.value = setValue(c.entity, c.field, c.value);
    } else if (c.op == ScenarioChange::Op::Add) {
        QJsonObject rest = value;
        for (const char* key : {"id", "from", "to", "kind", "asset", "threat"})
            rest.remove(QString::fromLatin1(key));
        out.value = compact(rest);
    }
    return out;
}

} // namespace mamori
