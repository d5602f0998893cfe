// The mapping and the merge of a ward's spreadsheets, on sheets built in memory: every pitfall of
// real inventories (title rows, two header rows under merged cells, trailing empties, full-width
// text, numbers stored as text, marks, dates, line breaks, ids, names, new org units, free columns,
// IPA's scale), each problem's exact message, all or nothing, re-import, removing what is missing,
// and the user's mapping file.

#include "BuiltIn.h"
#include "ModelEdit.h"
#include "Validation.h"
#include "sheets/SheetColumns.h"
#include "sheets/SheetHeader.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetMapping.h"
#include "sheets/SheetRecords.h"
#include "sheets/SheetValues.h"

#include <QTest>

using namespace mamori;
using namespace mamori::sheets;

Q_DECLARE_METATYPE(mamori::sheets::Cell)

namespace {

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

Cell text(const QString& s)
{
    return s.isEmpty() ? Cell {} : Cell {Cell::Kind::Text, s, std::nullopt, {}};
}

Cell number(double v)
{
    return {Cell::Kind::Number, QString::number(v, 'g', 15), v, {}};
}

Cell dateCell(const QDate& d)
{
    return {Cell::Kind::Date, d.toString(Qt::ISODate), std::nullopt, d};
}

/// A sheet of text cells; an empty string is an empty cell.
Sheet sheetOf(const QList<QStringList>& rows, const QString& name = QStringLiteral("mic"))
{
    Sheet sheet;
    sheet.name = name;
    for (const QStringList& row : rows) {
        QList<Cell> cells;
        for (const QString& s : row)
            cells.append(text(s));
        sheet.rows.append(cells);
    }
    return sheet;
}

OrgUnit unit(const char* id, const char* ja)
{
    OrgUnit u;
    u.id = QString::fromUtf8(id);
    u.name.ja = QString::fromUtf8(ja);
    u.kind = OrgUnitKind::Department;
    return u;
}

Asset asset(const char* id, const char* name, AssetType type, Tier tier)
{
    Asset a;
    a.id = QString::fromUtf8(id);
    a.name.ja = QString::fromUtf8(name);
    a.type = type;
    a.tier = tier;
    return a;
}

/// A small ward: two units, three assets, a dependency, a threat, two controls and a plan action.
Model ward()
{
    Model m;
    m.name.ja = QStringLiteral("テスト区");
    m.orgUnits = {unit("DEP-SOUMU", "総務課"), unit("DEP-KUMIN", "区民課")};
    Asset juki = asset("A-0001", "住民基本台帳システム", AssetType::System, Tier::MyNumber);
    juki.name.en = QStringLiteral("Resident register");
    juki.owner = QStringLiteral("DEP-KUMIN");
    juki.classification = {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("2")};
    m.assets = {juki, asset("A-0003", "庁内LAN", AssetType::Network, Tier::Lgwan),
        asset("K-0401", "窓口端末", AssetType::Device, Tier::MyNumber)};
    m.dependencies = {{QStringLiteral("A-0001"), QStringLiteral("A-0003"), DependencyKind::ConnectsVia, {}}};
    Threat t;
    t.id = QStringLiteral("T1-01");
    t.name.ja = QStringLiteral("不正アクセス");
    t.dimensions.insert(Dimension::C);
    m.threats = {t};
    Control k;
    k.id = QStringLiteral("K6-01");
    k.group = 6;
    k.name.ja = QStringLiteral("多要素認証");
    Control k2 = k;
    k2.id = QStringLiteral("K1-01");
    k2.group = 1;
    k2.name.ja = QStringLiteral("体制の整備");
    m.controls = {k, k2};
    PlanAction p;
    p.id = QStringLiteral("P-01");
    p.title.ja = QStringLiteral("多要素認証の導入");
    p.controls = {QStringLiteral("K6-01")};
    m.actions = {p};
    return m;
}

const QStringList kAssetHeader = {QStringLiteral("管理番号"), QStringLiteral("情報資産の名称"),
    QStringLiteral("情報資産の種類"), QStringLiteral("所管課"), QStringLiteral("ネットワーク区分"),
    QStringLiteral("機密性"), QStringLiteral("完全性"), QStringLiteral("可用性")};

ImportResult importAssets(const Sheet& sheet, const Model& model, ImportOptions options = {})
{
    return importSheet(sheet, QStringLiteral("mic.csv"), Register::Assets, model, options);
}

QStringList messages(const ImportResult& r)
{
    QStringList out;
    for (const InputError& e : r.errors)
        out.append(e.toString());
    return out;
}

/// The model after the import's edits; fails the test when the import reported problems.
Model merged(const Model& model, const ImportResult& r)
{
    if (!r.ok())
        qWarning("%s", qPrintable(messages(r).join(QLatin1Char('\n'))));
    Model out = model;
    applyEdits(out, r.edits);
    return out;
}

const Asset* findAsset(const Model& m, const QString& id)
{
    const qsizetype at = indexOfId(m.assets, id);
    return at < 0 ? nullptr : &m.assets[at];
}

/// The asset `id` after the import; an empty asset when there is none.
Asset mergedAsset(const Model& model, const ImportResult& r, const QString& id)
{
    const Model m = merged(model, r);
    const Asset* a = findAsset(m, id);
    return a ? *a : Asset {};
}

/// The sheet of one register as the exporter lays it out: the Japanese headers, then each item's
/// record (and an asset's attributes as extra columns).
template <typename T> Sheet registerSheet(Register reg, const QList<T>& items)
{
    Sheet sheet;
    sheet.name = registerSheetName(reg, true);
    QStringList keys, header;
    for (const FieldSpec& f : fieldSpecs(reg)) {
        keys.append(QString::fromLatin1(f.key));
        header.append(QString::fromUtf8(f.ja));
    }
    for (const T& item : items) {
        for (const QString& key : recordOf(item).keys()) {
            if (key.startsWith(kAttributePrefix) && !keys.contains(key)) {
                keys.append(key);
                header.append(key.mid(kAttributePrefix.size()));
            }
        }
    }
    QList<Cell> headerCells;
    for (const QString& h : header)
        headerCells.append(text(h));
    sheet.rows.append(headerCells);
    for (const T& item : items) {
        const Record record = recordOf(item);
        QList<Cell> cells;
        for (const QString& key : keys)
            cells.append(text(record.value(key)));
        sheet.rows.append(cells);
    }
    return sheet;
}

Workbook workbookOf(const Model& m)
{
    Workbook book;
    book.path = QStringLiteral("ward.xlsx");
    book.sheets = {registerSheet(Register::Plan, m.actions), registerSheet(Register::Assets, m.assets),
        registerSheet(Register::OrgUnits, m.orgUnits), registerSheet(Register::Threats, m.threats),
        registerSheet(Register::Controls, m.controls), registerSheet(Register::Dependencies, m.dependencies),
        registerSheet(Register::Exposures, m.exposures)};
    return book;
}

} // namespace

class TestSheetImport : public QObject {
    Q_OBJECT

private slots:
    void headersCompareFolded()
    {
        QCOMPARE(headerKey(QStringLiteral("情報資産の\n名称")), headerKey(QStringLiteral("情報資産の名称")));
        QCOMPARE(headerKey(QStringLiteral("ＩＤ")), QStringLiteral("id"));
        QCOMPARE(fieldForHeader(Register::Assets, QStringLiteral(" 資産 種別 "))->key, "type");
        QCOMPARE(fieldForHeader(Register::Assets, QStringLiteral("担当課"))->key, "owner");
        QCOMPARE(fieldForHeader(Register::Assets, QStringLiteral("系統"))->key, "tier");
        QCOMPARE(fieldForHeader(Register::Assets, QStringLiteral("Asset ID"))->key, "id");
        QCOMPARE(fieldForHeader(Register::Plan, QStringLiteral("対応責任者"))->key, "owner");
        QCOMPARE(fieldForHeader(Register::Plan, QStringLiteral("進捗率"))->key, "progress");
        QCOMPARE(fieldForHeader(Register::Plan, QStringLiteral("年間費用"))->key, "cost_annual");
        QVERIFY(!fieldForHeader(Register::Assets, QStringLiteral("保管場所")));
        // Every header of a register names one field only.
        for (int r = 0; r < kRegisterCount; ++r) {
            QHash<QString, QString> fieldOf;
            for (const FieldSpec& f : fieldSpecs(Register(r))) {
                for (const QString& h : headersOf(f)) {
                    const QString other = fieldOf.value(headerKey(h), QString::fromLatin1(f.key));
                    QVERIFY2(other == QLatin1StringView(f.key), qPrintable(registerKey(Register(r)) + u' ' + h));
                    fieldOf.insert(headerKey(h), other);
                }
            }
        }
    }

    void titleAndBlankRowsAboveTheHeader()
    {
        Sheet s = sheetOf({{QStringLiteral("情報資産管理台帳（令和6年度）")}, {}, {QString(), QString()}, kAssetHeader,
            {QStringLiteral("5"), QStringLiteral("財務会計システム"), QStringLiteral("情報システム"),
                QStringLiteral("総務課"), QStringLiteral("LGWAN接続系"), QStringLiteral("2"), QStringLiteral("1"),
                QStringLiteral("1")}});
        const HeaderLayout layout = detectHeader(s, Register::Assets, {});
        QCOMPARE(layout.firstRow, 3);
        QCOMPARE(layout.matched, 8);
        const ImportResult r = importAssets(s, ward());
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.first().headerRow, 4);
        QCOMPARE(r.registers.first().added, QStringList {QStringLiteral("A-0005")});
        const Asset asset = mergedAsset(ward(), r, QStringLiteral("A-0005"));
        const Asset* a = &asset;
        QCOMPARE(a->id, QStringLiteral("A-0005"));
        QCOMPARE(a->name.ja, QStringLiteral("財務会計システム"));
        QCOMPARE(a->type, AssetType::System);
        QCOMPARE(a->tier, Tier::Lgwan);
        QCOMPARE(a->owner, QStringLiteral("DEP-SOUMU"));
        QCOMPARE(a->classification[0], QStringLiteral("2"));
    }

    void twoHeaderRowsUnderMergedCells()
    {
        // 管理番号 and 名称 merged down over both rows; 評価値 merged across the three levels.
        Sheet s = sheetOf({{QStringLiteral("管理番号"), QStringLiteral("情報資産名称"), QStringLiteral("評価値")},
            {QString(), QString(), QStringLiteral("機密性"), QStringLiteral("完全性"), QStringLiteral("可用性")},
            {QStringLiteral("1"), QStringLiteral("住民基本台帳システム"), QStringLiteral("3"), QStringLiteral("1"),
                QStringLiteral("1")}});
        s.merged = {{0, 0, 1, 0}, {0, 1, 1, 1}, {0, 2, 0, 4}};
        const HeaderLayout layout = detectHeader(s, Register::Assets, {});
        QCOMPARE(layout.firstRow, 0);
        QCOMPARE(layout.lastRow, 1);
        QStringList fields;
        for (const SheetColumn& c : layout.columns)
            fields.append(c.field ? QString::fromLatin1(c.field->key) : c.header);
        QCOMPARE(fields, strings({"id", "name", "c", "i", "a"}));
        // The same under 重要度, written as two rows of a CSV (no merges at all).
        Sheet csv = sheetOf({{QStringLiteral("管理番号"), QString(), QStringLiteral("重要度")},
            {QString(), QStringLiteral("名称"), QStringLiteral("機密性"), QStringLiteral("完全性"),
                QStringLiteral("可用性")},
            {QStringLiteral("1"), QStringLiteral("住民基本台帳システム"), QStringLiteral("3"), QStringLiteral("1"),
                QStringLiteral("1")}});
        const ImportResult r = importAssets(csv, ward());
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.first().updated.size(), 1);
        const QList<FieldChange> expected = {{QStringLiteral("i"), QStringLiteral("2"), QStringLiteral("1")},
            {QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("1")}};
        QCOMPARE(r.registers.first().updated.first().changes, expected);
        // A dash where a level does not apply changes nothing.
        csv.rows[2][2] = text(QStringLiteral("－"));
        const ImportResult dash = importAssets(csv, ward());
        QVERIFY2(dash.ok(), qPrintable(messages(dash).join(u'\n')));
        QCOMPARE(dash.registers.first().updated.first().changes, expected);
    }

    void trailingEmptiesFullWidthAndLineBreaks()
    {
        Sheet s = sheetOf({kAssetHeader + QStringList {QString(), QString()},
            {QStringLiteral("００３"), QStringLiteral("　庁内\nLAN　"), QStringLiteral("ネットワーク"), QString(),
                QStringLiteral("ＬＧＷＡＮ接続系"), QStringLiteral("３"), QString(), QString(), QString(), QString()},
            {QStringLiteral("7"), QStringLiteral("Resident\nportal"), QStringLiteral("クラウドサービス"), QString(),
                QStringLiteral("インターネット接続系"), QStringLiteral("機密性２"), QStringLiteral("完全性1"),
                QStringLiteral("1")},
            {}, {QString(), QString(), QString()}});
        s.rows[0][1] = text(QStringLiteral("情報資産の\n名称"));
        const ImportResult r = importAssets(s, ward());
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        const Asset* lan = findAsset(m, QStringLiteral("A-0003"));
        QCOMPARE(lan->name.ja, QStringLiteral("庁内LAN"));
        QCOMPARE(lan->classification[0], QStringLiteral("3"));
        const Asset* portal = findAsset(m, QStringLiteral("A-0007"));
        QVERIFY(portal);
        QCOMPARE(portal->name.ja, QStringLiteral("Resident portal"));
        QCOMPARE(portal->type, AssetType::CloudService);
        QCOMPARE(portal->tier, Tier::Internet);
        QCOMPARE(portal->classification[0], QStringLiteral("2"));
        QCOMPARE(portal->classification[1], QStringLiteral("1"));
        QCOMPARE(r.registers.first().added, QStringList {QStringLiteral("A-0007")});
        QCOMPARE(r.registers.first().unchanged + r.registers.first().updated.size(), 1);
    }

    void idsAsNumbersTextAndCodes()
    {
        Sheet s = sheetOf({kAssetHeader.mid(0, 3)});
        s.rows.append({number(101), text(QStringLiteral("税務システム")), text(QStringLiteral("情報システム"))});
        s.rows.append(
            {text(QStringLiteral("003")), text(QStringLiteral("庁内ネットワーク")), text(QStringLiteral("回線"))});
        s.rows.append({text(QStringLiteral("K-0401")), text(QStringLiteral("窓口端末")), number(3)});
        const ImportResult r = importAssets(s, ward());
        // The number 3 is no asset type: text stored as a number is read as its text.
        QCOMPARE(messages(r),
            QStringList {QStringLiteral("mic.csv: row 4, column 情報資産の種類: \"3\" is not one of ")
                + vocabularyChoices(Vocabulary::AssetType).join(QStringLiteral(", "))});
        s.rows[3][2] = text(QStringLiteral("端末"));
        const ImportResult ok = importAssets(s, ward());
        QVERIFY2(ok.ok(), qPrintable(messages(ok).join(u'\n')));
        QCOMPARE(ok.registers.first().added, QStringList {QStringLiteral("A-0101")});
        QCOMPARE(ok.registers.first().updated.size(), 1); // 003 is A-0003, renamed
        QCOMPARE(ok.registers.first().updated.first().item, QStringLiteral("A-0003"));
        QCOMPARE(ok.registers.first().unchanged, 1); // K-0401 kept as written
    }

    void sameIdTwiceNamesBothRows()
    {
        const Sheet s = sheetOf({kAssetHeader.mid(0, 2), {QStringLiteral("3"), QStringLiteral("庁内LAN")},
            {QStringLiteral("4"), QStringLiteral("財務システム")},
            {QStringLiteral("003"), QStringLiteral("庁内LAN2")}});
        const ImportResult r = importAssets(s, ward());
        QCOMPARE(messages(r),
            QStringList {QStringLiteral("mic.csv: row 4, column 管理番号: \"A-0003\" appears twice: rows 2 and 4")});
        QVERIFY(r.edits.isEmpty());
    }

    void marks_data()
    {
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("gateway");
        for (const char* yes : {"〇", "○", "●", "✓", "✔", "有", "はい", "yes", "Ｙｅｓ"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << true;
        for (const char* no : {"×", "無", "－", "-", "いいえ", "no"})
            QTest::newRow(no) << QString::fromUtf8(no) << false;
    }
    void marks()
    {
        QFETCH(QString, mark);
        QFETCH(bool, gateway);
        Model m = ward();
        m.assets[1].gateway = !gateway;
        const Sheet s
            = sheetOf({{QStringLiteral("管理番号"), QStringLiteral("分離装置")}, {QStringLiteral("3"), mark}});
        const ImportResult r = importAssets(s, m);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(mergedAsset(m, r, QStringLiteral("A-0003")).gateway, gateway);
        QCOMPARE(markValue(QStringLiteral("どちらでも")), std::nullopt);
    }

    void dates_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QDate>("expected");
        const QDate april(2024, 4, 1);
        QTest::newRow("date cell") << dateCell(april) << april;
        QTest::newRow("serial") << number(45383) << april;
        for (const char* t :
            {"2024-04-01", "2024/4/1", "令和6年4月1日", "令和６年４月１日", "R6.4.1", "R06.04.01", "H36.4.1"})
            QTest::newRow(t) << text(QString::fromUtf8(t)) << april;
        QTest::newRow("H31.4.1") << text(QStringLiteral("H31.4.1")) << QDate(2019, 4, 1);
        QTest::newRow("令和元年") << text(QStringLiteral("令和元年5月1日")) << QDate(2019, 5, 1);
    }
    void dates()
    {
        QFETCH(Cell, cell);
        QFETCH(QDate, expected);
        Sheet s = sheetOf({{QStringLiteral("対応番号"), QStringLiteral("対応項目"), QStringLiteral("開始日"),
            QStringLiteral("期限")}});
        s.rows.append({text(QStringLiteral("P-01")), text(QStringLiteral("多要素認証の導入")), cell,
            text(QStringLiteral("令和７年３月３１日"))});
        const ImportResult r = importSheet(s, QStringLiteral("plan.csv"), Register::Plan, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        QCOMPARE(m.actions.first().start, expected);
        QCOMPARE(m.actions.first().due, QDate(2025, 3, 31));
    }

    void planRowsNumbersAsTextAndVocabulary()
    {
        const Sheet s = sheetOf({{QStringLiteral("対応番号"), QStringLiteral("対応項目"), QStringLiteral("対策"),
                                     QStringLiteral("対応責任者"), QStringLiteral("担当者"), QStringLiteral("状況"),
                                     QStringLiteral("進捗率"), QStringLiteral("初期費用"), QStringLiteral("年間費用")},
            {QStringLiteral("P-02"), QStringLiteral("体制の見直し"), QStringLiteral("K1-01、K6-01"),
                QStringLiteral("情報政策課"), QStringLiteral("山田"), QStringLiteral("実施中"), QStringLiteral("５０%"),
                QStringLiteral("¥1,200,000"), QStringLiteral("３０００００")}});
        const ImportResult r = importSheet(s, QStringLiteral("plan.csv"), Register::Plan, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        const PlanAction& p = m.actions.last();
        QCOMPARE(p.controls, strings({"K1-01", "K6-01"}));
        QCOMPARE(p.status, ActionStatus::InProgress);
        QCOMPARE(p.progress, 50);
        QCOMPARE(p.cost.initial, 1200000.0);
        QCOMPARE(p.cost.annual, 300000.0);
        QCOMPARE(r.newOrgUnits, QStringList {QStringLiteral("ORG-001")});
        QCOMPARE(p.owner, QStringLiteral("ORG-001"));
        QCOMPARE(m.orgUnits.last().name.ja, QStringLiteral("情報政策課"));
    }

    /// A control's status per unit in one column, in the ward's words and separators; the map replaces
    /// the control's.
    void statusByUnitColumn()
    {
        const Sheet s = sheetOf({{QStringLiteral("対策ID"), QStringLiteral("部署別の状況")},
            {QStringLiteral("K6-01"), QStringLiteral("DEP-SOUMU＝実施済；DEP-KUMIN: 一部")}});
        const ImportResult r = importSheet(s, QStringLiteral("controls.csv"), Register::Controls, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        QCOMPARE(m.controls.first().statusByUnit,
            (QMap<QString, ControlStatus> {{QStringLiteral("DEP-SOUMU"), ControlStatus::Implemented},
                {QStringLiteral("DEP-KUMIN"), ControlStatus::Partial}}));
        QCOMPARE(m.controls.first().status, ward().controls.first().status); // the other columns stay
        const ImportResult again = importSheet(s, QStringLiteral("controls.csv"), Register::Controls, m, {});
        QVERIFY(again.ok() && again.edits.isEmpty());
        // An empty cell leaves the map as it is, as with every column.
        const Sheet empty = sheetOf(
            {{QStringLiteral("対策ID"), QStringLiteral("部署別の状況")}, {QStringLiteral("K6-01"), QString()}});
        const ImportResult kept = importSheet(empty, QStringLiteral("controls.csv"), Register::Controls, m, {});
        QVERIFY2(kept.ok(), qPrintable(messages(kept).join(u'\n')));
        QCOMPARE(merged(m, kept).controls.first().statusByUnit, m.controls.first().statusByUnit);
    }

    /// A service's RTO and loss per hour (RISK-MODEL.md 10) under the ward's headers: a number makes the
    /// asset a service; a dash or an empty cell says nothing; importing again changes nothing.
    void continuityColumns()
    {
        const Sheet s = sheetOf({strings({"管理番号", "目標復旧時間", "停止1時間当たり損失(円)"}),
            strings({"A-0001", "２４", "¥800,000"}), strings({"A-0003", "－", "50000"}), strings({"K-0401", "", ""})});
        const ImportResult r = importAssets(s, ward());
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        QCOMPARE(findAsset(m, QStringLiteral("A-0001"))->continuity, (Continuity {24.0, 800000.0}));
        QCOMPARE(findAsset(m, QStringLiteral("A-0003"))->continuity, (Continuity {std::nullopt, 50000.0}));
        QVERIFY(!findAsset(m, QStringLiteral("K-0401"))->continuity);
        const ImportResult again = importAssets(s, m);
        QVERIFY(again.ok() && again.edits.isEmpty());
    }

    /// Alternative dependencies (RISK-MODEL.md 10): a group in the dependency register, and the
    /// number an asset needs per group as "回線=2; 電源=1" (full-width, colons and 、 too); importing
    /// again changes nothing.
    void groupsAndNeeds()
    {
        const Sheet deps = sheetOf({strings({"依存元", "依存先", "依存の種類", "代替グループ"}),
            strings({"A-0001", "A-0003", "connects_via", "回線"}),
            strings({"A-0001", "K-0401", "connects_via", "回線"})});
        const ImportResult d = importSheet(deps, QStringLiteral("deps.csv"), Register::Dependencies, ward(), {});
        QVERIFY2(d.ok(), qPrintable(messages(d).join(u'\n')));
        Model m = merged(ward(), d);
        QCOMPARE(m.dependencies.size(), 2);
        QCOMPARE(m.dependencies[0].group, QStringLiteral("回線"));
        QCOMPARE(m.dependencies[1].group, QStringLiteral("回線"));

        const Sheet assets = sheetOf({strings({"管理番号", "Needed per group"}), strings({"A-0001", "回線：２"})});
        const ImportResult a = importAssets(assets, m);
        QVERIFY2(a.ok(), qPrintable(messages(a).join(u'\n')));
        m = merged(m, a);
        QCOMPARE(findAsset(m, QStringLiteral("A-0001"))->need, (QMap<QString, int> {{QStringLiteral("回線"), 2}}));
        QVERIFY(importAssets(assets, m).edits.isEmpty());
        QVERIFY(importSheet(deps, QStringLiteral("deps.csv"), Register::Dependencies, m, {}).edits.isEmpty());

        // Several groups, separated as every list; the record's text is sorted by group.
        Asset probe;
        setField(probe, QStringLiteral("need"), QStringLiteral("電源=1, 回線=2"));
        QCOMPARE(recordOf(probe).value(QStringLiteral("need")), QStringLiteral("回線=2, 電源=1"));
        const FieldSpec& need = *fieldSpec(Register::Assets, u"need");
        const Model plain = ward();
        QCOMPARE(normalizeCell(need, text(QStringLiteral("電源：1；回線=2")), {plain.settings}).value,
            QStringLiteral("回線=2, 電源=1"));
    }

    /// A need the sheet cannot read, or that its group cannot meet, is named at its row and column.
    void badNeedsAreLocated()
    {
        Model m = ward();
        m.dependencies[0].group = QStringLiteral("回線");
        const auto problems = [&m](const char* cell) {
            return messages(importAssets(sheetOf({strings({"管理番号", "必要数"}), strings({"A-0001", cell})}), m));
        };
        QCOMPARE(problems("回線=two"),
            QStringList {QStringLiteral(
                "mic.csv: row 2, column 必要数: in \"回線=two\": \"two\" is not a whole number of 1 or more")});
        QCOMPARE(problems("回線=0"),
            QStringList {QStringLiteral(
                "mic.csv: row 2, column 必要数: in \"回線=0\": \"0\" is not a whole number of 1 or more")});
        QCOMPARE(problems("回線"),
            QStringList {QStringLiteral(
                "mic.csv: row 2, column 必要数: \"回線\" is not a dependency group and a number (電源=1)")});
        QCOMPARE(problems("回線=1; 回線=1"),
            QStringList {QStringLiteral("mic.csv: row 2, column 必要数: group \"回線\" is given twice")});
        // Read, but more than the group has: the model's check, at the same place.
        QCOMPARE(problems("回線=2"),
            QStringList {QStringLiteral("mic.csv: row 2, column 必要数: needs 2 of group \"回線\", which has 1 "
                                        "dependencies of this asset; expected 1 to 1")});
    }

    /// A threat's outage (RISK-MODEL.md 10): its rate and both durations, all three or none; a part
    /// alone is named at the empty column, or at the given one when the sheet lacks the others.
    void outageColumns()
    {
        const Sheet s
            = sheetOf({strings({"脅威ID", "停止発生率（回/年）", "停止時間P5（時間）", "停止時間P95（時間）"}),
                strings({"T1-01", "0.5", "２", "48"})});
        const ImportResult r = importSheet(s, QStringLiteral("threats.csv"), Register::Threats, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Model m = merged(ward(), r);
        QCOMPARE(m.threats[0].outage, std::optional<Outage>(Outage {0.5, 2, 48}));
        QVERIFY(importSheet(s, QStringLiteral("threats.csv"), Register::Threats, m, {}).edits.isEmpty());

        const auto problems = [](const QList<QStringList>& rows) {
            return messages(importSheet(sheetOf(rows), QStringLiteral("threats.csv"), Register::Threats, ward(), {}));
        };
        QCOMPARE(problems({strings({"脅威ID", "停止発生率（回/年）", "停止時間P5（時間）", "停止時間P95（時間）"}),
                     strings({"T1-01", "0.5", "", "48"})}),
            QStringList {QStringLiteral(
                "threats.csv: row 2, column 停止時間P5（時間）: give all of 停止発生率（回/年）, "
                "停止時間P5（時間）, 停止時間P95（時間） or none of them; missing: 停止時間P5（時間）")});
        QCOMPARE(problems({strings({"脅威ID", "outage rate"}), strings({"T1-01", "0.5"})}),
            QStringList {QStringLiteral(
                "threats.csv: row 2, column outage rate: give all of outage rate, 停止時間P5（時間） "
                "(Outage hours P5), 停止時間P95（時間） (Outage hours P95) or none of them; "
                "missing: 停止時間P5（時間） (Outage hours P5), 停止時間P95（時間） (Outage hours P95)")});
        // Read, but P5 above P95: the model's check, at the P95 column.
        QCOMPARE(problems({strings({"脅威ID", "停止発生率（回/年）", "停止時間P5（時間）", "停止時間P95（時間）"}),
                     strings({"T1-01", "0.5", "48", "2"})}),
            QStringList {
                QStringLiteral("threats.csv: row 2, column 停止時間P95（時間）: the 95th percentile, 2 hours, is "
                               "below the 5th, 48 hours")});
        QCOMPARE(problems({strings({"脅威ID", "停止発生率（回/年）", "停止時間P5（時間）", "停止時間P95（時間）"}),
                     strings({"T1-01", "-1", "2", "48"})}),
            QStringList {
                QStringLiteral("threats.csv: row 2, column 停止発生率（回/年）: \"-1\" is not between 0 and 8760")});
    }

    /// A sheet without the continuity columns, or with them empty, leaves outages, groups and needs as
    /// they are.
    void continuityKeptWithoutColumns()
    {
        Model m = ward();
        m.threats[0].outage = Outage {0.2, 1, 24};
        m.dependencies[0].group = QStringLiteral("回線");
        m.assets[0].need = {{QStringLiteral("回線"), 1}};
        const ImportResult t = importSheet(sheetOf({strings({"脅威ID", "脅威", "停止発生率（回/年）"}),
                                               strings({"T1-01", "不正アクセス（外部）", ""})}),
            QStringLiteral("threats.csv"), Register::Threats, m, {});
        QVERIFY2(t.ok(), qPrintable(messages(t).join(u'\n')));
        QCOMPARE(merged(m, t).threats[0].outage, m.threats[0].outage);
        QCOMPARE(merged(m, t).threats[0].name.ja, QStringLiteral("不正アクセス（外部）"));
        const ImportResult d = importSheet(sheetOf({strings({"依存元", "依存先", "依存の種類", "重み（可用性）"}),
                                               strings({"A-0001", "A-0003", "connects_via", "0.5"})}),
            QStringLiteral("deps.csv"), Register::Dependencies, m, {});
        QVERIFY2(d.ok(), qPrintable(messages(d).join(u'\n')));
        QCOMPARE(merged(m, d).dependencies[0].group, QStringLiteral("回線"));
        const ImportResult a
            = importAssets(sheetOf({strings({"管理番号", "必要数", "RTO（時間）"}), strings({"A-0001", "", "24"})}), m);
        QVERIFY2(a.ok(), qPrintable(messages(a).join(u'\n')));
        QCOMPARE(findAsset(merged(m, a), QStringLiteral("A-0001"))->need, m.assets[0].need);
    }

    void rowsMatchByNameWithoutAnIdColumn()
    {
        const Sheet s = sheetOf({{QStringLiteral("名称"), QStringLiteral("担当課"), QStringLiteral("系統")},
            {QStringLiteral("住民基本台帳システム"), QStringLiteral("総務課"), QString()},
            {QStringLiteral("resident REGISTER"), QString(), QStringLiteral("マイナンバー利用事務系")},
            {QStringLiteral("文書管理システム"), QStringLiteral("区民課"), QStringLiteral("LGWAN接続系")}});
        const ImportResult r = importAssets(s, ward());
        // The English name names the same asset as the Japanese one.
        QCOMPARE(messages(r), QStringList {QStringLiteral("mic.csv: row 3: \"A-0001\" appears twice: rows 2 and 3")});
        Sheet fixed = s;
        fixed.rows.removeAt(2);
        const ImportResult ok = importAssets(fixed, ward());
        QVERIFY2(ok.ok(), qPrintable(messages(ok).join(u'\n')));
        QCOMPARE(ok.registers.first().updated.first().item, QStringLiteral("A-0001"));
        QCOMPARE(ok.registers.first().updated.first().changes,
            (QList<FieldChange> {{QStringLiteral("owner"), QStringLiteral("DEP-KUMIN"), QStringLiteral("DEP-SOUMU")}}));
        QCOMPARE(ok.registers.first().added, QStringList {QStringLiteral("A-0004")});
        QVERIFY(ok.newOrgUnits.isEmpty());
    }

    void freeColumnsBecomeAttributes()
    {
        Sheet s = sheetOf({{QStringLiteral("管理番号"), QStringLiteral("保管場所"), QStringLiteral("取得日"),
            QStringLiteral("メモ")}});
        s.rows.append({text(QStringLiteral("1")), text(QStringLiteral("本庁舎\n3階")), dateCell(QDate(2024, 4, 1)),
            text(QStringLiteral("要確認"))});
        ImportOptions options;
        options.mapping.columns.insert(QStringLiteral("メモ"), QStringLiteral("ignore"));
        const ImportResult r = importAssets(s, ward(), options);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Asset asset = mergedAsset(ward(), r, QStringLiteral("A-0001"));
        const Asset* a = &asset;
        const QMap<QString, QString> expected = {{QStringLiteral("保管場所"), QStringLiteral("本庁舎\n3階")},
            {QStringLiteral("取得日"), QStringLiteral("2024-04-01")}};
        QCOMPARE(a->attributes, expected);
    }

    /// A column with data but no header is kept under its letter, the same in either language of the
    /// window, so that the next import of the same file finds the attribute again.
    void headerlessColumnKeepsItsLetter()
    {
        Sheet s = sheetOf({{QStringLiteral("管理番号"), QString(), QStringLiteral("保管場所")}});
        s.rows.append({text(QStringLiteral("1")), text(QStringLiteral("棚3")), text(QStringLiteral("書庫"))});
        const ImportResult r = importAssets(s, ward());
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Asset a = mergedAsset(ward(), r, QStringLiteral("A-0001"));
        QCOMPARE(a.attributes.value(QStringLiteral("列B")), QStringLiteral("棚3"));
    }

    void ipaScale_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QStringList>("levels");
        QTest::newRow("0") << strings({"0", "0", "0"}) << strings({"1", "1", "1"});
        QTest::newRow("1") << strings({"1", "1", "1"}) << strings({"2", "1", "1"});
        QTest::newRow("2") << strings({"2", "2", "2"}) << strings({"3", "2", "2"});
    }
    void ipaScale()
    {
        QFETCH(QStringList, cells);
        QFETCH(QStringList, levels);
        const Sheet s = sheetOf(
            {{QStringLiteral("管理番号"), QStringLiteral("機密性"), QStringLiteral("完全性"), QStringLiteral("可用性")},
                QStringList {QStringLiteral("3")} + cells});
        ImportOptions options;
        options.scale = Scale::Ipa;
        const ImportResult r = importAssets(s, ward(), options);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Asset asset = mergedAsset(ward(), r, QStringLiteral("A-0003"));
        const Asset* a = &asset;
        for (int d = 0; d < 3; ++d)
            QCOMPARE(a->classification[d], levels[d]);
        const Sheet bad = sheetOf({strings({"管理番号", "機密性"}), strings({"3", "3"})});
        QCOMPARE(messages(importAssets(bad, ward(), options)),
            QStringList {QStringLiteral("mic.csv: row 2, column 機密性: \"3\" is not one of 0, 1, 2")});
    }

    void problemMessages_data()
    {
        QTest::addColumn<int>("reg");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<QString>("message");
        const int assets = int(Register::Assets);
        QTest::newRow("level") << assets << strings({"管理番号", "機密性"}) << strings({"3", "4"})
                               << QStringLiteral("mic.csv: row 2, column 機密性: \"4\" is not one of 1, 2, 3");
        QTest::newRow("2024 scheme") << assets << strings({"管理番号", "機密性"}) << strings({"3", "自治体機密性3A"})
                                     << QStringLiteral(
                                            "mic.csv: row 2, column 機密性: \"自治体機密性3A\" is a level of the 2024 "
                                            "scheme (3A, 3B, 3C); this project uses 1, 2, 3");
        QTest::newRow("tier") << assets << strings({"管理番号", "三層区分"}) << strings({"3", "cloud"})
                              << QStringLiteral("mic.csv: row 2, column 三層区分: \"cloud\" is not one of ")
                + vocabularyChoices(Vocabulary::Tier).join(QStringLiteral(", "));
        QTest::newRow("RTO beyond a year")
            << assets << strings({"管理番号", "RTO(時間)"}) << strings({"3", "9000"})
            << QStringLiteral("mic.csv: row 2, column RTO(時間): \"9000\" is not between 0 and 8760");
        QTest::newRow("mark") << assets << strings({"管理番号", "分離装置"}) << strings({"3", "たぶん"})
                              << QStringLiteral(
                                     "mic.csv: row 2, column 分離装置: \"たぶん\" is neither yes (〇) nor no (×)");
        QTest::newRow("new asset without a name")
            << assets << strings({"管理番号", "機密性"}) << strings({"9", "1"})
            << QStringLiteral("mic.csv: row 2, column 管理番号: a new item needs a name");
        QTest::newRow("unknown control") << int(Register::Plan) << strings({"対応番号", "対策"})
                                         << strings({"P-01", "K6-01, K9-99"})
                                         << QStringLiteral(
                                                "mic.csv: row 2, column 対策: control \"K9-99\" does not exist");
        QTest::newRow("date") << int(Register::Plan) << strings({"対応番号", "期限"})
                              << strings({"P-01", "令和6年13月1日"})
                              << QStringLiteral("mic.csv: row 2, column 期限: \"令和6年13月1日\" is not a date");
        QTest::newRow("progress") << int(Register::Plan) << strings({"対応番号", "進捗率"}) << strings({"P-01", "150"})
                                  << QStringLiteral("mic.csv: row 2, column 進捗率: \"150\" is not between 0 and 100");
        QTest::newRow("due before start (the merged model's validation)")
            << int(Register::Plan) << strings({"対応番号", "開始日", "期限"})
            << strings({"P-01", "令和6年4月1日", "R6.3.31"})
            << QStringLiteral("mic.csv: row 2, column 期限: the due date 2024-03-31 is before the start 2024-04-01");
        QTest::newRow("dependency asset")
            << int(Register::Dependencies) << strings({"依存元", "依存先", "種類"}) << strings({"1", "999", "稼働基盤"})
            << QStringLiteral("mic.csv: row 2, column 依存先: asset \"A-0999\" does not exist");
        QTest::newRow("status by unit, unknown unit")
            << int(Register::Controls) << strings({"対策ID", "部署別の状況"}) << strings({"K6-01", "DEP-NONE=実施済み"})
            << QStringLiteral("mic.csv: row 2, column 部署別の状況: org unit \"DEP-NONE\" does not exist");
        QTest::newRow("status by unit, not a status")
            << int(Register::Controls) << strings({"対策ID", "部署別の状況"}) << strings({"K6-01", "DEP-KUMIN=たぶん"})
            << QStringLiteral("mic.csv: row 2, column 部署別の状況: in \"DEP-KUMIN=たぶん\": \"たぶん\" is not one of ")
                + vocabularyChoices(Vocabulary::ControlStatus).join(QStringLiteral(", "));
        QTest::newRow("status by unit, no status")
            << int(Register::Controls) << strings({"対策ID", "部署別の状況"}) << strings({"K6-01", "DEP-KUMIN"})
            << QStringLiteral("mic.csv: row 2, column 部署別の状況: \"DEP-KUMIN\" is not an org unit and a status "
                              "(DEP-A=implemented)");
        QTest::newRow("exposure threat") << int(Register::Exposures) << strings({"情報資産", "脅威"})
                                         << strings({"1", "T9-99"})
                                         << QStringLiteral(
                                                "mic.csv: row 2, column 脅威: threat \"T9-99\" does not exist");
    }
    void problemMessages()
    {
        QFETCH(int, reg);
        QFETCH(QStringList, header);
        QFETCH(QStringList, row);
        QFETCH(QString, message);
        const ImportResult r
            = importSheet(sheetOf({header, row}), QStringLiteral("mic.csv"), Register(reg), ward(), {});
        QCOMPARE(messages(r), QStringList {message});
        QVERIFY(r.edits.isEmpty());
        QCOMPARE(r.problemCells.size(), 1);
        QCOMPARE(r.problemCells.first().row, 1);
        QCOMPARE(r.problemCells.first().error, 0); // the dialog shows this message on the cell
    }

    void allOrNothing()
    {
        const Sheet s = sheetOf({kAssetHeader,
            {QStringLiteral("3"), QStringLiteral("庁内LAN"), QStringLiteral("ネットワーク"), QStringLiteral("総務課"),
                QStringLiteral("LGWAN接続系"), QStringLiteral("2")},
            {QStringLiteral("8"), QStringLiteral("新システム"), QStringLiteral("情報システム"),
                QStringLiteral("企画課"), QStringLiteral("LGWAN接続系"), QStringLiteral("5")},
            {QStringLiteral("9"), QStringLiteral("別システム"), QStringLiteral("宇宙船")}});
        const ImportResult r = importAssets(s, ward());
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].where, QStringLiteral("row 3, column 機密性"));
        QCOMPARE(r.errors[1].where, QStringLiteral("row 4, column 情報資産の種類"));
        QVERIFY(r.edits.isEmpty()); // not even the good row, nor the new unit 企画課
    }

    void reimportChangesNothing()
    {
        Sheet s = sheetOf({kAssetHeader + QStringList {QStringLiteral("保管場所")},
            {QStringLiteral("1"), QStringLiteral("住民基本台帳\nシステム"), QStringLiteral("情報システム"),
                QStringLiteral("情報政策課"), QStringLiteral("マイナンバー利用事務系"), QStringLiteral("機密性3"),
                QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("サーバ室")},
            {QStringLiteral("12"), QStringLiteral("Ｗｅｂサイト"), QStringLiteral("クラウドサービス"),
                QStringLiteral("情報政策課"), QStringLiteral("インターネット接続系"), QStringLiteral("1")}});
        const Model before = ward();
        const ImportResult first = importAssets(s, before);
        QVERIFY2(first.ok(), qPrintable(messages(first).join(u'\n')));
        QCOMPARE(first.newOrgUnits, QStringList {QStringLiteral("ORG-001")});
        Model after = before;
        const QList<ModelEdit> undo = applyEdits(after, first.edits);
        QVERIFY(validate(after, QString(), Source::Json).isEmpty());
        const ImportResult again = importAssets(s, after);
        QVERIFY2(again.ok(), qPrintable(messages(again).join(u'\n')));
        QVERIFY(again.edits.isEmpty());
        QVERIFY(again.newOrgUnits.isEmpty());
        QCOMPARE(again.registers.first().unchanged, 2);
        // One undo step restores the project exactly.
        applyEdits(after, undo);
        QCOMPARE(after, before);
    }

    void missingAssetsStayUnlessRemoved()
    {
        const Sheet s = sheetOf({kAssetHeader.mid(0, 2), {QStringLiteral("1"), QStringLiteral("住民基本台帳システム")},
            {QStringLiteral("K-0401"), QStringLiteral("窓口端末")}});
        const ImportResult kept = importAssets(s, ward());
        QVERIFY(kept.ok());
        QCOMPARE(kept.registers.first().missing, QStringList {QStringLiteral("A-0003")});
        QVERIFY(kept.edits.isEmpty());
        ImportOptions options;
        options.removeMissing = true;
        const ImportResult removed = importAssets(s, ward(), options);
        QVERIFY2(removed.ok(), qPrintable(messages(removed).join(u'\n')));
        const Model m = merged(ward(), removed);
        QVERIFY(!findAsset(m, QStringLiteral("A-0003")));
        QVERIFY(m.dependencies.isEmpty()); // what named it went with it
        QVERIFY(validate(m, QString(), Source::Json).isEmpty());
    }

    void removingMissingOrgUnitsDisownsTheirItems()
    {
        const Sheet s = sheetOf({strings({"組織ID", "組織名"}), strings({"DEP-SOUMU", "総務課"})});
        ImportOptions options;
        options.removeMissing = true;
        const ImportResult r = importSheet(s, QStringLiteral("units.csv"), Register::OrgUnits, ward(), options);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.first().missing, QStringList {QStringLiteral("DEP-KUMIN")});
        const Model m = merged(ward(), r);
        QCOMPARE(m.orgUnits.size(), 1);
        QVERIFY(m.assets.first().owner.isEmpty()); // A-0001 was DEP-KUMIN's
        QVERIFY(validate(m, QString(), Source::Json).isEmpty());
    }

    void dependenciesAndExposuresByName()
    {
        const Sheet deps = sheetOf({strings({"依存元", "依存先", "依存の種類", "重み（可用性）"}),
            strings({"窓口端末", "庁内LAN", "接続経路", "－"}),
            strings({"Resident register", "K-0401", "処理先", "0.5"})});
        const ImportResult r = importSheet(deps, QStringLiteral("deps.csv"), Register::Dependencies, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.first().added, strings({"K-0401 → A-0003 connects_via", "A-0001 → K-0401 processed_by"}));
        const Model m = merged(ward(), r);
        QCOMPARE(m.dependencies.last().weights[2], 0.5);
        QCOMPARE(m.dependencies[1].weights[2], std::nullopt); // － is no weight
        const Sheet exposures
            = sheetOf({strings({"情報資産", "脅威", "発生可能性"}), strings({"庁内LAN", "不正アクセス", "４"})});
        const ImportResult e = importSheet(exposures, QStringLiteral("exp.csv"), Register::Exposures, ward(), {});
        QVERIFY2(e.ok(), qPrintable(messages(e).join(u'\n')));
        QCOMPARE(e.registers.first().added, strings({"A-0003 / T1-01"}));
        const Sheet noAsset = sheetOf({strings({"情報資産", "脅威"}), strings({"", "T1-01"})});
        QCOMPARE(messages(importSheet(noAsset, QStringLiteral("exp.csv"), Register::Exposures, ward(), {})),
            strings({"exp.csv: row 2: the row has no 情報資産 (Asset)"}));
    }

    void workbookOfRegisters()
    {
        Workbook book;
        book.path = QStringLiteral("/tmp/ward.xlsx");
        book.sheets = {sheetOf({{QStringLiteral("依存元"), QStringLiteral("依存先"), QStringLiteral("依存の種類")},
                                   {QStringLiteral("A-0020"), QStringLiteral("A-0003"), QStringLiteral("接続経路")}},
                           QStringLiteral("依存関係")),
            sheetOf({{QStringLiteral("管理番号"), QStringLiteral("情報資産の名称")},
                        {QStringLiteral("20"), QStringLiteral("介護保険システム")}},
                QStringLiteral("情報資産")),
            sheetOf({{QStringLiteral("リスク")}, {QStringLiteral("1")}}, QStringLiteral("リスク一覧"))};
        const ImportResult r = importWorkbook(book, ward(), {});
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.size(), 2);
        QCOMPARE(r.registers[0].reg, Register::Assets); // merged before what names it
        QCOMPARE(r.registers[1].added.size(), 1);
        QCOMPARE(r.registers[1].missing.size(), 1); // A-0001 → A-0003 stays
        // An error in a workbook of several sheets names its sheet.
        book.sheets[0].rows[1][1] = text(QStringLiteral("A-0999"));
        QCOMPARE(messages(importWorkbook(book, ward(), {})),
            QStringList {QStringLiteral("ward.xlsx: sheet 依存関係, row 2, column 依存先: asset \"A-0999\" does not "
                                        "exist")});
    }

    /// Every register of the sample ward, written as the exporter lays it out, imported into a project
    /// with nothing in it, gives the same items: the records and the readers agree on every field. The
    /// sheets carry a service's RTO and loss per hour, not the outages, groups and needs (left out here).
    void exportedRegistersImportIntoAnEmptyProject()
    {
        Model sample = BuiltIn::sampleWard();
        for (Threat& t : sample.threats)
            t.outage.reset();
        for (Asset& a : sample.assets)
            a.need.clear();
        for (Dependency& d : sample.dependencies)
            d.group.clear();
        sample.assets[0].attributes = {{QStringLiteral("保管場所"), QStringLiteral("サーバ室")}};
        Model empty;
        empty.settings = sample.settings;
        const ImportResult r = importWorkbook(workbookOf(sample), empty, {});
        QVERIFY2(r.ok(), qPrintable(messages(r).mid(0, 5).join(u'\n')));
        QCOMPARE(r.registers.size(), kRegisterCount);
        const Model m = merged(empty, r);
        QCOMPARE(m.orgUnits, sample.orgUnits);
        QCOMPARE(m.assets, sample.assets);
        QCOMPARE(m.threats, sample.threats);
        QCOMPARE(m.controls, sample.controls);
        QCOMPARE(m.dependencies, sample.dependencies);
        QCOMPARE(m.exposures, sample.exposures);
        QCOMPARE(m.actions, sample.actions);
        // And into the sample itself: nothing changes.
        const ImportResult again = importWorkbook(workbookOf(sample), sample, {});
        QVERIFY2(again.ok(), qPrintable(messages(again).mid(0, 5).join(u'\n')));
        QVERIFY(again.edits.isEmpty());
    }

    void severalSheetsNeedAChoice()
    {
        Workbook book;
        book.path = QStringLiteral("inventory.xlsx");
        const QList<QStringList> rows
            = {kAssetHeader.mid(0, 3), {QStringLiteral("1"), QStringLiteral("住民基本台帳システム")}};
        book.sheets = {sheetOf(rows, QStringLiteral("本庁")), sheetOf(rows, QStringLiteral("支所")),
            sheetOf({{QStringLiteral("メモ")}}, QStringLiteral("説明"))};
        QCOMPARE(messages(importWorkbook(book, ward(), {})),
            QStringList {QStringLiteral("inventory.xlsx: several sheets could be imported (本庁, 支所): choose one")});
        ImportOptions options;
        options.sheet = QStringLiteral("支所");
        const ImportResult r = importWorkbook(book, ward(), options);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers.first().sheet, QStringLiteral("支所"));
    }

    void userMapping()
    {
        SheetMapping mapping;
        mapping.reg = Register::Assets;
        mapping.headerRow = 2;
        mapping.scale = Scale::Mic;
        mapping.columns
            = {{QStringLiteral("区分け"), QStringLiteral("tier")}, {QStringLiteral("ランク"), QStringLiteral("c")}};
        mapping.values = {{QStringLiteral("tier"), {{QStringLiteral("基幹系"), QStringLiteral("mynumber")}}},
            {QStringLiteral("c"), {{QStringLiteral("極秘"), QStringLiteral("3")}}}};
        const MappingReadResult back = mappingFromJson(mappingToJson(mapping), QStringLiteral("map.json"));
        QVERIFY(back.ok());
        QCOMPARE(back.mapping, mapping);
        // The header sits in row 2 although row 1 looks like one too (名称 only).
        const Sheet s = sheetOf(
            {{QStringLiteral("名称")}, {QStringLiteral("管理番号"), QStringLiteral("区分け"), QStringLiteral("ランク")},
                {QStringLiteral("3"), QStringLiteral("基幹系"), QStringLiteral("極秘")}});
        ImportOptions options;
        options.mapping = back.mapping;
        const ImportResult r = importAssets(s, ward(), options);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const Asset asset = mergedAsset(ward(), r, QStringLiteral("A-0003"));
        const Asset* a = &asset;
        QCOMPARE(a->tier, Tier::MyNumber);
        QCOMPARE(a->classification[0], QStringLiteral("3"));
    }

    void badMappingFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("map.json: not a mapping: unterminated object");
        QTest::newRow("format") << QByteArray(R"({"format": "x"})")
                                << QStringLiteral("map.json: /format: expected \"mamori-sheet-mapping\"");
        QTest::newRow("register") << QByteArray(R"({"format": "mamori-sheet-mapping", "register": "risks"})")
                                  << QStringLiteral(
                                         "map.json: /register: \"risks\" is not one of: assets, dependencies, threats, "
                                         "exposures, controls, org_units, plan");
        QTest::newRow("column") << QByteArray(R"({"format": "mamori-sheet-mapping", "columns": {"a": 1}})")
                                << QStringLiteral("map.json: /columns/a: expected a string");
        QTest::newRow("scale") << QByteArray(R"({"format": "mamori-sheet-mapping", "scale": "jis"})")
                               << QStringLiteral("map.json: /scale: \"jis\" is not one of: mic, ipa");
    }
    void badMappingFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const MappingReadResult r = mappingFromJson(json, QStringLiteral("map.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first().toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "tst_sheetimport.moc"
