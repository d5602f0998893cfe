#pragma once

// Edits are never lost to a crash: while a project has unsaved changes, its model is written every
// interval to a recovery folder (never over the user's file). A clean close or a save removes the
// recovery copy; after a crash, the next start finds it and offers to restore it.
//
// Each running Mamori is a session with a uuid; its files in the recovery folder are <uuid>.mamori
// (the model), <uuid>.json (where it came from, when) and <uuid>.lock, held while the session runs,
// so that one Mamori never offers to "recover" another one's live work.

#include <QDateTime>
#include <QObject>
#include <QString>

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
    /// Writes the recovery copy now if there are unsaved changes not written yet; returns false when
    /// the copy could not be written.
    bool saveNow();
    /// Removes this session's recovery copy (the user saved or discarded the changes).
    void clear();
    /// For tests: leaves the recovery copy behind and releases the session lock, as a crash would.
    void simulateCrash();

private:
    QString filePath(const char* suffix) const;

    ProjectDocument* m_document;
    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer;
    quint64 m_savedRevision = 0;
    bool m_crashed = false;
};

} // namespace mamori
