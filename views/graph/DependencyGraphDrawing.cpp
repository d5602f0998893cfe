#include "graph/DependencyGraphData.h"

#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace mamori {

namespace {

constexpr qreal kDimmedOpacity = 0.16;
constexpr qreal kSceneMargin = 40; ///< around the boxes shown, room for arcs and badges

} // namespace

void DependencyGraphView::rebuild()
{
    Graph& g = *m_graph;
    const Model& model = m_document->model();

    // Remember what the user was looking at, by asset rather than by scene position: the layout
    // moves when the model changes.
    const bool keepView = m_viewPlaced && !g.nodes.empty();
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QString anchorId;
    QPointF anchorOffset;
    if (keepView) {
        qreal best = INFINITY;
        for (const NodeItem* node : g.nodes) {
            if (!node->isVisible())
                continue;
            const QPointF d = centre - g.centreOf(node->index());
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance < best) {
                best = distance;
                anchorId = node->id();
                anchorOffset = d;
            }
        }
    }
    const QString selected = selectedAsset();

    m_updatingSelection = true;
    m_scene->clear();
    // A large ward's scene goes without the BSP index: building it for tens of thousands of nodes and
    // arrows took seconds on the UI thread right after opening, and at 10,000 assets the tree held
    // about 360 MB of leaf lists (every long arrow in thousands of leaves, hidden items included),
    // more than the rest of the window. A large graph shows only a neighbourhood
    // (openOnNeighbourhoodIfLarge), so a linear item search is quick enough there.
    m_scene->setItemIndexMethod(
        model.assets.size() > kLargeGraphNodes ? QGraphicsScene::NoIndex : QGraphicsScene::BspTreeIndex);
    g = Graph();
    g.style.font = font();
    g.style.font.setPointSizeF(font().pointSizeF() * 0.9);
    g.style.metrics = QFontMetricsF(g.style.font);

    const auto n = std::size_t(model.assets.size());
    g.out.resize(n);
    g.in.resize(n);
    g.nodes.reserve(n);
    for (qsizetype i = 0; i < model.assets.size(); ++i) {
        g.indexOf.insert(model.assets[i].id, int(i)); // a duplicate id (invalid model) keeps the last
        auto* node = new NodeItem(int(i), model.assets[i], nameOf(int(i)), &g.style);
        g.nodes.push_back(node);
        m_scene->addItem(node);
    }
    std::vector<std::pair<int, int>> pairs;
    for (const Dependency& d : model.dependencies) {
        const int from = g.find(d.from);
        const int to = g.find(d.to);
        if (from < 0 || to < 0)
            continue;
        const int e = int(g.edges.size());
        g.edges.push_back({from, to, d.kind});
        g.out[std::size_t(from)].push_back(e);
        g.in[std::size_t(to)].push_back(e);
        pairs.emplace_back(from, to);
        auto* item = new EdgeItem(e, d.kind);
        g.edgeItems.push_back(item);
        m_scene->addItem(item);
    }
    g.highlightedNodes.assign(n, false);
    g.highlightedEdges.assign(g.edges.size(), false);

    g.layout = layoutLayeredGraph(int(n), pairs, layoutOptions());

    if (!m_focusId.isEmpty() && g.find(m_focusId) < 0)
        m_focusId.clear();
    if (m_highlight == Highlight::BlastRadius && g.find(m_highlightAsset) < 0)
        m_highlight = Highlight::None;
    placeItems(!m_focusId.isEmpty());

    if (const int node = g.find(selected); node >= 0 && g.nodes[std::size_t(node)]->isVisible())
        g.nodes[std::size_t(node)]->setSelected(true);
    m_updatingSelection = false;

    if (keepView) {
        m_view->setTransform(transform);
        const int anchor = g.find(anchorId);
        m_view->centerOn(
            anchor >= 0 && g.nodes[std::size_t(anchor)]->isVisible() ? g.centreOf(anchor) + anchorOffset : centre);
    } else if (m_view->isVisible()) {
        fitToView();
    }
    updateSearchCompletions();
    updateFindings();
    applyHighlight();
}

GraphLayoutOptions DependencyGraphView::layoutOptions() const
{
    GraphLayoutOptions options;
    options.nodeWidth = kNodeWidth;
    options.nodeHeight = kNodeHeight;
    // Shaped like the window, and no layer wrapped that would fit it at natural size.
    const QSize viewport = m_view->viewport()->size();
    if (viewport.width() > 100 && viewport.height() > 100) {
        options.aspectRatio = std::clamp(qreal(viewport.width()) / viewport.height(), 1.0, 2.5);
        options.minWrapWidth = viewport.width() - 48;
    } else {
        options.minWrapWidth = 1200;
    }
    return options;
}

void DependencyGraphView::placeItems(bool focused)
{
    Graph& g = *m_graph;
    std::vector<bool> shown(g.nodes.size(), !focused);
    if (focused) {
        const std::vector<int> members = g.neighbourhood(g.find(m_focusId), m_focusDepth);
        std::vector<int> local(g.nodes.size(), -1);
        std::vector<int> sorted = members;
        std::sort(sorted.begin(), sorted.end()); // model order, so the sub-layout is deterministic
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            local[std::size_t(sorted[i])] = int(i);
            shown[std::size_t(sorted[i])] = true;
        }
        std::vector<std::pair<int, int>> pairs;
        for (const Graph::Edge& e : g.edges) {
            if (shown[std::size_t(e.from)] && shown[std::size_t(e.to)])
                pairs.emplace_back(local[std::size_t(e.from)], local[std::size_t(e.to)]);
        }
        const GraphLayoutResult sub = layoutLayeredGraph(int(sorted.size()), pairs, layoutOptions());
        for (std::size_t i = 0; i < sorted.size(); ++i)
            g.nodes[std::size_t(sorted[i])]->setPos(sub.x[i], sub.y[i]);
    } else {
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            g.nodes[i]->setPos(g.layout.x[i], g.layout.y[i]);
    }
    QRectF bounds;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        g.nodes[i]->setVisible(shown[i]);
        if (shown[i])
            bounds |= QRectF(g.nodes[i]->pos(), QSizeF(kNodeWidth, kNodeHeight));
        else
            g.nodes[i]->setSelected(false);
    }
    for (std::size_t e = 0; e < g.edges.size(); ++e)
        g.edgeItems[e]->setVisible(shown[std::size_t(g.edges[e].from)] && shown[std::size_t(g.edges[e].to)]);
    routeEdges();
    m_scene->setSceneRect(bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void DependencyGraphView::routeEdges()
{
    Graph& g = *m_graph;
    // Where each arrow leaves and enters a box: downward arrows leave from the bottom and enter at
    // the top, arrows inside a cycle may go up or sideways. The ends on one side of a box are spread
    // along it in the order of the boxes at their other ends, so that they do not cross at the box.
    enum Side { Bottom, Top };
    struct Port {
        int edge;
        bool atSource;
        qreal otherX;
    };
    const auto n = g.nodes.size();
    std::vector<std::vector<Port>> ports(n * 2);
    std::vector<std::array<Side, 2>> sides(g.edges.size());
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        if (!g.edgeItems[e]->isVisible())
            continue;
        const Graph::Edge& edge = g.edges[e];
        const QPointF from = g.nodes[std::size_t(edge.from)]->pos();
        const QPointF to = g.nodes[std::size_t(edge.to)]->pos();
        Side fromSide = Bottom;
        Side toSide = Top;
        if (to.y() + kNodeHeight <= from.y()) { // upwards
            fromSide = Top;
            toSide = Bottom;
        } else if (to.y() < from.y() + kNodeHeight) { // same row: an arc below both
            toSide = Bottom;
        }
        sides[e] = {fromSide, toSide};
        ports[std::size_t(edge.from) * 2 + fromSide].push_back({int(e), true, to.x()});
        ports[std::size_t(edge.to) * 2 + toSide].push_back({int(e), false, from.x()});
    }
    std::vector<std::array<QPointF, 2>> ends(g.edges.size());
    for (std::size_t slot = 0; slot < ports.size(); ++slot) {
        auto& list = ports[slot];
        if (list.empty())
            continue;
        std::stable_sort(list.begin(), list.end(), [](const Port& a, const Port& b) { return a.otherX < b.otherX; });
        const NodeItem* node = g.nodes[slot / 2];
        const qreal y = node->pos().y() + (slot % 2 == Bottom ? kNodeHeight : 0);
        const qreal span = std::min<qreal>(kNodeWidth * 0.7, 12.0 * qreal(list.size() - 1));
        for (std::size_t k = 0; k < list.size(); ++k) {
            const qreal offset = list.size() == 1 ? 0 : span * (qreal(k) / qreal(list.size() - 1) - 0.5);
            ends[std::size_t(list[k].edge)][list[k].atSource ? 0 : 1]
                = QPointF(node->pos().x() + kNodeWidth / 2 + offset, y);
        }
    }
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        if (!g.edgeItems[e]->isVisible())
            continue;
        const QPointF start = ends[e][0];
        const QPointF tip = ends[e][1];
        const Side fromSide = sides[e][0];
        const Side toSide = sides[e][1];
        QPainterPath path(start);
        QPointF direction;
        if (fromSide == Bottom && toSide == Top) {
            const QPointF base = tip - QPointF(0, kArrowLength);
            const qreal bend = std::max<qreal>(24, (base.y() - start.y()) * 0.5);
            path.cubicTo(start + QPointF(0, bend), base - QPointF(0, bend), base);
            direction = QPointF(0, 1);
        } else if (fromSide == Top && toSide == Bottom) {
            const QPointF base = tip + QPointF(0, kArrowLength);
            const qreal bend = std::max<qreal>(24, (start.y() - base.y()) * 0.5);
            path.cubicTo(start - QPointF(0, bend), base + QPointF(0, bend), base);
            direction = QPointF(0, -1);
        } else {
            const QPointF base = tip + QPointF(0, kArrowLength);
            const qreal dip = 22 + std::abs(tip.x() - start.x()) * 0.12;
            path.cubicTo(start + QPointF(0, dip), base + QPointF(0, dip), base);
            direction = QPointF(0, -1);
        }
        g.edgeItems[e]->setRoute(path, tip, direction);
    }
}

void DependencyGraphView::applyHighlight()
{
    Graph& g = *m_graph;
    std::fill(g.highlightedNodes.begin(), g.highlightedNodes.end(), false);
    std::fill(g.highlightedEdges.begin(), g.highlightedEdges.end(), false);
    QColor edgeColor;
    int source = -1;

    if (m_highlight == Highlight::BlastRadius) {
        source = g.find(m_highlightAsset);
        if (source < 0) {
            m_highlight = Highlight::None;
        } else {
            const std::vector<int> members = g.dependentsOf(source);
            m_blastCount = qsizetype(members.size()) - 1;
            for (const int v : members)
                g.highlightedNodes[std::size_t(v)] = true;
            // Every dependency between two of them lies on a path to the source.
            for (std::size_t e = 0; e < g.edges.size(); ++e) {
                g.highlightedEdges[e] = g.highlightedNodes[std::size_t(g.edges[e].from)]
                    && g.highlightedNodes[std::size_t(g.edges[e].to)];
            }
            edgeColor = kBlastColor;
        }
    } else if (m_highlight == Highlight::Finding) {
        const QList<Finding>& findings = m_document->assessment()->assessment().findings;
        if (m_highlightFinding < 0 || m_highlightFinding >= findings.size()) {
            m_highlight = Highlight::None;
        } else {
            const QStringList& path = findings[m_highlightFinding].path;
            int previous = -1;
            for (const QString& id : path) {
                const int v = g.find(id);
                if (v < 0) { // the assessment is behind the model; draw what still exists
                    previous = -1;
                    continue;
                }
                g.highlightedNodes[std::size_t(v)] = true;
                if (previous >= 0) {
                    // The path is undirected: a step may follow a dependency either way.
                    for (const int e : g.out[std::size_t(previous)]) {
                        const Graph::Edge& edge = g.edges[std::size_t(e)];
                        if (edge.to == v && edge.kind == DependencyKind::ConnectsVia)
                            g.highlightedEdges[std::size_t(e)] = true;
                    }
                    for (const int e : g.in[std::size_t(previous)]) {
                        const Graph::Edge& edge = g.edges[std::size_t(e)];
                        if (edge.from == v && edge.kind == DependencyKind::ConnectsVia)
                            g.highlightedEdges[std::size_t(e)] = true;
                    }
                }
                previous = v;
            }
            edgeColor = kFindingColor;
        }
    }

    std::vector<int> steps(g.nodes.size(), 0);
    if (m_highlight == Highlight::Finding) {
        const QStringList& path = m_document->assessment()->assessment().findings[m_highlightFinding].path;
        for (qsizetype k = 0; k < path.size(); ++k) {
            if (const int v = g.find(path[k]); v >= 0)
                steps[std::size_t(v)] = int(k) + 1;
        }
    }
    const bool active = m_highlight != Highlight::None;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        NodeItem::Mark mark = NodeItem::Mark::None;
        if (g.highlightedNodes[i]) {
            if (m_highlight == Highlight::Finding)
                mark = NodeItem::Mark::Finding;
            else
                mark = int(i) == source ? NodeItem::Mark::BlastSource : NodeItem::Mark::Blast;
        }
        g.nodes[i]->setMark(mark, steps[i]);
        g.nodes[i]->setOpacity(active && !g.highlightedNodes[i] ? kDimmedOpacity : 1.0);
    }
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        g.edgeItems[e]->setHighlighted(g.highlightedEdges[e] ? edgeColor : QColor());
        g.edgeItems[e]->setOpacity(active && !g.highlightedEdges[e] ? kDimmedOpacity : 1.0);
    }
    m_clearAction->setEnabled(active);
    if (m_highlight != Highlight::Finding && m_findings->currentIndex() != 0)
        m_findings->setCurrentIndex(0);
    updateStatus();
}

} // namespace mamori
