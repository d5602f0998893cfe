// The self-inspection of policy §9 (RISK-MODEL.md 9):
//   mamori-cli inspection template PROJECT --unit UNIT -o FILE.xlsx [--fiscal-year Y] [--lang ja|en]
//   mamori-cli inspection import FILE.xlsx --into PROJECT --fiscal-year Y [--unit UNIT] [--dry-run] [--json]
// The template lists the check items of every control the unit inspects; the import keeps the
// answers as the unit's inspection of the year and sets its status_by_unit by the rule, all or
// nothing: every problem with its row and column, exit 2, the project untouched.

#include "CliSupport.h"

#include "Clock.h"
#include "JapaneseCalendar.h"
#include "ModelEdit.h"
#include "sheets/InspectionSheet.h"
#include "sheets/SheetReader.h"

#include <QJsonArray>

namespace mamori::cli {

namespace {

const QString kUnit = QStringLiteral("unit");
const QString kFiscalYear = QStringLiteral("fiscal-year");
const QString kLang = QStringLiteral("lang");
const QString kInto = QStringLiteral("into");
const QString kDryRun = QStringLiteral("dry-run");

/// --fiscal-year, or `fallback` when it is not given; nothing (the error reported) when it is bad.
std::optional<int> fiscalYearOption(Context& c, std::optional<int> fallback)
{
    if (!c.parser.isSet(kFiscalYear)) {
        if (!fallback)
            reportInputError(c, Tr::tr("--fiscal-year Y is required"));
        return fallback;
    }
    bool ok = false;
    const int year = c.parser.value(kFiscalYear).toInt(&ok);
    if (!ok || year < 1989 || year > 2100) {
        reportInputError(
            c, Tr::tr("--fiscal-year expects a year from 1989 to 2100 (got \"%1\")").arg(c.parser.value(kFiscalYear)));
        return std::nullopt;
    }
    return year;
}

int runTemplate(Context& c, const QStringList& args)
{
    if (args.size() != 1)
        return reportInputError(
            c, Tr::tr("expected one project file: inspection template PROJECT --unit UNIT -o FILE.xlsx"));
    int code = Success;
    const std::optional<QString> output = outputArgument(c, code);
    if (!output)
        return code;
    if (!output->endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive))
        return reportInputError(c, Tr::tr("the checklist is written as .xlsx (got %1)").arg(*output));
    const QString lang = c.parser.value(kLang);
    if (!lang.isEmpty() && lang != QLatin1StringView("ja") && lang != QLatin1StringView("en"))
        return reportInputError(c, Tr::tr("--lang expects ja or en (got \"%1\")").arg(lang));
    const std::optional<int> year = fiscalYearOption(c, fiscalYearOf(Clock::today()));
    if (!year)
        return InputError;
    LoadedModel loaded = loadModelFile(args.first());
    if (!loaded.ok())
        return reportErrors(loaded.errors, c.err);
    const QString unitId = c.parser.value(kUnit);
    if (unitId.isEmpty())
        return reportInputError(c, Tr::tr("--unit UNIT is required"));
    const qsizetype unit = indexOfId(loaded.model.orgUnits, unitId);
    if (unit < 0)
        return reportInputError(c, Tr::tr("there is no org unit \"%1\"").arg(unitId));
    const Language language = lang == QLatin1StringView("en") ? Language::English : Language::Japanese;
    const sheets::SheetOut sheet
        = sheets::inspectionTemplate(loaded.model, loaded.model.orgUnits[unit], *year, language);
    if (sheet.rows.isEmpty())
        return reportInputError(
            c, Tr::tr("%1 owns no asset in the scope of a control: there is nothing to inspect").arg(unitId));
    if (const QString error = sheets::writeXlsx({sheet}, *output); !error.isEmpty()) {
        c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failure;
    }
    c.out << Tr::tr("wrote %1: %n check items for %2, fiscal year %3", nullptr, int(sheet.rows.size()))
                 .arg(*output, unitId, QString::number(*year))
          << Qt::endl;
    return Success;
}

QJsonValue statusJson(const std::optional<ControlStatus>& s)
{
    return s ? QJsonValue(toKey(*s)) : QJsonValue(QJsonValue::Null);
}

/// A unit's entry as the user reads it: its status, or the control's own when it has none.
QString statusText(const Model& model, const QString& control, const std::optional<ControlStatus>& s)
{
    if (s)
        return toKey(*s);
    const qsizetype k = indexOfId(model.controls, control);
    return Tr::tr("(the control's: %1)").arg(k < 0 ? QString() : toKey(model.controls[k].status));
}

void printRead(Context& c, const Model& before, const sheets::InspectionRead& r, bool saved)
{
    const bool dryRun = c.parser.isSet(kDryRun);
    const Inspection& i = r.inspection;
    if (c.parser.isSet(kJson)) {
        QJsonArray changes;
        for (const StatusChange& s : r.changes)
            changes.append(QJsonObject {{QStringLiteral("control"), s.control}, {QStringLiteral("unit"), s.unit},
                {QStringLiteral("before"), statusJson(s.before)}, {QStringLiteral("after"), statusJson(s.after)}});
        printJson(c,
            {{QStringLiteral("ok"), true}, {QStringLiteral("dry_run"), dryRun}, {QStringLiteral("saved"), saved},
                {QStringLiteral("inspection"), i.id}, {QStringLiteral("unit"), i.unit},
                {QStringLiteral("fiscal_year"), i.fiscalYear}, {QStringLiteral("answers"), i.answers.size()},
                {QStringLiteral("empty_answers"), r.emptyAnswers}, {QStringLiteral("changes"), changes}});
        return;
    }
    c.out << Tr::tr("%1: %2, %3 (sheet %4, header row %5): %n answers", nullptr, int(i.answers.size()))
                 .arg(i.id, i.unit, japaneseFiscalYear(i.fiscalYear), r.sheet, QString::number(r.headerRow))
          << Qt::endl;
    if (r.emptyAnswers > 0)
        c.out << Tr::tr("%n check items left unanswered: skipped", nullptr, r.emptyAnswers) << Qt::endl;
    c.out << Tr::tr("%n status changes", nullptr, int(r.changes.size())) << Qt::endl;
    for (const StatusChange& s : r.changes)
        c.out << QStringLiteral("  %1 %2: %3 → %4")
                     .arg(s.control, s.unit, statusText(before, s.control, s.before),
                         statusText(before, s.control, s.after))
              << Qt::endl;
    if (dryRun)
        c.out << Tr::tr("Dry run: nothing written.") << Qt::endl;
    else if (saved)
        c.out << Tr::tr("Saved %1.").arg(c.parser.value(kInto)) << Qt::endl;
}

int runImport(Context& c, const QStringList& args)
{
    if (args.size() != 1)
        return reportInputError(c, Tr::tr("expected one checklist file (.xlsx or .csv)"));
    const QString project = c.parser.value(kInto);
    if (project.isEmpty())
        return reportInputError(c, Tr::tr("--into PROJECT is required"));
    const std::optional<int> year = fiscalYearOption(c, std::nullopt);
    if (!year)
        return InputError;
    int locked = Success;
    const auto lock = c.parser.isSet(kDryRun) ? nullptr : lockForUpdate(c, project, locked);
    if (locked != Success)
        return locked;
    LoadedModel loaded = loadModelFile(project);
    if (!loaded.ok())
        return reportAllErrors(c, loaded.errors);
    const sheets::ReadResult book = sheets::readSheetFile(args.first());
    if (!book.ok())
        return reportInputError(c, book.error);
    const sheets::InspectionRead read
        = sheets::readInspection(book.workbook, loaded.model, {*year, c.parser.value(kUnit), {}, {}});
    if (!read.ok())
        return reportAllErrors(c, read.errors);
    const Model before = loaded.model;
    bool saved = false;
    if (!c.parser.isSet(kDryRun)) {
        recordInspection(loaded.model, read.inspection);
        applyStatusChanges(loaded.model, read.changes);
        if (const QString error = saveModelFile(loaded.model, project); !error.isEmpty()) {
            c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failure;
        }
        saved = true;
    }
    printRead(c, before, read, saved);
    return Success;
}

int runInspection(Context& c)
{
    QStringList args = c.parser.positionalArguments();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1StringView("template"))
        return runTemplate(c, args);
    if (sub == QLatin1StringView("import"))
        return runImport(c, args);
    return reportInputError(c, Tr::tr("inspection expects template or import (got \"%1\")").arg(sub));
}

void addOptions(QCommandLineParser& p)
{
    p.addOption({kUnit,
        Tr::tr("template: the org unit whose checklist to write; import: the unit answering (default: the one the "
               "sheet names)."),
        QStringLiteral("UNIT")});
    p.addOption({kFiscalYear, Tr::tr("The fiscal year (年度) of the inspection; template: default the current one."),
        QStringLiteral("Y")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("template: write to FILE.xlsx."),
        QStringLiteral("FILE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("template: replace FILE if it exists.")});
    p.addOption({kLang, Tr::tr("template: headers and check items in ja (default) or en."), QStringLiteral("ja|en")});
    p.addOption({kInto, Tr::tr("import: the project to record the inspection in."), QStringLiteral("PROJECT")});
    p.addOption({kDryRun, Tr::tr("import: show the status changes; write nothing.")});
    addJsonOption(p);
}

} // namespace

std::vector<Command> inspectionCommands()
{
    return {
        {"inspection",
            "template|import ... (template PROJECT --unit UNIT -o FILE.xlsx [--fiscal-year Y] [--lang ja|en]; "
            "import FILE.xlsx --into PROJECT --fiscal-year Y [--unit UNIT] [--dry-run] [--json])",
            QT_TRANSLATE_NOOP("mamori::cli",
                "Write a unit's self-inspection checklist (§9) as a workbook, or import its answers into the "
                "unit's control statuses."),
            addOptions, runInspection},
    };
}

} // namespace mamori::cli
