#include "XlsxNumberFormats.h"

#include <cmath>

namespace mamori::sheets::xlsx {

NumberFormatKind builtInFormatKind(int id)
{
    if (id == 9 || id == 10)
        return NumberFormatKind::Percent;
    const bool date
        = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    return date ? NumberFormatKind::Date : NumberFormatKind::Plain;
}

NumberFormatKind formatCodeKind(QStringView code)
{
    // The letters of the code that format something, lower-cased: quoted text, [colours], [$-locales],
    // [h] and escaped characters (\x, _x padding, *x fill) mean nothing here.
    QString letters;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            letters.append(c.toLower());
        }
    }
    letters.remove(QStringLiteral("general"));
    bool month = false, time = false;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar c = letters[i];
        const bool exponent = c == u'e' && i + 1 < letters.size() && (letters[i + 1] == u'+' || letters[i + 1] == u'-');
        if (c == u'y' || c == u'd' || c == u'g' || (c == u'e' && !exponent))
            return NumberFormatKind::Date;
        month = month || c == u'm';
        time = time || c == u'h' || c == u's';
    }
    if (month && !time)
        return NumberFormatKind::Date;
    return letters.contains(u'%') ? NumberFormatKind::Percent : NumberFormatKind::Plain;
}

std::optional<QDate> dateFromSerial(double serial, bool date1904)
{
    // Half a millisecond more: a whole day stored as 45382.99999999999 is still 45383.
    const double day = std::floor(serial + 0.5 / 86'400'000.0);
    constexpr double kLastDay1900 = 2'958'465; // 9999-12-31
    if (!std::isfinite(serial) || day < (date1904 ? 0 : 1) || day > kLastDay1900 - (date1904 ? 1462 : 0))
        return std::nullopt;
    const auto days = qint64(day);
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return std::nullopt; // 1900-02-29, which Excel counts and the calendar does not have
    return QDate(1899, 12, 31).addDays(days > 60 ? days - 1 : days);
}

} // namespace mamori::sheets::xlsx
