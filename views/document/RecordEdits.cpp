// The edits of the yearly cycle's records (policy §9 and §10), declared in Edits.h: audit findings,
// their corrective actions, exceptions of three-tier findings and review decisions.

#include "document/Edits.h"

#include "Clock.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "FiscalYear.h"
#include "engine/Assessment.h"
#include "review/ReviewItems.h"

#include <QCoreApplication>

#include <algorithm>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::Edits)
};

AuditSeverity auditSeverity(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return AuditSeverity::Critical;
    case Severity::High:
        return AuditSeverity::High;
    case Severity::Medium:
        return AuditSeverity::Medium;
    }
    return AuditSeverity::Medium;
}

/// The first line of a description, short enough for a plan action's title.
QString titleFrom(const QString& description)
{
    constexpr qsizetype kLongest = 80;
    QString line = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kLongest)
        line = line.left(kLongest - 1) + QChar(0x2026);
    return line;
}

/// The next free id `prefix` + number among `items`, two digits as the ward's audit reports number
/// them within a fiscal year (AF-2026-01, RV-2026-01), more once the ward used more.
template <typename T> QString yearlyId(const QList<T>& items, const QString& prefix)
{
    const bool used = std::any_of(items.cbegin(), items.cend(), [&](const T& x) { return x.id.startsWith(prefix); });
    return used || indexOfId(items, prefix + QStringLiteral("01")) >= 0 ? freeId(items, prefix)
                                                                        : prefix + QStringLiteral("01");
}

} // namespace

namespace edits {

template <> QString proposedId<AuditFinding>(const Model& model)
{
    return yearlyId(model.auditFindings, QStringLiteral("AF-%1-").arg(fiscalYearOf(Clock::today())));
}

template <> UserEdit renameId<AuditFinding>(const Model& model, const QString& oldId, const QString& newId)
{
    const qsizetype at = indexOfId(model.auditFindings, oldId);
    if (at < 0)
        return UserEdit::refused(Tr::tr("Audit finding %1 no longer exists.").arg(oldId));
    if (newId == oldId)
        return {};
    if (const QString why = idRefusal<AuditFinding>(model, newId); !why.isEmpty())
        return UserEdit::refused(why);
    AuditFinding renamed = model.auditFindings[at];
    renamed.id = newId;
    UserEdit out;
    out.text = UiText::translate("mamori::Edits", "Rename audit finding %1 to %2").arg(oldId, newId);
    out.edits.append(ModelEdit::replace(at, renamed));
    for (qsizetype i = 0; i < model.reviewDecisions.size(); ++i) {
        ReviewDecision r = model.reviewDecisions[i];
        if (r.subject == ReviewSubject::AuditFinding && r.ref == oldId) {
            r.ref = newId;
            out.edits.append(ModelEdit::replace(i, r));
        }
    }
    return out;
}

UserEdit addAuditFinding(const Model& model, const QString& id)
{
    if (const QString why = idRefusal<AuditFinding>(model, id); !why.isEmpty())
        return UserEdit::refused(why);
    AuditFinding f;
    f.id = id;
    f.fiscalYear = fiscalYearOf(Clock::today());
    return {UiText::translate("mamori::Edits", "Add audit finding %1").arg(id),
        {ModelEdit::insert(model.auditFindings.size(), f)}, {}, {}, id};
}

UserEdit createCorrectiveAction(const Model& model, const QString& findingId, Language language)
{
    const qsizetype at = indexOfId(model.auditFindings, findingId);
    if (at < 0)
        return UserEdit::refused(Tr::tr("Audit finding %1 no longer exists.").arg(findingId));
    AuditFinding finding = model.auditFindings[at];
    if (!finding.action.isEmpty())
        return UserEdit::refused(
            Tr::tr("Audit finding %1 has a corrective action already: %2.").arg(findingId, finding.action));
    PlanAction action;
    action.id = proposedId<PlanAction>(model);
    QString title = titleFrom(finding.description);
    if (title.isEmpty())
        title = Tr::tr("Correct audit finding %1").arg(findingId);
    (language == Language::Japanese ? action.title.ja : action.title.en) = title;
    if (!finding.control.isEmpty())
        action.controls = {finding.control};
    action.owner = finding.unit;
    action.start = Clock::today();
    action.due = finding.due.isValid() ? finding.due : fiscalYearEnd(fiscalYearOf(action.start));
    if (action.due < action.start)
        action.start = action.due;
    finding.action = action.id;
    return {UiText::translate("mamori::Edits", "Create corrective action %1 for %2").arg(action.id, findingId),
        {ModelEdit::insert(model.actions.size(), action), ModelEdit::replace(at, finding)}, {}, {}, action.id};
}

UserEdit recordFindingAsAudit(const Model& model, const Finding& finding, const QString& id)
{
    if (const QString why = idRefusal<AuditFinding>(model, id); !why.isEmpty())
        return UserEdit::refused(why);
    const Language language = displayLanguage();
    auto assetName = [&](const QString& assetId) {
        const qsizetype at = indexOfId(model.assets, assetId);
        const QString name = at >= 0 ? model.assets[at].name.text(language) : QString();
        return name.isEmpty() ? assetId : Tr::tr("%1 (%2)").arg(name, assetId);
    };
    AuditFinding f;
    f.id = id;
    f.fiscalYear = fiscalYearOf(Clock::today());
    f.source = InspectionKind::Self;
    f.severity = auditSeverity(finding.severity);
    f.asset = finding.first;
    const qsizetype asset = indexOfId(model.assets, finding.first);
    f.unit = asset >= 0 ? model.assets[asset].owner : QString();
    const QString how = finding.rule == QLatin1StringView("tier-hosting")
        ? Tr::tr("%1 runs on %2, a host of another tier")
        : Tr::tr("%1 and %2 reach each other over the network without a gateway");
    f.description = Tr::tr("Three-tier separation (§7(3)): %1 × %2. %3 (route: %4).")
                        .arg(EnumNames::name(finding.firstTier), EnumNames::name(finding.secondTier),
                            how.arg(assetName(finding.first), assetName(finding.second)),
                            EnumNames::findingRoute(finding.rule, finding.path));
    return {UiText::translate("mamori::Edits", "Record finding as audit finding %1").arg(id),
        {ModelEdit::insert(model.auditFindings.size(), f)}, {}, {}, id};
}

UserEdit acceptException(const Model& model, const Finding& finding, const ExceptionInput& input, QDate today)
{
    if (input.rationale.trimmed().isEmpty())
        return UserEdit::refused(Tr::tr("An exception needs its rationale."));
    if (input.approver.trimmed().isEmpty())
        return UserEdit::refused(Tr::tr("An exception needs the name of who approved it."));
    if (!input.approved.isValid())
        return UserEdit::refused(Tr::tr("An exception needs the date it was approved."));
    if (input.expires.isValid() && input.expires < input.approved)
        return UserEdit::refused(Tr::tr("The expiry cannot be before the approval."));
    for (const FindingException& x : model.findingExceptions) {
        if (exceptionCovers(x, finding) && !isExpired(x, today))
            return UserEdit::refused(Tr::tr("Exception %1 covers this finding already.").arg(x.id));
    }
    FindingException x;
    x.id = yearlyId(model.findingExceptions, QStringLiteral("EX-%1-").arg(fiscalYearOf(input.approved)));
    x.rule = finding.rule;
    x.tiers = {finding.firstTier, finding.secondTier};
    x.assets = {finding.first, finding.second};
    x.rationale = input.rationale.trimmed();
    x.approver = input.approver.trimmed();
    x.approved = input.approved;
    x.expires = input.expires;
    return {UiText::translate("mamori::Edits", "Accept exception %1 for %2 × %3").arg(x.id, x.assets[0], x.assets[1]),
        {ModelEdit::insert(model.findingExceptions.size(), x)}, {}, {}, x.id};
}

UserEdit revokeException(const Model& model, const QString& id)
{
    const qsizetype at = indexOfId(model.findingExceptions, id);
    if (at < 0)
        return UserEdit::refused(Tr::tr("Exception %1 no longer exists.").arg(id));
    UserEdit out;
    out.text = UiText::translate("mamori::Edits", "Revoke exception %1").arg(id);
    out.edits.append(ModelEdit::remove(at, model.findingExceptions[at]));
    for (qsizetype i = 0; i < model.reviewDecisions.size(); ++i) {
        ReviewDecision r = model.reviewDecisions[i];
        if (r.subject == ReviewSubject::Exception && r.ref == id) {
            r.ref.clear();
            out.edits.append(ModelEdit::replace(i, r));
        }
    }
    return out;
}

UserEdit recordReviewDecision(const Model& model, ReviewDecision decision)
{
    decision.decision = decision.decision.trimmed();
    decision.decidedBy = decision.decidedBy.trimmed();
    if (decision.decision.isEmpty())
        return UserEdit::refused(Tr::tr("Write down the decision."));
    if (decision.decidedBy.isEmpty())
        return UserEdit::refused(Tr::tr("Name who decided."));
    if (!decision.date.isValid())
        return UserEdit::refused(Tr::tr("A decision needs its date."));
    if (decision.fiscalYear == 0)
        decision.fiscalYear = fiscalYearOf(decision.date);
    decision.id = yearlyId(model.reviewDecisions, QStringLiteral("RV-%1-").arg(decision.fiscalYear));
    const QString about = decision.subject == ReviewSubject::Risk
        ? QStringLiteral("%1 × %2").arg(decision.ref, decision.threat)
        : decision.ref;
    return {UiText::translate("mamori::Edits", "Record review decision on %1").arg(about),
        {ModelEdit::insert(model.reviewDecisions.size(), decision)}, {}, {}, decision.id};
}

} // namespace edits

} // namespace mamori
