#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

namespace mamori {

/// A number as the views and the report show it: the locale's digit grouping, whole numbers without
/// decimals, others with two (a residual of 16.25, a cost of 1,200,000). The report passes the
/// locale of its own language; the views use the default one.
inline QString formatNumber(double value, const QLocale& locale = QLocale())
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

/// An amount of yen as the views show it: whole yen with the locale's grouping (1,200,000).
inline QString formatYen(double value, const QLocale& locale = QLocale())
{
    return locale.toString(value, 'f', 0);
}

} // namespace mamori
