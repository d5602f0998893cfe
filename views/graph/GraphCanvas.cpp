#include "graph/GraphCanvas.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsSceneHelpEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace mamori {

void GraphScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    QString text;
    const QList<QGraphicsItem*> hits = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem* item : hits) {
        if (item->isVisible() && toolTip) {
            text = toolTip(item);
            if (!text.isEmpty())
                break;
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0 && zoomBy)
            zoomBy(std::pow(1.0015, delta));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (doubleClicked) {
        if (QGraphicsItem* item = itemAt(event->pos())) {
            doubleClicked(item);
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    if (contextMenu) {
        contextMenu(event->pos());
        event->accept();
    }
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (resized)
        resized();
}

} // namespace mamori
