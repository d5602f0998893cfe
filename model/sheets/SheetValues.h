#pragma once

// Reads one cell as the value of one field: what a ward's file holds (full-width digits and spaces,
// 〇/×/有/無 marks, 令和6年4月1日, numbers stored as text, 機密性3, 自治体機密性3A, IPA's 0..2 scale)
// becomes one canonical text per field kind, the same text SheetRecords writes for the model's own
// value, so that comparing the two says whether a cell changes anything.
//
// Canonical texts: ids NFKC; names trimmed with line breaks folded; vocabulary keys; level names;
// numbers as QString::number(v, 'g', 15); "yes"/"no"; ISO dates; lists joined by ", ".

#include "Settings.h"
#include "SheetColumns.h"
#include "SheetMapping.h"
#include "sheets/Sheet.h"

namespace mamori::sheets {

/// What reading a cell gave: the canonical text (empty for an empty cell), or why it cannot be read.
struct CellValue {
    QString value;
    QString error; ///< e.g. "\"4\" is not one of 1, 2, 3", translated
    bool ok() const { return error.isEmpty(); }
};

struct ValueContext {
    const Settings& settings;
    Scale scale = Scale::Mic;
    const SheetMapping* mapping = nullptr;
};

/// The canonical text of `cell` for `field`, or the error that names the cell's text.
CellValue normalizeCell(const FieldSpec& field, const Cell& cell, const ValueContext& context);

/// Trimmed (full-width spaces too); a line break (with the spaces around it) is dropped next to a
/// Japanese character and becomes one space between Latin words: 住民基本台帳\nシステム and
/// 庁内\nLAN are one name, Resident\nportal is "Resident portal". Other spaces stay as written.
QString foldedText(const QString& text);
/// NFKC and trimmed: how ids are compared (ＡＢ－０１ is AB-01).
QString idText(const QString& text);
/// An asset id as written in a 管理番号 column: a purely numeric one n becomes A- and n in four
/// digits (3 and 003 are A-0003); any other is idText.
QString assetIdText(const QString& text);
/// yes for 〇 ○ ● ✓ ✔ 有 はい yes true 1; no for × ✕ 無 － - いいえ no false 0; nothing otherwise.
std::optional<bool> markValue(const QString& text);
/// A number cell's value, or the number a text cell holds (１２０, 1,200,000, ¥1,200,000, 50%).
std::optional<double> numberValue(const Cell& cell);
/// The canonical text of a number.
QString numberText(double value);
/// A date cell's date, a serial day number, or a date written as text (dateFromText).
QDate dateValue(const Cell& cell);
/// The text a free column keeps in an asset's attributes: date cells as ISO, others as written
/// (trimmed).
QString attributeText(const Cell& cell);
/// Splits a list cell at commas, 、, semicolons and line breaks (after NFKC), dropping empty parts.
QStringList listItems(const QString& text);

} // namespace mamori::sheets
