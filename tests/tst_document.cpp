// Editing a project as the window does: through the registers' item models, one undo step per
// action; undo and redo restore the exact model; invalid values are refused with a message and
// change nothing; the live assessment always equals a full assessment of the model; autosave and
// crash recovery; the lock on an open project file.

#include "BuiltIn.h"
#include "ModelEdit.h"
#include "ProjectFile.h"
#include "ProjectLock.h"
#include "TestSupport.h"
#include "document/Autosave.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Assessment.h"
#include "registers/RegisterTableModel.h"
#include "registers/Registers.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <random>

using namespace mamori;

namespace {

using mamori::test::columnOf;

void verifyLiveAssessment(ProjectDocument& d)
{
    d.assessment()->waitForIdle();
    const Assessment full = assess(d.model());
    QCOMPARE(d.assessment()->assessment().totals, full.totals);
    QCOMPARE(d.assessment()->assessment().risks, full.risks);
    QCOMPARE(d.assessment()->assessment().assets, full.assets);
    QCOMPARE(d.assessment()->assessment().findings, full.findings);
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editUndoRedoThroughRegister()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        RegisterTableModel* controls = makeControlRegister(&d, &d);
        QAbstractItemModelTester tester(controls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int status = columnOf(*controls, "Status");

        // Find a control that is not implemented and implement it.
        int row = -1;
        for (int r = 0; r < controls->rowCount(); ++r) {
            if (controls->index(r, status).data(Qt::EditRole).toString() == QLatin1StringView("none")) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        const double residualBefore = (d.assessment()->waitForIdle(), d.assessment()->assessment().totals.residual);
        QVERIFY(controls->setData(controls->index(row, status), QStringLiteral("implemented")));
        QCOMPARE(d.model().controls[row].status, ControlStatus::Implemented);
        QVERIFY(d.isModified());
        QCOMPARE(d.undoStack()->count(), 1);
        verifyLiveAssessment(d);
        QVERIFY(d.assessment()->assessment().totals.residual <= residualBefore);

        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        QVERIFY(!d.isModified());
        verifyLiveAssessment(d);
        QCOMPARE(d.assessment()->assessment().totals.residual, residualBefore);

        d.undoStack()->redo();
        QCOMPARE(d.model().controls[row].status, ControlStatus::Implemented);
        verifyLiveAssessment(d);
    }

    /// The document control (File > Export report…) is the baseline's, even while a scenario is
    /// shown: one undo step, which the shown scenario follows, and undo restores exactly.
    void documentControlEditWhileAScenarioIsShown()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.baseline();
        QCOMPARE(d.setActiveScenario(QStringLiteral("S-02")), QString());
        DocumentControl doc = original.document;
        doc.number = QStringLiteral("X-2027-001");
        doc.budgets.append({2029, 1000, 2000});
        QVERIFY(edits::setDocumentControl(d.baseline(), original.document).edits.isEmpty()); // nothing changes
        QCOMPARE(d.editScenarios(edits::setDocumentControl(d.baseline(), doc)), QString());
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.baseline().document, doc);
        QCOMPARE(d.model().document, doc); // the scenario shown is resolved from the new baseline
        QVERIFY(d.baseline().scenarios == original.scenarios);
        d.undoStack()->undo();
        QCOMPARE(d.baseline(), original);
        QCOMPARE(d.model().document, original.document);
        d.undoStack()->redo();
        QCOMPARE(d.baseline().document, doc);
    }

    void engineColumnsFollowTheAssessment()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        d.assessment()->waitForIdle();
        RegisterTableModel* assets = makeAssetRegister(&d, &d);
        RegisterTableModel* threats = makeThreatRegister(&d, &d);
        const int effectiveA = columnOf(*assets, "Effective A");
        const int impactA = columnOf(*assets, "Impact A");
        const int row = int(indexOfId(d.model().assets, QStringLiteral("INF-JUMIN")));
        QSignalSpy assetSignals(assets, &QAbstractItemModel::dataChanged);
        QSignalSpy threatSignals(threats, &QAbstractItemModel::dataChanged);
        QVERIFY(assets->setData(assets->index(row, impactA), QStringLiteral("1")));
        d.assessment()->waitForIdle();
        // The assessment's arrival announces the engine's columns of every row, and only them.
        const auto last = assetSignals.last();
        QCOMPARE(last.at(0).toModelIndex().column(), columnOf(*assets, "Effective C"));
        QCOMPARE(last.at(1).toModelIndex().column(), columnOf(*assets, "Blast radius"));
        QCOMPARE(last.at(1).toModelIndex().row(), assets->rowCount() - 1);
        QCOMPARE(assets->index(row, effectiveA).data(RegisterTableModel::SortRole).toDouble(),
            d.assessment()->assessment().findAsset(QStringLiteral("INF-JUMIN"))->impact[dimIndex(Dimension::A)]);
        QCOMPARE(threatSignals.count(), 0); // nothing of the threats changed
    }

    void invalidEditIsRefused()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        RegisterTableModel* assets = makeAssetRegister(&d, &d);
        QSignalSpy refused(assets, &RegisterTableModel::editRefused);
        const int impactA = columnOf(*assets, "Impact A");
        QVERIFY(!assets->setData(assets->index(0, impactA), QStringLiteral("7")));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("out of range")),
            qPrintable(refused.first().first().toString()));
        QVERIFY(!assets->setData(assets->index(0, impactA), QStringLiteral("abc")));
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("not a number")));
        const int owner = columnOf(*assets, "Owner");
        QVERIFY(!assets->setData(assets->index(0, owner), QStringLiteral("NO-SUCH-UNIT")));
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(!d.isModified());
    }

    void typingMergesAndNetNothingIsObsolete()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        RegisterTableModel* assets = makeAssetRegister(&d, &d);
        const int name = columnOf(*assets, "Name");
        const QString before = assets->index(3, name).data().toString();
        QVERIFY(assets->setData(assets->index(3, name), QStringLiteral("仮の名前")));
        QVERIFY(assets->setData(assets->index(3, name), QStringLiteral("別の名前")));
        QCOMPARE(d.undoStack()->count(), 1); // one undo step for one cell
        QVERIFY(assets->setData(assets->index(3, name), before));
        QCOMPARE(d.undoStack()->count(), 0); // back where it was: nothing to undo
        QVERIFY(!d.isModified());
    }

    void bulkSetIsOneStep()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        RegisterTableModel* controls = makeControlRegister(&d, &d);
        const int status = columnOf(*controls, "Status");
        QVERIFY(controls->setColumnForRows(status, {0, 1, 2, 5}, QStringLiteral("planned")));
        QCOMPARE(d.undoStack()->count(), 1);
        for (int r : {0, 1, 2, 5})
            QCOMPARE(d.model().controls[r].status, ControlStatus::Planned);
        verifyLiveAssessment(d);
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
    }

    void removingAnAssetCascadesAndUndoes()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        RegisterTableModel* assets = makeAssetRegister(&d, &d);
        RegisterTableModel* deps = makeDependencyRegister(&d, &d);
        QAbstractItemModelTester t1(assets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(deps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = QStringLiteral("DEV-AD");
        QCOMPARE(d.edit(QStringLiteral("remove"), removeAssetEdits(d.model(), id)), QString());
        QCOMPARE(indexOfId(d.model().assets, id), -1);
        for (const Dependency& e : d.model().dependencies)
            QVERIFY(e.from != id && e.to != id);
        QCOMPARE(assets->rowCount(), original.assets.size() - 1);
        verifyLiveAssessment(d);
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        QCOMPARE(deps->rowCount(), original.dependencies.size());
        verifyLiveAssessment(d);
    }

    void randomEditsKeepLiveAssessmentExact()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        std::mt19937 rng(42);
        const Model& m = d.model();
        for (int step = 0; step < 40; ++step) {
            QList<ModelEdit> edits;
            switch (rng() % 5) {
            case 0: {
                const auto i = qsizetype(rng() % m.controls.size());
                Control k = m.controls[i];
                k.status = ControlStatus(rng() % 4);
                edits.append(ModelEdit::replace(i, k));
                break;
            }
            case 1: {
                const auto i = qsizetype(rng() % m.assets.size());
                Asset a = m.assets[i];
                a.impact[rng() % 3] = 1 + double(rng() % 5);
                edits.append(ModelEdit::replace(i, a));
                break;
            }
            case 2: {
                const auto i = qsizetype(rng() % m.dependencies.size());
                edits.append(ModelEdit::remove(i, m.dependencies[i]));
                break;
            }
            case 3: {
                const Asset& from = m.assets[rng() % m.assets.size()];
                const Asset& to = m.assets[rng() % m.assets.size()];
                edits.append(ModelEdit::insert(
                    m.dependencies.size(), Dependency {from.id, to.id, DependencyKind::ConnectsVia, {}}));
                break;
            }
            case 4: {
                const auto i = qsizetype(rng() % m.threats.size());
                Threat t = m.threats[i];
                t.likelihood = 1 + double(rng() % 5);
                edits.append(ModelEdit::replace(i, t));
                break;
            }
            }
            d.edit(QStringLiteral("random"), edits); // self or duplicate dependencies are refused
            if (step % 10 == 9)
                verifyLiveAssessment(d);
        }
        while (d.undoStack()->canUndo())
            d.undoStack()->undo();
        QCOMPARE(d.model(), BuiltIn::sampleWard());
        verifyLiveAssessment(d);
    }

    void autosaveAndRecoveryAfterACrash()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        Model edited;
        {
            ProjectDocument d;
            d.reset(BuiltIn::sampleWard(), dir.filePath(QStringLiteral("ward.mamori")));
            Autosave autosave(&d, recovery);
            QVERIFY(Autosave::pending(recovery).isEmpty());
            Control k = d.model().controls.first();
            k.status = ControlStatus::Partial;
            QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, k)}), QString());
            QVERIFY(autosave.saveNow());
            // While this session runs, its copy is not offered to another Mamori.
            QVERIFY(Autosave::pending(recovery).isEmpty());
            edited = d.model();
            autosave.simulateCrash();
        }
        const auto pending = Autosave::pending(recovery);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().originalPath, dir.filePath(QStringLiteral("ward.mamori")));
        const auto restored = ProjectFile::read(pending.first().modelPath);
        QVERIFY(restored.ok());
        QCOMPARE(restored.model, edited);
        Autosave::remove(pending.first());
        QVERIFY(Autosave::pending(recovery).isEmpty());
    }

    void autosaveWritesASnapshotInOrder()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        Autosave autosave(&d, recovery);
        const auto edit = [&](ControlStatus status) {
            Control k = d.model().controls.first();
            k.status = status;
            QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, k)}), QString());
        };
        edit(ControlStatus::Partial);
        const Model first = d.model();
        autosave.startSave(); // returns at once; the worker writes the model as it is now
        edit(ControlStatus::Planned); // made while the copy may still be written
        const Model second = d.model();
        QVERIFY(autosave.waitForWrites());
        // The copy in the recovery folder, as the next start would read it.
        const auto copy = [&] {
            const QStringList files = QDir(recovery).entryList({QStringLiteral("*.mamori")}, QDir::Files);
            return files.size() == 1 ? ProjectFile::read(QDir(recovery).filePath(files.first())).model : Model();
        };
        QCOMPARE(copy(), first); // the snapshot taken when asked, not the model being edited since
        QVERIFY(!(first == second));
        // A copy asked for later is written after the first: the newest edit wins.
        autosave.startSave();
        autosave.startSave(); // nothing new since: no second write
        QVERIFY(autosave.waitForWrites());
        QCOMPARE(copy(), second);
    }

    void autosaveClearIsOrderedAfterAWrite()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        {
            Autosave autosave(&d, recovery);
            Threat t = d.model().threats.first();
            t.likelihood = 5;
            QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, t)}), QString());
            autosave.startSave();
            autosave.clear(); // the user saved while the copy was being written
            QVERIFY(autosave.waitForWrites());
            QCOMPARE(QDir(recovery).entryList({QStringLiteral("*.mamori")}, QDir::Files).size(), 0);
            // And a copy started just before quitting is complete when the Autosave is gone (it waits).
            t.likelihood = 4;
            QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, t)}), QString());
            autosave.startSave();
            autosave.simulateCrash();
            const auto pending = Autosave::pending(recovery);
            QCOMPARE(pending.size(), 1);
            const auto read = ProjectFile::read(pending.first().modelPath);
            QVERIFY(read.ok());
            QCOMPARE(read.model, d.baseline());
        }
    }

    void autosaveFailureIsSaid()
    {
        // A recovery folder that cannot be written (here a file stands where the folder should be, as a
        // full disk or a folder without permission would refuse it): the window is told, every time.
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        QFile blocker(recovery);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        Autosave autosave(&d, recovery);
        QSignalSpy failed(&autosave, &Autosave::writeFailed);
        Threat t = d.model().threats.first();
        t.likelihood = 5;
        QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, t)}), QString());
        QVERIFY(!autosave.saveNow());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("recovery")),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!autosave.saveNow()); // tried again, and said again
        QTRY_COMPARE(failed.count(), 2);
    }

    void cleanCloseLeavesNothingToRecover()
    {
        QTemporaryDir dir;
        const QString recovery = dir.filePath(QStringLiteral("recovery"));
        {
            ProjectDocument d;
            d.reset(BuiltIn::sampleWard(), QString());
            Autosave autosave(&d, recovery);
            Threat t = d.model().threats.first();
            t.likelihood = 5;
            QCOMPARE(d.edit(QStringLiteral("edit"), {ModelEdit::replace(0, t)}), QString());
            QVERIFY(autosave.saveNow());
        }
        QVERIFY(Autosave::pending(recovery).isEmpty());
    }

    void lockTellsWhoHasTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.mamori"));
        ProjectLock first;
        QVERIFY(first.acquire(path));
        // A second Mamori is another process; a second lock object in this one sees the same file.
        QLockFile other(ProjectLock::lockPathFor(path));
        QVERIFY(!other.tryLock(0));
        first.release();
        ProjectLock second;
        QVERIFY(second.acquire(path));
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
