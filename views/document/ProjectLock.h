#pragma once

// Marks a project file as open in this Mamori, so a second Mamori (on this desktop or another on a
// shared drive) can tell the user who has it open instead of letting two people overwrite each
// other's work. A lock left by a crashed Mamori is taken over (QLockFile's stale check).

#include <QString>

#include <memory>

class QLockFile;

namespace mamori {

class ProjectLock {
public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// Locks `path` (releasing any previous lock). False when another Mamori holds it; then
    /// `holder` describes it ("host, process 1234").
    bool acquire(const QString& path, QString* holder = nullptr);
    void release();
    QString path() const { return m_path; }

    /// The lock file beside a project: "ward.mamori" -> ".ward.mamori.lock".
    static QString lockPathFor(const QString& path);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace mamori
