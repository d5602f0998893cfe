#pragma once

// The Japanese public sector's fiscal year (年度): April 1 to March 31, named by the year it starts
// in (令和8年度 = FY2026 = 2026-04-01 .. 2027-03-31). The plan's timeline and the report use it.

#include <QDate>

namespace mamori {

/// The fiscal year that `date` falls in.
inline int fiscalYearOf(QDate date)
{
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

inline QDate fiscalYearStart(int fiscalYear)
{
    return {fiscalYear, 4, 1};
}

inline QDate fiscalYearEnd(int fiscalYear)
{
    return {fiscalYear + 1, 3, 31};
}

} // namespace mamori
