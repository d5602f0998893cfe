// The service continuity chapter (RISK-MODEL.md 10, policy §3(3)(4)): what the simulation says of the
// ward's services — how often each stops, for how long, how often longer than its target recovery
// time — the ward's annual loss with its percentiles and exceedance curve, and a scenario's effect
// with the same random numbers.

#include "ReportSections.h"

#include "ReportCharts.h"
#include "ReportLimits.h"

#include <QHash>

#include <algorithm>

namespace mamori {

namespace {

/// Services first by how likely they exceed their RTO, then by annual loss, then by id.
QList<const AssetContinuity*> servicesInOrder(const ContinuityResult& result, const Model& model)
{
    QSet<QString> services;
    for (const Asset& a : model.assets) {
        if (a.continuity)
            services.insert(a.id);
    }
    QList<const AssetContinuity*> rows;
    for (const AssetContinuity& a : result.assets) {
        if (services.contains(a.id))
            rows.append(&a);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AssetContinuity* x, const AssetContinuity* y) {
        const double px = x->pOverRto.value_or(-1), py = y->pOverRto.value_or(-1);
        if (px != py)
            return px > py;
        return x->ale > y->ale;
    });
    return rows;
}

} // namespace

QString ReportBuilder::percent(double share) const
{
    //: A probability as a percentage: 12.3%
    return tr("%1%").arg(c.locale.toString(100 * share, 'f', 1));
}

QString ReportBuilder::hours(double value) const
{
    return c.locale.toString(value, 'f', 1);
}

void ReportBuilder::continuity()
{
    const ContinuityResult& r = *c.continuity;
    chapter(tr("Service continuity"));
    paragraph(tr("This chapter plays %Ln years of outages caused by the threats that can stop systems: "
                 "disasters (Basic Policy 3(3)) and failures of supplied services such as power and "
                 "communications (Basic Policy 3(4)).",
                  nullptr, r.trials)
        + QLatin1Char(' ')
        + tr("Each outage starts at a random hour, lasts a random time, and stops what depends on the "
             "asset unless enough redundant alternatives stay up. Controls make outages rarer and shorter.")
        + QLatin1Char(' ')
        + tr("The figures follow from the model's assumptions (rates, durations, recovery targets and losses "
             "per hour); they are a model for planning, not a forecast."));

    section(tr("The ward's annual loss from outages"));
    const bool withScenario = c.scenarioContinuity.has_value();
    QList<TableColumn> columns {{tr("Measure"), 3}, {tr("Current"), 1.4, Qt::AlignRight, true}};
    if (withScenario)
        columns += QList<TableColumn> {
            {tr("Scenario"), 1.4, Qt::AlignRight, true}, {tr("Change"), 1.4, Qt::AlignRight, true}};
    struct Line {
        QString name;
        double ContinuityTotals::*field;
    };
    const QList<Line> lines {{tr("Expected annual loss (ALE)"), &ContinuityTotals::ale},
        {tr("Standard deviation"), &ContinuityTotals::sd},
        {tr("Median year (50th percentile)"), &ContinuityTotals::p50},
        {tr("One year in ten (90th percentile)"), &ContinuityTotals::p90},
        {tr("One year in twenty (95th percentile)"), &ContinuityTotals::p95},
        {tr("One year in a hundred (99th percentile)"), &ContinuityTotals::p99}};
    add<TableBlock>(columns, lines.size(), [this, lines, withScenario](qsizetype i) {
        const double now = c.continuity->total.*(lines[i].field);
        TableRow row {lines[i].name, c.yen(now)};
        if (withScenario) {
            const double then = c.scenarioContinuity->total.*(lines[i].field);
            row.append(c.yen(then));
            row.append(c.yenChange(then - now));
        }
        return row;
    });

    const auto services = servicesInOrder(r, c.model);
    section(tr("Services and their recovery targets"));
    const qsizetype shown = rowsShown(services.size(), SummaryLimits::kServices);
    paragraph(tr("%n services have a recovery target or a loss per hour. They are listed by the probability "
                 "that an outage in a year lasts longer than the target recovery time (RTO).",
        nullptr, int(services.size())));
    QHash<QString, const Asset*> assets;
    for (const Asset& a : c.model.assets)
        assets.insert(a.id, &a);
    add<TableBlock>(
        QList<TableColumn> {{tr("Service"), 4}, {tr("RTO (hours)"), 1, Qt::AlignRight, true},
            {tr("Outage in a year"), 1.2, Qt::AlignRight, true}, {tr("Hours down a year"), 1.2, Qt::AlignRight, true},
            {tr("Longer than RTO"), 1.2, Qt::AlignRight, true}, {tr("Annual loss"), 1.6, Qt::AlignRight, true}},
        shown, [this, services, assets](qsizetype i) {
            const AssetContinuity& s = *services[i];
            const Asset* asset = assets.value(s.id);
            QString rto = QStringLiteral("—");
            if (asset && asset->continuity && asset->continuity->rtoHours)
                rto = c.number(*asset->continuity->rtoHours);
            return TableRow {assetLabel(s.id), rto, percent(s.pOutage), hours(s.meanHours),
                s.pOverRto ? percent(*s.pOverRto) : QStringLiteral("—"), c.yen(s.ale)};
        });
    notListed(shown, services.size(), Rest::InFullEdition);

    section(tr("Loss exceedance curve"));
    paragraph(tr("The curve gives, for each amount, the probability that the ward's loss from outages in one "
                 "year is larger. Read across from a probability (one year in ten is 10%) to the loss it "
                 "corresponds to."));
    ExceedanceCurve curve;
    curve.title = tr("Probability that the annual loss exceeds an amount");
    //: %1 is the unit: million yen (百万円) or thousand yen (千円)
    curve.lossAxis = tr("Annual loss (%1)");
    curve.millionUnit = tr("million yen");
    curve.thousandUnit = tr("thousand yen");
    curve.probabilityAxis = tr("Probability (log scale)");
    curve.series.append({tr("Current"), r.sortedLosses, false});
    if (withScenario)
        curve.series.append({tr("Scenario"), c.scenarioContinuity->sortedLosses, true});
    const QLocale locale = c.locale;
    add<DrawingBlock>(80, [curve, locale](PageFlow& flow, QPainter& p, const QRectF& rect) {
        drawExceedanceCurve(flow, p, rect, curve, locale);
    });

    if (withScenario)
        scenarioContinuity(services);
}

void ReportBuilder::scenarioContinuity(const QList<const AssetContinuity*>& services)
{
    const ContinuityResult& then = *c.scenarioContinuity;
    QHash<QString, const AssetContinuity*> after;
    for (const AssetContinuity& a : then.assets)
        after.insert(a.id, &a);
    struct Row {
        const AssetContinuity* now;
        const AssetContinuity* then;
    };
    QList<Row> rows;
    for (const AssetContinuity* s : services) {
        const AssetContinuity* t = after.value(s->id);
        if (t && (t->ale != s->ale || t->pOverRto != s->pOverRto))
            rows.append(Row {s, t});
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row& x, const Row& y) { return x.then->ale - x.now->ale < y.then->ale - y.now->ale; });
    section(tr("Services the scenario changes"));
    paragraph(tr("Both runs use the same random numbers (the same seed), so a difference comes from the "
                 "scenario and not from chance.")
        + QLatin1Char(' ') + tr("The scenario changes the outages of %n services.", nullptr, int(rows.size())));
    if (rows.isEmpty())
        return;
    const qsizetype shown = rowsShown(rows.size(), SummaryLimits::kServices);
    add<TableBlock>(QList<TableColumn> {{tr("Service"), 4}, {tr("Longer than RTO, current"), 1.3, Qt::AlignRight, true},
                        {tr("Longer than RTO, scenario"), 1.3, Qt::AlignRight, true},
                        {tr("Annual loss, current"), 1.6, Qt::AlignRight, true},
                        {tr("Annual loss, scenario"), 1.6, Qt::AlignRight, true}},
        shown, [this, rows](qsizetype i) {
            const Row& row = rows[i];
            const auto over = [this](const AssetContinuity* a) {
                return a->pOverRto ? percent(*a->pOverRto) : QStringLiteral("—");
            };
            return TableRow {
                assetLabel(row.now->id), over(row.now), over(row.then), c.yen(row.now->ale), c.yen(row.then->ale)};
        });
    notListed(shown, rows.size(), Rest::InFullEdition);
}

} // namespace mamori
