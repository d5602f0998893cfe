// Every bad-input case of RISK-MODEL.md section 6 gets its own clear error: the file, the place
// (a JSON pointer or line and column) and what is wrong.

#include "JsonFormat.h"
#include "ScenarioRecording.h"
#include "Scenarios.h"
#include "Validation.h"

#include <QTest>

#include <limits>

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

        // The yearly cycle's records (RISK-MODEL.md 9): references, vocabularies, fiscal years, ids.
        const auto inspection = [](const char* fields, const char* answer = R"("control": "K", "answer": "no")") {
            const QByteArray records
                = QByteArray(R"("inspections": [{"id": "I1", "fiscal_year": 2026, "kind": "self", )") + fields
                + R"(, "answers": [{)" + answer + "}]}]";
            return model(records.constData());
        };
        QTest::newRow("inspection unknown unit")
            << inspection(R"("unit": "NOPE")") << QStringLiteral("/inspections/0/unit")
            << QStringLiteral("org unit \"NOPE\" does not exist");
        QTest::newRow("inspection answer unknown control")
            << inspection(R"("unit": "ORG")", R"("control": "Q", "answer": "yes")")
            << QStringLiteral("/inspections/0/answers/0/control") << QStringLiteral("control \"Q\" does not exist");
        QTest::newRow("inspection answer not in its list")
            << inspection(R"("unit": "ORG")", R"("control": "K", "answer": "maybe")")
            << QStringLiteral("/inspections/0/answers/0/answer") << QStringLiteral("\"maybe\" is not one of: yes");
        QTest::newRow("inspection answer missing")
            << inspection(R"("unit": "ORG")", R"("control": "K")") << QStringLiteral("/inspections/0/answers/0/answer")
            << QStringLiteral("is missing");
        QTest::newRow("inspection kind not in its list")
            << model(R"("inspections": [{"id": "I1", "fiscal_year": 2026, "kind": "peer"}])")
            << QStringLiteral("/inspections/0/kind") << QStringLiteral("\"peer\" is not one of: self");
        QTest::newRow("inspection fiscal year before 1989")
            << model(R"("inspections": [{"id": "I1", "fiscal_year": 1988, "kind": "self"}])")
            << QStringLiteral("/inspections/0/fiscal_year") << QStringLiteral("1988 is out of range");
        QTest::newRow("inspection fiscal year not a number")
            << model(R"("inspections": [{"id": "I1", "fiscal_year": "R8", "kind": "self"}])")
            << QStringLiteral("/inspections/0/fiscal_year") << QStringLiteral("expected a number");
        QTest::newRow("inspection duplicate id")
            << model(R"("inspections": [{"id": "I1", "fiscal_year": 2026, "kind": "self"},
                                        {"id": "I1", "fiscal_year": 2025, "kind": "self"}])")
            << QStringLiteral("/inspections/1/id") << QStringLiteral("duplicate id \"I1\"");
        const auto finding = [](const char* fields) {
            const QByteArray records
                = QByteArray(R"("audit_findings": [{"id": "F1", "fiscal_year": 2026, "source": "self", )") + fields
                + "}]";
            return model(records.constData());
        };
        QTest::newRow("finding unknown unit")
            << finding(R"("severity": "low", "status": "open", "unit": "NOPE")")
            << QStringLiteral("/audit_findings/0/unit") << QStringLiteral("org unit \"NOPE\" does not exist");
        QTest::newRow("finding unknown control")
            << finding(R"("severity": "low", "status": "open", "control": "Q")")
            << QStringLiteral("/audit_findings/0/control") << QStringLiteral("control \"Q\" does not exist");
        QTest::newRow("finding unknown asset")
            << finding(R"("severity": "low", "status": "open", "asset": "Q")")
            << QStringLiteral("/audit_findings/0/asset") << QStringLiteral("asset \"Q\" does not exist");
        QTest::newRow("finding unknown plan action")
            << finding(R"("severity": "low", "status": "open", "action": "P-99")")
            << QStringLiteral("/audit_findings/0/action") << QStringLiteral("plan action \"P-99\" does not exist");
        QTest::newRow("finding severity not in its list")
            << finding(R"("severity": "grave", "status": "open")") << QStringLiteral("/audit_findings/0/severity")
            << QStringLiteral("\"grave\" is not one of: low");
        QTest::newRow("finding status not in its list")
            << finding(R"("severity": "low", "status": "done")") << QStringLiteral("/audit_findings/0/status")
            << QStringLiteral("\"done\" is not one of: open, closed");
        QTest::newRow("finding source not in its list")
            << model(R"("audit_findings": [{"id": "F1", "fiscal_year": 2026, "source": "ciso", "severity": "low",
                       "status": "open"}])")
            << QStringLiteral("/audit_findings/0/source") << QStringLiteral("\"ciso\" is not one of: self");
        QTest::newRow("finding fiscal year after 2100")
            << model(R"("audit_findings": [{"id": "F1", "fiscal_year": 2101, "source": "self", "severity": "low",
                       "status": "open"}])")
            << QStringLiteral("/audit_findings/0/fiscal_year") << QStringLiteral("out of range");
        QTest::newRow("finding fiscal year missing")
            << model(R"("audit_findings": [{"id": "F1", "source": "self", "severity": "low", "status": "open"}])")
            << QStringLiteral("/audit_findings/0/fiscal_year") << QStringLiteral("is missing");
        QTest::newRow("open finding with a closing date")
            << finding(R"("severity": "low", "status": "open", "closed": "2026-12-01")")
            << QStringLiteral("/audit_findings/0/closed")
            << QStringLiteral("an open audit finding cannot have a closing date");
        QTest::newRow("closed finding without its date")
            << finding(R"("severity": "low", "status": "closed")") << QStringLiteral("/audit_findings/0/closed")
            << QStringLiteral("a closed finding needs the date");
        QTest::newRow("finding bad due date")
            << finding(R"("severity": "low", "status": "open", "due": "2026-13-01")")
            << QStringLiteral("/audit_findings/0/due") << QStringLiteral("not a date");
        QTest::newRow("finding duplicate id")
            << model(R"("audit_findings": [
                       {"id": "F1", "fiscal_year": 2026, "source": "self", "severity": "low", "status": "open"},
                       {"id": "F1", "fiscal_year": 2026, "source": "self", "severity": "low", "status": "open"}])")
            << QStringLiteral("/audit_findings/1/id") << QStringLiteral("duplicate id");
        QTest::newRow("exception rule not a three-tier rule")
            << model(R"("finding_exceptions": [{"id": "E1", "rule": "tier-sharing", "tiers": ["lgwan", "internet"],
                       "assets": ["B", "C"]}])")
            << QStringLiteral("/finding_exceptions/0/rule")
            << QStringLiteral("\"tier-sharing\" is not one of: tier-separation, tier-hosting");
        QTest::newRow("exception unknown asset")
            << model(R"("finding_exceptions": [{"id": "E1", "rule": "tier-hosting", "tiers": ["lgwan", "internet"],
                       "assets": ["B", "Q"]}])")
            << QStringLiteral("/finding_exceptions/0/assets/1") << QStringLiteral("asset \"Q\" does not exist");
        QTest::newRow("exception tier not in its list")
            << model(R"("finding_exceptions": [{"id": "E1", "rule": "tier-hosting", "tiers": ["dmz"]}])")
            << QStringLiteral("/finding_exceptions/0/tiers/0") << QStringLiteral("\"dmz\" is not one of");
        QTest::newRow("exception expires before approval")
            << model(R"("finding_exceptions": [{"id": "E1", "rule": "tier-hosting", "approved": "2026-06-01",
                       "expires": "2026-05-31"}])")
            << QStringLiteral("/finding_exceptions/0/expires") << QStringLiteral("before the approval");
        QTest::newRow("exception duplicate id")
            << model(R"("finding_exceptions": [{"id": "E1", "rule": "tier-hosting"},
                                               {"id": "E1", "rule": "tier-separation"}])")
            << QStringLiteral("/finding_exceptions/1/id") << QStringLiteral("duplicate id");
        QTest::newRow("review subject not in its list")
            << model(R"("reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "budget"}])")
            << QStringLiteral("/reviews/0/subject") << QStringLiteral("\"budget\" is not one of: control");
        QTest::newRow("review of an unknown control")
            << model(R"("reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "control", "ref": "Q"}])")
            << QStringLiteral("/reviews/0/ref") << QStringLiteral("control \"Q\" does not exist");
        QTest::newRow("review of an unknown audit finding")
            << model(R"("reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "audit_finding", "ref": "F9"}])")
            << QStringLiteral("/reviews/0/ref") << QStringLiteral("audit finding \"F9\" does not exist");
        QTest::newRow("review of a risk with an unknown threat")
            << model(R"("reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "risk", "ref": "A", "threat": "Q"}])")
            << QStringLiteral("/reviews/0/threat") << QStringLiteral("threat \"Q\" does not exist");
        QTest::newRow("review duplicate id")
            << model(R"("reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "other"},
                                    {"id": "R1", "fiscal_year": 2026, "subject": "other"}])")
            << QStringLiteral("/reviews/1/id") << QStringLiteral("duplicate id");
        // A scenario's `set` of status_by_unit: the whole map, checked like the rest.
        QTest::newRow("scenario sets a unit's status not in the list")
            << model(R"("scenarios": [{"id": "S1", "changes": [{"op": "set", "entity": "control", "id": "K",
                       "field": "status_by_unit", "value": {"ORG": "done"}}]}])")
            << QStringLiteral("/scenarios/0/changes/0/value/ORG") << QStringLiteral("\"done\" is not one of");
        QTest::newRow("scenario sets status_by_unit to a list")
            << model(R"("scenarios": [{"id": "S1", "changes": [{"op": "set", "entity": "control", "id": "K",
                       "field": "status_by_unit", "value": ["ORG"]}]}])")
            << QStringLiteral("/scenarios/0/changes/0/value") << QStringLiteral("expected an object");
        QTest::newRow("scenario sets the status of an unknown unit")
            << model(R"("scenarios": [{"id": "S1", "changes": [{"op": "set", "entity": "control", "id": "K",
                       "field": "status_by_unit", "value": {"NOPE": "none"}}]}])")
            << QStringLiteral("/scenarios/0") << QStringLiteral("org unit \"NOPE\" does not exist");
        // Service continuity (RISK-MODEL.md 10).
        const char* twoLines = R"("dependencies": [{"from": "A", "to": "B", "kind": "powered_by", "group": "電源"},
            {"from": "A", "to": "C", "kind": "powered_by", "group": "電源"}, {"from": "C", "to": "B", "kind": "runs_on"}])";
        const auto withAssetA = [&](const char* fields, const char* more = "") {
            return model((QByteArray(R"("assets": [{"id": "A", "name": "住基", "type": "system", )") + fields
                + R"(}, {"id": "B", "name": "b", "type": "device"}, {"id": "C", "name": "c", "type": "device"}], )"
                + twoLines + more)
                             .constData());
        };
        const auto withOutage = [&](const char* outage) {
            return model((QByteArray(R"("threats": [{"id": "T", "category": 3, "name": "地震", "dimensions": ["A"],
                "outage": )")
                + outage + "}]")
                             .constData());
        };
        QTest::newRow("outage rate below 0")
            << withOutage(R"({"rate": -0.1, "hours": [1, 24]})") << QStringLiteral("/threats/0/outage/rate")
            << QStringLiteral("-0.1 is out of range; expected 0 to 8760");
        QTest::newRow("outage rate of more than one an hour")
            << withOutage(R"({"rate": 1e9, "hours": [1, 24]})") << QStringLiteral("/threats/0/outage/rate")
            << QStringLiteral("expected 0 to 8760");
        QTest::newRow("outage P5 of 0 hours")
            << withOutage(R"({"rate": 0.1, "hours": [0, 24]})") << QStringLiteral("/threats/0/outage/hours/0")
            << QStringLiteral("expected more than 0");
        QTest::newRow("outage P95 below P5")
            << withOutage(R"({"rate": 0.1, "hours": [48, 24]})") << QStringLiteral("/threats/0/outage/hours/1")
            << QStringLiteral("the 95th percentile, 24 hours, is below the 5th, 48");
        QTest::newRow("RTO below 0") << withAssetA(R"("continuity": {"rto_hours": -1})")
                                     << QStringLiteral("/assets/0/continuity/rto_hours")
                                     << QStringLiteral("-1 is out of range");
        QTest::newRow("loss per hour below 0")
            << withAssetA(R"("continuity": {"loss_per_hour": -500})")
            << QStringLiteral("/assets/0/continuity/loss_per_hour") << QStringLiteral("-500 is out of range");
        QTest::newRow("need of a group the asset has no dependency in")
            << withAssetA(R"("need": {"電原": 1})") << QStringLiteral("/assets/0/need/電原")
            << QStringLiteral("asset \"A\" has no dependency in group \"電原\"");
        QTest::newRow("need larger than its group")
            << withAssetA(R"("need": {"電源": 3})") << QStringLiteral("/assets/0/need/電源")
            << QStringLiteral("needs 3 of group \"電源\", which has 2 dependencies of this asset; expected 1 to 2");
        QTest::newRow("need of 0") << withAssetA(R"("need": {"電源": 0})") << QStringLiteral("/assets/0/need/電源")
                                   << QStringLiteral("expected 1 to 2");
        QTest::newRow("need of another asset's group")
            << withAssetA(R"("need": {"電源": 1})", R"(, "assets": [{"id": "A", "name": "a", "type": "system"},
                {"id": "B", "name": "b", "type": "device"},
                {"id": "C", "name": "c", "type": "device", "need": {"電源": 1}}])")
            << QStringLiteral("/assets/2/need/電源") << QStringLiteral("asset \"C\" has no dependency in group");
        QTest::newRow("group name only spaces")
            << model(R"("dependencies": [{"from": "A", "to": "B", "kind": "runs_on", "group": "  "}])")
            << QStringLiteral("/dependencies/0/group") << QStringLiteral("not only spaces");
        QTest::newRow("group name too long")
            << model((QByteArray(R"("dependencies": [{"from": "A", "to": "B", "kind": "runs_on", "group": ")")
                   + QByteArray(201, 'g') + "\"}]")
                         .constData())
            << QStringLiteral("/dependencies/0/group") << QStringLiteral("is 201 characters long; at most 200");
        QTest::newRow("scenario sets a need larger than its group")
            << withAssetA(
                   R"("tier": "none")", R"(, "scenarios": [{"id": "S1", "changes": [{"op": "set", "entity": "asset",
                "id": "A", "field": "need", "value": {"電源": 2}},
                {"op": "remove", "entity": "dependency", "from": "A", "to": "C", "kind": "powered_by"}]}])")
            << QStringLiteral("/scenarios/0") << QStringLiteral("which has 1 dependencies");
        QTest::newRow("scenario sets an outage of the wrong type")
            << model(R"("scenarios": [{"id": "S1", "changes": [{"op": "set", "entity": "threat", "id": "T",
                "field": "outage", "value": {"rate": "often", "hours": [1, 2]}}]}])")
            << QStringLiteral("/scenarios/0/changes/0/value") << QStringLiteral("expected a number");
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

    /// status_by_unit names units the model has; the place is said as each source is read.
    void statusByUnitNamesKnownUnits()
    {
        auto r = JsonFormat::read(model(), QStringLiteral("units.json"));
        QVERIFY(r.ok());
        Model m = r.model;
        m.controls[1].statusByUnit
            = {{QStringLiteral("ORG"), ControlStatus::Partial}, {QStringLiteral("課/係"), ControlStatus::None}};
        InputErrors errors = validate(m, QStringLiteral("units.json"), Source::Json);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().where, QStringLiteral("/controls/1/status_by_unit/課~1係"));
        QCOMPARE(errors.first().what, QStringLiteral("org unit \"課/係\" does not exist"));
        m.controls[1].statusByUnit.insert(
            QStringLiteral("GONE"), m.controls[1].statusByUnit.take(QStringLiteral("課/係")));
        errors = validate(m, QStringLiteral("units.mamori"), Source::Project);
        QCOMPARE(errors.first().where, QStringLiteral("table controls, row 2, status_by_unit/GONE"));
        errors = validate(m, QString(), Source::Window);
        QCOMPARE(errors.first().where, QStringLiteral("control K2, status by unit (GONE)"));
        m.controls[1].statusByUnit.remove(QStringLiteral("GONE"));
        QVERIFY(validate(m, QString(), Source::Json).isEmpty());
    }

    /// A record's bad reference is placed as each source is read: a pointer, a table row, the item in words.
    void recordErrorsArePlacedBySource()
    {
        auto r = JsonFormat::read(model(), QStringLiteral("records.json"));
        QVERIFY(r.ok());
        Model m = r.model;
        m.auditFindings.append({QStringLiteral("AF-1"), 2026, InspectionKind::Self, {}, {}, {}, AuditSeverity::Low, {},
            QStringLiteral("P-99"), AuditStatus::Open, {}, {}});
        m.inspections.append({QStringLiteral("I-1"), 2026, InspectionKind::Self, QStringLiteral("ORG"), {},
            {{QStringLiteral("K"), {}, InspectionAnswerKind::Yes, {}, {}},
                {QStringLiteral("Q"), {}, InspectionAnswerKind::No, {}, {}}}});
        const InputErrors json = validate(m, QStringLiteral("records.json"), Source::Json);
        QCOMPARE(json.size(), 2);
        QCOMPARE(json[0].where, QStringLiteral("/inspections/0/answers/1/control"));
        QCOMPARE(json[1].where, QStringLiteral("/audit_findings/0/action"));
        const InputErrors project = validate(m, QStringLiteral("r.mamori"), Source::Project);
        QCOMPARE(project[0].where, QStringLiteral("table inspections, row 1, answers/1/control"));
        QCOMPARE(project[1].where, QStringLiteral("table audit_findings, row 1, action"));
        const InputErrors window = validate(m, QString(), Source::Window);
        QCOMPARE(window[0].where, QStringLiteral("inspection I-1, answers (control)"));
        QCOMPARE(window[1].where, QStringLiteral("audit finding AF-1, corrective action"));
        QCOMPARE(window[1].what, QStringLiteral("plan action \"P-99\" does not exist"));
    }

    /// The document control: a bad date is the reader's error at its pointer; an over-long text, a
    /// negative budget, a year out of range or twice are placed as each source is read.
    void documentControlErrorsArePlaced()
    {
        const auto bad = JsonFormat::read(
            model(R"("document": {"number": "X-1", "approved": "2026-13-01", "revisions": [{"date": "yesterday"}]})"),
            QStringLiteral("doc.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors.size(), 2);
        QCOMPARE(bad.errors[0].where, QStringLiteral("/document/approved"));
        QCOMPARE(bad.errors[1].where, QStringLiteral("/document/revisions/0/date"));

        auto r = JsonFormat::read(model(R"("document": {"number": "X-1", "budgets": [
            {"fiscal_year": 2026, "initial": 100, "running": 0}]})"),
            QStringLiteral("doc.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.errors.first().toString()));
        QCOMPARE(r.model.document.number, QStringLiteral("X-1"));
        Model m = r.model;
        m.document.department = QString(201, u'課');
        m.document.budgets.append({2026, 5, -1});
        m.document.budgets.append({1900, 0, 0});
        m.document.revisions.append({QStringLiteral("1.0"), QDate(2026, 4, 1), QString(1001, u'x'), {}});
        const InputErrors json = validate(m, QStringLiteral("doc.json"), Source::Json);
        QCOMPARE(json.size(), 5);
        QCOMPARE(json[0].where, QStringLiteral("/document/department"));
        QVERIFY2(json[0].what.contains(QStringLiteral("201")), qPrintable(json[0].what));
        QCOMPARE(json[1].where, QStringLiteral("/document/revisions/0/description"));
        QCOMPARE(json[2].where, QStringLiteral("/document/budgets/1/fiscal_year")); // 2026 twice
        QCOMPARE(json[3].where, QStringLiteral("/document/budgets/1/running"));
        QCOMPARE(json[4].where, QStringLiteral("/document/budgets/2/fiscal_year"));
        const InputErrors project = validate(m, QStringLiteral("doc.mamori"), Source::Project);
        QCOMPARE(project[0].where, QStringLiteral("table document, department"));
        QCOMPARE(project[3].where, QStringLiteral("table document_budgets, row 2, running"));
        const InputErrors window = validate(m, QString(), Source::Window);
        QCOMPARE(window[0].where, QStringLiteral("document control, preparing department"));
        QCOMPARE(window[3].where, QStringLiteral("document control, budgets (running)"));
        // The same rules for values given for one report only.
        QCOMPARE(validateDocument(m.document, QStringLiteral("doc.json"), Source::Json), json);
    }

    /// References a removal cleared are allowed: the record is kept as history.
    void clearedRecordReferencesAreValid()
    {
        auto r = JsonFormat::read(model(R"("inspections": [{"id": "I1", "fiscal_year": 2026, "kind": "self",
                "unit": null, "answers": [{"control": null, "item": "K6-01-1", "answer": "partial"}]}],
            "audit_findings": [{"id": "F1", "fiscal_year": 2026, "source": "self", "unit": null, "control": null,
                "asset": null, "severity": "low", "action": null, "status": "closed", "closed": "2027-01-10"}],
            "finding_exceptions": [{"id": "E1", "rule": "tier-separation", "tiers": ["lgwan", "internet"], "assets": []}],
            "reviews": [{"id": "R1", "fiscal_year": 2026, "subject": "risk", "ref": null, "threat": null}])"),
            QStringLiteral("cleared.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        QCOMPARE(r.model.auditFindings.first().closed, QDate(2027, 1, 10));
    }

    /// The continuity rules are placed as each source is read, and a valid redundancy passes.
    void continuityErrorsArePlacedBySource()
    {
        auto r = JsonFormat::read(model(R"("dependencies": [
            {"from": "A", "to": "B", "kind": "powered_by", "group": "電源"},
            {"from": "A", "to": "C", "kind": "powered_by", "group": "電源"}])"),
            QStringLiteral("c.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        Model m = r.model;
        m.assets[0].need.insert(QStringLiteral("電源"), 2); // both lines: valid
        m.assets[0].continuity = Continuity {24.0, 500000.0};
        m.threats[0].outage = Outage {0.2, 2, 2}; // a fixed duration: valid
        QVERIFY(validate(m, QString(), Source::Json).isEmpty());
        m.assets[0].need.insert(QStringLiteral("電源"), 3);
        m.assets[0].continuity->lossPerHour = std::numeric_limits<double>::quiet_NaN();
        m.threats[0].outage = Outage {std::numeric_limits<double>::infinity(), 3, 2};
        const InputErrors json = validate(m, QStringLiteral("c.json"), Source::Json);
        QCOMPARE(json.size(), 4);
        QCOMPARE(json[0].where, QStringLiteral("/assets/0/continuity/loss_per_hour"));
        QCOMPARE(json[0].what, QStringLiteral("is not a finite number"));
        QCOMPARE(json[1].where, QStringLiteral("/assets/0/need/電源"));
        QCOMPARE(json[2].where, QStringLiteral("/threats/0/outage/rate"));
        QCOMPARE(json[3].where, QStringLiteral("/threats/0/outage/hours/1"));
        const InputErrors project = validate(m, QStringLiteral("c.mamori"), Source::Project);
        QCOMPARE(project[1].where, QStringLiteral("table assets, row 1, need/電源"));
        QCOMPARE(project[2].where, QStringLiteral("table threats, row 1, outage/rate"));
        const InputErrors window = validate(m, QString(), Source::Window);
        QCOMPARE(window[0].where, QStringLiteral("asset A, continuity (loss_per_hour)"));
        QCOMPARE(window[1].where, QStringLiteral("asset A, needed in group (電源)"));
        QCOMPARE(window[3].where, QStringLiteral("threat T, outage (hours)"));
        // Only the asset's own dependencies count: B's need of "電源" names a group B has none in.
        m = r.model;
        m.assets[1].need.insert(QStringLiteral("電源"), 1);
        const InputErrors other = validate(m, QString(), Source::Json);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other[0].where, QStringLiteral("/assets/1/need/電源"));
    }

    /// A scenario's `set` and `add` carry the continuity fields through the entity's JSON (RISK-MODEL.md
    /// 5 and 10): a service's target, a need, an outage, a dependency added in a group; a dependency's
    /// group changes by removing it and adding it again, which is what recording an edit writes.
    void scenariosCarryContinuityFields()
    {
        const auto r = JsonFormat::read(model(R"("dependencies": [{"from": "A", "to": "B", "kind": "runs_on"}],
            "scenarios": [{"id": "S1", "changes": [
            {"op": "set", "entity": "asset", "id": "A", "field": "continuity",
             "value": {"rto_hours": 24, "loss_per_hour": 800000}},
            {"op": "set", "entity": "threat", "id": "T", "field": "outage", "value": {"rate": 0.2, "hours": [1, 72]}},
            {"op": "remove", "entity": "dependency", "from": "A", "to": "B", "kind": "runs_on"},
            {"op": "add", "entity": "dependency", "value": {"from": "A", "to": "B", "kind": "runs_on", "group": "ホスト"}},
            {"op": "add", "entity": "asset", "value": {"id": "B2", "name": "サーバ2", "type": "device",
             "continuity": {}}},
            {"op": "add", "entity": "dependency", "value": {"from": "A", "to": "B2", "kind": "runs_on", "group": "ホスト"}},
            {"op": "set", "entity": "asset", "id": "A", "field": "need", "value": {"ホスト": 2}}]},
            {"id": "S2", "base": "S1", "changes": [
            {"op": "set", "entity": "asset", "id": "A", "field": "continuity", "value": null},
            {"op": "set", "entity": "threat", "id": "T", "field": "outage", "value": null}]}])"),
            QStringLiteral("s.json"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.errors.first().toString()));
        QVERIFY(!r.model.assets[0].continuity && !r.model.threats[0].outage);
        const ResolvedScenario s1 = resolveScenario(r.model, QStringLiteral("S1"));
        QVERIFY(s1.ok());
        QCOMPARE(s1.model.assets[0].continuity, (Continuity {24.0, 800000.0}));
        QCOMPARE(s1.model.assets[0].needFor(QStringLiteral("ホスト")), 2);
        QCOMPARE(s1.model.assets.last().continuity, Continuity {});
        QCOMPARE(s1.model.threats[0].outage, (Outage {0.2, 1, 72}));
        QCOMPARE(s1.model.dependencies.size(), 2);
        for (const Dependency& d : s1.model.dependencies)
            QCOMPARE(d.group, QStringLiteral("ホスト"));
        const ResolvedScenario s2 = resolveScenario(r.model, QStringLiteral("S2"));
        QVERIFY(s2.ok());
        QVERIFY(!s2.model.assets[0].continuity && !s2.model.threats[0].outage);

        // An edit of the same fields while a scenario is shown is recorded as changes that reproduce it.
        Model edited = r.model;
        edited.assets[1].continuity = Continuity {std::nullopt, 10000.0};
        edited.threats[0].outage = Outage {0.05, 2, 24};
        edited.dependencies[0].group = QStringLiteral("ホスト");
        edited.assets[0].need.insert(QStringLiteral("ホスト"), 1);
        const RecordedChanges recorded = recordChanges(r.model, edited);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error));
        QVERIFY(sameContent(recorded.model, edited));
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
