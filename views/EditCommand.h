#pragma once

// The one undo command of Mamori: a list of ModelEdits and the list that undoes them. Every user
// action becomes one EditCommand (through ProjectDocument::edit), so undo restores exactly the model
// before the action.

#include "ModelEdit.h"

#include <QUndoCommand>

namespace mamori {

class ProjectDocument;

class EditCommand : public QUndoCommand {
public:
    /// `undo` must be what applyEdits() returned for `redo` on the model before the action.
    EditCommand(ProjectDocument* document, const QString& text, QList<ModelEdit> redo, QList<ModelEdit> undo,
                int mergeKey);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* m_document;
    QList<ModelEdit> m_redo;
    QList<ModelEdit> m_undo;
    int m_mergeKey;
};

} // namespace mamori
