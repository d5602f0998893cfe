#pragma once

// "計算中…" on the status bar while the window works on an edit: from the moment the edit starts
// (validation on the UI thread) until the new assessment has reached every page.
//
// The UI thread may itself be what is busy, and a blocked thread paints nothing and runs no timer.
// So the label learns from the last edit: when that one took longer than the threshold, the next
// shows the label at once and paints it before the work begins; otherwise it appears only when
// the work outlasts the threshold, so quick edits never flicker.

#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

namespace mamori {

class BusyIndicator : public QLabel {
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    /// Work has begun (an edit, or the engine taking edits); nothing happens if it had already.
    void begin();
    /// The work is done: the label clears, and how long it took decides the next begin().
    void end();

    bool isActive() const { return m_clock.isValid(); }
    /// How long work must last before the label shows.
    static constexpr int kThresholdMs = 200;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showBusy();

    QElapsedTimer m_clock; ///< valid while work is under way
    QTimer m_delay;
    qint64 m_lastMs = 0;
};

} // namespace mamori
