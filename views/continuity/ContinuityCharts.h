#pragma once

// The charts of the continuity simulation (RISK-MODEL.md 10), drawn from a result's sorted trial
// losses: the loss exceedance curve (the probability that a year's loss is above x, on a log scale,
// so that the one-in-a-hundred years stay visible) and the histogram of the annual loss.
//
// Ownership: each function returns a new chart; the caller (a QChartView) owns it.

#include "engine/Continuity.h"

#include <QList>
#include <QPointF>

class QChart;
class QFont;

namespace mamori {

/// Points (loss in yen, P(annual loss > loss)) of the exceedance curve, at most about `maxPoints`,
/// spread evenly over the log of the probability; only points with a probability above 0 (a log
/// axis cannot show 0). Empty for no trials.
QList<QPointF> exceedancePoints(const QList<double>& sortedLosses, int maxPoints = 300);

/// Share of the trials (0..1) in each of `bins` equal bins from 0 to the largest loss.
struct LossHistogram {
    double binWidth = 0; ///< yen
    QList<double> shares;
};
LossHistogram lossHistogram(const QList<double>& sortedLosses, int bins = 30);

/// The charts, in `font` (the application's, with its CJK family: Qt Charts' themes name their own).
QChart* lossExceedanceChart(const ContinuityResult& result, const QFont& font);
QChart* lossHistogramChart(const ContinuityResult& result, const QFont& font);

} // namespace mamori
