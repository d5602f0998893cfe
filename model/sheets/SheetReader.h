#pragma once

// The one entry point of the importers: a spreadsheet file read by what it contains, whatever its
// name says: a zip is an .xlsx, an OLE compound file an old .xls or a password-protected workbook
// (refused with what to do), anything else CSV text.

#include "Sheet.h"

#include <QString>

namespace mamori::sheets {

ReadResult readSheetFile(const QString& path);

} // namespace mamori::sheets
