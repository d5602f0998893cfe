#include "ProjectSchemaCheck.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QtEndian>

namespace mamori::ProjectFile::detail {

namespace {

bool isIndex(const SchemaObject& o)
{
    return o.type == QLatin1StringView("index");
}

} // namespace

QStringList SchemaCheck::refusals(const QList<SchemaObject>& found, const QList<SchemaObject>& expected)
{
    QHash<QString, const SchemaObject*> ours;
    for (const SchemaObject& o : expected)
        ours.insert(o.name, &o);
    QStringList out;
    QSet<QString> seen;
    for (const SchemaObject& o : found) {
        seen.insert(o.name);
        const SchemaObject* own = ours.value(o.name);
        if (o.type == QLatin1StringView("view"))
            out.append(tr("it defines a view “%1”; a project file holds only tables, and Mamori does not open "
                          "files that could run code")
                           .arg(o.name));
        else if (o.type == QLatin1StringView("trigger"))
            out.append(tr("it defines a trigger “%1”; a project file holds only tables, and Mamori does not open "
                          "files that could run code")
                           .arg(o.name));
        else if (o.sql.simplified().startsWith(QLatin1StringView("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            out.append(tr("it defines a virtual table “%1”; a project file holds only tables, and Mamori does not "
                          "open files that could run code")
                           .arg(o.name));
        else if (!own)
            out.append(isIndex(o) ? tr("it holds the index “%1”, which Mamori does not write").arg(o.name)
                                  : tr("it holds the table “%1”, which Mamori does not write").arg(o.name));
        else if (own->type != o.type || own->sql.simplified() != o.sql.simplified())
            out.append(isIndex(o) ? tr("its index “%1” is not defined as Mamori defines it").arg(o.name)
                                  : tr("its table “%1” is not defined as Mamori defines it").arg(o.name));
    }
    for (const SchemaObject& o : expected) {
        if (!seen.contains(o.name))
            out.append(
                isIndex(o) ? tr("its index “%1” is missing").arg(o.name) : tr("its table “%1” is missing").arg(o.name));
    }
    return out;
}

FileHeader FileHeader::of(const QString& path)
{
    FileHeader h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = f.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArray("SQLite format 3\0", 16)))
        return h;
    h.sqlite = true;
    h.wal = bytes[18] == 2 || bytes[19] == 2;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

} // namespace mamori::ProjectFile::detail
