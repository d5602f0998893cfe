#pragma once

// One open project: the baseline model, the file it is stored in, the undo stack, and the latest
// assessment of the model (computed off the UI thread by LiveAssessment).
//
// The only way the model changes is edit() (or undo/redo of what edit() pushed): each user action is
// one EditCommand made of ModelEdits. For each ModelEdit the document emits editAboutToApply() and
// editApplied() around the change, so item models can pair their begin…/end… calls; after the whole
// action it emits changed().
//
// Ownership: the document owns the model, the undo stack and the LiveAssessment.

#include "Model.h"
#include "ModelEdit.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace mamori {

class LiveAssessment;

class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Model& model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undoStack; }
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
    /// Marks the model as having unsaved changes (restored from a recovery copy).
    void markUnsaved();
    /// Writes to `path` (a .mamori project unless it ends in .json); empty on success.
    QString saveAs(const QString& path);

    /// Applies one user action as an undoable command named `text`. The model after the edits must be
    /// valid (validateContent); otherwise nothing changes and the reason is returned. Edits with the
    /// same non-zero `mergeKey` pushed one after another merge into one undo step (typing in a cell).
    /// Returns an empty string on success.
    QString edit(const QString& text, const QList<ModelEdit>& edits, int mergeKey = 0);

signals:
    void modelReset();
    void editAboutToApply(const mamori::ModelEdit& edit);
    void editApplied(const mamori::ModelEdit& edit);
    /// After a user action, undo or redo: the edits applied, in order.
    void changed(const QList<mamori::ModelEdit>& edits);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    friend class EditCommand;
    /// Applies edits (from a command's redo or undo), with the notifications.
    void applyFromCommand(const QList<ModelEdit>& edits);

    Model m_model;
    QString m_filePath;
    quint64 m_revision = 0;
    QUndoStack* m_undoStack;
    LiveAssessment* m_assessment;
};

} // namespace mamori
