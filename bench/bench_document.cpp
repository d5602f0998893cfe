// The desktop app's editing path on generated wards ("a 10,000-asset model stays
// responsive while editing"): what one edit costs on the UI thread (validation of the edited model,
// apply, notifications, handing the edit to the engine thread), the time until the new assessment is
// back on the UI thread, and sorting the risk register by residual risk.

#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Generator.h"
#include "risk/RiskRegisterModel.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace mamori;

namespace {

ProjectDocument& document(int assets)
{
    static std::map<int, std::unique_ptr<ProjectDocument>> documents;
    auto& d = documents[assets];
    if (!d) {
        d = std::make_unique<ProjectDocument>();
        d->reset(Generator::generateWard(assets, 1), QString());
        d->assessment()->waitForIdle();
    }
    return *d;
}

/// Flips the status of control `i` between implemented and none: one user edit.
QList<ModelEdit> toggleControl(const Model& m, qsizetype i)
{
    Control k = m.controls[i];
    k.status = k.status == ControlStatus::Implemented ? ControlStatus::None : ControlStatus::Implemented;
    return {ModelEdit::replace(i, k)};
}

void BM_EditOnUiThread(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    qsizetype i = 0;
    for (auto _ : state) {
        const QString error
            = d.edit(QStringLiteral("bench"), toggleControl(d.model(), i++ % d.model().controls.size()));
        if (!error.isEmpty())
            state.SkipWithError(qPrintable(error));
        state.PauseTiming();
        d.assessment()->waitForIdle(); // keep the engine's queue from growing across iterations
        state.ResumeTiming();
    }
}

void BM_EditUntilAssessed(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    qsizetype i = 0;
    for (auto _ : state) {
        d.edit(QStringLiteral("bench"), toggleControl(d.model(), i++ % d.model().controls.size()));
        d.assessment()->waitForIdle();
    }
}

void BM_SortRiskRegister(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    RiskRegisterModel model(&d);
    RiskFilterProxy proxy;
    proxy.setSourceModel(&model);
    bool descending = false;
    for (auto _ : state) {
        proxy.sort(RiskRegisterModel::Residual, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
    }
    state.counters["risks"] = double(model.rowCount());
}

/// The whole path a user waits for: the edit, the engine, and the sorted risk register updated.
void BM_EditWithSortedRegister(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    RiskRegisterModel model(&d);
    RiskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RiskRegisterModel::Residual, Qt::DescendingOrder);
    qsizetype i = 0;
    for (auto _ : state) {
        d.edit(QStringLiteral("bench"), toggleControl(d.model(), i++ % d.model().controls.size()));
        d.assessment()->waitForIdle(); // delivers the new assessment: the register and proxy update here
    }
    state.counters["risks"] = double(model.rowCount());
}

/// Showing a scenario instead of the baseline and back: resolving it, a full assessment, view resets.
void BM_SwitchScenario(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    if (d.baseline().scenarios.isEmpty()) {
        state.SkipWithError("the generated ward has no scenario");
        return;
    }
    const QString id = d.baseline().scenarios.first().id;
    for (auto _ : state) {
        d.setActiveScenario(id);
        d.assessment()->waitForIdle();
        d.setActiveScenario({});
        d.assessment()->waitForIdle();
    }
}

/// One edit while a scenario is shown: recording the scenario's changes, validating every scenario,
/// and the views following the edit.
void BM_EditInScenario(benchmark::State& state)
{
    ProjectDocument& d = document(int(state.range(0)));
    if (d.baseline().scenarios.isEmpty()) {
        state.SkipWithError("the generated ward has no scenario");
        return;
    }
    d.setActiveScenario(d.baseline().scenarios.first().id);
    d.assessment()->waitForIdle();
    qsizetype i = 0;
    for (auto _ : state) {
        d.edit(QStringLiteral("bench"), toggleControl(d.model(), i++ % d.model().controls.size()));
        d.assessment()->waitForIdle();
    }
    d.setActiveScenario({});
    d.assessment()->waitForIdle();
}

} // namespace

BENCHMARK(BM_SwitchScenario)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditInScenario)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditWithSortedRegister)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditOnUiThread)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditUntilAssessed)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortRiskRegister)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
