#pragma once

// The report's charts, drawn with QPainter as vectors (the dashboard's Qt Charts are widgets and
// cannot draw into a PDF). Every label comes from the caller, translated; the charts only draw.

#include "RiskMatrix.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace mamori {

class PageFlow;

struct MatrixLabels {
    QString title;
    QString likelihood; ///< vertical axis
    QString impact; ///< horizontal axis
};

/// The 5 x 5 map: likelihood up (5 at the top, as Japanese risk maps draw it), impact across, each
/// cell with its count, coloured by the highest level it counts (RiskMatrix::colourLevel()); an
/// empty cell in its centre's band, paler. Counts are grouped in `locale` (12,345).
void drawRiskMatrix(PageFlow& flow, QPainter& p, const QRectF& rect, const RiskMatrix& matrix, const QList<Band>& bands,
    const MatrixLabels& labels, const QLocale& locale);

struct LegendEntry {
    QString level; ///< the band label, for the colour
    QString text; ///< what the reader sees: the level's name and its range
};

/// One row of colour swatches with their texts, centred in `rect` (wrapped to a second row if need be).
void drawLevelLegend(PageFlow& flow, QPainter& p, const QRectF& rect, const QList<LegendEntry>& entries);

struct BarItem {
    QString label;
    double first = 0; ///< e.g. inherent, drawn light
    double second = 0; ///< e.g. residual, drawn dark
};

/// Horizontal bars, two per item, each with its value at its end (a score, as the tables print it, in
/// `locale`), with a legend naming the two series.
void drawPairedBars(PageFlow& flow, QPainter& p, const QRectF& rect, const QString& title, const QList<BarItem>& items,
    const QString& firstName, const QString& secondName, const QLocale& locale);

struct TimelineItem {
    QString label;
    QDate start;
    QDate due;
    int status = 0; ///< 0 not started, 1 in progress, 2 done
    int progress = 0; ///< percent
    bool overdue = false; ///< past due and not done: drawn in red
};

/// A Gantt chart over the fiscal year (April to March), months across, one row per action, its label
/// on up to two lines left of the chart.
void drawTimeline(PageFlow& flow, QPainter& p, const QRectF& rect, const QList<TimelineItem>& items, int fiscalYear,
    const QStringList& monthNames, const QString& todayLabel, const QDate& today);

struct ProjectionPoint {
    QString label; ///< the action id, or "now"
    double residual = 0;
    qint64 aboveAppetite = 0;
};

/// The total residual after each action, as a step line on an axis from 0, with the total (a score in
/// `locale`) and the count above appetite written under each point, clear of the line.
void drawProjection(PageFlow& flow, QPainter& p, const QRectF& rect, const QString& title,
    const QList<ProjectionPoint>& points, const QString& valueAxis, const QString& aboveFormat, const QLocale& locale);

struct ExceedanceSeries {
    QString name;
    QList<double> sortedLosses; ///< one loss per simulated year, ascending
    bool dashed = false;
};

struct ExceedanceCurve {
    QString title;
    QString lossAxis; ///< horizontal: the annual loss, with %1 for the unit
    QString millionUnit; ///< "million yen"
    QString thousandUnit; ///< "thousand yen"
    QString probabilityAxis; ///< vertical, logarithmic
    QList<ExceedanceSeries> series;
};

/// The loss exceedance curve: P(annual loss > x) against x, the probability on a log axis from one
/// year in the number of years played up to 1, each series a step line, amounts in `locale`.
void drawExceedanceCurve(
    PageFlow& flow, QPainter& p, const QRectF& rect, const ExceedanceCurve& curve, const QLocale& locale);

} // namespace mamori
