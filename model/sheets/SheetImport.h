#pragma once

// The merge of a ward's spreadsheet into a project, all or nothing: either every problem with its
// place (`mic.csv: row 15, column 機密性: "4" is not one of 1, 2, 3`), or the ModelEdits that turn
// the project into the merged one (the app pushes them as one undo step, the CLI applies them) and
// what they change. Rows whose id exists update the fields their non-empty cells give; new ids are
// added; items the sheet does not mention stay (listed as missing) unless removeMissing; a
// department's workbook (ImportOptions::unit) has missing items only among that department's. Importing
// the same sheet again gives no edits. The merged model must pass validate().
//
// Ids: a purely numeric 管理番号 n is the asset A- and n in four digits; without an id column rows
// match assets (and other named items) by name in either language; unknown org units named as an
// owner are created. Columns of no field are kept in the asset's attributes under their header.

#include "InputError.h"
#include "ModelEdit.h"
#include "SheetColumns.h"
#include "SheetMapping.h"
#include "sheets/Sheet.h"

namespace mamori::sheets {

struct ImportOptions {
    std::optional<Register>
        what; ///< default: the mapping's register, else assets (every register of an exported workbook)
    QString sheet; ///< the sheet to read; empty: the one sheet that holds the register
    std::optional<Scale> scale; ///< default: the mapping's, else mic
    SheetMapping mapping;
    bool removeMissing = false;
    /// An org unit's id: items count as missing only inside this unit's inventory (UnitScope.h). Empty:
    /// a workbook the exporter wrote for one department (its org-unit sheet lists only some of the
    /// project's units) limits missing to the units it lists; any other sheet covers the whole project.
    QString unit;
};

struct FieldChange {
    QString field; ///< the field's key, or "@" + an attribute's header
    QString before;
    QString after;
    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

struct ItemUpdate {
    QString item; ///< the id, or the pair a dependency or exposure joins
    QList<FieldChange> changes;
};

/// What the merge does to one register.
struct RegisterSummary {
    Register reg = Register::Assets;
    QString sheet;
    int headerRow = 0; ///< 1-based, the header's last row
    QStringList added;
    QList<ItemUpdate> updated;
    int unchanged = 0;
    QStringList missing; ///< in the project, not in the sheet
    bool missingRemoved = false;
};

/// A cell with a problem, for the dialog to mark (0-based).
struct ProblemCell {
    QString sheet;
    int row = 0;
    int column = 0; ///< -1: the whole row
    qsizetype error = -1; ///< the index of its message in ImportResult::errors
};

struct ImportResult {
    InputErrors errors; ///< every problem; when any, `edits` is empty
    QList<ProblemCell> problemCells;
    QList<ModelEdit> edits;
    QList<RegisterSummary> registers;
    QStringList newOrgUnits; ///< ids of the org units the import creates
    QStringList scopeUnits; ///< the units missing items were looked for in (sorted); empty: the whole project
    bool ok() const { return errors.isEmpty(); }
};

/// Merges the sheet (or sheets) of `workbook` that `options` select into `model`.
ImportResult importWorkbook(const Workbook& workbook, const Model& model, const ImportOptions& options);

/// Merges one sheet, read as `reg`; `file` names it in messages.
ImportResult importSheet(
    const Sheet& sheet, const QString& file, Register reg, const Model& model, const ImportOptions& options);

} // namespace mamori::sheets
