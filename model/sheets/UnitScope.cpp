#include "UnitScope.h"

#include "ModelEdit.h"

namespace mamori::sheets {

UnitScope unitsScope(const Model& model, const QSet<QString>& units)
{
    UnitScope scope;
    scope.all = false;
    scope.units = units;
    // Sub-units may be listed before their parent: repeat until no unit joins.
    for (qsizetype before = 0; before != scope.units.size();) {
        before = scope.units.size();
        for (const OrgUnit& u : model.orgUnits) {
            if (!u.parent.isEmpty() && scope.units.contains(u.parent))
                scope.units.insert(u.id);
        }
    }
    for (const Asset& a : model.assets) {
        if (scope.units.contains(a.owner))
            scope.assets.insert(a.id);
    }
    return scope;
}

std::optional<UnitScope> unitScope(const Model& model, const QString& unit)
{
    if (unit.isEmpty())
        return UnitScope {};
    if (indexOfId(model.orgUnits, unit) < 0)
        return std::nullopt;
    return unitsScope(model, {unit});
}

bool inScope(const UnitScope& s, const OrgUnit& u)
{
    return s.hasUnit(u.id);
}
bool inScope(const UnitScope& s, const Asset& a)
{
    return s.hasAsset(a.id);
}
bool inScope(const UnitScope&, const Threat&)
{
    return true;
}
bool inScope(const UnitScope&, const Control&)
{
    return true;
}
bool inScope(const UnitScope& s, const Dependency& d)
{
    return s.hasAsset(d.from) && s.hasAsset(d.to);
}
bool inScope(const UnitScope& s, const Exposure& e)
{
    return s.hasAsset(e.asset);
}
bool inScope(const UnitScope& s, const PlanAction& p)
{
    return s.all || s.units.contains(p.owner);
}

} // namespace mamori::sheets
