#include "sheets/SheetExport.h"

#include "Cp932.h"
#include "Model.h"
#include "ModelEdit.h"
#include "SaveWhole.h"
#include "SheetRecords.h"
#include "SheetValues.h"
#include "UnitScope.h"
#include "engine/Assessment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace mamori::sheets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetExport)
};

/// The order of a workbook's sheets: the ward's own order of its registers (the importer merges
/// them in Register order whatever the order of the tabs).
constexpr Register kWorkbookOrder[] = {Register::OrgUnits, Register::Assets, Register::Dependencies, Register::Threats,
    Register::Exposures, Register::Controls, Register::Plan};

/// What a department's inventory holds unless other registers are asked for: what it fills in.
constexpr Register kUnitRegisters[]
    = {Register::OrgUnits, Register::Assets, Register::Dependencies, Register::Exposures};

/// The progress callback is called once per this many rows: often enough for a bar to move, rarely
/// enough to cost nothing.
constexpr qsizetype kProgressStep = 512;
/// The share of the progress that building the rows takes; writing the file takes the rest.
constexpr double kBuildShare = 0.8;

/// Counts rows and tells the caller's callback now and then; false once the user cancelled.
class Progress {
public:
    Progress(const std::function<bool(double)>& callback, qsizetype total)
        : m_callback(callback)
        , m_total(std::max<qsizetype>(total, 1))
    {
    }
    bool step()
    {
        ++m_done;
        if (m_cancelled || !m_callback || m_done % kProgressStep != 0)
            return !m_cancelled;
        m_cancelled = !m_callback(kBuildShare * double(m_done) / double(m_total));
        return !m_cancelled;
    }
    bool report(double share)
    {
        if (m_callback && !m_cancelled)
            m_cancelled = !m_callback(share);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const std::function<bool(double)>& m_callback;
    qsizetype m_total;
    qsizetype m_done = 0;
    bool m_cancelled = false;
};

/// What writing one sheet needs besides its items.
struct ExportContext {
    const Model& model;
    const UnitScope& scope;
    bool japanese = true;
    Progress& progress;
};

Cell textCell(const QString& s)
{
    return s.isEmpty() ? Cell {} : Cell {Cell::Kind::Text, s, std::nullopt, {}};
}

Cell numberCell(double v)
{
    return {Cell::Kind::Number, numberText(v), v, {}};
}

QString word(const VocabularyWord& w, bool japanese)
{
    return QString::fromUtf8(japanese ? w.ja : w.en);
}

/// The word the exporter writes for a vocabulary key (the key itself when the vocabulary lacks it).
QString vocabularyWord(Vocabulary vocabulary, const QString& key, bool japanese)
{
    for (const VocabularyWord& w : vocabularyWords(vocabulary)) {
        if (key == QLatin1StringView(w.key))
            return word(w, japanese);
    }
    return key;
}

/// A control's statuses per unit ("DEP-A=implemented, DEP-B=partial") in the sheet's words, one
/// unit after the other: "DEP-A=実施済み; DEP-B=一部実施".
QString unitStatusWords(const QString& value, bool japanese)
{
    QStringList out;
    for (const QString& entry : value.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        out.append(entry.section(QLatin1Char('='), 0, 0) + QLatin1Char('=')
            + vocabularyWord(Vocabulary::ControlStatus, entry.section(QLatin1Char('='), 1), japanese));
    }
    return out.join(QStringLiteral("; "));
}

QStringList vocabularyChoices(Vocabulary vocabulary, bool japanese)
{
    QStringList out;
    for (const VocabularyWord& w : vocabularyWords(vocabulary))
        out.append(word(w, japanese));
    return out;
}

QString markWord(bool yes, bool japanese)
{
    if (japanese)
        return yes ? QStringLiteral("〇") : QStringLiteral("×");
    return yes ? QStringLiteral("yes") : QStringLiteral("no");
}

/// Asset types and tiers (a filter's keys, as SheetRecords writes them) in words; a list that is
/// not made of them (a scope's asset ids) stays as it is.
QString filterWords(const QString& value, bool japanese)
{
    QStringList out;
    for (const QString& key : value.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        if (fromKey<AssetType>(key))
            out.append(vocabularyWord(Vocabulary::AssetType, key, japanese));
        else if (fromKey<Tier>(key))
            out.append(vocabularyWord(Vocabulary::Tier, key, japanese));
        else
            return value;
    }
    return out.join(QStringLiteral(", "));
}

/// A level name that is a whole number is written as a number, so Excel does not flag it as a
/// number stored as text; the reader reads 3 and "3" alike.
Cell levelCell(const QString& value)
{
    bool whole = false;
    const int n = value.toInt(&whole);
    return whole ? numberCell(n) : textCell(value);
}

/// The cell the exporter writes for a field's canonical value (SheetRecords): words of the chosen
/// language where the importer reads words, numbers as numbers, dates as dates.
Cell cellOf(const FieldSpec& field, const QString& value, bool japanese)
{
    if (value.isEmpty())
        return {};
    switch (field.kind) {
    case FieldKind::Choice:
        return textCell(vocabularyWord(field.vocabulary, value, japanese));
    case FieldKind::Mark:
        return textCell(markWord(value == QLatin1StringView("yes"), japanese));
    case FieldKind::Filter:
        return textCell(filterWords(value, japanese));
    case FieldKind::Scope:
        if (value == QLatin1StringView("all"))
            return textCell(japanese ? QStringLiteral("全て") : value);
        return textCell(filterWords(value, japanese));
    case FieldKind::Level:
        return levelCell(value);
    case FieldKind::UnitStatuses:
        return textCell(unitStatusWords(value, japanese));
    case FieldKind::Needs: // 電源=1; クラスタ=2, as a control's statuses per unit are written
        return textCell(QString(value).replace(QStringLiteral(", "), QStringLiteral("; ")));
    case FieldKind::Score:
    case FieldKind::Fraction:
    case FieldKind::Yen:
    case FieldKind::Hours:
    case FieldKind::Rate:
    case FieldKind::Percent:
    case FieldKind::Category:
    case FieldKind::Group:
        return numberCell(value.toDouble());
    case FieldKind::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return {Cell::Kind::Date, value, std::nullopt, d};
    }
    default:
        return textCell(value);
    }
}

QStringList numbers(int count)
{
    QStringList out;
    for (int n = 1; n <= count; ++n)
        out.append(QString::number(n));
    return out;
}

template <typename T> QStringList idsOf(const QList<T>& items, const UnitScope& scope)
{
    QStringList out;
    for (const T& item : items) {
        if (inScope(scope, item))
            out.append(item.id);
    }
    return out;
}

/// The drop-down of a field's column: its words, or the items it may name where the list is known.
QStringList choicesOf(const FieldSpec& field, const ExportContext& c)
{
    switch (field.kind) {
    case FieldKind::Choice:
        return vocabularyChoices(field.vocabulary, c.japanese);
    case FieldKind::Mark:
        return {markWord(true, c.japanese), markWord(false, c.japanese)};
    case FieldKind::Level: {
        QStringList out;
        for (const ImpactLevel& l : c.model.settings.impactTable[field.dimension])
            out.append(l.level);
        return out;
    }
    case FieldKind::Category:
        return numbers(kThreatCategoryCount);
    case FieldKind::Group:
        return numbers(kControlGroupCount);
    case FieldKind::OrgUnitRef:
        return idsOf(c.model.orgUnits, c.scope);
    case FieldKind::AssetRef:
        return idsOf(c.model.assets, c.scope);
    case FieldKind::ThreatRef:
        return idsOf(c.model.threats, c.scope);
    default:
        return {};
    }
}

/// Excel's format for a field's numbers: yen with grouping, others as General.
QString numberFormatOf(const FieldSpec& field)
{
    return field.kind == FieldKind::Yen ? QStringLiteral("#,##0") : QString();
}

/// The headers of the attributes the kept assets carry, in the order they first appear.
template <typename T> QStringList attributeKeys(const QList<T>& items, const UnitScope& scope)
{
    QStringList out;
    if constexpr (std::is_same_v<T, Asset>) {
        QSet<QString> seen;
        for (const Asset& a : items) {
            if (!inScope(scope, a))
                continue;
            for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    out.append(it.key());
                }
            }
        }
    }
    return out;
}

/// The sheet of one register: the fields' headers, then any attributes; one row per kept item.
template <typename T> SheetOut registerSheet(Register reg, const QList<T>& items, ExportContext& c)
{
    SheetOut sheet;
    sheet.name = registerSheetName(reg, c.japanese);
    const QList<FieldSpec>& fields = fieldSpecs(reg);
    for (const FieldSpec& f : fields) {
        sheet.headers.append(QString::fromUtf8(c.japanese ? f.ja : f.en));
        sheet.choices.append(choicesOf(f, c));
        sheet.numberFormats.append(numberFormatOf(f));
    }
    const QStringList attributes = attributeKeys(items, c.scope);
    sheet.headers += attributes;
    for (const T& item : items) {
        if (!inScope(c.scope, item))
            continue;
        if (!c.progress.step())
            return sheet;
        const Record record = recordOf(item);
        QList<Cell> row;
        row.reserve(fields.size() + attributes.size());
        for (const FieldSpec& f : fields)
            row.append(cellOf(f, record.value(QString::fromLatin1(f.key)), c.japanese));
        for (const QString& a : attributes)
            row.append(textCell(record.value(kAttributePrefix + a)));
        sheet.rows.append(row);
    }
    return sheet;
}

SheetOut sheetOf(Register reg, ExportContext& c)
{
    const Model& m = c.model;
    switch (reg) {
    case Register::OrgUnits:
        return registerSheet(reg, m.orgUnits, c);
    case Register::Assets:
        return registerSheet(reg, m.assets, c);
    case Register::Threats:
        return registerSheet(reg, m.threats, c);
    case Register::Controls:
        return registerSheet(reg, m.controls, c);
    case Register::Dependencies:
        return registerSheet(reg, m.dependencies, c);
    case Register::Exposures:
        return registerSheet(reg, m.exposures, c);
    case Register::Plan:
        break;
    }
    return registerSheet(reg, m.actions, c);
}

struct Words {
    const char* ja;
    const char* en;
    QString in(bool japanese) const { return QString::fromUtf8(japanese ? ja : en); }
};

// The risk register's columns, in the terms of RISK-MODEL.md section 1 (data in both languages,
// like the registers' headers, not the user interface's language).
const Words kRiskSheet = {"リスク一覧", "Risk register"};
const Words kRiskHeaders[] = {{"情報資産", "Asset"}, {"情報資産の名称", "Asset name"}, {"脅威", "Threat"},
    {"脅威の名称", "Threat name"}, {"発生可能性", "Likelihood"}, {"影響度", "Impact"}, {"固有リスク", "Inherent risk"},
    {"残留リスク", "Residual risk"}, {"リスクレベル", "Level"}, {"リスク対応", "Response"}, {"対応の決定", "Decided"}};
const Words kResponses[] = {{"保有", "Accept"}, {"低減", "Mitigate"}, {"移転", "Transfer"}, {"回避", "Avoid"}};

/// The risk register as the app computes it: scores as numbers Excel shows with two decimals,
/// protected, since editing it would change nothing in the project.
SheetOut riskSheet(const Assessment& assessment, ExportContext& c)
{
    SheetOut sheet;
    sheet.name = kRiskSheet.in(c.japanese);
    sheet.readOnly = true;
    for (const Words& h : kRiskHeaders)
        sheet.headers.append(h.in(c.japanese));
    const QString score = QStringLiteral("0.00");
    sheet.numberFormats = {{}, {}, {}, {}, score, score, score, score, {}, {}, {}};
    const ModelIndex index(c.model);
    const Language language = c.japanese ? Language::Japanese : Language::English;
    for (const RiskResult& r : assessment.risks) {
        if (!c.scope.hasAsset(r.asset))
            continue;
        if (!c.progress.step())
            return sheet;
        const qsizetype a = index.assets.value(r.asset, -1), t = index.threats.value(r.threat, -1);
        sheet.rows.append({textCell(r.asset), textCell(a < 0 ? QString() : c.model.assets[a].name.text(language)),
            textCell(r.threat), textCell(t < 0 ? QString() : c.model.threats[t].name.text(language)),
            numberCell(r.likelihood), numberCell(r.impact), numberCell(r.inherent), numberCell(r.residual),
            textCell(assessment.levelLabel(r.level)), textCell(kResponses[int(r.response)].in(c.japanese)),
            textCell(markWord(r.decided, c.japanese))});
    }
    return sheet;
}

/// The registers to write: those asked for (in workbook order), else all, else a unit's inventory.
QList<Register> registersOf(const ExportOptions& options)
{
    QList<Register> out;
    for (const Register reg : kWorkbookOrder) {
        const bool unitDefault
            = std::find(std::begin(kUnitRegisters), std::end(kUnitRegisters), reg) != std::end(kUnitRegisters);
        if (options.what.isEmpty() ? options.unit.isEmpty() || unitDefault : options.what.contains(reg))
            out.append(reg);
    }
    return out;
}

qsizetype rowCount(const Model& m, const QList<Register>& registers, bool risks)
{
    qsizetype n = risks ? m.exposures.size() + m.assets.size() * 8 : 0; // risks: about the pairs exposed
    for (const Register reg : registers) {
        switch (reg) {
        case Register::OrgUnits:
            n += m.orgUnits.size();
            break;
        case Register::Assets:
            n += m.assets.size();
            break;
        case Register::Threats:
            n += m.threats.size();
            break;
        case Register::Controls:
            n += m.controls.size();
            break;
        case Register::Dependencies:
            n += m.dependencies.size();
            break;
        case Register::Exposures:
            n += m.exposures.size();
            break;
        case Register::Plan:
            n += m.actions.size();
            break;
        }
    }
    return n;
}

QString cancelledText()
{
    return Tr::tr("The export was cancelled.");
}

QList<SheetOut> buildSheets(const Model& model, const ExportOptions& options, Progress* progressOut, QString* error)
{
    const std::optional<UnitScope> scope = unitScope(model, options.unit);
    if (!scope) {
        if (error)
            *error = Tr::tr("There is no org unit \"%1\".").arg(options.unit);
        return {};
    }
    const QList<Register> registers = registersOf(options);
    Progress local(options.progress, rowCount(model, registers, options.riskRegister));
    Progress& progress = progressOut ? *progressOut : local;
    ExportContext context {model, *scope, options.language == Language::Japanese, progress};
    QList<SheetOut> sheets;
    for (const Register reg : registers)
        sheets.append(sheetOf(reg, context));
    if (options.riskRegister && !progress.cancelled()) {
        const Assessment assessment = assess(model);
        if (assessment.ok())
            sheets.append(riskSheet(assessment, context));
    }
    if (progress.cancelled()) {
        if (error)
            *error = cancelledText();
        return {};
    }
    return sheets;
}

// --- CSV -----------------------------------------------------------------------------------------

QString csvText(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number:
        return numberText(cell.number.value_or(0));
    case Cell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    default:
        return cell.text;
    }
}

QString csvField(const QString& text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote
        = std::any_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); }) || text != text.trimmed();
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The sheet as CSV lines (CRLF, as Excel writes them), row 1 the header.
QStringList csvLines(const SheetOut& sheet)
{
    QStringList lines;
    lines.reserve(sheet.rows.size() + 1);
    QStringList fields;
    for (const QString& h : sheet.headers)
        fields.append(csvField(h));
    lines.append(fields.join(QLatin1Char(',')));
    for (const QList<Cell>& row : sheet.rows) {
        fields.clear();
        for (const Cell& cell : row)
            fields.append(csvField(csvText(cell)));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines;
}

/// Where CP932 lacks characters of the sheet ("row 12, column 備考: "𠮷""), the first place of each
/// character, the first few only (the user fixes those first). Row 1 is the header.
QStringList unencodablePlaces(const SheetOut& sheet, QString left)
{
    constexpr qsizetype kShown = 5;
    QStringList out;
    for (qsizetype r = -1; r < sheet.rows.size() && !left.isEmpty() && out.size() < kShown; ++r) {
        const qsizetype columns = r < 0 ? sheet.headers.size() : sheet.rows[r].size();
        for (qsizetype c = 0; c < columns && !left.isEmpty() && out.size() < kShown; ++c) {
            QString found;
            encodeCp932(r < 0 ? sheet.headers[c] : csvText(sheet.rows[r][c]), &found);
            if (found.isEmpty()
                || std::none_of(found.begin(), found.end(), [&left](QChar q) { return left.contains(q); }))
                continue;
            out.append(Tr::tr("row %1, column %2: \"%3\"").arg(QString::number(r + 2), sheet.headers.value(c), found));
            for (const QChar q : found)
                left.remove(q);
        }
    }
    return out;
}

ExportFileResult csvBytes(const SheetOut& sheet, TextEncoding encoding, const QString& path, QByteArray& bytes)
{
    const QString text = csvLines(sheet).join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    if (encoding != TextEncoding::Cp932) {
        bytes = (encoding == TextEncoding::Utf8 ? QByteArray() : QByteArrayLiteral("\xEF\xBB\xBF")) + text.toUtf8();
        return {};
    }
    QString unencodable;
    bytes = encodeCp932(text, &unencodable);
    if (unencodable.isEmpty())
        return {};
    // Refused rather than written with '?': a name that lost a character would come back changed.
    return {Tr::tr("Cannot write %1 in CP932 (Shift_JIS): it has no %2 (%3). Export it as UTF-8, or change "
                   "the text.")
                .arg(QDir::toNativeSeparators(path), unencodable,
                    unencodablePlaces(sheet, unencodable).join(QStringLiteral("; "))),
        true};
}

ExportFileResult writeCsv(const SheetOut& sheet, const QString& path, TextEncoding encoding)
{
    QByteArray bytes;
    if (ExportFileResult encoded = csvBytes(sheet, encoding, path, bytes); !encoded.ok())
        return encoded;
    if (const SaveWholeResult saved = saveWhole(path, bytes); !saved.ok())
        return {Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), saved.error)};
    return {};
}

bool isCsv(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1StringView("csv"), Qt::CaseInsensitive) == 0;
}

ExportFileResult inputProblem(const QString& what)
{
    return {what, true};
}

} // namespace

QList<SheetOut> exportSheets(const Model& model, const ExportOptions& options, QString* error)
{
    return buildSheets(model, options, nullptr, error);
}

ExportFileResult writeSheetFile(const Model& model, const QString& path, const ExportOptions& options)
{
    const bool csv = isCsv(path);
    ExportOptions chosen = options;
    if (csv) {
        if (options.what.size() > 1)
            return inputProblem(
                Tr::tr("Cannot write %1: a CSV file holds one register.").arg(QDir::toNativeSeparators(path)));
        if (options.what.isEmpty())
            chosen.what = {Register::Assets};
        chosen.riskRegister = false;
    } else if (QFileInfo(path).suffix().compare(QLatin1StringView("xlsx"), Qt::CaseInsensitive) != 0) {
        return inputProblem(
            Tr::tr("Cannot write %1: the name must end in .xlsx or .csv.").arg(QDir::toNativeSeparators(path)));
    }
    Progress progress(chosen.progress, rowCount(model, registersOf(chosen), chosen.riskRegister));
    QString error;
    const QList<SheetOut> sheets = buildSheets(model, chosen, &progress, &error);
    if (!error.isEmpty())
        return {error, !progress.cancelled()};
    const bool japanese = chosen.language == Language::Japanese;
    ExportFileResult result = csv ? writeCsv(sheets.value(0), path, chosen.encoding)
                                  : ExportFileResult {writeXlsx(sheets, path,
                                      japanese ? QStringLiteral("yyyy/m/d") : QStringLiteral("yyyy-mm-dd"))};
    if (result.ok())
        progress.report(1.0);
    return result;
}

QString exportSheetFile(const Model& model, const QString& path, const ExportOptions& options)
{
    return writeSheetFile(model, path, options).error;
}

} // namespace mamori::sheets
