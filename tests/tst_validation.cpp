// Every bad-input case of RISK-MODEL.md section 6 gets its own clear error: the file, the place
// (a JSON pointer or line and column) and what is wrong.

#include "JsonFormat.h"
#include "Scenarios.h"

#include <QTest>

using namespace mamori;

namespace {

/// A small valid model, with `extra` (JSON members) replacing or adding top-level keys.
QByteArray model(const char* extra = "")
{
    QByteArray base = R"({"format": "mamori-model", "version": 1,
      "org_units": [{"id": "ORG", "name": "区長部局"}],
      "assets": [
        {"id": "A", "name": "住基", "type": "system", "tier": "mynumber", "owner": "ORG", "impact": {"C": 5}},
        {"id": "B", "name": "サーバ", "type": "device", "tier": "lgwan"},
        {"id": "C", "name": "公開Web", "type": "system", "tier": "internet"}],
      "dependencies": [{"from": "A", "to": "B", "kind": "runs_on"}],
      "threats": [{"id": "T", "category": 1, "name": "不正アクセス", "dimensions": ["C"]}],
      "controls": [{"id": "K", "group": 6, "name": "MFA", "status": "implemented", "mitigates": ["T"]},
                   {"id": "K2", "group": 1, "name": "CISO", "requires": ["K"]}],
      "plan": {"actions": [{"id": "P", "title": "MFA", "controls": ["K"], "start": "2026-04-01", "due": "2026-09-30"}]},
      "scenarios": [{"id": "S", "base": null, "changes": []}])";
    // Later keys win in QJsonDocument, so extra members override the base ones.
    if (*extra)
        base += QByteArray(", ") + extra;
    return base + "}";
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void validModelPasses()
    {
        const auto r = JsonFormat::read(model(), QStringLiteral("ok.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");

        // Syntax and encoding: placed by line and column.
        QTest::newRow("malformed JSON") << QByteArray("{\n  \"format\": \"mamori-model\",\n  \"assets\": [,]\n}")
                                        << QStringLiteral("line 3, column 14") << QStringLiteral("malformed JSON");
        QTest::newRow("not UTF-8") << QByteArray("{\"format\": \"mamori-model\", \"name\": \"\xe4\xbd\"}")
                                   << QStringLiteral("line 1, column 37") << QStringLiteral("not valid UTF-8");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"name\": \"\xc0\xaf\"}") << QStringLiteral("line 1, column 11")
                                        << QStringLiteral("not valid UTF-8");
        QTest::newRow("top level array") << QByteArray("[1, 2]") << QStringLiteral("/")
                                         << QStringLiteral("top level must be an object");
        QTest::newRow("not a model") << QByteArray(R"({"format": "something-else", "version": 1})")
                                     << QStringLiteral("/format") << QStringLiteral("not a Mamori model");
        QTest::newRow("newer version") << QByteArray(R"({"format": "mamori-model", "version": 3})")
                                       << QStringLiteral("/version") << QStringLiteral("newer");

        // Wrong types and vocabularies.
        QTest::newRow("wrong type") << model(
            R"("threats": [{"id": "T", "category": 1, "name": "x", "likelihood": "high",
                                                "dimensions": ["C"]}])")
                                    << QStringLiteral("/threats/0/likelihood") << QStringLiteral("expected a number");
        QTest::newRow("unknown type") << model(R"("assets": [{"id": "A", "name": "x", "type": "server"}])")
                                      << QStringLiteral("/assets/0/type") << QStringLiteral("\"server\" is not one of");
        QTest::newRow("unknown tier") << model(
            R"("assets": [{"id": "A", "name": "x", "type": "system", "tier": "dmz"}])")
                                      << QStringLiteral("/assets/0/tier") << QStringLiteral("\"dmz\" is not one of");
        QTest::newRow("missing id") << model(R"("assets": [{"name": "x", "type": "system"}])")
                                    << QStringLiteral("/assets/0/id") << QStringLiteral("is missing");
        QTest::newRow("unknown dimension") << model(R"("assets": [{"id": "A", "name": "x", "type": "system",
                                                      "impact": {"X": 3}}])")
                                           << QStringLiteral("/assets/0/impact/X") << QStringLiteral("not a dimension");
        QTest::newRow("bad date") << model(R"("plan": {"actions": [{"id": "P", "title": "x", "start": "2026-13-01",
                                             "due": "2026-12-01"}]})")
                                  << QStringLiteral("/plan/actions/0/start") << QStringLiteral("not a date");
        QTest::newRow("mitigates both") << model(R"("controls": [{"id": "K", "group": 1, "name": "x",
                                                   "mitigates": [{"threat": "T", "category": 1}]}])")
                                        << QStringLiteral("/controls/0/mitigates/0")
                                        << QStringLiteral("exactly one of");

        // Ranges.
        QTest::newRow("impact out of range") << model(R"("assets": [{"id": "A", "name": "x", "type": "system",
                                                        "impact": {"A": 6}}])")
                                             << QStringLiteral("/assets/0/impact/A") << QStringLiteral("out of range");
        QTest::newRow("likelihood out of range")
            << model(R"("threats": [{"id": "T", "category": 1, "name": "x",
                                                            "likelihood": 0, "dimensions": ["C"]}])")
            << QStringLiteral("/threats/0/likelihood") << QStringLiteral("out of range");
        QTest::newRow("category out of range")
            << model(R"("threats": [{"id": "T", "category": 6, "name": "x",
                                                          "dimensions": ["C"]}])")
            << QStringLiteral("/threats/0/category") << QStringLiteral("out of range");
        QTest::newRow("weight out of range")
            << model(R"("dependencies": [{"from": "A", "to": "B", "kind": "other",
                                                        "weights": {"A": 1.5}}])")
            << QStringLiteral("/dependencies/0/weights/A") << QStringLiteral("out of range");
        QTest::newRow("effectiveness out of range")
            << model(R"("controls": [{"id": "K", "group": 1, "name": "x",
                                                               "effectiveness": 1.2}])")
            << QStringLiteral("/controls/0/effectiveness") << QStringLiteral("out of range");
        QTest::newRow("group out of range") << model(R"("controls": [{"id": "K", "group": 10, "name": "x"}])")
                                            << QStringLiteral("/controls/0/group") << QStringLiteral("out of range");
        QTest::newRow("negative cost") << model(R"("controls": [{"id": "K", "group": 1, "name": "x",
                                                  "cost": {"initial": -5}}])")
                                       << QStringLiteral("/controls/0/cost/initial") << QStringLiteral("out of range");
        QTest::newRow("appetite out of range")
            << model(R"("settings": {"appetite": 40})") << QStringLiteral("/settings/appetite")
            << QStringLiteral("out of range");
        QTest::newRow("bands not increasing")
            << model(R"("settings": {"bands": [[9, "low"], [4, "medium"], [25, "x"]]})")
            << QStringLiteral("/settings/bands/1") << QStringLiteral("must increase");
        QTest::newRow("empty dimensions") << model(R"("threats": [{"id": "T", "category": 1, "name": "x",
                                                     "dimensions": []}])")
                                          << QStringLiteral("/threats/0/dimensions") << QStringLiteral("at least one");
        QTest::newRow("level not in table") << model(R"("assets": [{"id": "A", "name": "x", "type": "system",
                                                       "classification": {"C": "3A"}}])")
                                            << QStringLiteral("/assets/0/classification/C")
                                            << QStringLiteral("level \"3A\" is not in the impact table");
        QTest::newRow("due before start")
            << model(R"("plan": {"actions": [{"id": "P", "title": "x",
                                                     "start": "2026-10-01", "due": "2026-04-01"}]})")
            << QStringLiteral("/plan/actions/0/due") << QStringLiteral("before the start");

        // References, duplicates and structure.
        QTest::newRow("unknown asset") << model(R"("dependencies": [{"from": "A", "to": "Z", "kind": "runs_on"}])")
                                       << QStringLiteral("/dependencies/0/to")
                                       << QStringLiteral("asset \"Z\" does not exist");
        QTest::newRow("unknown threat") << model(R"("exposures": [{"asset": "A", "threat": "T9"}])")
                                        << QStringLiteral("/exposures/0/threat")
                                        << QStringLiteral("threat \"T9\" does not exist");
        QTest::newRow("unknown control") << model(R"("controls": [{"id": "K", "group": 1, "name": "x",
                                                    "requires": ["K7"]}])")
                                         << QStringLiteral("/controls/0/requires/0")
                                         << QStringLiteral("control \"K7\" does not exist");
        QTest::newRow("unknown org unit")
            << model(R"("assets": [{"id": "A", "name": "x", "type": "system",
                                                     "owner": "ORG9"}])")
            << QStringLiteral("/assets/0/owner") << QStringLiteral("org unit \"ORG9\" does not exist");
        QTest::newRow("plan names unknown control")
            << model(R"("plan": {"actions": [{"id": "P", "title": "x", "controls": ["K", "K404"],
                       "start": "2026-04-01", "due": "2026-09-30"}]})")
            << QStringLiteral("/plan/actions/0/controls/1") << QStringLiteral("control \"K404\" does not exist");
        QTest::newRow("duplicate id") << model(R"("assets": [{"id": "A", "name": "x", "type": "system"},
                                                {"id": "A", "name": "y", "type": "device"}])")
                                      << QStringLiteral("/assets/1/id") << QStringLiteral("duplicate id \"A\"");
        QTest::newRow("self dependency") << model(R"("dependencies": [{"from": "B", "to": "B", "kind": "other"}])")
                                         << QStringLiteral("/dependencies/0")
                                         << QStringLiteral("cannot depend on itself");
        QTest::newRow("duplicate dependency")
            << model(R"("dependencies": [{"from": "A", "to": "B", "kind": "runs_on"},
                                                         {"from": "A", "to": "B", "kind": "runs_on"}])")
            << QStringLiteral("/dependencies/1")
            << QStringLiteral("duplicate dependency: A -> B of the kind \"runs on\" is listed already");
        QTest::newRow("two exposures of a pair")
            << model(R"("exposures": [{"asset": "A", "threat": "T"},
                                                            {"asset": "A", "threat": "T", "likelihood": 2}])")
            << QStringLiteral("/exposures/1") << QStringLiteral("a second exposure");
        QTest::newRow("two responses of a pair")
            << model(R"("responses": [{"asset": "A", "threat": "T", "response": "accept"},
                       {"asset": "A", "threat": "T", "response": "avoid"}])")
            << QStringLiteral("/responses/1") << QStringLiteral("a second response");
        QTest::newRow("requires cycle") << model(R"("controls": [
                {"id": "K1", "group": 1, "name": "a", "requires": ["K2"]},
                {"id": "K2", "group": 1, "name": "b", "requires": ["K3"]},
                {"id": "K3", "group": 1, "name": "c", "requires": ["K1"]}])")
                                        << QStringLiteral("/controls/0/requires")
                                        << QStringLiteral("loops: K1 -> K2 -> K3 -> K1");

        // Scenarios.
        QTest::newRow("scenario base cycle") << model(R"("scenarios": [{"id": "S1", "base": "S2", "changes": []},
                                                        {"id": "S2", "base": "S1", "changes": []}])")
                                             << QStringLiteral("/scenarios/") << QStringLiteral("base chain loops");
        QTest::newRow("scenario unknown base")
            << model(R"("scenarios": [{"id": "S1", "base": "S0", "changes": []}])")
            << QStringLiteral("/scenarios/0/base") << QStringLiteral("scenario \"S0\" does not exist");
        QTest::newRow("scenario sets unknown asset")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                       {"op": "set", "entity": "asset", "id": "Q", "field": "tier", "value": "lgwan"}]}])")
            << QStringLiteral("/scenarios/0/changes/0/id") << QStringLiteral("asset \"Q\" does not exist");
        QTest::newRow("scenario removes what an earlier change removed")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                       {"op": "remove", "entity": "asset", "id": "B"},
                       {"op": "remove", "entity": "dependency", "from": "A", "to": "B", "kind": "runs_on"}]}])")
            << QStringLiteral("/scenarios/0/changes/1") << QStringLiteral("does not exist in this scenario's base");
        QTest::newRow("scenario change names what its base lacks")
            << model(R"("scenarios": [{"id": "S1", "changes": [{"op": "remove", "entity": "asset", "id": "C"}]},
                       {"id": "S2", "base": "S1", "changes": [
                       {"op": "set", "entity": "asset", "id": "C", "field": "gateway", "value": true}]}])")
            << QStringLiteral("/scenarios/1/changes/0/id") << QStringLiteral("asset \"C\" does not exist");
        QTest::newRow("scenario sets a bad value")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                       {"op": "set", "entity": "control", "id": "K", "field": "status", "value": "done"}]}])")
            << QStringLiteral("/scenarios/0/changes/0/value") << QStringLiteral("\"done\" is not one of");
        QTest::newRow("scenario sets an unknown field")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                       {"op": "set", "entity": "asset", "id": "A", "field": "colour", "value": "red"}]}])")
            << QStringLiteral("/scenarios/0/changes/0/field") << QStringLiteral("not a field that can be set");
        QTest::newRow("scenario makes the model invalid")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                       {"op": "add", "entity": "dependency", "value": {"from": "A", "to": "Q", "kind": "other"}}]}])")
            << QStringLiteral("/scenarios/0") << QStringLiteral("asset \"Q\" does not exist");
        QTest::newRow("scenario unknown op")
            << model(R"("scenarios": [{"id": "S1", "changes": [
                                                        {"op": "rename", "entity": "asset", "id": "A"}]}])")
            << QStringLiteral("/scenarios/0/changes/0/op") << QStringLiteral("\"rename\" is not one of");
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const auto r = JsonFormat::read(json, QStringLiteral("bad.json"));
        QVERIFY2(!r.ok(), "the bad input was accepted");
        QString all;
        for (const InputError& e : r.errors)
            all += e.toString() + QLatin1Char('\n');
        const InputError& e = r.errors.first();
        QCOMPARE(e.file, QStringLiteral("bad.json"));
        QVERIFY2(e.where.startsWith(where), qPrintable(all));
        QVERIFY2(e.what.contains(what) || e.where.contains(what), qPrintable(all));
    }

    void reportsEveryError()
    {
        const auto r
            = JsonFormat::read(model(R"("assets": [{"id": "A", "name": "x", "type": "system", "impact": {"C": 9}},
                                                 {"id": "A", "name": "y", "type": "system", "impact": {"I": 0}}])"),
                QStringLiteral("many.json"));
        // Out of range twice, a duplicate, and the dependency on the now missing B.
        QCOMPARE(r.errors.size(), 4);
    }

    void namesWithMarkupAreKeptAsText()
    {
        const auto r = JsonFormat::read(model(R"("assets": [{"id": "A", "name": "<img src='file:///etc/passwd'>",
                                                 "type": "system"}, {"id": "B", "name": "b", "type": "device"}])"),
            QStringLiteral("html.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.model.assets.first().name.ja, QStringLiteral("<img src='file:///etc/passwd'>"));
    }

    void scenarioNeverChangesTheBaseline()
    {
        const auto r = JsonFormat::read(model(R"("scenarios": [{"id": "S1", "changes": [
            {"op": "remove", "entity": "asset", "id": "B"},
            {"op": "set", "entity": "control", "id": "K", "field": "status", "value": "none"},
            {"op": "remove", "entity": "control", "id": "K"},
            {"op": "set", "entity": "setting", "field": "appetite", "value": 10}]}])"),
            QStringLiteral("s.json"));
        QVERIFY(r.ok());
        const Model before = r.model;
        const ResolvedScenario s = resolveScenario(r.model, QStringLiteral("S1"));
        QVERIFY(s.ok());
        QCOMPARE(r.model, before);
        QCOMPARE(s.model.assets.size(), 2);
        QVERIFY(s.model.dependencies.isEmpty()); // removed with B
        QCOMPARE(s.model.controls.size(), 1);
        QVERIFY(s.model.controls.first().requires_.isEmpty()); // K2 no longer requires K
        QVERIFY(s.model.actions.first().controls.isEmpty());
        QCOMPARE(s.model.settings.appetite, 10.0);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
