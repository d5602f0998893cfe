#include "SheetMapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::sheets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetMapping)
};

const char* const kFormat = "mamori-sheet-mapping";

QString lookup(const QMap<QString, QString>& map, const QString& text)
{
    const QString wanted = headerKey(text);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (headerKey(it.key()) == wanted)
            return it.value();
    }
    return {};
}

QJsonObject stringsToJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

/// Reads an object of strings at `at`, an error for anything else.
QMap<QString, QString> stringsFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    QMap<QString, QString> out;
    if (v.isUndefined())
        return out;
    if (!v.isObject()) {
        errors.append({file, at.toString(), Tr::tr("expected an object")});
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
        else
            errors.append({file, (at / it.key()).toString(), Tr::tr("expected a string")});
    }
    return out;
}

void readHeader(const QJsonObject& o, SheetMapping& m, const QString& file, InputErrors& errors)
{
    if (const QJsonValue r = o.value(QStringLiteral("register")); !r.isUndefined()) {
        m.reg = registerFromKey(r.toString());
        if (!m.reg) {
            errors.append({file, QStringLiteral("/register"),
                Tr::tr("\"%1\" is not one of: %2")
                    .arg(r.toString(),
                        QStringLiteral("assets, dependencies, threats, exposures, controls, "
                                       "org_units, plan"))});
        }
    }
    if (const QJsonValue h = o.value(QStringLiteral("header_row")); !h.isUndefined()) {
        m.headerRow = h.toInt(0);
        if (m.headerRow < 1)
            errors.append({file, QStringLiteral("/header_row"), Tr::tr("expected a row number from 1")});
    }
    if (const QJsonValue s = o.value(QStringLiteral("scale")); !s.isUndefined()) {
        if (s.toString() == QLatin1StringView("mic"))
            m.scale = Scale::Mic;
        else if (s.toString() == QLatin1StringView("ipa"))
            m.scale = Scale::Ipa;
        else
            errors.append({file, QStringLiteral("/scale"), Tr::tr("\"%1\" is not one of: mic, ipa").arg(s.toString())});
    }
}
} // namespace

QString SheetMapping::columnFor(const QString& header) const
{
    return lookup(columns, header);
}

QString SheetMapping::valueFor(const QString& field, const QString& text) const
{
    const auto it = values.constFind(field);
    return it == values.constEnd() ? QString() : lookup(*it, text);
}

QByteArray mappingToJson(const SheetMapping& m)
{
    QJsonObject o {{QStringLiteral("format"), QLatin1StringView(kFormat)}, {QStringLiteral("version"), 1}};
    if (m.reg)
        o.insert(QStringLiteral("register"), registerKey(*m.reg));
    if (m.headerRow > 0)
        o.insert(QStringLiteral("header_row"), m.headerRow);
    if (m.scale)
        o.insert(QStringLiteral("scale"), *m.scale == Scale::Ipa ? QStringLiteral("ipa") : QStringLiteral("mic"));
    o.insert(QStringLiteral("columns"), stringsToJson(m.columns));
    QJsonObject values;
    for (auto it = m.values.begin(); it != m.values.end(); ++it)
        values.insert(it.key(), stringsToJson(it.value()));
    o.insert(QStringLiteral("values"), values);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

MappingReadResult mappingFromJson(const QByteArray& json, const QString& file)
{
    MappingReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : Tr::tr("the top level is not an object");
        result.errors.append({file, QString(), Tr::tr("not a mapping: %1").arg(why)});
        return result;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1StringView(kFormat)) {
        result.errors.append(
            {file, QStringLiteral("/format"), Tr::tr("expected \"%1\"").arg(QLatin1StringView(kFormat))});
        return result;
    }
    SheetMapping& m = result.mapping;
    readHeader(o, m, file, result.errors);
    const JsonPointer root;
    m.columns = stringsFromJson(o.value(QStringLiteral("columns")), root / "columns", file, result.errors);
    const QJsonValue values = o.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        result.errors.append({file, QStringLiteral("/values"), Tr::tr("expected an object")});
    const QJsonObject valueObject = values.toObject();
    for (auto it = valueObject.begin(); it != valueObject.end(); ++it)
        m.values.insert(it.key(), stringsFromJson(it.value(), root / "values" / it.key(), file, result.errors));
    return result;
}

} // namespace mamori::sheets
