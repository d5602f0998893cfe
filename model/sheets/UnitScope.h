#pragma once

// The part of a project that one department's inventory covers: its org unit, the units below it
// and the assets they own. The exporter writes only these items (`export-sheet --unit`); the importer
// counts an item as missing only inside them, so that a department's workbook taken back with
// --remove-missing cannot delete the other departments' assets. Internal to the sheets library.

#include "Model.h"

#include <QSet>

#include <optional>

namespace mamori::sheets {

struct UnitScope {
    bool all = true; ///< the whole project
    QSet<QString> units;
    QSet<QString> assets;

    bool hasUnit(const QString& id) const { return all || units.contains(id); }
    bool hasAsset(const QString& id) const { return all || assets.contains(id); }
};

/// The scope of `unit` in `model` (the unit, its sub-units, their assets); the whole project when
/// `unit` is empty; nothing when the project has no such unit.
std::optional<UnitScope> unitScope(const Model& model, const QString& unit);
/// The scope of several units (each with its sub-units).
UnitScope unitsScope(const Model& model, const QSet<QString>& units);

/// Whether the scope holds the item: a unit or an asset in it, a dependency between two of its assets,
/// an exposure of one of them, a plan action its units own; every threat and control (a department's
/// inventory does not decide the ward's catalogue).
bool inScope(const UnitScope& s, const OrgUnit& u);
bool inScope(const UnitScope& s, const Asset& a);
bool inScope(const UnitScope& s, const Threat& t);
bool inScope(const UnitScope& s, const Control& c);
bool inScope(const UnitScope& s, const Dependency& d);
bool inScope(const UnitScope& s, const Exposure& e);
bool inScope(const UnitScope& s, const PlanAction& p);

} // namespace mamori::sheets
