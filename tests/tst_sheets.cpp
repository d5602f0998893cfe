// Reading the ward's spreadsheets: CP932 both ways (checked against Python's codec), the detection of
// a CSV's encoding and delimiter, RFC 4180 quoting, the layout of real files (title rows, blank rows,
// trailing empties), an .xlsx made by hand with libzip (shared and inline strings, numbers, text
// digits, date cells by built-in and era formats, booleans, merged headers, two sheets) and every
// hostile file, each refused with a message that names it. Every fixture is written here.

#include "TestSupport.h"

#include "Cp932.h"
#include "CsvReader.h"
#include "SheetReader.h"
#include "TextDecoding.h"
#include "XlsxNumberFormats.h"
#include "XlsxReader.h"
#include "XlsxWorksheet.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace mamori::sheets;
using namespace Qt::StringLiterals;

using Parts = QMap<QString, QByteArray>; // an .xlsx package: part name to its bytes

namespace {

// ①㈱髙﨑 in CP932: NEC row 13 (①, ㈱), NEC-selected IBM (髙 0xFBFC's twin 0xEEE0), IBM (﨑 0xED95).
const QByteArray kSpecialCp932 = QByteArray::fromHex("8740878aeee0ed95");
const QString kSpecial = QStringLiteral("①㈱髙﨑");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Writes a zip of the given parts with libzip, the way Excel packages an .xlsx.
QString writeZip(const QTemporaryDir& dir, const QString& name, const Parts& parts)
{
    const QString path = dir.filePath(name);
    int error = 0;
    zip_t* archive = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("cannot create %s", qPrintable(path));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        // The buffers stay alive in `parts` until zip_close writes them.
        zip_source_t* source = zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        const zip_int64_t index = zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            qFatal("cannot add %s", qPrintable(it.key()));
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    if (zip_close(archive) != 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// The XML below quotes its attributes with single quotes: moc misreads double quotes and "//" inside
// raw strings, and then sees no test class.
const char* kRootRels = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>
<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument' Target='xl/workbook.xml'/>
</Relationships>)";

// Two sheets whose tab order differs from their file names; one target relative, one absolute.
const char* kWorkbook = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>
<workbookPr%1/>
<sheets><sheet name='台帳' sheetId='2' r:id='rId2'/><sheet name='計画' sheetId='1' r:id='rId1'/></sheets>
</workbook>)";

const char* kWorkbookRels = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>
<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Target='worksheets/sheet1.xml'/>
<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Target='/xl/worksheets/sheet2.xml'/>
<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings' Target='sharedStrings.xml'/>
<Relationship Id='rId4' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' Target='styles.xml'/>
</Relationships>)";

// 0 評価値, 1 機密性 (rich text in two runs, with furigana), 2 完全性, 3 可用性, 4 003, 5 a line break
// written as _x000D_ and LF, 6 管理番号, 7 an escaped underscore, 8 an empty string.
const char* kSharedStrings = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' count='9' uniqueCount='9'>
<si><t>評価値</t></si>
<si><r><rPr><b/></rPr><t>機密</t></r><r><t xml:space='preserve'>性</t></r><rPh sb='0' eb='2'><t>キミツ</t></rPh><phoneticPr fontId='1'/></si>
<si><t>完全性</t></si>
<si><t>可用性</t></si>
<si><t>003</t></si>
<si><t xml:space='preserve'>住民記録_x000D_
システム</t></si>
<si><t>  管理番号  </t></si>
<si><t>A_x005F_x0041_B</t></si>
<si><t></t></si>
</sst>)";

// cellXfs: 0 General, 1 built-in 14 (a date), 2 the custom era format 176, 3 the custom scientific
// format 177 (its E is not an era), 4 built-in 20 (h:mm), 5 built-in 9 (0%), 6 the custom 178 (0.0%). The <xf> of
// cellStyleXfs and the <numFmt> of a conditional format (dxf) are not the cells' formats.
const char* kStyles = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>
<numFmts count='2'><numFmt numFmtId='176' formatCode='[$-ja-JP]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;'/><numFmt numFmtId='177' formatCode='0.00E+00'/><numFmt numFmtId='178' formatCode='0.0%'/></numFmts>
<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>
<cellXfs count='5'><xf numFmtId='0'/><xf numFmtId='14' applyNumberFormat='1'/><xf numFmtId='176' applyNumberFormat='1'/><xf numFmtId='177'/><xf numFmtId='20'/><xf numFmtId='9'/><xf numFmtId='178'/></cellXfs>
<dxfs count='1'><dxf><numFmt numFmtId='177' formatCode='yyyy'/></dxf></dxfs>
</styleSheet>)";

// The inventory: a title row, a blank row, two header rows under merged cells, data rows, then
// trailing empties (an empty string cell, a styled empty cell, an empty row far below).
const char* kInventory = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>
<sheetData>
<row r='1'><c r='A1' t='inlineStr'><is><t>令和6年度 情報資産管理台帳</t></is></c></row>
<row r='3'><c r='A3' t='s'><v>6</v></c><c r='C3' t='s'><v>0</v></c></row>
<row r='4'><c r='C4' t='s'><v>1</v></c><c t='s'><v>2</v></c><c t='s'><v>3</v></c></row>
<row r='5'><c r='A5'><v>101</v></c><c r='B5' t='s'><v>5</v></c><c r='C5'><v>3</v></c><c r='D5' t='str'><f>A5&amp;''</f><v>2</v></c><c r='E5' t='b'><v>1</v></c><c r='F5' s='1'><v>45383</v></c><c r='G5' s='2'><v>45383.75</v></c><c r='H5' t='s'><v>8</v></c><c r='I5' s='1'/></row>
<row r='6'><c r='A6' t='s'><v>4</v></c><c r='B6' t='inlineStr'><is><t xml:space='preserve'> 庁内LAN
</t></is></c><c r='C6'><v>0.30000000000000004</v></c><c r='D6' t='e'><v>#N/A</v></c><c r='E6' t='b'><v>0</v></c><c r='F6' s='3'><v>1234.5</v></c><c r='G6' s='4'><v>0.5</v></c><c r='H6' t='s'><v>7</v></c><c r='I6' s='5'><v>0.5</v></c><c r='J6' s='6'><v>0.125</v></c></row>
<row r='20'><c r='A20' s='1'/></row>
</sheetData>
<mergeCells count='2'><mergeCell ref='C3:E3'/><mergeCell ref='A3:A4'/></mergeCells>
</worksheet>)";

const char* kPlan = R"(<?xml version='1.0' encoding='UTF-8' standalone='yes'?>
<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>
<row><c t='inlineStr'><is><t>対応項目</t></is></c><c t='inlineStr'><is><t>期限</t></is></c></row>
<row><c t='inlineStr'><is><t>K-0401</t></is></c><c s='1'><v>0</v></c></row>
</sheetData></worksheet>)";

Parts handMadeParts(const QString& workbookPr = QString())
{
    return {
        {QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
        {QStringLiteral("_rels/.rels"), kRootRels},
        {QStringLiteral("xl/workbook.xml"), utf8(QString::fromUtf8(kWorkbook).arg(workbookPr))},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels},
        {QStringLiteral("xl/sharedStrings.xml"), kSharedStrings},
        {QStringLiteral("xl/styles.xml"), kStyles},
        {QStringLiteral("xl/worksheets/sheet1.xml"), kPlan},
        {QStringLiteral("xl/worksheets/sheet2.xml"), kInventory},
    };
}

Cell textCell(const QString& text)
{
    Cell c;
    c.kind = Cell::Kind::Text;
    c.text = text;
    return c;
}

QStringList texts(const QList<Cell>& row)
{
    QStringList out;
    for (const Cell& c : row)
        out.append(c.text);
    return out;
}

} // namespace

class TestSheets : public QObject {
    Q_OBJECT

private slots:
    void cp932KnownBytes();
    void cp932Unencodable();
    void cp932InvalidBytes();
    void cp932MatchesPython();
    void textDecoding_data();
    void textDecoding();
    void csvQuoting();
    void csvDelimiter_data();
    void csvDelimiter();
    void csvSeparatorHint();
    void csvLayout();
    void csvEncodings_data();
    void csvEncodings();
    void csvRefused_data();
    void csvRefused();
    void numberFormats_data();
    void numberFormats();
    void dateSerials_data();
    void dateSerials();
    void sharedStrings();
    void cellReferences();
    void numberTexts();
    void xlsxHandMade();
    void xlsxDate1904();
    void xlsxByContent();
    void xlsxMinimal();
    void xlsxRefused_data();
    void xlsxRefused();
    void xlsxZipBomb();
    void xlsxTooManyCells();
    void xlsxTooManySharedStrings();

private:
    QTemporaryDir m_dir;
};

void TestSheets::cp932KnownBytes()
{
    QCOMPARE(encodeCp932(kSpecial), kSpecialCp932);
    QCOMPARE(decodeCp932(kSpecialCp932), kSpecial);
    // ASCII as is, half-width katakana in one byte, kanji in two.
    const QString mixed = QStringLiteral("ID,ｱｲ,情報資産\r\n");
    const QByteArray bytes = QByteArray("ID,\xB1\xB2,\x8F\xEE\x95\xF1\x8E\x91\x8E\x59\r\n");
    QCOMPARE(encodeCp932(mixed), bytes);
    QCOMPARE(decodeCp932(bytes), mixed);
    // The wave dash of JIS text is written as Windows' full-width tilde, which is how it reads back.
    QCOMPARE(encodeCp932(QStringLiteral("〜")), QByteArray("\x81\x60"));
    QCOMPARE(decodeCp932("\x81\x60"), QStringLiteral("～"));
}

void TestSheets::cp932Unencodable()
{
    QString unencodable;
    QCOMPARE(encodeCp932(QStringLiteral("A€𠮷€B"), &unencodable), QByteArray("A???B"));
    QCOMPARE(unencodable, QStringLiteral("€𠮷"));
    unencodable.clear();
    QCOMPARE(encodeCp932(kSpecial, &unencodable), kSpecialCp932);
    QVERIFY(unencodable.isEmpty());
}

void TestSheets::cp932InvalidBytes()
{
    qsizetype invalid = 0;
    QCOMPARE(decodeCp932("a\x81", &invalid), QStringLiteral("a\uFFFD"));
    QCOMPARE(invalid, 1);
    invalid = 0;
    // A lead byte before a quote or a comma: the CSV's structure survives.
    QCOMPARE(decodeCp932("\x81\"\x81,", &invalid), QStringLiteral("\uFFFD\"\uFFFD,"));
    QCOMPARE(invalid, 2);
    invalid = 0;
    decodeCp932(kSpecialCp932, &invalid);
    QCOMPARE(invalid, 0);
}

// Every byte pair and every BMP character against Python's codec, which the table came from.
void TestSheets::cp932MatchesPython()
{
    const QString python = mamori::test::python();
    if (python.isEmpty())
        QSKIP("the Python that CMake found (find_package(Python3)) is not there");
    const char* script = R"(
import sys
out = []
for lead in range(0x80, 0x100):
    for trail in range(0x40, 0x100):
        try: out.append('d %02x%02x %04x' % (lead, trail, ord(bytes([lead, trail]).decode('cp932'))))
        except (UnicodeDecodeError, TypeError): pass
for cp in range(0x10000):
    if 0xD800 <= cp < 0xE000: continue
    try: out.append('e %04x %s' % (cp, chr(cp).encode('cp932').hex()))
    except UnicodeEncodeError: pass
print('\n'.join(out))
)";
    QProcess p;
    mamori::test::usePython(p);
    p.setArguments({QStringLiteral("-c"), QString::fromLatin1(script)});
    p.start();
    QVERIFY(p.waitForFinished(60000));
    // Python ends its lines with "\r\n" on Windows.
    const QList<QByteArray> lines = p.readAllStandardOutput().replace("\r\n", "\n").split('\n');
    QVERIFY(lines.size() > 9000);
    qsizetype decoded = 0, encoded = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 3)
            continue;
        if (f[0] == "d") {
            // Python decodes a lead byte followed by a single-byte character as two characters.
            const QString ours = decodeCp932(QByteArray::fromHex(f[1]));
            if (ours.size() == 1) {
                QCOMPARE(QString::number(ours[0].unicode(), 16).rightJustified(4, u'0'), QString::fromLatin1(f[2]));
                ++decoded;
            }
        } else {
            const QChar ch(char16_t(f[1].toUInt(nullptr, 16)));
            QCOMPARE(encodeCp932(QStringView(&ch, 1)).toHex(), f[2]);
            ++encoded;
        }
    }
    QCOMPARE(decoded, 9604); // the double-byte characters, NEC and IBM extensions and user area included
    QVERIFY(encoded > 9400);
}

void TestSheets::textDecoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString jp = QStringLiteral("管理番号,名称\n") + kSpecial;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + jp.toUtf8() << TextEncoding::Utf8Bom << jp << true;
    QTest::newRow("UTF-8") << jp.toUtf8() << TextEncoding::Utf8 << jp << true;
    QTest::newRow("ASCII") << QByteArray("a,b\n") << TextEncoding::Utf8 << QStringLiteral("a,b\n") << true;
    QTest::newRow("CP932") << encodeCp932(jp) << TextEncoding::Cp932 << jp << true;
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(jp.utf16()), jp.size() * 2);
    QTest::newRow("UTF-16LE with BOM") << utf16 << TextEncoding::Utf16LeBom << jp << true;
    QTest::newRow("neither") << QByteArray("a\x81\xFF") << TextEncoding::Cp932 << QStringLiteral("a\uFFFD\uFFFD")
                             << false;
    QTest::newRow("truncated UTF-8 after BOM")
        << QByteArray("\xEF\xBB\xBF\xE6\xA9") << TextEncoding::Utf8Bom << QStringLiteral("\uFFFD") << false;
}

void TestSheets::textDecoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.valid, valid);
    if (valid)
        QCOMPARE(decoded.text, text);
    QVERIFY(!encodingName(encoding).isEmpty());
}

void TestSheets::csvQuoting()
{
    const QString text = QStringLiteral("a,\"b,1\",\"say \"\"hi\"\"\"\r\n"
                                        "\"line1\r\nline2\",x\"y,\"\"\n"
                                        "last,\"unterminated\nrow");
    const QList<QList<QString>> rows = parseCsv(text, u',');
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QList<QString> {u"a"_s, u"b,1"_s, u"say \"hi\""_s}));
    QCOMPARE(rows[1], (QList<QString> {u"line1\r\nline2"_s, u"x\"y"_s, u""_s}));
    QCOMPARE(rows[2], (QList<QString> {u"last"_s, u"unterminated\nrow"_s}));
    // A lone CR ends a record too (old Mac files), and a final line break adds no record.
    QCOMPARE(parseCsv(u"a\rb\n"_s, u','), (QList<QList<QString>> {{u"a"_s}, {u"b"_s}}));
}

void TestSheets::csvDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("ID,名称,種別\n1,住基,system\n") << QChar(u',');
    QTest::newRow("tab, commas in cells")
        << QStringLiteral("ID\t費用\t名称\n1\t1,200\ta,b\n2\t3,400\tc\n") << QChar(u'\t');
    QTest::newRow("semicolon") << QStringLiteral("ID;Name;Type\n1;\"a;b\";x\n2;c;y\n") << QChar(u';');
    QTest::newRow("title row above") << QStringLiteral("台帳（令和6年度）\n\nID,名称\n1,a\n2,b\n") << QChar(u',');
    QTest::newRow("one column") << QStringLiteral("名称\n住基\n") << QChar(u',');
}

// Excel's "sep=" line names the delimiter and is no row of the sheet.
void TestSheets::csvSeparatorHint()
{
    const QString path = writeFile(m_dir, u"hint.csv"_s, "sep=;\r\nID;a,b\n1;c,d\n2;e,f\n");
    const ReadResult r = readSheetFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.sheets[0].rows.size(), 3);
    QCOMPARE(texts(r.workbook.sheets[0].rows[0]), (QStringList {u"ID"_s, u"a,b"_s}));
}

void TestSheets::csvDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(detectDelimiter(text), delimiter);
}

void TestSheets::csvLayout()
{
    // A title row, blank rows, the header, a row with a line break, an empty row between data rows,
    // full-width digits and spaces, trailing empty columns and rows.
    const QString text = QStringLiteral("令和6年度 情報資産管理台帳,,,,\r\n"
                                        ",,,,\r\n"
                                        "管理番号,情報資産の名称,機密性,,\r\n"
                                        "003,\"住民記録\r\nシステム\",３,,\r\n"
                                        ",,,,\r\n"
                                        "K-0401,　端末,2,,\r\n"
                                        ",,,,\r\n"
                                        ",,,,\r\n");
    const ReadResult r = readSheetFile(writeFile(m_dir, QStringLiteral("mic.2024.csv"), text.toUtf8()));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.encoding, TextEncoding::Utf8);
    QCOMPARE(r.workbook.sheets.size(), 1);
    const Sheet& sheet = r.workbook.sheets[0];
    QCOMPARE(sheet.name, QStringLiteral("mic.2024"));
    QCOMPARE(sheet.rows.size(), 6);
    QCOMPARE(texts(sheet.rows[0]), QStringList {u"令和6年度 情報資産管理台帳"_s});
    QVERIFY(sheet.rows[1].isEmpty());
    QCOMPARE(texts(sheet.rows[2]), (QStringList {u"管理番号"_s, u"情報資産の名称"_s, u"機密性"_s}));
    QCOMPARE(texts(sheet.rows[3]), (QStringList {u"003"_s, u"住民記録\nシステム"_s, u"３"_s}));
    QVERIFY(sheet.rows[4].isEmpty());
    QCOMPARE(texts(sheet.rows[5]), (QStringList {u"K-0401"_s, u"　端末"_s, u"2"_s}));
    // A CSV has no types: even 003 and 2 are text, which the mapping converts.
    QCOMPARE(sheet.at(3, 0), textCell(QStringLiteral("003")));
    QCOMPARE(sheet.at(5, 2), textCell(QStringLiteral("2")));
    QCOMPARE(sheet.at(1, 0).kind, Cell::Kind::Empty);
    QVERIFY(sheet.merged.isEmpty());
}

void TestSheets::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    const QString text = QStringLiteral("管理番号,名称\n1,") + kSpecial + QStringLiteral("\n");
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + text.toUtf8() << TextEncoding::Utf8Bom;
    QTest::newRow("UTF-8") << text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("CP932, encoded") << encodeCp932(text) << TextEncoding::Cp932;
    // Written by hand, so that the table is checked and not only its round trip.
    QTest::newRow("CP932, bytes") << QByteArray("\x8A\xC7\x97\x9D\x94\xD4\x8D\x86,\x96\xBC\x8F\xCC\n1,") + kSpecialCp932
            + "\n" << TextEncoding::Cp932;
    QByteArray utf16("\xFF\xFE");
    const QString tabbed = QString(text).replace(u',', u'\t');
    utf16.append(reinterpret_cast<const char*>(tabbed.utf16()), tabbed.size() * 2);
    QTest::newRow("Unicode text (UTF-16LE, tabs)") << utf16 << TextEncoding::Utf16LeBom;
}

void TestSheets::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    const ReadResult r = readSheetFile(writeFile(m_dir, QStringLiteral("enc.csv"), bytes));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.encoding, encoding);
    const Sheet& sheet = r.workbook.sheets.at(0);
    QCOMPARE(texts(sheet.rows.at(0)), (QStringList {u"管理番号"_s, u"名称"_s}));
    QCOMPARE(texts(sheet.rows.at(1)), (QStringList {u"1"_s, kSpecial}));
}

void TestSheets::csvRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("binary") << "image.csv" << QByteArrayLiteral("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10")
                            << "not a spreadsheet";
    QTest::newRow("empty") << "empty.csv" << QByteArray() << "empty";
    QTest::newRow("neither UTF-8 nor CP932") << "euc.csv" << QByteArray("ID,\x81\x20\xA4\xA2\n") << "CP932";
}

void TestSheets::csvRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const ReadResult r = readSheetFile(writeFile(m_dir, name, bytes));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(name + QStringLiteral(": ")), qPrintable(r.error));
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
    const ReadResult missing = readSheetFile(m_dir.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(missing.error, QStringLiteral("missing.csv: the file does not exist"));
}

void TestSheets::numberFormats_data()
{
    using Kind = xlsx::NumberFormatKind;
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("era") << R"([$-ja-JP]ggge"年"m"月"d"日")" << Kind::Date;
    QTest::newRow("era, locale id") << "[$-411]ge.m.d" << Kind::Date;
    QTest::newRow("ISO") << "yyyy-mm-dd" << Kind::Date;
    QTest::newRow("year and month") << "yyyy\"年\"m\"月\"" << Kind::Date;
    QTest::newRow("month alone") << "mmm" << Kind::Date;
    QTest::newRow("time h:mm") << "h:mm" << Kind::Plain;
    QTest::newRow("elapsed time") << "[h]:mm:ss" << Kind::Plain;
    QTest::newRow("General") << "General" << Kind::Plain;
    QTest::newRow("scientific") << "0.00E+00" << Kind::Plain;
    QTest::newRow("quoted letters") << R"(#,##0"days")" << Kind::Plain;
    QTest::newRow("escaped d") << R"(0\d)" << Kind::Plain;
    QTest::newRow("colour and currency") << "[Red]¥#,##0;[Blue]-¥#,##0" << Kind::Plain;
    QTest::newRow("text") << "@" << Kind::Plain;
    QTest::newRow("percent") << "0.0%" << Kind::Percent;
    QTest::newRow("quoted percent sign") << R"(0"%")" << Kind::Plain;
}

void TestSheets::numberFormats()
{
    QFETCH(QString, code);
    QFETCH(xlsx::NumberFormatKind, kind);
    QCOMPARE(xlsx::formatCodeKind(code), kind);
    // Built-in ids: 9 and 10 percentages, 14 (yyyy/m/d), 27-36 and 50-58 (Japanese) dates, 49 text.
    for (int id : {9, 10})
        QCOMPARE(xlsx::builtInFormatKind(id), xlsx::NumberFormatKind::Percent);
    for (int id : {14, 22, 27, 36, 45, 50, 58})
        QCOMPARE(xlsx::builtInFormatKind(id), xlsx::NumberFormatKind::Date);
    for (int id : {0, 1, 4, 11, 23, 37, 49, 59, 176})
        QCOMPARE(xlsx::builtInFormatKind(id), xlsx::NumberFormatKind::Plain);
}

void TestSheets::dateSerials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("59") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("60, 29 February 1900") << 60.0 << false << QDate();
    QTest::newRow("61") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("令和6年4月1日") << 45383.0 << false << QDate(2024, 4, 1);
    QTest::newRow("evening") << 45383.75 << false << QDate(2024, 4, 1);
    QTest::newRow("float noise") << 45382.9999999999 << false << QDate(2024, 4, 1);
    QTest::newRow("0 in 1900") << 0.0 << false << QDate();
    QTest::newRow("negative") << -1.0 << false << QDate();
    QTest::newRow("9999-12-31") << 2958465.0 << false << QDate(9999, 12, 31);
    QTest::newRow("beyond 9999") << 2958466.0 << false << QDate();
    QTest::newRow("0 in 1904") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("令和6年4月1日, 1904") << 43921.0 << true << QDate(2024, 4, 1);
}

void TestSheets::dateSerials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(xlsx::dateFromSerial(serial, date1904).value_or(QDate()), date);
}

// The text of each <si> as Excel shows it.
void TestSheets::sharedStrings()
{
    const xlsx::SharedStrings s = xlsx::parseSharedStrings(
        "<sst>"
        "<si><r><t>hello</t></r><r><rPr><b/></rPr><t> </t></r><r><t>world</t></r></si>" // a space run kept
        "<si><t>\n  trimmed\t</t></si>"
        "<si><t xml:space='preserve'>  kept </t></si>"
        "<si><t>機密性</t><rPh sb='0' eb='3'><t>キミツセイ</t></rPh><phoneticPr fontId='1'/></si>"
        "<si><t>a_x000D__x000A_b</t></si>"
        "<si><t>_x005F_x0041_ and _x0041_ and _x00</t></si>"
        "<si/>"
        "</sst>");
    QVERIFY(!s.problem.failed());
    QCOMPARE(s.strings,
        (QList<QString> {u"hello world"_s, u"trimmed"_s, u"  kept "_s, u"機密性"_s, u"a\nb"_s,
            u"_x0041_ and A and _x00"_s, QString()}));
    QCOMPARE(xlsx::parseSharedStrings("<sst><si><t>broken</si></sst>").problem.line, 1);
}

void TestSheets::cellReferences()
{
    const auto ref = [](const char* r) {
        const auto c = xlsx::parseCellReference(QString::fromLatin1(r));
        return c ? QPoint(c->column, c->row) : QPoint(-1, -1);
    };
    QCOMPARE(ref("A1"), QPoint(0, 0));
    QCOMPARE(ref("AB12"), QPoint(27, 11));
    QCOMPARE(ref("ab12"), QPoint(27, 11));
    QCOMPARE(ref("XFD1048576"), QPoint(16383, 1048575));
    for (const char* bad : {"XFE1", "A1048577", "A0", "12", "A", "", "A-1", "A 1", "$A$1"})
        QCOMPARE(ref(bad), QPoint(-1, -1));
}

void TestSheets::numberTexts()
{
    QCOMPARE(xlsx::numberText(101), QStringLiteral("101"));
    QCOMPARE(xlsx::numberText(0.1 + 0.2), QStringLiteral("0.3"));
    QCOMPARE(xlsx::numberText(1.5), QStringLiteral("1.5"));
    QCOMPARE(xlsx::numberText(-2400000), QStringLiteral("-2400000"));
    QCOMPARE(xlsx::numberText(12345678901234), QStringLiteral("12345678901234"));
    QCOMPARE(xlsx::numberText(-0.0), QStringLiteral("0"));
    QCOMPARE(xlsx::numberText(0.000123), QStringLiteral("0.000123"));
    QCOMPARE(xlsx::numberText(1e15), QStringLiteral("1e+15"));
}

void TestSheets::xlsxHandMade()
{
    const ReadResult r = readSheetFile(writeZip(m_dir, QStringLiteral("inventory.xlsx"), handMadeParts()));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.encoding, TextEncoding::None);
    QCOMPARE(r.workbook.sheets.size(), 2);
    const Sheet& s = r.workbook.sheets[0];
    QCOMPARE(s.name, QStringLiteral("台帳"));
    QCOMPARE(r.workbook.sheets[1].name, QStringLiteral("計画"));

    QCOMPARE(s.rows.size(), 6); // row 20 holds only a styled empty cell
    QCOMPARE(texts(s.rows[0]), QStringList {u"令和6年度 情報資産管理台帳"_s});
    QVERIFY(s.rows[1].isEmpty());
    // The header under merged cells: 評価値 over 機密性/完全性/可用性, 管理番号 over two rows.
    QCOMPARE(texts(s.rows[2]), (QStringList {u"管理番号"_s, u""_s, u"評価値"_s}));
    QCOMPARE(texts(s.rows[3]), (QStringList {u""_s, u""_s, u"機密性"_s, u"完全性"_s, u"可用性"_s}));
    QCOMPARE(s.merged, (QList<MergedRange> {{2, 2, 2, 4}, {2, 0, 3, 0}}));

    Cell number;
    number.kind = Cell::Kind::Number;
    number.number = 101;
    number.text = QStringLiteral("101");
    QCOMPARE(s.at(4, 0), number);
    QCOMPARE(s.at(4, 1), textCell(QStringLiteral("住民記録\nシステム")));
    QCOMPARE(s.at(4, 2).text, QStringLiteral("3"));
    QCOMPARE(s.at(4, 3), textCell(QStringLiteral("2"))); // a formula's text result stays text
    QCOMPARE(s.at(4, 4).kind, Cell::Kind::Boolean);
    QCOMPARE(s.at(4, 4).number, 1.0);
    QCOMPARE(s.at(4, 4).text, QStringLiteral("TRUE"));
    for (int column : {5, 6}) { // style 14, and the era format with a time of day
        QCOMPARE(s.at(4, column).kind, Cell::Kind::Date);
        QCOMPARE(s.at(4, column).date, QDate(2024, 4, 1));
        QCOMPARE(s.at(4, column).text, QStringLiteral("2024-04-01"));
    }
    QCOMPARE(s.rows[4].size(), 7); // the empty string and the styled empty cell at the end dropped

    QCOMPARE(s.at(5, 0), textCell(QStringLiteral("003")));
    QCOMPARE(s.at(5, 1), textCell(QStringLiteral(" 庁内LAN\n"))); // xml:space="preserve" keeps it all
    QCOMPARE(s.at(5, 2).text, QStringLiteral("0.3"));
    QCOMPARE(s.at(5, 3), textCell(QStringLiteral("#N/A")));
    QCOMPARE(s.at(5, 4).text, QStringLiteral("FALSE"));
    QCOMPARE(s.at(5, 5).kind, Cell::Kind::Number); // 0.00E+00: the E is an exponent, not an era
    QCOMPARE(s.at(5, 5).text, QStringLiteral("1234.5"));
    QCOMPARE(s.at(5, 6).kind, Cell::Kind::Number); // h:mm, a time of day with no date
    QCOMPARE(s.at(5, 7), textCell(QStringLiteral("A_x0041_B")));
    // A percentage reads as Excel shows it; the number stays the stored one.
    QCOMPARE(s.at(5, 8).text, QStringLiteral("50%"));
    QCOMPARE(s.at(5, 8).number, 0.5);
    QCOMPARE(s.at(5, 9).text, QStringLiteral("12.5%"));

    // Cells and rows without references follow the previous; a date serial out of range stays a number.
    const Sheet& plan = r.workbook.sheets[1];
    QCOMPARE(texts(plan.rows.at(0)), (QStringList {u"対応項目"_s, u"期限"_s}));
    QCOMPARE(plan.at(1, 0), textCell(QStringLiteral("K-0401")));
    QCOMPARE(plan.at(1, 1).kind, Cell::Kind::Number);
    QCOMPARE(plan.at(1, 1).text, QStringLiteral("0"));
}

void TestSheets::xlsxDate1904()
{
    const QString path = writeZip(m_dir, QStringLiteral("mac.xlsx"), handMadeParts(QStringLiteral(R"( date1904="1")")));
    const ReadResult r = readXlsxFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.sheets[0].at(4, 5).date, QDate(2028, 4, 2)); // 45383 days after 1904-01-01
    QCOMPARE(r.workbook.sheets[1].at(1, 1).date, QDate(1904, 1, 1)); // day 0 exists in 1904
}

// The reader follows the content, not the name: an .xlsx named .csv, a CSV named .xlsx.
void TestSheets::xlsxByContent()
{
    const QString zipped = writeZip(m_dir, QStringLiteral("really-xlsx.csv"), handMadeParts());
    const ReadResult xlsx = readSheetFile(zipped);
    QVERIFY2(xlsx.ok(), qPrintable(xlsx.error));
    QCOMPARE(xlsx.workbook.sheets.size(), 2);

    const QString csvPath = writeFile(m_dir, QStringLiteral("really-csv.xlsx"), "ID,名称\n1,a\n");
    const ReadResult csv = readSheetFile(csvPath);
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    QCOMPARE(csv.workbook.sheets.at(0).name, QStringLiteral("really-csv"));
    // A workbook cut short (an interrupted download) is damaged, not something else.
    QFile whole(zipped);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = writeFile(m_dir, u"cut.xlsx"_s, whole.readAll().chopped(200));
    QCOMPARE(readSheetFile(cut).error, u"cut.xlsx: the workbook is damaged: the zip file is incomplete or broken"_s);

    // Asked for an .xlsx, the same file is refused with what it is not.
    QCOMPARE(readXlsxFile(csvPath).error, QStringLiteral("really-csv.xlsx: the file is not an Excel workbook (.xlsx)"));
}

// Only what a workbook needs: no package relationships, no shared strings, no styles (other tools
// write such files). Those parts are optional.
void TestSheets::xlsxMinimal()
{
    const Parts parts {
        {u"xl/workbook.xml"_s,
            "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
            "<sheets><sheet name='Sheet1' r:id='a'/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
            "<Relationships><Relationship Id='a' Type='x/worksheet' "
            "Target='worksheets/s.xml'/></Relationships>"},
        {u"xl/worksheets/s.xml"_s,
            "<worksheet><sheetData><row><c t='inlineStr'><is><t>ID</t></is></c></row>"
            "<row><c><v>7</v></c></row></sheetData></worksheet>"},
    };
    const ReadResult r = readSheetFile(writeZip(m_dir, u"minimal.xlsx"_s, parts));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.workbook.sheets.size(), 1);
    QCOMPARE(texts(r.workbook.sheets[0].rows.at(0)), QStringList {u"ID"_s});
    QCOMPARE(r.workbook.sheets[0].at(1, 0).number, 7.0);
}

void TestSheets::xlsxRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // when empty, the parts make a zip
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("says");
    const auto utf16 = [](const char* s) {
        QByteArray out;
        for (const char* p = s; *p; ++p)
            out.append(*p).append('\0');
        return out;
    };
    const QByteArray cfb = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
    QTest::newRow("old .xls") << "old.xlsx" << cfb + utf16("Workbook") << Parts()
                              << "old Excel file (.xls); open it in Excel and save it as .xlsx or .csv";
    QTest::newRow("encrypted") << "secret.xlsx" << cfb + utf16("EncryptionInfo") + utf16("EncryptedPackage") << Parts()
                               << "protected by a password";
    QTest::newRow("broken zip") << "broken.xlsx" << QByteArray("PK\x03\x04garbage") << Parts()
                                << "damaged: the zip file is incomplete or broken";

    Parts parts = handMadeParts();
    parts.remove(QStringLiteral("xl/worksheets/sheet2.xml"));
    QTest::newRow("missing sheet") << "missing.xlsx" << QByteArray() << parts
                                   << "damaged: its part xl/worksheets/sheet2.xml is missing";
    parts = handMadeParts();
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = "<worksheet>\n<sheetData><row r=\"1\"><c";
    QTest::newRow("broken XML") << "cut.xlsx" << QByteArray() << parts
                                << "damaged: its part xl/worksheets/sheet1.xml cannot be read (line 2)";
    parts = handMadeParts();
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = "<worksheet><sheetData><row><c t=\"s\"><v>99</v></c></row>"
                                                        "</sheetData></worksheet>";
    QTest::newRow("shared string out of range") << "index.xlsx" << QByteArray() << parts << "cannot be read";
    parts = handMadeParts();
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = "<worksheet><sheetData><row><c r=\"A0\"><v>1</v></c></row>"
                                                        "</sheetData></worksheet>";
    QTest::newRow("bad reference") << "ref.xlsx" << QByteArray() << parts << "cannot be read";
    QTest::newRow("a zip, not a workbook") << "report.xlsx" << QByteArray() << Parts {{u"word/document.xml"_s, "<w/>"}}
                                           << "not an Excel workbook (.xlsx); save it as .xlsx or .csv";
    QTest::newRow(".xlsb") << "binary.xlsx" << QByteArray() << Parts {{u"xl/workbook.bin"_s, "\x83\x01"}} << "(.xlsb)";
}

void TestSheets::xlsxRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(Parts, parts);
    QFETCH(QString, says);
    const QString path = bytes.isEmpty() ? writeZip(m_dir, name, parts) : writeFile(m_dir, name, bytes);
    for (const ReadResult& r : {readSheetFile(path), readXlsxFile(path)}) {
        QVERIFY(!r.ok());
        QVERIFY(r.workbook.sheets.isEmpty());
        QVERIFY2(r.error.startsWith(name + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
    }
}

// Five sheets of 41 MB of spaces each: every part alone is within the limit, together they are not.
void TestSheets::xlsxZipBomb()
{
    const QByteArray filler = "<worksheet>" + QByteArray(41 * 1024 * 1024, ' ') + "</worksheet>";
    Parts parts = handMadeParts();
    QString sheets, rels;
    for (int i = 1; i <= 5; ++i) {
        parts[QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)] = filler;
        sheets += QStringLiteral(R"(<sheet name='S%1' sheetId='%1' r:id='rId%1'/>)").arg(i);
        rels += QStringLiteral(R"(<Relationship Id='rId%1' Type='x/worksheet' Target='worksheets/sheet%1.xml'/>)")
                    .arg(i);
    }
    parts[QStringLiteral("xl/workbook.xml")] = utf8(
        QStringLiteral(R"(<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>)"
                       "<sheets>%1</sheets></workbook>")
            .arg(sheets));
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")]
        = utf8(QStringLiteral("<Relationships>%1</Relationships>").arg(rels));
    // A "%1" in the file's name stays as written in the message.
    const QString path = writeZip(m_dir, QStringLiteral("bomb%1.xlsx"), parts);
    QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
    const ReadResult r = readSheetFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("bomb%1.xlsx: the workbook unpacks to more than 200 MB")),
        qPrintable(r.error));
}

// A sheet of a few kilobytes whose cells span more than 5,000,000 cells is refused before it
// exhausts memory.
void TestSheets::xlsxTooManyCells()
{
    QByteArray rows;
    for (int row = 1; row <= 310; ++row)
        rows += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"XFD" + QByteArray::number(row)
            + "\"><v>1</v></c></row>";
    Parts parts = handMadeParts();
    parts[QStringLiteral("xl/worksheets/sheet2.xml")] = "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
    const ReadResult r = readSheetFile(writeZip(m_dir, QStringLiteral("wide.xlsx"), parts));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("wide.xlsx: the sheet \"台帳\" has more than")), qPrintable(r.error));
}

// Five million and one empty shared strings: 25 MB of XML, within the unpacking limit, that would
// hold far more in memory.
void TestSheets::xlsxTooManySharedStrings()
{
    QByteArray strings = "<sst>";
    strings += QByteArray("<si/>").repeated(5'000'001);
    strings += "</sst>";
    Parts parts = handMadeParts();
    parts[u"xl/sharedStrings.xml"_s] = strings;
    const ReadResult r = readSheetFile(writeZip(m_dir, u"strings.xlsx"_s, parts));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(u"strings.xlsx: the workbook is damaged: its part xl/sharedStrings.xml"_s),
        qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestSheets)
#include "tst_sheets.moc"
