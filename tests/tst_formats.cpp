// Round trips of the JSON interchange and the project file, schema migration, and the refusal of
// files Mamori must not read (newer, foreign, damaged).

#include "JsonFormat.h"
#include "ModelFile.h"
#include "ProjectFile.h"
#include "TestModels.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace mamori;

namespace {

Model readJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    auto r = JsonFormat::read(f.readAll(), path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errors.first().toString()));
    return r.model;
}

/// Runs SQL on a database file outside the project code, as another tool or an old version would.
void execSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString firstError(const ProjectFile::ReadResult& r)
{
    return r.errors.isEmpty() ? QString() : r.errors.first().toString();
}

} // namespace

class TestFormats : public QObject {
    Q_OBJECT

private slots:
    void generatedModelIsValid()
    {
        const Model m = test::makeLargeModel(300, 1);
        const InputErrors errors = validate(m, QStringLiteral("generated"), Source::Json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<int>("assets");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("small") << 30 << 7u;
        QTest::newRow("large") << 5000 << 11u;
    }
    void jsonRoundTrip()
    {
        QFETCH(int, assets);
        QFETCH(unsigned, seed);
        const Model m = test::makeLargeModel(assets, seed);
        const QByteArray json = JsonFormat::write(m);
        const auto back = JsonFormat::read(json, QStringLiteral("roundtrip.json"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errors.first().toString()));
        QCOMPARE(back.model, m);
        QCOMPARE(JsonFormat::write(back.model), json); // and the text is stable
    }

    void workedExampleRoundTrip()
    {
        const Model m = readJsonFile(QStringLiteral(MAMORI_TEST_DATA "/worked-example.json"));
        QCOMPARE(m.assets.size(), 3);
        QCOMPARE(m.dependencies[2].weight(Dimension::A), 0.5);
        QCOMPARE(m.dependencies[1].weight(Dimension::C), 1.0);
        QCOMPARE(m.controls[1].effectiveEffectiveness(), 0.5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("worked.mamori"));
        QVERIFY(ProjectFile::write(m, path).ok());
        const auto back = ProjectFile::read(path);
        QVERIFY2(back.ok(), qPrintable(firstError(back)));
        QCOMPARE(back.model, m);
    }

    /// An imported inventory's free columns survive JSON and the project file; a wrong value has its place.
    void assetAttributesRoundTrip()
    {
        Model m = readJsonFile(QStringLiteral(MAMORI_TEST_DATA "/worked-example.json"));
        m.assets[0].attributes = {{QStringLiteral("保管場所"), QStringLiteral("本庁舎 3階\nサーバ室")},
            {QStringLiteral("取得日"), QStringLiteral("2024-04-01")}};
        const auto json = JsonFormat::read(JsonFormat::write(m), QStringLiteral("attributes.json"));
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.errors.first().toString()));
        QCOMPARE(json.model, m);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attributes.mamori"));
        QVERIFY(ProjectFile::write(m, path).ok());
        const auto back = ProjectFile::read(path);
        QVERIFY2(back.ok(), qPrintable(firstError(back)));
        QCOMPARE(back.model.assets[0].attributes, m.assets[0].attributes);
        QCOMPARE(back.model, m);
        const auto bad = JsonFormat::read(
            R"({"format": "mamori-model", "version": 1, "assets": [{"id": "X", "name": "x", "type": "system",
                "attributes": {"保管場所": 3}}]})",
            QStringLiteral("bad.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors.first().where, QStringLiteral("/assets/0/attributes/保管場所"));
    }

    /// The continuity fields (RISK-MODEL.md 10) read as written, round trip, and are left out when not set.
    void continuityFieldsJson()
    {
        const QByteArray json = R"({"format": "mamori-model", "version": 1,
            "assets": [{"id": "S", "name": "住民記録", "type": "system",
                        "continuity": {"rto_hours": 24, "loss_per_hour": 500000.5}, "need": {"電源": 1}},
                       {"id": "P1", "name": "電源1", "type": "facility", "continuity": {}},
                       {"id": "P2", "name": "電源2", "type": "facility", "continuity": {"rto_hours": 0.1}}],
            "dependencies": [{"from": "S", "to": "P1", "kind": "powered_by", "group": "電源"},
                             {"from": "S", "to": "P2", "kind": "powered_by", "group": "電源"}],
            "threats": [{"id": "T", "category": 3, "name": "地震", "dimensions": ["A"],
                         "outage": {"rate": 0.05, "hours": [4, 168]}},
                        {"id": "U", "category": 4, "name": "停電", "dimensions": ["A"]}]})";
        const auto r = JsonFormat::read(json, QStringLiteral("continuity.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        const Model& m = r.model;
        QCOMPARE(m.assets[0].continuity, (Continuity {24.0, 500000.5}));
        QCOMPARE(m.assets[0].needFor(QStringLiteral("電源")), 1);
        QCOMPARE(m.assets[1].needFor(QStringLiteral("other")), 1);
        QCOMPARE(m.assets[1].continuity, Continuity {}); // a service with no numbers yet
        QCOMPARE(m.assets[2].continuity, (Continuity {0.1, std::nullopt}));
        QCOMPARE(m.dependencies[1].group, QStringLiteral("電源"));
        QCOMPARE(m.threats[0].outage, (Outage {0.05, 4, 168}));
        QVERIFY(!m.threats[1].outage);
        const QByteArray written = JsonFormat::write(m);
        const auto back = JsonFormat::read(written, QStringLiteral("back.json"));
        QVERIFY(back.ok());
        QCOMPARE(back.model, m);
        QCOMPARE(JsonFormat::write(back.model), written);

        // A model without them is written without the keys, as before they existed.
        const QByteArray plain
            = JsonFormat::write(readJsonFile(QStringLiteral(MAMORI_TEST_DATA "/worked-example.json")));
        for (const char* key : {"\"outage\"", "\"continuity\"", "\"need\"", "\"group\": \""})
            QVERIFY2(!plain.contains(key), key);
    }

    void continuityFieldsJsonErrors_data()
    {
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("dependency");
        QTest::addColumn<QString>("threat");
        QTest::addColumn<QString>("where");
        const QString a = QStringLiteral(R"("id": "S", "name": "s", "type": "system")");
        const QString d = QStringLiteral(R"("from": "S", "to": "H", "kind": "runs_on")");
        const QString t = QStringLiteral(R"("id": "T", "category": 3, "name": "t", "dimensions": ["A"])");
        auto row = [&](const char* name, const QString& asset, const QString& dependency, const QString& threat,
                       const char* where) {
            QTest::newRow(name) << asset << dependency << threat << QString::fromUtf8(where);
        };
        row("rate not a number", a, d, t + QStringLiteral(R"(, "outage": {"rate": "0.1", "hours": [1, 2]})"),
            "/threats/0/outage/rate");
        row("rate missing", a, d, t + QStringLiteral(R"(, "outage": {"hours": [1, 2]})"), "/threats/0/outage/rate");
        row("rate null", a, d, t + QStringLiteral(R"(, "outage": {"rate": null, "hours": [1, 2]})"),
            "/threats/0/outage/rate");
        row("hours missing", a, d, t + QStringLiteral(R"(, "outage": {"rate": 1})"), "/threats/0/outage/hours");
        row("hours one", a, d, t + QStringLiteral(R"(, "outage": {"rate": 1, "hours": [1]})"),
            "/threats/0/outage/hours");
        row("hours text", a, d, t + QStringLiteral(R"(, "outage": {"rate": 1, "hours": [1, "2"]})"),
            "/threats/0/outage/hours/1");
        row("outage not an object", a, d, t + QStringLiteral(R"(, "outage": 0.2)"), "/threats/0/outage");
        row("continuity not an object", a + QStringLiteral(R"(, "continuity": 24)"), d, t, "/assets/0/continuity");
        row("rto text", a + QStringLiteral(R"(, "continuity": {"rto_hours": "24"})"), d, t,
            "/assets/0/continuity/rto_hours");
        row("loss text", a + QStringLiteral(R"(, "continuity": {"loss_per_hour": true})"), d, t,
            "/assets/0/continuity/loss_per_hour");
        row("need not an object", a + QStringLiteral(R"(, "need": 2)"), d, t, "/assets/0/need");
        row("need fraction", a + QStringLiteral(R"(, "need": {"g": 1.5})"), d, t, "/assets/0/need/g");
        row("need null", a + QStringLiteral(R"(, "need": {"g": null})"), d, t, "/assets/0/need/g");
        row("group number", a, d + QStringLiteral(R"(, "group": 3)"), t, "/dependencies/0/group");
        row("group empty", a, d + QStringLiteral(R"(, "group": "")"), t, "/dependencies/0/group");
    }
    /// A wrong type in a continuity field is an input error at its place, as everywhere else.
    void continuityFieldsJsonErrors()
    {
        QFETCH(QString, asset);
        QFETCH(QString, dependency);
        QFETCH(QString, threat);
        QFETCH(QString, where);
        const QString json = QStringLiteral(R"({"format": "mamori-model", "version": 1, "assets": [{%1},
            {"id": "H", "name": "h", "type": "device"}], "dependencies": [{%2}], "threats": [{%3}]})")
                                 .arg(asset, dependency, threat);
        const auto r = JsonFormat::read(json.toUtf8(), QStringLiteral("bad.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, where);
        QCOMPARE(r.errors.size(), 1);
    }

    void projectRoundTripLarge()
    {
        const Model m = test::makeLargeModel(5000, 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.mamori"));
        const auto written = ProjectFile::write(m, path);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const auto back = ProjectFile::read(path);
        QVERIFY2(back.ok(), qPrintable(firstError(back)));
        QCOMPARE(back.schemaVersion, ProjectFile::kSchemaVersion);
        QCOMPARE(back.model.assets.size(), m.assets.size());
        QCOMPARE(back.model, m);
        // Saving again over the file replaces it and leaves no temporary files behind.
        QVERIFY(ProjectFile::write(back.model, path).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("large.mamori")});
    }

    void projectFileSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.mamori"));
        QVERIFY(ProjectFile::write(test::makeLargeModel(10, 1), path).ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete")); // not WAL (issue 17): network folders
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), ProjectFile::kApplicationId);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), ProjectFile::kSchemaVersion);
            // The foreign keys hold: a dependency naming an unknown asset is refused by the file itself.
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO dependencies VALUES (99, 'A-00001', 'NOPE', 'other', NULL, NULL, "
                                       "NULL)")));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migratesVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.mamori"));
        QCOMPARE(ProjectFile::createSchema(path, 1), QString());
        execSql(path,
            {
                QStringLiteral("INSERT INTO meta VALUES ('name_ja', '旧版の区'), ('name_en', 'Old ward')"),
                QStringLiteral("INSERT INTO settings VALUES ('appetite', '[7]')"),
                QStringLiteral("INSERT INTO org_units VALUES (0, 'ORG', '区長部局', 'Mayor')"),
                QStringLiteral(
                    "INSERT INTO assets VALUES (0, 'A1', '住基', '', 'system', 'mynumber', 'ORG', '3', NULL, NULL, "
                    "NULL, NULL, 5, 0)"),
                QStringLiteral(
                    "INSERT INTO assets VALUES (1, 'A2', 'サーバ', 'Server', 'device', 'lgwan', NULL, NULL, NULL, "
                    "NULL, NULL, NULL, NULL, 0)"),
                QStringLiteral("INSERT INTO dependencies VALUES (0, 'A1', 'A2', 'runs_on', NULL, NULL, 0.5)"),
                QStringLiteral(
                    "INSERT INTO threats VALUES (0, 'T1', 1, '不正アクセス', 'Unauthorized access', 4, 'C,I', "
                    "'system', '')"),
                QStringLiteral(
                    "INSERT INTO controls VALUES (0, 'K1', 6, '多要素認証', 'MFA', 'planned', 0.6, 'likelihood', "
                    "'filter', '', 'mynumber', 1200000, 300000, 'ORG')"),
                QStringLiteral("INSERT INTO control_mitigates VALUES ('K1', 0, 'T1', NULL, 0.7)"),
                QStringLiteral("INSERT INTO responses VALUES (0, 'A1', 'T1', 'transfer', '保険')"),
                QStringLiteral(
                    "INSERT INTO plan_actions VALUES (0, 'P1', 'MFA 導入', '', 'ORG', '2026-04-01', '2026-09-30', "
                    "'not_started', 1200000, 300000)"),
                QStringLiteral("INSERT INTO plan_action_controls VALUES ('P1', 0, 'K1')"),
                QStringLiteral("INSERT INTO scenarios VALUES (0, 'S1', 'MFA', '', NULL)"),
                QStringLiteral("INSERT INTO scenario_changes VALUES ('S1', 0, '{\"op\":\"set\",\"entity\":\"control\","
                               "\"id\":\"K1\",\"field\":\"status\",\"value\":\"implemented\"}')"),
            });
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        const auto r = ProjectFile::read(path);
        QVERIFY2(r.ok(), qPrintable(firstError(r)));
        QCOMPARE(r.schemaVersion, 1);
        const Model& m = r.model;
        QCOMPARE(m.name.ja, QStringLiteral("旧版の区"));
        QCOMPARE(m.settings.appetite, 7.0);
        QCOMPARE(m.orgUnits.first().kind, OrgUnitKind::Other); // the v2 default
        QCOMPARE(m.assets.size(), 2);
        QCOMPARE(m.assets[0].classification[0], std::optional<QString>(QStringLiteral("3")));
        QCOMPARE(m.assets[0].impact[2], std::optional<double>(5));
        QCOMPARE(m.dependencies[0].weight(Dimension::A), 0.5);
        QCOMPARE(m.controls[0].scope.filter.tiers, QList<Tier> {Tier::MyNumber});
        QCOMPARE(m.controls[0].mitigates.first().reduction, std::optional<double>(0.7));
        QCOMPARE(m.responses[0].response, ResponseKind::Transfer);
        QVERIFY(m.responses[0].decidedBy.isEmpty());
        QCOMPARE(m.actions[0].controls, QStringList {QStringLiteral("K1")});
        QVERIFY(!m.actions[0].progress.has_value());
        QCOMPARE(m.scenarios[0].changes.size(), 1);

        // Reading did not touch the old file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // Saving over it keeps the old version beside it and writes the newest schema.
        const auto saved = ProjectFile::write(m, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.backupPath, dir.filePath(QStringLiteral("old.v1.mamori")));
        QVERIFY(QFileInfo::exists(saved.backupPath));
        QCOMPARE(ProjectFile::read(saved.backupPath).schemaVersion, 1);
        const auto again = ProjectFile::read(path);
        QCOMPARE(again.schemaVersion, ProjectFile::kSchemaVersion);
        QCOMPARE(again.model, m);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.mamori"));
        QVERIFY(ProjectFile::write(test::makeLargeModel(5, 1), path).ok());
        execSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(ProjectFile::kSchemaVersion + 1)});
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(firstError(r).contains(QStringLiteral("newer Mamori")), qPrintable(firstError(r)));
        QVERIFY(firstError(r).startsWith(QStringLiteral("future.mamori: ")));
    }

    void refusesNewerJsonVersion()
    {
        const auto r = JsonFormat::read(R"({"format": "mamori-model", "version": 2})", QStringLiteral("f.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, QStringLiteral("/version"));
        QVERIFY(r.errors.first().what.contains(QStringLiteral("newer")));
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("hello, world\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an SQLite database");
        QTest::newRow("json") << QByteArray(R"({"format":"mamori-model","version":1})")
                              << QStringLiteral("not an SQLite database");
    }
    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.mamori"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(firstError(r).contains(expected), qPrintable(firstError(r)));
    }

    void refusesOtherSqliteDatabases()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        execSql(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(firstError(r).contains(QStringLiteral("not a Mamori project")), qPrintable(firstError(r)));
    }

    void refusesTruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.mamori"));
        QVERIFY(ProjectFile::write(test::makeLargeModel(2000, 5), path).ok());
        QFile f(path);
        QVERIFY(f.size() > 64 * 1024);
        QVERIFY(f.resize(f.size() / 2));
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(firstError(r).contains(QStringLiteral("damaged")), qPrintable(firstError(r)));
    }

    void reportsBadRowsWithTableAndRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.mamori"));
        QVERIFY(ProjectFile::write(test::makeLargeModel(20, 2), path).ok());
        execSql(path,
            {QStringLiteral("UPDATE assets SET tier = 'cloud' WHERE pos = 4"),
                QStringLiteral("UPDATE assets SET impact_a = 9 WHERE pos = 6")});
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, QStringLiteral("table assets, row 5, column tier"));
        QVERIFY(r.errors.first().what.contains(QStringLiteral("\"cloud\"")));
        execSql(path, {QStringLiteral("UPDATE assets SET tier = 'lgwan' WHERE pos = 4")});
        const auto r2 = ProjectFile::read(path);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.errors.first().where, QStringLiteral("table assets, row 7, impact/A"));
        QVERIFY(r2.errors.first().what.contains(QStringLiteral("out of range")));
    }

    /// The yearly cycle's records survive JSON with the contract's keys (RISK-MODEL.md 9); a model
    /// without them is written without the keys, as before they existed.
    void yearlyRecordsJsonRoundTrip()
    {
        Model m = test::makeLargeModel(30, 5);
        const QStringList keys = {QStringLiteral("inspections"), QStringLiteral("audit_findings"),
            QStringLiteral("finding_exceptions"), QStringLiteral("reviews")};
        const QJsonObject plain = JsonFormat::toJson(m);
        for (const QString& key : keys)
            QVERIFY2(!plain.contains(key), qPrintable(key));
        test::addYearlyRecords(m, false);
        const QJsonObject json = JsonFormat::toJson(m);
        for (const QString& key : keys)
            QVERIFY2(json.value(key).toArray().size() >= 2, qPrintable(key));
        const QJsonArray findings = json.value(QStringLiteral("audit_findings")).toArray();
        QStringList findingKeys = findings[0].toObject().keys();
        findingKeys.sort();
        QCOMPARE(findingKeys.join(u','),
            QStringLiteral("action,asset,closed,control,description,due,fiscal_year,id,severity,source,status,unit"));
        QVERIFY(findings[0].toObject().value(QStringLiteral("asset")).isNull());
        QVERIFY(!findings[1].toObject().contains(QStringLiteral("due"))); // Mamori's own, only when set
        QCOMPARE(findings[1].toObject().value(QStringLiteral("closed")).toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(
            json.value(QStringLiteral("finding_exceptions")).toArray()[0].toObject().value(QStringLiteral("tiers")),
            QJsonValue(QJsonArray {QStringLiteral("lgwan"), QStringLiteral("internet")}));

        const auto back = JsonFormat::read(JsonFormat::write(m), QStringLiteral("records.json"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errors.first().toString()));
        QCOMPARE(back.model, m);
    }

    /// The example of RISK-MODEL.md 9 reads as written.
    void contractRecordsExampleReads()
    {
        const auto r = JsonFormat::read(R"({"format": "mamori-model", "version": 1,
            "org_units": [{"id": "DEP-KUMIN", "name": "区民課"}],
            "controls": [{"id": "K6-01", "group": 6, "name": "多要素認証", "status": "partial"}],
            "plan": {"actions": [{"id": "P-09", "title": "MFA", "start": "2026-04-01", "due": "2026-09-30"}]},
            "inspections": [{"id": "I-2026-KUMIN", "fiscal_year": 2026, "kind": "self", "unit": "DEP-KUMIN",
                             "date": "2026-10-15", "answers": [{"control": "K6-01", "item": "K6-01-1", "answer": "no",
                             "evidence": "...", "note": "..."}]}],
            "audit_findings": [{"id": "AF-2026-01", "fiscal_year": 2026, "source": "internal_audit", "unit": "DEP-KUMIN",
                                "control": "K6-01", "asset": null, "severity": "high", "description": "...",
                                "action": "P-09", "status": "open", "closed": null}]})",
            QStringLiteral("section9.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        QCOMPARE(r.model.inspections.first().answers.first().answer, InspectionAnswerKind::No);
        QCOMPARE(r.model.inspections.first().date, QDate(2026, 10, 15));
        const AuditFinding& f = r.model.auditFindings.first();
        QCOMPARE(f.severity, AuditSeverity::High);
        QCOMPARE(f.action, QStringLiteral("P-09"));
        QVERIFY(f.asset.isEmpty() && !f.closed.isValid() && !f.due.isValid());
    }

    /// The records and status_by_unit survive the project file.
    void yearlyRecordsProjectRoundTrip()
    {
        Model m = test::makeLargeModel(30, 5);
        test::addYearlyRecords(m, true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.mamori"));
        const auto written = ProjectFile::write(m, path);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const auto back = ProjectFile::read(path);
        QVERIFY2(back.ok(), qPrintable(firstError(back)));
        QCOMPARE(back.model.controls[0].statusByUnit, m.controls[0].statusByUnit);
        QCOMPARE(back.model.inspections, m.inspections);
        QCOMPARE(back.model, m);
    }

    /// A file of schema 3 (before the records) reads with none, and is saved as schema 4 with them,
    /// keeping the old file beside it.
    void migratesVersion3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.mamori"));
        QCOMPARE(ProjectFile::createSchema(path, 3), QString());
        execSql(path,
            {QStringLiteral("INSERT INTO org_units VALUES (0, 'ORG', '区長部局', '', 'department', NULL)"),
                QStringLiteral(
                    "INSERT INTO controls VALUES (0, 'K1', 6, '多要素認証', '', 'partial', NULL, 'likelihood', "
                    "'all', '', '', 0, 0, 'ORG', '')")});
        const auto r = ProjectFile::read(path);
        QVERIFY2(r.ok(), qPrintable(firstError(r)));
        QCOMPARE(r.schemaVersion, 3);
        QVERIFY(r.model.controls[0].statusByUnit.isEmpty());
        QVERIFY(r.model.inspections.isEmpty() && r.model.auditFindings.isEmpty());

        Model m = r.model;
        m.controls[0].statusByUnit.insert(QStringLiteral("ORG"), ControlStatus::Implemented);
        m.auditFindings.append({QStringLiteral("AF-1"), 2026, InspectionKind::InternalAudit, QStringLiteral("ORG"),
            QStringLiteral("K1"), {}, AuditSeverity::Low, {}, {}, AuditStatus::Open, {}, {}});
        const auto saved = ProjectFile::write(m, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.backupPath, dir.filePath(QStringLiteral("v3.v3.mamori")));
        const auto again = ProjectFile::read(path);
        QCOMPARE(again.schemaVersion, ProjectFile::kSchemaVersion);
        QCOMPARE(again.model, m);
    }

    static DocumentControl sampleDocument()
    {
        DocumentControl d;
        d.number = QStringLiteral("江戸川区情報政策課-2026-001");
        d.version = QStringLiteral("1.1");
        d.department = QStringLiteral("情報政策課");
        d.approvedOn = QDate(2026, 11, 30);
        d.revisions = {{QStringLiteral("1.0"), QDate(2026, 6, 1), QStringLiteral("初版"), QStringLiteral("情報政策課")},
            {QStringLiteral("1.1"), QDate(2026, 11, 30), QStringLiteral("計画の見直し"), {}}};
        d.distribution = {QStringLiteral("区長"), QStringLiteral("副区長")};
        d.budgets = {{2026, 180000000, 0}, {2027, 0, 52000000.5}};
        return d;
    }

    /// The document control survives JSON and the project file, and a model without it is written
    /// without the key (as before it existed).
    void documentControlRoundTrips()
    {
        Model m = test::makeLargeModel(10, 2);
        QVERIFY(!JsonFormat::toJson(m).contains(QStringLiteral("document")));
        m.document = sampleDocument();
        const QByteArray json = JsonFormat::write(m);
        const auto back = JsonFormat::read(json, QStringLiteral("doc.json"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.errors.first().toString()));
        QCOMPARE(back.model.document, m.document);
        QCOMPARE(JsonFormat::write(back.model), json);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doc.mamori"));
        const auto written = ProjectFile::write(m, path);
        QVERIFY2(written.ok(), qPrintable(written.error));
        const auto read = ProjectFile::read(path);
        QVERIFY2(read.ok(), qPrintable(firstError(read)));
        QCOMPARE(read.model.document, m.document);
        QCOMPARE(read.model, m);
    }

    /// A file of schema 4 (before the document control) reads with none, and is saved as schema 5 with
    /// it, keeping the old file beside it.
    void migratesVersion4()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.mamori"));
        QCOMPARE(ProjectFile::createSchema(path, 4), QString());
        execSql(path, {QStringLiteral("INSERT INTO org_units VALUES (0, 'ORG', '区長部局', '', 'department', NULL)")});
        const auto r = ProjectFile::read(path);
        QVERIFY2(r.ok(), qPrintable(firstError(r)));
        QCOMPARE(r.schemaVersion, 4);
        QVERIFY(r.model.document.isEmpty());
        Model m = r.model;
        m.document = sampleDocument();
        const auto saved = ProjectFile::write(m, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.backupPath, dir.filePath(QStringLiteral("v4.v4.mamori")));
        const auto again = ProjectFile::read(path);
        QCOMPARE(again.schemaVersion, ProjectFile::kSchemaVersion);
        QCOMPARE(again.model, m);
        QVERIFY(ProjectFile::read(saved.backupPath).model.document.isEmpty());
    }

    /// A file of schema 5 (before service continuity) reads with no outages, services or groups, and
    /// is saved as schema 6 with them, keeping the old file beside it.
    void migratesVersion5()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.mamori"));
        QCOMPARE(ProjectFile::createSchema(path, 5), QString());
        execSql(path,
            {QStringLiteral("INSERT INTO assets (pos, id, name_ja, name_en, type, tier, gateway) VALUES "
                            "(0, 'S', '住民記録', '', 'system', 'mynumber', 0), (1, 'H1', 'ホスト1', '', 'device', "
                            "'mynumber', 0), (2, 'H2', 'ホスト2', '', 'device', 'mynumber', 0)"),
                QStringLiteral("INSERT INTO dependencies (pos, from_asset, to_asset, kind) VALUES "
                               "(0, 'S', 'H1', 'runs_on'), (1, 'S', 'H2', 'runs_on')"),
                QStringLiteral("INSERT INTO threats (pos, id, category, name_ja, name_en, dimensions, applies_types, "
                               "applies_tiers) VALUES (0, 'T', 3, '地震', '', 'A', '', '')")});
        const auto r = ProjectFile::read(path);
        QVERIFY2(r.ok(), qPrintable(firstError(r)));
        QCOMPARE(r.schemaVersion, 5);
        QVERIFY(!r.model.assets[0].continuity && r.model.assets[0].need.isEmpty());
        QVERIFY(r.model.dependencies[0].group.isEmpty() && !r.model.threats[0].outage);

        Model m = r.model;
        m.assets[0].continuity = Continuity {24.0, 800000.0};
        m.assets[1].continuity = Continuity {};
        m.assets[0].need.insert(QStringLiteral("ホスト"), 1);
        m.dependencies[0].group = QStringLiteral("ホスト");
        m.dependencies[1].group = QStringLiteral("ホスト");
        m.threats[0].outage = Outage {0.03, 4, 168};
        const auto saved = ProjectFile::write(m, path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.backupPath, dir.filePath(QStringLiteral("v5.v5.mamori")));
        const auto again = ProjectFile::read(path);
        QVERIFY2(again.ok(), qPrintable(firstError(again)));
        QCOMPARE(again.schemaVersion, 6);
        QCOMPARE(again.model, m);
        QVERIFY(!ProjectFile::read(saved.backupPath).model.threats[0].outage);
    }

    /// The continuity columns are read strictly: text, a value that is not finite, half an outage or
    /// numbers on an asset that is not a service are errors at their table, row and column.
    void reportsBadContinuityRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("where");
        QTest::newRow("RTO as text") << QStringLiteral("UPDATE assets SET rto_hours = 'a day' WHERE pos = 0")
                                     << QStringLiteral("table assets, row 1, column rto_hours");
        QTest::newRow("loss not finite") << QStringLiteral("UPDATE assets SET loss_per_hour = 9e999 WHERE pos = 4")
                                         << QStringLiteral("table assets, row 5, column loss_per_hour");
        QTest::newRow("numbers on an asset that is not a service")
            << QStringLiteral("UPDATE assets SET is_service = 0 WHERE pos = 0")
            << QStringLiteral("table assets, row 1, column is_service");
        QTest::newRow("rate as text") << QStringLiteral("UPDATE threats SET outage_rate = 'often' WHERE pos = 2")
                                      << QStringLiteral("table threats, row 3, column outage_rate");
        QTest::newRow("P95 not finite") << QStringLiteral("UPDATE threats SET outage_p95 = -9e999 WHERE pos = 2")
                                        << QStringLiteral("table threats, row 3, column outage_p95");
        QTest::newRow("half an outage") << QStringLiteral("UPDATE threats SET outage_p5 = NULL WHERE pos = 2")
                                        << QStringLiteral("table threats, row 3, column outage_p5");
        QTest::newRow("need as text") << QStringLiteral("UPDATE asset_needs SET need = 'two'")
                                      << QStringLiteral("table asset_needs, row 1, column need");
        QTest::newRow("need a fraction") << QStringLiteral("UPDATE asset_needs SET need = 1.5")
                                         << QStringLiteral("table asset_needs, row 1, column need");
        QTest::newRow("need of a negative count, found by validation")
            << QStringLiteral("UPDATE asset_needs SET need = -1") << QStringLiteral("table assets, row ");
    }
    void reportsBadContinuityRows()
    {
        QFETCH(QString, sql);
        QFETCH(QString, where);
        Model m = test::makeLargeModel(20, 2);
        QVERIFY(m.assets[0].continuity && m.threats[2].outage);
        QVERIFY(std::any_of(m.assets.cbegin(), m.assets.cend(), [](const Asset& a) { return !a.need.isEmpty(); }));
        m.assets[4].continuity = Continuity {1.0, 2.0};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("continuity.mamori"));
        const auto written = ProjectFile::write(m, path);
        QVERIFY2(written.ok(), qPrintable(written.error));
        execSql(path, {sql});
        const auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().where.startsWith(where), qPrintable(r.errors.first().toString()));
    }

    /// A bad value in the records' tables is placed by table, row and column, like the others.
    void reportsBadRecordRowsWithTableAndRow()
    {
        Model m = test::makeLargeModel(20, 2);
        test::addYearlyRecords(m, true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.mamori"));
        QVERIFY(ProjectFile::write(m, path).ok());
        execSql(path,
            {QStringLiteral("UPDATE inspection_answers SET answer = 'maybe' WHERE pos = 1"),
                QStringLiteral("UPDATE audit_findings SET severity = 'grave' WHERE pos = 1")});
        auto r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].where, QStringLiteral("table inspection_answers, row 2, column answer"));
        QCOMPARE(r.errors[1].where, QStringLiteral("table audit_findings, row 2, column severity"));
        QVERIFY(r.errors[1].what.contains(QStringLiteral("\"grave\"")));
        // A unit of status_by_unit the file does not have: validation names the control's row.
        execSql(path,
            {QStringLiteral("UPDATE inspection_answers SET answer = 'no'"),
                QStringLiteral("UPDATE audit_findings SET severity = 'low'"),
                QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("UPDATE control_status_by_unit SET unit = 'GONE' WHERE unit = 'ORG-1'")});
        r = ProjectFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().where, QStringLiteral("table controls, row 1, status_by_unit/GONE"));
        QVERIFY(r.errors.first().what.contains(QStringLiteral("\"GONE\" does not exist")));
    }

    void failedSaveLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.mamori"));
        const Model good = test::makeLargeModel(10, 1);
        QVERIFY(ProjectFile::write(good, path).ok());
        Model broken = good;
        broken.dependencies.append(
            {QStringLiteral("A-00001"), QStringLiteral("NO-SUCH-ASSET"), DependencyKind::Other, {}});
        const auto r = ProjectFile::write(broken, path); // the file's foreign keys refuse it at commit
        QVERIFY(!r.ok());
        QCOMPARE(ProjectFile::read(path).model, good);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("keep.mamori")});
    }

    void invalidModelIsNotSavedAndSaysWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("project") << QStringLiteral("ward.mamori");
        QTest::newRow("json") << QStringLiteral("ward.json");
    }
    void invalidModelIsNotSavedAndSaysWhy()
    {
        // A model the window could not have made (a dependency on a missing asset): the save names the
        // item and the field as the window does, never the database's words, and writes nothing.
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        Model broken = test::makeLargeModel(10, 1);
        broken.dependencies.append({QStringLiteral("A-00001"), QStringLiteral("A-MISSING"), DependencyKind::Other, {}});
        const QString error = saveModelFile(broken, path);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("dependency A-00001 → A-MISSING, depends on: asset \"A-MISSING\" "
                                               "does not exist")),
            qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        for (const char* word : {"FOREIGN KEY", "SQL", "COMMIT", "table"})
            QVERIFY2(!error.contains(QLatin1StringView(word), Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(saveRefusal(broken, path), error);
        QCOMPARE(saveRefusal(test::makeLargeModel(10, 1), path), QString());
    }

    void unwritableFolderLeavesTheFileAndSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.mamori"));
        const Model good = test::makeLargeModel(10, 1);
        QVERIFY(ProjectFile::write(good, path).ok());
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();

        const QFile::Permissions writable = QFile::permissions(dir.path());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));

        Model edited = good;
        edited.name.en = QStringLiteral("Edited");
#ifdef Q_OS_UNIX
        // Root writes into any folder: the save runs as "nobody" then, for whom the folder is read-only.
        const bool asRoot = ::geteuid() == 0;
        if (asRoot && ::seteuid(65534) != 0)
            QFAIL("cannot act as nobody");
#endif
        const QString error = saveModelFile(edited, path);
#ifdef Q_OS_UNIX
        if (asRoot && ::seteuid(0) != 0)
            QFAIL("cannot act as root again");
#endif
        QFile::setPermissions(dir.path(), writable);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("“%1” was not saved: Mamori cannot write in the folder “%2”")
                                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dir.path()))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Save As")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("COMMIT")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), bytes);
        QCOMPARE(ProjectFile::read(path).model, good);

        // A folder that is gone (a disconnected drive) is named as such.
        const QString gone = dir.filePath(QStringLiteral("gone/ward.mamori"));
        const QString missing = saveModelFile(good, gone);
        QVERIFY2(missing.contains(QStringLiteral("“%1” does not exist")
                                      .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("gone"))))),
            qPrintable(missing));
    }

    void modelFileByContent()
    {
        QTemporaryDir dir;
        const Model m = test::makeLargeModel(10, 4);
        const QString json = dir.filePath(QStringLiteral("m.json"));
        const QString project = dir.filePath(QStringLiteral("m.mamori"));
        QCOMPARE(saveModelFile(m, json), QString());
        QCOMPARE(saveModelFile(m, project), QString());
        const LoadedModel a = loadModelFile(json);
        const LoadedModel b = loadModelFile(project);
        QCOMPARE(a.kind, ModelFileKind::Json);
        QCOMPARE(b.kind, ModelFileKind::Project);
        QCOMPARE(a.model, m);
        QCOMPARE(b.model, m);
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
