#pragma once

// Dates as a Japanese municipality writes them: the era (和暦) first, the western year beside it, and
// the fiscal year (年度) by its era name. Which fiscal year a date is in: FiscalYear.h.

#include "FiscalYear.h"

#include <QDate>
#include <QString>

namespace mamori {

/// 令和8年11月26日 for 2026-11-26 (令和元年 for the first year; 平成 before 2019-05-01, 昭和 before
/// 1989-01-08). Empty for an invalid date.
QString japaneseEraDate(const QDate& date);
/// 令和8年度 for fiscal year 2026 (April 2026 to March 2027); 平成31年度 for 2019, as wards write it.
QString japaneseFiscalYear(int fiscalYear);

/// A date typed or read as people write it in Japan: 2026-12-02, 2026/12/2, 2026.12.2, 2026年12月2日,
/// 20261202, 令和8年12月2日, 令和元年5月1日, R8.12.2, R08.12.02, H31.4.1 (and S, T, M), in full-width
/// digits or with spaces as well. An era year is counted from the era's first year without checking
/// that the day falls inside the era (平成31年5月1日 is 2019-05-01, as offices still write it).
/// Invalid when the text is none of these or names no real day.
QDate dateFromText(const QString& text);

} // namespace mamori
