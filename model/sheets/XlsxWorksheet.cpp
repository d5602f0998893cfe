#include "XlsxWorksheet.h"

#include "ReadSupport.h"
#include "XlsxNumberFormats.h"

#include <QXmlStreamReader>

#include <cmath>

namespace mamori::sheets::xlsx {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRows = 1'048'576, kMaxColumns = 16'384; // Excel's own limits

class WorksheetParser {
public:
    WorksheetParser(const QByteArray& data, const WorksheetContext& context)
        : m_xml(data)
        , m_context(context)
    {
    }

    WorksheetResult parse()
    {
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"row")
                readRow();
            else if (m_xml.name() == u"mergeCell")
                readMergeCell();
        }
        WorksheetResult out;
        out.problem = XmlProblem::of(m_xml);
        out.tooManyCells = m_tooManyCells;
        dropTrailingEmpties(m_sheet);
        out.sheet = std::move(m_sheet);
        return out;
    }

private:
    void readRow()
    {
        const QStringView r = m_xml.attributes().value("r"_L1);
        m_row = r.isEmpty() ? m_row + 1 : r.toInt() - 1;
        m_column = -1;
        if (m_row < 0 || m_row >= kMaxRows) {
            m_xml.raiseError(QStringLiteral("row number out of range"));
            return;
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"c")
                readCell();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readCell()
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        if (a.hasAttribute("r"_L1)) {
            const std::optional<CellReference> ref = parseCellReference(a.value("r"_L1));
            if (!ref) {
                m_xml.raiseError(QStringLiteral("bad cell reference"));
                return;
            }
            m_row = ref->row; // a cell names its row too, and that is what Excel trusts
            m_column = ref->column;
        } else {
            ++m_column;
        }
        const QString type = a.value("t"_L1).toString();
        const int style = a.value("s"_L1).toInt();
        QString value, inlineText;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"v")
                value = m_xml.readElementText();
            else if (m_xml.name() == u"is")
                inlineText = readRichText(m_xml);
            else
                m_xml.skipCurrentElement(); // <f>: the formula; its cached value is in <v>
        }
        Cell cell = makeCell(type, value, inlineText, style);
        if (cell.kind != Cell::Kind::Empty)
            place(std::move(cell));
    }

    Cell makeCell(const QString& type, const QString& value, const QString& inlineText, int style)
    {
        Cell cell;
        cell.kind = Cell::Kind::Text;
        if (type == u"s")
            cell.text = sharedString(value);
        else if (type == u"str" || type == u"e") // a formula's text, an error such as #N/A
            cell.text = value;
        else if (type == u"inlineStr")
            cell.text = inlineText;
        else if (type == u"b")
            makeBoolean(cell, value);
        else if (type == u"d")
            makeDate(cell, QDate::fromString(value.left(10), Qt::ISODate), value);
        else
            makeNumber(cell, value, style);
        if (cell.kind == Cell::Kind::Text && cell.text.isEmpty())
            cell.kind = Cell::Kind::Empty;
        return cell;
    }

    QString sharedString(const QString& value)
    {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_context.strings.strings.size()) {
            m_xml.raiseError(QStringLiteral("shared string out of range"));
            return QString();
        }
        return m_context.strings.strings[index];
    }

    static void makeBoolean(Cell& cell, const QString& value)
    {
        const bool on = value.trimmed() == u"1" || value.trimmed() == u"true";
        cell.kind = Cell::Kind::Boolean;
        cell.number = on ? 1.0 : 0.0;
        cell.text = on ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }

    static void makeDate(Cell& cell, QDate date, const QString& otherwise)
    {
        if (!date.isValid()) {
            cell.text = otherwise;
            return;
        }
        cell.kind = Cell::Kind::Date;
        cell.date = date;
        cell.text = date.toString(Qt::ISODate);
    }

    void makeNumber(Cell& cell, const QString& value, int style)
    {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok) {
            cell.text = value; // not a number after all: keep what the file says
            return;
        }
        const NumberFormatKind format = m_context.styles.kind(style);
        if (format == NumberFormatKind::Date) {
            if (const std::optional<QDate> date = dateFromSerial(number, m_context.date1904)) {
                makeDate(cell, *date, value);
                return;
            }
        }
        cell.kind = Cell::Kind::Number;
        cell.number = number;
        // The text is what Excel shows: 進捗率 0.5 in a percent format reads 50%.
        cell.text = format == NumberFormatKind::Percent ? numberText(number * 100) + u'%' : numberText(number);
    }

    void place(Cell cell)
    {
        if (m_column < 0 || m_column >= kMaxColumns) {
            m_xml.raiseError(QStringLiteral("column out of range"));
            return;
        }
        if (m_sheet.rows.size() <= m_row)
            m_sheet.rows.resize(m_row + 1);
        QList<Cell>& row = m_sheet.rows[m_row];
        if (row.size() <= m_column) {
            m_cells += m_column + 1 - row.size();
            if (m_cells > kMaxCells) {
                m_tooManyCells = true;
                m_xml.raiseError(QStringLiteral("too many cells"));
                return;
            }
            row.resize(m_column + 1);
        }
        row[m_column] = std::move(cell);
    }

    void readMergeCell()
    {
        const QStringView ref = m_xml.attributes().value("ref"_L1);
        const qsizetype colon = ref.indexOf(u':');
        const std::optional<CellReference> first = parseCellReference(ref.left(colon));
        const std::optional<CellReference> last = colon < 0 ? first : parseCellReference(ref.mid(colon + 1));
        if (!first || !last) {
            m_xml.raiseError(QStringLiteral("bad merged range"));
            return;
        }
        m_sheet.merged.append({std::min(first->row, last->row), std::min(first->column, last->column),
            std::max(first->row, last->row), std::max(first->column, last->column)});
    }

    QXmlStreamReader m_xml;
    const WorksheetContext& m_context;
    Sheet m_sheet;
    int m_row = -1, m_column = -1;
    qint64 m_cells = 0;
    bool m_tooManyCells = false;
};

} // namespace

std::optional<CellReference> parseCellReference(QStringView reference)
{
    qsizetype i = 0;
    qint64 column = 0;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 0x80; ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return std::nullopt;
    }
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > kMaxRows || !reference[i].isDigit())
        return std::nullopt;
    return CellReference {row - 1, int(column - 1)};
}

QString numberText(double value)
{
    // Whole numbers (ids, counts, costs) are most cells: the integer path is faster and gives the same
    // text below 10^15, where 'g' would switch to an exponent; and -0 shows as 0, as in Excel.
    constexpr double kWholeLimit = 1e15;
    if (value == std::trunc(value) && std::abs(value) < kWholeLimit)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

WorksheetResult parseWorksheet(const QByteArray& data, const WorksheetContext& context)
{
    return WorksheetParser(data, context).parse();
}

} // namespace mamori::sheets::xlsx
