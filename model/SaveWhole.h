#pragma once

// Writing a whole file so that it is either completely written or not changed at all (issue 17, data
// loss on a full disk). QSaveFile alone is not enough: a write that fails while it flushes its buffer
// on commit() is not seen by commit(), which then puts the truncated file in place, and commit()
// ignores a failed sync to the disk. Used by every writer of a single buffer (model JSON, CSV, the
// generator's ward, mappings).
//
// May include: Qt Core.

#include <QByteArray>
#include <QString>

namespace mamori {

struct SaveWholeResult {
    QString error; ///< the system's reason (never "Unknown error"); empty on success
    bool opened = false; ///< false: the file could not even be created (a folder without permission)
    bool ok() const { return error.isEmpty(); }
};

/// Writes `bytes` to `path` through a temporary file beside it: every write checked, flushed and synced
/// to the disk before the file is moved over `path`. On any failure `path` keeps what it had.
SaveWholeResult saveWhole(const QString& path, const QByteArray& bytes);

} // namespace mamori
