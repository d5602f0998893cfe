#pragma once

// What DependencyGraphView draws, shared by its two source files (DependencyGraphView.cpp: the page,
// its tool bar, search and menus; DependencyGraphDrawing.cpp: building, placing and marking the
// items). Not for anyone else: the items belong to the view's scene.

#include "graph/DependencyGraphView.h"
#include "graph/GraphItems.h"
#include "graph/GraphLayout.h"

#include <QHash>
#include <QString>

#include <vector>

namespace mamori {

/// The drawing's data, parallel to the model's assets (node i is model().assets[i]) and to the
/// dependencies that name two known assets (in model order).
struct DependencyGraphView::Graph {
    struct Edge {
        int from;
        int to;
        DependencyKind kind;
    };

    QHash<QString, int> indexOf;
    std::vector<Edge> edges;
    std::vector<std::vector<int>> out; ///< per node: edges where it is `from`
    std::vector<std::vector<int>> in; ///< per node: edges where it is `to`
    GraphLayoutResult layout; ///< the full drawing
    std::vector<NodeItem*> nodes;
    std::vector<EdgeItem*> edgeItems;
    std::vector<bool> highlightedNodes;
    std::vector<bool> highlightedEdges;
    NodeStyle style;

    int nodeCount() const { return int(nodes.size()); }
    int find(const QString& id) const { return indexOf.value(id, -1); }
    QPointF centreOf(int node) const { return nodes[std::size_t(node)]->pos() + QPointF(kNodeWidth, kNodeHeight) / 2; }

    /// Nodes within `depth` hops of `start` over dependencies in either direction.
    std::vector<int> neighbourhood(int start, int depth) const
    {
        std::vector<int> distance(nodes.size(), -1);
        std::vector<int> found {start};
        distance[std::size_t(start)] = 0;
        for (std::size_t i = 0; i < found.size(); ++i) {
            const int v = found[i];
            if (distance[std::size_t(v)] >= depth)
                continue;
            auto visit = [&](int w) {
                if (distance[std::size_t(w)] < 0) {
                    distance[std::size_t(w)] = distance[std::size_t(v)] + 1;
                    found.push_back(w);
                }
            };
            for (const int e : out[std::size_t(v)])
                visit(edges[std::size_t(e)].to);
            for (const int e : in[std::size_t(v)])
                visit(edges[std::size_t(e)].from);
        }
        return found;
    }

    /// `target` and every node with a dependency path to it (reverse reachability).
    std::vector<int> dependentsOf(int target) const
    {
        std::vector<bool> seen(nodes.size(), false);
        std::vector<int> found {target};
        seen[std::size_t(target)] = true;
        for (std::size_t i = 0; i < found.size(); ++i) {
            for (const int e : in[std::size_t(found[i])]) {
                const int u = edges[std::size_t(e)].from;
                if (!seen[std::size_t(u)]) {
                    seen[std::size_t(u)] = true;
                    found.push_back(u);
                }
            }
        }
        return found;
    }
};

} // namespace mamori
