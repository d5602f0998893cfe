#pragma once

// Finds a sheet's header: the row among the first ones that names most fields of the register,
// below any title and blank rows, combined with the row above or below when the header takes two
// rows under merged cells (評価値 over 機密性/完全性/可用性; 管理番号 merged down over both rows).

#include "SheetColumns.h"
#include "SheetMapping.h"
#include "sheets/Sheet.h"

namespace mamori::sheets {

/// How many rows from the top the header is looked for in.
inline constexpr int kHeaderSearchRows = 30;

/// One column of the sheet and what it is read as.
struct SheetColumn {
    int column = 0; ///< 0-based
    QString header; ///< as written (line breaks folded), for messages and attribute names
    const FieldSpec* field = nullptr; ///< null: an attribute (or ignored)
    bool ignored = false; ///< the user's mapping said "ignore"
};

struct HeaderLayout {
    int firstRow = -1; ///< 0-based; -1 when no row names any field
    int lastRow = -1; ///< the data starts below it
    QList<SheetColumn> columns;
    int matched = 0; ///< how many fields the header names
    bool found() const { return firstRow >= 0; }
};

/// The header of `sheet` read as register `reg`, with the user's mapping applied (its columns and
/// header_row win over what is detected).
HeaderLayout detectHeader(const Sheet& sheet, Register reg, const SheetMapping& mapping);

/// The column's letter as Excel shows it (0 → A, 26 → AA).
QString columnLetter(int column);

} // namespace mamori::sheets
