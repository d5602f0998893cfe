// The continuity simulation (RISK-MODEL.md section 10): analytic cases within statistical bounds,
// the propagation of every trial against a brute-force hour-by-hour fixed point, determinism across
// thread counts, and agreement with the reference's `simulate` on small models with redundancy and
// cycles. Every statistical bound is at least 5 standard errors wide, with fixed seeds: a correct
// engine passes, and the test still fails when a rate, a factor or a rule is wrong.

#include "JsonFormat.h"
#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "engine/ContinuityGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace mamori;

namespace {

Asset asset(const QString& id, std::optional<Continuity> continuity = std::nullopt)
{
    Asset a;
    a.id = id;
    a.name = LocalizedText::plain(id);
    a.type = AssetType::System;
    a.continuity = continuity;
    return a;
}

Dependency dependency(const QString& from, const QString& to, const QString& group = {})
{
    Dependency d {from, to, DependencyKind::RunsOn, {}};
    d.group = group;
    return d;
}

/// A threat that meets no asset by its filter (only through exposures), with an outage.
Threat outageThreat(const QString& id, double rate, double p5, double p95)
{
    Threat t;
    t.id = id;
    t.category = 4;
    t.name = LocalizedText::plain(id);
    t.dimensions.insert(Dimension::A);
    t.appliesTo.types = {AssetType::Document};
    t.outage = Outage {rate, p5, p95};
    return t;
}

/// Gives `assetId` its own outages: a threat of its own with this rate and duration, exposed to it.
void addOutage(Model& m, const QString& assetId, double rate, double p5 = 2, double p95 = 20)
{
    const QString threat = QStringLiteral("T-") + assetId;
    m.threats.append(outageThreat(threat, rate, p5, p95));
    m.exposures.append({assetId, threat, {}, false, {}});
}

ContinuityResult simulate(const Model& m, int trials, int threads = 0, quint64 seed = 1)
{
    const Assessment a = assess(m);
    if (!a.ok())
        qFatal("test model does not assess");
    return simulateContinuity(m, a, {trials, seed, threads});
}

const AssetContinuity& stats(const ContinuityResult& r, const QString& id)
{
    for (const AssetContinuity& a : r.assets) {
        if (a.id == id)
            return a;
    }
    qFatal("no asset %s", qPrintable(id));
}

/// |observed - expected| within `z` standard errors of a share p over n trials.
bool shareNear(double observed, double expected, int n, double z = 5)
{
    const double se = std::sqrt(std::max(expected * (1 - expected), 1e-9) / n);
    return std::abs(observed - expected) <= z * se + 1e-12;
}

QString describe(double observed, double expected)
{
    return QStringLiteral("observed %1, expected %2").arg(observed).arg(expected);
}

/// A small ward with what section 10 has to get right: outages on disaster and supply threats by type,
/// likelihood and impact controls, power and cluster groups with need, and a dependency cycle.
Model referenceWard(unsigned seed)
{
    std::mt19937 rng(seed);
    Model m;
    m.name = LocalizedText::plain(QStringLiteral("continuity"));
    const auto id = [](const char* prefix, int i) { return QString::fromLatin1(prefix) + QString::number(i); };
    for (int i = 0; i < 3; ++i) { // power lines and hosts
        Asset p = asset(id("PWR", i));
        p.type = AssetType::Facility;
        m.assets.append(p);
    }
    for (int i = 0; i < 5; ++i) {
        Asset h = asset(id("HOST", i));
        h.type = AssetType::Device;
        m.assets.append(h);
        Dependency a = dependency(h.id, id("PWR", i % 3), QStringLiteral("power"));
        a.kind = DependencyKind::PoweredBy;
        Dependency b = dependency(h.id, id("PWR", (i + 1) % 3), QStringLiteral("power"));
        b.kind = DependencyKind::PoweredBy;
        m.dependencies.append(a);
        m.dependencies.append(b);
        if (i % 2)
            m.assets.last().need.insert(QStringLiteral("power"), 2);
    }
    for (int i = 0; i < 10; ++i) {
        Asset s = asset(id("SYS", i), Continuity {double(4 + rng() % 40), double(10000 * (1 + rng() % 50))});
        if (i % 4 == 3)
            s.continuity = Continuity {}; // a service without figures
        m.assets.append(s);
        const int hosts = 1 + int(rng() % 3);
        for (int k = 0; k < hosts; ++k)
            m.dependencies.append(dependency(s.id, id("HOST", (i + k) % 5), QStringLiteral("cluster")));
        if (hosts == 3 && i % 2)
            m.assets.last().need.insert(QStringLiteral("cluster"), 2);
        if (i > 0 && rng() % 2)
            m.dependencies.append(dependency(s.id, id("SYS", int(rng() % unsigned(i)))));
    }
    // A cycle: the directory and the name service depend on each other, SYS0 on the directory.
    m.assets.append(asset(QStringLiteral("DIR")));
    m.assets.append(asset(QStringLiteral("DNS")));
    m.dependencies.append(dependency(QStringLiteral("DIR"), QStringLiteral("DNS")));
    m.dependencies.append(dependency(QStringLiteral("DNS"), QStringLiteral("DIR")));
    m.dependencies.append(dependency(QStringLiteral("DNS"), QStringLiteral("HOST1")));
    m.dependencies.append(dependency(QStringLiteral("SYS0"), QStringLiteral("DIR")));
    const auto threat = [&](const char* name, int category, AssetType type, double rate, double p5, double p95) {
        Threat t = outageThreat(QString::fromLatin1(name), rate, p5, p95);
        t.category = category;
        t.appliesTo.types = {type};
        m.threats.append(t);
    };
    threat("T-POWER", 4, AssetType::Facility, 0.8, 1, 30);
    threat("T-QUAKE", 3, AssetType::Facility, 0.05, 24, 500);
    threat("T-FAIL", 2, AssetType::Device, 0.6, 2, 48);
    threat("T-BUG", 2, AssetType::System, 0.4, 1, 12);
    m.exposures.append({QStringLiteral("DNS"), QStringLiteral("T-BUG"), {}, false, {}});
    Control ups;
    ups.id = QStringLiteral("K-UPS");
    ups.name = LocalizedText::plain(ups.id);
    ups.status = ControlStatus::Partial;
    ups.effectiveness = 0.6;
    ups.mitigates = {{QStringLiteral("T-POWER"), {}, {}}};
    Control spare = ups;
    spare.id = QStringLiteral("K-SPARE");
    spare.status = ControlStatus::Implemented;
    spare.effect = ControlEffect::Impact;
    spare.mitigates = {{{}, 2, 0.5}};
    m.controls = {ups, spare};
    return m;
}

/// A python3 that has what the reference's `simulate` needs (NumPy, NetworkX), or empty.
QString pythonWithNumpy()
{
    QStringList candidates {qEnvironmentVariable("MAMORI_PYTHON"),
        QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")};
    for (const QString& python : candidates) {
        if (python.isEmpty())
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy, networkx")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

/// Two estimates of one mean, each with its sample sd and count, within 5 standard errors of their
/// difference (plus a small floor for rounding and for means that are nearly 0 on both sides).
bool meansAgree(double a, double sdA, int nA, double b, double sdB, int nB, double floor)
{
    const double se = std::sqrt(sdA * sdA / nA + sdB * sdB / nB);
    return std::abs(a - b) <= 5 * se + floor;
}

bool sharesAgree(double a, int nA, double b, int nB)
{
    const double p = (a * nA + b * nB) / (nA + nB);
    const double se = std::sqrt(std::max(p * (1 - p), 1e-6) * (1.0 / nA + 1.0 / nB));
    return std::abs(a - b) <= 5 * se + 1e-3;
}

} // namespace

class TestContinuity : public QObject {
    Q_OBJECT

private slots:
    void seriesChain();
    void redundancyWithoutOverlapNeverStops();
    void needEqualToGroupSizeIsSeries();
    void cycleStopsNothingByItself();
    void zeroAvailabilityWeightDoesNotPropagate();
    void rtoAndLoss();
    void controlsMakeOutagesRarerAndShorter();
    void durationQuantiles();
    void normalQuantileIsExact();
    void propagationMatchesHourByHour();
    void identicalForAnyThreadCount();
    void cancelStops();
    void statisticsFormulas();
    void exceedanceStepsOfTies();
    void jsonKeyOrder();
    void agreesWithReference_data();
    void agreesWithReference();
};

void TestContinuity::seriesChain()
{
    // A runs on B, B on C: A is down when any of them is, so P(A has an outage in a year) is
    // 1 - exp(-(rA + rB + rC)).
    Model m;
    m.assets = {asset(QStringLiteral("A")), asset(QStringLiteral("B")), asset(QStringLiteral("C"))};
    m.dependencies
        = {dependency(QStringLiteral("A"), QStringLiteral("B")), dependency(QStringLiteral("B"), QStringLiteral("C"))};
    addOutage(m, QStringLiteral("A"), 0.1);
    addOutage(m, QStringLiteral("B"), 0.2);
    addOutage(m, QStringLiteral("C"), 0.3);
    const int n = 20000;
    const ContinuityResult r = simulate(m, n);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.assets.size(), 3);
    const double pA = 1 - std::exp(-0.6), pB = 1 - std::exp(-0.5), pC = 1 - std::exp(-0.3);
    QVERIFY2(shareNear(stats(r, QStringLiteral("A")).pOutage, pA, n),
        qPrintable(describe(stats(r, QStringLiteral("A")).pOutage, pA)));
    QVERIFY2(shareNear(stats(r, QStringLiteral("B")).pOutage, pB, n),
        qPrintable(describe(stats(r, QStringLiteral("B")).pOutage, pB)));
    QVERIFY2(shareNear(stats(r, QStringLiteral("C")).pOutage, pC, n),
        qPrintable(describe(stats(r, QStringLiteral("C")).pOutage, pC)));
    // Hours only add up the chain.
    QVERIFY(stats(r, QStringLiteral("A")).meanHours >= stats(r, QStringLiteral("B")).meanHours);
    QVERIFY(stats(r, QStringLiteral("B")).meanHours >= stats(r, QStringLiteral("C")).meanHours);
    QVERIFY(!stats(r, QStringLiteral("A")).pOverRto); // no RTO: null
}

void TestContinuity::redundancyWithoutOverlapNeverStops()
{
    // S needs 1 of its two power lines. Only P1 fails: S never stops. Both fail but never at the same
    // hour (checked trial by trial): S never stops either.
    Model m;
    m.assets = {asset(QStringLiteral("P1")), asset(QStringLiteral("P2")), asset(QStringLiteral("S"))};
    m.dependencies = {dependency(QStringLiteral("S"), QStringLiteral("P1"), QStringLiteral("power")),
        dependency(QStringLiteral("S"), QStringLiteral("P2"), QStringLiteral("power"))};
    addOutage(m, QStringLiteral("P1"), 2.0);
    {
        const ContinuityResult r = simulate(m, 5000);
        QVERIFY(stats(r, QStringLiteral("P1")).pOutage > 0.8);
        QCOMPARE(stats(r, QStringLiteral("S")).pOutage, 0.0);
    }
    addOutage(m, QStringLiteral("P2"), 1.0);
    const Assessment a = assess(m);
    const engine::ContinuityPlan plan = engine::prepareContinuity(m, a);
    engine::TrialPlayer player(plan, engine::ListsKept::Every);
    std::vector<engine::AssetTally> tallies(3);
    int withoutOverlap = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        player.play(7, std::uint64_t(trial), tallies);
        const auto p1 = player.downOf(0), p2 = player.downOf(1);
        bool overlap = false;
        for (const auto& x : p1) {
            for (const auto& y : p2)
                overlap = overlap || (x.start < y.end && y.start < x.end);
        }
        if (overlap)
            continue;
        ++withoutOverlap;
        QVERIFY2(player.downOf(2).empty(), qPrintable(QStringLiteral("trial %1").arg(trial)));
    }
    QVERIFY(withoutOverlap > 2500);
}

void TestContinuity::needEqualToGroupSizeIsSeries()
{
    // need 2 of 2 is the same as two ungrouped dependencies: the same trials give the same hours.
    Model grouped;
    grouped.assets = {asset(QStringLiteral("N1")), asset(QStringLiteral("N2")), asset(QStringLiteral("S"))};
    grouped.assets[2].need.insert(QStringLiteral("cluster"), 2);
    grouped.dependencies = {dependency(QStringLiteral("S"), QStringLiteral("N1"), QStringLiteral("cluster")),
        dependency(QStringLiteral("S"), QStringLiteral("N2"), QStringLiteral("cluster"))};
    addOutage(grouped, QStringLiteral("N1"), 0.5);
    addOutage(grouped, QStringLiteral("N2"), 0.7);
    Model series = grouped;
    series.assets[2].need.clear();
    for (Dependency& d : series.dependencies)
        d.group.clear();
    const int n = 20000;
    const ContinuityResult g = simulate(grouped, n);
    const ContinuityResult s = simulate(series, n);
    QCOMPARE(g.assets, s.assets);
    QVERIFY(shareNear(stats(g, QStringLiteral("S")).pOutage, 1 - std::exp(-1.2), n));
    // need 1 of the two instead: rarer than either alone.
    Model redundant = grouped;
    redundant.assets[2].need.clear();
    const ContinuityResult r = simulate(redundant, n);
    QVERIFY(stats(r, QStringLiteral("S")).meanHours < stats(r, QStringLiteral("N1")).meanHours);
    QVERIFY(stats(r, QStringLiteral("S")).pOutage < 0.2);
}

void TestContinuity::cycleStopsNothingByItself()
{
    // A and B depend on each other (a directory and its name service): without outages nothing stops;
    // with B's outages A stops exactly when B does.
    Model m;
    m.assets = {asset(QStringLiteral("A")), asset(QStringLiteral("B")), asset(QStringLiteral("C"))};
    m.dependencies = {dependency(QStringLiteral("A"), QStringLiteral("B")),
        dependency(QStringLiteral("B"), QStringLiteral("A")), dependency(QStringLiteral("C"), QStringLiteral("A"))};
    addOutage(m, QStringLiteral("X-unrelated"), 0); // a threat without effect
    m.assets.append(asset(QStringLiteral("X-unrelated")));
    {
        const ContinuityResult r = simulate(m, 2000);
        for (const AssetContinuity& a : r.assets)
            QCOMPARE(a.pOutage, 0.0);
        QCOMPARE(r.total.ale, 0.0);
    }
    addOutage(m, QStringLiteral("B"), 0.8);
    const ContinuityResult r = simulate(m, 5000);
    QVERIFY(stats(r, QStringLiteral("B")).pOutage > 0.4);
    QCOMPARE(stats(r, QStringLiteral("A")).meanHours, stats(r, QStringLiteral("B")).meanHours);
    QCOMPARE(stats(r, QStringLiteral("C")).meanHours, stats(r, QStringLiteral("B")).meanHours);
}

void TestContinuity::zeroAvailabilityWeightDoesNotPropagate()
{
    Model m;
    m.assets = {asset(QStringLiteral("A")), asset(QStringLiteral("B"))};
    Dependency d = dependency(QStringLiteral("A"), QStringLiteral("B"));
    d.weights[dimIndex(Dimension::A)] = 0.0;
    m.dependencies = {d};
    addOutage(m, QStringLiteral("B"), 1.0);
    const ContinuityResult r = simulate(m, 2000);
    QVERIFY(stats(r, QStringLiteral("B")).pOutage > 0.5);
    QCOMPARE(stats(r, QStringLiteral("A")).pOutage, 0.0);
}

void TestContinuity::rtoAndLoss()
{
    // Events of exactly 10 hours (P5 = P95). An RTO below one hour is exceeded by every outage; an RTO
    // of 48 hours only when five events run together, which these rare events never do.
    Model m;
    m.assets
        = {asset(QStringLiteral("S"), Continuity {0.5, 1000.0}), asset(QStringLiteral("R"), Continuity {48.0, {}})};
    m.dependencies = {dependency(QStringLiteral("R"), QStringLiteral("S"))};
    addOutage(m, QStringLiteral("S"), 0.3, 10, 10);
    const int n = 20000;
    const ContinuityResult r = simulate(m, n);
    const AssetContinuity& s = stats(r, QStringLiteral("S"));
    QCOMPARE(*s.pOverRto, s.pOutage);
    QCOMPARE(*stats(r, QStringLiteral("R")).pOverRto, 0.0);
    // Mean hours: 0.3 events of 10 hours a year, less what the year's end cuts off (< 0.1 %).
    QVERIFY2(std::abs(s.meanHours - 3.0) < 5 * s.sdHours / std::sqrt(double(n)), qPrintable(describe(s.meanHours, 3)));
    QCOMPARE(s.ale, s.meanHours * 1000);
    QCOMPARE(stats(r, QStringLiteral("R")).ale, 0.0); // no loss per hour: no loss
    QVERIFY(std::abs(r.total.ale - s.ale) <= 1e-9 * s.ale);
}

void TestContinuity::controlsMakeOutagesRarerAndShorter()
{
    Model m;
    m.assets = {asset(QStringLiteral("S"))};
    addOutage(m, QStringLiteral("S"), 1.0, 10, 10);
    const int n = 20000;
    const double before = stats(simulate(m, n), QStringLiteral("S")).pOutage;
    QVERIFY(shareNear(before, 1 - std::exp(-1.0), n));

    // An implemented likelihood control of 0.5 on the threat halves the rate: mL = 0.5.
    Control rarer;
    rarer.id = QStringLiteral("K-UPS");
    rarer.name = LocalizedText::plain(rarer.id);
    rarer.status = ControlStatus::Implemented;
    rarer.effectiveness = 0.5;
    rarer.mitigates = {{QStringLiteral("T-S"), {}, {}}};
    m.controls = {rarer};
    const Assessment a = assess(m);
    QCOMPARE(a.risks.size(), 1);
    QCOMPARE(a.risks[0].likelihoodFactor, 0.5);
    QCOMPARE(a.risks[0].impactFactor, 1.0);
    const ContinuityResult r = simulateContinuity(m, a, {n, 1, 0});
    QVERIFY2(shareNear(stats(r, QStringLiteral("S")).pOutage, 1 - std::exp(-0.5), n),
        qPrintable(describe(stats(r, QStringLiteral("S")).pOutage, 1 - std::exp(-0.5))));

    // An impact control of 0.6 makes each 10-hour event round(10 * 0.4) = 4 hours.
    Control shorter = rarer;
    shorter.id = QStringLiteral("K-BCP");
    shorter.effect = ControlEffect::Impact;
    shorter.effectiveness = 0.6;
    m.controls = {shorter};
    const ContinuityResult s = simulate(m, n);
    const AssetContinuity& x = stats(s, QStringLiteral("S"));
    QVERIFY(shareNear(x.pOutage, 1 - std::exp(-1.0), n));
    QVERIFY2(std::abs(x.meanHours - 4.0) < 5 * x.sdHours / std::sqrt(double(n)), qPrintable(describe(x.meanHours, 4)));
}

void TestContinuity::durationQuantiles()
{
    // One event a year on average, duration lognormal with P5 = 2 and P95 = 50: among trials with
    // exactly one event (not cut at the year's end), about 5 % last fewer than 2 hours ... rounded, so
    // check the median instead: exp(mu) = sqrt(2 * 50) = 10 hours.
    Model m;
    m.assets = {asset(QStringLiteral("S"))};
    addOutage(m, QStringLiteral("S"), 0.05, 2, 50);
    const Assessment a = assess(m);
    const engine::ContinuityPlan plan = engine::prepareContinuity(m, a);
    engine::TrialPlayer player(plan);
    std::vector<engine::AssetTally> tallies(1);
    std::vector<int> lengths;
    for (int trial = 0; trial < 60000; ++trial) {
        player.play(3, std::uint64_t(trial), tallies);
        const auto own = player.ownOf(0);
        if (own.size() == 1 && own[0].end < engine::kYearHours)
            lengths.push_back(own[0].end - own[0].start);
    }
    QVERIFY(lengths.size() > 2000);
    std::sort(lengths.begin(), lengths.end());
    const auto share = [&](int below) {
        return double(std::lower_bound(lengths.begin(), lengths.end(), below) - lengths.begin())
            / double(lengths.size());
    };
    // P(round(X) <= 10) = P(X < 10.5) = Phi(ln(10.5 / 10) / sigma), sigma = ln(25) / 3.29.
    const double sigma = std::log(25.0) / 3.29;
    const double p = 0.5 * std::erfc(-std::log(1.05) / sigma / std::sqrt(2.0));
    QVERIFY2(shareNear(share(11), p, int(lengths.size())), qPrintable(describe(share(11), p)));
    const double p95 = 0.5 * std::erfc(-std::log(50.5 / 10) / sigma / std::sqrt(2.0));
    QVERIFY2(shareNear(share(51), p95, int(lengths.size())), qPrintable(describe(share(51), p95)));
}

void TestContinuity::normalQuantileIsExact()
{
    // The durations' normal draws: AS 241 against the quantiles Python's statistics.NormalDist gives
    // (the same algorithm there), in the centre, near and far out.
    const std::pair<double, double> known[] = {{0.5, 0.0}, {0.975, 1.9599639845400536}, {0.025, -1.9599639845400538},
        {0.9, 1.2815515655446008}, {0.3, -0.5244005127080407}, {0.07, -1.4757910281791702}, {1e-10, -6.361340902404056},
        {1 - 1e-12, 7.0344869100478356}};
    for (const auto& [p, z] : known) {
        const double got = engine::TrialRandom::normalQuantile(p);
        QVERIFY2(std::fabs(got - z) <= 1e-13 * std::max(1.0, std::fabs(z)),
            qPrintable(QStringLiteral("p %1: %2, expected %3").arg(p).arg(got, 0, 'g', 17).arg(z, 0, 'g', 17)));
    }
    // And the draws themselves: mean 0, variance 1, 2.5 % below -1.96.
    engine::TrialRandom random(engine::streamKey(7, engine::mixedSourceKey(11)));
    const int n = 200000;
    double sum = 0, squares = 0;
    int below = 0;
    for (int i = 0; i < n; ++i) {
        const double z = random.normal();
        sum += z;
        squares += z * z;
        below += z < -1.959963984540054 ? 1 : 0;
    }
    QVERIFY(std::fabs(sum / n) < 5 / std::sqrt(double(n)));
    QVERIFY(std::fabs(squares / n - 1) < 5 * std::sqrt(2.0 / n));
    QVERIFY2(shareNear(double(below) / n, 0.025, n), qPrintable(describe(double(below) / n, 0.025)));
}

void TestContinuity::propagationMatchesHourByHour()
{
    // Random small graphs with groups, need and cycles: every trial's down hours of every asset equal
    // the least fixed point computed hour by hour from the same own outages.
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        Model m;
        const int n = 4 + int(rng() % 9);
        for (int i = 0; i < n; ++i) {
            // A recovery target on every asset: the tallies' trials over it check the longest outage.
            m.assets.append(asset(QStringLiteral("A%1").arg(i), Continuity {double(1 + rng() % 60), {}}));
            if (rng() % 3 == 0)
                addOutage(m, m.assets.last().id, 0.5 + double(rng() % 30) / 10, 5, 400);
        }
        for (int i = 0; i < n; ++i) {
            const int deps = int(rng() % 4);
            for (int e = 0; e < deps; ++e) {
                const int j = int(rng() % unsigned(n));
                if (j == i)
                    continue;
                const QString from = m.assets[i].id, to = m.assets[j].id;
                if (std::any_of(m.dependencies.cbegin(), m.dependencies.cend(),
                        [&](const Dependency& d) { return d.from == from && d.to == to; }))
                    continue;
                const QString group = rng() % 2 ? QStringLiteral("g%1").arg(rng() % 2) : QString();
                m.dependencies.append(dependency(from, to, group));
            }
        }
        // need: up to the group's size
        for (Asset& a : m.assets) {
            QMap<QString, int> sizes;
            for (const Dependency& d : m.dependencies) {
                if (d.from == a.id && !d.group.isEmpty())
                    ++sizes[d.group];
            }
            for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
                if (rng() % 2)
                    a.need.insert(it.key(), 1 + int(rng() % unsigned(it.value())));
            }
        }
        const Assessment a = assess(m);
        const engine::ContinuityPlan plan = engine::prepareContinuity(m, a);
        engine::TrialPlayer player(plan, engine::ListsKept::Every);
        // The simulation's own player keeps only the lists other assets read and measures the rest:
        // its figures must be the same.
        engine::TrialPlayer measured(plan);
        std::vector<engine::AssetTally> tallies(static_cast<std::size_t>(n));
        // ranks: ids A0..A9 sort as strings; map rank -> model index
        std::vector<int> rankOf(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r)
            rankOf[std::size_t(r)] = m.assets.indexOf(*std::find_if(
                m.assets.cbegin(), m.assets.cend(), [&](const Asset& x) { return x.id == a.assets[r].id; }));
        for (int trial = 0; trial < 200; ++trial) {
            player.play(5, std::uint64_t(trial), tallies);
            std::vector<engine::AssetTally> measuredTallies(static_cast<std::size_t>(n));
            measured.play(5, std::uint64_t(trial), measuredTallies);
            std::vector<std::vector<char>> down(std::size_t(n), std::vector<char>(engine::kYearHours, 0));
            for (int r = 0; r < n; ++r) {
                for (const auto& iv : player.ownOf(r))
                    std::fill(down[std::size_t(r)].begin() + iv.start, down[std::size_t(r)].begin() + iv.end, 1);
            }
            auto rankOfId = [&](const QString& id) {
                for (int r = 0; r < n; ++r) {
                    if (a.assets[r].id == id)
                        return r;
                }
                return -1;
            };
            for (bool changed = true; changed;) {
                changed = false;
                for (int r = 0; r < n; ++r) {
                    const Asset& x = m.assets[rankOf[std::size_t(r)]];
                    QMap<QString, QList<int>> groups;
                    int k = 0;
                    for (const Dependency& d : m.dependencies) {
                        if (d.from == x.id)
                            groups[d.group.isEmpty() ? QStringLiteral("#%1").arg(k) : d.group].append(rankOfId(d.to));
                        ++k;
                    }
                    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
                        const int need = g.key().startsWith(u'#') ? 1 : x.needFor(g.key());
                        for (int h = 0; h < engine::kYearHours; ++h) {
                            int up = 0;
                            for (const int t : g.value())
                                up += down[std::size_t(t)][std::size_t(h)] ? 0 : 1;
                            if (up < need && !down[std::size_t(r)][std::size_t(h)]) {
                                down[std::size_t(r)][std::size_t(h)] = 1;
                                changed = true;
                            }
                        }
                    }
                }
            }
            for (int r = 0; r < n; ++r) {
                std::vector<char> got(engine::kYearHours, 0);
                for (const auto& iv : player.downOf(r))
                    std::fill(got.begin() + iv.start, got.begin() + iv.end, 1);
                QVERIFY2(got == down[std::size_t(r)],
                    qPrintable(
                        QStringLiteral("round %1, trial %2, asset %3").arg(round).arg(trial).arg(a.assets[r].id)));
                // merged: no two intervals touch
                const auto list = player.downOf(r);
                for (std::size_t i = 1; i < list.size(); ++i)
                    QVERIFY(list[i - 1].end < list[i].start);
                // hours and the longest run against the target, as the measuring player counts them
                std::int64_t hours = 0;
                int longest = 0, run = 0;
                for (const char h : down[std::size_t(r)]) {
                    hours += h;
                    run = h ? run + 1 : 0;
                    longest = std::max(longest, run);
                }
                const engine::AssetTally& t = measuredTallies[std::size_t(r)];
                const QString where = QStringLiteral("round %1, trial %2, asset %3").arg(round).arg(trial).arg(r);
                QVERIFY2(t.hours == hours, qPrintable(where));
                QVERIFY2(t.trialsDown == (hours > 0 ? 1 : 0), qPrintable(where));
                QVERIFY2(t.trialsOverRto
                        == (double(longest) > *m.assets[rankOf[std::size_t(r)]].continuity->rtoHours ? 1 : 0),
                    qPrintable(where));
            }
        }
    }
}

void TestContinuity::identicalForAnyThreadCount()
{
    Model m;
    for (int i = 0; i < 40; ++i) {
        m.assets.append(asset(QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0')), Continuity {8.0, 1000.0 * i}));
        addOutage(m, m.assets.last().id, 0.05 * (i % 7), 1, 72);
        if (i > 0)
            m.dependencies.append(dependency(m.assets.last().id, m.assets[i / 2].id, QStringLiteral("g")));
        if (i > 2)
            m.dependencies.append(dependency(m.assets.last().id, m.assets[i - 3].id, QStringLiteral("g")));
    }
    m.dependencies.append(dependency(QStringLiteral("A00"), QStringLiteral("A10")));
    const ContinuityResult one = simulate(m, 3001, 1, 42);
    const ContinuityResult two = simulate(m, 3001, 2, 42);
    const ContinuityResult seven = simulate(m, 3001, 7, 42);
    QVERIFY(one == two);
    QVERIFY(one == seven);
    QCOMPARE(continuityJson(one), continuityJson(seven));
    QVERIFY(one.total.ale > 0);
    const ContinuityResult otherSeed = simulate(m, 3001, 2, 43);
    QVERIFY(otherSeed.total.ale != one.total.ale);
}

void TestContinuity::cancelStops()
{
    Model m;
    m.assets = {asset(QStringLiteral("S"))};
    addOutage(m, QStringLiteral("S"), 1.0);
    const Assessment a = assess(m);
    int calls = 0;
    const ContinuityResult r = simulateContinuity(m, a, {100000, 1, 2}, {}, [&](int done, int total) {
        ++calls;
        return done < total / 10;
    });
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 1);
    // Progress reaches the total when not cancelled.
    int last = 0;
    const ContinuityResult full = simulateContinuity(m, a, {5000, 1, 2}, QStringLiteral("S-1"), [&](int done, int) {
        last = std::max(last, done);
        return true;
    });
    QVERIFY(!full.cancelled);
    QCOMPARE(last, 5000);
    QCOMPARE(full.scenario, QStringLiteral("S-1"));
}

void TestContinuity::statisticsFormulas()
{
    // Percentiles at rank ceil(q N) of the sorted losses, sample sd, exceedance.
    Model m;
    m.assets = {asset(QStringLiteral("S"), Continuity {{}, 1.0})};
    addOutage(m, QStringLiteral("S"), 3.0, 1, 30);
    const int n = 1000;
    const ContinuityResult r = simulate(m, n);
    QCOMPARE(r.sortedLosses.size(), n);
    QVERIFY(std::is_sorted(r.sortedLosses.cbegin(), r.sortedLosses.cend()));
    QCOMPARE(r.total.p50, r.sortedLosses[499]);
    QCOMPARE(r.total.p90, r.sortedLosses[899]);
    QCOMPARE(r.total.p95, r.sortedLosses[949]);
    QCOMPARE(r.total.p99, r.sortedLosses[989]);
    double sum = 0, squares = 0;
    for (const double x : r.sortedLosses)
        sum += x;
    const double mean = sum / n;
    for (const double x : r.sortedLosses)
        squares += (x - mean) * (x - mean);
    QVERIFY(std::abs(r.total.ale - mean) < 1e-9 * mean);
    QVERIFY(std::abs(r.total.sd - std::sqrt(squares / (n - 1))) < 1e-9 * r.total.sd);
    const AssetContinuity& s = stats(r, QStringLiteral("S"));
    QVERIFY(std::abs(s.sdHours - r.total.sd) < 1e-9 * r.total.sd); // loss = hours here
    QCOMPARE(r.exceedance(-1), 1.0);
    QCOMPARE(r.exceedance(r.sortedLosses.last()), 0.0);
    QCOMPARE(r.exceedance(r.total.p90),
        double(n
            - (std::upper_bound(r.sortedLosses.cbegin(), r.sortedLosses.cend(), r.total.p90) - r.sortedLosses.cbegin()))
            / n);
    // One trial: sd 0.
    const ContinuityResult single = simulate(m, 1);
    QCOMPARE(single.total.sd, 0.0);
    QCOMPARE(single.assets[0].sdHours, 0.0);
}

void TestContinuity::exceedanceStepsOfTies()
{
    // 10 years: 6 without loss, then 1, 2, 2, 5 yen. One step per distinct loss below the largest.
    const QList<double> losses {0, 0, 0, 0, 0, 0, 1, 2, 2, 5};
    const QList<ExceedanceStep> expected {{0, 0.4}, {1, 0.3}, {2, 0.1}};
    QCOMPARE(exceedanceSteps(losses), expected);
    for (const ExceedanceStep& s : expected) {
        ContinuityResult r;
        r.sortedLosses = losses;
        QCOMPARE(r.exceedance(s.loss), s.share); // the steps are the curve
    }
    QVERIFY(exceedanceSteps({}).isEmpty());
    QVERIFY(exceedanceSteps({3, 3, 3}).isEmpty()); // no year exceeds the only loss
}

void TestContinuity::jsonKeyOrder()
{
    Model m;
    m.assets = {asset(QStringLiteral("B"), Continuity {24.0, 5.0}), asset(QStringLiteral("A"))};
    addOutage(m, QStringLiteral("B"), 0.5);
    const QByteArray json = continuityJson(simulate(m, 100));
    const QList<QByteArray> keys {"\"format\": \"mamori-continuity\"", "\"version\": 1", "\"trials\": 100",
        "\"seed\": 1", "\"scenario\": null", "\"assets\"",
        "{\"id\": \"A\", \"p_outage\": 0, \"mean_hours\": 0, "
        "\"sd_hours\": 0, \"p_over_rto\": null, \"ale\": 0}",
        "{\"id\": \"B\", \"p_outage\"", "\"mean_hours\"", "\"sd_hours\"", "\"p_over_rto\"", "\"ale\"",
        "\"total\": {\"ale\"", "\"sd\"", "\"p50\"", "\"p90\"", "\"p95\"", "\"p99\""};
    qsizetype at = 0;
    for (const QByteArray& k : keys) {
        const qsizetype next = json.indexOf(k, at);
        QVERIFY2(next >= 0, k.constData());
        at = next;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestContinuity::agreesWithReference_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("ward 1") << 1u;
    QTest::newRow("ward 2") << 2u;
}

void TestContinuity::agreesWithReference()
{
    // The reference plays hour arrays in Python loops: a few hundred trials on its side, many on ours.
    QFETCH(unsigned, seed);
    const QString python = pythonWithNumpy();
    if (python.isEmpty())
        QSKIP("no python3 with NumPy and NetworkX (python3-numpy, python3-networkx)");
    const QString script
        = qEnvironmentVariable("MAMORI_REFERENCE", QStringLiteral(MAMORI_REFERENCE_DIR "/risk_reference.py"));
    if (!QFile::exists(script))
        QSKIP(qPrintable(QStringLiteral("the reference %1 is missing (set MAMORI_REFERENCE)").arg(script)));
    const Model m = referenceWard(seed);
    const JsonFormat::ReadResult check = JsonFormat::read(JsonFormat::write(m), QStringLiteral("ward.json"));
    QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.errors.first().toString()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ward.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(JsonFormat::write(m));
    }
    const int referenceTrials = 600;
    QProcess p;
    p.start(python,
        {script, QStringLiteral("simulate"), path, QStringLiteral("--trials"), QString::number(referenceTrials),
            QStringLiteral("--seed"), QString::number(seed)});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject ref = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(ref.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-continuity"));

    const int trials = 20000;
    const ContinuityResult ours = simulate(check.model, trials, 0, seed);
    const QJsonArray refAssets = ref.value(QStringLiteral("assets")).toArray();
    QCOMPARE(refAssets.size(), ours.assets.size());
    int stopping = 0;
    for (qsizetype i = 0; i < ours.assets.size(); ++i) {
        const AssetContinuity& a = ours.assets[i];
        const QJsonObject r = refAssets[i].toObject();
        QCOMPARE(r.value(QStringLiteral("id")).toString(), a.id);
        const QString where = QStringLiteral("%1: ours p %2 hours %3, reference p %4 hours %5")
                                  .arg(a.id)
                                  .arg(a.pOutage)
                                  .arg(a.meanHours)
                                  .arg(r.value(QStringLiteral("p_outage")).toDouble())
                                  .arg(r.value(QStringLiteral("mean_hours")).toDouble());
        stopping += a.pOutage > 0 ? 1 : 0;
        QVERIFY2(sharesAgree(a.pOutage, trials, r.value(QStringLiteral("p_outage")).toDouble(), referenceTrials),
            qPrintable(where));
        QVERIFY2(meansAgree(a.meanHours, a.sdHours, trials, r.value(QStringLiteral("mean_hours")).toDouble(),
                     r.value(QStringLiteral("sd_hours")).toDouble(), referenceTrials, 0.05),
            qPrintable(where));
        QCOMPARE(r.value(QStringLiteral("p_over_rto")).isNull(), !a.pOverRto.has_value());
        if (a.pOverRto)
            QVERIFY2(
                sharesAgree(*a.pOverRto, trials, r.value(QStringLiteral("p_over_rto")).toDouble(), referenceTrials),
                qPrintable(where));
        // What never stops in our many trials does not stop in the reference's few.
        if (a.pOutage == 0)
            QCOMPARE(r.value(QStringLiteral("p_outage")).toDouble(), 0.0);
    }
    QVERIFY(stopping > 10);
    const QJsonObject total = ref.value(QStringLiteral("total")).toObject();
    QVERIFY2(meansAgree(ours.total.ale, ours.total.sd, trials, total.value(QStringLiteral("ale")).toDouble(),
                 total.value(QStringLiteral("sd")).toDouble(), referenceTrials, 1),
        qPrintable(QStringLiteral("ALE ours %1, reference %2")
                       .arg(ours.total.ale)
                       .arg(total.value(QStringLiteral("ale")).toDouble())));
    QVERIFY(ours.total.ale > 0);
}

QTEST_GUILESS_MAIN(TestContinuity)
#include "tst_continuity.moc"
