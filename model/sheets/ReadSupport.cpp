#include "ReadSupport.h"

#include "SheetTr.h"

#include "InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace mamori::sheets {

namespace {

// A compound file's directory names its streams in UTF-16LE: an encrypted OOXML package holds
// "EncryptedPackage", an .xls "Workbook" (Excel 97 and later) or "Book" (Excel 5).
bool containsStreamName(QByteArrayView bytes, QStringView name)
{
    QByteArray utf16;
    for (QChar c : name) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    return bytes.indexOf(utf16) >= 0;
}

} // namespace

QString localNumber(qint64 n)
{
    return QLocale().toString(n);
}

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

FileBytes readWholeFile(const QString& path)
{
    FileBytes out;
    InputFile::Bytes file = InputFile::read(path, kMaxFileBytes);
    if (!file.ok())
        out.error = SheetTr::tr("%1: %2").arg(displayName(path), file.error);
    else
        out.bytes = std::move(file.bytes);
    return out;
}

ReadResult failedRead(const QString& path, const QString& error)
{
    ReadResult result;
    result.workbook.path = path;
    result.error = error;
    return result;
}

bool isZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

bool isCompoundFile(QByteArrayView bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0");
}

QString compoundFileError(QByteArrayView bytes, const QString& path)
{
    if (containsStreamName(bytes, u"EncryptedPackage"))
        return SheetTr::tr("%1: the workbook is protected by a password; remove the password in Excel and save "
                           "it again as .xlsx")
            .arg(displayName(path));
    if (containsStreamName(bytes, u"Workbook") || containsStreamName(bytes, u"Book"))
        return SheetTr::tr("%1: this is an old Excel file (.xls); open it in Excel and save it as .xlsx or .csv")
            .arg(displayName(path));
    return SheetTr::tr("%1: this is an old Office file or a password-protected workbook; save it from Excel as "
                       ".xlsx or .csv, without a password")
        .arg(displayName(path));
}

void dropTrailingEmpties(Sheet& sheet)
{
    for (QList<Cell>& row : sheet.rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    while (!sheet.rows.isEmpty() && sheet.rows.last().isEmpty())
        sheet.rows.removeLast();
}

} // namespace mamori::sheets
