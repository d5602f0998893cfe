#include "ReportCharts.h"

#include "LevelColors.h"
#include "NumberFormat.h"
#include "PageFlow.h"
#include "engine/Continuity.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {
const QColor kAxis(0x55, 0x55, 0x55);
const QColor kLight(0xa9, 0xbc, 0xd6);
const QColor kDark(0x1f, 0x3a, 0x5f);

/// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at or above `value`.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= value)
            return f * magnitude;
    }
    return 10 * magnitude;
}

/// A "nice" step for an axis: 1, 2, 2.5 or 5 times a power of ten, at or above `value`.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= value)
            return f * magnitude;
    }
    return 10 * magnitude;
}

void drawTitle(PageFlow& flow, QPainter& p, const QRectF& rect, const QString& title)
{
    const TextStyle style = flow.style(9.5, true);
    style.draw(p, QRectF(rect.left(), rect.top(), rect.width(), style.lineHeight()), title, Qt::AlignHCenter);
}
} // namespace

void drawRiskMatrix(PageFlow& flow, QPainter& p, const QRectF& rect, const RiskMatrix& matrix, const QList<Band>& bands,
    const MatrixLabels& labels, const QLocale& locale)
{
    const TextStyle small = flow.style(7.5);
    const TextStyle countStyle = flow.style(9, true);
    drawTitle(flow, p, rect, labels.title);
    const qreal top = rect.top() + flow.mm(7);
    const qreal axisSpace = flow.mm(10);
    const qreal side = std::min(rect.width() - axisSpace - flow.mm(2), rect.bottom() - top - axisSpace);
    const qreal cell = side / RiskMatrix::kSize;
    const qreal left = rect.left() + (rect.width() - side - axisSpace) / 2 + axisSpace;
    for (int l = 1; l <= RiskMatrix::kSize; ++l) {
        for (int i = 1; i <= RiskMatrix::kSize; ++i) {
            const QRectF r(left + (i - 1) * cell, top + (RiskMatrix::kSize - l) * cell, cell, cell);
            const QString level = matrix.colourLevel(bands, l, i);
            const qint64 count = matrix.counts[std::size_t(l - 1)][std::size_t(i - 1)];
            QColor fill = levelColor(level);
            if (count == 0)
                fill = QColor::fromHsvF(fill.hsvHueF(), fill.hsvSaturationF() * 0.3f, 1.0f); // float, as QColor takes
            p.setPen(QPen(Qt::white, flow.pt(1.5)));
            p.setBrush(fill);
            p.drawRect(r);
            if (count > 0) {
                const TextStyle s(countStyle.font(), flow.device(), levelTextColor(level));
                s.draw(p, QRectF(r.left(), r.center().y() - s.lineHeight() / 2, r.width(), s.lineHeight()),
                    formatCount(count, locale), Qt::AlignHCenter);
            }
        }
        small.draw(p,
            QRectF(left - flow.mm(5), top + (RiskMatrix::kSize - l) * cell + cell / 2 - small.lineHeight() / 2,
                flow.mm(4), small.lineHeight()),
            QString::number(l), Qt::AlignRight);
    }
    for (int i = 1; i <= RiskMatrix::kSize; ++i)
        small.draw(p, QRectF(left + (i - 1) * cell, top + side + flow.mm(1), cell, small.lineHeight()),
            QString::number(i), Qt::AlignHCenter);
    small.draw(p, QRectF(left, top + side + flow.mm(1) + small.lineHeight(), side, small.lineHeight()), labels.impact,
        Qt::AlignHCenter);
    // The likelihood axis title, turned to read upwards.
    p.save();
    p.translate(left - flow.mm(6) - small.lineHeight(), top + side / 2);
    p.rotate(-90);
    small.draw(p, QRectF(-side / 2, 0, side, small.lineHeight()), labels.likelihood, Qt::AlignHCenter);
    p.restore();
}

void drawLevelLegend(PageFlow& flow, QPainter& p, const QRectF& rect, const QList<LegendEntry>& entries)
{
    const TextStyle small = flow.style(7.5);
    const qreal swatch = flow.mm(4), gap = flow.mm(1.5), spacing = flow.mm(6);
    // Greedy rows of entries, each row centred.
    QList<QList<qsizetype>> rows {{}};
    qreal rowWidth = 0;
    const auto widthOf = [&](qsizetype k) { return swatch + gap + small.advance(entries[k].text); };
    for (qsizetype k = 0; k < entries.size(); ++k) {
        const qreal w = widthOf(k) + (rows.last().isEmpty() ? 0 : spacing);
        if (!rows.last().isEmpty() && rowWidth + w > rect.width()) {
            rows.append(QList<qsizetype>());
            rowWidth = 0;
        }
        rowWidth += widthOf(k) + (rows.last().isEmpty() ? 0 : spacing);
        rows.last().append(k);
    }
    qreal y = rect.top();
    for (const QList<qsizetype>& row : std::as_const(rows)) {
        qreal total = 0;
        for (const qsizetype k : row)
            total += widthOf(k) + (k == row.first() ? 0 : spacing);
        qreal x = rect.left() + (rect.width() - total) / 2;
        for (const qsizetype k : row) {
            p.setPen(QPen(QColor(0x88, 0x88, 0x88), flow.pt(0.3)));
            p.setBrush(levelColor(entries[k].level));
            p.drawRect(QRectF(x, y + small.lineHeight() * 0.15, swatch, small.lineHeight() * 0.7));
            small.draw(p, QRectF(x + swatch + gap, y, small.advance(entries[k].text) + flow.mm(1), small.lineHeight()),
                entries[k].text);
            x += widthOf(k) + spacing;
        }
        y += small.lineHeight() + flow.mm(1);
    }
}

void drawPairedBars(PageFlow& flow, QPainter& p, const QRectF& rect, const QString& title, const QList<BarItem>& items,
    const QString& firstName, const QString& secondName, const QLocale& locale)
{
    const TextStyle small = flow.style(7.5);
    const TextStyle valueStyle = flow.style(6.5, false, kAxis);
    drawTitle(flow, p, rect, title);
    double maxValue = 0;
    qreal valueWidth = 0;
    for (const BarItem& b : items) {
        maxValue = std::max({maxValue, b.first, b.second});
        for (const double v : {b.first, b.second})
            valueWidth = std::max(valueWidth, valueStyle.advance(formatScore(v, locale)));
    }
    const double axisMax = niceCeiling(maxValue);
    const qreal labelWidth = rect.width() * 0.34;
    const qreal top = rect.top() + flow.mm(7);
    const qreal legendHeight = small.lineHeight() + flow.mm(2);
    const qreal bottom = rect.bottom() - legendHeight - small.lineHeight() - flow.mm(1);
    const qreal left = rect.left() + labelWidth + flow.mm(2);
    // Room right of the longest bar for its value.
    const qreal width = rect.right() - left - std::max(valueWidth + flow.mm(2), flow.mm(10));
    const qreal band = items.isEmpty() ? 0 : (bottom - top) / items.size();
    const qreal bar = std::min(band * 0.42, flow.mm(4.5));

    // Grid lines and scale.
    for (int t = 0; t <= 4; ++t) {
        const qreal x = left + width * t / 4;
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), flow.pt(0.4)));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        const QString value = locale.toString(axisMax * t / 4, 'f', axisMax >= 20 ? 0 : 1);
        small.draw(p, QRectF(x - flow.mm(10), bottom + flow.mm(0.5), flow.mm(20), small.lineHeight()), value,
            Qt::AlignHCenter);
    }
    for (qsizetype k = 0; k < items.size(); ++k) {
        const BarItem& b = items[k];
        const qreal y = top + k * band + band / 2;
        small.draw(p,
            QRectF(
                rect.left(), y - small.height(b.label, labelWidth) / 2, labelWidth, small.height(b.label, labelWidth)),
            b.label, Qt::AlignRight);
        const std::pair<double, qreal> bars[] = {{b.first, y - bar}, {b.second, y}};
        for (const auto& [value, barTop] : bars) {
            const qreal length = width * value / axisMax;
            p.setPen(Qt::NoPen);
            p.setBrush(barTop < y ? kLight : kDark);
            p.drawRect(QRectF(left, barTop, length, bar));
            // Each bar's value at its end, as the tables print it.
            valueStyle.draw(p,
                QRectF(left + length + flow.mm(1), barTop + bar / 2 - valueStyle.lineHeight() / 2,
                    valueWidth + flow.mm(1), valueStyle.lineHeight()),
                formatScore(value, locale));
        }
    }
    p.setPen(QPen(kAxis, flow.pt(0.6)));
    p.drawLine(QPointF(left, top), QPointF(left, bottom));
    // Legend.
    const qreal ly = rect.bottom() - legendHeight + flow.mm(1);
    qreal lx = left;
    for (const auto& [color, name] : {std::pair {kLight, firstName}, std::pair {kDark, secondName}}) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(lx, ly + small.lineHeight() * 0.2, flow.mm(4), small.lineHeight() * 0.6));
        small.draw(p, QRectF(lx + flow.mm(5), ly, flow.mm(50), small.lineHeight()), name);
        lx += flow.mm(6) + small.advance(name) + flow.mm(6);
    }
}

void drawTimeline(PageFlow& flow, QPainter& p, const QRectF& rect, const QList<TimelineItem>& items, int fiscalYear,
    const QStringList& monthNames, const QString& todayLabel, const QDate& today)
{
    const TextStyle small = flow.style(7.5);
    const QDate first(fiscalYear, 4, 1);
    const QDate end(fiscalYear + 1, 4, 1);
    const qreal labelWidth = rect.width() * 0.3;
    const qreal left = rect.left() + labelWidth + flow.mm(2);
    // Room right of the year for the diamond of an action due on its last day.
    const qreal width = rect.right() - left - flow.mm(2.5);
    const qreal top = rect.top() + small.lineHeight() + flow.mm(2);
    const qreal bottom = rect.bottom() - small.lineHeight() - flow.mm(1); // room for "today" below
    const double days = double(first.daysTo(end));
    auto xOf = [&](const QDate& d) {
        const double t = std::clamp(double(first.daysTo(d)) / days, 0.0, 1.0);
        return left + width * t;
    };
    // Months across, shaded every other one.
    for (int m = 0; m < 12; ++m) {
        const QDate from = first.addMonths(m), to = first.addMonths(m + 1);
        const QRectF col(xOf(from), top, xOf(to) - xOf(from), bottom - top);
        if (m % 2 == 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xf2, 0xf4, 0xf7));
            p.drawRect(col);
        }
        small.draw(
            p, QRectF(col.left(), rect.top(), col.width(), small.lineHeight()), monthNames.value(m), Qt::AlignHCenter);
    }
    const qreal row = items.isEmpty() ? 0 : (bottom - top) / items.size();
    for (qsizetype k = 0; k < items.size(); ++k) {
        const TimelineItem& it = items[k];
        const qreal y = top + k * row;
        // The label on two lines rather than cut; only a label longer than that is shortened.
        QString label = TextStyle::printable(it.label);
        const int lines = std::max(1, std::min(2, int(row / small.lineHeight())));
        if (small.height(label, labelWidth) > lines * small.lineHeight() + 0.5)
            label = small.elided(label, labelWidth * lines - small.advance(QStringLiteral("…")) * 2);
        const qreal labelHeight = std::min(small.height(label, labelWidth), lines * small.lineHeight());
        small.draw(p, QRectF(rect.left(), y + row / 2 - labelHeight / 2, labelWidth, labelHeight), label);
        if (!it.start.isValid() || !it.due.isValid() || it.due < first || it.start >= end)
            continue;
        const QRectF barRect(
            xOf(it.start), y + row * 0.22, std::max(xOf(it.due.addDays(1)) - xOf(it.start), flow.pt(2)), row * 0.56);
        const QColor color = it.status == 2 ? QColor(0x4c, 0xaf, 0x50) : it.status == 1 ? kDark : kLight;
        p.setPen(it.overdue ? QPen(QColor(0xd3, 0x2f, 0x2f), flow.pt(1.5)) : QPen(kDark, flow.pt(0.5)));
        p.setBrush(it.status == 1 ? QColor(0xa9, 0xbc, 0xd6) : color);
        p.drawRect(barRect);
        if (it.status == 1 && it.progress > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(kDark);
            p.drawRect(QRectF(
                barRect.left(), barRect.top(), barRect.width() * std::min(it.progress, 100) / 100.0, barRect.height()));
        }
        // The due date as a diamond, the milestone a plan is judged by.
        const QPointF d(xOf(it.due.addDays(1)), y + row / 2);
        const qreal r = row * 0.3;
        QPainterPath diamond;
        diamond.moveTo(d.x(), d.y() - r);
        diamond.lineTo(d.x() + r * 0.7, d.y());
        diamond.lineTo(d.x(), d.y() + r);
        diamond.lineTo(d.x() - r * 0.7, d.y());
        diamond.closeSubpath();
        p.setPen(QPen(Qt::white, flow.pt(0.5)));
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawPath(diamond);
    }
    p.setPen(QPen(kAxis, flow.pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, top, width, bottom - top));
    if (today >= first && today < end) {
        const qreal x = xOf(today);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), flow.pt(0.8), Qt::DashLine));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        const TextStyle red(small.font(), flow.device(), QColor(0xd3, 0x2f, 0x2f));
        red.draw(p, QRectF(x - flow.mm(10), bottom + flow.mm(0.5), flow.mm(20), small.lineHeight()), todayLabel,
            Qt::AlignHCenter);
    }
}

void drawProjection(PageFlow& flow, QPainter& p, const QRectF& rect, const QString& title,
    const QList<ProjectionPoint>& points, const QString& valueAxis, const QString& aboveFormat, const QLocale& locale)
{
    const TextStyle small = flow.style(7.5);
    drawTitle(flow, p, rect, title);
    if (points.isEmpty())
        return;
    double maxValue = 0;
    for (const ProjectionPoint& pt : points)
        maxValue = std::max(maxValue, pt.residual);
    // The axis starts at 0, so that the line's height is the total and a fall of a tenth looks a tenth.
    const double valueStep = niceStep(maxValue / 4);
    const int ticks = std::max(1, int(std::ceil(maxValue / valueStep - 1e-9)));
    const double axisMax = valueStep * ticks;
    const qreal axisLeft = rect.left() + flow.mm(18);
    const qreal right = rect.right() - flow.mm(2);
    const qreal top = rect.top() + flow.mm(9);
    const qreal bottom = rect.bottom() - small.lineHeight() - flow.mm(3);
    auto yOf = [&](double v) { return bottom - (bottom - top) * v / axisMax; };
    for (int t = 0; t <= ticks; ++t) {
        const double value = valueStep * t;
        const qreal y = yOf(value);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), flow.pt(0.4)));
        p.drawLine(QPointF(axisLeft, y), QPointF(right, y));
        small.draw(p, QRectF(rect.left(), y - small.lineHeight() / 2, flow.mm(16), small.lineHeight()),
            locale.toString(value, 'f', valueStep < 1 ? 1 : 0), Qt::AlignRight);
    }
    p.save();
    p.translate(rect.left(), (top + bottom) / 2);
    p.rotate(-90);
    small.draw(p, QRectF(-(bottom - top) / 2, 0, bottom - top, small.lineHeight()), valueAxis, Qt::AlignHCenter);
    p.restore();

    // The points spread so that the first and last labels stay inside the plot, clear of the axis.
    const qreal span = right - axisLeft;
    const qreal labelWidth = std::min(flow.mm(24), points.size() > 1 ? span / points.size() : span);
    const qreal first = axisLeft + labelWidth / 2 + flow.mm(1);
    const qreal step = points.size() > 1 ? (right - labelWidth / 2 - first) / (points.size() - 1) : 0;
    QPainterPath line;
    QList<QPointF> at;
    for (qsizetype k = 0; k < points.size(); ++k) {
        const QPointF pt(first + k * step, yOf(points[k].residual));
        at.append(pt);
        if (k == 0) {
            line.moveTo(pt);
        } else {
            line.lineTo(pt.x(), at[k - 1].y()); // a step: the residual falls when the action is done
            line.lineTo(pt);
        }
    }
    p.setPen(QPen(kDark, flow.pt(1.5)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    const qreal labelHeight = 2 * small.lineHeight();
    for (qsizetype k = 0; k < points.size(); ++k) {
        p.setPen(Qt::NoPen);
        p.setBrush(kDark);
        p.drawEllipse(at[k], flow.pt(2.2), flow.pt(2.2));
        small.draw(p, QRectF(at[k].x() - labelWidth / 2, bottom + flow.mm(1.5), labelWidth, small.lineHeight()),
            points[k].label, Qt::AlignHCenter);
        // Under the point the step line never passes when it falls (it arrives from above and leaves
        // level); above it when it rose, or when the point is too near the axis for the label.
        const bool rose = k > 0 && points[k].residual > points[k - 1].residual;
        const bool roomBelow = at[k].y() + flow.mm(1.5) + labelHeight <= bottom - flow.mm(0.5);
        const qreal labelTop = rose || !roomBelow ? at[k].y() - labelHeight - flow.mm(1.5) : at[k].y() + flow.mm(1.5);
        const QString value = formatScore(points[k].residual, locale) + QChar(QChar::LineSeparator)
            + aboveFormat.arg(locale.toString(points[k].aboveAppetite));
        small.draw(p, QRectF(at[k].x() - labelWidth / 2, labelTop, labelWidth, labelHeight),
            TextStyle::printable(value), Qt::AlignHCenter);
    }
    p.setPen(QPen(kAxis, flow.pt(0.6)));
    p.drawLine(QPointF(axisLeft, top), QPointF(axisLeft, bottom));
    p.drawLine(QPointF(axisLeft, bottom), QPointF(right, bottom));
}

void drawExceedanceCurve(
    PageFlow& flow, QPainter& p, const QRectF& rect, const ExceedanceCurve& curve, const QLocale& locale)
{
    const TextStyle small = flow.style(7.5);
    drawTitle(flow, p, rect, curve.title);
    double maxLoss = 0;
    qsizetype years = 0;
    for (const ExceedanceSeries& s : curve.series) {
        if (!s.sortedLosses.isEmpty())
            maxLoss = std::max(maxLoss, s.sortedLosses.last());
        years = std::max(years, s.sortedLosses.size());
    }
    if (years == 0)
        return;
    // Amounts in millions of yen when they reach a million (a ward's budgets are in 百万円), else in
    // thousands; the axis title names the unit.
    const bool millions = maxLoss >= 1e6;
    const double unit = millions ? 1e6 : 1e3;
    const double axisMax = niceCeiling(std::max(maxLoss / unit, 1.0));
    const double step = niceStep(axisMax / 5);
    // One decade per power of ten from one year in `years` (the rarest the run can see) to every year.
    const int decades = std::max(1, int(std::ceil(std::log10(double(years)) - 1e-9)));

    const qreal axisLeft = rect.left() + flow.mm(20);
    const qreal right = rect.right() - flow.mm(4);
    const qreal top = rect.top() + flow.mm(9);
    const qreal bottom = rect.bottom() - 2 * small.lineHeight() - flow.mm(4);
    const auto xOf = [&](double loss) { return axisLeft + (right - axisLeft) * std::min(loss / unit / axisMax, 1.0); };
    const auto yOf = [&](double probability) {
        return top + (bottom - top) * std::clamp(-std::log10(probability) / decades, 0.0, 1.0);
    };
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), flow.pt(0.4)));
    for (int d = 0; d <= decades; ++d) {
        const double probability = std::pow(10.0, -d);
        const qreal y = yOf(probability);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), flow.pt(0.4)));
        p.drawLine(QPointF(axisLeft, y), QPointF(right, y));
        small.draw(p, QRectF(rect.left(), y - small.lineHeight() / 2, flow.mm(18), small.lineHeight()),
            locale.toString(100 * probability, 'g', 6) + QLatin1Char('%'), Qt::AlignRight);
    }
    const int ticks = int(std::round(axisMax / step));
    for (int t = 0; t <= ticks; ++t) {
        const qreal x = xOf(t * step * unit);
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), flow.pt(0.4)));
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        small.draw(p, QRectF(x - flow.mm(10), bottom + flow.mm(1), flow.mm(20), small.lineHeight()),
            locale.toString(t * step, 'f', step < 1 ? 1 : 0), Qt::AlignHCenter);
    }
    small.draw(p, QRectF(axisLeft, bottom + flow.mm(1.5) + small.lineHeight(), right - axisLeft, small.lineHeight()),
        curve.lossAxis.arg(millions ? curve.millionUnit : curve.thousandUnit), Qt::AlignHCenter);
    p.save();
    p.translate(rect.left(), (top + bottom) / 2);
    p.rotate(-90);
    small.draw(
        p, QRectF(-(bottom - top) / 2, 0, bottom - top, small.lineHeight()), curve.probabilityAxis, Qt::AlignHCenter);
    p.restore();

    // Each series as a step line (exceedanceSteps()); steps closer than a fifth of a millimetre are
    // drawn as one (10,000 years make up to 10,000 steps).
    const qreal minStep = flow.mm(0.2);
    qreal legendY = top + flow.mm(1);
    for (const ExceedanceSeries& s : curve.series) {
        if (s.sortedLosses.isEmpty())
            continue;
        QPainterPath line;
        QPointF last(xOf(0), yOf(1.0));
        line.moveTo(last);
        for (const ExceedanceStep& step : exceedanceSteps(s.sortedLosses)) {
            const qreal x = xOf(step.loss);
            const qreal y = yOf(step.share);
            if (x - last.x() < minStep && y - last.y() < minStep)
                continue;
            line.lineTo(x, last.y());
            line.lineTo(x, y);
            last = QPointF(x, y);
        }
        line.lineTo(xOf(s.sortedLosses.last()), last.y()); // the largest loss: the curve ends at one year in n
        QPen pen(s.dashed ? kLight : kDark, flow.pt(1.4));
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        if (curve.series.size() > 1) { // a legend at the top right
            const qreal x = right - flow.mm(38);
            p.drawLine(QPointF(x, legendY + small.lineHeight() / 2),
                QPointF(x + flow.mm(8), legendY + small.lineHeight() / 2));
            small.draw(p, QRectF(x + flow.mm(10), legendY, flow.mm(28), small.lineHeight()), s.name, Qt::AlignLeft);
            legendY += small.lineHeight() + flow.mm(1);
        }
    }
    p.setPen(QPen(kAxis, flow.pt(0.6)));
    p.drawLine(QPointF(axisLeft, top), QPointF(axisLeft, bottom));
    p.drawLine(QPointF(axisLeft, bottom), QPointF(right, bottom));
}

} // namespace mamori
