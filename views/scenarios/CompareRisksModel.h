#pragma once

// The compare page's table of changed risks, read straight from the page's ScenarioComparison: a row
// is a RiskChange, its texts are made when the view asks for them. (A QStandardItemModel of the same
// rows held five items per row, about 27 MB for the 90,000 rows of a 10,000-asset ward.)
//
// Ownership: the page owns the comparison and calls setComparison() whenever it replaces it.

#include "engine/Diff.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace mamori {

class CompareRisksModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The columns; the same as ComparePage::RiskColumn.
    enum Column { AssetColumn, ThreatColumn, BaseColumn, ScenarioColumn, DeltaColumn, ColumnCount };
    /// Numbers to sort by (a missing side sorts first) and ids for the name columns.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CompareRisksModel(QObject* parent = nullptr);

    /// Shows the changed risks of `comparison` (nullptr: none); `otherFile` when the base side is
    /// another project file, which words a risk present on one side only.
    void setComparison(const ScenarioComparison* comparison, bool otherFile);
    void setHeaders(const QStringList& headers);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString assetName(const RiskChange& r) const;
    QString threatName(const RiskChange& r) const;
    QString deltaText(const RiskChange& r) const;

    const ScenarioComparison* m_comparison = nullptr;
    bool m_otherFile = false;
    QStringList m_headers;
    /// Positions by id in each side's model: a risk on the base side only names what the scenario
    /// may have removed.
    QHash<QString, qsizetype> m_baseAssets, m_baseThreats, m_scenarioAssets, m_scenarioThreats;
};

} // namespace mamori
