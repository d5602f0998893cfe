#pragma once

// The File menu's self-inspection actions (policy §9), beside the spreadsheet actions: Write a
// department's checklist… (a unit and fiscal year, then the .xlsx, written on a worker thread) and
// Apply a returned checklist… (the file read on a worker thread, then InspectionPreviewDialog).

#include "Model.h"
#include "sheets/SheetActions.h"

namespace mamori {

/// Asks for a unit and a fiscal year (the current one by default): false when cancelled.
bool chooseChecklistUnit(QWidget* window, const Model& model, QString& unit, int& fiscalYear);

/// Writes the checklist of `unit` for `fiscalYear` to `path` in the window's language; an empty
/// string, else why it was not written (the unit has nothing to inspect, the file cannot be written).
QString writeChecklist(QWidget* window, const Model& model, const QString& unit, int fiscalYear, const QString& path);

/// Reads `path` and shows the preview; true when the inspection was applied (`status` told so).
bool applyChecklistFile(QWidget* window, ProjectDocument* document, const QString& path, const StatusMessage& status);

/// Adds Write a department's checklist… and Apply a returned checklist… to `menu` (object names
/// actionWriteChecklist, actionApplyChecklist).
void addInspectionActions(QMenu* menu, QWidget* window, ProjectDocument* document, const StatusMessage& status);

} // namespace mamori
