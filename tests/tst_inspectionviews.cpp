// The self-inspection in the window (policy §9): the preview of a returned checklist (its status
// changes and what they move in the residual risk), Apply as one undo step, the Self-inspection page
// on a ward with two returned checklists, and status_by_unit in the control register and editor.

#include "BuiltIn.h"
#include "EnumNames.h"
#include "ModelEdit.h"
#include "TestSupport.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "editors/ControlEditorDialog.h"
#include "engine/Assessment.h"
#include "inspection/CheckItems.h"
#include "inspection/InspectionActions.h"
#include "inspection/InspectionApply.h"
#include "inspection/InspectionPreviewDialog.h"
#include "inspection/InspectionsPage.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"
#include "sheets/InspectionSheet.h"
#include "sheets/SheetReader.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace mamori;
using namespace mamori::sheets;

namespace {

/// With MAMORI_SCREENSHOT_DIR set, `widget` as shown, saved there as `name` (to look at the layout).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MAMORI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1100, 640);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

const QString kKumin = QStringLiteral("DEP-KUMIN");

Cell text(const QString& s)
{
    return {Cell::Kind::Text, s, std::nullopt, {}};
}

/// The checklist of `unit` for FY2026 as a department returns it: every item answered `answer`
/// (the first item `first` when given), as a workbook read back.
Workbook filledChecklist(const Model& model, const QString& unit, const QString& answer, const QString& first = {})
{
    const SheetOut out
        = inspectionTemplate(model, model.orgUnits[indexOfId(model.orgUnits, unit)], 2026, Language::Japanese);
    Sheet sheet;
    sheet.name = out.name;
    sheet.rows = out.titleRows;
    QList<Cell> header;
    for (const QString& h : out.headers)
        header.append(text(h));
    sheet.rows.append(header);
    for (qsizetype r = 0; r < out.rows.size(); ++r) {
        QList<Cell> row = out.rows[r];
        row.resize(7);
        row[4] = text(r == 0 && !first.isEmpty() ? first : answer);
        sheet.rows.append(row);
    }
    Workbook book;
    book.path = QStringLiteral("returned.xlsx");
    book.sheets = {sheet};
    return book;
}

/// A second unit of the sample ward with something to inspect.
QString otherUnit(const Model& model)
{
    for (const OrgUnit& u : model.orgUnits) {
        if (u.id != kKumin && !controlsToInspect(model, u.id).isEmpty())
            return u.id;
    }
    return {};
}

} // namespace

class TestInspectionViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewShowsChangesAndResidual()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        InspectionPreviewDialog dialog(&d, filledChecklist(original, kKumin, QStringLiteral("いいえ")),
            QStringLiteral("returned.xlsx"), 2026, nullptr);
        QVERIFY2(dialog.read().ok(), qPrintable(dialog.read().errors.value(0).toString()));
        const QList<StatusChange> expected = inspectionStatusChanges(original, dialog.read().inspection);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dialog.read().changes, expected);
        QCOMPARE(dialog.changesTable()->rowCount(), expected.size());
        const StatusChange& c = expected.first();
        QCOMPARE(dialog.changesTable()->item(0, InspectionPreviewDialog::ControlColumn)->text(), c.control);
        QCOMPARE(dialog.changesTable()->item(0, InspectionPreviewDialog::AfterColumn)->text(),
            EnumNames::name(ControlStatus::None));

        // Every control found missing at the unit: its risks' residual can only grow.
        Model after = original;
        applyStatusChanges(after, expected);
        const Assessment before = assess(original);
        const Assessment changed = assess(after);
        QCOMPARE(dialog.effect().residualBefore, before.totals.residual);
        QCOMPARE(dialog.effect().residualAfter, changed.totals.residual);
        QCOMPARE(dialog.effect().aboveBefore, before.totals.aboveAppetite);
        QCOMPARE(dialog.effect().aboveAfter, changed.totals.aboveAppetite);
        QVERIFY(dialog.effect().residualAfter > dialog.effect().residualBefore);
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(dialog.problemsList()->isHidden());
        screenshot(&dialog, QStringLiteral("inspection-preview.png"));
    }

    void previewListsProblemsAndRefusesApply()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        InspectionPreviewDialog dialog(&d,
            filledChecklist(d.model(), kKumin, QStringLiteral("はい"), QStringLiteral("たぶん")),
            QStringLiteral("returned.xlsx"), 2026, nullptr);
        QVERIFY(!dialog.read().ok());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.problemsList()->count() >= 1);
        QVERIFY2(dialog.problemsList()->item(0)->text().contains(QStringLiteral("row ")),
            qPrintable(dialog.problemsList()->item(0)->text()));
        QVERIFY(dialog.problemsList()->item(0)->text().contains(QStringLiteral("たぶん")));
        // Another year than the sheet's: a problem of its own, placed on the sheet.
        dialog.fiscalYearBox()->setValue(2025);
        QVERIFY(!dialog.read().ok());
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    void applyIsOneUndoStep()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        InspectionPreviewDialog dialog(&d, filledChecklist(original, kKumin, QStringLiteral("一部")),
            QStringLiteral("returned.xlsx"), 2026, nullptr);
        QVERIFY(dialog.read().ok());
        const int steps = d.undoStack()->count();
        dialog.apply();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(d.undoStack()->count(), steps + 1);
        Model expected = original;
        applyInspection(expected, dialog.read().inspection);
        QCOMPARE(d.model(), expected);
        QCOMPARE(d.model().inspections.size(), original.inspections.size() + 1);
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.undoStack()->redo();
        QCOMPARE(d.model(), expected);

        // The same unit and year again replaces its record: still one record, one more step.
        const UserEdit again = edits::applyInspection(d.model(), dialog.read().inspection, {});
        QVERIFY(again.ok());
        QCOMPARE(again.edits.size(), 1);
        QCOMPARE(again.edits.first().op, ModelEdit::Op::Replace);
    }

    void pageShowsUnitsAndControls()
    {
        Model ward = BuiltIn::sampleWard();
        const QString other = otherUnit(ward);
        QVERIFY(!other.isEmpty());
        for (const auto& [unit, answer] :
            {std::pair {kKumin, QStringLiteral("はい")}, {other, QStringLiteral("いいえ")}}) {
            const InspectionRead r = readInspection(filledChecklist(ward, unit, answer), ward, {2026, {}, {}, {}});
            QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
            applyInspection(ward, r.inspection);
        }
        ProjectDocument d;
        d.reset(ward, QString());
        InspectionsPage page(&d);
        // The years of the records, the latest first and chosen.
        QVERIFY(page.yearBox()->count() >= 1);
        QCOMPARE(page.yearBox()->currentData().toInt(), 2026);
        QCOMPARE(page.yearBox()->itemData(0).toInt(), 2026);
        const int kumin = int(page.units().indexOf(kKumin));
        const int second = int(page.units().indexOf(other));
        QVERIFY(kumin >= 0 && second >= 0);
        QVERIFY(kumin < 2 && second < 2); // the units that returned their checklist come first
        QTableWidget* units = page.unitsTable();
        const Inspection& ki = ward.inspections[ward.inspections.size() - 2];
        QCOMPARE(units->item(kumin, InspectionsPage::AnswersColumn)->text(), QString::number(ki.answers.size()));
        QVERIFY(units->item(kumin, InspectionsPage::YesColumn)->text().startsWith(QStringLiteral("100")));
        QCOMPARE(units->item(kumin, InspectionsPage::NoneColumn)->text(), QStringLiteral("0"));
        QVERIFY(units->item(second, InspectionsPage::YesColumn)->text().startsWith(QStringLiteral("0")));
        QCOMPARE(units->item(second, InspectionsPage::NoneColumn)->text(),
            QString::number(controlsToInspect(ward, other).size()));
        for (int row = 0; row < units->rowCount(); ++row) {
            if (row != kumin && row != second)
                QVERIFY(units->item(row, InspectionsPage::DateColumn)->text().isEmpty());
        }

        // Per control: each unit's own status, else the control's.
        QTableWidget* controls = page.controlsTable();
        QCOMPARE(controls->columnCount(), page.units().size() + 1);
        const Control* k = controlsToInspect(ward, other).first();
        int row = -1;
        for (int r = 0; r < controls->rowCount(); ++r) {
            if (controls->item(r, 0)->text().startsWith(k->id + QLatin1Char(' ')))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(controls->item(row, second + 1)->text(), EnumNames::name(ControlStatus::None));

        // The page follows the document: undoing nothing here, but a new edit of the status shows.
        Control changed = ward.controls[indexOfId(ward.controls, k->id)];
        changed.statusByUnit[other] = ControlStatus::Partial;
        QVERIFY(d.edit(edits::replaceItem(d.model(), k->id, changed)).isEmpty());
        QCOMPARE(page.controlsTable()->item(row, second + 1)->text(), EnumNames::name(ControlStatus::Partial));

        screenshot(&page, QStringLiteral("inspections-page.png"));
        QDialog* answers = page.openAnswers(kumin);
        QVERIFY(answers);
        auto* table = answers->findChild<QTableWidget*>(QStringLiteral("answers"));
        QCOMPARE(table->rowCount(), ki.answers.size());
        QCOMPARE(table->item(0, 0)->text(), ki.answers.first().control);
        answers->close();
    }

    void checklistWrittenAndTheWindowOffersIt()
    {
        const Model ward = BuiltIn::sampleWard();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kumin.xlsx"));
        QCOMPARE(writeChecklist(nullptr, ward, kKumin, 2026, path), QString());
        const ReadResult back = readSheetFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        // Read back as the department returns it, unanswered: refused, since nothing was answered.
        const InspectionRead blank = readInspection(back.workbook, ward, {2026, {}, {}, {}});
        QVERIFY(!blank.ok());
        bool namesUnit = false;
        for (const QList<Cell>& row : back.workbook.sheets.first().rows.mid(0, 4)) {
            for (const Cell& c : row)
                namesUnit = namesUnit || c.text == kKumin;
        }
        QVERIFY(namesUnit);
        QCOMPARE(blank.emptyAnswers, checklistFor(ward, kKumin, CheckItems::builtIn()).size());
        QVERIFY(!writeChecklist(nullptr, ward, QStringLiteral("NO-SUCH-UNIT"), 2026, path).isEmpty());

        ProjectDocument d;
        d.reset(ward, QString());
        MainWindow window(&d);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionWriteChecklist")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionApplyChecklist")));
        QVERIFY(window.findChild<InspectionsPage*>());
        auto* navigator = window.findChild<QListWidget*>(QStringLiteral("navigator"));
        QVERIFY(navigator);
        QCOMPARE(navigator->item(MainWindow::Inspections)->text(), QStringLiteral("Self-inspection"));
        QCOMPARE(navigator->item(MainWindow::Inspections - 1)->text(), QStringLiteral("Findings"));
    }

    void controlEditorStatusByUnitRoundTrip()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        qsizetype index = 0;
        while (!original.controls[index].statusByUnit.isEmpty())
            ++index;
        {
            ControlEditorDialog dialog(&d, index);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("unitStatuses"));
            QCOMPARE(table->rowCount(), 0);
            dialog.findChild<QPushButton*>(QStringLiteral("addUnitStatus"))->click();
            QCOMPARE(table->rowCount(), 1);
            auto* unit = qobject_cast<QComboBox*>(table->cellWidget(0, ControlEditorDialog::UnitColumn));
            auto* status = qobject_cast<QComboBox*>(table->cellWidget(0, ControlEditorDialog::UnitStatusColumn));
            unit->setCurrentIndex(unit->findData(kKumin));
            status->setCurrentIndex(status->findData(QStringLiteral("partial")));
            dialog.accept();
            QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));
        }
        QCOMPARE(d.undoStack()->count(), 1);
        const QMap<QString, ControlStatus> expected {{kKumin, ControlStatus::Partial}};
        QCOMPARE(d.model().controls[index].statusByUnit, expected);

        RegisterTableModel* controls = makeControlRegister(&d, &d);
        const int column = test::columnOf(*controls, "Status by unit");
        const QString shown = controls->data(controls->index(int(index), column)).toString();
        QCOMPARE(shown, unitStatusesText(d.model(), expected));
        QVERIFY(shown.endsWith(QStringLiteral(": ") + EnumNames::name(ControlStatus::Partial)));
        QVERIFY(!shown.contains(kKumin)); // by the unit's name

        {
            ControlEditorDialog dialog(&d, index);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("unitStatuses"));
            QCOMPARE(table->rowCount(), 1);
            qobject_cast<QToolButton*>(table->cellWidget(0, ControlEditorDialog::UnitRemoveColumn))->click();
            QCOMPARE(table->rowCount(), 0);
            dialog.accept();
        }
        QCOMPARE(d.undoStack()->count(), 2);
        QCOMPARE(d.model(), original);
    }
};

QTEST_MAIN(TestInspectionViews)
#include "tst_inspectionviews.moc"
