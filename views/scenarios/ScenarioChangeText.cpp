#include "scenarios/ScenarioChangeText.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mamori {

namespace {

/// A field of the model file in the window's words ("likelihood" reads 発生可能性); an unknown
/// field as the file writes it, so nothing is hidden.
QString fieldName(const QString& key)
{
    using T = ScenarioChangeText;
    static const QHash<QString, const char*> names {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "name")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "type")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "tier")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "owner")},
        {QStringLiteral("classification"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "classification")},
        {QStringLiteral("impact"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "impact")},
        {QStringLiteral("gateway"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "gateway")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "description")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "category")},
        {QStringLiteral("likelihood"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "likelihood")},
        {QStringLiteral("dimensions"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "dimensions")},
        {QStringLiteral("applies_to"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "applies to")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "source")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "group")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "status")},
        {QStringLiteral("effectiveness"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "effectiveness")},
        {QStringLiteral("effect"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "effect")},
        {QStringLiteral("mitigates"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "mitigates")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "scope")},
        {QStringLiteral("requires"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "requires")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "cost")},
        {QStringLiteral("initial"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "initial cost")},
        {QStringLiteral("annual"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "annual cost")},
        {QStringLiteral("impact_table"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "impact table")},
        {QStringLiteral("bands"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "level bands")},
        {QStringLiteral("appetite"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "risk appetite")},
        {QStringLiteral("excluded"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "excluded")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "note")},
        {QStringLiteral("response"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "response")},
        {QStringLiteral("rationale"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "rationale")},
        {QStringLiteral("decided_by"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "decided by")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "decided on")},
        {QStringLiteral("reduction"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "reduction")},
        {QStringLiteral("threat"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "threat")},
        {QStringLiteral("types"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "asset types")},
        {QStringLiteral("tiers"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "tiers")},
        {QStringLiteral("assets"), QT_TRANSLATE_NOOP("mamori::ScenarioChangeText", "assets")},
    };
    if (const auto d = fromKey<Dimension>(key))
        return EnumNames::name(*d);
    const auto it = names.constFind(key);
    return it == names.cend() ? key : T::tr(it.value());
}

/// A vocabulary key in the words of the window ("implemented" reads 実施済み), else nothing.
template <typename E> std::optional<QString> vocabulary(const QJsonValue& v)
{
    if (const auto e = fromKey<E>(v.toString()))
        return EnumNames::name(*e);
    return std::nullopt;
}

/// A vocabulary field's value in the window's words; nothing when the field has no vocabulary.
std::optional<QString> vocabularyValue(ScenarioChange::Entity entity, const QString& field, const QJsonValue& v)
{
    using E = ScenarioChange::Entity;
    if (field == QLatin1StringView("status") && entity == E::Control)
        return vocabulary<ControlStatus>(v);
    if (field == QLatin1StringView("effect"))
        return vocabulary<ControlEffect>(v);
    if (field == QLatin1StringView("type") || field == QLatin1StringView("types"))
        return vocabulary<AssetType>(v);
    if (field == QLatin1StringView("tier") || field == QLatin1StringView("tiers"))
        return vocabulary<Tier>(v);
    if (field == QLatin1StringView("response"))
        return vocabulary<ResponseKind>(v);
    if (field == QLatin1StringView("kind"))
        return vocabulary<DependencyKind>(v);
    if (field == QLatin1StringView("dimensions"))
        return vocabulary<Dimension>(v);
    if (field == QLatin1StringView("category") && v.isDouble())
        return EnumNames::threatCategory(v.toInt());
    if (field == QLatin1StringView("group") && v.isDouble())
        return EnumNames::controlGroup(v.toInt());
    return std::nullopt;
}

bool isLocalizedText(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return !keys.isEmpty() && std::all_of(keys.cbegin(), keys.cend(), [](const QString& k) {
        return k == QLatin1StringView("ja") || k == QLatin1StringView("en");
    });
}

/// A value as a person reads it: vocabulary in the window's words, an object as "field value"
/// pairs, a list joined, a name in the display language; numbers and text as the file writes them.
QString valueText(ScenarioChange::Entity entity, const QString& field, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return ScenarioChangeText::tr("(cleared)");
    if (v.isBool())
        return v.toBool() ? ScenarioChangeText::tr("yes") : ScenarioChangeText::tr("no");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts.append(valueText(entity, field, item));
        return parts.join(ScenarioChangeText::tr(", "));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (isLocalizedText(o))
            return LocalizedText {o.value(QStringLiteral("ja")).toString(), o.value(QStringLiteral("en")).toString()}
                .text(displayLanguage());
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(
                ScenarioChangeText::tr("%1: %2").arg(fieldName(it.key()), valueText(entity, it.key(), it.value())));
        return parts.join(ScenarioChangeText::tr(", "));
    }
    if (const auto word = vocabularyValue(entity, field, v))
        return *word;
    if (v.isString())
        return v.toString();
    // A number exactly as the file writes it (0.8, not 0.80000000000000004).
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
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
        what = tr("%1 → %2 (%3)").arg(from, to, vocabulary<DependencyKind>(kind).value_or(kind));
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
    out.field = c.field.isEmpty() ? QString() : fieldName(c.field);
    if (c.op == ScenarioChange::Op::Set) {
        out.value = valueText(c.entity, c.field, c.value);
    } else if (c.op == ScenarioChange::Op::Add) {
        QJsonObject rest = value;
        for (const char* key : {"id", "from", "to", "kind", "asset", "threat"})
            rest.remove(QString::fromLatin1(key));
        out.value = rest.isEmpty() ? QString() : valueText(c.entity, QString(), rest);
    }
    return out;
}

} // namespace mamori
