#include "JapaneseCalendar.h"

#include <QRegularExpression>

#include <array>

namespace mamori {

namespace {
struct Era {
    const char* name; // UTF-8
    char letter; // the initial offices abbreviate it to (R8.12.2)
    QDate start;
};

// Newest first. The fiscal year 2019 started under 平成 and is named 平成31年度 by wards, so fiscal
// years are named by the era of their first day (1 April), dates by the era of the day itself.
const std::array<Era, 5>& eras()
{
    static const std::array<Era, 5> list = {{{"令和", 'R', QDate(2019, 5, 1)}, {"平成", 'H', QDate(1989, 1, 8)},
        {"昭和", 'S', QDate(1926, 12, 25)}, {"大正", 'T', QDate(1912, 7, 30)}, {"明治", 'M', QDate(1868, 10, 23)}}};
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

/// The western year of `eraYear` of the era named or abbreviated `era`; 0 for an unknown era.
int westernYear(const QString& era, int eraYear)
{
    for (const Era& e : eras()) {
        if (era == QString::fromUtf8(e.name) || era.compare(QChar::fromLatin1(e.letter), Qt::CaseInsensitive) == 0)
            return e.start.year() + eraYear - 1;
    }
    return 0;
}
} // namespace

QString japaneseEraDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return eraYear(date) + QStringLiteral("%1月%2日").arg(QString::number(date.month()), QString::number(date.day()));
}

QString japaneseFiscalYear(int fiscalYear)
{
    QString year = eraYear(QDate(fiscalYear, 4, 1));
    year.chop(1); // "年"
    return year + QStringLiteral("年度");
}

QDate dateFromText(const QString& text)
{
    // NFKC folds full-width digits and letters, and the one-character era signs (㋿, ㍻) into their
    // names; spaces anywhere are dropped (令和 8 年 12 月 2 日).
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression western(
        QStringLiteral("^(\\d{4})(?:[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?|(\\d{2})(\\d{2}))$"));
    if (const QRegularExpressionMatch m = western.match(s); m.hasMatch()) {
        const bool compact = m.capturedLength(4) > 0;
        return {m.captured(1).toInt(), m.captured(compact ? 4 : 2).toInt(), m.captured(compact ? 5 : 3).toInt()};
    }
    static const QRegularExpression era(
        QStringLiteral("^(令和|平成|昭和|大正|明治|[RHSTMrhstm])(元|\\d{1,2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    const QRegularExpressionMatch m = era.match(s);
    if (!m.hasMatch())
        return {};
    const int eraYear = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
    const int year = eraYear > 0 ? westernYear(m.captured(1), eraYear) : 0;
    if (year == 0)
        return {};
    return {year, m.captured(3).toInt(), m.captured(4).toInt()};
}

} // namespace mamori
