#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

namespace mamori {

/// A number as the views show it: the locale's digit grouping, whole numbers without decimals,
/// others with two (a residual of 16.25, a cost of 1,200,000).
inline QString formatNumber(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

} // namespace mamori
