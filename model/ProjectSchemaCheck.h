#pragma once

// What a project file may contain before Mamori reads a row of it (issue 17, item 5): a `.mamori` from
// a colleague must not run anything. SQLite runs what a database defines when it is used: a view
// named like one of Mamori's tables runs its query (a recursive one never ends), a generated column
// computes on every read, a trigger fires on a write, a virtual table calls its module. So the file's
// schema (sqlite_master) must be exactly the one Mamori writes for the file's version: the same
// tables and indexes, defined by the same statements, and nothing else.
//
// The file's header is read without SQLite (its journal mode, application id and schema version):
// reading needs to know whether SQLite could write beside the file (a WAL) before opening it.
//
// May include: Qt Core. Private to ProjectFile.cpp and its tests.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori::ProjectFile::detail {

/// One row of sqlite_master: its type ("table", "index", "view", "trigger"), name and statement.
struct SchemaObject {
    QString type;
    QString name;
    QString sql; ///< empty for the indexes SQLite makes for a primary key
    friend bool operator==(const SchemaObject&, const SchemaObject&) = default;
};

class SchemaCheck {
    Q_DECLARE_TR_FUNCTIONS(mamori::ProjectFile)

public:
    /// Why a file whose schema is `found` is refused, one sentence per object that is not Mamori's own
    /// (of `expected`, the schema Mamori writes for that version) or is missing; empty when they match.
    /// Statements are compared with their white space simplified.
    static QStringList refusals(const QList<SchemaObject>& found, const QList<SchemaObject>& expected);
};

/// What the first 100 bytes of an SQLite file say (https://sqlite.org/fileformat.html, 1.3).
struct FileHeader {
    bool sqlite = false; ///< starts with "SQLite format 3\0"
    bool wal = false; ///< the write and read versions say WAL (2)
    qint32 applicationId = 0; ///< offset 68
    qint32 userVersion = 0; ///< offset 60: the schema version Mamori wrote

    /// Reads the header of `path`; a file shorter than 100 bytes or unreadable is not SQLite.
    static FileHeader of(const QString& path);
};

} // namespace mamori::ProjectFile::detail
