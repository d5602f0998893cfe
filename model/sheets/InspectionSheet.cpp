#include "sheets/InspectionSheet.h"

#include "Clock.h"
#include "JapaneseCalendar.h"
#include "ModelEdit.h"
#include "SheetColumns.h"
#include "SheetHeader.h"
#include "SheetValues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace mamori::sheets {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::InspectionSheet)
};

// The words of the sheet are data in both languages (like the registers' headers): the file's
// language is chosen per file, not by the window's.

enum Column { ControlId, ItemId, ControlName, Question, Answer, Evidence, Note, kColumnCount };

struct Words {
    const char* ja;
    const char* en;
    const char* aliases; ///< other headers wards write, separated by '|'
};

constexpr Words kColumns[kColumnCount] = {
    {"対策ID", "Control ID", "対策番号|管理策ID|control"},
    {"点検項目ID", "Item ID", "項目ID|項目番号|点検項目番号|check item id|item"},
    {"対策", "Control", "対策名|管理策|control name"},
    {"点検項目", "Check item", "点検内容|質問|question"},
    {"回答", "Answer", "点検結果|結果|result"},
    {"根拠・証跡", "Evidence", "根拠|証跡|根拠・証跡等"},
    {"備考", "Notes", "note|remarks|メモ"},
};
constexpr Words kTitle = {"自己点検票", "Self-inspection checklist", ""};
constexpr Words kUnitLabel = {"所属", "Unit", "部署|部局|所属名|org unit|department"};
constexpr Words kYearLabel = {"年度", "Fiscal year", "点検年度|fy"};
constexpr Words kHowTo = {"回答欄に「はい」「一部」「いいえ」「該当なし」のいずれかを選んでください。",
    "Answer each item with Yes, Partial, No or N/A.", ""};

/// The answers as the drop-down offers them, in the order of InspectionAnswerKind, then what else
/// wards write for each.
constexpr Words kAnswers[] = {
    {"はい", "Yes", "○|〇|◯|y|実施|実施済"},
    {"一部", "Partial", "△|▲|一部実施|partly"},
    {"いいえ", "No", "×|✕|✗|n|未実施"},
    {"該当なし", "N/A", "－|-|―|—|‐|na|not applicable|対象外"},
};

QString word(const Words& w, Language language)
{
    return QString::fromUtf8(language == Language::Japanese ? w.ja : w.en);
}

bool matches(const Words& w, const QString& text)
{
    const QString key = headerKey(text);
    if (key.isEmpty())
        return false;
    QStringList all = QString::fromUtf8(w.aliases).split(u'|', Qt::SkipEmptyParts);
    all << QString::fromUtf8(w.ja) << QString::fromUtf8(w.en);
    return std::any_of(all.cbegin(), all.cend(), [&](const QString& a) { return headerKey(a) == key; });
}

Cell text(const QString& s)
{
    return {Cell::Kind::Text, s, std::nullopt, {}};
}

Cell number(double v)
{
    return {Cell::Kind::Number, QString::number(v), v, {}};
}

QStringList answerChoices(Language language)
{
    QStringList out;
    for (const Words& w : kAnswers)
        out.append(word(w, language));
    return out;
}

} // namespace

std::optional<InspectionAnswerKind> answerFromText(const QString& text)
{
    for (int i = 0; i < enumCount<InspectionAnswerKind>(); ++i) {
        if (matches(kAnswers[i], text) || headerKey(text) == toKey(InspectionAnswerKind(i)))
            return InspectionAnswerKind(i);
    }
    return std::nullopt;
}

SheetOut inspectionTemplate(
    const Model& model, const OrgUnit& unit, int fiscalYear, Language language, const CheckItems& items)
{
    SheetOut sheet;
    sheet.name = QStringLiteral("自己点検");
    for (const Words& w : kColumns)
        sheet.headers.append(word(w, language));
    sheet.choices.resize(kColumnCount);
    sheet.choices[Answer] = answerChoices(language);
    sheet.widths = {10, 12, 28, 60, 10, 32, 24};
    sheet.wrap = true;
    sheet.titleRows = {
        {text(word(kTitle, language))},
        {text(word(kUnitLabel, language)), text(unit.id), text(unit.name.text(language))},
        {text(word(kYearLabel, language)), number(fiscalYear), text(japaneseFiscalYear(fiscalYear))},
        {text(word(kHowTo, language))},
    };
    for (const Control* k : controlsToInspect(model, unit.id)) {
        for (const CheckItem& item : items.forControl(*k))
            sheet.rows.append(
                {text(k->id), text(item.id), text(k->name.text(language)), text(item.text.text(language)), {}, {}, {}});
    }
    return sheet;
}

namespace {

/// Where the checklist's columns are: the header row and, per Column, its index (-1: absent).
struct Layout {
    int headerRow = -1;
    int columns[kColumnCount] = {-1, -1, -1, -1, -1, -1, -1};
    QString headers[kColumnCount];
    bool japanese = true; ///< the answer column's header is Japanese: messages list Japanese words
};

Layout findHeader(const Sheet& sheet)
{
    Layout best;
    int bestCount = 0;
    for (int r = 0; r < std::min<qsizetype>(sheet.rows.size(), kHeaderSearchRows); ++r) {
        Layout candidate;
        candidate.headerRow = r;
        int count = 0;
        for (int c = 0; c < sheet.rows[r].size(); ++c) {
            for (int k = 0; k < kColumnCount; ++k) {
                if (candidate.columns[k] < 0 && matches(kColumns[k], sheet.at(r, c).text)) {
                    candidate.columns[k] = c;
                    candidate.headers[k] = foldedText(sheet.at(r, c).text);
                    ++count;
                    break;
                }
            }
        }
        const bool usable
            = candidate.columns[Answer] >= 0 && (candidate.columns[ControlId] >= 0 || candidate.columns[ItemId] >= 0);
        if (usable && count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    if (best.headerRow >= 0) {
        const QString& h = best.headers[Answer];
        best.japanese = std::any_of(h.cbegin(), h.cend(), [](QChar ch) { return ch.unicode() > 0x7f; });
    }
    return best;
}

/// A value written beside a label above the header (所属 DEP-KUMIN): the next non-empty cell.
struct TopValue {
    int row = -1;
    int column = -1;
    Cell cell;
    bool found() const { return row >= 0; }
};

TopValue labelled(const Sheet& sheet, int headerRow, const Words& label)
{
    for (int r = 0; r < headerRow; ++r) {
        for (int c = 0; c < sheet.rows[r].size(); ++c) {
            if (!matches(label, sheet.at(r, c).text))
                continue;
            for (int v = c + 1; v < sheet.rows[r].size(); ++v) {
                if (!sheet.at(r, v).isEmpty())
                    return {r, v, sheet.at(r, v)};
            }
        }
    }
    return {};
}

const OrgUnit* findUnit(const Model& model, const QString& written)
{
    const QString id = idText(written);
    const QString name = foldedText(written);
    for (const OrgUnit& u : model.orgUnits) {
        if (u.id == id)
            return &u;
    }
    for (const OrgUnit& u : model.orgUnits) {
        if (!name.isEmpty() && (u.name.ja == name || u.name.en == name))
            return &u;
    }
    return nullptr;
}

/// 2026, 2026年度, FY2026, 令和8年度, R8年度 (full width too).
std::optional<int> yearFromCell(const Cell& cell)
{
    if (cell.kind == Cell::Kind::Number && cell.number)
        return int(*cell.number);
    const QString t = idText(cell.text).remove(u' ');
    static const QRegularExpression western(
        QStringLiteral("^(?:FY)?(\\d{4})(?:年度?)?$"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = western.match(t); m.hasMatch())
        return m.captured(1).toInt();
    if (t.endsWith(QStringLiteral("年度"))) {
        const QDate start = dateFromText(t.chopped(1) + QStringLiteral("4月1日"));
        if (start.isValid())
            return start.year();
    }
    return std::nullopt;
}

class Reader {
public:
    Reader(const Sheet& sheet, const Model& model, const CheckItems& items, const QString& file, InspectionRead& out)
        : m_sheet(sheet)
        , m_model(model)
        , m_file(file)
        , m_out(out)
    {
        for (const Control& k : model.controls) {
            for (const CheckItem& item : items.forControl(k))
                m_itemControl.insert(item.id, k.id);
        }
    }

    void readHeader(const Layout& layout) { m_layout = layout; }
    const OrgUnit* readUnit(const QString& given);
    void checkYear(int fiscalYear);
    void readRows();

private:
    void error(int row, int column, const QString& what)
    {
        m_out.errors.append(
            {m_file, Tr::tr("row %1, column %2").arg(QString::number(row + 1), m_layout.headers[column]), what});
    }
    void errorAt(const TopValue& v, const QString& what)
    {
        m_out.errors.append(
            {m_file, Tr::tr("row %1, column %2").arg(QString::number(v.row + 1), columnLetter(v.column)), what});
    }
    QString cellText(int row, Column column) const
    {
        return m_layout.columns[column] < 0 ? QString() : m_sheet.at(row, m_layout.columns[column]).text;
    }
    /// The control the row names, its own or its item's, or empty with the error given.
    QString controlOf(int row, const QString& control, const QString& item);
    void readRow(int row);

    const Sheet& m_sheet;
    const Model& m_model;
    QString m_file;
    InspectionRead& m_out;
    Layout m_layout;
    QHash<QString, QString> m_itemControl; ///< every check item of the model's controls → its control
    QHash<QString, int> m_answeredAt; ///< item (or control without item) → the row that answered it
};

const OrgUnit* Reader::readUnit(const QString& given)
{
    const TopValue top = labelled(m_sheet, m_layout.headerRow, kUnitLabel);
    const OrgUnit* onSheet = top.found() ? findUnit(m_model, top.cell.text) : nullptr;
    if (top.found() && !onSheet)
        errorAt(top, Tr::tr("\"%1\" is no org unit of the project").arg(top.cell.text.trimmed()));
    if (given.isEmpty()) {
        if (!top.found())
            m_out.errors.append({m_file, {},
                Tr::tr("the sheet names no unit above its header (%1 and the unit's id); give --unit")
                    .arg(word(kUnitLabel, Language::Japanese))});
        return onSheet;
    }
    const qsizetype i = indexOfId(m_model.orgUnits, idText(given));
    if (i < 0) {
        m_out.errors.append({m_file, {}, Tr::tr("there is no org unit \"%1\"").arg(given)});
        return nullptr;
    }
    if (onSheet && onSheet->id != m_model.orgUnits[i].id)
        errorAt(top, Tr::tr("the sheet is the checklist of %1, not of %2").arg(onSheet->id, m_model.orgUnits[i].id));
    return &m_model.orgUnits[i];
}

void Reader::checkYear(int fiscalYear)
{
    const TopValue top = labelled(m_sheet, m_layout.headerRow, kYearLabel);
    if (!top.found())
        return;
    const std::optional<int> year = yearFromCell(top.cell);
    if (!year)
        errorAt(top, Tr::tr("\"%1\" is not a fiscal year").arg(top.cell.text.trimmed()));
    else if (*year != fiscalYear)
        errorAt(top,
            Tr::tr("the sheet is for fiscal year %1, not %2").arg(QString::number(*year), QString::number(fiscalYear)));
}

QString Reader::controlOf(int row, const QString& control, const QString& item)
{
    if (!control.isEmpty() && indexOfId(m_model.controls, control) < 0) {
        error(row, ControlId, Tr::tr("\"%1\" is no control of the project").arg(control));
        return {};
    }
    if (item.isEmpty()) {
        if (control.isEmpty())
            error(row, m_layout.columns[ControlId] >= 0 ? ControlId : ItemId, Tr::tr("the row names no control"));
        return control;
    }
    const auto owner = m_itemControl.constFind(item);
    if (owner == m_itemControl.cend() || (!control.isEmpty() && *owner != control)) {
        error(row, ItemId,
            control.isEmpty() ? Tr::tr("\"%1\" is no check item of the project's controls").arg(item)
                              : Tr::tr("\"%1\" is not a check item of %2").arg(item, control));
        return {};
    }
    return *owner;
}

void Reader::readRow(int row)
{
    const QString control = idText(cellText(row, ControlId));
    const QString item = idText(cellText(row, ItemId));
    const QString answerText = cellText(row, Answer).trimmed();
    if (control.isEmpty() && item.isEmpty() && answerText.isEmpty())
        return; // a blank or a section line
    const QString owner = controlOf(row, control, item);
    if (owner.isEmpty())
        return;
    if (answerText.isEmpty()) {
        ++m_out.emptyAnswers;
        return;
    }
    const std::optional<InspectionAnswerKind> answer = answerFromText(answerText);
    if (!answer) {
        const Language language = m_layout.japanese ? Language::Japanese : Language::English;
        error(row, Answer,
            Tr::tr("\"%1\" is not one of %2").arg(answerText, answerChoices(language).join(QStringLiteral(", "))));
        return;
    }
    const QString key = item.isEmpty() ? owner : item;
    if (const auto earlier = m_answeredAt.constFind(key); earlier != m_answeredAt.cend()) {
        error(row, Answer, Tr::tr("%1 is answered on row %2 already").arg(key, QString::number(*earlier + 1)));
        return;
    }
    m_answeredAt.insert(key, row);
    m_out.inspection.answers.append(
        {owner, item, *answer, cellText(row, Evidence).trimmed(), cellText(row, Note).trimmed()});
}

void Reader::readRows()
{
    for (int row = m_layout.headerRow + 1; row < m_sheet.rows.size(); ++row)
        readRow(row);
}

/// The record's id: that of the record it replaces (same unit, year and kind), else I-<year>-<unit>,
/// with a number added in the unlikely case another record holds it.
QString inspectionId(const Model& model, const Inspection& inspection)
{
    for (const Inspection& old : model.inspections) {
        if (old.unit == inspection.unit && old.fiscalYear == inspection.fiscalYear && old.kind == inspection.kind)
            return old.id;
    }
    const QString base = QStringLiteral("I-%1-%2").arg(QString::number(inspection.fiscalYear), inspection.unit);
    QString id = base;
    for (int n = 2; indexOfId(model.inspections, id) >= 0; ++n)
        id = QStringLiteral("%1-%2").arg(base, QString::number(n));
    return id;
}

/// The sheet that holds the checklist and its header, or the error that says why there is none.
const Sheet* checklistSheet(
    const Workbook& book, const QString& wanted, Layout& layout, InputErrors& errors, const QString& file)
{
    for (const Sheet& sheet : book.sheets) {
        if (!wanted.isEmpty() && sheet.name != wanted)
            continue;
        layout = findHeader(sheet);
        if (layout.headerRow >= 0)
            return &sheet;
    }
    if (!wanted.isEmpty()
        && std::none_of(book.sheets.cbegin(), book.sheets.cend(), [&](const Sheet& s) { return s.name == wanted; }))
        errors.append({file, {}, Tr::tr("there is no sheet \"%1\"").arg(wanted)});
    else
        errors.append({file, {},
            Tr::tr("no checklist header (回答 with 対策ID or 点検項目ID) in the first %1 rows")
                .arg(kHeaderSearchRows)});
    return nullptr;
}

} // namespace

InspectionRead readInspection(
    const Workbook& book, const Model& model, const InspectionReadOptions& options, const CheckItems& items)
{
    InspectionRead out;
    const QString file = QFileInfo(book.path).fileName();
    if (options.fiscalYear < 1989 || options.fiscalYear > 2100) {
        out.errors.append(
            {file, {}, Tr::tr("the fiscal year must be between 1989 and 2100 (got %1)").arg(options.fiscalYear)});
        return out;
    }
    Layout layout;
    const Sheet* sheet = checklistSheet(book, options.sheet, layout, out.errors, file);
    if (!sheet)
        return out;
    out.sheet = sheet->name;
    out.headerRow = layout.headerRow + 1;
    Reader reader(*sheet, model, items, file, out);
    reader.readHeader(layout);
    const OrgUnit* unit = reader.readUnit(options.unit);
    reader.checkYear(options.fiscalYear);
    reader.readRows();
    // A blank checklist imported by mistake would replace the year's record with an empty one.
    if (out.ok() && out.inspection.answers.isEmpty())
        out.errors.append({file, {}, Tr::tr("no check item is answered (%n left empty)", nullptr, out.emptyAnswers)});
    if (!out.ok() || !unit)
        return out;
    Inspection& inspection = out.inspection;
    inspection.fiscalYear = options.fiscalYear;
    inspection.kind = InspectionKind::Self;
    inspection.unit = unit->id;
    inspection.date = options.date.isValid() ? options.date : Clock::today();
    inspection.id = inspectionId(model, inspection);
    out.changes = inspectionStatusChanges(model, inspection);
    return out;
}

} // namespace mamori::sheets
