#include "continuity/ContinuityCharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ContinuityCharts)
};

const QColor kCurveColor(0x15, 0x65, 0xc0);
const QColor kHistogramColor(0x45, 0x5a, 0x64);

/// The unit of the loss axis: thousands of yen for a small ward's losses, millions above, so the
/// labels stay short ("120" rather than "120,000,000").
struct LossUnit {
    double yen;
    QString title;
};

LossUnit lossUnit(double largest)
{
    if (largest >= 1e7)
        return {1e6, Tr::tr("Annual loss (million yen)")};
    return {1e3, Tr::tr("Annual loss (thousand yen)")};
}

QChart* newChart(const QString& title, const QFont& font)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setVisible(false);
    chart->setLocalizeNumbers(true); // grouped as the tables group them
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

void applyAxisFonts(QChart* chart, const QFont& font)
{
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

/// The loss axis from 0 to a little past `largest` (in `unit`).
QValueAxis* lossAxis(double largest, const LossUnit& unit)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, largest > 0 ? largest / unit.yen * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(unit.title);
    return axis;
}

} // namespace

QList<QPointF> exceedancePoints(const QList<double>& sortedLosses, int maxPoints)
{
    QList<QPointF> out;
    const qsizetype n = sortedLosses.size();
    if (n == 0 || maxPoints < 2)
        return out;
    // The axis shows the share on a log scale, from 1 down to one year in n: a step is kept when its
    // share lies at least one grid step (of maxPoints over that range) below the last kept, so the
    // rare, costly years keep their detail while the common ones are thinned.
    const double ratio = std::exp(-std::log(double(n)) / double(maxPoints - 1));
    const QList<ExceedanceStep> steps = exceedanceSteps(sortedLosses);
    double lastShare = 2;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ExceedanceStep& s = steps[i];
        if (s.share <= lastShare * ratio || i + 1 == steps.size()) {
            out.append(QPointF(s.loss, s.share));
            lastShare = s.share;
        }
    }
    // Every year lost something: the curve starts at certainty from 0.
    if (sortedLosses.front() > 0)
        out.prepend(QPointF(0, 1.0));
    return out;
}

LossHistogram lossHistogram(const QList<double>& sortedLosses, int bins)
{
    LossHistogram out;
    if (sortedLosses.isEmpty() || bins < 1)
        return out;
    const double largest = sortedLosses.back();
    out.binWidth = largest > 0 ? largest / bins : 1;
    out.shares.fill(0.0, bins);
    const double share = 1.0 / double(sortedLosses.size());
    for (double loss : sortedLosses) {
        const int bin = std::clamp(int(loss / out.binWidth), 0, bins - 1);
        out.shares[bin] += share;
    }
    return out;
}

QChart* lossExceedanceChart(const ContinuityResult& result, const QFont& font)
{
    QChart* chart = newChart(Tr::tr("Loss exceedance curve"), font);
    const QList<double>& losses = result.sortedLosses;
    const LossUnit unit = lossUnit(losses.isEmpty() ? 0 : losses.back());
    auto* series = new QLineSeries;
    series->setName(Tr::tr("Probability that a year's loss is larger"));
    QPen pen(kCurveColor);
    pen.setWidthF(2);
    series->setPen(pen);
    for (const QPointF& p : exceedancePoints(losses))
        series->append(p.x() / unit.yen, p.y());
    chart->addSeries(series);
    auto* x = lossAxis(losses.isEmpty() ? 0 : losses.back(), unit);
    auto* y = new QLogValueAxis;
    y->setBase(10);
    // Down to one trial in all of them: the rarest year the simulation can tell.
    const double floor = losses.isEmpty() ? 1e-3 : std::min(0.1, 1.0 / double(losses.size()));
    const int decades = int(-std::floor(std::log10(floor)));
    y->setRange(std::pow(10.0, -decades), 1.0);
    y->setMinorTickCount(-1);
    // Fixed decimals down to the smallest tick ("0.0001"): localized labels take no "%g".
    y->setLabelFormat(QStringLiteral("%.%1f").arg(decades));
    y->setTitleText(Tr::tr("Probability per year"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    applyAxisFonts(chart, font);
    return chart;
}

QChart* lossHistogramChart(const ContinuityResult& result, const QFont& font)
{
    QChart* chart = newChart(Tr::tr("Annual loss: share of the simulated years"), font);
    const QList<double>& losses = result.sortedLosses;
    const LossUnit unit = lossUnit(losses.isEmpty() ? 0 : losses.back());
    const LossHistogram histogram = lossHistogram(losses);
    // Bars as a stepped outline over a numeric axis: a bar category axis would need a label per bin.
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    double top = 0;
    for (qsizetype i = 0; i < histogram.shares.size(); ++i) {
        const double from = double(i) * histogram.binWidth / unit.yen;
        const double to = double(i + 1) * histogram.binWidth / unit.yen;
        const double percent = histogram.shares[i] * 100.0;
        upper->append(from, 0);
        upper->append(from, percent);
        upper->append(to, percent);
        upper->append(to, 0);
        lower->append(from, 0);
        lower->append(to, 0);
        top = std::max(top, percent);
    }
    auto* area = new QAreaSeries(upper, lower);
    // The area does not own the lines that bound it (Qt's documentation): it deletes them with itself.
    upper->setParent(area);
    lower->setParent(area);
    area->setName(Tr::tr("Share of years"));
    area->setColor(kHistogramColor);
    area->setBorderColor(kHistogramColor.darker(130));
    chart->addSeries(area);
    auto* x = lossAxis(losses.isEmpty() ? 0 : losses.back(), unit);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(Tr::tr("Share of years (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    applyAxisFonts(chart, font);
    return chart;
}

} // namespace mamori
