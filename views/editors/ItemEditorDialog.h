#pragma once

// The base of the item editor dialogs (threat, control, asset): it turns the inputs into one
// undoable edit of the document.
//
// Invariant of every editor: an input the user did not touch gives back exactly the value the dialog
// was opened with (the same double, the same list order), so OK without changes adds no undo step and
// changing one field changes that field only.

#include "ModelEdit.h"
#include "document/Edits.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace mamori {

class ProjectDocument;

/// A dialog that edits one item of the document. OK applies the inputs as one undoable edit; when
/// the inputs cannot be read or the document refuses the edit, the reason is shown in the dialog and
/// it stays open with everything the user typed.
class ItemEditorDialog : public QDialog {
    Q_OBJECT

public:
    ProjectDocument* document() const { return m_document; }
    /// Whether OK changed the model (false when cancelled or when nothing was changed).
    bool applied() const { return m_applied; }
    /// The message shown for the last refused OK; empty when none.
    QString errorMessage() const;

    void accept() override;

protected:
    ItemEditorDialog(ProjectDocument* document, QWidget* parent);

    /// What OK would apply: the undo text and the edits, or why it cannot and the input to fix.
    struct Change {
        UiText text;
        QList<ModelEdit> edits;
        QString error;
        QWidget* at = nullptr;
    };
    static Change refuse(const QString& error, QWidget* at) { return {{}, {}, error, at}; }
    /// What an edit function built (document/Edits.h); its refusal names no input.
    static Change fromEdit(const UserEdit& edit) { return {edit.text, edit.edits, edit.error, nullptr}; }
    virtual Change change() const = 0;

    /// Puts `body` above the message line and the OK and Cancel buttons.
    void setBody(QWidget* body);
    /// Opens at least `minimum` large and as tall as the content needs at that width.
    void fitToContent(QSize minimum);

private:
    /// Shows why OK did not apply; `at`, the input to fix, gets the focus (its tab is brought forward).
    void showError(const QString& message, QWidget* at = nullptr);
    /// Grows the height to what the layout needs at the current width. Word-wrapped hints make the
    /// needed height depend on the width, which a window's minimum size does not follow by itself:
    /// without this, the checklists above a new message would be squeezed and cut off.
    void growToContent();

    ProjectDocument* m_document;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_applied = false;
};

} // namespace mamori
