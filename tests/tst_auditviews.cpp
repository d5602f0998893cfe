// The audit findings register, the exceptions of the three-tier findings and the review page in the
// real widgets: cells edited and refused, the overdue marks, the corrective action as one undo step,
// exceptions accepted and revoked with the findings page's state, a decision recorded.

#include "BuiltIn.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "TestSupport.h"
#include "audit/AuditFindingsPage.h"
#include "audit/ReviewPage.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"
#include "review/ReviewItems.h"
#include "risk/FindingsPage.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace mamori;
using namespace Qt::StringLiterals;
using mamori::test::columnOf;

namespace {
const QDate kToday(2026, 12, 2);
}

class TestAuditViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        Clock::setToday(kToday);
        m_document = std::make_unique<ProjectDocument>();
        // The sample without its records of the yearly cycle: each test makes the ones it needs.
        Model sample = BuiltIn::sampleWard();
        sample.auditFindings.clear();
        sample.findingExceptions.clear();
        sample.reviewDecisions.clear();
        m_document->reset(sample, QString());
        m_document->assessment()->waitForIdle();
    }
    void cleanup()
    {
        m_document.reset();
        Clock::setToday({});
    }

    void registerEditsAndOverdue();
    void refusedValues();
    void correctiveActionIsOneUndoStep();
    void deletingAFindingKeepsItsReviews();
    void exceptionAcceptedAndRevoked();
    void findingRecordedAsAuditFinding();
    void reviewDecisionRecorded();
    void pagesInTheWindow();

private:
    /// Adds audit finding `id` through the edit Ctrl+Insert applies.
    void addFinding(const QString& id)
    {
        QCOMPARE(m_document->edit(edits::addAuditFinding(m_document->model(), id)), QString());
    }
    std::unique_ptr<ProjectDocument> m_document;
};

void TestAuditViews::registerEditsAndOverdue()
{
    QCOMPARE(edits::proposedId<AuditFinding>(m_document->model()), QStringLiteral("AF-2026-01"));
    addFinding(QStringLiteral("AF-2026-01"));
    QCOMPARE(edits::proposedId<AuditFinding>(m_document->model()), QStringLiteral("AF-2026-02"));
    RegisterTableModel* model = makeAuditFindingRegister(m_document.get(), this);
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 1);
    const int status = columnOf(*model, "Status"), closed = columnOf(*model, "Closed on"),
              due = columnOf(*model, "Due"), overdue = columnOf(*model, "Overdue"),
              severity = columnOf(*model, "Severity"), unit = columnOf(*model, "Unit");
    QCOMPARE(model->index(0, columnOf(*model, "Fiscal year")).data(Qt::EditRole).toInt(), 2026);

    QVERIFY(model->setData(model->index(0, severity), QStringLiteral("critical")));
    QVERIFY(model->setData(model->index(0, unit), QStringLiteral("DEP-KUMIN")));
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Description")), QStringLiteral("USB 持ち出し")));
    const AuditFinding& f = m_document->model().auditFindings[0];
    QCOMPARE(f.severity, AuditSeverity::Critical);
    QCOMPARE(f.unit, QStringLiteral("DEP-KUMIN"));
    QCOMPARE(f.description, QStringLiteral("USB 持ち出し"));
    QCOMPARE(model->index(0, severity).data().toString(), QStringLiteral("Critical"));

    // Due yesterday and open: 期限超過, in red, in its column and on the date.
    QVERIFY(model->setData(model->index(0, due), QStringLiteral("2026-12-01")));
    QCOMPARE(m_document->model().auditFindings[0].due, QDate(2026, 12, 1));
    QCOMPARE(model->index(0, overdue).data().toString(), QStringLiteral("Overdue"));
    QCOMPARE(model->index(0, overdue).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x20, 0x20));
    QCOMPARE(model->index(0, due).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x20, 0x20));
    // Due today is not overdue.
    QVERIFY(model->setData(model->index(0, due), QStringLiteral("令和8年12月2日")));
    QCOMPARE(model->index(0, overdue).data().toString(), QString());

    // Without a due date of its own, the corrective action's counts (and its change reaches the cell).
    QVERIFY(model->setData(model->index(0, due), QString()));
    const PlanAction action = m_document->model().actions.first();
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Corrective action")), action.id));
    PlanAction late = action;
    late.due = QDate(2026, 11, 1);
    late.status = ActionStatus::InProgress;
    QCOMPARE(m_document->edit(edits::replaceItem(m_document->model(), action.id, late)), QString());
    QCOMPARE(model->index(0, due).data().toString(), displayDate(QDate(2026, 11, 1)));
    QCOMPARE(model->index(0, overdue).data().toString(), QStringLiteral("Overdue"));

    // Closing dates it today and ends the overdue mark; reopening clears the date; a date closes it.
    QVERIFY(model->setData(model->index(0, status), QStringLiteral("closed")));
    QCOMPARE(m_document->model().auditFindings[0].closed, kToday);
    QCOMPARE(model->index(0, overdue).data().toString(), QString());
    QVERIFY(model->setData(model->index(0, status), QStringLiteral("open")));
    QVERIFY(!m_document->model().auditFindings[0].closed.isValid());
    QVERIFY(model->setData(model->index(0, closed), QStringLiteral("2026/11/30")));
    QCOMPARE(m_document->model().auditFindings[0].status, AuditStatus::Closed);

    // Renaming the id renames the reviews of it.
    QCOMPARE(m_document->edit(edits::recordReviewDecision(m_document->model(),
                 {{}, 2026, kToday, ReviewSubject::AuditFinding, QStringLiteral("AF-2026-01"), {}, QStringLiteral("ok"),
                     QStringLiteral("CISO")})),
        QString());
    QVERIFY(model->setData(model->index(0, 0), QStringLiteral("AF-2026-07")));
    QCOMPARE(m_document->model().auditFindings[0].id, QStringLiteral("AF-2026-07"));
    QCOMPARE(m_document->model().reviewDecisions[0].ref, QStringLiteral("AF-2026-07"));
}

void TestAuditViews::refusedValues()
{
    addFinding(QStringLiteral("AF-2026-01"));
    addFinding(QStringLiteral("AF-2026-02"));
    RegisterTableModel* model = makeAuditFindingRegister(m_document.get(), this);
    const Model before = m_document->model();
    QSignalSpy refused(model, &RegisterTableModel::editRefused);
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Fiscal year")), QStringLiteral("1800")));
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Due")), QStringLiteral("someday")));
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Control")), QStringLiteral("K-NOPE")));
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Asset")), QStringLiteral("A-NOPE")));
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Corrective action")), QStringLiteral("P-NOPE")));
    QVERIFY(!model->setData(model->index(0, columnOf(*model, "Severity")), QStringLiteral("huge")));
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("AF-2026-02"))); // taken
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("AF 1"))); // a space
    QCOMPARE(refused.size(), 8);
    QCOMPARE(m_document->model(), before);
    QVERIFY(!(model->flags(model->index(0, columnOf(*model, "Overdue"))) & Qt::ItemIsEditable));
}

void TestAuditViews::correctiveActionIsOneUndoStep()
{
    addFinding(QStringLiteral("AF-2026-01"));
    RegisterTableModel* model = makeAuditFindingRegister(m_document.get(), this);
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Description")),
        QStringLiteral("持ち出し記録の不備\n詳細は監査報告書のとおり")));
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Unit")), QStringLiteral("DEP-KUMIN")));
    const QString control = m_document->model().controls.first().id;
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Control")), control));
    QVERIFY(model->setData(model->index(0, columnOf(*model, "Due")), QStringLiteral("2027-01-31")));
    auto* registerPage = new RegisterPage(model, QStringLiteral("auditTest"));
    AuditFindingsPage page(m_document.get(), registerPage);
    QVERIFY(!page.correctiveActionButton()->isEnabled());
    registerPage->selectRow(0);
    QVERIFY(page.correctiveActionButton()->isEnabled());
    QVERIFY(page.summary()->text().contains(QLatin1String("1 open")));

    const Model before = m_document->model();
    const int steps = m_document->undoStack()->count();
    const QString expectedId = edits::proposedId<PlanAction>(before);
    QTest::mouseClick(page.correctiveActionButton(), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const Model& after = m_document->model();
    QCOMPARE(after.actions.size(), before.actions.size() + 1);
    const PlanAction& p = after.actions.last();
    QCOMPARE(p.id, expectedId);
    QCOMPARE(p.title.text(Language::Japanese), QStringLiteral("持ち出し記録の不備"));
    QCOMPARE(p.controls, QStringList {control});
    QCOMPARE(p.owner, QStringLiteral("DEP-KUMIN"));
    QCOMPARE(p.due, QDate(2027, 1, 31));
    QCOMPARE(after.auditFindings[0].action, p.id);
    QVERIFY(!page.correctiveActionButton()->isEnabled()); // it has one now
    QVERIFY(!page.createCorrectiveAction(0).isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model(), before);
}

void TestAuditViews::deletingAFindingKeepsItsReviews()
{
    addFinding(QStringLiteral("AF-2026-01"));
    QCOMPARE(m_document->edit(edits::recordReviewDecision(m_document->model(),
                 {{}, 0, kToday, ReviewSubject::AuditFinding, QStringLiteral("AF-2026-01"), {}, QStringLiteral("ok"),
                     QStringLiteral("CISO")})),
        QString());
    QCOMPARE(m_document->model().reviewDecisions[0].id, QStringLiteral("RV-2026-01"));
    const Model before = m_document->model();
    const edits::Deletion deletion = edits::deleteRows<AuditFinding>(before, {0});
    QCOMPARE(m_document->edit(deletion.edit), QString());
    QVERIFY(m_document->model().auditFindings.isEmpty());
    QCOMPARE(m_document->model().reviewDecisions.size(), 1);
    QVERIFY(m_document->model().reviewDecisions[0].ref.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model(), before);
}

void TestAuditViews::exceptionAcceptedAndRevoked()
{
    FindingsPage page(m_document.get());
    QTableWidget* table = page.table();
    QVERIFY(table->rowCount() > 0);
    const Finding finding = m_document->assessment()->assessment().findings.first();
    QVERIFY(!page.acceptButton()->isEnabled());
    table->selectRow(0);
    QVERIFY(page.acceptButton()->isEnabled());
    QVERIFY(page.recordButton()->isEnabled());
    const int exceptionColumn = 3;
    QCOMPARE(table->item(0, exceptionColumn)->text(), QString());

    // Every field but the expiry is required; nothing is applied on a refusal.
    const Model before = m_document->model();
    QVERIFY(!page.acceptException(0, {QString(), QStringLiteral("CISO"), kToday, {}}).isEmpty());
    QVERIFY(!page.acceptException(0, {QStringLiteral("why"), QStringLiteral(" "), kToday, {}}).isEmpty());
    QVERIFY(!page.acceptException(0, {QStringLiteral("why"), QStringLiteral("CISO"), {}, {}}).isEmpty());
    QVERIFY(!page.acceptException(0, {QStringLiteral("why"), QStringLiteral("CISO"), kToday, kToday.addDays(-1)})
                 .isEmpty());
    QCOMPARE(m_document->model(), before);

    const int steps = m_document->undoStack()->count();
    QCOMPARE(page.acceptException(
                 0, {QStringLiteral("分離装置の更新まで"), QStringLiteral("CISO"), kToday, QDate(2027, 3, 31)}),
        QString());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const FindingException& x = m_document->model().findingExceptions.first();
    QCOMPARE(x.id, QStringLiteral("EX-2026-01"));
    QCOMPARE(x.rule, finding.rule);
    QCOMPARE(x.assets, (QStringList {finding.first, finding.second}));
    QCOMPARE(x.tiers, (QList<Tier> {finding.firstTier, finding.secondTier}));
    // The page is rebuilt when read (or shown), not on the edit itself.
    QVERIFY(
        page.table()->item(0, exceptionColumn)->text().contains(QLatin1String("Approved exception EX-2026-01 until")));
    QCOMPARE(page.exceptionsTable()->rowCount(), 1);
    QCOMPARE(page.exceptionsTable()->item(0, 0)->text(), QStringLiteral("EX-2026-01"));
    // A second one for the same finding is refused while the first runs.
    QVERIFY(!page.acceptException(0, {QStringLiteral("again"), QStringLiteral("CISO"), kToday, {}}).isEmpty());

    // Past its expiry the page says so, and the review lists it.
    Clock::setToday(QDate(2027, 4, 1));
    FindingsPage later(m_document.get());
    QVERIFY(later.table()->item(0, exceptionColumn)->text().contains(QLatin1String("expired")));
    QCOMPARE(later.table()->item(0, exceptionColumn)->foreground().color(), QColor(0xc0, 0x20, 0x20));
    const QList<ReviewItem> items
        = reviewItems(m_document->model(), m_document->assessment()->assessment(), Clock::today());
    QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const ReviewItem& i) {
        return i.subject == ReviewSubject::Exception && i.ref == QLatin1String("EX-2026-01");
    }));
    Clock::setToday(kToday);

    // Revoked from the list: one undo step; undo brings it back.
    const Model accepted = m_document->model();
    page.exceptionsTable()->selectRow(0);
    QVERIFY(page.revokeButton()->isEnabled());
    QTest::mouseClick(page.revokeButton(), Qt::LeftButton);
    QVERIFY(m_document->model().findingExceptions.isEmpty());
    QCOMPARE(page.exceptionsTable()->rowCount(), 0);
    QCOMPARE(table->item(0, exceptionColumn)->text(), QString());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model(), accepted);
    QCOMPARE(page.exceptionsTable()->rowCount(), 1);
}

void TestAuditViews::findingRecordedAsAuditFinding()
{
    FindingsPage page(m_document.get());
    const Finding finding = m_document->assessment()->assessment().findings.first();
    const Model before = m_document->model();
    const int steps = m_document->undoStack()->count();
    QCOMPARE(page.recordAsAuditFinding(0, QStringLiteral("AF-2026-01")), QString());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const AuditFinding& f = m_document->model().auditFindings.first();
    QCOMPARE(f.id, QStringLiteral("AF-2026-01"));
    QCOMPARE(f.fiscalYear, 2026);
    QCOMPARE(int(f.severity),
        int(finding.severity == Severity::Critical   ? AuditSeverity::Critical
                : finding.severity == Severity::High ? AuditSeverity::High
                                                     : AuditSeverity::Medium));
    QCOMPARE(f.asset, finding.first);
    QCOMPARE(f.unit, before.assets[indexOfId(before.assets, finding.first)].owner);
    QVERIFY2(
        f.description.contains(finding.first) && f.description.contains(finding.second), qPrintable(f.description));
    QVERIFY(!page.recordAsAuditFinding(0, QStringLiteral("AF-2026-01")).isEmpty()); // the id is taken
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model(), before);
}

void TestAuditViews::reviewDecisionRecorded()
{
    ReviewPage page(m_document.get());
    // The sample ward has risks above the appetite with no response and no plan action.
    const QList<ReviewItem> expected = reviewItems(m_document->model(), m_document->assessment()->assessment(), kToday);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(page.table()->rowCount(), expected.size());
    QCOMPARE(page.items(), expected);
    QCOMPARE(page.fiscalYear(), 2026);
    QVERIFY(!page.recordButton()->isEnabled());
    page.table()->selectRow(0);
    QVERIFY(page.recordButton()->isEnabled());
    QCOMPARE(page.table()->item(0, 3)->text(), QString());

    const Model before = m_document->model();
    QVERIFY(!page.recordDecision(0, kToday, QStringLiteral(" "), QStringLiteral("CISO")).isEmpty());
    QVERIFY(!page.recordDecision(0, kToday, QStringLiteral("keep"), QString()).isEmpty());
    QCOMPARE(m_document->model(), before);
    const int steps = m_document->undoStack()->count();
    QCOMPARE(page.recordDecision(0, kToday, QStringLiteral("対策基準を改定する"), QStringLiteral("CISO")), QString());
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    const ReviewDecision& d = m_document->model().reviewDecisions.first();
    QCOMPARE(d.id, QStringLiteral("RV-2026-01"));
    QCOMPARE(d.fiscalYear, 2026);
    QCOMPARE(d.subject, expected[0].subject);
    QCOMPARE(d.ref, expected[0].ref);
    QCOMPARE(d.threat, expected[0].threat);
    QVERIFY(page.table()->item(0, 3)->text().contains(QStringLiteral("対策基準を改定する")));
    QVERIFY(page.table()->item(0, 3)->text().contains(QStringLiteral("CISO")));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->model(), before);
    QCOMPARE(page.table()->item(0, 3)->text(), QString());

    // The window's filter box narrows the list (a ward has hundreds of risks above the appetite).
    page.setFilterText(expected[0].ref);
    int shown = 0;
    for (int row = 0; row < page.table()->rowCount(); ++row)
        shown += page.table()->isRowHidden(row) ? 0 : 1;
    QVERIFY(shown >= 1 && shown < page.table()->rowCount());
    QVERIFY(!page.table()->isRowHidden(0));
    page.setFilterText(QString());
}

void TestAuditViews::pagesInTheWindow()
{
    MainWindow window(m_document.get());
    auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
    QCOMPARE(navigator->count(), int(MainWindow::PageCount));
    QCOMPARE(int(MainWindow::AuditFindings), int(MainWindow::Inspections) + 1); // the §9 pages after Findings
    QCOMPARE(navigator->item(MainWindow::AuditFindings)->text(), QStringLiteral("Audit findings"));
    QCOMPARE(navigator->item(MainWindow::Review)->text(), QStringLiteral("Review"));
    window.showPage(MainWindow::AuditFindings);
    QCOMPARE(window.currentPage(), MainWindow::AuditFindings);
    QVERIFY(window.auditFindingsPage()->isVisibleTo(&window) || window.auditFindingsPage()->parentWidget());
    QCOMPARE(window.registerPage(MainWindow::AuditFindings), window.auditFindingsPage()->registerPage());
    window.showPage(MainWindow::Review);
    QCOMPARE(window.currentPage(), MainWindow::Review);
    auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
    QVERIFY(box->isEnabled());
    box->setText(QStringLiteral("zzqx"));
    QVERIFY(window.reviewPage()->table()->rowCount() > 0);
    for (int row = 0; row < window.reviewPage()->table()->rowCount(); ++row)
        QVERIFY(window.reviewPage()->table()->isRowHidden(row));
}

QTEST_MAIN(TestAuditViews)
#include "tst_auditviews.moc"
