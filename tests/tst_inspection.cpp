// The self-inspection of policy §9: the check items of every control, the rule of RISK-MODEL.md 9
// (answers → a unit's status), the checklist written as a workbook, filled in, and imported back;
// and mamori-cli's inspection commands as a user runs them.

#include "TestSupport.h"

#include "BuiltIn.h"
#include "ModelEdit.h"
#include "inspection/CheckItems.h"
#include "inspection/InspectionApply.h"
#include "sheets/InspectionSheet.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxPackage.h"
#include "sheets/XlsxWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace mamori::sheets;

Q_DECLARE_METATYPE(QList<mamori::InspectionAnswerKind>)
Q_DECLARE_METATYPE(std::optional<mamori::ControlStatus>)

namespace {

using A = InspectionAnswerKind;

Cell textCell(const QString& s)
{
    return {Cell::Kind::Text, s, std::nullopt, {}};
}

/// A filled-in copy of a checklist read back: `answers` by item id, written as a department would,
/// into a new workbook (title rows, header and rows as they were).
QString fillIn(const Sheet& read, int headerRow, const QHash<QString, QString>& answers, const QString& path,
    const QHash<QString, QString>& evidence = {})
{
    SheetOut out;
    out.name = read.name;
    out.titleRows = read.rows.mid(0, headerRow);
    for (const Cell& c : read.rows[headerRow])
        out.headers.append(c.text);
    for (int r = headerRow + 1; r < read.rows.size(); ++r) {
        QList<Cell> row = read.rows[r];
        row.resize(7);
        const QString item = row[1].text;
        if (answers.contains(item))
            row[4] = textCell(answers[item]);
        if (evidence.contains(item))
            row[5] = textCell(evidence[item]);
        out.rows.append(row);
    }
    return writeXlsx({out}, path);
}

/// A controls-and-units model to try the rule on: K1 (none), K2 (implemented, DEP-A's own entry
/// partial), K3 with a filter scope, a user's control K9 without check items.
Model smallModel()
{
    Model m;
    m.orgUnits
        = {{QStringLiteral("DEP-A"), {QStringLiteral("甲部"), QStringLiteral("Dept A")}, OrgUnitKind::Department, {}},
            {QStringLiteral("DEP-B"), {QStringLiteral("乙部"), QStringLiteral("Dept B")}, OrgUnitKind::Department, {}}};
    Asset a;
    a.id = QStringLiteral("A-0001");
    a.name = {QStringLiteral("住民記録"), QStringLiteral("Resident records")};
    a.type = AssetType::System;
    a.tier = Tier::MyNumber;
    a.owner = QStringLiteral("DEP-A");
    m.assets = {a};
    Control k1;
    k1.id = QStringLiteral("K1-01");
    k1.name = {QStringLiteral("CISOの設置"), QStringLiteral("CISO")};
    Control k2 = k1;
    k2.id = QStringLiteral("K2-01");
    k2.status = ControlStatus::Implemented;
    k2.statusByUnit.insert(QStringLiteral("DEP-A"), ControlStatus::Partial);
    Control k3 = k1;
    k3.id = QStringLiteral("K3-05");
    k3.scope.mode = ControlScope::Mode::Filter;
    k3.scope.filter.tiers = {Tier::Lgwan};
    Control k9 = k1;
    k9.id = QStringLiteral("K-OWN");
    k9.name = {QStringLiteral("独自の対策"), QStringLiteral("Our own control")};
    k9.scope.mode = ControlScope::Mode::Assets;
    k9.scope.assets = {QStringLiteral("A-0001")};
    m.controls = {k1, k2, k3, k9};
    return m;
}

Inspection inspectionOf(const QString& unit, const QList<std::pair<QString, A>>& answers)
{
    Inspection i;
    i.id = QStringLiteral("I-2026-") + unit;
    i.fiscalYear = 2026;
    i.unit = unit;
    for (const auto& [control, answer] : answers)
        i.answers.append({control, {}, answer, {}, {}});
    return i;
}

/// A checklist typed by hand (a CSV or a ward's own sheet): title rows, the header on row 3.
Workbook handMade(const QList<QStringList>& body, const QString& unit = QStringLiteral("DEP-A"))
{
    Sheet s;
    s.name = QStringLiteral("自己点検");
    const QList<QStringList> rows = QList<QStringList> {{QStringLiteral("所属"), unit},
                                        {QStringLiteral("対策ID"), QStringLiteral("点検項目ID"), QStringLiteral("回答"),
                                            QStringLiteral("根拠・証跡"), QStringLiteral("備考")}}
        + body;
    for (const QStringList& r : rows) {
        QList<Cell> cells;
        for (const QString& t : r)
            cells.append(t.isEmpty() ? Cell {} : textCell(t));
        s.rows.append(cells);
    }
    return {QStringLiteral("/somewhere/kumin.xlsx"), {s}, TextEncoding::None};
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestInspection : public QObject {
    Q_OBJECT

private slots:
    /// Every control of the catalogue has two to four items of its own, ids <control>-<n>, unique,
    /// in both languages; the file names no control the catalogue lacks.
    void everyCatalogueControlHasCheckItems()
    {
        const Model catalogue = BuiltIn::catalogue();
        const CheckItems& items = CheckItems::builtIn();
        QSet<QString> ids;
        static const QRegularExpression form(QStringLiteral("^(K\\d-\\d{2})-([1-4])$"));
        for (const Control& k : catalogue.controls) {
            QVERIFY2(items.hasItemsOf(k.id), qPrintable(k.id));
            const QList<CheckItem> list = items.forControl(k);
            QVERIFY2(list.size() >= 2 && list.size() <= 4, qPrintable(k.id));
            for (qsizetype n = 0; n < list.size(); ++n) {
                const CheckItem& item = list[n];
                const QRegularExpressionMatch m = form.match(item.id);
                QVERIFY2(m.hasMatch(), qPrintable(item.id));
                QCOMPARE(m.captured(1), k.id);
                QCOMPARE(m.captured(2).toInt(), n + 1);
                QCOMPARE(item.control, k.id);
                QVERIFY2(!ids.contains(item.id), qPrintable(item.id));
                ids.insert(item.id);
                QVERIFY2(!item.text.ja.trimmed().isEmpty() && !item.text.en.trimmed().isEmpty(), qPrintable(item.id));
                QVERIFY2(item.text.ja != item.text.en, qPrintable(item.id));
            }
        }
        QCOMPARE(items.controls().size(), catalogue.controls.size());
        QVERIFY(ids.size() >= 2 * catalogue.controls.size());
    }

    void brokenCheckItemsAreNamed()
    {
        const QByteArray bad = R"({"format": "mamori-check-items", "controls": [
            {"control": "K1-01", "items": [{"id": "K1-01-1", "ja": "a", "en": "a"}, {"id": "K1-01-3", "ja": "", "en": "b"}]},
            {"control": "K1-02", "items": [{"id": "K1-02-1", "ja": "a", "en": "b"}]}]})";
        const CheckItems::ReadResult r = CheckItems::fromJson(bad, QStringLiteral("items.json"));
        QStringList messages;
        for (const mamori::InputError& e : r.errors)
            messages.append(e.toString());
        QCOMPARE(messages,
            (QStringList {QStringLiteral("items.json: /controls/0/items/1/ja: a non-empty text is required"),
                QStringLiteral(
                    "items.json: /controls/0/items/1/id: \"K1-01-3\" should be \"K1-01-2\" (the control's id "
                    "and the item's number)"),
                QStringLiteral("items.json: /controls/1/items: K1-02 has 1 items; a control has two to four")}));
        QVERIFY(!CheckItems::fromJson("{", QStringLiteral("x.json")).ok());
    }

    /// A user's own control is asked one question built from its name.
    void ownControlGetsOneGenericItem()
    {
        const Model m = smallModel();
        const QList<CheckItem> items = CheckItems::builtIn().forControl(m.controls[3]);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].id, QStringLiteral("K-OWN-1"));
        QCOMPARE(items[0].text.ja, QStringLiteral("「独自の対策」を実施しているか。"));
        QCOMPARE(items[0].text.en, QStringLiteral("Is \"Our own control\" in place?"));
    }

    /// The controls whose scope holds an asset the unit owns: all-scope, asset list, filter.
    void controlsToInspectFollowScopes()
    {
        const Model m = smallModel();
        QStringList ids;
        for (const Control* k : controlsToInspect(m, QStringLiteral("DEP-A")))
            ids.append(k->id);
        QCOMPARE(ids, (QStringList {QStringLiteral("K1-01"), QStringLiteral("K2-01"), QStringLiteral("K-OWN")}));
        QVERIFY(controlsToInspect(m, QStringLiteral("DEP-B")).isEmpty()); // owns nothing
        QCOMPARE(checklistFor(m, QStringLiteral("DEP-A"), CheckItems::builtIn()).size(),
            CheckItems::builtIn().forControl(m.controls[0]).size()
                + CheckItems::builtIn().forControl(m.controls[1]).size() + 1);
    }

    void statusFromAnswers_data()
    {
        QTest::addColumn<QList<A>>("answers");
        QTest::addColumn<std::optional<ControlStatus>>("status");
        using S = std::optional<ControlStatus>;
        QTest::newRow("all yes") << QList<A> {A::Yes, A::Yes} << S(ControlStatus::Implemented);
        QTest::newRow("one yes") << QList<A> {A::Yes} << S(ControlStatus::Implemented);
        QTest::newRow("all no") << QList<A> {A::No, A::No, A::No} << S(ControlStatus::None);
        QTest::newRow("yes and no") << QList<A> {A::Yes, A::No} << S(ControlStatus::Partial);
        QTest::newRow("all partial") << QList<A> {A::Partial, A::Partial} << S(ControlStatus::Partial);
        QTest::newRow("yes and partial") << QList<A> {A::Yes, A::Partial} << S(ControlStatus::Partial);
        QTest::newRow("no and partial") << QList<A> {A::Partial, A::No} << S(ControlStatus::Partial);
        QTest::newRow("all na") << QList<A> {A::NotApplicable, A::NotApplicable} << S();
        QTest::newRow("yes and na") << QList<A> {A::Yes, A::NotApplicable} << S(ControlStatus::Implemented);
        QTest::newRow("no and na") << QList<A> {A::NotApplicable, A::No} << S(ControlStatus::None);
        QTest::newRow("mix and na") << QList<A> {A::Yes, A::NotApplicable, A::No} << S(ControlStatus::Partial);
    }
    void statusFromAnswers()
    {
        QFETCH(QList<A>, answers);
        QFETCH(std::optional<ControlStatus>, status);
        QCOMPARE(mamori::statusFromAnswers(answers), status);
    }

    /// The changes list only entries that change, in the model's order; applying them and the record.
    void changesPreviewedThenApplied()
    {
        Model m = smallModel();
        const Inspection i = inspectionOf(QStringLiteral("DEP-A"),
            {{QStringLiteral("K2-01"), A::NotApplicable}, {QStringLiteral("K1-01"), A::Yes},
                {QStringLiteral("K1-01"), A::Partial}, {QStringLiteral("K3-05"), A::No},
                {QStringLiteral("K-OWN"), A::Yes}, {QStringLiteral("K-GONE"), A::No}});
        const QList<StatusChange> changes = inspectionStatusChanges(m, i);
        const QList<StatusChange> expected = {
            {QStringLiteral("K1-01"), QStringLiteral("DEP-A"), std::nullopt, ControlStatus::Partial},
            {QStringLiteral("K2-01"), QStringLiteral("DEP-A"), ControlStatus::Partial, std::nullopt},
            {QStringLiteral("K3-05"), QStringLiteral("DEP-A"), std::nullopt, ControlStatus::None},
            {QStringLiteral("K-OWN"), QStringLiteral("DEP-A"), std::nullopt, ControlStatus::Implemented},
        };
        QCOMPARE(changes, expected);
        const Model before = m;
        QCOMPARE(applyInspection(m, i), expected);
        QCOMPARE(m.controls[0].statusFor(QStringLiteral("DEP-A")), ControlStatus::Partial);
        QVERIFY(!m.controls[1].statusByUnit.contains(QStringLiteral("DEP-A"))); // all na: entry removed
        QCOMPARE(m.controls[1].statusFor(QStringLiteral("DEP-A")), ControlStatus::Implemented);
        QCOMPARE(m.controls[2].statusByUnit.value(QStringLiteral("DEP-A")), ControlStatus::None);
        QCOMPARE(m.controls[3].statusByUnit.value(QStringLiteral("DEP-A")), ControlStatus::Implemented);
        QCOMPARE(m.controls[0].status, before.controls[0].status); // the control's own status stays
        QCOMPARE(m.inspections, QList<Inspection> {i});
        // The same answers again change nothing; a new inspection of the year replaces the record.
        QVERIFY(inspectionStatusChanges(m, i).isEmpty());
        Inspection again = inspectionOf(QStringLiteral("DEP-A"), {{QStringLiteral("K1-01"), A::Yes}});
        again.id = QStringLiteral("I-other");
        applyInspection(m, again);
        QCOMPARE(m.inspections, QList<Inspection> {again});
        QCOMPARE(m.controls[0].statusFor(QStringLiteral("DEP-A")), ControlStatus::Implemented);
        Inspection otherYear = again;
        otherYear.fiscalYear = 2027;
        recordInspection(m, otherYear);
        QCOMPARE(m.inspections.size(), 2);
    }

    /// The workbook: 自己点検 with the unit and the year on top, the header, a drop-down on 回答,
    /// the header frozen, fixed widths, wrapped text.
    void templateWorkbook()
    {
        const Model ward = BuiltIn::sampleWard();
        const OrgUnit& kumin = ward.orgUnits[indexOfId(ward.orgUnits, QStringLiteral("DEP-KUMIN"))];
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kumin.xlsx"));
        const SheetOut t = inspectionTemplate(ward, kumin, 2026, Language::Japanese);
        QCOMPARE(t.rows.size(), checklistFor(ward, kumin.id, CheckItems::builtIn()).size());
        QVERIFY(writeXlsx({t}, path).isEmpty());
        const ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Sheet& s = read.workbook.sheets.first();
        QCOMPARE(s.name, QStringLiteral("自己点検"));
        QCOMPARE(s.at(1, 0).text, QStringLiteral("所属"));
        QCOMPARE(s.at(1, 1).text, QStringLiteral("DEP-KUMIN"));
        QCOMPARE(s.at(1, 2).text, kumin.name.ja);
        QCOMPARE(s.at(2, 0).text, QStringLiteral("年度"));
        QCOMPARE(s.at(2, 1).text, QStringLiteral("2026"));
        QCOMPARE(s.at(2, 2).text, QStringLiteral("令和8年度"));
        QStringList header;
        for (const Cell& c : s.rows[4])
            header.append(c.text);
        QCOMPARE(header,
            (QStringList {QStringLiteral("対策ID"), QStringLiteral("点検項目ID"), QStringLiteral("対策"),
                QStringLiteral("点検項目"), QStringLiteral("回答"), QStringLiteral("根拠・証跡"),
                QStringLiteral("備考")}));
        QCOMPARE(s.at(5, 0).text, QStringLiteral("K1-01"));
        QCOMPARE(s.at(5, 1).text, QStringLiteral("K1-01-1"));
        QVERIFY(s.at(5, 3).text.endsWith(QStringLiteral("か。")));

        XlsxPackage package;
        QVERIFY(package.open(bytesOf(path)));
        const QString xml = QString::fromUtf8(package.part(QStringLiteral("xl/worksheets/sheet1.xml")).data);
        QVERIFY2(xml.contains(QStringLiteral("ySplit=\"5\"")), "the header is frozen");
        QVERIFY2(xml.contains(QStringLiteral("sqref=\"E6:E65536\"")), "the drop-down starts below the header");
        QVERIFY(xml.contains(QStringLiteral("はい,一部,いいえ,該当なし")));
        // Fixed widths, and the columns wrap as a whole: the evidence a department types in too.
        static const QRegularExpression wide(
            QStringLiteral("<col min=\"4\" max=\"4\" width=\"60[.0-9]*\" style=\"\\d+\""));
        QVERIFY2(wide.match(xml).hasMatch(), qPrintable(xml.left(800)));
        const QString styles = QString::fromUtf8(package.part(QStringLiteral("xl/styles.xml")).data);
        QVERIFY(styles.contains(QStringLiteral("wrapText=\"1\"")));

        const SheetOut en = inspectionTemplate(ward, kumin, 2026, Language::English);
        QCOMPARE(en.headers.first(), QStringLiteral("Control ID"));
        QCOMPARE(en.choices[4],
            (QStringList {
                QStringLiteral("Yes"), QStringLiteral("Partial"), QStringLiteral("No"), QStringLiteral("N/A")}));
        QVERIFY(en.rows.first()[3].text.endsWith(u'?'));
    }

    /// The template filled in as a department would (marks, words, blanks), imported: the record and
    /// the statuses by the rule.
    void templateFilledAndImported()
    {
        Model ward = BuiltIn::sampleWard();
        for (Control& k : ward.controls)
            k.statusByUnit.clear(); // the sample's own entries (last year's inspections) aside
        const QString unit = QStringLiteral("DEP-KUMIN");
        const OrgUnit& kumin = ward.orgUnits[indexOfId(ward.orgUnits, unit)];
        // An entry of the unit that an all-"na" control removes.
        ward.controls[indexOfId(ward.controls, QStringLiteral("K1-04"))].statusByUnit.insert(
            unit, ControlStatus::Partial);
        QTemporaryDir dir;
        const QString blank = dir.filePath(QStringLiteral("blank.xlsx"));
        QVERIFY(writeXlsx({inspectionTemplate(ward, kumin, 2026, Language::Japanese)}, blank).isEmpty());
        const Sheet read = readSheetFile(blank).workbook.sheets.first();
        const QHash<QString, QString> answers = {
            {QStringLiteral("K1-01-1"), QStringLiteral("はい")}, {QStringLiteral("K1-01-2"), QStringLiteral("○")},
            {QStringLiteral("K1-01-3"), QStringLiteral("ｙｅｓ")}, // all yes → implemented
            {QStringLiteral("K1-02-1"), QStringLiteral("×")}, {QStringLiteral("K1-02-2"), QStringLiteral("いいえ")},
            {QStringLiteral("K1-02-3"), QStringLiteral("No")}, // all no → none
            {QStringLiteral("K1-03-1"), QStringLiteral("はい")},
            {QStringLiteral("K1-03-2"), QStringLiteral("△")}, // partial
            {QStringLiteral("K1-04-1"), QStringLiteral("該当なし")}, {QStringLiteral("K1-04-2"), QStringLiteral("－")},
            {QStringLiteral("K1-04-3"), QStringLiteral("ＮＡ")}, // all na → entry removed
            {QStringLiteral("K1-05-1"), QStringLiteral("一部")}, // K1-05-2 and -3 left blank
        };
        const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
        QVERIFY(
            fillIn(read, 4, answers, filled, {{QStringLiteral("K1-01-1"), QStringLiteral("任命書 R8-12")}}).isEmpty());
        const ReadResult book = readSheetFile(filled);
        QVERIFY2(book.ok(), qPrintable(book.error));
        const InspectionRead r = readInspection(book.workbook, ward, {2026, {}, {}, QDate(2026, 10, 15)});
        QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
        QCOMPARE(r.inspection.id, QStringLiteral("I-2026-DEP-KUMIN"));
        QCOMPARE(r.inspection.unit, unit);
        QCOMPARE(r.inspection.kind, InspectionKind::Self);
        QCOMPARE(r.inspection.date, QDate(2026, 10, 15));
        QCOMPARE(r.inspection.answers.size(), answers.size());
        QCOMPARE(r.inspection.answers.first().evidence, QStringLiteral("任命書 R8-12"));
        QCOMPARE(r.emptyAnswers, read.rows.size() - 5 - answers.size());
        QCOMPARE(r.headerRow, 5);
        const QList<StatusChange> expected = {
            {QStringLiteral("K1-01"), unit, std::nullopt, ControlStatus::Implemented},
            {QStringLiteral("K1-02"), unit, std::nullopt, ControlStatus::None},
            {QStringLiteral("K1-03"), unit, std::nullopt, ControlStatus::Partial},
            {QStringLiteral("K1-04"), unit, ControlStatus::Partial, std::nullopt},
            {QStringLiteral("K1-05"), unit, std::nullopt, ControlStatus::Partial},
        };
        QCOMPARE(r.changes, expected);
        recordInspection(ward, r.inspection);
        applyStatusChanges(ward, r.changes);
        QCOMPARE(ward.controls[indexOfId(ward.controls, QStringLiteral("K1-02"))].statusFor(unit), ControlStatus::None);
        QVERIFY(!ward.controls[indexOfId(ward.controls, QStringLiteral("K1-04"))].statusByUnit.contains(unit));

        // Next year's sheet is refused for this year; this year's again replaces the record.
        const InspectionRead wrongYear = readInspection(book.workbook, ward, {2027, {}, {}, {}});
        QCOMPARE(wrongYear.errors.size(), 1);
        QCOMPARE(wrongYear.errors.first().toString(),
            QStringLiteral("filled.xlsx: row 3, column B: the sheet is for fiscal year 2026, not 2027"));
        const InspectionRead again = readInspection(book.workbook, ward, {2026, unit, {}, {}});
        QVERIFY(again.ok());
        QVERIFY(again.changes.isEmpty());
        QCOMPARE(again.inspection.id, QStringLiteral("I-2026-DEP-KUMIN"));
    }

    void answerWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("answer");
        const QList<std::pair<const char*, A>> rows = {{"はい", A::Yes}, {"○", A::Yes}, {"〇", A::Yes}, {"YES", A::Yes},
            {"ｙｅｓ", A::Yes}, {" yes ", A::Yes}, {"一部", A::Partial}, {"△", A::Partial}, {"partial", A::Partial},
            {"Ｐａｒｔｉａｌ", A::Partial}, {"いいえ", A::No}, {"×", A::No}, {"no", A::No}, {"ＮＯ", A::No},
            {"該当なし", A::NotApplicable}, {"－", A::NotApplicable}, {"-", A::NotApplicable}, {"na", A::NotApplicable},
            {"N/A", A::NotApplicable}, {"ＮＡ", A::NotApplicable}};
        for (const auto& [text, answer] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << int(answer);
    }
    void answerWords()
    {
        QFETCH(QString, text);
        QFETCH(int, answer);
        QCOMPARE(answerFromText(text), std::optional<A>(A(answer)));
    }
    void notAnswers()
    {
        for (const char* text : {"たぶん", "maybe", "2", "はいはい"})
            QVERIFY2(!answerFromText(QString::fromUtf8(text)), text);
    }

    /// Every problem with its row and column, and no record: a bad answer, an unknown control or
    /// item, an item of another control, an answer given twice.
    void problemsNameRowAndColumn()
    {
        const Model m = smallModel();
        const Workbook book = handMade({
            {QStringLiteral("K1-01"), QStringLiteral("K1-01-1"), QStringLiteral("はい")},
            {QStringLiteral("K1-01"), QStringLiteral("K1-01-2"), QStringLiteral("たぶん")},
            {QStringLiteral("K99-01"), {}, QStringLiteral("はい")},
            {QStringLiteral("K1-01"), QStringLiteral("K1-01-9"), QStringLiteral("はい")},
            {QStringLiteral("K2-01"), QStringLiteral("K1-01-3"), QStringLiteral("はい")},
            {{}, QStringLiteral("K1-01-1"), QStringLiteral("いいえ")},
            {{}, {}, QStringLiteral("はい")},
        });
        const InspectionRead r = readInspection(book, m, {2026, {}, {}, {}});
        QStringList messages;
        for (const mamori::InputError& e : r.errors)
            messages.append(e.toString());
        QCOMPARE(messages,
            (QStringList {
                QStringLiteral("kumin.xlsx: row 4, column 回答: \"たぶん\" is not one of はい, 一部, いいえ, 該当なし"),
                QStringLiteral("kumin.xlsx: row 5, column 対策ID: \"K99-01\" is no control of the project"),
                QStringLiteral("kumin.xlsx: row 6, column 点検項目ID: \"K1-01-9\" is not a check item of K1-01"),
                QStringLiteral("kumin.xlsx: row 7, column 点検項目ID: \"K1-01-3\" is not a check item of K2-01"),
                QStringLiteral("kumin.xlsx: row 8, column 回答: K1-01-1 is answered on row 3 already"),
                QStringLiteral("kumin.xlsx: row 9, column 対策ID: the row names no control"),
            }));
        QVERIFY(r.changes.isEmpty());
    }

    /// The unit: from --unit or from the sheet's top, which must agree; by id or by name.
    void unitFromTheSheetOrTheOption()
    {
        const Model m = smallModel();
        const QList<QStringList> body = {{QStringLiteral("K1-01"), {}, QStringLiteral("はい")}};
        QCOMPARE(readInspection(handMade(body, QStringLiteral("甲部")), m, {2026, {}, {}, {}}).inspection.unit,
            QStringLiteral("DEP-A"));
        QCOMPARE(readInspection(handMade(body, QStringLiteral("ＤＥＰ－Ａ")), m, {2026, {}, {}, {}}).inspection.unit,
            QStringLiteral("DEP-A"));
        const InspectionRead other = readInspection(handMade(body), m, {2026, QStringLiteral("DEP-B"), {}, {}});
        QCOMPARE(other.errors.value(0).toString(),
            QStringLiteral("kumin.xlsx: row 1, column B: the sheet is the checklist of DEP-A, not of DEP-B"));
        const InspectionRead unknown = readInspection(handMade(body, QStringLiteral("DEP-X")), m, {2026, {}, {}, {}});
        QCOMPARE(unknown.errors.value(0).toString(),
            QStringLiteral("kumin.xlsx: row 1, column B: \"DEP-X\" is no org unit of the project"));
        Workbook noUnit = handMade(body);
        noUnit.sheets[0].rows[0] = {};
        const InspectionRead missing = readInspection(noUnit, m, {2026, {}, {}, {}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.errors.first().what.contains(QStringLiteral("give --unit")));
        QVERIFY(readInspection(noUnit, m, {2026, QStringLiteral("DEP-A"), {}, {}}).ok());
        QVERIFY(!readInspection(noUnit, m, {2026, QStringLiteral("DEP-Z"), {}, {}}).ok());
        QVERIFY(!readInspection(noUnit, m, {1900, QStringLiteral("DEP-A"), {}, {}}).ok());
        const InspectionRead blank = readInspection(
            handMade({{QStringLiteral("K1-01"), QStringLiteral("K1-01-1"), {}}}), m, {2026, {}, {}, {}});
        QCOMPARE(
            blank.errors.value(0).toString(), QStringLiteral("kumin.xlsx: no check item is answered (1 left empty)"));
    }

    /// mamori-cli: template, the answers filled in, import with --dry-run, --json and for real; bad
    /// input is exit 2 with its place and the project untouched.
    void cli()
    {
        using mamori::test::runCli;
        QTemporaryDir dir;
        const QString ward = dir.filePath(QStringLiteral("ward.mamori"));
        QCOMPARE(runCli({QStringLiteral("new"), QStringLiteral("--sample"), ward}).code, 0);
        const QString blank = dir.filePath(QStringLiteral("kumin.xlsx"));
        const QStringList make = {QStringLiteral("inspection"), QStringLiteral("template"), ward,
            QStringLiteral("--unit"), QStringLiteral("DEP-SOMU"), QStringLiteral("-o"), blank,
            QStringLiteral("--fiscal-year"), QStringLiteral("2026")};
        const auto made = runCli(make);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("DEP-SOMU")));
        QCOMPARE(runCli(make).code, 2); // exists, no --force
        const QString en = dir.filePath(QStringLiteral("en.xlsx"));
        QCOMPARE(runCli({QStringLiteral("inspection"), QStringLiteral("template"), ward, QStringLiteral("--unit"),
                            QStringLiteral("DEP-SOMU"), QStringLiteral("-o"), en, QStringLiteral("--lang"),
                            QStringLiteral("en")})
                     .code,
            0);
        QCOMPARE(readSheetFile(en).workbook.sheets.first().at(4, 0).text, QStringLiteral("Control ID"));
        const QString none = dir.filePath(QStringLiteral("none.xlsx"));
        const auto unknown = runCli({QStringLiteral("inspection"), QStringLiteral("template"), ward,
            QStringLiteral("--unit"), QStringLiteral("DEP-NONE"), QStringLiteral("-o"), none});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("DEP-NONE")));
        QVERIFY(!QFile::exists(none));

        const Sheet read = readSheetFile(blank).workbook.sheets.first();
        const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
        QVERIFY(fillIn(read, 4,
            {{QStringLiteral("K1-01-1"), QStringLiteral("はい")},
                {QStringLiteral("K1-01-2"), QStringLiteral("いいえ")}},
            filled)
                    .isEmpty());
        const QByteArray before = bytesOf(ward);
        const QStringList import = {QStringLiteral("inspection"), QStringLiteral("import"), filled,
            QStringLiteral("--into"), ward, QStringLiteral("--fiscal-year"), QStringLiteral("2026")};
        const auto dry = runCli(import + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QCOMPARE(bytesOf(ward), before);
        const QJsonObject o = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("inspection")].toString(), QStringLiteral("I-2026-DEP-SOMU"));
        QCOMPARE(o[QStringLiteral("answers")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("empty_answers")].toInt(), read.rows.size() - 5 - 2);
        const QJsonArray changes = o[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][QStringLiteral("control")].toString(), QStringLiteral("K1-01"));
        QCOMPARE(changes[0][QStringLiteral("after")].toString(), QStringLiteral("partial"));
        QVERIFY(changes[0][QStringLiteral("before")].isNull());
        const auto text = runCli(import + QStringList {QStringLiteral("--dry-run")});
        QVERIFY2(text.out.contains(QStringLiteral("K1-01 DEP-SOMU: (the control's: implemented) → partial")),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("left unanswered: skipped")), qPrintable(text.out));
        const auto saved = runCli(import);
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("Saved")));
        // The project keeps the record (its formats: RISK-MODEL.md 9) and the unit's status: the same
        // answers again change nothing.
        const QString json = dir.filePath(QStringLiteral("ward.json"));
        QCOMPARE(runCli({QStringLiteral("export"), ward, QStringLiteral("-o"), json}).code, 0);
        const QJsonArray inspections
            = QJsonDocument::fromJson(bytesOf(json)).object()[QStringLiteral("inspections")].toArray();
        // The sample's own records (last year's of two other departments) stay beside it.
        QCOMPARE(inspections.size(), BuiltIn::sampleWard().inspections.size() + 1);
        QCOMPARE(inspections.last()[QStringLiteral("id")].toString(), QStringLiteral("I-2026-DEP-SOMU"));
        QCOMPARE(inspections.last()[QStringLiteral("answers")].toArray().size(), 2);
        const auto repeat = runCli(import + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(repeat.out.toUtf8()).object()[QStringLiteral("changes")].toArray().size(), 0);

        // A bad answer: its row and column, exit 2, the project as it was.
        QVERIFY(fillIn(read, 4, {{QStringLiteral("K1-01-1"), QStringLiteral("たぶん")}}, filled).isEmpty());
        const QByteArray kept = bytesOf(ward);
        const auto bad = runCli(import);
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral(
                     "filled.xlsx: row 6, column 回答: \"たぶん\" is not one of はい, 一部, いいえ, 該当なし")),
            qPrintable(bad.err));
        QCOMPARE(bytesOf(ward), kept);
        QCOMPARE(runCli(import.mid(0, 5)).code, 2); // no --fiscal-year
        QCOMPARE(runCli({QStringLiteral("inspection"), QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
