#pragma once

// How the dependency graph looks, shared by its boxes and arrows (GraphItems), its legend
// (GraphLegend) and the view that places them (DependencyGraphView): sizes, colours, pens, the
// gateway badge. The legend draws with the same functions as the drawing, so the two cannot drift.

#include "Enums.h"

#include <QColor>
#include <QPainterPath>
#include <QPen>
#include <QPointF>

class QPainter;

namespace mamori {

inline constexpr qreal kNodeWidth = 136;
inline constexpr qreal kNodeHeight = 40;
inline constexpr qreal kLabelPadding = 6;
inline constexpr qreal kArrowLength = 9;
inline constexpr qreal kArrowHalfWidth = 4;

// Z order: arrows under boxes, highlighted things over the rest, the selected box on top.
inline constexpr qreal kEdgeZ = 0;
inline constexpr qreal kHighlightedEdgeZ = 1;
inline constexpr qreal kNodeZ = 2;
inline constexpr qreal kHighlightedNodeZ = 3;

struct TierColors {
    QColor fill;
    QColor border;
};

/// Pale fills so that black labels stay legible, saturated borders so that the tier still reads when
/// the box is small; hues chosen apart from the highlight colours (purple, red) and from each other
/// for the common colour-vision deficiencies (orange / green / blue / grey).
TierColors tierColors(Tier tier);

inline const QColor kGatewayColor(0x26, 0x32, 0x38);
inline const QColor kBlastColor(0x8E, 0x24, 0xAA);
inline const QColor kFindingColor(0xD5, 0x00, 0x00);
inline const QColor kSelectionColor(0x10, 0x10, 0x10);
inline const QColor kLabelColor(0x1A, 0x1A, 0x1A);

/// The four styles of the brief, one per family of dependency kinds.
enum class EdgeStyle { Network, Processing, Physical, Other };

EdgeStyle edgeStyle(DependencyKind kind);
QPen edgePen(EdgeStyle style);

/// A shield, centred on (0, 0), `size` high: the gateway badge in the boxes and in the legend.
QPainterPath shieldPath(qreal size);
void paintShield(QPainter* painter, QPointF centre, qreal size);

} // namespace mamori
