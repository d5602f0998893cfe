#include "RiskMatrix.h"

#include <QtMath>

#include <algorithm>
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

QString RiskMatrix::colourLevel(const QList<Band>& bands, int likelihood, int impact) const
{
    const int level = highest[std::size_t(likelihood - 1)][std::size_t(impact - 1)];
    if (level >= 0 && level < bands.size())
        return bands[level].label;
    return cellLevel(bands, likelihood, impact);
}

namespace {
RiskMatrix matrixOf(const Assessment& assessment, bool residual)
{
    RiskMatrix m;
    for (auto& row : m.highest)
        row.fill(-1);
    for (const RiskResult& r : assessment.risks) {
        const std::size_t l = std::size_t(RiskMatrix::cellOf(residual ? r.residualLikelihood : r.likelihood) - 1);
        const std::size_t i = std::size_t(RiskMatrix::cellOf(residual ? r.residualImpact : r.impact) - 1);
        ++m.counts[l][i];
        m.highest[l][i] = std::max(m.highest[l][i], residual ? r.level : r.levelInherent);
    }
    return m;
}
} // namespace

RiskMatrix RiskMatrix::inherent(const Assessment& assessment)
{
    return matrixOf(assessment, false);
}

RiskMatrix RiskMatrix::residual(const Assessment& assessment)
{
    return matrixOf(assessment, true);
}

} // namespace mamori
