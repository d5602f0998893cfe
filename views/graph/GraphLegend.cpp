#include "graph/GraphLegend.h"

#include "EnumNames.h"
#include "graph/GraphStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace mamori {

GraphLegend::GraphLegend(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void GraphLegend::paintEvent(QPaintEvent*)
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

GraphLegend::Entry GraphLegend::heading(const QString& text)
{
    Entry entry;
    entry.text = text;
    entry.heading = true;
    return entry;
}

GraphLegend::Entry GraphLegend::item(const QString& text, std::function<void(QPainter&, const QRectF&)> paintSample)
{
    Entry entry;
    entry.text = text;
    entry.paintSample = std::move(paintSample);
    return entry;
}

QList<QList<GraphLegend::Entry>> GraphLegend::groups()
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
    groups[1].append(
        heading(QCoreApplication::translate("mamori::GraphLegend", "Dependencies (dependent → what it depends on)")));
    groups[1].append(item(names({DependencyKind::ConnectsVia}), line(EdgeStyle::Network)));
    groups[1].append(item(names({DependencyKind::RunsOn, DependencyKind::ProcessedBy}), line(EdgeStyle::Processing)));
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

GraphLegend::Arrangement GraphLegend::arrange(int width) const
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

} // namespace mamori
