#pragma once

// A model item as a row of a sheet: field key → the canonical text of SheetValues.h. The importer
// compares an item's record with the row's cells to know what changes; the exporter writes the
// record's values. Asset attributes appear as "@" + their header.

#include "Model.h"

#include <QMap>

namespace mamori::sheets {

using Record = QMap<QString, QString>;

/// The prefix of an attribute's key in an asset's record.
inline constexpr QLatin1StringView kAttributePrefix("@");

Record recordOf(const OrgUnit& unit);
Record recordOf(const Asset& asset);
Record recordOf(const Threat& threat);
Record recordOf(const Control& control);
Record recordOf(const Dependency& dependency);
Record recordOf(const Exposure& exposure);
Record recordOf(const PlanAction& action);

/// Sets the field `key` of an item to a canonical value (as normalizeCell gives it, with org units
/// resolved to ids); an empty value clears an optional field.
void setField(OrgUnit& unit, const QString& key, const QString& value);
void setField(Asset& asset, const QString& key, const QString& value);
void setField(Threat& threat, const QString& key, const QString& value);
void setField(Control& control, const QString& key, const QString& value);
void setField(Dependency& dependency, const QString& key, const QString& value);
void setField(Exposure& exposure, const QString& key, const QString& value);
void setField(PlanAction& action, const QString& key, const QString& value);

/// How an item is named in a summary and matched with a row: its id, or the pair it joins
/// (A-0001 → A-0002 runs_on, A-0001 / T1-01).
template <typename T> QString itemKey(const T& item)
{
    return item.id;
}
QString itemKey(const Dependency& dependency);
QString itemKey(const Exposure& exposure);

} // namespace mamori::sheets
