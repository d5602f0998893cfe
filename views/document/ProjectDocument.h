#pragma once

// One open project: the baseline model, the file it is stored in, the undo stack, the active
// scenario (if any), and the latest assessment of what the views show (computed off the UI thread by
// LiveAssessment).
//
// model() is what every view shows and edits: the baseline, or, while a scenario is active, the
// scenario's resolved model (RISK-MODEL.md 5). The only way either changes is edit() and the other
// undoable actions below (or undo/redo of what they pushed): each user action is one EditCommand. For
// each ModelEdit on model() the document emits editAboutToApply() and editApplied() around the change,
// so item models can pair their begin…/end… calls; after the whole action it emits changed().
//
// Invariants: while a scenario is active, an edit changes only that Scenario in the baseline (its
// changes are recorded from the edited model, ScenarioRecording.h); baseline() is what is saved;
// model().scenarios equals baseline().scenarios. Switching the active scenario is not an undoable edit
// and emits modelReset().
//
// Ownership: the document owns both models, the undo stack and the LiveAssessment.

#include "Model.h"
#include "ModelEdit.h"
#include "ModelFile.h"
#include "UiText.h"
#include "document/MergeId.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace mamori {

class LiveAssessment;
struct UserEdit;
struct EditStep;

class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    /// What the views show and edit: the active scenario's model, else the baseline.
    const Model& model() const { return m_scenarioModel ? *m_scenarioModel : m_model; }
    /// The approved baseline, with every scenario: what is saved.
    const Model& baseline() const { return m_model; }
    /// The id of the active scenario; empty for the baseline.
    QString activeScenario() const { return m_activeScenario; }
    /// The active scenario's name for display, empty for the baseline.
    QString activeScenarioName() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    /// The undo history's texts again in the language installed now (after the user switched).
    void retranslateHistory();
    LiveAssessment* assessment() const { return m_assessment; }
    /// Increases with every change of the model (edit, undo, redo, reset).
    quint64 revision() const { return m_revision; }

    /// The file the project is stored in; empty for a project that was never saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    /// The name to show in the title bar: the model's name, else the file name, else "Untitled".
    QString displayName() const;

    /// Replaces the whole model (new, open, sample); clears undo, not modified.
    void reset(Model model, const QString& filePath);
    /// Loads a .mamori or .json file; on failure the document is unchanged and the errors returned.
    QString open(const QString& path);
    /// The second half of open(path): takes what loadModelFile(path) read (on a worker thread, so
    /// that the window keeps painting), or returns its errors.
    QString open(LoadedModel loaded, const QString& path);
    /// Marks the model as having unsaved changes (restored from a recovery copy).
    void markUnsaved();
    /// Writes to `path` (a .mamori project unless it ends in .json); empty on success.
    QString saveAs(const QString& path);

    /// Applies one user action as an undoable command named `text`. The model after the edits must be
    /// valid (validateContent); otherwise nothing changes and the reason is returned. Edits with the
    /// same `merge` key (not MergeId::None) pushed one after another merge into one undo step (typing
    /// in a cell). Returns an empty string on success.
    /// While a scenario is active, the edits are recorded as that scenario's changes.
    QString edit(const UiText& text, const QList<ModelEdit>& edits, MergeKey merge = {});
    /// Applies what an edit function built (document/Edits.h): its refusal, else edit().
    QString edit(const UserEdit& edit);

    /// Shows and edits scenario `id` from now on (empty: the baseline). Not an undo step. Returns why
    /// the scenario cannot be shown, empty on success.
    QString setActiveScenario(const QString& id);
    /// Changes the baseline's list of scenarios (create, rename, describe, duplicate, delete, revert a
    /// change) as one undo step, whichever scenario is active. `edits` are ModelEdits of Scenarios.
    QString editScenarios(const UiText& text, const QList<ModelEdit>& edits);
    /// Applies what a scenario edit function built (document/Edits.h): its refusal, else editScenarios().
    QString editScenarios(const UserEdit& edit);
    /// The baseline after adopting scenario `id`: its resolved model becomes the baseline; the
    /// scenario and its base chain are removed (they are in the baseline now), scenarios based on them
    /// are based on the baseline. Errors when a remaining scenario no longer applies.
    struct Adoption {
        Model baseline;
        QStringList removedScenarios; ///< the scenario and its base chain
        QStringList rebasedScenarios; ///< scenarios that were based on one of them
        QString error;
    };
    Adoption prepareAdoption(const QString& id) const;
    /// Adopts scenario `id` as one undo step and shows the baseline; empty on success. `then`, built
    /// against prepareAdoption(id).baseline (marking the actions the scenario carried out done), is
    /// applied to the adopted baseline in the same step.
    QString adopt(const QString& id, const QList<ModelEdit>& then = {});

signals:
    /// model() was replaced as a whole (new or opened project, another scenario shown).
    void modelReset();
    /// A new or opened project (after modelReset).
    void projectReset();
    /// The active scenario changed (empty: the baseline).
    void activeScenarioChanged(const QString& id);
    /// The baseline's list of scenarios or one scenario's changes changed.
    void scenariosChanged();
    /// A user action, undo or redo begins (before it is checked): the window may show it is working.
    void editStarted();
    void editAboutToApply(const mamori::ModelEdit& edit);
    void editApplied(const mamori::ModelEdit& edit);
    /// After a user action, undo or redo: the edits applied, in order.
    void changed(const QList<mamori::ModelEdit>& edits);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    friend class EditCommand;
    /// Applies one direction of a command, first showing the scenario it was made in.
    void applyFromCommand(const EditStep& step, const std::optional<QString>& context);
    /// Applies edits to `model` (what the views show), with the notifications.
    void applyWithNotifications(Model& model, const QList<ModelEdit>& edits);
    /// Resolves the active scenario again after its definition changed; back to the baseline when it
    /// is gone. Resets the views only when what they show changed.
    void refreshView(bool forceReset);
    void resetView();

    Model m_model; ///< the baseline
    std::optional<Model> m_scenarioModel; ///< the active scenario's resolved model
    QString m_activeScenario;
    QString m_filePath;
    quint64 m_revision = 0;
    QUndoStack* m_undoStack;
    LiveAssessment* m_assessment;
};

} // namespace mamori
