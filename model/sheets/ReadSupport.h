#pragma once

// What the sheet readers share: reading a file whole with its errors in the user's words, the limits
// that keep a hostile file from exhausting memory, recognising Office's old binary container, and
// dropping trailing empty cells and rows.

#include "InputLimits.h"
#include "Sheet.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mamori::sheets {

/// The largest file read (limits::kSheetBytes, 100 MB), and the most an .xlsx may unpack to (all its
/// parts together): a zip bomb stops here. A 10,000-row inventory is a few MB.
constexpr qint64 kMaxFileBytes = limits::kSheetBytes;
constexpr qint64 kMaxUnpackedBytes = 200 * 1024 * 1024;
/// The most cells a sheet may span (rows times their width): 100,000 rows of 50 columns.
constexpr qint64 kMaxCells = 5'000'000;

struct FileBytes {
    QByteArray bytes;
    QString error; ///< the file named, translated; empty when read
};

/// Reads the whole file, refusing one larger than kMaxFileBytes.
FileBytes readWholeFile(const QString& path);

/// A result that says only why the file at `path` was not read.
ReadResult failedRead(const QString& path, const QString& error);

/// A number as the messages show it (1,000 in English), to pass to QString::arg with other texts in
/// one call: a second arg() call would replace a "%1" in a file or sheet name given to the first.
QString localNumber(qint64 n);

/// The name the messages give a file: its name without the folder, as the user saw it.
QString displayName(const QString& path);

bool isZip(QByteArrayView bytes);
/// An OLE compound file (D0 CF 11 E0): an old .xls, or any .xlsx saved with a password.
bool isCompoundFile(QByteArrayView bytes);

/// Why a compound file cannot be read, naming the file: an encrypted workbook or an old .xls.
QString compoundFileError(QByteArrayView bytes, const QString& path);

/// Drops each row's trailing empty cells, then the trailing empty rows; empty rows between rows stay.
void dropTrailingEmpties(Sheet& sheet);

} // namespace mamori::sheets
