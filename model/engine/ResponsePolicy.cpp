#include "engine/ResponsePolicy.h"

#include <algorithm>

namespace mamori {

QList<RiskKey> acceptedWithoutRationale(const Model& model, const Assessment& assessment)
{
    QList<RiskKey> broken;
    for (const Response& r : model.responses) {
        if (!r.rationale.trimmed().isEmpty())
            continue;
        const RiskResult* risk = assessment.findRisk(r.asset, r.threat);
        if (risk && rationaleRequired(r.response, risk->residual, assessment.appetite))
            broken.append({r.asset, r.threat});
    }
    std::sort(broken.begin(), broken.end());
    return broken;
}

} // namespace mamori
