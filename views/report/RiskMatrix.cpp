#include "RiskMatrix.h"

#include <QtMath>

#include <cmath>

namespace mamori {

int RiskMatrix::cellOf(double value)
{
    if (std::isnan(value))
        return 1;
    return qBound(1, qFloor(qBound(-1.0, value, double(kSize + 1)) + 0.5), kSize);
}

QString RiskMatrix::cellLevel(const QList<Band>& bands, int likelihood, int impact)
{
    const double value = double(likelihood) * double(impact);
    for (const Band& b : bands) {
        if (value <= b.bound + 1e-12)
            return b.label;
    }
    return bands.isEmpty() ? QString() : bands.constLast().label;
}

RiskMatrix RiskMatrix::inherent(const Assessment& assessment)
{
    RiskMatrix m;
    for (const RiskResult& r : assessment.risks)
        ++m.counts[std::size_t(cellOf(r.likelihood) - 1)][std::size_t(cellOf(r.impact) - 1)];
    return m;
}

RiskMatrix RiskMatrix::residual(const Assessment& assessment)
{
    RiskMatrix m;
    for (const RiskResult& r : assessment.risks)
        ++m.counts[std::size_t(cellOf(r.residualLikelihood) - 1)][std::size_t(cellOf(r.residualImpact) - 1)];
    return m;
}

} // namespace mamori
