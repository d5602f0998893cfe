// The plan's money and dates in the report: the status cell that says an action is overdue, the
// list of overdue and late actions, the costs by fiscal year against the budget (how the plan
// spreads them: model/PlanCosts.h), and the scenario's residual levels and cost.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "PlanCosts.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {
const QColor kOverdueBackground(0xfd, 0xe2, 0xe1);
const QColor kOverdueText(0xb0, 0x00, 0x20);
const QColor kLateBackground(0xff, 0xf1, 0xcc);
/// Not started and due within this many days of the report's date: late (遅延のおそれ).
constexpr int kLateDays = 30;
} // namespace

TableCell ReportBuilder::actionStatusCell(const PlanAction& a) const
{
    QString status = EnumNames::name(a.status);
    if (a.progress && a.status == ActionStatus::InProgress)
        //: An action's status with its progress: 実施中（60％）
        status = tr("%1 (%2 %)").arg(status, QString::number(*a.progress));
    if (actionDeadline(a, c.options.date, kLateDays).state != ActionDeadline::State::Overdue)
        return status;
    //: Status of a plan action past its due date and not done
    return TableCell(tr("Overdue") + QStringLiteral("\n") + status, kOverdueBackground, kOverdueText, true);
}

void ReportBuilder::overdueActions()
{
    struct Row {
        const PlanAction* action;
        ActionDeadline deadline;
    };
    QList<Row> rows;
    for (const PlanAction& a : c.model.actions) {
        const ActionDeadline d = actionDeadline(a, c.options.date, kLateDays);
        if (d.state != ActionDeadline::State::OnTime)
            rows.append({&a, d});
    }
    // Overdue first, the longest overdue first; then late ones, the soonest due first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        if (x.deadline.state != y.deadline.state)
            return x.deadline.state == ActionDeadline::State::Overdue;
        return x.deadline.state == ActionDeadline::State::Overdue ? x.deadline.days > y.deadline.days
                                                                  : x.deadline.days < y.deadline.days;
    });
    const auto overdue = std::count_if(
        rows.begin(), rows.end(), [](const Row& r) { return r.deadline.state == ActionDeadline::State::Overdue; });
    section(tr("Overdue and late actions"));
    const int overdueCount = int(overdue), lateCount = int(rows.size() - overdue);
    //: %1 is the report's date
    paragraph(tr("On %1, %n actions are past their due date and not done (overdue).", nullptr, overdueCount)
                  .arg(c.date(c.options.date))
        + QLatin1Char(' ')
        + tr("%n actions are not started and due within %1 days (late).", nullptr, lateCount).arg(kLateDays));
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 0.7}, {tr("Action"), 3}, {tr("Responsible"), 1.6}, {tr("Due"), 1.1},
            {tr("Status"), 1.2}, {tr("Days"), 1.3, Qt::AlignRight}},
        rows.size(),
        [this, rows](qsizetype r) {
            const PlanAction& a = *rows[r].action;
            const ActionDeadline& d = rows[r].deadline;
            const int days = int(d.days);
            const bool isOverdue = d.state == ActionDeadline::State::Overdue;
            const TableCell daysCell = isOverdue
                ? TableCell(tr("%n days overdue", nullptr, days), kOverdueBackground, kOverdueText, true)
                : TableCell(tr("%n days left", nullptr, days), kLateBackground, Qt::black);
            return TableRow {
                a.id, a.title.text(c.language), c.orgUnitName(a.owner), c.date(a.due), actionStatusCell(a), daysCell};
        },
        7.5);
    table->setEmptyText(tr("No action is overdue or late."));
}

void ReportBuilder::costChart(const QList<FiscalYearCost>& years)
{
    struct Bar {
        QString label;
        double initial, running, budget;
        bool hasBudget;
    };
    QList<Bar> bars;
    double top = 0;
    for (const FiscalYearCost& y : years) {
        bars.append({c.fiscalYearLabel(y.fiscalYear), y.initial, y.running, y.budgetTotal(), bool(y.budget)});
        top = std::max({top, y.total(), y.budgetTotal()});
    }
    if (top <= 0)
        return;
    const QStringList legend = {tr("Initial cost"), tr("Running cost"), tr("Budget")};
    add<DrawingBlock>(58, [bars, top, legend](PageFlow& flow, QPainter& p, const QRectF& rect) {
        const QColor initial(0x1f, 0x3a, 0x5f), running(0x8f, 0xa8, 0xc8), budget(0x55, 0x55, 0x55);
        const TextStyle small = flow.style(7.5);
        const QRectF plot(
            rect.left() + flow.mm(4), rect.top() + flow.mm(8), rect.width() - flow.mm(8), rect.height() - flow.mm(16));
        // The legend, on top.
        qreal x = plot.left();
        const QList<QColor> colours = {initial, running, budget};
        for (int i = 0; i < legend.size(); ++i) {
            const QRectF swatch(x, rect.top() + flow.mm(1.5), flow.mm(4), flow.mm(2.5));
            if (i < 2)
                p.fillRect(swatch, colours[i]);
            else {
                p.setPen(QPen(budget, flow.pt(1.2), Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(swatch);
            }
            x += flow.mm(5);
            small.draw(p, QRectF(x, rect.top() + flow.mm(1), flow.mm(40), small.lineHeight()), legend[i]);
            x += small.advance(legend[i]) + flow.mm(6);
        }
        p.setPen(QPen(Qt::black, flow.pt(0.6)));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        const qreal slot = plot.width() / qreal(bars.size());
        const qreal barW = std::min(slot * 0.3, flow.mm(14));
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar& b = bars[i];
            const qreal centre = plot.left() + slot * (qreal(i) + 0.5);
            const auto height = [&](double v) { return plot.height() * v / top; };
            // The cost, initial below running, left of the centre; the budget's outline right of it.
            const qreal hi = height(b.initial), hr = height(b.running);
            p.fillRect(QRectF(centre - barW, plot.bottom() - hi, barW, hi), initial);
            p.fillRect(QRectF(centre - barW, plot.bottom() - hi - hr, barW, hr), running);
            if (b.hasBudget) {
                p.setPen(QPen(budget, flow.pt(1.2), Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                const qreal hb = height(b.budget);
                p.drawRect(QRectF(centre + flow.mm(0.5), plot.bottom() - hb, barW, hb));
            }
            small.draw(p, QRectF(centre - slot / 2, plot.bottom() + flow.mm(1.5), slot, small.lineHeight()), b.label,
                Qt::AlignHCenter);
        }
    });
}

void ReportBuilder::planCosts()
{
    const PlanCosts costs = planCostsByFiscalYear(c.model.actions, c.document.budgets);
    section(tr("Costs by fiscal year and budget"));
    paragraph(tr("The plan's costs in each fiscal year (April to March) and the budget set for it. An action's initial "
                 "cost falls in the fiscal year of its due date; its running cost is paid in every later fiscal "
                 "year. The table runs to two years after the last action, so that the running costs show."));
    const QString none = QStringLiteral("-");
    // A yen amount with the sign of a change: a shortfall as △1,200円 in Japanese, −¥1,200 in English.
    const auto signedYen = [this](double value) {
        const QString magnitude = c.yen(std::abs(value));
        if (std::round(value) == 0)
            return c.yen(0);
        if (value > 0)
            return QStringLiteral("+") + magnitude;
        return (c.language == Language::Japanese ? QStringLiteral("△") : QStringLiteral("−")) + magnitude;
    };
    FiscalYearCost sum;
    bool everyYearBudgeted = !costs.years.isEmpty();
    for (const FiscalYearCost& y : costs.years) {
        sum.initial += y.initial;
        sum.running += y.running;
        everyYearBudgeted = everyYearBudgeted && y.budget;
        if (y.budget) {
            FiscalBudget b = sum.budget.value_or(FiscalBudget {});
            b.initial += y.budget->initial;
            b.running += y.budget->running;
            sum.budget = b;
        }
    }
    QList<FiscalYearCost> rows = costs.years;
    auto* table = add<TableBlock>(
        QList<TableColumn> {{tr("Fiscal year"), 1.3}, {tr("Initial cost"), 1.3, Qt::AlignRight},
            {tr("Running cost"), 1.3, Qt::AlignRight}, {tr("Total cost"), 1.3, Qt::AlignRight},
            {tr("Initial budget"), 1.3, Qt::AlignRight}, {tr("Running budget"), 1.3, Qt::AlignRight},
            {tr("Budget"), 1.3, Qt::AlignRight}, {tr("Difference"), 1.3, Qt::AlignRight}},
        rows.isEmpty() ? 0 : rows.size() + 1,
        [=, this](qsizetype r) {
            const bool isSum = r == rows.size();
            const FiscalYearCost& y = isSum ? sum : rows[r];
            const QString label = isSum ? tr("Total") : c.fiscalYearLabel(y.fiscalYear);
            const std::optional<double> difference
                = isSum ? (everyYearBudgeted ? sum.difference() : std::nullopt) : y.difference();
            TableCell diff(difference ? signedYen(*difference) : none);
            if (difference && std::round(*difference) < 0)
                diff = TableCell(diff.text, kOverdueBackground, kOverdueText, true);
            TableRow row {label, c.yen(y.initial), c.yen(y.running), c.yen(y.total()),
                y.budget ? c.yen(y.budget->initial) : none, y.budget ? c.yen(y.budget->running) : none,
                y.budget ? c.yen(y.budgetTotal()) : none, diff};
            if (isSum) {
                for (TableCell& cell : row)
                    cell.bold = true;
            }
            return row;
        },
        7.5);
    table->setEmptyText(tr("No action has a due date or a start date, so no cost falls in a fiscal year."));
    QString notes = tr("Difference is the budget minus the total cost; a shortfall is marked %1. A year without a "
                       "budget in the document control shows -.")
                        .arg(c.language == Language::Japanese ? QStringLiteral("△") : QStringLiteral("−"));
    if (costs.undated > 0)
        notes += QLatin1Char(' ')
            + tr("%n actions have neither a due date nor a start date and are not counted.", nullptr,
                int(costs.undated));
    note(notes);
    if (!rows.isEmpty())
        costChart(rows);
}

void ReportBuilder::scenarioLevelsAndCost()
{
    const ReportScenario& s = *c.scenario;
    section(tr("Residual risk levels"));
    const auto current = c.assessment.levelCounts();
    const auto scenario = s.assessment.levelCounts();
    QList<QString> labels;
    QHash<QString, qint64> now, then;
    for (const auto& [label, count] : current) {
        labels.append(label);
        now.insert(label, count);
    }
    for (const auto& [label, count] : scenario) {
        if (!labels.contains(label)) // a scenario may change the settings' bands
            labels.append(label);
        then.insert(label, count);
    }
    add<TableBlock>(QList<TableColumn> {{tr("Residual risk level"), 2.5}, {tr("Current"), 1, Qt::AlignRight},
                        {tr("Scenario"), 1, Qt::AlignRight}, {tr("Change"), 1, Qt::AlignRight}},
        labels.size(), [this, labels, now, then](qsizetype r) {
            const QString& label = labels[r];
            const qint64 a = now.value(label), b = then.value(label);
            return TableRow {levelCell(label), c.number(double(a)), c.number(double(b)), c.countChange(b - a)};
        });

    section(tr("Cost of the scenario"));
    const ScenarioCost cost = scenarioCost(c.model, s.model);
    paragraph(tr("The scenario puts %n controls in place that the current model does not have in place.", nullptr,
                  int(cost.controls.size()))
        + QLatin1Char(' ')
        + tr("Their initial cost is %1 and their running cost %2 a year.")
              .arg(c.yen(cost.cost.initial), c.yen(cost.cost.annual)));
    auto* table = add<TableBlock>(QList<TableColumn> {{tr("Control"), 4}, {tr("Initial cost"), 1.2, Qt::AlignRight},
                                      {tr("Annual cost"), 1.2, Qt::AlignRight}},
        // The scenario's model lives in the report's content as long as the layout: a pointer, not a copy
        // of the whole model and its assessment in the row function.
        cost.controls.size(), [this, cost, scenarioModel = &s.model](qsizetype r) {
            const QString& id = cost.controls[r];
            const auto it = std::find_if(scenarioModel->controls.begin(), scenarioModel->controls.end(),
                [&](const Control& k) { return k.id == id; });
            const QString name = it->name.text(c.language);
            return TableRow {c.labelled(name, id), c.yen(it->cost.initial), c.yen(it->cost.annual)};
        });
    table->setEmptyText(tr("The scenario puts no control in place."));
    // Scenario.h: a scenario changes controls and other entities, never plan actions, and has no dates.
    note(tr("A scenario changes controls, not plan actions, and has no dates: its cost is that of the controls it "
            "adds or raises to partial or implemented, each control's own cost, and it is not spread over fiscal "
            "years."));
}

} // namespace mamori
