// The risk engine's commands: assess, diff, explain, generate (RISK-MODEL.md sections 4 and 5,
// the generator and the explanation). Input errors exit 2, other failures 1, like every command.

#include "CliSupport.h"

#include "SaveWhole.h"
#include "Scenarios.h"
#include "Validation.h"
#include "engine/Assessment.h"
#include "engine/AssessmentJson.h"
#include "engine/Diff.h"
#include "engine/Explain.h"
#include "engine/Generator.h"

#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace mamori::cli {

namespace {

// ---- assess ----

void printAssessment(Context& c, const Model& model, const Assessment& a, const QString& scenarioId, int top)
{
    QTextStream& out = c.out;
    out << Tr::tr("Model: %1").arg(terminalText(model.name.text(Language::Japanese))) << Qt::endl;
    out << Tr::tr("Scenario: %1").arg(scenarioId.isEmpty() ? Tr::tr("baseline") : terminalText(scenarioId)) << Qt::endl;
    out << Tr::tr("Assets %1, controls %2, risks %3, findings %4")
               .arg(QString::number(a.assets.size()), QString::number(a.controls.size()),
                   QString::number(a.risks.size()), QString::number(a.findings.size()))
        << Qt::endl;
    out << Tr::tr("Total inherent %1, residual %2; above appetite (%3): %4")
               .arg(fixed(a.totals.inherent), fixed(a.totals.residual), fixed(a.appetite, 2),
                   QString::number(a.totals.aboveAppetite))
        << Qt::endl;
    QStringList levels;
    for (const auto& [label, count] : a.levelCounts())
        levels.append(QStringLiteral("%1 %2").arg(label, QString::number(count)));
    out << Tr::tr("Residual levels: %1").arg(levels.join(QStringLiteral(", "))) << Qt::endl;
    for (const Finding& f : a.findings)
        out << Tr::tr("Finding (%1): %2 and %3 connected without a gateway: %4")
                   .arg(severityKey(f.severity), terminalText(f.first), terminalText(f.second),
                       terminalText(f.path.join(QStringLiteral(" - "))))
            << Qt::endl;
    out << Qt::endl;

    std::vector<qsizetype> order(std::size_t(a.risks.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    // Highest residual first; ties keep the (asset, threat) order.
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype x, qsizetype y) { return a.risks[x].residual > a.risks[y].residual; });
    if (top >= 0 && std::size_t(top) < order.size())
        order.resize(std::size_t(top));
    QList<QStringList> rows;
    rows.reserve(qsizetype(order.size()));
    for (const qsizetype i : order) {
        const RiskResult& r = a.risks[i];
        rows.append({r.asset, r.threat, fixed(r.likelihood), fixed(r.impact), fixed(r.inherent),
            fixed(r.residualLikelihood), fixed(r.residualImpact), fixed(r.residual), a.levelLabel(r.level),
            toKey(r.response) + (r.decided ? QStringLiteral("*") : QString()), QString::number(r.controls.size())});
    }
    printTable(out,
        {Tr::tr("asset"), Tr::tr("threat"), Tr::tr("L"), Tr::tr("I"), Tr::tr("inherent"), Tr::tr("L res"),
            Tr::tr("I res"), Tr::tr("residual"), Tr::tr("level"), Tr::tr("response"), Tr::tr("controls")},
        rows, {false, false, true, true, true, true, true, true, false, false, true});
    if (!rows.isEmpty())
        out << Tr::tr("* decided response; others are suggested from the appetite.") << Qt::endl;
}

int runAssess(Context& c)
{
    int code = Success;
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const QString scenarioId = c.parser.value(kScenario);
    const auto model = modelFor(c, loaded->model, scenarioId, code);
    if (!model)
        return code;
    const auto a = assessOrReport(c, *model, code);
    if (!a)
        return code;
    if (c.parser.isSet(kJson)) {
        const bool written
            = printStreamedJson(c, [&](QIODevice* out) { return writeAssessmentJson(out, *a, scenarioId); });
        return written ? Success : Failure;
    }
    int top = -1;
    if (c.parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = c.parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 0) {
            c.err << Tr::tr("error: --top expects a whole number of rows") << Qt::endl;
            return InputError;
        }
    }
    printAssessment(c, *model, *a, scenarioId, top);
    return Success;
}

// ---- diff ----

/// The readable form of a diff: the totals, the findings, then the changed risks.
void printDiff(Context& c, const AssessmentDiff& d, const QString& heading)
{
    QTextStream& out = c.out;
    out << heading << Qt::endl;
    printTable(out, {QString(), Tr::tr("inherent"), Tr::tr("residual"), Tr::tr("above appetite")},
        {{Tr::tr("base"), fixed(d.base.inherent), fixed(d.base.residual), QString::number(d.base.aboveAppetite)},
            {Tr::tr("scenario"), fixed(d.scenario.inherent), fixed(d.scenario.residual),
                QString::number(d.scenario.aboveAppetite)},
            {Tr::tr("change"), fixed(d.scenario.inherent - d.base.inherent),
                fixed(d.scenario.residual - d.base.residual),
                QString::number(d.scenario.aboveAppetite - d.base.aboveAppetite)}},
        {false, true, true, true});
    out << Qt::endl;
    for (const Finding& f : d.findingsAdded)
        out << Tr::tr("New finding (%1): %2 and %3").arg(severityKey(f.severity), f.first, f.second) << Qt::endl;
    for (const Finding& f : d.findingsRemoved)
        out << Tr::tr("Resolved finding (%1): %2 and %3").arg(severityKey(f.severity), f.first, f.second) << Qt::endl;
    const QList<RiskChange> rows = largestReductionsFirst(d.risks);
    QList<QStringList> table;
    const QString none = QStringLiteral("-");
    for (const RiskChange& r : rows)
        table.append({r.asset, r.threat, r.baseResidual ? fixed(*r.baseResidual) : none,
            r.scenarioResidual ? fixed(*r.scenarioResidual) : none, r.delta() ? fixed(*r.delta()) : none});
    out << Tr::tr("%n changed risks", nullptr, int(table.size())) << Qt::endl;
    if (!table.isEmpty())
        printTable(out, {Tr::tr("asset"), Tr::tr("threat"), Tr::tr("base"), Tr::tr("scenario"), Tr::tr("change")},
            table, {false, false, true, true, true});
}

/// The assessment of the baseline of --against-file OLD (a .mamori or model JSON, e.g. last fiscal
/// year's), or its errors reported, each naming OLD.
int runDiff(Context& c)
{
    if (c.parser.isSet(QStringLiteral("continuity")))
        return runContinuityDiff(c);
    int code = Success;
    auto sides = diffSides(c, code);
    if (!sides)
        return code;
    const auto base
        = sides->other ? std::optional(std::move(sides->other->assessment)) : assessOrReport(c, *sides->base, code);
    if (!base)
        return code;
    const auto scenario = assessOrReport(c, sides->scenario, code);
    if (!scenario)
        return code;
    const AssessmentDiff d = diff(*base, *scenario);
    if (c.parser.isSet(kJson)) {
        printJson(c, diffToJson(d, sides->baseName(), sides->scenarioId));
        return Success;
    }
    printDiff(c, d, sides->heading());
    return Success;
}

// ---- explain ----

int runExplain(Context& c)
{
    int code = Success;
    const QString asset = c.parser.value(QStringLiteral("asset"));
    const QString threat = c.parser.value(QStringLiteral("threat"));
    if (asset.isEmpty() || threat.isEmpty()) {
        c.err << Tr::tr("error: --asset A and --threat T are required") << Qt::endl;
        return InputError;
    }
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return code;
    const QString scenarioId = c.parser.value(kScenario);
    const auto model = modelFor(c, loaded->model, scenarioId, code);
    if (!model)
        return code;
    if (!assessOrReport(c, *model, code)) // a requires cycle: no explanation of numbers we do not show
        return code;
    ExplainResult r = explain(*model, asset, threat);
    if (!r.ok()) {
        const QString file = QFileInfo(c.parser.positionalArguments().first()).fileName();
        for (mamori::InputError& e : r.errors)
            e.file = file;
        return reportErrors(r.errors, c.err);
    }
    if (c.parser.isSet(kJson)) {
        QJsonObject o = explanationToJson(*r.explanation);
        o.insert(kScenario, scenarioId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scenarioId));
        printJson(c, o);
    } else {
        c.out << terminalText(explanationToText(*r.explanation), true);
    }
    return Success;
}

// ---- generate ----

int runGenerate(Context& c)
{
    int code = Success;
    bool ok = false;
    const int assets = c.parser.value(QStringLiteral("assets")).toInt(&ok);
    if (!ok || assets < Generator::kMinimumAssets || assets > Generator::kMaximumAssets) {
        c.err << Tr::tr("error: --assets expects a whole number from %1 to %2")
                     .arg(QString::number(Generator::kMinimumAssets), QString::number(Generator::kMaximumAssets))
              << Qt::endl;
        return InputError;
    }
    const quint64 seed = c.parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        c.err << Tr::tr("error: --seed expects a whole number") << Qt::endl;
        return InputError;
    }
    const auto output = outputArgument(c, code);
    if (!output)
        return code;
    const Model model = Generator::generateWard(assets, seed);
    // The generator is ours: an invalid ward is a bug, not the user's input.
    const InputErrors errors = validate(model, QFileInfo(*output).fileName(), Source::Json);
    if (!errors.isEmpty()) {
        reportErrors(errors, c.err);
        c.err << Tr::tr("error: the generated model is not valid (a bug in the generator)") << Qt::endl;
        return Failure;
    }
    if (kindForWriting(*output) == ModelFileKind::Project) {
        const QString error = saveModelFile(model, *output);
        if (!error.isEmpty()) {
            c.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failure;
        }
    } else {
        const SaveWholeResult saved
            = saveWhole(*output, QJsonDocument(Generator::toVariedJson(model)).toJson(QJsonDocument::Indented));
        if (!saved.ok()) {
            c.err << Tr::tr("error: cannot write %1: %2").arg(*output, saved.error) << Qt::endl;
            return Failure;
        }
    }
    c.out << Tr::tr("wrote %1: %2 assets, %3 dependencies, %4 scenarios")
                 .arg(*output, QString::number(model.assets.size()), QString::number(model.dependencies.size()),
                     QString::number(model.scenarios.size()))
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> engineCommands()
{
    return {
        {"assess", "FILE [--scenario ID] [--json]",
            QT_TRANSLATE_NOOP("mamori::cli", "Assess the risks of a model or of one of its scenarios."),
            [](QCommandLineParser& p) {
                addScenarioOption(p, Tr::tr("Assess scenario ID instead of the baseline."));
                addJsonOption(p);
                p.addOption({QStringLiteral("top"), Tr::tr("Show only the N highest residual risks in the table."),
                    QStringLiteral("N")});
            },
            runAssess},
        {"diff",
            "FILE [--scenario ID] [--against ID2 | --against-file OLD] [--continuity [--trials N] [--seed S]] [--json]",
            QT_TRANSLATE_NOOP("mamori::cli",
                "Compare a scenario with the baseline or with another scenario, or the model with another "
                "model file (last year's)."),
            [](QCommandLineParser& p) {
                addScenarioOption(p, Tr::tr("The scenario to compare."));
                p.addOption(
                    {kAgainst, Tr::tr("Compare with scenario ID2 instead of the baseline."), QStringLiteral("ID2")});
                p.addOption({kAgainstFile,
                    Tr::tr("Compare with the baseline of another model file (.mamori or JSON), e.g. last fiscal "
                           "year's."),
                    QStringLiteral("OLD")});
                p.addOption({QStringLiteral("continuity"),
                    Tr::tr("Compare the service continuity (simulate) instead of the risks, with the same random "
                           "numbers on both sides.")});
                addSimulationOptions(p);
                addJsonOption(p);
            },
            runDiff},
        {"explain", "FILE --asset A --threat T [--scenario ID] [--json]",
            QT_TRANSLATE_NOOP("mamori::cli", "Explain why a risk has its score."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("asset"), Tr::tr("The asset of the risk."), QStringLiteral("A")});
                p.addOption({QStringLiteral("threat"), Tr::tr("The threat of the risk."), QStringLiteral("T")});
                addScenarioOption(p, Tr::tr("Explain the risk in scenario ID."));
                addJsonOption(p);
            },
            runExplain},
        {"generate", "--assets N --seed S -o MODEL.json",
            QT_TRANSLATE_NOOP("mamori::cli", "Write a synthetic ward model for tests and benchmarks."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("assets"), Tr::tr("Number of assets."), QStringLiteral("N")});
                p.addOption({QStringLiteral("seed"), Tr::tr("Random seed; the same seed gives the same model."),
                    QStringLiteral("S"), QStringLiteral("1")});
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Write to FILE."),
                    QStringLiteral("FILE")});
                p.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Tr::tr("Replace FILE if it exists.")});
            },
            runGenerate},
    };
}

} // namespace mamori::cli
