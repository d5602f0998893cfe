// The detail editors of threats, controls and assets, driven by objectName as a user drives them:
// OK applies exactly the change made, as one undo step; undo restores the exact model; OK without
// changes adds nothing for every item of the sample ward; a refused edit (a `requires` cycle, a value
// out of range) shows the reason, keeps the dialog open with what was typed and changes nothing;
// Cancel changes nothing.
//
// MAMORI_EDITOR_SCREENSHOTS=<dir> (off by default) also writes each dialog as PNG files into <dir>,
// in Japanese and English, for a person to look at. MAMORI_EDITOR_SCREENSHOTS_QM=<file.qm> adds a
// translation to load over the built-in one (for strings not yet in translations/).

#include "BuiltIn.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "Translations.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "editors/AssetEditorDialog.h"
#include "editors/ControlEditorDialog.h"
#include "editors/ItemEditors.h"
#include "editors/PlanActionEditorDialog.h"
#include "editors/ThreatEditorDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace mamori;

namespace {

template <typename T> T* child(const QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

void clickOk(QDialog& dialog)
{
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
}

void clickCancel(QDialog& dialog)
{
    child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Cancel)->click();
}

QListWidgetItem* itemWithKey(QListWidget* list, const QString& key)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == key)
            return list->item(i);
    }
    qFatal("no item %s in %s", qPrintable(key), qPrintable(list->objectName()));
}

void setChecked(QListWidget* list, const QString& key, bool checked)
{
    itemWithKey(list, key)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

/// Types `text` into `w`: key by key for ASCII, else committed as an input method commits Japanese.
void type(QWidget* w, const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(w, &event);
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

QString comboKeyOf(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QStringList checkedKeys(const QListWidget* list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            keys.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return keys;
}

int visibleItems(const QListWidget* list)
{
    int n = 0;
    for (int i = 0; i < list->count(); ++i)
        n += !list->item(i)->isHidden();
    return n;
}

Model sample()
{
    return BuiltIn::sampleWard();
}

} // namespace

class TestEditors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setDisplayLanguage(Language::Japanese);
    }

    void threatEditAppliesToAsOneStep()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        const qsizetype index = indexOfId(original.threats, QStringLiteral("T1-01"));
        QVERIFY(index >= 0);
        const Threat before = original.threats[index];
        QCOMPARE(before.appliesTo.types,
            (QList<AssetType> {AssetType::System, AssetType::Network, AssetType::CloudService}));
        QCOMPARE(before.appliesTo.tiers, (QList<Tier> {Tier::Lgwan, Tier::Internet}));

        ThreatEditorDialog dialog(&d, index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(&dialog, "nameJa")->text(), before.name.ja);
        QVERIFY(!child<QLabel>(&dialog, "appliesToHint")->text().isEmpty());
        setChecked(child<QListWidget>(&dialog, "appliesToTypes"), QStringLiteral("network"), false);
        setChecked(child<QListWidget>(&dialog, "appliesToTiers"), QStringLiteral("mynumber"), true);
        child<QCheckBox>(&dialog, "dimensionA")->setChecked(false);
        retype(child<QLineEdit>(&dialog, "likelihood"), QStringLiteral("４")); // full-width, as an IME types it
        retype(child<QLineEdit>(&dialog, "nameEn"), QStringLiteral("Cyber attack <b>from outside</b>"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.applied());

        Threat expected = before;
        expected.appliesTo.types = {AssetType::System, AssetType::CloudService};
        expected.appliesTo.tiers = {Tier::Lgwan, Tier::Internet, Tier::MyNumber};
        expected.dimensions = {};
        expected.dimensions.insert(Dimension::C);
        expected.dimensions.insert(Dimension::I);
        expected.likelihood = 4.0;
        expected.name.en = QStringLiteral("Cyber attack <b>from outside</b>");
        Model expectedModel = original;
        expectedModel.threats[index] = expected;
        QVERIFY(d.model().threats[index] == expected);
        QCOMPARE(d.model(), expectedModel);
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Edit threat T1-01"));

        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.undoStack()->redo();
        QCOMPARE(d.model(), expectedModel);
        d.assessment()->waitForIdle();
    }

    void threatBlankLikelihoodIsDefault()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const qsizetype index = indexOfId(d.model().threats, QStringLiteral("T1-01"));
        ThreatEditorDialog dialog(&d, index);
        auto* likelihood = child<QLineEdit>(&dialog, "likelihood");
        QVERIFY(likelihood->placeholderText().contains(QLatin1Char('3')));
        likelihood->clear();
        clickOk(dialog);
        QVERIFY(dialog.applied());
        QCOMPARE(d.model().threats[index].likelihood, std::nullopt);
        QCOMPARE(d.model().threats[index].effectiveLikelihood(), 3.0);
        d.assessment()->waitForIdle();
    }

    void threatInvalidInputKeepsDialogOpen_data()
    {
        QTest::addColumn<QString>("likelihood");
        QTest::addColumn<bool>("uncheckAllDimensions");
        QTest::newRow("out of range") << QStringLiteral("7") << false;
        QTest::newRow("not a number") << QStringLiteral("high") << false;
        QTest::newRow("no dimension") << QString() << true;
    }
    void threatInvalidInputKeepsDialogOpen()
    {
        QFETCH(QString, likelihood);
        QFETCH(bool, uncheckAllDimensions);
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        ThreatEditorDialog dialog(&d, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(&dialog, "nameJa"), QStringLiteral("入力した名前"));
        if (!likelihood.isEmpty())
            retype(child<QLineEdit>(&dialog, "likelihood"), likelihood);
        if (uncheckAllDimensions) {
            for (const char* name : {"dimensionC", "dimensionI", "dimensionA"})
                child<QCheckBox>(&dialog, name)->setChecked(false);
        }
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.applied());
        QVERIFY(!dialog.errorMessage().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "errorMessage")->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "nameJa")->text(), QStringLiteral("入力した名前")); // nothing lost
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void idFieldRenames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("asset") << 0;
        QTest::newRow("threat") << 2;
        QTest::newRow("control") << 4;
    }
    void idFieldRenames()
    {
        // The ID field renames: OK applies the new id with the other changes as one undo step, and
        // what named the item names it by its new id; a taken id is refused with the dialog open.
        QFETCH(int, kind);
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        auto idOf = [&](const Model& m, int r) {
            return kind == 0 ? m.assets[r].id : kind == 2 ? m.threats[r].id : m.controls[r].id;
        };
        auto mentions = [](const Model& m, const QString& id) {
            // The places of the sample ward that name assets, threats and controls.
            int n = 0;
            for (const Exposure& e : m.exposures)
                n += e.asset == id || e.threat == id;
            for (const Dependency& e : m.dependencies)
                n += e.from == id || e.to == id;
            for (const Control& k : m.controls)
                n += k.requires_.contains(id) || k.scope.assets.contains(id);
            for (const PlanAction& p : m.actions)
                n += p.controls.contains(id);
            return n;
        };
        // An item other than the first that is named elsewhere, so a missed reference would show.
        const qsizetype count = kind == 0 ? original.assets.size()
            : kind == 2                   ? original.threats.size()
                                          : original.controls.size();
        int row = 1;
        while (row < count && mentions(original, idOf(original, row)) == 0)
            ++row;
        QVERIFY(row < count);
        const QString oldId = idOf(original, row);
        auto open = [&]() -> std::unique_ptr<ItemEditorDialog> {
            if (kind == 0)
                return std::make_unique<AssetEditorDialog>(&d, row);
            if (kind == 2)
                return std::make_unique<ThreatEditorDialog>(&d, row);
            return std::make_unique<ControlEditorDialog>(&d, row);
        };
        const char* idName = kind == 0 ? "assetId" : kind == 2 ? "threatId" : "controlId";

        // A taken id (the first item's): refused, the dialog stays with what was typed.
        {
            std::unique_ptr<ItemEditorDialog> dialog = open();
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            auto* id = child<QLineEdit>(dialog.get(), idName);
            QCOMPARE(id->text(), oldId);
            retype(id, idOf(original, 0));
            clickOk(*dialog);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->applied());
            QVERIFY2(dialog->errorMessage().contains(idOf(original, 0)), qPrintable(dialog->errorMessage()));
            QCOMPARE(QApplication::focusWidget(), id);
            QCOMPARE(id->text(), idOf(original, 0));
            QCOMPARE(d.model(), original);
            QCOMPARE(d.undoStack()->count(), 0);
        }

        std::unique_ptr<ItemEditorDialog> dialog = open();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        retype(child<QLineEdit>(dialog.get(), idName), QStringLiteral("WARD-0042"));
        retype(child<QLineEdit>(dialog.get(), "nameJa"), QStringLiteral("改名後"));
        clickOk(*dialog);
        QVERIFY2(dialog->applied(), qPrintable(dialog->errorMessage()));
        QCOMPARE(d.undoStack()->count(), 1);
        const Model& after = d.model();
        QCOMPARE(idOf(after, row), QStringLiteral("WARD-0042"));
        const LocalizedText name = kind == 0 ? after.assets[row].name
            : kind == 2                      ? after.threats[row].name
                                             : after.controls[row].name;
        QCOMPARE(name.ja, QStringLiteral("改名後"));
        QCOMPARE(mentions(after, oldId), 0);
        QCOMPARE(mentions(after, QStringLiteral("WARD-0042")), mentions(original, oldId));
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
    }

    void controlMitigatesScopeRequires()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        const qsizetype index = indexOfId(original.controls, QStringLiteral("K1-06"));
        QVERIFY(index >= 0);
        const Control before = original.controls[index];
        QCOMPARE(before.mitigates.size(), 3);
        QCOMPARE(before.mitigates[1].threat, QStringLiteral("T2-03"));
        QCOMPARE(before.scope.mode, ControlScope::Mode::All);
        QCOMPARE(before.requires_, QStringList {QStringLiteral("K1-01")});

        ControlEditorDialog dialog(&d, index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableWidget>(&dialog, "mitigates");
        QCOMPARE(table->rowCount(), 3);

        // Row 0: a new reduction. Row 1 (T2-03): removed. Then two new rows: a threat typed by its ID
        // with a reduction, and a whole category chosen from the list with no reduction.
        retype(qobject_cast<QLineEdit*>(table->cellWidget(0, ControlEditorDialog::ReductionColumn)),
            QStringLiteral("0.25"));
        qobject_cast<QToolButton*>(table->cellWidget(1, ControlEditorDialog::RemoveColumn))->click();
        QCOMPARE(table->rowCount(), 2);
        auto* add = child<QPushButton>(&dialog, "addMitigation");
        add->click();
        QCOMPARE(table->rowCount(), 3);
        auto* target = qobject_cast<QComboBox*>(table->cellWidget(2, ControlEditorDialog::TargetColumn));
        QVERIFY(target && target->isEditable());
        QVERIFY(target->currentText().isEmpty());
        retype(target->lineEdit(), QStringLiteral("T1-03"));
        retype(qobject_cast<QLineEdit*>(table->cellWidget(2, ControlEditorDialog::ReductionColumn)),
            QStringLiteral("0.4"));
        add->click();
        target = qobject_cast<QComboBox*>(table->cellWidget(3, ControlEditorDialog::TargetColumn));
        int category2 = -1;
        for (int i = 0; i < target->count() && category2 < 0; ++i) {
            if (target->itemText(i).startsWith(QLatin1StringView("Category 2")))
                category2 = i;
        }
        QVERIFY(category2 >= 0);
        target->setCurrentIndex(category2);

        // Scope: listed assets, found with the search box.
        child<QRadioButton>(&dialog, "scopeAssets")->click();
        auto* assets = child<QListWidget>(&dialog, "scopeAssetList");
        QCOMPARE(assets->count(), original.assets.size());
        const QString first = original.assets[3].id;
        const QString second = original.assets[40].id;
        retype(child<QLineEdit>(&dialog, "scopeAssetListSearch"), second);
        QVERIFY(visibleItems(assets) >= 1);
        QVERIFY(visibleItems(assets) < assets->count());
        QVERIFY(!itemWithKey(assets, second)->isHidden());
        // Enter in a search box goes to the matches; it does not press OK.
        QTest::keyClick(child<QLineEdit>(&dialog, "scopeAssetListSearch"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(assets->currentItem() && !assets->currentItem()->isHidden());
        setChecked(assets, second, true);
        child<QLineEdit>(&dialog, "scopeAssetListSearch")->clear();
        QCOMPARE(visibleItems(assets), assets->count());
        setChecked(assets, first, true);

        // Requires: one more control.
        auto* required = child<QListWidget>(&dialog, "requires");
        QCOMPARE(required->count(), original.controls.size() - 1); // not itself
        setChecked(required, QStringLiteral("K2-01"), true);

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QVERIFY(dialog.applied());

        Control expected = before;
        expected.mitigates = {Mitigation {QStringLiteral("T1-01"), std::nullopt, 0.25}, before.mitigates[2],
            Mitigation {QStringLiteral("T1-03"), std::nullopt, 0.4}, Mitigation {QString(), 2, std::nullopt}};
        expected.scope.mode = ControlScope::Mode::Assets;
        expected.scope.assets = {first, second}; // in the model's order, whatever order they were checked in
        expected.requires_ = {QStringLiteral("K1-01"), QStringLiteral("K2-01")};
        Model expectedModel = original;
        expectedModel.controls[index] = expected;
        QVERIFY(d.model().controls[index].mitigates == expected.mitigates);
        QVERIFY(d.model().controls[index].scope == expected.scope);
        QCOMPARE(d.model().controls[index].requires_, expected.requires_);
        QCOMPARE(d.model(), expectedModel);
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Edit control K1-06"));

        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.undoStack()->redo();
        QCOMPARE(d.model(), expectedModel);
        d.assessment()->waitForIdle();
    }

    void controlScopeByTypeAndTierAndCosts()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        const qsizetype index = indexOfId(original.controls, QStringLiteral("K1-06"));
        ControlEditorDialog dialog(&d, index);
        child<QRadioButton>(&dialog, "scopeFilter")->click();
        setChecked(child<QListWidget>(&dialog, "scopeTypes"), QStringLiteral("system"), true);
        setChecked(child<QListWidget>(&dialog, "scopeTiers"), QStringLiteral("internet"), true);
        auto* cost = child<QLineEdit>(&dialog, "costInitial");
        retype(cost, QStringLiteral("１，２００，０００円"));
        emit cost->editingFinished(); // as leaving the field does: the amount is shown grouped
        QLocale grouped;
        QLocale::NumberOptions options = grouped.numberOptions();
        options.setFlag(QLocale::OmitGroupSeparator, false);
        grouped.setNumberOptions(options);
        QCOMPARE(cost->text(), grouped.toString(1200000.0, 'f', 0));
        QVERIFY(cost->text().size() > 7);
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));
        const Control& k = d.model().controls[index];
        QCOMPARE(k.scope.mode, ControlScope::Mode::Filter);
        QCOMPARE(k.scope.filter.types, QList<AssetType> {AssetType::System});
        QCOMPARE(k.scope.filter.tiers, QList<Tier> {Tier::Internet});
        QVERIFY(k.scope.assets.isEmpty());
        QCOMPARE(k.cost.initial, 1200000.0);
        QCOMPARE(k.cost.annual, original.controls[index].cost.annual);
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.assessment()->waitForIdle();
    }

    void controlRequiresCycleIsRefused()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        // K1-06 requires K1-01; making K1-01 require K1-06 closes a loop.
        const qsizetype index = indexOfId(original.controls, QStringLiteral("K1-01"));
        ControlEditorDialog dialog(&d, index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(&dialog, "nameEn"), QStringLiteral("Typed before the refusal"));
        setChecked(child<QListWidget>(&dialog, "requires"), QStringLiteral("K1-06"), true);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.applied());
        QVERIFY2(dialog.errorMessage().contains(QLatin1StringView("K1-06")), qPrintable(dialog.errorMessage()));
        QVERIFY2(dialog.errorMessage().contains(QLatin1StringView("loops")), qPrintable(dialog.errorMessage()));
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
        // Nothing typed is lost; taking the loop out lets the rest through.
        QCOMPARE(child<QLineEdit>(&dialog, "nameEn")->text(), QStringLiteral("Typed before the refusal"));
        QCOMPARE(
            itemWithKey(child<QListWidget>(&dialog, "requires"), QStringLiteral("K1-06"))->checkState(), Qt::Checked);
        setChecked(child<QListWidget>(&dialog, "requires"), QStringLiteral("K1-06"), false);
        clickOk(dialog);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.applied());
        QCOMPARE(d.model().controls[index].name.en, QStringLiteral("Typed before the refusal"));
        QCOMPARE(d.model().controls[index].requires_, original.controls[index].requires_);
        QCOMPARE(d.undoStack()->count(), 1);
        d.assessment()->waitForIdle();
    }

    void controlIncompleteMitigationRowIsRefused()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        ControlEditorDialog dialog(&d, 0);
        auto* tabs = child<QTabWidget>(&dialog, "tabs");
        QCOMPARE(tabs->currentIndex(), 0);
        child<QPushButton>(&dialog, "addMitigation")->click();
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QVERIFY(!dialog.errorMessage().isEmpty());
        // The row to fix is brought forward, whichever tab the user was on.
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("mitigatesPage"));
        auto* table = child<QTableWidget>(&dialog, "mitigates");
        auto* target = qobject_cast<QComboBox*>(table->cellWidget(table->rowCount() - 1, 0));
        retype(target->lineEdit(), QStringLiteral("no such threat"));
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        // The same threat twice is refused too.
        retype(target->lineEdit(), original.controls[0].mitigates[0].threat);
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QVERIFY(dialog.errorMessage().contains(QLatin1StringView("same")));
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void cancelChangesNothing()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        {
            ControlEditorDialog dialog(&d, 5);
            retype(child<QLineEdit>(&dialog, "nameJa"), QStringLiteral("取り消す変更"));
            child<QPushButton>(&dialog, "addMitigation")->click();
            child<QRadioButton>(&dialog, "scopeAssets")->click();
            setChecked(child<QListWidget>(&dialog, "scopeAssetList"), original.assets[0].id, true);
            clickCancel(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.applied());
        }
        {
            ThreatEditorDialog dialog(&d, 3);
            child<QCheckBox>(&dialog, "dimensionC")->toggle();
            clickCancel(dialog);
            QVERIFY(!dialog.applied());
        }
        {
            AssetEditorDialog dialog(&d, 3);
            retype(child<QLineEdit>(&dialog, "impactA"), QStringLiteral("5"));
            clickCancel(dialog);
            QVERIFY(!dialog.applied());
        }
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void okWithoutChangesAddsNothing()
    {
        // Every item of the sample ward: what the dialog reads back from untouched inputs is exactly
        // the item (same doubles, same list order), so OK adds no undo step.
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        for (qsizetype i = 0; i < original.threats.size(); ++i) {
            ThreatEditorDialog dialog(&d, i);
            clickOk(dialog);
            QVERIFY2(dialog.result() == QDialog::Accepted && !dialog.applied(), qPrintable(original.threats[i].id));
        }
        for (qsizetype i = 0; i < original.controls.size(); ++i) {
            ControlEditorDialog dialog(&d, i);
            clickOk(dialog);
            QVERIFY2(dialog.result() == QDialog::Accepted && !dialog.applied(),
                qPrintable(original.controls[i].id + dialog.errorMessage()));
        }
        for (qsizetype i = 0; i < original.assets.size(); ++i) {
            AssetEditorDialog dialog(&d, i);
            clickOk(dialog);
            QVERIFY2(dialog.result() == QDialog::Accepted && !dialog.applied(), qPrintable(original.assets[i].id));
        }
        for (qsizetype i = 0; i < original.actions.size(); ++i) {
            PlanActionEditorDialog dialog(&d, i);
            clickOk(dialog);
            QVERIFY2(dialog.result() == QDialog::Accepted && !dialog.applied(),
                qPrintable(original.actions[i].id + dialog.errorMessage()));
        }
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
    }

    void assetClassificationImpactDescription()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        // The asset with the most dependents, so the read-only lists have something to show.
        qsizetype index = 0;
        qsizetype most = -1;
        for (qsizetype i = 0; i < original.assets.size(); ++i) {
            const qsizetype n = std::count_if(original.dependencies.cbegin(), original.dependencies.cend(),
                [&](const Dependency& e) { return e.to == original.assets[i].id; });
            if (n > most) {
                most = n;
                index = i;
            }
        }
        const Asset before = original.assets[index];
        AssetEditorDialog dialog(&d, index);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QTreeWidget>(&dialog, "dependents")->topLevelItemCount(), most);
        const auto dependsOn = std::count_if(original.dependencies.cbegin(), original.dependencies.cend(),
            [&](const Dependency& e) { return e.from == before.id; });
        QCOMPARE(child<QTreeWidget>(&dialog, "dependsOn")->topLevelItemCount(), dependsOn);

        auto* classificationC = child<QComboBox>(&dialog, "classificationC");
        classificationC->setCurrentIndex(classificationC->findData(QStringLiteral("2")));
        QVERIFY(child<QLineEdit>(&dialog, "impactC")->placeholderText().contains(QLatin1Char('3'))); // level 2 = 3
        child<QComboBox>(&dialog, "classificationI")->setCurrentIndex(0); // (none)
        retype(child<QLineEdit>(&dialog, "impactA"), QStringLiteral("4.5"));
        auto* description = child<QPlainTextEdit>(&dialog, "description");
        description->setFocus();
        description->moveCursor(QTextCursor::End);
        type(description, QStringLiteral("二重化済み"));
        auto* tier = child<QComboBox>(&dialog, "tier");
        tier->setCurrentIndex(tier->findData(QStringLiteral("lgwan")));
        child<QCheckBox>(&dialog, "gateway")->setChecked(!before.gateway);
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));

        Asset expected = before;
        expected.classification[0] = QStringLiteral("2");
        expected.classification[1] = std::nullopt;
        expected.impact[2] = 4.5;
        expected.description = before.description + QStringLiteral("二重化済み");
        expected.tier = Tier::Lgwan;
        expected.gateway = !before.gateway;
        Model expectedModel = original;
        expectedModel.assets[index] = expected;
        QVERIFY(d.model().assets[index] == expected);
        QCOMPARE(d.model(), expectedModel);
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Edit asset %1").arg(before.id));
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.assessment()->waitForIdle();
    }

    void planActionShowsAndAppliesEveryField()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        d.assessment()->waitForIdle(); // the target risks list is the assessment's risks
        const Model original = d.model();
        const PlanAction before = original.actions[0]; // P-01: in progress, 35 %, two controls
        PlanActionEditorDialog dialog(&d, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "actionId")->text(), before.id);
        QCOMPARE(child<QLineEdit>(&dialog, "nameJa")->text(), before.title.ja);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEn")->text(), before.title.en);
        QCOMPARE(comboKeyOf(child<QComboBox>(&dialog, "owner")), before.owner);
        QCOMPARE(child<QLineEdit>(&dialog, "assignee")->text(), before.assignee);
        QCOMPARE(child<QDateEdit>(&dialog, "start")->date(), before.start);
        QCOMPARE(child<QDateEdit>(&dialog, "due")->date(), before.due);
        QVERIFY(child<QDateEdit>(&dialog, "due")->calendarPopup());
        QCOMPARE(comboKeyOf(child<QComboBox>(&dialog, "status")), toKey(before.status));
        QCOMPARE(child<QLineEdit>(&dialog, "progress")->text(), QString::number(*before.progress));
        QCOMPARE(child<QLineEdit>(&dialog, "costInitial")->text(), QLocale().toString(before.cost.initial, 'f', 0));
        QCOMPARE(checkedKeys(child<QListWidget>(&dialog, "controls")), before.controls);
        QCOMPARE(checkedKeys(child<QListWidget>(&dialog, "risks")).size(), before.risks.size());

        // Change every kind of field; "done" fills in 100 %.
        retype(child<QLineEdit>(&dialog, "nameEn"), QStringLiteral("MFA everywhere"));
        retype(child<QLineEdit>(&dialog, "assignee"), QStringLiteral("情報政策課 佐藤"));
        child<QDateEdit>(&dialog, "due")->setDate(before.due.addMonths(2));
        auto* status = child<QComboBox>(&dialog, "status");
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        QCOMPARE(child<QLineEdit>(&dialog, "progress")->text(), QStringLiteral("100"));
        setChecked(child<QListWidget>(&dialog, "controls"), before.controls.first(), false);
        const QString added = original.controls.last().id;
        setChecked(child<QListWidget>(&dialog, "controls"), added, true);
        retype(child<QLineEdit>(&dialog, "costAnnual"), QStringLiteral("4,000,000"));
        const RiskResult& target = d.assessment()->assessment().risks.first();
        QListWidget* risks = child<QListWidget>(&dialog, "risks");
        for (int i = 0; i < risks->count(); ++i) { // the key is internal: find the row by its text
            if (risks->item(i)->text().startsWith(QStringLiteral("%1 × %2 ").arg(target.asset, target.threat)))
                risks->item(i)->setCheckState(Qt::Checked);
        }
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));

        PlanAction expected = before;
        expected.title.en = QStringLiteral("MFA everywhere");
        expected.assignee = QStringLiteral("情報政策課 佐藤");
        expected.due = before.due.addMonths(2);
        expected.status = ActionStatus::Done;
        expected.progress = 100;
        expected.controls = before.controls.mid(1) + QStringList {added};
        expected.cost.annual = 4000000;
        if (!before.risks.contains(RiskKey {target.asset, target.threat}))
            expected.risks.append({target.asset, target.threat});
        QCOMPARE(d.model().actions[0], expected);
        Model expectedModel = original;
        expectedModel.actions[0] = expected;
        QCOMPARE(d.model(), expectedModel);
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Edit plan action %1").arg(before.id));
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
        d.assessment()->waitForIdle();
    }

    void planActionDueBeforeStartIsRefused()
    {
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        const PlanAction before = original.actions[1];
        PlanActionEditorDialog dialog(&d, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(&dialog, "nameEn"), QStringLiteral("Typed before the mistake"));
        auto* due = child<QDateEdit>(&dialog, "due");
        due->setDate(before.start.addDays(-1));
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QVERIFY(dialog.isVisible()); // still open, with what was typed
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorMessage().contains(displayDate(before.start)), qPrintable(dialog.errorMessage()));
        QVERIFY(due->hasFocus());
        QCOMPARE(child<QLineEdit>(&dialog, "nameEn")->text(), QStringLiteral("Typed before the mistake"));
        // A progress out of range or not whole is refused the same way.
        due->setDate(before.due);
        retype(child<QLineEdit>(&dialog, "progress"), QStringLiteral("12.5"));
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QVERIFY(!dialog.errorMessage().isEmpty());
        retype(child<QLineEdit>(&dialog, "progress"), QStringLiteral("101"));
        clickOk(dialog);
        QVERIFY(!dialog.applied());
        QCOMPARE(d.model(), original);
        QCOMPARE(d.undoStack()->count(), 0);
        retype(child<QLineEdit>(&dialog, "progress"), QStringLiteral("40"));
        clickOk(dialog);
        QVERIFY2(dialog.applied(), qPrintable(dialog.errorMessage()));
        QCOMPARE(d.model().actions[1].progress, std::optional<int>(40));
    }

    void editItemDetailsOpensTheRightDialog_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("asset") << 0 << 2 << QStringLiteral("assetEditor");
        QTest::newRow("threat") << 2 << 2 << QStringLiteral("threatEditor");
        QTest::newRow("control") << 4 << 2 << QStringLiteral("controlEditor");
        QTest::newRow("dependency: none") << 1 << 0 << QString();
        QTest::newRow("plan action") << 6 << 0 << QStringLiteral("planActionEditor");
        QTest::newRow("row out of range") << 2 << 100000 << QString();
        QTest::newRow("negative row") << 0 << -1 << QString();
    }
    void editItemDetailsOpensTheRightDialog()
    {
        QFETCH(int, entity);
        QFETCH(int, row);
        QFETCH(QString, dialog);
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model original = d.model();
        QString opened;
        // The dialog is modal: change its English name and accept it from inside its event loop.
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, [&opened] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!modal)
                return;
            opened = modal->objectName();
            retype(child<QLineEdit>(modal, "nameEn"), QStringLiteral("Changed in the dialog"));
            clickOk(*modal);
        });
        timer.start(0);
        const bool applied = editItemDetails(nullptr, &d, std::size_t(entity), row);
        QCOMPARE(opened, dialog);
        QCOMPARE(applied, !dialog.isEmpty());
        QCOMPARE(d.undoStack()->count(), applied ? 1 : 0);
        if (applied) {
            d.undoStack()->undo();
            QCOMPARE(d.model(), original);
        }
        d.assessment()->waitForIdle();
    }

    void modelTextIsPlain()
    {
        // Names come from files: markup in them is shown as typed, never interpreted.
        ProjectDocument d;
        Model m = sample();
        m.threats[0].name.ja = QStringLiteral("<b>太字</b>");
        m.controls[0].name.ja = QStringLiteral("<i>斜体</i>");
        d.reset(m, QString());
        ControlEditorDialog dialog(&d, 0);
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            QVERIFY2(label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1Char('<')),
                qPrintable(label->text()));
        }
        const QList<QComboBox*> combos = dialog.findChildren<QComboBox*>(QStringLiteral("mitigationTarget"));
        QVERIFY(!combos.isEmpty());
        QVERIFY(combos.first()->findText(QStringLiteral("<b>太字</b>"), Qt::MatchContains) >= 0);
        QCOMPARE(child<QLineEdit>(&dialog, "nameJa")->text(), QStringLiteral("<i>斜体</i>"));
    }

    void screenshots();
};

// Writes each dialog to PNG files for a person to look at; skipped unless asked for.
void TestEditors::screenshots()
{
    const QString dir = qEnvironmentVariable("MAMORI_EDITOR_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set MAMORI_EDITOR_SCREENSHOTS=<dir> to write the dialogs as PNG files");
    QDir().mkpath(dir);
    const QFont oldFont = QApplication::font();
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSizeF(oldFont.pointSizeF() > 0 ? oldFont.pointSizeF() : 10);
    QApplication::setFont(font);
    QTranslator extra;
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        installLanguage(language);
        if (language == QLatin1StringView("ja") && !qEnvironmentVariable("MAMORI_EDITOR_SCREENSHOTS_QM").isEmpty()) {
            QVERIFY(extra.load(qEnvironmentVariable("MAMORI_EDITOR_SCREENSHOTS_QM")));
            QCoreApplication::installTranslator(&extra);
        }
        ProjectDocument d;
        d.reset(sample(), QString());
        const Model& m = d.model();
        auto save = [&](QWidget& w, const QString& name) {
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(50);
            const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, name, language);
            QVERIFY(w.grab().save(path));
            qInfo("wrote %s (%dx%d)", qPrintable(path), w.width(), w.height());
        };
        {
            ThreatEditorDialog dialog(&d, indexOfId(m.threats, QStringLiteral("T1-01")));
            save(dialog, QStringLiteral("threat"));
            child<QCheckBox>(&dialog, "dimensionC")->setChecked(false);
            child<QCheckBox>(&dialog, "dimensionI")->setChecked(false);
            child<QCheckBox>(&dialog, "dimensionA")->setChecked(false);
            clickOk(dialog);
            save(dialog, QStringLiteral("threat-refused"));
        }
        {
            ControlEditorDialog dialog(&d, indexOfId(m.controls, QStringLiteral("K1-06")));
            auto* tabs = child<QTabWidget>(&dialog, "tabs");
            const char* const pages[] = {"control-general", "control-mitigates", "control-scope", "control-requires"};
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                if (i == 2) {
                    child<QRadioButton>(&dialog, "scopeAssets")->click();
                    setChecked(child<QListWidget>(&dialog, "scopeAssetList"), m.assets[1].id, true);
                }
                save(dialog, QString::fromLatin1(pages[i]));
            }
            tabs->setCurrentIndex(2);
            child<QRadioButton>(&dialog, "scopeFilter")->click();
            setChecked(child<QListWidget>(&dialog, "scopeTiers"), QStringLiteral("internet"), true);
            save(dialog, QStringLiteral("control-scope-filter"));
            tabs->setCurrentIndex(1);
            child<QPushButton>(&dialog, "addMitigation")->click();
            clickOk(dialog); // the new row names nothing yet: refused with a message
            save(dialog, QStringLiteral("control-mitigates-new-row"));
        }
        {
            ControlEditorDialog dialog(&d, indexOfId(m.controls, QStringLiteral("K1-01")));
            child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(3);
            setChecked(child<QListWidget>(&dialog, "requires"), QStringLiteral("K1-06"), true);
            clickOk(dialog);
            save(dialog, QStringLiteral("control-cycle-refused"));
        }
        {
            qsizetype index = 0;
            qsizetype most = -1;
            for (qsizetype i = 0; i < m.assets.size(); ++i) {
                const qsizetype n = std::count_if(m.dependencies.cbegin(), m.dependencies.cend(),
                    [&](const Dependency& e) { return e.to == m.assets[i].id; });
                if (n > most) {
                    most = n;
                    index = i;
                }
            }
            AssetEditorDialog dialog(&d, index);
            save(dialog, QStringLiteral("asset"));
        }
        QCoreApplication::removeTranslator(&extra);
        d.assessment()->waitForIdle();
    }
    installLanguage(QStringLiteral("en"));
    QApplication::setFont(oldFont);
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
