#include "sheets/XlsxWriter.h"

#include "FileReplace.h"
#include "SheetHeader.h"
#include "SheetTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <deque>
#include <map>

namespace mamori::sheets {

namespace {

/// Excel refuses sheet names longer than 31 characters or holding any of []:*?/\, and two sheets of
/// one name.
QString excelSheetName(QString name, const QStringList& taken)
{
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u'_');
    name = name.left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    const QString base = name;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

/// A drop-down fits in the validation itself when its values, joined by commas, stay within Excel's
/// 255 characters and hold no comma; longer lists go to a hidden sheet the validation refers to.
bool fitsInline(const QStringList& choices)
{
    return choices.join(QLatin1Char(',')).size() <= 255
        && std::none_of(choices.cbegin(), choices.cend(), [](const QString& c) { return c.contains(u','); });
}

/// Everything libxlsxwriter is given as char* must live until workbook_close.
class Strings {
public:
    const char* keep(const QString& s)
    {
        m_kept.push_back(s.toUtf8());
        return m_kept.back().constData();
    }

private:
    std::deque<QByteArray> m_kept;
};

struct Formats {
    lxw_format* header;
    lxw_format* date;
    lxw_format* wrap;
    lxw_format* title;
};

Formats makeFormats(lxw_workbook* book, Strings& strings, const QString& dateFormat)
{
    Formats f {
        workbook_add_format(book), workbook_add_format(book), workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.title);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE5EE);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(f.date, strings.keep(dateFormat));
    format_set_align(f.date, LXW_ALIGN_LEFT);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

/// The formats of a sheet's columns for Number cells (null: General), one format per distinct text.
class NumberFormats {
public:
    NumberFormats(lxw_workbook* book, Strings& strings)
        : m_book(book)
        , m_strings(strings)
    {
    }
    QList<lxw_format*> forColumns(const QStringList& formats)
    {
        QList<lxw_format*> out;
        for (const QString& text : formats) {
            if (text.isEmpty()) {
                out.append(nullptr);
                continue;
            }
            lxw_format*& f = m_made[text];
            if (!f) {
                f = workbook_add_format(m_book);
                format_set_num_format(f, m_strings.keep(text));
            }
            out.append(f);
        }
        return out;
    }

private:
    lxw_workbook* m_book;
    Strings& m_strings;
    std::map<QString, lxw_format*> m_made;
};

lxw_error writeCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t column, const Cell& cell, const Formats& formats,
    lxw_format* numberFormat, Strings& strings, bool wrap = false)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return LXW_NO_ERROR;
    case Cell::Kind::Number:
        return worksheet_write_number(ws, row, column, cell.number.value_or(0), numberFormat);
    case Cell::Kind::Boolean:
        return worksheet_write_boolean(ws, row, column, cell.number.value_or(0) != 0, nullptr);
    case Cell::Kind::Date:
        if (cell.date.isValid()) {
            lxw_datetime d {cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
            return worksheet_write_datetime(ws, row, column, &d, formats.date);
        }
        return LXW_NO_ERROR;
    case Cell::Kind::Text:
        if (cell.text.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(
            ws, row, column, strings.keep(cell.text), wrap || cell.text.contains(u'\n') ? formats.wrap : nullptr);
    }
    return LXW_NO_ERROR;
}

/// `columnFormat` (may be null) applies to the whole columns: cells a user fills in later wrap too.
void setWidths(lxw_worksheet* ws, const SheetOut& sheet, lxw_format* columnFormat)
{
    for (int c = 0; c < sheet.headers.size(); ++c) {
        if (sheet.widths.value(c) > 0) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.widths[c], columnFormat);
            continue;
        }
        double width = displayWidth(sheet.headers[c]);
        const qsizetype sampled = std::min<qsizetype>(sheet.rows.size(), 2000); // enough to judge a column
        for (qsizetype r = 0; r < sampled; ++r) {
            if (c < sheet.rows[r].size())
                width = std::max(width,
                    displayWidth(sheet.rows[r][c].kind == Cell::Kind::Date ? QStringLiteral("2026-12-31")
                                                                           : sheet.rows[r][c].text));
        }
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::clamp(width + 2, 8.0, 60.0), columnFormat);
    }
}

/// Where each long drop-down list went on the hidden sheet: "lists!$A$1:$A$40".
using ListRanges = std::map<QStringList, QString>;

void addValidations(lxw_worksheet* ws, const SheetOut& sheet, const ListRanges& ranges, Strings& strings)
{
    for (int c = 0; c < sheet.choices.size() && c < sheet.headers.size(); ++c) {
        const QStringList& choices = sheet.choices[c];
        if (choices.isEmpty())
            continue;
        lxw_data_validation v {};
        v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING; // a department may need another value: warn only
        std::vector<char*> list;
        if (fitsInline(choices)) {
            v.validate = LXW_VALIDATION_TYPE_LIST;
            for (const QString& choice : choices)
                list.push_back(const_cast<char*>(strings.keep(choice)));
            list.push_back(nullptr);
            v.value_list = list.data();
        } else {
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = const_cast<char*>(strings.keep(QLatin1Char('=') + ranges.at(choices)));
        }
        // The rows a department may add below the data get the list too.
        const auto first = lxw_row_t(sheet.titleRows.size() + 1);
        worksheet_data_validation_range(ws, first, lxw_col_t(c), 65535, lxw_col_t(c), &v);
    }
}

ListRanges writeLongLists(lxw_workbook* book, const QList<SheetOut>& sheets, const QString& listSheet, Strings& strings)
{
    ListRanges ranges;
    lxw_worksheet* ws = nullptr;
    for (const SheetOut& sheet : sheets) {
        for (const QStringList& choices : sheet.choices) {
            if (choices.isEmpty() || fitsInline(choices) || ranges.count(choices))
                continue;
            if (!ws) {
                ws = workbook_add_worksheet(book, strings.keep(listSheet));
                worksheet_hide(ws);
            }
            const int column = int(ranges.size());
            for (qsizetype r = 0; r < choices.size(); ++r)
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(column), strings.keep(choices[r]), nullptr);
            const QString letters = columnLetter(column);
            ranges[choices]
                = QStringLiteral("'%1'!$%2$1:$%2$%3").arg(listSheet, letters, QString::number(choices.size()));
        }
    }
    return ranges;
}

/// The title rows, the header and the data of one sheet, or where a cell could not be written.
QString writeRows(lxw_worksheet* ws, const SheetOut& sheet, const QString& name, const Formats& formats,
    const QList<lxw_format*>& columnFormats, Strings& strings)
{
    const auto header = lxw_row_t(sheet.titleRows.size());
    for (qsizetype r = 0; r < sheet.titleRows.size(); ++r) {
        for (int c = 0; c < sheet.titleRows[r].size(); ++c) {
            const Cell& cell = sheet.titleRows[r][c];
            if (c == 0 && cell.kind == Cell::Kind::Text && !cell.text.isEmpty())
                worksheet_write_string(ws, lxw_row_t(r), 0, strings.keep(cell.text), formats.title);
            else
                writeCell(ws, lxw_row_t(r), lxw_col_t(c), cell, formats, nullptr, strings);
        }
    }
    for (int c = 0; c < sheet.headers.size(); ++c)
        worksheet_write_string(ws, header, lxw_col_t(c), strings.keep(sheet.headers[c]), formats.header);
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        for (int c = 0; c < sheet.rows[r].size(); ++c) {
            if (const lxw_error e = writeCell(ws, lxw_row_t(header + 1 + r), lxw_col_t(c), sheet.rows[r][c], formats,
                    columnFormats.value(c), strings, sheet.wrap);
                e != LXW_NO_ERROR)
                return SheetTr::tr("sheet %1, row %2, column %3: %4")
                    .arg(name, QString::number(header + 2 + r), sheet.headers.value(c),
                        QString::fromUtf8(lxw_strerror(e)));
        }
    }
    return {};
}

QString writeSheets(lxw_workbook* book, const QList<SheetOut>& sheets, const QString& dateFormat, Strings& strings)
{
    const Formats formats = makeFormats(book, strings, dateFormat);
    NumberFormats numberFormats(book, strings);
    QStringList names;
    QList<lxw_worksheet*> worksheets;
    for (const SheetOut& sheet : sheets) {
        names.append(excelSheetName(sheet.name, names));
        worksheets.append(workbook_add_worksheet(book, strings.keep(names.last())));
    }
    const ListRanges ranges = writeLongLists(book, sheets, excelSheetName(QStringLiteral("lists"), names), strings);
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const SheetOut& sheet = sheets[s];
        lxw_worksheet* ws = worksheets[s];
        if (const QString error
            = writeRows(ws, sheet, names[s], formats, numberFormats.forColumns(sheet.numberFormats), strings);
            !error.isEmpty())
            return error;
        const auto header = lxw_row_t(sheet.titleRows.size());
        worksheet_freeze_panes(ws, header + 1, 0);
        if (!sheet.headers.isEmpty())
            worksheet_autofilter(ws, header, 0, header + lxw_row_t(std::max<qsizetype>(sheet.rows.size(), 1)),
                lxw_col_t(sheet.headers.size() - 1));
        setWidths(ws, sheet, sheet.wrap ? formats.wrap : nullptr);
        addValidations(ws, sheet, ranges, strings);
        if (sheet.readOnly)
            worksheet_protect(ws, nullptr, nullptr);
    }
    return {};
}

} // namespace

double displayWidth(const QString& text)
{
    double widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        double width = 0;
        for (const QChar c : line)
            width += c.unicode() >= 0x1100 && !(c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F) ? 2 : 1;
        widest = std::max(widest, width);
    }
    return widest;
}

QString writeXlsx(const QList<SheetOut>& sheets, const QString& path, const QString& dateFormat)
{
    const QFileInfo target(path);
    const QString temp = FileReplace::temporaryPathFor(path); // unique: two exports at once never collide
    Strings strings;
    lxw_workbook_options options {};
    // libxlsxwriter keeps each sheet in a temporary file until the end: the user's temporary folder,
    // since without admin rights the C:\ root that tmpfile() may pick is not writable.
    options.tmpdir = const_cast<char*>(strings.keep(QDir::toNativeSeparators(QDir::tempPath())));
    lxw_workbook* book = workbook_new_opt(strings.keep(temp), &options);
    if (!book)
        return SheetTr::tr("Cannot write %1: the folder is not writable or is missing.")
            .arg(QDir::toNativeSeparators(path));
    const QString error = writeSheets(book, sheets, dateFormat, strings);
    const lxw_error closed = workbook_close(book); // frees the workbook in every case
    if (!error.isEmpty() || closed != LXW_NO_ERROR) {
        QFile::remove(temp);
        return SheetTr::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), error.isEmpty() ? QString::fromUtf8(lxw_strerror(closed)) : error);
    }
    if (const QString why = FileReplace::syncFile(temp); !why.isEmpty()) { // a full disk shows here at the latest
        QFile::remove(temp);
        return SheetTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    if (const QString why = FileReplace::moveOver(temp, path); !why.isEmpty())
        return SheetTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return {};
}

} // namespace mamori::sheets
