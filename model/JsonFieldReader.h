#pragma once

// The field level of the JSON formats: reads one field of a JSON object as a model value (a string,
// a number, an enum key, a localized text, a date...) and records every type or vocabulary error
// with its JSON pointer. The item codecs (JsonCodec) and the document reader (JsonFormat) build on it.
//
// May include: InputError.h, Entities.h, Enums.h and QtCore only. Never Validation.h, Scenarios.h,
// JsonCodec.h or JsonFormat.h: those sit above it.

#include "Entities.h"
#include "InputError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace mamori {

/// Reads JSON values into model types, collecting every type and vocabulary error with its place
/// in the errors list it was given (which outlives the reader).
class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonReader)

public:
    JsonFieldReader(QString file, InputErrors& errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {
    }

    const QString& file() const { return m_file; }
    InputErrors& errors() { return m_errors; }

    void error(const JsonPointer& at, const QString& what) { m_errors.append({m_file, at.toString(), what}); }

    /// True when `v` is an object; an error at `at` otherwise.
    bool expectObject(const QJsonValue& v, const JsonPointer& at);
    /// A missing or null optional string is empty; a required one must be there and not empty.
    QString string(const QJsonObject& o, const char* key, const JsonPointer& at, bool required);
    /// A finite number; nothing (and no error) when the value is missing or null.
    std::optional<double> number(const QJsonValue& v, const JsonPointer& at);
    std::optional<double> number(const QJsonObject& o, const char* key, const JsonPointer& at);
    std::optional<int> integer(const QJsonValue& v, const JsonPointer& at);
    bool boolean(const QJsonObject& o, const char* key, const JsonPointer& at);
    QJsonArray array(const QJsonObject& o, const char* key, const JsonPointer& at);
    QStringList stringList(const QJsonObject& o, const char* key, const JsonPointer& at);
    /// An object of string values (an asset's `attributes`); missing or null is empty.
    QMap<QString, QString> stringMap(const QJsonObject& o, const char* key, const JsonPointer& at);
    /// A plain string (Japanese) or an object {"ja", "en"}.
    LocalizedText text(const QJsonObject& o, const char* key, const JsonPointer& at, bool required);
    PerDimension<double> numbersPerDimension(const QJsonObject& o, const char* key, const JsonPointer& at);
    /// A classification level: a string, or a whole number meaning its decimal string.
    std::optional<QString> level(const QJsonValue& v, const JsonPointer& at);
    AssetFilter filter(const QJsonObject& o, const JsonPointer& at);
    Cost cost(const QJsonObject& o, const JsonPointer& at);
    QDate date(const QJsonObject& o, const char* key, const JsonPointer& at, bool required);

    template <typename E> std::optional<E> enumValue(const QJsonValue& v, const JsonPointer& at)
    {
        if (!v.isString()) {
            error(at, tr("expected a string, one of: %1").arg(allKeys<E>()));
            return std::nullopt;
        }
        auto e = fromKey<E>(v.toString());
        if (!e)
            error(at, tr("\"%1\" is not one of: %2").arg(v.toString(), allKeys<E>()));
        return e;
    }
    template <typename E> E enumField(const QJsonObject& o, const char* key, const JsonPointer& at, E fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        return enumValue<E>(v, at / key).value_or(fallback);
    }
    template <typename E> E requiredEnum(const QJsonObject& o, const char* key, const JsonPointer& at, E fallback)
    {
        if (!o.contains(QLatin1StringView(key))) {
            error(at / key, tr("is missing; expected one of: %1").arg(allKeys<E>()));
            return fallback;
        }
        return enumField<E>(o, key, at, fallback);
    }

    template <typename T, typename Convert>
    PerDimension<T> perDimension(const QJsonObject& o, const char* key, const JsonPointer& at, Convert convert)
    {
        PerDimension<T> out;
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject()) {
            error(at / key, tr("expected an object with keys C, I, A"));
            return out;
        }
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            const auto d = fromKey<Dimension>(it.key());
            if (!d) {
                error(at / key / it.key(), tr("\"%1\" is not a dimension; expected C, I or A").arg(it.key()));
                continue;
            }
            out[dimIndex(*d)] = convert(it.value(), at / key / it.key());
        }
        return out;
    }

private:
    QString m_file;
    InputErrors& m_errors;
};

/// The writers' counterpart of an optional string: `key` only when there is text.
inline void insertIfNotEmpty(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

} // namespace mamori
