#include "engine/ContinuityGraph.h"

#include "engine/Assessment.h"
#include "engine/Graph.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <tuple>

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
void prepareSources(
    ContinuityPlan& plan, const Model& model, const Assessment& assessment, const QHash<QString, int>& rank)
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
            mixedSourceKey(sourceKey(r.asset, r.threat)), PoissonSampler(rate)});
    }
    // Risks come in (asset, threat) order, so this only guards the grouping by asset the trial needs.
    std::stable_sort(plan.sources.begin(), plan.sources.end(),
        [](const OutageSource& a, const OutageSource& b) { return a.asset < b.asset; });
}

/// Step 2's groups: per asset, its dependencies with an A weight above 0, those sharing a `group`
/// together (needing `need` of them), each ungrouped one a group of its own needing 1.
void prepareGroups(
    ContinuityPlan& plan, const Model& model, const std::vector<const Asset*>& assetOf, const QHash<QString, int>& rank)
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
        auto it = d.group.isEmpty() ? mine.end() : std::find_if(mine.begin(), mine.end(), [&](const Pending& p) {
            return !p.key.isEmpty() && p.key == d.group;
        });
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

/// The next interval of two sorted lists, by start, both not at their end. Written without
/// branches: which list goes first is a coin toss the processor would mispredict half the time.
/// Two intervals with one start are taken together, as the longer: lists united in a ward share
/// most of their intervals (a host's and its switch's both hold their room's outages), and each
/// shared one then costs one step instead of two.
inline HourInterval takeFirst(const HourInterval*& a, const HourInterval*& b)
{
    const bool aFirst = a->start <= b->start;
    const bool bFirst = b->start <= a->start;
    HourInterval next = aFirst ? *a : *b;
    next.end = std::max(next.end, bFirst ? b->end : a->end);
    a += aFirst ? 1 : 0;
    b += bFirst ? 1 : 0;
    return next;
}

/// The union of two sorted, merged, non-empty lists, written from `out` on (room for both lists);
/// returns the end of what was written. Touching hours join, as everywhere in a list.
inline HourInterval* mergeInto(
    const HourInterval* a, const HourInterval* aEnd, const HourInterval* b, const HourInterval* bEnd, HourInterval* out)
{
    // out[0] is the run being built; an interval that does not touch it starts the next one.
    *out = takeFirst(a, b);
    const auto add = [&out](const HourInterval& next) {
        const bool fresh = next.start > out->end;
        out += fresh ? 1 : 0;
        HourInterval run = fresh ? next : *out; // out[1] is inside the room: read, then overwritten
        run.end = std::max(run.end, next.end);
        *out = run;
    };
    while (a != aEnd && b != bEnd)
        add(takeFirst(a, b));
    for (; a != aEnd; ++a)
        add(*a);
    for (; b != bEnd; ++b)
        add(*b);
    return out + 1;
}

/// The hours and the longest run of the union of two sorted, merged, non-empty lists, nothing
/// written; as mergeInto() without the stores.
inline std::pair<std::int32_t, std::int32_t> measureMerge(
    const HourInterval* a, const HourInterval* aEnd, const HourInterval* b, const HourInterval* bEnd)
{
    std::int32_t hours = 0, longest = 0;
    HourInterval run = takeFirst(a, b);
    const auto add = [&](const HourInterval& next) {
        const bool fresh = next.start > run.end;
        const std::int32_t closed = fresh ? run.end - run.start : 0;
        hours += closed;
        longest = std::max(longest, closed);
        run.start = fresh ? next.start : run.start;
        run.end = fresh ? next.end : std::max(run.end, next.end);
    };
    while (a != aEnd && b != bEnd)
        add(takeFirst(a, b));
    for (; a != aEnd; ++a)
        add(*a);
    for (; b != bEnd; ++b)
        add(*b);
    return {hours + (run.end - run.start), std::max(longest, run.end - run.start)};
}

/// A few sorted, merged intervals [b, bEnd) into a long sorted, merged list [a, aEnd), found by binary
/// search rather than compared one by one. For each run the few form with the long list, in order:
/// onRun(before, untouched, run, absorbed), [before, untouched) being the long list's intervals
/// between the previous run and this one, and `absorbed` the hours of the long intervals the run
/// swallows. Returns where the long list's rest, after the last run, begins.
template <typename OnRun>
inline const HourInterval* insertFew(
    const HourInterval* a, const HourInterval* aEnd, const HourInterval* b, const HourInterval* bEnd, OnRun&& onRun)
{
    while (b != bEnd) {
        HourInterval run = *b++;
        const HourInterval* const before = a;
        a = std::partition_point(a, aEnd, [start = run.start](const HourInterval& iv) { return iv.end < start; });
        const HourInterval* const untouched = a;
        std::int32_t absorbed = 0;
        for (;;) {
            if (a != aEnd && a->start <= run.end) {
                run.start = std::min(run.start, a->start);
                run.end = std::max(run.end, a->end);
                absorbed += a->end - a->start;
                ++a;
            } else if (b != bEnd && b->start <= run.end) {
                run.end = std::max(run.end, b->end);
                ++b;
            } else {
                break;
            }
        }
        onRun(before, untouched, run, absorbed);
    }
    return a;
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

TrialPlayer::TrialPlayer(const ContinuityPlan& plan, ListsKept kept)
    : m_plan(plan)
    , m_keepEveryList(kept == ListsKept::Every)
    , m_own(std::size_t(plan.assetCount))
    , m_ownStamp(std::size_t(plan.assetCount), 0)
    , m_down(std::size_t(plan.assetCount))
    , m_downStamp(std::size_t(plan.assetCount), 0)
    , m_dirty((std::size_t(plan.positionCount()) + 63) / 64, 0)
    , m_unionMemo(std::size_t(1) << kUnionMemoBits)
{
}

double TrialPlayer::play(std::uint64_t seed, std::uint64_t trial, std::vector<AssetTally>& tallies)
{
    if (++m_trialStamp == 0) { // wrapped after 4 billion trials: forget every old stamp once
        std::fill(m_ownStamp.begin(), m_ownStamp.end(), 0);
        std::fill(m_downStamp.begin(), m_downStamp.end(), 0);
        std::fill(m_unionMemo.begin(), m_unionMemo.end(), UnionMemo {});
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
        const std::int64_t hours = s.hours;
        const std::int32_t longest = s.longest;
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
        // Nobody reads the list of an asset that nothing depends on: its hours and longest outage
        // are measured, not written (three assets in four in a large ward).
        const bool listNeeded
            = m_keepEveryList || m_plan.dependentOffsets[std::size_t(u)] != m_plan.dependentOffsets[std::size_t(u) + 1];
        const Span down = computeDown(u, listNeeded);
        if (down.hours > 0) {
            setDown(u, down);
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
            const Span next = computeDown(u, true);
            const Span now = downSpan(u);
            if (next.length == now.length
                && std::equal(
                    m_pool.data() + next.offset, m_pool.data() + next.offset + next.length, m_pool.data() + now.offset))
                continue;
            setDown(u, next);
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

TrialPlayer::Span TrialPlayer::computeDown(int asset, bool listNeeded)
{
    m_parts.clear();
    for (int g = m_plan.groupOffsets[std::size_t(asset)]; g < m_plan.groupOffsets[std::size_t(asset) + 1]; ++g) {
        const DependencyGroup& group = m_plan.groups[std::size_t(g)];
        if (group.targetEnd - group.targetBegin == 1 && group.need == 1) { // a dependency on its own
            const int target = m_plan.targets[std::size_t(group.targetBegin)];
            if (isDown(target))
                m_parts.push_back(m_down[std::size_t(target)]);
            continue;
        }
        addGroup(group);
    }
    const Span own = ownSpan(asset);
    if (m_parts.empty())
        return own;
    // The same list reached through several targets (a host behind two switches that both stop with
    // the room) counts once. (Spans at one offset are one list: the pool never shares an offset
    // between two lists.)
    if (m_parts.size() > 1) {
        std::sort(m_parts.begin(), m_parts.end(), [](const Span& a, const Span& b) {
            return a.offset != b.offset ? a.offset < b.offset : a.length < b.length;
        });
        m_parts.erase(std::unique(m_parts.begin(), m_parts.end()), m_parts.end());
    }
    for (const Span& part : m_parts) {
        if (part.hours == kYearHours)
            return part; // down all year: nothing to add
    }
    // The asset's own few intervals come last, inserted into what it inherits.
    if (own.length > 0)
        m_parts.push_back(own);
    if (m_parts.size() == 1)
        return m_parts.front();
    // Union of sorted lists, two at a time. A union equal to one of its inputs (a host's hours
    // already hold its switch's) keeps that input's list, shared: no copy, and dependents further on
    // see one list instead of two equal ones.
    Span acc = m_parts.front();
    const std::size_t last = m_parts.size() - 1;
    for (std::size_t p = 1; p < last; ++p)
        acc = uniteShared(acc, m_parts[p]);
    return listNeeded ? uniteShared(acc, m_parts[last]) : measureUnion(acc, m_parts[last]);
}

TrialPlayer::Span TrialPlayer::uniteShared(Span x, Span y)
{
    // Assets with the same dependencies (the PCs of one floor: its room and its switch) need the same
    // union: remembered for the trial, by the two lists' offsets, which name a list in this trial.
    if (x.offset > y.offset)
        std::swap(x, y);
    const std::uint32_t slot = (x.offset * 0x9E3779B1u ^ y.offset * 0x85EBCA77u) >> (32 - kUnionMemoBits);
    UnionMemo& memo = m_unionMemo[slot];
    if (memo.stamp == m_trialStamp && memo.x == x.offset && memo.y == y.offset)
        return memo.result;
    memo = {m_trialStamp, x.offset, y.offset, uniteOrKeep(x, y)};
    return memo.result;
}

TrialPlayer::Span TrialPlayer::uniteOrKeep(Span x, Span y)
{
    const Span both = unite(x, y);
    if (both.hours == x.hours || both.hours == y.hours) {
        m_pool.resize(both.offset); // the union is one of the two: keep that one
        return both.hours == x.hours ? x : y;
    }
    return both;
}

TrialPlayer::Span TrialPlayer::unite(Span x, Span y)
{
    // Written straight into the pool; the reserve keeps the inputs (in the pool too) where they are.
    m_pool.reserveMore(x.length + y.length); // first: the pool may move
    const HourInterval* a = m_pool.data() + x.offset;
    const HourInterval* aEnd = a + x.length;
    const HourInterval* b = m_pool.data() + y.offset;
    const HourInterval* bEnd = b + y.length;
    Span out {std::uint32_t(m_pool.size()), 0};
    if (x.length < y.length) {
        std::swap(a, b);
        std::swap(aEnd, bEnd);
    }
    const std::size_t used = m_pool.size();
    HourInterval* const begin = m_pool.data() + used;
    HourInterval* end = begin;
    if (std::size_t(bEnd - b) * 4 <= std::size_t(aEnd - a)) {
        // A few intervals (an asset's own) into a long list (what it inherits): the long list's
        // intervals between them are copied whole.
        const HourInterval* rest = insertFew(a, aEnd, b, bEnd,
            [&end](const HourInterval* before, const HourInterval* untouched, HourInterval run, std::int32_t) {
                end = std::copy(before, untouched, end);
                *end++ = run;
            });
        end = std::copy(rest, aEnd, end);
    } else {
        end = mergeInto(a, aEnd, b, bEnd, begin);
    }
    out.length = std::uint32_t(end - begin);
    for (const HourInterval* run = begin; run != end; ++run) {
        out.hours += run->end - run->start;
        out.longest = std::max(out.longest, run->end - run->start);
    }
    m_pool.resize(used + out.length);
    return out;
}

TrialPlayer::Span TrialPlayer::measureUnion(Span x, Span y) const
{
    Span out;
    const HourInterval* a = m_pool.data() + x.offset;
    const HourInterval* aEnd = a + x.length;
    const HourInterval* b = m_pool.data() + y.offset;
    const HourInterval* bEnd = b + y.length;
    if (x.length < y.length) {
        std::swap(a, b);
        std::swap(aEnd, bEnd);
        std::swap(x, y);
    }
    if (std::size_t(bEnd - b) * 4 > std::size_t(aEnd - a)) {
        std::tie(out.hours, out.longest) = measureMerge(a, aEnd, b, bEnd);
        return out;
    }
    // A few intervals into a long list: the long list's hours and longest run, changed only where the
    // few land. Every run they form holds the long intervals it absorbs, so the longest outage is the
    // larger of the long list's and the runs'.
    out.hours = x.hours;
    out.longest = x.longest;
    insertFew(
        a, aEnd, b, bEnd, [&out](const HourInterval*, const HourInterval*, HourInterval run, std::int32_t absorbed) {
            out.hours += run.end - run.start - absorbed;
            out.longest = std::max(out.longest, run.end - run.start);
        });
    return out;
}

void TrialPlayer::addGroup(const DependencyGroup& group)
{
    // Down when fewer than `need` of the group's targets are up, that is when at least
    // size - need + 1 of them are down.
    const int size = group.targetEnd - group.targetBegin;
    const int threshold = size - group.need + 1;
    if (threshold <= 0) { // needs more than it has: never up
        m_scratch.assign(1, {0, kYearHours});
        m_parts.push_back(commitScratch());
        return;
    }
    int downTargets = 0;
    for (int t = group.targetBegin; t < group.targetEnd; ++t)
        downTargets += isDown(m_plan.targets[std::size_t(t)]) ? 1 : 0;
    if (downTargets < threshold)
        return;
    if (threshold == 1) { // any one down stops it: the union
        for (int t = group.targetBegin; t < group.targetEnd; ++t) {
            if (const Span s = downSpan(m_plan.targets[std::size_t(t)]); s.length > 0)
                m_parts.push_back(s);
        }
        return;
    }
    m_scratch.clear();
    if (threshold == size) { // down only when every target is: the intersection, pair by pair
        const Span first = downSpan(m_plan.targets[std::size_t(group.targetBegin)]);
        m_scratch.assign(m_pool.data() + first.offset, m_pool.data() + first.offset + first.length);
        for (int t = group.targetBegin + 1; t < group.targetEnd && !m_scratch.empty(); ++t) {
            const Span s = downSpan(m_plan.targets[std::size_t(t)]);
            const HourInterval* b = m_pool.data() + s.offset;
            const HourInterval* bEnd = b + s.length;
            const HourInterval* a = m_scratch.data();
            const HourInterval* aEnd = a + m_scratch.size();
            m_merged.clear();
            while (a != aEnd && b != bEnd) {
                const std::int32_t start = std::max(a->start, b->start);
                const std::int32_t end = std::min(a->end, b->end);
                if (start < end)
                    m_merged.push_back({start, end});
                if (a->end < b->end)
                    ++a;
                else
                    ++b;
            }
            m_scratch.swap(m_merged);
        }
        if (!m_scratch.empty())
            m_parts.push_back(commitScratch());
        return;
    }
    // Otherwise a sweep over the targets' down intervals, counting how many are down at each hour
    // where one of them changes.
    if (size <= kMergedSweep)
        sweepMerged(group, threshold);
    else
        sweepSorted(group, threshold);
    if (!m_scratch.empty())
        m_parts.push_back(commitScratch());
}

void TrialPlayer::sweepMerged(const DependencyGroup& group, int threshold)
{
    // A few targets (2 of 3 cluster nodes): their lists are sorted already, so the next boundary is
    // the least of one per target, found by looking at each.
    struct Cursor {
        const HourInterval* at = nullptr;
        const HourInterval* end = nullptr;
        bool inside = false; ///< at->start passed: waiting for at->end
        std::int32_t next() const { return inside ? at->end : at->start; }
    };
    std::array<Cursor, kMergedSweep> cursors;
    int live = 0;
    for (int t = group.targetBegin; t < group.targetEnd; ++t) {
        if (const Span s = downSpan(m_plan.targets[std::size_t(t)]); s.length > 0)
            cursors[std::size_t(live++)] = {m_pool.data() + s.offset, m_pool.data() + s.offset + s.length, false};
    }
    int down = 0;
    std::int32_t openedAt = -1;
    while (live > 0) {
        std::int32_t hour = kYearHours + 1;
        for (int i = 0; i < live; ++i)
            hour = std::min(hour, cursors[std::size_t(i)].next());
        for (int i = 0; i < live;) {
            Cursor& c = cursors[std::size_t(i)];
            if (c.next() != hour) {
                ++i;
                continue;
            }
            down += c.inside ? -1 : 1;
            if (c.inside && ++c.at == c.end) {
                c = cursors[std::size_t(--live)]; // done: the last cursor takes its place
                continue;
            }
            c.inside = !c.inside;
            // An interval cannot end where it starts, and the next one starts after this end: one
            // change per cursor and hour.
            ++i;
        }
        if (down >= threshold && openedAt < 0) {
            openedAt = hour;
        } else if (down < threshold && openedAt >= 0) {
            m_scratch.push_back({openedAt, hour});
            openedAt = -1;
        }
    }
}

void TrialPlayer::sweepSorted(const DependencyGroup& group, int threshold)
{
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
    m_pool.reserveMore(m_scratch.size());
    HourInterval* const begin = m_pool.data() + m_pool.size();
    HourInterval* out = begin;
    for (const HourInterval& iv : m_scratch) {
        if (out != begin && iv.start <= out[-1].end)
            out[-1].end = std::max(out[-1].end, iv.end);
        else
            *out++ = iv;
    }
    span.length = std::uint32_t(out - begin);
    m_pool.resize(m_pool.size() + span.length);
    for (std::uint32_t i = span.offset; i < span.offset + span.length; ++i) {
        const std::int32_t run = m_pool[i].end - m_pool[i].start;
        span.hours += run;
        span.longest = std::max(span.longest, run);
    }
    return span;
}

void TrialPlayer::setDown(int asset, Span span)
{
    m_down[std::size_t(asset)] = span;
    m_downStamp[std::size_t(asset)] = span.hours > 0 ? m_trialStamp : 0;
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
    return {m_pool.data() + s.offset, m_pool.data() + s.offset + s.length};
}

std::vector<HourInterval> TrialPlayer::ownOf(int asset) const
{
    const Span s = ownSpan(asset);
    return {m_pool.data() + s.offset, m_pool.data() + s.offset + s.length};
}

} // namespace mamori::engine
