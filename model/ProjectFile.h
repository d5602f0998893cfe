#pragma once

// The `.mamori` project file: one SQLite database (QtSql's QSQLITE driver).
//
// - Identified by PRAGMA application_id (kApplicationId); its schema version is PRAGMA user_version.
// - Foreign keys on, rollback journal (not WAL: see write()). Each save writes the whole model in one
//   transaction into a new file of its own beside the target and renames it over the target
//   (FileReplace), so a failed save leaves the old file intact and two saves at once leave one of them.
// - Reading opens the file read-only and changes nothing in its folder; a file whose schema is not
//   exactly Mamori's (a view, a trigger, a virtual table, a changed definition) is refused before a
//   row is read, since SQLite would run what it defines (ProjectSchemaCheck.h). Every value is checked
//   as strictly as the JSON reader checks it: numbers finite and of a numeric type, text valid UTF-8.
// - Older Mamori saved in WAL mode: such a file is read through a temporary copy and saved back with
//   the rollback journal.
// - A file of an older schema is read through a migrated temporary copy (one step per version);
//   saving over it first keeps the old file as `name.v<N>.mamori`. A newer schema is refused.

#include "InputError.h"
#include "Model.h"

namespace mamori::ProjectFile {

inline constexpr int kSchemaVersion = 6;
inline constexpr int kApplicationId = 0x4D414D4F; // "MAMO"

struct ReadResult {
    Model model;
    InputErrors errors;
    int schemaVersion = 0; ///< the version found in the file (before migration)
    bool ok() const { return errors.isEmpty(); }
};

/// Reads and validates a project file. Errors: not an SQLite file, not a Mamori project, a newer
/// schema, a damaged or truncated file, and every model error with its table and row.
ReadResult read(const QString& path);

struct WriteResult {
    QString error; ///< empty on success
    QString backupPath; ///< set when an older-schema file was kept before being replaced
    bool ok() const { return error.isEmpty(); }
};

/// Writes the model to `path` (newest schema), atomically replacing any existing file.
WriteResult write(const Model& model, const QString& path);

/// Creates an empty database of schema `version` at `path` (for migration tests and tools).
QString createSchema(const QString& path, int version);

/// True when the file starts with the SQLite header (cheap check before opening).
bool looksLikeSqlite(const QString& path);

} // namespace mamori::ProjectFile
