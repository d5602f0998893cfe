#pragma once

// The result of assessing a model (RISK-MODEL.md sections 3 and 4): plain values, no references back
// into the model, so an assessment can be kept, copied to another thread or compared with another.
//
// Invariants of a value returned by assess():
// - `assets` and `controls` are sorted by id, `risks` by (asset, threat), `findings` by (severity,
//   critical first, then first asset, then second asset, then rule); every id order is compareIds.
// - `RiskResult::level` and `levelInherent` index `bands` (a copy of the model's settings), so the
//   label of a level is `bands[level].label` (levelLabel()); -1 only when the model has no bands.
// - `Totals::byBand` is parallel to `bands`; levelCounts() merges bands that share a label.

#include "InputError.h"
#include "Model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <utility>

namespace mamori {

/// A value per dimension C, I, A (index with dimIndex()).
using ImpactVector = std::array<double, 3>;

/// One asset's impacts (3.1, 3.2) and blast radius (3.7).
struct AssetResult {
    QString id;
    ImpactVector ownImpact {1, 1, 1}; ///< imp0: the asset's own impact per dimension
    ImpactVector impact {1, 1, 1}; ///< imp: effective impact after inheritance along dependencies
    qint64 blastRadius = 0; ///< other assets with a dependency path to this one
    friend bool operator==(const AssetResult&, const AssetResult&) = default;
};

/// One control's readiness g(k) (3.4) and strength = effectiveness * readiness.
struct ControlResult {
    QString id;
    double readiness = 0;
    double strength = 0;
    friend bool operator==(const ControlResult&, const ControlResult&) = default;
};

/// One exposed (asset, threat) pair with every number of section 4.
struct RiskResult {
    QString asset;
    QString threat;
    int category = 1;
    double likelihood = 1; ///< L(a, t): the exposure's likelihood or the threat's
    double impact = 1; ///< I(a, t): the largest effective impact over the threat's dimensions
    double inherent = 1; ///< L * I
    double residualLikelihood = 1; ///< 1 + (L - 1) * mL
    double residualImpact = 1; ///< 1 + (I - 1) * mI
    double residual = 1; ///< residual likelihood * residual impact
    /// mL(a, t) of 3.5: the product of (1 - r * g) over the applicable likelihood controls (1 without
    /// any). The continuity simulation (section 10) scales the pair's outage rate by it.
    double likelihoodFactor = 1;
    /// mI(a, t) of 3.5, over the impact controls: scales the duration of the pair's outages.
    double impactFactor = 1;
    int levelInherent = -1; ///< band index of `inherent` in Assessment::bands
    int level = -1; ///< band index of `residual` in Assessment::bands
    ResponseKind response = ResponseKind::Mitigate; ///< the decided response, else the suggested one
    bool decided = false; ///< true when `response` comes from the model's responses
    QStringList controls; ///< K(a, t): the applicable controls, sorted by id
    friend bool operator==(const RiskResult&, const RiskResult&) = default;
};

/// Severity of a finding; the order is the sort order (critical first).
enum class Severity : std::uint8_t { Critical, High, Medium };

/// "critical", "high" or "medium".
QString severityKey(Severity severity);

/// A rule violation (3.8): two tiers reachable from each other over connects_via without a gateway.
struct Finding {
    QString rule; ///< "tier-separation" or "tier-hosting" (v1.1: a system on a host of another tier)
    Tier firstTier = Tier::MyNumber;
    Tier secondTier = Tier::Internet;
    Severity severity = Severity::Critical;
    QString first; ///< x: the smallest id of the first tier in the component
    QString second; ///< y: the smallest id of the second tier in the component
    QStringList path; ///< shortest path from x to y, ties broken by ascending neighbour ids
    friend bool operator==(const Finding&, const Finding&) = default;
};

/// Count and sums of a group of risks.
struct TotalsBucket {
    qint64 count = 0;
    double inherent = 0;
    double residual = 0;
    friend bool operator==(const TotalsBucket&, const TotalsBucket&) = default;
};

/// Section 3.9.
struct Totals {
    double inherent = 0;
    double residual = 0;
    qint64 aboveAppetite = 0; ///< risks with residual > appetite
    QList<qint64> byBand; ///< residual level counts, parallel to Assessment::bands
    std::array<TotalsBucket, kThreatCategoryCount> byCategory {}; ///< index: threat category - 1
    std::array<TotalsBucket, 4> byTier {}; ///< index: Tier of the risk's asset
    friend bool operator==(const Totals&, const Totals&) = default;
};

struct Assessment {
    QList<Band> bands; ///< the model's bands, which RiskResult levels index
    double appetite = 6; ///< the model's risk appetite
    QList<AssetResult> assets;
    QList<ControlResult> controls;
    QList<RiskResult> risks;
    QList<Finding> findings;
    Totals totals;
    /// Problems the engine met in a model that did not pass validate() (a `requires` cycle). A
    /// validated model never has any; the numbers are then still defined (a cyclic requirement counts
    /// as readiness 0) but should not be shown as a result.
    InputErrors errors;

    bool ok() const { return errors.isEmpty(); }
    /// The label of band `index`, empty for -1.
    QString levelLabel(int index) const;
    /// Residual level counts by label, every label of the bands once, in band order (zeros included).
    QList<std::pair<QString, qint64>> levelCounts() const;
    /// The risk of (asset, threat), or nullptr when the pair is not exposed. Binary search.
    const RiskResult* findRisk(QStringView asset, QStringView threat) const;
    /// The asset with this id, or nullptr. Binary search.
    const AssetResult* findAsset(QStringView id) const;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

/// Assesses a model exactly as RISK-MODEL.md section 3 says. The model should have passed
/// validate(); the engine does not crash on one that did not (unknown references are skipped,
/// duplicate ids keep their first entity, a `requires` cycle is reported in Assessment::errors).
Assessment assess(const Model& model);

} // namespace mamori
