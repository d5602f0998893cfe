#pragma once

// How the self-inspection's values read in the window's language: answers, a unit's status entry
// (or the control's own status when the unit has none, RISK-MODEL.md 3.4) and units by name.

#include "Model.h"

#include <QString>

#include <optional>

namespace mamori::inspection {

/// はい / 一部 / いいえ / 該当なし in the window's language.
QString answerName(InspectionAnswerKind answer);
/// The unit's own status, or "(control's: …)" with `control`'s own status when the entry is absent.
QString entryName(const Model& model, const QString& control, const std::optional<ControlStatus>& status);
/// The unit's name in the window's language, else its id.
QString unitName(const Model& model, const QString& unit);

} // namespace mamori::inspection
