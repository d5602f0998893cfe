#pragma once

// A page's content kept current without rebuilding it while nobody sees it (issue 16). At 10,000
// assets a page's rebuild costs from a few to tens of milliseconds, and every edit reached every page,
// hidden or not: an edit on the asset register paid for the inspections, findings and heat maps too.
// invalidate() marks the content stale; a page on screen is rebuilt once on the next pass of the event
// loop (a burst of edits or keystrokes costs one rebuild), a hidden one when it is shown, or as soon
// as something reads its content (ensureCurrent(), from the page's accessors).
//
// Ownership: a child of the page it watches.

#include <QObject>

#include <functional>

class QWidget;

namespace mamori {

class StaleRefresh : public QObject {
    Q_OBJECT

public:
    /// Calls `refresh` to rebuild `page`; the content starts stale when `stale` is true.
    StaleRefresh(QWidget* page, std::function<void()> refresh, bool stale = true);

    void invalidate();
    /// Rebuilds now when stale.
    void ensureCurrent();
    /// `part` of the page (a table, its rows), rebuilt first when stale: the page's accessors.
    template <typename T> const T& current(const T& part)
    {
        ensureCurrent();
        return part;
    }
    bool isStale() const { return m_stale; }
    /// Marks the content current (the page rebuilt it by itself).
    void markCurrent() { m_stale = false; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_refresh;
    bool m_stale;
    bool m_queued = false;
};

} // namespace mamori
