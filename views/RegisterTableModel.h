#pragma once

// A table over one list of the project's model (assets, threats, controls...), described by its
// columns. Each register is a list of columns, not a class of its own: the row and reset logic is
// the same for all of them (see Registers.h for the registers themselves).

#include <QAbstractTableModel>

#include <functional>

namespace mamori {

class ProjectDocument;

struct RegisterColumn {
    const char* header; ///< untranslated, context "mamori::Registers"; translated when shown
    std::function<QVariant(int row, int role)> data;
};

class RegisterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    RegisterTableModel(ProjectDocument* document, std::function<int()> rowCount, QList<RegisterColumn> columns,
                       QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Role under which each cell gives the value to sort by (numbers sort as numbers).
    static constexpr int SortRole = Qt::UserRole + 1;

private:
    std::function<int()> m_rowCount;
    QList<RegisterColumn> m_columns;
};

} // namespace mamori
