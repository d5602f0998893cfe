#include "engine/ContinuityGraph.h"

#include "engine/Assessment.h"
#include "engine/Graph.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>

namespace mamori::engine {

namespace {

/// FNV-1a over both ids' UTF-16 units: stable across runs and platforms (qHash is seeded per process).
std::uint64_t sourceKey(const QString& asset, const QString& threat)
{
    std::uint64_t h = 0xCBF29CE484222325ULL;
    const auto add = [&h](char16_t unit) {
        h = (h ^ (unit & 0xFFu)) * 0x100000001B3ULL;
        h = (h ^ (unit >> 8)) * 0x100000001B3ULL;
    };
    for (const QChar c : asset)
        add(c.unicode());
    add(0xFFFF); // the separator: ("ab", "c") and ("a", "bc") differ
    for (const QChar c : threat)
        add(c.unicode());
    return h;
}

/// The sources of section 10, step 1: one per exposed pair whose threat has an outage and whose
/// rate after the pair's likelihood factor is above 0, in (asset, threat) order.
void prepareSources(ContinuityPlan& plan, const Model& model, const Assessment& assessment,
    const QHash<QString, int>& rank)
{
    QHash<QString, const Threat*> threats;
    for (const Threat& t : model.threats)
        threats.insert(t.id, &t); // ids are unique in a valid model
    for (const RiskResult& r : assessment.risks) {
        const Threat* threat = threats.value(r.threat, nullptr);
        const int asset = rank.value(r.asset, -1);
        if (!threat || !threat->outage || asset < 0)
            continue;
        const Outage& o = *threat->outage;
        const double rate = o.rate * r.likelihoodFactor;
        if (!(rate > 0) || !(o.p5Hours > 0) || !(o.p95Hours > 0))
            continue;
        const double low = std::log(o.p5Hours);
        const double high = std::log(o.p95Hours);
        plan.sources.push_back({asset, rate, (low + high) / 2, (high - low) / 3.29, r.impactFactor, std::exp(-rate),
            sourceKey(r.asset, r.threat), PoissonSampler(rate)});
    }
    // Risks come in (asset, threat) order, so this only guards the grouping by asset the trial needs.
    std::stable_sort(plan.sources.begin(), plan.sources.end(),
        [](const OutageSource& a, const OutageSource& b) { return a.asset < b.asset; });
}

/// Step 2's groups: per asset, its dependencies with an A weight above 0, those sharing a `group`
/// together (needing `need` of them), each ungrouped one a group of its own needing 1.
void prepareGroups(ContinuityPlan& plan, const Model& model, const std::vector<const Asset*>& assetOf,
    const QHash<QString, int>& rank)
{
    struct Pending {
        QString key; // empty: an ungrouped dependency
        int need = 1;
        std::vector<int> targets;
    };
    const std::size_t n = std::size_t(plan.assetCount);
    std::vector<std::vector<Pending>> pending(n);
    for (const Dependency& d : model.dependencies) {
        if (!(d.weight(Dimension::A) > 0))
            continue;
        const int u = rank.value(d.from, -1);
        const int v = rank.value(d.to, -1);
        if (u < 0 || v < 0)
            continue;
        std::vector<Pending>& mine = pending[std::size_t(u)];
        auto it = d.group.isEmpty() ? mine.end()
                                    : std::find_if(mine.begin(), mine.end(),
                                        [&](const Pending& p) { return !p.key.isEmpty() && p.key == d.group; });
        if (it == mine.end()) {
            const Asset* asset = assetOf[std::size_t(u)];
            const int need = d.group.isEmpty() || !asset ? 1 : asset->needFor(d.group);
            mine.push_back({d.group, need, {}});
            it = mine.end() - 1;
        }
        it->targets.push_back(v);
    }
    plan.groupOffsets.assign(n + 1, 0);
    for (std::size_t u = 0; u < n; ++u) {
        for (const Pending& p : pending[u]) {
            const int begin = int(plan.targets.size());
            plan.targets.insert(plan.targets.end(), p.targets.begin(), p.targets.end());
            plan.groups.push_back({p.need, begin, int(plan.targets.size())});
        }
        plan.groupOffsets[u + 1] = int(plan.groups.size());
    }
}

/// The condensation of the propagating dependencies, targets first, and per asset the positions of
/// the components that depend on it.
void prepareOrder(ContinuityPlan& plan)
{
    const std::size_t n = std::size_t(plan.assetCount);
    DependencyGraph graph(n);
    std::vector<char> selfDependent(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        for (int g = plan.groupOffsets[u]; g < plan.groupOffsets[u + 1]; ++g) {
            const DependencyGroup& group = plan.groups[std::size_t(g)];
            for (int t = group.targetBegin; t < group.targetEnd; ++t) {
                const int v = plan.targets[std::size_t(t)];
                boost::add_edge(u, std::size_t(v), graph);
                selfDependent[u] = selfDependent[u] || std::size_t(v) == u;
            }
        }
    }
    const Condensation c = condense(graph);
    plan.positionOf.assign(n, 0);
    plan.memberOffsets.assign(1, 0);
    // c.order puts dependents before what they depend on: walk it backwards.
    for (auto it = c.order.rbegin(); it != c.order.rend(); ++it) {
        const int component = *it;
        const int position = int(plan.memberOffsets.size()) - 1;
        const int first = c.memberOffsets[std::size_t(component)];
        const int last = c.memberOffsets[std::size_t(component) + 1];
        bool cyclic = last - first > 1;
        for (int m = first; m < last; ++m) {
            const int v = c.members[std::size_t(m)];
            plan.members.push_back(v);
            plan.positionOf[std::size_t(v)] = position;
            cyclic = cyclic || selfDependent[std::size_t(v)];
        }
        plan.memberOffsets.push_back(int(plan.members.size()));
        plan.cyclic.push_back(cyclic ? 1 : 0);
    }

    std::vector<std::pair<int, int>> edges; // (target, position of its dependent)
    for (std::size_t u = 0; u < n; ++u) {
        for (int g = plan.groupOffsets[u]; g < plan.groupOffsets[u + 1]; ++g) {
            const DependencyGroup& group = plan.groups[std::size_t(g)];
            for (int t = group.targetBegin; t < group.targetEnd; ++t) {
                const int v = plan.targets[std::size_t(t)];
                if (plan.positionOf[std::size_t(v)] != plan.positionOf[u])
                    edges.emplace_back(v, plan.positionOf[u]);
            }
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    plan.dependentOffsets.assign(n + 1, 0);
    for (const auto& [v, position] : edges)
        ++plan.dependentOffsets[std::size_t(v) + 1];
    for (std::size_t v = 0; v < n; ++v)
        plan.dependentOffsets[v + 1] += plan.dependentOffsets[v];
    plan.dependents.reserve(edges.size());
    for (const auto& [v, position] : edges)
        plan.dependents.push_back(position);
}

} // namespace

ContinuityPlan prepareContinuity(const Model& model, const Assessment& assessment)
{
    ContinuityPlan plan;
    plan.assetCount = int(assessment.assets.size());
    QHash<QString, int> rank;
    rank.reserve(assessment.assets.size());
    for (int i = 0; i < plan.assetCount; ++i)
        rank.insert(assessment.assets[i].id, i);
    std::vector<const Asset*> assetOf(std::size_t(plan.assetCount), nullptr);
    plan.rtoHours.assign(std::size_t(plan.assetCount), std::nullopt);
    plan.lossPerHour.assign(std::size_t(plan.assetCount), 0.0);
    for (const Asset& a : model.assets) {
        const int i = rank.value(a.id, -1);
        if (i < 0 || assetOf[std::size_t(i)])
            continue;
        assetOf[std::size_t(i)] = &a;
        if (a.continuity) {
            plan.rtoHours[std::size_t(i)] = a.continuity->rtoHours;
            plan.lossPerHour[std::size_t(i)] = a.continuity->lossPerHour.value_or(0.0);
        }
    }
    prepareSources(plan, model, assessment, rank);
    prepareGroups(plan, model, assetOf, rank);
    prepareOrder(plan);
    return plan;
}

// ---- one trial ----

TrialPlayer::TrialPlayer(const ContinuityPlan& plan)
    : m_plan(plan)
    , m_own(std::size_t(plan.assetCount))
    , m_ownStamp(std::size_t(plan.assetCount), 0)
    , m_down(std::size_t(plan.assetCount))
    , m_downStamp(std::size_t(plan.assetCount), 0)
    , m_dirty((std::size_t(plan.positionCount()) + 63) / 64, 0)
{
}

double TrialPlayer::play(std::uint64_t seed, std::uint64_t trial, std::vector<AssetTally>& tallies)
{
    if (++m_trialStamp == 0) { // wrapped after 4 billion trials: forget every old stamp once
        std::fill(m_ownStamp.begin(), m_ownStamp.end(), 0);
        std::fill(m_downStamp.begin(), m_downStamp.end(), 0);
        m_trialStamp = 1;
    }
    m_pool.clear();
    m_downAssets.clear();
    drawOwnOutages(trialKey(seed, trial));
    // Positions in ascending order; a position only marks positions after its own.
    for (std::size_t w = 0; w < m_dirty.size(); ++w) {
        while (m_dirty[w]) {
            const int bit = std::countr_zero(m_dirty[w]);
            m_dirty[w] &= m_dirty[w] - 1;
            playPosition(int(w * 64) + bit);
        }
    }
    double loss = 0;
    for (const int u : m_downAssets) {
        const Span s = m_down[std::size_t(u)];
        std::int64_t hours = 0;
        std::int32_t longest = 0;
        for (std::uint32_t i = s.offset; i < s.offset + s.length; ++i) {
            const std::int32_t run = m_pool[i].end - m_pool[i].start;
            hours += run;
            longest = std::max(longest, run);
        }
        AssetTally& tally = tallies[std::size_t(u)];
        tally.hours += hours;
        tally.hoursSquared += hours * hours;
        ++tally.trialsDown;
        const std::optional<double>& rto = m_plan.rtoHours[std::size_t(u)];
        if (rto && double(longest) > *rto)
            ++tally.trialsOverRto;
        loss += double(hours) * m_plan.lossPerHour[std::size_t(u)];
    }
    return loss;
}

void TrialPlayer::drawOwnOutages(std::uint64_t trial)
{
    // Section 10, step 1, per source: most sources have no event in most years, which one hash and
    // one comparison decide; only a source with events starts a generator.
    int asset = -1;
    m_scratch.clear();
    for (const OutageSource& source : m_plan.sources) {
        if (source.asset != asset) {
            commitOwn(asset);
            asset = source.asset;
        }
        const std::uint64_t key = streamKey(trial, source.key);
        const double u = double(key >> 11) * 0x1.0p-53;
        if (source.rate <= PoissonSampler::kPart && u < source.noEvent)
            continue;
        drawEvents(source, key, u);
    }
    commitOwn(asset);
}

void TrialPlayer::drawEvents(const OutageSource& source, std::uint64_t key, double u)
{
    TrialRandom random(key);
    const std::uint64_t count = source.rate <= PoissonSampler::kPart
        ? PoissonSampler::invert(u, source.rate, source.noEvent)
        : source.count.draw(random);
    for (std::uint64_t i = 0; i < count; ++i) {
        const auto start = std::int32_t(random.below(std::uint32_t(kYearHours)));
        const double x = std::exp(source.mu + source.sigma * random.normal()) * source.durationFactor;
        // round() of the contract: to nearest, halves to even (as the reference's Python round).
        const double rounded = std::nearbyint(x);
        const std::int32_t length = rounded >= double(kYearHours) ? kYearHours
            : rounded >= 1.0                                      ? std::int32_t(rounded)
                                                                  : 1;
        m_scratch.push_back({start, std::min(kYearHours, start + length)});
    }
}

void TrialPlayer::commitOwn(int asset)
{
    if (asset < 0 || m_scratch.empty())
        return;
    std::sort(m_scratch.begin(), m_scratch.end(),
        [](const HourInterval& a, const HourInterval& b) { return a.start < b.start; });
    m_own[std::size_t(asset)] = commitScratch();
    m_ownStamp[std::size_t(asset)] = m_trialStamp;
    m_scratch.clear();
    const int position = m_plan.positionOf[std::size_t(asset)];
    m_dirty[std::size_t(position) / 64] |= std::uint64_t(1) << (position % 64);
}

void TrialPlayer::playPosition(int position)
{
    const int first = m_plan.memberOffsets[std::size_t(position)];
    const int last = m_plan.memberOffsets[std::size_t(position) + 1];
    if (!m_plan.cyclic[std::size_t(position)]) {
        const int u = m_plan.members[std::size_t(first)];
        computeDown(u);
        if (!m_scratch.empty()) {
            setDown(u, commitScratch());
            m_downAssets.push_back(u);
            markDependents(u);
        }
        return;
    }
    // A cycle: from the members' own outages up to the least fixed point. Each round can only add
    // hours (the rule is monotone), so the rounds end, at the smallest solution.
    for (int m = first; m < last; ++m) {
        const int u = m_plan.members[std::size_t(m)];
        const Span own = ownSpan(u);
        if (own.length > 0)
            setDown(u, own);
        else
            m_downStamp[std::size_t(u)] = 0;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int m = first; m < last; ++m) {
            const int u = m_plan.members[std::size_t(m)];
            computeDown(u);
            const Span now = downSpan(u);
            if (m_scratch.size() == now.length
                && std::equal(m_scratch.begin(), m_scratch.end(), m_pool.begin() + std::ptrdiff_t(now.offset)))
                continue;
            setDown(u, commitScratch());
            changed = true;
        }
    }
    for (int m = first; m < last; ++m) {
        const int u = m_plan.members[std::size_t(m)];
        if (isDown(u)) {
            m_downAssets.push_back(u);
            markDependents(u);
        }
    }
}

void TrialPlayer::computeDown(int asset)
{
    m_scratch.clear();
    const Span own = ownSpan(asset);
    m_scratch.insert(m_scratch.end(), m_pool.begin() + std::ptrdiff_t(own.offset),
        m_pool.begin() + std::ptrdiff_t(own.offset + own.length));
    const std::size_t ownCount = m_scratch.size();
    for (int g = m_plan.groupOffsets[std::size_t(asset)]; g < m_plan.groupOffsets[std::size_t(asset) + 1]; ++g)
        addGroup(m_plan.groups[std::size_t(g)]);
    if (m_scratch.size() == ownCount)
        return; // own outages only: already sorted and merged
    std::sort(m_scratch.begin(), m_scratch.end(),
        [](const HourInterval& a, const HourInterval& b) { return a.start < b.start; });
    std::size_t out = 0;
    for (std::size_t i = 1; i < m_scratch.size(); ++i) {
        if (m_scratch[i].start <= m_scratch[out].end)
            m_scratch[out].end = std::max(m_scratch[out].end, m_scratch[i].end);
        else
            m_scratch[++out] = m_scratch[i];
    }
    m_scratch.resize(out + 1);
}

void TrialPlayer::addGroup(const DependencyGroup& group)
{
    // Down when fewer than `need` of the group's targets are up, that is when at least
    // size - need + 1 of them are down.
    const int size = group.targetEnd - group.targetBegin;
    const int threshold = size - group.need + 1;
    if (threshold <= 0) { // needs more than it has: never up
        m_scratch.push_back({0, kYearHours});
        return;
    }
    int downTargets = 0;
    for (int t = group.targetBegin; t < group.targetEnd; ++t)
        downTargets += isDown(m_plan.targets[std::size_t(t)]) ? 1 : 0;
    if (downTargets < threshold)
        return;
    if (threshold == 1) { // any one down stops it: the union
        for (int t = group.targetBegin; t < group.targetEnd; ++t) {
            const Span s = downSpan(m_plan.targets[std::size_t(t)]);
            m_scratch.insert(m_scratch.end(), m_pool.begin() + std::ptrdiff_t(s.offset),
                m_pool.begin() + std::ptrdiff_t(s.offset + s.length));
        }
        return;
    }
    // Otherwise a sweep over the targets' down intervals, counting how many are down.
    m_sweep.clear();
    for (int t = group.targetBegin; t < group.targetEnd; ++t) {
        const Span s = downSpan(m_plan.targets[std::size_t(t)]);
        for (std::uint32_t i = s.offset; i < s.offset + s.length; ++i) {
            m_sweep.emplace_back(m_pool[i].start, 1);
            m_sweep.emplace_back(m_pool[i].end, -1);
        }
    }
    std::sort(m_sweep.begin(), m_sweep.end());
    int down = 0;
    std::int32_t openedAt = -1;
    for (std::size_t i = 0; i < m_sweep.size();) {
        const std::int32_t hour = m_sweep[i].first;
        for (; i < m_sweep.size() && m_sweep[i].first == hour; ++i)
            down += m_sweep[i].second;
        if (down >= threshold && openedAt < 0) {
            openedAt = hour;
        } else if (down < threshold && openedAt >= 0) {
            m_scratch.push_back({openedAt, hour});
            openedAt = -1;
        }
    }
}

TrialPlayer::Span TrialPlayer::commitScratch()
{
    // Own events arrive sorted by start; the merge joins overlapping and touching hours, so that a
    // run of down hours is one interval (the longest outage against the RTO needs that).
    Span span {std::uint32_t(m_pool.size()), 0};
    for (const HourInterval& iv : m_scratch) {
        if (span.length > 0 && iv.start <= m_pool.back().end) {
            m_pool.back().end = std::max(m_pool.back().end, iv.end);
            continue;
        }
        m_pool.push_back(iv);
        ++span.length;
    }
    return span;
}

void TrialPlayer::setDown(int asset, Span span)
{
    m_down[std::size_t(asset)] = span;
    m_downStamp[std::size_t(asset)] = span.length > 0 ? m_trialStamp : 0;
}

void TrialPlayer::markDependents(int asset)
{
    for (int i = m_plan.dependentOffsets[std::size_t(asset)]; i < m_plan.dependentOffsets[std::size_t(asset) + 1];
         ++i) {
        const int position = m_plan.dependents[std::size_t(i)];
        m_dirty[std::size_t(position) / 64] |= std::uint64_t(1) << (position % 64);
    }
}

std::vector<HourInterval> TrialPlayer::downOf(int asset) const
{
    const Span s = downSpan(asset);
    return {m_pool.begin() + std::ptrdiff_t(s.offset), m_pool.begin() + std::ptrdiff_t(s.offset + s.length)};
}

std::vector<HourInterval> TrialPlayer::ownOf(int asset) const
{
    const Span s = ownSpan(asset);
    return {m_pool.begin() + std::ptrdiff_t(s.offset), m_pool.begin() + std::ptrdiff_t(s.offset + s.length)};
}

} // namespace mamori::engine
