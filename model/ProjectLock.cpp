#include "ProjectLock.h"

#include "FilePaths.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QSysInfo>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace mamori {

namespace {

/// The projects the ProjectLocks of this process hold, by FilePaths::comparisonKey, with how many.
struct HeldHere {
    QMutex mutex;
    QHash<QString, int> keys;
};

HeldHere& heldProjects()
{
    static HeldHere held;
    return held;
}

void markHeld(const QString& path, int delta)
{
    HeldHere& h = heldProjects();
    const QMutexLocker locker(&h.mutex);
    const QString key = FilePaths::comparisonKey(path);
    const int count = h.keys.value(key) + delta;
    if (count > 0)
        h.keys.insert(key, count);
    else
        h.keys.remove(key);
}

/// The lock file is Mamori's business, not the user's: hidden in Explorer like the dot-files elsewhere.
void hide(const QString& lockPath)
{
#ifdef Q_OS_WIN
    const std::wstring native = QDir::toNativeSeparators(lockPath).toStdWString();
    const DWORD attributes = GetFileAttributesW(native.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES)
        SetFileAttributesW(native.c_str(), attributes | FILE_ATTRIBUTE_HIDDEN);
#else
    Q_UNUSED(lockPath)
#endif
}

} // namespace

QString ProjectLock::Holder::describe() const
{
    const QString app = application.isEmpty() ? QStringLiteral("Mamori") : application;
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat) : QString();
    if (user.isEmpty())
        return tr("%1 on %2, process %3, since %4").arg(app, host, QString::number(pid), when);
    return tr("%1 on %2, user %3, process %4, since %5").arg(app, host, user, QString::number(pid), when);
}

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock()
{
    release();
}

QString ProjectLock::lockPathFor(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool ProjectLock::heldHere(const QString& path)
{
    HeldHere& h = heldProjects();
    const QMutexLocker locker(&h.mutex);
    return h.keys.contains(FilePaths::comparisonKey(path));
}

std::optional<ProjectLock::Holder> ProjectLock::holderOf(const QString& path)
{
    const QString lockPath = lockPathFor(path);
    QLockFile lock(lockPath);
    Holder h;
    if (!lock.getLockInfo(&h.pid, &h.host, &h.application))
        return std::nullopt;
    const QFileInfo info(lockPath);
    h.user = info.owner();
    h.since = info.lastModified();
    return h;
}

bool ProjectLock::acquire(const QString& path, QString* holder, int waitMs)
{
    if (!m_path.isEmpty() && FilePaths::samePath(m_path, path))
        return true;
    return lockNow(path, waitMs, holder);
}

bool ProjectLock::lockNow(const QString& path, int waitMs, QString* holder)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, however old
    if (!lock->tryLock(waitMs)) {
        if (lock->error() == QLockFile::LockFailedError) {
            if (holder) {
                const std::optional<Holder> h = holderOf(path);
                *holder = h ? h->describe() : tr("another program");
            }
            return false;
        }
        // A folder where no lock can be written (read-only media) is not "open elsewhere".
        release();
        m_path = path;
        return true;
    }
    hide(lockPathFor(path));
    release();
    m_lock = std::move(lock);
    m_path = path;
    markHeld(path, +1);
    return true;
}

bool ProjectLock::takeOver(const QString& path)
{
    if (!m_path.isEmpty() && FilePaths::samePath(m_path, path))
        return true;
    QLockFile left(lockPathFor(path));
    left.removeStaleLockFile(); // fails only when its holder is alive on this computer
    return lockNow(path, 0, nullptr);
}

void ProjectLock::release()
{
    if (m_lock)
        markHeld(m_path, -1);
    m_lock.reset();
    m_path.clear();
}

ProjectWriteLock::ProjectWriteLock(const QString& path, int waitMs)
{
    if (ProjectLock::heldHere(path))
        return; // this Mamori has the project open: its saves are its own
    if (m_lock.acquire(path, &m_holder, 0))
        return;
    // Another mamori-cli finishes its save in moments: wait for it. A window holds the project for as
    // long as it is open, and a lock from another computer cannot be waited out: refuse at once.
    const std::optional<ProjectLock::Holder> h = ProjectLock::holderOf(path);
    const bool shortWrite = !h // let go meanwhile: try again
        || (h->host == QSysInfo::machineHostName() && h->application.startsWith(QLatin1StringView("mamori-cli")));
    m_ok = shortWrite && m_lock.acquire(path, &m_holder, waitMs);
}

} // namespace mamori
