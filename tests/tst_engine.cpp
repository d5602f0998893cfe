// The risk engine against RISK-MODEL.md: the worked example of section 7 with its exact numbers, and
// one test per rule that is easy to get subtly wrong (cycles, tie-breaks, precedence, exclusions,
// scenario ops, diff, explanation).

#include "JsonFormat.h"
#include "Scenarios.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Diff.h"
#include "engine/Explain.h"
#include "engine/IncrementalEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <random>

using namespace mamori;

namespace {

Model readModel(const QByteArray& json)
{
    const JsonFormat::ReadResult r = JsonFormat::read(json, QStringLiteral("test.json"));
    if (!r.ok())
        qFatal("test model is invalid: %s", qPrintable(r.errors.first().toString()));
    return r.model;
}

Model workedExample()
{
    QFile f(QStringLiteral(MAMORI_TEST_DATA "/worked-example.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("worked-example.json is missing");
    return readModel(f.readAll());
}

/// A model text with the boilerplate filled in: `body` holds the collections.
QByteArray model(const char* body)
{
    return QByteArray(R"({"format": "mamori-model", "version": 1, )") + body + "}";
}

Asset asset(const QString& id, AssetType type = AssetType::Device, Tier tier = Tier::None, bool gateway = false)
{
    Asset a;
    a.id = id;
    a.name = LocalizedText::plain(id);
    a.type = type;
    a.tier = tier;
    a.gateway = gateway;
    return a;
}

Dependency dependency(const QString& from, const QString& to, DependencyKind kind = DependencyKind::Other)
{
    return {from, to, kind, {}};
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private slots:
    void workedExample_data();
    void workedExample();
    void workedExampleScenario();
    void workedExampleJson();
    void blastRadiusOnCycles();
    void blastRadiusMatchesBruteForce();
    void impactMatchesRelaxation();
    void findingsPathTieBreak();
    void findingsCodePointOrder();
    void findingsGatewaysSeparate();
    void findingsHostingAcrossTiers();
    void requiresChains();
    void requiresCycleDoesNotCrash();
    void readinessByUnit();
    void statusByUnitJson();
    void explainNamesTheUnit();
    void threatEntryWinsOverCategory();
    void exposuresAndExclusions();
    void levelsAndResponses();
    void totalsByLevelCategoryTier();
    void scenarioOps();
    void diffOneSidedAndFindings();
    void explainChainAndControls();
    void emptyAndDanglingInput();
};

void TestEngine::workedExample_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("i");
    QTest::addColumn<double>("a");
    QTest::addColumn<qint64>("blast");
    // RISK-MODEL.md 7: H = (5, 4, 4) from S; R = (5, 4, 4) from H; H gets only 0.5 * 4 = 2 back from R.
    QTest::newRow("S") << QStringLiteral("S") << 5.0 << 4.0 << 4.0 << qint64(0);
    QTest::newRow("H") << QStringLiteral("H") << 5.0 << 4.0 << 4.0 << qint64(2);
    QTest::newRow("R") << QStringLiteral("R") << 5.0 << 4.0 << 4.0 << qint64(2);
}

void TestEngine::workedExample()
{
    QFETCH(QString, id);
    QFETCH(double, c);
    QFETCH(double, i);
    QFETCH(double, a);
    QFETCH(qint64, blast);
    const Assessment result = assess(::workedExample());
    QVERIFY(result.ok());
    const AssetResult* r = result.findAsset(id);
    QVERIFY(r);
    QCOMPARE(r->impact, (ImpactVector {c, i, a}));
    QCOMPARE(r->blastRadius, blast);

    QCOMPARE(result.assets.size(), 3);
    QCOMPARE(result.findAsset(u"R")->ownImpact, (ImpactVector {1, 1, 2})); // classification A 1 -> 2
    QCOMPARE(result.risks.size(), 1); // T applies to `system`: S only
    const RiskResult& risk = result.risks.first();
    QCOMPARE(risk.asset, QStringLiteral("S"));
    QCOMPARE(risk.likelihood, 4.0);
    QCOMPARE(risk.impact, 5.0);
    QCOMPARE(risk.inherent, 20.0);
    QCOMPARE(risk.residualLikelihood, 3.25); // 1 + 3 * (1 - 0.5 * 0.5)
    QCOMPARE(risk.residualImpact, 5.0);
    QCOMPARE(risk.residual, 16.25);
    QCOMPARE(result.levelLabel(risk.levelInherent), QStringLiteral("critical"));
    QCOMPARE(result.levelLabel(risk.level), QStringLiteral("critical"));
    QCOMPARE(risk.response, ResponseKind::Mitigate);
    QVERIFY(!risk.decided);
    QCOMPARE(risk.controls, QStringList {QStringLiteral("K")});
    QCOMPARE(result.controls.size(), 2);
    QCOMPARE(result.controls[0].id, QStringLiteral("K"));
    QCOMPARE(result.controls[0].readiness, 0.5); // implemented (1) * K0 partial (0.5)
    QCOMPARE(result.controls[0].strength, 0.25);
    QCOMPARE(result.controls[1].readiness, 0.5);
    QCOMPARE(result.totals.inherent, 20.0);
    QCOMPARE(result.totals.residual, 16.25);
    QCOMPARE(result.totals.aboveAppetite, qint64(1));
    // v1.1: S (mynumber) runs on H (lgwan), a host of another tier.
    QCOMPARE(result.findings.size(), 1);
    const Finding& hosting = result.findings[0];
    QCOMPARE(hosting.rule, QStringLiteral("tier-hosting"));
    QCOMPARE(hosting.firstTier, Tier::MyNumber);
    QCOMPARE(hosting.secondTier, Tier::Lgwan);
    QCOMPARE(hosting.severity, Severity::Medium);
    QCOMPARE(hosting.first, QStringLiteral("S"));
    QCOMPARE(hosting.second, QStringLiteral("H"));
    QCOMPARE(hosting.path, (QStringList {QStringLiteral("S"), QStringLiteral("H")}));
}

void TestEngine::workedExampleScenario()
{
    const Model base = ::workedExample();
    const ResolvedScenario s = resolveScenario(base, QStringLiteral("S-K0"));
    QVERIFY(s.ok());
    const Assessment result = assess(s.model);
    QCOMPARE(result.controls[0].readiness, 1.0);
    QCOMPARE(result.risks[0].residualLikelihood, 2.5);
    QCOMPARE(result.risks[0].residual, 12.5);
    QCOMPARE(result.levelLabel(result.risks[0].level), QStringLiteral("high"));
    const AssessmentDiff d = diff(assess(base), result);
    QCOMPARE(d.risks.size(), 1);
    QCOMPARE(*d.risks[0].delta(), -3.75);
    QCOMPARE(d.base.residual, 16.25);
    QCOMPARE(d.scenario.residual, 12.5);
    const QJsonObject json = diffToJson(d, QString(), QStringLiteral("S-K0"));
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-diff"));
    QVERIFY(json.value(QStringLiteral("base")).isNull());
    QCOMPARE(json.value(QStringLiteral("risks")).toArray().at(0).toObject().value(QStringLiteral("delta")).toDouble(),
        -3.75);
}

void TestEngine::workedExampleJson()
{
    const QJsonObject o = assessmentToJson(assess(::workedExample()));
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-assessment"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("scenario")).isNull());
    const QJsonArray assets = o.value(QStringLiteral("assets")).toArray();
    QCOMPARE(assets.size(), 3);
    QCOMPARE(assets[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("H")); // sorted by id
    QCOMPARE(assets[0].toObject().value(QStringLiteral("blast_radius")).toInt(), 2);
    const QJsonObject risk = o.value(QStringLiteral("risks")).toArray().at(0).toObject();
    for (const char* key : {"asset", "threat", "category", "likelihood", "impact", "inherent", "residual_likelihood",
             "residual_impact", "residual", "level_inherent", "level", "response", "decided", "controls"})
        QVERIFY2(risk.contains(QLatin1StringView(key)), key);
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    const QJsonObject byLevel = totals.value(QStringLiteral("by_level")).toObject();
    QCOMPARE(byLevel.size(), 4); // every band label, zero counts included
    QCOMPARE(byLevel.value(QStringLiteral("low")).toInt(), 0);
    QCOMPARE(byLevel.value(QStringLiteral("critical")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("by_category"))
                 .toObject()
                 .value(QStringLiteral("1"))
                 .toObject()
                 .value(QStringLiteral("residual"))
                 .toDouble(),
        16.25);
    QCOMPARE(totals.value(QStringLiteral("by_tier")).toObject().keys(), QStringList {QStringLiteral("mynumber")});
    QCOMPARE(assessmentToJson(assess(::workedExample()), QStringLiteral("S-K0"))
                 .value(QStringLiteral("scenario"))
                 .toString(),
        QStringLiteral("S-K0"));
}

void TestEngine::blastRadiusOnCycles()
{
    // A -> B -> C -> B (a cycle), D -> C, E alone.
    Model m;
    for (const char* id : {"A", "B", "C", "D", "E"})
        m.assets.append(asset(QString::fromLatin1(id)));
    m.dependencies
        = {dependency(QStringLiteral("A"), QStringLiteral("B")), dependency(QStringLiteral("B"), QStringLiteral("C")),
            dependency(QStringLiteral("C"), QStringLiteral("B")), dependency(QStringLiteral("D"), QStringLiteral("C"))};
    const Assessment r = assess(m);
    QCOMPARE(r.findAsset(u"A")->blastRadius, qint64(0));
    QCOMPARE(r.findAsset(u"B")->blastRadius, qint64(3)); // A, C (same component), D
    QCOMPARE(r.findAsset(u"C")->blastRadius, qint64(3)); // A, B, D
    QCOMPARE(r.findAsset(u"D")->blastRadius, qint64(0));
    QCOMPARE(r.findAsset(u"E")->blastRadius, qint64(0));
}

void TestEngine::blastRadiusMatchesBruteForce()
{
    // Random graphs with cycles, larger than one 512-asset batch, against one search per asset.
    for (unsigned seed : {1u, 2u, 3u}) {
        std::mt19937 rng(seed);
        const int n = 1300;
        Model m;
        for (int i = 0; i < n; ++i)
            m.assets.append(asset(QStringLiteral("A%1").arg(i, 5, 10, QLatin1Char('0'))));
        QSet<QPair<int, int>> seen;
        std::vector<std::vector<int>> in(static_cast<std::size_t>(n));
        for (int e = 0; e < 2 * n; ++e) {
            const int u = int(rng() % unsigned(n));
            // Mostly "downwards" with some back edges, so there are components of many sizes.
            const int v = rng() % 5 == 0 ? int(rng() % unsigned(n)) : std::min(n - 1, u + 1 + int(rng() % 20u));
            if (u == v || seen.contains({u, v}))
                continue;
            seen.insert({u, v});
            in[std::size_t(v)].push_back(u);
            m.dependencies.append(dependency(m.assets[u].id, m.assets[v].id));
        }
        const Assessment r = assess(m);
        for (int v = 0; v < n; ++v) {
            std::vector<char> mark(static_cast<std::size_t>(n), 0);
            std::vector<int> stack {v};
            mark[std::size_t(v)] = 1;
            qint64 count = 0;
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                for (const int u : in[std::size_t(x)]) {
                    if (!mark[std::size_t(u)]) {
                        mark[std::size_t(u)] = 1;
                        ++count;
                        stack.push_back(u);
                    }
                }
            }
            QCOMPARE(r.assets[v].blastRadius, count);
        }
    }
}

void TestEngine::impactMatchesRelaxation()
{
    // The least fixed point by plain relaxation (the reference's method), compared exactly.
    std::mt19937 rng(42);
    const int n = 400;
    Model m;
    for (int i = 0; i < n; ++i) {
        Asset a = asset(QStringLiteral("A%1").arg(i, 4, 10, QLatin1Char('0')));
        if (rng() % 3 == 0)
            a.impact = {double(1 + rng() % 5), double(1 + rng() % 5), double(1 + rng() % 5)};
        m.assets.append(a);
    }
    QSet<QPair<int, int>> seen;
    for (int e = 0; e < 3 * n; ++e) {
        const int u = int(rng() % unsigned(n)), v = int(rng() % unsigned(n));
        if (u == v || seen.contains({u, v}))
            continue;
        seen.insert({u, v});
        Dependency d = dependency(m.assets[u].id, m.assets[v].id, DependencyKind(rng() % 7));
        if (rng() % 2)
            d.weights = {0.5 + (rng() % 50) / 100.0, std::nullopt, (rng() % 100) / 100.0};
        m.dependencies.append(d);
    }
    std::vector<ImpactVector> imp(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < 3; ++d)
            imp[std::size_t(i)][std::size_t(d)] = m.assets[i].impact[d].value_or(1.0);
    for (bool changed = true; changed;) {
        changed = false;
        for (const Dependency& d : m.dependencies) {
            const int u = d.from.mid(1).toInt(), v = d.to.mid(1).toInt();
            for (Dimension dim : kDimensions) {
                const double c = d.weight(dim) * imp[std::size_t(u)][std::size_t(dimIndex(dim))];
                if (c > imp[std::size_t(v)][std::size_t(dimIndex(dim))]) {
                    imp[std::size_t(v)][std::size_t(dimIndex(dim))] = c;
                    changed = true;
                }
            }
        }
    }
    const Assessment r = assess(m);
    for (int i = 0; i < n; ++i)
        QCOMPARE(r.assets[i].impact, imp[std::size_t(i)]);
}

void TestEngine::findingsPathTieBreak()
{
    // X (mynumber) reaches Y (internet) over N2 or N1, both two steps: BFS visits N1 first.
    // Inserted in the "wrong" order so that input order cannot be what decides.
    Model m;
    m.assets = {asset(QStringLiteral("Y"), AssetType::Device, Tier::Internet), asset(QStringLiteral("N2")),
        asset(QStringLiteral("N1")), asset(QStringLiteral("X"), AssetType::Device, Tier::MyNumber),
        asset(QStringLiteral("X2"), AssetType::Device, Tier::MyNumber),
        asset(QStringLiteral("L"), AssetType::Device, Tier::Lgwan)};
    const auto link = [](const char* a, const char* b) {
        return dependency(QString::fromLatin1(a), QString::fromLatin1(b), DependencyKind::ConnectsVia);
    };
    m.dependencies
        = {link("Y", "N2"), link("X", "N2"), link("N1", "Y"), link("X", "N1"), link("X2", "Y"), link("L", "N2")};
    const Assessment r = assess(m);
    QCOMPARE(r.findings.size(), 3);
    // critical (mynumber, internet), high (lgwan, internet), medium (mynumber, lgwan)
    QCOMPARE(r.findings[0].severity, Severity::Critical);
    QCOMPARE(r.findings[0].first, QStringLiteral("X")); // smallest mynumber id: X < X2
    QCOMPARE(r.findings[0].second, QStringLiteral("Y"));
    QCOMPARE(r.findings[0].path, (QStringList {QStringLiteral("X"), QStringLiteral("N1"), QStringLiteral("Y")}));
    QCOMPARE(r.findings[1].severity, Severity::High);
    QCOMPARE(r.findings[1].path, (QStringList {QStringLiteral("L"), QStringLiteral("N2"), QStringLiteral("Y")}));
    QCOMPARE(r.findings[2].severity, Severity::Medium);
    QCOMPARE(r.findings[2].path, (QStringList {QStringLiteral("X"), QStringLiteral("N2"), QStringLiteral("L")}));
    QCOMPARE(r.findings[2].rule, QStringLiteral("tier-separation"));
}

void TestEngine::findingsCodePointOrder()
{
    // U+FF21 (FULLWIDTH A) is below U+1F600 by code point, above it by UTF-16 code unit.
    const QString wide = QStringLiteral("N\uFF21");
    const QString astral = QStringLiteral("N") + QString::fromUcs4(U"\U0001F600");
    Model m;
    m.assets = {asset(QStringLiteral("X"), AssetType::Device, Tier::MyNumber), asset(astral), asset(wide),
        asset(QStringLiteral("Y"), AssetType::Device, Tier::Lgwan)};
    m.dependencies = {dependency(QStringLiteral("X"), astral, DependencyKind::ConnectsVia),
        dependency(QStringLiteral("X"), wide, DependencyKind::ConnectsVia),
        dependency(astral, QStringLiteral("Y"), DependencyKind::ConnectsVia),
        dependency(wide, QStringLiteral("Y"), DependencyKind::ConnectsVia)};
    const Assessment r = assess(m);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings[0].path, (QStringList {QStringLiteral("X"), wide, QStringLiteral("Y")}));
    QCOMPARE(r.assets[1].id, astral); // assets sorted by code point: N\uFF21 before N\U0001F600
}

void TestEngine::findingsGatewaysSeparate()
{
    Model m;
    m.assets = {asset(QStringLiteral("M"), AssetType::Device, Tier::MyNumber),
        asset(QStringLiteral("G"), AssetType::Device, Tier::Lgwan, true),
        asset(QStringLiteral("I"), AssetType::Device, Tier::Internet)};
    m.dependencies = {dependency(QStringLiteral("M"), QStringLiteral("G"), DependencyKind::ConnectsVia),
        dependency(QStringLiteral("I"), QStringLiteral("G"), DependencyKind::ConnectsVia),
        dependency(QStringLiteral("M"), QStringLiteral("I"), DependencyKind::RunsOn)}; // not a network link
    // Only the hosting of M on I (3.8, v1.1): runs_on joins no network component.
    const Assessment gated = assess(m);
    QCOMPARE(gated.findings.size(), 1);
    QCOMPARE(gated.findings[0].rule, QStringLiteral("tier-hosting"));
    m.assets[1].gateway = false;
    const Assessment r = assess(m);
    QCOMPARE(r.findings.size(), 4); // G is lgwan: every pair of tiers now meets, and the hosting stays
    // Same severity and assets (M, I): the rule decides, "tier-hosting" before "tier-separation".
    QCOMPARE(r.findings[0].rule, QStringLiteral("tier-hosting"));
    QCOMPARE(r.findings[1].rule, QStringLiteral("tier-separation"));
    QCOMPARE(r.findings[1].path, (QStringList {QStringLiteral("M"), QStringLiteral("G"), QStringLiteral("I")}));
}

void TestEngine::findingsHostingAcrossTiers()
{
    // A system of the LGWAN tier runs on a host of the My Number tier: they share its hypervisor.
    Model m;
    m.assets = {asset(QStringLiteral("SYS"), AssetType::System, Tier::Lgwan),
        asset(QStringLiteral("HOST"), AssetType::Device, Tier::MyNumber),
        asset(QStringLiteral("WEB"), AssetType::System, Tier::Internet),
        asset(QStringLiteral("PLAIN"), AssetType::System, Tier::None)};
    m.dependencies = {dependency(QStringLiteral("SYS"), QStringLiteral("HOST"), DependencyKind::RunsOn),
        dependency(QStringLiteral("WEB"), QStringLiteral("HOST"), DependencyKind::RunsOn),
        dependency(QStringLiteral("PLAIN"), QStringLiteral("HOST"), DependencyKind::RunsOn), // no tier: no finding
        dependency(QStringLiteral("SYS"), QStringLiteral("WEB"), DependencyKind::ProcessedBy)}; // not hosting
    Assessment r = assess(m);
    QCOMPARE(r.findings.size(), 2);
    // critical (mynumber, internet) first; the tiers in the table's order, the assets system first.
    QCOMPARE(r.findings[0].severity, Severity::Critical);
    QCOMPARE(r.findings[0].firstTier, Tier::MyNumber);
    QCOMPARE(r.findings[0].secondTier, Tier::Internet);
    QCOMPARE(r.findings[0].first, QStringLiteral("WEB"));
    QCOMPARE(r.findings[0].second, QStringLiteral("HOST"));
    QCOMPARE(r.findings[0].path, (QStringList {QStringLiteral("WEB"), QStringLiteral("HOST")}));
    QCOMPARE(r.findings[1].severity, Severity::Medium);
    QCOMPARE(r.findings[1].first, QStringLiteral("SYS"));
    QCOMPARE(r.findings[1].rule, QStringLiteral("tier-hosting"));
    // A gateway host (the sanitizing server between tiers) is where tiers are meant to meet.
    m.assets[1].gateway = true;
    QVERIFY(assess(m).findings.isEmpty());
    // Same tier: nothing to report; and the incremental engine follows a tier change.
    m.assets[1].gateway = false;
    m.assets[1].tier = Tier::Lgwan;
    r = assess(m);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings[0].first, QStringLiteral("WEB"));
    QCOMPARE(r.findings[0].severity, Severity::High);
    IncrementalEngine engine(m);
    Asset host = m.assets[1];
    host.tier = Tier::MyNumber;
    engine.updateAsset(host);
    QCOMPARE(engine.assessment().findings.size(), 2);
    engine.removeDependency(QStringLiteral("WEB"), QStringLiteral("HOST"), DependencyKind::RunsOn);
    QCOMPARE(engine.assessment().findings.size(), 1);
    QCOMPARE(engine.assessment().findings[0].first, QStringLiteral("SYS"));
}

void TestEngine::requiresChains()
{
    const Model m = readModel(model(R"(
        "assets": [{"id": "A", "name": "A", "type": "system"}],
        "threats": [{"id": "T", "category": 1, "name": "T", "likelihood": 5, "dimensions": ["C"]}],
        "controls": [
          {"id": "K1", "group": 1, "name": "K1", "status": "implemented", "effectiveness": 0.8,
           "mitigates": ["T"], "requires": ["K2", "K3"]},
          {"id": "K2", "group": 1, "name": "K2", "status": "implemented", "requires": ["K4"]},
          {"id": "K3", "group": 1, "name": "K3", "status": "partial"},
          {"id": "K4", "group": 1, "name": "K4", "status": "partial"},
          {"id": "K5", "group": 1, "name": "K5", "status": "planned", "mitigates": [{"category": 1}]}])"));
    const Assessment r = assess(m);
    QCOMPARE(r.controls[0].readiness, 0.25); // 1 * (1 * 0.5) * 0.5
    QCOMPARE(r.controls[0].strength, 0.2);
    QCOMPARE(r.controls[1].readiness, 0.5);
    QCOMPARE(r.controls[4].readiness, 0.0);
    const RiskResult& risk = r.risks.first();
    QCOMPARE(risk.controls, (QStringList {QStringLiteral("K1"), QStringLiteral("K5")})); // planned still applies
    QVERIFY(near(risk.residualLikelihood, 1 + 4 * (1 - 0.8 * 0.25) * (1 - 0.5 * 0)));
}

void TestEngine::requiresCycleDoesNotCrash()
{
    // Validation refuses this; the engine must still terminate and say where the cycle is.
    Model m;
    m.assets = {asset(QStringLiteral("A"))};
    Control a, b;
    a.id = QStringLiteral("KA");
    a.status = ControlStatus::Implemented;
    a.requires_ = {QStringLiteral("KB")};
    b.id = QStringLiteral("KB");
    b.status = ControlStatus::Implemented;
    b.requires_ = {QStringLiteral("KA")};
    m.controls = {a, b};
    const Assessment r = assess(m);
    QVERIFY(!r.ok());
    QVERIFY(r.errors.first().where.startsWith(QStringLiteral("/controls/")));
    QVERIFY(r.errors.first().what.contains(QStringLiteral("KA")));
}

/// RISK-MODEL.md 3.4 worked by hand: K (implemented, effectiveness 0.5, requires K0) and K0
/// (partial), with statuses of their own for two departments; four systems of likelihood 4 and
/// impact 5 (inherent 20), each owned differently.
QByteArray unitModel()
{
    return model(R"(
        "org_units": [{"id": "DEP-KUMIN", "name": {"ja": "区民課", "en": "Residents"}},
                      {"id": "DEP-TAX", "name": "税務課"}, {"id": "DEP-SOMU", "name": "総務課"}],
        "assets": [{"id": "A-KUMIN", "name": "A", "type": "system", "owner": "DEP-KUMIN", "impact": {"C": 5}},
                   {"id": "A-NONE", "name": "A", "type": "system", "impact": {"C": 5}},
                   {"id": "A-SOMU", "name": "A", "type": "system", "owner": "DEP-SOMU", "impact": {"C": 5}},
                   {"id": "A-TAX", "name": "A", "type": "system", "owner": "DEP-TAX", "impact": {"C": 5}}],
        "threats": [{"id": "T", "category": 1, "name": "T", "likelihood": 4, "dimensions": ["C", "I"]}],
        "controls": [
          {"id": "K", "group": 6, "name": "K", "status": "implemented", "effectiveness": 0.5,
           "mitigates": [{"category": 1}], "requires": ["K0"], "status_by_unit": {"DEP-TAX": "partial"}},
          {"id": "K0", "group": 1, "name": "K0", "status": "partial",
           "status_by_unit": {"DEP-KUMIN": "none", "DEP-TAX": "partial"}}])");
}

void TestEngine::readinessByUnit()
{
    const Assessment r = assess(readModel(unitModel()));
    QVERIFY(r.ok());
    // The controls' own readiness, whatever the units say: g(K) = 1 * 0.5, g(K0) = 0.5.
    QCOMPARE(r.controls[0].readiness, 0.5);
    QCOMPARE(r.controls[0].strength, 0.25);
    QCOMPARE(r.controls[1].readiness, 0.5);
    const auto residual = [&](const char* asset) {
        const RiskResult* risk = r.findRisk(QString::fromLatin1(asset), QStringLiteral("T"));
        return risk ? risk->residual : -1.0;
    };
    // 区民課: g(K, KUMIN) = f(implemented) * g(K0, KUMIN) = 1 * 0 = 0, so mL = 1: residual = inherent 20.
    QCOMPARE(residual("A-KUMIN"), 20.0);
    // 税務課: g(K, TAX) = 0.5 * 0.5 = 0.25; mL = 1 - 0.5 * 0.25 = 0.875; L_res = 1 + 3 * 0.875 = 3.625.
    QCOMPARE(residual("A-TAX"), 18.125);
    // 総務課 has no status of its own anywhere, the owner-less asset has no unit: both use g(K) = 0.5,
    // mL = 0.75, L_res = 3.25, residual 16.25 (the worked example's).
    QCOMPARE(residual("A-SOMU"), 16.25);
    QCOMPARE(residual("A-NONE"), 16.25);
    QCOMPARE(r.totals.residual, 20.0 + 18.125 + 16.25 + 16.25);
    QCOMPARE(r.totals.aboveAppetite, qint64(4));
}

void TestEngine::statusByUnitJson()
{
    // Read, written and read again unchanged.
    const Model m = readModel(unitModel());
    QCOMPARE(m.controls[1].statusByUnit.size(), 2);
    QCOMPARE(m.controls[1].statusFor(QStringLiteral("DEP-KUMIN")), ControlStatus::None);
    QCOMPARE(m.controls[1].statusFor(QStringLiteral("DEP-SOMU")), ControlStatus::Partial);
    const QJsonObject k0 = JsonFormat::toJson(m).value(QStringLiteral("controls")).toArray()[1].toObject();
    QCOMPARE(k0.value(QStringLiteral("status_by_unit")).toObject(),
        (QJsonObject {{QStringLiteral("DEP-KUMIN"), QStringLiteral("none")},
            {QStringLiteral("DEP-TAX"), QStringLiteral("partial")}}));
    QVERIFY(readModel(QJsonDocument(JsonFormat::toJson(m)).toJson()) == m);

    // An unknown status key, and a map that is not an object: each named by its JSON pointer.
    QByteArray bad = unitModel();
    bad.replace(R"("DEP-KUMIN": "none")", R"("DEP-KUMIN": "done")");
    JsonFormat::ReadResult r = JsonFormat::read(bad, QStringLiteral("old.json"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].file, QStringLiteral("old.json"));
    QCOMPARE(r.errors[0].where, QStringLiteral("/controls/1/status_by_unit/DEP-KUMIN"));
    QVERIFY(r.errors[0].what.contains(QStringLiteral("done")));
    bad = unitModel();
    bad.replace(R"("status_by_unit": {"DEP-TAX": "partial"})", R"("status_by_unit": ["partial"])");
    r = JsonFormat::read(bad, QStringLiteral("old.json"));
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].where, QStringLiteral("/controls/0/status_by_unit"));
}

void TestEngine::explainNamesTheUnit()
{
    const Model m = readModel(unitModel());
    const ExplainResult tax = explain(m, QStringLiteral("A-TAX"), QStringLiteral("T"));
    QVERIFY(tax.ok());
    const ControlExplanation& k = tax.explanation->controls[0];
    QCOMPARE(tax.explanation->owner, QStringLiteral("DEP-TAX"));
    QCOMPARE(k.unit, QStringLiteral("DEP-TAX"));
    QCOMPARE(k.status, ControlStatus::Partial);
    QCOMPARE(k.statusFactor, 0.5);
    QCOMPARE(k.readiness, 0.25);
    QCOMPARE(k.factor, 0.875);
    QCOMPARE(k.requires_[0].unit, QStringLiteral("DEP-TAX"));
    QCOMPARE(k.requires_[0].readiness, 0.5);
    QCOMPARE(tax.explanation->likelihoodMultiplier, 0.875);
    QCOMPARE(tax.explanation->residual, 18.125);
    QVERIFY(explanationToText(*tax.explanation).contains(QStringLiteral("status of DEP-TAX: partial")));
    const QJsonObject json = explanationToJson(*tax.explanation);
    QCOMPARE(json.value(QStringLiteral("controls")).toArray()[0].toObject().value(QStringLiteral("status_unit")),
        QJsonValue(QStringLiteral("DEP-TAX")));

    // 区民課 has no status of its own for K, but has one for K0: K's own status, K0's of the unit.
    const ExplainResult kumin = explain(m, QStringLiteral("A-KUMIN"), QStringLiteral("T"));
    const ControlExplanation& kk = kumin.explanation->controls[0];
    QVERIFY(kk.unit.isEmpty());
    QVERIFY(kk.hasUnitStatuses);
    QCOMPARE(kk.status, ControlStatus::Implemented);
    QCOMPARE(kk.readiness, 0.0);
    QCOMPARE(kk.requires_[0].unit, QStringLiteral("DEP-KUMIN"));
    QCOMPARE(kk.requires_[0].status, ControlStatus::None);
    QVERIFY(explanationToText(*kumin.explanation).contains(QStringLiteral("K0 (status of DEP-KUMIN: none")));

    // Without an owner: the controls' own statuses.
    const ExplainResult none = explain(m, QStringLiteral("A-NONE"), QStringLiteral("T"));
    QVERIFY(none.explanation->controls[0].unit.isEmpty());
    QCOMPARE(none.explanation->controls[0].readiness, 0.5);
    QVERIFY(explanationToJson(*none.explanation).value(QStringLiteral("owner")).isNull());
}

void TestEngine::threatEntryWinsOverCategory()
{
    const Model m = readModel(model(R"(
        "assets": [{"id": "A", "name": "A", "type": "system"}],
        "threats": [{"id": "T1", "category": 1, "name": "T1", "likelihood": 5, "dimensions": ["C"]},
                    {"id": "T2", "category": 1, "name": "T2", "likelihood": 5, "dimensions": ["C"]},
                    {"id": "T3", "category": 2, "name": "T3", "likelihood": 5, "dimensions": ["C"]}],
        "controls": [
          {"id": "K", "group": 6, "name": "K", "status": "implemented", "effectiveness": 0.3,
           "mitigates": [{"category": 1, "reduction": 0.2}, {"threat": "T1", "reduction": 0.7}, "T3"]},
          {"id": "L", "group": 6, "name": "L", "status": "implemented", "effect": "impact",
           "mitigates": [{"category": 2}], "scope": {"types": ["device"]}}])"));
    const Assessment r = assess(m);
    QCOMPARE(r.risks.size(), 3);
    QVERIFY(near(r.risks[0].residualLikelihood, 1 + 4 * 0.3)); // T1: the threat entry's 0.7
    QVERIFY(near(r.risks[1].residualLikelihood, 1 + 4 * 0.8)); // T2: the category entry's 0.2
    QVERIFY(near(r.risks[2].residualLikelihood, 1 + 4 * 0.7)); // T3: bare id, effectiveness 0.3
    QCOMPARE(r.risks[2].controls, QStringList {QStringLiteral("K")}); // L is out of scope (device only)
    QCOMPARE(r.risks[2].residualImpact, 1.0);
}

void TestEngine::exposuresAndExclusions()
{
    const Model m = readModel(model(R"(
        "assets": [{"id": "A", "name": "A", "type": "system"}, {"id": "B", "name": "B", "type": "media",
                    "tier": "lgwan", "impact": {"I": 3}}],
        "threats": [{"id": "T", "category": 2, "name": "T", "dimensions": ["I"], "applies_to": {"types": ["system"]}},
                    {"id": "U", "category": 3, "name": "U", "likelihood": 2, "dimensions": ["I"],
                     "applies_to": {"types": ["system", "media"], "tiers": ["lgwan"]}}],
        "exposures": [{"asset": "A", "threat": "T", "excluded": true},
                      {"asset": "B", "threat": "T", "likelihood": 5},
                      {"asset": "A", "threat": "U"}],
        "responses": [{"asset": "B", "threat": "U", "response": "avoid"}])"));
    const Assessment r = assess(m);
    QCOMPARE(r.risks.size(), 3);
    QVERIFY(!r.findRisk(u"A", u"T")); // matched by applies_to, removed by the excluded entry
    QCOMPARE(r.findRisk(u"A", u"U")->likelihood, 2.0); // added by an entry without likelihood: the threat's
    QCOMPARE(r.findRisk(u"B", u"T")->likelihood, 5.0); // added by an entry with its own likelihood
    QCOMPARE(r.findRisk(u"B", u"T")->impact, 3.0);
    QCOMPARE(r.findRisk(u"B", u"U")->response, ResponseKind::Avoid); // B is lgwan media: U applies
    QVERIFY(r.findRisk(u"B", u"U")->decided);
    QCOMPARE(r.findRisk(u"B", u"T")->category, 2);
}

void TestEngine::levelsAndResponses()
{
    // Values exactly on a bound belong to that band; residual exactly at the appetite is accepted.
    const Model m = readModel(model(R"(
        "settings": {"appetite": 4},
        "assets": [{"id": "A", "name": "A", "type": "system", "impact": {"C": 4}},
                   {"id": "B", "name": "B", "type": "system", "impact": {"C": 4.5}}],
        "threats": [{"id": "T", "category": 1, "name": "T", "likelihood": 1, "dimensions": ["C"]},
                    {"id": "U", "category": 1, "name": "U", "likelihood": 4, "dimensions": ["C"]}],
        "responses": [{"asset": "B", "threat": "U", "response": "accept"}])"));
    const Assessment r = assess(m);
    const RiskResult* at = r.findRisk(u"A", u"T");
    QCOMPARE(at->residual, 4.0);
    QCOMPARE(r.levelLabel(at->level), QStringLiteral("low"));
    QCOMPARE(at->response, ResponseKind::Accept);
    QCOMPARE(r.levelLabel(r.findRisk(u"A", u"U")->level), QStringLiteral("high")); // 16: on the bound
    QCOMPARE(r.findRisk(u"A", u"U")->response, ResponseKind::Mitigate);
    QCOMPARE(r.levelLabel(r.findRisk(u"B", u"U")->level), QStringLiteral("critical")); // 18
    QCOMPARE(r.findRisk(u"B", u"U")->response, ResponseKind::Accept); // decided stands
    QCOMPARE(r.totals.aboveAppetite, qint64(3));
}

void TestEngine::totalsByLevelCategoryTier()
{
    const Model m = readModel(model(R"(
        "settings": {"bands": [[4, "低"], [9, "中"], [25, "高"]]},
        "assets": [{"id": "A", "name": "A", "type": "system", "tier": "lgwan", "impact": {"C": 2}},
                   {"id": "B", "name": "B", "type": "system", "impact": {"C": 5}}],
        "threats": [{"id": "T", "category": 4, "name": "T", "likelihood": 2, "dimensions": ["C"]},
                    {"id": "U", "category": 5, "name": "U", "likelihood": 5, "dimensions": ["C"]}])"));
    const Assessment r = assess(m);
    QCOMPARE(r.levelCounts(),
        (QList<std::pair<QString, qint64>> {
            {QStringLiteral("低"), 1}, {QStringLiteral("中"), 0}, {QStringLiteral("高"), 3}}));
    QCOMPARE(r.totals.byCategory[3].count, qint64(2));
    QCOMPARE(r.totals.byCategory[3].inherent, 4.0 + 10.0);
    QCOMPARE(r.totals.byCategory[4].residual, 10.0 + 25.0);
    QCOMPARE(r.totals.byCategory[0].count, qint64(0));
    QCOMPARE(r.totals.byTier[int(Tier::Lgwan)].count, qint64(2));
    QCOMPARE(r.totals.byTier[int(Tier::None)].inherent, 10.0 + 25.0);
    QCOMPARE(r.totals.inherent, 4.0 + 10.0 + 10.0 + 25.0);
    const QJsonObject byCategory = assessmentToJson(r)
                                       .value(QStringLiteral("totals"))
                                       .toObject()
                                       .value(QStringLiteral("by_category"))
                                       .toObject();
    QCOMPARE(byCategory.keys(), (QStringList {QStringLiteral("4"), QStringLiteral("5")}));
}

void TestEngine::scenarioOps()
{
    const Model base = readModel(model(R"(
        "assets": [{"id": "A", "name": "A", "type": "system", "impact": {"C": 3}},
                   {"id": "B", "name": "B", "type": "device"}],
        "dependencies": [{"from": "A", "to": "B", "kind": "runs_on"}],
        "threats": [{"id": "T", "category": 1, "name": "T", "likelihood": 3, "dimensions": ["C"]}],
        "exposures": [{"asset": "B", "threat": "T", "likelihood": 5}],
        "responses": [{"asset": "A", "threat": "T", "response": "transfer"}],
        "controls": [{"id": "K", "group": 6, "name": "K", "status": "none", "mitigates": ["T"],
                      "scope": {"assets": ["A", "B"]}},
                     {"id": "K2", "group": 6, "name": "K2", "status": "implemented", "requires": ["K"],
                      "mitigates": [{"category": 1, "reduction": 0.5}]}],
        "scenarios": [
          {"id": "S-SET", "changes": [
            {"op": "set", "entity": "asset", "id": "A", "field": "impact", "value": {"C": 5}},
            {"op": "set", "entity": "threat", "id": "T", "field": "likelihood", "value": 4},
            {"op": "set", "entity": "control", "id": "K", "field": "status", "value": "implemented"},
            {"op": "set", "entity": "setting", "field": "appetite", "value": 20}]},
          {"id": "S-ADD", "changes": [
            {"op": "add", "entity": "asset", "value": {"id": "C", "name": "C", "type": "system"}},
            {"op": "add", "entity": "dependency",
             "value": {"from": "C", "to": "B", "kind": "runs_on", "weights": {"C": 0.5}}},
            {"op": "add", "entity": "threat", "value": {"id": "U", "category": 2, "name": "U", "dimensions": ["A"]}},
            {"op": "add", "entity": "control", "value": {"id": "K3", "group": 2, "name": "K3", "status": "implemented",
                                                         "effectiveness": 1, "mitigates": ["U"], "effect": "impact"}},
            {"op": "add", "entity": "exposure", "value": {"asset": "A", "threat": "U", "excluded": true}},
            {"op": "add", "entity": "response", "value": {"asset": "C", "threat": "T", "response": "avoid"}}]},
          {"id": "S-REMOVE", "changes": [
            {"op": "remove", "entity": "dependency", "from": "A", "to": "B", "kind": "runs_on"},
            {"op": "remove", "entity": "exposure", "asset": "B", "threat": "T"},
            {"op": "remove", "entity": "response", "asset": "A", "threat": "T"},
            {"op": "remove", "entity": "control", "id": "K"}]},
          {"id": "S-GONE", "base": "S-ADD", "changes": [
            {"op": "remove", "entity": "asset", "id": "A"},
            {"op": "remove", "entity": "threat", "id": "U"}]}])"));
    const Assessment b = assess(base);
    QCOMPARE(b.findRisk(u"B", u"T")->impact, 3.0); // inherited from A
    QCOMPARE(b.findRisk(u"B", u"T")->likelihood, 5.0);

    const Assessment set = assess(resolveScenario(base, QStringLiteral("S-SET")).model);
    QCOMPARE(set.findRisk(u"A", u"T")->impact, 5.0);
    QCOMPARE(set.findRisk(u"B", u"T")->impact, 5.0);
    QCOMPARE(set.findRisk(u"A", u"T")->likelihood, 4.0);
    QCOMPARE(set.controls[1].readiness, 1.0); // K2 requires K, now implemented
    QCOMPARE(set.findRisk(u"B", u"T")->response, ResponseKind::Accept); // appetite 20
    QCOMPARE(b.findRisk(u"B", u"T")->impact, 3.0); // the baseline is untouched

    const Assessment add = assess(resolveScenario(base, QStringLiteral("S-ADD")).model);
    QCOMPARE(add.assets.size(), 3);
    QCOMPARE(add.findAsset(u"B")->blastRadius, qint64(2));
    QVERIFY(!add.findRisk(u"A", u"U")); // added threat applies everywhere, the added exposure excludes A
    QCOMPARE(add.findRisk(u"B", u"U")->controls, QStringList {QStringLiteral("K3")});
    QCOMPARE(add.findRisk(u"B", u"U")->residualImpact, 1.0);
    QCOMPARE(add.findRisk(u"C", u"T")->response, ResponseKind::Avoid);

    const Assessment removed = assess(resolveScenario(base, QStringLiteral("S-REMOVE")).model);
    QCOMPARE(removed.findRisk(u"B", u"T")->impact, 1.0);
    QCOMPARE(removed.findRisk(u"B", u"T")->likelihood, 3.0);
    QVERIFY(!removed.findRisk(u"A", u"T")->decided);
    QCOMPARE(removed.controls.size(), 1);
    QCOMPARE(removed.controls[0].readiness, 1.0); // K2 no longer requires the removed K

    const ResolvedScenario gone = resolveScenario(base, QStringLiteral("S-GONE"));
    QVERIFY(gone.ok());
    const Assessment g = assess(gone.model);
    QVERIFY(!g.findAsset(u"A"));
    QVERIFY(!g.findRisk(u"B", u"U"));
    QCOMPARE(g.findRisk(u"B", u"T")->impact, 1.0); // C runs on B but has impact 1; A is gone

    const ResolvedScenario unknown = resolveScenario(base, QStringLiteral("S-NONE"));
    QVERIFY(!unknown.ok());
}

void TestEngine::diffOneSidedAndFindings()
{
    Model base;
    base.assets = {asset(QStringLiteral("M"), AssetType::System, Tier::MyNumber),
        asset(QStringLiteral("I"), AssetType::System, Tier::Internet)};
    Threat t;
    t.id = QStringLiteral("T");
    t.name = LocalizedText::plain(t.id);
    t.dimensions.insert(Dimension::C);
    t.appliesTo.tiers = {Tier::MyNumber};
    base.threats = {t};
    Model scenario = base;
    scenario.threats[0].appliesTo.tiers = {Tier::Internet};
    scenario.dependencies = {dependency(QStringLiteral("M"), QStringLiteral("I"), DependencyKind::ConnectsVia)};
    const AssessmentDiff d = diff(assess(base), assess(scenario));
    QCOMPARE(d.risks.size(), 2);
    QCOMPARE(d.risks[0].asset, QStringLiteral("I"));
    QVERIFY(!d.risks[0].baseResidual && d.risks[0].scenarioResidual && !d.risks[0].delta());
    QVERIFY(d.risks[1].baseResidual && !d.risks[1].scenarioResidual);
    QCOMPARE(d.findingsAdded.size(), 1);
    QVERIFY(d.findingsRemoved.isEmpty());
    const QJsonObject row
        = diffToJson(d, {}, QStringLiteral("S")).value(QStringLiteral("risks")).toArray()[0].toObject();
    QVERIFY(row.value(QStringLiteral("base_residual")).isNull());
    QVERIFY(row.value(QStringLiteral("delta")).isNull());
    QCOMPARE(diff(assess(scenario), assess(base)).findingsRemoved.size(), 1);
}

void TestEngine::explainChainAndControls()
{
    Model m = ::workedExample();
    Threat fire;
    fire.id = QStringLiteral("F");
    fire.category = 3;
    fire.name = LocalizedText::plain(fire.id);
    fire.likelihood = 2;
    fire.dimensions.insert(Dimension::I);
    fire.dimensions.insert(Dimension::A);
    fire.appliesTo.types = {AssetType::Facility};
    m.threats.append(fire);
    const ExplainResult r = explain(m, QStringLiteral("R"), QStringLiteral("F"));
    QVERIFY(r.ok());
    const Explanation& x = *r.explanation;
    QCOMPARE(x.impact, 4.0);
    QCOMPARE(x.impactDimension, Dimension::I);
    QCOMPARE(x.dimensions.size(), 2);
    const DimensionExplanation& i = x.dimensions[0];
    QCOMPARE(i.source, QStringLiteral("S"));
    QCOMPARE(i.own.kind, OwnImpactSource::Kind::Explicit);
    QCOMPARE(i.steps.size(), 2); // S -> H (runs_on), H -> R (located_in)
    QCOMPARE(i.steps[0].from, QStringLiteral("S"));
    QCOMPARE(i.steps[0].kind, DependencyKind::RunsOn);
    QCOMPARE(i.steps[1].to, QStringLiteral("R"));
    QCOMPARE(i.steps[1].value, 4.0);
    QVERIFY(x.controls.isEmpty()); // K mitigates category 1 only
    QCOMPARE(x.residual, 8.0);

    const ExplainResult s = explain(m, QStringLiteral("S"), QStringLiteral("T"));
    QVERIFY(s.ok());
    QCOMPARE(s.explanation->controls.size(), 1);
    const ControlExplanation& k = s.explanation->controls[0];
    QVERIFY(!k.byThreat);
    QVERIFY(k.reductionDefaulted);
    QCOMPARE(k.readiness, 0.5);
    QCOMPARE(k.factor, 0.75);
    QCOMPARE(k.requires_.size(), std::size_t(1));
    QCOMPARE(k.requires_[0].control, QStringLiteral("K0"));
    QCOMPARE(s.explanation->level, QStringLiteral("critical"));
    QVERIFY(explanationToText(*s.explanation).contains(QStringLiteral("K0")));
    QCOMPARE(explanationToJson(*s.explanation).value(QStringLiteral("residual")).toDouble(), 16.25);

    QVERIFY(!explain(m, QStringLiteral("H"), QStringLiteral("T")).ok()); // not exposed
    QVERIFY(!explain(m, QStringLiteral("nope"), QStringLiteral("T")).ok());
}

void TestEngine::emptyAndDanglingInput()
{
    QVERIFY(assess(Model {}).risks.isEmpty());
    // References that validation would refuse are skipped, not followed.
    Model m;
    m.assets = {asset(QStringLiteral("A")), asset(QStringLiteral("A"))};
    m.dependencies = {dependency(QStringLiteral("A"), QStringLiteral("missing")),
        dependency(QStringLiteral("A"), QStringLiteral("A"))};
    m.exposures = {{QStringLiteral("missing"), QStringLiteral("T"), 3.0, false, {}}};
    m.settings.bands.clear();
    const Assessment r = assess(m);
    QCOMPARE(r.assets.size(), 1);
    QCOMPARE(r.assets[0].blastRadius, qint64(0));
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
