#pragma once

// How the continuity views write their quantities, beside NumberFormat.h's (yen, counts): a
// probability with one decimal of a percent, since the risks a BCP is about are often below one
// percent ("0.4%" where a whole percent would read "0%"), and hours with one decimal.

#include "NumberFormat.h"

#include <QLocale>
#include <QString>

namespace mamori {

/// A probability (0..1) as a percentage with one decimal: "12.3%", "0.4%".
inline QString formatProbability(double p, const QLocale& locale = QLocale())
{
    const double percent = std::round(p * 1000.0) / 10.0;
    return locale.toString(percent == 0.0 ? 0.0 : percent, 'f', 1) + locale.percent();
}

/// A difference of probabilities in percentage points, signed: "+1.2", "-0.4", "0.0".
inline QString formatSignedProbability(double delta, const QLocale& locale = QLocale())
{
    const double points = std::round(delta * 1000.0) / 10.0;
    const QString text = locale.toString(points == 0.0 ? 0.0 : points, 'f', 1);
    return points > 0 ? QStringLiteral("+") + text : text;
}

/// Hours with one decimal: "12.4".
inline QString formatHours(double hours, const QLocale& locale = QLocale())
{
    const double rounded = std::round(hours * 10.0) / 10.0;
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 1);
}

/// A difference of yen, signed: "+1,200,000", "-300,000", "0".
inline QString formatSignedYen(double delta, const QLocale& locale = QLocale())
{
    const QString text = formatYen(delta, locale);
    return std::round(delta) > 0 ? QStringLiteral("+") + text : text;
}

} // namespace mamori
