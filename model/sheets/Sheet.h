#pragma once

// A spreadsheet as the importers see it, whatever file it came from (.xlsx or .csv): named sheets of
// cells by row and column, with what the file said about each cell's type, and the merged ranges
// (two header rows under merged cells: 評価値 over 機密性/完全性/可用性). The readers
// (CsvReader, XlsxReader) fill it; the mapping (SheetMapping) reads it. No Qt Gui, no Widgets.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mamori::sheets {

/// One cell as the file stored it. `text` is always set: what the user sees in Excel for text and
/// numbers (a number stored as a number reads "101", never "101.0"; a text "003" stays "003"); a date
/// cell has `date` and its ISO text.
struct Cell {
    enum class Kind { Empty, Text, Number, Date, Boolean };
    Kind kind = Kind::Empty;
    QString text;
    std::optional<double> number; ///< for Kind::Number (and Boolean: 0 or 1)
    QDate date; ///< for Kind::Date

    bool isEmpty() const { return kind == Kind::Empty || text.trimmed().isEmpty(); }
    friend bool operator==(const Cell&, const Cell&) = default;
};

/// A rectangle of merged cells, 0-based and inclusive; the value sits in its top-left cell.
struct MergedRange {
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
    friend bool operator==(const MergedRange&, const MergedRange&) = default;
};

struct Sheet {
    QString name; ///< the tab's name; the file's base name for a CSV
    QList<QList<Cell>> rows; ///< 0-based; rows may differ in length; trailing empty rows dropped
    QList<MergedRange> merged;

    /// The cell at (row, column), an empty cell outside the data.
    const Cell& at(int row, int column) const
    {
        static const Cell empty;
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return empty;
        return rows[row][column];
    }
};

/// The text encoding a CSV was read in, as detected; None for an .xlsx.
enum class TextEncoding { None, Utf8, Utf8Bom, Utf16LeBom, Cp932 };

struct Workbook {
    QString path;
    QList<Sheet> sheets;
    TextEncoding encoding = TextEncoding::None; ///< for a CSV: what the reader detected (the dialog shows it)
};

/// What reading a file gave: the workbook, or why it could not be read (the file and the reason, in
/// the user's words, translated).
struct ReadResult {
    Workbook workbook;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace mamori::sheets
