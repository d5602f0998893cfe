// The risk response plan's commands (RISK-MODEL.md section 8):
//   mamori-cli plan FILE [--scenario ID] [--json]
//   mamori-cli plan optimize FILE --budget N [--annual-budget M] [--scenario ID] [--json]
// One command with an optional first word, so `plan --help` documents both forms.

#include "CliSupport.h"

#include "engine/Plan.h"

#include <cmath>

namespace mamori::cli {

namespace {

const QString kBudget = QStringLiteral("budget");
const QString kAnnualBudget = QStringLiteral("annual-budget");

QString yen(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

/// A budget option's amount in yen, or an error on the stream (nothing when not given).
std::optional<double> amountOption(Context& c, const QString& name, bool& ok)
{
    ok = true;
    if (!c.parser.isSet(name))
        return std::nullopt;
    const double v = c.parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0) {
        ok = false;
        c.err << Tr::tr("error: --%1 expects an amount in yen, 0 or more (got \"%2\")").arg(name, c.parser.value(name))
              << Qt::endl;
        return std::nullopt;
    }
    return v;
}

QString titleOf(const Model& m, const QString& id)
{
    return actionTitle(m, id, Language::Japanese);
}

void printProjection(Context& c, const Model& m, const PlanProjection& p)
{
    QTextStream& out = c.out;
    if (!p.done.isEmpty())
        out << Tr::tr("Done (in the baseline): %1").arg(p.done.join(QStringLiteral(", "))) << Qt::endl;
    out << Tr::tr("Baseline: total residual %1, above appetite %2")
               .arg(fixed(p.baselineResidual), QString::number(p.baselineAboveAppetite))
        << Qt::endl
        << Qt::endl;
    QList<QStringList> rows;
    double initial = 0, annual = 0;
    for (const PlanStep& s : p.steps) {
        const auto perPoint = s.costPerReduction();
        rows.append({s.action, titleOf(m, s.action), s.due.toString(Qt::ISODate), fixed(s.residual),
            QString::number(s.aboveAppetite), fixed(s.reductionAlone), yen(s.cost.initial), yen(s.cost.annual),
            perPoint ? yen(*perPoint) : QStringLiteral("-")});
        initial += s.cost.initial;
        annual += s.cost.annual;
    }
    printTable(out,
        {Tr::tr("action"), Tr::tr("title"), Tr::tr("due"), Tr::tr("residual after"), Tr::tr("above appetite"),
            Tr::tr("reduction alone"), Tr::tr("initial yen"), Tr::tr("annual yen"), Tr::tr("yen per point")},
        rows, {false, false, false, true, true, true, true, true, true});
    out << Tr::tr("%n actions to do, initial %1 yen, annual %2 yen", nullptr, int(p.steps.size()))
               .arg(yen(initial), yen(annual))
        << Qt::endl;
}

void printOptimization(Context& c, const Model& m, const Optimization& o)
{
    QTextStream& out = c.out;
    out << Tr::tr("Budget: initial %1 yen").arg(yen(o.budget.initial));
    if (o.budget.annual)
        out << Tr::tr(", annual %1 yen").arg(yen(*o.budget.annual));
    out << Qt::endl;
    out << Tr::tr("Residual %1 -> %2 (every action: %3)")
               .arg(fixed(o.residualBefore), fixed(o.residualAfter), fixed(o.residualFloor))
        << Qt::endl;
    out << (o.exact ? Tr::tr("Optimum proven: %n sets of actions assessed.", nullptr, int(o.setsAssessed))
                    : Tr::tr("Heuristic result (greedy by reduction per yen, then swaps): %n sets assessed.", nullptr,
                        int(o.setsAssessed)))
        << Qt::endl
        << Qt::endl;
    QList<QStringList> chosen;
    for (const ChosenAction& a : o.chosenDetails)
        chosen.append({a.action, titleOf(m, a.action), yen(a.cost.initial), yen(a.cost.annual), fixed(a.contribution)});
    out << Tr::tr("Chosen: %n actions, initial %1 yen, annual %2 yen", nullptr, int(chosen.size()))
               .arg(yen(o.cost.initial), yen(o.cost.annual))
        << Qt::endl;
    if (!chosen.isEmpty())
        printTable(out,
            {Tr::tr("action"), Tr::tr("title"), Tr::tr("initial yen"), Tr::tr("annual yen"), Tr::tr("contribution")},
            chosen, {false, false, true, true, true});
    if (o.leftOut.isEmpty())
        return;
    QList<QStringList> left;
    for (const LeftOutAction& a : o.leftOut)
        left.append(
            {a.action, titleOf(m, a.action), yen(a.cost.initial), fixed(a.wouldReduce), leftOutReasonText(a.reason)});
    out << Qt::endl << Tr::tr("Left out:") << Qt::endl;
    printTable(out, {Tr::tr("action"), Tr::tr("title"), Tr::tr("initial yen"), Tr::tr("would reduce"), Tr::tr("why")},
        left, {false, false, true, true, false});
}

int runPlan(Context& c)
{
    QStringList args = c.parser.positionalArguments();
    const bool optimize = !args.isEmpty() && args.first() == QLatin1StringView("optimize");
    if (optimize)
        args.removeFirst();
    if (args.size() != 1) {
        c.err << Tr::tr("error: expected one model file (.mamori or .json)") << Qt::endl;
        return InputError;
    }
    bool ok = true;
    const auto budget = amountOption(c, kBudget, ok);
    if (!ok)
        return InputError;
    const auto annual = amountOption(c, kAnnualBudget, ok);
    if (!ok)
        return InputError;
    if (optimize && !budget) {
        c.err << Tr::tr("error: plan optimize needs --budget N (yen of initial cost)") << Qt::endl;
        return InputError;
    }
    if (!optimize && (budget || annual)) {
        c.err << Tr::tr("error: --budget and --annual-budget belong to plan optimize") << Qt::endl;
        return InputError;
    }

    int code = Success;
    LoadedModel loaded = loadModelFile(args.first());
    if (!loaded.ok())
        return reportErrors(loaded.errors, c.err);
    const auto model = modelFor(c, loaded.model, c.parser.value(kScenario), code);
    if (!model || !assessOrReport(c, *model, code))
        return code;

    if (optimize) {
        const Optimization o = optimizePlan(*model, {*budget, annual});
        if (c.parser.isSet(kJson))
            printJson(c, optimizationToJson(o));
        else
            printOptimization(c, *model, o);
        return Success;
    }
    const PlanProjection p = projectPlan(*model);
    if (c.parser.isSet(kJson))
        printJson(c, planToJson(p));
    else
        printProjection(c, *model, p);
    return Success;
}

} // namespace

std::vector<Command> planCommands()
{
    return {
        {"plan", "[optimize] FILE [--budget N [--annual-budget M]] [--scenario ID] [--json]",
            QT_TRANSLATE_NOOP("mamori::cli",
                "Project the risk response plan action by action; with optimize, choose "
                "the actions that a budget buys best."),
            [](QCommandLineParser& p) {
                p.addOption({kBudget, Tr::tr("optimize: the budget for initial costs, in yen."), QStringLiteral("N")});
                p.addOption(
                    {kAnnualBudget, Tr::tr("optimize: the budget for annual costs, in yen."), QStringLiteral("M")});
                addScenarioOption(p, Tr::tr("Use the plan and model of scenario ID."));
                addJsonOption(p);
            },
            runPlan},
    };
}

} // namespace mamori::cli
