#include "widgets/WorkerProgress.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace mamori {

void runInWorker(QWidget* parent, const QString& label, const QString& cancelLabel,
    const std::function<void(const WorkProgress&)>& work)
{
    QProgressDialog progress(label, cancelLabel, 0, 1000, parent);
    if (cancelLabel.isEmpty())
        progress.setCancelButton(nullptr);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    std::atomic<int> permille {0};
    std::atomic<bool> cancel {false};
    // The worker reports through atomics only; the window's event loop keeps running (progress,
    // cancel, repaint) until the worker is done.
    QThread* worker = QThread::create([&] {
        work([&](double f) {
            permille.store(int(f * 1000));
            return !cancel.load();
        });
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(permille.load()); });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] { cancel.store(true); });
    timer.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
}

} // namespace mamori
