#include "graph/GraphItems.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace mamori {

StepBadge::StepBadge(int step, const QFont& font, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_step(step)
    , m_font(font)
{
    setFlag(ItemIgnoresTransformations);
    m_font.setBold(true);
}

void StepBadge::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(kFindingColor);
    painter->drawEllipse(QPointF(0, 0), 10.5, 10.5);
    painter->setFont(m_font);
    painter->drawText(QRectF(-11, -11, 22, 22), Qt::AlignCenter, QString::number(m_step));
}

NodeItem::NodeItem(int index, const Asset& asset, const QString& label, const NodeStyle* style)
    : m_index(index)
    , m_style(style)
{
    setFlag(ItemIsSelectable);
    setZValue(kNodeZ);
    setAsset(asset, label);
}

void NodeItem::setAsset(const Asset& asset, const QString& label)
{
    m_id = asset.id;
    m_tier = asset.tier;
    m_gateway = asset.gateway;
    setLabel(label);
}

void NodeItem::setLabel(const QString& label)
{
    m_label = label;
    m_lines.clear();
    update();
}

void NodeItem::setMark(Mark mark, int step)
{
    if (m_mark == mark && m_step == step)
        return;
    m_mark = mark;
    m_step = step;
    delete m_badge;
    m_badge = step > 0 ? new StepBadge(step, m_style->font, this) : nullptr;
    setZValue(mark == Mark::None ? kNodeZ : kHighlightedNodeZ);
    update();
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(0, 0, kNodeWidth, kNodeHeight);
    return path;
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const TierColors colors = tierColors(m_tier);
    const QRectF box(0, 0, kNodeWidth, kNodeHeight);

    QPen border(colors.border, 1.3);
    if (m_gateway)
        border = QPen(kGatewayColor, 3);
    switch (m_mark) {
    case Mark::None:
        break;
    case Mark::Blast:
        border = QPen(kBlastColor, 3.5);
        break;
    case Mark::BlastSource:
        border = QPen(kBlastColor, 6);
        break;
    case Mark::Finding:
        border = QPen(kFindingColor, 4.5);
        break;
    }
    painter->setBrush(Qt::NoBrush);
    if (m_mark == Mark::BlastSource) { // the asset whose failure the highlight is about
        painter->setPen(QPen(kBlastColor, 3));
        QColor glow = kBlastColor;
        glow.setAlpha(60);
        painter->setBrush(glow);
        painter->drawRoundedRect(box.adjusted(-10, -10, 10, 10), 13, 13);
        painter->setBrush(Qt::NoBrush);
    }
    if (isSelected()) {
        painter->setPen(QPen(kSelectionColor, std::max<qreal>(2.5, 1.6 / lod), Qt::SolidLine));
        painter->drawRoundedRect(box.adjusted(-5, -5, 5, 5), 9, 9);
    }
    // Far out a box is a few pixels: a plain rectangle shows the colour and costs nothing; a
    // highlighted one keeps an outline a few pixels wide on screen, or it would vanish.
    if (lod < 0.25) {
        if (m_mark == Mark::None)
            painter->setPen(border.color());
        else
            painter->setPen(QPen(border.color(), std::min<qreal>(24, 3 / lod)));
        painter->setBrush(colors.fill);
        painter->drawRect(box);
        return;
    }
    painter->setPen(border);
    painter->setBrush(colors.fill);
    painter->drawRoundedRect(box, 6, 6);
    if (m_gateway)
        paintShield(painter, QPointF(kNodeWidth - 4, 1), 16);
    if (lod < 0.4)
        return;

    if (m_lines.isEmpty())
        layoutLabel();
    painter->setFont(m_style->font);
    painter->setPen(kLabelColor);
    const qreal lineHeight = m_style->metrics.height();
    const qreal top = (kNodeHeight - lineHeight * qreal(m_lines.size())) / 2;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        painter->drawText(
            QRectF(kLabelPadding, top + lineHeight * qreal(i), kNodeWidth - 2 * kLabelPadding, lineHeight),
            Qt::AlignCenter, m_lines[i]);
    }
}

void NodeItem::layoutLabel() const
{
    const qreal width = kNodeWidth - 2 * kLabelPadding - (m_gateway ? 8 : 0);
    QTextLayout layout(m_label, m_style->font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (first.isValid()) {
        first.setLineWidth(width);
        m_lines.append(m_label.mid(first.textStart(), first.textLength()).trimmed());
        QTextLine second = layout.createLine();
        if (second.isValid()) {
            second.setLineWidth(width);
            const QString rest = m_label.mid(second.textStart()).trimmed();
            m_lines.append(m_style->metrics.elidedText(rest, Qt::ElideRight, width));
        }
    }
    layout.endLayout();
    if (m_lines.isEmpty())
        m_lines.append(QString());
}

EdgeItem::EdgeItem(int index, DependencyKind kind)
    : m_index(index)
    , m_style(edgeStyle(kind))
{
    setZValue(kEdgeZ);
}

void EdgeItem::setRoute(const QPainterPath& path, QPointF tip, QPointF direction)
{
    prepareGeometryChange();
    m_path = path;
    const qreal length = std::hypot(direction.x(), direction.y());
    const QPointF d = length > 0 ? direction / length : QPointF(0, 1);
    const QPointF normal(-d.y(), d.x());
    const QPointF base = tip - d * kArrowLength;
    m_arrow = QPolygonF({tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
    m_shape = QPainterPath();
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
}

void EdgeItem::setHighlighted(QColor color)
{
    if (m_highlight == color)
        return;
    prepareGeometryChange(); // a highlighted arrow is drawn wider when zoomed out
    m_highlight = color;
    setZValue(color.isValid() ? kHighlightedEdgeZ : kEdgeZ);
}

QRectF EdgeItem::boundingRect() const
{
    return m_highlight.isValid() ? m_bounds.adjusted(-12, -12, 12, 12) : m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    QPen pen = edgePen(m_style);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!m_highlight.isValid() && lod < 0.25) {
        // Far out, as the boxes: a hair line in the kind's colour, no dashes, no arrowhead (a pixel
        // or two on screen), no antialiasing; thousands of them paint in a blink.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(pen.color(), 0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        return;
    }
    if (m_highlight.isValid()) {
        pen.setColor(m_highlight);
        pen.setWidthF(std::clamp<qreal>(2.5 / lod, m_highlight == kFindingColor ? 4 : 2.6, 24));
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen.color());
    painter->drawPolygon(m_arrow);
}

} // namespace mamori
