#include "engine/AssessmentJson.h"

#include "JsonStreamWriter.h"

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

QJsonObject totalsToJson(const Assessment& a)
{
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
    return {{QStringLiteral("inherent"), a.totals.inherent}, {QStringLiteral("residual"), a.totals.residual},
        {QStringLiteral("above_appetite"), a.totals.aboveAppetite}, {QStringLiteral("by_level"), byLevel},
        {QStringLiteral("by_category"), byCategory}, {QStringLiteral("by_tier"), byTier}};
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

    const QJsonObject totals = totalsToJson(a);
    return {{QStringLiteral("format"), QStringLiteral("mamori-assessment")}, {QStringLiteral("version"), 1},
        {QStringLiteral("scenario"), idOrNull(scenarioId)}, {QStringLiteral("assets"), assets},
        {QStringLiteral("controls"), controls}, {QStringLiteral("risks"), risks},
        {QStringLiteral("findings"), findings}, {QStringLiteral("totals"), totals}};
}

bool writeAssessmentJson(QIODevice* device, const Assessment& a, const QString& scenarioId)
{
    // Keys in QJsonObject's (sorted) order, as the document writer would put them.
    JsonStreamWriter w(device);
    const auto impact = [&w](const ImpactVector& v) {
        w.beginObject();
        w.key(u"A");
        w.number(v[2]);
        w.key(u"C");
        w.number(v[0]);
        w.key(u"I");
        w.number(v[1]);
        w.endObject();
    };
    w.beginObject();
    w.key(u"assets");
    w.beginArray();
    for (const AssetResult& r : a.assets) {
        w.beginObject();
        w.key(u"blast_radius");
        w.integer(r.blastRadius);
        w.key(u"id");
        w.string(r.id);
        w.key(u"impact");
        impact(r.impact);
        w.key(u"own_impact");
        impact(r.ownImpact);
        w.endObject();
    }
    w.endArray();
    w.key(u"controls");
    w.beginArray();
    for (const ControlResult& c : a.controls) {
        w.beginObject();
        w.key(u"id");
        w.string(c.id);
        w.key(u"readiness");
        w.number(c.readiness);
        w.key(u"strength");
        w.number(c.strength);
        w.endObject();
    }
    w.endArray();
    w.key(u"findings");
    w.beginArray();
    for (const Finding& f : a.findings)
        w.value(findingToJson(f));
    w.endArray();
    w.key(u"format");
    w.string(u"mamori-assessment");
    w.key(u"risks");
    w.beginArray();
    for (const RiskResult& r : a.risks) {
        w.beginObject();
        w.key(u"asset");
        w.string(r.asset);
        w.key(u"category");
        w.integer(r.category);
        w.key(u"controls");
        w.strings(r.controls);
        w.key(u"decided");
        w.boolean(r.decided);
        w.key(u"impact");
        w.number(r.impact);
        w.key(u"inherent");
        w.number(r.inherent);
        w.key(u"level");
        w.string(a.levelLabel(r.level));
        w.key(u"level_inherent");
        w.string(a.levelLabel(r.levelInherent));
        w.key(u"likelihood");
        w.number(r.likelihood);
        w.key(u"residual");
        w.number(r.residual);
        w.key(u"residual_impact");
        w.number(r.residualImpact);
        w.key(u"residual_likelihood");
        w.number(r.residualLikelihood);
        w.key(u"response");
        w.string(toKey(r.response));
        w.key(u"threat");
        w.string(r.threat);
        w.endObject();
    }
    w.endArray();
    w.key(u"scenario");
    if (scenarioId.isEmpty())
        w.null();
    else
        w.string(scenarioId);
    w.key(u"totals");
    w.value(totalsToJson(a));
    w.key(u"version");
    w.integer(1);
    w.endObject();
    return w.finish();
}

} // namespace mamori
