#include "XlsxParts.h"

#include "ReadSupport.h"
#include "XlsxNumberFormats.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace mamori::sheets::xlsx {

using namespace Qt::StringLiterals;

namespace {

QString lastSegment(QStringView uri)
{
    return uri.mid(uri.lastIndexOf(u'/') + 1).toString();
}

// Whether an attribute of the relationships namespace (r:id) whatever its prefix: transitional and
// strict OOXML use different namespace URIs for it.
QString relationshipIdOf(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return QString();
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// Reads the elements below the current one, calling `onElement` for each start element; the
// callback may consume the element (readElementText, skipCurrentElement) or leave it to be descended.
template <typename F> void forEachElement(QXmlStreamReader& xml, F onElement)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            onElement();
    }
}

QString readTextElement(QXmlStreamReader& xml)
{
    const bool preserve = xml.attributes().value("xml:space"_L1) == u"preserve";
    QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (preserve)
        return text;
    // Excel trims the ends of a text without xml:space="preserve", but keeps a run that is only
    // whitespace (the space between two differently formatted words).
    const auto isXmlSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; };
    qsizetype first = 0, last = text.size();
    while (first < last && isXmlSpace(text[first]))
        ++first;
    while (last > first && isXmlSpace(text[last - 1]))
        --last;
    return first == last ? text : text.mid(first, last - first);
}

} // namespace

XmlProblem XmlProblem::of(const QXmlStreamReader& xml)
{
    return xml.hasError() ? XmlProblem {std::max<qint64>(1, xml.lineNumber())} : XmlProblem {};
}

QString Relationships::targetOfType(QStringView type, const QString& fallback) const
{
    for (const Relationship& r : byId) {
        if (r.type == type)
            return r.target;
    }
    return fallback;
}

QString relationshipsPartOf(const QString& partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    return partName.left(slash + 1) + QStringLiteral("_rels/") + partName.mid(slash + 1) + QStringLiteral(".rels");
}

Relationships parseRelationships(const QByteArray& data, const QString& partName)
{
    Relationships out;
    const QString folder = partName.left(partName.lastIndexOf(u'/') + 1);
    QXmlStreamReader xml(data);
    forEachElement(xml, [&] {
        if (xml.name() != u"Relationship" || xml.attributes().value("TargetMode"_L1) == u"External")
            return;
        const QXmlStreamAttributes a = xml.attributes();
        const QString target = a.value("Target"_L1).toString();
        // An absolute target is from the package's root; a relative one from the part's folder.
        const QString resolved = target.startsWith(u'/') ? target.mid(1) : folder + target;
        out.byId.insert(a.value("Id"_L1).toString(), {lastSegment(a.value("Type"_L1)), QDir::cleanPath(resolved)});
    });
    out.problem = XmlProblem::of(xml);
    return out;
}

WorkbookInfo parseWorkbook(const QByteArray& data)
{
    WorkbookInfo out;
    QXmlStreamReader xml(data);
    forEachElement(xml, [&] {
        if (xml.name() == u"workbookPr")
            out.date1904 = isTrue(xml.attributes().value("date1904"_L1));
        else if (xml.name() == u"sheet")
            out.sheets.append({xml.attributes().value("name"_L1).toString(), relationshipIdOf(xml.attributes())});
    });
    out.problem = XmlProblem::of(xml);
    return out;
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(QStringLiteral("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    // Left to right, each match consumed: "_x005F_x000D_" is "_" then the text "x000D_".
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.capturedView(1).toUInt(nullptr, 16)));
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += readTextElement(xml);
            else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr")
                xml.skipCurrentElement(); // furigana: the reading, not the text
            else
                ++depth; // <r>, <rPr> and their children: descend
        }
    }
    return decodeEscapes(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

SharedStrings parseSharedStrings(const QByteArray& data)
{
    SharedStrings out;
    QXmlStreamReader xml(data);
    forEachElement(xml, [&] {
        if (xml.name() != u"si")
            return;
        out.strings.append(readRichText(xml));
        // A few bytes each (<si/>), within the unpacking limit they could still take gigabytes.
        if (out.strings.size() > kMaxCells)
            xml.raiseError(QStringLiteral("too many shared strings"));
    });
    out.problem = XmlProblem::of(xml);
    return out;
}

Styles parseStyles(const QByteArray& data)
{
    Styles out;
    QHash<int, QString> customFormats;
    QList<int> cellFormats;
    // Only <numFmt> of <numFmts> and <xf> of <cellXfs> count: conditional formats (<dxfs>) have
    // <numFmt>s of their own, and <cellStyleXfs> has <xf>s that are not the cells' styles.
    enum class Section { Other, NumFmts, CellXfs } section = Section::Other;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && (xml.name() == u"numFmts" || xml.name() == u"cellXfs"))
            section = Section::Other;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmts")
            section = Section::NumFmts;
        else if (xml.name() == u"cellXfs")
            section = Section::CellXfs;
        else if (xml.name() == u"numFmt" && section == Section::NumFmts)
            customFormats.insert(a.value("numFmtId"_L1).toInt(), a.value("formatCode"_L1).toString());
        else if (xml.name() == u"xf" && section == Section::CellXfs)
            cellFormats.append(a.value("numFmtId"_L1).toInt());
    }
    out.problem = XmlProblem::of(xml);
    for (int id : cellFormats) {
        // A workbook may redefine a built-in id; its own code then decides.
        const auto custom = customFormats.constFind(id);
        out.kinds.append(custom != customFormats.cend() ? formatCodeKind(*custom) : builtInFormatKind(id));
    }
    return out;
}

} // namespace mamori::sheets::xlsx
