#include "CsvReader.h"

#include "ReadSupport.h"
#include "SheetTr.h"
#include "TextDecoding.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace mamori::sheets {

namespace {

// Records looked at to detect the delimiter: enough to pass a title row and a few blank rows.
constexpr int kDelimiterSample = 50;

// Splits RFC 4180 records. Lenient where Excel is: a quote inside an unquoted cell is a character,
// text after a closing quote belongs to the cell, an unterminated quote runs to the end.
class CsvParser {
public:
    CsvParser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    QList<QList<QString>> records(qsizetype limit = -1)
    {
        QList<QList<QString>> out;
        while (m_pos < m_text.size() && (limit < 0 || out.size() < limit))
            out.append(record());
        return out;
    }

private:
    QList<QString> record()
    {
        QList<QString> cells;
        for (;;) {
            cells.append(cell());
            if (m_pos >= m_text.size())
                return cells;
            const QChar c = m_text[m_pos++];
            if (c == m_delimiter)
                continue;
            if (c == u'\r' && m_pos < m_text.size() && m_text[m_pos] == u'\n')
                ++m_pos;
            return cells; // a line break ends the record
        }
    }

    // One cell, up to (not including) the delimiter or line break that ends it.
    QString cell()
    {
        QString value;
        bool quoted = false;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            quoted = true;
            ++m_pos;
        }
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (quoted && c == u'"') {
                const bool doubled = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"';
                if (!doubled)
                    quoted = false;
                else
                    value.append(c);
                m_pos += doubled ? 2 : 1;
                continue;
            }
            if (!quoted && (c == m_delimiter || c == u'\n' || c == u'\r'))
                break;
            value.append(c);
            ++m_pos;
        }
        return value;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
};

struct DelimiterScore {
    qsizetype consistentRecords = 0; // records with the most frequent number of cells (when above 1)
    qsizetype cellsPerRecord = 0;
    auto operator<=>(const DelimiterScore&) const = default;
};

DelimiterScore scoreDelimiter(QStringView text, QChar delimiter)
{
    std::map<qsizetype, qsizetype> recordsByWidth;
    for (const QList<QString>& record : CsvParser(text, delimiter).records(kDelimiterSample)) {
        if (record.size() > 1)
            ++recordsByWidth[record.size()];
    }
    DelimiterScore best;
    for (const auto& [width, count] : recordsByWidth)
        best = std::max(best, DelimiterScore {count, width});
    return best;
}

bool looksBinary(const QString& text)
{
    // Text has no NUL and few control characters; a zip, image or UTF-16 without BOM has many.
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != QChar(0x1A);
    };
    const QStringView head = QStringView(text).left(64 * 1024);
    const auto controls = std::count_if(head.begin(), head.end(), isControl);
    return text.contains(QChar(0)) || controls * 100 > head.size();
}

QList<Cell> toCells(const QList<QString>& record)
{
    QList<Cell> cells;
    cells.reserve(record.size());
    for (const QString& text : record) {
        Cell cell;
        cell.kind = text.isEmpty() ? Cell::Kind::Empty : Cell::Kind::Text;
        // A line break in a cell is LF, as in Excel's cells and in the .xlsx reader, whatever the file used.
        cell.text = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        cells.append(std::move(cell));
    }
    return cells;
}

struct DelimitedText {
    QChar delimiter;
    QStringView data;
};

// Excel's own hint, a first line "sep=;", names the delimiter and is not data; else it is detected.
DelimitedText delimiterAndData(QStringView text)
{
    static const QRegularExpression hint(QStringLiteral("^sep=(.)(\\r\\n|\\n|\\r|$)"));
    const QRegularExpressionMatch m = hint.match(text);
    if (m.hasMatch())
        return {m.capturedView(1).at(0), text.mid(m.capturedLength())};
    return {detectDelimiter(text), text};
}

} // namespace

QChar detectDelimiter(QStringView text)
{
    QChar best = u',';
    DelimiterScore bestScore = scoreDelimiter(text, best);
    for (QChar candidate : {QChar(u'\t'), QChar(u';')}) {
        const DelimiterScore score = scoreDelimiter(text, candidate);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

QList<QList<QString>> parseCsv(QStringView text, QChar delimiter)
{
    return CsvParser(text, delimiter).records();
}

ReadResult readCsv(QByteArrayView bytes, const QString& path)
{
    ReadResult result;
    result.workbook.path = path;
    const QString fileName = displayName(path);
    if (bytes.isEmpty()) {
        result.error = SheetTr::tr("%1: the file is empty").arg(fileName);
        return result;
    }
    const DecodedText decoded = decodeText(bytes);
    if (looksBinary(decoded.text)) {
        result.error = SheetTr::tr("%1: this is not a spreadsheet Mamori can read (not an .xlsx workbook nor CSV "
                                   "text); save it from Excel as .xlsx or .csv")
                           .arg(fileName);
        return result;
    }
    if (!decoded.valid) {
        result.error = SheetTr::tr("%1: the text is neither UTF-8 nor Shift_JIS (CP932); save it from Excel as "
                                   "\"CSV UTF-8\" or as .xlsx")
                           .arg(fileName);
        return result;
    }
    result.workbook.encoding = decoded.encoding;
    Sheet sheet;
    sheet.name = QFileInfo(path).completeBaseName();
    const auto [delimiter, data] = delimiterAndData(decoded.text);
    for (const QList<QString>& record : parseCsv(data, delimiter))
        sheet.rows.append(toCells(record));
    dropTrailingEmpties(sheet);
    result.workbook.sheets.append(std::move(sheet));
    return result;
}

ReadResult readCsvFile(const QString& path)
{
    FileBytes file = readWholeFile(path);
    if (!file.error.isEmpty())
        return failedRead(path, file.error);
    return readCsv(file.bytes, path);
}

} // namespace mamori::sheets
