#pragma once

// Internal to the engine: the dependency graph of one model in Boost.Graph, its condensation, and
// the graph algorithms of RISK-MODEL.md 3.2 (impact), 3.7 (blast radius) and 3.8 (findings).
//
// Vertices are asset *ranks*: the position of the asset in id order (compareIds). Every per-asset
// array of the engine is indexed the same way, so results come out sorted by id for free.
//
// Why these Boost types:
// - The asset graph is an adjacency_list<vecS, vecS, bidirectionalS>. The incremental engine adds
//   and removes single dependencies on every edit (add_edge/remove_edge in O(degree)); a
//   compressed_sparse_row_graph would have to be rebuilt in O(E) each time. Bidirectional, because
//   impact flows along out-edges (from a dependent to what it depends on) while the blast radius of
//   one asset counts its in-reachable ancestors.
// - The condensation is a compressed_sparse_row_graph<directedS>: it is rebuilt whole whenever it is
//   needed, is read-only afterwards, and the word-parallel blast radius pass streams over its edges
//   hundreds of times, where two contiguous arrays beat per-vertex vectors by a wide margin.
// - The connects_via network is an undirected adjacency_list whose edges are inserted in sorted
//   (min, max) order, which leaves every vertex's neighbour list in ascending id order: the
//   breadth-first search of 3.8 then breaks ties exactly as the contract asks without sorting.

#include "Entities.h"
#include "engine/Assessment.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <vector>

namespace mamori::engine {

/// A dependency `from -> to`: `from` depends on `to`, and `to` inherits `weight[d] * impact(from, d)`.
struct DependencyEdge {
    DependencyKind kind = DependencyKind::Other;
    ImpactVector weight {1, 1, 1};
};

using DependencyGraph
    = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, DependencyEdge>;
using CondensationGraph = boost::compressed_sparse_row_graph<boost::directedS>;
using NetworkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

/// The strongly connected components of a dependency graph and the DAG between them.
struct Condensation {
    int count = 0;
    std::vector<int> component; ///< per vertex: its component
    std::vector<int> order; ///< components in topological order: dependents before dependencies
    std::vector<int> memberOffsets; ///< per component c: members are members[memberOffsets[c] .. [c + 1])
    std::vector<int> members; ///< vertices grouped by component, ascending inside a component
    CondensationGraph dag; ///< an edge c -> d when some u in c depends on some v in d, c != d
};

/// strong_components, then the deduplicated component DAG and its topological order.
Condensation condense(const DependencyGraph& graph);

/// 3.2 on the whole graph: imp = own, then components in topological order, iterating to the fixed
/// point inside each. The result is the least fixed point; see Impact.cpp for why it is exact.
void computeImpact(const DependencyGraph& graph, const Condensation& condensation, const std::vector<ImpactVector>& own,
    std::vector<ImpactVector>& impact);

/// Reusable visit marks: a vertex is marked when its stamp equals the current generation, so
/// starting a new search costs O(1) instead of clearing an array of every vertex.
class VisitMarks {
public:
    void resize(std::size_t n)
    {
        m_stamp.assign(n, 0);
        m_generation = 0;
    }
    void next()
    {
        if (++m_generation == 0) { // wrapped: clear once every 4 billion searches
            std::fill(m_stamp.begin(), m_stamp.end(), 0);
            m_generation = 1;
        }
    }
    bool test(int v) const { return m_stamp[std::size_t(v)] == m_generation; }
    void set(int v) { m_stamp[std::size_t(v)] = m_generation; }
    /// Marks v; true when it was not marked yet.
    bool insert(int v)
    {
        if (test(v))
            return false;
        set(v);
        return true;
    }

private:
    std::vector<std::uint32_t> m_stamp;
    std::uint32_t m_generation = 0;
};

/// `start` and every vertex reachable from it along out-edges (what it depends on, transitively),
/// in breadth-first order, `start` first.
std::vector<int> reachableFrom(const DependencyGraph& graph, int start, VisitMarks& marks);

/// Recomputes the impact of `region` (closed under out-edges: nothing outside it is reachable from
/// it) from the own impacts inside it and the final impacts of its in-neighbours outside it. Returns
/// the vertices whose impact changed.
std::vector<int> recomputeImpactRegion(const DependencyGraph& graph, const std::vector<ImpactVector>& own,
    std::vector<ImpactVector>& impact, const std::vector<int>& region, VisitMarks& marks);

/// After a new edge, raises impacts from `target` on along out-edges (worklist) and returns the
/// vertices whose impact changed. Valid because a new edge can only raise the least fixed point.
std::vector<int> raiseImpactFrom(const DependencyGraph& graph, std::vector<ImpactVector>& impact, int target,
    const ImpactVector& candidate, VisitMarks& marks);

/// 3.7 for every vertex on the condensation, 512 source assets at a time (see BlastRadius.cpp).
std::vector<qint64> computeBlastRadius(const Condensation& condensation, int vertexCount);

/// 3.7 for up to 64 `targets` at once: result[i] is the number of other vertices with a path to
/// targets[i]. One reverse propagation of 64-bit masks visits each ancestor a few times at most,
/// instead of once per target as separate searches would.
std::vector<qint64> countAncestors(const DependencyGraph& graph, const std::vector<int>& targets);

/// What 3.8 needs to know of one asset.
struct NetworkNode {
    Tier tier = Tier::None;
    bool gateway = false;
};

/// 3.8: the tier-separation findings over the connects_via links and the tier-hosting findings over
/// the runs_on dependencies (pairs of vertices, system first), sorted by (severity, first asset,
/// second asset, rule). `ids` gives the asset id of each vertex (ranks are already in id order).
QList<Finding> computeFindings(const std::vector<NetworkNode>& nodes, const QList<QString>& ids,
    std::vector<std::pair<int, int>> links, std::vector<std::pair<int, int>> hosting);

} // namespace mamori::engine
