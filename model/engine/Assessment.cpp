#include "engine/Assessment.h"

#include "engine/EngineState.h"

#include <algorithm>

namespace mamori {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    }
    return {};
}

QString Assessment::levelLabel(int index) const
{
    return index >= 0 && index < bands.size() ? bands[index].label : QString();
}

QList<std::pair<QString, qint64>> Assessment::levelCounts() const
{
    QList<std::pair<QString, qint64>> out;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const qint64 n = i < totals.byBand.size() ? totals.byBand[i] : 0;
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == bands[i].label; });
        if (it != out.end())
            it->second += n;
        else
            out.append({bands[i].label, n});
    }
    return out;
}

const RiskResult* Assessment::findRisk(QStringView asset, QStringView threat) const
{
    const auto it = std::lower_bound(risks.cbegin(), risks.cend(), std::pair(asset, threat),
        [](const RiskResult& r, const std::pair<QStringView, QStringView>& key) {
            if (const int c = compareIds(r.asset, key.first); c != 0)
                return c < 0;
            return compareIds(r.threat, key.second) < 0;
        });
    return it != risks.cend() && it->asset == asset && it->threat == threat ? &*it : nullptr;
}

const AssetResult* Assessment::findAsset(QStringView id) const
{
    const auto it = std::lower_bound(assets.cbegin(), assets.cend(), id,
        [](const AssetResult& a, QStringView key) { return compareIds(a.id, key) < 0; });
    return it != assets.cend() && it->id == id ? &*it : nullptr;
}

Assessment assess(const Model& model)
{
    engine::EngineState state(model);
    return state.takeAssessment();
}

} // namespace mamori
