#include "widgets/StaleRefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace mamori {

StaleRefresh::StaleRefresh(QWidget* page, std::function<void()> refresh, bool stale)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
    , m_stale(stale)
{
    page->installEventFilter(this);
}

void StaleRefresh::invalidate()
{
    m_stale = true;
    if (!m_page->isVisible() || m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (m_page->isVisible())
            ensureCurrent();
    });
}

void StaleRefresh::ensureCurrent()
{
    if (!m_stale)
        return;
    m_stale = false; // before the rebuild: what it reads may ask again
    m_refresh();
}

bool StaleRefresh::eventFilter(QObject* watched, QEvent* event)
{
    // Before the page's own show handling and its first paint.
    if (watched == m_page && event->type() == QEvent::Show)
        ensureCurrent();
    return QObject::eventFilter(watched, event);
}

} // namespace mamori
