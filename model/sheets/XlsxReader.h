#pragma once

// An .xlsx workbook as Sheets, with libzip and QXmlStreamReader: the sheets in the order of their
// tabs, shared and inline strings, numbers as Excel shows them, date cells (by their number format,
// 和暦 formats included, 1900 and 1904 date systems) as dates, merged ranges. A file that is not one
// (a CSV renamed, an old .xls, a password-protected workbook, a damaged or hostile zip) gives an
// error naming the file, never a crash.

#include "Sheet.h"

#include <QByteArray>
#include <QString>

namespace mamori::sheets {

/// Reads the .xlsx at `path`.
ReadResult readXlsxFile(const QString& path);

/// Reads .xlsx bytes as if from `path` (which names the errors).
ReadResult readXlsx(const QByteArray& bytes, const QString& path);

} // namespace mamori::sheets
