#pragma once

// The rules of the risk response policy (RISK-MODEL.md 3.6) that need the
// assessment: a risk above the appetite may be accepted (保有) only with a written rationale.

#include "engine/Assessment.h"

namespace mamori {

/// True when deciding `kind` for a risk of this residual needs a rationale: accepting a risk whose
/// residual is above the appetite.
inline bool rationaleRequired(ResponseKind kind, double residual, double appetite)
{
    return kind == ResponseKind::Accept && residual > appetite;
}

/// The decided responses that break the rule (accepted above appetite without a rationale, e.g.
/// after the appetite was lowered), in (asset, threat) order.
QList<RiskKey> acceptedWithoutRationale(const Model& model, const Assessment& assessment);

} // namespace mamori
