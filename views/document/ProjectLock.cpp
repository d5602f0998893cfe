#include "document/ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace mamori {

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPathFor(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool ProjectLock::acquire(const QString& path, QString* holder)
{
    if (!m_path.isEmpty() && QFileInfo(m_path).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return true;
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, however old
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError && holder) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            *holder = QCoreApplication::translate("mamori::ProjectLock", "%1 on %2, process %3")
                          .arg(app, host, QString::number(pid));
        }
        // A folder where no lock can be written (read-only media) is not "open elsewhere".
        if (lock->error() != QLockFile::LockFailedError) {
            release();
            m_path = path;
            return true;
        }
        return false;
    }
    m_lock = std::move(lock);
    m_path = path;
    return true;
}

void ProjectLock::release()
{
    m_lock.reset();
    m_path.clear();
}

} // namespace mamori
