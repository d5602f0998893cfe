#pragma once

// Writes JSON as it goes, in exactly the bytes QJsonDocument::toJson(Indented) gives for the same
// document, so that a 50 MB assessment reaches its file or pipe without first being built as a
// QJsonDocument (which took most of `mamori-cli assess --json`'s time and memory at 10,000 assets).
//
// QJsonObject keeps its keys sorted; the writer does not sort. Callers write every object's keys in
// ascending order (as QString compares them), which the writer checks in debug builds.

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <string>

namespace mamori {

class JsonStreamWriter {
public:
    /// Writes to `device` (open for writing) in chunks; nothing is written before the first chunk fills.
    explicit JsonStreamWriter(QIODevice* device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's key, inside an object.
    void key(QStringView name);

    void string(QStringView text);
    void number(double value); ///< as a QJsonValue double: shortest round-trip form, null if not finite
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    /// Any value, written as QJsonDocument writes it (objects in their sorted order).
    void value(const QJsonValue& value);
    /// Writes `list` as an array of strings.
    void strings(const QList<QString>& list);

    /// Ends the document (the newline after the top level) and writes what is left; false when the
    /// device reported a write error at any point.
    bool finish();

private:
    /// The escaped UTF-8 of `text` (without the quotes), as QJsonDocument writes strings.
    void appendEscaped(QStringView text);

    struct Level {
        bool object = false;
        qsizetype count = 0;
        QString lastKey; ///< debug check of the key order
    };
    void beforeValue();
    void open(char bracket, bool object);
    void close(char bracket);
    void indent(qsizetype depth);
    void flushIfFull();

    QIODevice* m_device;
    std::string m_buffer; ///< std::string: its appends are inline, a QByteArray append is a call
    QList<Level> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace mamori
