#pragma once

// Service continuity simulation (RISK-MODEL.md section 10): many years of outages, each played on the
// condensation of the dependency graph with redundancy (`group`, `need`), per asset and per trial the
// hours down, the longest outage against the RTO and the loss.
//
// Determinism: trial i draws from its own random streams derived from (seed, i), one per exposed
// (asset, threat) pair and keyed by the two ids, so one seed gives the same result, bit for bit,
// whatever the number of threads; a scenario simulated with the baseline's seed draws the same events
// for every pair it leaves alone (common random numbers), so a difference is the scenario's and not
// noise. The random draws are written out (ContinuityRandom.h), not <random>'s distributions, whose
// output differs between standard libraries.

#include "Assessment.h"
#include "Model.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace mamori {

struct ContinuityOptions {
    int trials = 10000;
    quint64 seed = 1;
    int threads = 0; ///< 0: every core
};

/// One asset's statistics over the trials (section 10's `assets` entry).
struct AssetContinuity {
    QString id;
    double pOutage = 0; ///< share of trials with at least one hour down
    double meanHours = 0; ///< hours down per year, mean over trials
    double sdHours = 0; ///< sample standard deviation (0 for one trial)
    std::optional<double> pOverRto; ///< share of trials whose longest outage exceeds rto_hours; none without RTO
    double ale = 0; ///< annual loss expectancy: mean of hours down * loss_per_hour
    friend bool operator==(const AssetContinuity&, const AssetContinuity&) = default;
};

/// The ward's annual loss over the trials (section 10's `total`).
struct ContinuityTotals {
    double ale = 0;
    double sd = 0;
    double p50 = 0; ///< value at rank ceil(q * N) of the sorted trial losses
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    friend bool operator==(const ContinuityTotals&, const ContinuityTotals&) = default;
};

struct ContinuityResult {
    int trials = 0;
    quint64 seed = 1;
    QString scenario; ///< empty: the baseline
    QList<AssetContinuity> assets; ///< every asset, sorted by id (compareIds)
    ContinuityTotals total;
    /// The ward's loss in each trial, sorted ascending: the loss exceedance curve and the histogram.
    QList<double> sortedLosses;
    bool cancelled = false; ///< the run was stopped; the numbers are not to be shown
    /// P(annual loss > x) from sortedLosses (the exceedance curve at x).
    double exceedance(double loss) const;
    friend bool operator==(const ContinuityResult&, const ContinuityResult&) = default;
};

/// One step of the loss exceedance curve: the share of the simulated years whose loss is larger than
/// `loss`.
struct ExceedanceStep {
    double loss = 0;
    double share = 0;
    friend bool operator==(const ExceedanceStep&, const ExceedanceStep&) = default;
};

/// The loss exceedance curve of `sortedLosses` (ascending) as its steps, one per distinct loss below
/// the largest, ascending: P(annual loss > x) is the share of the last step at or below x, and 1 below
/// the first. (The largest loss, which no year exceeds, would have the share 0 a log axis cannot show.)
/// The Continuity page's chart and the report's curve both draw these.
QList<ExceedanceStep> exceedanceSteps(const QList<double>& sortedLosses);

/// Reports progress (trials done of the total) from the simulation's threads, serialized; return
/// false to cancel.
using ContinuityProgress = std::function<bool(int done, int total)>;

/// Whether a simulation has anything to say: an asset is a service and a threat causes outages.
bool hasContinuityInputs(const Model& model);

/// Section 10 on a valid model (validate()) and its assessment (the factors mL, mI per pair come from
/// it, so controls, the plan and scenarios move outages). `scenario` is only recorded in the result:
/// resolve it into `model` first.
ContinuityResult simulateContinuity(const Model& model, const Assessment& assessment, const ContinuityOptions& options,
    const QString& scenario = {}, const ContinuityProgress& progress = {});

/// Section 10's JSON ("mamori-continuity" version 1), keys in the contract's order.
QByteArray continuityJson(const ContinuityResult& result);

} // namespace mamori
