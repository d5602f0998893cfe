#include "Cli.h"
#include "CliCommand.h"
#include "CliSupport.h"

#include "BuiltIn.h"
#include "ModelFile.h"
#include "ProjectFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <functional>
#include <map>

namespace mamori::cli {

namespace {

int save(Context& c, const Model& model, const QString& path)
{
    const QString error = saveModelFile(model, path);
    if (!error.isEmpty()) {
        c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failure;
    }
    return Success;
}

void addOutputOptions(QCommandLineParser& p)
{
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Write to FILE."), QStringLiteral("FILE")});
    p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("Replace FILE if it exists.")});
}

int runNew(Context& c)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << Tr::tr("error: expected the name of the new project file") << Qt::endl;
        return InputError;
    }
    const QString& path = args.first();
    if (QFileInfo::exists(path) && !c.parser.isSet(QStringLiteral("force"))) {
        c.err << Tr::tr("error: %1 exists; use --force to replace it").arg(path) << Qt::endl;
        return InputError;
    }
    const Model model = c.parser.isSet(QStringLiteral("sample")) ? BuiltIn::sampleWard() : BuiltIn::catalogue();
    const int code = save(c, model, path);
    if (code == Success)
        c.out << Tr::tr("created %1").arg(path) << Qt::endl;
    return code;
}

int runConvert(Context& c)
{
    int code = Success;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    auto output = outputArgument(c, code);
    if (!output)
        return code;
    code = save(c, loaded->model, *output);
    if (code == Success)
        c.out << Tr::tr("wrote %1").arg(*output) << Qt::endl;
    return code;
}

int runValidate(Context& c)
{
    int code = Success;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    c.out << Tr::tr("%1: valid").arg(c.parser.positionalArguments().first()) << Qt::endl;
    return Success;
}

int runInfo(Context& c)
{
    int code = Success;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const Model& m = loaded->model;
    QTextStream& out = c.out;
    const auto line = [&out](const QString& label, qsizetype n) { out << label << QLatin1Char('\t') << n << Qt::endl; };
    out << Tr::tr("name") << QLatin1Char('\t') << m.name.text(Language::Japanese) << Qt::endl;
    out << Tr::tr("format") << QLatin1Char('\t')
        << (loaded->kind == ModelFileKind::Project ? Tr::tr("project (schema %1)").arg(ProjectFile::kSchemaVersion)
                                                   : Tr::tr("mamori-model JSON"))
        << Qt::endl;
    line(Tr::tr("org units"), m.orgUnits.size());
    line(Tr::tr("assets"), m.assets.size());
    line(Tr::tr("dependencies"), m.dependencies.size());
    line(Tr::tr("threats"), m.threats.size());
    line(Tr::tr("exposures"), m.exposures.size());
    line(Tr::tr("controls"), m.controls.size());
    line(Tr::tr("responses"), m.responses.size());
    line(Tr::tr("plan actions"), m.actions.size());
    line(Tr::tr("scenarios"), m.scenarios.size());
    qsizetype gateways = 0;
    for (const Asset& a : m.assets)
        gateways += a.gateway ? 1 : 0;
    line(Tr::tr("gateways"), gateways);
    out << Tr::tr("appetite") << QLatin1Char('\t') << m.settings.appetite << Qt::endl;
    return Success;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = [] {
        std::vector<Command> all = {
            {"new", "FILE", QT_TRANSLATE_NOOP("mamori::cli", "Create a project from the built-in catalogue."),
                [](QCommandLineParser& p) {
                    p.addOption({QStringLiteral("sample"), Tr::tr("Start from the bundled sample ward instead.")});
                    p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("Replace FILE if it exists.")});
                },
                runNew},
            {"import", "MODEL.json -o FILE.mamori",
                QT_TRANSLATE_NOOP("mamori::cli", "Import a model into a project file."), addOutputOptions, runConvert},
            {"export", "FILE.mamori -o MODEL.json", QT_TRANSLATE_NOOP("mamori::cli", "Export a project as model JSON."),
                addOutputOptions, runConvert},
            {"validate", "FILE", QT_TRANSLATE_NOOP("mamori::cli", "Check a model and list every error with its place."),
                [](QCommandLineParser&) {}, runValidate},
            {"info", "FILE", QT_TRANSLATE_NOOP("mamori::cli", "Show what a model contains."),
                [](QCommandLineParser&) {}, runInfo},
        };
        for (Command& c : engineCommands())
            all.push_back(std::move(c));
        for (Command& c : continuityCommands())
            all.push_back(std::move(c));
        for (Command& c : planCommands())
            all.push_back(std::move(c));
        for (Command& c : sheetCommands())
            all.push_back(std::move(c));
        for (Command& c : inspectionCommands())
            all.push_back(std::move(c));
#ifdef MAMORI_HAVE_REPORT
        for (Command& c : reportCommands())
            all.push_back(std::move(c));
#endif
        return all;
    }();
    return list;
}

QString usage()
{
    QString text = Tr::tr("Usage: mamori-cli COMMAND [OPTIONS] ARGUMENTS\n"
                          "Mamori %1: cyber risk assessment for municipalities. Every FILE that is read may be a "
                          ".mamori project or a mamori-model .json.\n\nCommands:\n")
                       .arg(QStringLiteral(MAMORI_VERSION_STRING));
    for (const Command& c : commands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QString::fromLatin1(c.name), QString::fromLatin1(c.synopsis),
                        QCoreApplication::translate("mamori::cli", c.description));
    text += Tr::tr("\nRun mamori-cli COMMAND --help for the options of a command.\n"
                   "Exit codes: 0 success, 1 failure, 2 input error.\n");
    return text;
}

} // namespace

#ifndef MAMORI_HAVE_REPORT
bool commandNeedsGui(const QString&)
{
    return false;
}
#endif

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << usage();
        return InputError;
    }
    const QString& first = args.first();
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("help")) {
        out << usage();
        return Success;
    }
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out << QStringLiteral("mamori-cli %1").arg(QStringLiteral(MAMORI_VERSION_STRING)) << Qt::endl;
        return Success;
    }
    const auto& list = commands();
    const auto it
        = std::find_if(list.begin(), list.end(), [&](const Command& c) { return first == QLatin1StringView(c.name); });
    if (it == list.end()) {
        err << Tr::tr("error: unknown command \"%1\"").arg(first) << Qt::endl << Qt::endl << usage();
        return InputError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("mamori::cli", it->description));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    it->options(parser);
    parser.addPositionalArgument(QString::fromLatin1(it->synopsis).section(QLatin1Char(' '), 0, 0), QString());
    QStringList argv = args;
    argv[0] = QStringLiteral("mamori-cli %1").arg(first); // shown in the command's help
    if (!parser.parse(argv)) {
        err << Tr::tr("error: %1").arg(parser.errorText()) << Qt::endl;
        return InputError;
    }
    if (parser.isSet(help)) {
        out << Tr::tr("Usage: mamori-cli %1 %2\n").arg(first, QString::fromLatin1(it->synopsis))
            << parser.helpText().section(QLatin1Char('\n'), 1);
        return Success;
    }
    Context context {parser, out, err};
    return it->run(context);
}

} // namespace mamori::cli
