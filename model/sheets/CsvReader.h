#pragma once

// A CSV (or tab- or semicolon-separated text) as one Sheet: RFC 4180 quoting (doubled quotes, line
// breaks inside quoted cells, CRLF or LF), the delimiter (or Excel's "sep=;" line) and the encoding detected. Every
// cell is Kind::Text (a CSV has no types; the mapping converts), line breaks in cells LF; trailing empty cells and rows
// are dropped, an empty row between rows is kept as an empty row.

#include "Sheet.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace mamori::sheets {

/// Reads the file at `path`; the sheet is named after the file's base name.
ReadResult readCsvFile(const QString& path);

/// Reads CSV bytes as if from `path` (which names the sheet and the errors).
ReadResult readCsv(QByteArrayView bytes, const QString& path);

/// The delimiter the text's first records use most consistently: ',', '\t' or ';' (',' when unclear).
QChar detectDelimiter(QStringView text);

/// The rows of the text split at `delimiter`, as written (no cell dropped).
QList<QList<QString>> parseCsv(QStringView text, QChar delimiter);

} // namespace mamori::sheets
