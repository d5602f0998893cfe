// How long reading a department's inventory takes: a 10,000-row sheet (12 columns, Japanese text,
// numbers, dates) written as CSV in UTF-8 with BOM and in CP932, and as an .xlsx with shared strings
// and date cells, each read with readSheetFile() (median of 5 runs, wall-clock and CPU).
//
//   mamori_bench_sheets [ROWS]        default 10000

#include "Cp932.h"
#include "SheetReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <zip.h>

using namespace mamori::sheets;

namespace {

const QStringList kHeader = {QStringLiteral("管理番号"), QStringLiteral("情報資産の名称"), QStringLiteral("種別"),
    QStringLiteral("所管課"), QStringLiteral("機密性"), QStringLiteral("完全性"), QStringLiteral("可用性"),
    QStringLiteral("ネットワーク区分"), QStringLiteral("保管場所"), QStringLiteral("備考"), QStringLiteral("登録日"),
    QStringLiteral("件数")};

QStringList rowCells(int i)
{
    return {QString::number(i + 1), QStringLiteral("住民記録システム データ%1").arg(i), QStringLiteral("情報システム"),
        QStringLiteral("区民課第%1係").arg(i % 40), QString::number(i % 3 + 1), QString::number((i + 1) % 3 + 1),
        QString::number((i + 2) % 3 + 1), QStringLiteral("LGWAN接続系"),
        QStringLiteral("庁舎%1階 サーバ室").arg(i % 9 + 1), QStringLiteral("株式会社①㈱, 髙﨑\n委託"),
        QStringLiteral("2024-04-01"), QString::number(i * 7)};
}

QString csvText(int rows)
{
    QString out = kHeader.join(u',') + u'\n';
    for (int i = 0; i < rows; ++i) {
        QStringList cells = rowCells(i);
        cells[9] = u'"' + cells[9] + u'"';
        out += cells.join(u',') + u'\n';
    }
    return out;
}

QByteArray xmlEscape(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

// Column letters for 0-based columns below 26.
QByteArray cellRef(int row, int column)
{
    return QByteArray(1, char('A' + column)) + QByteArray::number(row + 1);
}

QByteArray worksheet(int rows, QStringList& strings)
{
    QByteArray xml = "<worksheet><sheetData>";
    auto shared = [&strings](const QString& s) {
        strings.append(s);
        return QByteArray::number(strings.size() - 1);
    };
    for (int r = 0; r <= rows; ++r) {
        const QStringList cells = r == 0 ? kHeader : rowCells(r - 1);
        xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < cells.size(); ++c) {
            const QByteArray ref = cellRef(r, c);
            const bool number = r > 0 && (c == 0 || (c >= 4 && c <= 6) || c == 11);
            if (r > 0 && c == 10)
                xml += "<c r=\"" + ref + "\" s=\"1\"><v>45383</v></c>";
            else if (number)
                xml += "<c r=\"" + ref + "\"><v>" + cells[c].toUtf8() + "</v></c>";
            else
                xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + shared(cells[c]) + "</v></c>";
        }
        xml += "</row>";
    }
    return xml + "</sheetData></worksheet>";
}

bool writeXlsx(const QString& path, int rows)
{
    QStringList strings;
    const QByteArray sheet = worksheet(rows, strings);
    QByteArray sst = "<sst>";
    for (const QString& s : strings)
        sst += "<si><t xml:space=\"preserve\">" + xmlEscape(s) + "</t></si>";
    sst += "</sst>";
    const QList<QPair<const char*, QByteArray>> parts = {
        {"xl/workbook.xml",
            "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            "relationships\"><sheets><sheet name=\"台帳\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
            "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "</Relationships>"},
        {"xl/styles.xml", "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
        {"xl/sharedStrings.xml", sst},
        {"xl/worksheets/sheet1.xml", sheet},
    };
    int error = 0;
    zip_t* archive = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto& [name, data] : parts)
        zip_file_add(archive, name, zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0), 0);
    return zip_close(archive) == 0;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void time(const char* what, const QString& path)
{
    std::vector<double> runs, cpu;
    qsizetype rows = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t start = std::clock();
        const ReadResult r = readSheetFile(path);
        cpu.push_back(double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok()) {
            std::printf("%s: %s\n", what, qPrintable(r.error));
            return;
        }
        rows = r.workbook.sheets.at(0).rows.size();
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-24s %6lld rows %8.1f ms wall %8.1f ms CPU  (%.1f MB)\n", what, qlonglong(rows),
        runs[runs.size() / 2], cpu[cpu.size() / 2], double(QFile(path).size()) / (1024 * 1024));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString text = csvText(rows);
    const QString utf8 = dir.filePath(QStringLiteral("inventory-utf8.csv"));
    const QString cp932 = dir.filePath(QStringLiteral("inventory-cp932.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("inventory.xlsx"));
    if (!writeBytes(utf8, "\xEF\xBB\xBF" + text.toUtf8()) || !writeBytes(cp932, encodeCp932(text))
        || !writeXlsx(xlsx, rows)) {
        std::printf("cannot write the fixtures\n");
        return 1;
    }
    time("CSV, UTF-8 with BOM", utf8);
    time("CSV, CP932", cp932);
    time(".xlsx, shared strings", xlsx);
    return 0;
}
