#include "graph/GraphLayout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <unordered_map>

namespace mamori {

namespace {

using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

/// Compressed adjacency: the neighbours of v are items[offsets[v] .. offsets[v + 1]).
struct Adjacency {
    std::vector<int> offsets;
    std::vector<int> items;

    void build(int n, const std::vector<std::pair<int, int>>& pairs)
    {
        offsets.assign(std::size_t(n) + 1, 0);
        for (const auto& [a, b] : pairs)
            ++offsets[std::size_t(a) + 1];
        for (int v = 0; v < n; ++v)
            offsets[std::size_t(v) + 1] += offsets[std::size_t(v)];
        items.assign(pairs.size(), 0);
        std::vector<int> fill(offsets.begin(), offsets.end() - 1);
        for (const auto& [a, b] : pairs)
            items[std::size_t(fill[std::size_t(a)]++)] = b;
    }
    const int* begin(int v) const { return items.data() + offsets[std::size_t(v)]; }
    const int* end(int v) const { return items.data() + offsets[std::size_t(v) + 1]; }
    bool empty(int v) const { return offsets[std::size_t(v)] == offsets[std::size_t(v) + 1]; }
};

/// Moves `values` (one per node, in the layer's fixed order) to the closest positions in the least
/// squares sense where each is at least `gap` right of the one before: the isotonic regression of
/// values[j] - j * gap by pool-adjacent-violators, shifted back.
void placeWithSpacing(std::vector<double>& values, double gap)
{
    struct Block {
        double sum;
        int count;
    };
    std::vector<Block> blocks;
    blocks.reserve(values.size());
    for (std::size_t j = 0; j < values.size(); ++j) {
        blocks.push_back({values[j] - double(j) * gap, 1});
        while (blocks.size() > 1) {
            Block& last = blocks.back();
            Block& before = blocks[blocks.size() - 2];
            if (before.sum * last.count <= last.sum * before.count)
                break;
            before.sum += last.sum;
            before.count += last.count;
            blocks.pop_back();
        }
    }
    std::size_t j = 0;
    for (const Block& block : blocks) {
        const double mean = block.sum / block.count;
        for (int k = 0; k < block.count; ++k, ++j)
            values[j] = mean + double(j) * gap;
    }
}

/// The edges layoutLayeredGraph() works with: both ends in range, no self-loops.
std::vector<std::pair<int, int>> validEdges(int n, const std::vector<std::pair<int, int>>& edgesIn)
{
    std::vector<std::pair<int, int>> edges;
    edges.reserve(edgesIn.size());
    for (const auto& [from, to] : edgesIn) {
        if (from >= 0 && from < n && to >= 0 && to < n && from != to)
            edges.emplace_back(from, to);
    }
    return edges;
}

/// Step 1: fills result.component and result.componentCount; returns the condensation's edges,
/// sorted and without duplicates, as successor lists.
Adjacency collapseComponents(int n, const std::vector<std::pair<int, int>>& edges, GraphLayoutResult& result)
{
    Digraph graph(static_cast<std::size_t>(n));
    for (const auto& [from, to] : edges)
        boost::add_edge(std::size_t(from), std::size_t(to), graph);
    result.componentCount = int(boost::strong_components(
        graph, boost::make_iterator_property_map(result.component.begin(), boost::get(boost::vertex_index, graph))));
    const auto& component = result.component;

    std::vector<std::pair<int, int>> dagEdges;
    dagEdges.reserve(edges.size());
    for (const auto& [from, to] : edges) {
        const int a = component[std::size_t(from)];
        const int b = component[std::size_t(to)];
        if (a != b)
            dagEdges.emplace_back(a, b);
    }
    std::sort(dagEdges.begin(), dagEdges.end());
    dagEdges.erase(std::unique(dagEdges.begin(), dagEdges.end()), dagEdges.end());
    Adjacency successors;
    successors.build(result.componentCount, dagEdges);
    return successors;
}

/// Step 2: fills result.layer and result.layerCount. Longest-path depth in topological order
/// (Kahn), then pulled down in reverse order. Returns that topological order of the components.
std::vector<int> assignLayers(const Adjacency& successors, GraphLayoutResult& result)
{
    const int componentCount = result.componentCount;
    std::vector<int> indegree(std::size_t(componentCount), 0);
    for (const int b : successors.items)
        ++indegree[std::size_t(b)];
    std::vector<int> order;
    order.reserve(std::size_t(componentCount));
    for (int c = 0; c < componentCount; ++c) {
        if (indegree[std::size_t(c)] == 0)
            order.push_back(c);
    }
    std::vector<int> depth(std::size_t(componentCount), 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int a = order[i];
        for (const int* b = successors.begin(a); b != successors.end(a); ++b) {
            depth[std::size_t(*b)] = std::max(depth[std::size_t(*b)], depth[std::size_t(a)] + 1);
            if (--indegree[std::size_t(*b)] == 0)
                order.push_back(*b);
        }
    }
    // Processing dependencies first means each successor's depth is final when its dependents look
    // at it; a pull never raises a component above a dependent, so the invariant holds throughout.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (successors.empty(*it))
            continue;
        int highest = INT_MAX;
        for (const int* b = successors.begin(*it); b != successors.end(*it); ++b)
            highest = std::min(highest, depth[std::size_t(*b)]);
        depth[std::size_t(*it)] = highest - 1;
    }
    // Pulling can empty layers (the top one, typically); number the remaining ones densely.
    const int maxDepth = *std::max_element(depth.begin(), depth.end());
    std::vector<int> layerOfDepth(std::size_t(maxDepth) + 1, -1);
    for (const int d : depth)
        layerOfDepth[std::size_t(d)] = 0;
    int layerCount = 0;
    for (int& l : layerOfDepth) {
        if (l == 0)
            l = layerCount++;
    }
    result.layerCount = layerCount;
    for (std::size_t v = 0; v < result.layer.size(); ++v)
        result.layer[v] = layerOfDepth[std::size_t(depth[std::size_t(result.component[v])])];
    return order;
}

/// The initial order inside each layer: depth-first from the top, so that what hangs off one
/// dependent starts together. Returns the nodes of each layer in that order.
std::vector<std::vector<int>> initialOrder(
    const std::vector<int>& topologicalOrder, const Adjacency& successors, const GraphLayoutResult& result)
{
    const auto& component = result.component;
    std::vector<int> visitIndex(std::size_t(result.componentCount), -1);
    int next = 0;
    std::vector<int> stack;
    for (const int root : topologicalOrder) {
        if (visitIndex[std::size_t(root)] >= 0)
            continue;
        stack.push_back(root);
        while (!stack.empty()) {
            const int a = stack.back();
            stack.pop_back();
            if (visitIndex[std::size_t(a)] >= 0)
                continue;
            visitIndex[std::size_t(a)] = next++;
            for (const int* b = successors.end(a); b != successors.begin(a);) {
                --b;
                if (visitIndex[std::size_t(*b)] < 0)
                    stack.push_back(*b);
            }
        }
    }
    std::vector<int> nodes(component.size());
    for (std::size_t v = 0; v < nodes.size(); ++v)
        nodes[v] = int(v);
    std::sort(nodes.begin(), nodes.end(), [&](int a, int b) {
        const int ca = component[std::size_t(a)];
        const int cb = component[std::size_t(b)];
        if (visitIndex[std::size_t(ca)] != visitIndex[std::size_t(cb)])
            return visitIndex[std::size_t(ca)] < visitIndex[std::size_t(cb)];
        return a < b;
    });
    std::vector<std::vector<int>> members(static_cast<std::size_t>(result.layerCount));
    for (const int v : nodes)
        members[std::size_t(result.layer[std::size_t(v)])].push_back(v);
    return members;
}

/// Per layer: how many rows it is wrapped into, and the spacing of consecutive nodes that gives.
struct Wrapping {
    std::vector<std::size_t> rows;
    std::vector<double> gap;
};

/// Step 4 (decided before 3, which needs the spacing): rows per layer. Tries every row capacity and
/// keeps the one whose bounding box comes closest to the wanted aspect ratio.
Wrapping wrapLayers(const std::vector<std::vector<int>>& members, const GraphLayoutOptions& options)
{
    const auto layerCount = members.size();
    const double cellWidth = options.nodeWidth + options.horizontalGap;
    const double rowPitch = options.nodeHeight + options.rowGap;
    std::size_t widest = 1;
    for (const auto& m : members)
        widest = std::max(widest, m.size());
    auto rowsFor = [](std::size_t size, std::size_t capacity) {
        return std::max<std::size_t>(1, (size + capacity - 1) / capacity);
    };
    const auto narrowest
        = std::clamp<std::size_t>(std::size_t((options.minWrapWidth + options.horizontalGap) / cellWidth), 1, widest);
    std::size_t bestCapacity = widest;
    double bestScore = INFINITY;
    for (std::size_t capacity = narrowest; capacity <= widest; ++capacity) {
        double width = 0;
        double height = options.layerGap * double(int(layerCount) - 1);
        for (const auto& m : members) {
            const std::size_t rows = rowsFor(m.size(), capacity);
            width = std::max(width, double((m.size() + rows - 1) / rows) * cellWidth);
            height += double(rows) * rowPitch - options.rowGap;
        }
        const double score = std::abs(std::log(width / height / options.aspectRatio));
        if (score < bestScore) {
            bestScore = score;
            bestCapacity = capacity;
        }
    }
    Wrapping wrapping;
    wrapping.rows.resize(layerCount);
    wrapping.gap.resize(layerCount);
    for (std::size_t l = 0; l < layerCount; ++l) {
        wrapping.rows[l] = rowsFor(members[l].size(), bestCapacity);
        wrapping.gap[l] = cellWidth / double(wrapping.rows[l]);
    }
    return wrapping;
}

/// Step 3: orders each layer and places its nodes, keeping a centre x per node. Neighbours are split
/// by direction; edges inside a layer (within a component) are left out: they say nothing about left
/// and right.
class LayerArranger {
public:
    LayerArranger(const std::vector<std::pair<int, int>>& edges, const GraphLayoutResult& layout,
        std::vector<std::vector<int>>& members, const std::vector<double>& gap)
        : m_component(layout.component)
        , m_members(members)
        , m_gap(gap)
        , m_x(layout.component.size(), 0)
    {
        for (std::size_t l = 0; l < members.size(); ++l) {
            const auto& m = members[l];
            for (std::size_t j = 0; j < m.size(); ++j)
                m_x[std::size_t(m[j])] = (double(j) - double(m.size() - 1) / 2) * gap[l];
        }
        std::vector<std::pair<int, int>> upPairs;
        std::vector<std::pair<int, int>> downPairs;
        for (const auto& [from, to] : edges) {
            if (layout.layer[std::size_t(from)] == layout.layer[std::size_t(to)])
                continue;
            downPairs.emplace_back(from, to);
            upPairs.emplace_back(to, from);
        }
        const int n = int(layout.component.size());
        m_up.build(n, upPairs);
        m_down.build(n, downPairs);
    }

    /// Barycenter sweeps down and up, then positions settled between both neighbourhoods.
    const std::vector<double>& run(int sweeps)
    {
        const int layerCount = int(m_members.size());
        for (int sweep = 0; sweep < sweeps; ++sweep) {
            for (int l = 1; l < layerCount; ++l)
                arrange(l, true, false, true);
            for (int l = layerCount - 2; l >= 0; --l)
                arrange(l, false, true, true);
        }
        // Last, settle positions between both neighbourhoods without reordering, which would undo
        // the crossings the sweeps removed.
        for (int pass = 0; pass < 2; ++pass) {
            for (int l = 0; l < layerCount; ++l)
                arrange(l, true, true, false);
        }
        return m_x;
    }

private:
    struct SortKey {
        double block; ///< the mean key of the node's component
        int component;
        double own;
        int node;
    };

    void arrange(int l, bool useUp, bool useDown, bool reorder)
    {
        auto& m = m_members[std::size_t(l)];
        m_keyed.clear();
        for (const int v : m) {
            double sum = 0;
            int count = 0;
            if (useUp) {
                for (const int* u = m_up.begin(v); u != m_up.end(v); ++u, ++count)
                    sum += m_x[std::size_t(*u)];
            }
            if (useDown) {
                for (const int* u = m_down.begin(v); u != m_down.end(v); ++u, ++count)
                    sum += m_x[std::size_t(*u)];
            }
            m_keyed.emplace_back(count ? sum / count : m_x[std::size_t(v)], v);
        }
        if (reorder)
            sortByComponentBlocks();
        m_values.resize(m_keyed.size());
        for (std::size_t j = 0; j < m_keyed.size(); ++j) {
            m[j] = m_keyed[j].second;
            m_values[j] = m_keyed[j].first;
        }
        placeWithSpacing(m_values, m_gap[std::size_t(l)]);
        for (std::size_t j = 0; j < m.size(); ++j)
            m_x[std::size_t(m[j])] = m_values[j];
    }

    /// Members of one component move as a block at their mean: edges inside a cycle stay in this
    /// layer, and kept adjacent they are short instead of running along the whole row.
    void sortByComponentBlocks()
    {
        m_componentSum.clear();
        for (const auto& [key, v] : m_keyed) {
            auto& [sum, count] = m_componentSum[m_component[std::size_t(v)]];
            sum += key;
            ++count;
        }
        m_sortable.clear();
        for (const auto& [key, v] : m_keyed) {
            const auto& [sum, count] = m_componentSum[m_component[std::size_t(v)]];
            m_sortable.push_back({sum / count, m_component[std::size_t(v)], key, v});
        }
        std::stable_sort(m_sortable.begin(), m_sortable.end(), [](const SortKey& a, const SortKey& b) {
            if (a.block != b.block)
                return a.block < b.block;
            if (a.component != b.component)
                return a.component < b.component;
            return a.own < b.own;
        });
        for (std::size_t j = 0; j < m_sortable.size(); ++j)
            m_keyed[j] = {m_sortable[j].own, m_sortable[j].node};
    }

    const std::vector<int>& m_component;
    std::vector<std::vector<int>>& m_members;
    const std::vector<double>& m_gap;
    std::vector<double> m_x; ///< per node: centre
    Adjacency m_up;
    Adjacency m_down;
    // Scratch space reused by every arrange() call.
    std::vector<std::pair<double, int>> m_keyed;
    std::vector<SortKey> m_sortable;
    std::unordered_map<int, std::pair<double, int>> m_componentSum;
    std::vector<double> m_values;
};

/// Top-left corners from (0, 0), each layer's nodes dealt into its rows in order (the staircase).
void assignCoordinates(const std::vector<std::vector<int>>& members, const Wrapping& wrapping,
    const std::vector<double>& x, const GraphLayoutOptions& options, GraphLayoutResult& result)
{
    const double rowPitch = options.nodeHeight + options.rowGap;
    double left = INFINITY;
    for (const double cx : x)
        left = std::min(left, cx);
    double top = 0;
    for (std::size_t l = 0; l < members.size(); ++l) {
        const auto& m = members[l];
        const std::size_t layerRows = wrapping.rows[l];
        for (std::size_t j = 0; j < m.size(); ++j) {
            const auto v = std::size_t(m[j]);
            result.row[v] = int(j % layerRows);
            result.x[v] = x[v] - left;
            result.y[v] = top + double(result.row[v]) * rowPitch;
            result.width = std::max(result.width, result.x[v] + options.nodeWidth);
        }
        top += double(layerRows) * rowPitch - options.rowGap + options.layerGap;
    }
    result.height = top - options.layerGap;
}

} // namespace

GraphLayoutResult layoutLayeredGraph(
    int nodeCount, const std::vector<std::pair<int, int>>& edgesIn, const GraphLayoutOptions& options)
{
    GraphLayoutResult result;
    const int n = std::max(nodeCount, 0);
    const auto un = std::size_t(n);
    result.component.assign(un, 0);
    result.layer.assign(un, 0);
    result.row.assign(un, 0);
    result.x.assign(un, 0);
    result.y.assign(un, 0);
    if (n == 0)
        return result;

    const std::vector<std::pair<int, int>> edges = validEdges(n, edgesIn);
    const Adjacency successors = collapseComponents(n, edges, result);
    const std::vector<int> topologicalOrder = assignLayers(successors, result);
    std::vector<std::vector<int>> members = initialOrder(topologicalOrder, successors, result);
    const Wrapping wrapping = wrapLayers(members, options);
    LayerArranger arranger(edges, result, members, wrapping.gap);
    const std::vector<double>& x = arranger.run(options.sweeps);
    assignCoordinates(members, wrapping, x, options, result);
    return result;
}

} // namespace mamori
