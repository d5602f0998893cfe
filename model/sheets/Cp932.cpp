#include "Cp932.h"

#include <array>
#include <cstdint>

namespace mamori::sheets {

namespace {

#include "Cp932Table.inc"

constexpr char16_t kNone = 0xFFFF; // no character (decoding) or no byte sequence (encoding)
constexpr int kTrailFirst = 0x40, kTrailLast = 0xFC, kTrailCount = kTrailLast - kTrailFirst + 1;

bool isLead(uint8_t b)
{
    return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
}

int leadIndex(uint8_t b)
{
    return b <= 0x9F ? b - 0x81 : b - 0xE0 + (0x9F - 0x81 + 1);
}

char16_t decodePair(uint8_t lead, uint8_t trail)
{
    if (trail < kTrailFirst || trail > kTrailLast)
        return 0;
    return kCp932Double[leadIndex(lead) * kTrailCount + (trail - kTrailFirst)];
}

// Character → byte sequence (one byte below 0x100), the first in byte order where several decode to
// the same character: that is the choice of Python's encoder (the generator checks it).
using EncodeTable = std::array<char16_t, 0x10000>;

EncodeTable makeEncodeTable()
{
    EncodeTable table;
    table.fill(kNone);
    for (int b = 0; b < 256; ++b) {
        if (kCp932Single[b] != kNone && table[kCp932Single[b]] == kNone)
            table[kCp932Single[b]] = char16_t(b);
    }
    for (int lead = 0; lead < 256; ++lead) {
        if (!isLead(uint8_t(lead)))
            continue;
        for (int trail = kTrailFirst; trail <= kTrailLast; ++trail) {
            const char16_t ch = decodePair(uint8_t(lead), uint8_t(trail));
            if (ch != 0 && table[ch] == kNone)
                table[ch] = char16_t((lead << 8) | trail);
        }
    }
    for (const auto& pair : kCp932EncodeOnly)
        table[pair[0]] = pair[1];
    return table;
}

const EncodeTable& encodeTable()
{
    static const EncodeTable table = makeEncodeTable();
    return table;
}

void noteUnencodable(QString* unencodable, QStringView ch)
{
    if (unencodable && !unencodable->contains(ch))
        unencodable->append(ch);
}

} // namespace

QString decodeCp932(QByteArrayView bytes, qsizetype* invalidSequences)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype invalid = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uint8_t(bytes[i]);
        if (!isLead(b)) {
            const char16_t ch = kCp932Single[b];
            invalid += ch == kNone;
            out.append(QChar(ch == kNone ? char16_t(QChar::ReplacementCharacter) : ch));
            continue;
        }
        const char16_t ch = i + 1 < bytes.size() ? decodePair(b, uint8_t(bytes[i + 1])) : 0;
        if (ch == 0) {
            ++invalid;
            out.append(QChar::ReplacementCharacter);
            // A trail byte in range belongs to this pair; anything else starts the next character.
            const bool trailInRange
                = i + 1 < bytes.size() && uint8_t(bytes[i + 1]) >= kTrailFirst && uint8_t(bytes[i + 1]) <= kTrailLast;
            i += trailInRange;
            continue;
        }
        out.append(QChar(ch));
        ++i;
    }
    if (invalidSequences)
        *invalidSequences += invalid;
    return out;
}

QByteArray encodeCp932(QStringView text, QString* unencodable)
{
    const EncodeTable& table = encodeTable();
    QByteArray out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            // Beyond the BMP: CP932 has none of those characters (𠮷 needs UTF-8).
            noteUnencodable(unencodable, text.mid(i, 2));
            out.append('?');
            ++i;
            continue;
        }
        const char16_t code = table[ch.unicode()];
        if (code == kNone || ch.isSurrogate()) {
            noteUnencodable(unencodable, text.mid(i, 1));
            out.append('?');
        } else if (code < 0x100) {
            out.append(char(code));
        } else {
            out.append(char(code >> 8));
            out.append(char(code & 0xFF));
        }
    }
    return out;
}

} // namespace mamori::sheets
