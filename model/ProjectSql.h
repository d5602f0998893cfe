#pragma once

// The SQL helpers the project file's readers and writers share (ProjectFile.cpp for the risk model,
// ProjectRecords.cpp for the yearly cycle's records). Private to those two files.

#include "InputError.h"
#include "Model.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

#include <cmath>
#include <limits>
#include <optional>

namespace mamori::ProjectFile::detail {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ProjectFile)
};

/// Runs statements, remembering the first failure.
class Sql {
public:
    explicit Sql(const QSqlDatabase& db)
        : m_db(db)
    {
    }
    bool exec(const QString& statement)
    {
        if (!m_error.isEmpty())
            return false;
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            m_error = q.lastError().text() + QStringLiteral(" (") + statement.simplified().left(80) + QLatin1Char(')');
            m_code = q.lastError().nativeErrorCode().toInt();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString& statement)
    {
        QSqlQuery q(m_db);
        if (!q.exec(statement) || !q.next()) {
            if (m_error.isEmpty())
                m_error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    QString error() const { return m_error; }
    /// SQLite's result code of the first failure (SQLITE_FULL, SQLITE_BUSY, ...), 0 when none is known.
    int errorCode() const { return m_code; }
    void rollback()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    void fail(const QString& e, int code = 0)
    {
        if (m_error.isEmpty()) {
            m_error = e;
            m_code = code;
        }
    }

private:
    QSqlDatabase m_db;
    QString m_error;
    int m_code = 0;
};

inline QVariant nullable(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant nullable(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant nullable(const std::optional<QString>& v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

template <typename E> QString joinKeys(const QList<E>& values)
{
    QStringList keys;
    for (E v : values)
        keys.append(toKey(v));
    return keys.join(QLatin1Char(','));
}

/// A prepared INSERT that binds values in column order.
class Inserter {
public:
    Inserter(const QSqlDatabase& db, Sql& sql, const char* table, std::initializer_list<const char*> columns)
        : m_query(db)
        , m_sql(sql)
    {
        QStringList cols, marks;
        for (const char* c : columns) {
            cols.append(QString::fromLatin1(c));
            marks.append(QStringLiteral("?"));
        }
        m_statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(QString::fromLatin1(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (!m_query.prepare(m_statement))
            m_sql.fail(m_query.lastError().text(), m_query.lastError().nativeErrorCode().toInt());
    }
    void operator()(std::initializer_list<QVariant> values)
    {
        for (const QVariant& v : values) {
            // A null QString binds as SQL NULL; text columns are NOT NULL, so empty text stays text.
            // Values meant as NULL are passed as QVariant().
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                m_query.addBindValue(QStringLiteral(""));
            else
                m_query.addBindValue(v);
        }
        if (!m_query.exec())
            m_sql.fail(m_query.lastError().text() + QStringLiteral(" (") + m_statement + QLatin1Char(')'),
                m_query.lastError().nativeErrorCode().toInt());
    }

private:
    QSqlQuery m_query;
    Sql& m_sql;
    QString m_statement;
};

/// True when `bytes` are well-formed UTF-8 (no stray bytes, overlong forms or encoded surrogates).
inline bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

/// A value for a message: text in quotes, cut after 40 characters; a blob as what it is.
inline QString quoted(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return Tr::tr("binary data (%n byte(s))", nullptr, int(v.toByteArray().size()));
    const QString s = v.toString();
    return QStringLiteral("\"%1\"").arg(s.size() > 40 ? s.left(40) + QStringLiteral("…") : s);
}

/// Reads rows of one table in model order and turns column values into model values, reporting
/// each bad value as "table T, row N, column C".
class RowReader {
public:
    RowReader(const QSqlDatabase& db, const QString& file, InputErrors& errors, Sql& sql)
        : m_db(db)
        , m_file(file)
        , m_errors(errors)
        , m_sql(sql)
    {
    }

    /// Calls `fn(query, row)` for each row of `SELECT columns FROM table ORDER BY order`. Every value is
    /// checked to be valid UTF-8 first (RISK-MODEL.md 6: SQLite would hand invalid bytes on as U+FFFD
    /// without a word): the query also selects each column's raw bytes, after the columns `fn` reads.
    template <typename Fn> void each(const char* table, const char* columns, const char* order, Fn fn)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        m_table = QString::fromLatin1(table);
        QStringList names = QString::fromLatin1(columns).split(QLatin1Char(','));
        QStringList raw;
        for (QString& name : names) {
            name = name.trimmed();
            raw.append(QStringLiteral("CAST(%1 AS BLOB)").arg(name));
        }
        if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %4")
                        .arg(QString::fromLatin1(columns), raw.join(QStringLiteral(", ")), m_table,
                            QString::fromLatin1(order)))) {
            m_sql.fail(q.lastError().text());
            return;
        }
        const int n = int(names.size());
        qsizetype row = 0;
        while (q.next()) {
            ++row;
            for (int i = 0; i < n; ++i) {
                if (!isValidUtf8(q.value(n + i).toByteArray()))
                    error(row, names[i], Tr::tr("is not valid UTF-8 text"));
            }
            fn(q, row);
        }
        if (q.lastError().isValid())
            m_sql.fail(q.lastError().text());
    }

    void error(qsizetype row, const char* column, const QString& what)
    {
        error(row, QString::fromLatin1(column), what);
    }
    void error(qsizetype row, const QString& column, const QString& what)
    {
        m_errors.append(
            {m_file, Tr::tr("table %1, row %2, column %3").arg(m_table, QString::number(row), column), what});
    }

    template <typename E> E enumValue(const QVariant& v, qsizetype row, const char* column, E fallback)
    {
        const auto e = fromKey<E>(v.toString());
        if (!e) {
            error(row, column, Tr::tr("\"%1\" is not one of: %2").arg(v.toString(), allKeys<E>()));
            return fallback;
        }
        return *e;
    }

    template <typename E> QList<E> enumList(const QVariant& v, qsizetype row, const char* column)
    {
        QList<E> out;
        const QString s = v.toString();
        if (s.isEmpty())
            return out;
        for (const QString& key : s.split(QLatin1Char(',')))
            out.append(enumValue<E>(key, row, column, E {}));
        return out;
    }

    /// A number as strictly as JSON reads one: an INTEGER or a finite REAL; text ("NaN", "1,5"), a blob
    /// or an infinity is an error with its place (and reads as 0). NULL is "no value".
    std::optional<double> optionalNumber(const QVariant& v, qsizetype row, const char* column)
    {
        if (v.isNull())
            return std::nullopt;
        const int type = v.typeId();
        if (type != QMetaType::LongLong && type != QMetaType::Int && type != QMetaType::Double) {
            error(row, column, Tr::tr("%1 is not a number").arg(quoted(v)));
            return 0.0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            error(row, column, Tr::tr("%1 is not a finite number").arg(v.toString()));
            return 0.0;
        }
        return d;
    }
    /// A number in a NOT NULL column.
    double number(const QVariant& v, qsizetype row, const char* column)
    {
        if (v.isNull()) {
            error(row, column, Tr::tr("is empty; a number is required"));
            return 0.0;
        }
        return *optionalNumber(v, row, column);
    }
    /// A whole number in an INTEGER column (a REAL that is whole is one too), within an int.
    std::optional<int> optionalInteger(const QVariant& v, qsizetype row, const char* column)
    {
        const std::optional<double> d = optionalNumber(v, row, column);
        if (!d)
            return std::nullopt;
        if (*d != std::trunc(*d) || *d < double(std::numeric_limits<int>::min())
            || *d > double(std::numeric_limits<int>::max())) {
            error(row, column, Tr::tr("%1 is not a whole number").arg(v.toString()));
            return 0;
        }
        return int(*d);
    }
    int integer(const QVariant& v, qsizetype row, const char* column)
    {
        if (v.isNull()) {
            error(row, column, Tr::tr("is empty; a whole number is required"));
            return 0;
        }
        return *optionalInteger(v, row, column);
    }
    /// A yes/no column: 0 or 1.
    bool flag(const QVariant& v, qsizetype row, const char* column)
    {
        const int i = integer(v, row, column);
        if (i != 0 && i != 1)
            error(row, column, Tr::tr("%1 is not 0 or 1").arg(QString::number(i)));
        return i != 0;
    }
    std::optional<QString> optionalText(const QVariant& v) const
    {
        return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
    }

    QDate date(const QVariant& v, qsizetype row, const char* column)
    {
        if (v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            error(row, column, Tr::tr("\"%1\" is not a date YYYY-MM-DD").arg(v.toString()));
        return d;
    }

    const QString& file() const { return m_file; }
    InputErrors& errors() { return m_errors; }

private:
    QSqlDatabase m_db;
    QString m_file;
    InputErrors& m_errors;
    Sql& m_sql;
    QString m_table;
};

template <typename T> QHash<QString, T*> pointersById(QList<T>& items)
{
    QHash<QString, T*> out;
    out.reserve(items.size());
    for (T& item : items)
        out.insert(item.id, &item);
    return out;
}

} // namespace mamori::ProjectFile::detail
