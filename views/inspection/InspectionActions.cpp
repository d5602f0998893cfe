#include "inspection/InspectionActions.h"

#include "Clock.h"
#include "DisplayLanguage.h"
#include "FiscalYear.h"
#include "document/ProjectDocument.h"
#include "inspection/InspectionPreviewDialog.h"
#include "sheets/InspectionSheet.h"
#include "sheets/SheetReader.h"
#include "widgets/WorkerProgress.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::InspectionActions)
};

void writeChecklistAction(QWidget* window, ProjectDocument* document, const StatusMessage& status)
{
    const Model& model = document->model();
    QString unit;
    int year = 0;
    if (!chooseChecklistUnit(window, model, unit, year))
        return;
    QString path = QFileDialog::getSaveFileName(window, Tr::tr("Write a department's checklist"),
        spreadsheetFolder(document) + QStringLiteral("/%1-%2.xlsx").arg(unit, QString::number(year)),
        Tr::tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    rememberSpreadsheetFolder(path);
    if (const QString error = writeChecklist(window, model, unit, year, path); !error.isEmpty()) {
        QMessageBox::warning(window, Tr::tr("Write a department's checklist"), error);
        return;
    }
    status(Tr::tr("Checklist written to %1").arg(QDir::toNativeSeparators(path)));
}

void applyChecklistAction(QWidget* window, ProjectDocument* document, const StatusMessage& status)
{
    const QString path = QFileDialog::getOpenFileName(window, Tr::tr("Apply a returned checklist"),
        spreadsheetFolder(document), Tr::tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberSpreadsheetFolder(path);
    applyChecklistFile(window, document, path, status);
}

} // namespace

bool chooseChecklistUnit(QWidget* window, const Model& model, QString& unit, int& fiscalYear)
{
    if (model.orgUnits.isEmpty()) {
        QMessageBox::information(window, Tr::tr("Write a department's checklist"),
            Tr::tr("The project has no org units: add them in an asset's owner first."));
        return false;
    }
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("checklistUnitDialog"));
    dialog.setWindowTitle(Tr::tr("Write a department's checklist"));
    auto* form = new QFormLayout(&dialog);
    auto* units = new QComboBox(&dialog);
    units->setObjectName(QStringLiteral("unit"));
    for (const OrgUnit& u : model.orgUnits)
        units->addItem(QStringLiteral("%1  %2").arg(u.id, u.name.text(displayLanguage())), u.id);
    form->addRow(Tr::tr("&Org unit:"), units);
    auto* year = new QSpinBox(&dialog);
    year->setObjectName(QStringLiteral("fiscalYear"));
    year->setRange(1989, 2100);
    year->setValue(fiscalYearOf(Clock::today()));
    form->addRow(Tr::tr("&Fiscal year:"), year);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    unit = units->currentData().toString();
    fiscalYear = year->value();
    return true;
}

QString writeChecklist(QWidget* window, const Model& model, const QString& unit, int fiscalYear, const QString& path)
{
    const qsizetype u = indexOfId(model.orgUnits, unit);
    if (u < 0)
        return Tr::tr("There is no org unit \"%1\".").arg(unit);
    const sheets::SheetOut sheet = sheets::inspectionTemplate(model, model.orgUnits[u], fiscalYear, displayLanguage());
    if (sheet.rows.isEmpty())
        return Tr::tr("%1 owns no asset in the scope of a control: there is nothing to inspect.")
            .arg(model.orgUnits[u].name.text(displayLanguage()));
    QString error;
    runInWorker(window, Tr::tr("Writing %1…").arg(QFileInfo(path).fileName()), QString(),
        [&](const WorkProgress&) { error = sheets::writeXlsx({sheet}, path); });
    return error;
}

bool applyChecklistFile(QWidget* window, ProjectDocument* document, const QString& path, const StatusMessage& status)
{
    sheets::ReadResult read;
    runInWorker(window, Tr::tr("Reading %1…").arg(QFileInfo(path).fileName()), QString(),
        [&](const WorkProgress&) { read = sheets::readSheetFile(path); });
    if (!read.ok()) {
        QMessageBox::warning(window, Tr::tr("Apply a returned checklist"), read.error);
        return false;
    }
    InspectionPreviewDialog dialog(
        document, std::move(read.workbook), QFileInfo(path).fileName(), fiscalYearOf(Clock::today()), window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    status(dialog.appliedMessage());
    return true;
}

void addInspectionActions(QMenu* menu, QWidget* window, ProjectDocument* document, const StatusMessage& status)
{
    menu->addAction(
            Tr::tr("Write a department's &checklist…"), window, [=] { writeChecklistAction(window, document, status); })
        ->setObjectName(QStringLiteral("actionWriteChecklist"));
    menu->addAction(
            Tr::tr("Apply a &returned checklist…"), window, [=] { applyChecklistAction(window, document, status); })
        ->setObjectName(QStringLiteral("actionApplyChecklist"));
}

} // namespace mamori
