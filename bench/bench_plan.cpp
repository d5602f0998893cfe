// The plan's numbers: how long the projection and the optimizer take on generated wards,
// and how close the heuristic comes to the proven optimum where both can run.
//
//   mamori_bench_plan [ASSETS...]        default 1000 10000
//
// For each ward size: projectPlan() and optimizePlan() (exact, the generator's 10 actions) timed;
// then, on 300-asset wards with 14 random candidates and a budget of a third of their cost, the
// heuristic (exactSetLimit 0) against the exact search (no limit): the share of the optimum's
// reduction that the heuristic reaches, its worst case, and how often it finds the optimum.

#include "engine/Generator.h"
#include "engine/Plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace mamori;

namespace {

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000};

    std::printf("%-8s %-10s %-14s %-14s %-10s\n", "assets", "actions", "projection s", "optimum s", "sets");
    for (const int n : sizes) {
        const Model m = Generator::generateWard(n, 1);
        QElapsedTimer t;
        t.start();
        const PlanProjection p = projectPlan(m);
        const double projection = seconds(t);
        double total = 0;
        for (const PlanAction& a : m.actions)
            total += a.cost.initial;
        t.restart();
        const Optimization o = optimizePlan(m, {total / 2, {}});
        std::printf("%-8d %-10lld %-14.3f %-14.3f %-10lld%s\n", n, qlonglong(p.steps.size()), projection, seconds(t),
            qlonglong(o.setsAssessed), o.exact ? "" : " (not exact)");
    }

    std::printf("\nheuristic against the proven optimum, 300 assets, 14 candidates, budget 1/3 of their cost\n");
    const Model base = Generator::generateWard(300, 7);
    double worst = 1, sum = 0;
    int optimal = 0, instances = 0;
    double exactSeconds = 0, heuristicSeconds = 0;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        Model m = base;
        m.actions = Generator::randomActions(base, 14, seed);
        double total = 0;
        for (const PlanAction& a : m.actions)
            total += a.cost.initial;
        const BudgetLimits budget {total / 3, {}};
        OptimizerOptions exactOptions, heuristicOptions;
        exactOptions.exactSetLimit = qint64(1) << 20;
        heuristicOptions.exactSetLimit = 0;
        QElapsedTimer t;
        t.start();
        const Optimization exact = optimizePlan(m, budget, exactOptions);
        exactSeconds += seconds(t);
        t.restart();
        const Optimization heuristic = optimizePlan(m, budget, heuristicOptions);
        heuristicSeconds += seconds(t);
        if (!exact.exact || heuristic.exact) {
            std::printf("seed %u: unexpected search mode\n", seed);
            return 1;
        }
        const double best = exact.residualBefore - exact.residualAfter;
        const double got = heuristic.residualBefore - heuristic.residualAfter;
        const double share = best > 0 ? got / best : 1;
        worst = std::min(worst, share);
        sum += share;
        optimal += heuristic.chosen == exact.chosen ? 1 : 0;
        ++instances;
    }
    std::printf("instances %d, optimum found %d, mean share of the optimal reduction %.4f, worst %.4f\n", instances,
        optimal, sum / instances, worst);
    std::printf(
        "time per instance: exact %.3f s, heuristic %.3f s\n", exactSeconds / instances, heuristicSeconds / instances);
    return 0;
}
