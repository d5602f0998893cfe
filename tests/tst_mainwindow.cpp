// The desktop window on the offscreen platform, driven as a user would: it opens on the sample
// ward; editing a control's status in the register updates the risk register, the heat map and the
// status bar at once; undo restores everything; the register refuses an invalid value; the heat map
// filters the register; switching the language retranslates the window.

#include "BuiltIn.h"
#include "RiskMatrix.h"
#include "TestSupport.h"
#include "Translations.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "risk/DetailsPanel.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskRegisterPage.h"
#include "widgets/BusyIndicator.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/IdDialog.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace mamori;

namespace {
using mamori::test::columnOf;
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and recovery in a throwaway location
        installLanguage(QStringLiteral("ja"));
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
        QVERIFY2(totals->text().contains(QString::number(document.assessment()->assessment().risks.size())),
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
