#pragma once

// Comparing two assessments (RISK-MODEL.md section 5): the `mamori-diff` of `mamori-cli diff`.

#include "InputError.h"
#include "engine/Assessment.h"

#include <QJsonObject>

#include <optional>

namespace mamori {

/// A risk whose residual changed by more than 1e-9, or that exists on one side only.
struct RiskChange {
    QString asset;
    QString threat;
    std::optional<double> baseResidual; ///< nothing: the pair is not exposed in the base
    std::optional<double> scenarioResidual; ///< nothing: the pair is not exposed in the scenario
    /// scenario - base, or nothing when one side is missing.
    std::optional<double> delta() const
    {
        if (baseResidual && scenarioResidual)
            return *scenarioResidual - *baseResidual;
        return std::nullopt;
    }
    friend bool operator==(const RiskChange&, const RiskChange&) = default;
};

/// The totals that a diff compares.
struct TotalsSummary {
    double inherent = 0;
    double residual = 0;
    qint64 aboveAppetite = 0;
    friend bool operator==(const TotalsSummary&, const TotalsSummary&) = default;
};

struct AssessmentDiff {
    QList<RiskChange> risks; ///< sorted by (asset, threat)
    QList<Finding> findingsAdded; ///< in the scenario only; sorted by (rule, tiers, assets)
    QList<Finding> findingsRemoved; ///< in the base only; same order
    TotalsSummary base;
    TotalsSummary scenario;
    friend bool operator==(const AssessmentDiff&, const AssessmentDiff&) = default;
};

/// Compares `scenario` with `base`. Two findings are the same finding when rule, tiers and the two
/// named assets are equal (the path may differ).
AssessmentDiff diff(const Assessment& base, const Assessment& scenario);

/// Two sides of one model compared as `mamori-cli diff MODEL --scenario ID --against ID2` compares
/// them: each side's model resolved (an empty id is the baseline) and assessed, then diff().
struct ScenarioComparison {
    Model baseModel;
    Model scenarioModel;
    Assessment base;
    Assessment scenario;
    AssessmentDiff diff;
    InputErrors errors; ///< a side that does not resolve; the rest is then empty
    bool ok() const { return errors.isEmpty(); }
};
/// `baselineAssessment`, when given, is assess(baseline) as the caller already holds it (the window's
/// live assessment): a side that is the baseline then shares it instead of assessing the baseline
/// again, which at 10,000 assets keeps a second copy of 90,000 risks out of memory.
ScenarioComparison compareScenarios(const Model& baseline, const QString& baseId, const QString& scenarioId,
    const Assessment* baselineAssessment = nullptr);

/// Another model file as the base side of a comparison (RISK-MODEL.md 5, last year's file): its
/// baseline and that baseline's assessment, or why it cannot be compared, every error naming the file.
/// Nothing of the file is kept open: the model is read and the file closed.
struct OtherModelFile {
    QString fileName; ///< the name without its folder: `base` in the diff's JSON, the label of that side
    Model model;
    Assessment assessment;
    InputErrors errors; ///< unreadable, not a model, invalid, or refused by the engine
    bool ok() const { return errors.isEmpty(); }
};

/// Reads `path` (a `.mamori` project or model JSON, loadModelFile()) and assesses its baseline.
OtherModelFile readOtherModelFile(const QString& path);

/// `current` (or its scenario `scenarioId`, empty: the baseline) against the baseline of `other`,
/// exactly as `mamori-cli diff MODEL [--scenario ID] --against-file OLD` compares them: the base side
/// is `other`, the scenario side `current`. `other` must be ok().
/// `currentAssessment`, when given, is assess(current), shared as in compareScenarios().
ScenarioComparison compareWithFile(const Model& current, const QString& scenarioId, const OtherModelFile& other,
    const Assessment* currentAssessment = nullptr);

/// The changed risks as a reader wants them: largest reduction first, risks present on one side
/// only at the end (each group keeps the (asset, threat) order).
QList<RiskChange> largestReductionsFirst(QList<RiskChange> risks);

/// Section 5's JSON. An empty id writes null (the baseline).
QJsonObject diffToJson(const AssessmentDiff& diff, const QString& baseId, const QString& scenarioId);

} // namespace mamori
