#pragma once

// Keeps a model and its assessment together and, after one edit, recomputes only what the edit can
// reach. The desktop app calls it on every edit.
//
// Ownership: the engine owns its copy of the model; edits go through it so the two never disagree.
// Invariant: after every call, assessment() == assess(model()) exactly (same doubles, same order).
//
// What an edit recomputes:
// - a control's status, status_by_unit, requires or effectiveness: the readiness of every control
//   (cheap), then only the risks of the (asset profile, threat) pairs whose applicable controls
//   include a control whose readiness (for some owning unit) or effectiveness moved, and of those
//   only the risks whose owner's factors moved;
// - an asset's owner: that asset's risks;
// - an asset's own impact: the asset and what it depends on, transitively (the only assets its
//   impact can reach), then the risks of the assets whose effective impact changed;
// - a dependency added: impacts rise from its target on (a worklist from the old fixed point); the
//   blast radius of the target and what it depends on, by one reverse mask propagation;
//   removed: the target's region is recomputed from its own impacts and its fixed surroundings;
// - connects_via and runs_on edges, tiers and gateways: the findings (linear in the network);
// - anything that changes which risks exist or which controls apply (scope, mitigates, applies_to,
//   exposures, an asset's type or tier): the risk layer, still without touching the graph;
// - settings: everything.
// The totals are summed again after each edit, in risk order, so they equal a full recompute's.

#include "engine/Assessment.h"

#include <memory>

namespace mamori {

namespace engine {
class EngineState;
}

/// What the last edit recomputed (for tests, the benchmark and the status bar).
struct IncrementalStats {
    qsizetype assetsRecomputed = 0;
    qsizetype risksRecomputed = 0;
    bool riskLayerRebuilt = false;
    bool blastRebuilt = false;
    bool findingsRebuilt = false;
};

class IncrementalEngine {
public:
    /// Assesses `model` in full.
    explicit IncrementalEngine(Model model);
    ~IncrementalEngine();
    IncrementalEngine(IncrementalEngine&&) noexcept;
    IncrementalEngine& operator=(IncrementalEngine&&) noexcept;

    const Model& model() const;
    const Assessment& assessment() const;
    IncrementalStats lastEdit() const;

    /// Each edit returns false, changing nothing, when it names an asset, threat, control,
    /// dependency, exposure or response that the model does not have (or, for addDependency, when
    /// the dependency would be a self-dependency or a duplicate).
    bool setControlStatus(const QString& control, ControlStatus status);
    /// Sets or (nullopt) clears an asset's explicit own impact on one dimension.
    bool setAssetImpact(const QString& asset, Dimension dimension, std::optional<double> impact);
    bool addDependency(const Dependency& dependency);
    bool removeDependency(const QString& from, const QString& to, DependencyKind kind);

    /// Replaces the asset, threat or control with the same id.
    bool updateAsset(const Asset& asset);
    bool updateThreat(const Threat& threat);
    bool updateControl(const Control& control);
    /// Adds the exposure or response of its (asset, threat) pair, or replaces the existing one.
    bool setExposure(const Exposure& exposure);
    bool removeExposure(const QString& asset, const QString& threat);
    bool setResponse(const Response& response);
    bool removeResponse(const QString& asset, const QString& threat);
    void setSettings(const Settings& settings);
    /// Any other change (adding or removing assets, threats, controls): a full recompute.
    void setModel(Model model);

private:
    std::unique_ptr<engine::EngineState> m_state;
};

} // namespace mamori
