// Scenarios in the desktop app: edits while a scenario is shown are recorded as its changes
// and never touch the baseline (checked on the saved file); undo and redo; adopt and its undo; chains;
// the compare page's numbers against `mamori-cli diff`; removing from the baseline what a scenario
// names is refused with a clear message; the quick what-ifs.

#include "BuiltIn.h"
#include "EnumNames.h"
#include "JapaneseSpacing.h"
#include "JsonFormat.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "ProjectFile.h"
#include "ScenarioRecording.h"
#include "Scenarios.h"
#include "TestModels.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Validation.h"
#include "WhatIf.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Diff.h"
#include "engine/Plan.h"
#include "graph/DependencyGraphView.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"
#include "scenarios/ComparePage.h"
#include "scenarios/ScenarioBanner.h"
#include "scenarios/ScenarioChangeText.h"
#include "scenarios/ScenariosPage.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace mamori;
using mamori::test::columnOf;

namespace {

/// Everything of a model but its scenarios: what "the baseline" means for the views.
Model withoutScenarios(Model m)
{
    m.scenarios.clear();
    return m;
}

void verifyLiveAssessment(ProjectDocument& d)
{
    d.assessment()->waitForIdle();
    const Assessment full = assess(d.model());
    QCOMPARE(d.assessment()->assessment().totals, full.totals);
    QCOMPARE(d.assessment()->assessment().risks, full.risks);
}

/// A new empty scenario on `base`, shown.
QString newScenario(ProjectDocument& d, const QString& id, const QString& base = {})
{
    Scenario s;
    s.id = id;
    s.name = LocalizedText::plain(id);
    s.base = base;
    const QString error = d.editScenarios(QStringLiteral("new"), {ModelEdit::insert(d.baseline().scenarios.size(), s)});
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? id : QString();
}

ControlStatus statusOf(const Model& m, const QString& control)
{
    return m.controls[indexOfId(m.controls, control)].status;
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changeTextSpeaksTheWindowsWords()
    {
        const Model m = BuiltIn::sampleWard();
        ScenarioChange c;
        c.entity = ScenarioChange::Entity::Control;
        c.id = m.controls.first().id;
        c.field = QStringLiteral("status");
        c.value = QStringLiteral("implemented");
        QCOMPARE(ScenarioChangeText::of(c, m).value, EnumNames::name(ControlStatus::Implemented));
        c.field = QStringLiteral("effectiveness"); // not a vocabulary: as the file writes it
        c.value = 0.8;
        QCOMPARE(ScenarioChangeText::of(c, m).value, QStringLiteral("0.8"));
        c.field = QStringLiteral("status");
        c.value = QStringLiteral("nonsense"); // unknown key: shown as it is, not hidden
        QCOMPARE(ScenarioChangeText::of(c, m).value, QStringLiteral("nonsense"));
        c.entity = ScenarioChange::Entity::Asset;
        c.id = m.assets.first().id;
        c.field = QStringLiteral("tier");
        c.value = QStringLiteral("lgwan");
        QCOMPARE(ScenarioChangeText::of(c, m).value, EnumNames::name(Tier::Lgwan));
    }

    void changeTextHasNoFileWords()
    {
        // In the Japanese window a change reads in Japanese: no JSON, no file keys.
        installLanguage(QStringLiteral("ja"));
        const Model m = BuiltIn::sampleWard();
        ScenarioChange c;
        c.entity = ScenarioChange::Entity::Asset;
        c.id = m.assets.first().id;
        c.field = QStringLiteral("impact");
        c.value = QJsonObject {{QStringLiteral("A"), 5}};
        ScenarioChangeText t = ScenarioChangeText::of(c, m);
        QVERIFY2(t.field != QLatin1StringView("impact"), qPrintable(t.field));
        QVERIFY2(t.value.contains(EnumNames::name(Dimension::A)) && t.value.contains(QLatin1Char('5'))
                && !t.value.contains(QLatin1Char('{')),
            qPrintable(t.value));

        c = {};
        c.op = ScenarioChange::Op::Add;
        c.entity = ScenarioChange::Entity::Exposure;
        c.value = QJsonObject {{QStringLiteral("asset"), m.assets.first().id},
            {QStringLiteral("threat"), m.threats.first().id}, {QStringLiteral("likelihood"), 5}};
        t = ScenarioChangeText::of(c, m);
        QVERIFY2(!t.value.contains(QLatin1Char('{')) && !t.value.contains(QLatin1StringView("likelihood"))
                && t.value.contains(QLatin1Char('5')),
            qPrintable(t.value));

        c = {};
        c.op = ScenarioChange::Op::Remove;
        c.entity = ScenarioChange::Entity::Dependency;
        c.from = m.dependencies.first().from;
        c.to = m.dependencies.first().to;
        c.kind = QStringLiteral("runs_on");
        t = ScenarioChangeText::of(c, m);
        QVERIFY2(
            t.item.contains(EnumNames::name(DependencyKind::RunsOn)) && !t.item.contains(QLatin1StringView("runs_on")),
            qPrintable(t.item));
        installLanguage(QStringLiteral("en"));
    }

    void generatedJapaneseHasNoStraySpaces()
    {
        QCOMPARE(withoutSpacesBetweenJapanese(QStringLiteral("住民記録システム（マイナンバー利用事務系） の停止")),
            QStringLiteral("住民記録システム（マイナンバー利用事務系）の停止"));
        // Next to a Latin id or between English words, a space is a space.
        QCOMPARE(withoutSpacesBetweenJapanese(QStringLiteral("情報資産 A-01 の追加")),
            QStringLiteral("情報資産 A-01 の追加"));
        QCOMPARE(withoutSpacesBetweenJapanese(QStringLiteral("Resident records fails")),
            QStringLiteral("Resident records fails"));

        // A what-if scenario named after a Japanese asset, through the Japanese translation.
        installLanguage(QStringLiteral("ja"));
        Model m = BuiltIn::sampleWard();
        m.assets.first().name = LocalizedText::plain(QStringLiteral("住民記録システム（マイナンバー利用事務系）"));
        const UserEdit e = edits::whatIfAssetFails(m, m, QString(), m.assets.first().id, Language::Japanese);
        installLanguage(QStringLiteral("en"));
        QVERIFY2(e.ok(), qPrintable(e.error));
        Model after = m;
        applyEdits(after, e.edits);
        const QString name = after.scenarios.last().name.text(Language::Japanese);
        QVERIFY2(name.startsWith(QStringLiteral("住民記録システム（マイナンバー利用事務系）"))
                && !name.contains(QStringLiteral("） ")),
            qPrintable(name));
    }

    void recordingIsMinimalAndReproducesTheEdit()
    {
        const Model base = BuiltIn::sampleWard();
        Model edited = base;
        applyEdits(edited, removeAssetEdits(edited, QStringLiteral("TERM-LG-MAINT")));
        edited.controls[0].status = ControlStatus::Implemented;
        edited.settings.appetite = 8;
        edited.dependencies[3].kind = DependencyKind::Other; // changed in place: removed and added again
        Asset added = edited.assets[0];
        added.id = QStringLiteral("A-NEW");
        edited.assets.append(added);
        const RecordedChanges r = recordChanges(base, edited);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(sameContent(r.model, edited));
        // One remove for the asset: its dependencies and exposures go with it (section 5).
        const auto removes = std::count_if(r.changes.cbegin(), r.changes.cend(), [](const ScenarioChange& c) {
            return c.op == ScenarioChange::Op::Remove && c.entity == ScenarioChange::Entity::Asset;
        });
        QCOMPARE(int(removes), 1);
        // Setting a value back leaves no change at all.
        QVERIFY(recordChanges(base, base).changes.isEmpty());
        // What a scenario cannot say is refused, not dropped.
        Model plan = base;
        plan.actions[0].cost.initial += 1;
        QVERIFY(!recordChanges(base, plan).ok());
    }

    /// `set` on a control's status_by_unit replaces the whole map (RISK-MODEL.md 5); null clears it;
    /// a set of another field of the control leaves the map as it is; the baseline never changes.
    void statusByUnitSetReplacesTheWholeMap()
    {
        Model base = BuiltIn::sampleWard();
        const QString u0 = base.orgUnits[0].id, u1 = base.orgUnits[1].id;
        base.controls[0].statusByUnit = {{u0, ControlStatus::Partial}, {u1, ControlStatus::None}};
        const Model stored = base;
        const auto resolved = [&](const QJsonValue& value, const QString& field = QStringLiteral("status_by_unit")) {
            Model m = base;
            ScenarioChange c {ScenarioChange::Op::Set, ScenarioChange::Entity::Control, m.controls[0].id, field, value,
                {}, {}, {}, {}, {}};
            m.scenarios = {{QStringLiteral("S-MAP"), {QStringLiteral("部署別"), {}}, {}, {}, {c}}};
            const InputErrors errors = validate(m, QStringLiteral("map.json"), Source::Json);
            [&] { QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString())); }();
            return resolveScenario(m, QStringLiteral("S-MAP")).model.controls[0];
        };
        QCOMPARE(resolved(QJsonObject {{u1, QStringLiteral("implemented")}}).statusByUnit,
            (QMap<QString, ControlStatus> {{u1, ControlStatus::Implemented}}));
        QVERIFY(resolved(QJsonValue(QJsonValue::Null)).statusByUnit.isEmpty());
        const Control statusOnly = resolved(QStringLiteral("implemented"), QStringLiteral("status"));
        QCOMPARE(statusOnly.status, ControlStatus::Implemented);
        QCOMPARE(statusOnly.statusByUnit, stored.controls[0].statusByUnit);
        QCOMPARE(base, stored);
    }

    /// Editing the map while a scenario is shown records one `set` of the whole map, which gives the
    /// edited model back; clearing it records null; editing another field keeps the map out of it.
    void recordingAnEditOfStatusByUnit()
    {
        Model base = BuiltIn::sampleWard();
        const QString u0 = base.orgUnits[0].id, u1 = base.orgUnits[1].id;
        base.controls[2].statusByUnit = {{u0, ControlStatus::Partial}};
        Model edited = base;
        edited.controls[2].statusByUnit = {{u0, ControlStatus::Implemented}, {u1, ControlStatus::None}};
        RecordedChanges r = recordChanges(base, edited);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.changes.size(), 1);
        const ScenarioChange& c = r.changes.first();
        QCOMPARE(c.op, ScenarioChange::Op::Set);
        QCOMPARE(c.entity, ScenarioChange::Entity::Control);
        QCOMPARE(c.id, base.controls[2].id);
        QCOMPARE(c.field, QStringLiteral("status_by_unit"));
        QCOMPARE(c.value, QJsonValue(QJsonObject {{u0, QStringLiteral("implemented")}, {u1, QStringLiteral("none")}}));
        QVERIFY(sameContent(r.model, edited));

        edited.controls[2].statusByUnit.clear();
        r = recordChanges(base, edited);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.changes.size(), 1);
        QVERIFY(r.changes.first().value.isNull());
        QVERIFY(sameContent(r.model, edited));

        edited = base;
        edited.controls[2].status = ControlStatus::Planned;
        r = recordChanges(base, edited);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.changes.size(), 1);
        QCOMPARE(r.changes.first().field, QStringLiteral("status"));
        QCOMPARE(r.model.controls[2].statusByUnit, base.controls[2].statusByUnit);

        // Saved and read back, the recorded change still applies.
        Model withScenario = base;
        withScenario.scenarios = {{QStringLiteral("S-MAP"), {QStringLiteral("部署別"), {}}, {}, {},
            recordChanges(base,
                [&] {
                    Model e = base;
                    e.controls[2].statusByUnit.insert(u1, ControlStatus::Implemented);
                    return e;
                }())
                .changes}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.mamori"));
        QVERIFY(ProjectFile::write(withScenario, path).ok());
        const auto back = ProjectFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.errors.first().toString()));
        QCOMPARE(back.model, withScenario);
        QCOMPARE(resolveScenario(back.model, QStringLiteral("S-MAP")).model.controls[2].statusByUnit.value(u1),
            ControlStatus::Implemented);
    }

    void scenarioEditNeverChangesTheStoredBaseline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        QVERIFY(d.saveAs(path).isEmpty());
        const Model stored = ProjectFile::read(path).model;

        QVERIFY(!newScenario(d, QStringLiteral("S-T1")).isEmpty());
        QVERIFY(d.setActiveScenario(QStringLiteral("S-T1")).isEmpty());
        RegisterTableModel* controls = makeControlRegister(&d, &d);
        RegisterTableModel* assets = makeAssetRegister(&d, &d);
        QAbstractItemModelTester tester(controls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int status = columnOf(*controls, "Status");
        const int row = int(indexOfId(d.model().controls, QStringLiteral("K6-01")));
        const ControlStatus before = d.model().controls[row].status;
        const bool implemented = before == ControlStatus::Implemented;
        QVERIFY(controls->setData(
            controls->index(row, status), implemented ? QStringLiteral("none") : QStringLiteral("implemented")));
        QCOMPARE(d.model().controls[row].status, implemented ? ControlStatus::None : ControlStatus::Implemented);
        QCOMPARE(statusOf(d.baseline(), QStringLiteral("K6-01")), before);
        // A removal with its cascade and an addition, as the window makes them.
        QVERIFY(
            d.edit(QStringLiteral("remove"), removeAssetEdits(d.model(), QStringLiteral("TERM-LG-MAINT"))).isEmpty());
        Asset added = d.model().assets[0];
        added.id = QStringLiteral("A-SCEN");
        QVERIFY(d.edit(QStringLiteral("add"), {ModelEdit::insert(d.model().assets.size(), added)}).isEmpty());
        QCOMPARE(assets->rowCount(), int(d.model().assets.size()));
        verifyLiveAssessment(d);

        // What the scenario records resolves to exactly what the views show.
        const ResolvedScenario resolved = resolveScenario(d.baseline(), QStringLiteral("S-T1"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.model, d.model());
        QCOMPARE(int(d.baseline().scenarios.last().changes.size()), 3);

        QVERIFY(d.saveAs(path).isEmpty());
        const auto reread = ProjectFile::read(path);
        QVERIFY(reread.ok());
        QCOMPARE(withoutScenarios(reread.model), withoutScenarios(stored));
        QCOMPARE(reread.model.scenarios, d.baseline().scenarios);
        QCOMPARE(resolveScenario(reread.model, QStringLiteral("S-T1")).model, d.model());
    }

    void undoRedoInAScenarioAndFromTheBaseline()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.baseline();
        newScenario(d, QStringLiteral("S-T1"));
        const Model withScenario = d.baseline();
        d.setActiveScenario(QStringLiteral("S-T1"));
        Control k = d.model().controls[0];
        k.status = ControlStatus::Implemented == k.status ? ControlStatus::None : ControlStatus::Implemented;
        QVERIFY(d.edit(QStringLiteral("status"), {ModelEdit::replace(0, k)}).isEmpty());
        const Model scenarioModel = d.model();
        QCOMPARE(d.undoStack()->count(), 2);

        // Undo from the baseline goes back into the scenario the edit was made in.
        d.setActiveScenario({});
        d.undoStack()->undo();
        QCOMPARE(d.activeScenario(), QStringLiteral("S-T1"));
        QCOMPARE(d.baseline(), withScenario);
        verifyLiveAssessment(d);
        d.undoStack()->redo();
        QCOMPARE(d.model(), scenarioModel);
        verifyLiveAssessment(d);
        // Undoing the scenario's creation leaves it: the baseline is shown again.
        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(d.activeScenario(), QString());
        QCOMPARE(d.baseline(), original);
        QCOMPARE(d.model(), original);
    }

    void adoptThenUndoRestoresTheBaselineExactly()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.baseline();
        const ResolvedScenario s3 = resolveScenario(original, QStringLiteral("S-03"));
        QCOMPARE(d.prepareAdoption(QStringLiteral("S-02")).rebasedScenarios, QStringList {QStringLiteral("S-03")});
        QVERIFY(d.setActiveScenario(QStringLiteral("S-03")).isEmpty());
        QVERIFY(d.adopt(QStringLiteral("S-03")).isEmpty());
        QCOMPARE(d.activeScenario(), QString());
        QCOMPARE(withoutScenarios(d.baseline()), withoutScenarios(s3.model));
        // S-03 and its base S-02 are in the baseline now; S-01 stays.
        QCOMPARE(int(d.baseline().scenarios.size()), 1);
        QCOMPARE(d.baseline().scenarios[0].id, QStringLiteral("S-01"));
        QCOMPARE(d.prepareAdoption(QStringLiteral("S-01")).rebasedScenarios, QStringList());
        verifyLiveAssessment(d);
        d.undoStack()->undo();
        QCOMPARE(d.baseline(), original);
        QCOMPARE(d.model(), original);
        verifyLiveAssessment(d);
        d.undoStack()->redo();
        QCOMPARE(withoutScenarios(d.baseline()), withoutScenarios(s3.model));
    }

    void adoptOffersToMarkCarriedOutActionsDone()
    {
        // S-02 implements both controls of P-01 (実施中 35 %): the confirmation lists P-01 and, with the
        // offer kept, the adoption marks it done in the same undo step.
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.baseline();
        const Model s2 = resolveScenario(original, QStringLiteral("S-02")).model;
        ScenariosPage page(&d);
        QString informative;
        bool offered = false;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            informative = box->informativeText();
            auto* mark = box->findChild<QCheckBox*>(QStringLiteral("markActionsDone"));
            offered = mark && mark->isChecked();
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        QVERIFY(page.adopt(QStringLiteral("S-02")));
        QVERIFY(offered);
        QVERIFY2(informative.contains(QStringLiteral("P-01")), qPrintable(informative));
        const PlanAction& p01 = d.baseline().actions[indexOfId(d.baseline().actions, QStringLiteral("P-01"))];
        QCOMPARE(p01.status, ActionStatus::Done);
        QCOMPARE(p01.progress, std::optional<int>(100));
        Model expected = withoutScenarios(s2);
        expected.actions[indexOfId(expected.actions, QStringLiteral("P-01"))] = p01;
        QCOMPARE(withoutScenarios(d.baseline()), expected); // the scenario's changes and the action, nothing else
        QCOMPARE(d.undoStack()->count(), 1);
        d.undoStack()->undo();
        QCOMPARE(d.baseline(), original);
        verifyLiveAssessment(d);

        // Declined: the scenario is adopted and the action left as it reads.
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box && box->checkBox());
            box->checkBox()->setChecked(false);
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        });
        QVERIFY(page.adopt(QStringLiteral("S-02")));
        QCOMPARE(withoutScenarios(d.baseline()), withoutScenarios(s2));
    }

    void chains()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        // S-03 is based on S-02: it shows S-02's changes and records only its own.
        QVERIFY(d.setActiveScenario(QStringLiteral("S-03")).isEmpty());
        QCOMPARE(statusOf(d.model(), QStringLiteral("K6-01")), ControlStatus::Implemented);
        const qsizetype s3 = indexOfId(d.baseline().scenarios, QStringLiteral("S-03"));
        const auto changesBefore = d.baseline().scenarios[s3].changes.size();
        Control k = d.model().controls[indexOfId(d.model().controls, QStringLiteral("K6-12"))];
        k.effectiveness = 0.9;
        QVERIFY(d.edit(QStringLiteral("eff"), {ModelEdit::replace(indexOfId(d.model().controls, k.id), k)}).isEmpty());
        QCOMPARE(d.baseline().scenarios[s3].changes.size(), changesBefore + 1);
        // Setting back S-02's own change inside S-03 is a change of S-03 against S-02, not a removal
        // from S-02.
        Control mfa = d.model().controls[indexOfId(d.model().controls, QStringLiteral("K6-01"))];
        mfa.status = ControlStatus::Planned;
        QVERIFY(
            d.edit(QStringLiteral("st"), {ModelEdit::replace(indexOfId(d.model().controls, mfa.id), mfa)}).isEmpty());
        QCOMPARE(
            int(d.baseline().scenarios[indexOfId(d.baseline().scenarios, QStringLiteral("S-02"))].changes.size()), 3);
        QCOMPARE(resolveScenario(d.baseline(), QStringLiteral("S-03")).model, d.model());
        // A scenario based on S-03 sees all of it.
        newScenario(d, QStringLiteral("S-T4"), QStringLiteral("S-03"));
        QVERIFY(d.setActiveScenario(QStringLiteral("S-T4")).isEmpty());
        QCOMPARE(statusOf(d.model(), QStringLiteral("K6-01")), ControlStatus::Planned);
    }

    void removingWhatAScenarioNamesIsRefusedClearly()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.baseline();
        // S-03 removes a dependency of TERM-LG-MAINT; S-01 sets N-LGWAN.
        QString error = d.edit(QStringLiteral("rm"), removeAssetEdits(d.model(), QStringLiteral("N-LGWAN")));
        QVERIFY2(
            error.contains(QStringLiteral("N-LGWAN")) && error.contains(QStringLiteral("LGWAN")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Scenario")), qPrintable(error));
        QCOMPARE(d.baseline(), original);
        QCOMPARE(d.undoStack()->count(), 0);
        // In a scenario, removing what a scenario built on it names is refused the same way.
        QVERIFY(d.setActiveScenario(QStringLiteral("S-02")).isEmpty());
        error = d.edit(QStringLiteral("rm"), removeAssetEdits(d.model(), QStringLiteral("TERM-LG-MAINT")));
        QVERIFY2(error.contains(QStringLiteral("TERM-LG-MAINT")), qPrintable(error));
        QCOMPARE(d.baseline(), original);
        QVERIFY(d.setActiveScenario({}).isEmpty());
        // Removing a scenario's base is refused too.
        error = d.editScenarios(QStringLiteral("rm"), {ModelEdit::remove(1, d.baseline().scenarios[1])});
        QVERIFY(!error.isEmpty());
        QCOMPARE(d.baseline(), original);
    }

    void fieldEditsThatBreakAScenarioAreRefused()
    {
        // A `requires` edit is checked against every scenario's model: a cycle that only the baseline
        // and a scenario together make is refused.
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        qsizetype a = -1, b = -1;
        for (qsizetype i = 0; i < d.model().controls.size() && b < 0; ++i) {
            if (!d.model().controls[i].requires_.isEmpty())
                continue;
            (a < 0 ? a : b) = i;
        }
        QVERIFY(b >= 0);
        const QString idA = d.model().controls[a].id;
        const QString idB = d.model().controls[b].id;
        Scenario cyc;
        cyc.id = QStringLiteral("S-CYC");
        cyc.name = LocalizedText::plain(QStringLiteral("S-CYC"));
        ScenarioChange c;
        c.entity = ScenarioChange::Entity::Control;
        c.id = idB;
        c.field = QStringLiteral("requires");
        c.value = QJsonArray {idA};
        cyc.changes = {c};
        QVERIFY(
            d.editScenarios(QStringLiteral("new"), {ModelEdit::insert(d.baseline().scenarios.size(), cyc)}).isEmpty());
        const Model before = d.baseline();
        Control k = d.model().controls[a];
        k.requires_ = {idB};
        const QString error = d.edit(QStringLiteral("requires"), {ModelEdit::replace(a, k)});
        QVERIFY2(error.contains(QStringLiteral("S-CYC")), qPrintable(error));
        QCOMPARE(d.baseline(), before);
        // A plain field edit of the same control is fine.
        k = d.model().controls[a];
        k.effectiveness = 0.77;
        QVERIFY(d.edit(QStringLiteral("eff"), {ModelEdit::replace(a, k)}).isEmpty());
    }

    void comparePageEqualsCliDiff_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("S-01 against the baseline") << QString() << QStringLiteral("S-01");
        QTest::newRow("S-03 against S-02") << QStringLiteral("S-02") << QStringLiteral("S-03");
    }

    void comparePageEqualsCliDiff()
    {
        QFETCH(QString, base);
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        QVERIFY(d.saveAs(path).isEmpty());
        ComparePage page(&d);
        QAbstractItemModelTester tester(page.riskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.compare(base, scenario);
        QStringList args {
            QStringLiteral("diff"), path, QStringLiteral("--scenario"), scenario, QStringLiteral("--json")};
        if (!base.isEmpty())
            args << QStringLiteral("--against") << base;
        const auto run = mamori::test::runCli(args);
        QCOMPARE(run.code, 0);
        const QJsonObject cli = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(diffToJson(page.comparison().diff, base, scenario), cli);

        // What the page shows is that diff: one row per changed risk, totals from it.
        const QJsonArray risks = cli.value(QStringLiteral("risks")).toArray();
        QCOMPARE(qsizetype(page.riskModel()->rowCount()), risks.size());
        const QJsonObject totals = cli.value(QStringLiteral("totals")).toObject();
        const double residual
            = totals.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("residual")).toDouble();
        QCOMPARE(page.totalsTable()->item(ComparePage::ResidualRow, 1)->text(), formatScore(residual));
        // Sorted by difference, the largest increase comes first; rows sort by the number they show, so
        // a difference that reads 0.00 sits among the zeros (never "-0.00" before the reductions).
        page.riskView()->sortByColumn(ComparePage::DeltaColumn, Qt::DescendingOrder);
        const QAbstractItemModel* shown = page.riskView()->model();
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex delta = shown->index(row, ComparePage::DeltaColumn);
            const double key = delta.data(ComparePage::SortRole).toDouble();
            QVERIFY(key <= previous);
            previous = key;
            QVERIFY2(!delta.data().toString().startsWith(QStringLiteral("-0.00")), qPrintable(delta.data().toString()));
            if (key > -1e299) // both sides: the key is the shown number
                QCOMPARE(formatSignedScore(key), delta.data().toString());
        }
    }

    /// The baseline side of a comparison shares the window's live assessment when that is the
    /// baseline's and current, and still shows the baseline's numbers after an edit, or while a
    /// scenario is active (then the live assessment is the scenario's and is not used).
    void compareSharesTheLiveBaselineAndFollowsEdits()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        d.assessment()->waitForIdle();
        ComparePage page(&d);
        page.compare({}, QStringLiteral("S-01"));
        QVERIFY(page.comparison().ok());
        QCOMPARE(page.comparison().base, assess(d.baseline()));
        QCOMPARE(page.comparison().base.risks.constData(), d.assessment()->assessment().risks.constData());
        const QString residualBefore = page.totalsTable()->item(ComparePage::ResidualRow, 0)->text();

        // An edit of the baseline: the next comparison is of the edited baseline.
        // Every threat at the other end of the likelihood scale: the residual total must move.
        QList<ModelEdit> edits;
        for (qsizetype i = 0; i < d.model().threats.size(); ++i) {
            Threat t = d.model().threats[i];
            t.likelihood = t.effectiveLikelihood() >= 3 ? 1.0 : 5.0;
            edits.append(ModelEdit::replace(i, t));
        }
        QVERIFY(d.edit(QStringLiteral("likelihood"), edits).isEmpty());
        page.compare({}, QStringLiteral("S-01")); // while the engine may still be busy
        QCOMPARE(page.comparison().base, assess(d.baseline()));
        d.assessment()->waitForIdle();
        page.compare({}, QStringLiteral("S-01"));
        QCOMPARE(page.comparison().base, assess(d.baseline()));
        QCOMPARE(page.comparison().base.risks.constData(), d.assessment()->assessment().risks.constData());
        QCOMPARE(page.comparison().scenario, assess(resolveScenario(d.baseline(), QStringLiteral("S-01")).model));
        QCOMPARE(page.totalsTable()->item(ComparePage::ResidualRow, 0)->text(),
            formatScore(assess(d.baseline()).totals.residual));
        QVERIFY(page.totalsTable()->item(ComparePage::ResidualRow, 0)->text() != residualBefore);

        // A scenario active: the live assessment is that scenario's, the baseline side is assessed.
        d.setActiveScenario(QStringLiteral("S-02"));
        d.assessment()->waitForIdle();
        page.compare({}, QStringLiteral("S-01"));
        QCOMPARE(page.comparison().base, assess(d.baseline()));
        QVERIFY(page.comparison().base.risks.constData() != d.assessment()->assessment().risks.constData());
    }

    /// A difference of a rounding error reads 0 and sorts as 0.
    void compareSortsNegativeZeroAsZero()
    {
        QCOMPARE(roundScore(-1e-9), 0.0);
        QVERIFY(!std::signbit(roundScore(-1e-9)));
        QCOMPARE(formatSignedScore(-1e-9, QLocale::c()), QStringLiteral("0.00"));
        QCOMPARE(formatSignedScore(-0.004, QLocale::c()), QStringLiteral("0.00"));
        QCOMPARE(formatSignedScore(0.005, QLocale::c()), QStringLiteral("+0.01"));
        QCOMPARE(formatSignedScore(-3, QLocale::c()), QStringLiteral("-3.00"));
    }

    void shownScenarioEqualsCliAssess()
    {
        // What every view shows while a scenario is active is `mamori-cli assess --scenario`.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        QVERIFY(d.saveAs(path).isEmpty());
        QVERIFY(d.setActiveScenario(QStringLiteral("S-03")).isEmpty());
        d.assessment()->waitForIdle();
        const auto run = mamori::test::runCli({QStringLiteral("assess"), path, QStringLiteral("--scenario"),
            QStringLiteral("S-03"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QCOMPARE(assessmentToJson(d.assessment()->assessment(), QStringLiteral("S-03")),
            QJsonDocument::fromJson(run.out.toUtf8()).object());
    }

    void whatIfs()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        ScenariosPage page(&d);
        const QString fails = page.whatIfAssetFails(QStringLiteral("N-LGWAN"));
        QVERIFY(!fails.isEmpty());
        QCOMPARE(d.activeScenario(), fails);
        const Model& m = d.model();
        QCOMPARE(*m.assets[indexOfId(m.assets, QStringLiteral("N-LGWAN"))].impact[dimIndex(Dimension::A)], 5.0);
        d.assessment()->waitForIdle();
        const Assessment& a = d.assessment()->assessment();
        bool certain = false;
        for (const RiskResult& r : a.risks)
            certain = certain || (r.asset == QStringLiteral("N-LGWAN") && r.likelihood == 5);
        QVERIFY(certain);

        d.setActiveScenario({});
        const QString without = page.whatIfControlRemoved(QStringLiteral("K6-01"));
        QVERIFY(!without.isEmpty());
        QCOMPARE(int(indexOfId(resolveScenario(d.baseline(), without).model.controls, QStringLiteral("K6-01"))), -1);

        const WhatIf::PlanFunding full = WhatIf::fundPlan(d.baseline(), 1e18);
        const WhatIf::PlanFunding half = WhatIf::fundPlan(d.baseline(), full.candidatesCost / 2);
        QVERIFY(half.fundedCost <= full.candidatesCost / 2);
        QVERIFY(!half.unfunded.isEmpty());
        const QString cut = page.whatIfBudgetCut(50);
        QVERIFY(!cut.isEmpty());
        const ScenarioComparison c = compareScenarios(d.baseline(), {}, cut);
        QVERIFY(c.ok());
        QVERIFY(c.diff.scenario.residual <= c.diff.base.residual);
    }

    /// This year's project against last year's file: the page shows `mamori-cli diff --against-file`,
    /// the other side named by the file, and goes back to scenarios on request.
    void comparePageAgainstAnotherFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        const QString old = dir.filePath(QStringLiteral("ward-2025.json"));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(JsonFormat::write(mamori::test::lastYearsWard(BuiltIn::sampleWard())));
        f.close();
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        QVERIFY(d.saveAs(path).isEmpty());
        ComparePage page(&d);
        QAbstractItemModelTester tester(page.riskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.compare({}, QStringLiteral("S-01"));
        OtherModelFile other = readOtherModelFile(old);
        QVERIFY(other.ok());
        page.compareWithFile(std::move(other));
        QVERIFY(page.comparingFile());
        QCOMPARE(page.otherFileName(), QStringLiteral("ward-2025.json"));
        QCOMPARE(page.scenarioId(), QString()); // the project itself

        const auto run = mamori::test::runCli(
            {QStringLiteral("diff"), path, QStringLiteral("--against-file"), old, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject cli = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(diffToJson(page.comparison().diff, QStringLiteral("ward-2025.json"), QString()), cli);
        QCOMPARE(qsizetype(page.riskModel()->rowCount()), cli.value(QStringLiteral("risks")).toArray().size());
        const double residual = cli.value(QStringLiteral("totals"))
                                    .toObject()
                                    .value(QStringLiteral("base"))
                                    .toObject()
                                    .value(QStringLiteral("residual"))
                                    .toDouble();
        QCOMPARE(page.totalsTable()->item(ComparePage::ResidualRow, 0)->text(), formatScore(residual));
        QVERIFY(page.comparison().diff.scenario.residual < page.comparison().diff.base.residual);

        // The other side is labelled with the file's name: the totals, the heat map, the picker.
        QVERIFY(page.totalsTable()->horizontalHeaderItem(0)->text().contains(QStringLiteral("ward-2025.json")));
        const auto labels = page.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return !l->isHidden() && l->text().contains(QStringLiteral("ward-2025.json"))
                && l->objectName() == QStringLiteral("compareOtherFile");
        }));
        QVERIFY(page.findChild<QComboBox*>(QStringLiteral("compareBase"))->isHidden());
        // The retired asset's risks are rows of the other file only, named from it.
        int retired = 0;
        const QAbstractItemModel* risks = page.riskModel();
        for (int row = 0; row < risks->rowCount(); ++row) {
            const QModelIndex asset = risks->index(row, ComparePage::AssetColumn);
            if (asset.data(ComparePage::SortRole) == QStringLiteral("A-RETIRED")) {
                ++retired;
                const QString name = asset.data().toString();
                QVERIFY(name.contains(QStringLiteral("端末")) || name.contains(QStringLiteral("terminal")));
                QCOMPARE(risks->index(row, ComparePage::DeltaColumn).data().toString(),
                    ComparePage::tr("only in the other file"));
            }
        }
        QVERIFY(retired > 0);

        // A scenario of this project against the same file; the file is not held: it can be removed.
        page.compareWithFile(readOtherModelFile(old), QStringLiteral("S-01"));
        QCOMPARE(page.scenarioId(), QStringLiteral("S-01"));
        const auto scenarioRun = mamori::test::runCli({QStringLiteral("diff"), path, QStringLiteral("--scenario"),
            QStringLiteral("S-01"), QStringLiteral("--against-file"), old, QStringLiteral("--json")});
        QCOMPARE(diffToJson(page.comparison().diff, QStringLiteral("ward-2025.json"), QStringLiteral("S-01")),
            QJsonDocument::fromJson(scenarioRun.out.toUtf8()).object());
        QVERIFY(QFile::remove(old));

        // Edits of the project are compared with the file kept in memory (it is gone from the disk).
        const double before = page.comparison().diff.scenario.residual;
        const double otherSide = page.comparison().diff.base.residual;
        Threat t = d.baseline().threats[0];
        t.likelihood = 1;
        QVERIFY(d.edit(edits::replaceItem(d.model(), t.id, t)).isEmpty());
        page.show();
        QVERIFY(page.comparingFile());
        QCOMPARE(page.comparison().diff.base.residual, otherSide);
        QVERIFY(page.comparison().diff.scenario.residual < before);

        // Back to comparing scenarios.
        page.findChild<QPushButton*>(QStringLiteral("compareBackToScenarios"))->click();
        QVERIFY(!page.comparingFile());
        QVERIFY(!page.findChild<QComboBox*>(QStringLiteral("compareBase"))->isHidden());
        QCOMPARE(page.scenarioId(), QStringLiteral("S-01"));
        QCOMPARE(page.totalsTable()->horizontalHeaderItem(0)->text(), ComparePage::tr("Base"));
        QCOMPARE(page.comparison().diff, compareScenarios(d.baseline(), {}, QStringLiteral("S-01")).diff);
    }

    /// A file that cannot be compared: the message names it and lists its problems.
    void compareWithABadFileNamesIt()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("ward-2025.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        Model m = BuiltIn::sampleWard();
        m.dependencies[0].to = QStringLiteral("A-NOWHERE");
        m.threats[0].likelihood = 9;
        f.write(JsonFormat::write(m));
        f.close();
        const OtherModelFile other = readOtherModelFile(broken);
        QVERIFY(!other.ok());
        QVERIFY(other.errors.size() >= 2);
        const QString message = ComparePage::cannotCompareMessage(other);
        QVERIFY2(message.contains(QStringLiteral("ward-2025.json")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("A-NOWHERE")), qPrintable(message));
        for (const InputError& e : other.errors)
            QVERIFY2(message.contains(e.toString()), qPrintable(message));
        const OtherModelFile missing = readOtherModelFile(dir.filePath(QStringLiteral("gone.mamori")));
        QVERIFY(!missing.ok());
        QVERIFY(ComparePage::cannotCompareMessage(missing).contains(QStringLiteral("gone.mamori")));

        // The window says so and stays where it was.
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        MainWindow w(&d);
        w.show();
        QString shown;
        // The warning is modal: read it, then close it.
        QTimer closer;
        connect(&closer, &QTimer::timeout, &w, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(50);
        QVERIFY(!w.compareWithFile(broken));
        QVERIFY(shown.contains(QStringLiteral("ward-2025.json")));
        QVERIFY(!w.comparePage()->comparingFile());
    }

    void windowShowsTheActiveScenario()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        MainWindow w(&d);
        w.show();
        QVERIFY(!w.scenarioBanner()->isVisible());
        w.showPage(MainWindow::Assets);
        w.registerPage(MainWindow::Assets)->selectRow(5);
        const QString selected = d.model().assets[5].id;
        QVERIFY(d.setActiveScenario(QStringLiteral("S-01")).isEmpty());
        QVERIFY(w.scenarioBanner()->isVisible());
        QVERIFY(w.windowTitle().contains(d.activeScenarioName()));
        // The same asset stays selected across the switch.
        QCOMPARE(d.model().assets[w.registerPage(MainWindow::Assets)->currentRow()].id, selected);
        w.scenariosPage()->selectScenario(QStringLiteral("S-01"));
        QCOMPARE(qsizetype(w.scenariosPage()->changesTable()->rowCount()), d.baseline().scenarios[0].changes.size());
        QVERIFY(w.scenariosPage()->revertChanges(QStringLiteral("S-01"), {0}));
        QCOMPARE(d.baseline().scenarios[0].changes.size(), BuiltIn::sampleWard().scenarios[0].changes.size() - 1);
        d.undoStack()->undo();
        QCOMPARE(d.baseline(), BuiltIn::sampleWard());
        d.setActiveScenario({});
        QVERIFY(!w.scenarioBanner()->isVisible());

        // "What if it fails?" on an asset of the graph: a new scenario, shown, with the blast radius.
        emit w.graphView()->assetFailureRequested(QStringLiteral("N-LGWAN"));
        QVERIFY(!d.activeScenario().isEmpty());
        QCOMPARE(w.currentPage(), MainWindow::Graph);
        const QStringList radius = w.graphView()->highlightedAssets();
        QVERIFY(radius.contains(QStringLiteral("N-LGWAN")));
        d.assessment()->waitForIdle();
        QCOMPARE(qsizetype(radius.size()),
            d.assessment()->assessment().findAsset(QStringLiteral("N-LGWAN"))->blastRadius + 1);
    }
};

QTEST_MAIN(TestScenarios)
#include "tst_scenarios.moc"
