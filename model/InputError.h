#pragma once

#include <QList>
#include <QString>

namespace mamori {

/// Where an input error is: the file, then a place inside it (a JSON pointer such as
/// "/assets/3/tier", "line 4, column 7", or "table assets, row 12, column tier").
struct InputError {
    QString file;
    QString where;
    QString what;

    /// "file: where: what", leaving out the empty parts.
    QString toString() const
    {
        QString out;
        for (const QString& part : {file, where, what}) {
            if (part.isEmpty())
                continue;
            if (!out.isEmpty())
                out += QStringLiteral(": ");
            out += part;
        }
        return out;
    }
    friend bool operator==(const InputError&, const InputError&) = default;
};

using InputErrors = QList<InputError>;

/// Builds JSON pointers one step at a time ("/assets" + 3 + "tier"), escaping '~' and '/'.
class JsonPointer {
public:
    JsonPointer() = default;
    JsonPointer operator/(const QString& key) const
    {
        QString escaped = key;
        escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
        return JsonPointer(m_path + QLatin1Char('/') + escaped);
    }
    JsonPointer operator/(const char* key) const { return *this / QString::fromUtf8(key); }
    JsonPointer operator/(int index) const { return *this / qsizetype(index); }
    JsonPointer operator/(qsizetype index) const
    {
        return JsonPointer(m_path + QLatin1Char('/') + QString::number(index));
    }
    QString toString() const { return m_path.isEmpty() ? QStringLiteral("/") : m_path; }

private:
    explicit JsonPointer(QString path)
        : m_path(std::move(path))
    {
    }
    QString m_path;
};

} // namespace mamori
