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
#include <QVariant>

#include <cmath>
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

    /// Calls `fn(query, row)` for each row of `SELECT columns FROM table ORDER BY order`.
    template <typename Fn> void each(const char* table, const char* columns, const char* order, Fn fn)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        m_table = QString::fromLatin1(table);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(QString::fromLatin1(columns), m_table, QString::fromLatin1(order)))) {
            m_sql.fail(q.lastError().text());
            return;
        }
        qsizetype row = 0;
        while (q.next())
            fn(q, ++row);
        if (q.lastError().isValid())
            m_sql.fail(q.lastError().text());
    }

    void error(qsizetype row, const char* column, const QString& what)
    {
        m_errors.append({m_file,
            Tr::tr("table %1, row %2, column %3").arg(m_table, QString::number(row), QLatin1StringView(column)), what});
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

    std::optional<double> optionalNumber(const QVariant& v) const
    {
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    /// A number column read strictly: NULL is nothing; text, a blob or a value that is not finite
    /// (another tool can store Inf) is an error at the column, and nothing.
    std::optional<double> strictNumber(const QVariant& v, qsizetype row, const char* column)
    {
        if (v.isNull())
            return std::nullopt;
        const int type = v.typeId();
        const bool numeric = type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int;
        if (!numeric || !std::isfinite(v.toDouble())) {
            error(row, column, Tr::tr("\"%1\" is not a finite number").arg(v.toString()));
            return std::nullopt;
        }
        return v.toDouble();
    }
    /// A whole number column read strictly (an asset's need); nothing and an error otherwise.
    std::optional<int> strictInteger(const QVariant& v, qsizetype row, const char* column)
    {
        const int type = v.typeId();
        if (v.isNull() || (type != QMetaType::LongLong && type != QMetaType::Int)
            || std::abs(v.toLongLong()) > 1000000000) {
            error(row, column, Tr::tr("\"%1\" is not a whole number").arg(v.toString()));
            return std::nullopt;
        }
        return int(v.toLongLong());
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
