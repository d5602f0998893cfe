// The engine against the independent reference implementation (../shared/reference/risk_reference.py,
// Python and NetworkX) on generated wards of several sizes and seeds, with dependency cycles,
// misconnected tiers and every field of the format: the baseline and every scenario assessed, every
// scenario diffed. Every number must agree within 1e-6 and every list exactly (RISK-MODEL.md 4).
//
// The reference is found through the MAMORI_REFERENCE environment variable or, by default, beside the
// repository (MAMORI_REFERENCE_DIR). It runs on the Python CMake found (find_package(Python3)), in
// UTF-8 mode. Without that Python, NetworkX or the script the test is skipped.
// The slow reference runs two at a time in the background while the engine side is checked.

#include "TestSupport.h"

#include "ModelFile.h"
#include "Scenarios.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Diff.h"
#include "engine/Plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace mamori;

namespace {

struct Case {
    int assets;
    int seed;
    QString model;
    QString referenceOutput;
    QString against; ///< another generated ward of the same size, standing for last year's file
    std::unique_ptr<QProcess> process;
    bool started = false;
};

QString referenceScript()
{
    const QString fromEnv = qEnvironmentVariable("MAMORI_REFERENCE");
    return fromEnv.isEmpty() ? QStringLiteral(MAMORI_REFERENCE_DIR "/risk_reference.py") : fromEnv;
}

/// Up to `limit` differences, each with its JSON path: numbers within 1e-6 (relative above 1, as
/// totals are sums of many doubles), everything else exactly, arrays in the same order.
void compareJson(const QJsonValue& a, const QJsonValue& b, const QString& path, QStringList& out)
{
    if (out.size() >= 10)
        return;
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        if (std::abs(x - y) > 1e-6 * std::max({1.0, std::abs(x), std::abs(y)}))
            out.append(QStringLiteral("%1: %2 != %3").arg(path).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17));
        return;
    }
    if (a.type() != b.type()) {
        out.append(QStringLiteral("%1: types differ (%2 / %3)")
                       .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {a}).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(QJsonArray {b}).toJson(QJsonDocument::Compact))));
        return;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& k : keys) {
            if (!x.contains(k) || !y.contains(k))
                out.append(QStringLiteral("%1/%2: only in the %3")
                               .arg(path, k, x.contains(k) ? QStringLiteral("engine") : QStringLiteral("reference")));
            else
                compareJson(x.value(k), y.value(k), path + QLatin1Char('/') + k, out);
        }
    } else if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            out.append(QStringLiteral("%1: %2 items != %3 items").arg(path).arg(x.size()).arg(y.size()));
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i)
            compareJson(x[i], y[i], path + QLatin1Char('/') + QString::number(i), out);
    } else if (a != b) {
        out.append(QStringLiteral("%1: %2 != %3").arg(path, a.toVariant().toString(), b.toVariant().toString()));
    }
}

/// The optimizer's JSON without what Mamori adds to section 8 (the explanation, the floor, the count).
QJsonObject withoutEngineExtras(QJsonObject o)
{
    for (const char* key : {"explanation", "residual_floor", "sets_assessed"})
        o.remove(QLatin1StringView(key));
    return o;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs mamori-cli or, for any other `program`, the build's Python in UTF-8 mode.
Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    if (program != QLatin1StringView(MAMORI_CLI_PATH))
        mamori::test::usePython(p);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

} // namespace

class TestEngineReference : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceCommandLine();
    void generatedWards_data();
    void generatedWards();
    void generatorIsDeterministic();

private:
    void pump();
    bool waitFor(Case& c);

    QTemporaryDir m_dir;
    QString m_python;
    QString m_reference;
    std::vector<std::unique_ptr<Case>> m_cases;
};

void TestEngineReference::initTestCase()
{
    m_python = mamori::test::python();
    if (m_python.isEmpty())
        QSKIP("the Python that CMake found (find_package(Python3)) is not there");
    m_reference = referenceScript();
    if (!QFile::exists(m_reference))
        QSKIP(qPrintable(QStringLiteral("the reference %1 is missing (set MAMORI_REFERENCE)").arg(m_reference)));
    if (run(m_python, {QStringLiteral("-c"), QStringLiteral("import networkx")}).code != 0)
        QSKIP("NetworkX is not installed for the Python CMake found (pip install networkx)");
    QVERIFY(m_dir.isValid());

    // Three seeds for the small sizes, one for the large (the generator's settings variants follow
    // seed % 4, so all four appear), to keep the whole test near half a minute on two cores.
    const std::pair<int, int> cases[] = {{50, 1}, {50, 2}, {50, 3}, {300, 4}, {300, 5}, {300, 6}, {1000, 7}};
    for (const auto& [assets, seed] : cases) {
        auto c = std::make_unique<Case>();
        c->assets = assets;
        c->seed = seed;
        c->model = m_dir.filePath(QStringLiteral("ward-%1-%2.json").arg(assets).arg(seed));
        c->referenceOutput = m_dir.filePath(QStringLiteral("reference-%1-%2.json").arg(assets).arg(seed));
        const Run g = run(QStringLiteral(MAMORI_CLI_PATH),
            {QStringLiteral("generate"), QStringLiteral("--assets"), QString::number(assets), QStringLiteral("--seed"),
                QString::number(seed), QStringLiteral("-o"), c->model});
        QVERIFY2(g.code == 0, g.err.constData());
        c->process = std::make_unique<QProcess>();
        mamori::test::usePython(*c->process);
        QStringList arguments {
            QStringLiteral(MAMORI_SOURCE_DIR "/tests/reference_driver.py"), m_reference, c->model, c->referenceOutput};
        // Last year's file (RISK-MODEL.md 5): the ward of the same size and the seed before, if generated.
        if (!m_cases.empty() && m_cases.back()->assets == assets) {
            c->against = m_cases.back()->model;
            arguments.append(c->against);
        }
        c->process->setArguments(arguments);
        c->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_cases.push_back(std::move(c));
    }
    pump();
}

void TestEngineReference::pump()
{
    int running = 0;
    for (const auto& c : m_cases)
        running += c->started && c->process->state() != QProcess::NotRunning ? 1 : 0;
    for (const auto& c : m_cases) {
        if (running >= 2)
            break;
        if (!c->started) {
            c->process->start();
            c->started = true;
            ++running;
        }
    }
}

bool TestEngineReference::waitFor(Case& c)
{
    for (;;) {
        pump();
        if (c.started && c.process->waitForFinished(100))
            break;
        if (c.started && c.process->state() == QProcess::NotRunning)
            break;
    }
    pump(); // start the next one before this row's comparison
    return c.process->exitStatus() == QProcess::NormalExit && c.process->exitCode() == 0;
}

void TestEngineReference::referenceCommandLine()
{
    // The reference's own command line, as a user runs it, on the worked example and the sample's plan.
    const QString example = QStringLiteral(MAMORI_TEST_DATA "/worked-example.json");
    const QString sample = QStringLiteral(MAMORI_SOURCE_DIR "/resources/sample/sample-ward.json");
    const struct {
        QStringList reference;
        QStringList engine;
    } runs[] = {{{QStringLiteral("assess"), example}, {QStringLiteral("assess"), example, QStringLiteral("--json")}},
        {{QStringLiteral("assess"), example, QStringLiteral("--scenario"), QStringLiteral("S-K0")},
            {QStringLiteral("assess"), example, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
                QStringLiteral("--json")}},
        {{QStringLiteral("diff"), example, QStringLiteral("--scenario"), QStringLiteral("S-K0")},
            {QStringLiteral("diff"), example, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
                QStringLiteral("--json")}},
        {{QStringLiteral("plan"), sample}, {QStringLiteral("plan"), sample, QStringLiteral("--json")}}};
    for (const auto& r : runs) {
        const Run ref = run(m_python, QStringList {m_reference} + r.reference);
        QVERIFY2(ref.code == 0, ref.err.constData());
        const Run eng = run(QStringLiteral(MAMORI_CLI_PATH), r.engine);
        QVERIFY2(eng.code == 0, eng.err.constData());
        QStringList differences;
        compareJson(QJsonDocument::fromJson(eng.out).object(), QJsonDocument::fromJson(ref.out).object(), QString(),
            differences);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    }
}

void TestEngineReference::generatedWards_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        QTest::addRow("%d assets, seed %d", m_cases[i]->assets, m_cases[i]->seed) << int(i);
}

void TestEngineReference::generatedWards()
{
    QFETCH(int, index);
    Case& c = *m_cases[std::size_t(index)];

    // The engine side while the reference runs: the CLI for the baseline, the library for the rest.
    const Run cli = run(QStringLiteral(MAMORI_CLI_PATH), {QStringLiteral("assess"), c.model, QStringLiteral("--json")});
    QVERIFY2(cli.code == 0, cli.err.constData());
    const LoadedModel loaded = loadModelFile(c.model);
    QVERIFY(loaded.ok());
    QMap<QString, QJsonObject> engineAssess;
    QMap<QString, Assessment> assessments;
    engineAssess.insert(QString(), QJsonDocument::fromJson(cli.out).object());
    assessments.insert(QString(), assess(loaded.model));
    QStringList ids;
    for (const Scenario& s : loaded.model.scenarios) {
        ids.append(s.id);
        const ResolvedScenario resolved = resolveScenario(loaded.model, s.id);
        QVERIFY(resolved.ok());
        assessments.insert(s.id, assess(resolved.model));
        engineAssess.insert(s.id, assessmentToJson(assessments[s.id], s.id));
    }
    QVERIFY(ids.size() >= 4); // the generator writes a chained scenario and every op
    QVERIFY(!assessments[QString()].findings.isEmpty());
    // v1.1 in every ward: owners everywhere, statuses by unit that move scores, hosting across tiers.
    QVERIFY(std::all_of(
        loaded.model.assets.cbegin(), loaded.model.assets.cend(), [](const Asset& a) { return !a.owner.isEmpty(); }));
    Model withoutUnits = loaded.model;
    for (Control& k : withoutUnits.controls)
        k.statusByUnit.clear();
    QVERIFY(assess(withoutUnits).totals.residual != assessments[QString()].totals.residual);
    QVERIFY(std::any_of(assessments[QString()].findings.cbegin(), assessments[QString()].findings.cend(),
        [](const Finding& f) { return f.rule == QLatin1StringView("tier-hosting"); }));

    QVERIFY2(waitFor(c), "the reference failed");
    const QJsonObject reference = readJson(c.referenceOutput);
    const QJsonObject refAssess = reference.value(QStringLiteral("assess")).toObject();
    const QJsonObject refDiff = reference.value(QStringLiteral("diff")).toObject();
    QCOMPARE(refAssess.size(), ids.size() + 1);

    QStringList differences;
    for (auto it = engineAssess.cbegin(); it != engineAssess.cend(); ++it)
        compareJson(it.value(), refAssess.value(it.key()).toObject(),
            QStringLiteral("assess %1").arg(it.key().isEmpty() ? QStringLiteral("baseline") : it.key()), differences);
    for (const QString& id : ids)
        compareJson(diffToJson(diff(assessments[QString()], assessments[id]), QString(), id),
            refDiff.value(id).toObject(), QStringLiteral("diff %1").arg(id), differences);
    const QString last = ids.last(), before = ids[ids.size() - 2];
    compareJson(diffToJson(diff(assessments[before], assessments[last]), before, last),
        refDiff.value(last + QStringLiteral(" against ") + before).toObject(),
        QStringLiteral("diff %1 against %2").arg(last, before), differences);

    // Against last year's file: `base` is the file's name, where the reference (a library call) has null.
    if (!c.against.isEmpty()) {
        const QJsonObject refFile = reference.value(QStringLiteral("diff_file")).toObject();
        QCOMPARE(refFile.size(), 2);
        const LoadedModel old = loadModelFile(c.against);
        QVERIFY(old.ok());
        const Assessment lastYear = assess(old.model);
        const QString name = QFileInfo(c.against).fileName();
        for (const QString& id : {QString(), last}) {
            QJsonObject expected = refFile.value(id).toObject();
            QVERIFY(expected.value(QStringLiteral("base")).isNull());
            expected.insert(QStringLiteral("base"), name);
            const QJsonObject engine = diffToJson(diff(lastYear, assessments[id]), name, id);
            QVERIFY(!engine.value(QStringLiteral("risks")).toArray().isEmpty()); // the two years differ
            compareJson(engine, expected, QStringLiteral("diff %1 against the file").arg(id), differences);
        }
    }

    // Section 8 on the models small enough for the reference's plan and brute-force optimum.
    if (reference.contains(QStringLiteral("plan")))
        compareJson(planToJson(projectPlan(loaded.model)), reference.value(QStringLiteral("plan")).toObject(),
            QStringLiteral("plan"), differences);
    if (reference.contains(QStringLiteral("optimize"))) {
        const QJsonObject ref = reference.value(QStringLiteral("optimize")).toObject();
        const Optimization o = optimizePlan(loaded.model, {ref.value(QStringLiteral("budget")).toDouble(), {}});
        QVERIFY(o.exact);
        compareJson(withoutEngineExtras(optimizationToJson(o)), ref, QStringLiteral("optimize"), differences);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    if (c.assets <= 60)
        QVERIFY(reference.contains(QStringLiteral("optimize"))); // the comparison above did run
}

void TestEngineReference::generatorIsDeterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("again.json"));
    const Run g = run(QStringLiteral(MAMORI_CLI_PATH),
        {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("300"), QStringLiteral("--seed"),
            QStringLiteral("4"), QStringLiteral("-o"), a});
    QCOMPARE(g.code, 0);
    QFile x(a), y(m_dir.filePath(QStringLiteral("ward-300-4.json")));
    QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
    QVERIFY(x.readAll() == y.readAll());
    // And a different seed gives a different ward.
    QFile z(m_dir.filePath(QStringLiteral("ward-300-5.json")));
    QVERIFY(z.open(QIODevice::ReadOnly));
    x.seek(0);
    QVERIFY(x.readAll() != z.readAll());
}

QTEST_GUILESS_MAIN(TestEngineReference)
#include "tst_engine_reference.moc"
