#include "engine/AssessmentJson.h"

#include <QJsonArray>

namespace mamori {

namespace {

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject bucketToJson(const TotalsBucket& b)
{
    return {{QStringLiteral("count"), b.count}, {QStringLiteral("inherent"), b.inherent},
        {QStringLiteral("residual"), b.residual}};
}

QJsonObject riskToJson(const Assessment& a, const RiskResult& r)
{
    return {{QStringLiteral("asset"), r.asset}, {QStringLiteral("threat"), r.threat},
        {QStringLiteral("category"), r.category}, {QStringLiteral("likelihood"), r.likelihood},
        {QStringLiteral("impact"), r.impact}, {QStringLiteral("inherent"), r.inherent},
        {QStringLiteral("residual_likelihood"), r.residualLikelihood},
        {QStringLiteral("residual_impact"), r.residualImpact}, {QStringLiteral("residual"), r.residual},
        {QStringLiteral("level_inherent"), a.levelLabel(r.levelInherent)},
        {QStringLiteral("level"), a.levelLabel(r.level)}, {QStringLiteral("response"), toKey(r.response)},
        {QStringLiteral("decided"), r.decided}, {QStringLiteral("controls"), QJsonArray::fromStringList(r.controls)}};
}

} // namespace

QJsonObject impactToJson(const ImpactVector& impact)
{
    return {{QStringLiteral("C"), impact[0]}, {QStringLiteral("I"), impact[1]}, {QStringLiteral("A"), impact[2]}};
}

QJsonObject findingToJson(const Finding& f)
{
    return {{QStringLiteral("rule"), f.rule},
        {QStringLiteral("tiers"), QJsonArray {toKey(f.firstTier), toKey(f.secondTier)}},
        {QStringLiteral("severity"), severityKey(f.severity)},
        {QStringLiteral("assets"), QJsonArray {f.first, f.second}},
        {QStringLiteral("path"), QJsonArray::fromStringList(f.path)}};
}

QJsonObject assessmentToJson(const Assessment& a, const QString& scenarioId)
{
    QJsonArray assets;
    for (const AssetResult& r : a.assets)
        assets.append(
            QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("own_impact"), impactToJson(r.ownImpact)},
                {QStringLiteral("impact"), impactToJson(r.impact)}, {QStringLiteral("blast_radius"), r.blastRadius}});
    QJsonArray controls;
    for (const ControlResult& c : a.controls)
        controls.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("readiness"), c.readiness},
            {QStringLiteral("strength"), c.strength}});
    QJsonArray risks;
    for (const RiskResult& r : a.risks)
        risks.append(riskToJson(a, r));
    QJsonArray findings;
    for (const Finding& f : a.findings)
        findings.append(findingToJson(f));

    QJsonObject byLevel;
    for (const auto& [label, count] : a.levelCounts())
        byLevel.insert(label, count);
    QJsonObject byCategory;
    for (int c = 0; c < kThreatCategoryCount; ++c) {
        if (a.totals.byCategory[std::size_t(c)].count > 0)
            byCategory.insert(QString::number(c + 1), bucketToJson(a.totals.byCategory[std::size_t(c)]));
    }
    QJsonObject byTier;
    for (int t = 0; t < enumCount<Tier>(); ++t) {
        if (a.totals.byTier[std::size_t(t)].count > 0)
            byTier.insert(toKey(Tier(t)), bucketToJson(a.totals.byTier[std::size_t(t)]));
    }
    const QJsonObject totals {{QStringLiteral("inherent"), a.totals.inherent},
        {QStringLiteral("residual"), a.totals.residual}, {QStringLiteral("above_appetite"), a.totals.aboveAppetite},
        {QStringLiteral("by_level"), byLevel}, {QStringLiteral("by_category"), byCategory},
        {QStringLiteral("by_tier"), byTier}};

    return {{QStringLiteral("format"), QStringLiteral("mamori-assessment")}, {QStringLiteral("version"), 1},
        {QStringLiteral("scenario"), idOrNull(scenarioId)}, {QStringLiteral("assets"), assets},
        {QStringLiteral("controls"), controls}, {QStringLiteral("risks"), risks},
        {QStringLiteral("findings"), findings}, {QStringLiteral("totals"), totals}};
}

} // namespace mamori
