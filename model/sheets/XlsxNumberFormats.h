#pragma once

// What a cell's number format makes of its number: a date (and which date an Excel serial number
// stands for), a percentage (0.5 shows as 50%), or the number itself.

#include <QDate>
#include <QStringView>

#include <optional>

namespace mamori::sheets::xlsx {

enum class NumberFormatKind { Plain, Date, Percent };

/// Excel's built-in formats: 9 and 10 are percentages; 14-22, 27-36 and 50-58 (the Japanese locales'
/// 和暦 and 年月日 forms among them) and 45-47 dates and times.
NumberFormatKind builtInFormatKind(int numFmtId);

/// A custom format code's kind, from its letters outside quotes, brackets and escapes: y, m, d, e or
/// g (the era: `[$-ja-JP]ggge"年"m"月"d"日"`) make a date, but an m beside h or s is minutes (h:mm)
/// and E+ a number's exponent; a % makes a percentage.
NumberFormatKind formatCodeKind(QStringView code);

/// The date of a serial number: day 1 is 1900-01-01 with Lotus's 29 February 1900 (day 60, which
/// has no date), or day 0 is 1904-01-01 in the 1904 system. The time of day is dropped. Nothing for
/// a serial outside 1900 (1904) to 9999.
std::optional<QDate> dateFromSerial(double serial, bool date1904);

} // namespace mamori::sheets::xlsx
