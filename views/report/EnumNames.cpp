#include "EnumNames.h"

#include <QRegularExpression>

namespace mamori {

namespace {
template <typename E, std::size_t N> QString lookup(E value, const char* const (&names)[N])
{
    const auto i = std::size_t(value);
    return i < N ? EnumNames::tr(names[i]) : QString();
}
} // namespace

QString EnumNames::name(AssetType value)
{
    static const char* const names[]
        = {QT_TR_NOOP("Information"), QT_TR_NOOP("Information system"), QT_TR_NOOP("Network"), QT_TR_NOOP("Device"),
            QT_TR_NOOP("Media"), QT_TR_NOOP("Facility"), QT_TR_NOOP("System document"), QT_TR_NOOP("Cloud service")};
    return lookup(value, names);
}

QString EnumNames::name(Tier value)
{
    static const char* const names[] = {QT_TR_NOOP("My Number use"), QT_TR_NOOP("LGWAN-connected"),
        QT_TR_NOOP("Internet-connected"), QT_TR_NOOP("Outside the tiers")};
    return lookup(value, names);
}

QString EnumNames::name(DependencyKind value)
{
    static const char* const names[] = {QT_TR_NOOP("Runs on"), QT_TR_NOOP("Processed by"), QT_TR_NOOP("Connects via"),
        QT_TR_NOOP("Located in"), QT_TR_NOOP("Powered by"), QT_TR_NOOP("Supplied by"), QT_TR_NOOP("Other")};
    return lookup(value, names);
}

QString EnumNames::name(ControlStatus value)
{
    static const char* const names[] = {QT_TR_NOOP("Implemented"), QT_TR_NOOP("Partially implemented"),
        QT_TR_NOOP("Planned"), QT_TR_NOOP("Not implemented")};
    return lookup(value, names);
}

QString EnumNames::name(ControlEffect value)
{
    static const char* const names[] = {QT_TR_NOOP("Reduces likelihood"), QT_TR_NOOP("Reduces impact")};
    return lookup(value, names);
}

QString EnumNames::name(ResponseKind value)
{
    static const char* const names[]
        = {QT_TR_NOOP("Accept"), QT_TR_NOOP("Mitigate"), QT_TR_NOOP("Transfer"), QT_TR_NOOP("Avoid")};
    return lookup(value, names);
}

QString EnumNames::name(ActionStatus value)
{
    static const char* const names[] = {QT_TR_NOOP("Not started"), QT_TR_NOOP("In progress"), QT_TR_NOOP("Done")};
    return lookup(value, names);
}

QString EnumNames::name(OrgUnitKind value)
{
    static const char* const names[] = {QT_TR_NOOP("Administrative body"), QT_TR_NOOP("Department"),
        QT_TR_NOOP("Related organization"), QT_TR_NOOP("Other")};
    return lookup(value, names);
}

QString EnumNames::name(Dimension value)
{
    static const char* const names[]
        = {QT_TR_NOOP("Confidentiality"), QT_TR_NOOP("Integrity"), QT_TR_NOOP("Availability")};
    return lookup(value, names);
}

QString EnumNames::name(InspectionKind value)
{
    static const char* const names[]
        = {QT_TR_NOOP("Self-inspection"), QT_TR_NOOP("Internal audit"), QT_TR_NOOP("External audit")};
    return lookup(value, names);
}

QString EnumNames::name(AuditSeverity value)
{
    static const char* const names[]
        = {QT_TR_NOOP("Low"), QT_TR_NOOP("Medium"), QT_TR_NOOP("High"), QT_TR_NOOP("Critical")};
    return lookup(value, names);
}

QString EnumNames::name(AuditStatus value)
{
    static const char* const names[] = {QT_TR_NOOP("Open"), QT_TR_NOOP("Closed")};
    return lookup(value, names);
}

QString EnumNames::name(ReviewSubject value)
{
    static const char* const names[] = {QT_TR_NOOP("Control"), QT_TR_NOOP("Audit finding"), QT_TR_NOOP("Risk"),
        QT_TR_NOOP("Exception"), QT_TR_NOOP("Other")};
    return lookup(value, names);
}

QString EnumNames::threatCategory(int category)
{
    static const char* const names[] = {QT_TR_NOOP("Intentional factors"), QT_TR_NOOP("Unintentional factors"),
        QT_TR_NOOP("Disasters"), QT_TR_NOOP("Outage of supplied services"), QT_TR_NOOP("Loss of social trust")};
    static_assert(std::size(names) == kThreatCategoryCount);
    return category >= 1 && category <= kThreatCategoryCount ? tr(names[category - 1]) : QString::number(category);
}

QString EnumNames::threatCategoryList()
{
    QStringList names;
    for (int c = 1; c < kThreatCategoryCount; ++c)
        names.append(threatCategory(c));
    //: The last two items of a list in running text: 「A及びB」
    return tr("%1 and %2").arg(names.join(tr(", ")), threatCategory(kThreatCategoryCount));
}

QString EnumNames::source(const QString& key)
{
    const QString trimmed = key.trimmed();
    if (trimmed == QLatin1StringView("mic_guideline"))
        return tr("MIC guidelines");
    if (trimmed == QLatin1StringView("own_addition"))
        return tr("Ward's own");
    if (trimmed == QLatin1StringView("standard"))
        return tr("Security standards");
    // "policy §3(1)", "policy §11, §12", "§7(3)": each clause a section with an optional item.
    static const QRegularExpression whole(
        QStringLiteral("^(?:policy\\s*)?§\\s*\\d+(?:\\(\\d+\\))?(?:\\s*,\\s*§\\s*\\d+(?:\\(\\d+\\))?)*$"));
    static const QRegularExpression clause(QStringLiteral("§\\s*(\\d+)(\\(\\d+\\))?"));
    if (!whole.match(trimmed).hasMatch())
        return key;
    // 基本方針 numbers its sections in full-width digits (３．対象とする脅威) and its items in
    // half-width ones in parentheses ((1) サイバー攻撃...), and so is cited: 基本方針３(1).
    //: The digits 0 to 9 of the policy's section numbers as the policy writes them: ０１２３４５６７８９
    const QString digits = tr("0123456789");
    QStringList clauses;
    for (auto it = clause.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString section = m.captured(1);
        for (QChar& ch : section) {
            if (digits.size() == 10 && ch.isDigit())
                ch = digits[ch.digitValue()];
        }
        clauses.append(section + m.captured(2));
    }
    const QString last = clauses.takeLast();
    const QString list = clauses.isEmpty() ? last : tr("%1 and %2").arg(clauses.join(tr(", ")), last);
    //: A clause of the ward's cybersecurity basic policy, e.g. 基本方針３(1)
    return tr("Basic policy %1").arg(list);
}

QString EnumNames::controlGroup(int group)
{
    static const char* const names[] = {QT_TR_NOOP("Organization"), QT_TR_NOOP("Asset classification and management"),
        QT_TR_NOOP("Three-tier resilience"), QT_TR_NOOP("Physical security"), QT_TR_NOOP("Human security"),
        QT_TR_NOOP("Technical security"), QT_TR_NOOP("Operations and incident response"),
        QT_TR_NOOP("Outsourcing and cloud services"), QT_TR_NOOP("Evaluation and review")};
    static_assert(std::size(names) == kControlGroupCount);
    return group >= 1 && group <= kControlGroupCount ? tr(names[group - 1]) : QString::number(group);
}

QString EnumNames::level(const QString& label)
{
    if (label == QLatin1StringView("low"))
        return tr("Low");
    if (label == QLatin1StringView("medium"))
        return tr("Medium");
    if (label == QLatin1StringView("high"))
        return tr("High");
    if (label == QLatin1StringView("critical"))
        return tr("Critical");
    return label;
}

QString EnumNames::findingRoute(const QString& rule, const QStringList& path)
{
    if (rule == QLatin1StringView("tier-hosting") && path.size() == 2)
        return tr("%1 runs on %2 (shared host)").arg(path[0], path[1]);
    return path.join(QStringLiteral(" → "));
}

} // namespace mamori
