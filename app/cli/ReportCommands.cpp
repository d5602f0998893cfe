// The report commands: `report` (the PDF) and `export-csv` (the risk register or the plan
// for Excel). Input errors exit 2, other failures 1, like every command; nothing is written on
// failure.

#include "CliCommand.h"
#include "CliSupport.h"

#include "CsvExport.h"
#include "PdfReport.h"
#include "Scenarios.h"
#include "engine/Assessment.h"

#include <QElapsedTimer>
#include <QGuiApplication>

namespace mamori::cli {

namespace {

const QString kLang = QStringLiteral("lang");

std::optional<QString> languageArgument(Context& c)
{
    const QString lang = c.parser.isSet(kLang) ? c.parser.value(kLang) : QStringLiteral("ja");
    if (lang != QLatin1StringView("ja") && lang != QLatin1StringView("en")) {
        c.err << Tr::tr("error: --lang expects ja or en") << Qt::endl;
        return std::nullopt;
    }
    return lang;
}

/// The document control given for this report only (--doc-number, --doc-version, --department,
/// --approved, --distribute, --budget): each replaces the project's value in the report. False, with
/// the message written, for a bad date or budget.
bool documentArguments(Context& c, ReportOptions::DocumentOverrides& d)
{
    const auto text = [&](const char* name) -> std::optional<QString> {
        const QString option = QString::fromLatin1(name);
        return c.parser.isSet(option) ? std::optional<QString>(c.parser.value(option).trimmed()) : std::nullopt;
    };
    d.number = text("doc-number");
    d.version = text("doc-version");
    d.department = text("department");
    if (const auto approved = text("approved")) {
        const QDate date = QDate::fromString(*approved, Qt::ISODate);
        if (!date.isValid()) {
            c.err << Tr::tr("error: --approved expects YYYY-MM-DD") << Qt::endl;
            return false;
        }
        d.approvedOn = date;
    }
    if (const auto list = text("distribute")) {
        QStringList to;
        for (const QString& part : list->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                to.append(part.trimmed());
        }
        d.distribution = to;
    }
    for (const QString& value : c.parser.values(QStringLiteral("budget"))) {
        // FY=AMOUNT or FY=INITIAL/RUNNING, yen; FY as 2026.
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        bool yearOk = false, initialOk = false, runningOk = true;
        const int year = eq > 0 ? value.left(eq).trimmed().toInt(&yearOk) : 0;
        const QStringList amounts = eq > 0 ? value.mid(eq + 1).split(QLatin1Char('/')) : QStringList();
        FiscalBudget b;
        b.fiscalYear = year;
        if (!amounts.isEmpty())
            b.initial = amounts[0].trimmed().remove(QLatin1Char(',')).toDouble(&initialOk);
        if (amounts.size() == 2)
            b.running = amounts[1].trimmed().remove(QLatin1Char(',')).toDouble(&runningOk);
        if (!yearOk || !initialOk || !runningOk || amounts.size() > 2 || year < 1989 || year > 2100 || b.initial < 0
            || b.running < 0) {
            c.err << Tr::tr("error: --budget expects FY=INITIAL or FY=INITIAL/RUNNING in yen, such as "
                            "2026=5000000/1200000")
                  << Qt::endl;
            return false;
        }
        d.budgets.append(b);
    }
    return true;
}

int runReport(Context& c)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // main() makes a QGuiApplication for this command; a caller that did not cannot have fonts.
        c.err << Tr::tr("error: the report needs a QGuiApplication") << Qt::endl;
        return Failure;
    }
    int code = Success;
    const auto lang = languageArgument(c);
    if (!lang)
        return InputError;
    ReportOptions options;
    options.language = *lang;
    options.scenario = c.parser.value(QStringLiteral("scenario"));
    options.previousFile = c.parser.value(QStringLiteral("previous"));
    options.handlingMark = c.parser.value(QStringLiteral("mark"));
    options.organization = c.parser.value(QStringLiteral("org"));
    if (c.parser.isSet(QStringLiteral("fiscal-year"))) {
        bool ok = false;
        const int year = c.parser.value(QStringLiteral("fiscal-year")).toInt(&ok);
        if (!ok || year < 1989 || year > 2200) {
            c.err << Tr::tr("error: --fiscal-year expects a year such as 2026") << Qt::endl;
            return InputError;
        }
        options.fiscalYear = year;
    }
    if (c.parser.isSet(QStringLiteral("date"))) {
        options.date = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.date.isValid()) {
            c.err << Tr::tr("error: --date expects YYYY-MM-DD") << Qt::endl;
            return InputError;
        }
    }
    ContinuityOptions simulation {options.continuityTrials, options.continuitySeed, 0};
    if (int code = Success; !readTrialsAndSeed(c, simulation, code))
        return code;
    options.continuityTrials = simulation.trials;
    options.continuitySeed = simulation.seed;
    if (c.parser.isSet(QStringLiteral("sections"))) {
        const auto sections = ReportOptions::parseSections(c.parser.value(QStringLiteral("sections")));
        if (!sections) {
            c.err << Tr::tr("error: --sections expects a comma-separated list of: %1")
                         .arg(ReportOptions::sectionKeys().join(QStringLiteral(", ")))
                  << Qt::endl;
            return InputError;
        }
        options.sections = *sections;
    }
    if (c.parser.isSet(QStringLiteral("edition"))) {
        const auto edition = ReportOptions::parseEdition(c.parser.value(QStringLiteral("edition")));
        if (!edition) {
            c.err << Tr::tr("error: --edition expects summary or full (got \"%1\")")
                         .arg(c.parser.value(QStringLiteral("edition")))
                  << Qt::endl;
            return InputError;
        }
        options.edition = *edition;
    }
    if (!documentArguments(c, options.document))
        return InputError;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const auto output = outputArgument(c, code);
    if (!output)
        return code;
    if (!options.scenario.isEmpty() && !options.has(ReportOptions::Section::Scenario))
        options.sections |= ReportOptions::Section::Scenario;

    QElapsedTimer timer;
    timer.start();
    const ReportResult result = writePdfReport(loaded->model, options, *output);
    switch (result.status) {
    case ReportResult::Status::Ok:
        c.out << Tr::tr("wrote %1: %n pages", nullptr, result.pages).arg(*output) << Qt::endl;
        if (c.parser.isSet(QStringLiteral("verbose")))
            c.out << Tr::tr("took %1 ms").arg(timer.elapsed()) << Qt::endl;
        return Success;
    case ReportResult::Status::InputError: {
        InputErrors errors = result.errors;
        const QString file = QFileInfo(c.parser.positionalArguments().first()).fileName();
        for (mamori::InputError& e : errors) {
            if (e.file.isEmpty())
                e.file = file;
        }
        return reportErrors(errors, c.err);
    }
    case ReportResult::Status::Cancelled:
    case ReportResult::Status::Failure:
        break;
    }
    c.err << Tr::tr("error: %1").arg(result.error) << Qt::endl;
    return Failure;
}

int runExportCsv(Context& c)
{
    int code = Success;
    const auto lang = languageArgument(c);
    if (!lang)
        return InputError;
    const QString what = c.parser.value(QStringLiteral("what"));
    if (what != QLatin1StringView("risks") && what != QLatin1StringView("plan")) {
        c.err << Tr::tr("error: --what expects risks or plan") << Qt::endl;
        return InputError;
    }
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const auto output = outputArgument(c, code);
    if (!output)
        return code;
    Model model = loaded->model;
    const QString scenarioId = c.parser.value(QStringLiteral("scenario"));
    if (!scenarioId.isEmpty()) {
        ResolvedScenario resolved
            = resolveScenario(model, scenarioId, QFileInfo(c.parser.positionalArguments().first()).fileName());
        if (!resolved.ok())
            return reportErrors(resolved.errors, c.err);
        model = std::move(resolved.model);
    }
    const Assessment a = assess(model);
    if (!a.ok())
        return reportErrors(a.errors, c.err);
    const QString error
        = writeCsvExport(what == QLatin1StringView("plan") ? CsvKind::Plan : CsvKind::Risks, model, a, *lang, *output);
    if (!error.isEmpty()) {
        c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failure;
    }
    c.out << Tr::tr("wrote %1").arg(*output) << Qt::endl;
    return Success;
}

void addOutput(QCommandLineParser& p)
{
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Write to FILE."), QStringLiteral("FILE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("Replace FILE if it exists.")});
    p.addOption({kLang, Tr::tr("Language of the output: ja (default) or en."), QStringLiteral("LANG")});
}

} // namespace

bool commandNeedsGui(const QString& command)
{
    return command == QLatin1StringView("report");
}

std::vector<Command> reportCommands()
{
    return {
        {"report",
            "FILE -o REPORT.pdf [--lang ja|en] [--edition summary|full] [--scenario ID] [--previous OLD] "
            "[--doc-number X] [--doc-version V] [--department D] [--approved YYYY-MM-DD] [--distribute A,B] "
            "[--budget FY=AMOUNT] [--trials N] [--seed S]",
            QT_TRANSLATE_NOOP("mamori::cli", "Write the risk report as PDF."),
            [](QCommandLineParser& p) {
                addOutput(p);
                addScenarioOption(p, Tr::tr("Compare scenario ID with the baseline in the report."));
                p.addOption({QStringLiteral("previous"),
                    Tr::tr("Compare with the previous year's model file OLD (.mamori or JSON) in the report."),
                    QStringLiteral("OLD")});
                p.addOption({QStringLiteral("mark"), Tr::tr("The handling mark on every page (default 取扱注意)."),
                    QStringLiteral("TEXT")});
                p.addOption(
                    {QStringLiteral("org"), Tr::tr("The organization named on the cover."), QStringLiteral("NAME")});
                p.addOption({QStringLiteral("fiscal-year"), Tr::tr("The fiscal year (default: the current one)."),
                    QStringLiteral("YEAR")});
                p.addOption({QStringLiteral("date"), Tr::tr("The date on the cover (default: today)."),
                    QStringLiteral("YYYY-MM-DD")});
                p.addOption({QStringLiteral("sections"),
                    Tr::tr("Only these sections (comma-separated): %1.")
                        .arg(ReportOptions::sectionKeys().join(QStringLiteral(", "))),
                    QStringLiteral("LIST")});
                p.addOption({QStringLiteral("doc-number"),
                    Tr::tr("The document number on the cover (default: the project's)."), QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("doc-version"),
                    Tr::tr("The document's version, such as 1.0 (default: the project's)."), QStringLiteral("V")});
                p.addOption({QStringLiteral("department"),
                    Tr::tr("The preparing department on the cover (default: the project's)."), QStringLiteral("NAME")});
                p.addOption({QStringLiteral("approved"),
                    Tr::tr("The approval date on the cover (default: the project's)."), QStringLiteral("YYYY-MM-DD")});
                p.addOption({QStringLiteral("distribute"),
                    Tr::tr("The distribution list at the end, comma-separated (default: the project's)."),
                    QStringLiteral("LIST")});
                p.addOption({QStringLiteral("budget"),
                    Tr::tr("The plan's budget of fiscal year FY in yen, initial and optionally running; may be "
                           "repeated (default: the project's)."),
                    QStringLiteral("FY=INITIAL[/RUNNING]")});
                p.addOption({QStringLiteral("edition"),
                    Tr::tr("summary (default): every long list cut to its highest entries and the rest counted, "
                           "about 60 pages at most; full: the complete registers as well."),
                    QStringLiteral("EDITION")});
                p.addOption({QStringLiteral("trials"),
                    Tr::tr("Years of outages the continuity chapter simulates (default 10,000)."),
                    QStringLiteral("N")});
                p.addOption({QStringLiteral("seed"),
                    Tr::tr("The continuity simulation's random seed (default 1), as mamori-cli simulate."),
                    QStringLiteral("S")});
                p.addOption({QStringLiteral("verbose"), Tr::tr("Print how long the report took.")});
            },
            runReport},
        {"export-csv", "FILE --what risks|plan -o OUT.csv [--lang ja|en]",
            QT_TRANSLATE_NOOP("mamori::cli", "Export the risk register or the plan as CSV for Excel."),
            [](QCommandLineParser& p) {
                addOutput(p);
                p.addOption({QStringLiteral("what"), Tr::tr("risks (the risk register) or plan (the plan's actions)."),
                    QStringLiteral("WHAT")});
                addScenarioOption(p, Tr::tr("Export scenario ID instead of the baseline."));
            },
            runExportCsv},
    };
}

} // namespace mamori::cli
