// The risk layer of EngineState: readiness (RISK-MODEL.md 3.4), exposures (3.3), applicable controls
// and residuals (3.5), levels, responses (3.6) and totals (3.9).
//
// Floating point: products and sums are taken in the same order as the contract writes them (controls
// in id order, requires in list order, risks in (asset, threat) order), so a partial recompute gives
// the same doubles as a full one, and the reference agrees to the last bit in practice.

#include "engine/EngineState.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <tuple>

namespace mamori::engine {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::Engine)
};

double statusFactor(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Implemented:
        return 1.0;
    case ControlStatus::Partial:
        return 0.5;
    case ControlStatus::Planned:
    case ControlStatus::None:
        return 0.0;
    }
    return 0.0;
}

int bandIndex(const QList<Band>& bands, double value)
{
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (value <= bands[i].bound + 1e-12)
            return int(i);
    }
    return int(bands.size()) - 1; // beyond every bound: the last band (-1 without bands)
}

bool inScope(const Control& k, const Profile& p, int controlRank)
{
    switch (k.scope.mode) {
    case ControlScope::Mode::All:
        return true;
    case ControlScope::Mode::Assets:
        return std::binary_search(p.listedIn.begin(), p.listedIn.end(), controlRank);
    case ControlScope::Mode::Filter:
        return k.scope.filter.matches(p.type, p.tier);
    }
    return false;
}

} // namespace

std::optional<double> ControlCoverage::reductionFor(int threat, int category) const
{
    for (const auto& [t, r] : threats) {
        if (t == threat)
            return r;
    }
    if (category >= 1 && category <= kThreatCategoryCount)
        return categories[std::size_t(category - 1)];
    return std::nullopt;
}

const ExposureEntry* EngineState::exposureEntry(int asset, int threat) const
{
    const auto first = m_exposures.begin() + m_exposureOffsets[std::size_t(asset)];
    const auto last = m_exposures.begin() + m_exposureOffsets[std::size_t(asset) + 1];
    const auto it = std::lower_bound(first, last, threat, [](const ExposureEntry& e, int t) { return e.threat < t; });
    return it != last && it->threat == threat ? &*it : nullptr;
}

void EngineState::computeCoverage(int control)
{
    const Control& k = controlAt(control);
    ControlCoverage c;
    const double effectiveness = k.effectiveEffectiveness();
    for (const Mitigation& m : k.mitigates) {
        const double r = m.reduction.value_or(effectiveness);
        if (m.category) {
            if (*m.category >= 1 && *m.category <= kThreatCategoryCount)
                c.categories[std::size_t(*m.category - 1)] = r;
            continue;
        }
        const int t = threatRank(m.threat);
        if (t < 0)
            continue;
        auto it = std::find_if(c.threats.begin(), c.threats.end(), [t](const auto& e) { return e.first == t; });
        if (it != c.threats.end())
            it->second = r;
        else
            c.threats.emplace_back(t, r);
    }
    m_coverage[std::size_t(control)] = std::move(c);
}

bool EngineState::computeReadiness()
{
    // g(k) = f(status) * product of g(k') over requires, in the post-order of an iterative
    // depth-first search (a chain of thousands of controls must not overflow the stack), so every
    // requirement is done before what requires it. A requirement still on the stack when its
    // dependent finishes closes a cycle: reported once per cycle, and counted as readiness 0.
    const int n = int(m_controlModel.size());
    enum class Mark : std::uint8_t { New, Active, Done };
    std::vector<Mark> mark(static_cast<std::size_t>(n), Mark::New);
    std::vector<char> done(static_cast<std::size_t>(n), 0);
    m_readiness.assign(std::size_t(n), 0.0);
    m_unitReadiness.assign(std::size_t(n), {});
    m_result.errors.clear();
    std::vector<std::pair<int, std::size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (mark[std::size_t(root)] != Mark::New)
            continue;
        stack.emplace_back(root, 0);
        mark[std::size_t(root)] = Mark::Active;
        while (!stack.empty()) {
            auto& [k, next] = stack.back();
            const std::vector<int>& reqs = m_requires[std::size_t(k)];
            if (next < reqs.size()) {
                const int r = reqs[next++];
                if (mark[std::size_t(r)] == Mark::New) {
                    mark[std::size_t(r)] = Mark::Active;
                    stack.emplace_back(r, 0);
                } else if (mark[std::size_t(r)] == Mark::Active) {
                    QStringList cycle;
                    bool in = false;
                    for (const auto& frame : stack) {
                        in = in || frame.first == r;
                        if (in)
                            cycle.append(controlAt(frame.first).id);
                    }
                    cycle.append(controlAt(r).id);
                    m_result.errors.append(
                        {QString(), QStringLiteral("/controls/%1/requires").arg(controlModelIndex(r)),
                            Tr::tr("the requires chain loops: %1").arg(cycle.join(QStringLiteral(" -> ")))});
                }
                continue;
            }
            finishReadiness(k, done);
            mark[std::size_t(k)] = Mark::Done;
            done[std::size_t(k)] = 1;
            stack.pop_back();
        }
    }
    return !m_result.errors.isEmpty();
}

void EngineState::finishReadiness(int k, const std::vector<char>& done)
{
    const Control& control = controlAt(k);
    const std::vector<int>& reqs = m_requires[std::size_t(k)];
    double g = statusFactor(control.status);
    for (const int r : reqs)
        g *= done[std::size_t(r)] ? m_readiness[std::size_t(r)] : 0.0;
    m_readiness[std::size_t(k)] = g;

    // g(k, u) differs from g(k) only for the units k or something it requires has a status for
    // (3.4): only those are computed, the product in the same order as g(k)'s.
    std::vector<UnitReadiness>& byUnit = m_unitReadiness[std::size_t(k)];
    for (auto it = control.statusByUnit.cbegin(); it != control.statusByUnit.cend(); ++it)
        byUnit.push_back({m_unitIndex.value(it.key(), -1), 0});
    for (const int r : reqs) {
        if (done[std::size_t(r)]) {
            for (const UnitReadiness& u : m_unitReadiness[std::size_t(r)])
                byUnit.push_back({u.unit, 0});
        }
    }
    if (byUnit.empty())
        return;
    std::sort(
        byUnit.begin(), byUnit.end(), [](const UnitReadiness& a, const UnitReadiness& b) { return a.unit < b.unit; });
    byUnit.erase(std::unique(byUnit.begin(), byUnit.end(),
                     [](const UnitReadiness& a, const UnitReadiness& b) { return a.unit == b.unit; }),
        byUnit.end());
    for (UnitReadiness& u : byUnit) {
        double gu = statusFactor(control.statusFor(m_unitIds[u.unit]));
        for (const int r : reqs)
            gu *= done[std::size_t(r)] ? readinessFor(r, u.unit) : 0.0;
        u.readiness = gu;
    }
}

double EngineState::readinessFor(int control, int unit) const
{
    if (unit >= 0) {
        const std::vector<UnitReadiness>& byUnit = m_unitReadiness[std::size_t(control)];
        const auto it = std::lower_bound(
            byUnit.begin(), byUnit.end(), unit, [](const UnitReadiness& u, int x) { return u.unit < x; });
        if (it != byUnit.end() && it->unit == unit)
            return it->readiness;
    }
    return m_readiness[std::size_t(control)];
}

std::pair<double, double> PairData::factorsFor(int unit) const
{
    if (unit >= 0 && !units.empty()) {
        const auto it = std::lower_bound(
            units.begin(), units.end(), unit, [](const UnitFactors& u, int x) { return u.unit < x; });
        if (it != units.end() && it->unit == unit)
            return {it->mL, it->mI};
    }
    return {mL, mI};
}

bool EngineState::registerUnits(const Control& control)
{
    bool added = false;
    for (auto it = control.statusByUnit.cbegin(); it != control.statusByUnit.cend(); ++it) {
        if (!m_unitIndex.contains(it.key())) {
            m_unitIndex.insert(it.key(), int(m_unitIds.size()));
            m_unitIds.append(it.key());
            added = true;
        }
    }
    return added;
}

void EngineState::assignAssetUnits()
{
    const int assets = int(m_assetModel.size());
    m_assetUnit.assign(std::size_t(assets), -1);
    if (m_unitIndex.isEmpty())
        return; // no control has a status of its own for any unit: every asset uses g(k)
    for (int a = 0; a < assets; ++a) {
        const QString& owner = assetAt(a).owner;
        if (!owner.isEmpty())
            m_assetUnit[std::size_t(a)] = m_unitIndex.value(owner, -1);
    }
}

void EngineState::computePairFactors(std::size_t index)
{
    PairData& pair = m_pairs[index];
    const int t = int(index % m_threatModel.size());
    const int category = threatAt(t).category;
    double mL = 1.0;
    double mI = 1.0;
    std::vector<UnitFactors> units;
    for (const int k : pair.controls) {
        const double factor = 1.0 - *m_coverage[std::size_t(k)].reductionFor(t, category) * m_readiness[std::size_t(k)];
        if (controlAt(k).effect == ControlEffect::Impact)
            mI *= factor;
        else
            mL *= factor;
        for (const UnitReadiness& u : m_unitReadiness[std::size_t(k)])
            units.push_back({u.unit, 1, 1});
    }
    pair.mL = mL;
    pair.mI = mI;
    if (!units.empty()) {
        std::sort(
            units.begin(), units.end(), [](const UnitFactors& a, const UnitFactors& b) { return a.unit < b.unit; });
        units.erase(std::unique(units.begin(), units.end(),
                        [](const UnitFactors& a, const UnitFactors& b) { return a.unit == b.unit; }),
            units.end());
        // The same product as above with g(k, u): the same doubles as a model where u's statuses
        // were every control's own.
        for (UnitFactors& u : units) {
            for (const int k : pair.controls) {
                const double factor
                    = 1.0 - *m_coverage[std::size_t(k)].reductionFor(t, category) * readinessFor(k, u.unit);
                if (controlAt(k).effect == ControlEffect::Impact)
                    u.mI *= factor;
                else
                    u.mL *= factor;
            }
        }
    }
    pair.units = std::move(units);
}

void EngineState::refreshControlResult(int control)
{
    ControlResult& c = m_result.controls[control];
    c.readiness = m_readiness[std::size_t(control)];
    c.strength = controlAt(control).effectiveEffectiveness() * c.readiness;
}

void EngineState::buildRiskLayer()
{
    m_stats.riskLayerRebuilt = true;
    buildControls();
    buildProfiles();
    buildPairs();
    buildExposures();
    buildResponses();
    buildRisks(exposedPairs());
    groupRisksByPair();
    computeTotals();
}

void EngineState::setRequires(int control)
{
    std::vector<int>& reqs = m_requires[std::size_t(control)];
    reqs.clear();
    for (const QString& id : controlAt(control).requires_) {
        const int r = controlRank(id);
        if (r >= 0)
            reqs.push_back(r);
    }
}

void EngineState::buildControls()
{
    const int controls = int(m_controlModel.size());
    m_requires.assign(std::size_t(controls), {});
    for (int k = 0; k < controls; ++k) {
        setRequires(k);
        registerUnits(controlAt(k));
    }
    assignAssetUnits();
    computeReadiness();
    m_coverage.assign(std::size_t(controls), {});
    for (int k = 0; k < controls; ++k)
        computeCoverage(k);
    m_result.controls.clear();
    m_result.controls.reserve(controls);
    for (int k = 0; k < controls; ++k) {
        m_result.controls.append({controlAt(k).id, 0, 0});
        refreshControlResult(k);
    }
}

void EngineState::buildProfiles()
{
    const int assets = int(m_assetModel.size());
    const int controls = int(m_controlModel.size());
    std::vector<std::vector<int>> listedIn(static_cast<std::size_t>(assets));
    for (int k = 0; k < controls; ++k) {
        const Control& c = controlAt(k);
        if (c.scope.mode != ControlScope::Mode::Assets)
            continue;
        for (const QString& id : c.scope.assets) {
            const int a = assetRank(id);
            if (a >= 0 && (listedIn[std::size_t(a)].empty() || listedIn[std::size_t(a)].back() != k))
                listedIn[std::size_t(a)].push_back(k);
        }
    }
    std::map<std::tuple<AssetType, Tier, std::vector<int>>, int> profileIds;
    m_profiles.clear();
    m_profileOf.assign(std::size_t(assets), 0);
    for (int a = 0; a < assets; ++a) {
        const Asset& asset = assetAt(a);
        auto key = std::make_tuple(asset.type, asset.tier, std::move(listedIn[std::size_t(a)]));
        auto [it, inserted] = profileIds.try_emplace(std::move(key), int(m_profiles.size()));
        if (inserted)
            m_profiles.push_back({asset.type, asset.tier, std::get<2>(it->first)});
        m_profileOf[std::size_t(a)] = it->second;
    }
}

void EngineState::buildPairs()
{
    const int threats = int(m_threatModel.size());
    const int controls = int(m_controlModel.size());
    m_pairs.assign(m_profiles.size() * std::size_t(threats), {});
    m_controlPairs.assign(std::size_t(controls), {});
    for (std::size_t p = 0; p < m_profiles.size(); ++p) {
        const Profile& profile = m_profiles[p];
        for (int t = 0; t < threats; ++t) {
            const Threat& threat = threatAt(t);
            const std::size_t index = p * std::size_t(threats) + std::size_t(t);
            PairData& pair = m_pairs[index];
            pair.applies = threat.appliesTo.matches(profile.type, profile.tier);
            for (int k = 0; k < controls; ++k) {
                if (!inScope(controlAt(k), profile, k) || !m_coverage[std::size_t(k)].reductionFor(t, threat.category))
                    continue;
                pair.controls.push_back(k);
                pair.controlIds.append(controlAt(k).id);
                m_controlPairs[std::size_t(k)].push_back(int(index));
            }
            computePairFactors(index);
        }
    }
}

void EngineState::buildExposures()
{
    // The last entry of each pair decides (an excluded one removes the pair).
    m_exposures.clear();
    for (const Exposure& e : m_model.exposures) {
        const int a = assetRank(e.asset);
        const int t = threatRank(e.threat);
        if (a >= 0 && t >= 0)
            m_exposures.push_back({a, t, e.likelihood, e.excluded});
    }
    std::stable_sort(m_exposures.begin(), m_exposures.end(), [](const ExposureEntry& x, const ExposureEntry& y) {
        return std::tie(x.asset, x.threat) < std::tie(y.asset, y.threat);
    });
    std::vector<ExposureEntry> last;
    last.reserve(m_exposures.size());
    for (const ExposureEntry& e : m_exposures) {
        if (!last.empty() && last.back().asset == e.asset && last.back().threat == e.threat)
            last.back() = e;
        else
            last.push_back(e);
    }
    m_exposures = std::move(last);
    const int assets = int(m_assetModel.size());
    m_exposureOffsets.assign(std::size_t(assets) + 1, 0);
    for (const ExposureEntry& e : m_exposures)
        ++m_exposureOffsets[std::size_t(e.asset) + 1];
    for (int a = 0; a < assets; ++a)
        m_exposureOffsets[std::size_t(a) + 1] += m_exposureOffsets[std::size_t(a)];
}

void EngineState::buildResponses()
{
    m_responses.clear();
    for (const Response& r : m_model.responses) {
        const int a = assetRank(r.asset);
        const int t = threatRank(r.threat);
        if (a >= 0 && t >= 0)
            m_responses.insert(quint64(a) << 32 | quint64(t), r.response);
    }
}

std::vector<EngineState::ExposedPair> EngineState::exposedPairs() const
{
    const int assets = int(m_assetModel.size());
    const int threats = int(m_threatModel.size());
    // Counted first so that the risks are allocated once.
    std::vector<ExposedPair> exposed;
    {
        std::vector<qsizetype> perProfile(m_profiles.size(), 0); // applies_to matches per profile
        for (std::size_t p = 0; p < m_profiles.size(); ++p) {
            for (int t = 0; t < threats; ++t)
                perProfile[p] += m_pairs[p * std::size_t(threats) + std::size_t(t)].applies ? 1 : 0;
        }
        qsizetype estimate = qsizetype(m_exposures.size());
        for (int a = 0; a < assets; ++a)
            estimate += perProfile[std::size_t(m_profileOf[std::size_t(a)])];
        exposed.reserve(std::size_t(estimate));
    }
    for (int a = 0; a < assets; ++a) {
        const std::size_t pairBase = std::size_t(m_profileOf[std::size_t(a)]) * std::size_t(threats);
        const ExposureEntry* entry = m_exposures.data() + m_exposureOffsets[std::size_t(a)];
        const ExposureEntry* entriesEnd = m_exposures.data() + m_exposureOffsets[std::size_t(a) + 1];
        for (int t = 0; t < threats; ++t) {
            bool isExposed = m_pairs[pairBase + std::size_t(t)].applies;
            double likelihood = threatAt(t).effectiveLikelihood();
            if (entry != entriesEnd && entry->threat == t) {
                isExposed = !entry->excluded;
                if (entry->likelihood)
                    likelihood = *entry->likelihood;
                ++entry;
            }
            if (isExposed)
                exposed.push_back({a, t, likelihood});
        }
    }
    return exposed;
}

void EngineState::buildRisks(const std::vector<ExposedPair>& exposed)
{
    const int assets = int(m_assetModel.size());
    const int threats = int(m_threatModel.size());
    m_result.risks.clear();
    m_result.risks.reserve(qsizetype(exposed.size()));
    m_riskAsset.clear();
    m_riskAsset.reserve(exposed.size());
    m_riskPair.clear();
    m_riskPair.reserve(exposed.size());
    m_riskOffsets.assign(std::size_t(assets) + 1, 0);
    for (const ExposedPair& x : exposed) {
        const std::size_t pair
            = std::size_t(m_profileOf[std::size_t(x.asset)]) * std::size_t(threats) + std::size_t(x.threat);
        const Threat& threat = threatAt(x.threat);
        RiskResult r;
        r.asset = m_assetIds[x.asset];
        r.threat = threat.id;
        r.category = threat.category;
        r.likelihood = x.likelihood;
        r.controls = m_pairs[pair].controlIds;
        const auto decided = m_responses.constFind(quint64(x.asset) << 32 | quint64(x.threat));
        r.decided = decided != m_responses.cend();
        if (r.decided)
            r.response = *decided;
        m_result.risks.append(std::move(r));
        m_riskAsset.push_back(x.asset);
        m_riskPair.push_back(int(pair));
        ++m_riskOffsets[std::size_t(x.asset) + 1];
    }
    for (int a = 0; a < assets; ++a)
        m_riskOffsets[std::size_t(a) + 1] += m_riskOffsets[std::size_t(a)];
    m_riskFigures.assign(exposed.size(), {});
    m_blockTotals.assign((exposed.size() + kTotalsBlock - 1) / kTotalsBlock, {});
    m_blockDirty.assign(m_blockTotals.size(), 1);
    for (qsizetype i = 0; i < m_result.risks.size(); ++i)
        computeRisk(i);
    m_stats.risksRecomputed = m_result.risks.size();
}

void EngineState::groupRisksByPair()
{
    m_pairRiskOffsets.assign(m_pairs.size() + 1, 0);
    for (const int p : m_riskPair)
        ++m_pairRiskOffsets[std::size_t(p) + 1];
    for (std::size_t p = 0; p < m_pairs.size(); ++p)
        m_pairRiskOffsets[p + 1] += m_pairRiskOffsets[p];
    m_pairRisks.assign(m_riskPair.size(), 0);
    std::vector<int> fill(m_pairRiskOffsets.begin(), m_pairRiskOffsets.end() - 1);
    for (std::size_t i = 0; i < m_riskPair.size(); ++i)
        m_pairRisks[std::size_t(fill[std::size_t(m_riskPair[i])]++)] = int(i);
}

void EngineState::computeRisk(qsizetype index)
{
    RiskResult& r = m_result.risks[index];
    const int a = m_riskAsset[std::size_t(index)];
    const int pairIdx = m_riskPair[std::size_t(index)];
    const PairData& pair = m_pairs[std::size_t(pairIdx)];
    const Threat& threat = threatAt(int(std::size_t(pairIdx) % m_threatModel.size()));
    const ImpactVector& imp = m_impact[std::size_t(a)];
    double impact = 0;
    bool any = false;
    for (Dimension d : kDimensions) {
        if (threat.dimensions.contains(d)) {
            impact = any ? std::max(impact, imp[std::size_t(dimIndex(d))]) : imp[std::size_t(dimIndex(d))];
            any = true;
        }
    }
    if (!any)
        impact = 1.0; // a threat without dimensions (invalid) harms nothing: the lowest impact
    r.impact = impact;
    r.inherent = r.likelihood * impact;
    // 3.4: readiness of the owner's unit (an asset without one, or of a unit no control has a status
    // of its own for, takes the pair's shared factors).
    const auto [mL, mI] = pair.factorsFor(m_assetUnit[std::size_t(a)]);
    r.likelihoodFactor = mL;
    r.impactFactor = mI;
    r.residualLikelihood = 1.0 + (r.likelihood - 1.0) * mL;
    r.residualImpact = 1.0 + (impact - 1.0) * mI;
    r.residual = r.residualLikelihood * r.residualImpact;
    r.levelInherent = bandIndex(m_result.bands, r.inherent);
    r.level = bandIndex(m_result.bands, r.residual);
    if (!r.decided)
        r.response = r.residual <= m_result.appetite + 1e-12 ? ResponseKind::Accept : ResponseKind::Mitigate;
    // The tier from the profile: a small array, where the asset itself would be a cache miss.
    const Tier tier = m_profiles[std::size_t(m_profileOf[std::size_t(a)])].tier;
    m_riskFigures[std::size_t(index)] = {r.inherent, r.residual, r.level, qint16(r.category), qint16(tier)};
    m_blockDirty[std::size_t(index) / kTotalsBlock] = 1;
}

void EngineState::computeTotals()
{
    const double appetite = m_result.appetite;
    const std::size_t bands = std::size_t(m_result.bands.size());
    const auto add = [](TotalsBucket& b, const RiskFigures& r) {
        ++b.count;
        b.inherent += r.inherent;
        b.residual += r.residual;
    };
    for (std::size_t block = 0; block < m_blockTotals.size(); ++block) {
        if (!m_blockDirty[block])
            continue;
        m_blockDirty[block] = 0;
        BlockTotals t;
        t.byBand.assign(bands, 0);
        const std::size_t end = std::min(m_riskFigures.size(), (block + 1) * kTotalsBlock);
        for (std::size_t i = block * kTotalsBlock; i < end; ++i) {
            const RiskFigures& r = m_riskFigures[i];
            t.inherent += r.inherent;
            t.residual += r.residual;
            t.aboveAppetite += r.residual > appetite + 1e-12 ? 1 : 0;
            if (r.level >= 0)
                ++t.byBand[std::size_t(r.level)];
            const bool validCategory = r.category >= 1 && r.category <= kThreatCategoryCount;
            add(t.byCategory[validCategory ? std::size_t(r.category - 1) : std::size_t(kThreatCategoryCount)], r);
            add(t.byTier[std::size_t(r.tier)], r);
        }
        m_blockTotals[block] = std::move(t);
    }
    Totals t;
    t.byBand.fill(0, qsizetype(bands));
    const auto merge = [](TotalsBucket& into, const TotalsBucket& b) {
        into.count += b.count;
        into.inherent += b.inherent;
        into.residual += b.residual;
    };
    for (const BlockTotals& b : m_blockTotals) {
        t.inherent += b.inherent;
        t.residual += b.residual;
        t.aboveAppetite += b.aboveAppetite;
        for (std::size_t i = 0; i < bands; ++i)
            t.byBand[qsizetype(i)] += b.byBand[i];
        for (std::size_t c = 0; c < t.byCategory.size(); ++c)
            merge(t.byCategory[c], b.byCategory[c]);
        for (std::size_t i = 0; i < 4; ++i)
            merge(t.byTier[i], b.byTier[i]);
    }
    m_result.totals = std::move(t);
}

void EngineState::afterControlValuesChanged(const ReadinessSnapshot& before, int changedControl)
{
    // The controls whose factor 1 - r * g can have changed: those whose readiness moved, for any unit
    // (the edited one and any that require it, directly or not), and the one whose effectiveness moved.
    std::vector<char> touched(m_controlModel.size(), 0);
    for (std::size_t k = 0; k < touched.size(); ++k) {
        if (m_readiness[k] != before.own[k] || m_unitReadiness[k] != before.byUnit[k])
            touched[k] = 1;
    }
    if (changedControl >= 0)
        touched[std::size_t(changedControl)] = 1;
    std::vector<char> pairDone(m_pairs.size(), 0);
    for (std::size_t k = 0; k < touched.size(); ++k) {
        if (!touched[k])
            continue;
        refreshControlResult(int(k));
        for (const int p : m_controlPairs[k]) {
            if (pairDone[std::size_t(p)])
                continue;
            pairDone[std::size_t(p)] = 1;
            PairData& pair = m_pairs[std::size_t(p)];
            const PairData old {false, {}, {}, pair.mL, pair.mI, pair.units};
            computePairFactors(std::size_t(p));
            if (pair.mL == old.mL && pair.mI == old.mI && pair.units == old.units)
                continue;
            // Only the risks whose own factors moved: an edit of one unit's status leaves the
            // assets of the other units as they were.
            for (int i = m_pairRiskOffsets[std::size_t(p)]; i < m_pairRiskOffsets[std::size_t(p) + 1]; ++i) {
                const int risk = m_pairRisks[std::size_t(i)];
                const int unit = m_assetUnit[std::size_t(m_riskAsset[std::size_t(risk)])];
                if (pair.factorsFor(unit) == old.factorsFor(unit))
                    continue;
                computeRisk(risk);
                ++m_stats.risksRecomputed;
            }
        }
    }
    computeTotals();
}

void EngineState::recomputeRisksOf(int asset)
{
    for (int i = m_riskOffsets[std::size_t(asset)]; i < m_riskOffsets[std::size_t(asset) + 1]; ++i)
        computeRisk(i);
    m_stats.risksRecomputed += m_riskOffsets[std::size_t(asset) + 1] - m_riskOffsets[std::size_t(asset)];
}

} // namespace mamori::engine
