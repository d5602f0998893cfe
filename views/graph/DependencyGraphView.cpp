#include "graph/DependencyGraphView.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "graph/GraphLayout.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QResizeEvent>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace mamori {

namespace {

constexpr qreal kNodeWidth = 136;
constexpr qreal kNodeHeight = 40;
constexpr qreal kLabelPadding = 6;
constexpr qreal kArrowLength = 9;
constexpr qreal kArrowHalfWidth = 4;
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kDimmedOpacity = 0.16;
constexpr qreal kSceneMargin = 40; ///< around the boxes shown, room for arcs and badges

// Z order: arrows under boxes, highlighted things over the rest, the selected box on top.
constexpr qreal kEdgeZ = 0;
constexpr qreal kHighlightedEdgeZ = 1;
constexpr qreal kNodeZ = 2;
constexpr qreal kHighlightedNodeZ = 3;

struct TierColors {
    QColor fill;
    QColor border;
};

/// Pale fills so that black labels stay legible, saturated borders so that the tier still reads when
/// the box is small; hues chosen apart from the highlight colours (purple, red) and from each other
/// for the common colour-vision deficiencies (orange / green / blue / grey).
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

const QColor kGatewayColor(0x26, 0x32, 0x38);
const QColor kBlastColor(0x8E, 0x24, 0xAA);
const QColor kFindingColor(0xD5, 0x00, 0x00);
const QColor kSelectionColor(0x10, 0x10, 0x10);
const QColor kLabelColor(0x1A, 0x1A, 0x1A);

/// The four styles of the brief, one per family of dependency kinds.
enum class EdgeStyle { Network, Processing, Physical, Other };

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

/// A shield, centred on (0, 0), `size` high: the gateway badge in the boxes and in the legend.
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

/// The number of a box along a finding's path, at a constant size on screen so that the order of a
/// long path still reads when zoomed far out. A child of its box: it moves, hides and dims with it.
class StepBadge final : public QGraphicsItem {
public:
    StepBadge(int step, const QFont& font, QGraphicsItem* parent)
        : QGraphicsItem(parent)
        , m_step(step)
        , m_font(font)
    {
        setFlag(ItemIgnoresTransformations);
        m_font.setBold(true);
    }

    QRectF boundingRect() const override { return QRectF(-12, -12, 24, 24); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(kFindingColor);
        painter->drawEllipse(QPointF(0, 0), 10.5, 10.5);
        painter->setFont(m_font);
        painter->drawText(QRectF(-11, -11, 22, 22), Qt::AlignCenter, QString::number(m_step));
    }

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

    NodeItem(int index, const Asset& asset, const QString& label, const NodeStyle* style)
        : m_index(index)
        , m_style(style)
    {
        setFlag(ItemIsSelectable);
        setZValue(kNodeZ);
        setAsset(asset, label);
    }

    int index() const { return m_index; }
    const QString& id() const { return m_id; }

    void setAsset(const Asset& asset, const QString& label)
    {
        m_id = asset.id;
        m_tier = asset.tier;
        m_gateway = asset.gateway;
        setLabel(label);
    }

    void setLabel(const QString& label)
    {
        m_label = label;
        m_lines.clear();
        update();
    }

    /// `step` numbers the boxes along a finding's path (1 is its first asset), 0 for none.
    void setMark(Mark mark, int step = 0)
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

    QRectF boundingRect() const override { return QRectF(-14, -14, kNodeWidth + 28, kNodeHeight + 28); }

    QPainterPath shape() const override
    {
        QPainterPath path;
        path.addRect(0, 0, kNodeWidth, kNodeHeight);
        return path;
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override
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

private:
    /// At most two lines, broken where the script allows (anywhere between kanji), the second
    /// elided: the full name is in the tool tip.
    void layoutLabel() const
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
    EdgeItem(int index, DependencyKind kind)
        : m_index(index)
        , m_style(edgeStyle(kind))
    {
        setZValue(kEdgeZ);
    }

    int index() const { return m_index; }

    /// `path` runs from the dependent to the base of the arrow head, which points along `direction`
    /// to `tip`.
    void setRoute(const QPainterPath& path, QPointF tip, QPointF direction)
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

    void setHighlighted(QColor color)
    {
        if (m_highlight == color)
            return;
        prepareGeometryChange(); // a highlighted arrow is drawn wider when zoomed out
        m_highlight = color;
        setZValue(color.isValid() ? kHighlightedEdgeZ : kEdgeZ);
    }
    bool isHighlighted() const { return m_highlight.isValid(); }

    QRectF boundingRect() const override
    {
        return m_highlight.isValid() ? m_bounds.adjusted(-12, -12, 12, 12) : m_bounds;
    }

    /// The stroke, not the bounding box, so that hovering near a box does not pick a long arrow.
    QPainterPath shape() const override
    {
        if (m_shape.isEmpty()) {
            QPainterPathStroker stroker;
            stroker.setWidth(8);
            m_shape = stroker.createStroke(m_path);
            m_shape.addPolygon(m_arrow);
        }
        return m_shape;
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        QPen pen = edgePen(m_style);
        if (m_highlight.isValid()) {
            const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
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

private:
    int m_index;
    EdgeStyle m_style;
    QColor m_highlight;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_bounds;
    mutable QPainterPath m_shape;
};

/// Tool tips are built when asked for: the numbers come from the latest assessment, and building
/// 10,000 of them up front would cost more than the whole layout.
class GraphScene final : public QGraphicsScene {
public:
    using QGraphicsScene::QGraphicsScene;
    std::function<QString(QGraphicsItem*)> toolTip;

protected:
    void helpEvent(QGraphicsSceneHelpEvent* event) override
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
    void wheelEvent(QWheelEvent* event) override
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

    void mouseDoubleClickEvent(QMouseEvent* event) override
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

    void contextMenuEvent(QContextMenuEvent* event) override
    {
        if (contextMenu) {
            contextMenu(event->pos());
            event->accept();
        }
    }

    void resizeEvent(QResizeEvent* event) override
    {
        QGraphicsView::resizeEvent(event);
        if (resized)
            resized();
    }
};

/// What the colours and lines mean: a strip under the drawing (over it, it would hide boxes in the
/// overview), wrapping to the width it is given. Texts are looked up when laid out, so a language
/// change needs only a new layout.
// Without Q_OBJECT (no signals or slots), so its strings name their context explicitly.
class GraphLegend final : public QWidget {
public:
    explicit GraphLegend(QWidget* parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(width).height; }
    QSize sizeHint() const override { return QSize(800, arrange(width() > 0 ? width() : 1200).height); }
    QSize minimumSizeHint() const override { return QSize(200, arrange(200).height); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5));
        const QFontMetricsF fm(font());
        QFont bold = font();
        bold.setBold(true);
        for (const Entry& entry : arrange(width()).entries) {
            painter.setPen(palette().color(QPalette::WindowText));
            if (entry.heading) {
                painter.setFont(bold);
                painter.drawText(QPointF(entry.origin.x(), entry.origin.y() + fm.ascent()), entry.text);
                painter.setFont(font());
                continue;
            }
            const QRectF sample(
                entry.origin.x(), entry.origin.y() + (fm.height() - kSwatchHeight) / 2, kSwatchWidth, kSwatchHeight);
            painter.drawText(
                QPointF(entry.origin.x() + kSwatchWidth + kSwatchGap, entry.origin.y() + fm.ascent()), entry.text);
            painter.save();
            entry.paintSample(painter, sample);
            painter.restore();
        }
    }

private:
    static constexpr qreal kSwatchWidth = 30;
    static constexpr qreal kSwatchHeight = 14;
    static constexpr qreal kSwatchGap = 5;
    static constexpr qreal kItemGap = 16;
    static constexpr qreal kGroupGap = 30;
    static constexpr qreal kMargin = 6;

    struct Entry {
        QString text;
        bool heading = false;
        std::function<void(QPainter&, const QRectF&)> paintSample;
        QPointF origin;
    };
    struct Arrangement {
        QList<Entry> entries;
        int height = 0;
    };

    static Entry heading(const QString& text)
    {
        Entry entry;
        entry.text = text;
        entry.heading = true;
        return entry;
    }
    static Entry item(const QString& text, std::function<void(QPainter&, const QRectF&)> paintSample)
    {
        Entry entry;
        entry.text = text;
        entry.paintSample = std::move(paintSample);
        return entry;
    }

    /// Three groups (tiers, dependencies, highlights), each a heading and its items; items flow left
    /// to right and wrap, and a heading never ends a line.
    static QList<QList<Entry>> groups()
    {
        QList<QList<Entry>> groups(3);
        groups[0].append(heading(QCoreApplication::translate("mamori::GraphLegend", "Tiers")));
        for (const Tier tier : {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None}) {
            groups[0].append(item(EnumNames::name(tier), [tier](QPainter& p, const QRectF& r) {
                const TierColors colors = tierColors(tier);
                p.setPen(QPen(colors.border, 1.3));
                p.setBrush(colors.fill);
                p.drawRoundedRect(r, 3, 3);
            }));
        }
        groups[0].append(item(QCoreApplication::translate("mamori::GraphLegend", "Gateway (separation point)"),
            [](QPainter& p, const QRectF& r) {
                p.setPen(QPen(kGatewayColor, 2.5));
                p.setBrush(tierColors(Tier::None).fill);
                p.drawRoundedRect(r, 3, 3);
                paintShield(&p, QPointF(r.right() - 2, r.top() + 1), 11);
            }));

        auto line = [](EdgeStyle style) {
            return [style](QPainter& p, const QRectF& r) {
                const QPen pen = edgePen(style);
                p.setPen(pen);
                const qreal y = r.center().y();
                p.drawLine(QPointF(r.left(), y), QPointF(r.right() - kArrowLength, y));
                p.setPen(Qt::NoPen);
                p.setBrush(pen.color());
                p.drawPolygon(QPolygonF({QPointF(r.right(), y), QPointF(r.right() - kArrowLength, y - kArrowHalfWidth),
                    QPointF(r.right() - kArrowLength, y + kArrowHalfWidth)}));
            };
        };
        auto names = [](std::initializer_list<DependencyKind> kinds) {
            QStringList list;
            for (const DependencyKind kind : kinds)
                list.append(EnumNames::name(kind));
            return list.join(QStringLiteral(" / "));
        };
        groups[1].append(heading(
            QCoreApplication::translate("mamori::GraphLegend", "Dependencies (dependent → what it depends on)")));
        groups[1].append(item(names({DependencyKind::ConnectsVia}), line(EdgeStyle::Network)));
        groups[1].append(
            item(names({DependencyKind::RunsOn, DependencyKind::ProcessedBy}), line(EdgeStyle::Processing)));
        groups[1].append(item(names({DependencyKind::LocatedIn, DependencyKind::PoweredBy, DependencyKind::SuppliedBy}),
            line(EdgeStyle::Physical)));
        groups[1].append(item(names({DependencyKind::Other}), line(EdgeStyle::Other)));

        auto box = [](QColor color, qreal width) {
            return [color, width](QPainter& p, const QRectF& r) {
                p.setPen(QPen(color, width));
                p.setBrush(tierColors(Tier::None).fill);
                p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
            };
        };
        groups[2].append(heading(QCoreApplication::translate("mamori::GraphLegend", "Highlights")));
        groups[2].append(
            item(QCoreApplication::translate("mamori::GraphLegend", "Blast radius (what depends on the asset)"),
                box(kBlastColor, 2.5)));
        groups[2].append(item(
            QCoreApplication::translate("mamori::GraphLegend", "Tier-separation finding path"), box(kFindingColor, 3)));
        return groups;
    }

    Arrangement arrange(int width) const
    {
        const QFontMetricsF fm(font());
        QFont bold = font();
        bold.setBold(true);
        const QFontMetricsF boldMetrics(bold);
        const qreal lineHeight = fm.height() + 4;
        const qreal right = std::max<qreal>(width - kMargin, 100);
        Arrangement result;
        qreal x = kMargin;
        qreal y = kMargin;
        auto extentOf = [&](const Entry& entry) {
            return entry.heading ? boldMetrics.horizontalAdvance(entry.text)
                                 : kSwatchWidth + kSwatchGap + fm.horizontalAdvance(entry.text);
        };
        for (QList<Entry>& group : groups()) {
            if (x > kMargin)
                x += kGroupGap - kItemGap;
            // A group that fits on a line of its own starts one rather than being split.
            qreal groupExtent = -kItemGap;
            for (const Entry& entry : group)
                groupExtent += extentOf(entry) + kItemGap;
            if (x > kMargin && x + groupExtent > right && kMargin + groupExtent <= right) {
                x = kMargin;
                y += lineHeight;
            }
            for (qsizetype i = 0; i < group.size(); ++i) {
                Entry& entry = group[i];
                qreal extent = extentOf(entry);
                if (entry.heading && i + 1 < group.size()) // keep the heading with its first item
                    extent += kItemGap + extentOf(group[i + 1]);
                if (x > kMargin && x + extent > right) {
                    x = kMargin;
                    y += lineHeight;
                }
                entry.origin = QPointF(x, y);
                x += extentOf(entry) + kItemGap;
                result.entries.append(entry);
            }
        }
        result.height = int(std::ceil(y + lineHeight + kMargin - 4));
        return result;
    }
};

} // namespace

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

DependencyGraphView::DependencyGraphView(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_graph(std::make_unique<Graph>())
{
    setObjectName(QStringLiteral("dependencyGraph"));
    auto* scene = new GraphScene(this);
    scene->toolTip = [this](QGraphicsItem* item) -> QString {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            return toolTipFor(node->index());
        if (auto* edge = dynamic_cast<EdgeItem*>(item)) {
            const Graph::Edge& e = m_graph->edges[std::size_t(edge->index())];
            return tr("%1 → %2: %3")
                .arg(nameOf(e.from).toHtmlEscaped(), nameOf(e.to).toHtmlEscaped(), EnumNames::name(e.kind));
        }
        return {};
    };
    m_scene = scene;
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    auto* canvas = new GraphCanvas(m_scene, this);
    canvas->setObjectName(QStringLiteral("dependencyGraphCanvas"));
    canvas->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    canvas->setDragMode(QGraphicsView::ScrollHandDrag);
    canvas->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    canvas->setResizeAnchor(QGraphicsView::AnchorViewCenter);
    canvas->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    canvas->setBackgroundBrush(QColor(0xFB, 0xFB, 0xFA));
    canvas->zoomBy = [this](qreal factor) { scaleBy(factor); };
    canvas->doubleClicked = [this](QGraphicsItem* item) {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            focusAsset(node->id(), m_depth->value());
    };
    canvas->contextMenu = [this](QPoint pos) { showContextMenu(pos); };
    canvas->resized = [this] {
        if (m_autoFit || !m_viewPlaced)
            fitToView();
    };
    m_view = canvas;

    m_legend = new GraphLegend(this);
    m_legend->setObjectName(QStringLiteral("dependencyGraphLegend"));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_legend->setFont(legendFont);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dependencyGraphStatus"));
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextFormat(Qt::PlainText);

    createToolBar();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_legend);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DependencyGraphView::onSelectionChanged);
    connect(m_document, &ProjectDocument::modelReset, this, [this] {
        // Another project or scenario: the last drawing's focus, highlight and view position may not apply.
        m_focusId.clear();
        m_highlight = Highlight::None;
        m_viewPlaced = false;
        m_scene->clearSelection();
        rebuild();
    });
    connect(m_document, &ProjectDocument::changed, this, [this](const QList<ModelEdit>& edits) {
        // Renaming or retiering assets keeps the drawing; anything structural lays it out again.
        bool structural = false;
        bool touchesGraph = false;
        for (const ModelEdit& edit : edits) {
            if (const auto* asset = std::get_if<Asset>(&edit.value)) {
                touchesGraph = true;
                const bool sameItem = edit.op == ModelEdit::Op::Replace && edit.index >= 0
                    && std::size_t(edit.index) < m_graph->nodes.size()
                    && m_graph->nodes[std::size_t(edit.index)]->id() == asset->id;
                structural = structural || !sameItem;
            } else if (std::holds_alternative<Dependency>(edit.value)) {
                touchesGraph = true;
                structural = true;
            }
        }
        if (!touchesGraph)
            return;
        if (structural) {
            rebuild();
            return;
        }
        const Model& model = m_document->model();
        for (const ModelEdit& edit : edits) {
            if (std::holds_alternative<Asset>(edit.value))
                m_graph->nodes[std::size_t(edit.index)]->setAsset(model.assets[edit.index], nameOf(int(edit.index)));
        }
        updateSearchCompletions();
        applyHighlight();
    });
    connect(m_document->assessment(), &LiveAssessment::updated, this, &DependencyGraphView::updateFindings);

    retranslate();
    rebuild();
}

DependencyGraphView::~DependencyGraphView()
{
    // Items point into m_graph (their style); the scene must go first.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->clear();
}

void DependencyGraphView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("dependencyGraphToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("dependencyGraphSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(320);
    m_completions = new QStringListModel(this);
    auto* completer = new QCompleter(m_completions, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_search->completer()->popup()->hide(); // the match is selected in the drawing now
        search(m_search->text());
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString& text) { search(text); });
    m_toolBar->addWidget(m_search);
    m_toolBar->addSeparator();

    auto addAction = [this](auto slot) {
        auto* action = new QAction(this);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_toolBar->addAction(action);
        QWidget::addAction(action); // shortcuts work wherever the focus is inside the view
        return action;
    };
    m_zoomOutAction = addAction(&DependencyGraphView::zoomOut);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_zoomInAction = addAction(&DependencyGraphView::zoomIn);
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal)); // Ctrl and the +/= key without Shift
    m_zoomInAction->setShortcuts(zoomInKeys);
    m_fitAction = addAction(&DependencyGraphView::fitToView);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_toolBar->addSeparator();

    m_focusAction = addAction([this] {
        if (const QString id = selectedAsset(); !id.isEmpty())
            focusAsset(id, m_depth->value());
    });
    m_depthLabel = new QLabel(m_toolBar);
    m_depthLabel->setContentsMargins(4, 0, 2, 0);
    m_toolBar->addWidget(m_depthLabel);
    m_depth = new QSpinBox(m_toolBar);
    m_depth->setObjectName(QStringLiteral("dependencyGraphDepth"));
    m_depth->setRange(1, 9);
    m_depth->setValue(2);
    m_depthLabel->setBuddy(m_depth);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        if (!m_focusId.isEmpty())
            focusAsset(m_focusId, depth);
    });
    m_toolBar->addWidget(m_depth);
    m_showAllAction = addAction(&DependencyGraphView::showAll);
    m_toolBar->addSeparator();

    m_blastAction = addAction([this] {
        if (const QString id = selectedAsset(); !id.isEmpty())
            highlightBlastRadius(id);
    });
    m_findings = new QComboBox(m_toolBar);
    m_findings->setObjectName(QStringLiteral("dependencyGraphFindings"));
    m_findings->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_findings->setMinimumContentsLength(22);
    connect(m_findings, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            clearHighlight();
        else
            highlightFinding(index - 1);
    });
    m_toolBar->addWidget(m_findings);
    m_clearAction = addAction(&DependencyGraphView::clearHighlight);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_toolBar->addSeparator();

    m_legendAction = addAction([this](bool on) { m_legend->setVisible(on); });
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
}

void DependencyGraphView::retranslate()
{
    m_search->setPlaceholderText(tr("Find an asset by ID or name"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Fit the graph to the window (Ctrl+0)"));
    m_focusAction->setText(tr("Focus"));
    m_focusAction->setToolTip(tr("Show only the selected asset and its neighbourhood (or double-click an asset)"));
    m_depthLabel->setText(tr("&Hops:"));
    m_depth->setToolTip(tr("How many dependency hops around the focused asset are shown"));
    m_showAllAction->setText(tr("Show all"));
    m_blastAction->setText(tr("Blast radius"));
    m_blastAction->setToolTip(tr("Highlight every asset that depends on the selected one, directly or "
                                 "transitively: what stops or leaks if it fails"));
    m_findings->setToolTip(tr("Highlight the path of a tier-separation finding"));
    m_clearAction->setText(tr("Clear highlight"));
    m_legendAction->setText(tr("Legend"));
    m_legend->updateGeometry();
    m_legend->update();
    updateFindings();
    updateStatus();
}

void DependencyGraphView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Names follow the display language, which changes with the translation.
        for (NodeItem* node : m_graph->nodes)
            node->setLabel(nameOf(node->index()));
        updateSearchCompletions();
    } else if (event->type() == QEvent::FontChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

QGraphicsView* DependencyGraphView::graphicsView() const
{
    return m_view;
}

QGraphicsScene* DependencyGraphView::scene() const
{
    return m_scene;
}

int DependencyGraphView::nodeCount() const
{
    return m_graph->nodeCount();
}

int DependencyGraphView::edgeCount() const
{
    return int(m_graph->edgeItems.size());
}

int DependencyGraphView::layerOf(const QString& id) const
{
    const int node = m_graph->find(id);
    return node < 0 ? -1 : m_graph->layout.layer[std::size_t(node)];
}

QStringList DependencyGraphView::visibleAssets() const
{
    QStringList ids;
    for (const NodeItem* node : m_graph->nodes) {
        if (node->isVisible())
            ids.append(node->id());
    }
    return ids;
}

QStringList DependencyGraphView::highlightedAssets() const
{
    QStringList ids;
    for (std::size_t i = 0; i < m_graph->highlightedNodes.size(); ++i) {
        if (m_graph->highlightedNodes[i])
            ids.append(m_graph->nodes[i]->id());
    }
    return ids;
}

QList<std::pair<QString, QString>> DependencyGraphView::highlightedDependencies() const
{
    QList<std::pair<QString, QString>> pairs;
    for (std::size_t i = 0; i < m_graph->highlightedEdges.size(); ++i) {
        if (m_graph->highlightedEdges[i]) {
            const Graph::Edge& e = m_graph->edges[i];
            pairs.append({m_graph->nodes[std::size_t(e.from)]->id(), m_graph->nodes[std::size_t(e.to)]->id()});
        }
    }
    return pairs;
}

QString DependencyGraphView::selectedAsset() const
{
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (auto* node = dynamic_cast<NodeItem*>(item))
            return node->id();
    }
    return {};
}

QString DependencyGraphView::focusedAsset() const
{
    return m_focusId;
}

double DependencyGraphView::zoom() const
{
    return m_view->transform().m11();
}

QString DependencyGraphView::nameOf(int node) const
{
    const Asset& asset = m_document->model().assets[node];
    const QString name = asset.name.text(displayLanguage());
    return name.isEmpty() ? asset.id : name;
}

QString DependencyGraphView::toolTipFor(int node) const
{
    const Model& model = m_document->model();
    const Asset& asset = model.assets[node];
    const Language language = displayLanguage();
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString owner = asset.owner;
    for (const OrgUnit& unit : model.orgUnits) {
        if (unit.id == asset.owner) {
            owner = QStringLiteral("%1 (%2)").arg(unit.name.text(language), unit.id);
            break;
        }
    }
    QString html = QStringLiteral("<b>%1</b><table>").arg(nameOf(node).toHtmlEscaped());
    html += row(tr("ID"), asset.id);
    html += row(tr("Type"), EnumNames::name(asset.type));
    html += row(tr("Tier"), EnumNames::name(asset.tier));
    html += row(tr("Owner"), owner.isEmpty() ? tr("Not assigned") : owner);
    if (asset.gateway)
        html += row(tr("Gateway"), tr("Sanctioned separation point between tiers"));
    const LiveAssessment* live = m_document->assessment();
    if (const AssetResult* result = live->assessment().findAsset(asset.id)) {
        const QLocale locale;
        auto number = [&locale](double v) { return locale.toString(v, 'g', 3); };
        html += row(tr("Effective impact (C / I / A)"),
            QStringLiteral("%1 / %2 / %3")
                .arg(number(result->impact[0]), number(result->impact[1]), number(result->impact[2])));
        html += row(tr("Blast radius"), tr("%n asset(s) depend on it", nullptr, int(result->blastRadius)));
    }
    html += QStringLiteral("</table>");
    if (live->isBusy())
        html += QStringLiteral("<i>%1</i>").arg(tr("Updating the assessment…").toHtmlEscaped());
    return html;
}

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

void DependencyGraphView::updateFindings()
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    m_findings->clear();
    m_findings->addItem(findings.isEmpty() ? tr("No tier-separation findings")
                                           : tr("Tier-separation findings: %n", nullptr, int(findings.size())));
    for (const Finding& f : findings) {
        // "Critical: My Number use – Internet-connected (A-X … A-Y)"
        m_findings->addItem(tr("%1: %2 – %3 (%4 … %5)")
                                .arg(EnumNames::level(severityKey(f.severity)), EnumNames::name(f.firstTier),
                                    EnumNames::name(f.secondTier), f.first, f.second));
    }
    m_findings->setEnabled(!findings.isEmpty());
    if (m_highlight == Highlight::Finding) {
        if (m_highlightFinding < findings.size())
            m_findings->setCurrentIndex(m_highlightFinding + 1);
        applyHighlight(); // the path may have changed with the assessment
    } else {
        updateStatus();
    }
}

void DependencyGraphView::updateStatus()
{
    const Graph& g = *m_graph;
    const QString shown = tr("%1 of %n asset(s) shown", nullptr, g.nodeCount()).arg(visibleAssets().size());
    QStringList parts;
    if (!m_statusMessage.isEmpty()) {
        parts.append(m_statusMessage);
    }
    if (m_highlight == Highlight::BlastRadius) {
        const int source = g.find(m_highlightAsset);
        parts.append(tr("Blast radius of %1: %n asset(s) depend on it", nullptr, int(m_blastCount))
                         .arg(QStringLiteral("%1 (%2)").arg(nameOf(source), m_highlightAsset)));
    } else if (m_highlight == Highlight::Finding) {
        const QList<Finding>& findings = m_document->assessment()->assessment().findings;
        const Finding& f = findings[m_highlightFinding];
        parts.append(tr("Finding %1 of %2 (%3): %4 and %5 are connected without a gateway, over %n asset(s)", nullptr,
            int(f.path.size()))
                         .arg(m_highlightFinding + 1)
                         .arg(findings.size())
                         .arg(EnumNames::level(severityKey(f.severity)), f.first, f.second));
    }
    if (!m_focusId.isEmpty()) {
        parts.append(tr("Neighbourhood of %1 within %n hop(s)", nullptr, m_focusDepth)
                         .arg(QStringLiteral("%1 (%2)").arg(nameOf(g.find(m_focusId)), m_focusId)));
    }
    parts.append(shown);
    m_status->setText(parts.join(QStringLiteral("   ·   ")));
    m_showAllAction->setEnabled(!m_focusId.isEmpty());
    const bool hasSelection = !selectedAsset().isEmpty();
    m_focusAction->setEnabled(hasSelection);
    m_blastAction->setEnabled(hasSelection);
}

void DependencyGraphView::updateSearchCompletions()
{
    QStringList entries;
    entries.reserve(m_graph->nodeCount());
    for (int i = 0; i < m_graph->nodeCount(); ++i)
        entries.append(QStringLiteral("%1 — %2").arg(m_graph->nodes[std::size_t(i)]->id(), nameOf(i)));
    m_completions->setStringList(entries);
}

void DependencyGraphView::onSelectionChanged()
{
    if (m_updatingSelection)
        return;
    updateStatus();
    if (const QString id = selectedAsset(); !id.isEmpty())
        emit assetSelected(id);
}

void DependencyGraphView::selectAsset(const QString& id)
{
    const int node = m_graph->find(id);
    if (node < 0)
        return;
    NodeItem* item = m_graph->nodes[std::size_t(node)];
    if (!item->isVisible())
        showAll();
    m_updatingSelection = true;
    m_scene->clearSelection();
    m_updatingSelection = false;
    item->setSelected(true);
    m_view->centerOn(item);
}

bool DependencyGraphView::search(const QString& rawText)
{
    const Graph& g = *m_graph;
    QString text = rawText.trimmed();
    // A completion reads "ID — name".
    if (const qsizetype dash = text.indexOf(QStringLiteral(" — ")); dash > 0 && g.find(text.left(dash)) >= 0)
        text = text.left(dash);
    if (text.isEmpty())
        return false;

    const Model& model = m_document->model();
    QList<int> exact;
    QList<int> partial;
    for (int i = 0; i < g.nodeCount(); ++i) {
        const Asset& asset = model.assets[i];
        const auto matches = [&](Qt::CaseSensitivity cs, bool whole) {
            for (const QString* s : {&asset.id, &asset.name.ja, &asset.name.en}) {
                if (whole ? s->compare(text, cs) == 0 : s->contains(text, cs))
                    return true;
            }
            return false;
        };
        if (asset.id == text || matches(Qt::CaseInsensitive, true))
            exact.append(i);
        else if (matches(Qt::CaseInsensitive, false))
            partial.append(i);
    }
    const QList<int> found = exact + partial;
    if (found.isEmpty()) {
        m_statusMessage = tr("No asset matches “%1”").arg(text);
        updateStatus();
        m_statusMessage.clear();
        return false;
    }
    // Pressing Enter again with the same text moves on to the next match.
    m_searchStep = text == m_lastSearch ? (m_searchStep + 1) % int(found.size()) : 0;
    m_lastSearch = text;
    selectAsset(g.nodes[std::size_t(found[m_searchStep])]->id());
    if (found.size() > 1) {
        m_statusMessage
            = tr("Match %1 of %2 for “%3” (Enter for the next)").arg(m_searchStep + 1).arg(found.size()).arg(text);
    }
    updateStatus();
    m_statusMessage.clear();
    return true;
}

void DependencyGraphView::focusAsset(const QString& id, int depth)
{
    if (m_graph->find(id) < 0)
        return;
    m_focusId = id;
    m_focusDepth = std::max(0, depth);
    if (m_depth->value() != depth && depth >= m_depth->minimum() && depth <= m_depth->maximum()) {
        const QSignalBlocker blocker(m_depth);
        m_depth->setValue(depth);
    }
    m_updatingSelection = true;
    placeItems(true);
    m_updatingSelection = false;
    m_graph->nodes[std::size_t(m_graph->find(id))]->setSelected(true);
    fitToView();
    updateStatus();
}

void DependencyGraphView::showAll()
{
    if (m_focusId.isEmpty())
        return;
    const QString previous = m_focusId;
    m_focusId.clear();
    m_updatingSelection = true;
    placeItems(false);
    m_updatingSelection = false;
    if (const int node = m_graph->find(previous); node >= 0)
        m_view->centerOn(m_graph->centreOf(node));
    updateStatus();
}

int DependencyGraphView::highlightBlastRadius(const QString& id)
{
    if (m_graph->find(id) < 0)
        return -1;
    m_highlight = Highlight::BlastRadius;
    m_highlightAsset = id;
    applyHighlight();
    const NodeItem* node = m_graph->nodes[std::size_t(m_graph->find(id))];
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (node->isVisible() && !shown.contains(node->sceneBoundingRect()))
        m_view->centerOn(node);
    return int(m_blastCount);
}

bool DependencyGraphView::highlightFinding(int index)
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    if (index < 0 || index >= findings.size())
        return false;
    m_highlight = Highlight::Finding;
    m_highlightFinding = index;
    {
        const QSignalBlocker blocker(m_findings);
        m_findings->setCurrentIndex(index + 1);
    }
    // The path must be visible to be seen: leave a focus that hides part of it.
    QRectF bounds;
    for (const QString& id : findings[index].path) {
        const int v = m_graph->find(id);
        if (v >= 0 && !m_graph->nodes[std::size_t(v)]->isVisible())
            showAll();
    }
    applyHighlight();
    for (const QString& id : findings[index].path) {
        if (const int v = m_graph->find(id); v >= 0)
            bounds |= QRectF(m_graph->nodes[std::size_t(v)]->pos(), QSizeF(kNodeWidth, kNodeHeight));
    }
    // Frame the path, close enough to read its labels, far enough to see what it runs past.
    if (!bounds.isEmpty())
        frame(bounds.adjusted(-160, -120, 160, 120));
    return true;
}

void DependencyGraphView::clearHighlight()
{
    m_highlight = Highlight::None;
    m_highlightAsset.clear();
    m_highlightFinding = -1;
    applyHighlight();
}

void DependencyGraphView::scaleBy(double factor)
{
    const double current = zoom();
    const double target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (current <= 0 || std::abs(target - current) < 1e-9)
        return;
    m_view->scale(target / current, target / current);
    m_autoFit = false;
}

void DependencyGraphView::zoomIn()
{
    scaleBy(1.25);
}

void DependencyGraphView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void DependencyGraphView::fitToView()
{
    if (m_view->viewport()->size().isEmpty())
        return;
    if (m_graph->nodes.empty()) {
        m_view->resetTransform();
        return;
    }
    frame(m_scene->sceneRect(), true);
    m_viewPlaced = true;
    m_autoFit = true;
}

void DependencyGraphView::frame(const QRectF& rect, bool wholeScene)
{
    // The whole scene at this scale needs no scroll bars, so measure the viewport without them;
    // otherwise the result would depend on whether they happened to be showing.
    const QSize viewport = wholeScene ? m_view->maximumViewportSize() - QSize(2, 2) : m_view->viewport()->size();
    if (viewport.isEmpty() || rect.isEmpty())
        return;
    // Never beyond natural size: a small neighbourhood blown up looks like a different application.
    const qreal scale
        = std::clamp(std::min(viewport.width() / rect.width(), viewport.height() / rect.height()), kMinZoom, 1.0);
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(rect.center());
    m_autoFit = false;
}

void DependencyGraphView::showContextMenu(const QPoint& pos)
{
    auto* node = dynamic_cast<NodeItem*>(m_view->itemAt(pos));
    QMenu menu(this);
    if (node) {
        const QString id = node->id();
        if (!node->isSelected())
            selectAsset(id);
        menu.addAction(tr("Focus on this asset"), this, [this, id] { focusAsset(id, m_depth->value()); });
        menu.addAction(tr("Show blast radius"), this, [this, id] { highlightBlastRadius(id); });
        menu.addAction(tr("What if it fails? (new scenario)"), this, [this, id] { emit assetFailureRequested(id); });
        menu.addAction(tr("Copy ID"), this, [id] { QGuiApplication::clipboard()->setText(id); });
        menu.addSeparator();
    }
    menu.addAction(m_showAllAction);
    menu.addAction(m_clearAction);
    menu.addAction(m_fitAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace mamori
