#pragma once

// Dates as the window shows them: in Japanese as the officer chose in Settings (和暦 by default,
// 令和8年12月2日, or 2026/12/02), in English as ISO 8601 (2026-12-02). Whatever is shown, typing any
// of these back is understood (dateFromText). Files, CSV and the CLI keep ISO dates.

#include <QDate>
#include <QString>

namespace mamori {

enum class DateStyle { Era, Western };

/// The style of the Japanese window; set at start from Settings and when the officer changes it.
DateStyle dateStyle();
void setDateStyle(DateStyle style);
/// The style saved in Settings (和暦 unless the officer chose otherwise), and saving it.
DateStyle savedDateStyle();
void saveDateStyle(DateStyle style);

/// `date` in the display language and style; empty for an invalid date.
QString displayDate(const QDate& date);
/// The display format of a date field (QDateEdit cannot show an era): 2026/12/02 in Japanese,
/// 2026-12-02 in English.
QString dateFieldFormat();

} // namespace mamori
