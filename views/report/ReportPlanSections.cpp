// The risk response plan and the scenario comparison chapters of the report.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "ReportCharts.h"
#include "ReportLimits.h"

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
    paragraph(tr("The plan has %Ln action(s) that put controls in place (§8). Their initial cost is %1 in total and "
                 "their running cost %2 a year.",
        nullptr, int(actions.size()))
                  .arg(c.yen(total.initial), c.yen(total.annual)));

    section(tr("Actions"));
    // Due order: the order the plan will be carried out and judged in.
    std::vector<qsizetype> order(std::size_t(actions.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        if (actions[x].due != actions[y].due)
            return actions[x].due < actions[y].due;
        return compareIds(actions[x].id, actions[y].id) < 0;
    });
    const qsizetype shown = rowsShown(actions.size(), SummaryLimits::kPlanActions);
    order.resize(std::size_t(shown)); // the table, the timeline and the projection table alike
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 0.7, Qt::AlignLeft, true}, {tr("Action"), 3}, {tr("Controls"), 2.2},
            {tr("Responsible"), 1.6}, {tr("Start"), 1.1, Qt::AlignLeft, true}, {tr("Due"), 1.1, Qt::AlignLeft, true},
            {tr("Status"), 1, Qt::AlignLeft, true}, {tr("Initial cost"), 1.2, Qt::AlignRight, true},
            {tr("Annual cost"), 1.2, Qt::AlignRight, true}},
        shown,
        [this, order](qsizetype r) {
            const PlanAction& a = c.model.actions[order[std::size_t(r)]];
            QStringList controls;
            for (const QString& id : a.controls)
                controls.append(c.controlName(id).isEmpty() ? id : c.labelled(c.controlName(id), id));
            QString owner = c.orgUnitName(a.owner);
            if (!a.assignee.isEmpty())
                owner += QStringLiteral("\n") + a.assignee;
            return TableRow {a.id, a.title.text(c.language), controls.join(QStringLiteral("\n")), owner,
                c.date(a.start), c.date(a.due), actionStatusCell(a), c.yen(a.cost.initial), c.yen(a.cost.annual)};
        },
        7.5);
    table->setEmptyText(tr("The plan has no actions yet."));
    notListed(shown, actions.size(), Rest::InWorkbook);
    if (actions.isEmpty())
        return;

    overdueActions();

    section(tr("Timeline of fiscal year %1").arg(c.fiscalYear(fiscalYear)));
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
    const qreal height = std::min<qreal>(150, 12 + 8 * qreal(items.size())); // two lines of a label a row
    add<DrawingBlock>(height, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawTimeline(flow, p, rect, items, fiscalYear, months, today, date);
    });
    note(tr("Bars run from start to due date (◆); the dark part of an action in progress is its progress; a red "
            "outline marks an action past its due date. Actions outside fiscal year %1 are listed without a bar.")
             .arg(c.fiscalYear(fiscalYear)));

    planCosts();
    projectionSection(shown);
}

void ReportBuilder::projectionSection(qsizetype shown)
{
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
    const QLocale locale = c.locale;
    add<DrawingBlock>(62, [=](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawProjection(flow, p, rect, chartTitle, points, axis, above, locale);
    });
    // With the continuity chapter, the ward's expected annual loss from outages after each action too.
    const PlanContinuity* ale = c.planContinuity && !c.planContinuity->cancelled ? &*c.planContinuity : nullptr;
    QList<TableColumn> columns {{tr("Action"), 3.5}, {tr("Due"), 1.2, Qt::AlignLeft, true},
        {tr("Residual risk after"), 1.2, Qt::AlignRight, true},
        {tr("Risks above the appetite"), 1.2, Qt::AlignRight, true},
        {tr("Reduction alone"), 1.2, Qt::AlignRight, true}};
    if (ale)
        columns.append({tr("Annual loss from outages"), 1.6, Qt::AlignRight, true});
    add<TableBlock>(columns, std::min(proj.steps.size(), shown) + 1, [this, proj, ale](qsizetype r) {
        if (r == 0) {
            TableRow row {tr("Now (actions done included)"), QString(), c.score(proj.baselineResidual),
                c.number(double(proj.baselineAboveAppetite)), QString()};
            if (ale)
                row.append(c.yen(ale->baselineAle));
            return row;
        }
        const PlanProjectionStep& s = proj.steps[r - 1];
        QString title = s.action;
        for (const PlanAction& a : c.model.actions) {
            if (a.id == s.action)
                title = c.labelled(a.title.text(c.language), a.id);
        }
        TableRow row {
            title, c.date(s.due), c.score(s.residual), c.number(double(s.aboveAppetite)), c.score(s.reductionAlone)};
        if (ale)
            row.append(c.yen(ale->aleAfter[r - 1]));
        return row;
    });
    notListed(std::min(proj.steps.size(), shown), proj.steps.size(), Rest::InFullEdition);
    if (ale)
        note(tr("Annual loss from outages: the expected loss of the continuity chapter's simulation with the "
                "actions up to that row completed, %Ln years each with the same random numbers.",
            nullptr, ale->trials));
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
        {tr("Total inherent risk"), c.score(d.base.inherent), c.score(d.scenario.inherent),
            c.change(d.scenario.inherent - d.base.inherent)},
        {tr("Total residual risk"), c.score(d.base.residual), c.score(d.scenario.residual),
            c.change(d.scenario.residual - d.base.residual)},
        {tr("Risks above the risk appetite"), c.number(double(d.base.aboveAppetite)),
            c.number(double(d.scenario.aboveAppetite)), c.countChange(d.scenario.aboveAppetite - d.base.aboveAppetite)},
        {tr("Three-tier separation findings"), c.number(double(c.assessment.findings.size())),
            c.number(double(s.assessment.findings.size())),
            c.countChange(s.assessment.findings.size() - c.assessment.findings.size())},
    };
    add<TableBlock>(QList<TableColumn> {{tr("Item"), 2.5}, {tr("Current"), 1, Qt::AlignRight, true},
                        {tr("Scenario"), 1, Qt::AlignRight, true}, {tr("Change"), 1, Qt::AlignRight, true}},
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
        const qsizetype changesShown = rowsShown(changes.size(), SummaryLimits::kFindings);
        add<TableBlock>(QList<TableColumn> {{tr("Change"), 1, Qt::AlignLeft, true},
                            {tr("Severity"), 1, Qt::AlignLeft, true}, {tr("Assets"), 4}},
            changesShown, [this, changes](qsizetype r) {
                const auto& [added, f] = changes[r];
                return TableRow {added ? tr("New") : tr("Resolved"), EnumNames::level(severityKey(f.severity)),
                    assetLabel(f.first) + QStringLiteral(" / ") + assetLabel(f.second)};
            });
        notListed(changesShown, changes.size(), Rest::InFullEdition);
    }
    section(tr("Risks that change"));
    const QList<RiskChange> changed = largestReductionsFirst(d.risks);
    const qsizetype changedShown = rowsShown(changed.size(), SummaryLimits::kScenarioRisks);
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("Information asset"), 2.6}, {tr("Threat"), 2.2},
            {tr("Current"), 1, Qt::AlignRight, true}, {tr("Scenario"), 1, Qt::AlignRight, true},
            {tr("Change"), 1, Qt::AlignRight, true}},
        changedShown, [this, changed](qsizetype r) {
            const RiskChange& ch = changed[r];
            const QString none = QStringLiteral("-");
            return TableRow {assetLabel(ch.asset),
                c.threatName(ch.threat).isEmpty() ? ch.threat : c.threatName(ch.threat),
                ch.baseResidual ? c.score(*ch.baseResidual) : none,
                ch.scenarioResidual ? c.score(*ch.scenarioResidual) : none, ch.delta() ? c.change(*ch.delta()) : none};
        });
    table->setEmptyText(tr("No risk changes in this scenario."));
    notListed(changedShown, changed.size(), Rest::InFullEdition);
}

} // namespace mamori
