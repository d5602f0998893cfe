// Effective impact by the maximum principle (RISK-MODEL.md 3.2).
//
// imp(v, d) = max(imp0(v, d), max over edges u -> v of w(u -> v, d) * imp(u, d)) is a monotone map
// F on vectors of doubles (rounding of w * x is monotone in x, max is exact). Its least fixed point
// is reached by any fair "chaotic" iteration that starts at or below it and only ever applies F:
// a component-by-component pass, a worklist over part of the graph, or a worklist started from the
// previous fixed point after an edge was added (the new least fixed point is above the old one).
// All of them therefore give bit-identical doubles, which is what lets the incremental engine
// promise results *identical* to a full recompute. Updates use a strict `>`: no epsilon, so the
// iteration stops exactly at the fixed point (weights are at most 1, so no cycle can raise a value
// around itself forever).

#include "engine/Graph.h"

#include <deque>

namespace mamori::engine {

namespace {

/// Raises `target` to `weight * source` where that is larger; true when any dimension rose.
inline bool relax(ImpactVector& target, const ImpactVector& weight, const ImpactVector& source)
{
    bool raised = false;
    for (int d = 0; d < 3; ++d) {
        const double candidate = weight[std::size_t(d)] * source[std::size_t(d)];
        if (candidate > target[std::size_t(d)]) {
            target[std::size_t(d)] = candidate;
            raised = true;
        }
    }
    return raised;
}

} // namespace

void computeImpact(const DependencyGraph& graph, const Condensation& cond, const std::vector<ImpactVector>& own,
    std::vector<ImpactVector>& impact)
{
    impact = own;
    std::vector<char> queued(own.size(), 0);
    std::deque<int> work;
    for (const int c : cond.order) {
        const int* first = cond.members.data() + cond.memberOffsets[std::size_t(c)];
        const int* last = cond.members.data() + cond.memberOffsets[std::size_t(c) + 1];
        // Every in-edge from another component has been pushed already (topological order); iterate
        // inside the component until nothing rises. A single vertex has no inner edge (validation
        // forbids self-dependencies, and a self-loop could not raise a value anyway).
        if (last - first > 1) {
            for (const int* v = first; v != last; ++v) {
                work.push_back(*v);
                queued[std::size_t(*v)] = 1;
            }
            while (!work.empty()) {
                const int u = work.front();
                work.pop_front();
                queued[std::size_t(u)] = 0;
                for (auto [e, end] = boost::out_edges(std::size_t(u), graph); e != end; ++e) {
                    const int v = int(boost::target(*e, graph));
                    if (cond.component[std::size_t(v)] != c)
                        continue;
                    if (relax(impact[std::size_t(v)], graph[*e].weight, impact[std::size_t(u)])
                        && !queued[std::size_t(v)]) {
                        queued[std::size_t(v)] = 1;
                        work.push_back(v);
                    }
                }
            }
        }
        // The component is final: pass its impacts on to the components it depends on.
        for (const int* u = first; u != last; ++u) {
            for (auto [e, end] = boost::out_edges(std::size_t(*u), graph); e != end; ++e) {
                const int v = int(boost::target(*e, graph));
                if (cond.component[std::size_t(v)] != c)
                    relax(impact[std::size_t(v)], graph[*e].weight, impact[std::size_t(*u)]);
            }
        }
    }
}

std::vector<int> recomputeImpactRegion(const DependencyGraph& graph, const std::vector<ImpactVector>& own,
    std::vector<ImpactVector>& impact, const std::vector<int>& region, VisitMarks& marks)
{
    marks.next();
    for (const int v : region)
        marks.set(v);
    std::vector<ImpactVector> before;
    before.reserve(region.size());
    for (const int v : region)
        before.push_back(impact[std::size_t(v)]);

    // Start from the least values the region can have: own impacts, raised by the (final) impacts of
    // dependents outside the region. Then iterate inside the region.
    for (const int v : region) {
        ImpactVector value = own[std::size_t(v)];
        for (auto [e, end] = boost::in_edges(std::size_t(v), graph); e != end; ++e) {
            const int u = int(boost::source(*e, graph));
            if (!marks.test(u))
                relax(value, graph[*e].weight, impact[std::size_t(u)]);
        }
        impact[std::size_t(v)] = value;
    }
    std::deque<int> work(region.begin(), region.end());
    std::vector<char> queued(impact.size(), 0);
    for (const int v : region)
        queued[std::size_t(v)] = 1;
    while (!work.empty()) {
        const int u = work.front();
        work.pop_front();
        queued[std::size_t(u)] = 0;
        for (auto [e, end] = boost::out_edges(std::size_t(u), graph); e != end; ++e) {
            const int v = int(boost::target(*e, graph));
            if (relax(impact[std::size_t(v)], graph[*e].weight, impact[std::size_t(u)]) && !queued[std::size_t(v)]) {
                queued[std::size_t(v)] = 1;
                work.push_back(v);
            }
        }
    }

    std::vector<int> changed;
    for (std::size_t i = 0; i < region.size(); ++i) {
        if (impact[std::size_t(region[i])] != before[i])
            changed.push_back(region[i]);
    }
    return changed;
}

std::vector<int> raiseImpactFrom(const DependencyGraph& graph, std::vector<ImpactVector>& impact, int target,
    const ImpactVector& candidate, VisitMarks& marks)
{
    std::vector<int> changed;
    marks.next();
    auto record = [&](int v) {
        if (marks.insert(v))
            changed.push_back(v);
    };
    ImpactVector& t = impact[std::size_t(target)];
    bool raised = false;
    for (int d = 0; d < 3; ++d) {
        if (candidate[std::size_t(d)] > t[std::size_t(d)]) {
            t[std::size_t(d)] = candidate[std::size_t(d)];
            raised = true;
        }
    }
    if (!raised)
        return changed;
    record(target);
    std::deque<int> work {target};
    std::vector<char> queued(impact.size(), 0);
    queued[std::size_t(target)] = 1;
    while (!work.empty()) {
        const int u = work.front();
        work.pop_front();
        queued[std::size_t(u)] = 0;
        for (auto [e, end] = boost::out_edges(std::size_t(u), graph); e != end; ++e) {
            const int v = int(boost::target(*e, graph));
            if (relax(impact[std::size_t(v)], graph[*e].weight, impact[std::size_t(u)])) {
                record(v);
                if (!queued[std::size_t(v)]) {
                    queued[std::size_t(v)] = 1;
                    work.push_back(v);
                }
            }
        }
    }
    return changed;
}

} // namespace mamori::engine
