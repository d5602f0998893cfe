#pragma once

// Internal to the continuity simulation (RISK-MODEL.md section 10): what one trial needs of the model,
// prepared once (ContinuityPlan), and the play of one trial on it (TrialPlayer).
//
// Assets are ranks in id order, as everywhere in the engine. Outages are sorted, merged half-open hour
// intervals [start, end) of one year, never 8,760-hour arrays: in most trials most assets are up all
// year, and a trial costs what its outages and the assets they reach cost, plus one bit per component.
//
// Propagation runs on the condensation of the dependency graph (only dependencies whose A weight is
// above 0), targets before their dependents; a strongly connected component is iterated from its own
// outages up to the least fixed point, so a cycle stops nothing by itself.

#include "engine/ContinuityRandom.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace mamori {
struct Model;
struct Assessment;
} // namespace mamori

namespace mamori::engine {

inline constexpr std::int32_t kYearHours = 8760;

/// Hours [start, end) of one year.
struct HourInterval {
    std::int32_t start = 0;
    std::int32_t end = 0;
    friend bool operator==(const HourInterval&, const HourInterval&) = default;
};

/// Every interval list of one trial, one after another. Its room is allocated once and reused from
/// trial to trial; unlike a std::vector's resize(), taking room writes nothing.
class IntervalPool {
public:
    std::size_t size() const { return m_size; }
    const HourInterval* data() const { return m_data.get(); }
    HourInterval* data() { return m_data.get(); }
    const HourInterval& operator[](std::size_t i) const { return m_data[i]; }
    void clear() { m_size = 0; }
    /// Room for `more` intervals after the end; may move the pool (spans, being offsets, stay valid).
    void reserveMore(std::size_t more)
    {
        if (m_size + more <= m_capacity)
            return;
        const std::size_t capacity = std::max(m_size + more, 2 * m_capacity);
        auto grown = std::make_unique<HourInterval[]>(capacity);
        std::copy(m_data.get(), m_data.get() + m_size, grown.get());
        m_data = std::move(grown);
        m_capacity = capacity;
    }
    /// Makes the first `size` intervals the pool (at most what was reserved).
    void resize(std::size_t size) { m_size = size; }

private:
    std::unique_ptr<HourInterval[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/// One exposed pair whose threat has an outage: where its events land and how long they last.
struct OutageSource {
    int asset = 0;
    double rate = 0; ///< events per year: the threat's rate * mL(a, t)
    double mu = 0; ///< of the lognormal duration
    double sigma = 0;
    double durationFactor = 1; ///< mI(a, t)
    double noEvent = 1; ///< exp(-rate): the chance of a year without events
    std::uint64_t key = 0; ///< mixedSourceKey() of a hash of the asset's and the threat's ids: its streams
    PoissonSampler count; ///< for rates above PoissonSampler::kPart
};

/// Alternatives among an asset's dependencies: down when fewer than `need` of `targets` are up.
struct DependencyGroup {
    int need = 1;
    int targetBegin = 0; ///< into ContinuityPlan::targets
    int targetEnd = 0;
};

/// Everything a trial reads; shared by every thread, never written after prepare().
struct ContinuityPlan {
    int assetCount = 0;
    std::vector<OutageSource> sources; ///< sorted by asset

    std::vector<int> groupOffsets; ///< per asset u: groups[groupOffsets[u] .. groupOffsets[u + 1])
    std::vector<DependencyGroup> groups;
    std::vector<int> targets;

    /// Components in topological order, targets first: position p has the assets
    /// members[memberOffsets[p] .. memberOffsets[p + 1]), ascending.
    std::vector<int> memberOffsets;
    std::vector<int> members;
    std::vector<char> cyclic; ///< per position: needs iterating (several members or a self-dependency)
    std::vector<int> positionOf; ///< per asset
    /// Per asset v: the positions of the components that depend on v, v's own left out.
    std::vector<int> dependentOffsets;
    std::vector<int> dependents;

    std::vector<std::optional<double>> rtoHours; ///< per asset
    std::vector<double> lossPerHour; ///< per asset, 0 without

    int positionCount() const { return int(memberOffsets.size()) - 1; }
};

/// Section 10's preparation: the sources from the assessment's risks (their factors mL, mI), the
/// groups and the condensation from the dependencies, the targets and costs from the assets.
ContinuityPlan prepareContinuity(const Model& model, const Assessment& assessment);

/// What a trial adds to the per-asset statistics; whole numbers, so that adding trials in any order
/// (any number of threads) gives the same sums.
struct AssetTally {
    std::int64_t hours = 0;
    std::int64_t hoursSquared = 0;
    std::int64_t trialsDown = 0;
    std::int64_t trialsOverRto = 0;
};

/// Which assets' down intervals a TrialPlayer keeps as lists: those another asset reads (the
/// simulation), or every asset's (tests that look at the hours themselves).
enum class ListsKept { Read, Every };

/// Plays trials on one thread, reusing its buffers from trial to trial.
class TrialPlayer {
public:
    explicit TrialPlayer(const ContinuityPlan& plan, ListsKept kept = ListsKept::Read);

    /// Plays trial `trial` of `seed`, adds its per-asset figures to `tallies` (one per asset) and
    /// returns the ward's loss in that trial.
    double play(std::uint64_t seed, std::uint64_t trial, std::vector<AssetTally>& tallies);

    /// The merged down intervals of `asset` in the last trial played (for tests; with ListsKept::Read
    /// an asset that nothing depends on has its hours counted but no list).
    std::vector<HourInterval> downOf(int asset) const;
    /// The merged intervals of `asset`'s own events in the last trial played (for tests).
    std::vector<HourInterval> ownOf(int asset) const;

private:
    struct Span {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::int32_t hours = 0; ///< the list's hours in all
        std::int32_t longest = 0; ///< its longest interval: the longest outage
        friend bool operator==(const Span&, const Span&) = default;
    };

    void drawOwnOutages(std::uint64_t trial);
    void drawEvents(const OutageSource& source, std::uint64_t key, double u);
    void commitOwn(int asset);
    void playPosition(int position);
    /// own(u) united with what its groups impose, from the current down intervals. The list of one
    /// contributor is shared, not copied (most dependents of a stopped host have nothing else).
    /// Without `listNeeded` the result may be measured only: its hours and longest run, no list.
    Span computeDown(int asset, bool listNeeded);
    /// The union of two lists of the pool, appended to the pool.
    Span unite(Span x, Span y);
    /// uniteOrKeep(), remembered for the trial.
    Span uniteShared(Span x, Span y);
    /// unite(), or x or y itself when the union equals it (nothing appended then).
    Span uniteOrKeep(Span x, Span y);
    /// The hours and longest run of the union of two lists, nothing appended.
    Span measureUnion(Span x, Span y) const;
    /// What one group imposes, as spans of m_pool added to m_parts.
    void addGroup(const DependencyGroup& group);
    /// The hours in which at least `threshold` of the group's targets are down, into m_scratch: by
    /// walking the targets' sorted lists side by side (at most kMergedSweep targets), or by sorting
    /// all their boundaries.
    void sweepMerged(const DependencyGroup& group, int threshold);
    void sweepSorted(const DependencyGroup& group, int threshold);
    static constexpr int kMergedSweep = 8;
    /// Sorts and merges m_scratch into the pool; returns its span.
    Span commitScratch();
    bool isDown(int asset) const { return m_downStamp[std::size_t(asset)] == m_trialStamp; }
    Span downSpan(int asset) const { return isDown(asset) ? m_down[std::size_t(asset)] : Span {}; }
    Span ownSpan(int asset) const
    {
        return m_ownStamp[std::size_t(asset)] == m_trialStamp ? m_own[std::size_t(asset)] : Span {};
    }
    void setDown(int asset, Span span);
    void markDependents(int asset);

    const ContinuityPlan& m_plan;
    bool m_keepEveryList = false;
    std::uint32_t m_trialStamp = 0;
    IntervalPool m_pool;
    std::vector<Span> m_own;
    std::vector<std::uint32_t> m_ownStamp;
    std::vector<Span> m_down;
    std::vector<std::uint32_t> m_downStamp;
    std::vector<std::uint64_t> m_dirty; ///< one bit per position
    std::vector<int> m_downAssets; ///< assets down in this trial, in the order they were found
    std::vector<HourInterval> m_scratch;
    std::vector<HourInterval> m_merged; ///< the intersection's second buffer
    std::vector<Span> m_parts;
    std::vector<std::pair<std::int32_t, int>> m_sweep;
    struct UnionMemo {
        std::uint32_t stamp = 0; ///< the trial it belongs to
        std::uint32_t x = 0; ///< the offsets of the two lists united, the lesser first
        std::uint32_t y = 0;
        Span result;
    };
    static constexpr int kUnionMemoBits = 13;
    std::vector<UnionMemo> m_unionMemo; ///< direct-mapped: a new union takes the slot of an old one
};

} // namespace mamori::engine
