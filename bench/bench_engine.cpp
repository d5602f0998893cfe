// Benchmarks of the risk engine on generated wards of 1,000, 10,000 and 100,000 assets
// (load from the project file, full assessment, incremental recompute after one edit of each
// kind the app makes, scenario diff). Each benchmark also reports the process's peak memory so far
// (ru_maxrss); bench/run.sh measures the peak of load + assess alone with mamori_peak_memory.

#include "ModelFile.h"
#include "Scenarios.h"
#include "engine/Assessment.h"
#include "engine/Diff.h"
#include "engine/Generator.h"
#include "engine/IncrementalEngine.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <map>
#include <memory>

using namespace mamori;

namespace {

/// One generated ward, its project file and its engine, built once per size and kept.
struct Ward {
    Model model;
    QString project;
    Assessment baseline;
    std::unique_ptr<IncrementalEngine> engine;
    QString system; ///< a business system (its impact flows to servers, network, rooms, power)
    QString information; ///< an information asset
};

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

Ward& ward(int assets)
{
    static std::map<int, std::unique_ptr<Ward>> wards;
    auto& w = wards[assets];
    if (!w) {
        w = std::make_unique<Ward>();
        w->model = Generator::generateWard(assets, 1);
        w->project = tempDir().filePath(QStringLiteral("ward-%1.mamori").arg(assets));
        const QString error = saveModelFile(w->model, w->project);
        if (!error.isEmpty())
            qFatal("cannot write the project file: %s", qPrintable(error));
        w->baseline = assess(w->model);
        w->engine = std::make_unique<IncrementalEngine>(w->model);
        for (const Asset& a : w->model.assets) {
            if (w->system.isEmpty() && a.type == AssetType::System && a.id.startsWith(QStringLiteral("SYS-0")))
                w->system = a.id;
            if (a.type == AssetType::Information)
                w->information = a.id; // the last one
        }
    }
    return *w;
}

void reportMemory(benchmark::State& state)
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_MiB"] = double(usage.ru_maxrss) / 1024.0;
}

void loadProject(benchmark::State& state)
{
    Ward& w = ward(int(state.range(0)));
    for (auto _ : state) {
        LoadedModel loaded = loadModelFile(w.project);
        if (!loaded.ok())
            state.SkipWithError("the project file does not load");
        benchmark::DoNotOptimize(loaded);
    }
    reportMemory(state);
}

void fullAssessment(benchmark::State& state)
{
    Ward& w = ward(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(assess(w.model));
    state.counters["risks"] = double(w.baseline.risks.size());
    reportMemory(state);
}

/// A control's status flipped back and forth: the edit a risk officer makes most.
void incrementalControlStatus(benchmark::State& state)
{
    IncrementalEngine& e = *ward(int(state.range(0))).engine;
    bool on = false;
    for (auto _ : state) {
        on = !on;
        e.setControlStatus(QStringLiteral("K6-01"), on ? ControlStatus::Implemented : ControlStatus::None);
    }
    state.counters["risks_recomputed"] = double(e.lastEdit().risksRecomputed);
}

/// A business system's availability impact changed: it flows to servers, switches, rooms, power.
void incrementalAssetImpact(benchmark::State& state)
{
    Ward& w = ward(int(state.range(0)));
    IncrementalEngine& e = *w.engine;
    bool high = false;
    for (auto _ : state) {
        high = !high;
        if (!e.setAssetImpact(w.system, Dimension::A, high ? std::optional<double>(5.0) : std::nullopt))
            state.SkipWithError("no such asset");
    }
    state.counters["assets_recomputed"] = double(e.lastEdit().assetsRecomputed);
}

/// A dependency on the directory service added, then removed (each iteration is one edit). The
/// directory reaches its server, the core switches, the server room and the power: assets that
/// thousands of others depend on, so the blast radius update is the expensive part.
void incrementalDependency(benchmark::State& state)
{
    Ward& w = ward(int(state.range(0)));
    IncrementalEngine& e = *w.engine;
    const Dependency d {w.information, QStringLiteral("SYS-AD"), DependencyKind::ProcessedBy, {}};
    bool present = false;
    for (auto _ : state) {
        const bool ok = present ? e.removeDependency(d.from, d.to, d.kind) : e.addDependency(d);
        if (!ok)
            state.SkipWithError("the edit did not apply");
        present = !present;
    }
    if (present)
        e.removeDependency(d.from, d.to, d.kind);
    state.counters["assets_recomputed"] = double(e.lastEdit().assetsRecomputed);
}

/// A scenario applied to a copy, assessed and compared with the (already assessed) baseline.
void scenarioDiff(benchmark::State& state)
{
    Ward& w = ward(int(state.range(0)));
    for (auto _ : state) {
        const ResolvedScenario s = resolveScenario(w.model, QStringLiteral("S-02"));
        benchmark::DoNotOptimize(diff(w.baseline, assess(s.model)));
    }
    reportMemory(state);
}

void sizes(benchmark::internal::Benchmark* b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000);
}

} // namespace

BENCHMARK(loadProject)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(fullAssessment)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalControlStatus)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalAssetImpact)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalDependency)->Apply(sizes)->Unit(benchmark::kMicrosecond);
BENCHMARK(scenarioDiff)->Apply(sizes)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // QtSql loads its SQLite driver as a plugin
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
