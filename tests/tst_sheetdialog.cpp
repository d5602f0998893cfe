// File > Import from spreadsheet… on files the test writes (a CSV with a title row, a problem cell and
// a free column; an .xlsx with a cover sheet): the detected header row, the mapping's combos, the
// marked problem cell and its message, a changed column mapping followed by the preview, unknown words
// mapped to the vocabulary, Import as one undo step that undo takes back, the mapping remembered for
// the next file; and the asset editor's attributes table.

#include "BuiltIn.h"
#include "DisplayLanguage.h"
#include "document/ProjectDocument.h"
#include "editors/AssetEditorDialog.h"
#include "sheets/SheetActions.h"
#include "sheets/SheetExport.h"
#include "sheets/SheetImportDialog.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxWriter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace mamori;
using namespace mamori::sheets;

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    T* c = parent->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

/// The ward's inventory: a title row and a blank row above the header, a free column (保管場所).
QString inventoryCsv(const char* secondConfidentiality, const char* secondType = "ネットワーク")
{
    return QStringLiteral("資産台帳（令和6年度）,,,,,,\n"
                          ",,,,,,\n"
                          "管理番号,情報資産の名称,情報資産の種類,所管課,ネットワーク区分,機密性,保管場所\n"
                          "901,住民記録システム,情報システム,区長部局,マイナンバー利用事務系,3,サーバ室\n")
        + QStringLiteral("902,庁内LAN,%1,区長部局,LGWAN接続系,%2,\n")
              .arg(QString::fromUtf8(secondType), QString::fromUtf8(secondConfidentiality));
}

Workbook readCsv(const QTemporaryDir& dir, const QString& text, const QString& name = QStringLiteral("mic.csv"))
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
    f.close();
    ReadResult r = readSheetFile(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error));
    return r.workbook;
}

/// The row of the column mapping table that shows the sheet's column `header`.
int mappingRow(QTableWidget* table, const QString& header)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->text() == header)
            return r;
    }
    return -1;
}

QComboBox* columnCombo(SheetImportDialog& dialog, const char* header)
{
    auto* table = child<QTableWidget>(&dialog, "columnMapping");
    const int row = mappingRow(table, QString::fromUtf8(header));
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(table->cellWidget(row, 2));
}

/// Chooses `key` in `combo` as the user would (activated, not only the current index).
void choose(QComboBox* combo, const QString& key)
{
    const int i = combo->findData(key);
    QVERIFY2(i >= 0, qPrintable(key));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

const Asset* assetById(const Model& m, const char* id)
{
    for (const Asset& a : m.assets) {
        if (a.id == QLatin1StringView(id))
            return &a;
    }
    return nullptr;
}

/// Answers the next modal dialog of type D as a user would, once it is shown (the static
/// QFileDialog/QInputDialog functions run their own event loop).
template <typename D> void answerNextDialog(std::function<void(D*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

void answerFileDialog(const QString& path)
{
    answerNextDialog<QFileDialog>([path](QFileDialog* d) {
        // After the dialog has applied its own initial selection (the suggested name), as a user would.
        QTimer::singleShot(100, d, [d, path] {
            QLineEdit* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (name)
                name->setText(path);
            QMetaObject::invokeMethod(d, "accept"); // protected in QFileDialog, a slot all the same
        });
    });
}

} // namespace

class TestSheetDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // remembered mappings in a throwaway location
        setDisplayLanguage(Language::Japanese);
    }

    void init() { QSettings().remove(QStringLiteral("sheets")); }

    /// A workbook Export to Excel wrote comes back whole: every register in one undo step; a problem on
    /// another sheet than the one shown takes the preview to that sheet.
    void exportedWorkbookImportsEveryRegister()
    {
        QTemporaryDir dir;
        Model ward = BuiltIn::sampleWard();
        const QString path = dir.filePath(QStringLiteral("ward.xlsx"));
        QCOMPARE(exportSheetFile(ward, path, {}), QString());
        ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        ProjectDocument d;
        ward.assets[0].name.ja += QStringLiteral("（旧）"); // the workbook renames it back
        ward.threats.removeLast(); // and adds the threat again
        d.reset(ward, QString());
        SheetImportDialog dialog(&d, read.workbook);
        auto* all = child<QCheckBox>(&dialog, "allRegisters");
        QVERIFY(all->isChecked());
        QVERIFY(!child<QComboBox>(&dialog, "register")->isEnabled());
        QVERIFY2(dialog.importResult().ok(), qPrintable(dialog.importResult().errors.value(0).toString()));
        QCOMPARE(dialog.importResult().registers.size(), kRegisterCount);
        QCOMPARE(dialog.userEdit().text.toString(),
            SheetImportDialog::tr("Import %n item(s) from %1", nullptr, 2).arg(QStringLiteral("ward.xlsx")));
        child<QPushButton>(&dialog, "importButton")->click();
        QCOMPARE(d.undoStack()->count(), 1);
        QCOMPARE(d.model().assets[0].name.ja, BuiltIn::sampleWard().assets[0].name.ja);
        QCOMPARE(d.model().threats.size(), BuiltIn::sampleWard().threats.size());
        d.undoStack()->undo();
        QCOMPARE(d.model(), ward);

        // A bad cell on the threats sheet while the first sheet is shown: the click shows its sheet.
        for (Sheet& sheet : read.workbook.sheets) {
            for (int c = 0; sheet.name == QStringLiteral("脅威") && c < sheet.rows[0].size(); ++c) {
                if (sheet.rows[0][c].text == QStringLiteral("発生可能性")) {
                    Cell nine;
                    nine.kind = Cell::Kind::Text;
                    nine.text = QStringLiteral("9");
                    sheet.rows[1][c] = nine;
                }
            }
        }
        SheetImportDialog broken(&d, read.workbook);
        auto* sheetCombo = child<QComboBox>(&broken, "sheet");
        sheetCombo->setCurrentIndex(0);
        QTRY_COMPARE(child<QListWidget>(&broken, "problems")->count(), 1);
        auto* problems = child<QListWidget>(&broken, "problems");
        emit problems->itemClicked(problems->item(0));
        QCOMPARE(sheetCombo->currentText(), QStringLiteral("脅威"));
        QCOMPARE(child<QTableWidget>(&broken, "preview")->currentRow(), 1);

        // One sheet only, when the user says so: the register follows the sheet again.
        child<QCheckBox>(&broken, "allRegisters")->setChecked(false);
        QVERIFY(child<QComboBox>(&broken, "register")->isEnabled());
        broken.refresh();
        QCOMPARE(broken.importResult().registers.size(), 1);
    }

    /// File > Export to Excel… and Export a department's inventory…: the file dialogs answered as a
    /// user would, the workbooks written, the status bar told where.
    void exportMenuWritesWorkbookAndInventory()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        QWidget window;
        QMenu menu;
        QString said;
        addSheetActions(&menu, &window, &d, [&said](const QString& message) { said = message; });

        const QString whole = dir.filePath(QStringLiteral("ward.xlsx"));
        answerFileDialog(whole);
        menu.findChild<QAction*>(QStringLiteral("actionExportWorkbook"))->trigger();
        QTRY_VERIFY(said.contains(QStringLiteral("ward.xlsx")));
        const ReadResult all = readSheetFile(whole);
        QVERIFY2(all.ok(), qPrintable(all.error));
        int registers = 0;
        for (const Sheet& sheet : all.workbook.sheets)
            registers += registerForSheetName(sheet.name) ? 1 : 0;
        QCOMPARE(registers, kRegisterCount);

        QString unit;
        for (const Asset& a : d.model().assets)
            unit = unit.isEmpty() ? a.owner : unit;
        QVERIFY(!unit.isEmpty());
        const QString inventory = dir.filePath(QStringLiteral("inventory.xlsx"));
        answerNextDialog<QInputDialog>([unit, inventory](QInputDialog* input) {
            for (const QString& item : input->comboBoxItems()) {
                if (item.startsWith(unit + QLatin1Char(' ')))
                    input->setTextValue(item);
            }
            answerFileDialog(inventory);
            input->accept();
        });
        menu.findChild<QAction*>(QStringLiteral("actionExportInventory"))->trigger();
        QTRY_VERIFY2(said.contains(QStringLiteral("inventory.xlsx")), qPrintable(said));
        const ReadResult one = readSheetFile(inventory);
        QVERIFY2(one.ok(), qPrintable(one.error));
        const ImportResult back = importWorkbook(one.workbook, d.model(), {});
        QVERIFY(back.ok());
        QVERIFY(back.scopeUnits.contains(unit));
    }

    void showsHeaderMappingAndProblemCell()
    {
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        SheetImportDialog dialog(&d, readCsv(dir, inventoryCsv("4")));

        QCOMPARE(child<QSpinBox>(&dialog, "headerRow")->value(), 3); // below the title and the blank row
        QVERIFY(child<QLabel>(&dialog, "encoding")->text().contains(QStringLiteral("UTF-8")));
        QCOMPARE(columnCombo(dialog, "管理番号")->currentData().toString(), QStringLiteral("id"));
        QCOMPARE(columnCombo(dialog, "機密性")->currentData().toString(), QStringLiteral("c"));
        QCOMPARE(columnCombo(dialog, "保管場所")->currentData().toString(), QStringLiteral("attribute"));

        // "4" (row 5, column F) is no confidentiality level of the ward: marked, explained, listed.
        auto* preview = child<QTableWidget>(&dialog, "preview");
        QCOMPARE(preview->verticalHeaderItem(4)->text(), QStringLiteral("5"));
        QTableWidgetItem* cell = preview->item(4, 5);
        QCOMPARE(cell->text(), QStringLiteral("4"));
        QCOMPARE(cell->background().color(), QColor(0xff, 0xc7, 0xce));
        QVERIFY2(cell->toolTip().contains(QStringLiteral("\"4\"")),
            qPrintable(cell->toolTip() + QLatin1Char('|') + dialog.importResult().errors.value(0).toString()));
        QVERIFY(preview->item(3, 5)->toolTip().isEmpty()); // the good "3" above it is not marked
        auto* problems = child<QListWidget>(&dialog, "problems");
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(),
            QStringLiteral("%1: %2").arg(dialog.importResult().errors[0].where, cell->toolTip()));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());

        // A click on the problem selects its cell.
        preview->setCurrentCell(0, 0);
        emit problems->itemClicked(problems->item(0));
        QCOMPARE(preview->currentRow(), 4);
        QCOMPARE(preview->currentColumn(), 5);

        // 機密性 read as nothing: the preview follows (no marked cell, the column says it is ignored)
        // once the import has run again, shortly after the change.
        choose(columnCombo(dialog, "機密性"), QStringLiteral("ignore"));
        QTRY_VERIFY(preview->item(4, 5)->toolTip().isEmpty());
        QVERIFY(preview->horizontalHeaderItem(5)->text().contains(SheetImportDialog::tr("(ignored)")));
        QCOMPARE(problems->count(), 0);
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
    }

    void importIsOneUndoStep()
    {
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        const Model original = d.model();
        SheetImportDialog dialog(&d, readCsv(dir, inventoryCsv("2")));
        QVERIFY(dialog.importResult().ok());
        QVERIFY(child<QPlainTextEdit>(&dialog, "summary")->toPlainText().contains(QStringLiteral("A-0901")));
        QCOMPARE(dialog.userEdit().text.toString(),
            SheetImportDialog::tr("Import %n asset(s) from %1", nullptr, 2).arg(QStringLiteral("mic.csv")));

        child<QPushButton>(&dialog, "importButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(d.undoStack()->count(), 1);
        const Asset* added = assetById(d.model(), "A-0901");
        QVERIFY(added);
        QCOMPARE(added->name.ja, QStringLiteral("住民記録システム"));
        QCOMPARE(added->classification[0], std::optional<QString>(QStringLiteral("3")));
        QCOMPARE(added->attributes.value(QStringLiteral("保管場所")), QStringLiteral("サーバ室"));
        QVERIFY(assetById(d.model(), "A-0902"));

        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
    }

    void unknownWordsMapToTheVocabulary()
    {
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        SheetImportDialog dialog(&d, readCsv(dir, inventoryCsv("2", "業務端末群")));
        QCOMPARE(dialog.importResult().errors.size(), 1);
        auto* values = child<QTableWidget>(&dialog, "valueMapping");
        QCOMPARE(values->rowCount(), 1);
        QCOMPARE(values->item(0, 1)->text(), QStringLiteral("業務端末群"));
        choose(qobject_cast<QComboBox*>(values->cellWidget(0, 2)), QStringLiteral("device"));
        dialog.refresh();
        QVERIFY(dialog.importResult().ok());
        QCOMPARE(dialog.mapping().values.value(QStringLiteral("type")).value(QStringLiteral("業務端末群")),
            QStringLiteral("device"));
        // The mapped word stays listed, so the choice can be changed back.
        QCOMPARE(values->rowCount(), 1);
    }

    void mappingRememberedNextTime()
    {
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        {
            SheetImportDialog dialog(&d, readCsv(dir, inventoryCsv("2")));
            choose(columnCombo(dialog, "保管場所"), QStringLiteral("ignore"));
            dialog.refresh();
            child<QPushButton>(&dialog, "importButton")->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(assetById(d.model(), "A-0901")->attributes.isEmpty());
        }
        // Next year's file: the same choice, without asking.
        SheetImportDialog next(&d, readCsv(dir, inventoryCsv("3"), QStringLiteral("mic2025.csv")));
        QCOMPARE(columnCombo(next, "保管場所")->currentData().toString(), QStringLiteral("ignore"));
        QCOMPARE(SheetImportDialog::rememberedMapping(Register::Assets).columns.value(QStringLiteral("保管場所")),
            QStringLiteral("ignore"));
    }

    void headerRowCanBeChanged()
    {
        QTemporaryDir dir;
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        SheetImportDialog dialog(&d, readCsv(dir, inventoryCsv("2")));
        child<QSpinBox>(&dialog, "headerRow")->setValue(4); // the first data row taken as the header
        dialog.refresh();
        QCOMPARE(dialog.layout().lastRow, 3);
        QCOMPARE(dialog.mapping().headerRow, 4);
        QVERIFY(mappingRow(child<QTableWidget>(&dialog, "columnMapping"), QStringLiteral("住民記録システム")) >= 0);
    }

    void xlsxWithCoverSheet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.xlsx"));
        SheetOut cover;
        cover.name = QStringLiteral("表紙");
        cover.headers = {QStringLiteral("情報資産管理台帳")};
        SheetOut data;
        data.name = QStringLiteral("台帳");
        data.headers = {QStringLiteral("管理番号"), QStringLiteral("情報資産の名称"), QStringLiteral("情報資産の種類"),
            QStringLiteral("ネットワーク区分")};
        data.rows.append({Cell {Cell::Kind::Number, QStringLiteral("7"), 7.0, {}},
            Cell {Cell::Kind::Text, QStringLiteral("防災無線"), std::nullopt, {}},
            Cell {Cell::Kind::Text, QStringLiteral("機器"), std::nullopt, {}},
            Cell {Cell::Kind::Text, QStringLiteral("インターネット接続系"), std::nullopt, {}}});
        QCOMPARE(writeXlsx({cover, data}, path), QString());
        const ReadResult read = readSheetFile(path);
        QVERIFY(read.ok());

        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        SheetImportDialog dialog(&d, read.workbook);
        auto* sheet = child<QComboBox>(&dialog, "sheet");
        QCOMPARE(sheet->count(), 2);
        QCOMPARE(sheet->currentText(), QStringLiteral("台帳")); // the sheet with the inventory, not the cover
        QVERIFY(child<QLabel>(&dialog, "encoding")->isHidden());
        QCOMPARE(child<QSpinBox>(&dialog, "headerRow")->value(), 1);
        QVERIFY(dialog.importResult().ok());
        QCOMPARE(dialog.importResult().registers.value(0).added, QStringList {QStringLiteral("A-0007")});
    }

    void assetEditorAttributesRoundTrip()
    {
        Model m = BuiltIn::sampleWard();
        m.assets[0].attributes = {
            {QStringLiteral("保管場所"), QStringLiteral("本庁舎")}, {QStringLiteral("備考"), QStringLiteral("R6更新")}};
        ProjectDocument d;
        d.reset(m, QString());
        const Model original = d.model();

        AssetEditorDialog dialog(&d, 0);
        auto* table = child<QTableWidget>(&dialog, "attributes");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("保管場所")); // in the map's order
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("R6更新"));
        table->item(0, 1)->setText(QStringLiteral("別館"));
        table->setCurrentCell(1, 0);
        child<QPushButton>(&dialog, "removeAttribute")->click();
        child<QPushButton>(&dialog, "addAttribute")->click();
        table->item(1, 0)->setText(QStringLiteral("管理者"));
        table->item(1, 1)->setText(QStringLiteral("情報政策課"));
        child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(d.undoStack()->count(), 1);
        const QMap<QString, QString> expected {{QStringLiteral("保管場所"), QStringLiteral("別館")},
            {QStringLiteral("管理者"), QStringLiteral("情報政策課")}};
        QCOMPARE(d.model().assets[0].attributes, expected);
        d.undoStack()->undo();
        QCOMPARE(d.model(), original);
    }

    void assetEditorRefusesAttributeWithoutHeading()
    {
        ProjectDocument d;
        d.reset(BuiltIn::sampleWard(), QString());
        AssetEditorDialog dialog(&d, 0);
        child<QPushButton>(&dialog, "addAttribute")->click();
        auto* table = child<QTableWidget>(&dialog, "attributes");
        table->item(0, 1)->setText(QStringLiteral("値だけ"));
        child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
    }
};

QTEST_MAIN(TestSheetDialog)
#include "tst_sheetdialog.moc"
