#pragma once

// Writing a whole file so that it is either completely written or not changed at all (issue 17, data
// loss on a full disk). Used by every writer of a single buffer (model JSON, CSV, the
// PDF report, the generator's ward, mappings); the workbook and the project file use FileReplace itself.
//
// May include: Qt Core.

#include <QByteArray>
#include <QString>

namespace mamori {

struct SaveWholeResult {
    QString error; ///< the system's reason (never "Unknown error"); empty on success
    bool opened = true; ///< false: the file could not even be created (a folder without permission)
    bool replacing = false; ///< true: written, but it could not be put in place (FileReplace's reason)
    bool ok() const { return error.isEmpty(); }
};

/// Writes `bytes` to `path` through a temporary file of its own beside it: every write checked, flushed
/// and synced to the disk before the file is moved over `path` (FileReplace: tried again while another
/// program holds `path`). On any failure `path` keeps what it had.
SaveWholeResult saveWhole(const QString& path, const QByteArray& bytes);

} // namespace mamori
