#include "engine/Diff.h"

#include "ModelFile.h"
#include "Scenarios.h"
#include "engine/AssessmentJson.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

int compareRiskKeys(const RiskResult& a, const RiskResult& b)
{
    if (const int c = compareIds(a.asset, b.asset); c != 0)
        return c;
    return compareIds(a.threat, b.threat);
}

/// (rule, tiers, assets) by code point: the identity of a finding, and the order of the lists.
int compareFindings(const Finding& a, const Finding& b)
{
    const QString ka[] = {a.rule, toKey(a.firstTier), toKey(a.secondTier), a.first, a.second};
    const QString kb[] = {b.rule, toKey(b.firstTier), toKey(b.secondTier), b.first, b.second};
    for (std::size_t i = 0; i < std::size(ka); ++i) {
        if (const int c = compareIds(ka[i], kb[i]); c != 0)
            return c;
    }
    return 0;
}

/// The findings of `from` that `other` does not have, sorted by their identity.
QList<Finding> missingFrom(const QList<Finding>& from, const QList<Finding>& other)
{
    QList<Finding> sortedOther = other;
    const auto less = [](const Finding& a, const Finding& b) { return compareFindings(a, b) < 0; };
    std::sort(sortedOther.begin(), sortedOther.end(), less);
    QList<Finding> out;
    for (const Finding& f : from) {
        if (!std::binary_search(sortedOther.cbegin(), sortedOther.cend(), f, less))
            out.append(f);
    }
    std::sort(out.begin(), out.end(), less);
    return out;
}

TotalsSummary summary(const Totals& t)
{
    return {t.inherent, t.residual, t.aboveAppetite};
}

QJsonValue numberOrNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryToJson(const TotalsSummary& s)
{
    return {{QStringLiteral("inherent"), s.inherent}, {QStringLiteral("residual"), s.residual},
        {QStringLiteral("above_appetite"), s.aboveAppetite}};
}

} // namespace

AssessmentDiff diff(const Assessment& base, const Assessment& scenario)
{
    AssessmentDiff out;
    // Both risk lists are sorted by (asset, threat): one merge.
    qsizetype i = 0, j = 0;
    const auto& a = base.risks;
    const auto& b = scenario.risks;
    while (i < a.size() || j < b.size()) {
        const int c = i == a.size() ? 1 : j == b.size() ? -1 : compareRiskKeys(a[i], b[j]);
        if (c < 0) {
            out.risks.append({a[i].asset, a[i].threat, a[i].residual, std::nullopt});
            ++i;
        } else if (c > 0) {
            out.risks.append({b[j].asset, b[j].threat, std::nullopt, b[j].residual});
            ++j;
        } else {
            if (std::abs(b[j].residual - a[i].residual) > 1e-9)
                out.risks.append({a[i].asset, a[i].threat, a[i].residual, b[j].residual});
            ++i;
            ++j;
        }
    }
    out.findingsAdded = missingFrom(scenario.findings, base.findings);
    out.findingsRemoved = missingFrom(base.findings, scenario.findings);
    out.base = summary(base.totals);
    out.scenario = summary(scenario.totals);
    return out;
}

QJsonObject diffToJson(const AssessmentDiff& d, const QString& baseId, const QString& scenarioId)
{
    QJsonArray risks;
    for (const RiskChange& r : d.risks)
        risks.append(QJsonObject {{QStringLiteral("asset"), r.asset}, {QStringLiteral("threat"), r.threat},
            {QStringLiteral("base_residual"), numberOrNull(r.baseResidual)},
            {QStringLiteral("scenario_residual"), numberOrNull(r.scenarioResidual)},
            {QStringLiteral("delta"), numberOrNull(r.delta())}});
    QJsonArray added, removed;
    for (const Finding& f : d.findingsAdded)
        added.append(findingToJson(f));
    for (const Finding& f : d.findingsRemoved)
        removed.append(findingToJson(f));
    const auto idOrNull
        = [](const QString& id) { return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id); };
    return {{QStringLiteral("format"), QStringLiteral("mamori-diff")}, {QStringLiteral("version"), 1},
        {QStringLiteral("base"), idOrNull(baseId)}, {QStringLiteral("scenario"), idOrNull(scenarioId)},
        {QStringLiteral("risks"), risks}, {QStringLiteral("findings_added"), added},
        {QStringLiteral("findings_removed"), removed},
        {QStringLiteral("totals"),
            QJsonObject {{QStringLiteral("base"), summaryToJson(d.base)},
                {QStringLiteral("scenario"), summaryToJson(d.scenario)}}}};
}

ScenarioComparison compareScenarios(
    const Model& baseline, const QString& baseId, const QString& scenarioId, const Assessment* baselineAssessment)
{
    ScenarioComparison out;
    const auto side = [&](const QString& id, Model& model) {
        if (id.isEmpty()) {
            model = baseline;
            return true;
        }
        ResolvedScenario resolved = resolveScenario(baseline, id);
        if (!resolved.ok()) {
            out.errors.append(resolved.errors);
            return false;
        }
        model = std::move(resolved.model);
        return true;
    };
    if (!side(baseId, out.baseModel) || !side(scenarioId, out.scenarioModel))
        return out;
    const auto assessSide = [&](const QString& id, const Model& model) {
        return id.isEmpty() && baselineAssessment ? *baselineAssessment : assess(model);
    };
    out.base = assessSide(baseId, out.baseModel);
    out.scenario = assessSide(scenarioId, out.scenarioModel);
    out.diff = diff(out.base, out.scenario);
    return out;
}

OtherModelFile readOtherModelFile(const QString& path)
{
    OtherModelFile out;
    out.fileName = QFileInfo(path).fileName();
    LoadedModel loaded = loadModelFile(path);
    if (loaded.ok()) {
        out.model = std::move(loaded.model);
        out.assessment = assess(out.model);
        out.errors = out.assessment.errors;
    } else {
        out.errors = std::move(loaded.errors);
    }
    for (InputError& e : out.errors) {
        if (e.file.isEmpty())
            e.file = out.fileName;
    }
    return out;
}

ScenarioComparison compareWithFile(
    const Model& current, const QString& scenarioId, const OtherModelFile& other, const Assessment* currentAssessment)
{
    ScenarioComparison out;
    if (scenarioId.isEmpty()) {
        out.scenarioModel = current;
    } else {
        ResolvedScenario resolved = resolveScenario(current, scenarioId);
        if (!resolved.ok()) {
            out.errors = std::move(resolved.errors);
            return out;
        }
        out.scenarioModel = std::move(resolved.model);
    }
    out.scenario = scenarioId.isEmpty() && currentAssessment ? *currentAssessment : assess(out.scenarioModel);
    if (!out.scenario.ok()) {
        out.errors = out.scenario.errors;
        return out;
    }
    out.baseModel = other.model;
    out.base = other.assessment;
    out.diff = diff(out.base, out.scenario);
    return out;
}

QList<RiskChange> largestReductionsFirst(QList<RiskChange> risks)
{
    std::stable_sort(risks.begin(), risks.end(), [](const RiskChange& x, const RiskChange& y) {
        const auto dx = x.delta(), dy = y.delta();
        if (dx.has_value() != dy.has_value())
            return dx.has_value();
        return dx && *dx < *dy;
    });
    return risks;
}

} // namespace mamori
