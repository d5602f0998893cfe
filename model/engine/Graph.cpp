#include "engine/Graph.h"

#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>

namespace mamori::engine {

Condensation condense(const DependencyGraph& graph)
{
    Condensation out;
    const int n = int(boost::num_vertices(graph));
    out.component.assign(std::size_t(n), 0);
    out.count = n == 0
        ? 0
        : int(boost::strong_components(
            graph, boost::make_iterator_property_map(out.component.begin(), boost::get(boost::vertex_index, graph))));

    // Members grouped by component (counting sort keeps them ascending inside a component).
    out.memberOffsets.assign(std::size_t(out.count) + 1, 0);
    for (int c : out.component)
        ++out.memberOffsets[std::size_t(c) + 1];
    for (int c = 0; c < out.count; ++c)
        out.memberOffsets[std::size_t(c) + 1] += out.memberOffsets[std::size_t(c)];
    out.members.assign(std::size_t(n), 0);
    {
        std::vector<int> fill(out.memberOffsets.begin(), out.memberOffsets.end() - 1);
        for (int v = 0; v < n; ++v)
            out.members[std::size_t(fill[std::size_t(out.component[std::size_t(v)])]++)] = v;
    }

    // Component edges, sorted and deduplicated, as the CSR constructor wants them.
    std::vector<std::pair<int, int>> edges;
    edges.reserve(boost::num_edges(graph));
    for (auto [it, end] = boost::edges(graph); it != end; ++it) {
        const int cu = out.component[boost::source(*it, graph)];
        const int cv = out.component[boost::target(*it, graph)];
        if (cu != cv)
            edges.emplace_back(cu, cv);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    out.dag = CondensationGraph(boost::edges_are_sorted, edges.begin(), edges.end(), std::size_t(out.count));

    // topological_sort emits the reverse of a topological order.
    out.order.reserve(std::size_t(out.count));
    boost::topological_sort(out.dag, std::back_inserter(out.order));
    std::reverse(out.order.begin(), out.order.end());
    return out;
}

std::vector<int> reachableFrom(const DependencyGraph& graph, int start, VisitMarks& marks)
{
    marks.next();
    std::vector<int> out {start};
    marks.set(start);
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (auto [e, end] = boost::out_edges(std::size_t(out[i]), graph); e != end; ++e) {
            const int w = int(boost::target(*e, graph));
            if (marks.insert(w))
                out.push_back(w);
        }
    }
    return out;
}

} // namespace mamori::engine
