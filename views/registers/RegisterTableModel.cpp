#include "registers/RegisterTableModel.h"

#include "document/ProjectDocument.h"

#include <QCoreApplication>

namespace mamori {

RegisterTableModel::RegisterTableModel(ProjectDocument* document, std::size_t entity, std::function<int()> rowCount,
    QList<RegisterColumn> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_entity(entity)
    , m_rowCount(std::move(rowCount))
    , m_columns(std::move(columns))
{
    connect(document, &ProjectDocument::modelReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &ProjectDocument::editAboutToApply, this, [this](const ModelEdit& e) {
        if (e.entity() != m_entity)
            return;
        const int row = int(e.index);
        if (e.op == ModelEdit::Op::Insert)
            beginInsertRows({}, row, row);
        else if (e.op == ModelEdit::Op::Remove)
            beginRemoveRows({}, row, row);
    });
    connect(document, &ProjectDocument::editApplied, this, [this](const ModelEdit& e) {
        if (e.entity() != m_entity)
            return;
        switch (e.op) {
        case ModelEdit::Op::Insert:
            endInsertRows();
            break;
        case ModelEdit::Op::Remove:
            endRemoveRows();
            break;
        case ModelEdit::Op::Replace:
            emit dataChanged(index(int(e.index), 0), index(int(e.index), columnCount() - 1));
            break;
        }
    });
}

int RegisterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount();
}

int RegisterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterColumn& column = m_columns[index.column()];
    switch (role) {
    case SortRole: {
        const QVariant v = column.data(index.row(), SortRole);
        return v.isValid() ? v : column.data(index.row(), Qt::DisplayRole);
    }
    case Qt::EditRole: {
        const QVariant v = column.data(index.row(), Qt::EditRole);
        return v.isValid() ? v : column.data(index.row(), Qt::DisplayRole);
    }
    case ChoicesRole: {
        if (!column.choices)
            return {};
        QVariantList out;
        for (const Choice& c : column.choices())
            out.append(QVariantMap {{QStringLiteral("text"), c.text}, {QStringLiteral("value"), c.value}});
        return out;
    }
    default:
        return column.data(index.row(), role);
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("mamori::Registers", m_columns[section].header);
    return {};
}

Qt::ItemFlags RegisterTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_columns[index.column()].edit) {
        f |= Qt::ItemIsEditable;
        if (m_columns[index.column()].data(index.row(), Qt::CheckStateRole).isValid())
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool RegisterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    const RegisterColumn& column = m_columns[index.column()];
    if (!column.edit)
        return false;
    const QVariant v = role == Qt::CheckStateRole ? QVariant(value.toInt() == Qt::Checked) : value;
    // Edits of one cell merge into one undo step, as typing would.
    // The header is translated when the undo text is shown, like every undo text.
    const UiText header = UiText::translate("mamori::Registers", column.header);
    return apply(
        index.column(), edits::setCell(header, m_entity, index.row(), index.column(), column.edit(index.row(), v)));
}

bool RegisterTableModel::setColumnForRows(int columnIndex, const QList<int>& rows, const QVariant& value)
{
    const RegisterColumn& column = m_columns[columnIndex];
    if (!column.edit)
        return false;
    QList<CellEdit> changes;
    for (int row : rows)
        changes.append(column.edit(row, value));
    return apply(columnIndex, edits::setInRows(UiText::translate("mamori::Registers", column.header), changes));
}

bool RegisterTableModel::apply(int column, const UserEdit& edit)
{
    if (!edit.ok()) {
        emit editRefused(edit.error);
        return false;
    }
    const QString error = m_document->edit(edit);
    if (!error.isEmpty()) {
        emit editRefused(
            tr("%1: %2").arg(QCoreApplication::translate("mamori::Registers", m_columns[column].header), error));
        return false;
    }
    return true;
}

} // namespace mamori
