#include "XlsxReader.h"

#include "ReadSupport.h"
#include "SheetTr.h"
#include "XlsxPackage.h"
#include "XlsxParts.h"
#include "XlsxWorksheet.h"

namespace mamori::sheets {

using namespace xlsx;

namespace {

// Reads the parts of one workbook; the first problem met ends the reading with its message.
class WorkbookReader {
public:
    WorkbookReader(const QByteArray& bytes, const QString& path)
        : m_bytes(bytes)
        , m_path(path)
    {
    }

    ReadResult read()
    {
        ReadResult result;
        result.workbook.path = m_path;
        if (!openPackage()) {
            result.error = m_error;
            return result;
        }
        QList<Sheet> sheets = readSheets();
        if (!m_error.isEmpty())
            result.error = m_error;
        else
            result.workbook.sheets = std::move(sheets);
        return result;
    }

private:
    bool openPackage()
    {
        if (isCompoundFile(m_bytes))
            return fail(compoundFileError(m_bytes, m_path));
        if (!isZip(m_bytes))
            return fail(SheetTr::tr("%1: the file is not an Excel workbook (.xlsx)").arg(name()));
        if (!m_package.open(m_bytes)) // a zip's start without its end: a download or copy cut short
            return fail(damaged(SheetTr::tr("the zip file is incomplete or broken")));
        if (m_package.contains(QStringLiteral("xl/workbook.bin")))
            return fail(SheetTr::tr("%1: this is an Excel binary workbook (.xlsb); save it from Excel as .xlsx or .csv")
                            .arg(name()));
        const Relationships root = relationships(QStringLiteral("_rels/.rels"), QString(), false);
        m_workbookPart = root.targetOfType(u"officeDocument", QStringLiteral("xl/workbook.xml"));
        if (m_error.isEmpty() && !m_package.contains(m_workbookPart))
            return fail(SheetTr::tr("%1: this zip file is not an Excel workbook (.xlsx); save it as .xlsx or .csv")
                            .arg(name()));
        return m_error.isEmpty();
    }

    QList<Sheet> readSheets()
    {
        const WorkbookInfo info = parsePart<WorkbookInfo>(m_workbookPart, true, parseWorkbook);
        const Relationships rels = relationships(relationshipsPartOf(m_workbookPart), m_workbookPart, true);
        const SharedStrings strings = parsePart<SharedStrings>(
            rels.targetOfType(u"sharedStrings", QStringLiteral("xl/sharedStrings.xml")), false, parseSharedStrings);
        const Styles styles
            = parsePart<Styles>(rels.targetOfType(u"styles", QStringLiteral("xl/styles.xml")), false, parseStyles);
        if (!m_error.isEmpty())
            return {};
        const WorksheetContext context {strings, styles, info.date1904};
        QList<Sheet> sheets;
        for (const WorkbookInfo::SheetEntry& entry : info.sheets) {
            const auto rel = rels.byId.constFind(entry.relationshipId);
            if (m_error.isEmpty() && rel == rels.byId.cend())
                fail(damaged(SheetTr::tr("the sheet \"%1\" has no part").arg(entry.name)));
            if (!m_error.isEmpty())
                return {};
            if (rel->type != u"worksheet")
                continue; // a chart sheet or a dialog sheet: no cells
            sheets.append(readWorksheet(entry.name, rel->target, context));
        }
        return sheets;
    }

    Sheet readWorksheet(const QString& sheetName, const QString& part, const WorksheetContext& context)
    {
        const QByteArray data = unpack(part);
        if (!m_error.isEmpty())
            return {};
        WorksheetResult parsed = parseWorksheet(data, context);
        if (parsed.tooManyCells)
            fail(SheetTr::tr("%1: the sheet \"%2\" has more than %3 cells; Mamori reads sheets up to that size")
                     .arg(name(), sheetName, localNumber(kMaxCells)));
        else
            checkXml(parsed.problem, part);
        parsed.sheet.name = sheetName;
        return std::move(parsed.sheet);
    }

    Relationships relationships(const QString& part, const QString& owner, bool required)
    {
        return parsePart<Relationships>(
            part, required, [&owner](const QByteArray& data) { return parseRelationships(data, owner); });
    }

    // Unpacks and parses one part; an optional part that is not there gives an empty value.
    template <typename T, typename Parse> T parsePart(const QString& part, bool required, Parse parse)
    {
        if (!m_error.isEmpty() || (!required && !m_package.contains(part)))
            return T {};
        const QByteArray data = unpack(part);
        if (!m_error.isEmpty())
            return T {};
        T value = parse(data);
        checkXml(value.problem, part);
        return value;
    }

    QByteArray unpack(const QString& part)
    {
        if (!m_error.isEmpty())
            return {};
        XlsxPackage::Part p = m_package.part(part);
        switch (p.status) {
        case XlsxPackage::Part::Status::Ok:
            return p.data;
        case XlsxPackage::Part::Status::Missing:
            fail(damaged(SheetTr::tr("its part %1 is missing").arg(part)));
            break;
        case XlsxPackage::Part::Status::TooLarge:
            fail(SheetTr::tr("%1: the workbook unpacks to more than %2 MB; Mamori reads workbooks up to that size "
                             "(is the file damaged?)")
                     .arg(name(), localNumber(kMaxUnpackedBytes / (1024 * 1024))));
            break;
        case XlsxPackage::Part::Status::Damaged:
            fail(damaged(SheetTr::tr("its part %1 cannot be unpacked (%2)").arg(part, p.detail)));
            break;
        }
        return {};
    }

    bool checkXml(const XmlProblem& problem, const QString& part)
    {
        if (problem.failed() && m_error.isEmpty())
            fail(damaged(SheetTr::tr("its part %1 cannot be read (line %2)").arg(part, localNumber(problem.line))));
        return m_error.isEmpty();
    }

    QString damaged(const QString& why) const
    {
        return SheetTr::tr("%1: the workbook is damaged: %2").arg(name(), why);
    }

    bool fail(const QString& error)
    {
        m_error = error;
        return false;
    }

    QString name() const { return displayName(m_path); }

    const QByteArray& m_bytes;
    QString m_path;
    XlsxPackage m_package;
    QString m_workbookPart;
    QString m_error;
};

} // namespace

ReadResult readXlsx(const QByteArray& bytes, const QString& path)
{
    return WorkbookReader(bytes, path).read();
}

ReadResult readXlsxFile(const QString& path)
{
    FileBytes file = readWholeFile(path);
    if (!file.error.isEmpty())
        return failedRead(path, file.error);
    return readXlsx(file.bytes, path);
}

} // namespace mamori::sheets
