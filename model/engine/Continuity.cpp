// Section 10: the trials on every core, then the statistics. See ContinuityGraph.h for one trial.
//
// Determinism: trial i draws only from its own stream (seed, i); its loss goes to slot i of one array
// and its per-asset figures are whole numbers added into per-thread tallies, so neither the number
// of threads nor which thread played which trial can change a bit of the result. Sums over trials
// of doubles (the ward's ALE and sd) are taken afterwards, in trial order.

#include "engine/Continuity.h"

#include "engine/ContinuityGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

namespace mamori {

namespace {

using engine::AssetTally;

struct TrialRun {
    std::vector<double> losses; ///< per trial
    std::vector<AssetTally> tallies; ///< per asset, summed over the threads
    bool cancelled = false;
};

int threadCount(const ContinuityOptions& options)
{
    int threads = options.threads;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(threads, 1, std::max(1, options.trials));
}

TrialRun runTrials(
    const engine::ContinuityPlan& plan, const ContinuityOptions& options, const ContinuityProgress& progress)
{
    const int trials = std::max(0, options.trials);
    const int threads = threadCount(options);
    TrialRun run;
    run.losses.assign(std::size_t(trials), 0.0);
    std::vector<std::vector<AssetTally>> tallies(
        std::size_t(threads), std::vector<AssetTally>(std::size_t(plan.assetCount)));
    // Chunks small enough for every thread to get many (an even finish, a lively progress bar),
    // large enough that the shared counter is no bottleneck.
    const int chunk = std::clamp(trials / (threads * 64), 1, 256);
    std::atomic<int> next {0};
    std::atomic<bool> stop {false};
    std::mutex progressMutex;
    int done = 0;

    const auto work = [&](std::size_t thread) {
        engine::TrialPlayer player(plan);
        std::vector<AssetTally>& mine = tallies[thread];
        while (!stop.load(std::memory_order_relaxed)) {
            const int begin = next.fetch_add(chunk, std::memory_order_relaxed);
            if (begin >= trials)
                break;
            const int end = std::min(trials, begin + chunk);
            for (int i = begin; i < end; ++i)
                run.losses[std::size_t(i)] = player.play(options.seed, std::uint64_t(i), mine);
            if (progress) {
                const std::lock_guard lock(progressMutex);
                done += end - begin;
                if (!stop.load() && !progress(done, trials))
                    stop.store(true);
            }
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, std::size_t(t));
    work(0);
    for (std::thread& t : helpers)
        t.join();

    run.cancelled = stop.load();
    run.tallies.assign(std::size_t(plan.assetCount), {});
    for (const auto& perThread : tallies) {
        for (std::size_t a = 0; a < perThread.size(); ++a) {
            run.tallies[a].hours += perThread[a].hours;
            run.tallies[a].hoursSquared += perThread[a].hoursSquared;
            run.tallies[a].trialsDown += perThread[a].trialsDown;
            run.tallies[a].trialsOverRto += perThread[a].trialsOverRto;
        }
    }
    return run;
}

AssetContinuity assetStatistics(
    const QString& id, const AssetTally& t, const engine::ContinuityPlan& plan, std::size_t asset, int trials)
{
    AssetContinuity a;
    a.id = id;
    if (trials <= 0)
        return a;
    const double n = trials;
    a.pOutage = double(t.trialsDown) / n;
    a.meanHours = double(t.hours) / n;
    if (trials > 1) {
        // From exact whole-number sums: sum of squares minus n * mean^2, over n - 1.
        const double squares = double(t.hoursSquared) - double(t.hours) * a.meanHours;
        a.sdHours = std::sqrt(std::max(0.0, squares / (n - 1)));
    }
    if (plan.rtoHours[asset])
        a.pOverRto = double(t.trialsOverRto) / n;
    a.ale = double(t.hours) * plan.lossPerHour[asset] / n;
    return a;
}

ContinuityTotals totalStatistics(const QList<double>& sorted, const std::vector<double>& losses)
{
    ContinuityTotals total;
    const std::size_t n = losses.size();
    if (n == 0)
        return total;
    double sum = 0;
    for (const double x : losses) // trial order: the same sum whatever the threads did
        sum += x;
    total.ale = sum / double(n);
    if (n > 1) {
        double squares = 0;
        for (const double x : losses)
            squares += (x - total.ale) * (x - total.ale);
        total.sd = std::sqrt(squares / double(n - 1));
    }
    const auto at = [&](double q) {
        const auto rank = qsizetype(std::ceil(q * double(n)));
        return sorted[std::clamp(rank - 1, qsizetype(0), qsizetype(n) - 1)];
    };
    total.p50 = at(0.5);
    total.p90 = at(0.9);
    total.p95 = at(0.95);
    total.p99 = at(0.99);
    return total;
}

} // namespace

double ContinuityResult::exceedance(double loss) const
{
    if (sortedLosses.isEmpty())
        return 0;
    const auto above = sortedLosses.cend() - std::upper_bound(sortedLosses.cbegin(), sortedLosses.cend(), loss);
    return double(above) / double(sortedLosses.size());
}

QList<ExceedanceStep> exceedanceSteps(const QList<double>& sortedLosses)
{
    QList<ExceedanceStep> steps;
    const qsizetype n = sortedLosses.size();
    for (qsizetype k = 0; k + 1 < n; ++k) {
        if (sortedLosses[k + 1] == sortedLosses[k])
            continue; // equal losses make one step, after the last of them
        steps.append({sortedLosses[k], double(n - k - 1) / double(n)});
    }
    return steps;
}

ContinuityResult simulateContinuity(const Model& model, const Assessment& assessment, const ContinuityOptions& options,
    const QString& scenario, const ContinuityProgress& progress)
{
    ContinuityResult result;
    result.trials = std::max(0, options.trials);
    result.seed = options.seed;
    result.scenario = scenario;
    const engine::ContinuityPlan plan = engine::prepareContinuity(model, assessment);
    TrialRun run = runTrials(plan, options, progress);
    if (run.cancelled) {
        result.cancelled = true;
        return result;
    }
    result.assets.reserve(plan.assetCount);
    for (int a = 0; a < plan.assetCount; ++a)
        result.assets.append(
            assetStatistics(assessment.assets[a].id, run.tallies[std::size_t(a)], plan, std::size_t(a), result.trials));
    result.sortedLosses = QList<double>(run.losses.begin(), run.losses.end());
    std::sort(result.sortedLosses.begin(), result.sortedLosses.end());
    result.total = totalStatistics(result.sortedLosses, run.losses);
    return result;
}

namespace {

QByteArray jsonNumber(double v)
{
    if (!std::isfinite(v))
        return QByteArrayLiteral("null");
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonString(const QString& s)
{
    // QJsonDocument's escaping, without its key order: a one-element array, brackets cut.
    const QByteArray array = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray continuityJson(const ContinuityResult& result)
{
    QByteArray out;
    out.reserve(200 + result.assets.size() * 160);
    out += "{\n    \"format\": \"mamori-continuity\",\n    \"version\": 1,\n";
    out += "    \"trials\": " + QByteArray::number(result.trials) + ",\n";
    out += "    \"seed\": " + QByteArray::number(result.seed) + ",\n";
    out += "    \"scenario\": " + (result.scenario.isEmpty() ? QByteArrayLiteral("null") : jsonString(result.scenario))
        + ",\n";
    out += "    \"assets\": [";
    for (qsizetype i = 0; i < result.assets.size(); ++i) {
        const AssetContinuity& a = result.assets[i];
        out += i == 0 ? "\n" : ",\n";
        out += "        {\"id\": " + jsonString(a.id) + ", \"p_outage\": " + jsonNumber(a.pOutage)
            + ", \"mean_hours\": " + jsonNumber(a.meanHours) + ", \"sd_hours\": " + jsonNumber(a.sdHours)
            + ", \"p_over_rto\": " + (a.pOverRto ? jsonNumber(*a.pOverRto) : QByteArrayLiteral("null"))
            + ", \"ale\": " + jsonNumber(a.ale) + "}";
    }
    out += result.assets.isEmpty() ? "],\n" : "\n    ],\n";
    const ContinuityTotals& t = result.total;
    out += "    \"total\": {\"ale\": " + jsonNumber(t.ale) + ", \"sd\": " + jsonNumber(t.sd)
        + ", \"p50\": " + jsonNumber(t.p50) + ", \"p90\": " + jsonNumber(t.p90) + ", \"p95\": " + jsonNumber(t.p95)
        + ", \"p99\": " + jsonNumber(t.p99) + "}\n}\n";
    return out;
}

bool hasContinuityInputs(const Model& model)
{
    return std::any_of(model.assets.begin(), model.assets.end(), [](const Asset& a) {
        return a.continuity.has_value();
    }) && std::any_of(model.threats.begin(), model.threats.end(), [](const Threat& t) { return t.outage.has_value(); });
}

} // namespace mamori
