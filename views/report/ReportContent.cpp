#include "ReportContent.h"

#include "JapaneseCalendar.h"
#include "NumberFormat.h"
#include "Scenarios.h"
#include "Validation.h"

#include "engine/Plan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mamori {

namespace {
template <typename T> const T* find(const QList<T>& list, const QHash<QString, qsizetype>& index, const QString& id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &list[*it];
}

PlanProjectionSummary projectionOf(const PlanProjection& p)
{
    PlanProjectionSummary s;
    s.baselineResidual = p.baselineResidual;
    s.baselineAboveAppetite = p.baselineAboveAppetite;
    for (const PlanStep& step : p.steps)
        s.steps.append({step.action, step.due, step.residual, step.aboveAppetite, step.reductionAlone});
    return s;
}
} // namespace

const Asset* ReportContent::asset(const QString& id) const
{
    return find(model.assets, index.assets, id);
}

const Threat* ReportContent::threat(const QString& id) const
{
    return find(model.threats, index.threats, id);
}

const Control* ReportContent::control(const QString& id) const
{
    return find(model.controls, index.controls, id);
}

QString ReportContent::assetName(const QString& id) const
{
    const Asset* a = asset(id);
    return a ? a->name.text(language) : QString();
}

QString ReportContent::threatName(const QString& id) const
{
    const Threat* t = threat(id);
    return t ? t->name.text(language) : QString();
}

QString ReportContent::controlName(const QString& id) const
{
    const Control* c = control(id);
    return c ? c->name.text(language) : QString();
}

QString ReportContent::orgUnitName(const QString& id) const
{
    const OrgUnit* o = find(model.orgUnits, index.orgUnits, id);
    return o ? o->name.text(language) : id;
}

QString ReportContent::number(double value) const
{
    return formatNumber(value, locale);
}

QString ReportContent::score(double value) const
{
    return formatScore(value, locale);
}

QString ReportContent::count(qint64 value) const
{
    return formatCount(value, locale);
}

namespace {
QString signedChange(const QString& magnitude, bool zero, bool increase, Language language)
{
    if (zero)
        return magnitude; // what rounds to nothing has no sign
    if (increase)
        return QStringLiteral("+") + magnitude;
    return (language == Language::Japanese ? QStringLiteral("△") : QStringLiteral("−")) + magnitude;
}
} // namespace

QString ReportContent::change(double value) const
{
    return signedChange(score(std::abs(value)), roundScore(value) == 0.0, value > 0, language);
}

QString ReportContent::countChange(qint64 value) const
{
    return signedChange(count(value < 0 ? -value : value), value == 0, value > 0, language);
}

QString ReportContent::yenChange(double value) const
{
    return signedChange(yen(std::abs(value)), std::round(value) == 0.0, value > 0, language);
}

QString ReportContent::yen(double value) const
{
    const QString amount = locale.toString(value, 'f', 0);
    return language == Language::Japanese ? amount + QStringLiteral("円") : QStringLiteral("¥") + amount;
}

QString ReportContent::fiscalYearLabel(int fiscalYear) const
{
    return language == Language::Japanese ? japaneseFiscalYear(fiscalYear) : QStringLiteral("FY%1").arg(fiscalYear);
}

QString ReportContent::date(const QDate& d) const
{
    if (!d.isValid())
        return {};
    if (language == Language::Japanese)
        return japaneseEraDate(d);
    return locale.toString(d, QStringLiteral("d MMM yyyy"));
}

QString ReportContent::fiscalYear(int year) const
{
    if (language != Language::Japanese)
        return QString::number(year);
    QString era = japaneseFiscalYear(year);
    if (era.endsWith(QStringLiteral("年度")))
        era.chop(2);
    return era;
}

QString ReportContent::labelled(const QString& name, const QString& id) const
{
    if (name.isEmpty())
        return id;
    return language == Language::Japanese ? QStringLiteral("%1（%2）").arg(name, id)
                                          : QStringLiteral("%1 (%2)").arg(name, id);
}

ContentResult buildReportContent(const Model& model, const ReportOptions& options)
{
    ContentResult result;
    ReportContent c;
    c.options = options;
    c.language = options.language == QLatin1StringView("en") ? Language::English : Language::Japanese;
    c.locale = QLocale(c.language == Language::English ? QLocale::English : QLocale::Japanese,
        c.language == Language::English ? QLocale::UnitedStates : QLocale::Japan);
    c.model = model;
    c.assessment = assess(model);
    if (!c.assessment.ok()) {
        result.errors = c.assessment.errors;
        return result;
    }
    c.index = ModelIndex(model);
    c.document = options.effectiveDocument(model.document);
    if (c.document != model.document) {
        // Values given for this report only are held to the project's rules (Validation.cpp).
        result.errors = validateDocument(c.document, QString(), Source::Json);
        if (!result.errors.isEmpty())
            return result;
    }

    c.riskOrder.resize(std::size_t(c.assessment.risks.size()));
    std::iota(c.riskOrder.begin(), c.riskOrder.end(), qsizetype(0));
    const QList<RiskResult>& risks = c.assessment.risks;
    std::stable_sort(c.riskOrder.begin(), c.riskOrder.end(),
        [&](qsizetype x, qsizetype y) { return risks[x].residual > risks[y].residual; });

    if (!options.scenario.isEmpty()) {
        ResolvedScenario resolved = resolveScenario(model, options.scenario);
        if (!resolved.ok()) {
            result.errors = resolved.errors;
            return result;
        }
        ReportScenario s;
        s.id = options.scenario;
        for (const Scenario& sc : model.scenarios) {
            if (sc.id == options.scenario)
                s.name = sc.name.text(c.language);
        }
        s.model = std::move(resolved.model);
        s.assessment = assess(s.model);
        if (!s.assessment.ok()) {
            result.errors = s.assessment.errors;
            return result;
        }
        s.diff = diff(c.assessment, s.assessment);
        c.scenario = std::move(s);
    }
    if (!options.previousFile.isEmpty()) {
        OtherModelFile old = readOtherModelFile(options.previousFile);
        if (!old.ok()) {
            result.errors = old.errors;
            return result;
        }
        // The same comparison as `mamori-cli diff MODEL --against-file OLD`: its base is the old file.
        ReportPrevious p;
        p.fileName = old.fileName;
        p.diff = diff(old.assessment, c.assessment);
        p.index = ModelIndex(old.model);
        p.model = std::move(old.model);
        p.assessment = std::move(old.assessment);
        c.previous = std::move(p);
    }
    std::optional<PlanProjection> projection;
    if (options.has(ReportOptions::Section::Plan) && !model.actions.isEmpty()) {
        projection = projectPlan(model);
        c.projection = projectionOf(*projection);
    }
    if (options.has(ReportOptions::Section::Continuity) && hasContinuityInputs(model)) {
        const ContinuityOptions run {options.continuityTrials, options.continuitySeed, 0};
        c.continuity = simulateContinuity(model, c.assessment, run);
        if (c.scenario)
            c.scenarioContinuity = simulateContinuity(c.scenario->model, c.scenario->assessment, run, c.scenario->id);
        if (projection && !projection->steps.isEmpty())
            c.planContinuity = projectContinuity(model, *projection, run);
    }
    result.content = std::move(c);
    return result;
}

} // namespace mamori
