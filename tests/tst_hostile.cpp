// Hostile files (issue 17): each is an input error that names the file and the place, found in bounded
// time and memory, with nothing written; a write that fails leaves the old file as it was. Every
// fixture is made here, in a temporary folder: nothing large is committed.

#include "FilePaths.h"
#include "FileReplace.h"
#include "InputFile.h"
#include "JsonFormat.h"
#include "ModelFile.h"
#include "ProjectFile.h"
#include "ProjectLock.h"
#include "SaveWhole.h"
#include "Scenarios.h"
#include "Validation.h"
#include "engine/Assessment.h"
#include "engine/Explain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace mamori;

namespace {

/// How many times longer than in a plain build the code under test may take. The bounds on time below
/// stand for "finishes at all" (inputs that used to take minutes or never finish), several times what a
/// plain build needs; AddressSanitizer and UBSan (scripts/sanitize.sh) make everything some times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kSlowdown = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kSlowdown = 5;
#else
constexpr qint64 kSlowdown = 1;
#endif
#else
constexpr qint64 kSlowdown = 1;
#endif

/// Whether `timer` shows at most `plainMs` milliseconds, as a plain build counts them.
bool within(const QElapsedTimer& timer, qint64 plainMs)
{
    return timer.elapsed() < plainMs * kSlowdown;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

/// Whether mamori-cli runs as the tests' user or, when the tests run as root (a container), as
/// "nobody": root may write in a read-only folder, so a read-only folder is only one for another user.
enum class As { Me, Unprivileged };

/// mamori-cli with `args`; with `maxFileBytes` the system refuses it any file larger (a full disk as
/// the writers see it: every write past the limit fails).
Run cli(const QStringList& args, qint64 maxFileBytes = -1, As as = As::Me)
{
    QProcess p;
#ifdef Q_OS_UNIX
    p.setChildProcessModifier([maxFileBytes, as] {
        if (maxFileBytes >= 0) {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
            rlimit limit {rlim_t(maxFileBytes), rlim_t(maxFileBytes)};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (as == As::Unprivileged && ::getuid() == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(125);
        }
    });
#else
    Q_UNUSED(maxFileBytes)
    Q_UNUSED(as)
#endif
    p.start(QStringLiteral(MAMORI_CLI_PATH), args);
    if (!p.waitForFinished(60000 * kSlowdown)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("mamori-cli did not finish within a minute")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A valid model with one asset, one threat and `controls` (JSON) that mitigate it.
QJsonObject baseModel()
{
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("mamori-model")}, {QStringLiteral("version"), 1},
        {QStringLiteral("assets"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("A")},
                {QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("type"), QStringLiteral("system")}}}},
        {QStringLiteral("threats"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("T")}, {QStringLiteral("category"), 1},
                {QStringLiteral("name"), QStringLiteral("T")}, {QStringLiteral("likelihood"), 4},
                {QStringLiteral("dimensions"), QJsonArray {QStringLiteral("C")}}}}}};
}

QJsonObject control(const QString& id, const QStringList& requires_, bool mitigates = false)
{
    QJsonObject k {{QStringLiteral("id"), id}, {QStringLiteral("group"), 1}, {QStringLiteral("name"), id},
        {QStringLiteral("status"), QStringLiteral("partial")},
        {QStringLiteral("requires"), QJsonArray::fromStringList(requires_)}};
    if (mitigates)
        k.insert(QStringLiteral("mitigates"), QJsonArray {QStringLiteral("T")});
    return k;
}

/// K0 requires K1 requires … K(n-1); with `loop`, K(n-1) requires K0.
QByteArray requiresChain(int n, bool loop)
{
    QJsonArray controls;
    for (int i = 0; i < n; ++i) {
        QStringList req;
        if (i + 1 < n)
            req.append(QStringLiteral("K%1").arg(i + 1));
        else if (loop)
            req.append(QStringLiteral("K0"));
        controls.append(control(QStringLiteral("K%1").arg(i), req, i == 0));
    }
    QJsonObject m = baseModel();
    m.insert(QStringLiteral("controls"), controls);
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

/// `n` scenarios, each built on the one before and changing one field.
QByteArray scenarioChain(int n)
{
    QJsonObject m = baseModel();
    m.insert(QStringLiteral("controls"), QJsonArray {control(QStringLiteral("K"), {}, true)});
    QJsonArray scenarios;
    for (int i = 0; i < n; ++i) {
        const QJsonObject change {{QStringLiteral("op"), QStringLiteral("set")},
            {QStringLiteral("entity"), QStringLiteral("control")}, {QStringLiteral("id"), QStringLiteral("K")},
            {QStringLiteral("field"), QStringLiteral("status")},
            {QStringLiteral("value"), i % 2 ? QStringLiteral("implemented") : QStringLiteral("partial")}};
        scenarios.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("S%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("S%1").arg(i)},
            {QStringLiteral("base"),
                i == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("S%1").arg(i - 1))},
            {QStringLiteral("changes"), QJsonArray {change}}});
    }
    m.insert(QStringLiteral("scenarios"), scenarios);
    return QJsonDocument(m).toJson(QJsonDocument::Compact);
}

/// A valid model named `name` (one asset, one threat, one control) as JSON, and read.
QByteArray smallModelJson(const QString& name)
{
    QJsonObject m = baseModel();
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("controls"), QJsonArray {control(QStringLiteral("K"), {}, true)});
    return QJsonDocument(m).toJson();
}

Model smallModel(const QString& name)
{
    return JsonFormat::read(smallModelJson(name), QStringLiteral("m.json")).model;
}

/// Runs `statements` on the SQLite file at `path`, as any program could (the hostile edits). Empty
/// when all of them ran, else SQLite's reason.
QString sqlOn(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("hostile-edit");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QString& statement : statements) {
            if (!error.isEmpty())
                break;
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text() + QStringLiteral(" (") + statement + QLatin1Char(')');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// Every file in `folder`, hidden ones too.
QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// The bytes and modification time of every file in `folder`: what "nothing changed" compares.
QMap<QString, QPair<QByteArray, QDateTime>> snapshot(const QString& folder)
{
    QMap<QString, QPair<QByteArray, QDateTime>> out;
    for (const QString& name : listing(folder)) {
        const QString path = QDir(folder).filePath(name);
        out.insert(name, {bytesOf(path), QFileInfo(path).lastModified()});
    }
    return out;
}

QStringList errorLines(const InputErrors& errors)
{
    QStringList out;
    for (const InputError& e : errors)
        out.append(e.where + QStringLiteral(": ") + e.what);
    return out;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private slots:
    // ---- 1: no recursion whose depth the input decides ----

    void longRequiresChainValidates()
    {
        QElapsedTimer timer;
        timer.start();
        const JsonFormat::ReadResult r = JsonFormat::read(requiresChain(100000, false), QStringLiteral("chain.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        const Assessment a = assess(r.model);
        QVERIFY(a.ok());
        const ExplainResult x = explain(r.model, QStringLiteral("A"), QStringLiteral("T"));
        QVERIFY(x.ok());
        QCOMPARE(x.explanation->requirements.size(), std::size_t(99999));
        QVERIFY(explanationToText(*x.explanation).size() < 200 * 100000);
        QVERIFY2(within(timer, 30000), qPrintable(QString::number(timer.elapsed())));
    }

    void longRequiresLoopIsOneErrorAtItsFirstControl()
    {
        const JsonFormat::ReadResult r = JsonFormat::read(requiresChain(100000, true), QStringLiteral("loop.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].file, QStringLiteral("loop.json"));
        QCOMPARE(r.errors[0].where, QStringLiteral("/controls/0/requires"));
        QVERIFY(r.errors[0].what.startsWith(QStringLiteral("the requires chain loops: K0 -> K1 -> ")));
        QVERIFY(r.errors[0].what.endsWith(QStringLiteral(" -> K99999 -> K0")));
        QVERIFY(r.errors[0].what.size() < 300); // told by its ends, not 100,000 ids
    }

    void longOrgUnitChain()
    {
        Model m;
        for (int i = 0; i < 100000; ++i) {
            OrgUnit u;
            u.id = QStringLiteral("U%1").arg(i);
            u.name = LocalizedText::plain(u.id);
            u.parent = i + 1 < 100000 ? QStringLiteral("U%1").arg(i + 1) : QString();
            m.orgUnits.append(u);
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(validate(m, QStringLiteral("units.json"), Source::Json).isEmpty());
        m.orgUnits.last().parent = QStringLiteral("U50000"); // U50000 … U99999 loop; all lead into it
        const InputErrors errors = validate(m, QStringLiteral("units.json"), Source::Json);
        QCOMPARE(errors.size(), 100000);
        QCOMPARE(errors.first().where, QStringLiteral("/org_units/0/parent"));
        QVERIFY(errors.first().what.contains(QStringLiteral("loops")));
        QVERIFY2(within(timer, 20000), qPrintable(QString::number(timer.elapsed())));
    }

    // ---- 2: scenario validation in linear time, and a limit ----

    void chainedScenariosValidateQuickly()
    {
        const QByteArray json = scenarioChain(1000); // made before the clock starts: the read is timed
        QElapsedTimer timer;
        timer.start();
        const JsonFormat::ReadResult r = JsonFormat::read(json, QStringLiteral("s.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        const ResolvedScenario last = resolveScenario(r.model, QStringLiteral("S999"));
        QVERIFY(last.ok());
        QCOMPARE(last.model.controls.first().status, ControlStatus::Implemented);
        QVERIFY2(within(timer, 10000), qPrintable(QString::number(timer.elapsed())));
    }

    void tooManyScenariosAreRefused()
    {
        const QByteArray json = scenarioChain(20000); // made before the clock starts: the read is timed
        QElapsedTimer timer;
        timer.start();
        const JsonFormat::ReadResult r = JsonFormat::read(json, QStringLiteral("s.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].where, QStringLiteral("/scenarios"));
        QVERIFY(r.errors[0].what.contains(QStringLiteral("at most 1000")));
        QVERIFY2(within(timer, 10000), qPrintable(QString::number(timer.elapsed())));
    }

    void scenarioBaseLoopIsReportedOnce()
    {
        QJsonObject m = QJsonDocument::fromJson(scenarioChain(3)).object();
        QJsonArray scenarios = m.value(QStringLiteral("scenarios")).toArray();
        QJsonObject first = scenarios[0].toObject();
        first.insert(QStringLiteral("base"), QStringLiteral("S2"));
        scenarios[0] = first;
        m.insert(QStringLiteral("scenarios"), scenarios);
        const JsonFormat::ReadResult r = JsonFormat::read(QJsonDocument(m).toJson(), QStringLiteral("s.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].where, QStringLiteral("/scenarios/0/base"));
        QVERIFY(r.errors[0].what.contains(QStringLiteral("base chain loops")));
    }

    // ---- 3: explain shares what a diamond of requirements repeats ----

    void explainDiamond()
    {
        // Two controls per layer, each requiring both of the next layer: 2^40 paths, 80 controls.
        constexpr int layers = 40;
        QJsonArray controls {control(QStringLiteral("TOP"), {QStringLiteral("L0a"), QStringLiteral("L0b")}, true)};
        for (int i = 0; i < layers; ++i) {
            const QStringList next = i + 1 < layers
                ? QStringList {QStringLiteral("L%1a").arg(i + 1), QStringLiteral("L%1b").arg(i + 1)}
                : QStringList();
            controls.append(control(QStringLiteral("L%1a").arg(i), next));
            controls.append(control(QStringLiteral("L%1b").arg(i), next));
        }
        QJsonObject m = baseModel();
        m.insert(QStringLiteral("controls"), controls);
        const JsonFormat::ReadResult r = JsonFormat::read(QJsonDocument(m).toJson(), QStringLiteral("d.json"));
        QVERIFY(r.ok());
        QElapsedTimer timer;
        timer.start();
        const ExplainResult x = explain(r.model, QStringLiteral("A"), QStringLiteral("T"));
        QVERIFY(x.ok());
        QCOMPARE(x.explanation->requirements.size(), std::size_t(2 * layers));
        const QString text = explanationToText(*x.explanation);
        QVERIFY(text.contains(QStringLiteral("L39b (partial")));
        QCOMPARE(text.count(QStringLiteral("L20a (")), 1); // listed once
        QVERIFY(QJsonDocument(explanationToJson(*x.explanation)).toJson().size() < 100000);
        QVERIFY2(within(timer, 5000), qPrintable(QString::number(timer.elapsed())));
    }

    // ---- 6: only regular files, up to a size ----

    void onlyRegularFilesAreRead()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("model.json"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const Run p = cli({QStringLiteral("validate"), fifo});
        QCOMPARE(p.code, 2);
        QVERIFY2(p.err.contains(QStringLiteral("model.json: this is not a regular file")), qPrintable(p.err));
        const Run project = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("model.json"))});
        QCOMPARE(project.code, 2);
        if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
            const Run zero = cli({QStringLiteral("assess"), QStringLiteral("/dev/zero")});
            QCOMPARE(zero.code, 2);
            QVERIFY2(zero.err.contains(QStringLiteral("zero: this is not a regular file")), qPrintable(zero.err));
            const Run sheet = cli({QStringLiteral("import-sheet"), QStringLiteral("/dev/zero"),
                QStringLiteral("--into"), dir.filePath(QStringLiteral("p.mamori"))});
            QCOMPARE(sheet.code, 2);
        }
        QVERIFY2(within(timer, 30000), qPrintable(QString::number(timer.elapsed())));

        // A symbolic link loop is named as one, not as a missing file.
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const Run loop = cli({QStringLiteral("validate"), a});
        QCOMPARE(loop.code, 2);
        QVERIFY2(
            loop.err.contains(QStringLiteral("a.json: the file is a symbolic link that loops")), qPrintable(loop.err));
        // A folder.
        const Run folder = cli({QStringLiteral("validate"), dir.path()});
        QCOMPARE(folder.code, 2);
        QVERIFY(folder.err.contains(QStringLiteral("folder")));
#else
        QSKIP("FIFOs and /dev/zero are Unix");
#endif
    }

    void tooLargeIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(writeFile(path, QByteArray("{}")));
        QVERIFY(QFile::resize(path, limits::kJsonModelBytes + 1)); // sparse: nothing is really written
        QElapsedTimer timer;
        timer.start();
        const LoadedModel loaded = loadModelFile(path);
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(loaded.errors[0].file, QStringLiteral("big.json"));
        QVERIFY(loaded.errors[0].what.contains(QStringLiteral("larger than 256 MB")));
        QVERIFY2(within(timer, 2000), qPrintable(QString::number(timer.elapsed())));
        QVERIFY(InputFile::read(path, 10).error.contains(QStringLiteral("larger than")));
    }

    // ---- 9: a failed write keeps the old file and says so ----

    void failedExportKeepsTheOldFile()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("model.json"));
        QVERIFY(writeFile(model, requiresChain(2000, false))); // about 200 KB written back
        const QString out = dir.filePath(QStringLiteral("x.json"));
        QVERIFY(writeFile(out, QByteArray("the previous export\n")));
        const Run r
            = cli({QStringLiteral("export"), model, QStringLiteral("-o"), out, QStringLiteral("--force")}, 64 * 1024);
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.out.contains(QStringLiteral("wrote")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("x.json")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown error")), qPrintable(r.err));
        QCOMPARE(bytesOf(out), QByteArray("the previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left

        // The generator and the spreadsheet writers alike.
        const QString ward = dir.filePath(QStringLiteral("ward.json"));
        const Run g = cli({QStringLiteral("generate"), QStringLiteral("--assets"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("-o"), ward},
            64 * 1024);
        QCOMPARE(g.code, 1);
        QVERIFY2(!g.err.contains(QStringLiteral("Unknown error")), qPrintable(g.err));
        QVERIFY(!QFileInfo::exists(ward));
        for (const char* name : {"sheet.csv", "sheet.xlsx"}) {
            const QString sheet = dir.filePath(QString::fromLatin1(name));
            QVERIFY(writeFile(sheet, QByteArray("old")));
            const Run s = cli({QStringLiteral("export-sheet"), model, QStringLiteral("-o"), sheet,
                                  QStringLiteral("--force"), QStringLiteral("--what"), QStringLiteral("controls")},
                8 * 1024);
            QCOMPARE(s.code, 1);
            QCOMPARE(bytesOf(sheet), QByteArray("old"));
        }
        // The PDF report too: the sample's is far larger than the limit.
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeFile(pdf, QByteArray("old report")));
        const Run rp
            = cli({QStringLiteral("report"), QStringLiteral(MAMORI_SOURCE_DIR "/resources/sample/sample-ward.json"),
                      QStringLiteral("-o"), pdf, QStringLiteral("--force")},
                64 * 1024);
        QCOMPARE(rp.code, 1);
        QVERIFY2(!rp.out.contains(QStringLiteral("wrote")), qPrintable(rp.out));
        QCOMPARE(bytesOf(pdf), QByteArray("old report"));
        // Without the limit, the same export is written.
        QCOMPARE(cli({QStringLiteral("export"), model, QStringLiteral("-o"), out, QStringLiteral("--force")}).code, 0);
        QVERIFY(bytesOf(out).size() > 64 * 1024);
#else
        QSKIP("needs setrlimit");
#endif
    }

    void saveWholeReportsWhy()
    {
        QTemporaryDir dir;
        const SaveWholeResult missing = saveWhole(dir.filePath(QStringLiteral("no/such/folder/x.json")), "x");
        QVERIFY(!missing.ok());
        QVERIFY(!missing.opened);
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(saveWhole(dir.filePath(QStringLiteral("x.json")), "x").ok());
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("x.json"))), QByteArray("x"));
    }

    // ---- 11: ids holding %2 are printed as they are ----

    void percentInIdsIsLiteral()
    {
        QJsonObject m = baseModel();
        QJsonArray assets = m.value(QStringLiteral("assets")).toArray();
        QJsonObject a = assets[0].toObject();
        a.insert(QStringLiteral("id"), QStringLiteral("%2%3"));
        assets[0] = a;
        assets.append(a);
        m.insert(QStringLiteral("assets"), assets);
        const JsonFormat::ReadResult r = JsonFormat::read(QJsonDocument(m).toJson(), QStringLiteral("p.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].what, QStringLiteral("duplicate id \"%2%3\" (first used at item 0)"));

        QTemporaryDir dir;
        assets.removeLast();
        m.insert(QStringLiteral("assets"), assets);
        m.insert(QStringLiteral("controls"), QJsonArray {control(QStringLiteral("K"), {}, true)});
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QVERIFY(writeFile(path, QJsonDocument(m).toJson()));
        const Run x = cli({QStringLiteral("explain"), path, QStringLiteral("--asset"), QStringLiteral("%2%3"),
            QStringLiteral("--threat"), QStringLiteral("T")});
        QCOMPARE(x.code, 0);
        QVERIFY2(x.out.contains(QStringLiteral("Risk of asset %2%3 from threat T (category 1)")), qPrintable(x.out));
    }

    // ---- 12: lengths ----

    void longTextsAreRefusedWithTheirPlace()
    {
        QJsonObject m = baseModel();
        QJsonArray assets = m.value(QStringLiteral("assets")).toArray();
        QJsonObject a = assets[0].toObject();
        a.insert(QStringLiteral("name"), QString(50 * 1000 * 1000, QLatin1Char('x')));
        a.insert(QStringLiteral("description"), QString(10001, QLatin1Char('y')));
        assets[0] = a;
        QJsonObject b = a;
        b.insert(QStringLiteral("id"), QString(201, QLatin1Char('B')));
        b.insert(QStringLiteral("name"), QStringLiteral("B"));
        b.remove(QStringLiteral("description"));
        assets.append(b);
        m.insert(QStringLiteral("assets"), assets);
        QElapsedTimer timer;
        timer.start();
        JsonFormat::ReadResult r = JsonFormat::read(QJsonDocument(m).toJson(), QStringLiteral("long.json"));
        QCOMPARE(r.errors.size(), 3);
        std::sort(r.errors.begin(), r.errors.end(),
            [](const InputError& x, const InputError& y) { return x.where < y.where; });
        QCOMPARE(r.errors[0].where, QStringLiteral("/assets/0/description"));
        QVERIFY(r.errors[0].what.contains(QStringLiteral("at most 10000")));
        QCOMPARE(r.errors[1].where, QStringLiteral("/assets/0/name"));
        QCOMPARE(r.errors[1].what, QStringLiteral("is 50000000 characters long; at most 1000 are allowed"));
        QCOMPARE(r.errors[2].where, QStringLiteral("/assets/1/id"));
        QVERIFY(r.errors[2].what.contains(QStringLiteral("at most 200")));
        QVERIFY2(within(timer, 10000), qPrintable(QString::number(timer.elapsed())));

        // The window's edits reach the same rule.
        Model valid = JsonFormat::read(QJsonDocument(baseModel()).toJson(), {}).model;
        valid.assets[0].name = LocalizedText::plain(QString(1001, QLatin1Char('z')));
        const InputErrors window = validate(valid, QString(), Source::Window);
        QCOMPARE(window.size(), 1);
        QVERIFY(window[0].where.contains(QStringLiteral("A")));
    }

    // ---- 13: terminal escapes, lone surrogates ----

    void controlCharactersAreEscapedInTables()
    {
        QJsonObject m = baseModel();
        QJsonArray assets = m.value(QStringLiteral("assets")).toArray();
        QJsonObject a = assets[0].toObject();
        const QString id = QStringLiteral("A\x1b[2J\a") + QChar(0x202E) + QStringLiteral("Z");
        a.insert(QStringLiteral("id"), id);
        assets[0] = a;
        m.insert(QStringLiteral("assets"), assets);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("esc.json"));
        QVERIFY(writeFile(path, QJsonDocument(m).toJson()));
        const Run r = cli({QStringLiteral("assess"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QChar(0x1b)));
        QVERIFY(!r.out.contains(QChar(0x07)));
        QVERIFY(!r.out.contains(QChar(0x202E)));
        QVERIFY2(r.out.contains(QStringLiteral("A\\u{1b}[2J\\u{7}\\u{202e}Z")), qPrintable(r.out));
        // JSON stays JSON: the id comes back as it was.
        const Run j = cli({QStringLiteral("assess"), path, QStringLiteral("--json")});
        QCOMPARE(j.code, 0);
        QVERIFY(j.out.contains(QStringLiteral("\\u001b")));
    }

    void loneSurrogateEscapeIsAnInputError()
    {
        const auto withName = [](const char* name) {
            QByteArray json = QJsonDocument(baseModel()).toJson(QJsonDocument::Compact);
            json.insert(1, QByteArray("\n\"name\": \"") + name + "\", ");
            return json;
        };
        const JsonFormat::ReadResult r = JsonFormat::read(withName("a\\ud800b"), QStringLiteral("s.json"));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].file, QStringLiteral("s.json"));
        QCOMPARE(r.errors[0].where, QStringLiteral("line 2, column 11"));
        QVERIFY(r.errors[0].what.contains(QStringLiteral("\\ud800")));
        QCOMPARE(JsonFormat::read(withName("\\udc00"), {}).errors.size(), 1);
        QCOMPARE(JsonFormat::read(withName("\\ud800\\u0041"), {}).errors.size(), 1);
        // A real pair, and an escaped backslash before "ud800", are fine.
        const JsonFormat::ReadResult fine = JsonFormat::read(withName("\\ud83d\\ude00 \\\\ud800"), {});
        QVERIFY2(fine.ok(), qPrintable(fine.ok() ? QString() : fine.errors[0].toString()));
        QCOMPARE(fine.model.name.ja, QString::fromUtf8("\U0001F600 \\ud800"));
    }

    // ---- 4: every value of a project file checked as strictly as JSON ----

    void projectNumbersAreCheckedAsStrictlyAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("N")), path).ok());
        QCOMPARE(sqlOn(path,
                     {QStringLiteral("UPDATE threats SET likelihood = 'NaN'"),
                         QStringLiteral("UPDATE assets SET impact_c = 9e999, gateway = 2"), // +Inf as SQLite keeps it
                         QStringLiteral("UPDATE controls SET cost_initial = 'NaN', grp = '1.5x'")}),
            QString());
        const ProjectFile::ReadResult r = ProjectFile::read(path);
        const QStringList lines = errorLines(r.errors);
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("table threats, row 1, column likelihood: \"NaN\" is not a number")),
            qPrintable(all));
        QVERIFY2(lines.contains(QStringLiteral("table controls, row 1, column cost_initial: \"NaN\" is not a number")),
            qPrintable(all));
        QVERIFY2(lines.contains(QStringLiteral("table controls, row 1, column grp: \"1.5x\" is not a number")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("table assets, row 1, column impact_c: inf is not a finite number")),
            qPrintable(all));
        QVERIFY2(
            lines.contains(QStringLiteral("table assets, row 1, column gateway: 2 is not 0 or 1")), qPrintable(all));
        // The command line says so with the file's name, and prints no totals of nan.
        const Run assess = cli({QStringLiteral("assess"), path});
        QCOMPARE(assess.code, 2);
        QVERIFY2(assess.err.contains(QStringLiteral("n.mamori: table threats, row 1, column likelihood")),
            qPrintable(assess.err));
        QVERIFY(!assess.out.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }

    void invalidUtf8InAProjectIsAnInputError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("区")), path).ok());
        QCOMPARE(sqlOn(path,
                     {QStringLiteral("UPDATE assets SET name_en = CAST(X'41FF42' AS TEXT)"),
                         QStringLiteral("UPDATE threats SET name_ja = CAST(X'EDA080' AS TEXT)")}), // a surrogate
            QString());
        const ProjectFile::ReadResult r = ProjectFile::read(path);
        const QStringList lines = errorLines(r.errors);
        QVERIFY2(lines.contains(QStringLiteral("table assets, row 1, column name_en: is not valid UTF-8 text")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.contains(QStringLiteral("table threats, row 1, column name_ja: is not valid UTF-8 text")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        // Japanese text, valid UTF-8, reads as it was.
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("区")), path).ok());
        const ProjectFile::ReadResult fine = ProjectFile::read(path);
        QVERIFY(fine.ok());
        QCOMPARE(fine.model.name.ja, QStringLiteral("区"));
    }

    // ---- 5: a project file runs nothing ----

    void projectFilesRunNothing_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("recursive view in place of a table") << QStringList {QStringLiteral("DROP TABLE dependencies"),
            QStringLiteral("CREATE VIEW dependencies AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                           "FROM c) SELECT x AS pos, 'A' AS from_asset, 'A' AS to_asset, 'other' AS kind, "
                           "NULL AS weight_c, NULL AS weight_i, NULL AS weight_a FROM c")}
                                                            << QStringLiteral("it defines a view “dependencies”");
        QTest::newRow("randomblob view") << QStringList {QStringLiteral(
            "CREATE VIEW big AS SELECT randomblob(1000000000) AS b")}
                                         << QStringLiteral("it defines a view “big”");
        QTest::newRow("trigger") << QStringList {QStringLiteral(
            "CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM assets; END")}
                                 << QStringLiteral("it defines a trigger “wipe”");
        QTest::newRow("generated column")
            << QStringList {QStringLiteral("ALTER TABLE assets ADD COLUMN twice TEXT AS (name_en || name_en)")}
            << QStringLiteral("its table “assets” is not defined as Mamori defines it");
        QTest::newRow("table of its own") << QStringList {QStringLiteral("CREATE TABLE extra (x)")}
                                          << QStringLiteral("it holds the table “extra”, which Mamori does not write");
        QTest::newRow("index on an expression")
            << QStringList {QStringLiteral("CREATE INDEX odd ON assets(length(name_en))")}
            << QStringLiteral("it holds the index “odd”, which Mamori does not write");
        QTest::newRow("index redefined") << QStringList {QStringLiteral("DROP INDEX dependencies_to"),
            QStringLiteral("CREATE INDEX dependencies_to ON dependencies(from_asset)")}
                                         << QStringLiteral("its index “dependencies_to” is not defined as Mamori "
                                                           "defines it");
        QTest::newRow("virtual table") << QStringList {QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(x)")}
                                       << QStringLiteral("it defines a virtual table “f”");
    }

    void projectFilesRunNothing()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("X")), path).ok());
        const QString edited = sqlOn(path, statements);
        if (edited.contains(QStringLiteral("no such module")))
            QSKIP("this SQLite has no fts5");
        QCOMPARE(edited, QString());
        const ProjectFile::ReadResult r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors[0].file, QStringLiteral("x.mamori"));
        QCOMPARE(r.errors[0].where, QStringLiteral("schema"));
        const QString all = errorLines(r.errors).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(refusal), qPrintable(all));
        // The command line refuses it too, and returns (a recursive view read would never end).
        const Run v = cli({QStringLiteral("validate"), path});
        QCOMPARE(v.code, 2);
        QVERIFY2(v.err.contains(refusal), qPrintable(v.err));
    }

    // ---- 7, 8: reading changes nothing; saves use the rollback journal; older WAL files still read ----

    void readingAProjectChangesNothing()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("ward.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("RO")), path).ok());
        // Saved with the rollback journal (header bytes 18 and 19 are 1; WAL would be 2), nothing beside.
        const QByteArray bytes = bytesOf(path);
        QCOMPARE(int(bytes.at(18)), 1);
        QCOMPARE(int(bytes.at(19)), 1);
        QCOMPARE(listing(folder), QStringList {QStringLiteral("ward.mamori")});

        const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), readable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, readable));
        const auto before = snapshot(folder);
        for (const QString& command : {QStringLiteral("validate"), QStringLiteral("info"), QStringLiteral("assess")}) {
            const Run r = cli({command, path}, -1, As::Unprivileged);
            QVERIFY2(r.code == 0, qPrintable(command + QStringLiteral(": ") + r.err));
        }
        QVERIFY(ProjectFile::read(path).ok());
        QCOMPARE(snapshot(folder), before);
        QVERIFY(QFile::setPermissions(folder, readable | QFile::WriteOwner));
#else
        QSKIP("file modes are POSIX");
#endif
    }

    void olderWalProjectIsReadWithoutCheckpointAndSavedWithTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("now.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("Before")), path).ok());
        const QString folder = dir.filePath(QStringLiteral("wal"));
        QVERIFY(QDir().mkdir(folder));
        const QString old = QDir(folder).filePath(QStringLiteral("ward.mamori"));
        {
            // An older Mamori saved in WAL mode; one that crashed left its last commit in the -wal file
            // only: copying the files while the writer still has them open makes that state.
            const QString name = QStringLiteral("older-mamori");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
                QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'After' WHERE key = 'name_ja'")));
                QVERIFY(QFile::copy(path, old));
                QVERIFY(QFile::copy(path + QStringLiteral("-wal"), old + QStringLiteral("-wal")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QCOMPARE(int(bytesOf(old).at(18)), 2);
        QVERIFY(QFileInfo(old + QStringLiteral("-wal")).size() > 0);

        const auto before = snapshot(folder);
        const ProjectFile::ReadResult r = ProjectFile::read(old);
        QVERIFY2(r.ok(), qPrintable(errorLines(r.errors).join(QLatin1Char('\n'))));
        QCOMPARE(r.model.name.ja, QStringLiteral("After")); // the commit in the WAL is read
        for (const QString& command : {QStringLiteral("validate"), QStringLiteral("info"), QStringLiteral("assess")}) {
            const Run c = cli({command, old});
            QVERIFY2(c.code == 0, qPrintable(command + QStringLiteral(": ") + c.err));
        }
        QCOMPARE(snapshot(folder), before); // not checkpointed, nothing added beside it

        // The next save writes it back with the rollback journal, and the old WAL is gone with it.
        QCOMPARE(saveModelFile(r.model, old), QString());
        QCOMPARE(int(bytesOf(old).at(18)), 1);
        QCOMPARE(int(bytesOf(old).at(19)), 1);
        QCOMPARE(listing(folder), QStringList {QStringLiteral("ward.mamori")});
        QCOMPARE(ProjectFile::read(old).model.name.ja, QStringLiteral("After"));
    }

    // ---- 10: two saves at once ----

    void twoSavesAtOnceLeaveOneWholeProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("both.mamori"));
        const Model a = smallModel(QStringLiteral("A-side"));
        Model b = smallModel(QStringLiteral("B-side"));
        for (int i = 0; i < 200; ++i) { // a larger file takes longer: the saves overlap
            Asset more = b.assets[0];
            more.id = QStringLiteral("B%1").arg(i);
            b.assets.append(more);
        }
        const QStringList names {QStringLiteral("A-side"), QStringLiteral("B-side")};
        for (int round = 0; round < 25; ++round) {
            QString errorA, errorB;
            std::thread first([&] { errorA = ProjectFile::write(a, path).error; });
            std::thread second([&] { errorB = ProjectFile::write(b, path).error; });
            first.join();
            second.join();
            QCOMPARE(errorA, QString());
            QCOMPARE(errorB, QString());
            const ProjectFile::ReadResult r = ProjectFile::read(path);
            QVERIFY2(r.ok(), qPrintable(errorLines(r.errors).join(QLatin1Char('\n'))));
            QVERIFY(names.contains(r.model.name.ja));
            QCOMPARE(r.model.assets.size(), r.model.name.ja == names[0] ? 1 : 201);
            QCOMPARE(listing(dir.path()), QStringList {QStringLiteral("both.mamori")});
        }

        // Two mamori-cli at once: they take turns through the project's lock, and both succeed.
        const QString jsonA = dir.filePath(QStringLiteral("a.json"));
        const QString jsonB = dir.filePath(QStringLiteral("b.json"));
        QVERIFY(writeFile(jsonA, smallModelJson(names[0])));
        QVERIFY(writeFile(jsonB, smallModelJson(names[1])));
        for (int round = 0; round < 6; ++round) {
            QProcess p1, p2;
            p1.start(QStringLiteral(MAMORI_CLI_PATH),
                {QStringLiteral("import"), jsonA, QStringLiteral("-o"), path, QStringLiteral("--force")});
            p2.start(QStringLiteral(MAMORI_CLI_PATH),
                {QStringLiteral("import"), jsonB, QStringLiteral("-o"), path, QStringLiteral("--force")});
            QVERIFY(p1.waitForFinished(60000));
            QVERIFY(p2.waitForFinished(60000));
            QVERIFY2(p1.exitCode() == 0, p1.readAllStandardError().constData());
            QVERIFY2(p2.exitCode() == 0, p2.readAllStandardError().constData());
            const ProjectFile::ReadResult r = ProjectFile::read(path);
            QVERIFY(r.ok());
            QVERIFY(names.contains(r.model.name.ja));
            QCOMPARE(listing(dir.path()),
                (QStringList {QStringLiteral("a.json"), QStringLiteral("b.json"), QStringLiteral("both.mamori")}));
        }
    }

    // ---- Windows 2: one helper puts every file in place, and retries while it is in use ----

    void replacingRetriesWhileTheFileIsInUse()
    {
        using Attempt = FileReplace::Attempt;
        int calls = 0;
        QList<int> pauses;
        const auto pause = [&](int ms) { pauses.append(ms); };
        // Held for a moment (the antivirus scanning the new file): the fourth try succeeds.
        Attempt last = FileReplace::retrying(
            [&] {
                return ++calls < 4 ? Attempt {false, true, QStringLiteral("busy")} : Attempt {true, false, {}};
            },
            pause);
        QVERIFY(last.ok);
        QCOMPARE(calls, 4);
        QCOMPARE(pauses, (QList<int> {100, 100, 100}));
        // Held open (Excel has the CSV): ten tries, then the likely cause.
        calls = 0;
        pauses.clear();
        last = FileReplace::retrying(
            [&] {
                ++calls;
                return Attempt {false, true, QStringLiteral("The process cannot access the file")};
            },
            pause);
        QVERIFY(!last.ok);
        QCOMPARE(calls, FileReplace::kAttempts);
        QCOMPARE(pauses.size(), FileReplace::kAttempts - 1);
        const QString inUse = FileReplace::failureReason(last);
        QVERIFY2(inUse.contains(QStringLiteral("open in another program (Excel, Acrobat")), qPrintable(inUse));
        QVERIFY(inUse.contains(QStringLiteral("OneDrive")));
        QVERIFY(inUse.contains(QStringLiteral("The process cannot access the file")));
        // Refused for another reason: not tried again, and not blamed on another program.
        calls = 0;
        last = FileReplace::retrying(
            [&] {
                ++calls;
                return Attempt {false, false, QStringLiteral("Permission denied")};
            },
            pause);
        QCOMPARE(calls, 1);
        QVERIFY(!FileReplace::failureReason(last).contains(QStringLiteral("another program")));

        // Each save has a temporary file of its own, beside the target.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("x.csv"));
        const QString t1 = FileReplace::temporaryPathFor(target);
        QVERIFY(t1 != FileReplace::temporaryPathFor(target));
        QCOMPARE(QFileInfo(t1).absolutePath(), QFileInfo(target).absolutePath());
        // A move that really fails removes the temporary file and says why.
        QVERIFY(writeFile(t1, "new"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("x.csv/inside"))));
        const QString why = FileReplace::moveOver(t1, target);
        QVERIFY(!why.isEmpty());
        QVERIFY(!QFileInfo::exists(t1));
        const SaveWholeResult saved = saveWhole(target, "new");
        QVERIFY(!saved.ok());
        QVERIFY(saved.replacing);
        QCOMPARE(listing(dir.path()), QStringList());
    }

    // ---- Windows 3: the project lock ----

    void projectLockShowsItsHolderAndCanBeTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        QVERIFY(ProjectFile::write(smallModel(QStringLiteral("L")), path).ok());
        const QString lockPath = ProjectLock::lockPathFor(path);
        // A lock left on a virtual desktop that is gone: this computer cannot tell whether it is stale.
        QVERIFY(writeFile(lockPath, "4242\nMamori\nVDI-DESKTOP-7\nmachine\nboot\n"));
        ProjectLock lock;
        QString holder;
        QVERIFY(!lock.acquire(path, &holder));
        QVERIFY2(holder.contains(QStringLiteral("VDI-DESKTOP-7")) && holder.contains(QStringLiteral("4242")),
            qPrintable(holder));
        const std::optional<ProjectLock::Holder> h = ProjectLock::holderOf(path);
        QVERIFY(h);
        QCOMPARE(h->pid, 4242);
        QCOMPARE(h->host, QStringLiteral("VDI-DESKTOP-7"));
        QVERIFY(h->since.isValid());
#ifdef Q_OS_UNIX
        QVERIFY(!h->user.isEmpty());
        QVERIFY(holder.contains(h->user));
#endif
        // mamori-cli does not save over it, and names who holds it.
        const QString json = dir.filePath(QStringLiteral("m.json"));
        QVERIFY(writeFile(json, smallModelJson(QStringLiteral("CLI"))));
        const QByteArray before = bytesOf(path);
        const Run r = cli({QStringLiteral("import"), json, QStringLiteral("-o"), path, QStringLiteral("--force")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("VDI-DESKTOP-7")), qPrintable(r.err));
        QCOMPARE(bytesOf(path), before);

        // Taken over, it is this process's: its saves go through.
        QVERIFY(lock.takeOver(path));
        QVERIFY(ProjectLock::heldHere(path));
        QCOMPARE(ProjectLock::holderOf(path)->pid, QCoreApplication::applicationPid());
        QCOMPARE(saveModelFile(smallModel(QStringLiteral("L2")), path), QString());
        lock.release();
        QVERIFY(!ProjectLock::heldHere(path));
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void projectNamesFollowTheSystemsCaseRule()
    {
        QVERIFY(FilePaths::isProjectPath(QStringLiteral("C:/Users/x/WARD.MAMORI")));
        QVERIFY(FilePaths::isProjectPath(QStringLiteral("ward.Mamori")));
        QVERIFY(!FilePaths::isProjectPath(QStringLiteral("ward.mamori.json")));
        QCOMPARE(kindForWriting(QStringLiteral("WARD.MAMORI")), ModelFileKind::Project);
        QTemporaryDir dir;
        const QString lower = dir.filePath(QStringLiteral("ward.mamori"));
        const QString upper = dir.filePath(QStringLiteral("WARD.MAMORI"));
        QVERIFY(FilePaths::samePath(lower, upper, Qt::CaseInsensitive));
        QVERIFY(!FilePaths::samePath(lower, upper, Qt::CaseSensitive));
        QVERIFY(FilePaths::samePath(lower, dir.filePath(QStringLiteral("sub/../ward.mamori")), Qt::CaseSensitive));
#ifdef Q_OS_WIN
        QCOMPARE(FilePaths::systemCaseSensitivity(), Qt::CaseInsensitive);
#else
        QCOMPARE(FilePaths::systemCaseSensitivity(), Qt::CaseSensitive);
#endif
        // The lock this process holds is found whatever the case, where the system ignores case.
        ProjectLock lock;
        QVERIFY(lock.acquire(lower));
        QVERIFY(ProjectLock::heldHere(lower));
        QCOMPARE(ProjectLock::heldHere(upper), FilePaths::systemCaseSensitivity() == Qt::CaseInsensitive);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
