// The policy review of §10 in the model (review/ReviewItems.h): each kind of item a hand-made model
// puts up for review, the limits of each rule, the due date of an audit finding, and which exception
// covers a three-tier finding.

#include "engine/Assessment.h"
#include "review/ReviewItems.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 2);

/// Three units, two assets, one threat each exposure, controls with statuses by unit, and the records.
Model handMade()
{
    Model m;
    m.settings.appetite = 6;
    for (const char* id : {"U1", "U2", "U3"})
        m.orgUnits.append({QString::fromLatin1(id), {QString::fromLatin1(id), {}}, OrgUnitKind::Department, {}});
    Asset a;
    a.id = QStringLiteral("A-HIGH");
    a.owner = QStringLiteral("U1");
    a.impact = {5.0, 5.0, 5.0};
    Asset b = a;
    b.id = QStringLiteral("A-PLANNED");
    Asset c = a;
    c.id = QStringLiteral("A-DECIDED");
    Asset low = a;
    low.id = QStringLiteral("A-LOW");
    low.impact = {1.0, 1.0, 1.0};
    m.assets = {a, b, c, low};
    Threat t;
    t.id = QStringLiteral("T-1");
    t.likelihood = 5;
    t.dimensions.insert(Dimension::C);
    m.threats = {t};
    for (const Asset& x : m.assets)
        m.exposures.append({x.id, t.id, std::nullopt, false, {}});
    m.responses.append({c.id, t.id, ResponseKind::Accept, QStringLiteral("budget"), QStringLiteral("CISO"), kToday});
    PlanAction p;
    p.id = QStringLiteral("P-01");
    p.risks = {{b.id, t.id}};
    p.due = QDate(2026, 11, 30);
    m.actions = {p};

    auto control = [](const char* id, QMap<QString, ControlStatus> byUnit) {
        Control k;
        k.id = QString::fromLatin1(id);
        k.status = ControlStatus::Implemented;
        k.scope.mode = ControlScope::Mode::Assets; // reaches no exposed asset: the risks stay as they are
        k.statusByUnit = byUnit;
        return k;
    };
    const auto none = ControlStatus::None, partial = ControlStatus::Partial, done = ControlStatus::Implemented;
    m.controls = {control("K-TWO", {{u"U1"_s, none}, {u"U2"_s, partial}, {u"U3"_s, done}}),
        control("K-ONE-OF-THREE", {{u"U1"_s, none}, {u"U2"_s, done}, {u"U3"_s, done}}),
        control("K-ONE-OF-ONE", {{u"U2"_s, partial}}), control("K-ONE-OF-TWO", {{u"U1"_s, partial}, {u"U2"_s, done}}),
        control("K-NONE", {})};

    AuditFinding overdue;
    overdue.id = QStringLiteral("AF-2026-02");
    overdue.fiscalYear = 2026;
    overdue.due = QDate(2026, 12, 1);
    AuditFinding byAction = overdue; // no due date of its own: its action's, past
    byAction.id = QStringLiteral("AF-2026-01");
    byAction.due = QDate();
    byAction.action = p.id;
    AuditFinding closed = overdue;
    closed.id = QStringLiteral("AF-2026-03");
    closed.status = AuditStatus::Closed;
    closed.closed = QDate(2026, 11, 1);
    AuditFinding dueToday = overdue;
    dueToday.id = QStringLiteral("AF-2026-04");
    dueToday.due = kToday;
    AuditFinding noDue = overdue;
    noDue.id = QStringLiteral("AF-2026-05");
    noDue.due = QDate();
    m.auditFindings = {overdue, byAction, closed, dueToday, noDue};

    FindingException expired;
    expired.id = QStringLiteral("EX-001");
    expired.rule = QStringLiteral("tier-separation");
    expired.tiers = {Tier::Lgwan, Tier::Internet};
    expired.assets = {a.id, low.id};
    expired.approved = QDate(2025, 4, 1);
    expired.expires = QDate(2026, 12, 1);
    FindingException running = expired;
    running.id = QStringLiteral("EX-002");
    running.expires = kToday;
    FindingException noExpiry = expired;
    noExpiry.id = QStringLiteral("EX-003");
    noExpiry.expires = QDate();
    m.findingExceptions = {running, expired, noExpiry};
    return m;
}

QStringList refs(const QList<ReviewItem>& items, ReviewSubject subject)
{
    QStringList out;
    for (const ReviewItem& i : items) {
        if (i.subject == subject)
            out.append(i.threat.isEmpty() ? i.ref : i.ref + QLatin1Char('/') + i.threat);
    }
    return out;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT

private slots:
    void eachKindOfItem()
    {
        const Model m = handMade();
        const Assessment a = assess(m);
        QVERIFY(a.ok());
        const QList<ReviewItem> items = reviewItems(m, a, kToday);
        // Two weak units; one of one; but not one of three nor one of two (not more than half).
        QCOMPARE(refs(items, ReviewSubject::Control), (QStringList {u"K-ONE-OF-ONE"_s, u"K-TWO"_s}));
        QCOMPARE(items.first().subject, ReviewSubject::Control);
        const ReviewItem& two = items[1];
        QCOMPARE(two.units, (QStringList {u"U1"_s, u"U2"_s}));
        QVERIFY2(two.reason.contains(QLatin1String("2 of 3")), qPrintable(two.reason));
        // Past due (own or the action's); not closed, not due today, not without a due date.
        QCOMPARE(refs(items, ReviewSubject::AuditFinding), (QStringList {u"AF-2026-01"_s, u"AF-2026-02"_s}));
        QCOMPARE(items[2].date, QDate(2026, 11, 30));
        // Above the appetite, undecided, untargeted: not the planned one, the decided one or the low one.
        QCOMPARE(refs(items, ReviewSubject::Risk), QStringList {u"A-HIGH/T-1"_s});
        const qsizetype risk = std::find_if(items.cbegin(), items.cend(), [](const ReviewItem& i) {
            return i.subject == ReviewSubject::Risk;
        }) - items.cbegin();
        QCOMPARE(items[risk].residual, 25.0);
        // Past expiry only: one that expires today still runs, one without expiry never expires.
        QCOMPARE(refs(items, ReviewSubject::Exception), QStringList {u"EX-001"_s});
        // Grouped in the documented order.
        QList<ReviewSubject> order;
        for (const ReviewItem& i : items) {
            if (order.isEmpty() || order.last() != i.subject)
                order.append(i.subject);
        }
        QCOMPARE(order,
            (QList<ReviewSubject> {
                ReviewSubject::Control, ReviewSubject::AuditFinding, ReviewSubject::Risk, ReviewSubject::Exception}));
    }

    void nothingOnATidyModel()
    {
        Model m = handMade();
        m.controls.clear();
        m.auditFindings.clear();
        m.findingExceptions.clear();
        m.exposures.clear();
        m.threats.clear(); // a threat meets every asset its filter matches (3.3), exposed or not
        QVERIFY(reviewItems(m, assess(m), kToday).isEmpty());
    }

    void dueDateOfAnAuditFinding()
    {
        const Model m = handMade();
        QCOMPARE(auditFindingDue(m, m.auditFindings[0]), QDate(2026, 12, 1));
        QCOMPARE(auditFindingDue(m, m.auditFindings[1]), QDate(2026, 11, 30)); // the action's
        QVERIFY(!auditFindingDue(m, m.auditFindings[4]).isValid());
        QVERIFY(isAuditFindingOverdue(m, m.auditFindings[0], kToday));
        QVERIFY(!isAuditFindingOverdue(m, m.auditFindings[0], QDate(2026, 12, 1)));
        QVERIFY(!isAuditFindingOverdue(m, m.auditFindings[2], kToday)); // closed
    }

    void exceptionOfAFinding()
    {
        const Model m = handMade();
        Finding f;
        f.rule = QStringLiteral("tier-separation");
        f.firstTier = Tier::Lgwan;
        f.secondTier = Tier::Internet;
        f.first = QStringLiteral("A-LOW"); // the assets in the other order are the same finding
        f.second = QStringLiteral("A-HIGH");
        QVERIFY(exceptionCovers(m.findingExceptions[0], f));
        QCOMPARE(exceptionFor(m, f), 2); // three cover it, all approved the same day: the last recorded
        Finding hosting = f;
        hosting.rule = QStringLiteral("tier-hosting");
        QVERIFY(!exceptionCovers(m.findingExceptions[0], hosting));
        QCOMPARE(exceptionFor(m, hosting), -1);
        Finding other = f;
        other.second = QStringLiteral("A-PLANNED");
        QCOMPARE(exceptionFor(m, other), -1);
    }

    void decisionOfAnItem()
    {
        Model m = handMade();
        ReviewItem item;
        item.subject = ReviewSubject::Risk;
        item.ref = QStringLiteral("A-HIGH");
        item.threat = QStringLiteral("T-1");
        QCOMPARE(decisionFor(m, item, 2026), nullptr);
        m.reviewDecisions.append({QStringLiteral("RV-2025-01"), 2025, QDate(2026, 3, 1), ReviewSubject::Risk, item.ref,
            item.threat, QStringLiteral("old"), QStringLiteral("CISO")});
        m.reviewDecisions.append({QStringLiteral("RV-2026-01"), 2026, kToday, ReviewSubject::Risk, item.ref,
            QStringLiteral("T-OTHER"), QStringLiteral("other risk"), QStringLiteral("CISO")});
        QCOMPARE(decisionFor(m, item, 2026), nullptr); // last year's, and another risk's
        m.reviewDecisions.append({QStringLiteral("RV-2026-02"), 2026, kToday, ReviewSubject::Risk, item.ref,
            item.threat, QStringLiteral("accept until the renewal"), QStringLiteral("CISO")});
        QVERIFY(decisionFor(m, item, 2026));
        QCOMPARE(decisionFor(m, item, 2026)->id, QStringLiteral("RV-2026-02"));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
