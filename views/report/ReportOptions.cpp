#include "ReportOptions.h"

#include "JapaneseCalendar.h"

#include <algorithm>

namespace mamori {

namespace {
struct SectionKey {
    ReportOptions::Section section;
    const char* key;
};
constexpr SectionKey kSectionKeys[] = {
    {ReportOptions::Section::Summary, "summary"},
    {ReportOptions::Section::Findings, "findings"},
    {ReportOptions::Section::Register, "register"},
    {ReportOptions::Section::Responses, "responses"},
    {ReportOptions::Section::Plan, "plan"},
    {ReportOptions::Section::Scenario, "scenario"},
    {ReportOptions::Section::Appendix, "appendix"},
    {ReportOptions::Section::Continuity, "continuity"},
};
} // namespace

int ReportOptions::effectiveFiscalYear() const
{
    return fiscalYear.value_or(fiscalYearOf(date.isValid() ? date : Clock::today()));
}

QString ReportOptions::effectiveHandlingMark() const
{
    if (!handlingMark.trimmed().isEmpty())
        return handlingMark.trimmed();
    // The policy keeps its standards non-public (§11): a report is marked unless the user says otherwise.
    return language == QLatin1StringView("en") ? QStringLiteral("Confidential") : QStringLiteral("取扱注意");
}

DocumentControl ReportOptions::effectiveDocument(const DocumentControl& project) const
{
    DocumentControl d = project;
    d.number = document.number.value_or(d.number);
    d.version = document.version.value_or(d.version);
    d.department = document.department.value_or(d.department);
    d.approvedOn = document.approvedOn.value_or(d.approvedOn);
    d.revisions = document.revisions.value_or(d.revisions);
    d.distribution = document.distribution.value_or(d.distribution);
    for (const FiscalBudget& b : document.budgets) {
        const auto same = std::find_if(
            d.budgets.begin(), d.budgets.end(), [&](const FiscalBudget& x) { return x.fiscalYear == b.fiscalYear; });
        if (same != d.budgets.end())
            *same = b;
        else
            d.budgets.append(b);
    }
    return d;
}

QStringList ReportOptions::sectionKeys()
{
    QStringList keys;
    for (const SectionKey& s : kSectionKeys)
        keys.append(QString::fromLatin1(s.key));
    return keys;
}

std::optional<ReportOptions::Sections> ReportOptions::parseSections(const QString& list)
{
    Sections result;
    for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        bool found = false;
        for (const SectionKey& s : kSectionKeys) {
            if (key == QLatin1StringView(s.key)) {
                result |= s.section;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return result;
}

QString ReportOptions::editionKey(Edition edition)
{
    return edition == Edition::Full ? QStringLiteral("full") : QStringLiteral("summary");
}

std::optional<ReportOptions::Edition> ReportOptions::parseEdition(const QString& key)
{
    for (const Edition e : {Edition::Summary, Edition::Full}) {
        if (key.trimmed() == editionKey(e))
            return e;
    }
    return std::nullopt;
}

} // namespace mamori
