#pragma once

// Controls that would lower one risk: the controls whose `mitigates` names the
// risk's threat or its category and whose scope contains the asset, that are not implemented yet,
// from the model and from the catalogue (a catalogue control the project does not have yet), each
// with what implementing it would do.

#include "Model.h"

#include <QStringList>

namespace mamori {

struct ControlProposal {
    Control control; ///< as in the model, or as in the catalogue when `fromCatalogue`
    bool fromCatalogue = false; ///< not in the model yet: adopting it adds it
    double riskResidualBefore = 0; ///< the risk's residual now
    double riskResidualAfter = 0; ///< the risk's residual with the control implemented
    double totalReduction = 0; ///< the model's total residual minus the total with it implemented
    /// Required controls not fully ready (readiness below 1): until they are, this one's effect is
    /// smaller than its effectiveness.
    QStringList unmetRequirements;
    friend bool operator==(const ControlProposal&, const ControlProposal&) = default;
};

/// The proposals for the risk (asset, threat) of `model`, best first (largest total reduction, then
/// largest reduction of this risk, then id). Empty when the pair is not exposed. `catalogue` is
/// usually BuiltIn::catalogue(); its controls whose ids the model already has are ignored, and its
/// requirements on controls the model lacks are dropped.
QList<ControlProposal> proposeControls(const Model& model, const Model& catalogue, const RiskKey& risk);

} // namespace mamori
