#include "RegisterTableModel.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace mamori {

RegisterTableModel::RegisterTableModel(ProjectDocument* document, std::function<int()> rowCount,
                                       QList<RegisterColumn> columns, QObject* parent)
    : QAbstractTableModel(parent), m_rowCount(std::move(rowCount)), m_columns(std::move(columns))
{
    connect(document, &ProjectDocument::modelReset, this, [this] {
        beginResetModel();
        endResetModel();
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
    if (role == SortRole) {
        const QVariant v = column.data(index.row(), SortRole);
        return v.isValid() ? v : column.data(index.row(), Qt::DisplayRole);
    }
    return column.data(index.row(), role);
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("mamori::Registers", m_columns[section].header);
}

} // namespace mamori
