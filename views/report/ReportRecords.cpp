// The year's records in the findings chapter (RISK-MODEL.md 9, policy §9 and §10): the findings of
// self-inspections and audits, open ones first with those past their due date marked, and the
// exceptions (例外措置) accepted for three-tier findings, with who approved them and until when.
// Overdue and expired are judged on the report's date, the date on its cover. Then the review of
// §10: what the year's results put up for review (model/review/ReviewItems), with the decisions taken.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "review/ReviewItems.h"

#include <algorithm>

namespace mamori {

namespace {
/// The rows of the review table besides the risks: their number is small; the risks are counted.
constexpr qsizetype kReviewRisksListed = 10;
} // namespace

void ReportBuilder::auditFindings()
{
    const QDate today = c.options.date.isValid() ? c.options.date : Clock::today();
    // Due: the finding's own date, else its corrective action's (as the window judges it).
    const auto overdue
        = [this](const AuditFinding& f, const QDate& day) { return isAuditFindingOverdue(c.model, f, day); };
    section(tr("Audit findings"));
    qint64 open = 0, late = 0, closed = 0;
    for (const AuditFinding& f : c.model.auditFindings) {
        if (f.status == AuditStatus::Closed)
            ++closed;
        else
            ++open;
        late += overdue(f, today) ? 1 : 0;
    }
    paragraph(tr("Findings of self-inspections and audits (§9, §10). Open: %1, of which past their due date on %2: "
                 "%3. Closed: %4.")
                  .arg(c.number(double(open)), c.date(today), c.number(double(late)), c.number(double(closed))));
    // Overdue first, then the other open ones by due date, then the closed ones; ids in order within.
    QList<AuditFinding> list = c.model.auditFindings;
    const auto rank = [&today, &overdue](const AuditFinding& f) {
        return overdue(f, today) ? 0 : f.status == AuditStatus::Open ? 1 : 2;
    };
    std::stable_sort(list.begin(), list.end(), [&](const AuditFinding& x, const AuditFinding& y) {
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        if (rank(x) == 1 && x.due.isValid() != y.due.isValid())
            return x.due.isValid();
        return rank(x) == 1 && x.due.isValid() && x.due < y.due;
    });
    const auto source = [](InspectionKind k) {
        return k == InspectionKind::Self         ? tr("Self-inspection")
            : k == InspectionKind::InternalAudit ? tr("Internal audit")
                                                 : tr("External audit");
    };
    add<TableBlock>(QList<TableColumn> {{tr("ID"), 1.1, Qt::AlignLeft, true}, {tr("Source"), 1},
                        {tr("Severity"), 1.0, Qt::AlignHCenter, true}, {tr("Where"), 1.7}, {tr("Description"), 2.4},
                        {tr("Due"), 1.1, Qt::AlignLeft, true}, {tr("Status"), 1.6, Qt::AlignLeft, true}},
        list.size(), [this, list, today, source, overdue](qsizetype r) {
            const AuditFinding& f = list[r];
            QStringList where;
            if (!f.unit.isEmpty())
                where.append(c.orgUnitName(f.unit));
            if (!f.control.isEmpty())
                where.append(c.controlName(f.control).isEmpty()
                        ? f.control
                        : QStringLiteral("%1 %2").arg(f.control, c.controlName(f.control)));
            if (!f.asset.isEmpty())
                where.append(assetLabel(f.asset));
            const QString severity = toKey(f.severity);
            TableCell status = f.status == AuditStatus::Closed ? TableCell(tr("Closed %1").arg(c.date(f.closed)))
                : overdue(f, today) ? TableCell(tr("Overdue"), levelColor(QStringLiteral("critical")),
                      levelTextColor(QStringLiteral("critical")), true)
                                    : TableCell(tr("Open"));
            return TableRow {QStringLiteral("%1\n%2").arg(f.id).arg(f.fiscalYear), source(f.source),
                TableCell(EnumNames::level(severity), levelColor(severity), levelTextColor(severity), true),
                where.join(QLatin1Char('\n')), f.description, c.date(auditFindingDue(c.model, f)), status};
        });
}

void ReportBuilder::findingExceptions()
{
    const QDate today = c.options.date.isValid() ? c.options.date : Clock::today();
    //: Exceptions (例外措置) accepted for three-tier findings
    section(tr("Exceptions"));
    paragraph(tr("Three-tier findings accepted as exceptions, with their rationale, who approved them and until "
                 "when. An exception past its expiry on %1 is marked: decide again whether it stands.")
                  .arg(c.date(today)));
    add<TableBlock>(QList<TableColumn> {{tr("ID"), 0.8, Qt::AlignLeft, true}, {tr("Finding"), 2.5},
                        {tr("Rationale"), 2.3}, {tr("Approver"), 1.1}, {tr("Approved"), 1.1, Qt::AlignLeft, true},
                        {tr("Expires"), 1.6, Qt::AlignLeft, true}},
        c.model.findingExceptions.size(), [this, today](qsizetype r) {
            const FindingException& e = c.model.findingExceptions[r];
            QStringList tiers, assets;
            for (const Tier t : e.tiers)
                tiers.append(EnumNames::name(t));
            for (const QString& a : e.assets)
                assets.append(assetLabel(a));
            QString finding = tiers.join(QStringLiteral(" / "));
            if (!assets.isEmpty())
                finding += (finding.isEmpty() ? QString() : QStringLiteral("\n")) + assets.join(QStringLiteral("\n"));
            if (finding.isEmpty())
                finding = e.rule;
            const bool expired = e.expires.isValid() && e.expires < today;
            const TableCell expires = !e.expires.isValid() ? TableCell(tr("No expiry"))
                : expired ? TableCell(tr("Expired %1").arg(c.date(e.expires)), levelColor(QStringLiteral("high")),
                      levelTextColor(QStringLiteral("high")), true)
                          : TableCell(c.date(e.expires));
            return TableRow {e.id, finding, e.rationale, e.approver, c.date(e.approved), expires};
        });
}

void ReportBuilder::review()
{
    const QDate today = c.options.date.isValid() ? c.options.date : Clock::today();
    const int year = c.options.effectiveFiscalYear();
    const QList<ReviewItem> all = reviewItems(c.model, c.assessment, today);
    QList<ReviewItem> shown;
    QList<ReviewItem> risks;
    for (const ReviewItem& item : all)
        (item.subject == ReviewSubject::Risk ? risks : shown).append(item);
    std::stable_sort(
        risks.begin(), risks.end(), [](const ReviewItem& a, const ReviewItem& b) { return a.residual > b.residual; });
    shown.append(risks.mid(0, kReviewRisksListed));
    //: The policy review of §10 (見直し)
    section(tr("Review"));
    paragraph(tr("What this year's self-inspections, audits and assessment put up for review (§10): %1 items, of "
                 "which %2 risks above the appetite with neither a response nor a plan action (the %3 highest are "
                 "listed), and the decisions recorded for fiscal year %4.")
                  .arg(c.number(double(all.size())), c.number(double(risks.size())),
                      c.number(double(std::min(risks.size(), kReviewRisksListed))), QString::number(year)));
    add<TableBlock>(QList<TableColumn> {{tr("Item"), 2.2}, {tr("Why"), 2.6}, {tr("Decision"), 2.4}}, shown.size(),
        [this, shown, year](qsizetype r) {
            const ReviewItem& item = shown[r];
            QString what = item.ref;
            switch (item.subject) {
            case ReviewSubject::Control:
                what = QStringLiteral("%1 %2").arg(item.ref, c.controlName(item.ref));
                break;
            case ReviewSubject::Risk:
                what = assetLabel(item.ref) + QLatin1Char('\n') + c.threatName(item.threat);
                break;
            default:
                break;
            }
            const ReviewDecision* d = decisionFor(c.model, item, year);
            const QString decision = d
                ? QStringLiteral("%1 (%2%3)")
                      .arg(d->decision, c.date(d->date),
                          d->decidedBy.isEmpty() ? QString() : QStringLiteral(", ") + d->decidedBy)
                : tr("Not decided yet");
            return TableRow {what, item.reason, decision};
        });
}

} // namespace mamori
