#include "graph/GraphStyle.h"

#include <QPainter>

namespace mamori {

TierColors tierColors(Tier tier)
{
    switch (tier) {
    case Tier::MyNumber:
        return {QColor(0xF9, 0xCF, 0xA8), QColor(0xC1, 0x55, 0x00)};
    case Tier::Lgwan:
        return {QColor(0xC5, 0xE6, 0xC7), QColor(0x2E, 0x7D, 0x32)};
    case Tier::Internet:
        return {QColor(0xBC, 0xDC, 0xF8), QColor(0x15, 0x65, 0xC0)};
    case Tier::None:
        break;
    }
    return {QColor(0xE4, 0xE4, 0xE4), QColor(0x75, 0x75, 0x75)};
}

EdgeStyle edgeStyle(DependencyKind kind)
{
    switch (kind) {
    case DependencyKind::ConnectsVia:
        return EdgeStyle::Network;
    case DependencyKind::RunsOn:
    case DependencyKind::ProcessedBy:
        return EdgeStyle::Processing;
    case DependencyKind::LocatedIn:
    case DependencyKind::PoweredBy:
    case DependencyKind::SuppliedBy:
        return EdgeStyle::Physical;
    case DependencyKind::Other:
        break;
    }
    return EdgeStyle::Other;
}

QPen edgePen(EdgeStyle style)
{
    QPen pen;
    pen.setCapStyle(Qt::FlatCap);
    switch (style) {
    case EdgeStyle::Network:
        pen.setColor(QColor(0x37, 0x37, 0x37));
        pen.setWidthF(1.8);
        break;
    case EdgeStyle::Processing:
        pen.setColor(QColor(0x1E, 0x5F, 0xD0));
        pen.setWidthF(1.5);
        break;
    case EdgeStyle::Physical:
        pen.setColor(QColor(0x8C, 0x8C, 0x8C));
        pen.setWidthF(1.4);
        pen.setDashPattern({5, 3});
        break;
    case EdgeStyle::Other:
        pen.setColor(QColor(0x6D, 0x6D, 0x6D));
        pen.setWidthF(1.5);
        pen.setDashPattern({1, 2.5});
        pen.setCapStyle(Qt::RoundCap);
        break;
    }
    return pen;
}

QPainterPath shieldPath(qreal size)
{
    const qreal h = size / 2;
    const qreal w = size * 0.42;
    QPainterPath path;
    path.moveTo(-w, -h);
    path.lineTo(w, -h);
    path.lineTo(w, -h * 0.1);
    path.cubicTo(w, h * 0.5, h * 0.25, h * 0.8, 0, h);
    path.cubicTo(-h * 0.25, h * 0.8, -w, h * 0.5, -w, -h * 0.1);
    path.closeSubpath();
    return path;
}

void paintShield(QPainter* painter, QPointF centre, qreal size)
{
    painter->save();
    painter->translate(centre);
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(kGatewayColor);
    painter->drawPath(shieldPath(size));
    painter->restore();
}

} // namespace mamori
