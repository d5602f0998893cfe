#pragma once

// The risk response policy (RISK-MODEL.md 3.6, policy §8): every risk of the latest assessment
// with its suggested response (accept within the appetite, else mitigate) and the decided one, the
// rationale, who decided and when, and whether the decision breaks the rationale rule. Decisions are
// edited through ResponsePolicyPage, never in the cells.

#include "risk/RiskTableModel.h"
#include "widgets/TextFilter.h"

#include <QHash>

namespace mamori {

class ProjectDocument;

class ResponsePolicyModel : public RiskTableModel {
    Q_OBJECT

public:
    enum Column {
        AssetId,
        AssetName,
        ThreatId,
        ThreatName,
        Residual,
        Level,
        Suggested,
        Decided,
        Rationale,
        DecidedBy,
        DecidedOn,
        Check,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, AboveAppetiteRole, DecidedRole };

    explicit ResponsePolicyModel(ProjectDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The decided response of a row's risk, or nullptr.
    const Response* response(int row) const;
    /// The position of the row's response in the model's responses, or -1.
    qsizetype responseIndex(int row) const;

protected:
    void reindex() override;

private:
    /// The suggested response of 3.6, ignoring any decision.
    ResponseKind suggested(const RiskResult& risk) const;

    QHash<RiskKey, qsizetype> m_responses; ///< response position by (asset, threat)
};

/// Filters the policy: above appetite only, undecided only, the window's text filter.
class ResponsePolicyProxy : public TextFilterProxy {
    Q_OBJECT

public:
    explicit ResponsePolicyProxy(QObject* parent = nullptr);
    void setAboveAppetiteOnly(bool only);
    void setUndecidedOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_aboveOnly = true;
    bool m_undecidedOnly = false;
};

} // namespace mamori
