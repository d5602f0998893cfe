#pragma once

// Writing a workbook (.xlsx) with libxlsxwriter: one sheet per table, a frozen and filtered header
// row, columns as wide as what they hold (a kanji counts twice), drop-down lists on vocabulary
// columns, dates as Excel dates, and read-only sheets for what Mamori computes. The file appears only
// when complete: written beside the target first, then moved over it.

#include "sheets/Sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mamori::sheets {

/// One sheet to write: a header row and rows of cells (Cell::Kind says how each is written).
struct SheetOut {
    QString name; ///< at most 31 characters, none of []:*?/\ (replaced by _)
    QStringList headers;
    QList<QStringList> choices; ///< per column, the values offered in a drop-down (empty: none)
    /// Per column, Excel's number format for its Number cells ("0.00", "#,##0"); empty: General. The
    /// cell keeps the full value and Excel shows it rounded.
    QStringList numberFormats;
    QList<QList<Cell>> rows;
    bool readOnly = false; ///< protected: computed values the ward reads but does not edit
    /// Rows above the header (a form's title, whom and which year it is for); their first cell bold.
    /// The header, the frozen panes, the filter and the drop-downs move down below them.
    QList<QList<Cell>> titleRows;
    /// Per column, a fixed width in Excel's character units; missing or 0: as wide as what it holds.
    QList<double> widths;
    bool wrap = false; ///< every text cell wraps within its column (long questions in a form)
};

/// The width, in Excel's character units, that `text` needs: full-width characters count twice.
double displayWidth(const QString& text);

/// Writes `sheets` to `path`, replacing the file only when the whole workbook is written. `dateFormat`
/// is Excel's number format for date cells (e.g. "yyyy/m/d"). Returns an empty string, or why the
/// file could not be written in the user's words (translated), naming the file.
QString writeXlsx(
    const QList<SheetOut>& sheets, const QString& path, const QString& dateFormat = QStringLiteral("yyyy-mm-dd"));

} // namespace mamori::sheets
