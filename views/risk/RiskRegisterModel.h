#pragma once

// The risk register: every exposed (asset, threat) pair of the latest assessment with its inherent
// and residual values and levels (coloured), the controls that apply and the response. Read from
// LiveAssessment, so it follows every edit.

#include "risk/RiskTableModel.h"
#include "widgets/TextFilter.h"

namespace mamori {

class ProjectDocument;

class RiskRegisterModel : public RiskTableModel {
    Q_OBJECT

public:
    /// What a risk officer reads first comes first (the risk, its residual, level and response), so
    /// they stay on a laptop screen; the inherent values and the details follow (secondary columns).
    enum Column {
        AssetId,
        AssetName,
        ThreatName,
        Residual,
        Level,
        Response,
        Inherent,
        InherentLevel,
        Owner,
        ThreatId,
        Category,
        Tier,
        Likelihood,
        Impact,
        ResidualLikelihood,
        ResidualImpact,
        Controls,
        ColumnCount
    };
    /// The columns hidden until the user shows them (header context menu).
    static bool isSecondary(int column);
    /// Roles for filtering: the raw values behind the shown text.
    enum Role { SortRole = Qt::UserRole + 1, LevelLabelRole, CategoryRole, TierRole, OwnerRole };

    explicit RiskRegisterModel(ProjectDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The label of the residual level of `row`; the tier and owner of its asset (-1 / empty if gone).
    QString levelLabel(int row) const;
    int tierOf(int row) const;
    QString ownerOf(int row) const;
};

/// Filters the risk register by level, category, tier, owner, the window's text filter (over the shown
/// columns), a heat map cell, and "above appetite only".
class RiskFilterProxy : public TextFilterProxy {
    Q_OBJECT

public:
    explicit RiskFilterProxy(QObject* parent = nullptr);

    void setLevel(const QString& label); ///< empty: any
    void setCategory(int category); ///< 0: any
    void setTier(int tier); ///< -1: any
    void setOwner(const QString& orgUnit); ///< empty: any
    void setAboveAppetite(bool only);
    /// Only the risks in one heat map cell; likelihood 0 clears it.
    void setCell(bool residual, int likelihood, int impact);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Numbers compare as the engine's doubles, without going through QVariant: a register of 90,000
    /// risks re-sorts after every edit.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_level;
    int m_category = 0;
    int m_tier = -1;
    QString m_owner;
    bool m_aboveAppetite = false;
    bool m_cellResidual = true;
    int m_cellLikelihood = 0;
    int m_cellImpact = 0;
};

} // namespace mamori
