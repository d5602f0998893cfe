#pragma once

// Long work (a report, a workbook read or written) on a worker thread while a modal progress dialog
// shows how far it is, so the window keeps painting and never looks frozen on a large ward.

#include <QString>

#include <functional>

class QWidget;

namespace mamori {

/// Told the share of the work done (0..1); returns false when the user cancelled.
using WorkProgress = std::function<bool(double)>;

/// Runs `work` on a worker thread and returns when it is done, the window's event loop running
/// meanwhile. The dialog appears only if the work takes more than a moment; `cancelLabel` empty: no
/// Cancel button (the work cannot stop half way), else Cancel makes `progress` return false.
void runInWorker(QWidget* parent, const QString& label, const QString& cancelLabel,
    const std::function<void(const WorkProgress&)>& work);

} // namespace mamori
