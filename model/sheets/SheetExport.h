#pragma once

// The project's registers written as the ward works with them: a workbook (.xlsx) with one sheet per
// register (org units, assets, dependencies, threats, exposures, controls, plan) and a read-only risk
// register with the computed scores, or one register as CSV. Headers and vocabulary words in the
// chosen language (Japanese by default), so a department fills in the sheet it is sent and
// import-sheet takes it back unchanged: exporting a project and importing the workbook into an empty
// one gives the same registers.

#include "LocalizedText.h"
#include "SheetColumns.h"
#include "sheets/Sheet.h"
#include "sheets/XlsxWriter.h"

#include <functional>

namespace mamori {
struct Model;
}

namespace mamori::sheets {

struct ExportOptions {
    QList<Register> what; ///< the registers to write; empty: all of them
    bool riskRegister = true; ///< the computed risk register as a read-only sheet (workbooks only)
    Language language = Language::Japanese; ///< headers and vocabulary words
    /// An org unit's id: only its inventory (the assets it owns or that a sub-unit of it owns, and
    /// the dependencies, exposures and risks among them), to send to the department and take back.
    QString unit;
    TextEncoding encoding = TextEncoding::Utf8Bom; ///< for CSV: Utf8Bom (Excel reads it) or Cp932
    /// Called now and then with the share done (0..1); returning false cancels the export.
    std::function<bool(double)> progress;
};

/// The sheets of the workbook `options` describe for `model`. Empty with `error` set when the unit
/// is unknown.
QList<SheetOut> exportSheets(const Model& model, const ExportOptions& options, QString* error = nullptr);

/// What writing an export file gave: nothing (ok), or why not, in the user's words, naming the file.
struct ExportFileResult {
    QString error;
    /// The project or the options are at fault (an unknown unit, a character CP932 lacks, a CSV of
    /// several registers), not the disk: mamori-cli exits with 2 rather than 1.
    bool inputError = false;
    bool ok() const { return error.isEmpty(); }
};

/// exportSheetFile() saying whose fault a failure is. A CSV of no register named writes the assets.
/// CP932: a character it lacks refuses the export, naming the row, the column and the character
/// (never written as '?': the name would come back changed).
ExportFileResult writeSheetFile(const Model& model, const QString& path, const ExportOptions& options);

/// Writes `path`: a workbook for .xlsx, one register as CSV for .csv (`options.what` must then name
/// one register). Nothing is left at `path` unless it is complete. Returns an empty string, or why
/// not in the user's words, naming the file.
QString exportSheetFile(const Model& model, const QString& path, const ExportOptions& options);

} // namespace mamori::sheets
