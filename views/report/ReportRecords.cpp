// The year's records in the findings chapter (RISK-MODEL.md 9, policy §9 and §10): the findings of
// self-inspections and audits, open ones first with those past their due date marked, and the
// exceptions (例外措置) accepted for three-tier findings, with who approved them and until when.
// Overdue and expired are judged on the report's date, the date on its cover. Then the review of
// §10: what the year's results put up for review (model/review/ReviewItems), with the decisions taken.

#include "ReportSections.h"

#include "EnumNames.h"
#include "LevelColors.h"
#include "ReportLimits.h"
#include "review/ReviewItems.h"

#include <algorithm>
#include <array>

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
    add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 1.1, Qt::AlignLeft, true}, {tr("Source", "who found an audit finding"), 1},
            {tr("Severity"), 1.0, Qt::AlignHCenter, true}, {tr("Where"), 1.7}, {tr("Description"), 2.4},
            {tr("Due"), 1.1, Qt::AlignLeft, true}, {tr("Status"), 1.6, Qt::AlignLeft, true}},
        rowsShown(list.size(), SummaryLimits::kAuditFindings), [this, list, today, source, overdue](qsizetype r) {
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
            //: The fiscal year of an audit finding, under its ID: 令和8年度
            const QString year = f.fiscalYear > 0 ? tr("FY%1").arg(c.fiscalYear(f.fiscalYear)) : QString();
            return TableRow {QStringLiteral("%1\n%2").arg(f.id, year), source(f.source),
                TableCell(EnumNames::level(severity), levelColor(severity), levelTextColor(severity), true),
                where.join(QLatin1Char('\n')), f.description, c.date(auditFindingDue(c.model, f)), status};
        });
    notListed(rowsShown(list.size(), SummaryLimits::kAuditFindings), list.size(), Rest::InFullEdition);
}

void ReportBuilder::findingExceptions()
{
    const QDate today = c.options.date.isValid() ? c.options.date : Clock::today();
    //: Exceptions (例外措置) accepted for three-tier findings
    section(tr("Exceptions"));
    paragraph(tr("Three-tier findings accepted as exceptions, with their rationale, who approved them and until "
                 "when. An exception past its expiry on %1 is marked: decide again whether it stands.")
                  .arg(c.date(today)));
    add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 0.8, Qt::AlignLeft, true}, {tr("Finding"), 2.5}, {tr("Rationale"), 2.3},
            {tr("Approver"), 1.1}, {tr("Approved", "the date an exception was approved"), 1.1, Qt::AlignLeft, true},
            {tr("Expires"), 1.6, Qt::AlignLeft, true}},
        rowsShown(c.model.findingExceptions.size(), SummaryLimits::kExceptions), [this, today](qsizetype r) {
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
    notListed(rowsShown(c.model.findingExceptions.size(), SummaryLimits::kExceptions), c.model.findingExceptions.size(),
        Rest::InFullEdition);
}

void ReportBuilder::review()
{
    const QDate today = c.options.date.isValid() ? c.options.date : Clock::today();
    const int year = c.options.effectiveFiscalYear();
    const QList<ReviewItem> all = reviewItems(c.model, c.assessment, today);
    QList<ReviewItem> shown;
    QList<ReviewItem> risks;
    // The summary keeps the first items of each subject, so that many controls crowd out no audit finding.
    const qsizetype perSubject = rowsShown(all.size(), SummaryLimits::kReviewItems);
    std::array<qsizetype, 5> counted {}; // by ReviewSubject
    qsizetype listable = 0;
    for (const ReviewItem& item : all) {
        if (item.subject == ReviewSubject::Risk) {
            risks.append(item);
            continue;
        }
        ++listable;
        if (counted[std::size_t(item.subject) % counted.size()]++ < perSubject)
            shown.append(item);
    }
    listable += std::min(risks.size(), kReviewRisksListed);
    std::stable_sort(
        risks.begin(), risks.end(), [](const ReviewItem& a, const ReviewItem& b) { return a.residual > b.residual; });
    shown.append(risks.mid(0, kReviewRisksListed));
    //: The policy review of §10 (見直し)
    section(tr("Review"));
    // One count per sentence, for English plurals ("1 item", "2 items").
    QStringList sentences {
        tr("What this year's self-inspections, audits and assessment put up for review (§10): %Ln item(s).", nullptr,
            int(all.size()))};
    if (!risks.isEmpty())
        sentences.append(tr("Of these, %Ln risk(s) above the appetite have neither a response nor a plan action.",
            nullptr, int(risks.size())));
    if (risks.size() > kReviewRisksListed)
        sentences.append(tr("The %1 highest by residual risk are listed.").arg(c.number(double(kReviewRisksListed))));
    sentences.append(tr("The table also shows the decisions recorded for fiscal year %1.").arg(c.fiscalYear(year)));
    paragraph(sentences.join(c.language == Language::Japanese ? QString() : QStringLiteral(" ")));
    // The reason in the report's language (ReviewItem::reason is in the window's).
    const auto why = [this](const ReviewItem& item) {
        switch (item.subject) {
        case ReviewSubject::Control: {
            const Control* k = c.control(item.ref);
            QStringList units;
            for (const QString& u : item.units)
                units.append(c.orgUnitName(u));
            return tr("Not or only partly implemented in %1 of %Ln unit(s): %2", nullptr,
                int(k ? k->statusByUnit.size() : item.units.size()))
                .arg(c.number(double(item.units.size())), units.join(tr(", ")));
        }
        case ReviewSubject::AuditFinding:
            return tr("Open past its due date, %1").arg(c.date(item.date));
        case ReviewSubject::Risk:
            return tr("Residual risk %1 above the risk appetite %2, with no response decided and no plan action")
                .arg(c.number(item.residual), c.number(c.assessment.appetite));
        case ReviewSubject::Exception:
            return tr("Expired on %1").arg(c.date(item.date));
        default:
            return item.reason;
        }
    };
    add<TableBlock>(QList<TableColumn> {{tr("Item"), 2.2}, {tr("Why"), 2.6}, {tr("Decision"), 2.4}}, shown.size(),
        [this, shown, year, why](qsizetype r) {
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
                ? tr("%1 (%2)").arg(
                    d->decision, d->decidedBy.isEmpty() ? c.date(d->date) : c.date(d->date) + tr(", ") + d->decidedBy)
                : tr("Not decided yet");
            return TableRow {what, why(item), decision};
        });
    notListed(shown.size(), listable, Rest::InFullEdition);
}

} // namespace mamori
