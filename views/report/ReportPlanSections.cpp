// The risk response plan and the scenario comparison chapters of the report.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "ReportCharts.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace mamori {

void ReportBuilder::plan()
{
    const QList<PlanAction>& actions = c.model.actions;
    const int fiscalYear = c.options.effectiveFiscalYear();
    chapter(tr("Risk response plan"), QPageLayout::Landscape);
    Cost total;
    for (const PlanAction& a : actions) {
        total.initial += a.cost.initial;
        total.annual += a.cost.annual;
    }
    paragraph(tr("The plan has %1 actions that put controls in place (§8). Their initial cost is %2 in total and "
                 "their running cost %3 a year.")
                  .arg(c.number(double(actions.size())), c.yen(total.initial), c.yen(total.annual)));

    section(tr("Actions"));
    // Due order: the order the plan will be carried out and judged in.
    std::vector<qsizetype> order(std::size_t(actions.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        if (actions[x].due != actions[y].due)
            return actions[x].due < actions[y].due;
        return compareIds(actions[x].id, actions[y].id) < 0;
    });
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 0.7}, {tr("Action"), 3}, {tr("Controls"), 2.2}, {tr("Responsible"), 1.6},
            {tr("Start"), 1.1}, {tr("Due"), 1.1}, {tr("Status"), 1}, {tr("Initial cost"), 1.2, Qt::AlignRight},
            {tr("Annual cost"), 1.2, Qt::AlignRight}},
        actions.size(),
        [this, order](qsizetype r) {
            const PlanAction& a = c.model.actions[order[std::size_t(r)]];
            QStringList controls;
            for (const QString& id : a.controls)
                controls.append(c.controlName(id).isEmpty()
                        ? id
                        : c.controlName(id) + QStringLiteral(" (") + id + QLatin1Char(')'));
            QString owner = c.orgUnitName(a.owner);
            if (!a.assignee.isEmpty())
                owner += QStringLiteral("\n") + a.assignee;
            return TableRow {a.id, a.title.text(c.language), controls.join(QStringLiteral("\n")), owner,
                c.date(a.start), c.date(a.due), actionStatusCell(a), c.yen(a.cost.initial), c.yen(a.cost.annual)};
        },
        7.5);
    table->setEmptyText(tr("The plan has no actions yet."));
    if (actions.isEmpty())
        return;

    overdueActions();

    //: %1 is the fiscal year in the report's language: 令和8年度 (Japanese), FY2026 (English)
    section(tr("Timeline of %1").arg(c.fiscalYear(fiscalYear)));
    QList<TimelineItem> items;
    for (const qsizetype i : order) {
        const PlanAction& a = actions[i];
        items.append({a.id + QStringLiteral("  ") + a.title.text(c.language), a.start, a.due,
            a.status == ActionStatus::Done             ? 2
                : a.status == ActionStatus::InProgress ? 1
                                                       : 0,
            a.progress.value_or(a.status == ActionStatus::Done ? 100 : 0),
            a.status != ActionStatus::Done && a.due.isValid() && a.due < c.options.date});
    }
    QStringList months;
    for (int m = 0; m < 12; ++m) {
        const int month = (m + 3) % 12 + 1; // April first
        months.append(c.language == Language::Japanese ? QStringLiteral("%1月").arg(month)
                                                       : c.locale.monthName(month, QLocale::ShortFormat));
    }
    const QString today = tr("Today");
    const QDate date = c.options.date;
    const qreal height = std::min<qreal>(150, 12 + 7 * qreal(items.size()));
    add<DrawingBlock>(height, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawTimeline(flow, p, rect, items, fiscalYear, months, today, date);
    });
    note(tr("Bars run from start to due date (◆); the dark part of an action in progress is its progress; a red "
            "outline marks an action past its due date. Actions outside fiscal year %1 are listed without a bar.")
             .arg(fiscalYear));

    planCosts();

    section(tr("Projected residual risk"));
    if (!c.projection)
        return;
    const PlanProjectionSummary& proj = *c.projection;
    paragraph(tr("The total residual risk as the actions are completed in due order: completing an action puts its "
                 "controls in place. Actions already done are counted in the starting point."));
    QList<ProjectionPoint> points {{tr("Now"), proj.baselineResidual, proj.baselineAboveAppetite}};
    for (const PlanProjectionStep& s : proj.steps)
        points.append({s.action, s.residual, s.aboveAppetite});
    const QString chartTitle = tr("Total residual risk after each action");
    const QString axis = tr("Total residual risk");
    //: Under each point of the projection chart: risks above the appetite
    const QString above = tr("%1 above");
    add<DrawingBlock>(62, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawProjection(flow, p, rect, chartTitle, points, axis, above);
    });
    add<TableBlock>(
        QList<TableColumn> {{tr("Action"), 3.5}, {tr("Due"), 1.2}, {tr("Residual risk after"), 1.2, Qt::AlignRight},
            {tr("Risks above the appetite"), 1.2, Qt::AlignRight}, {tr("Reduction alone"), 1.2, Qt::AlignRight}},
        proj.steps.size() + 1, [this, proj](qsizetype r) {
            if (r == 0)
                return TableRow {tr("Now (actions done included)"), QString(), c.number(proj.baselineResidual),
                    c.number(double(proj.baselineAboveAppetite)), QString()};
            const PlanProjectionStep& s = proj.steps[r - 1];
            QString title = s.action;
            for (const PlanAction& a : c.model.actions) {
                if (a.id == s.action)
                    title = a.title.text(c.language) + QStringLiteral(" (") + a.id + QLatin1Char(')');
            }
            return TableRow {title, c.date(s.due), c.number(s.residual), c.number(double(s.aboveAppetite)),
                c.number(s.reductionAlone)};
        });
}

void ReportBuilder::scenario()
{
    const ReportScenario& s = *c.scenario;
    const AssessmentDiff& d = s.diff;
    chapter(tr("Scenario comparison"));
    paragraph(tr("Scenario %1 (%2) compared with the current model. A scenario is a set of changes considered "
                 "(what if); it does not change the model.")
                  .arg(s.name, s.id));
    for (const Scenario& sc : c.model.scenarios) {
        if (sc.id == s.id && !sc.description.isEmpty())
            paragraph(sc.description);
    }
    section(tr("Totals"));
    const QList<std::array<QString, 4>> rows = {
        {tr("Total inherent risk"), c.number(d.base.inherent), c.number(d.scenario.inherent),
            c.number(d.scenario.inherent - d.base.inherent)},
        {tr("Total residual risk"), c.number(d.base.residual), c.number(d.scenario.residual),
            c.number(d.scenario.residual - d.base.residual)},
        {tr("Risks above the risk appetite"), c.number(double(d.base.aboveAppetite)),
            c.number(double(d.scenario.aboveAppetite)),
            c.number(double(d.scenario.aboveAppetite - d.base.aboveAppetite))},
        {tr("Three-tier separation findings"), c.number(double(c.assessment.findings.size())),
            c.number(double(s.assessment.findings.size())),
            c.number(double(s.assessment.findings.size() - c.assessment.findings.size()))},
    };
    add<TableBlock>(QList<TableColumn> {{tr("Item"), 2.5}, {tr("Current"), 1, Qt::AlignRight},
                        {tr("Scenario"), 1, Qt::AlignRight}, {tr("Change"), 1, Qt::AlignRight}},
        rows.size(), [rows](qsizetype r) {
            return TableRow {rows[r][0], rows[r][1], rows[r][2], rows[r][3]};
        });
    scenarioLevelsAndCost();
    if (!d.findingsAdded.isEmpty() || !d.findingsRemoved.isEmpty()) {
        section(tr("Findings that change"));
        QList<std::pair<bool, Finding>> changes;
        for (const Finding& f : d.findingsRemoved)
            changes.append({false, f});
        for (const Finding& f : d.findingsAdded)
            changes.append({true, f});
        add<TableBlock>(QList<TableColumn> {{tr("Change"), 1}, {tr("Severity"), 1}, {tr("Assets"), 4}}, changes.size(),
            [this, changes](qsizetype r) {
                const auto& [added, f] = changes[r];
                return TableRow {added ? tr("New") : tr("Resolved"), EnumNames::level(severityKey(f.severity)),
                    assetLabel(f.first) + QStringLiteral(" / ") + assetLabel(f.second)};
            });
    }
    section(tr("Risks that change"));
    const QList<RiskChange> changed = largestReductionsFirst(d.risks);
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("Information asset"), 2.6}, {tr("Threat"), 2.2}, {tr("Current"), 1, Qt::AlignRight},
            {tr("Scenario"), 1, Qt::AlignRight}, {tr("Change"), 1, Qt::AlignRight}},
        changed.size(), [this, changed](qsizetype r) {
            const RiskChange& ch = changed[r];
            const QString none = QStringLiteral("-");
            return TableRow {assetLabel(ch.asset),
                c.threatName(ch.threat).isEmpty() ? ch.threat : c.threatName(ch.threat),
                ch.baseResidual ? c.number(*ch.baseResidual) : none,
                ch.scenarioResidual ? c.number(*ch.scenarioResidual) : none, ch.delta() ? c.number(*ch.delta()) : none};
        });
    table->setEmptyText(tr("No risk changes in this scenario."));
}

} // namespace mamori
