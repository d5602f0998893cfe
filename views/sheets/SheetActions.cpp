#include "sheets/SheetActions.h"

#include "DisplayLanguage.h"
#include "document/ProjectDocument.h"
#include "sheets/SheetExport.h"
#include "sheets/SheetImportDialog.h"
#include "sheets/SheetReader.h"
#include "widgets/WorkerProgress.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetActions)
};

const QString kFolderKey = QStringLiteral("sheets/folder");

void importSpreadsheet(QWidget* window, ProjectDocument* document, const StatusMessage& status)
{
    const QString path = QFileDialog::getOpenFileName(window, Tr::tr("Import from spreadsheet"),
        spreadsheetFolder(document), Tr::tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberSpreadsheetFolder(path);
    importSpreadsheetFile(window, document, path, status);
}

/// Writes `options` of the document's model to `path` on a worker thread; the status bar says where
/// the file went, a message box why it was not written.
void exportWithProgress(QWidget* window, ProjectDocument* document, const QString& path, sheets::ExportOptions options,
    const StatusMessage& status)
{
    rememberSpreadsheetFolder(path);
    const Model model = document->model(); // the worker's own copy: the user may go on editing
    bool cancelled = false;
    QString error;
    runInWorker(window, Tr::tr("Writing %1…").arg(QFileInfo(path).fileName()), Tr::tr("Cancel"),
        [&](const WorkProgress& progress) {
            options.progress = [&](double share) {
                cancelled = !progress(share);
                return !cancelled;
            };
            error = sheets::exportSheetFile(model, path, options);
        });
    if (cancelled)
        status(Tr::tr("Export cancelled: nothing was written"));
    else if (!error.isEmpty())
        QMessageBox::warning(window, Tr::tr("Export"), error);
    else
        status(Tr::tr("Written to %1").arg(QDir::toNativeSeparators(path)));
}

/// The org unit whose inventory to export, chosen from the project's (empty: none chosen).
QString chooseUnit(QWidget* window, const Model& model)
{
    if (model.orgUnits.isEmpty()) {
        QMessageBox::information(window, Tr::tr("Export a department's inventory"),
            Tr::tr("The project has no org units: add them in an asset's owner first."));
        return {};
    }
    QStringList items;
    for (const OrgUnit& u : model.orgUnits)
        items << QStringLiteral("%1  %2").arg(u.id, u.name.text(displayLanguage()));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        window, Tr::tr("Export a department's inventory"), Tr::tr("Org unit:"), items, 0, false, &ok);
    const qsizetype i = items.indexOf(chosen);
    return ok && i >= 0 ? model.orgUnits[i].id : QString();
}

QString xlsxPath(QWidget* window, const ProjectDocument* document, const QString& title, const QString& suffix)
{
    const QString base = document->filePath().isEmpty() ? QStringLiteral("mamori")
                                                        : QFileInfo(document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(window, title,
        spreadsheetFolder(document) + QLatin1Char('/') + base + suffix, Tr::tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    return path;
}

} // namespace

QString spreadsheetFolder(const ProjectDocument* document)
{
    const QString saved = QSettings().value(kFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return document->filePath().isEmpty() ? QString() : QFileInfo(document->filePath()).absolutePath();
}

void rememberSpreadsheetFolder(const QString& path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

bool importSpreadsheetFile(QWidget* window, ProjectDocument* document, const QString& path, const StatusMessage& status)
{
    sheets::ReadResult read;
    runInWorker(window, Tr::tr("Reading %1…").arg(QFileInfo(path).fileName()), QString(),
        [&](const WorkProgress&) { read = sheets::readSheetFile(path); });
    if (!read.ok()) {
        QMessageBox::warning(window, Tr::tr("Import from spreadsheet"), read.error);
        return false;
    }
    SheetImportDialog dialog(document, std::move(read.workbook), window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    status(dialog.importedMessage());
    return true;
}

void addSheetActions(QMenu* menu, QWidget* window, ProjectDocument* document, const StatusMessage& status)
{
    QAction* import = menu->addAction(
        Tr::tr("&Import from spreadsheet…"), window, [=] { importSpreadsheet(window, document, status); });
    import->setObjectName(QStringLiteral("actionImportSheet"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    menu->addAction(Tr::tr("Export to E&xcel…"), window,
            [=] {
                const QString path = xlsxPath(window, document, Tr::tr("Export to Excel"), QStringLiteral(".xlsx"));
                if (path.isEmpty())
                    return;
                sheets::ExportOptions options;
                options.language = displayLanguage();
                exportWithProgress(window, document, path, options, status);
            })
        ->setObjectName(QStringLiteral("actionExportWorkbook"));

    menu->addAction(Tr::tr("Export a &department's inventory…"), window,
            [=] {
                const QString unit = chooseUnit(window, document->model());
                if (unit.isEmpty())
                    return;
                const QString path = xlsxPath(window, document, Tr::tr("Export a department's inventory"),
                    QLatin1Char('-') + unit + QStringLiteral(".xlsx"));
                if (path.isEmpty())
                    return;
                sheets::ExportOptions options;
                options.language = displayLanguage();
                options.unit = unit;
                exportWithProgress(window, document, path, options, status);
            })
        ->setObjectName(QStringLiteral("actionExportInventory"));
}

} // namespace mamori
