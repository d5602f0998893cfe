#pragma once

// The one undo command of Mamori: what a user action did and what undoes it. Every user action becomes
// one EditCommand (through ProjectDocument), so undo restores exactly the project before the action.
//
// An action made while a scenario is active changes only that scenario in the baseline (one Scenario
// replaced); the same action on the scenario's model is kept too, so the views follow it item by item
// as they do for a baseline edit. Undo and redo first go back to the scenario (or the baseline) the
// action was made in, so what changes is what the user sees.

#include "ModelEdit.h"
#include "UiText.h"
#include "document/MergeId.h"

#include <QUndoCommand>

#include <optional>

namespace mamori {

class ProjectDocument;

/// One direction (redo or undo) of an EditCommand.
struct EditStep {
    QList<ModelEdit> baseline; ///< applied to the baseline, in order
    std::optional<Model> wholeBaseline; ///< replaces the baseline instead (adopting a scenario)
    QList<ModelEdit> view; ///< a scenario action: the same action on the scenario's model
    bool resetView = false; ///< the scenario's model must be resolved again (order changed)
};

class EditCommand : public QUndoCommand {
public:
    /// `undo` must restore the project `redo` started from. `context` is the scenario the action was
    /// made in (empty: the baseline); nothing when the action does not belong to one (managing scenarios).
    EditCommand(ProjectDocument* document, const UiText& text, EditStep redo, EditStep undo,
        std::optional<QString> context, MergeKey merge);

    /// The text again in the language installed now.
    void retranslate();

    void redo() override;
    void undo() override;
    int id() const override { return m_merge.id == MergeId::None ? -1 : int(m_merge.id); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ProjectDocument* m_document;
    UiText m_text;
    EditStep m_redo;
    EditStep m_undo;
    std::optional<QString> m_context;
    MergeKey m_merge;
};

} // namespace mamori
