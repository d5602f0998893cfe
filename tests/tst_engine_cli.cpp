// The engine's commands as a user runs them: assess (table and JSON), diff, explain, generate, simulate;
// exit 2 with a located message on bad input, nothing written.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = mamori::test::CliRun;

Run cli(const QStringList& args)
{
    return mamori::test::runCli(args);
}

const QString kExample = QStringLiteral(MAMORI_TEST_DATA "/worked-example.json");

QByteArray exampleWith(const QByteArray& from, const QByteArray& to)
{
    QFile f(kExample);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("worked-example.json is missing");
    QByteArray text = f.readAll();
    if (!text.contains(from))
        qFatal("test edit does not apply");
    return text.replace(from, to);
}

} // namespace

class TestEngineCli : public QObject {
    Q_OBJECT

private slots:
    void assessTable()
    {
        const Run r = cli({QStringLiteral("assess"), kExample});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("residual 16.25")));
        QVERIFY(r.out.contains(QStringLiteral("critical 1")));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto row = std::find_if(
            lines.cbegin(), lines.cend(), [](const QString& l) { return l.startsWith(QStringLiteral("S  ")); });
        QVERIFY(row != lines.cend());
        QVERIFY(row->contains(QStringLiteral("16.25")));
    }

    void assessJsonAndScenario()
    {
        const Run base = cli({QStringLiteral("assess"), kExample, QStringLiteral("--json")});
        QCOMPARE(base.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(base.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("scenario")).isNull());
        QCOMPARE(
            o.value(QStringLiteral("risks")).toArray().at(0).toObject().value(QStringLiteral("residual")).toDouble(),
            16.25);
        const Run s = cli({QStringLiteral("assess"), kExample, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
            QStringLiteral("--json")});
        QCOMPARE(s.code, 0);
        const QJsonObject so = QJsonDocument::fromJson(s.out.toUtf8()).object();
        QCOMPARE(so.value(QStringLiteral("scenario")).toString(), QStringLiteral("S-K0"));
        QCOMPARE(so.value(QStringLiteral("totals")).toObject().value(QStringLiteral("residual")).toDouble(), 12.5);
    }

    void diffAndExplain()
    {
        const Run d = cli({QStringLiteral("diff"), kExample, QStringLiteral("--scenario"), QStringLiteral("S-K0")});
        QCOMPARE(d.code, 0);
        QVERIFY(d.out.contains(QStringLiteral("-3.75")));
        const Run j = cli({QStringLiteral("diff"), kExample, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
            QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("format")).toString(),
            QStringLiteral("mamori-diff"));
        const Run e = cli({QStringLiteral("explain"), kExample, QStringLiteral("--asset"), QStringLiteral("S"),
            QStringLiteral("--threat"), QStringLiteral("T")});
        QCOMPARE(e.code, 0);
        QVERIFY(e.out.contains(QStringLiteral("K0")));
        QVERIFY(e.out.contains(QStringLiteral("16.25")));
        const Run ej = cli({QStringLiteral("explain"), kExample, QStringLiteral("--asset"), QStringLiteral("S"),
            QStringLiteral("--threat"), QStringLiteral("T"), QStringLiteral("--scenario"), QStringLiteral("S-K0"),
            QStringLiteral("--json")});
        QCOMPARE(ej.code, 0);
        QCOMPARE(QJsonDocument::fromJson(ej.out.toUtf8()).object().value(QStringLiteral("residual")).toDouble(), 12.5);
    }

    void inputErrorsExitTwo()
    {
        const Run unknown
            = cli({QStringLiteral("assess"), kExample, QStringLiteral("--scenario"), QStringLiteral("S-X")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("worked-example.json")));
        QVERIFY(unknown.err.contains(QStringLiteral("S-X")));
        QCOMPARE(cli({QStringLiteral("diff"), kExample}).code, 2); // --scenario is required
        const Run notExposed = cli({QStringLiteral("explain"), kExample, QStringLiteral("--asset"), QStringLiteral("H"),
            QStringLiteral("--threat"), QStringLiteral("T")});
        QCOMPARE(notExposed.code, 2);
        QVERIFY(notExposed.err.contains(QStringLiteral("not exposed")));

        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write test file");
            f.write(text);
            return f.fileName();
        };
        // A requires cycle: K requires K0, K0 requires K.
        const QString cycle = write(QStringLiteral("cycle.json"),
            exampleWith(R"("status": "partial"})", R"("status": "partial", "requires": ["K"]})"));
        const Run c = cli({QStringLiteral("assess"), cycle});
        QCOMPARE(c.code, 2);
        QVERIFY(c.err.contains(QStringLiteral("/controls/")));
        // A scenario change naming a control its base does not have.
        const QString missing
            = write(QStringLiteral("missing.json"), exampleWith(R"("id": "K0", "field")", R"("id": "K9", "field")"));
        const Run m = cli({QStringLiteral("assess"), missing, QStringLiteral("--scenario"), QStringLiteral("S-K0")});
        QCOMPARE(m.code, 2);
        QVERIFY(m.err.contains(QStringLiteral("/scenarios/0/changes/0")));
    }

    void diffAgainstFile()
    {
        // This year: S is owned by 区民課, whose self-inspection found K0 not carried out (3.4), and
        // S now also runs on a host of the internet tier. Last year: the worked example as it is.
        QTemporaryDir dir;
        QByteArray text = exampleWith(R"("impact": {"C": 5, "I": 4, "A": 4}})",
            R"("impact": {"C": 5, "I": 4, "A": 4}, "owner": "DEP-KUMIN"},
               {"id": "W", "name": "Web host", "type": "device", "tier": "internet"})");
        text.replace(R"({"id": "K0", "group": 1, "name": "Control K0", "status": "partial"})",
            R"({"id": "K0", "group": 1, "name": "Control K0", "status": "partial",
                "status_by_unit": {"DEP-KUMIN": "none"}})");
        text.replace(R"("dependencies": [)", R"("dependencies": [{"from": "S", "to": "W", "kind": "runs_on"},)");
        text.replace(R"("assets": [)", R"("org_units": [{"id": "DEP-KUMIN", "name": "区民課"}], "assets": [)");
        const QString current = dir.filePath(QStringLiteral("r8.json"));
        {
            QFile f(current);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const Run j = cli(
            {QStringLiteral("diff"), current, QStringLiteral("--against-file"), kExample, QStringLiteral("--json")});
        QVERIFY2(j.code == 0, qPrintable(j.err));
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-diff"));
        QCOMPARE(o.value(QStringLiteral("base")).toString(), QStringLiteral("worked-example.json"));
        QVERIFY(o.value(QStringLiteral("scenario")).isNull());
        const QJsonArray risks = o.value(QStringLiteral("risks")).toArray();
        QCOMPARE(risks.size(), 1);
        const QJsonObject s = risks[0].toObject();
        QCOMPARE(s.value(QStringLiteral("asset")).toString(), QStringLiteral("S"));
        QCOMPARE(s.value(QStringLiteral("base_residual")).toDouble(), 16.25);
        QCOMPARE(s.value(QStringLiteral("scenario_residual")).toDouble(), 20.0); // g(K, 区民課) = 1 * 0
        QCOMPARE(s.value(QStringLiteral("delta")).toDouble(), 3.75);
        const QJsonArray added = o.value(QStringLiteral("findings_added")).toArray();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("tier-hosting"));
        QCOMPARE(o.value(QStringLiteral("findings_removed")).toArray().size(), 0);

        // A scenario of this year's model, and the readable table.
        const Run sj = cli({QStringLiteral("diff"), current, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
            QStringLiteral("--against-file"), kExample, QStringLiteral("--json")});
        QCOMPARE(sj.code, 0);
        QCOMPARE(QJsonDocument::fromJson(sj.out.toUtf8()).object().value(QStringLiteral("scenario")).toString(),
            QStringLiteral("S-K0"));
        const Run t = cli({QStringLiteral("diff"), current, QStringLiteral("--against-file"), kExample});
        QCOMPARE(t.code, 0);
        QVERIFY2(t.out.contains(QStringLiteral("worked-example.json")), qPrintable(t.out));
        QVERIFY(t.out.contains(QStringLiteral("3.75")));
        QVERIFY(t.out.contains(QStringLiteral("tier-hosting")) || t.out.contains(QStringLiteral("S and W")));
        // The sides are chosen by one function for risks and for continuity: the same refusals.
        for (const QString& kind : {QStringLiteral("--json"), QStringLiteral("--continuity")}) {
            const Run both = cli({QStringLiteral("diff"), current, QStringLiteral("--against"), QStringLiteral("S-K0"),
                QStringLiteral("--against-file"), kExample, kind});
            QCOMPARE(both.code, 2);
            QVERIFY2(both.err.contains(QStringLiteral("--against and --against-file")), qPrintable(both.err));
            const Run none = cli({QStringLiteral("diff"), current, kind});
            QCOMPARE(none.code, 2);
            QVERIFY2(none.err.contains(QStringLiteral("--scenario ID is required")), qPrintable(none.err));
        }

        // Last year's file as a project (.mamori) compares the same.
        const QString project = dir.filePath(QStringLiteral("r7.mamori"));
        QCOMPARE(cli({QStringLiteral("import"), kExample, QStringLiteral("-o"), project}).code, 0);
        const Run p = cli(
            {QStringLiteral("diff"), current, QStringLiteral("--against-file"), project, QStringLiteral("--json")});
        QCOMPARE(p.code, 0);
        QJsonObject po = QJsonDocument::fromJson(p.out.toUtf8()).object();
        QCOMPARE(po.value(QStringLiteral("base")).toString(), QStringLiteral("r7.mamori"));
        po.insert(QStringLiteral("base"), QStringLiteral("worked-example.json"));
        QCOMPARE(po, o);
    }

    void diffAgainstBadFile()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write test file");
            f.write(text);
            return f.fileName();
        };
        const auto against = [&](const QString& old) {
            return cli(
                {QStringLiteral("diff"), kExample, QStringLiteral("--against-file"), old, QStringLiteral("--json")});
        };
        // Not JSON, a status that does not exist, a file that is not there: exit 2, naming the file.
        const Run broken = against(write(QStringLiteral("broken.json"), "{\"format\": "));
        QCOMPARE(broken.code, 2);
        QVERIFY(broken.err.contains(QStringLiteral("broken.json")));
        QVERIFY(broken.out.isEmpty());
        const Run status = against(write(QStringLiteral("r6.json"),
            exampleWith(R"("status": "partial"})", R"("status": "partial", "status_by_unit": {"DEP-X": "mostly"}})")));
        QCOMPARE(status.code, 2);
        QVERIFY(status.err.contains(QStringLiteral("r6.json")));
        QVERIFY2(status.err.contains(QStringLiteral("/controls/1/status_by_unit/DEP-X")), qPrintable(status.err));
        QVERIFY(status.err.contains(QStringLiteral("mostly")));
        const Run missing = against(dir.filePath(QStringLiteral("no-such-year.json")));
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no-such-year.json")));
        // --against and --against-file exclude each other; without a scenario, --against-file is needed.
        QCOMPARE(
            cli({QStringLiteral("diff"), kExample, QStringLiteral("--scenario"), QStringLiteral("S-K0"),
                    QStringLiteral("--against"), QStringLiteral("S-K0"), QStringLiteral("--against-file"), kExample})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("diff"), kExample}).code, 2);
    }

    void generate()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("ward.json"));
        const Run g = cli({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("60"),
            QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), out});
        QCOMPARE(g.code, 0);
        QCOMPARE(cli({QStringLiteral("validate"), out}).code, 0);
        const Run again = cli(
            {QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("60"), QStringLiteral("-o"), out});
        QCOMPARE(again.code, 2); // exists, no --force
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("ten"),
                         QStringLiteral("-o"), dir.filePath(QStringLiteral("x.json"))})
                     .code,
            2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.json"))));
        const QString project = dir.filePath(QStringLiteral("ward.mamori"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), project})
                     .code,
            0);
        // The same ward through either file kind assesses the same.
        QCOMPARE(cli({QStringLiteral("assess"), project, QStringLiteral("--json")}).out,
            cli({QStringLiteral("assess"), out, QStringLiteral("--json")}).out);
    }

    void simulate()
    {
        // Section 10 on a generated ward, which has outages, services and redundancy.
        QTemporaryDir dir;
        const QString ward = dir.filePath(QStringLiteral("ward.json"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("60"),
                         QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("-o"), ward})
                     .code,
            0);
        const QStringList base {QStringLiteral("simulate"), ward, QStringLiteral("--trials"), QStringLiteral("800")};
        const Run one
            = cli(base + QStringList {QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(one.code, 0);
        const Run three
            = cli(base + QStringList {QStringLiteral("--threads"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(three.out, one.out); // byte for byte, whatever the threads
        const QJsonObject o = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-continuity"));
        QCOMPARE(o.value(QStringLiteral("trials")).toInt(), 800);
        QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("scenario")).isNull());
        const QJsonArray assets = o.value(QStringLiteral("assets")).toArray();
        QCOMPARE(assets.size(), 60);
        QVERIFY(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("ale")).toDouble() > 0);
        const Run otherSeed
            = cli(base + QStringList {QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(otherSeed.code, 0);
        QVERIFY(otherSeed.out != one.out);

        const Run table = cli(base);
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("P(outage)")));
        QVERIFY(table.out.contains(QStringLiteral("annual loss expectancy")));

        // A scenario, and the comparison with the baseline on the same random numbers.
        QFile f(ward);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray scenarios
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("scenarios")).toArray();
        QVERIFY(!scenarios.isEmpty());
        const QString scenario = scenarios.first().toObject().value(QStringLiteral("id")).toString();
        const Run s = cli(base + QStringList {QStringLiteral("--scenario"), scenario, QStringLiteral("--json")});
        QCOMPARE(s.code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(s.out.toUtf8()).object().value(QStringLiteral("scenario")).toString(), scenario);
        const Run d
            = cli({QStringLiteral("diff"), ward, QStringLiteral("--scenario"), scenario, QStringLiteral("--continuity"),
                QStringLiteral("--trials"), QStringLiteral("800"), QStringLiteral("--json")});
        QCOMPARE(d.code, 0);
        const QJsonObject diff = QJsonDocument::fromJson(d.out.toUtf8()).object();
        QCOMPARE(diff.value(QStringLiteral("format")).toString(), QStringLiteral("mamori-continuity-diff"));
        const QJsonObject totals = diff.value(QStringLiteral("total")).toObject();
        QCOMPARE(totals.value(QStringLiteral("base")).toObject().value(QStringLiteral("ale")).toDouble(),
            o.value(QStringLiteral("total")).toObject().value(QStringLiteral("ale")).toDouble());
        const Run dt = cli({QStringLiteral("diff"), ward, QStringLiteral("--scenario"), scenario,
            QStringLiteral("--continuity"), QStringLiteral("--trials"), QStringLiteral("200")});
        QCOMPARE(dt.code, 0);
        QVERIFY(dt.out.contains(QStringLiteral("annual loss expectancy")));

        // Bad options and input: exit 2 with a message.
        const QList<QStringList> bad {{QStringLiteral("--trials"), QStringLiteral("0")},
            {QStringLiteral("--trials"), QStringLiteral("ten")},
            {QStringLiteral("--trials"), QStringLiteral("10000001")},
            {QStringLiteral("--threads"), QStringLiteral("257")}, {QStringLiteral("--threads"), QStringLiteral("-1")},
            {QStringLiteral("--seed"), QStringLiteral("-1")},
            {QStringLiteral("--scenario"), QStringLiteral("NO-SUCH")}};
        for (const QStringList& extra : bad) {
            const Run r = cli(QStringList {QStringLiteral("simulate"), ward} + extra);
            QVERIFY2(r.code == 2, qPrintable(extra.join(u' ')));
            QVERIFY2(r.err.contains(QStringLiteral("error")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(cli({QStringLiteral("simulate"), dir.filePath(QStringLiteral("missing.json"))}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_engine_cli.moc"
