#pragma once

// Where every line mamori-cli prints goes: its standard output and error as QIODevices under the
// QTextStreams that all commands write to (main.cpp makes them, nothing else writes to stdout).
//
// A pipe or a file gets UTF-8 bytes, what scripts, tests and Excel's import read. A Windows console
// gets UTF-16 through WriteConsoleW: the console shows text in its code page (CP932 on a Japanese
// desktop), and UTF-8 bytes written there come out as mojibake. Linux and macOS terminals take UTF-8.

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>
#include <functional>
#include <memory>

namespace mamori::cli {

/// A write-only device that turns the UTF-8 bytes a QTextStream writes into text for a console, or
/// passes them on as they are. Invariant: exactly one of the two writers is set.
class ConsoleDevice : public QIODevice {
public:
    /// Writes all of `bytes`, or returns false.
    using ByteWriter = std::function<bool(QByteArrayView bytes)>;
    /// Writes all of `text` to a console, or returns false.
    using TextWriter = std::function<bool(QStringView text)>;

    /// Bytes passed on unchanged (a pipe, a file, a Unix terminal).
    static std::unique_ptr<ConsoleDevice> forBytes(ByteWriter write);
    /// Text decoded from UTF-8 (a Windows console).
    static std::unique_ptr<ConsoleDevice> forText(TextWriter write);
    /// The device for `stream` (stdout or stderr) of this process, opened for writing.
    static std::unique_ptr<ConsoleDevice> forStandardStream(FILE* stream);

    bool isSequential() const override { return true; }
    /// Whether output goes to a console as text (never on Unix).
    bool writesText() const { return bool(m_text); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    ConsoleDevice(ByteWriter bytes, TextWriter text);

    ByteWriter m_bytes;
    TextWriter m_text;
    /// Keeps a UTF-8 sequence cut between two writes until its last byte arrives.
    QStringDecoder m_decoder {QStringDecoder::Utf8};
};

/// Splits `text` into pieces of at most `maxUnits` UTF-16 units without parting a surrogate pair:
/// WriteConsoleW is given bounded pieces (very long writes fail on older consoles).
QList<QStringView> consolePieces(QStringView text, qsizetype maxUnits);

} // namespace mamori::cli
