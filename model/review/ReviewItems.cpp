#include "review/ReviewItems.h"

#include "IdOrder.h"
#include "ModelEdit.h"

#include <QSet>

#include <algorithm>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::ReviewItems)
};

template <typename T> void sortById(QList<T>& items)
{
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) { return compareIds(a.ref, b.ref) < 0; });
}

void addControls(const Model& model, QList<ReviewItem>& out)
{
    QList<ReviewItem> found;
    for (const Control& k : model.controls) {
        QStringList weak;
        for (auto it = k.statusByUnit.cbegin(); it != k.statusByUnit.cend(); ++it) {
            if (it.value() == ControlStatus::None || it.value() == ControlStatus::Partial)
                weak.append(it.key());
        }
        const qsizetype entries = k.statusByUnit.size();
        if (weak.isEmpty() || (weak.size() < 2 && 2 * weak.size() <= entries))
            continue;
        ReviewItem item;
        item.subject = ReviewSubject::Control;
        item.ref = k.id;
        item.units = weak;
        item.reason = Tr::tr("Not or only partly implemented in %1 of %2 units: %3")
                          .arg(QString::number(weak.size()), QString::number(entries), weak.join(QStringLiteral(", ")));
        found.append(item);
    }
    sortById(found);
    out.append(found);
}

void addAuditFindings(const Model& model, QDate today, QList<ReviewItem>& out)
{
    QList<ReviewItem> found;
    for (const AuditFinding& f : model.auditFindings) {
        if (!isAuditFindingOverdue(model, f, today))
            continue;
        ReviewItem item;
        item.subject = ReviewSubject::AuditFinding;
        item.ref = f.id;
        item.date = auditFindingDue(model, f);
        item.reason = Tr::tr("Open past its due date %1").arg(item.date.toString(Qt::ISODate));
        found.append(item);
    }
    sortById(found);
    out.append(found);
}

void addRisks(const Model& model, const Assessment& assessment, QList<ReviewItem>& out)
{
    QSet<RiskKey> targeted;
    for (const PlanAction& p : model.actions) {
        for (const RiskKey& k : p.risks)
            targeted.insert(k);
    }
    // The assessment's risks are sorted by (asset, threat) already.
    for (const RiskResult& r : assessment.risks) {
        if (r.residual <= assessment.appetite || r.decided || targeted.contains(RiskKey {r.asset, r.threat}))
            continue;
        ReviewItem item;
        item.subject = ReviewSubject::Risk;
        item.ref = r.asset;
        item.threat = r.threat;
        item.residual = r.residual;
        item.reason = Tr::tr("Residual %1 above the appetite %2, with no response decided and no plan action")
                          .arg(QString::number(r.residual, 'f', 2), QString::number(assessment.appetite, 'f', 2));
        out.append(item);
    }
}

void addExceptions(const Model& model, QDate today, QList<ReviewItem>& out)
{
    QList<ReviewItem> found;
    for (const FindingException& x : model.findingExceptions) {
        if (!isExpired(x, today))
            continue;
        ReviewItem item;
        item.subject = ReviewSubject::Exception;
        item.ref = x.id;
        item.date = x.expires;
        item.reason = Tr::tr("Expired on %1").arg(x.expires.toString(Qt::ISODate));
        found.append(item);
    }
    sortById(found);
    out.append(found);
}

} // namespace

QDate auditFindingDue(const Model& model, const AuditFinding& finding)
{
    if (finding.due.isValid())
        return finding.due;
    const qsizetype at = finding.action.isEmpty() ? -1 : indexOfId(model.actions, finding.action);
    return at >= 0 ? model.actions[at].due : QDate();
}

bool isAuditFindingOverdue(const Model& model, const AuditFinding& finding, QDate today)
{
    if (finding.status != AuditStatus::Open)
        return false;
    const QDate due = auditFindingDue(model, finding);
    return due.isValid() && due < today;
}

bool exceptionCovers(const FindingException& exception, const Finding& finding)
{
    if (exception.rule != finding.rule || exception.tiers.size() != 2 || exception.assets.size() != 2)
        return false;
    const bool tiers = (exception.tiers[0] == finding.firstTier && exception.tiers[1] == finding.secondTier)
        || (exception.tiers[1] == finding.firstTier && exception.tiers[0] == finding.secondTier);
    const bool assets = (exception.assets[0] == finding.first && exception.assets[1] == finding.second)
        || (exception.assets[1] == finding.first && exception.assets[0] == finding.second);
    return tiers && assets;
}

qsizetype exceptionFor(const Model& model, const Finding& finding)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < model.findingExceptions.size(); ++i) {
        const FindingException& x = model.findingExceptions[i];
        if (exceptionCovers(x, finding) && (best < 0 || model.findingExceptions[best].approved <= x.approved))
            best = i;
    }
    return best;
}

QList<ReviewItem> reviewItems(const Model& model, const Assessment& assessment, QDate today)
{
    QList<ReviewItem> out;
    addControls(model, out);
    addAuditFindings(model, today, out);
    addRisks(model, assessment, out);
    addExceptions(model, today, out);
    return out;
}

const ReviewDecision* decisionFor(const Model& model, const ReviewItem& item, int fiscalYear)
{
    const ReviewDecision* best = nullptr;
    for (const ReviewDecision& d : model.reviewDecisions) {
        if (d.fiscalYear != fiscalYear || d.subject != item.subject || d.ref != item.ref)
            continue;
        if (item.subject == ReviewSubject::Risk && d.threat != item.threat)
            continue;
        if (!best || best->date <= d.date)
            best = &d;
    }
    return best;
}

} // namespace mamori
