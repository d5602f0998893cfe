#pragma once

// The one format of each quantity the views show (tables, status bar, dialogs, charts):
//
// - a score (a risk value, a likelihood, an impact, a total or a reduction of them): always two
//   decimals with the locale's grouping, "16.80", "18.00", "8,705.45". RISK-MODEL.md keeps full
//   doubles; two decimals tell every band boundary apart and line up in a column. A difference
//   carries its sign ("+1.25", "-3.00"); what rounds to zero reads "0.00", never "-0.00".
// - an amount of yen: whole yen with grouping, "1,200,000".
// - a count: a whole number with grouping, "9,077".
// - a percentage: a whole percent, "35%".
// - any other number (a weight, an effectiveness typed by the user): grouping, whole numbers without
//   decimals, others with two (formatNumber).
//
// The views use the default locale; the report passes the locale of its own language.

#include <QLocale>
#include <QString>

#include <cmath>

namespace mamori {

/// Decimals of a score as shown.
inline constexpr int kScoreDecimals = 2;

/// `value` rounded as formatScore shows it, with -0 made 0: sort by this, so that rows that read
/// the same sort together and a row that reads 0.00 sorts as zero.
inline double roundScore(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return rounded == 0.0 ? 0.0 : rounded;
}

/// A score: "16.80", "8,705.45", "0.00".
inline QString formatScore(double value, const QLocale& locale = QLocale())
{
    return locale.toString(roundScore(value), 'f', kScoreDecimals);
}

/// A difference of scores: "+1.25", "-3.00", "0.00".
inline QString formatSignedScore(double value, const QLocale& locale = QLocale())
{
    const double rounded = roundScore(value);
    return (rounded > 0 ? QStringLiteral("+") : QString()) + formatScore(rounded, locale);
}

/// A number as the views and the report show inputs: the locale's digit grouping, whole numbers
/// without decimals, others with two (an effectiveness of 0.85, a weight of 2); never "-0".
inline QString formatNumber(double value, const QLocale& locale = QLocale())
{
    const bool whole = value == std::floor(value);
    const double shown = whole ? value : roundScore(value);
    return locale.toString(shown == 0.0 ? 0.0 : shown, 'f', whole ? 0 : kScoreDecimals);
}

/// An amount of yen as the views show it: whole yen with the locale's grouping (1,200,000).
inline QString formatYen(double value, const QLocale& locale = QLocale())
{
    const double rounded = std::round(value);
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 0);
}

/// A count: "9,077".
inline QString formatCount(qint64 value, const QLocale& locale = QLocale())
{
    return locale.toString(value);
}

/// A percentage given in percent (35 for 35 %): a whole percent, "35%".
inline QString formatPercent(double percent, const QLocale& locale = QLocale())
{
    return formatYen(percent, locale) + locale.percent();
}

/// Significant digits for the bar labels of a chart (Qt Charts formats them with 'g' and one
/// precision per series): the integer digits of the largest value and the two decimals of a score, so
/// that a total in the thousands never turns into "6.01e+03". Bars of scores hold roundScore() values,
/// so the label shows no more than two decimals.
inline int chartLabelPrecision(double maximum)
{
    const double magnitude = std::abs(maximum);
    const int integerDigits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 1;
    return integerDigits + kScoreDecimals;
}

} // namespace mamori
