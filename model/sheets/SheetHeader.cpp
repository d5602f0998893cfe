#include "SheetHeader.h"

#include "SheetValues.h"

#include <QSet>

namespace mamori::sheets {

namespace {

int columnCount(const Sheet& sheet, int first, int last)
{
    int n = 0;
    for (int r = qMax(first, 0); r <= last && r < sheet.rows.size(); ++r)
        n = qMax(n, int(sheet.rows[r].size()));
    return n;
}

/// The text a merged range shows in (row, column): its top-left cell's, for the cells it covers.
QString shownText(const Sheet& sheet, int row, int column)
{
    if (!sheet.at(row, column).isEmpty())
        return sheet.at(row, column).text;
    for (const MergedRange& m : sheet.merged) {
        if (row >= m.firstRow && row <= m.lastRow && column >= m.firstColumn && column <= m.lastColumn)
            return sheet.at(m.firstRow, m.firstColumn).text;
    }
    return {};
}

/// The header of a column over rows first..last: the lowest non-empty cell, so 機密性 under a merged
/// 評価値, and 管理番号 when the cell below it is empty (merged down or left blank).
QString headerText(const Sheet& sheet, int first, int last, int column)
{
    for (int r = last; r >= first; --r) {
        const QString t = r == last ? sheet.at(r, column).text : shownText(sheet, r, column);
        if (!t.trimmed().isEmpty())
            return foldedText(t);
    }
    return {};
}

const FieldSpec* mappedField(Register reg, const QString& header, const SheetMapping& mapping, bool& ignored)
{
    const QString wanted = mapping.columnFor(header);
    ignored = wanted == QLatin1StringView("ignore");
    if (ignored || wanted == QLatin1StringView("attribute"))
        return nullptr;
    if (!wanted.isEmpty())
        return fieldSpec(reg, wanted);
    return fieldForHeader(reg, header);
}

bool hasData(const Sheet& sheet, int fromRow, int column)
{
    for (int r = fromRow; r < sheet.rows.size(); ++r) {
        if (!sheet.at(r, column).isEmpty())
            return true;
    }
    return false;
}

HeaderLayout layoutOf(const Sheet& sheet, Register reg, const SheetMapping& mapping, int first, int last)
{
    HeaderLayout layout;
    layout.firstRow = first;
    layout.lastRow = last;
    QSet<const FieldSpec*> seen;
    const int columns = columnCount(sheet, first, last);
    for (int c = 0; c < columns; ++c) {
        SheetColumn column {c, headerText(sheet, first, last, c)};
        if (column.header.isEmpty()) {
            if (!hasData(sheet, last + 1, c))
                continue; // a trailing or spacing column
            // The header is the key of the attribute the column's cells are kept under: the same in
            // every language of the window, so that importing the file again finds it.
            column.header = QStringLiteral("列") + columnLetter(c);
        }
        column.field = mappedField(reg, column.header, mapping, column.ignored);
        // A second column of the same field keeps its values as an attribute rather than losing them.
        if (column.field && seen.contains(column.field))
            column.field = nullptr;
        if (column.field) {
            seen.insert(column.field);
            ++layout.matched;
        }
        layout.columns.append(column);
    }
    return layout;
}

} // namespace

QString columnLetter(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

HeaderLayout detectHeader(const Sheet& sheet, Register reg, const SheetMapping& mapping)
{
    if (mapping.headerRow > 0) {
        const int row = mapping.headerRow - 1;
        HeaderLayout single = layoutOf(sheet, reg, mapping, row, row);
        HeaderLayout two = layoutOf(sheet, reg, mapping, row - 1, row);
        return row > 0 && two.matched > single.matched ? two : single;
    }
    HeaderLayout best;
    const int rows = qMin(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < rows; ++r) {
        const HeaderLayout single = layoutOf(sheet, reg, mapping, r, r);
        if (single.matched == 0)
            continue;
        if (single.matched > best.matched)
            best = single;
        // The header's second row: it names fields of its own that the combination adds.
        if (r + 1 < sheet.rows.size() && layoutOf(sheet, reg, mapping, r + 1, r + 1).matched > 0) {
            HeaderLayout two = layoutOf(sheet, reg, mapping, r, r + 1);
            if (two.matched > best.matched)
                best = two;
        }
    }
    return best;
}

} // namespace mamori::sheets
