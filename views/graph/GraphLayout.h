#pragma once

// A layered drawing of a directed graph for the dependency graph view: where each node goes, nothing
// about how it looks. Pure and widget-free, so it is tested and timed without a scene.
//
// The method (Sugiyama's, simplified for speed at 10,000 nodes):
// 1. Strongly connected components are collapsed (Boost.Graph strong_components): dependency cycles
//    are legal (redundant switches, a directory service and its server), and a cycle has no "above".
// 2. Layers: the longest-path depth of each component in the condensation, so every `from` lies above
//    its `to`; then each component is pulled down to just above the highest of what it depends on.
//    Without that second step every terminal and information asset that nothing depends on would sit
//    in the top layer, far above the network it hangs off, with edges crossing the whole drawing.
// 3. Order within a layer: barycenter sweeps down and up, each node at the mean x of its neighbours
//    in the layers already placed; then each layer is placed at those means as closely as its order
//    and the minimum spacing allow (least squares, pool-adjacent-violators, O(n) per layer).
// 4. A layer wider than the drawing's aspect ratio allows is wrapped into rows, consecutive nodes in
//    consecutive rows (a staircase), so its left-to-right order and the edges' directions survive.
//
// Invariants of the result: layer[from] < layer[to] for every edge between different components, and
// equal inside a component; no two nodes' rectangles overlap; coordinates start at (0, 0).

#include <utility>
#include <vector>

namespace mamori {

struct GraphLayoutOptions {
    double nodeWidth = 136;
    double nodeHeight = 40;
    double horizontalGap = 24; ///< between neighbours in one row
    double rowGap = 16; ///< between the rows a wide layer is wrapped into
    double layerGap = 72; ///< between layers, where most edges run
    double aspectRatio = 1.6; ///< wanted width / height of the drawing; decides where layers wrap
    double minWrapWidth = 0; ///< never wrap layers narrower than this (a layer that fits the window stays whole)
    int sweeps = 4; ///< barycenter sweeps, each one down and one up
};

struct GraphLayoutResult {
    std::vector<int> component; ///< per node: its strongly connected component
    std::vector<int> layer; ///< per node: 0 is the top layer (what nothing depends on)
    std::vector<int> row; ///< per node: its row inside its layer, 0 at the top
    std::vector<double> x; ///< per node: left edge
    std::vector<double> y; ///< per node: top edge
    int componentCount = 0;
    int layerCount = 0;
    double width = 0;
    double height = 0;
};

/// Lays out nodes 0..nodeCount-1 with `edges` (from, to): `from` depends on `to` and is drawn above
/// it. Edges naming a node outside the range are ignored; parallel edges and self-loops are allowed.
GraphLayoutResult layoutLayeredGraph(
    int nodeCount, const std::vector<std::pair<int, int>>& edges, const GraphLayoutOptions& options = {});

} // namespace mamori
