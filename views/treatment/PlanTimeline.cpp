#include "treatment/PlanTimeline.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "FiscalYear.h"
#include "engine/Plan.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace mamori {

namespace {

constexpr int kHeader = 44; // fiscal year and month names
constexpr int kRow = 24;
constexpr int kLabelWidth = 260;
constexpr int kMargin = 8;

QColor statusColor(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Done:
        return {0x7f, 0xb0, 0x7f};
    case ActionStatus::InProgress:
        return {0x4a, 0x7f, 0xc1};
    case ActionStatus::NotStarted:
        break;
    }
    return {0xa9, 0xc4, 0xe6};
}

} // namespace

QString fiscalYearName(int fiscalYear)
{
    // Reiwa 1 began in 2019; a fiscal year is named by the era year of its April.
    return QCoreApplication::translate("mamori::PlanTimeline", "FY%1 (Reiwa %2)")
        .arg(QString::number(fiscalYear), QString::number(fiscalYear - 2018));
}

PlanTimeline::PlanTimeline(QWidget* parent)
    : QWidget(parent)
    , m_fiscalYear(fiscalYearOf(Clock::today()))
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void PlanTimeline::setActions(const QList<PlanAction>& actions)
{
    m_actions = actions;
    updateGeometry();
    update();
}

void PlanTimeline::setFiscalYear(int fiscalYear)
{
    m_fiscalYear = fiscalYear;
    update();
}

QSize PlanTimeline::sizeHint() const
{
    return {kLabelWidth + 12 * 70 + 2 * kMargin, kHeader + kRow * int(m_actions.size()) + kMargin};
}

QSize PlanTimeline::minimumSizeHint() const
{
    return {kLabelWidth + 12 * 30, kHeader + kRow};
}

QRectF PlanTimeline::chartArea() const
{
    return QRectF(kLabelWidth, kHeader, width() - kLabelWidth - kMargin, kRow * m_actions.size());
}

double PlanTimeline::xOf(QDate date) const
{
    const QDate start = fiscalYearStart(m_fiscalYear);
    const double days = double(start.daysTo(fiscalYearEnd(m_fiscalYear)) + 1);
    const double offset = std::clamp(double(start.daysTo(date)), 0.0, days);
    const QRectF area = chartArea();
    return area.left() + area.width() * offset / days;
}

int PlanTimeline::rowAt(const QPoint& pos) const
{
    if (pos.y() < kHeader)
        return -1;
    const int row = (pos.y() - kHeader) / kRow;
    return row < m_actions.size() ? row : -1;
}

void PlanTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = chartArea();
    const QPalette pal = palette();
    const QDate today = Clock::today();
    const QFontMetrics fm(font());

    // Header: the fiscal year, then the months with alternating shading down the rows.
    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(
        QRectF(kMargin, 2, kLabelWidth - kMargin, 20), Qt::AlignLeft | Qt::AlignVCenter, fiscalYearName(m_fiscalYear));
    p.setFont(font());
    const QLocale locale(displayLanguage() == Language::Japanese ? QLocale::Japanese : QLocale::English);
    for (int m = 0; m < 12; ++m) {
        const QDate first = fiscalYearStart(m_fiscalYear).addMonths(m);
        const double x0 = xOf(first), x1 = m == 11 ? area.right() : xOf(first.addMonths(1));
        if (m % 2 == 1)
            p.fillRect(QRectF(x0, kHeader - 20, x1 - x0, area.height() + 20), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x0, kHeader - 20, x1 - x0, 18), Qt::AlignCenter,
            locale.monthName(first.month(), QLocale::ShortFormat));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(QPointF(kMargin, kHeader - 1), QPointF(area.right(), kHeader - 1));

    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const PlanAction& a = m_actions[i];
        const double y = kHeader + double(i) * kRow;
        const bool overdue = isOverdue(a, today);
        p.setPen(overdue ? QColor(0xc0, 0x20, 0x20) : pal.color(QPalette::Text));
        const QString label = QStringLiteral("%1  %2").arg(a.id, a.title.text(displayLanguage()));
        p.drawText(QRectF(kMargin, y, kLabelWidth - 2 * kMargin, kRow), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(label, Qt::ElideRight, kLabelWidth - 2 * kMargin));

        const QDate start = a.start.isValid() ? a.start : a.due;
        if (!a.due.isValid() || a.due < fiscalYearStart(m_fiscalYear) || start > fiscalYearEnd(m_fiscalYear))
            continue; // outside the year shown
        const double x0 = xOf(start), x1 = std::max(xOf(a.due.addDays(1)), x0 + 3);
        const QRectF bar(x0, y + 5, x1 - x0, kRow - 10);
        const QColor color = statusColor(a.status);
        p.setPen(Qt::NoPen);
        p.setBrush(color.lighter(a.status == ActionStatus::NotStarted ? 112 : 135));
        p.drawRoundedRect(bar, 3, 3);
        const int progress = a.status == ActionStatus::Done ? 100 : a.progress.value_or(0);
        if (progress > 0) {
            p.setBrush(color);
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * progress / 100.0, bar.height()), 3, 3);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(overdue ? QColor(0xc0, 0x20, 0x20) : color.darker(130), overdue ? 2 : 1));
        p.drawRoundedRect(bar, 3, 3);
        if (overdue) {
            p.setPen(QColor(0xc0, 0x20, 0x20));
            p.drawText(QRectF(bar.right() + 3, y, 16, kRow), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("!"));
        }
    }

    if (today >= fiscalYearStart(m_fiscalYear) && today <= fiscalYearEnd(m_fiscalYear)) {
        const double x = xOf(today);
        p.setPen(QPen(QColor(0xd0, 0x30, 0x30), 1, Qt::DashLine));
        p.drawLine(QPointF(x, kHeader - 20), QPointF(x, area.bottom()));
    }
}

void PlanTimeline::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit actionActivated(m_actions[row].id);
    QWidget::mousePressEvent(event);
}

bool PlanTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const PlanAction& a = m_actions[row];
        QString tip = QStringLiteral("<b>%1</b> %2<br>%3 – %4<br>%5")
                          .arg(a.id.toHtmlEscaped(), a.title.text(displayLanguage()).toHtmlEscaped(),
                              displayDate(a.start), displayDate(a.due), EnumNames::name(a.status));
        if (a.progress)
            tip += QStringLiteral(" (%1%)").arg(*a.progress);
        if (isOverdue(a, Clock::today()))
            tip += QStringLiteral("<br><span style='color:#c02020'>%1</span>").arg(tr("Overdue"));
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace mamori
