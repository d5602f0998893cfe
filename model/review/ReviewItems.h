#pragma once

// The policy review of §10: what the year's self-inspections, audits and assessment put up for
// review, as plain values computed from a model and its assessment (no score depends on them).
// Also the two readings of the records the window shares with it: when an audit finding is due,
// and which exception (例外措置) covers a three-tier finding (RISK-MODEL.md 3.8 and 5 name a finding
// by its rule, tiers and assets).

#include "Model.h"
#include "engine/Assessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mamori {

/// The date audit finding `finding` must be corrected by: its own due date, else the due date of its
/// corrective plan action; invalid when neither is set.
QDate auditFindingDue(const Model& model, const AuditFinding& finding);
/// Open and past its due date (auditFindingDue) on `today`.
bool isAuditFindingOverdue(const Model& model, const AuditFinding& finding, QDate today);

/// Whether exception `exception` is about three-tier finding `finding`: same rule, same tiers and
/// same assets, in any order.
bool exceptionCovers(const FindingException& exception, const Finding& finding);
/// The position in model.findingExceptions of the exception that covers `finding`, the latest
/// approved when there are several; -1 when none does.
qsizetype exceptionFor(const Model& model, const Finding& finding);
/// The exception's expiry has passed on `today` (an exception without expiry never expires).
inline bool isExpired(const FindingException& exception, QDate today)
{
    return exception.expires.isValid() && exception.expires < today;
}

/// One item the review must look at. `subject` says what `ref` names (a control, an audit finding,
/// an exception, or for a risk its asset, with `threat`).
struct ReviewItem {
    ReviewSubject subject = ReviewSubject::Other;
    QString ref;
    QString threat; ///< for a risk
    QString reason; ///< a short sentence in the language installed now
    QStringList units; ///< for a control: the units where it is not or only partly implemented
    QDate date; ///< for an audit finding its due date, for an exception its expiry
    double residual = 0; ///< for a risk
    friend bool operator==(const ReviewItem&, const ReviewItem&) = default;
};

/// What the year's results put up for review on `today`, in this order and each group by id:
/// - controls not or only partly implemented in at least two org units, or in more than half of the
///   units that have an entry in its status_by_unit (3.4);
/// - audit findings open past their due date (auditFindingDue);
/// - risks of `assessment` above its appetite with no decided response and no plan action that
///   targets them (3.6, 8);
/// - finding exceptions past their expiry.
QList<ReviewItem> reviewItems(const Model& model, const Assessment& assessment, QDate today);

/// The decision recorded in fiscal year `fiscalYear` about `item` (same subject, ref and threat), the
/// latest by date; nullptr when none.
const ReviewDecision* decisionFor(const Model& model, const ReviewItem& item, int fiscalYear);

} // namespace mamori
