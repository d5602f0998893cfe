// The desktop window on the offscreen platform, driven as a user would: it opens on the sample
// ward; editing a control's status in the register updates the risk register, the heat map and the
// status bar at once; undo restores everything; the register refuses an invalid value; the heat map
// filters the register; switching the language retranslates the window.

#include "BuiltIn.h"
#include "Clock.h"
#include "DisplayDate.h"
#include "JapaneseCalendar.h"
#include "ModelFile.h"
#include "NumberFormat.h"
#include "RiskMatrix.h"
#include "TestSupport.h"
#include "Translations.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Generator.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "risk/DetailsPanel.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskRegisterPage.h"
#include "scenarios/ComparePage.h"
#include "treatment/PlanPage.h"
#include "treatment/PlanProjectionRunner.h"
#include "treatment/ResponsePolicyModel.h"
#include "treatment/ResponsePolicyPage.h"
#include "widgets/BusyIndicator.h"
#include "widgets/ColumnChooser.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/IdDialog.h"
#include "widgets/LoadingOverlay.h"
#include "widgets/TextFilter.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace mamori;

namespace {
using mamori::test::columnOf;

/// The table of a page that has one, as the user sees it.
QTableView* tableOf(MainWindow& window, MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Risks:
        return window.riskRegisterPage()->view();
    case MainWindow::ResponsePolicy:
        return window.responsePolicyPage()->view();
    case MainWindow::Plan:
        return window.planPage()->registerPage()->view();
    case MainWindow::Findings:
        return window.findChild<QTableWidget*>(QStringLiteral("findingsTable"));
    case MainWindow::Compare:
        return window.comparePage()->riskView();
    default:
        return window.registerPage(page)->view();
    }
}

int shownRows(const QTableView* view)
{
    int shown = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown += view->isRowHidden(row) ? 0 : 1;
    return shown;
}

/// The line that explains an empty result, beside the page's table.
FilterStatus* filterStatusOf(const QTableView* view)
{
    return view->parentWidget()->findChild<FilterStatus*>(QString(), Qt::FindDirectChildrenOnly);
}

/// Whether column `column` of `view` is shown and lies wholly within the view's width.
bool columnOnScreen(const QTableView* view, int column)
{
    const QHeaderView* header = view->horizontalHeader();
    return !header->isSectionHidden(column)
        && header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and recovery in a throwaway location
        installLanguage(QStringLiteral("ja"));
        QVERIFY(m_files.isValid());
        QCOMPARE(saveModelFile(Generator::generateWard(1500, 1), largeWardPath()), QString());
    }

    void opensOnTheSampleWard()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        QCOMPARE(navigator->count(), int(MainWindow::PageCount));
        QCOMPARE(navigator->item(MainWindow::Assets)->text(), QStringLiteral("情報資産"));
        RegisterPage* assets = window.registerPage(MainWindow::Assets);
        QCOMPARE(assets->view()->model()->rowCount(), document.model().assets.size());
        QVERIFY(window.windowTitle().contains(QStringLiteral("江戸川区")));
        document.assessment()->waitForIdle();
        auto* totals = window.findChild<QLabel*>(QStringLiteral("statusTotals"));
        QVERIFY2(totals->text().contains(formatCount(document.assessment()->assessment().risks.size())),
            qPrintable(totals->text()));
    }

    void editInRegisterUpdatesEverythingAndUndoes()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        document.assessment()->waitForIdle();
        const Model original = document.model();
        RiskRegisterPage* risks = window.riskRegisterPage();
        QAbstractItemModelTester tester(risks->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(risks->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Assessment before = document.assessment()->assessment();

        // The control that applies to the most risks, set from "none" to "implemented".
        RegisterPage* controls = window.registerPage(MainWindow::Controls);
        RegisterTableModel* model = controls->model();
        const int status = columnOf(*model, "Status");
        int row = -1;
        qsizetype best = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const Control& k = document.model().controls[r];
            if (k.status != ControlStatus::None)
                continue;
            qsizetype uses = 0;
            for (const RiskResult& risk : before.risks)
                uses += risk.controls.contains(k.id);
            if (uses > best) {
                best = uses;
                row = r;
            }
        }
        QVERIFY(row >= 0 && best > 0);
        window.showPage(MainWindow::Controls);
        controls->selectRow(row);
        QVERIFY(model->setData(model->index(row, status), QStringLiteral("implemented")));
        QVERIFY(window.isWindowModified());
        document.assessment()->waitForIdle();
        const Assessment after = document.assessment()->assessment();
        QVERIFY(after.totals.residual < before.totals.residual);

        // The register shows the engine's numbers, the heat map counts them, the status bar totals them.
        QCOMPARE(risks->model()->rowCount(), after.risks.size());
        double sum = 0;
        for (int r = 0; r < risks->model()->rowCount(); ++r)
            sum += risks->model()->index(r, RiskRegisterModel::Residual).data(RiskRegisterModel::SortRole).toDouble();
        QCOMPARE(sum, after.totals.residual);
        int mapped = 0;
        for (const RiskResult& r : after.risks)
            mapped += RiskMatrix::cellOf(r.residualLikelihood) == 5 && RiskMatrix::cellOf(r.residualImpact) == 5;
        QCOMPARE(risks->heatMap(true)->count(5, 5), mapped);
        auto* totals = window.findChild<QLabel*>(QStringLiteral("statusTotals"));
        QVERIFY(totals->text().contains(QString::number(after.totals.aboveAppetite)));

        // Undo through the window's action restores the exact model and numbers.
        QAction* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(document.model(), original);
        document.assessment()->waitForIdle();
        QCOMPARE(document.assessment()->assessment().totals, before.totals);
        QVERIFY(!window.isWindowModified());
    }

    void busyIndicatorShowsLongWork()
    {
        BusyIndicator busy;
        busy.show();
        busy.begin();
        QVERIFY(busy.text().isEmpty()); // not for work that may be quick
        QTRY_VERIFY_WITH_TIMEOUT(!busy.text().isEmpty(), 2000);
        busy.end();
        QVERIFY(busy.text().isEmpty());
        // The last work was long: the next shows at once, before the event loop runs again (the UI
        // thread may be what is busy).
        busy.begin();
        QVERIFY(!busy.text().isEmpty());
        busy.end();
        // Quick work teaches it to wait again.
        busy.begin();
        busy.end();
        busy.begin();
        QVERIFY(busy.text().isEmpty());
        busy.end();
    }

    void busyIndicatorFollowsEdits()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        document.assessment()->waitForIdle();
        auto* busy = window.findChild<BusyIndicator*>(QStringLiteral("busyIndicator"));
        QVERIFY(busy);
        QVERIFY(!busy->isActive());
        // An edit the engine takes: active until the assessment is back.
        Control k = document.model().controls.first();
        k.status = k.status == ControlStatus::Implemented ? ControlStatus::None : ControlStatus::Implemented;
        QVERIFY(document.edit(QStringLiteral("status"), {ModelEdit::replace(0, k)}).isEmpty());
        QVERIFY(busy->isActive());
        QTRY_VERIFY(!busy->isActive());
        // A refused edit never reaches the engine, and the work ends with it.
        Control broken = k;
        broken.effectiveness = 7;
        QVERIFY(!document.edit(QStringLiteral("broken"), {ModelEdit::replace(0, broken)}).isEmpty());
        QVERIFY(busy->isActive());
        QTRY_VERIFY(!busy->isActive());
    }

    void invalidValueIsRefusedWithAMessage()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        RegisterTableModel* assets = window.registerPage(MainWindow::Assets)->model();
        // The message box is modal; close it as a user would, and check what it said.
        QString said;
        QTimer::singleShot(0, this, [&said] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            said = QApplication::activeModalWidget()->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            QApplication::activeModalWidget()->close();
        });
        QVERIFY(!assets->setData(assets->index(0, columnOf(*assets, "Impact C")), QStringLiteral("9")));
        QVERIFY2(said.contains(QStringLiteral("9")), qPrintable(said));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void heatMapCellFiltersTheRegister()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        document.assessment()->waitForIdle();
        RiskRegisterPage* page = window.riskRegisterPage();
        window.showPage(MainWindow::Risks);
        HeatMapWidget* map = page->heatMap(true);
        // The busiest residual cell.
        int bestL = 1, bestI = 1;
        for (int l = 1; l <= 5; ++l)
            for (int i = 1; i <= 5; ++i)
                if (map->count(l, i) > map->count(bestL, bestI)) {
                    bestL = l;
                    bestI = i;
                }
        QVERIFY(map->count(bestL, bestI) > 0);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(bestL, bestI).center());
        QCOMPARE(page->view()->model()->rowCount(), map->count(bestL, bestI));
        page->clearFilters();
        QCOMPARE(page->view()->model()->rowCount(), document.assessment()->assessment().risks.size());
    }

    /// One filter rule on every page with a table: a text that matches nothing leaves a line that
    /// names it; Esc in the box, the line's link and the page's own "clear" empty the box and bring
    /// every row back.
    void filterBoxOnEveryPage_data()
    {
        QTest::addColumn<int>("page");
        for (MainWindow::Page page : {MainWindow::Assets, MainWindow::Controls, MainWindow::Risks,
                 MainWindow::ResponsePolicy, MainWindow::Plan, MainWindow::Findings, MainWindow::Compare})
            QTest::newRow(qPrintable(QString::number(page))) << int(page);
    }

    void filterBoxOnEveryPage()
    {
        QFETCH(int, page);
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        document.assessment()->waitForIdle();
        window.comparePage()->compare(QString(), document.model().scenarios.first().id);
        window.showPage(MainWindow::Page(page));
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        QVERIFY(box->isEnabled());
        QTableView* view = tableOf(window, MainWindow::Page(page));
        FilterStatus* status = filterStatusOf(view);
        QVERIFY(status);
        const int all = shownRows(view);
        QVERIFY(all > 0);
        QVERIFY(status->isHidden());

        box->setFocus();
        QTest::keyClicks(box, QStringLiteral("zzqx"));
        QCOMPARE(shownRows(view), 0);
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(QStringLiteral("zzqx")), qPrintable(status->text()));
        // "0 of N": N counts every row the page has, whatever its other filters hide.
        const int total
            = page == MainWindow::ResponsePolicy ? window.responsePolicyPage()->policyModel()->rowCount() : all;
        QVERIFY2(status->text().contains(formatCount(total)), qPrintable(status->text()));
        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(box->text(), QString());
        QCOMPARE(shownRows(view), all);
        QVERIFY(status->isHidden());

        QTest::keyClicks(box, QStringLiteral("zzqx"));
        QCOMPARE(shownRows(view), 0);
        emit status->linkActivated(QStringLiteral("clear"));
        QCOMPARE(box->text(), QString());
        QVERIFY(shownRows(view) >= all); // the policy's own filters are cleared too
        QVERIFY(status->isHidden());
    }

    /// The page's other filters are named when they, with the text, hide every row; the register's
    /// "Clear filters" empties the box too.
    void emptyResultNamesEveryFilter()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        document.assessment()->waitForIdle();
        window.showPage(MainWindow::Risks);
        RiskRegisterPage* page = window.riskRegisterPage();
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        auto* level = page->findChild<QComboBox*>(QStringLiteral("levelFilter"));
        level->setCurrentIndex(1);
        box->setText(QStringLiteral("zzqx"));
        FilterStatus* status = filterStatusOf(page->view());
        QVERIFY(status->text().contains(QStringLiteral("zzqx")));
        QVERIFY2(status->text().contains(level->currentText()), qPrintable(status->text()));
        page->findChild<QPushButton*>(QStringLiteral("clearFilters"))->click();
        QCOMPARE(box->text(), QString());
        QCOMPARE(shownRows(page->view()), int(document.assessment()->assessment().risks.size()));

        window.showPage(MainWindow::ResponsePolicy);
        box->setText(QStringLiteral("zzqx"));
        ResponsePolicyPage* policy = window.responsePolicyPage();
        const QString above
            = withoutMnemonic(policy->findChild<QCheckBox*>(QStringLiteral("aboveAppetiteOnly"))->text());
        QVERIFY(!above.contains(QLatin1Char('&')));
        QVERIFY2(
            filterStatusOf(policy->view())->text().contains(above), qPrintable(filterStatusOf(policy->view())->text()));
    }

    /// Full-width and half-width forms and case are one: 「ＤＥＶ－ａｄ」 finds DEV-AD.
    void filterFoldsWidthAndCase()
    {
        QCOMPARE(foldForFilter(QStringLiteral("Ａ－")), foldForFilter(QStringLiteral("A-")));
        QCOMPARE(foldForFilter(QStringLiteral("ｼｽﾃﾑ")), foldForFilter(QStringLiteral("システム")));
        QCOMPARE(withoutMnemonic(QStringLiteral("許容水準超のみ(&O)")), QStringLiteral("許容水準超のみ"));
        QCOMPARE(withoutMnemonic(QStringLiteral("Above appetite &only")), QStringLiteral("Above appetite only"));
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        window.showPage(MainWindow::Assets);
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        box->setText(QStringLiteral("ＤＥＶ－ａｄ"));
        QTableView* view = window.registerPage(MainWindow::Assets)->view();
        QVERIFY(view->model()->rowCount() >= 2); // DEV-AD and DEV-AD-MY
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(view->model()->index(row, 0).data().toString().startsWith(QStringLiteral("DEV-AD")));
    }

    /// The filter keeps each row's text while the user types; an edit of a row is matched with its new
    /// text, and a row added is found.
    void filterFollowsEditsWhileTyping()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        window.showPage(MainWindow::Assets);
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        QTableView* view = window.registerPage(MainWindow::Assets)->view();
        box->setText(QStringLiteral("zzq"));
        QCOMPARE(view->model()->rowCount(), 0);
        Asset a = document.model().assets[2];
        a.name = LocalizedText::plain(QStringLiteral("ZZQ server"));
        QCOMPARE(document.edit(QStringLiteral("rename"), {ModelEdit::replace(2, a)}), QString());
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), a.id);
        box->setText(QStringLiteral("zzqx"));
        QCOMPARE(view->model()->rowCount(), 0);
        a.name = LocalizedText::plain(QStringLiteral("other"));
        QCOMPARE(document.edit(QStringLiteral("rename"), {ModelEdit::replace(2, a)}), QString());
        box->setText(QStringLiteral("zzq"));
        QCOMPARE(view->model()->rowCount(), 0);
    }

    /// On a large ward the filter box waits for a pause in typing, then filters; emptying it applies
    /// at once.
    void filterWaitsForAPauseOnALargeWard()
    {
        ProjectDocument document;
        document.reset(Generator::generateWard(2500, 1), QString());
        document.assessment()->waitForIdle();
        MainWindow window(&document);
        window.show();
        window.showPage(MainWindow::Assets);
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
        QTableView* view = window.registerPage(MainWindow::Assets)->view();
        const int all = view->model()->rowCount();
        QTest::keyClicks(box, QStringLiteral("zzq"));
        QCOMPARE(view->model()->rowCount(), all); // typing goes on: nothing filtered yet
        QTRY_COMPARE(view->model()->rowCount(), 0);
        box->clear();
        QCOMPARE(view->model()->rowCount(), all);
    }

    /// A large ward opens as from the command line: the file read on a worker, then the pages covered
    /// by the progress until the ward's assessment reaches them; then every page shows the whole
    /// ward. An edit made right after the open, before the assessment, is applied and assessed too.
    void opensALargeWardAndKeepsAnEarlyEdit()
    {
        const QString path = largeWardPath();
        ProjectDocument document;
        MainWindow window(&document);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        QVERIFY(window.openFile(path));
        QCOMPARE(document.filePath(), path);
        // The assessment comes back through the event loop, which has not run since the open.
        QVERIFY(!window.isReady());
        auto* overlay = window.findChild<LoadingOverlay*>(QStringLiteral("loadingOverlay"));
        QVERIFY(overlay && overlay->isVisible());
        QVERIFY2(overlay->text().contains(formatCount(1500)), qPrintable(overlay->text()));

        Asset edited = document.model().assets[7];
        const double c = edited.impact[dimIndex(Dimension::C)].value_or(1);
        edited.impact[dimIndex(Dimension::C)] = c >= 5 ? 1.0 : c + 1;
        QCOMPARE(document.edit(QStringLiteral("impact"), {ModelEdit::replace(7, edited)}), QString());

        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 60000);
        document.assessment()->waitForIdle();
        QTest::qWait(0);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(document.model().assets[7].impact, edited.impact); // the early edit is kept
        QVERIFY(document.isModified());
        const Assessment expected = assess(document.model());
        const Assessment& shown = document.assessment()->assessment();
        QCOMPARE(shown.risks.size(), expected.risks.size());
        QCOMPARE(formatScore(shown.totals.residual), formatScore(expected.totals.residual));
        auto* totals = window.findChild<QLabel*>(QStringLiteral("statusTotals"));
        QVERIFY2(totals->text().contains(formatCount(expected.risks.size())), qPrintable(totals->text()));
        QVERIFY2(totals->text().contains(formatScore(expected.totals.residual)), qPrintable(totals->text()));
        QCOMPARE(window.registerPage(MainWindow::Assets)->view()->model()->rowCount(), 1500);
        QCOMPARE(window.riskRegisterPage()->view()->model()->rowCount(), int(expected.risks.size()));
        document.undoStack()->setClean(); // closing asks nothing
    }

    /// While a file is read no shortcut reaches the window's actions (their menus and toolbars are
    /// disabled, but a shortcut would still trigger Ctrl+O inside the read, or Ctrl+Z in the project
    /// being replaced); afterwards each action is as the document says again.
    void shortcutsWaitWhileAFileIsRead()
    {
        const QString path = largeWardPath();
        ProjectDocument document;
        MainWindow window(&document);
        window.show();
        QAction* open = window.findChild<QAction*>(QStringLiteral("actionOpen"));
        QAction* save = window.findChild<QAction*>(QStringLiteral("actionSave"));
        QAction* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
        QVERIFY(open && save && undo);
        QVERIFY(open->isEnabled() && save->isEnabled());
        bool checked = false;
        QStringList enabledDuringRead;
        // Runs inside the read's event loop, while the worker reads.
        QTimer::singleShot(0, &window, [&] {
            checked = !window.isReady();
            for (QAction* action : window.findChildren<QAction*>())
                if (action->isEnabled() && !action->shortcuts().isEmpty())
                    enabledDuringRead.append(action->shortcut().toString() + u' ' + action->text());
        });
        QVERIFY(window.openFile(path));
        QVERIFY(checked);
        QVERIFY2(enabledDuringRead.isEmpty(), qPrintable(enabledDuringRead.join(u", ")));
        QVERIFY(open->isEnabled() && save->isEnabled());
        QVERIFY(!undo->isEnabled()); // a project just opened has nothing to undo
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 60000);
    }

    /// On a 1366-pixel (and a 1600-pixel) screen the residual and its level are visible without
    /// scrolling: they come right after the risk, the secondary columns are hidden.
    void riskRegisterFitsALaptop_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1366") << 1366;
        QTest::newRow("1600") << 1600;
    }

    void riskRegisterFitsALaptop()
    {
        QFETCH(int, width);
        QSettings().remove(QStringLiteral("window"));
        QSettings().remove(QStringLiteral("riskRegister"));
        // The font the application sets for Japanese (its average character is wide), and the details
        // dock open beside the register, as a user sees them.
        const QFont before = QApplication::font();
        QFont japanese = before;
        japanese.setFamilies({japaneseFontFamily()});
        QApplication::setFont(japanese);
        auto restoreFont = qScopeGuard([&] { QApplication::setFont(before); });
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.resize(width, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        document.assessment()->waitForIdle();
        window.showPage(MainWindow::Risks);
        QTableView* view = window.riskRegisterPage()->view();
        QTRY_VERIFY(view->viewport()->width() > 0);
        QApplication::processEvents();
        for (int column : {RiskRegisterModel::AssetName, RiskRegisterModel::ThreatName, RiskRegisterModel::Residual,
                 RiskRegisterModel::Level})
            QVERIFY2(columnOnScreen(view, column),
                qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                               .arg(column)
                               .arg(view->horizontalHeader()->sectionViewportPosition(column)
                                   + view->horizontalHeader()->sectionSize(column))
                               .arg(view->viewport()->width())));
        QVERIFY(view->isColumnHidden(RiskRegisterModel::Controls));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("detailsDock"))->isVisible());
    }

    /// The column chooser (one for the registers and the risk register) hides and shows a column and
    /// remembers it per page.
    void columnChooserRemembersPerPage()
    {
        QSettings().remove(QStringLiteral("riskRegister"));
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        {
            MainWindow window(&document);
            document.assessment()->waitForIdle();
            RiskRegisterPage* page = window.riskRegisterPage();
            QVERIFY(page->view()->isColumnHidden(RiskRegisterModel::Category));
            page->columnChooser()->setColumnShown(RiskRegisterModel::Category, true);
            page->columnChooser()->setColumnShown(RiskRegisterModel::Owner, false);
            QVERIFY(!page->view()->isColumnHidden(RiskRegisterModel::Category));
            QVERIFY(page->view()->isColumnHidden(RiskRegisterModel::Owner));
            // The text filter follows the shown columns: a category name now matches.
            window.showPage(MainWindow::Risks);
            const QString category = page->model()->index(0, RiskRegisterModel::Category).data().toString();
            QVERIFY(!category.isEmpty());
            window.findChild<QLineEdit*>(QStringLiteral("registerFilter"))->setText(category);
            QVERIFY(page->view()->model()->rowCount() > 0);
        }
        {
            MainWindow window(&document);
            QTableView* view = window.riskRegisterPage()->view();
            QVERIFY(!view->isColumnHidden(RiskRegisterModel::Category));
            QVERIFY(view->isColumnHidden(RiskRegisterModel::Owner));
            RegisterPage* assets = window.registerPage(MainWindow::Assets);
            QVERIFY(!assets->view()->isColumnHidden(0)); // another page, its own choice
            assets->columnChooser()->setColumnShown(1, false);
            QVERIFY(assets->view()->isColumnHidden(1));
            assets->columnChooser()->setColumnShown(1, true);
            QVERIFY(!assets->view()->isColumnHidden(1));
        }
        QSettings().remove(QStringLiteral("riskRegister"));
    }

    /// The residual total reads the same on the status bar, the plan page and the dashboard.
    void totalsReadTheSameEverywhere()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        document.assessment()->waitForIdle();
        const QString total = formatScore(document.assessment()->assessment().totals.residual);
        QVERIFY(total.contains(QLatin1Char('.'))); // two decimals, even for a whole number
        auto* status = window.findChild<QLabel*>(QStringLiteral("statusTotals"));
        QVERIFY2(status->text().contains(total), qPrintable(status->text()));
        window.planPage()->projectionRunner()->computeNow();
        auto* plan = window.findChild<QLabel*>(QStringLiteral("planSummary"));
        QTRY_VERIFY2(plan->text().contains(total), qPrintable(plan->text() + QStringLiteral(" / ") + total));
        // The register shows each residual with the same two decimals.
        const QAbstractItemModel* risks = window.riskRegisterPage()->view()->model();
        const QString first = risks->index(0, RiskRegisterModel::Residual).data().toString();
        QCOMPARE(first,
            formatScore(risks->index(0, RiskRegisterModel::Residual).data(RiskRegisterModel::SortRole).toDouble()));
    }

    void switchesLanguage()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        installLanguage(QStringLiteral("en"));
        QTRY_COMPARE(navigator->item(MainWindow::Assets)->text(), QStringLiteral("Assets"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Edogawa")));
        installLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(navigator->item(MainWindow::Assets)->text(), QStringLiteral("情報資産"));
    }

    /// Save As and redo answer the keys a Windows user presses, on every platform (Qt's own SaveAs
    /// key is empty on Windows and its Redo key is Ctrl+Shift+Z on Linux).
    /// Ctrl+Insert asks for the id: the proposal is selected (Enter takes it, typing replaces it), a
    /// taken id is refused in the dialog, which stays open, and the id typed is the new asset's.
    void addAsksForTheId()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Assets);
        const Model original = document.model();
        const QString taken = original.assets.first().id;
        QString proposed, selected, refusal;
        bool stayedOpen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<IdDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<IdDialog*>(QApplication::activeModalWidget());
            auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("id"));
            proposed = id->text();
            selected = id->selectedText();
            id->setText(taken);
            QTest::keyClick(id, Qt::Key_Return);
            stayedOpen = dialog->isVisible();
            refusal = dialog->errorMessage();
            id->setText(QStringLiteral("WARD-0001"));
            QTest::keyClick(id, Qt::Key_Return);
        });
        window.findChild<QAction*>(QStringLiteral("actionAdd"))->trigger();
        QCOMPARE(proposed, QStringLiteral("A-NEW-001"));
        QCOMPARE(selected, proposed);
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains(taken), qPrintable(refusal));
        QCOMPARE(document.model().assets.size(), original.assets.size() + 1);
        QCOMPARE(document.model().assets.last().id, QStringLiteral("WARD-0001"));
        QCOMPARE(document.undoStack()->count(), 1);
        RegisterPage* page = window.registerPage(MainWindow::Assets);
        QCOMPARE(page->currentRow(), int(original.assets.size()));

        // Enter alone takes the proposal.
        window.showPage(MainWindow::Threats);
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<IdDialog*>(QApplication::activeModalWidget()));
            auto* id = QApplication::activeModalWidget()->findChild<QLineEdit*>(QStringLiteral("id"));
            QTest::keyClick(id, Qt::Key_Return);
        });
        window.findChild<QAction*>(QStringLiteral("actionAdd"))->trigger();
        QCOMPARE(document.model().threats.last().id, QStringLiteral("T-NEW-001"));
        QCOMPARE(document.undoStack()->count(), 2);
    }

    /// The id cell of a register is edited like any other (F2 here): the new id renames the asset
    /// and what names it, and one undo restores the model exactly.
    void editingTheIdCellRenames()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Assets);
        const Model original = document.model();
        RegisterPage* page = window.registerPage(MainWindow::Assets);
        RegisterTableModel* model = page->model();
        const int idColumn = columnOf(*model, "ID");
        const int row = int(indexOfId(original.assets, QStringLiteral("N-LGWAN")));
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, idColumn);
        QVERIFY(model->flags(cell) & Qt::ItemIsEditable);

        QTableView* view = page->view();
        const QModelIndex shown = page->proxy()->mapFromSource(cell);
        view->setCurrentIndex(shown);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit*>()) != nullptr);
        QCOMPARE(editor->text(), QStringLiteral("N-LGWAN"));
        editor->setText(QStringLiteral("NW-LGWAN"));
        QTest::keyClick(editor, Qt::Key_Return);

        const Model& after = document.model();
        QTRY_COMPARE(after.assets[row].id, QStringLiteral("NW-LGWAN")); // the delegate commits queued
        QCOMPARE(document.undoStack()->count(), 1);
        // The details dock showed the selected asset: it shows it under the new id once assessed.
        document.assessment()->waitForIdle();
        auto* details = window.findChild<DetailsPanel*>();
        QTRY_VERIFY2(details->summary()->toPlainText().contains(QStringLiteral("NW-LGWAN")),
            qPrintable(details->summary()->toPlainText()));
        const QString undoText = document.undoStack()->text(0); // names both ids, whatever the language
        QVERIFY2(undoText.contains(QStringLiteral("N-LGWAN")) && undoText.contains(QStringLiteral("NW-LGWAN")),
            qPrintable(undoText));
        auto names = [](const Model& m, const QString& id) {
            int n = 0;
            for (const Dependency& d : m.dependencies)
                n += d.from == id || d.to == id;
            for (const Exposure& e : m.exposures)
                n += e.asset == id;
            for (const Scenario& s : m.scenarios) {
                for (const ScenarioChange& c : s.changes)
                    n += c.id == id;
            }
            return n;
        };
        QVERIFY(names(original, QStringLiteral("N-LGWAN")) > 0);
        QCOMPARE(names(after, QStringLiteral("N-LGWAN")), 0);
        QCOMPARE(names(after, QStringLiteral("NW-LGWAN")), names(original, QStringLiteral("N-LGWAN")));

        // A taken id is refused with a message; nothing changes.
        QString said;
        QTimer::singleShot(0, this, [&said] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            said = QApplication::activeModalWidget()->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
            QApplication::activeModalWidget()->close();
        });
        QVERIFY(!model->setData(model->index(row, idColumn), original.assets.first().id));
        QVERIFY2(said.contains(original.assets.first().id), qPrintable(said));
        QCOMPARE(document.undoStack()->count(), 1);

        document.undoStack()->undo();
        QCOMPARE(document.model(), original);
    }

    void windowsShortcuts()
    {
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* saveAs = window.findChild<QAction*>(QStringLiteral("actionSaveAs"));
        QVERIFY(saveAs);
        QCOMPARE(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        auto* redo = window.findChild<QAction*>(QStringLiteral("actionRedo"));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

        Settings settings = document.model().settings;
        settings.appetite += 1;
        QCOMPARE(document.edit(QStringLiteral("appetite"), {ModelEdit::replace(0, settings)}), QString());
        for (const QKeySequence& keys :
            {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
            document.undoStack()->undo();
            QCOMPARE(document.undoStack()->index(), 0);
            QTest::keySequence(&window, keys);
            QCOMPARE(document.undoStack()->index(), 1); // redone by the key
        }
    }

    /// The first start (no saved window geometry) opens maximized on the dashboard; the title names
    /// the file beside the model's name.
    void firstStartAndTitle()
    {
        QSettings().remove(QStringLiteral("window"));
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        {
            MainWindow window(&document);
            QCOMPARE(window.currentPage(), MainWindow::Dashboard);
            window.showAtStart();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.windowState() & Qt::WindowMaximized);
            QVERIFY(!window.windowTitle().contains(QStringLiteral(".mamori")));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("ward-2026.mamori"));
            QCOMPARE(document.saveAs(path), QString());
            QTRY_VERIFY2(
                window.windowTitle().contains(QStringLiteral("ward-2026.mamori")), qPrintable(window.windowTitle()));
            QVERIFY(window.windowTitle().contains(QStringLiteral("江戸川区")));
            window.close(); // saves the geometry: the next start restores it instead
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    }

    /// A language given for one run (--lang, installLanguage at start-up) is not saved when the user
    /// confirms the settings without choosing another one; choosing one saves it.
    /// The undo history speaks the window's language after a switch: "Undo 情報資産 … の追加" becomes
    /// "Undo Add asset …", in the Edit menu and in the history list alike.
    void undoTextFollowsTheLanguage()
    {
        installLanguage(QStringLiteral("ja"));
        ProjectDocument document;
        document.reset(BuiltIn::sampleWard(), QString());
        MainWindow window(&document);
        QCOMPARE(
            document.edit(edits::addAsset(document.model(), QStringLiteral("A-UNDO"), Language::Japanese)), QString());
        const QString japanese
            = QCoreApplication::translate("mamori::Edits", "Add asset %1").arg(QStringLiteral("A-UNDO"));
        QVERIFY(japanese != QStringLiteral("Add asset A-UNDO")); // the Japanese translation is installed
        QCOMPARE(document.undoStack()->undoText(), japanese);
        installLanguage(QStringLiteral("en"));
        QTRY_COMPARE(document.undoStack()->undoText(), QStringLiteral("Add asset A-UNDO"));
        const QList<QAction*> undo = window.findChildren<QAction*>(QStringLiteral("actionUndo"));
        QVERIFY(std::any_of(undo.cbegin(), undo.cend(),
            [](const QAction* a) { return a->text().contains(QStringLiteral("Add asset A-UNDO")); }));
        QVERIFY(
            std::none_of(undo.cbegin(), undo.cend(), [&](const QAction* a) { return a->text().contains(japanese); }));
        document.undoStack()->undo();
        QCOMPARE(document.undoStack()->redoText(), QStringLiteral("Add asset A-UNDO"));
    }

    void commandLineLanguageIsForThatRun()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
        installLanguage(QStringLiteral("en")); // as main() does for --lang en
        {
            SettingsDialog dialog;
            static_cast<QDialog&>(dialog).accept();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(currentLanguageCode(), QStringLiteral("en"));
        {
            SettingsDialog dialog;
            auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("languageChoice"));
            choice->setCurrentIndex(choice->findData(QStringLiteral("ja")));
            static_cast<QDialog&>(dialog).accept();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(currentLanguageCode(), QStringLiteral("ja"));
    }

    /// How the Japanese window writes dates is a setting (和暦 unless chosen otherwise), applied at once
    /// and kept for the next start.
    void dateStyleIsASetting()
    {
        QSettings().remove(QStringLiteral("ui/dateStyle"));
        QCOMPARE(savedDateStyle(), DateStyle::Era);
        setDateStyle(savedDateStyle());
        installLanguage(QStringLiteral("ja"));
        QWidget watcher; // any widget: the change reaches every view as a LanguageChange
        int changes = 0;
        struct Counter : QObject {
            int* count;
            explicit Counter(int* c)
                : count(c)
            {
            }
            bool eventFilter(QObject*, QEvent* e) override
            {
                *count += e->type() == QEvent::LanguageChange;
                return false;
            }
        } counter(&changes);
        watcher.installEventFilter(&counter);
        {
            SettingsDialog dialog;
            auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("dateStyleChoice"));
            QVERIFY(choice);
            QVERIFY(choice->currentText().contains(japaneseEraDate(Clock::today())));
            choice->setCurrentIndex(choice->findData(int(DateStyle::Western)));
            static_cast<QDialog&>(dialog).accept();
        }
        QCOMPARE(dateStyle(), DateStyle::Western);
        QCOMPARE(savedDateStyle(), DateStyle::Western);
        QCOMPARE(displayDate(QDate(2026, 12, 2)), QStringLiteral("2026/12/02"));
        QTRY_VERIFY(changes > 0); // posted to every top-level widget
        setDateStyle(DateStyle::Era);
        QSettings().remove(QStringLiteral("ui/dateStyle"));
    }

private:
    /// The generated 1,500-asset ward as a project file, written once by initTestCase() for the tests
    /// that open a ward large enough to be read on a worker with the progress shown.
    QString largeWardPath() const { return m_files.filePath(QStringLiteral("ward-1500.mamori")); }

    QTemporaryDir m_files;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
