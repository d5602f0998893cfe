#pragma once

// Which number formats show a date, and the date an Excel serial number stands for.

#include <QDate>
#include <QStringView>

#include <optional>

namespace mamori::sheets::xlsx {

/// Excel's built-in date and time formats: 14-22, 27-36 and 50-58 (the Japanese locales' 和暦 and
/// 年月日 forms among them), 45-47.
bool isBuiltInDateFormat(int numFmtId);

/// A custom format code that shows a date: y, m, d, e or g (the era: `[$-ja-JP]ggge"年"m"月"d"日"`)
/// outside quotes, brackets and escapes; an m alone beside h or s is minutes (h:mm), not a month, and
/// E+ is a number's exponent.
bool isDateFormatCode(QStringView code);

/// The date of a serial number: day 1 is 1900-01-01 with Lotus's 29 February 1900 (day 60, which
/// has no date), or day 0 is 1904-01-01 in the 1904 system. The time of day is dropped. Nothing for
/// a serial outside 1900 (1904) to 9999.
std::optional<QDate> dateFromSerial(double serial, bool date1904);

} // namespace mamori::sheets::xlsx
