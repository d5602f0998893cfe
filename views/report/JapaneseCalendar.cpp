#include "JapaneseCalendar.h"

#include <array>

namespace mamori {

namespace {
struct Era {
    const char* name; // UTF-8
    QDate start;
};

// Newest first. The fiscal year 2019 started under 平成 and is named 平成31年度 by wards, so fiscal
// years are named by the era of their first day (1 April), dates by the era of the day itself.
const std::array<Era, 4>& eras()
{
    static const std::array<Era, 4> list = {{{"令和", QDate(2019, 5, 1)}, {"平成", QDate(1989, 1, 8)},
        {"昭和", QDate(1926, 12, 25)}, {"大正", QDate(1912, 7, 30)}}};
    return list;
}

QString eraYear(const QDate& date)
{
    for (const Era& era : eras()) {
        if (date >= era.start) {
            const int year = date.year() - era.start.year() + 1;
            return QString::fromUtf8(era.name) + (year == 1 ? QStringLiteral("元") : QString::number(year))
                + QStringLiteral("年");
        }
    }
    return QString::number(date.year()) + QStringLiteral("年");
}
} // namespace

QString japaneseEraDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return eraYear(date) + QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

QString japaneseFiscalYear(int fiscalYear)
{
    QString year = eraYear(QDate(fiscalYear, 4, 1));
    year.chop(1); // "年"
    return year + QStringLiteral("年度");
}

} // namespace mamori
