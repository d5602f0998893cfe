// The edit functions (document/Edits.h) without a window: the edits each builds, applied to the
// sample ward, give the model the action means; their inverses restore it exactly; refusals come with
// a message and no edits; new names go to the language's slot, dates come from the fixed clock. The
// merge keys are checked through a document: one cell or the acceptance criteria merge, nothing else.

#include "BuiltIn.h"
#include "Clock.h"
#include "FiscalYear.h"
#include "IdRename.h"
#include "JsonCodec.h"
#include "JsonFormat.h"
#include "ModelEdit.h"
#include "Scenarios.h"
#include "Validation.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "engine/Plan.h"
#include "engine/Proposals.h"
#include "inspection/CheckItems.h"
#include "inspection/InspectionApply.h"

#include <QJsonArray>
#include <QTest>
#include <QUndoStack>

using namespace mamori;

namespace {

/// Applies `e` to a copy of `before`, checks that the result is valid by itself (the scenarios are
/// checked where they matter: the document refuses what breaks one) and that undoing restores
/// `before` exactly, and returns the result.
Model applyChecked(const Model& before, const UserEdit& e)
{
    [&] {
        QVERIFY2(e.ok(), qPrintable(e.error));
        QVERIFY(!e.edits.isEmpty());
        QVERIFY(!e.text.isEmpty());
    }();
    Model after = before;
    const QList<ModelEdit> undo = applyEdits(after, e.edits);
    [&] {
        const InputErrors errors = validateContent(after, QString(), Source::Json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        Model undone = after;
        applyEdits(undone, undo);
        QVERIFY(undone == before);
    }();
    return after;
}

void verifyRefused(const UserEdit& e)
{
    QVERIFY(!e.ok());
    QVERIFY(!e.error.trimmed().isEmpty());
    QVERIFY(e.edits.isEmpty());
}

const RiskResult& riskOf(const Assessment& a, const QString& asset, const QString& threat)
{
    const RiskResult* r = a.findRisk(asset, threat);
    if (!r)
        qFatal("no risk %s x %s", qPrintable(asset), qPrintable(threat));
    return *r;
}

const QString kAsset = QStringLiteral("N-LGWAN");

/// Edit > Add of kind 0 asset, 1 threat, 2 control, 3 plan action, with id `id`.
UserEdit add(int kind, const Model& m, const QString& id, Language language)
{
    return kind == 0 ? edits::addAsset(m, id, language)
        : kind == 1  ? edits::addThreat(m, id, language)
        : kind == 2  ? edits::addControl(m, id, language)
                     : edits::addPlanAction(m, id, language);
}
QString proposed(int kind, const Model& m)
{
    return kind == 0 ? edits::proposedId<Asset>(m)
        : kind == 1  ? edits::proposedId<Threat>(m)
        : kind == 2  ? edits::proposedId<Control>(m)
                     : edits::proposedId<PlanAction>(m);
}

/// The sample ward with an asset A-REN, a threat T-REN, controls K-REN and K-REN2 and a plan action
/// P-REN, each named from every kind of place that can hold its id, scenario changes included.
Model referencedEverywhere(const Model& ward)
{
    Model m = ward;
    const QString a = QStringLiteral("A-REN"), t = QStringLiteral("T-REN"), k = QStringLiteral("K-REN");
    const QString b = ward.assets[0].id, c = ward.assets[1].id;
    Asset asset;
    asset.id = a;
    asset.name = {QStringLiteral("改名資産"), {}};
    m.assets.append(asset);
    Threat threat;
    threat.id = t;
    threat.name = {QStringLiteral("改名脅威"), {}};
    threat.dimensions.insert(Dimension::A);
    m.threats.append(threat);
    m.dependencies.append({a, b, DependencyKind::RunsOn, {}});
    m.dependencies.append({c, a, DependencyKind::Other, {}});
    m.exposures.append({a, t, 4.0, false, {}});
    m.responses.append({a, t, ResponseKind::Transfer, QStringLiteral("保険"), {}, {}});
    Control control;
    control.id = k;
    control.name = {QStringLiteral("改名対策"), {}};
    control.mitigates = {{t, std::nullopt, std::nullopt}, {{}, 2, 0.3}};
    control.scope.mode = ControlScope::Mode::Assets;
    control.scope.assets = {b, a};
    m.controls.append(control);
    Control second = control;
    second.id = QStringLiteral("K-REN2");
    second.requires_ = {k};
    m.controls.append(second);
    PlanAction action;
    action.id = QStringLiteral("P-REN");
    action.title = {QStringLiteral("改名対応"), {}};
    action.controls = {k, second.id};
    action.risks = {{a, t}, {b, t}};
    m.actions.append(action);
    // The yearly cycle's records name them too.
    const QString unit = ward.orgUnits[0].id;
    m.inspections.append({QStringLiteral("I-REN"), 2026, InspectionKind::Self, unit, QDate(2026, 10, 15),
        {{k, QStringLiteral("K-REN-1"), InspectionAnswerKind::No, QStringLiteral("規程なし"), {}},
            {second.id, {}, InspectionAnswerKind::Yes, {}, {}}}});
    m.auditFindings.append({QStringLiteral("AF-REN"), 2026, InspectionKind::InternalAudit, unit, k, a,
        AuditSeverity::High, QStringLiteral("未導入"), action.id, AuditStatus::Open, {}, QDate(2027, 3, 31)});
    m.findingExceptions.append(
        {QStringLiteral("EX-REN"), QStringLiteral("tier-separation"), {Tier::Lgwan, Tier::Internet}, {a, b},
            QStringLiteral("更新まで"), QStringLiteral("CISO"), QDate(2026, 6, 1), {}});
    m.reviewDecisions.append({QStringLiteral("R-REN-1"), 2026, QDate(2027, 2, 10), ReviewSubject::Risk, a, t,
        QStringLiteral("受容を継続"), QStringLiteral("CISO")});
    m.reviewDecisions.append({QStringLiteral("R-REN-2"), 2026, QDate(2027, 2, 10), ReviewSubject::Control, k, {},
        QStringLiteral("見直し"), {}});

    using Op = ScenarioChange::Op;
    using E = ScenarioChange::Entity;
    auto set = [](E e, const QString& id, const char* field, const QJsonValue& v) {
        ScenarioChange x;
        x.op = Op::Set;
        x.entity = e;
        x.id = id;
        x.field = QString::fromLatin1(field);
        x.value = v;
        return x;
    };
    auto addOf = [](E e, const QJsonObject& v) {
        ScenarioChange x;
        x.op = Op::Add;
        x.entity = e;
        x.value = v;
        return x;
    };
    auto removePair = [](E e, const QString& x1, const QString& x2) {
        ScenarioChange x;
        x.op = Op::Remove;
        x.entity = e;
        x.asset = x1;
        x.threat = x2;
        return x;
    };
    Asset added;
    added.id = QStringLiteral("A-ADDED");
    added.name = {QStringLiteral("追加"), {}};
    Control addedControl = control;
    addedControl.id = QStringLiteral("K-ADDED");
    addedControl.requires_ = {k};
    ScenarioChange removeDependency;
    removeDependency.op = Op::Remove;
    removeDependency.entity = E::Dependency;
    removeDependency.from = a;
    removeDependency.to = b;
    removeDependency.kind = QStringLiteral("runs_on");
    ScenarioChange removeSecond;
    removeSecond.op = Op::Remove;
    removeSecond.entity = E::Control;
    removeSecond.id = second.id;

    Scenario s;
    s.id = QStringLiteral("S-REN");
    s.name = {QStringLiteral("改名の試験"), {}};
    s.changes = {set(E::Asset, a, "tier", QStringLiteral("lgwan")), set(E::Threat, t, "likelihood", 2),
        set(E::Control, k, "scope", QJsonObject {{QStringLiteral("assets"), QJsonArray {a}}}),
        set(E::Control, k, "mitigates", QJsonArray {t, QJsonObject {{QStringLiteral("threat"), t}}}), removeDependency,
        removePair(E::Exposure, a, t), removePair(E::Response, a, t), addOf(E::Asset, JsonCodec::toJson(added)),
        addOf(E::Dependency, JsonCodec::toJson(Dependency {added.id, a, DependencyKind::Other, {}})),
        addOf(E::Exposure, JsonCodec::toJson(Exposure {a, t, std::nullopt, false, {}})),
        addOf(E::Response, JsonCodec::toJson(Response {a, t, ResponseKind::Avoid, {}, {}, {}})),
        addOf(E::Control, JsonCodec::toJson(addedControl)), removeSecond};
    m.scenarios.append(s);
    Scenario removal;
    removal.id = QStringLiteral("S-REN2");
    removal.name = {QStringLiteral("除去"), {}};
    removal.changes = {set(E::Control, QStringLiteral("K-REN2"), "requires", QJsonArray {}),
        set(E::Control, k, "status", QStringLiteral("implemented")), removePair(E::Exposure, a, t)};
    removal.changes.append(ScenarioChange {Op::Remove, E::Threat, t, {}, {}, {}, {}, {}, {}, {}});
    removal.changes.append(ScenarioChange {Op::Remove, E::Asset, a, {}, {}, {}, {}, {}, {}, {}});
    removal.changes.append(ScenarioChange {Op::Remove, E::Control, k, {}, {}, {}, {}, {}, {}, {}});
    m.scenarios.append(removal);
    return m;
}

/// The model as the JSON interchange writes it: every id in every place, scenario values included.
QString everything(const Model& m)
{
    return QString::fromUtf8(JsonFormat::write(m));
}

/// Checks that renaming `oldId` of T to `newId` in `before` is exact: valid, undone exactly, the old
/// id nowhere, and every scenario resolves to what it resolved to before with the id renamed there.
template <typename T> Model checkRename(const Model& before, const QString& oldId, const QString& newId)
{
    const UserEdit e = edits::renameId<T>(before, oldId, newId);
    const Model after = applyChecked(before, e);
    [&] {
        const InputErrors errors = validate(after, QString(), Source::Json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        const QString quoted = QLatin1Char('"') + oldId + QLatin1Char('"');
        QVERIFY2(everything(before).contains(quoted), qPrintable(oldId));
        QVERIFY2(!everything(after).contains(quoted), qPrintable(oldId));
        QCOMPARE(indexOfId(after.list<T>(), newId), indexOfId(before.list<T>(), oldId));
        for (const Scenario& s : before.scenarios) {
            const ResolvedScenario old = resolveScenario(before, s.id);
            const ResolvedScenario renamed = resolveScenario(after, s.id);
            QVERIFY(old.ok() && renamed.ok());
            Model expected = old.model;
            if (indexOfId(expected.list<T>(), oldId) >= 0)
                applyEdits(expected, renameIdEdits<T>(expected, oldId, newId));
            expected.scenarios = renamed.model.scenarios;
            QVERIFY2(expected == renamed.model, qPrintable(s.id));
        }
    }();
    return after;
}

} // namespace

class TestEdits : public QObject {
    Q_OBJECT

private:
    Model m_ward = BuiltIn::sampleWard();
    const QDate m_today {2026, 11, 26};

private slots:
    void init() { Clock::setToday(m_today); }
    void cleanup() { Clock::setToday({}); }

    void addItemsNameInTheLanguageSlot_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("japanese");
        for (const bool l : {true, false}) {
            const char* lang = l ? "ja" : "en";
            QTest::addRow("asset %s", lang) << 0 << l;
            QTest::addRow("threat %s", lang) << 1 << l;
            QTest::addRow("control %s", lang) << 2 << l;
            QTest::addRow("plan action %s", lang) << 3 << l;
        }
    }
    void addItemsNameInTheLanguageSlot()
    {
        QFETCH(int, kind);
        QFETCH(bool, japanese);
        const Language language = japanese ? Language::Japanese : Language::English;
        const UserEdit e = add(kind, m_ward, proposed(kind, m_ward), language);
        const Model after = applyChecked(m_ward, e);
        QVERIFY(e.text.toString().contains(e.created));
        QCOMPARE(e.merge.id, MergeId::None);
        LocalizedText name;
        switch (kind) {
        case 0:
            QCOMPARE(after.assets.size(), m_ward.assets.size() + 1);
            QCOMPARE(e.created, QStringLiteral("A-NEW-001"));
            QCOMPARE(after.assets.last().id, e.created);
            name = after.assets.last().name;
            break;
        case 1: {
            QCOMPARE(e.created, QStringLiteral("T-NEW-001"));
            QCOMPARE(after.threats.last().id, e.created);
            DimensionSet confidentiality;
            confidentiality.insert(Dimension::C);
            QCOMPARE(after.threats.last().dimensions, confidentiality);
            name = after.threats.last().name;
            break;
        }
        case 2:
            QCOMPARE(e.created, QStringLiteral("K-NEW-001"));
            QCOMPARE(after.controls.last().id, e.created);
            name = after.controls.last().name;
            break;
        default:
            QCOMPARE(e.created, QStringLiteral("P-09")); // after the sample's P-01 … P-08
            QCOMPARE(after.actions.last().id, e.created);
            QCOMPARE(after.actions.last().start, m_today);
            QCOMPARE(after.actions.last().due, QDate(2027, 2, 26));
            name = after.actions.last().title;
            break;
        }
        const QString& wanted = language == Language::Japanese ? name.ja : name.en;
        const QString& other = language == Language::Japanese ? name.en : name.ja;
        QVERIFY(!wanted.isEmpty());
        QVERIFY(other.isEmpty());

        // Each new item gets a new id: the next one after the first.
        const UserEdit next = add(kind, after, proposed(kind, after), language);
        QVERIFY(next.created != e.created);
        applyChecked(after, next);
    }

    void addTakesTheChosenId_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("asset") << 0;
        QTest::newRow("threat") << 1;
        QTest::newRow("control") << 2;
        QTest::newRow("plan action") << 3;
    }
    void addTakesTheChosenId()
    {
        QFETCH(int, kind);
        const QString chosen = QStringLiteral("区-0001");
        const UserEdit e = add(kind, m_ward, chosen, Language::Japanese);
        const Model after = applyChecked(m_ward, e);
        QCOMPARE(e.created, chosen);
        QVERIFY(e.text.toString().contains(chosen));
        // The id is taken now: the next proposal differs, and the same id is refused as taken.
        QVERIFY(proposed(kind, after) != chosen);
        const UserEdit again = add(kind, after, chosen, Language::Japanese);
        verifyRefused(again);
        QVERIFY2(again.error.contains(chosen), qPrintable(again.error));
        for (const QString& bad :
            {QString(), QStringLiteral("  "), QStringLiteral(" A-1"), QStringLiteral("A 1"), QStringLiteral("A,1"),
                QStringLiteral("A、1"), QStringLiteral("A/1"), QStringLiteral("A\n1"), QStringLiteral("A\t1")}) {
            const UserEdit refused = add(kind, m_ward, bad, Language::Japanese);
            verifyRefused(refused);
        }
        QCOMPARE(add(kind, m_ward, QString(), Language::English).error, QStringLiteral("Enter an ID."));
        QVERIFY(add(kind, m_ward, QStringLiteral("A 1"), Language::English).error.contains(QStringLiteral("spaces")));
    }

    void renameAnAssetEverywhere()
    {
        const Model before = referencedEverywhere(m_ward);
        QVERIFY(validate(before, QString(), Source::Json).isEmpty());
        const QString a = QStringLiteral("A-REN"), n = QStringLiteral("資産-0042");
        const UserEdit e = edits::renameId<Asset>(before, a, n);
        QCOMPARE(e.text.toString(), QStringLiteral("Rename asset A-REN to 資産-0042"));
        // Typed into the register's ID cell: the rename's own undo text, never merged with more typing.
        const UserEdit cell = edits::setCell(
            QStringLiteral("ID"), entityIndex<Asset>, int(indexOfId(before.assets, a)), 0, {e.edits, e.error, e.text});
        QCOMPARE(cell.text.toString(), e.text.toString());
        QCOMPARE(cell.merge.id, MergeId::None);
        QCOMPARE(cell.edits, e.edits);
        const Model after = checkRename<Asset>(before, a, n);
        // Each kind of place, one by one, so a failure says which one was missed.
        const QString b = m_ward.assets[0].id, c = m_ward.assets[1].id;
        QVERIFY(after.dependencies.contains((Dependency {n, b, DependencyKind::RunsOn, {}})));
        QVERIFY(after.dependencies.contains((Dependency {c, n, DependencyKind::Other, {}})));
        QCOMPARE(after.exposures.last().asset, n);
        QCOMPARE(after.responses.last().asset, n);
        QCOMPARE(after.controls[indexOfId(after.controls, QStringLiteral("K-REN"))].scope.assets, (QStringList {b, n}));
        QCOMPARE(after.actions.last().risks.first().asset, n);
        const QList<ScenarioChange>& changes
            = after.scenarios[indexOfId(after.scenarios, QStringLiteral("S-REN"))].changes;
        QCOMPARE(changes[0].id, n); // set
        QCOMPARE(changes[2].value.toObject().value(QStringLiteral("assets")).toArray().first().toString(), n);
        QCOMPARE(changes[4].from, n); // removed dependency
        QCOMPARE(changes[5].asset, n); // removed exposure
        QCOMPARE(changes[6].asset, n); // removed response
        QCOMPARE(changes[8].value.toObject().value(QStringLiteral("to")).toString(), n); // added dependency
        QCOMPARE(changes[9].value.toObject().value(QStringLiteral("asset")).toString(), n); // added exposure
        QCOMPARE(changes[10].value.toObject().value(QStringLiteral("asset")).toString(), n); // added response
        QCOMPARE(changes[11].value.toObject().value(QStringLiteral("scope")).toObject().value(QStringLiteral("assets")),
            QJsonValue(QJsonArray {b, n})); // added control's scope
        const QList<ScenarioChange>& removal = after.scenarios.last().changes;
        QCOMPARE(removal[4].id, n); // removed asset

        // Refusals: a taken id, an empty or malformed one, an unknown item; the same id changes nothing.
        verifyRefused(edits::renameId<Asset>(before, a, b));
        verifyRefused(edits::renameId<Asset>(before, a, QString()));
        verifyRefused(edits::renameId<Asset>(before, a, QStringLiteral("A REN")));
        verifyRefused(edits::renameId<Asset>(before, QStringLiteral("NO-SUCH"), n));
        const UserEdit same = edits::renameId<Asset>(before, a, a);
        QVERIFY(same.ok() && same.edits.isEmpty());

        // An id a scenario adds is free in the baseline, but taking it would break that scenario: the
        // document refuses and names the scenario.
        ProjectDocument document;
        document.reset(before, QString());
        const QString refused = document.edit(edits::renameId<Asset>(before, a, QStringLiteral("A-ADDED")));
        QVERIFY2(refused.contains(QStringLiteral("改名の試験")), qPrintable(refused));
        QCOMPARE(document.model(), before);
    }

    void renameThreatControlAndPlanAction()
    {
        const Model before = referencedEverywhere(m_ward);
        const Model threat = checkRename<Threat>(before, QStringLiteral("T-REN"), QStringLiteral("脅威-9"));
        QCOMPARE(threat.exposures.last().threat, QStringLiteral("脅威-9"));
        QCOMPARE(threat.responses.last().threat, QStringLiteral("脅威-9"));
        QCOMPARE(threat.controls[indexOfId(threat.controls, QStringLiteral("K-REN"))].mitigates.first().threat,
            QStringLiteral("脅威-9"));
        QCOMPARE(threat.actions.last().risks.last().threat, QStringLiteral("脅威-9"));

        const Model control = checkRename<Control>(before, QStringLiteral("K-REN"), QStringLiteral("K-99"));
        QCOMPARE(control.controls[indexOfId(control.controls, QStringLiteral("K-REN2"))].requires_,
            QStringList {QStringLiteral("K-99")});
        QCOMPARE(control.actions.last().controls, (QStringList {QStringLiteral("K-99"), QStringLiteral("K-REN2")}));
        QCOMPARE(control.scenarios.last().changes[1].id, QStringLiteral("K-99"));

        const Model action = checkRename<PlanAction>(before, QStringLiteral("P-REN"), QStringLiteral("計画-1"));
        QCOMPARE(action.actions.last().id, QStringLiteral("計画-1"));
        verifyRefused(edits::renameId<PlanAction>(before, QStringLiteral("P-REN"), m_ward.actions[0].id));
        verifyRefused(edits::renameId<Control>(before, QStringLiteral("K-REN"), QStringLiteral("K-REN2")));
        verifyRefused(edits::renameId<Threat>(before, QStringLiteral("T-REN"), QStringLiteral("T 1")));
    }

    /// The records follow a renamed control, asset, threat or plan action (the everything() check of
    /// checkRename covers them too; these say which place was missed).
    void renamesReachTheRecords()
    {
        const Model before = referencedEverywhere(m_ward);
        const Model control = checkRename<Control>(before, QStringLiteral("K-REN"), QStringLiteral("K-99"));
        QCOMPARE(control.inspections.last().answers[0].control, QStringLiteral("K-99"));
        QCOMPARE(control.inspections.last().answers[1].control, QStringLiteral("K-REN2"));
        QCOMPARE(control.auditFindings.last().control, QStringLiteral("K-99"));
        QCOMPARE(control.reviewDecisions.last().ref, QStringLiteral("K-99"));
        QCOMPARE(control.reviewDecisions[control.reviewDecisions.size() - 2].ref, QStringLiteral("A-REN")); // a risk

        const Model asset = checkRename<Asset>(before, QStringLiteral("A-REN"), QStringLiteral("A-99"));
        QCOMPARE(asset.auditFindings.last().asset, QStringLiteral("A-99"));
        QCOMPARE(asset.findingExceptions.last().assets, (QStringList {QStringLiteral("A-99"), m_ward.assets[0].id}));
        QCOMPARE(asset.reviewDecisions[asset.reviewDecisions.size() - 2].ref, QStringLiteral("A-99"));

        const Model threat = checkRename<Threat>(before, QStringLiteral("T-REN"), QStringLiteral("T-99"));
        QCOMPARE(threat.reviewDecisions[threat.reviewDecisions.size() - 2].threat, QStringLiteral("T-99"));

        const Model action = checkRename<PlanAction>(before, QStringLiteral("P-REN"), QStringLiteral("P-99"));
        QCOMPARE(action.auditFindings.last().action, QStringLiteral("P-99"));
    }

    /// Renaming an org unit rewrites every owner, parent, record and status_by_unit key that names it,
    /// and the owners and status maps a scenario sets or adds; undoing restores the model exactly.
    void renameAUnitEverywhere()
    {
        Model before = referencedEverywhere(m_ward);
        const QString unit = m_ward.orgUnits[0].id, renamed = QStringLiteral("部-新");
        const qsizetype k = indexOfId(before.controls, QStringLiteral("K-REN"));
        before.controls[k].owner = unit;
        before.controls[k].statusByUnit
            = {{unit, ControlStatus::Partial}, {m_ward.orgUnits[1].id, ControlStatus::None}};
        ScenarioChange setMap {ScenarioChange::Op::Set, ScenarioChange::Entity::Control, QStringLiteral("K-REN"),
            QStringLiteral("status_by_unit"), QJsonObject {{unit, QStringLiteral("implemented")}}, {}, {}, {}, {}, {}};
        ScenarioChange setOwner {ScenarioChange::Op::Set, ScenarioChange::Entity::Asset, QStringLiteral("A-REN"),
            QStringLiteral("owner"), unit, {}, {}, {}, {}, {}};
        before.scenarios[0].changes.prepend(setOwner);
        before.scenarios[0].changes.prepend(setMap);
        QVERIFY(validate(before, QString(), Source::Json).isEmpty());
        const ResolvedScenario resolvedBefore = resolveScenario(before, before.scenarios[0].id);
        QVERIFY(resolvedBefore.ok());

        const QList<ModelEdit> edits = renameIdEdits<OrgUnit>(before, unit, renamed);
        Model after = before;
        const QList<ModelEdit> undo = applyEdits(after, edits);
        const InputErrors errors = validate(after, QString(), Source::Json);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        QCOMPARE(after.orgUnits[0].id, renamed);
        QVERIFY(!everything(after).contains(QLatin1Char('"') + unit + QLatin1Char('"')));
        QCOMPARE(after.controls[k].owner, renamed);
        QCOMPARE(after.controls[k].statusByUnit,
            (QMap<QString, ControlStatus> {
                {renamed, ControlStatus::Partial}, {m_ward.orgUnits[1].id, ControlStatus::None}}));
        QCOMPARE(after.inspections.last().unit, renamed);
        QCOMPARE(after.auditFindings.last().unit, renamed);
        QCOMPARE(
            after.scenarios[0].changes[0].value, QJsonValue(QJsonObject {{renamed, QStringLiteral("implemented")}}));
        QCOMPARE(after.scenarios[0].changes[1].value.toString(), renamed);
        const ResolvedScenario resolved = resolveScenario(after, after.scenarios[0].id);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.model.controls[k].statusByUnit.value(renamed), ControlStatus::Implemented);
        QCOMPARE(resolved.model.assets[indexOfId(resolved.model.assets, QStringLiteral("A-REN"))].owner, renamed);
        applyEdits(after, undo);
        QCOMPARE(after, before);
        QVERIFY(renameIdEdits<OrgUnit>(before, QStringLiteral("NO-SUCH"), renamed).isEmpty());
    }

    /// Removing what a record names keeps the record (it is history) and clears the reference;
    /// a removed unit's status_by_unit entries go, since no asset is its own any more. Each removal is
    /// valid and undone exactly.
    void applyingAnInspectionRecordsItAndSetsTheStatuses()
    {
        const Model& before = m_ward;
        const QString unit = QStringLiteral("DEP-KUMIN");
        const QList<const Control*> inspected = controlsToInspect(before, unit);
        QVERIFY(inspected.size() >= 2);
        Inspection i;
        i.id = QStringLiteral("I-2030-KUMIN");
        i.fiscalYear = 2030;
        i.unit = unit;
        i.date = QDate(2030, 10, 1);
        i.answers = {{inspected[0]->id, {}, InspectionAnswerKind::No, {}, {}},
            {inspected[1]->id, {}, InspectionAnswerKind::Partial, {}, {}}};
        const QList<StatusChange> changes = inspectionStatusChanges(before, i);
        QVERIFY(!changes.isEmpty());
        Model expected = before;
        applyInspection(expected, i);
        QCOMPARE(applyChecked(before, edits::applyInspection(before, i, changes)), expected);

        // The same unit, year and kind again replaces the record in its place.
        Inspection again = i;
        again.answers.removeLast();
        const UserEdit replace = edits::applyInspection(expected, again, inspectionStatusChanges(expected, again));
        Model twice = expected;
        applyInspection(twice, again);
        QCOMPARE(applyChecked(expected, replace), twice);
        QCOMPARE(twice.inspections.size(), expected.inspections.size());

        Inspection stranger = i;
        stranger.unit = QStringLiteral("NO-SUCH-UNIT");
        verifyRefused(edits::applyInspection(before, stranger, {}));
    }

    void removalsKeepTheRecords()
    {
        Model before = referencedEverywhere(m_ward);
        const QString unit = m_ward.orgUnits[0].id;
        const qsizetype k = indexOfId(before.controls, QStringLiteral("K-REN"));
        before.controls[k].statusByUnit
            = {{unit, ControlStatus::Partial}, {m_ward.orgUnits[1].id, ControlStatus::None}};
        const auto check = [&](const QList<ModelEdit>& edits) {
            return applyChecked(before, {UiText::translate("mamori::Edits", "Delete"), edits, {}, {}, {}});
        };
        const auto sameRecords = [&](const Model& after) {
            return after.inspections.size() == before.inspections.size()
                && after.auditFindings.size() == before.auditFindings.size()
                && after.findingExceptions.size() == before.findingExceptions.size()
                && after.reviewDecisions.size() == before.reviewDecisions.size();
        };

        const Model noControl = check(removeControlEdits(before, QStringLiteral("K-REN")));
        QVERIFY(sameRecords(noControl));
        QVERIFY(noControl.inspections.last().answers[0].control.isEmpty());
        QCOMPARE(noControl.inspections.last().answers[0].item, QStringLiteral("K-REN-1")); // the rest is kept
        QCOMPARE(noControl.inspections.last().answers[1].control, QStringLiteral("K-REN2"));
        QVERIFY(noControl.auditFindings.last().control.isEmpty());
        QCOMPARE(noControl.auditFindings.last().asset, QStringLiteral("A-REN"));
        QVERIFY(noControl.reviewDecisions.last().ref.isEmpty());
        QCOMPARE(noControl.reviewDecisions.last().decision, QStringLiteral("見直し"));

        const Model noAsset = check(removeAssetEdits(before, QStringLiteral("A-REN")));
        QVERIFY(sameRecords(noAsset));
        QVERIFY(noAsset.auditFindings.last().asset.isEmpty());
        QCOMPARE(noAsset.findingExceptions.last().assets, QStringList {m_ward.assets[0].id});
        const ReviewDecision& risk = noAsset.reviewDecisions[noAsset.reviewDecisions.size() - 2];
        QVERIFY(risk.ref.isEmpty());
        QCOMPARE(risk.threat, QStringLiteral("T-REN"));

        const Model noThreat = check(removeThreatEdits(before, QStringLiteral("T-REN")));
        QVERIFY(noThreat.reviewDecisions[noThreat.reviewDecisions.size() - 2].threat.isEmpty());

        const Model noUnit = check(removeOrgUnitEdits(before, unit));
        QVERIFY(sameRecords(noUnit));
        QCOMPARE(noUnit.controls[k].statusByUnit,
            (QMap<QString, ControlStatus> {{m_ward.orgUnits[1].id, ControlStatus::None}}));
        QVERIFY(noUnit.inspections.last().unit.isEmpty());
        QVERIFY(noUnit.auditFindings.last().unit.isEmpty());

        // Deleting a plan action's row: the finding it corrected loses it.
        const edits::Deletion action
            = edits::deleteRows<PlanAction>(before, {int(indexOfId(before.actions, QStringLiteral("P-REN")))});
        QCOMPARE(action.alsoRemoved, 1);
        const Model noAction = applyChecked(before, action.edit);
        QVERIFY(sameRecords(noAction));
        QVERIFY(noAction.auditFindings.last().action.isEmpty());
        QCOMPARE(noAction.auditFindings.last().due, QDate(2027, 3, 31));
    }

    void editorRenameIsOneStepAndIsRefusedInAScenario()
    {
        // The editor's OK: the item's fields and its new id in one edit, references included.
        Asset asset = m_ward.assets[indexOfId(m_ward.assets, kAsset)];
        asset.id = QStringLiteral("N-LGWAN-2");
        asset.gateway = !asset.gateway;
        const UserEdit e = edits::replaceItem(m_ward, kAsset, asset);
        const Model after = applyChecked(m_ward, e);
        QCOMPARE(after.assets[indexOfId(m_ward.assets, kAsset)], asset);
        QVERIFY(!everything(after).contains(QStringLiteral("\"N-LGWAN\"")));
        verifyRefused(edits::replaceItem(m_ward, kAsset, m_ward.assets[0])); // another asset's id

        // Through the document: one undo step in the baseline; refused while a scenario is shown.
        ProjectDocument document;
        document.reset(m_ward, QString());
        QCOMPARE(document.edit(e), QString());
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.model(), m_ward);
        QCOMPARE(document.setActiveScenario(m_ward.scenarios[0].id), QString());
        const Model shown = document.model();
        const QString refused = document.edit(edits::renameId<Asset>(shown, kAsset, QStringLiteral("N-2")));
        QVERIFY2(refused.contains(QStringLiteral("baseline")), qPrintable(refused));
        QCOMPARE(document.model(), shown);
        QCOMPARE(document.undoStack()->index(), 0); // nothing pushed after the undone rename
    }

    void addDependencyAndExposure()
    {
        const UserEdit d = edits::addDependency(m_ward, QStringLiteral("SYS-JUKI"), kAsset);
        const Model withDependency = applyChecked(m_ward, d);
        QCOMPARE(withDependency.dependencies.last(),
            (Dependency {QStringLiteral("SYS-JUKI"), kAsset, DependencyKind::Other, {}}));
        verifyRefused(edits::addDependency(withDependency, QStringLiteral("SYS-JUKI"), kAsset)); // duplicate
        verifyRefused(edits::addDependency(m_ward, QString(), kAsset));
        verifyRefused(edits::addDependency(m_ward, kAsset, QString()));
        verifyRefused(edits::addDependency(m_ward, QStringLiteral("NO-SUCH"), kAsset));
        verifyRefused(edits::addDependency(m_ward, kAsset, kAsset));

        const Exposure& existing = m_ward.exposures.first();
        verifyRefused(edits::addExposure(m_ward, existing.asset, existing.threat)); // duplicate
        verifyRefused(edits::addExposure(m_ward, QString(), QStringLiteral("T1-01")));
        verifyRefused(edits::addExposure(m_ward, kAsset, QStringLiteral("T-NONE")));
        verifyRefused(edits::addExposure(m_ward, QStringLiteral("NO-SUCH"), QStringLiteral("T1-01")));
        QString threat;
        for (const Threat& t : m_ward.threats) {
            const bool exposed = std::any_of(m_ward.exposures.cbegin(), m_ward.exposures.cend(),
                [&](const Exposure& x) { return x.asset == kAsset && x.threat == t.id; });
            if (!exposed) {
                threat = t.id;
                break;
            }
        }
        QVERIFY(!threat.isEmpty());
        const Model withExposure = applyChecked(m_ward, edits::addExposure(m_ward, kAsset, threat));
        QCOMPARE(withExposure.exposures.last().asset, kAsset);
        QCOMPARE(withExposure.exposures.last().threat, threat);
    }

    void deleteRowsTakesWhatNamesThem()
    {
        const int row = int(indexOfId(m_ward.assets, kAsset));
        const int other = int(indexOfId(m_ward.assets, QStringLiteral("SYS-JUKI")));
        QList<int> rows {row, other};
        std::sort(rows.begin(), rows.end());
        const edits::Deletion deletion = edits::deleteRows<Asset>(m_ward, rows);
        const Model after = applyChecked(m_ward, deletion.edit);
        QCOMPARE(after.assets.size(), m_ward.assets.size() - 2);
        QCOMPARE(deletion.names.size(), 2);
        QCOMPARE(deletion.names.first(), m_ward.assets[rows.last()].id); // last row first
        QVERIFY(deletion.alsoRemoved > 0);
        QCOMPARE(deletion.edit.edits.size(), 2 + deletion.alsoRemoved);
        for (const Dependency& d : after.dependencies) {
            QVERIFY(d.from != kAsset && d.to != kAsset);
            QVERIFY(d.from != QStringLiteral("SYS-JUKI") && d.to != QStringLiteral("SYS-JUKI"));
        }
        for (const Exposure& x : after.exposures)
            QVERIFY(x.asset != kAsset);

        const edits::Deletion dependency = edits::deleteRows<Dependency>(m_ward, {0});
        QCOMPARE(dependency.names,
            QStringList {QStringLiteral("%1 → %2").arg(m_ward.dependencies[0].from, m_ward.dependencies[0].to)});
        QCOMPARE(dependency.alsoRemoved, 0);
        QCOMPARE(applyChecked(m_ward, dependency.edit).dependencies.size(), m_ward.dependencies.size() - 1);
        applyChecked(m_ward, edits::deleteRows<Threat>(m_ward, {0, 1}).edit);
        applyChecked(m_ward, edits::deleteRows<Control>(m_ward, {3}).edit);
        applyChecked(m_ward, edits::deleteRows<Exposure>(m_ward, {1, 2}).edit); // no response names them
        applyChecked(m_ward, edits::deleteRows<PlanAction>(m_ward, {7}).edit);

        verifyRefused(edits::deleteRows<PlanAction>(m_ward, {int(m_ward.actions.size())}).edit);
        verifyRefused(edits::deleteRows<Asset>(m_ward, {-1}).edit);
        const edits::Deletion none = edits::deleteRows<Asset>(m_ward, {});
        QVERIFY(none.edit.ok());
        QVERIFY(none.edit.edits.isEmpty());
    }

    void cellsMergeOnlyWithTheSameCell()
    {
        Asset renamed = m_ward.assets[3];
        renamed.name.ja = QStringLiteral("仮の名前");
        const edits::ItemChange change {{ModelEdit::replace(3, renamed)}, {}};
        const UserEdit cell = edits::setCell(QStringLiteral("Name"), 0, 3, 1, change);
        QCOMPARE(cell.text.toString(), QStringLiteral("Change Name"));
        QCOMPARE(cell.merge.id, MergeId::Cell);
        QCOMPARE(applyChecked(m_ward, cell).assets[3].name.ja, renamed.name.ja);
        QVERIFY(edits::setCell(QStringLiteral("Name"), 0, 3, 1, change).merge == cell.merge);
        QVERIFY(!(edits::setCell(QStringLiteral("Name"), 0, 3, 2, change).merge == cell.merge));
        QVERIFY(!(edits::setCell(QStringLiteral("Name"), 0, 4, 1, change).merge == cell.merge));
        QVERIFY(!(edits::setCell(QStringLiteral("Name"), 2, 3, 1, change).merge == cell.merge));

        const UserEdit refused
            = edits::setCell(QStringLiteral("Impact C"), 0, 3, 5, {{}, QStringLiteral("out of range")});
        verifyRefused(refused);
        QCOMPARE(refused.error, QStringLiteral("Impact C: out of range"));

        QList<edits::ItemChange> changes;
        for (const int row : {0, 1, 2}) {
            Control k = m_ward.controls[row];
            k.status = ControlStatus::Planned;
            changes.append({{ModelEdit::replace(row, k)}, {}});
        }
        const UserEdit bulk = edits::setInRows(QStringLiteral("Status"), changes);
        QCOMPARE(bulk.text.toString(), QStringLiteral("Set Status of 3 items"));
        QCOMPARE(bulk.merge.id, MergeId::None);
        const Model after = applyChecked(m_ward, bulk);
        for (const int row : {0, 1, 2})
            QCOMPARE(after.controls[row].status, ControlStatus::Planned);
        changes.append({{}, QStringLiteral("not a status")});
        verifyRefused(edits::setInRows(QStringLiteral("Status"), changes));
    }

    void mergingThroughTheDocument()
    {
        ProjectDocument d;
        d.reset(m_ward, QString());
        auto rename = [&](int row, const QString& name) {
            Asset a = d.model().assets[row];
            a.name.ja = name;
            return edits::setCell(QStringLiteral("Name"), 0, row, 1, {{ModelEdit::replace(row, a)}, {}});
        };
        QCOMPARE(d.edit(rename(3, QStringLiteral("一"))), QString());
        QCOMPARE(d.edit(rename(3, QStringLiteral("二"))), QString());
        QCOMPARE(d.undoStack()->count(), 1); // the same cell: one step
        QCOMPARE(d.edit(rename(4, QStringLiteral("三"))), QString());
        QCOMPARE(d.undoStack()->count(), 2); // another cell: a step of its own
        QCOMPARE(d.edit(edits::setAcceptanceCriteria(d.model(), 7, {})), QString());
        QCOMPARE(d.edit(edits::setAcceptanceCriteria(d.model(), 8, {})), QString());
        QCOMPARE(d.undoStack()->count(), 3); // criteria steps merge
        QCOMPARE(d.model().settings.appetite, 8.0);
        d.undoStack()->undo();
        QCOMPARE(d.model().settings.appetite, m_ward.settings.appetite);
        d.undoStack()->undo();
        d.undoStack()->undo();
        QVERIFY(d.model() == m_ward);
        QCOMPARE(d.edit(UserEdit::refused(QStringLiteral("no"))), QStringLiteral("no"));
        QCOMPARE(d.undoStack()->index(), 0);
    }

    void acceptanceCriteria()
    {
        QVERIFY(edits::setAcceptanceCriteria(m_ward, m_ward.settings.appetite, {}).edits.isEmpty());
        QList<double> bounds;
        for (const Band& b : m_ward.settings.bands)
            bounds.append(b.bound);
        bounds[0] = 5;
        const UserEdit e = edits::setAcceptanceCriteria(m_ward, 7.5, bounds);
        QCOMPARE(e.merge.id, MergeId::AcceptanceCriteria);
        const Model after = applyChecked(m_ward, e);
        QCOMPARE(after.settings.appetite, 7.5);
        QCOMPARE(after.settings.bands[0].bound, 5.0);
        QCOMPARE(after.settings.bands.last(), m_ward.settings.bands.last());
    }

    void replaceItems()
    {
        Threat t = m_ward.threats[2];
        t.name.en = QStringLiteral("Edited");
        const UserEdit e = edits::replaceItem(m_ward, t.id, t);
        QCOMPARE(e.text.toString(), QStringLiteral("Edit threat %1").arg(t.id));
        QCOMPARE(applyChecked(m_ward, e).threats[2], t);
        verifyRefused(edits::replaceItem(m_ward, QStringLiteral("NO-SUCH"), t));
        Asset a = m_ward.assets[5];
        a.gateway = !a.gateway;
        QCOMPARE(applyChecked(m_ward, edits::replaceItem(m_ward, a.id, a)).assets[5], a);
        verifyRefused(edits::replaceItem(m_ward, QStringLiteral("NO-SUCH"), a));
        Control k = m_ward.controls[1];
        k.cost.initial = 1234;
        QCOMPARE(applyChecked(m_ward, edits::replaceItem(m_ward, k.id, k)).controls[1], k);
        verifyRefused(edits::replaceItem(m_ward, QString(), k));
        PlanAction p = m_ward.actions[2];
        p.due = p.due.addMonths(1);
        p.controls.removeLast();
        const UserEdit edited = edits::replaceItem(m_ward, p.id, p);
        QCOMPARE(edited.text.toString(), QStringLiteral("Edit plan action %1").arg(p.id));
        QCOMPARE(applyChecked(m_ward, edited).actions[2], p);
        verifyRefused(edits::replaceItem(m_ward, QStringLiteral("P-99"), p));
        PlanAction q = m_ward.actions[0];
        q.id = QStringLiteral("計画-01");
        q.progress = 10;
        const UserEdit renamed = edits::replaceItem(m_ward, m_ward.actions[0].id, q);
        QCOMPARE(applyChecked(m_ward, renamed).actions[0], q);
        verifyRefused(edits::replaceItem(m_ward, m_ward.actions[0].id, m_ward.actions[1])); // a taken id
    }

    void actionsCarriedOutByAScenario()
    {
        // S-02 implements both controls of P-01 (K6-01, K6-12), which reads 実施中 35 %: adopting it
        // carries P-01 out. P-03 gets one of its two controls only; P-02's control stays partial.
        const Model adopted = resolveScenario(m_ward, QStringLiteral("S-02")).model;
        QCOMPARE(actionsCompletedBy(m_ward, adopted), QStringList {QStringLiteral("P-01")});
        QCOMPARE(actionsCompletedBy(m_ward, m_ward), QStringList()); // nothing changed, nothing carried out
        // Implemented before already: not the adoption's doing, so not offered again.
        Model before = m_ward;
        for (Control& k : before.controls)
            if (k.id == QStringLiteral("K6-01") || k.id == QStringLiteral("K6-12"))
                k.status = ControlStatus::Implemented;
        QCOMPARE(actionsCompletedBy(before, adopted), QStringList());
        // An action done already, or without controls, is never listed.
        Model doneAlready = adopted;
        doneAlready.actions[0].status = ActionStatus::Done;
        QCOMPARE(actionsCompletedBy(m_ward, doneAlready), QStringList());
        Model noControls = adopted;
        noControls.actions[0].controls.clear();
        QCOMPARE(actionsCompletedBy(m_ward, noControls), QStringList());

        const UserEdit marked = edits::markActionsDone(adopted, {QStringLiteral("P-01")});
        const Model after = applyChecked(adopted, marked);
        QCOMPARE(after.actions[0].status, ActionStatus::Done);
        QCOMPARE(after.actions[0].progress, std::optional<int>(100));
        PlanAction unchanged = after.actions[0];
        unchanged.status = adopted.actions[0].status;
        unchanged.progress = adopted.actions[0].progress;
        QCOMPARE(unchanged, adopted.actions[0]); // nothing else of the action changes
        QCOMPARE(edits::markActionsDone(after, {QStringLiteral("P-01")}).edits.size(), 0); // done already
        verifyRefused(edits::markActionsDone(adopted, {QStringLiteral("P-99")}));
    }

    void optimizerChoiceKept()
    {
        // "Apply to the plan": a control of a chosen action that had no status becomes planned; one
        // that is partial (P-02's K6-05) or planned stays; the actions themselves do not change.
        Model ward = m_ward;
        const qsizetype k601 = indexOfId(ward.controls, QStringLiteral("K6-01"));
        ward.controls[k601].status = ControlStatus::None;
        const QStringList chosen {QStringLiteral("P-01"), QStringLiteral("P-02")};
        const UserEdit planned = edits::planChosenActions(ward, chosen);
        const Model after = applyChecked(ward, planned);
        QCOMPARE(planned.edits.size(), 1);
        QCOMPARE(after.controls[k601].status, ControlStatus::Planned);
        QCOMPARE(after.actions, ward.actions);
        QCOMPARE(edits::planChosenActions(after, chosen).edits.size(), 0); // nothing left to plan
        QVERIFY(edits::planChosenActions(after, chosen).ok());
        verifyRefused(edits::planChosenActions(ward, {QStringLiteral("P-99")}));

        // "Make a scenario": the chosen actions carried out, so the scenario's residual is the
        // optimizer's residual after.
        const BudgetLimits budget {30000000, std::nullopt};
        const Optimization o = optimizePlan(m_ward, budget);
        QVERIFY(!o.chosen.isEmpty());
        const UserEdit scenario
            = edits::scenarioOfChosenActions(m_ward, m_ward, {}, o.chosen, budget.initial, Language::English);
        const Model withScenario = applyChecked(m_ward, scenario);
        QVERIFY(!scenario.created.isEmpty());
        const qsizetype at = indexOfId(withScenario.scenarios, scenario.created);
        QVERIFY(at >= 0);
        QVERIFY(withScenario.scenarios[at].name.en.contains(QStringLiteral("30,000,000"))
            || withScenario.scenarios[at].name.en.contains(QStringLiteral("30000000")));
        const ResolvedScenario resolved = resolveScenario(withScenario, scenario.created);
        QVERIFY(resolved.ok());
        QVERIFY(qAbs(assess(resolved.model).totals.residual - o.residualAfter) < 1e-9);
        verifyRefused(edits::scenarioOfChosenActions(m_ward, m_ward, {}, {}, budget.initial, Language::English));
    }

    void decideAndClearResponses()
    {
        const Assessment a = assess(m_ward);
        const Response& decided = m_ward.responses.first();
        RiskResult above;
        for (const RiskResult& r : a.risks) {
            const bool hasResponse = std::any_of(m_ward.responses.cbegin(), m_ward.responses.cend(),
                [&](const Response& x) { return x.asset == r.asset && x.threat == r.threat; });
            if (r.residual > a.appetite && !hasResponse) {
                above = r;
                break;
            }
        }
        QVERIFY(!above.asset.isEmpty());
        const QList<RiskResult> risks {riskOf(a, decided.asset, decided.threat), above};

        Response accept;
        accept.response = ResponseKind::Accept;
        accept.decidedOn = m_today;
        verifyRefused(edits::decideResponses(m_ward, risks, accept, a.appetite)); // no rationale above the appetite
        verifyRefused(edits::decideResponses(m_ward, {}, accept, a.appetite));
        accept.rationale = QStringLiteral("理由");
        const UserEdit e = edits::decideResponses(m_ward, risks, accept, a.appetite);
        QCOMPARE(e.text.toString(), QStringLiteral("Decide the response of 2 risks"));
        const Model after = applyChecked(m_ward, e);
        QCOMPARE(after.responses.size(), m_ward.responses.size() + 1); // one replaced, one added
        QCOMPARE(after.responses.first().asset, decided.asset);
        QCOMPARE(after.responses.first().response, ResponseKind::Accept);
        QCOMPARE(after.responses.last().asset, above.asset);
        QCOMPARE(after.responses.last().rationale, accept.rationale);

        const UserEdit clear = edits::clearResponses(after,
            {{above.asset, above.threat}, {decided.asset, decided.threat},
                {QStringLiteral("NONE"), QStringLiteral("NONE")}});
        QCOMPARE(clear.text.toString(), QStringLiteral("Clear the decision of 2 risks"));
        const Model cleared = applyChecked(after, clear);
        QCOMPARE(cleared.responses.size(), m_ward.responses.size() - 1);
        const UserEdit nothing = edits::clearResponses(m_ward, {{above.asset, above.threat}});
        QVERIFY(nothing.ok());
        QVERIFY(nothing.edits.isEmpty());
    }

    void proposalBecomesAPlanAction()
    {
        const Assessment a = assess(m_ward);
        const RiskKey key {a.risks.first().asset, a.risks.first().threat};
        // A control of the catalogue the ward does not have yet (the sample has all of them).
        ControlProposal catalogue;
        catalogue.control = m_ward.controls.first();
        catalogue.control.id = QStringLiteral("K-CAT-01");
        catalogue.control.status = ControlStatus::None;
        catalogue.fromCatalogue = true;
        const auto* fromCatalogue = &catalogue;
        const UserEdit e = edits::proposalToAction(m_ward, *fromCatalogue, key);
        QCOMPARE(e.created, QStringLiteral("P-09"));
        const Model after = applyChecked(m_ward, e);
        QCOMPARE(after.controls.last().id, fromCatalogue->control.id);
        QCOMPARE(after.controls.last().status, ControlStatus::Planned);
        const PlanAction& action = after.actions.last();
        QCOMPARE(action.id, e.created);
        QCOMPARE(action.controls, QStringList {fromCatalogue->control.id});
        QCOMPARE(action.risks, QList<RiskKey> {key});
        QCOMPARE(action.start, m_today);
        QCOMPARE(action.due, fiscalYearEnd(fiscalYearOf(m_today)));
        QVERIFY(action.title.ja.endsWith(QStringLiteral("の導入")));
        // The same proposal again: the control is in the project now.
        verifyRefused(edits::proposalToAction(after, *fromCatalogue, key));

        ControlProposal missing;
        missing.control.id = QStringLiteral("K-GONE");
        verifyRefused(edits::proposalToAction(m_ward, missing, key));
        ControlProposal none;
        none.control = m_ward.controls[indexOfId(m_ward.controls, QStringLiteral("K1-06"))];
        QCOMPARE(none.control.status, ControlStatus::None);
        const Model planned = applyChecked(m_ward, edits::proposalToAction(m_ward, none, key));
        QCOMPARE(planned.controls[indexOfId(planned.controls, QStringLiteral("K1-06"))].status, ControlStatus::Planned);
    }

    void scenarioList()
    {
        const UserEdit created = edits::newScenario(
            m_ward, QStringLiteral("S-02"), QStringLiteral("Test"), Language::English, {}, QStringLiteral("why"));
        QCOMPARE(created.created, QStringLiteral("S-04"));
        Model after = applyChecked(m_ward, created);
        const Scenario& s = after.scenarios.last();
        QCOMPARE(s.base, QStringLiteral("S-02"));
        QCOMPARE(s.name, (LocalizedText {{}, QStringLiteral("Test")}));
        QCOMPARE(s.description, QStringLiteral("why"));
        verifyRefused(edits::newScenario(m_ward, QStringLiteral("S-99"), QStringLiteral("x"), Language::Japanese));

        after = applyChecked(
            after, edits::renameScenario(after, QStringLiteral("S-04"), QStringLiteral(" 試験 "), Language::Japanese));
        QCOMPARE(after.scenarios.last().name, (LocalizedText {QStringLiteral("試験"), QStringLiteral("Test")}));
        QVERIFY(edits::renameScenario(after, QStringLiteral("S-04"), QStringLiteral("  "), Language::Japanese)
                    .edits.isEmpty());
        QVERIFY(edits::renameScenario(after, QStringLiteral("S-04"), QStringLiteral("試験"), Language::Japanese)
                    .edits.isEmpty());
        verifyRefused(edits::renameScenario(after, QStringLiteral("S-99"), QStringLiteral("x"), Language::Japanese));
        after = applyChecked(after, edits::describeScenario(after, QStringLiteral("S-04"), QStringLiteral("new")));
        QCOMPARE(after.scenarios.last().description, QStringLiteral("new"));

        const UserEdit copy = edits::duplicateScenario(m_ward, QStringLiteral("S-01"), Language::English);
        const Model copied = applyChecked(m_ward, copy);
        QCOMPARE(copied.scenarios.last().changes, m_ward.scenarios[0].changes);
        QCOMPARE(copied.scenarios.last().name.en, QStringLiteral("Copy of LGWAN line cut for three days"));

        const UserEdit baseOfOthers = edits::deleteScenario(m_ward, QStringLiteral("S-02"), Language::English);
        verifyRefused(baseOfOthers);
        QVERIFY(baseOfOthers.error.contains(QStringLiteral("MFA plus removal")));
        const Model deleted
            = applyChecked(m_ward, edits::deleteScenario(m_ward, QStringLiteral("S-03"), Language::English));
        QCOMPARE(indexOfId(deleted.scenarios, QStringLiteral("S-03")), -1);
        verifyRefused(edits::deleteScenario(m_ward, QStringLiteral("S-99"), Language::English));

        const Model reverted = applyChecked(
            m_ward, edits::revertScenarioChanges(m_ward, QStringLiteral("S-01"), {0, 2}, Language::English));
        QCOMPARE(reverted.scenarios[0].changes.size(), m_ward.scenarios[0].changes.size() - 2);
        QCOMPARE(reverted.scenarios[0].changes.first(), m_ward.scenarios[0].changes[1]);
        QCOMPARE(edits::scenarioName(m_ward, QString(), Language::English), QStringLiteral("Baseline"));
    }

    void whatIfs()
    {
        const UserEdit fails = edits::whatIfAssetFails(m_ward, m_ward, QString(), kAsset, Language::English);
        const Model after = applyChecked(m_ward, fails);
        QVERIFY(resolveScenario(after, fails.created).ok());
        QVERIFY(after.scenarios.last().name.en.endsWith(QStringLiteral(" fails")));
        QVERIFY(after.scenarios.last().name.ja.isEmpty());
        verifyRefused(edits::whatIfAssetFails(m_ward, m_ward, QString(), QStringLiteral("NO-SUCH"), Language::English));

        const UserEdit without = edits::whatIfControlRemoved(
            m_ward, m_ward, QStringLiteral("S-01"), QStringLiteral("K1-01"), Language::Japanese);
        const Model removed = applyChecked(m_ward, without);
        QCOMPARE(removed.scenarios.last().base, QStringLiteral("S-01"));
        QVERIFY(resolveScenario(removed, without.created).ok());
        verifyRefused(
            edits::whatIfControlRemoved(m_ward, m_ward, QString(), QStringLiteral("K-NO"), Language::Japanese));

        const QList<UserEdit> cut = edits::whatIfBudgetCut(m_ward, m_ward, QString(), 50, Language::Japanese);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut[0].created, QStringLiteral("S-04"));
        QCOMPARE(cut[1].created, QStringLiteral("S-05"));
        const Model both = applyChecked(applyChecked(m_ward, cut[0]), cut[1]);
        QVERIFY(resolveScenario(both, QStringLiteral("S-05")).ok());
    }

    void scenarioRefusalNamesTheScenario()
    {
        // S-01 changes the LGWAN line: removing it from the baseline leaves the scenario nothing to change.
        Model candidate = m_ward;
        applyEdits(candidate, removeAssetEdits(candidate, kAsset));
        const QString ja = baselineRefusal(candidate, false, Language::Japanese);
        QVERIFY2(ja.contains(QStringLiteral("LGWAN回線の3日間途絶")), qPrintable(ja));
        const QString en = baselineRefusal(candidate, false, Language::English);
        QVERIFY2(en.contains(QStringLiteral("LGWAN line cut for three days")), qPrintable(en));
        QVERIFY(baselineRefusal(m_ward, false, Language::English).isEmpty());
        QVERIFY(baselineRefusal(m_ward, true, Language::English).isEmpty());
        QCOMPARE(scenarioDescendants(m_ward, QStringLiteral("S-02")), QStringList {QStringLiteral("S-03")});
        QVERIFY(descendantRefusal(m_ward, QStringLiteral("S-02"), false, Language::English).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
