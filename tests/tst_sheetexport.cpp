// The export of the registers (SheetExport): the sample ward written as a workbook and read back
// by the importer gives the same registers, a department's inventory holds only its assets, CSV in
// CP932 keeps ①㈱髙﨑 and refuses what CP932 lacks, the writes are atomic and can be cancelled.

#include "BuiltIn.h"
#include "ModelEdit.h"
#include "engine/Assessment.h"
#include "sheets/SheetExport.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace mamori::sheets;

Q_DECLARE_METATYPE(mamori::Language)

namespace {

QStringList messages(const ImportResult& r)
{
    QStringList out;
    for (const InputError& e : r.errors)
        out.append(e.toString());
    return out.mid(0, 5);
}

/// A project with nothing in it but the sample's settings (its levels and bands).
Model emptyLike(const Model& m)
{
    Model empty;
    empty.settings = m.settings;
    return empty;
}

Model imported(const Workbook& book, const Model& into, const ImportOptions& options = {})
{
    const ImportResult r = importWorkbook(book, into, options);
    if (!r.ok())
        qWarning("%s", qPrintable(messages(r).join(QLatin1Char('\n'))));
    Model out = into;
    applyEdits(out, r.edits);
    return out;
}

const Sheet* sheetNamed(const Workbook& book, const QString& name)
{
    for (const Sheet& s : book.sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

/// The header row of a sheet as texts.
QStringList headerOf(const Sheet& sheet)
{
    QStringList out;
    for (const Cell& c : sheet.rows.value(0))
        out.append(c.text);
    return out;
}

/// The sample ward with what the exporter must carry besides the fields: free attributes. Its
/// continuity fields (RISK-MODEL.md 10: outages, RTO, loss per hour, groups, needs) are kept: the
/// sheets carry every one of them.
Model sample()
{
    Model m = BuiltIn::sampleWard();
    m.assets[0].attributes = {
        {QStringLiteral("保管場所"), QStringLiteral("サーバ室")}, {QStringLiteral("保存期間"), QStringLiteral("5年")}};
    m.assets[3].attributes = {{QStringLiteral("保管場所"), QStringLiteral("書庫\n2階")}};
    // A control's status per unit (RISK-MODEL.md 3.4), one column "部署別の状況".
    m.controls[1].statusByUnit
        = {{m.orgUnits[0].id, ControlStatus::Implemented}, {m.orgUnits[1].id, ControlStatus::Partial}};
    return m;
}

/// The department (no sub-units) that owns the most assets.
QString busiestUnit(const Model& m)
{
    QHash<QString, int> owned;
    for (const Asset& a : m.assets)
        ++owned[a.owner];
    QString best;
    for (const OrgUnit& u : m.orgUnits) {
        const bool leaf
            = std::none_of(m.orgUnits.cbegin(), m.orgUnits.cend(), [&u](const OrgUnit& o) { return o.parent == u.id; });
        if (leaf && owned.value(u.id) > owned.value(best))
            best = u.id;
    }
    return best;
}

} // namespace

class TestSheetExport : public QObject {
    Q_OBJECT

private slots:
    void sampleWardRoundTrips_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("ja") << Language::Japanese;
        QTest::newRow("en") << Language::English;
    }

    /// Exported, read by the reader and imported into an empty project: the same registers; imported
    /// again into the result: nothing changes.
    void sampleWardRoundTrips()
    {
        QFETCH(Language, language);
        const Model ward = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.xlsx"));
        ExportOptions options;
        options.language = language;
        QCOMPARE(exportSheetFile(ward, path, options), QString());
        const ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Model m = imported(read.workbook, emptyLike(ward));
        QCOMPARE(m.orgUnits, ward.orgUnits);
        QCOMPARE(m.assets, ward.assets);
        QCOMPARE(m.dependencies, ward.dependencies);
        QCOMPARE(m.threats, ward.threats);
        QCOMPARE(m.exposures, ward.exposures);
        QCOMPARE(m.controls, ward.controls);
        QCOMPARE(m.actions, ward.actions);
        const ImportResult again = importWorkbook(read.workbook, m, {});
        QVERIFY2(again.ok(), qPrintable(messages(again).join(u'\n')));
        QVERIFY(again.edits.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".ward.xlsx.writing"))));
    }

    /// The sheets as the ward sees them: Japanese names and headers, vocabulary words rather than
    /// keys, numbers and dates as such, attributes after the fields, a drop-down on each vocabulary
    /// and reference column, the risk register with the engine's scores.
    void workbookLayout()
    {
        const Model ward = sample();
        QString error;
        const QList<SheetOut> sheets = exportSheets(ward, {}, &error);
        QCOMPARE(error, QString());
        QStringList names;
        for (const SheetOut& s : sheets)
            names.append(s.name);
        QCOMPARE(names,
            QStringList({QStringLiteral("組織"), QStringLiteral("情報資産"), QStringLiteral("依存関係"),
                QStringLiteral("脅威"), QStringLiteral("脅威の個別設定"), QStringLiteral("対策"),
                QStringLiteral("リスク対応計画"), QStringLiteral("リスク一覧")}));
        const SheetOut& assets = sheets[1];
        QCOMPARE(assets.headers.first(), QStringLiteral("管理番号"));
        QCOMPARE(assets.headers.mid(assets.headers.size() - 2),
            QStringList({QStringLiteral("保存期間"), QStringLiteral("保管場所")}));
        const int type = int(assets.headers.indexOf(QStringLiteral("情報資産の種類")));
        QVERIFY(assets.choices[type].contains(QStringLiteral("情報システム")));
        QVERIFY(assets.choices[type].contains(assets.rows[0][type].text));
        const int owner = int(assets.headers.indexOf(QStringLiteral("所管課")));
        QCOMPARE(assets.choices[owner].size(), ward.orgUnits.size());
        const int c = int(assets.headers.indexOf(QStringLiteral("機密性")));
        const qsizetype classified = std::find_if(ward.assets.cbegin(), ward.assets.cend(), [](const Asset& a) {
            return a.classification[0].has_value();
        }) - ward.assets.cbegin();
        QCOMPARE(assets.rows[classified][c].kind, Cell::Kind::Number);
        QCOMPARE(assets.rows[classified][c].text, *ward.assets[classified].classification[0]);
        // A service's RTO and loss per hour (RISK-MODEL.md 10) as numbers, the loss with thousands separators.
        const int rto = int(assets.headers.indexOf(QStringLiteral("RTO（時間）")));
        const int loss = int(assets.headers.indexOf(QStringLiteral("停止1時間当たり損失（円）")));
        QVERIFY(rto > 0 && loss > 0);
        QCOMPARE(assets.numberFormats[loss], QStringLiteral("#,##0"));
        const qsizetype juki = indexOfId(ward.assets, QStringLiteral("SYS-JUKI"));
        QCOMPARE(assets.rows[juki][rto].kind, Cell::Kind::Number);
        QCOMPARE(assets.rows[juki][rto].number, std::optional<double>(24));
        QCOMPARE(assets.rows[juki][loss].number, std::optional<double>(800000));
        // The alternatives an asset needs per group, written as a control's statuses per unit are.
        const int need = int(assets.headers.indexOf(QStringLiteral("必要数")));
        QVERIFY(need > 0);
        const qsizetype bunsho = indexOfId(ward.assets, QStringLiteral("SYS-BUNSHO"));
        QCOMPARE(assets.rows[bunsho][need].text, QStringLiteral("仮想化基盤=2"));
        const SheetOut& dependencies = sheets[2];
        QCOMPARE(dependencies.choices[0].size(), ward.assets.size());
        QVERIFY(dependencies.headers.contains(QStringLiteral("代替グループ")));
        const SheetOut& threats = sheets[3];
        const int rate = int(threats.headers.indexOf(QStringLiteral("停止発生率（回/年）")));
        const int p5 = int(threats.headers.indexOf(QStringLiteral("停止時間P5（時間）")));
        const int p95 = int(threats.headers.indexOf(QStringLiteral("停止時間P95（時間）")));
        QVERIFY(rate > 0 && p5 == rate + 1 && p95 == rate + 2);
        const qsizetype t301 = indexOfId(ward.threats, QStringLiteral("T3-01"));
        QCOMPARE(threats.rows[t301][rate].number, std::optional<double>(0.003));
        QCOMPARE(threats.rows[t301][p5].number, std::optional<double>(4));
        QCOMPARE(threats.rows[t301][p95].number, std::optional<double>(168));

        const SheetOut& controls = sheets[5];
        const int byUnit = int(controls.headers.indexOf(QStringLiteral("部署別の状況")));
        QVERIFY(byUnit >= 0);
        QCOMPARE(controls.rows[1][byUnit].text, QStringLiteral("ORG-EDU=一部実施; ORG-MAYOR=実施済み"));
        const qsizetype plain = std::find_if(ward.controls.cbegin(), ward.controls.cend(), [](const Control& k) {
            return k.statusByUnit.isEmpty();
        }) - ward.controls.cbegin();
        QVERIFY(plain < ward.controls.size());
        QVERIFY(controls.rows[plain][byUnit].text.isEmpty());

        const SheetOut& plan = sheets[6];
        const int due = int(plan.headers.indexOf(QStringLiteral("期限")));
        QCOMPARE(plan.rows[0][due].kind, Cell::Kind::Date);
        QCOMPARE(plan.rows[0][due].date, ward.actions[0].due);

        const SheetOut& risks = sheets.last();
        QVERIFY(risks.readOnly);
        const Assessment a = assess(ward);
        QCOMPARE(risks.rows.size(), a.risks.size());
        const int residual = int(risks.headers.indexOf(QStringLiteral("残留リスク")));
        QCOMPARE(risks.numberFormats.value(residual), QStringLiteral("0.00"));
        QCOMPARE(risks.rows[0][residual].number.value(), a.risks[0].residual);
        QCOMPARE(risks.rows[0][0].text, a.risks[0].asset);
    }

    /// A department's inventory: only the assets its units own, the dependencies and exposures among
    /// them; taken back into the project, it changes nothing.
    void unitWritesOneDepartment()
    {
        const Model ward = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kumin.xlsx"));
        ExportOptions options;
        options.unit = QStringLiteral("DEP-KUMIN");
        QCOMPARE(exportSheetFile(ward, path, options), QString());
        const ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!sheetNamed(read.workbook, QStringLiteral("脅威")));
        const Sheet* assets = sheetNamed(read.workbook, QStringLiteral("情報資産"));
        QVERIFY(assets);
        qsizetype owned = 0;
        for (const Asset& a : ward.assets)
            owned += a.owner == QLatin1StringView("DEP-KUMIN") ? 1 : 0;
        QVERIFY(owned > 0);
        QCOMPARE(assets->rows.size(), owned + 1);
        const int owner = int(headerOf(*assets).indexOf(QStringLiteral("所管課")));
        for (qsizetype r = 1; r < assets->rows.size(); ++r)
            QCOMPARE(assets->at(int(r), owner).text, QStringLiteral("DEP-KUMIN"));
        const ImportResult back = importWorkbook(read.workbook, ward, {});
        QVERIFY2(back.ok(), qPrintable(messages(back).join(u'\n')));
        QVERIFY(back.edits.isEmpty());

        // A unit above others writes its sub-units' assets too.
        ExportOptions mayor;
        mayor.unit = QStringLiteral("ORG-MAYOR");
        mayor.what = {Register::Assets};
        QVERIFY(exportSheets(ward, mayor).first().rows.size() > owned);

        options.unit = QStringLiteral("DEP-NONE");
        QString error;
        QVERIFY(exportSheets(ward, options, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("DEP-NONE")));
    }

    /// A department's workbook taken back with "remove missing": the rows the department deleted go,
    /// and nothing of the other departments (the workbook lists only its units, so missing items are
    /// looked for only among theirs).
    void departmentWorkbookRemovesOnlyItsOwnMissing()
    {
        const Model ward = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kumin.xlsx"));
        ExportOptions options;
        options.unit = busiestUnit(ward);
        QCOMPARE(exportSheetFile(ward, path, options), QString());
        ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        Sheet* assets = nullptr;
        for (Sheet& s : read.workbook.sheets)
            assets = s.name == QStringLiteral("情報資産") ? &s : assets;
        QVERIFY(assets && assets->rows.size() > 2);
        const QString deleted = assets->at(int(assets->rows.size()) - 1, 0).text; // the department's last row
        assets->rows.removeLast();

        ImportOptions remove;
        remove.removeMissing = true;
        const ImportResult r = importWorkbook(read.workbook, ward, remove);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QVERIFY(r.scopeUnits.contains(options.unit));
        QVERIFY(r.scopeUnits.size() < ward.orgUnits.size());
        QCOMPARE(r.registers[1].reg, Register::Assets);
        QCOMPARE(r.registers[1].missing, QStringList {deleted});
        const Model m = imported(read.workbook, ward, remove);
        QCOMPARE(m.assets.size(), ward.assets.size() - 1);
        QCOMPARE(m.orgUnits, ward.orgUnits);

        // The whole workbook (every unit listed) still covers the whole project.
        const QString all = dir.filePath(QStringLiteral("all.xlsx"));
        QCOMPARE(exportSheetFile(ward, all, {}), QString());
        const ReadResult whole = readSheetFile(all);
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QVERIFY(importWorkbook(whole.workbook, ward, remove).scopeUnits.isEmpty());
    }

    /// A department's CSV says nothing of its department: --unit does, and an unknown unit is refused.
    /// Every continuity field (RISK-MODEL.md 10) goes out to CSV and comes back unchanged: a project
    /// without them gets the sample's outages, groups and needs back; a sheet without the columns
    /// (an older ward's) leaves them as they are.
    void continuityRoundTripsThroughCsv()
    {
        const Model ward = sample();
        QVERIFY(std::any_of(ward.threats.cbegin(), ward.threats.cend(), [](const Threat& t) { return t.outage; }));
        QVERIFY(std::any_of(ward.dependencies.cbegin(), ward.dependencies.cend(),
            [](const Dependency& d) { return !d.group.isEmpty(); }));
        QVERIFY(
            std::any_of(ward.assets.cbegin(), ward.assets.cend(), [](const Asset& a) { return !a.need.isEmpty(); }));
        Model bare = ward;
        for (Threat& t : bare.threats)
            t.outage.reset();
        for (Asset& a : bare.assets) {
            a.continuity.reset();
            a.need.clear();
        }
        for (Dependency& d : bare.dependencies)
            d.group.clear();
        QTemporaryDir dir;
        for (Register reg : {Register::Threats, Register::Dependencies, Register::Assets}) {
            const QString path = dir.filePath(registerKey(reg) + QStringLiteral(".csv"));
            ExportOptions options;
            options.what = {reg};
            QCOMPARE(exportSheetFile(ward, path, options), QString());
            ReadResult read = readSheetFile(path);
            QVERIFY2(read.ok(), qPrintable(read.error));
            ImportOptions asRegister;
            asRegister.what = reg; // a CSV holds one register, the assets unless told
            bare = imported(read.workbook, bare, asRegister);

            // The same sheet without the continuity columns: nothing changes.
            Sheet& sheet = read.workbook.sheets[0];
            const QStringList dropped = {QStringLiteral("停止発生率（回/年）"), QStringLiteral("停止時間P5（時間）"),
                QStringLiteral("停止時間P95（時間）"), QStringLiteral("代替グループ"), QStringLiteral("必要数"),
                QStringLiteral("RTO（時間）"), QStringLiteral("停止1時間当たり損失（円）")};
            int removed = 0;
            for (qsizetype c = sheet.rows[0].size() - 1; c >= 0; --c) {
                if (!dropped.contains(sheet.rows[0][c].text))
                    continue;
                ++removed;
                for (QList<Cell>& row : sheet.rows) {
                    if (c < row.size())
                        row.removeAt(c);
                }
            }
            QCOMPARE(removed, reg == Register::Dependencies ? 1 : 3);
            const ImportResult older = importWorkbook(read.workbook, ward, asRegister);
            QVERIFY2(older.ok(), qPrintable(messages(older).join(u'\n')));
            QVERIFY(older.edits.isEmpty());
        }
        QCOMPARE(bare.threats, ward.threats);
        QCOMPARE(bare.dependencies, ward.dependencies);
        QCOMPARE(bare.assets, ward.assets);
    }

    void unitOptionScopesACsv()
    {
        const Model ward = sample();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kumin.csv"));
        ExportOptions options;
        options.unit = QStringLiteral("DEP-KUMIN");
        options.what = {Register::Assets};
        QCOMPARE(exportSheetFile(ward, path, options), QString());
        ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        read.workbook.sheets[0].rows.removeLast();
        ImportOptions remove;
        remove.removeMissing = true;
        // Without --unit, a CSV covers the whole project: every other department's asset is missing.
        QVERIFY(importWorkbook(read.workbook, ward, remove).registers[0].missing.size() > 1);
        remove.unit = QStringLiteral("DEP-KUMIN");
        const ImportResult r = importWorkbook(read.workbook, ward, remove);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.registers[0].missing.size(), 1);
        remove.unit = QStringLiteral("DEP-NONE");
        QCOMPARE(messages(importWorkbook(read.workbook, ward, remove)),
            QStringList {QStringLiteral("kumin.csv: there is no org unit \"DEP-NONE\"")});
    }

    /// CP932 keeps the characters Shift_JIS lacks; a character CP932 lacks refuses the export,
    /// naming the row, the column and the character, and writes nothing.
    void csvInCp932()
    {
        Model ward = sample();
        ward.assets[1].name.ja = QStringLiteral("①㈱髙﨑の台帳");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assets.csv"));
        ExportOptions options;
        options.encoding = TextEncoding::Cp932;
        QCOMPARE(exportSheetFile(ward, path, options), QString());
        const ReadResult read = readSheetFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.workbook.encoding, TextEncoding::Cp932);
        Model units = emptyLike(ward);
        units.orgUnits = ward.orgUnits; // the owners the assets name
        units.dependencies = ward.dependencies; // the groups their needs name
        const Model m = imported(read.workbook, units);
        QCOMPARE(m.assets, ward.assets);

        ward.assets[2].name.ja = QStringLiteral("𠮷野家の記録");
        const QString refused = dir.filePath(QStringLiteral("refused.csv"));
        const ExportFileResult r = writeSheetFile(ward, refused, options);
        QVERIFY(r.inputError);
        QVERIFY2(r.error.contains(QStringLiteral("row 4, column 情報資産の名称: \"𠮷\"")), qPrintable(r.error));
        QVERIFY(!QFile::exists(refused));
    }

    void csvInUtf8HasABom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.csv"));
        ExportOptions options;
        options.what = {Register::Plan};
        QCOMPARE(exportSheetFile(sample(), path, options), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("対応番号")));
        options.what = {Register::Plan, Register::Assets};
        QVERIFY(writeSheetFile(sample(), path, options).inputError);
    }

    /// The callback sees the share grow; returning false stops the export and writes nothing.
    void progressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ward.xlsx"));
        QList<double> seen;
        ExportOptions options;
        options.progress = [&seen](double share) {
            seen.append(share);
            return true;
        };
        QCOMPARE(exportSheetFile(sample(), path, options), QString());
        QVERIFY(seen.size() >= 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 1.0);

        const QString cancelled = dir.filePath(QStringLiteral("cancelled.xlsx"));
        options.progress = [](double) { return false; };
        const ExportFileResult r = writeSheetFile(sample(), cancelled, options);
        QVERIFY(!r.ok());
        QVERIFY(!r.inputError);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestSheetExport)
#include "tst_sheetexport.moc"
