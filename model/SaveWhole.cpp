#include "SaveWhole.h"

#include <QCoreApplication>
#include <QSaveFile>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {file.errorString(), false};
    // The reason is taken when the failure happens: after cancelWriting() or commit() it is lost.
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
    if (!error.isEmpty()) {
        file.cancelWriting();
        return {error, true};
    }
    if (!file.commit())
        return {
            file.error() != QFileDevice::NoError ? file.errorString() : Tr::tr("the file could not be put in place"),
            true};
    return {QString(), true};
}

} // namespace mamori
