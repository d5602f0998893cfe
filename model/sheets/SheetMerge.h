#pragma once

// The merge of one register's rows into a working copy of the model (SheetImport.cpp drives it
// over the sheets of a workbook). Internal to the sheets library.

#include "SheetHeader.h"
#include "SheetImport.h"
#include "SheetValues.h"
#include "UnitScope.h"

#include <QHash>

namespace mamori::sheets {

/// Where an item of the merged model came from: its row, and the column of each field it was given.
struct RowOrigin {
    Register reg = Register::Assets;
    QString item; ///< itemKey of the item
    QString sheet;
    int row = 0; ///< 0-based
    QHash<QString, std::pair<int, QString>> columns; ///< field key → the column (0-based) and its header
};

/// The model as the merge has made it so far, the edits that made it, and every problem found.
struct MergeState {
    Model model;
    QList<ModelEdit> edits;
    InputErrors errors;
    QList<ProblemCell> problemCells;
    QStringList newOrgUnits;
    QList<RowOrigin> origins;
    QString file;
    bool nameSheets = false; ///< places name the sheet (a workbook of several)
    /// Where an item the sheets do not mention counts as missing (a department's workbook: its units).
    UnitScope scope;
    QSet<QString> listedUnits; ///< the org units the org-unit sheet lists (ids)

    void apply(const ModelEdit& edit)
    {
        applyEdit(model, edit);
        edits.append(edit);
    }
    void applyAll(const QList<ModelEdit>& list)
    {
        for (const ModelEdit& e : list)
            apply(e);
    }
    /// A problem in (row, column) of `sheet` (0-based; column -1 for the whole row).
    void problem(const QString& sheet, int row, int column, const QString& header, const QString& what);
};

/// Merges the rows of `sheet` below `layout`'s header as register `reg`.
RegisterSummary mergeRegister(MergeState& state, const Sheet& sheet, Register reg, const HeaderLayout& layout,
    const ValueContext& context, bool removeMissing);

} // namespace mamori::sheets
