#include "document/ProjectDocument.h"

#include "DisplayLanguage.h"
#include "EditValidation.h"
#include "ModelFile.h"
#include "ScenarioRecording.h"
#include "Scenarios.h"
#include "Validation.h"
#include "document/EditCommand.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"

#include <QFileInfo>
#include <QUndoStack>

namespace mamori {

namespace {

qsizetype indexOfScenario(const Model& m, const QString& id)
{
    return indexOfId(m.scenarios, id);
}

/// True when one of `edits` (made on `before`, in order) gives an asset, threat, control or plan action
/// another id. A scenario cannot record that (RISK-MODEL.md 5 has no change of an id): it would read
/// as a removal, which drops what names the item, and an addition.
bool renamesAnId(Model before, const QList<ModelEdit>& edits)
{
    for (const ModelEdit& e : edits) {
        const bool renames = e.op == ModelEdit::Op::Replace
            && std::visit(
                [&](const auto& value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (
                        std::is_same_v<T,
                            Asset> || std::is_same_v<T, Threat> || std::is_same_v<T, Control> || std::is_same_v<T, PlanAction>)
                        return before.list<T>()[e.index].id != value.id;
                    return false;
                },
                e.value);
        if (renames)
            return true;
        applyEdit(before, e);
    }
    return false;
}

bool touchesScenarios(const QList<ModelEdit>& edits)
{
    return std::any_of(
        edits.cbegin(), edits.cend(), [](const ModelEdit& e) { return std::holds_alternative<Scenario>(e.value); });
}

} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_assessment(new LiveAssessment(this))
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

QString ProjectDocument::activeScenarioName() const
{
    const qsizetype i = indexOfScenario(m_model, m_activeScenario);
    if (i < 0)
        return {};
    const QString name = m_model.scenarios[i].name.text(displayLanguage());
    return name.isEmpty() ? m_activeScenario : name;
}

void ProjectDocument::reset(Model model, const QString& filePath)
{
    m_model = std::move(model);
    m_scenarioModel.reset();
    const bool hadScenario = !m_activeScenario.isEmpty();
    m_activeScenario.clear();
    m_filePath = filePath;
    m_undoStack->clear();
    resetView();
    emit projectReset();
    if (hadScenario)
        emit activeScenarioChanged({});
    emit scenariosChanged();
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void ProjectDocument::resetView()
{
    ++m_revision;
    m_assessment->reset(model(), m_revision);
    emit modelReset();
}

QString ProjectDocument::open(const QString& path)
{
    return open(loadModelFile(path), path);
}

QString ProjectDocument::open(LoadedModel loaded, const QString& path)
{
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

void ProjectDocument::retranslateHistory()
{
    // Every command of the stack is an EditCommand: the document pushes nothing else.
    for (int i = 0; i < m_undoStack->count(); ++i)
        static_cast<EditCommand*>(const_cast<QUndoCommand*>(m_undoStack->command(i)))->retranslate();
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

QString ProjectDocument::edit(const UiText& text, const QList<ModelEdit>& edits, MergeKey merge)
{
    if (edits.isEmpty())
        return {};
    emit editStarted();
    // Try the action on a copy first (cheap: the lists are shared until written), so a refused edit
    // leaves nothing half-done.
    Model candidate = model();
    QList<ModelEdit> undo = applyEdits(candidate, edits);
    if (candidate == model())
        return {}; // nothing would change: no undo step
    if (m_activeScenario.isEmpty()) {
        // Only what the edit touches is validated (m_model is valid): the whole model for files.
        if (const QString why = baselineRefusal(m_model, candidate, edits, displayLanguage()); !why.isEmpty())
            return why;
        m_undoStack->push(
            new EditCommand(this, text, {edits, {}, {}, false}, {std::move(undo), {}, {}, false}, QString(), merge));
        return {};
    }

    // In a scenario: the edited model is valid by itself, and the scenario records how it differs
    // from the scenario's base; the baseline changes only in that one Scenario.
    if (renamesAnId(model(), edits))
        return tr("IDs are renamed in the baseline, not in a scenario. Show the baseline and rename the item "
                  "there: every scenario follows the new ID.");
    const InputErrors errors = validateEdit(model(), candidate, edits, QString(), Source::Json);
    if (!errors.isEmpty())
        return errors.first().what;
    const qsizetype at = indexOfScenario(m_model, m_activeScenario);
    const Scenario& before = m_model.scenarios[at];
    const ResolvedScenario base
        = before.base.isEmpty() ? ResolvedScenario {m_model, {}} : resolveScenario(m_model, before.base);
    if (!base.ok())
        return base.errors.first().what;
    RecordedChanges recorded = recordChanges(base.model, candidate);
    if (!recorded.ok())
        return recorded.error;
    Scenario after = before;
    after.changes = std::move(recorded.changes);
    Model newBaseline = m_model;
    newBaseline.scenarios[at] = after;
    if (const QString why
        = descendantRefusal(newBaseline, m_activeScenario, onlyFieldEdits(model(), edits), displayLanguage());
        !why.isEmpty())
        return why;
    // The views follow the edits item by item when the scenario resolves to the edited model in the
    // same order; a dependency changed in place is re-added at the end, which needs a reset.
    recorded.model.scenarios = candidate.scenarios;
    const bool reset = !(recorded.model == candidate);
    const UiText scenarioText
        = UiText::translate("mamori::ProjectDocument", "%1 (scenario %2)").arg(text).arg(activeScenarioName());
    m_undoStack->push(new EditCommand(this, scenarioText, {{ModelEdit::replace(at, after)}, {}, edits, reset},
        {{ModelEdit::replace(at, before)}, {}, std::move(undo), reset}, m_activeScenario, merge));
    return {};
}

QString ProjectDocument::setActiveScenario(const QString& id)
{
    if (id == m_activeScenario)
        return {};
    if (id.isEmpty()) {
        m_scenarioModel.reset();
    } else {
        if (indexOfScenario(m_model, id) < 0)
            return tr("There is no scenario “%1”.").arg(id);
        ResolvedScenario resolved = resolveScenario(m_model, id);
        if (!resolved.ok())
            return resolved.errors.first().toString();
        m_scenarioModel = std::move(resolved.model);
    }
    m_activeScenario = id;
    resetView();
    emit activeScenarioChanged(id);
    return {};
}

QString ProjectDocument::editScenarios(const UiText& text, const QList<ModelEdit>& edits)
{
    if (edits.isEmpty())
        return {};
    emit editStarted();
    Model candidate = m_model;
    QList<ModelEdit> undo = applyEdits(candidate, edits);
    if (candidate == m_model)
        return {};
    if (const QString why = baselineRefusal(candidate, false, displayLanguage()); !why.isEmpty())
        return why;
    m_undoStack->push(
        new EditCommand(this, text, {edits, {}, {}, false}, {std::move(undo), {}, {}, false}, std::nullopt, {}));
    return {};
}

QString ProjectDocument::edit(const UserEdit& e)
{
    return e.error.isEmpty() ? edit(e.text, e.edits, e.merge) : e.error;
}

QString ProjectDocument::editScenarios(const UserEdit& e)
{
    return e.error.isEmpty() ? editScenarios(e.text, e.edits) : e.error;
}

ProjectDocument::Adoption ProjectDocument::prepareAdoption(const QString& id) const
{
    Adoption out;
    InputErrors errors;
    const QStringList chain = scenarioChain(m_model, id, QString(), errors);
    ResolvedScenario resolved = resolveScenario(m_model, id);
    if (!errors.isEmpty() || !resolved.ok()) {
        out.error = (errors.isEmpty() ? resolved.errors : errors).first().what;
        return out;
    }
    out.baseline = std::move(resolved.model);
    out.removedScenarios = chain;
    out.baseline.scenarios.removeIf([&](const Scenario& s) { return chain.contains(s.id); });
    for (Scenario& s : out.baseline.scenarios) {
        if (chain.contains(s.base)) {
            s.base.clear(); // what it was based on is the baseline now
            out.rebasedScenarios.append(s.id);
        }
    }
    out.error = baselineRefusal(out.baseline, false, displayLanguage());
    return out;
}

QString ProjectDocument::adopt(const QString& id, const QList<ModelEdit>& then)
{
    Adoption adoption = prepareAdoption(id);
    if (!adoption.error.isEmpty())
        return adoption.error;
    if (!then.isEmpty()) {
        applyEdits(adoption.baseline, then);
        if (const QString why = baselineRefusal(adoption.baseline, false, displayLanguage()); !why.isEmpty())
            return why;
    }
    const qsizetype at = indexOfScenario(m_model, id);
    const QString name = m_model.scenarios[at].name.text(displayLanguage());
    EditStep redo;
    redo.wholeBaseline = std::move(adoption.baseline);
    EditStep undo;
    undo.wholeBaseline = m_model;
    // Adopting is a baseline action: undo shows the baseline as it was.
    m_undoStack->push(new EditCommand(this,
        UiText::translate("mamori::ProjectDocument", "Adopt scenario %1").arg(name.isEmpty() ? id : name),
        std::move(redo), std::move(undo), QString(), {}));
    return {};
}

void ProjectDocument::applyFromCommand(const EditStep& step, const std::optional<QString>& context)
{
    emit editStarted();
    if (context && *context != m_activeScenario)
        setActiveScenario(*context); // the scenario existed when the command was made, so it resolves
    ++m_revision; // the baseline changes even when what the views show does not (autosave follows it)
    if (step.wholeBaseline) {
        m_model = *step.wholeBaseline;
        refreshView(true);
        emit scenariosChanged();
        return;
    }
    const bool scenarios = touchesScenarios(step.baseline);
    if (m_activeScenario.isEmpty()) {
        applyWithNotifications(m_model, step.baseline);
    } else {
        applyEdits(m_model, step.baseline); // the views show the scenario, not the baseline
        if (context && !step.resetView) {
            applyWithNotifications(*m_scenarioModel, step.view);
            m_scenarioModel->scenarios = m_model.scenarios;
        } else {
            refreshView(context.has_value());
        }
    }
    if (scenarios)
        emit scenariosChanged();
}

void ProjectDocument::refreshView(bool forceReset)
{
    if (m_activeScenario.isEmpty()) {
        if (forceReset)
            resetView();
        return;
    }
    ResolvedScenario resolved;
    if (indexOfScenario(m_model, m_activeScenario) >= 0)
        resolved = resolveScenario(m_model, m_activeScenario);
    if (indexOfScenario(m_model, m_activeScenario) < 0 || !resolved.ok()) {
        setActiveScenario({}); // the scenario is gone (its creation undone, deleted, adopted)
        return;
    }
    m_scenarioModel->scenarios = m_model.scenarios; // a renamed scenario is no reason to reset the views
    const bool same = !forceReset && resolved.model == *m_scenarioModel;
    m_scenarioModel = std::move(resolved.model);
    if (!same)
        resetView();
}

void ProjectDocument::applyWithNotifications(Model& target, const QList<ModelEdit>& edits)
{
    QList<ModelEdit> inverses; // what each edit replaced or removed, for the incremental engine
    inverses.reserve(edits.size());
    for (const ModelEdit& e : edits) {
        inverses.append(inverseEdit(target, e));
        emit editAboutToApply(e);
        applyEdit(target, e);
        emit editApplied(e);
    }
    ++m_revision;
    m_assessment->apply(target, edits, inverses, m_revision);
    emit changed(edits);
}

} // namespace mamori
