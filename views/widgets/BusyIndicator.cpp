#include "widgets/BusyIndicator.h"

#include <QEvent>

namespace mamori {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kThresholdMs);
    connect(&m_delay, &QTimer::timeout, this, &BusyIndicator::showBusy);
}

void BusyIndicator::begin()
{
    if (isActive())
        return;
    m_clock.start();
    if (m_lastMs >= kThresholdMs)
        showBusy();
    else
        m_delay.start();
}

void BusyIndicator::end()
{
    if (!isActive())
        return;
    m_lastMs = m_clock.elapsed();
    m_clock.invalidate();
    m_delay.stop();
    clear();
}

void BusyIndicator::showBusy()
{
    if (!isActive())
        return;
    setText(tr("Computing…"));
    // Painted now: the work that follows may keep the event loop from painting until it is done.
    repaint();
}

void BusyIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !text().isEmpty())
        setText(tr("Computing…"));
    QLabel::changeEvent(event);
}

} // namespace mamori
