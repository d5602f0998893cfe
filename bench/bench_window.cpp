// The whole window as a user has it (issue 16): the real MainWindow, every page alive, on the offscreen
// platform, driven through the same calls a user's clicks make. For each generated ward (1,000 and
// 10,000 assets; 100,000 with --100k) it prints:
// - open, as the app opening a file given on its command line: the window built (empty) and shown,
//   then MainWindow::openFile: the first paint of its progress over the pages, the file read, every
//   page ready (MainWindow::ready, the opened ward's assessment on every page) and painted; then
//   every page shown and painted once;
// - one field edit of an asset (its C impact), until the status bar shows the new totals: median and
//   95th percentile of --edits edits;
// - one keystroke in the filter box of the asset register, until the register is filtered: the time
//   the window is blocked by the keystroke and the wall time until the rows are filtered;
// - switching to the dependency graph page until it is painted;
// - peak resident memory after opening and after visiting every page (ru_maxrss).
//
// Usage: mamori_bench_window [--100k] [--edits N] [--open-only] [SIZES...]

#include "ModelFile.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Generator.h"
#include "graph/DependencyGraphView.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mamori;

namespace {

double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Processes events until `done` holds (or 60 s pass).
template <typename Pred> void spinUntil(Pred done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

/// Lets every posted event and zero timer run.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// The time of the first paint of a widget, from a clock started before.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* widget, const QElapsedTimer& clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    double at = 0; ///< 0 until painted
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && at == 0)
            at = ms(m_clock);
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto at = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[at];
}

struct Figures {
    int assets = 0;
    qsizetype risks = 0;
    double read = 0, window = 0, painted = 0, assessed = 0, allPages = 0, slowestPage = 0;
    int slowestPageIndex = 0;
    double editMedian = 0, editP95 = 0, editUiMedian = 0;
    double keyBlocked = 0, keyFiltered = 0, keyFiltered2 = 0;
    double graph = 0;
    double rssOpen = 0, rssPages = 0, peakOpen = 0, peakPages = 0;
};

Figures measure(int assets, int edits, bool openOnly, const QString& dir)
{
    Figures f;
    f.assets = assets;
    const QString path = QDir(dir).filePath(QStringLiteral("ward-%1.mamori").arg(assets));
    if (const QString error = saveModelFile(Generator::generateWard(assets, 1), path); !error.isEmpty()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return f;
    }

    QElapsedTimer t;
    t.start();
    ProjectDocument document;
    MainWindow window(&document);
    f.window = ms(t);
    window.resize(1366, 860);
    window.show();
    // The progress over the pages (reading the file, then assessing), painted while the file is read.
    FirstPaint progress(window.findChild<QWidget*>(QStringLiteral("loadingOverlay")), t);
    QObject::connect(&document, &ProjectDocument::projectReset, [&] { f.read = ms(t); });
    if (!window.openFile(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return f;
    }
    spinUntil([&] { return window.isReady(); });
    settle();
    window.grab(); // paints the whole window as the screen would
    f.painted = progress.at;
    f.assessed = ms(t);
    f.risks = document.assessment()->assessment().risks.size();
    f.rssOpen = currentMiB();
    f.peakOpen = peakMiB();
    if (openOnly) { // to profile the opening alone
        document.undoStack()->setClean();
        return f;
    }

    // Switching to the dependency graph, the first time it is shown.
    QElapsedTimer g;
    g.start();
    window.showPage(MainWindow::Graph);
    settle();
    window.grab();
    f.graph = ms(g);
    std::fprintf(stderr, "graph: %lld of %d assets shown\n",
        static_cast<long long>(window.graphView()->visibleAssets().size()), window.graphView()->nodeCount());

    // Every page shown and painted once, as a user clicking down the navigator.
    QElapsedTimer all;
    all.start();
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        QElapsedTimer one;
        one.start();
        window.showPage(MainWindow::Page(p));
        settle();
        window.grab();
        const double took = ms(one);
        if (took > f.slowestPage) {
            f.slowestPage = took;
            f.slowestPageIndex = p;
        }
    }
    f.allPages = ms(all);
    f.rssPages = currentMiB();
    f.peakPages = peakMiB();

    // One field edit of an asset on the asset register, until the status bar shows the new totals.
    window.showPage(MainWindow::Assets);
    settle();
    auto* totals = window.findChild<QLabel*>(QStringLiteral("statusTotals"));
    std::vector<double> times, uiTimes;
    for (int i = 0; i < edits; ++i) {
        const qsizetype at = (qsizetype(i) * 7919) % document.model().assets.size();
        Asset a = document.model().assets[at];
        const double before = a.impact[dimIndex(Dimension::C)].value_or(0);
        a.impact[dimIndex(Dimension::C)] = before >= 5 ? 1.0 : std::max(1.0, before + 1);
        const QString text = totals->text();
        QElapsedTimer e;
        e.start();
        const QString error
            = document.edit(UiText::translate("mamori_bench_window", "bench edit"), {ModelEdit::replace(at, a)});
        uiTimes.push_back(ms(e));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "edit refused: %s\n", qPrintable(error));
            break;
        }
        spinUntil([&] { return !document.assessment()->isBusy(); });
        settle(); // the views and the status bar follow the new assessment
        times.push_back(ms(e));
        Q_UNUSED(text);
    }
    f.editMedian = percentile(times, 0.5);
    f.editP95 = percentile(times, 0.95);
    f.editUiMedian = percentile(uiTimes, 0.5);

    // One keystroke in the filter box on the asset register.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("registerFilter"));
    RegisterPage* register_ = window.registerPage(MainWindow::Assets);
    QAbstractItemModel* shown = register_->view()->model();
    const int rowsBefore = shown->rowCount();
    QElapsedTimer k;
    k.start();
    filter->setText(QStringLiteral("9"));
    f.keyBlocked = ms(k);
    spinUntil([&] { return shown->rowCount() != rowsBefore; });
    settle();
    f.keyFiltered = ms(k);
    // The next keystroke, on the rows' texts built by the first.
    const int rowsAfterFirst = shown->rowCount();
    QElapsedTimer k2;
    k2.start();
    filter->setText(QStringLiteral("99"));
    spinUntil([&] { return shown->rowCount() != rowsAfterFirst; });
    settle();
    f.keyFiltered2 = ms(k2);
    filter->clear();
    spinUntil([&] { return shown->rowCount() == rowsBefore; });
    settle();

    document.undoStack()->setClean(); // closing asks nothing
    window.close();
    settle();
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and recovery copies in a throwaway place
    QList<int> sizes;
    int edits = 20;
    bool large = false;
    bool openOnly = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--100k"))
            large = true;
        else if (args[i] == QLatin1StringView("--open-only"))
            openOnly = true;
        else if (args[i] == QLatin1StringView("--edits") && i + 1 < args.size())
            edits = args[++i].toInt();
        else
            sizes.append(args[i].toInt());
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000};
    if (large)
        sizes.append(100000);

    QTemporaryDir dir;
    std::printf(
        "| assets | risks | window built | progress painted | file read | every page ready | every page (slowest) "
        "| edit median / p95 (UI part) | keystroke blocks / filtered (next key) | graph page | RSS open / pages "
        "(peak) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int n : sizes) {
        const Figures f = measure(n, edits, openOnly, dir.path());
        std::printf(
            "| %d | %lld | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms (page %d: %.0f ms) "
            "| %.1f / %.1f ms (%.1f ms) | %.1f / %.1f ms (%.1f ms) | %.0f ms | %.0f / %.0f MiB (%.0f / %.0f) |\n",
            f.assets, static_cast<long long>(f.risks), f.window, f.painted, f.read, f.assessed, f.allPages,
            f.slowestPageIndex, f.slowestPage, f.editMedian, f.editP95, f.editUiMedian, f.keyBlocked, f.keyFiltered,
            f.keyFiltered2, f.graph, f.rssOpen, f.rssPages, f.peakOpen, f.peakPages);
        std::fflush(stdout);
    }
    return 0;
}
