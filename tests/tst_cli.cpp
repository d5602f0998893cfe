// mamori-cli as a user runs it: exit codes (0 success, 1 failure, 2 input error), messages that
// name the file and the place, and nothing written when the input is bad. And its output device:
// UTF-8 bytes to pipes, whole text to a Windows console however the bytes are cut.

#include "TestSupport.h"

#include "ConsoleOutput.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

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

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The JSON object a --json run printed; an empty one (and a failed check) when it does not parse.
QJsonObject jsonOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out.left(500)));
    return doc.object();
}

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

    /// report --edition: summary or full; anything else is an input error that names the option, and
    /// nothing is written.
    void reportEdition()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("--edition")));
        const Run bad = cli({QStringLiteral("report"), kExample, QStringLiteral("-o"), pdf, QStringLiteral("--edition"),
            QStringLiteral("short")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--edition expects summary or full")), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(pdf));
        for (const QString& edition : {QStringLiteral("summary"), QStringLiteral("full")}) {
            const Run ok = cli({QStringLiteral("report"), kExample, QStringLiteral("-o"), pdf,
                QStringLiteral("--force"), QStringLiteral("--edition"), edition});
            QVERIFY2(ok.code == 0, qPrintable(ok.err));
            QVERIFY(QFileInfo::exists(pdf));
        }
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

    /// The sample ward's workbook merged into a project of the catalogue alone: --dry-run writes
    /// nothing and says what would change (in JSON too), the import writes it, a second one changes
    /// nothing.
    void sheetRoundTrip()
    {
        QTemporaryDir dir;
        const QString ward = dir.filePath(QStringLiteral("ward.mamori"));
        const QString book = dir.filePath(QStringLiteral("ward.xlsx"));
        const QString project = dir.filePath(QStringLiteral("new.mamori"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--sample"), ward}).code, 0);
        const Run exported = cli({QStringLiteral("export-sheet"), ward, QStringLiteral("-o"), book});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QCOMPARE(cli({QStringLiteral("new"), project}).code, 0);
        const QByteArray before = bytesOf(project);

        const QStringList import = {QStringLiteral("import-sheet"), book, QStringLiteral("--into"), project};
        const Run dry = cli(import + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QCOMPARE(bytesOf(project), before);
        const QJsonObject summary = jsonOf(dry);
        QCOMPARE(summary.value(QStringLiteral("dry_run")).toBool(), true);
        const QJsonArray registers = summary.value(QStringLiteral("registers")).toArray();
        QCOMPARE(registers.size(), 7);
        for (const QJsonValue& r : registers) {
            if (r[QStringLiteral("register")] == QStringLiteral("assets"))
                QCOMPARE(r[QStringLiteral("added")].toArray().size(), 161);
        }
        const Run text = cli(import + QStringList {QStringLiteral("--dry-run")});
        QVERIFY2(text.out.contains(QStringLiteral("assets (sheet 情報資産, header row 1): 161 added")),
            qPrintable(text.out));
        QCOMPARE(bytesOf(project), before);

        const Run merged = cli(import);
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QVERIFY(bytesOf(project) != before);
        const QJsonObject again = jsonOf(cli(import + QStringList {QStringLiteral("--json")}));
        QCOMPARE(again.value(QStringLiteral("edits")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("saved")).toBool(), false);
        const Run info = cli({QStringLiteral("info"), project});
        QVERIFY2(info.out.contains(QStringLiteral("assets\t161")), qPrintable(info.out));
    }

    /// A sheet with problems: every one with its place, exit 2, the project as it was.
    void sheetProblemsLeaveTheProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.mamori"));
        QCOMPARE(cli({QStringLiteral("new"), project}).code, 0);
        const QByteArray before = bytesOf(project);
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, "\xEF\xBB\xBF管理番号,情報資産の名称,機密性\r\n1,住民記録,4\r\n2,税務,3A\r\n");
        const Run r = cli({QStringLiteral("import-sheet"), bad, QStringLiteral("--into"), project});
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("bad.csv: row 2, column 機密性: \"4\" is not one of")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv: row 3, column 機密性: \"3A\" is a level of the 2024 scheme")),
            qPrintable(r.err));
        QCOMPARE(bytesOf(project), before);
        const Run json
            = cli({QStringLiteral("import-sheet"), bad, QStringLiteral("--into"), project, QStringLiteral("--json")});
        QCOMPARE(json.code, 2);
        QCOMPARE(jsonOf(json).value(QStringLiteral("errors")).toArray().size(), 2);
        for (const char* option : {"--what=risks", "--scale=abc"})
            QCOMPARE(cli({QStringLiteral("import-sheet"), bad, QStringLiteral("--into"), project,
                             QString::fromLatin1(option)})
                         .code,
                2);
        QCOMPARE(cli({QStringLiteral("import-sheet"), bad}).code, 2);
        QCOMPARE(bytesOf(project), before);
    }

    void exportSheetOptions()
    {
        QTemporaryDir dir;
        const QString ward = dir.filePath(QStringLiteral("ward.mamori"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--sample"), ward}).code, 0);
        const auto exportTo = [&](const QString& name, const QStringList& options) {
            return cli(
                QStringList {QStringLiteral("export-sheet"), ward, QStringLiteral("-o"), dir.filePath(name)} + options);
        };
        QCOMPARE(exportTo(QStringLiteral("kumin.csv"),
                     {QStringLiteral("--unit"), QStringLiteral("DEP-KUMIN"), QStringLiteral("--encoding"),
                         QStringLiteral("cp932"), QStringLiteral("--lang"), QStringLiteral("en")})
                     .code,
            0);
        QVERIFY(bytesOf(dir.filePath(QStringLiteral("kumin.csv"))).startsWith("Asset ID,"));
        QCOMPARE(exportTo(QStringLiteral("kumin.csv"), {}).code, 2); // exists, no --force
        QCOMPARE(exportTo(QStringLiteral("a.xlsx"), {QStringLiteral("--unit"), QStringLiteral("DEP-NONE")}).code, 2);
        QCOMPARE(exportTo(QStringLiteral("b.xlsx"), {QStringLiteral("--lang"), QStringLiteral("fr")}).code, 2);
        QCOMPARE(exportTo(QStringLiteral("c.xlsx"), {QStringLiteral("--encoding"), QStringLiteral("cp932")}).code, 2);
        QCOMPARE(exportTo(QStringLiteral("d.ods"), {}).code, 2);
        QCOMPARE(exportTo(QStringLiteral("no/such/e.xlsx"), {}).code, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a.xlsx"))));
    }

    void cannotWriteIsAFailure()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("no/such/folder/out.mamori"));
        const Run r = cli({QStringLiteral("import"), kExample, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("error: ")));
    }

    /// Text reaches a console whole however the UTF-8 bytes are cut between writes: a kanji, kana,
    /// an emoji (a surrogate pair) and a combining accent, cut at every byte.
    void consoleGetsWholeText()
    {
        const QString text = QStringLiteral("本庁舎サーバ室 😀 e\u0301 \uFEFFend\n");
        const QByteArray bytes = text.toUtf8();
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            QString shown;
            const auto device = mamori::cli::ConsoleDevice::forText([&shown](QStringView t) {
                shown += t;
                return true;
            });
            QVERIFY(device->writesText());
            QCOMPARE(device->write(bytes.first(cut)), cut);
            QCOMPARE(device->write(bytes.sliced(cut)), bytes.size() - cut);
            QCOMPARE(shown, text);
        }
        // Byte by byte, and through the QTextStream every command writes to.
        QString shown;
        const auto device = mamori::cli::ConsoleDevice::forText([&shown](QStringView t) {
            shown += t;
            return true;
        });
        for (const char byte : bytes)
            QCOMPARE(device->write(&byte, 1), qint64(1));
        QCOMPARE(shown, text);
        shown.clear();
        QTextStream stream(device.get());
        stream << QStringLiteral("資産 %1").arg(3) << Qt::endl;
        QCOMPARE(shown, QStringLiteral("資産 3\n"));
        // A leading U+FEFF is a character here, not a byte order mark to drop.
        QString first;
        QVERIFY(mamori::cli::ConsoleDevice::forText([&first](QStringView t) {
            first += t;
            return true;
        })->write("\xEF\xBB\xBFx")
            == 4);
        QCOMPARE(first, QStringLiteral("\uFEFFx"));
        // Bytes that are not UTF-8 show as U+FFFD, not as nothing.
        shown.clear();
        QVERIFY(device->write("a\xFF\xFEz") > 0);
        QCOMPARE(shown, QStringLiteral("a\uFFFD\uFFFDz"));
    }

    /// Pipes and files get the bytes unchanged; a write that fails is reported to the stream.
    void pipesGetTheBytes()
    {
        QByteArray written;
        const auto device = mamori::cli::ConsoleDevice::forBytes([&written](QByteArrayView b) {
            written += b;
            return true;
        });
        QVERIFY(!device->writesText());
        const QByteArray bytes = QStringLiteral("リスク\n").toUtf8() + "\xFF";
        QCOMPARE(device->write(bytes), bytes.size());
        QCOMPARE(written, bytes);

        const auto full = mamori::cli::ConsoleDevice::forBytes([](QByteArrayView) { return false; });
        QTextStream stream(full.get());
        stream << "lost" << Qt::flush;
        QCOMPARE(stream.status(), QTextStream::WriteFailed);
#ifndef Q_OS_WIN
        // Only a Windows console takes text; a Unix terminal takes UTF-8.
        QVERIFY(!mamori::cli::ConsoleDevice::forStandardStream(stdout)->writesText());
#endif
    }

    /// WriteConsoleW gets bounded pieces, never half of a surrogate pair.
    void consolePiecesKeepPairsTogether()
    {
        const QString text = QStringLiteral("ab😀cd😀😀e");
        for (qsizetype max = 1; max <= text.size() + 1; ++max) {
            const QList<QStringView> pieces = mamori::cli::consolePieces(text, max);
            QString joined;
            for (const QStringView piece : pieces) {
                QVERIFY(!piece.isEmpty());
                QVERIFY(piece.size() <= std::max<qsizetype>(max, 2));
                QVERIFY2(
                    !piece.back().isHighSurrogate() && !piece.front().isLowSurrogate(), qPrintable(piece.toString()));
                joined += piece;
            }
            QCOMPARE(joined, text);
        }
        QVERIFY(mamori::cli::consolePieces(QStringView(), 10).isEmpty());
    }

    /// What reaches a pipe is UTF-8, with the same "\n" line ends on every platform.
    void pipedOutputIsUtf8()
    {
        QProcess p;
        p.start(QStringLiteral(MAMORI_CLI_PATH),
            {QStringLiteral("info"), QStringLiteral(MAMORI_SOURCE_DIR "/resources/sample/sample-ward.json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray bytes = p.readAllStandardOutput();
        QVERIFY(!bytes.contains("\r\n"));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        QVERIFY(!utf8.hasError());
        QVERIFY2(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }),
            bytes.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
