#include "ReportAggregates.h"

namespace mamori {

LevelColumns::LevelColumns(const Assessment& assessment)
{
    m_ofBand.reserve(std::size_t(assessment.bands.size()));
    for (const Band& band : assessment.bands) {
        qsizetype column = m_labels.indexOf(band.label);
        if (column < 0) {
            column = m_labels.size();
            m_labels.append(band.label);
        }
        m_ofBand.push_back(int(column));
    }
}

int LevelColumns::column(int band) const
{
    return band >= 0 && std::size_t(band) < m_ofBand.size() ? m_ofBand[std::size_t(band)] : -1;
}

void RiskTally::add(const RiskResult& risk, const LevelColumns& levels, double appetite)
{
    ++risks;
    const int column = levels.column(risk.level);
    if (column >= 0 && column < byLevel.size())
        ++byLevel[column];
    aboveAppetite += risk.residual > appetite ? 1 : 0;
    residual += risk.residual;
}

void RiskTally::add(const RiskTally& other)
{
    risks += other.risks;
    for (qsizetype k = 0; k < byLevel.size() && k < other.byLevel.size(); ++k)
        byLevel[k] += other.byLevel[k];
    aboveAppetite += other.aboveAppetite;
    residual += other.residual;
}

namespace {

void addTo(UnitOverview& into, const UnitOverview& from)
{
    into.assets += from.assets;
    into.risks.add(from.risks);
    into.openActions += from.openActions;
}

} // namespace

DepartmentOverview departmentOverview(const Model& model, const Assessment& assessment)
{
    const LevelColumns levels(assessment);
    DepartmentOverview o;
    o.levels = levels.labels();

    // A row per unit id (a duplicate id keeps its first unit, as the engine does).
    QHash<QString, qsizetype> rowOf;
    QHash<QString, QString> parentOf;
    for (const OrgUnit& u : model.orgUnits) {
        if (rowOf.contains(u.id))
            continue;
        rowOf.insert(u.id, o.units.size());
        parentOf.insert(u.id, u.parent);
        UnitOverview row;
        row.unit = u.id;
        row.risks = RiskTally(levels.size());
        o.units.append(row);
    }
    // Up the parents to the top, at most one step per unit: a cycle stops where it closes.
    for (UnitOverview& row : o.units) {
        QString top = row.unit;
        for (qsizetype step = 0; step < o.units.size(); ++step) {
            const QString parent = parentOf.value(top);
            if (parent.isEmpty() || !rowOf.contains(parent) || parent == row.unit)
                break;
            top = parent;
        }
        row.topLevel = top;
    }

    // What has no known owner goes to one row after the units, made when first needed.
    qsizetype unowned = -1;
    const auto rowFor = [&](const QString& owner) {
        const qsizetype row = rowOf.value(owner, -1);
        if (row >= 0)
            return row;
        if (unowned < 0) {
            unowned = o.units.size();
            UnitOverview none;
            none.risks = RiskTally(levels.size());
            o.units.append(none);
        }
        return unowned;
    };

    QHash<QString, qsizetype> rowOfAsset;
    rowOfAsset.reserve(model.assets.size());
    for (const Asset& a : model.assets) {
        const qsizetype row = rowFor(a.owner);
        ++o.units[row].assets;
        rowOfAsset.insert(a.id, row);
    }
    for (const RiskResult& r : assessment.risks) {
        const qsizetype row = rowOfAsset.value(r.asset, -1);
        o.units[row >= 0 ? row : rowFor(QString())].risks.add(r, levels, assessment.appetite);
    }
    for (const PlanAction& action : model.actions) {
        if (action.status != ActionStatus::Done)
            ++o.units[rowFor(action.owner)].openActions;
    }

    // The subtrees, each summed into its top-level unit's row, in the model's order.
    QHash<QString, qsizetype> topRow;
    for (const UnitOverview& row : std::as_const(o.units)) {
        if (row.unit.isEmpty() || row.topLevel != row.unit)
            continue;
        topRow.insert(row.unit, o.topLevels.size());
        UnitOverview top;
        top.unit = row.unit;
        top.topLevel = row.unit;
        top.risks = RiskTally(levels.size());
        o.topLevels.append(top);
    }
    for (const UnitOverview& row : std::as_const(o.units)) {
        const qsizetype top = row.unit.isEmpty() ? -1 : topRow.value(row.topLevel, -1);
        if (top >= 0) {
            addTo(o.topLevels[top], row);
        } else {
            // The no-owner row, or a unit on a parent cycle (no top): a row of its own.
            o.topLevels.append(row);
        }
    }
    return o;
}

} // namespace mamori
