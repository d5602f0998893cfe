#pragma once

// The boxes and arrows of the dependency graph: one NodeItem per asset, one EdgeItem per
// dependency. They know how to draw themselves and their index in DependencyGraphView's data;
// where they go is decided by the view (GraphLayout, and the edge routing).
//
// Ownership: items belong to the scene; a NodeItem owns its StepBadge as a child item. Every box of
// a scene points to one NodeStyle, owned by the view, which must outlive the items.

#include "Entities.h"
#include "graph/GraphStyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPolygonF>
#include <QStringList>

#include <cstdint>

namespace mamori {

/// The number of a box along a finding's path, at a constant size on screen so that the order of a
/// long path still reads when zoomed far out. A child of its box: it moves, hides and dims with it.
class StepBadge final : public QGraphicsItem {
public:
    StepBadge(int step, const QFont& font, QGraphicsItem* parent);

    QRectF boundingRect() const override { return QRectF(-12, -12, 24, 24); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    int m_step;
    QFont m_font;
};

/// Shared by every box of one scene: the label font and its metrics, measured once.
struct NodeStyle {
    QFont font;
    QFontMetricsF metrics {QFont()};
};

class NodeItem final : public QGraphicsItem {
public:
    enum class Mark : std::uint8_t { None, Blast, BlastSource, Finding };

    NodeItem(int index, const Asset& asset, const QString& label, const NodeStyle* style);

    int index() const { return m_index; }
    const QString& id() const { return m_id; }

    void setAsset(const Asset& asset, const QString& label);
    void setLabel(const QString& label);
    /// `step` numbers the boxes along a finding's path (1 is its first asset), 0 for none.
    void setMark(Mark mark, int step = 0);

    QRectF boundingRect() const override { return QRectF(-14, -14, kNodeWidth + 28, kNodeHeight + 28); }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    /// At most two lines, broken where the script allows (anywhere between kanji), the second
    /// elided: the full name is in the tool tip.
    void layoutLabel() const;

    int m_index;
    const NodeStyle* m_style;
    QString m_id;
    QString m_label;
    Tier m_tier = Tier::None;
    bool m_gateway = false;
    Mark m_mark = Mark::None;
    int m_step = 0;
    StepBadge* m_badge = nullptr; ///< the path step number; a child item, deleted with the box
    mutable QStringList m_lines;
};

class EdgeItem final : public QGraphicsItem {
public:
    EdgeItem(int index, DependencyKind kind);

    int index() const { return m_index; }

    /// `path` runs from the dependent to the base of the arrow head, which points along `direction`
    /// to `tip`.
    void setRoute(const QPainterPath& path, QPointF tip, QPointF direction);
    void setHighlighted(QColor color);
    bool isHighlighted() const { return m_highlight.isValid(); }

    QRectF boundingRect() const override;
    /// The stroke, not the bounding box, so that hovering near a box does not pick a long arrow.
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    int m_index;
    EdgeStyle m_style;
    QColor m_highlight;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};

} // namespace mamori
