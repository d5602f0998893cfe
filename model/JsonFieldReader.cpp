#include "JsonFieldReader.h"

#include <cmath>

namespace mamori {

bool JsonFieldReader::expectObject(const QJsonValue& v, const JsonPointer& at)
{
    if (v.isObject())
        return true;
    error(at, tr("expected an object"));
    return false;
}

QString JsonFieldReader::string(const QJsonObject& o, const char* key, const JsonPointer& at, bool required)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            error(at / key, tr("is missing"));
        return {};
    }
    if (!v.isString()) {
        error(at / key, tr("expected a string"));
        return {};
    }
    if (required && v.toString().isEmpty())
        error(at / key, tr("must not be empty"));
    return v.toString();
}

std::optional<double> JsonFieldReader::number(const QJsonValue& v, const JsonPointer& at)
{
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        error(at, tr("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}
std::optional<double> JsonFieldReader::number(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    return number(o.value(QLatin1StringView(key)), at / key);
}

std::optional<int> JsonFieldReader::integer(const QJsonValue& v, const JsonPointer& at)
{
    const auto n = number(v, at);
    if (!n)
        return std::nullopt;
    if (*n != std::floor(*n) || std::abs(*n) > 1e9) {
        error(at, tr("expected a whole number"));
        return std::nullopt;
    }
    return int(*n);
}

bool JsonFieldReader::boolean(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        error(at / key, tr("expected true or false"));
        return false;
    }
    return v.toBool();
}

QJsonArray JsonFieldReader::array(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        error(at / key, tr("expected an array"));
        return {};
    }
    return v.toArray();
}

QStringList JsonFieldReader::stringList(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    QStringList out;
    const QJsonArray a = array(o, key, at);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            error(at / key / i, tr("expected a string"));
        else
            out.append(a[i].toString());
    }
    return out;
}

QMap<QString, QString> JsonFieldReader::stringMap(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    QMap<QString, QString> out;
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isObject()) {
        error(at / key, tr("expected an object"));
        return out;
    }
    const QJsonObject map = v.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            error(at / key / it.key(), tr("expected a string"));
        else
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

LocalizedText JsonFieldReader::text(const QJsonObject& o, const char* key, const JsonPointer& at, bool required)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(at / key, tr("is missing"));
        return {};
    }
    if (v.isString())
        return LocalizedText::plain(v.toString());
    if (v.isObject()) {
        const QJsonObject t = v.toObject();
        LocalizedText out {string(t, "ja", at / key, false), string(t, "en", at / key, false)};
        if (required && out.isEmpty())
            error(at / key, tr("needs \"ja\" or \"en\""));
        return out;
    }
    error(at / key, tr("expected a string or an object {\"ja\", \"en\"}"));
    return {};
}

PerDimension<double> JsonFieldReader::numbersPerDimension(const QJsonObject& o, const char* key, const JsonPointer& at)
{
    return perDimension<double>(o, key, at, [this](const QJsonValue& v, const JsonPointer& p) { return number(v, p); });
}

std::optional<QString> JsonFieldReader::level(const QJsonValue& v, const JsonPointer& at)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e9)
        return QString::number(qint64(v.toDouble()));
    error(at, tr("expected a level name (a string or a whole number)"));
    return std::nullopt;
}

AssetFilter JsonFieldReader::filter(const QJsonObject& o, const JsonPointer& at)
{
    AssetFilter f;
    const QJsonArray types = array(o, "types", at);
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (auto t = enumValue<AssetType>(types[i], at / "types" / i))
            f.types.append(*t);
    }
    const QJsonArray tiers = array(o, "tiers", at);
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (auto t = enumValue<Tier>(tiers[i], at / "tiers" / i))
            f.tiers.append(*t);
    }
    return f;
}

Cost JsonFieldReader::cost(const QJsonObject& o, const JsonPointer& at)
{
    Cost c;
    const QJsonValue v = o.value(QLatin1StringView("cost"));
    if (v.isUndefined() || v.isNull())
        return c;
    if (!expectObject(v, at / "cost"))
        return c;
    const QJsonObject co = v.toObject();
    c.initial = number(co, "initial", at / "cost").value_or(0);
    c.annual = number(co, "annual", at / "cost").value_or(0);
    return c;
}

QDate JsonFieldReader::date(const QJsonObject& o, const char* key, const JsonPointer& at, bool required)
{
    const QString s = string(o, key, at, required);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        error(at / key, tr("\"%1\" is not a date YYYY-MM-DD").arg(s));
    return d;
}

} // namespace mamori
