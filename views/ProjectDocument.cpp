#include "ProjectDocument.h"

#include "DisplayLanguage.h"
#include "ModelFile.h"

#include <QFileInfo>

namespace mamori {

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent) {}

QString ProjectDocument::displayName() const
{
    const QString name = m_model.name.text(displayLanguage());
    if (!name.isEmpty())
        return name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

void ProjectDocument::reset(Model model, const QString& filePath)
{
    m_model = std::move(model);
    m_filePath = filePath;
    emit modelReset();
    emit filePathChanged(m_filePath);
    setModified(false);
}

QString ProjectDocument::open(const QString& path)
{
    LoadedModel loaded = loadModelFile(path);
    if (!loaded.ok()) {
        QStringList lines;
        for (const InputError& e : std::as_const(loaded.errors).first(qMin<qsizetype>(loaded.errors.size(), 20)))
            lines.append(e.toString());
        if (loaded.errors.size() > 20)
            lines.append(tr("… and %n more errors", nullptr, int(loaded.errors.size() - 20)));
        return lines.join(QLatin1Char('\n'));
    }
    // A JSON model is imported: saving it writes a project file, never over the JSON.
    reset(std::move(loaded.model), loaded.kind == ModelFileKind::Project ? path : QString());
    return {};
}

QString ProjectDocument::saveAs(const QString& path)
{
    const QString error = saveModelFile(m_model, path);
    if (!error.isEmpty())
        return error;
    if (kindForWriting(path) == ModelFileKind::Project && m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    setModified(false);
    return {};
}

void ProjectDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace mamori
