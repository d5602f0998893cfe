#pragma once

// Marks a project file as open in this Mamori, so a second Mamori (on this desktop or another on a
// shared drive) or a script running mamori-cli can tell who has it open instead of letting two people
// overwrite each other's work. A lock left by a crashed Mamori on this computer is taken over by
// itself (QLockFile's stale check); one left on another computer (or a VDI desktop that is gone)
// cannot be checked from here: its holder is shown, and the user may take it over.
//
// The lock file sits beside the project (".ward.mamori.lock"), hidden on Windows. Paths are compared
// as the system compares them (FilePaths.h): "WARD.MAMORI" takes the lock of "ward.mamori" on Windows.
//
// May include: Qt Core.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace mamori {

class ProjectLock {
    Q_DECLARE_TR_FUNCTIONS(mamori::ProjectLock)

public:
    /// Who holds a lock, as its lock file says.
    struct Holder {
        qint64 pid = 0;
        QString host;
        QString application;
        QString user; ///< the lock file's owner; empty when the system does not say
        QDateTime since; ///< when the lock file was written
        /// "Mamori on PC-12, user tanaka, process 4242, since 2026/12/03 9:12".
        QString describe() const;
    };

    ProjectLock();
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// Locks `path` (releasing any previous lock), waiting up to `waitMs` for another holder to let
    /// go. False when another Mamori holds it; then `holder` describes it. A folder where no lock can
    /// be written (read-only media) is not "open elsewhere": that gives true without a lock.
    bool acquire(const QString& path, QString* holder = nullptr, int waitMs = 0);
    /// Removes the lock another Mamori holds on `path` (after the user said it is left over from a
    /// crash or a desktop that is gone), then locks it. False when the lock could not be taken.
    bool takeOver(const QString& path);
    void release();
    QString path() const { return m_path; }

    /// Who holds the lock of `path`; nothing when it is not locked or its lock file cannot be read.
    static std::optional<Holder> holderOf(const QString& path);

    /// The lock file beside a project: "ward.mamori" -> ".ward.mamori.lock".
    static QString lockPathFor(const QString& path);

    /// True when a ProjectLock of this process holds `path` (the window that has the project open).
    static bool heldHere(const QString& path);

private:
    bool lockNow(const QString& path, int waitMs, QString* holder);

    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

/// The lock for one write of a project (mamori-cli, or a save of a project no window of this Mamori
/// holds): taken for as long as it lives, unless this process holds the project already.
class ProjectWriteLock {
public:
    /// How long a write waits for another mamori-cli saving the same project to finish.
    static constexpr int kWaitMs = 10000;

    explicit ProjectWriteLock(const QString& path, int waitMs = kWaitMs);
    bool ok() const { return m_ok; }
    /// Who holds the project when !ok().
    QString holder() const { return m_holder; }

private:
    ProjectLock m_lock;
    bool m_ok = true;
    QString m_holder;
};

} // namespace mamori
