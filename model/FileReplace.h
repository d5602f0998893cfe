#pragma once

// Putting a completely written file in place: the writers (the project file, the workbook) write
// beside the target first and move the result over it, so a failure never leaves half a file.

#include <QFile>
#include <QString>

#include <filesystem>
#include <system_error>

namespace mamori {

/// Moves `temp` over `target`, replacing it (std::filesystem::rename replaces on Windows too, and
/// takes the UTF-16 paths of Japanese folder names as they are). On failure `temp` is removed and the
/// system's reason returned; empty on success.
inline QString moveOver(const QString& temp, const QString& target)
{
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(temp.toStdU16String()), std::filesystem::path(target.toStdU16String()), ec);
    if (!ec)
        return {};
    QFile::remove(temp);
    return QString::fromLocal8Bit(ec.message());
}

} // namespace mamori
