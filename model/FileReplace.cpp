#include "FileReplace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mamori {

namespace {

#ifdef Q_OS_WIN
/// One MoveFileExW: replaces the target, and returns only when the move is on the disk.
FileReplace::Attempt moveOnce(const QString& temp, const QString& target)
{
    const std::wstring from = QDir::toNativeSeparators(temp).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {true, false, {}};
    const DWORD code = GetLastError();
    // What Windows says when another program has the file open without sharing its deletion.
    // A read-only target is refused with the same ERROR_ACCESS_DENIED, and waiting will not change it.
    const DWORD attributes = GetFileAttributesW(to.c_str());
    const bool readOnly = attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY);
    const bool inUse = !readOnly
        && (code == ERROR_ACCESS_DENIED || code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION
            || code == ERROR_USER_MAPPED_FILE);
    return {false, inUse, QString::fromLocal8Bit(std::system_category().message(int(code)))};
}
#else
/// Makes a rename in `folder` durable: without it a power cut can bring the old file back.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // nothing more can be done; the rename itself succeeded
    ::fsync(fd); // some file systems cannot sync a folder (EINVAL): the rename stands as it is
    ::close(fd);
}

FileReplace::Attempt moveOnce(const QString& temp, const QString& target)
{
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(temp.toStdU16String()), std::filesystem::path(target.toStdU16String()), ec);
    if (!ec) {
        syncFolder(QFileInfo(target).absolutePath());
        return {true, false, {}};
    }
    const bool inUse = ec == std::errc::device_or_resource_busy || ec == std::errc::text_file_busy;
    return {false, inUse, QString::fromLocal8Bit(ec.message())};
}
#endif

} // namespace

QString FileReplace::temporaryPathFor(const QString& target)
{
    const QFileInfo info(target);
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return info.dir().filePath(QStringLiteral(".%1.%2.saving").arg(info.fileName(), suffix));
}

QString FileReplace::syncFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return file.errorString();
#ifdef Q_OS_WIN
    const int failed = _commit(file.handle());
#else
    const int failed = ::fsync(file.handle());
    if (failed != 0 && (errno == EINVAL || errno == ENOTSUP))
        return {}; // a file system that cannot sync
#endif
    return failed == 0 ? QString() : QString::fromLocal8Bit(std::strerror(errno));
}

FileReplace::Attempt FileReplace::retrying(
    const std::function<Attempt()>& attempt, const std::function<void(int)>& pause, int attempts, int pauseMs)
{
    Attempt last;
    for (int i = 0; i < attempts; ++i) {
        if (i > 0)
            pause(pauseMs);
        last = attempt();
        if (last.ok || !last.inUse)
            break;
    }
    return last;
}

QString FileReplace::failureReason(const Attempt& last)
{
    if (last.inUse)
        return tr("the file is probably open in another program (Excel, Acrobat, another Mamori, a sync client "
                  "such as OneDrive, or antivirus software). Close it there and try again, or save under another "
                  "name. (Details: %1)")
            .arg(last.detail);
    return tr("the file cannot be replaced; it may be read-only, or the folder may not allow changes. Save under "
              "another name or in another folder. (Details: %1)")
        .arg(last.detail);
}

QString FileReplace::moveOver(const QString& temp, const QString& target)
{
    const Attempt last = retrying([&] { return moveOnce(temp, target); }, [](int ms) { QThread::msleep(ulong(ms)); });
    if (last.ok)
        return {};
    QFile::remove(temp);
    return failureReason(last);
}

} // namespace mamori
