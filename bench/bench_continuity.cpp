// The continuity simulation (RISK-MODEL.md section 10) on a generated ward: the time of the trials
// alone (the assessment that gives the factors is not counted), for a number of assets, trials and
// threads, and what a trial meets (sources, events, assets down). bench/run.sh runs it at 10,000
// assets and 10,000 trials (target under 10 s on two cores) and puts the reference beside it on a
// small ward.
//
// Usage: mamori_bench_continuity [ASSETS [TRIALS [THREADS [SEED [RATE_SCALE]]]]]
//        (defaults 10000 10000 0 1 1; RATE_SCALE multiplies every threat's outage rate: 10 gives the
//        generator's first, ten times denser outages, the hard case where almost every asset stops
//        every year)

#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "engine/ContinuityGraph.h"
#include "engine/Generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace mamori;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](int i, qint64 fallback) { return args.size() > i ? args[i].toLongLong() : fallback; };
    const int assets = int(arg(1, 10000));
    const int trials = int(arg(2, 10000));
    const int threads = int(arg(3, 0));
    const quint64 seed = quint64(arg(4, 1));
    const double rateScale = args.size() > 5 ? args[5].toDouble() : 1.0;

    QElapsedTimer timer;
    timer.start();
    Model model = Generator::generateWard(assets, 1);
    for (Threat& t : model.threats) {
        if (t.outage)
            t.outage->rate *= rateScale;
    }
    const qint64 generated = timer.restart();
    const Assessment assessment = assess(model);
    const qint64 assessed = timer.restart();
    int services = 0;
    for (const Asset& a : model.assets)
        services += a.continuity ? 1 : 0;
    int outageThreats = 0;
    for (const Threat& t : model.threats)
        outageThreats += t.outage ? 1 : 0;
    int grouped = 0;
    for (const Dependency& d : model.dependencies)
        grouped += d.group.isEmpty() ? 0 : 1;

    const ContinuityResult r = simulateContinuity(model, assessment, {trials, seed, threads});
    const qint64 simulated = timer.elapsed();
    int stopping = 0;
    double downPerTrial = 0, hoursPerTrial = 0;
    for (const AssetContinuity& a : r.assets) {
        stopping += a.pOutage > 0 ? 1 : 0;
        downPerTrial += a.pOutage;
        hoursPerTrial += a.meanHours;
    }
    std::printf("ward: %d assets, %lld dependencies (%d in groups), %d threats with an outage, %d services\n", assets,
        qint64(model.dependencies.size()), grouped, outageThreats, services);
    std::printf("generate %lld ms, assess %lld ms\n", generated, assessed);
    const engine::ContinuityPlan plan = engine::prepareContinuity(model, assessment);
    double eventsPerTrial = 0;
    for (const engine::OutageSource& source : plan.sources)
        eventsPerTrial += source.rate;
    std::printf("exposed pairs with outages: %lld, events in a mean trial: %.0f\n", qint64(plan.sources.size()),
        eventsPerTrial);
    std::printf("simulate %d trials, threads %d: %.3f s (%.1f us per trial)\n", trials, threads,
        double(simulated) / 1000.0, double(simulated) * 1000.0 / trials);
    std::printf("assets that stop in some trial: %d, in a mean trial: %.0f, for %.0f hours in all\n", stopping,
        downPerTrial, hoursPerTrial);
    std::printf("ward ALE %.0f yen, sd %.0f, p99 %.0f\n", r.total.ale, r.total.sd, r.total.p99);
    return 0;
}
