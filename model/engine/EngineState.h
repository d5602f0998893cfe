#pragma once

// Internal to the engine: everything it derives from one model, kept so that after one edit only
// what the edit reaches is recomputed. assess() builds one and takes its assessment;
// IncrementalEngine keeps one alive and forwards edits to it.
//
// Layers, each computed from the ones above it:
//   index   assets, threats and controls by rank (position in id order); per-asset arrays use ranks
//   graph   the Boost dependency graph, own and effective impact, blast radius, findings
//   risks   control readiness, coverage (mitigates), asset profiles, (profile, threat) pairs with their
//           applicable controls and factors, exposures, responses, the risks, totals
//
// Why profiles: whether a threat applies to an asset and which controls apply depend only on the
// asset's type, tier and the asset-list scopes naming it. A ward of 10,000 assets has a few dozen such
// profiles, so K(a, t), mL and mI are computed once per (profile, threat) pair and the risks of every
// asset of the profile share them (the QStringList of control ids is shared, not copied). A control
// edit then touches only the pairs that contain the control.
//
// Owning units (3.4, v1.1): a control may have a status of its own for the assets of one org unit.
// Readiness g(k, u) is kept only for the units named in the status_by_unit of k or of what it
// requires; a pair keeps factors for those units beside its shared ones, and an asset picks its
// owner's. Profiles are not split by owner, so a ward whose controls have no such entries costs
// what it did before, and one with a few dozen entries adds a few factors per pair.
//
// Invariant after every public call: m_result equals assess(m_model) exactly (bit for bit), which the
// incremental tests check after random edit sequences.

#include "Model.h"
#include "engine/Assessment.h"
#include "engine/Graph.h"

#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace mamori::engine {

/// A control's `mitigates` entries, resolved to threat ranks; the reduction already defaulted to the
/// control's effectiveness. For both kinds the last matching entry wins, like the reference.
struct ControlCoverage {
    std::vector<std::pair<int, double>> threats; ///< (threat rank, reduction)
    std::array<std::optional<double>, kThreatCategoryCount> categories;
    /// The threat entry's reduction for this threat if any, else the category entry's, else nothing.
    std::optional<double> reductionFor(int threat, int category) const;
};

/// Assets alike for exposures and controls.
struct Profile {
    AssetType type = AssetType::System;
    Tier tier = Tier::None;
    std::vector<int> listedIn; ///< control ranks whose asset-list scope names the asset, ascending
};

/// g(k, u) of 3.4 for one owning unit (an index into EngineState's units).
struct UnitReadiness {
    int unit = -1;
    double readiness = 0;
    friend bool operator==(const UnitReadiness&, const UnitReadiness&) = default;
};

/// The factors of a pair for the assets of one owning unit.
struct UnitFactors {
    int unit = -1;
    double mL = 1;
    double mI = 1;
    friend bool operator==(const UnitFactors&, const UnitFactors&) = default;
};

/// What all assets of one profile share for one threat.
struct PairData {
    bool applies = false; ///< the threat's applies_to matches
    std::vector<int> controls; ///< K(a, t) as control ranks, ascending (= id order)
    QStringList controlIds; ///< the same as ids, shared by the risks
    double mL = 1; ///< with every control's own readiness g(k)
    double mI = 1;
    /// The factors for the owning units some control of the pair (or a control it requires) has a
    /// status of its own for, by unit; the assets of every other unit, or of none, use mL and mI.
    std::vector<UnitFactors> units;
    /// (mL, mI) for the assets of `unit` (-1: no unit).
    std::pair<double, double> factorsFor(int unit) const;
};

/// The last exposure entry of an (asset, threat) pair.
struct ExposureEntry {
    int asset = -1;
    int threat = -1;
    std::optional<double> likelihood;
    bool excluded = false;
};

/// What the last edit recomputed, for tests and the benchmark.
struct EditStats {
    qsizetype assetsRecomputed = 0; ///< assets whose effective impact or blast radius was recomputed
    qsizetype risksRecomputed = 0;
    bool riskLayerRebuilt = false; ///< the edit changed which risks exist or which controls apply
    bool blastRebuilt = false; ///< the blast radius was recomputed for every asset
    bool findingsRebuilt = false;
};

class EngineState {
public:
    explicit EngineState(Model model);

    const Model& model() const { return m_model; }
    const Assessment& assessment() const { return m_result; }
    Assessment takeAssessment() { return std::move(m_result); }
    const EditStats& lastEdit() const { return m_stats; }

    // Edits: each changes the model and brings the assessment up to date. False (and no change) when
    // the edit names something the model does not have.
    bool setControlStatus(const QString& id, ControlStatus status);
    bool setAssetImpact(const QString& id, Dimension d, std::optional<double> value);
    bool addDependency(const Dependency& dependency);
    bool removeDependency(const QString& from, const QString& to, DependencyKind kind);
    bool updateAsset(const Asset& asset);
    bool updateControl(const Control& control);
    bool updateThreat(const Threat& threat);
    bool setExposure(const Exposure& exposure);
    bool removeExposure(const QString& asset, const QString& threat);
    bool setResponse(const Response& response);
    bool removeResponse(const QString& asset, const QString& threat);
    void setSettings(const Settings& settings);
    void reset(Model model);

    // Read access for the explanation.
    int assetRank(const QString& id) const { return m_assetRank.value(id, -1); }
    int threatRank(const QString& id) const { return m_threatRank.value(id, -1); }
    int controlRank(const QString& id) const { return m_controlRank.value(id, -1); }
    const Asset& assetAt(int rank) const { return m_model.assets[m_assetModel[std::size_t(rank)]]; }
    const Threat& threatAt(int rank) const { return m_model.threats[m_threatModel[std::size_t(rank)]]; }
    const Control& controlAt(int rank) const { return m_model.controls[m_controlModel[std::size_t(rank)]]; }
    qsizetype controlModelIndex(int rank) const { return m_controlModel[std::size_t(rank)]; }
    int assetCount() const { return int(m_assetModel.size()); }
    const DependencyGraph& graph() const { return m_graph; }
    const std::vector<ImpactVector>& ownImpacts() const { return m_own; }
    const std::vector<ImpactVector>& impacts() const { return m_impact; }
    const std::vector<double>& readiness() const { return m_readiness; }
    /// g(k, u) of 3.4: the readiness of `control` for the assets of unit `unit` (an index from
    /// assetUnit(); -1 or a unit without a status of its own anywhere in the requires: g(k)).
    double readinessFor(int control, int unit) const;
    /// The unit index of the asset's owner, or -1 when no control has a status for that unit (the
    /// asset then uses every control's own readiness).
    int assetUnit(int asset) const { return m_assetUnit[std::size_t(asset)]; }
    const std::vector<int>& requiresOf(int control) const { return m_requires[std::size_t(control)]; }
    const ControlCoverage& coverage(int control) const { return m_coverage[std::size_t(control)]; }
    const PairData& pair(int asset, int threat) const { return m_pairs[pairIndex(asset, threat)]; }
    const ExposureEntry* exposureEntry(int asset, int threat) const;

private:
    // index layer
    void buildIndex();
    // graph layer
    void buildGraph();
    void computeOwnImpact(int rank);
    void computeAllBlast();
    void computeFindings();
    // risk layer, built in this order (each step reads what the ones before it built)
    void buildRiskLayer();
    void buildControls(); ///< requires, readiness, coverage, the controls' results
    void buildProfiles(); ///< assets grouped by (type, tier, controls listing them)
    void buildPairs(); ///< (profile, threat): applies_to and the controls that reach it
    void buildExposures(); ///< the exposure entry that decides each (asset, threat)
    void buildResponses();
    /// An (asset, threat) that is a risk, with the likelihood it starts from.
    struct ExposedPair {
        int asset;
        int threat;
        double likelihood;
    };
    std::vector<ExposedPair> exposedPairs() const; ///< in (asset, threat) order
    void buildRisks(const std::vector<ExposedPair>& exposed);
    void groupRisksByPair(); ///< for control edits
    void computeCoverage(int control);
    bool computeReadiness(); // true when a requires cycle was met
    /// g(k) and the g(k, u) that differ from it, once requirement `k`'s requirements are done.
    void finishReadiness(int control, const std::vector<char>& done);
    /// Gives every unit named in a status_by_unit an index; true when one was new.
    bool registerUnits(const Control& control);
    void assignAssetUnits(); ///< m_assetUnit from the owners
    void setRequires(int control);
    void computePairFactors(std::size_t pairIndex);
    void computeRisk(qsizetype index);
    void refreshAssets(const std::vector<int>& ranks);
    void refreshControlResult(int control);
    void computeTotals();
    /// Readiness before an edit, to find what it moved.
    struct ReadinessSnapshot {
        std::vector<double> own;
        std::vector<std::vector<UnitReadiness>> byUnit;
    };
    ReadinessSnapshot readinessSnapshot() const { return {m_readiness, m_unitReadiness}; }
    void afterControlValuesChanged(const ReadinessSnapshot& before, int changedControl);
    void recomputeRisksOf(int asset);
    std::size_t pairIndex(int asset, int threat) const
    {
        return std::size_t(m_profileOf[std::size_t(asset)]) * m_threatModel.size() + std::size_t(threat);
    }

    Model m_model;
    Assessment m_result;
    EditStats m_stats;

    std::vector<qsizetype> m_assetModel; ///< rank -> index in m_model.assets
    std::vector<qsizetype> m_threatModel;
    std::vector<qsizetype> m_controlModel;
    QHash<QString, int> m_assetRank;
    QHash<QString, int> m_threatRank;
    QHash<QString, int> m_controlRank;
    QList<QString> m_assetIds; ///< by rank

    DependencyGraph m_graph;
    std::vector<ImpactVector> m_own;
    std::vector<ImpactVector> m_impact;
    VisitMarks m_marks;

    std::vector<std::vector<int>> m_requires; ///< control rank -> ranks of its `requires`, in list order
    std::vector<double> m_readiness; ///< g(k)
    /// control rank -> g(k, u) for the units named in the status_by_unit of k or of a control k
    /// requires (directly or not), ascending by unit; every other unit has g(k).
    std::vector<std::vector<UnitReadiness>> m_unitReadiness;
    /// Units named in some status_by_unit, by id and by index. Indices are only ever added (an edit
    /// that names a new unit appends it), so they stay valid for the pairs and assets holding them.
    QHash<QString, int> m_unitIndex;
    QStringList m_unitIds;
    std::vector<int> m_assetUnit; ///< asset rank -> unit index of its owner, -1 if none of the above
    std::vector<ControlCoverage> m_coverage;
    std::vector<Profile> m_profiles;
    std::vector<int> m_profileOf; ///< asset rank -> profile
    std::vector<PairData> m_pairs; ///< [profile * threats + threat]
    std::vector<std::vector<int>> m_controlPairs; ///< control rank -> pairs whose K contains it
    std::vector<ExposureEntry> m_exposures; ///< last entry per pair, sorted by (asset, threat)
    std::vector<int> m_exposureOffsets; ///< asset rank -> first entry in m_exposures
    QHash<quint64, ResponseKind> m_responses; ///< (asset rank << 32 | threat rank) -> decided response
    /// What the totals need of each risk, packed (24 bytes instead of a RiskResult's ~140), so that
    /// summing them again after an edit streams a fraction of the memory: a quarter of the cost.
    struct RiskFigures {
        double inherent;
        double residual;
        qint32 level;
        qint16 category;
        qint16 tier;
    };
    std::vector<RiskFigures> m_riskFigures; ///< parallel to m_result.risks
    /// The totals are summed per block of kTotalsBlock risks, then over the blocks, in a full
    /// assessment and after an edit alike: an edit re-sums only the blocks it touched, and the result
    /// is still bit-identical to a full recompute because both sum in the same grouping.
    static constexpr std::size_t kTotalsBlock = 1024;
    struct BlockTotals {
        double inherent = 0;
        double residual = 0;
        qint64 aboveAppetite = 0;
        std::vector<qint64> byBand;
        /// Category c at c - 1; the one past the last collects invalid categories.
        std::array<TotalsBucket, kThreatCategoryCount + 1> byCategory {};
        std::array<TotalsBucket, 4> byTier {};
    };
    std::vector<BlockTotals> m_blockTotals;
    std::vector<char> m_blockDirty;
    std::vector<int> m_riskOffsets; ///< asset rank -> first risk
    std::vector<int> m_riskAsset; ///< risk -> asset rank
    std::vector<int> m_riskPair; ///< risk -> pair index
    std::vector<int> m_pairRiskOffsets; ///< pair -> first entry in m_pairRisks
    std::vector<int> m_pairRisks; ///< risk indices grouped by pair
};

} // namespace mamori::engine
