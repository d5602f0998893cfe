// The service continuity simulation in the desktop app (RISK-MODEL.md 10, issue 18): the editors of
// a threat's outages, an asset's continuity and need per group, and the dependency register's group
// and need make one undoable edit each and refuse what the contract refuses; the Continuity page fills
// its tables with exactly what simulateContinuity gives on the same model, seed and trials, runs again
// after an edit, waits while hidden, and Cancel leaves the last complete result; the compare page's
// continuity tab simulates both sides with the same seed.

#include "DisplayLanguage.h"
#include "ModelEdit.h"
#include "Scenarios.h"
#include "Translations.h"
#include "Validation.h"
#include "continuity/ContinuityCharts.h"
#include "continuity/ContinuityComparePanel.h"
#include "continuity/ContinuityPage.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "editors/AssetEditorDialog.h"
#include "editors/ThreatEditorDialog.h"
#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace mamori;

namespace {

template <typename T> T* child(const QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

void clickOk(QDialog& dialog)
{
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

Asset asset(const char* id, const char* name, AssetType type)
{
    Asset a;
    a.id = QString::fromLatin1(id);
    a.name = {QString::fromUtf8(name), {}};
    a.type = type;
    a.tier = Tier::Lgwan;
    return a;
}

/// A service on a host with two power lines (1 of 2 needed), a second service on the same host
/// without redundancy of its own, a power failure and an earthquake that cause outages.
Model smallWard()
{
    Model m;
    m.name = {QStringLiteral("継続性試験区"), {}};
    Asset juki = asset("SVC-JUKI", "住民記録", AssetType::System);
    juki.continuity = Continuity {8.0, 400000.0};
    Asset tax = asset("SVC-TAX", "税", AssetType::System);
    tax.continuity = Continuity {std::nullopt, 150000.0};
    m.assets = {juki, tax, asset("HOST", "基幹サーバ", AssetType::Device),
        asset("PWR-1", "電源系統1", AssetType::Facility), asset("PWR-2", "電源系統2", AssetType::Facility)};
    Dependency runsOn {QStringLiteral("SVC-JUKI"), QStringLiteral("HOST"), DependencyKind::RunsOn, {}, {}};
    Dependency taxOn {QStringLiteral("SVC-TAX"), QStringLiteral("HOST"), DependencyKind::RunsOn, {}, {}};
    Dependency line1 {
        QStringLiteral("HOST"), QStringLiteral("PWR-1"), DependencyKind::PoweredBy, {}, QStringLiteral("power")};
    Dependency line2 {
        QStringLiteral("HOST"), QStringLiteral("PWR-2"), DependencyKind::PoweredBy, {}, QStringLiteral("power")};
    m.dependencies = {runsOn, taxOn, line1, line2};
    Threat power;
    power.id = QStringLiteral("T-POWER");
    power.category = 4;
    power.name = {QStringLiteral("停電"), {}};
    power.dimensions.insert(Dimension::A);
    power.appliesTo.types = {AssetType::Facility};
    power.outage = Outage {3.0, 1.0, 30.0};
    Threat quake;
    quake.id = QStringLiteral("T-QUAKE");
    quake.category = 3;
    quake.name = {QStringLiteral("地震"), {}};
    quake.dimensions.insert(Dimension::A);
    quake.appliesTo.types = {AssetType::Device};
    quake.outage = Outage {0.2, 4.0, 200.0};
    Threat leak;
    leak.id = QStringLiteral("T-LEAK");
    leak.category = 1;
    leak.name = {QStringLiteral("情報漏えい"), {}};
    leak.dimensions.insert(Dimension::C);
    m.threats = {power, quake, leak};
    return m;
}

qsizetype indexOf(const QList<Threat>& threats, const char* id)
{
    return indexOfId(threats, QString::fromLatin1(id));
}

ContinuityResult simulateDirectly(const Model& model, const ContinuityOptions& options, const QString& scenario = {})
{
    return simulateContinuity(model, assess(model), options, scenario);
}

} // namespace

class TestContinuityViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installLanguage(QStringLiteral("ja"));
        QVERIFY2(validate(smallWard(), QString(), Source::Json).isEmpty(), "the test ward is valid");
    }

    // --- Editors ----------------------------------------------------------------------------------

    void threatEditorSetsOutageAsOneUndoStep()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        const qsizetype leak = indexOf(document.model().threats, "T-LEAK");
        ThreatEditorDialog dialog(&document, leak);
        auto* causes = child<QCheckBox>(&dialog, "causesOutage");
        QVERIFY(!causes->isChecked());
        QVERIFY(!child<QLineEdit>(&dialog, "outageRate")->isEnabled());
        causes->setChecked(true);
        retype(child<QLineEdit>(&dialog, "outageRate"), QStringLiteral("0.5"));
        retype(child<QLineEdit>(&dialog, "outageP5"), QStringLiteral("2"));
        retype(child<QLineEdit>(&dialog, "outageP95"), QStringLiteral("30"));
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.model().threats[leak].outage, (Outage {0.5, 2, 30}));

        document.undoStack()->undo();
        QVERIFY(!document.model().threats[leak].outage);
        document.undoStack()->redo();
        QCOMPARE(document.model().threats[leak].outage, (Outage {0.5, 2, 30}));

        // Unchecking removes it again, the durations typed kept in the (disabled) fields.
        ThreatEditorDialog again(&document, leak);
        child<QCheckBox>(&again, "causesOutage")->setChecked(false);
        clickOk(again);
        QVERIFY(again.applied());
        QVERIFY(!document.model().threats[leak].outage);
        QCOMPARE(document.undoStack()->count(), 2);
    }

    void threatEditorRefusesBadDurations_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("p5");
        QTest::addColumn<QString>("p95");
        QTest::newRow("P5 above P95") << "1"
                                      << "30"
                                      << "2";
        QTest::newRow("P5 of 0 hours") << "1"
                                       << "0"
                                       << "2";
        QTest::newRow("negative rate") << "-1"
                                       << "1"
                                       << "2";
        QTest::newRow("no rate") << ""
                                 << "1"
                                 << "2";
        QTest::newRow("not a number") << "1"
                                      << "abc"
                                      << "2";
    }

    void threatEditorRefusesBadDurations()
    {
        QFETCH(QString, rate);
        QFETCH(QString, p5);
        QFETCH(QString, p95);
        ProjectDocument document;
        document.reset(smallWard(), QString());
        const Model before = document.model();
        ThreatEditorDialog dialog(&document, indexOf(document.model().threats, "T-POWER"));
        retype(child<QLineEdit>(&dialog, "outageRate"), rate);
        retype(child<QLineEdit>(&dialog, "outageP5"), p5);
        retype(child<QLineEdit>(&dialog, "outageP95"), p95);
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QVERIFY(!dialog.errorMessage().isEmpty());
        QVERIFY(document.model() == before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void editorsUntouchedChangeNothing()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        for (qsizetype i = 0; i < document.model().threats.size(); ++i) {
            ThreatEditorDialog dialog(&document, i);
            clickOk(dialog);
        }
        for (qsizetype i = 0; i < document.model().assets.size(); ++i) {
            AssetEditorDialog dialog(&document, i);
            clickOk(dialog);
        }
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void assetEditorSetsContinuityAndNeed()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        const qsizetype host = indexOfId(document.model().assets, QStringLiteral("HOST"));
        AssetEditorDialog dialog(&document, host);
        auto* service = child<QCheckBox>(&dialog, "isService");
        QVERIFY(!service->isChecked());
        service->setChecked(true);
        retype(child<QLineEdit>(&dialog, "rtoHours"), QStringLiteral("4"));
        retype(child<QLineEdit>(&dialog, "lossPerHour"), QStringLiteral("1,200,000"));
        auto* need = child<QSpinBox>(&dialog, "need-power");
        QCOMPARE(need->value(), 1);
        QCOMPARE(need->maximum(), 2);
        need->setValue(2);
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));
        QCOMPARE(document.undoStack()->count(), 1);
        const Asset& a = document.model().assets[host];
        QCOMPARE(a.continuity, (Continuity {4.0, 1200000.0}));
        QCOMPARE(a.needFor(QStringLiteral("power")), 2);

        document.undoStack()->undo();
        QVERIFY(document.model() == smallWard());

        // Not a service any more: the record goes; a need back to 1 leaves no entry.
        document.undoStack()->redo();
        AssetEditorDialog again(&document, host);
        child<QCheckBox>(&again, "isService")->setChecked(false);
        child<QSpinBox>(&again, "need-power")->setValue(1);
        clickOk(again);
        QVERIFY(again.applied());
        QVERIFY(!document.model().assets[host].continuity);
        QVERIFY(document.model().assets[host].need.isEmpty());
    }

    void dependencyRegisterEditsGroupAndNeed()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        RegisterTableModel* model = makeDependencyRegister(&document, &document);
        QAbstractItemModelTester tester(model);
        int group = -1, need = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (qstrcmp(model->column(c).header, "Group") == 0)
                group = c;
            if (qstrcmp(model->column(c).header, "Needed of group") == 0)
                need = c;
        }
        QVERIFY(group >= 0 && need >= 0);
        const int line1 = 2, line2 = 3;
        const auto ofGroup = [](int n, int size) {
            return QCoreApplication::translate("mamori::Registers", "%1 of %2")
                .arg(QString::number(n), QString::number(size));
        };
        QCOMPARE(model->index(line1, need).data().toString(), ofGroup(1, 2));

        // The need is the dependent asset's: set on one row, every row of the group shows it.
        QVERIFY(model->setData(model->index(line2, need), QStringLiteral("2")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.model().assets[indexOfId(document.model().assets, QStringLiteral("HOST"))].needFor(
                     QStringLiteral("power")),
            2);
        QCOMPARE(model->index(line1, need).data(Qt::EditRole).toInt(), 2);
        // More than the group has is refused with the reason.
        QSignalSpy refused(model, &RegisterTableModel::editRefused);
        QVERIFY(!model->setData(model->index(line1, need), QStringLiteral("3")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(model->index(line1, need).data(Qt::EditRole).toInt(), 1);

        // A group typed in a cell: one undo step; the row without one has no need to edit.
        QVERIFY(model->setData(model->index(0, group), QStringLiteral(" hosts ")));
        QCOMPARE(document.model().dependencies[0].group, QStringLiteral("hosts"));
        QCOMPARE(model->index(0, need).data().toString(), ofGroup(1, 1));
        QVERIFY(!model->setData(model->index(1, need), QStringLiteral("1")));
        document.undoStack()->undo();
        QVERIFY(document.model() == smallWard());
    }

    // --- Charts -----------------------------------------------------------------------------------

    void exceedanceCurveFromSortedLosses()
    {
        // 10 years: 6 without loss, then 1, 2, 2, 5 (yen).
        const QList<double> losses {0, 0, 0, 0, 0, 0, 1, 2, 2, 5};
        const QList<QPointF> points = exceedancePoints(losses);
        QCOMPARE(points.first(), QPointF(0, 0.4)); // P(loss > 0)
        QVERIFY(points.contains(QPointF(1, 0.3)));
        QVERIFY(points.contains(QPointF(2, 0.1))); // ties: only the 5 is above 2
        for (const QPointF& p : points)
            QVERIFY(p.y() > 0); // a log axis cannot show 0
        const LossHistogram histogram = lossHistogram(losses, 5);
        QCOMPARE(histogram.binWidth, 1.0);
        QCOMPARE(histogram.shares.size(), 5);
        QCOMPARE(histogram.shares[0], 0.6);
        QCOMPARE(histogram.shares[4], 0.1); // the largest loss falls in the last bin

        // The histogram's area owns the lines that bound it: they go with the chart (LeakSanitizer
        // found them left behind by every page that showed a result).
        ContinuityResult result;
        result.sortedLosses = losses;
        std::unique_ptr<QChart> chart(lossHistogramChart(result, QFont()));
        const auto* area = qobject_cast<QAreaSeries*>(chart->series().value(0));
        QVERIFY(area && area->upperSeries() && area->lowerSeries());
        QCOMPARE(area->upperSeries()->parent(), area);
        QCOMPARE(area->lowerSeries()->parent(), area);
    }

    // --- The page ---------------------------------------------------------------------------------

    void pageShowsExactlyWhatTheSimulationGives()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        ContinuityPage page(&document);
        page.setTrials(2000);
        page.setSeed(7);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.result().trials == 2000 && !page.isRunning(), 20000);

        ContinuityOptions options;
        options.trials = 2000;
        options.seed = 7;
        const ContinuityResult expected = simulateDirectly(document.model(), options);
        QVERIFY(page.result() == expected);

        // One row per service, with the simulation's numbers.
        QStandardItemModel* services = page.serviceModel();
        QAbstractItemModelTester tester(services);
        QCOMPARE(services->rowCount(), 2);
        for (int row = 0; row < services->rowCount(); ++row) {
            const QString id = services->item(row, ContinuityPage::ServiceColumn)->data(Qt::UserRole).toString();
            const auto it = std::find_if(expected.assets.cbegin(), expected.assets.cend(),
                [&id](const AssetContinuity& a) { return a.id == id; });
            QVERIFY(it != expected.assets.cend());
            QCOMPARE(services->item(row, ContinuityPage::AleColumn)->data(Qt::UserRole).toDouble(), it->ale);
            QCOMPARE(services->item(row, ContinuityPage::OutageColumn)->data(Qt::UserRole).toDouble(), it->pOutage);
            QCOMPARE(services->item(row, ContinuityPage::HoursColumn)->data(Qt::UserRole).toDouble(), it->meanHours);
            QCOMPARE(services->item(row, ContinuityPage::OverRtoColumn)->data(Qt::UserRole).isValid(),
                it->pOverRto.has_value());
        }
        QCOMPARE(
            page.totalsTable()->item(ContinuityPage::AleRow, 0)->data(Qt::UserRole).toDouble(), expected.total.ale);
        QCOMPARE(
            page.totalsTable()->item(ContinuityPage::P99Row, 0)->data(Qt::UserRole).toDouble(), expected.total.p99);
        QVERIFY(expected.total.ale > 0); // the test ward does lose something: the comparison means something
    }

    void pageRunsAgainAfterAnEditOnlyWhenShown()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        ContinuityPage page(&document);
        page.setTrials(1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.result().trials == 1000 && !page.isRunning(), 20000);
        const double before = page.result().total.ale;

        // Twice the loss per hour of the main service: its ALE doubles after the debounce.
        const qsizetype juki = indexOfId(document.model().assets, QStringLiteral("SVC-JUKI"));
        Asset changed = document.model().assets[juki];
        changed.continuity->lossPerHour = 800000.0;
        QVERIFY(document.edit(UiText::fixed(QStringLiteral("loss")), {ModelEdit::replace(juki, changed)}).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.result().total.ale > before && !page.isRunning(), 20000);
        ContinuityOptions options;
        options.trials = 1000;
        QVERIFY(page.result() == simulateDirectly(document.model(), options));

        // Hidden: an edit waits until the page is shown again.
        page.hide();
        document.undoStack()->undo();
        QTest::qWait(ContinuityPage::kDelayMs + 300);
        QVERIFY(!page.isRunning());
        QVERIFY(page.result() != simulateDirectly(document.model(), options));
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.result() == simulateDirectly(document.model(), options), 20000);
    }

    /// Issue 16: a run of the model as it was stops when the model changes while the page is hidden (it
    /// took the cores from every edit made meanwhile), and the page runs again when shown.
    void anEditStopsTheRunOfAHiddenPage()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        ContinuityPage page(&document);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setTrials(1000000);
        page.run();
        QVERIFY(page.isRunning());
        page.hide();
        QVERIFY(page.isRunning()); // hiding alone keeps it: nothing it simulates has changed
        const qsizetype juki = indexOfId(document.model().assets, QStringLiteral("SVC-JUKI"));
        Asset changed = document.model().assets[juki];
        changed.continuity->lossPerHour = 900000.0;
        QVERIFY(document.edit(UiText::fixed(QStringLiteral("loss")), {ModelEdit::replace(juki, changed)}).isEmpty());
        QVERIFY(!page.isRunning());
        QVERIFY(!child<QLabel>(&page, "continuityStatus")->text().startsWith(ContinuityPage::tr("Cancelled.")));
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isRunning(), 5000); // the model as it is now
        page.cancel();
    }

    void cancelKeepsTheLastCompleteResult()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        ContinuityPage page(&document);
        page.setTrials(500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.result().trials == 500 && !page.isRunning(), 20000);
        const ContinuityResult shown = page.result();

        page.setTrials(1000000);
        page.run();
        QVERIFY(page.isRunning());
        QTest::mouseClick(child<QPushButton>(&page, "continuityCancel"), Qt::LeftButton);
        QVERIFY(!page.isRunning());
        QVERIFY(child<QLabel>(&page, "continuityStatus")->text().startsWith(ContinuityPage::tr("Cancelled.")));
        // Whenever the cancelled run returns, its numbers are never shown.
        QTest::qWait(500);
        QVERIFY(page.result() == shown);
        QVERIFY(!page.isRunning());
    }

    void mainWindowShowsThePageAndFiltersIt()
    {
        ProjectDocument document;
        document.reset(smallWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        QCOMPARE(navigator->item(MainWindow::Continuity)->text(),
            QCoreApplication::translate("mamori::MainWindow", "Continuity"));
        ContinuityPage* page = window.continuityPage();
        QVERIFY(!page->isVisible());
        QCOMPARE(page->result().trials, 0); // nothing simulated while the page is not shown
        window.showPage(MainWindow::Continuity);
        QTRY_VERIFY_WITH_TIMEOUT(page->result().trials > 0 && !page->isRunning(), 20000);
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        QVERIFY(box->isEnabled());
        box->setText(QStringLiteral("住民"));
        QCOMPARE(page->serviceView()->model()->rowCount(), 1);
        box->clear();
        QCOMPARE(page->serviceView()->model()->rowCount(), 2);
    }

    void compareTabSimulatesBothSidesWithTheSameSeed()
    {
        Model base = smallWard();
        Model scenario = base;
        scenario.dependencies.removeLast(); // one power line only
        ContinuityComparePanel panel;
        ContinuityOptions options;
        options.trials = 1500;
        options.seed = 3;
        panel.setOptions(options);
        panel.setSides({base, assess(base), QString()}, {scenario, assess(scenario), QStringLiteral("S-1")});
        QVERIFY(!panel.isRunning()); // hidden: nothing runs yet
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(panel.results().size() == 2 && !panel.isRunning(), 20000);
        const ContinuityResult b = simulateDirectly(base, options);
        const ContinuityResult s = simulateDirectly(scenario, options, QStringLiteral("S-1"));
        QVERIFY(panel.results()[0] == b);
        QVERIFY(panel.results()[1] == s);
        // Without the second line the host stops with every power failure: the ward loses more.
        QVERIFY(s.total.ale > b.total.ale);
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 3); // the ward, then the two services
        QCOMPARE(table->item(0, ContinuityComparePanel::BaseAleColumn)->data(Qt::UserRole).toDouble(), b.total.ale);
        QCOMPARE(table->item(0, ContinuityComparePanel::ScenarioAleColumn)->data(Qt::UserRole).toDouble(), s.total.ale);
    }

    // --- What if… a redundant supply ---------------------------------------------------------------

    void whatIfRedundantSupplyAddsAnAlternative()
    {
        const Model ward = smallWard();
        const int hostOfJuki = 0; // SVC-JUKI runs on HOST, no group yet
        const UserEdit edit = edits::whatIfRedundantSupply(ward, ward, QString(), hostOfJuki, Language::Japanese);
        QVERIFY2(edit.ok(), qPrintable(edit.error));
        ProjectDocument document;
        document.reset(ward, QString());
        QVERIFY(document.editScenarios(edit).isEmpty());
        const ResolvedScenario resolved = resolveScenario(document.baseline(), edit.created);
        QVERIFY(resolved.ok());
        const Model& m = resolved.model;
        const qsizetype second = indexOfId(m.assets, QStringLiteral("HOST-2"));
        QVERIFY(second >= 0);
        QCOMPARE(m.assets[second].name.ja, QStringLiteral("基幹サーバ（予備）"));
        QCOMPARE(m.assets[second].type, AssetType::Device);
        int alternatives = 0;
        for (const Dependency& d : m.dependencies) {
            if (d.from == QStringLiteral("SVC-JUKI")) {
                QCOMPARE(d.group, QStringLiteral("HOST"));
                ++alternatives;
            }
        }
        QCOMPARE(alternatives, 2);
        Model alone = m; // the scenario itself is kept in its resolved model: it would add HOST-2 again
        alone.scenarios.clear();
        QVERIFY(validate(alone, QString(), Source::Json).isEmpty());

        // With a second host the service stops less often, on the same random draws.
        ContinuityOptions options;
        options.trials = 1000;
        const auto juki = [](const ContinuityResult& r) {
            return *std::find_if(r.assets.cbegin(), r.assets.cend(),
                [](const AssetContinuity& a) { return a.id == QStringLiteral("SVC-JUKI"); });
        };
        QVERIFY(juki(simulateDirectly(m, options)).pOutage < juki(simulateDirectly(ward, options)).pOutage);
    }
};

QTEST_MAIN(TestContinuityViews)
#include "tst_continuityviews.moc"
