#include "ModelFile.h"

#include "JsonFormat.h"
#include "ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mamori {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ModelFile)
};
} // namespace

LoadedModel loadModelFile(const QString& path)
{
    LoadedModel out;
    // A .mamori that is not SQLite gets the project reader's "not a Mamori project" message.
    if (ProjectFile::looksLikeSqlite(path) || kindForWriting(path) == ModelFileKind::Project) {
        ProjectFile::ReadResult r = ProjectFile::read(path);
        out.model = std::move(r.model);
        out.errors = std::move(r.errors);
        out.kind = ModelFileKind::Project;
        return out;
    }
    out.kind = ModelFileKind::Json;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.errors.append({QFileInfo(path).fileName(), QString(),
            QFileInfo::exists(path) ? Tr::tr("the file cannot be read: %1").arg(f.errorString())
                                    : Tr::tr("the file does not exist")});
        return out;
    }
    JsonFormat::ReadResult r = JsonFormat::read(f.readAll(), QFileInfo(path).fileName());
    out.model = std::move(r.model);
    out.errors = std::move(r.errors);
    return out;
}

ModelFileKind kindForWriting(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1StringView("mamori"), Qt::CaseInsensitive) == 0
        ? ModelFileKind::Project
        : ModelFileKind::Json;
}

QString saveModelFile(const Model& model, const QString& path)
{
    if (kindForWriting(path) == ModelFileKind::Project)
        return ProjectFile::write(model, path).error;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, f.errorString());
    f.write(JsonFormat::write(model));
    if (!f.commit())
        return Tr::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace mamori
