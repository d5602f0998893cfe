// mamori-cli as a user runs it: exit codes (0 success, 1 failure, 2 input error), messages that
// name the file and the place, and nothing written when the input is bad.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = mamori::test::CliRun;

Run cli(const QStringList& args)
{
    return mamori::test::runCli(args);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QString kExample = QStringLiteral(MAMORI_TEST_DATA "/worked-example.json");

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char* command : {"new", "import", "export", "validate", "info"})
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("mamori-cli ")));
        const Run sub = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(sub.code, 0);
        QVERIFY(sub.out.contains(QStringLiteral("--output")));
    }

    void usageErrorsAreInputErrors()
    {
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
        QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--bogus"), kExample}).code, 2);
        QCOMPARE(cli({QStringLiteral("validate")}).code, 2);
    }

    void importExportValidateInfo()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("w.mamori"));
        const QString json = dir.filePath(QStringLiteral("w.json"));
        QCOMPARE(cli({QStringLiteral("validate"), kExample}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), kExample, QStringLiteral("-o"), project}).code, 0);
        QCOMPARE(cli({QStringLiteral("validate"), project}).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), project, QStringLiteral("-o"), json}).code, 0);
        const Run info = cli({QStringLiteral("info"), json});
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains(QStringLiteral("assets\t3")), qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("controls\t2")));
        // Export then import gives the same model, so a second export is the same text.
        const QString project2 = dir.filePath(QStringLiteral("w2.mamori"));
        const QString json2 = dir.filePath(QStringLiteral("w2.json"));
        QCOMPARE(cli({QStringLiteral("import"), json, QStringLiteral("-o"), project2}).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), project2, QStringLiteral("-o"), json2}).code, 0);
        QFile a(json), b(json2);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void badInputWritesNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        writeFile(bad, R"({"format": "mamori-model", "version": 1,
            "assets": [{"id": "A", "name": "x", "type": "system", "impact": {"A": 7}}]})");
        const QString out = dir.filePath(QStringLiteral("out.mamori"));
        const Run r = cli({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json: /assets/0/impact/A: ")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("bad.json")});

        const Run v = cli({QStringLiteral("validate"), bad});
        QCOMPARE(v.code, 2);
        const Run missing = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    }

    void notAProject()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("fake.mamori"));
        writeFile(fake, "PK\x03\x04 this is a zip");
        const Run r = cli({QStringLiteral("info"), fake});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("fake.mamori: this is not a Mamori project file")));
    }

    void refusesToOverwriteWithoutForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.mamori"));
        QCOMPARE(cli({QStringLiteral("new"), path}).code, 0);
        const Run again = cli({QStringLiteral("new"), path});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("--force"), path}).code, 0);
        const Run info = cli({QStringLiteral("info"), path});
        QVERIFY(info.out.contains(QStringLiteral("scenarios")));
    }

    void cannotWriteIsAFailure()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("no/such/folder/out.mamori"));
        const Run r = cli({QStringLiteral("import"), kExample, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("error: ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
