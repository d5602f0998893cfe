#include "engine/Proposals.h"

#include "IdOrder.h"
#include "engine/IncrementalEngine.h"

#include <QSet>

#include <algorithm>

namespace mamori {

QList<ControlProposal> proposeControls(const Model& model, const Model& catalogue, const RiskKey& risk)
{
    // The catalogue's missing controls join with status `none`: strength 0, so every number of the
    // model stays as it is until one of them is implemented below.
    Model merged = model;
    QSet<QString> ids;
    for (const Control& k : model.controls)
        ids.insert(k.id);
    QSet<QString> threats;
    for (const Threat& t : model.threats)
        threats.insert(t.id);
    QSet<QString> added;
    for (Control k : catalogue.controls) {
        if (ids.contains(k.id))
            continue;
        k.status = ControlStatus::None;
        k.owner.clear(); // the catalogue's org units need not exist in the project
        k.mitigates.removeIf([&](const Mitigation& m) { return !m.threat.isEmpty() && !threats.contains(m.threat); });
        k.scope.assets.removeIf([&](const QString& a) {
            return std::none_of(model.assets.cbegin(), model.assets.cend(), [&](const Asset& x) { return x.id == a; });
        });
        added.insert(k.id);
        merged.controls.append(k);
    }
    for (Control& k : merged.controls)
        if (added.contains(k.id))
            k.requires_.removeIf([&](const QString& r) { return !ids.contains(r) && !added.contains(r); });

    IncrementalEngine engine(std::move(merged));
    const Assessment& a = engine.assessment();
    const RiskResult* before = a.findRisk(risk.asset, risk.threat);
    if (!before)
        return {};
    const double totalBefore = a.totals.residual;
    const double riskBefore = before->residual;
    const QStringList applicable = before->controls;

    QHash<QString, double> readiness;
    for (const ControlResult& c : a.controls)
        readiness.insert(c.id, c.readiness);

    QList<ControlProposal> proposals;
    for (const QString& id : applicable) {
        const auto it = std::find_if(engine.model().controls.cbegin(), engine.model().controls.cend(),
            [&](const Control& k) { return k.id == id; });
        if (it == engine.model().controls.cend() || it->status == ControlStatus::Implemented)
            continue;
        ControlProposal p;
        p.control = *it;
        p.fromCatalogue = added.contains(id);
        p.riskResidualBefore = riskBefore;
        for (const QString& r : it->requires_)
            if (readiness.value(r) < 1)
                p.unmetRequirements.append(r);
        const ControlStatus original = it->status;
        engine.setControlStatus(id, ControlStatus::Implemented);
        p.riskResidualAfter = engine.assessment().findRisk(risk.asset, risk.threat)->residual;
        p.totalReduction = totalBefore - engine.assessment().totals.residual;
        engine.setControlStatus(id, original);
        proposals.append(std::move(p));
    }
    std::sort(proposals.begin(), proposals.end(), [](const ControlProposal& x, const ControlProposal& y) {
        if (x.totalReduction != y.totalReduction)
            return x.totalReduction > y.totalReduction;
        const double rx = x.riskResidualBefore - x.riskResidualAfter, ry = y.riskResidualBefore - y.riskResidualAfter;
        if (rx != ry)
            return rx > ry;
        return compareIds(x.control.id, y.control.id) < 0;
    });
    return proposals;
}

} // namespace mamori
