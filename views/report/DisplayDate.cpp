#include "DisplayDate.h"

#include "DisplayLanguage.h"
#include "JapaneseCalendar.h"

#include <QSettings>

#include <atomic>

namespace mamori {

namespace {
std::atomic<DateStyle> g_style {DateStyle::Era};
constexpr auto kDateStyleKey = "ui/dateStyle";
} // namespace

DateStyle dateStyle()
{
    return g_style.load();
}

void setDateStyle(DateStyle style)
{
    g_style.store(style);
}

DateStyle savedDateStyle()
{
    return QSettings().value(QLatin1StringView(kDateStyleKey)).toString() == QLatin1StringView("western")
        ? DateStyle::Western
        : DateStyle::Era;
}

void saveDateStyle(DateStyle style)
{
    QSettings().setValue(QLatin1StringView(kDateStyleKey),
        style == DateStyle::Western ? QStringLiteral("western") : QStringLiteral("era"));
}

QString displayDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (displayLanguage() == Language::English)
        return date.toString(Qt::ISODate);
    return dateStyle() == DateStyle::Era ? japaneseEraDate(date) : date.toString(QStringLiteral("yyyy/MM/dd"));
}

QString dateFieldFormat()
{
    return displayLanguage() == Language::English ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy/MM/dd");
}

} // namespace mamori
