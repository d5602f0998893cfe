#include "registers/RegisterTableModel.h"

#include "document/ProjectDocument.h"

#include <QCoreApplication>
#include <QHashFunctions>

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
    // Edits of one cell in a row merge into one undo step, as typing would: the key names the cell.
    const int mergeKey = int(qHashMulti(0, m_entity, index.row(), index.column()) & 0x3fffffff) | 0x40000000;
    return apply(index.column(), {column.edit(index.row(), v)}, mergeKey);
}

bool RegisterTableModel::setColumnForRows(int columnIndex, const QList<int>& rows, const QVariant& value)
{
    const RegisterColumn& column = m_columns[columnIndex];
    if (!column.edit)
        return false;
    QList<CellEdit> edits;
    for (int row : rows)
        edits.append(column.edit(row, value));
    return apply(columnIndex, edits, 0);
}

bool RegisterTableModel::apply(int column, const QList<CellEdit>& cellEdits, int mergeKey)
{
    const QString header = QCoreApplication::translate("mamori::Registers", m_columns[column].header);
    QList<ModelEdit> edits;
    for (const CellEdit& c : cellEdits) {
        if (!c.error.isEmpty()) {
            emit editRefused(tr("%1: %2").arg(header, c.error));
            return false;
        }
        edits.append(c.edits);
    }
    const QString text = cellEdits.size() > 1 ? tr("Set %1 of %n items", nullptr, int(cellEdits.size())).arg(header)
                                              : tr("Change %1").arg(header);
    const QString error = m_document->edit(text, edits, mergeKey);
    if (!error.isEmpty()) {
        emit editRefused(tr("%1: %2").arg(header, error));
        return false;
    }
    return true;
}

} // namespace mamori
