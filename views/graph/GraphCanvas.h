#pragma once

// The scene and the view widget the dependency graph is drawn in. Both hand what they cannot decide
// (tool tip texts, zooming, double clicks, the context menu, resizes) to their owner through
// callbacks, so that they know nothing of the model or the view's state.

#include <QGraphicsScene>
#include <QGraphicsView>

#include <functional>

namespace mamori {

/// Tool tips are built when asked for: the numbers come from the latest assessment, and building
/// 10,000 of them up front would cost more than the whole layout.
class GraphScene final : public QGraphicsScene {
public:
    using QGraphicsScene::QGraphicsScene;
    std::function<QString(QGraphicsItem*)> toolTip;

protected:
    void helpEvent(QGraphicsSceneHelpEvent* event) override;
};

/// Ctrl+wheel zooms around the pointer (plain wheel scrolls, as everywhere else); dragging the
/// background pans; a double click focuses; the context menu and resizes go to the owner.
class GraphCanvas final : public QGraphicsView {
public:
    using QGraphicsView::QGraphicsView;
    std::function<void(qreal)> zoomBy;
    std::function<void(QGraphicsItem*)> doubleClicked;
    std::function<void(QPoint)> contextMenu;
    std::function<void()> resized;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace mamori
