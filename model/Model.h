#pragma once

#include "Entities.h"
#include "Scenario.h"
#include "Settings.h"

#include <QHash>
#include <QList>

namespace mamori {

/// Everything in RISK-MODEL.md section 2, in the order it was given. A plain value: copying is
/// cheap (Qt's implicitly shared lists) and scenarios are applied to copies, never to the baseline.
/// Invariant when it comes out of a reader: validate() reported no errors.
struct Model {
    LocalizedText name;
    Settings settings;
    QList<OrgUnit> orgUnits;
    QList<Asset> assets;
    QList<Dependency> dependencies;
    QList<Threat> threats;
    QList<Exposure> exposures;
    QList<Control> controls;
    QList<Response> responses;
    QList<PlanAction> actions;
    QList<Scenario> scenarios;

    friend bool operator==(const Model&, const Model&) = default;
};

/// Positions by id, built once for a model and invalid after the model's lists change.
struct ModelIndex {
    QHash<QString, qsizetype> orgUnits;
    QHash<QString, qsizetype> assets;
    QHash<QString, qsizetype> threats;
    QHash<QString, qsizetype> controls;
    QHash<QString, qsizetype> actions;
    QHash<QString, qsizetype> scenarios;

    explicit ModelIndex(const Model& model);
};

} // namespace mamori
