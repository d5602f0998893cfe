// The service continuity commands (RISK-MODEL.md section 10): simulate, and diff --continuity, the
// baseline against a scenario with the same seed (common random numbers). Input errors exit 2, other
// failures 1, like every command.

#include "CliSupport.h"

#include "engine/Continuity.h"
#include "engine/Diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mamori::cli {

namespace {

const QString kTrials = QStringLiteral("trials");
const QString kSeed = QStringLiteral("seed");
const QString kThreads = QStringLiteral("threads");
constexpr int kMaxTrials = 10'000'000;
constexpr int kMaxThreads = 256;

} // namespace

bool readTrialsAndSeed(Context& c, ContinuityOptions& o, int& code)
{
    bool ok = true;
    if (c.parser.isSet(kTrials)) {
        o.trials = c.parser.value(kTrials).toInt(&ok);
        if (!ok || o.trials < 1 || o.trials > kMaxTrials) {
            code = reportInputError(
                c, Tr::tr("--trials expects a whole number from 1 to %1").arg(QString::number(kMaxTrials)));
            return false;
        }
    }
    if (c.parser.isSet(kSeed)) {
        o.seed = c.parser.value(kSeed).toULongLong(&ok);
        if (!ok) {
            code = reportInputError(c, Tr::tr("--seed expects a whole number from 0 to 18446744073709551615"));
            return false;
        }
    }
    return true;
}

namespace {

/// --trials, --seed and --threads, checked; nullopt after reporting what is wrong.
std::optional<ContinuityOptions> simulationOptions(Context& c, int& code)
{
    ContinuityOptions o;
    if (!readTrialsAndSeed(c, o, code))
        return std::nullopt;
    bool ok = true;
    if (c.parser.isSet(kThreads)) {
        o.threads = c.parser.value(kThreads).toInt(&ok);
        if (!ok || o.threads < 0 || o.threads > kMaxThreads) {
            code = reportInputError(c,
                Tr::tr("--threads expects a whole number from 0 (every core) to %1").arg(QString::number(kMaxThreads)));
            return std::nullopt;
        }
    }
    return o;
}

/// Yen as a ward writes it: whole yen with thousands separators ("12,345,678").
QString yen(double v)
{
    QLocale locale = QLocale::c(); // the C locale leaves separators out unless told
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(std::llround(v));
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(QString::number(share * 100, 'f', 1));
}

/// The rows of the table: the services (assets with a continuity record), largest ALE first; a
/// model without services shows the assets down longest instead, at most kOtherRows of them.
constexpr qsizetype kOtherRows = 20;
QList<qsizetype> tableOrder(const QSet<QString>& services, const ContinuityResult& r)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < r.assets.size(); ++i) {
        if (services.isEmpty() ? r.assets[i].pOutage > 0 : services.contains(r.assets[i].id))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        const AssetContinuity& a = r.assets[x];
        const AssetContinuity& b = r.assets[y];
        return services.isEmpty() ? a.meanHours > b.meanHours : a.ale > b.ale;
    });
    if (services.isEmpty() && order.size() > kOtherRows)
        order.resize(kOtherRows);
    return order;
}

void printSimulation(Context& c, const Model& model, const ContinuityResult& r, const QString& scenarioId)
{
    QTextStream& out = c.out;
    out << Tr::tr("Model: %1").arg(terminalText(model.name.text(Language::Japanese))) << Qt::endl;
    out << Tr::tr("Scenario: %1").arg(scenarioId.isEmpty() ? Tr::tr("baseline") : terminalText(scenarioId)) << Qt::endl;
    out << Tr::tr("Service continuity: %1 simulated years, seed %2")
               .arg(QLocale::c().toString(r.trials), QString::number(r.seed))
        << Qt::endl
        << Qt::endl;
    QSet<QString> services;
    for (const Asset& a : model.assets) {
        if (a.continuity)
            services.insert(a.id);
    }
    const bool anyService = !services.isEmpty();
    const QList<qsizetype> order = tableOrder(services, r);
    QList<QStringList> rows;
    const QString none = QStringLiteral("-");
    for (const qsizetype i : order) {
        const AssetContinuity& a = r.assets[i];
        rows.append({terminalText(a.id), percent(a.pOutage), fixed(a.meanHours, 1),
            a.pOverRto ? percent(*a.pOverRto) : none, yen(a.ale)});
    }
    if (rows.isEmpty()) {
        out << Tr::tr("No asset stops in any simulated year: no threat has an outage rate, or no asset is exposed "
                      "to one.")
            << Qt::endl;
    } else {
        printTable(out,
            {anyService ? Tr::tr("service") : Tr::tr("asset"), Tr::tr("P(outage)"), Tr::tr("mean hours"),
                Tr::tr("P(over RTO)"), Tr::tr("ALE (yen)")},
            rows, {false, true, true, true, true});
        if (!anyService)
            out << Tr::tr("No asset is a service (continuity: RTO, loss per hour): the assets down longest are shown "
                          "and the ALE is 0.")
                << Qt::endl;
        out << Tr::tr("Every asset, services or not, is in the output of --json.") << Qt::endl;
    }
    out << Qt::endl;
    const ContinuityTotals& t = r.total;
    printTable(out, {Tr::tr("ward"), Tr::tr("yen")},
        {{Tr::tr("annual loss expectancy"), yen(t.ale)}, {Tr::tr("standard deviation"), yen(t.sd)},
            {Tr::tr("median (p50)"), yen(t.p50)}, {Tr::tr("p90"), yen(t.p90)}, {Tr::tr("p95"), yen(t.p95)},
            {Tr::tr("p99"), yen(t.p99)}},
        {false, true});
}

/// Simulates `model` (assessed first); nullopt after reporting an error.
std::optional<ContinuityResult> simulateOrReport(
    Context& c, const Model& model, const ContinuityOptions& options, const QString& scenarioId, int& code)
{
    const auto a = assessOrReport(c, model, code);
    if (!a)
        return std::nullopt;
    return simulateContinuity(model, *a, options, scenarioId);
}

int runSimulate(Context& c)
{
    int code = Success;
    const auto options = simulationOptions(c, code);
    if (!options)
        return code;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const QString scenarioId = c.parser.value(kScenario);
    const auto model = modelFor(c, loaded->model, scenarioId, code);
    if (!model)
        return code;
    const auto r = simulateOrReport(c, *model, *options, scenarioId, code);
    if (!r)
        return code;
    if (c.parser.isSet(kJson)) {
        const QByteArray json = continuityJson(*r);
        if (QIODevice* device = c.out.device()) {
            c.out.flush();
            device->write(json);
        } else {
            c.out << QString::fromUtf8(json);
        }
        return Success;
    }
    printSimulation(c, *model, *r, scenarioId);
    return Success;
}

// ---- diff --continuity ----

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject totalsJson(const ContinuityTotals& t)
{
    return {{QStringLiteral("ale"), t.ale}, {QStringLiteral("sd"), t.sd}, {QStringLiteral("p50"), t.p50},
        {QStringLiteral("p90"), t.p90}, {QStringLiteral("p95"), t.p95}, {QStringLiteral("p99"), t.p99}};
}

/// One asset on both sides; a side without the asset is nullptr.
struct AssetPair {
    QString id;
    const AssetContinuity* base = nullptr;
    const AssetContinuity* scenario = nullptr;
    double delta() const { return (scenario ? scenario->ale : 0.0) - (base ? base->ale : 0.0); }
    bool changed() const { return !base || !scenario || !(*base == *scenario); }
};

QList<AssetPair> changedAssets(const ContinuityResult& base, const ContinuityResult& scenario)
{
    QList<AssetPair> out;
    qsizetype i = 0, j = 0;
    while (i < base.assets.size() || j < scenario.assets.size()) {
        const int order = i == base.assets.size() ? 1
            : j == scenario.assets.size()         ? -1
                                                  : compareIds(base.assets[i].id, scenario.assets[j].id);
        AssetPair p;
        if (order <= 0)
            p.base = &base.assets[i++];
        if (order >= 0)
            p.scenario = &scenario.assets[j++];
        p.id = p.base ? p.base->id : p.scenario->id;
        if (p.changed())
            out.append(p);
    }
    return out;
}

QJsonObject continuityDiffJson(
    const ContinuityResult& base, const ContinuityResult& scenario, const QString& baseName, const QString& scenarioId)
{
    QJsonArray assets;
    for (const AssetPair& p : changedAssets(base, scenario)) {
        const auto side = [](const AssetContinuity* a) -> QJsonValue {
            if (!a)
                return QJsonValue::Null;
            return QJsonObject {{QStringLiteral("p_outage"), a->pOutage}, {QStringLiteral("mean_hours"), a->meanHours},
                {QStringLiteral("p_over_rto"), orNull(a->pOverRto)}, {QStringLiteral("ale"), a->ale}};
        };
        assets.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("base"), side(p.base)},
            {QStringLiteral("scenario"), side(p.scenario)}, {QStringLiteral("delta_ale"), p.delta()}});
    }
    return {{QStringLiteral("format"), QStringLiteral("mamori-continuity-diff")}, {QStringLiteral("version"), 1},
        {QStringLiteral("trials"), base.trials}, {QStringLiteral("seed"), double(base.seed)},
        {QStringLiteral("base"), baseName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(baseName)},
        {QStringLiteral("scenario"), scenarioId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scenarioId)},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("total"),
            QJsonObject {{QStringLiteral("base"), totalsJson(base.total)},
                {QStringLiteral("scenario"), totalsJson(scenario.total)},
                {QStringLiteral("delta_ale"), scenario.total.ale - base.total.ale}}}};
}

void printContinuityDiff(Context& c, const ContinuityResult& base, const ContinuityResult& scenario,
    const Model& scenarioModel, const QString& heading)
{
    QTextStream& out = c.out;
    out << heading << Qt::endl;
    out << Tr::tr("Service continuity: %1 simulated years, seed %2, the same random numbers on both sides")
               .arg(QLocale::c().toString(base.trials), QString::number(base.seed))
        << Qt::endl
        << Qt::endl;
    const auto row = [&](const QString& label, double b, double s) {
        return QStringList {label, yen(b), yen(s), yen(s - b)};
    };
    printTable(out, {Tr::tr("ward"), Tr::tr("base"), Tr::tr("scenario"), Tr::tr("change")},
        {row(Tr::tr("annual loss expectancy"), base.total.ale, scenario.total.ale),
            row(Tr::tr("p95"), base.total.p95, scenario.total.p95),
            row(Tr::tr("p99"), base.total.p99, scenario.total.p99)},
        {false, true, true, true});
    out << Qt::endl;
    QSet<QString> services;
    for (const Asset& a : scenarioModel.assets) {
        if (a.continuity)
            services.insert(a.id);
    }
    QList<AssetPair> changed = changedAssets(base, scenario);
    // Services first, the largest fall in ALE first.
    std::stable_sort(changed.begin(), changed.end(), [&](const AssetPair& x, const AssetPair& y) {
        const bool sx = services.contains(x.id), sy = services.contains(y.id);
        if (sx != sy)
            return sx;
        return x.delta() < y.delta();
    });
    const QString none = QStringLiteral("-");
    QList<QStringList> rows;
    for (const AssetPair& p : changed) {
        const auto hours = [&](const AssetContinuity* a) { return a ? fixed(a->meanHours, 1) : none; };
        const auto over = [&](const AssetContinuity* a) { return a && a->pOverRto ? percent(*a->pOverRto) : none; };
        rows.append({terminalText(p.id), hours(p.base), hours(p.scenario), over(p.base), over(p.scenario),
            p.base ? yen(p.base->ale) : none, p.scenario ? yen(p.scenario->ale) : none, yen(p.delta())});
    }
    out << Tr::tr("%n assets whose continuity changed", nullptr, int(rows.size())) << Qt::endl;
    if (!rows.isEmpty())
        printTable(out,
            {Tr::tr("asset"), Tr::tr("hours (base)"), Tr::tr("hours (scenario)"), Tr::tr("over RTO (base)"),
                Tr::tr("over RTO (scenario)"), Tr::tr("ALE (base)"), Tr::tr("ALE (scenario)"), Tr::tr("change")},
            rows, {false, true, true, true, true, true, true, true});
}

} // namespace

void addSimulationOptions(QCommandLineParser& p)
{
    p.addOption({kTrials, Tr::tr("Simulated years (1 to 10,000,000)."), QStringLiteral("N"), QStringLiteral("10000")});
    p.addOption(
        {kSeed, Tr::tr("Random seed; the same seed gives the same result."), QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({kThreads, Tr::tr("Threads to use; 0 uses every core. The result does not depend on it."),
        QStringLiteral("T"), QStringLiteral("0")});
}

int runContinuityDiff(Context& c)
{
    int code = Success;
    const auto options = simulationOptions(c, code);
    if (!options)
        return code;
    const auto sides = diffSides(c, code);
    if (!sides)
        return code;
    const auto base = sides->other
        ? std::optional(simulateContinuity(sides->other->model, sides->other->assessment, *options))
        : simulateOrReport(c, *sides->base, *options, sides->againstId, code);
    if (!base)
        return code;
    const auto scenario = simulateOrReport(c, sides->scenario, *options, sides->scenarioId, code);
    if (!scenario)
        return code;
    if (c.parser.isSet(kJson)) {
        printJson(c, continuityDiffJson(*base, *scenario, sides->baseName(), sides->scenarioId));
        return Success;
    }
    printContinuityDiff(c, *base, *scenario, sides->scenario, sides->heading());
    return Success;
}

std::vector<Command> continuityCommands()
{
    return {
        {"simulate", "FILE [--scenario ID] [--trials N] [--seed S] [--threads T] [--json]",
            QT_TRANSLATE_NOOP("mamori::cli",
                "Simulate years of outages along the dependencies: how often and how long services stop, and what "
                "it costs."),
            [](QCommandLineParser& p) {
                addScenarioOption(p, Tr::tr("Simulate scenario ID instead of the baseline."));
                addSimulationOptions(p);
                addJsonOption(p);
            },
            runSimulate},
    };
}

} // namespace mamori::cli
