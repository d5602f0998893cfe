#include "TextDecoding.h"

#include "Cp932.h"
#include "SheetTr.h"

#include <QStringDecoder>

namespace mamori::sheets {

namespace {

DecodedText decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes, TextEncoding detected)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    DecodedText out;
    out.text = decoder.decode(bytes);
    out.encoding = detected;
    out.valid = !decoder.hasError();
    return out;
}

} // namespace

DecodedText decodeText(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringDecoder::Utf8, bytes.sliced(3), TextEncoding::Utf8Bom);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringDecoder::Utf16LE, bytes.sliced(2), TextEncoding::Utf16LeBom);
    DecodedText utf8 = decodeWith(QStringDecoder::Utf8, bytes, TextEncoding::Utf8);
    if (utf8.valid)
        return utf8;
    DecodedText out;
    qsizetype invalid = 0;
    out.text = decodeCp932(bytes, &invalid);
    out.encoding = TextEncoding::Cp932;
    out.valid = invalid == 0;
    return out;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return SheetTr::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return SheetTr::tr("UTF-8 (BOM)");
    case TextEncoding::Utf16LeBom:
        return SheetTr::tr("UTF-16 (Unicode text)");
    case TextEncoding::Cp932:
        return SheetTr::tr("Shift_JIS (CP932)");
    case TextEncoding::None:
        break;
    }
    return QString();
}

} // namespace mamori::sheets
