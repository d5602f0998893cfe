#include "ModelFile.h"

#include "FilePaths.h"
#include "InputFile.h"
#include "JsonFormat.h"
#include "ProjectFile.h"
#include "ProjectLock.h"
#include "SaveWhole.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mamori {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ModelFile)
};
} // namespace

LoadedModel loadModelFile(const QString& path)
{
    LoadedModel out;
    // Nothing is opened before the file is known to be a regular file of a sane size: a pipe would block.
    const bool project = kindForWriting(path) == ModelFileKind::Project;
    if (const QString why = InputFile::refusal(path, project ? limits::kProjectBytes : limits::kJsonModelBytes);
        !why.isEmpty() && (project || !ProjectFile::looksLikeSqlite(path))) {
        out.kind = project ? ModelFileKind::Project : ModelFileKind::Json;
        out.errors.append({QFileInfo(path).fileName(), QString(), why});
        return out;
    }
    // A .mamori that is not SQLite gets the project reader's "not a Mamori project" message.
    if (ProjectFile::looksLikeSqlite(path) || kindForWriting(path) == ModelFileKind::Project) {
        ProjectFile::ReadResult r = ProjectFile::read(path);
        out.model = std::move(r.model);
        out.errors = std::move(r.errors);
        out.kind = ModelFileKind::Project;
        return out;
    }
    out.kind = ModelFileKind::Json;
    const InputFile::Bytes file = InputFile::read(path, limits::kJsonModelBytes);
    if (!file.ok()) {
        out.errors.append({QFileInfo(path).fileName(), QString(), file.error});
        return out;
    }
    JsonFormat::ReadResult r = JsonFormat::read(file.bytes, QFileInfo(path).fileName());
    out.model = std::move(r.model);
    out.errors = std::move(r.errors);
    return out;
}

ModelFileKind kindForWriting(const QString& path)
{
    return FilePaths::isProjectPath(path) ? ModelFileKind::Project : ModelFileKind::Json;
}

QString saveRefusal(const Model& model, const QString& path)
{
    // The loader's own rules: what is saved can always be opened again.
    const InputErrors problems = validate(model, QString(), Source::Window);
    if (problems.isEmpty())
        return {};
    constexpr qsizetype shown = 5;
    QStringList lines {
        Tr::tr("“%1” was not saved: fix %n problem(s) in the model first:", nullptr, int(problems.size()))
            .arg(QDir::toNativeSeparators(path))};
    for (qsizetype i = 0; i < problems.size() && i < shown; ++i)
        lines.append(problems[i].toString());
    if (problems.size() > shown)
        lines.append(Tr::tr("… and %n more problem(s)", nullptr, int(problems.size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

QString saveModelFile(const Model& model, const QString& path)
{
    if (const QString refusal = saveRefusal(model, path); !refusal.isEmpty())
        return refusal;
    if (kindForWriting(path) == ModelFileKind::Project) {
        // The project's lock, for a save from mamori-cli (or of a project no window here holds): a
        // window or a script that has the project open is not overwritten behind its back, and two
        // scripts saving at once take turns.
        const ProjectWriteLock lock(path);
        if (!lock.ok())
            return Tr::tr("“%1” was not saved: it is open in %2. Close it there first, or save under another name.")
                .arg(QDir::toNativeSeparators(path), lock.holder());
        return ProjectFile::write(model, path).error;
    }
    const SaveWholeResult saved = saveWhole(path, JsonFormat::write(model));
    if (!saved.opened)
        return Tr::tr("“%1” was not saved: Mamori cannot write there. Save to another folder, or ask for "
                      "permission to write there. (Details: %2)")
            .arg(QDir::toNativeSeparators(path), saved.error);
    if (saved.replacing)
        return Tr::tr("“%1” was not saved: %2").arg(QDir::toNativeSeparators(path), saved.error);
    if (!saved.ok())
        return Tr::tr("“%1” was not saved: writing failed; the disk may be full. Free some space or save to "
                      "another drive. (Details: %2)")
            .arg(QDir::toNativeSeparators(path), saved.error);
    return {};
}

} // namespace mamori
