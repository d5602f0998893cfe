// libFuzzer target: the spreadsheet readers on hostile bytes. No input may make them crash, hang or
// read out of bounds; a file they cannot read gives an error. Built with -DMAMORI_FUZZ=ON like
// fuzz_import.cpp.
//
// The first byte chooses the reader: the whole input as CSV bytes or as an .xlsx (a zip, which random
// bytes rarely are), or the input after a second byte as one XML part of an otherwise sound workbook, so that
// the parsers of the worksheet, shared strings, styles, workbook and relationships are reached.

#include "CsvReader.h"
#include "XlsxParts.h"
#include "XlsxReader.h"
#include "XlsxWorksheet.h"

#include <cstddef>
#include <cstdint>

using namespace mamori::sheets;

namespace {

void parseAsPart(std::uint8_t which, const QByteArray& xml)
{
    const xlsx::SharedStrings strings = xlsx::parseSharedStrings(
        "<sst><si><t>評価値</t></si><si><r><t>機密</t></r><r><t>性</t></r><rPh><t>キ</t></rPh></si></sst>");
    const xlsx::Styles styles = xlsx::parseStyles(
        "<styleSheet><numFmts><numFmt numFmtId='176' formatCode='ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;'/>"
        "</numFmts><cellXfs><xf numFmtId='0'/><xf numFmtId='14'/><xf numFmtId='176'/></cellXfs></styleSheet>");
    switch (which % 6) {
    case 0:
        (void)xlsx::parseWorksheet(xml, {strings, styles, false});
        break;
    case 1:
        (void)xlsx::parseWorksheet(xml, {xlsx::parseSharedStrings(xml), xlsx::parseStyles(xml), true});
        break;
    case 2:
        (void)xlsx::parseStyles(xml).kind(1);
        break;
    case 3:
        (void)xlsx::parseWorkbook(xml);
        break;
    case 4:
        (void)xlsx::parseRelationships(xml, QStringLiteral("xl/workbook.xml"));
        break;
    default:
        (void)xlsx::decodeEscapes(QString::fromUtf8(xml));
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const QString path = QStringLiteral("fuzz.xlsx");
    switch (data[0] % 3) {
    case 0:
        (void)readCsv(bytes, path);
        break;
    case 1:
        (void)readXlsx(bytes, path);
        break;
    default: // the second byte picks the part: the XML starts after it
        if (size > 1)
            parseAsPart(data[1], bytes.sliced(1));
        break;
    }
    return 0;
}
