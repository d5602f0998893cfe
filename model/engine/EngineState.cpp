// The index and graph layers of EngineState, and the edits. The risk layer is in Risks.cpp.

#include "engine/EngineState.h"

#include <algorithm>
#include <numeric>

namespace mamori::engine {

namespace {

/// Positions of `items` in id order; of two items with the same id (an invalid model) the first wins.
template <typename T> std::vector<qsizetype> rankById(const QList<T>& items, QHash<QString, int>& rank)
{
    std::vector<qsizetype> order(std::size_t(items.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return compareIds(items[a].id, items[b].id) < 0; });
    order.erase(
        std::unique(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return items[a].id == items[b].id; }),
        order.end());
    rank.clear();
    rank.reserve(qsizetype(order.size()));
    for (std::size_t r = 0; r < order.size(); ++r)
        rank.insert(items[order[r]].id, int(r));
    return order;
}

constexpr std::size_t kIncrementalBlastLimit = 256; // beyond this many targets, one full pass is cheaper

/// The dependencies 3.8 looks at: network links (separation) and hosting (runs_on across tiers).
bool affectsFindings(DependencyKind kind)
{
    return kind == DependencyKind::ConnectsVia || kind == DependencyKind::RunsOn;
}

} // namespace

EngineState::EngineState(Model model)
{
    reset(std::move(model));
}

void EngineState::reset(Model model)
{
    m_model = std::move(model);
    m_stats = {};
    m_result = {};
    m_result.bands = m_model.settings.bands;
    m_result.appetite = m_model.settings.appetite;
    m_unitIndex.clear();
    m_unitIds.clear();
    buildIndex();
    buildGraph();
    computeFindings();
    buildRiskLayer();
    m_stats.assetsRecomputed = m_result.assets.size();
    m_stats.blastRebuilt = m_stats.findingsRebuilt = true;
}

void EngineState::buildIndex()
{
    m_assetModel = rankById(m_model.assets, m_assetRank);
    m_threatModel = rankById(m_model.threats, m_threatRank);
    m_controlModel = rankById(m_model.controls, m_controlRank);
    m_assetIds.clear();
    m_assetIds.reserve(qsizetype(m_assetModel.size()));
    for (const qsizetype i : m_assetModel)
        m_assetIds.append(m_model.assets[i].id);
}

void EngineState::computeOwnImpact(int rank)
{
    const Asset& a = assetAt(rank);
    ImpactVector& own = m_own[std::size_t(rank)];
    for (Dimension d : kDimensions) {
        const int i = dimIndex(d);
        if (a.impact[i])
            own[std::size_t(i)] = *a.impact[i];
        else if (a.classification[i])
            own[std::size_t(i)] = m_model.settings.impactOf(d, *a.classification[i]).value_or(1.0);
        else
            own[std::size_t(i)] = 1.0;
    }
}

void EngineState::buildGraph()
{
    const int n = int(m_assetModel.size());
    m_graph = DependencyGraph(std::size_t(n));
    for (const Dependency& d : m_model.dependencies) {
        const int u = assetRank(d.from);
        const int v = assetRank(d.to);
        if (u < 0 || v < 0 || u == v)
            continue; // validation reports these; a self-dependency could not change anything anyway
        boost::add_edge(std::size_t(u), std::size_t(v),
            DependencyEdge {d.kind, {d.weight(Dimension::C), d.weight(Dimension::I), d.weight(Dimension::A)}}, m_graph);
    }
    m_marks.resize(std::size_t(n));
    m_own.assign(std::size_t(n), ImpactVector {1, 1, 1});
    for (int r = 0; r < n; ++r)
        computeOwnImpact(r);
    const Condensation cond = condense(m_graph);
    computeImpact(m_graph, cond, m_own, m_impact);
    const std::vector<qint64> blast = computeBlastRadius(cond, n);
    m_result.assets.clear();
    m_result.assets.reserve(n);
    for (int r = 0; r < n; ++r)
        m_result.assets.append({m_assetIds[r], m_own[std::size_t(r)], m_impact[std::size_t(r)], blast[std::size_t(r)]});
}

void EngineState::computeAllBlast()
{
    const int n = int(m_assetModel.size());
    const std::vector<qint64> blast = computeBlastRadius(condense(m_graph), n);
    for (int r = 0; r < n; ++r)
        m_result.assets[r].blastRadius = blast[std::size_t(r)];
    m_stats.blastRebuilt = true;
}

void EngineState::computeFindings()
{
    std::vector<NetworkNode> nodes(m_assetModel.size());
    for (std::size_t r = 0; r < nodes.size(); ++r)
        nodes[r] = {assetAt(int(r)).tier, assetAt(int(r)).gateway};
    std::vector<std::pair<int, int>> links;
    std::vector<std::pair<int, int>> hosting;
    for (const Dependency& d : m_model.dependencies) {
        if (d.kind != DependencyKind::ConnectsVia && d.kind != DependencyKind::RunsOn)
            continue;
        const int u = assetRank(d.from);
        const int v = assetRank(d.to);
        if (u >= 0 && v >= 0)
            (d.kind == DependencyKind::ConnectsVia ? links : hosting).emplace_back(u, v);
    }
    m_result.findings = engine::computeFindings(nodes, m_assetIds, std::move(links), std::move(hosting));
    m_stats.findingsRebuilt = true;
}

void EngineState::refreshAssets(const std::vector<int>& ranks)
{
    for (const int r : ranks) {
        AssetResult& a = m_result.assets[r];
        a.ownImpact = m_own[std::size_t(r)];
        a.impact = m_impact[std::size_t(r)];
        for (int i = m_riskOffsets[std::size_t(r)]; i < m_riskOffsets[std::size_t(r) + 1]; ++i)
            computeRisk(i);
        m_stats.risksRecomputed += m_riskOffsets[std::size_t(r) + 1] - m_riskOffsets[std::size_t(r)];
    }
    m_stats.assetsRecomputed += qsizetype(ranks.size());
}

// ---- edits ----

bool EngineState::setControlStatus(const QString& id, ControlStatus status)
{
    const int k = controlRank(id);
    if (k < 0)
        return false;
    m_stats = {};
    Control& control = m_model.controls[m_controlModel[std::size_t(k)]];
    if (control.status == status)
        return true;
    control.status = status;
    const ReadinessSnapshot before = readinessSnapshot();
    computeReadiness();
    afterControlValuesChanged(before, -1);
    return true;
}

bool EngineState::setAssetImpact(const QString& id, Dimension d, std::optional<double> value)
{
    const int r = assetRank(id);
    if (r < 0)
        return false;
    m_stats = {};
    m_model.assets[m_assetModel[std::size_t(r)]].impact[dimIndex(d)] = value;
    const ImpactVector before = m_own[std::size_t(r)];
    computeOwnImpact(r);
    if (m_own[std::size_t(r)] == before)
        return true;
    // Only what the asset passes its impact on to can change: itself and what it depends on.
    const std::vector<int> region = reachableFrom(m_graph, r, m_marks);
    std::vector<int> changed = recomputeImpactRegion(m_graph, m_own, m_impact, region, m_marks);
    if (std::find(changed.begin(), changed.end(), r) == changed.end())
        changed.push_back(r); // its own impact is shown even when the effective one stayed
    refreshAssets(changed);
    computeTotals();
    return true;
}

bool EngineState::addDependency(const Dependency& dep)
{
    const int u = assetRank(dep.from);
    const int v = assetRank(dep.to);
    if (u < 0 || v < 0 || u == v)
        return false;
    const bool duplicate = std::any_of(m_model.dependencies.cbegin(), m_model.dependencies.cend(),
        [&](const Dependency& d) { return d.from == dep.from && d.to == dep.to && d.kind == dep.kind; });
    if (duplicate)
        return false;
    m_stats = {};
    m_model.dependencies.append(dep);
    const DependencyEdge edge {
        dep.kind, {dep.weight(Dimension::C), dep.weight(Dimension::I), dep.weight(Dimension::A)}};
    boost::add_edge(std::size_t(u), std::size_t(v), edge, m_graph);

    // A new edge can only raise impacts, starting at its target.
    ImpactVector candidate;
    for (std::size_t d = 0; d < 3; ++d)
        candidate[d] = edge.weight[d] * m_impact[std::size_t(u)][d];
    refreshAssets(raiseImpactFrom(m_graph, m_impact, v, candidate, m_marks));

    // The new ancestors of u reach v and everything v reaches.
    const std::vector<int> region = reachableFrom(m_graph, v, m_marks);
    if (region.size() > kIncrementalBlastLimit) {
        computeAllBlast();
    } else {
        for (std::size_t at = 0; at < region.size(); at += 64) {
            const std::vector<int> chunk(
                region.begin() + qsizetype(at), region.begin() + qsizetype(std::min(region.size(), at + 64)));
            const std::vector<qint64> counts = countAncestors(m_graph, chunk);
            for (std::size_t i = 0; i < chunk.size(); ++i)
                m_result.assets[chunk[i]].blastRadius = counts[i];
        }
    }
    if (affectsFindings(dep.kind))
        computeFindings();
    computeTotals();
    return true;
}

bool EngineState::removeDependency(const QString& from, const QString& to, DependencyKind kind)
{
    const int u = assetRank(from);
    const int v = assetRank(to);
    if (u < 0 || v < 0)
        return false;
    if (m_model.dependencies.removeIf(
            [&](const Dependency& d) { return d.from == from && d.to == to && d.kind == kind; })
        == 0)
        return false;
    m_stats = {};
    boost::remove_out_edge_if(
        std::size_t(u),
        [&](const DependencyGraph::edge_descriptor& e) {
            return boost::target(e, m_graph) == std::size_t(v) && m_graph[e].kind == kind;
        },
        m_graph);

    // Whatever v reaches now it reached before (a path from v that used the removed edge u -> v would
    // have passed through v twice), so this region holds every asset whose values can fall.
    const std::vector<int> region = reachableFrom(m_graph, v, m_marks);
    refreshAssets(recomputeImpactRegion(m_graph, m_own, m_impact, region, m_marks));
    if (region.size() > kIncrementalBlastLimit) {
        computeAllBlast();
    } else {
        for (std::size_t at = 0; at < region.size(); at += 64) {
            const std::vector<int> chunk(
                region.begin() + qsizetype(at), region.begin() + qsizetype(std::min(region.size(), at + 64)));
            const std::vector<qint64> counts = countAncestors(m_graph, chunk);
            for (std::size_t i = 0; i < chunk.size(); ++i)
                m_result.assets[chunk[i]].blastRadius = counts[i];
        }
    }
    if (affectsFindings(kind))
        computeFindings();
    computeTotals();
    return true;
}

bool EngineState::updateAsset(const Asset& asset)
{
    const int r = assetRank(asset.id);
    if (r < 0)
        return false;
    m_stats = {};
    Asset& stored = m_model.assets[m_assetModel[std::size_t(r)]];
    const Asset before = stored;
    stored = asset;
    if (before.classification != asset.classification || before.impact != asset.impact) {
        const ImpactVector own = m_own[std::size_t(r)];
        computeOwnImpact(r);
        if (m_own[std::size_t(r)] != own) {
            const std::vector<int> region = reachableFrom(m_graph, r, m_marks);
            std::vector<int> changed = recomputeImpactRegion(m_graph, m_own, m_impact, region, m_marks);
            if (std::find(changed.begin(), changed.end(), r) == changed.end())
                changed.push_back(r);
            refreshAssets(changed);
        }
    }
    if (before.tier != asset.tier || before.gateway != asset.gateway)
        computeFindings();
    if (before.type != asset.type || before.tier != asset.tier) {
        buildRiskLayer(); // the asset changed profile: other threats and controls may apply
        return true;
    }
    if (before.owner != asset.owner) {
        // 3.4: its risks read the readiness of its new owner's unit; nothing else depends on the owner.
        const int unit = asset.owner.isEmpty() ? -1 : m_unitIndex.value(asset.owner, -1);
        if (unit != m_assetUnit[std::size_t(r)]) {
            m_assetUnit[std::size_t(r)] = unit;
            recomputeRisksOf(r);
        }
    }
    computeTotals();
    return true;
}

bool EngineState::updateControl(const Control& control)
{
    const int k = controlRank(control.id);
    if (k < 0)
        return false;
    m_stats = {};
    Control& stored = m_model.controls[m_controlModel[std::size_t(k)]];
    // Everything but the values, the readiness and the descriptive fields: mitigates, scope, effect.
    Control probe = stored;
    probe.status = control.status;
    probe.statusByUnit = control.statusByUnit;
    probe.requires_ = control.requires_;
    probe.effectiveness = control.effectiveness;
    probe.name = control.name;
    probe.group = control.group;
    probe.cost = control.cost;
    probe.owner = control.owner;
    probe.source = control.source;
    const bool changesApplicability = !(probe == control);
    const bool effectivenessChanged = stored.effectiveEffectiveness() != control.effectiveEffectiveness();
    // status, status_by_unit and requires reach the scores only through readiness (3.4).
    const bool readinessChanged = stored.status != control.status || stored.statusByUnit != control.statusByUnit
        || stored.requires_ != control.requires_;
    const bool requiresChanged = stored.requires_ != control.requires_;
    stored = control;
    if (changesApplicability) {
        buildRiskLayer(); // mitigates, scope or effect: which controls apply, and how, changed
        return true;
    }
    if (!effectivenessChanged && !readinessChanged)
        return true; // only descriptive fields
    const ReadinessSnapshot before = readinessSnapshot();
    if (requiresChanged)
        setRequires(k);
    if (registerUnits(control))
        assignAssetUnits(); // a unit no control had a status for until now: its assets now read it
    if (readinessChanged)
        computeReadiness();
    if (effectivenessChanged)
        computeCoverage(k); // reductions default to the effectiveness
    afterControlValuesChanged(before, effectivenessChanged ? k : -1);
    return true;
}

bool EngineState::updateThreat(const Threat& threat)
{
    const int t = threatRank(threat.id);
    if (t < 0)
        return false;
    m_stats = {};
    Threat& stored = m_model.threats[m_threatModel[std::size_t(t)]];
    const Threat before = stored;
    stored = threat;
    if (before.category != threat.category || before.appliesTo != threat.appliesTo) {
        buildRiskLayer();
        return true;
    }
    if (before.likelihood == threat.likelihood && before.dimensions == threat.dimensions)
        return true;
    const std::size_t threats = m_threatModel.size();
    for (std::size_t p = std::size_t(t); p < m_pairs.size(); p += threats) {
        for (int i = m_pairRiskOffsets[p]; i < m_pairRiskOffsets[p + 1]; ++i) {
            const int risk = m_pairRisks[std::size_t(i)];
            const ExposureEntry* entry = exposureEntry(m_riskAsset[std::size_t(risk)], t);
            m_result.risks[risk].likelihood
                = entry && entry->likelihood ? *entry->likelihood : threat.effectiveLikelihood();
            computeRisk(risk);
            ++m_stats.risksRecomputed;
        }
    }
    computeTotals();
    return true;
}

bool EngineState::setExposure(const Exposure& exposure)
{
    if (assetRank(exposure.asset) < 0 || threatRank(exposure.threat) < 0)
        return false;
    m_stats = {};
    m_model.exposures.removeIf(
        [&](const Exposure& e) { return e.asset == exposure.asset && e.threat == exposure.threat; });
    m_model.exposures.append(exposure);
    buildRiskLayer(); // the set of risks may change
    return true;
}

bool EngineState::removeExposure(const QString& asset, const QString& threat)
{
    if (m_model.exposures.removeIf([&](const Exposure& e) { return e.asset == asset && e.threat == threat; }) == 0)
        return false;
    m_stats = {};
    buildRiskLayer();
    return true;
}

bool EngineState::setResponse(const Response& response)
{
    const int a = assetRank(response.asset);
    const int t = threatRank(response.threat);
    if (a < 0 || t < 0)
        return false;
    m_stats = {};
    m_model.responses.removeIf(
        [&](const Response& r) { return r.asset == response.asset && r.threat == response.threat; });
    m_model.responses.append(response);
    m_responses.insert(quint64(a) << 32 | quint64(t), response.response);
    for (int i = m_riskOffsets[std::size_t(a)]; i < m_riskOffsets[std::size_t(a) + 1]; ++i) {
        if (m_riskPair[std::size_t(i)] == int(pairIndex(a, t))) {
            m_result.risks[i].decided = true;
            m_result.risks[i].response = response.response;
            ++m_stats.risksRecomputed;
        }
    }
    return true; // responses do not enter the totals
}

bool EngineState::removeResponse(const QString& asset, const QString& threat)
{
    const int a = assetRank(asset);
    const int t = threatRank(threat);
    if (m_model.responses.removeIf([&](const Response& r) { return r.asset == asset && r.threat == threat; }) == 0)
        return false;
    m_stats = {};
    if (a < 0 || t < 0)
        return true;
    m_responses.remove(quint64(a) << 32 | quint64(t));
    for (int i = m_riskOffsets[std::size_t(a)]; i < m_riskOffsets[std::size_t(a) + 1]; ++i) {
        if (m_riskPair[std::size_t(i)] == int(pairIndex(a, t))) {
            m_result.risks[i].decided = false;
            computeRisk(i); // back to the suggested response
            ++m_stats.risksRecomputed;
        }
    }
    return true;
}

void EngineState::setSettings(const Settings& settings)
{
    Model model = std::move(m_model);
    model.settings = settings;
    reset(std::move(model)); // the impact table, the bands and the appetite reach every number
}

} // namespace mamori::engine
