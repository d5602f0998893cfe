// The engine's commands as a user runs them: assess (table and JSON), diff, explain, generate;
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
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_engine_cli.moc"
