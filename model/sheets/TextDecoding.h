#pragma once

// The text of a CSV whatever Excel or a department saved it as: UTF-8 with a BOM ("CSV UTF-8"),
// UTF-8 without one, UTF-16LE with a BOM ("Unicode text") or CP932 ("CSV", Japanese Windows).

#include "Sheet.h"

#include <QByteArrayView>
#include <QString>

namespace mamori::sheets {

struct DecodedText {
    QString text; ///< without the BOM
    TextEncoding encoding = TextEncoding::None;
    bool valid = true; ///< false: the bytes are not valid in the detected encoding (U+FFFD stand in)
};

/// Detects the encoding by the BOM, else by whether the bytes are valid UTF-8 (ASCII is), else CP932.
DecodedText decodeText(QByteArrayView bytes);

/// The encoding's name for the user ("UTF-8 (BOM)", "CP932 (Shift_JIS)"), translated.
QString encodingName(TextEncoding encoding);

} // namespace mamori::sheets
