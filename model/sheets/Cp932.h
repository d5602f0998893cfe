#pragma once

// CP932 (Windows-31J), the "Shift_JIS" of Japanese Windows and of Excel's CSV, decoded and encoded
// from a table generated once from Python's codec (scripts/make-cp932-table.py), so it is the same on
// every platform whether or not Qt has ICU. It has the NEC and IBM extensions that Shift_JIS lacks:
// ①, ㈱, 髙, 﨑 round-trip.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace mamori::sheets {

/// Decodes CP932 bytes. A byte sequence that means nothing becomes U+FFFD; their number is added to
/// `invalidSequences` when given (0 means the bytes were valid CP932).
QString decodeCp932(QByteArrayView bytes, qsizetype* invalidSequences = nullptr);

/// Encodes to CP932. A character CP932 does not have becomes '?'; each distinct one is appended to
/// `unencodable` when given, in the order met, so the caller can name them.
QByteArray encodeCp932(QStringView text, QString* unencodable = nullptr);

} // namespace mamori::sheets
