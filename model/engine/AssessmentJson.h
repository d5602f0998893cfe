#pragma once

// The `mamori-assessment` JSON of RISK-MODEL.md section 4.

#include "engine/Assessment.h"

#include <QIODevice>
#include <QJsonObject>

namespace mamori {

/// The assessment as section 4's JSON object. `scenarioId` empty writes "scenario": null (the
/// baseline). Numbers are full doubles (counts and the blast radius are whole numbers); arrays keep
/// the assessment's order, which is the order section 4 asks for.
QJsonObject assessmentToJson(const Assessment& assessment, const QString& scenarioId = {});

/// The same JSON, byte for byte what QJsonDocument(assessmentToJson(...)).toJson() gives, written to
/// `device` as it is made instead of built first: tens of megabytes at 10,000 assets. False when a
/// write failed.
bool writeAssessmentJson(QIODevice* device, const Assessment& assessment, const QString& scenarioId = {});

/// One finding as section 4 writes it (also used by the diff).
QJsonObject findingToJson(const Finding& finding);

/// {"C": c, "I": i, "A": a}.
QJsonObject impactToJson(const ImpactVector& impact);

} // namespace mamori
