#pragma once

// Today's date, through one place that tests can fix (overdue marks, the fiscal year shown, the
// default decision date) instead of sleeping or depending on the day the suite runs.

#include <QDate>

namespace mamori::Clock {

namespace detail {
inline QDate& fixedToday()
{
    static QDate date;
    return date;
}
} // namespace detail

/// The fixed date when one is set, else the system's.
inline QDate today()
{
    const QDate fixed = detail::fixedToday();
    return fixed.isValid() ? fixed : QDate::currentDate();
}

/// Fixes today (tests); an invalid date returns to the system's.
inline void setToday(QDate date)
{
    detail::fixedToday() = date;
}

} // namespace mamori::Clock
