// The chapter comparing the model with the previous year's file (ReportOptions::previousFile): the
// totals and level counts of both years, the risks that moved most, risks and three-tier findings
// added and removed. Every number comes from the one diff (ReportPrevious::diff, engine/Diff.h) that
// `mamori-cli diff MODEL --against-file OLD` prints, and from the two assessments it was made of.

#include "ReportSections.h"

#include "EnumNames.h"
#include "ReportLimits.h"

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {
/// Biggest movers shown, and risks added or removed listed by name.
constexpr qsizetype kMovers = 10;
constexpr qsizetype kAddedShown = 5;
} // namespace

QString ReportBuilder::assetLabelOfEitherYear(const QString& id) const
{
    QString name = c.assetName(id);
    if (name.isEmpty() && c.previous) {
        const qsizetype i = c.previous->index.assets.value(id, -1);
        if (i >= 0)
            name = c.previous->model.assets[i].name.text(c.language);
    }
    return c.labelled(name, id);
}

QString ReportBuilder::threatNameOfEitherYear(const QString& id) const
{
    QString name = c.threatName(id);
    if (name.isEmpty() && c.previous) {
        const qsizetype i = c.previous->index.threats.value(id, -1);
        if (i >= 0)
            name = c.previous->model.threats[i].name.text(c.language);
    }
    return name.isEmpty() ? id : name;
}

void ReportBuilder::previousYear()
{
    chapter(tr("Comparison with the previous year"));
    paragraph(tr("This year's model compared with the previous year's file %1: the baseline of each, assessed "
                 "with the same method. A change is this year's value minus the previous year's; a decrease is "
                 "marked with %2.")
                  .arg(c.previous->fileName, c.change(-1).left(1)));
    previousTotals();
    previousMovers();
    previousRisksAddedAndRemoved();
    previousFindings();
}

void ReportBuilder::previousTotals()
{
    const ReportPrevious& p = *c.previous;
    const AssessmentDiff& d = p.diff;
    section(tr("Totals"));
    const auto row = [this](const QString& item, double before, double now) {
        return std::array<QString, 4> {item, c.score(before), c.score(now), c.change(now - before)};
    };
    const auto countRow = [this](const QString& item, qint64 before, qint64 now) {
        return std::array<QString, 4> {item, c.count(before), c.count(now), c.countChange(now - before)};
    };
    const QList<std::array<QString, 4>> rows = {
        row(tr("Total inherent risk"), d.base.inherent, d.scenario.inherent),
        row(tr("Total residual risk"), d.base.residual, d.scenario.residual),
        countRow(tr("Risks above the risk appetite"), d.base.aboveAppetite, d.scenario.aboveAppetite),
        countRow(tr("Risks assessed"), p.assessment.risks.size(), c.assessment.risks.size()),
        countRow(tr("Three-tier separation findings"), p.assessment.findings.size(), c.assessment.findings.size()),
    };
    const QList<TableColumn> columns {{tr("Item"), 2.5}, {tr("Previous year"), 1, Qt::AlignRight, true},
        {tr("This year"), 1, Qt::AlignRight, true}, {tr("Change"), 1, Qt::AlignRight, true}};
    add<TableBlock>(columns, rows.size(), [rows](qsizetype r) {
        return TableRow {rows[r][0], rows[r][1], rows[r][2], rows[r][3]};
    });

    section(tr("Risks by residual level"));
    // This year's levels in band order, then any level only the previous year's bands had.
    QList<std::array<QString, 4>> levels;
    const auto before = p.assessment.levelCounts();
    const auto now = c.assessment.levelCounts();
    const auto countIn = [](const QList<std::pair<QString, qint64>>& list, const QString& label) {
        for (const auto& [l, n] : list) {
            if (l == label)
                return n;
        }
        return qint64(0);
    };
    QStringList labels;
    for (const auto& list : {now, before}) {
        for (const auto& entry : list) {
            if (!labels.contains(entry.first))
                labels.append(entry.first);
        }
    }
    for (const QString& label : std::as_const(labels))
        levels.append(countRow(label, countIn(before, label), countIn(now, label)));
    add<TableBlock>(QList<TableColumn> {{tr("Level"), 2.5}, {tr("Previous year"), 1, Qt::AlignRight, true},
                        {tr("This year"), 1, Qt::AlignRight, true}, {tr("Change"), 1, Qt::AlignRight, true}},
        levels.size(), [this, levels](qsizetype r) {
            return TableRow {levelCell(levels[r][0]), levels[r][1], levels[r][2], levels[r][3]};
        });
}

void ReportBuilder::previousMovers()
{
    section(tr("Risks that moved most"));
    // Risks of both years, largest change (up or down) first; ties keep the (asset, threat) order.
    QList<RiskChange> movers;
    for (const RiskChange& r : c.previous->diff.risks) {
        if (r.delta())
            movers.append(r);
    }
    std::stable_sort(movers.begin(), movers.end(),
        [](const RiskChange& x, const RiskChange& y) { return std::abs(*x.delta()) > std::abs(*y.delta()); });
    if (movers.size() > kMovers)
        movers.resize(kMovers);
    paragraph(
        tr("The %n risk(s) of both years whose residual risk changed most, up or down.", nullptr, int(movers.size())));
    auto* table
        = add<TableBlock>(QList<TableColumn> {{tr("Information asset"), 2.6}, {tr("Threat"), 2.2},
                              {tr("Previous year"), 1, Qt::AlignRight, true},
                              {tr("This year"), 1, Qt::AlignRight, true}, {tr("Change"), 1, Qt::AlignRight, true}},
            movers.size(), [this, movers](qsizetype r) {
                const RiskChange& m = movers[r];
                return TableRow {assetLabelOfEitherYear(m.asset), threatNameOfEitherYear(m.threat),
                    c.score(*m.baseResidual), c.score(*m.scenarioResidual), c.change(*m.delta())};
            });
    table->setEmptyText(tr("No risk of both years changed."));
}

void ReportBuilder::previousRisksAddedAndRemoved()
{
    section(tr("Risks added and removed"));
    QList<RiskChange> added, removed;
    for (const RiskChange& r : c.previous->diff.risks) {
        if (!r.baseResidual)
            added.append(r);
        else if (!r.scenarioResidual)
            removed.append(r);
    }
    paragraph(tr("Risks new this year: %1. Risks of the previous year no longer assessed: %2. The highest of each "
                 "by residual risk:")
                  .arg(c.number(double(added.size())), c.number(double(removed.size()))));
    const auto highestFirst = [](QList<RiskChange>& list, bool now) {
        std::stable_sort(list.begin(), list.end(), [now](const RiskChange& x, const RiskChange& y) {
            return now ? *x.scenarioResidual > *y.scenarioResidual : *x.baseResidual > *y.baseResidual;
        });
        if (list.size() > kAddedShown)
            list.resize(kAddedShown);
    };
    highestFirst(added, true);
    highestFirst(removed, false);
    QList<std::pair<bool, RiskChange>> rows;
    for (const RiskChange& r : std::as_const(added))
        rows.append({true, r});
    for (const RiskChange& r : std::as_const(removed))
        rows.append({false, r});
    auto* table = add<TableBlock>(QList<TableColumn> {{tr("Change"), 1.2}, {tr("Information asset"), 2.6},
                                      {tr("Threat"), 2.2}, {tr("Residual risk"), 1, Qt::AlignRight, true}},
        rows.size(), [this, rows](qsizetype r) {
            const auto& [isNew, ch] = rows[r];
            return TableRow {isNew ? tr("New this year") : tr("No longer assessed"), assetLabelOfEitherYear(ch.asset),
                threatNameOfEitherYear(ch.threat), c.score(isNew ? *ch.scenarioResidual : *ch.baseResidual)};
        });
    table->setEmptyText(tr("The same risks were assessed in both years."));
}

void ReportBuilder::previousFindings()
{
    const AssessmentDiff& d = c.previous->diff;
    section(tr("Three-tier separation findings added and removed"));
    QList<std::pair<bool, Finding>> changes;
    for (const Finding& f : d.findingsRemoved)
        changes.append({false, f});
    for (const Finding& f : d.findingsAdded)
        changes.append({true, f});
    const qsizetype shown = rowsShown(changes.size(), SummaryLimits::kFindings);
    auto* table = add<TableBlock>(QList<TableColumn> {{tr("Change"), 1}, {tr("Severity"), 1}, {tr("Assets"), 4}}, shown,
        [this, changes](qsizetype r) {
            const auto& [added, f] = changes[r];
            return TableRow {added ? tr("New this year") : tr("Resolved since the previous year"),
                EnumNames::level(severityKey(f.severity)),
                assetLabelOfEitherYear(f.first) + QStringLiteral(" / ") + assetLabelOfEitherYear(f.second)};
        });
    table->setEmptyText(tr("No three-tier separation finding was added or removed."));
    notListed(shown, changes.size(), Rest::InFullEdition);
}

} // namespace mamori
