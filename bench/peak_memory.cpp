// Loads one model (.mamori or .json), assesses it, and prints the process's peak resident memory:
// the figure the "100,000 assets under 1 GiB" target is about. A process of its own, so
// nothing else (generation, other benchmarks) is counted.

#include "ModelFile.h"
#include "engine/Assessment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: mamori_peak_memory MODEL\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const mamori::LoadedModel loaded = mamori::loadModelFile(QCoreApplication::arguments().at(1)); // UTF-16 on Windows
    if (!loaded.ok()) {
        out << loaded.errors.first().toString() << '\n';
        return 2;
    }
    const qint64 loadMs = timer.restart();
    const mamori::Assessment a = mamori::assess(loaded.model);
    const qint64 assessMs = timer.elapsed();
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "assets " << a.assets.size() << ", risks " << a.risks.size() << ", load " << loadMs << " ms, assess "
        << assessMs << " ms, peak memory " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
