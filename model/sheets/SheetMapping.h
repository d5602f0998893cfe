#pragma once

// What the user decided about a sheet the importer could not read by itself, saved for next year's
// file (`mamori-cli import-sheet --mapping map.json`; the import dialog writes it). The format:
//
//   {"format": "mamori-sheet-mapping", "version": 1,
//    "register": "assets",                  // optional: assets, dependencies, threats, exposures,
//                                           //   controls, org_units, plan
//    "header_row": 3,                       // optional: the header's row as Excel numbers it
//    "scale": "ipa",                        // optional: mic (default) or ipa
//    "columns": {"重要度": "c", "担当": "owner", "保管場所": "attribute", "メモ": "ignore"},
//    "values": {"type": {"業務システム": "system"}, "c": {"極秘": "3"}}}
//
// `columns` maps a header, as written (compared like the built-in headers: NFKC, spaces and line
// breaks ignored, case-folded), to a field key of the register (SheetColumns.cpp), to "attribute"
// (kept in the asset's attributes) or to "ignore". `values` maps, per field key, a cell's text to
// the vocabulary key (or classification level) it stands for; it is consulted before the built-in
// words. Unknown keys are ignored, so a later version can add to it.

#include "InputError.h"
#include "SheetColumns.h"

#include <QByteArray>
#include <QMap>

namespace mamori::sheets {

/// The classification scale of a sheet: the MIC guideline's levels, or IPA's 評価値 0..2
/// (C 0/1/2 → 1/2/3; I and A 0/1 → 1, 2 → 2).
enum class Scale : std::uint8_t { Mic, Ipa };

struct SheetMapping {
    std::optional<Register> reg;
    int headerRow = 0; ///< 1-based; 0 lets the importer find it
    std::optional<Scale> scale;
    QMap<QString, QString> columns; ///< header → field key, "attribute" or "ignore"
    QMap<QString, QMap<QString, QString>> values; ///< field key → cell text → key

    /// What the user mapped the column `header` to (compared by headerKey), or an empty string.
    QString columnFor(const QString& header) const;
    /// What the user mapped `text` of field `field` to (compared by headerKey), or an empty string.
    QString valueFor(const QString& field, const QString& text) const;
    bool isEmpty() const { return !reg && headerRow == 0 && !scale && columns.isEmpty() && values.isEmpty(); }
    friend bool operator==(const SheetMapping&, const SheetMapping&) = default;
};

/// The mapping as the JSON above, indented.
QByteArray mappingToJson(const SheetMapping& mapping);

struct MappingReadResult {
    SheetMapping mapping;
    InputErrors errors; ///< each with its JSON pointer in `file`
    bool ok() const { return errors.isEmpty(); }
};
/// Reads the JSON above; every malformed part is an error with its place.
MappingReadResult mappingFromJson(const QByteArray& json, const QString& file);

} // namespace mamori::sheets
