#pragma once

// One worksheet part (xl/worksheets/sheetN.xml) as a Sheet: cells placed by their reference (A1,
// AB12; a cell or row without one follows the previous), typed by t="…" and by their style (a number
// in a date format is a Date; in a percent format its text is "50%"), and the merged ranges.

#include "Sheet.h"
#include "XlsxParts.h"

#include <QByteArray>

namespace mamori::sheets::xlsx {

struct WorksheetContext {
    const SharedStrings& strings;
    const Styles& styles;
    bool date1904 = false;
};

struct WorksheetResult {
    Sheet sheet; ///< without its name; trailing empty cells and rows dropped
    XmlProblem problem; ///< not well-formed XML, or a cell that cannot be (a reference out of range…)
    bool tooManyCells = false; ///< the sheet spans more than kMaxCells
};

WorksheetResult parseWorksheet(const QByteArray& data, const WorksheetContext& context);

/// A cell reference ("A1", "AB12", "XFD1048576") as a 0-based row and column; nothing when malformed
/// or beyond Excel's 1,048,576 rows and 16,384 columns.
struct CellReference {
    int row = 0, column = 0;
};
std::optional<CellReference> parseCellReference(QStringView reference);

/// The text Excel shows for a number in the General format: 101 not 101.0, 0.1+0.2 as 0.3.
QString numberText(double value);

} // namespace mamori::sheets::xlsx
