#include "document/Autosave.h"

#include "ProjectFile.h"
#include "SaveWhole.h"
#include "document/ProjectDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace mamori {

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QList<Autosave::Recovery> Autosave::pending(const QString& directory)
{
    QList<Recovery> out;
    const QDir dir(directory);
    for (const QString& meta : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString session = meta.chopped(5);
        QLockFile lock(dir.filePath(session + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // that Mamori is still running
        lock.unlock();
        QFile f(dir.filePath(meta));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        Recovery r {dir.filePath(session + QStringLiteral(".mamori")), o.value(QStringLiteral("original")).toString(),
            o.value(QStringLiteral("name")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)};
        if (QFile::exists(r.modelPath))
            out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Recovery& a, const Recovery& b) { return a.savedAt > b.savedAt; });
    return out;
}

void Autosave::remove(const Recovery& recovery)
{
    const QString base = recovery.modelPath.chopped(7); // ".mamori"
    for (const char* suffix : {".mamori", ".json", ".lock"})
        QFile::remove(base + QLatin1StringView(suffix));
}

Autosave::Autosave(ProjectDocument* document, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
{
    QDir().mkpath(directory);
    m_lock = std::make_unique<QLockFile>(filePath(".lock"));
    m_lock->tryLock(0);
    m_savedRevision = document->revision();
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &Autosave::startSave);
    m_timer->start();
    // A save makes the file on disk current; a new or opened project starts with nothing to recover.
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            clear();
    });
    connect(document, &ProjectDocument::projectReset, this, &Autosave::clear);
}

Autosave::~Autosave()
{
    if (!m_crashed)
        clear();
    m_writer.waitForDone(); // quitting waits for a write that is running
}

void Autosave::setIntervalSeconds(int seconds)
{
    m_timer->setInterval(qMax(10, seconds) * 1000);
}

int Autosave::intervalSeconds() const
{
    return m_timer->interval() / 1000;
}

QString Autosave::filePath(const char* suffix) const
{
    return QDir(m_directory).filePath(m_session + QLatin1StringView(suffix));
}

void Autosave::startSave()
{
    if (m_writeFailed.exchange(false))
        m_savedRevision = 0; // the last write failed: write again even if nothing changed since
    if (!m_document->isModified() || m_document->revision() == m_savedRevision)
        return;
    // The snapshot and its description are taken here, on the window's thread; the worker only writes.
    const Model snapshot = m_document->baseline();
    const QJsonObject o {{QStringLiteral("original"), m_document->filePath()},
        {QStringLiteral("name"), m_document->displayName()},
        {QStringLiteral("saved_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    m_savedRevision = m_document->revision();
    m_writer.start([this, snapshot, o, model = filePath(".mamori"), meta = filePath(".json")] {
        QString error = ProjectFile::write(snapshot, model).error;
        if (error.isEmpty()) {
            if (const SaveWholeResult saved = saveWhole(meta, QJsonDocument(o).toJson()); !saved.ok())
                error = tr("“%1” was not saved: %2").arg(QDir::toNativeSeparators(meta), saved.error);
        }
        if (!error.isEmpty()) {
            m_writeFailed = true;
            // Said on the window's thread, where the window listens; never silent (issue 17).
            QMetaObject::invokeMethod(
                this, [this, error] { emit writeFailed(error); }, Qt::QueuedConnection);
        }
    });
}

bool Autosave::saveNow()
{
    startSave();
    return waitForWrites();
}

bool Autosave::waitForWrites()
{
    m_writer.waitForDone();
    if (!m_writeFailed)
        return true;
    m_writeFailed = false;
    m_savedRevision = 0;
    return false;
}

void Autosave::clear()
{
    m_savedRevision = m_document->revision();
    m_writer.start([model = filePath(".mamori"), meta = filePath(".json")] {
        QFile::remove(model);
        QFile::remove(meta);
    });
}

void Autosave::simulateCrash()
{
    m_crashed = true;
    m_timer->stop();
    m_writer.waitForDone();
    m_lock.reset(); // a crashed process holds no lock: its lock file is stale or gone
}

} // namespace mamori
