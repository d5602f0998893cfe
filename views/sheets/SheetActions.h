#pragma once

// The File menu's spreadsheet actions: Import from spreadsheet… (the file read on a worker thread,
// then SheetImportDialog), Export to Excel… (every register and the risk register) and Export a
// department's inventory… (one org unit's assets, to send out and take back), both written on a
// worker thread with progress and Cancel. Files are chosen in the folder of the last spreadsheet.

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace mamori {

class ProjectDocument;

/// Tells the window what to say on its status bar (what was imported, where a file went).
using StatusMessage = std::function<void(const QString& message)>;

/// The folder of the last spreadsheet read or written (inventories, checklists), else the project's:
/// where the next file dialog opens.
QString spreadsheetFolder(const ProjectDocument* document);
/// Remembers the folder of `path` for spreadsheetFolder().
void rememberSpreadsheetFolder(const QString& path);

/// Reads `path` (showing progress if it takes a while) and shows the import dialog on it; `status` is
/// told what was imported. False when the file cannot be read (the user was told) or nothing was
/// imported.
bool importSpreadsheetFile(
    QWidget* window, ProjectDocument* document, const QString& path, const StatusMessage& status);

/// Adds Import from spreadsheet… (Ctrl+I), Export to Excel… and Export a department's inventory… to
/// `menu`, with the object names tests find them by.
void addSheetActions(QMenu* menu, QWidget* window, ProjectDocument* document, const StatusMessage& status);

} // namespace mamori
