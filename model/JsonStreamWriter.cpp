#include "JsonStreamWriter.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

constexpr qsizetype kChunkBytes = 1 << 16;

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice* device)
    : m_device(device)
{
    m_buffer.reserve(std::size_t(kChunkBytes) + 4096);
}

void JsonStreamWriter::indent(qsizetype depth)
{
    m_buffer.append(std::size_t(4 * depth), ' ');
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) { // the key wrote the separator and the indentation already
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    Q_ASSERT(!level.object); // an object's members start with key()
    if (level.count++ > 0)
        m_buffer.append(",\n");
    indent(m_levels.size());
}

void JsonStreamWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey);
    Level& level = m_levels.last();
    Q_ASSERT(level.count == 0 || level.lastKey < name);
#ifndef QT_NO_DEBUG
    level.lastKey = name.toString();
#endif
    if (level.count++ > 0)
        m_buffer.append(",\n");
    indent(m_levels.size());
    m_buffer.push_back('"');
    appendEscaped(name);
    m_buffer.append("\": ");
    m_afterKey = true;
}

void JsonStreamWriter::open(char bracket, bool object)
{
    beforeValue();
    m_buffer.push_back(bracket);
    m_buffer.push_back('\n');
    m_levels.append({object, 0, {}});
}

void JsonStreamWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    if (m_levels.takeLast().count > 0)
        m_buffer.push_back('\n');
    indent(m_levels.size());
    m_buffer.push_back(bracket);
    flushIfFull();
}

void JsonStreamWriter::beginObject()
{
    open('{', true);
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[', false);
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::string(QStringView text)
{
    beforeValue();
    m_buffer.push_back('"');
    appendEscaped(text);
    m_buffer.push_back('"');
    flushIfFull();
}

void JsonStreamWriter::number(double value)
{
    beforeValue();
    if (std::isfinite(value))
        m_buffer.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest).constData());
    else
        m_buffer.append("null");
}

void JsonStreamWriter::integer(qint64 value)
{
    beforeValue();
    m_buffer.append(std::to_string(value));
}

void JsonStreamWriter::boolean(bool value)
{
    beforeValue();
    m_buffer.append(value ? "true" : "false");
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_buffer.append("null");
}

void JsonStreamWriter::strings(const QList<QString>& list)
{
    beginArray();
    for (const QString& s : list)
        string(s);
    endArray();
}

void JsonStreamWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        // QJsonValue keeps whole numbers given as integers apart from doubles, and writes them apart.
        if (const QCborValue c = QCborValue::fromJsonValue(v); c.isInteger())
            integer(c.toInteger());
        else
            number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue& item : v.toArray())
            value(item);
        endArray();
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        beginObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonStreamWriter::appendEscaped(QStringView text)
{
    std::string& out = m_buffer;
    // UTF-8 by hand: this runs for every string of a 50 MB assessment, and QString::toUtf8 allocates
    // for each. A string with surrogates (outside the BMP) goes through Qt's encoder, as the document does.
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            out.push_back(char(c));
        } else if (c >= 0x80 && c < 0x800) {
            out.push_back(char(0xc0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3f)));
        } else if (c >= 0x800 && !QChar::isSurrogate(c)) {
            out.push_back(char(0xe0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            out.push_back(char(0x80 | (c & 0x3f)));
        } else if (c >= 0x800) {
            const qsizetype end = std::find_if(text.begin() + i, text.end(), [](QChar ch) {
                return ch.unicode() < 0x800;
            }) - text.begin();
            const QByteArray utf8 = text.sliced(i, end - i).toUtf8();
            out.append(utf8.constData(), std::size_t(utf8.size()));
            i = end - 1;
        } else {
            out.push_back('\\');
            switch (c) {
            case u'"':
                out.push_back('"');
                break;
            case u'\\':
                out.push_back('\\');
                break;
            case u'\b':
                out.push_back('b');
                break;
            case u'\f':
                out.push_back('f');
                break;
            case u'\n':
                out.push_back('n');
                break;
            case u'\r':
                out.push_back('r');
                break;
            case u'\t':
                out.push_back('t');
                break;
            default:
                out.append("u00");
                out.push_back(hex[(c >> 4) & 0xf]);
                out.push_back(hex[c & 0xf]);
            }
        }
    }
}

void JsonStreamWriter::flushIfFull()
{
    if (m_buffer.size() < std::size_t(kChunkBytes))
        return;
    // After a failed write the rest is made but not written: the caller learns of it from finish().
    if (!m_failed && m_device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
}

bool JsonStreamWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty());
    m_buffer.push_back('\n');
    if (!m_failed && m_device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace mamori
