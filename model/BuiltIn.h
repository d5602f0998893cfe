#pragma once

// The models shipped inside Mamori as resources: the catalogue every new project starts from, and
// the sample ward that a new user sees first.

#include "Model.h"

namespace mamori::BuiltIn {

/// The catalogue of RISK-MODEL.md's vocabulary for the ward's policy: settings, org units (§4(1),
/// §2(18)), threats of the five categories of §3 and controls of the nine groups, in Japanese and
/// English; no assets. Every new project starts from it.
Model catalogue();

/// The bundled sample ward model (about 150 assets across the three tiers, a plan and scenarios).
Model sampleWard();

} // namespace mamori::BuiltIn
