#pragma once

// A table over one list of the project's model (assets, threats, controls...), described by its
// columns. Each register is a list of columns, not a class of its own: rows, notifications and
// editing are the same for all of them (the registers themselves are in Registers.h).
//
// Edits go through ProjectDocument::edit (one undo step each); the model follows the document's
// editAboutToApply/editApplied pairs for its list, so views keep their selection across edits.

#include "ModelEdit.h"
#include "document/Edits.h"

#include <QAbstractTableModel>

#include <functional>

namespace mamori {

class ProjectDocument;

/// What a cell edit becomes: the edits to apply, or why the value is refused.
using CellEdit = edits::ItemChange;

/// One choice of a choice column: the text shown and the value given to the column's edit function.
struct Choice {
    QString text;
    QVariant value;
};

struct RegisterColumn {
    const char* header; ///< untranslated, context "mamori::Registers"; translated when shown
    /// The cell's data for a role (DisplayRole, EditRole, SortRole, ToolTipRole, ...).
    std::function<QVariant(int row, int role)> data;
    /// Makes the edits that set the cell of `row` to `value`; empty for a read-only column.
    std::function<CellEdit(int row, const QVariant& value)> edit = {};
    /// For a column edited by choosing: the choices; empty for free text.
    std::function<QList<Choice>()> choices = {};
    bool visibleByDefault = true;
    /// The column shows what the engine computed (effective impact, readiness): it changes when a new
    /// assessment arrives, not only when its row is edited.
    bool fromAssessment = false;
};

class RegisterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// `entity` is the position in ModelEdit::Value of the list's item type (the list the rows are).
    RegisterTableModel(ProjectDocument* document, std::size_t entity, std::function<int()> rowCount,
        QList<RegisterColumn> columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Sets one column of several rows at once (a bulk decision on a selection), as one undo step.
    bool setColumnForRows(int column, const QList<int>& rows, const QVariant& value);

    const RegisterColumn& column(int index) const { return m_columns[index]; }
    ProjectDocument* document() const { return m_document; }
    /// The list the rows are: the position of the item type in ModelEdit::Value.
    std::size_t entity() const { return m_entity; }

    /// Role under which each cell gives the value to sort by (numbers sort as numbers).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Role under which a choice column gives its choices (QVariantList of {text, value} maps).
    static constexpr int ChoicesRole = Qt::UserRole + 2;

signals:
    /// An edit was refused; `message` says which value and why.
    void editRefused(const QString& message);

private:
    bool apply(int column, const UserEdit& edit);

    ProjectDocument* m_document;
    std::size_t m_entity;
    std::function<int()> m_rowCount;
    QList<RegisterColumn> m_columns;
};

} // namespace mamori
