// The ward's spreadsheets (issue 12), the interface scripts call:
//   mamori-cli import-sheet SHEET --into PROJECT.mamori [--what R] [--sheet NAME] [--scale mic|ipa]
//       [--mapping MAP.json] [--remove-missing] [--unit ORG-ID] [--dry-run] [--json]
//   mamori-cli export-sheet PROJECT -o OUT.xlsx|OUT.csv [--what R] [--lang ja|en] [--unit ORG-ID]
//       [--encoding utf-8|cp932]
// An import is all or nothing: every problem with its place and exit 2, the project untouched.

#include "CliSupport.h"

#include "InputFile.h"
#include "sheets/SheetExport.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetReader.h"

#include <QJsonArray>

namespace mamori::cli {

namespace {

const QString kInto = QStringLiteral("into");
const QString kWhat = QStringLiteral("what");
const QString kSheet = QStringLiteral("sheet");
const QString kScale = QStringLiteral("scale");
const QString kMapping = QStringLiteral("mapping");
const QString kRemoveMissing = QStringLiteral("remove-missing");
const QString kDryRun = QStringLiteral("dry-run");
const QString kLang = QStringLiteral("lang");
const QString kUnit = QStringLiteral("unit");
const QString kEncoding = QStringLiteral("encoding");

/// --what: a register's key ("assets", "plan"...), or nothing when not given.
std::optional<sheets::Register> whatOption(Context& c, bool& ok)
{
    ok = true;
    if (!c.parser.isSet(kWhat))
        return std::nullopt;
    const std::optional<sheets::Register> reg = sheets::registerFromKey(c.parser.value(kWhat));
    if (!reg) {
        ok = false;
        reportInputError(c,
            Tr::tr("--what expects assets, dependencies, threats, exposures, controls, org_units or plan (got \"%1\")")
                .arg(c.parser.value(kWhat)));
    }
    return reg;
}

/// The options of the import from the command line, or the input error already reported.
std::optional<sheets::ImportOptions> importOptions(Context& c, int& code)
{
    sheets::ImportOptions options;
    bool ok = true;
    options.what = whatOption(c, ok);
    code = InputError;
    if (!ok)
        return std::nullopt;
    options.sheet = c.parser.value(kSheet);
    options.removeMissing = c.parser.isSet(kRemoveMissing);
    options.unit = c.parser.value(kUnit);
    if (c.parser.isSet(kScale)) {
        const QString scale = c.parser.value(kScale);
        if (scale != QLatin1StringView("mic") && scale != QLatin1StringView("ipa")) {
            reportInputError(c, Tr::tr("--scale expects mic or ipa (got \"%1\")").arg(scale));
            return std::nullopt;
        }
        options.scale = scale == QLatin1StringView("ipa") ? sheets::Scale::Ipa : sheets::Scale::Mic;
    }
    if (c.parser.isSet(kMapping)) {
        const QString path = c.parser.value(kMapping);
        const InputFile::Bytes file = InputFile::read(path, limits::kSideFileBytes);
        if (!file.ok()) {
            reportInputError(c, Tr::tr("cannot read %1: %2").arg(path, file.error));
            return std::nullopt;
        }
        sheets::MappingReadResult mapping = sheets::mappingFromJson(file.bytes, QFileInfo(path).fileName());
        if (!mapping.ok()) {
            code = reportAllErrors(c, mapping.errors);
            return std::nullopt;
        }
        options.mapping = mapping.mapping;
    }
    code = Success;
    return options;
}

QJsonArray jsonList(const QStringList& items)
{
    return QJsonArray::fromStringList(items);
}

QJsonObject summaryJson(const sheets::RegisterSummary& s)
{
    QJsonArray updated;
    for (const sheets::ItemUpdate& u : s.updated) {
        QJsonArray changes;
        for (const sheets::FieldChange& f : u.changes)
            changes.append(QJsonObject {{QStringLiteral("field"), f.field}, {QStringLiteral("before"), f.before},
                {QStringLiteral("after"), f.after}});
        updated.append(QJsonObject {{QStringLiteral("item"), u.item}, {QStringLiteral("changes"), changes}});
    }
    return {{QStringLiteral("register"), sheets::registerKey(s.reg)}, {QStringLiteral("sheet"), s.sheet},
        {QStringLiteral("header_row"), s.headerRow}, {QStringLiteral("added"), jsonList(s.added)},
        {QStringLiteral("updated"), updated}, {QStringLiteral("unchanged"), s.unchanged},
        {QStringLiteral("missing"), jsonList(s.missing)}, {QStringLiteral("missing_removed"), s.missingRemoved}};
}

void printSummary(Context& c, const sheets::RegisterSummary& s)
{
    QTextStream& out = c.out;
    out << Tr::tr("%1 (sheet %2, header row %3): %4 added, %5 updated, %6 unchanged, %7 missing")
               .arg(sheets::registerKey(s.reg), s.sheet, QString::number(s.headerRow), QString::number(s.added.size()),
                   QString::number(s.updated.size()), QString::number(s.unchanged), QString::number(s.missing.size()))
        << Qt::endl;
    for (const QString& id : s.added)
        out << QStringLiteral("  + %1").arg(id) << Qt::endl;
    for (const sheets::ItemUpdate& u : s.updated) {
        QStringList changes;
        for (const sheets::FieldChange& f : u.changes)
            changes.append(QStringLiteral("%1 %2 → %3").arg(f.field, f.before, f.after));
        out << QStringLiteral("  ~ %1: %2").arg(u.item, changes.join(QStringLiteral(", "))) << Qt::endl;
    }
    for (const QString& id : s.missing)
        out << (s.missingRemoved ? Tr::tr("  - %1 (not in the sheet: removed)").arg(id)
                                 : Tr::tr("  ? %1 (not in the sheet: kept)").arg(id))
            << Qt::endl;
}

void printImport(Context& c, const sheets::ImportResult& r, bool saved)
{
    const bool dryRun = c.parser.isSet(kDryRun);
    if (c.parser.isSet(kJson)) {
        QJsonArray registers;
        for (const sheets::RegisterSummary& s : r.registers)
            registers.append(summaryJson(s));
        printJson(c,
            {{QStringLiteral("ok"), true}, {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("saved"), saved},
                {QStringLiteral("edits"), r.edits.size()}, {QStringLiteral("registers"), registers},
                {QStringLiteral("new_org_units"), jsonList(r.newOrgUnits)},
                {QStringLiteral("scope_units"), jsonList(r.scopeUnits)}});
        return;
    }
    if (!r.scopeUnits.isEmpty())
        c.out << Tr::tr("A department's inventory: missing items are looked for only in %1.")
                     .arg(r.scopeUnits.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const sheets::RegisterSummary& s : r.registers)
        printSummary(c, s);
    if (!r.newOrgUnits.isEmpty())
        c.out << Tr::tr("New org units: %1").arg(r.newOrgUnits.join(QStringLiteral(", "))) << Qt::endl;
    if (dryRun)
        c.out << Tr::tr("Dry run: %n changes, nothing written.", nullptr, int(r.edits.size())) << Qt::endl;
    else if (saved)
        c.out << Tr::tr("Saved %1.").arg(c.parser.value(kInto)) << Qt::endl;
    else
        c.out << Tr::tr("Nothing to change.") << Qt::endl;
}

int runImportSheet(Context& c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1)
        return reportInputError(c, Tr::tr("expected one spreadsheet file (.xlsx or .csv)"));
    const QString project = c.parser.value(kInto);
    if (project.isEmpty())
        return reportInputError(c, Tr::tr("--into PROJECT.mamori is required"));
    int code = Success;
    const std::optional<sheets::ImportOptions> options = importOptions(c, code);
    if (!options)
        return code;
    int locked = Success;
    const auto lock = c.parser.isSet(kDryRun) ? nullptr : lockForUpdate(c, project, locked);
    if (locked != Success)
        return locked;
    LoadedModel loaded = loadModelFile(project);
    if (!loaded.ok())
        return reportAllErrors(c, loaded.errors);
    const sheets::ReadResult read = sheets::readSheetFile(args.first());
    if (!read.ok())
        return reportInputError(c, read.error);
    const sheets::ImportResult result = sheets::importWorkbook(read.workbook, loaded.model, *options);
    if (!result.ok())
        return reportAllErrors(c, result.errors);
    bool saved = false;
    if (!c.parser.isSet(kDryRun) && !result.edits.isEmpty()) {
        applyEdits(loaded.model, result.edits);
        if (const QString error = saveModelFile(loaded.model, project); !error.isEmpty()) {
            c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failure;
        }
        saved = true;
    }
    printImport(c, result, saved);
    return Success;
}

/// The export's options from the command line, or the input error already reported.
std::optional<sheets::ExportOptions> exportOptions(Context& c, const QString& output)
{
    sheets::ExportOptions options;
    bool ok = true;
    if (const std::optional<sheets::Register> what = whatOption(c, ok))
        options.what = {*what};
    if (!ok)
        return std::nullopt;
    const QString lang = c.parser.value(kLang);
    if (!lang.isEmpty() && lang != QLatin1StringView("ja") && lang != QLatin1StringView("en")) {
        reportInputError(c, Tr::tr("--lang expects ja or en (got \"%1\")").arg(lang));
        return std::nullopt;
    }
    options.language = lang == QLatin1StringView("en") ? Language::English : Language::Japanese;
    options.unit = c.parser.value(kUnit);
    if (c.parser.isSet(kEncoding)) {
        const QString encoding = c.parser.value(kEncoding).toLower();
        if (encoding != QLatin1StringView("utf-8") && encoding != QLatin1StringView("cp932")) {
            reportInputError(
                c, Tr::tr("--encoding expects utf-8 or cp932 (got \"%1\")").arg(c.parser.value(kEncoding)));
            return std::nullopt;
        }
        if (!output.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive)) {
            reportInputError(c, Tr::tr("--encoding applies to a .csv file only"));
            return std::nullopt;
        }
        options.encoding
            = encoding == QLatin1StringView("cp932") ? sheets::TextEncoding::Cp932 : sheets::TextEncoding::Utf8Bom;
    }
    return options;
}

int runExportSheet(Context& c)
{
    int code = Success;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    auto output = outputArgument(c, code);
    if (!output)
        return code;
    const std::optional<sheets::ExportOptions> options = exportOptions(c, *output);
    if (!options)
        return InputError;
    const sheets::ExportFileResult written = sheets::writeSheetFile(loaded->model, *output, *options);
    if (!written.ok()) {
        c.err << Tr::tr("error: %1").arg(written.error) << Qt::endl;
        return written.inputError ? InputError : Failure;
    }
    c.out << Tr::tr("wrote %1").arg(*output) << Qt::endl;
    return Success;
}

void addImportOptions(QCommandLineParser& p)
{
    p.addOption(
        {kInto, Tr::tr("The project to merge into (saved only when every row merged)."), QStringLiteral("PROJECT")});
    p.addOption({kWhat,
        Tr::tr("The register the sheet holds: assets (default), dependencies, threats, exposures, controls, "
               "org_units or plan. A workbook written by export-sheet is read whole."),
        QStringLiteral("R")});
    p.addOption({kSheet, Tr::tr("The sheet to read, when the workbook has several."), QStringLiteral("NAME")});
    p.addOption(
        {kScale, Tr::tr("The classification scale: mic (default) or ipa (評価値 0-2)."), QStringLiteral("mic|ipa")});
    p.addOption(
        {kMapping, Tr::tr("A column and value mapping saved by the import dialog."), QStringLiteral("MAP.json")});
    p.addOption({kRemoveMissing, Tr::tr("Remove the items the sheet does not list.")});
    p.addOption({kUnit,
        Tr::tr("The sheet is this org unit's inventory: only its items (and its sub-units') can be missing. "
               "A department's workbook from export-sheet --unit says so by itself."),
        QStringLiteral("ORG-ID")});
    p.addOption({kDryRun, Tr::tr("Show what would change; write nothing.")});
    addJsonOption(p);
}

void addExportOptions(QCommandLineParser& p)
{
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Write to FILE (.xlsx or .csv)."),
        QStringLiteral("FILE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("Replace FILE if it exists.")});
    p.addOption({kWhat, Tr::tr("Only this register (a .csv holds one: assets by default)."), QStringLiteral("R")});
    p.addOption({kLang, Tr::tr("Headers and words in ja (default) or en."), QStringLiteral("ja|en")});
    p.addOption({kUnit, Tr::tr("Only the inventory of this org unit and its sub-units."), QStringLiteral("ORG-ID")});
    p.addOption({kEncoding, Tr::tr("For .csv: utf-8 (default, with a BOM for Excel) or cp932."),
        QStringLiteral("utf-8|cp932")});
}

} // namespace

std::vector<Command> sheetCommands()
{
    return {
        {"import-sheet",
            "SHEET --into PROJECT.mamori [--what R] [--sheet NAME] [--scale mic|ipa] [--mapping MAP.json] "
            "[--remove-missing] [--unit ORG-ID] [--dry-run] [--json]",
            QT_TRANSLATE_NOOP(
                "mamori::cli", "Merge a ward's spreadsheet (.xlsx or .csv) into a project, all or nothing."),
            addImportOptions, runImportSheet},
        {"export-sheet",
            "PROJECT -o OUT.xlsx|OUT.csv [--what R] [--lang ja|en] [--unit ORG-ID] [--encoding utf-8|cp932]",
            QT_TRANSLATE_NOOP("mamori::cli", "Write the registers as a workbook (.xlsx), or one register as CSV."),
            addExportOptions, runExportSheet},
    };
}

} // namespace mamori::cli
