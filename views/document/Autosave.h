#pragma once

// Edits are never lost to a crash: while a project has unsaved changes, its model is written every
// interval to a recovery folder (never over the user's file). A clean close or a save removes the
// recovery copy; after a crash, the next start finds it and offers to restore it.
//
// Each running Mamori is a session with a uuid; its files in the recovery folder are <uuid>.mamori
// (the model), <uuid>.json (where it came from, when) and <uuid>.lock, held while the session runs,
// so that one Mamori never offers to "recover" another one's live work.
//
// The copy is written on a worker thread from a snapshot of the baseline taken when the interval ends
// (the model is a value: copying it shares its lists), so writing never blocks the window. One worker
// thread does every write and removal in the order they were asked for: a later copy or a clear() never
// overtakes an earlier write, and destroying the Autosave (quitting) waits for the one running.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QLockFile;
class QTimer;

namespace mamori {

class ProjectDocument;

class Autosave : public QObject {
    Q_OBJECT

public:
    struct Recovery {
        QString modelPath; ///< the recovered model (.mamori) in the recovery folder
        QString originalPath; ///< the project it was a copy of; empty for an unsaved project
        QString name; ///< the project's name at the time
        QDateTime savedAt;
    };

    /// The recovery folder of this user (AppLocalDataLocation/recovery).
    static QString defaultDirectory();
    /// Recovery copies left by sessions that are not running any more, newest first.
    static QList<Recovery> pending(const QString& directory);
    /// Removes a recovery copy (after it was restored or the user declined it).
    static void remove(const Recovery& recovery);

    Autosave(ProjectDocument* document, const QString& directory, QObject* parent = nullptr);
    ~Autosave() override;

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const;
    /// Starts writing the recovery copy on the worker if there are unsaved changes not written or being
    /// written yet; returns at once (what the interval does).
    void startSave();
    /// startSave(), then waits for the writes; returns false when the copy could not be written.
    bool saveNow();
    /// Waits until every write and removal asked for so far is done; false when a write failed.
    bool waitForWrites();
    /// Removes this session's recovery copy (the user saved or discarded the changes), after any write
    /// still running.
    void clear();
    /// For tests: leaves the recovery copy behind and releases the session lock, as a crash would.
    void simulateCrash();

signals:
    /// A recovery copy could not be written (a full disk, a recovery folder Mamori cannot write to):
    /// `error` names the file and the reason. Emitted on the window's thread; the next interval tries
    /// again.
    void writeFailed(const QString& error);

private:
    QString filePath(const char* suffix) const;

    ProjectDocument* m_document;
    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer;
    /// The revision written or being written; 0 after a failed write (the next interval tries again).
    quint64 m_savedRevision = 0;
    std::atomic<bool> m_writeFailed = false;
    QThreadPool m_writer; ///< one thread: writes and removals in order
    bool m_crashed = false;
};

} // namespace mamori
