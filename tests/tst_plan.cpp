// The risk response plan: the optimizer against brute force, the projection against full
// re-assessments, proposals, the response rule, and the plan commands' errors.

#include "TestSupport.h"

#include "BuiltIn.h"
#include "JsonFormat.h"
#include "ModelEdit.h"
#include "Validation.h"
#include "engine/Assessment.h"
#include "engine/Generator.h"
#include "engine/Plan.h"
#include "engine/Proposals.h"
#include "engine/ResponsePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mamori;

namespace {

/// The model with the actions' controls implemented, written here apart from the engine's
/// completedByHand() so that the tests check it rather than reuse it.
Model completedByHand(Model m, const QList<PlanAction>& actions)
{
    for (const PlanAction& a : actions)
        for (Control& k : m.controls)
            if (a.controls.contains(k.id))
                k.status = ControlStatus::Implemented;
    return m;
}

/// A small generated ward with `count` random actions, about one in five already done.
Model randomInstance(int count, quint32 seed)
{
    Model m = Generator::generateWard(Generator::kMinimumAssets, seed);
    m.actions = Generator::randomActions(m, count, seed);
    for (qsizetype i = 0; i < m.actions.size(); ++i)
        if ((i + seed) % 5 == 0)
            m.actions[i].status = ActionStatus::Done;
    return m;
}

struct Brute {
    QStringList chosen;
    double residual = 0;
    double initial = 0;
};

/// Section 8 by its definition: every subset of the candidates assessed in full.
Brute bruteForce(const Model& model, double budget, std::optional<double> annual)
{
    QList<PlanAction> done, candidates;
    for (const PlanAction& a : model.actions)
        (a.status == ActionStatus::Done ? done : candidates).append(a);
    std::sort(candidates.begin(), candidates.end(),
        [](const PlanAction& x, const PlanAction& y) { return compareIds(x.id, y.id) < 0; });
    const Model base = completedByHand(model, done);
    std::optional<Brute> best;
    for (quint32 mask = 0; mask < (1u << candidates.size()); ++mask) {
        QList<PlanAction> set;
        Brute b;
        double ann = 0;
        for (int i = 0; i < candidates.size(); ++i) {
            if (mask & (1u << i)) {
                set.append(candidates[i]);
                b.chosen.append(candidates[i].id);
                b.initial += candidates[i].cost.initial;
                ann += candidates[i].cost.annual;
            }
        }
        if (b.initial > budget + 1e-9 || (annual && ann > *annual + 1e-9))
            continue;
        b.residual = assess(completedByHand(base, set)).totals.residual;
        const auto key = [](const Brute& x) {
            return std::make_tuple(std::llround(x.residual * 1e9), x.initial, x.chosen.size());
        };
        if (!best || key(b) < key(*best) || (key(b) == key(*best) && b.chosen < best->chosen))
            best = b;
    }
    return *best;
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT

private slots:
    void optimizerEqualsBruteForce_data();
    void optimizerEqualsBruteForce();
    void heuristicIsFeasibleAndExplained();
    void projectionEqualsReassessing();
    void proposalsLowerTheRisk();
    void rationaleRule();
    void badPlansAreRefused_data();
    void badPlansAreRefused();
    void cliPlanCommands();
    void freeIdsFollowTheWardsNumbering();
};

void TestPlan::optimizerEqualsBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("seed");
    for (const auto& [count, seed] : {std::pair {1, 11}, {3, 12}, {5, 13}, {7, 14}, {9, 15}, {10, 16}, {12, 17}})
        QTest::addRow("%d actions, seed %d", count, seed) << count << seed;
}

void TestPlan::optimizerEqualsBruteForce()
{
    QFETCH(int, count);
    QFETCH(int, seed);
    const Model m = randomInstance(count, quint32(seed));
    double total = 0;
    for (const PlanAction& a : m.actions)
        total += a.cost.initial;
    QRandomGenerator rng(quint32(seed) * 7);
    for (int round = 0; round < 3; ++round) {
        const double budget = std::floor(total * rng.generateDouble() / 500000) * 500000;
        const std::optional<double> annual = round == 2 ? std::optional<double>(400000) : std::nullopt;
        const Optimization o = optimizePlan(m, {budget, annual});
        const Brute b = bruteForce(m, budget, annual);
        QVERIFY(o.exact);
        QCOMPARE(o.chosen, b.chosen);
        QCOMPARE(o.residualAfter, b.residual);
        QCOMPARE(o.cost.initial, b.initial);
        QVERIFY(o.cost.initial <= budget + 1e-9);
        QVERIFY(o.residualFloor <= o.residualAfter);
        QCOMPARE(o.chosenDetails.size() + o.leftOut.size(),
            qsizetype(std::count_if(m.actions.cbegin(), m.actions.cend(),
                [](const PlanAction& a) { return a.status != ActionStatus::Done; })));
        // An exact optimum leaves nothing out that fits and still reduces.
        for (const LeftOutAction& l : o.leftOut)
            QVERIFY2(l.reason != LeftOutReason::NotWorthIt, qPrintable(l.action));
    }
}

void TestPlan::heuristicIsFeasibleAndExplained()
{
    // 18 actions (14 candidates) and a tight set limit: the exact search stops, the heuristic decides.
    const Model m = randomInstance(18, 99);
    OptimizerOptions options;
    options.exactSetLimit = 50;
    const Optimization o = optimizePlan(m, {15000000, {}}, options);
    QVERIFY(!o.exact);
    QVERIFY(o.cost.initial <= 15000000);
    QVERIFY(o.residualAfter <= o.residualBefore);
    QVERIFY(o.residualFloor <= o.residualAfter);
    // Its residual is what its choice gives.
    QList<PlanAction> chosen, done;
    for (const PlanAction& a : m.actions) {
        if (o.chosen.contains(a.id))
            chosen.append(a);
        if (a.status == ActionStatus::Done)
            done.append(a);
    }
    QCOMPARE(assess(completedByHand(completedByHand(m, done), chosen)).totals.residual, o.residualAfter);
    // A cancelled search returns its best so far, not proven.
    options.exactSetLimit = 1 << 14;
    options.progress = [](qint64) { return false; };
    QVERIFY(!optimizePlan(m, {15000000, {}}, options).exact);
}

void TestPlan::projectionEqualsReassessing()
{
    const Model m = BuiltIn::sampleWard();
    const PlanProjection p = projectPlan(m);
    QList<PlanAction> done, order;
    for (const PlanAction& a : m.actions)
        (a.status == ActionStatus::Done ? done : order).append(a);
    std::sort(order.begin(), order.end(), [](const PlanAction& x, const PlanAction& y) {
        return x.due != y.due ? x.due < y.due : compareIds(x.id, y.id) < 0;
    });
    QCOMPARE(p.steps.size(), order.size());
    const Model base = completedByHand(m, done);
    const Totals baseTotals = assess(base).totals;
    QCOMPARE(p.baselineResidual, baseTotals.residual);
    QCOMPARE(p.baselineAboveAppetite, baseTotals.aboveAppetite);
    for (qsizetype i = 0; i < order.size(); ++i) {
        QCOMPARE(p.steps[i].action, order[i].id);
        const Totals t = assess(completedByHand(base, order.mid(0, i + 1))).totals;
        QCOMPARE(p.steps[i].residual, t.residual);
        QCOMPARE(p.steps[i].aboveAppetite, t.aboveAppetite);
        QCOMPARE(
            p.steps[i].reductionAlone, baseTotals.residual - assess(completedByHand(base, {order[i]})).totals.residual);
        if (i > 0)
            QVERIFY(p.steps[i].residual <= p.steps[i - 1].residual); // implementing never raises risk
    }
    const QJsonObject json = planToJson(p);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-plan"));
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), order.size());
}

void TestPlan::proposalsLowerTheRisk()
{
    const Model m = BuiltIn::sampleWard();
    const Assessment a = assess(m);
    // The highest residual risk has something to propose.
    const RiskResult* top = &a.risks.first();
    for (const RiskResult& r : a.risks)
        if (r.residual > top->residual)
            top = &r;
    const QList<ControlProposal> proposals = proposeControls(m, BuiltIn::catalogue(), {top->asset, top->threat});
    QVERIFY(!proposals.isEmpty());
    for (const ControlProposal& p : proposals) {
        QVERIFY(p.control.status != ControlStatus::Implemented);
        QCOMPARE(p.riskResidualBefore, top->residual);
        QVERIFY(p.riskResidualAfter <= p.riskResidualBefore);
        if (!p.fromCatalogue) {
            // The effect is that of implementing the model's control.
            Model changed = m;
            for (Control& k : changed.controls)
                if (k.id == p.control.id)
                    k.status = ControlStatus::Implemented;
            const Assessment b = assess(changed);
            QCOMPARE(p.riskResidualAfter, b.findRisk(top->asset, top->threat)->residual);
            QCOMPARE(p.totalReduction, a.totals.residual - b.totals.residual);
        }
    }
    for (qsizetype i = 1; i < proposals.size(); ++i)
        QVERIFY(proposals[i - 1].totalReduction >= proposals[i].totalReduction);
    // A pair that is not exposed has none.
    QVERIFY(proposeControls(m, BuiltIn::catalogue(), {QStringLiteral("no-such-asset"), top->threat}).isEmpty());
}

void TestPlan::rationaleRule()
{
    QVERIFY(rationaleRequired(ResponseKind::Accept, 6.5, 6));
    QVERIFY(!rationaleRequired(ResponseKind::Accept, 6, 6)); // at the appetite is within it
    QVERIFY(!rationaleRequired(ResponseKind::Mitigate, 20, 6));
    QVERIFY(!rationaleRequired(ResponseKind::Transfer, 20, 6));

    Model m = BuiltIn::sampleWard();
    const Assessment a = assess(m);
    const RiskResult* high = nullptr;
    for (const RiskResult& r : a.risks)
        if (r.residual > a.appetite && !high)
            high = &r;
    QVERIFY(high);
    m.responses.removeIf([&](const Response& r) { return r.asset == high->asset && r.threat == high->threat; });
    m.responses.append({high->asset, high->threat, ResponseKind::Accept, QString(), QStringLiteral("CISO"), {}});
    QVERIFY(acceptedWithoutRationale(m, assess(m)).contains(RiskKey {high->asset, high->threat}));
    m.responses.last().rationale = QStringLiteral("移転先がなく、費用対効果が見合わないため保有する");
    QVERIFY(!acceptedWithoutRationale(m, assess(m)).contains(RiskKey {high->asset, high->threat}));
}

void TestPlan::badPlansAreRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("where");
    QTest::addRow("due before start") << QStringLiteral(
        R"({"id": "P-x", "title": "t", "controls": [], "start": "2026-10-01", "due": "2026-09-01"})")
                                      << QStringLiteral("due");
    QTest::addRow("invalid date") << QStringLiteral(
        R"({"id": "P-x", "title": "t", "controls": [], "start": "2026-01-05", "due": "2026-02-30"})")
                                  << QStringLiteral("due");
    QTest::addRow("negative cost") << QStringLiteral(
        R"({"id": "P-x", "title": "t", "controls": [], "start": "2026-04-01", "due": "2026-09-01", "cost": {"initial": -5}})")
                                   << QStringLiteral("cost");
    QTest::addRow("unknown control") << QStringLiteral(
        R"({"id": "P-x", "title": "t", "controls": ["K-NOPE"], "start": "2026-04-01", "due": "2026-09-01"})")
                                     << QStringLiteral("K-NOPE");
}

void TestPlan::badPlansAreRefused()
{
    QFETCH(QString, action);
    QFETCH(QString, where);
    QJsonObject model = JsonFormat::toJson(Generator::generateWard(Generator::kMinimumAssets, 3));
    QJsonObject plan = model.value(QStringLiteral("plan")).toObject();
    QJsonArray actions = plan.value(QStringLiteral("actions")).toArray();
    actions.append(QJsonDocument::fromJson(action.toUtf8()).object());
    plan.insert(QStringLiteral("actions"), actions);
    model.insert(QStringLiteral("plan"), plan);
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("bad.json")), out = dir.filePath(QStringLiteral("bad.mamori"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(model).toJson());
    f.close();
    for (const QStringList& args : {QStringList {QStringLiteral("plan"), in},
             QStringList {QStringLiteral("import"), in, QStringLiteral("-o"), out}}) {
        const test::CliRun r = test::runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("/plan/actions/")) && r.err.contains(where), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(out)); // nothing written
}

void TestPlan::cliPlanCommands()
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.mamori"));
    QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--sample"), sample}).code, 0);

    const test::CliRun plan = test::runCli({QStringLiteral("plan"), sample, QStringLiteral("--json")});
    QCOMPARE(plan.code, 0);
    QCOMPARE(QJsonDocument::fromJson(plan.out.toUtf8()).object(), planToJson(projectPlan(BuiltIn::sampleWard())));

    const test::CliRun opt = test::runCli({QStringLiteral("plan"), QStringLiteral("optimize"), sample,
        QStringLiteral("--budget"), QStringLiteral("30000000"), QStringLiteral("--json")});
    QCOMPARE(opt.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(opt.out.toUtf8()).object();
    QCOMPARE(o, optimizationToJson(optimizePlan(BuiltIn::sampleWard(), {30000000, {}})));
    QVERIFY(o.value(QStringLiteral("exact")).toBool());

    const test::CliRun text = test::runCli({QStringLiteral("plan"), QStringLiteral("optimize"), sample,
        QStringLiteral("--budget"), QStringLiteral("30000000")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("Left out")));

    // Input errors: exit 2 with a message naming the option.
    const struct {
        QStringList args;
        const char* says;
    } bad[] = {{{QStringLiteral("plan"), QStringLiteral("optimize"), sample}, "--budget"},
        {{QStringLiteral("plan"), QStringLiteral("optimize"), sample, QStringLiteral("--budget"), QStringLiteral("-1")},
            "--budget"},
        {{QStringLiteral("plan"), QStringLiteral("optimize"), sample, QStringLiteral("--budget"), QStringLiteral("1e6"),
             QStringLiteral("--annual-budget"), QStringLiteral("lots")},
            "--annual-budget"},
        {{QStringLiteral("plan"), sample, QStringLiteral("--budget"), QStringLiteral("5")}, "optimize"},
        {{QStringLiteral("plan"), sample, QStringLiteral("--scenario"), QStringLiteral("NOPE")}, "NOPE"},
        {{QStringLiteral("plan"), dir.filePath(QStringLiteral("missing.json"))}, "missing.json"}};
    for (const auto& b : bad) {
        const test::CliRun r = test::runCli(b.args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1StringView(b.says)), qPrintable(r.err));
    }
}

void TestPlan::freeIdsFollowTheWardsNumbering()
{
    // New plan actions (Edit > Add, a proposal) continue the ward's own numbering.
    QCOMPARE(freeId(BuiltIn::sampleWard().actions, QStringLiteral("P-")), QStringLiteral("P-09"));
    QList<PlanAction> actions(3);
    actions[0].id = QStringLiteral("P-7");
    actions[1].id = QStringLiteral("P-10");
    actions[2].id = QStringLiteral("P-2026a"); // not a number after the prefix: ignored
    QCOMPARE(freeId(actions, QStringLiteral("P-")), QStringLiteral("P-11"));
    QCOMPARE(freeId(QList<Asset> {}, QStringLiteral("A-NEW-")), QStringLiteral("A-NEW-001"));
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
