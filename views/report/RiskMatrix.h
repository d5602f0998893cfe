#pragma once

// The 5 x 5 risk map (likelihood x impact) as numbers: which cell a risk falls in and how many risks
// each cell holds. Shared by the dashboard's heat maps and the report's, so both count the same.

#include "engine/Assessment.h"

#include <array>

namespace mamori {

struct RiskMatrix {
    static constexpr int kSize = 5;

    /// The row or column (1..5) of a likelihood or impact value: rounded half up, clamped to 1..5.
    static int cellOf(double value);
    /// The band label of a cell: the band its centre value likelihood x impact falls in.
    static QString cellLevel(const QList<Band>& bands, int likelihood, int impact);

    /// The level a cell is coloured by: the highest level of the risks it counts, so that a map agrees
    /// with the level counts (a critical 16.80 falls in the cell 3 x 5, whose centre 15 is only high);
    /// for an empty cell, the band of its centre (cellLevel()).
    QString colourLevel(const QList<Band>& bands, int likelihood, int impact) const;

    /// counts[likelihood - 1][impact - 1]
    std::array<std::array<qint64, kSize>, kSize> counts {};
    /// highest[likelihood - 1][impact - 1]: the highest band index of the risks counted, -1 for none
    std::array<std::array<int, kSize>, kSize> highest {};

    static RiskMatrix inherent(const Assessment& assessment);
    static RiskMatrix residual(const Assessment& assessment);
};

} // namespace mamori
