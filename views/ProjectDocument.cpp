#include "ProjectDocument.h"

#include "DisplayLanguage.h"
#include "EditCommand.h"
#include "LiveAssessment.h"
#include "ModelFile.h"
#include "Validation.h"

#include <QFileInfo>
#include <QUndoStack>

namespace mamori {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_assessment(new LiveAssessment(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

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
    ++m_revision;
    m_undoStack->clear();
    m_assessment->reset(m_model, m_revision);
    emit modelReset();
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

QString ProjectDocument::open(const QString& path)
{
    LoadedModel loaded = loadModelFile(path);
    if (!loaded.ok()) {
        QStringList lines;
        for (qsizetype i = 0; i < loaded.errors.size() && i < 20; ++i)
            lines.append(loaded.errors[i].toString());
        if (loaded.errors.size() > 20)
            lines.append(tr("… and %n more errors", nullptr, int(loaded.errors.size() - 20)));
        return lines.join(QLatin1Char('\n'));
    }
    // A JSON model is imported: saving it writes a project file, never over the JSON.
    reset(std::move(loaded.model), loaded.kind == ModelFileKind::Project ? path : QString());
    return {};
}

void ProjectDocument::markUnsaved()
{
    m_undoStack->resetClean();
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
    m_undoStack->setClean();
    return {};
}

QString ProjectDocument::edit(const QString& text, const QList<ModelEdit>& edits, int mergeKey)
{
    if (edits.isEmpty())
        return {};
    // Try the action on a copy first (cheap: the lists are shared until written), so a refused edit
    // leaves nothing half-done.
    Model candidate = m_model;
    QList<ModelEdit> undo = applyEdits(candidate, edits);
    if (candidate == m_model)
        return {}; // nothing would change: no undo step
    const InputErrors errors = validateContent(candidate, QString(), Source::Json);
    if (!errors.isEmpty())
        return errors.first().what;
    m_undoStack->push(new EditCommand(this, text, edits, std::move(undo), mergeKey));
    return {};
}

void ProjectDocument::applyFromCommand(const QList<ModelEdit>& edits)
{
    QList<ModelEdit> inverses; // what each edit replaced or removed, for the incremental engine
    inverses.reserve(edits.size());
    for (const ModelEdit& e : edits) {
        inverses.append(inverseEdit(m_model, e));
        emit editAboutToApply(e);
        applyEdit(m_model, e);
        emit editApplied(e);
    }
    ++m_revision;
    m_assessment->apply(m_model, edits, inverses, m_revision);
    emit changed(edits);
}

} // namespace mamori
