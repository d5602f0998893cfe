#include "ConsoleOutput.h"

#include <algorithm>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX // std::min and std::max below, not the macros
#endif
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

namespace mamori::cli {

namespace {

#ifdef Q_OS_WIN
/// The console behind `stream`, or null when it goes to a pipe or a file (GetConsoleMode fails there).
HANDLE consoleOf(FILE* stream)
{
    const HANDLE handle = GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE || !GetConsoleMode(handle, &mode))
        return nullptr;
    return handle;
}

bool writeConsole(HANDLE console, QStringView text)
{
    for (const QStringView piece : consolePieces(text, 8192)) {
        const auto* next = reinterpret_cast<const wchar_t*>(piece.utf16());
        DWORD left = DWORD(piece.size());
        while (left > 0) {
            DWORD written = 0;
            if (!WriteConsoleW(console, next, left, &written, nullptr) || written == 0)
                return false;
            next += written;
            left -= written;
        }
    }
    return true;
}
#endif

bool writeBytes(FILE* stream, QByteArrayView bytes)
{
    const auto size = size_t(bytes.size());
    return std::fwrite(bytes.data(), 1, size, stream) == size && std::fflush(stream) == 0;
}

} // namespace

ConsoleDevice::ConsoleDevice(ByteWriter bytes, TextWriter text)
    : m_bytes(std::move(bytes))
    , m_text(std::move(text))
    // A leading U+FEFF is text like any other here, not a byte order mark to drop.
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

std::unique_ptr<ConsoleDevice> ConsoleDevice::forBytes(ByteWriter write)
{
    return std::unique_ptr<ConsoleDevice>(new ConsoleDevice(std::move(write), {}));
}

std::unique_ptr<ConsoleDevice> ConsoleDevice::forText(TextWriter write)
{
    return std::unique_ptr<ConsoleDevice>(new ConsoleDevice({}, std::move(write)));
}

std::unique_ptr<ConsoleDevice> ConsoleDevice::forStandardStream(FILE* stream)
{
#ifdef Q_OS_WIN
    if (const HANDLE console = consoleOf(stream))
        return forText([console](QStringView text) { return writeConsole(console, text); });
    // Bytes as they are: without this the C runtime would write every "\n" as "\r\n", and a script
    // reading a pipe would get other bytes than on Linux.
    _setmode(_fileno(stream), _O_BINARY);
#endif
    return forBytes([stream](QByteArrayView bytes) { return writeBytes(stream, bytes); });
}

qint64 ConsoleDevice::writeData(const char* data, qint64 size)
{
    const QByteArrayView bytes(data, size);
    if (m_bytes)
        return m_bytes(bytes) ? size : -1;
    const QString text = m_decoder.decode(bytes);
    return text.isEmpty() || m_text(text) ? size : -1;
}

QList<QStringView> consolePieces(QStringView text, qsizetype maxUnits)
{
    maxUnits = std::max<qsizetype>(maxUnits, 2); // room for a surrogate pair
    QList<QStringView> pieces;
    while (!text.isEmpty()) {
        qsizetype n = std::min(text.size(), maxUnits);
        if (n < text.size() && text[n - 1].isHighSurrogate())
            --n;
        pieces.append(text.first(n));
        text = text.sliced(n);
    }
    return pieces;
}

} // namespace mamori::cli
