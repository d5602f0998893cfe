#include "SheetReader.h"

#include "CsvReader.h"
#include "ReadSupport.h"
#include "XlsxReader.h"

namespace mamori::sheets {

ReadResult readSheetFile(const QString& path)
{
    FileBytes file = readWholeFile(path);
    if (!file.error.isEmpty())
        return failedRead(path, file.error);
    if (isZip(file.bytes) || isCompoundFile(file.bytes))
        return readXlsx(file.bytes, path);
    return readCsv(file.bytes, path);
}

} // namespace mamori::sheets
