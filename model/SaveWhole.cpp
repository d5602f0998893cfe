#include "SaveWhole.h"

#include "FileReplace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SaveWhole)
};

/// Forces the written bytes to the disk: a full disk or a lost network share shows here at the latest.
QString syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    const int failed = _commit(handle);
#else
    const int failed = ::fsync(handle);
    if (failed != 0 && (errno == EINVAL || errno == ENOTSUP))
        return {}; // a file system that cannot sync (a pipe is refused earlier)
#endif
    return failed == 0 ? QString() : QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

SaveWholeResult saveWhole(const QString& path, const QByteArray& bytes)
{
    // A symbolic link is written through, as an editor would: the file it points to is replaced.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && !info.symLinkTarget().isEmpty() ? info.symLinkTarget() : path;
    // Not QSaveFile: its commit() does not see a write that fails while it flushes its buffer, ignores a
    // failed sync, and cannot try the final move again while another program holds the target.
    const QString temp = FileReplace::temporaryPathFor(target);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return {file.errorString(), false};
    if (QFileInfo::exists(target)) // replacing keeps who may read the file
        file.setPermissions(QFileInfo(target).permissions());
    // The reason is taken when the failure happens: after close() it is lost.
    QString error;
    qint64 written = 0;
    while (error.isEmpty() && written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            error = file.errorString();
        else
            written += n;
    }
    if (error.isEmpty() && !file.flush())
        error = file.errorString();
    if (error.isEmpty() && file.error() != QFileDevice::NoError)
        error = file.errorString();
    if (error.isEmpty())
        error = syncToDisk(file.handle());
    file.close();
    if (error.isEmpty() && file.error() != QFileDevice::NoError)
        error = file.errorString();
    if (!error.isEmpty()) {
        QFile::remove(temp);
        return {error, true};
    }
    if (const QString why = FileReplace::moveOver(temp, target); !why.isEmpty())
        return {why, true, true};
    return {};
}

} // namespace mamori
