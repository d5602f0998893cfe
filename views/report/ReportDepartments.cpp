// The overview by department (所管課別): what each org unit owns, its assets' risks by residual level,
// those above the appetite, their total residual risk and the unit's plan actions not done yet. First
// the top-level organizations (部局) with their whole subtree, then every unit with what it owns
// itself, both in the model's order of org units (ReportAggregates.h computes the numbers).

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "ReportLimits.h"

#include <algorithm>
#include <limits>

namespace mamori {

namespace {

/// The rows to print: those with anything in them and, beyond `cap`, the ones with the largest total
/// residual risk (then most open actions); in their own order either way.
QList<UnitOverview> rowsToPrint(const QList<UnitOverview>& all, qsizetype cap)
{
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all[i].isEmpty())
            kept.append(i);
    }
    if (kept.size() > cap) {
        std::stable_sort(kept.begin(), kept.end(), [&all](qsizetype x, qsizetype y) {
            if (all[x].risks.residual != all[y].risks.residual)
                return all[x].risks.residual > all[y].risks.residual;
            return all[x].openActions > all[y].openActions;
        });
        kept.resize(cap);
        std::sort(kept.begin(), kept.end());
    }
    QList<UnitOverview> rows;
    rows.reserve(kept.size());
    for (const qsizetype i : std::as_const(kept))
        rows.append(all[i]);
    return rows;
}

qsizetype nonEmpty(const QList<UnitOverview>& rows)
{
    return std::count_if(rows.begin(), rows.end(), [](const UnitOverview& u) { return !u.isEmpty(); });
}

} // namespace

void ReportBuilder::departments()
{
    const DepartmentOverview o = departmentOverview(c.model, c.assessment);
    chapter(tr("Overview by department"), QPageLayout::Landscape);
    paragraph(tr("What each organizational unit is responsible for: the information assets it owns (所管), the "
                 "risks of those assets by residual level, how many of them are above the risk appetite (%1), "
                 "their total residual risk, and the plan actions it is responsible for that are not done yet.")
                  .arg(c.number(c.assessment.appetite)));

    //: 部局別: the top-level organizations (区長部局, 教育委員会, ...) with everything under them
    section(tr("By organization"));
    const qsizetype cap = c.options.full() ? std::numeric_limits<qsizetype>::max() : SummaryLimits::kDepartments;
    const QList<UnitOverview> tops = rowsToPrint(o.topLevels, cap);
    departmentTable(tops, o.levels, false);
    notListed(tops.size(), nonEmpty(o.topLevels), Rest::InFullEdition);

    //: 所管課別: every org unit with what it owns itself
    section(tr("By org unit"));
    const QList<UnitOverview> units = rowsToPrint(o.units, cap);
    departmentTable(units, o.levels, true);
    if (units.size() < nonEmpty(o.units))
        note(tr("The %Ln org units with the largest total residual risk are listed.", nullptr, int(units.size())));
    notListed(units.size(), nonEmpty(o.units), Rest::InFullEdition);
    const qsizetype empty = o.units.size() - nonEmpty(o.units);
    if (empty > 0)
        note(tr("%Ln org units that own no asset and have no open plan action are left out.", nullptr, int(empty)));
}

void ReportBuilder::departmentTable(const QList<UnitOverview>& rows, const QStringList& levels, bool units)
{
    QList<TableColumn> columns {{units ? tr("Org unit") : tr("Organization", "a top-level org unit (部局)"), 2.6}};
    if (units)
        columns.append({tr("Organization", "a top-level org unit (部局)"), 1.8});
    columns.append({tr("Assets"), 0.8, Qt::AlignRight});
    columns.append({tr("Risks"), 0.8, Qt::AlignRight});
    for (const QString& label : levels)
        columns.append({EnumNames::level(label), 0.75, Qt::AlignRight});
    columns.append({tr("Above the appetite"), 1, Qt::AlignRight});
    columns.append({tr("Total residual risk"), 1.1, Qt::AlignRight});
    columns.append({tr("Open plan actions"), 1, Qt::AlignRight});

    // The organizations' table ends with the ward's total, which the executive summary's figures match.
    UnitOverview total;
    total.risks = RiskTally(levels.size());
    for (const UnitOverview& u : rows) {
        total.assets += u.assets;
        total.risks.add(u.risks);
        total.openActions += u.openActions;
    }
    const bool withTotal = !units && !rows.isEmpty();
    auto* table
        = add<TableBlock>(columns, rows.size() + (withTotal ? 1 : 0), [this, rows, total, levels, units](qsizetype r) {
              const bool last = r == rows.size();
              const UnitOverview& u = last ? total : rows[r];
              const QString name = last ? tr("Total") : u.unit.isEmpty() ? tr("No owner") : c.orgUnitName(u.unit);
              TableRow row {TableCell(name, QColor(), Qt::black, last)};
              if (units)
                  row.append(u.topLevel == u.unit ? QString() : c.orgUnitName(u.topLevel));
              row.append(TableCell(c.number(double(u.assets)), QColor(), Qt::black, last));
              row.append(TableCell(c.number(double(u.risks.risks)), QColor(), Qt::black, last));
              for (qsizetype k = 0; k < levels.size(); ++k) {
                  const qint64 n = u.risks.byLevel.value(k);
                  row.append(n > 0
                          ? TableCell(c.number(double(n)), levelColor(levels[k]), levelTextColor(levels[k]), last)
                          : TableCell(c.number(0), QColor(), Qt::black, last));
              }
              row.append(TableCell(c.number(double(u.risks.aboveAppetite)), QColor(), Qt::black, true));
              row.append(TableCell(c.score(u.risks.residual), QColor(), Qt::black, last));
              row.append(TableCell(c.number(double(u.openActions)), QColor(), Qt::black, last));
              return row;
          });
    table->setEmptyText(tr("No org unit owns an asset or a plan action."));
}

} // namespace mamori
