#pragma once

// The parts of an .xlsx other than the sheets, each parsed from its XML: the relationships (which
// file holds which part), the workbook (the sheets' names and order, the date system), the shared
// strings and the cell styles (which cells are dates). Each parse gives its value and, for XML
// that is not well formed, the line of the error.

#include "XlsxNumberFormats.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace mamori::sheets::xlsx {

/// Where the XML of a part broke; line 0 when it did not.
struct XmlProblem {
    qint64 line = 0;
    bool failed() const { return line > 0; }
    static XmlProblem of(const QXmlStreamReader& xml);
};

struct Relationship {
    QString type; ///< the last segment of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument"
    QString target; ///< the part's name in the package, resolved ("xl/worksheets/sheet1.xml")
};

struct Relationships {
    QHash<QString, Relationship> byId;
    XmlProblem problem;
    /// The target of the first relationship of `type`, or `fallback`.
    QString targetOfType(QStringView type, const QString& fallback) const;
};

/// The relationships part that belongs to `partName` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
QString relationshipsPartOf(const QString& partName);
/// Parses a .rels part; targets are resolved against the folder of `partName`, the part they belong to.
Relationships parseRelationships(const QByteArray& xml, const QString& partName);

struct WorkbookInfo {
    struct SheetEntry {
        QString name;
        QString relationshipId;
    };
    QList<SheetEntry> sheets; ///< in the order of the tabs
    bool date1904 = false;
    XmlProblem problem;
};
WorkbookInfo parseWorkbook(const QByteArray& xml);

struct SharedStrings {
    QList<QString> strings;
    XmlProblem problem;
};
SharedStrings parseSharedStrings(const QByteArray& xml);

struct Styles {
    QList<NumberFormatKind> kinds; ///< by cellXfs index (a cell's s="…"): what its number format shows
    XmlProblem problem;
    NumberFormatKind kind(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < kinds.size() ? kinds[styleIndex] : NumberFormatKind::Plain;
    }
};
Styles parseStyles(const QByteArray& xml);

/// The text of a rich text element (<si>, <is>) the reader stands on: the <t> of each run joined,
/// phonetic guides (<rPh>, furigana) left out, `_x000D_` escapes decoded, CRLF made LF. Whitespace
/// at the ends of a <t> is kept only under xml:space="preserve" or when it is all the <t> holds, as
/// Excel does.
QString readRichText(QXmlStreamReader& xml);

/// Decodes the `_xHHHH_` escapes OOXML writes for characters XML cannot hold (`_x005F_` is '_').
QString decodeEscapes(const QString& text);

} // namespace mamori::sheets::xlsx
