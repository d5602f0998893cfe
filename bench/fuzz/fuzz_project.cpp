// libFuzzer target: the project file reader (.mamori, an SQLite database) on hostile bytes. No input
// may make it crash, hang, run away with memory or read out of bounds; a file it cannot read gives an
// error naming the file (RISK-MODEL.md 6, bad input).
//
// Each input is written to a file in a temporary folder of this process and read with
// ProjectFile::read(), as the app and mamori-cli read a colleague's project. A file that reads must be
// assessed, and must survive a save and a second read unchanged (a project saved is the project read).

#include "ProjectFile.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace mamori;

namespace {

QCoreApplication* app = nullptr; // QtSql loads the SQLite driver as a plugin: it needs an application

/// This process's folder, removed when the fuzzer exits.
const QTemporaryDir& folder()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/mamori-fuzz-project-XXXXXX"));
    return dir;
}

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    app = new QCoreApplication(*argc, *argv); // reachable to the end: not a leak
    return folder().isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = folder().filePath(QStringLiteral("input.mamori"));
    removeFiles(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            __builtin_trap(); // the fuzzer's own folder: a failure here is not the input's
    }
    const ProjectFile::ReadResult read = ProjectFile::read(path);
    if (read.ok()) {
        (void)assessmentToJson(assess(read.model));
        const QString copy = folder().filePath(QStringLiteral("saved.mamori"));
        removeFiles(copy);
        if (!ProjectFile::write(read.model, copy).ok())
            __builtin_trap(); // a project that was read must save
        const ProjectFile::ReadResult again = ProjectFile::read(copy);
        if (!again.ok() || !(again.model == read.model))
            __builtin_trap(); // ... and read back as the same model
        removeFiles(copy);
    }
    removeFiles(path);
    return 0;
}
