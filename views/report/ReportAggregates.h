#pragma once

// Aggregates the report prints instead of (or beside) long lists: risks counted by residual level
// for a threat category, a tier or an org unit, and the overview by department (所管課別). Each is one
// pass over the assessment's risks, so they cost nothing next to the layout even for 90,000 risks.

#include "engine/Assessment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

/// The residual levels as table columns: the bands' labels in band order, bands sharing a label
/// merged (as Assessment::levelCounts does).
class LevelColumns {
public:
    explicit LevelColumns(const Assessment& assessment);
    const QStringList& labels() const { return m_labels; }
    qsizetype size() const { return m_labels.size(); }
    /// The column of band `band`; -1 for none (a model without bands).
    int column(int band) const;

private:
    QStringList m_labels;
    std::vector<int> m_ofBand;
};

/// A group of risks: how many, by residual level, above the appetite, and their residual in total.
struct RiskTally {
    qint64 risks = 0;
    QList<qint64> byLevel; ///< parallel to LevelColumns::labels()
    qint64 aboveAppetite = 0; ///< residual > appetite, as Totals::aboveAppetite
    double residual = 0;

    explicit RiskTally(qsizetype levels = 0)
        : byLevel(levels, 0)
    {
    }
    void add(const RiskResult& risk, const LevelColumns& levels, double appetite);
    void add(const RiskTally& other);
};

/// One org unit's share of the ward: the assets it owns, their risks, and the plan actions it owns
/// that are not done.
struct UnitOverview {
    QString unit; ///< org unit id; empty for the assets and actions with no owner (or an unknown one)
    QString topLevel; ///< the unit's top-level ancestor (部局, e.g. 区長部局); the unit itself at the top
    qint64 assets = 0;
    RiskTally risks;
    qint64 openActions = 0; ///< owned by the unit, status not done

    bool isEmpty() const { return assets == 0 && risks.risks == 0 && openActions == 0; }
};

struct DepartmentOverview {
    QStringList levels; ///< the columns of RiskTally::byLevel
    /// Every org unit in the model's order, each with what it owns itself (not its sub-units'); then,
    /// when anything has no known owner, a row with an empty id.
    QList<UnitOverview> units;
    /// The top-level units (部局) in the model's order, each with its whole subtree; then the row
    /// with no owner, as in `units`. Sums to the ward's totals.
    QList<UnitOverview> topLevels;
};

/// The overview by department of `model` as `assessment` assessed it. Linear in assets, risks and
/// actions; a parent cycle (which validation refuses) ends the walk up at the unit where it closes.
DepartmentOverview departmentOverview(const Model& model, const Assessment& assessment);

} // namespace mamori
