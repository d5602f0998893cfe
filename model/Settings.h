#pragma once

#include "Enums.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace mamori {

/// One classification level of a dimension and the impact it stands for (RISK-MODEL.md 2, 3.1).
struct ImpactLevel {
    QString level; ///< e.g. "1", "3A"
    double impact = 1;
    friend bool operator==(const ImpactLevel&, const ImpactLevel&) = default;
};

/// A risk level band: values up to and including `bound` get `label`.
struct Band {
    double bound = 0;
    QString label;
    friend bool operator==(const Band&, const Band&) = default;
};

struct Settings {
    /// Per dimension, the levels in the order they were given.
    std::array<QList<ImpactLevel>, 3> impactTable = defaultImpactTable();
    QList<Band> bands = defaultBands();
    double appetite = 6;

    /// The impact of a classification level, or nothing when the level is not in the table.
    std::optional<double> impactOf(Dimension d, const QString& level) const
    {
        for (const ImpactLevel& l : impactTable[dimIndex(d)]) {
            if (l.level == level)
                return l.impact;
        }
        return std::nullopt;
    }

    /// The MIC guideline's scheme: C 1..3, I and A 1..2.
    static std::array<QList<ImpactLevel>, 3> defaultImpactTable()
    {
        auto L = [](const char* level, double impact) { return ImpactLevel {QString::fromLatin1(level), impact}; };
        return {QList<ImpactLevel> {L("1", 1), L("2", 3), L("3", 5)}, QList<ImpactLevel> {L("1", 2), L("2", 4)},
            QList<ImpactLevel> {L("1", 2), L("2", 4)}};
    }
    static QList<Band> defaultBands()
    {
        return {{4, QStringLiteral("low")}, {9, QStringLiteral("medium")}, {16, QStringLiteral("high")},
            {25, QStringLiteral("critical")}};
    }
    friend bool operator==(const Settings&, const Settings&) = default;
};

} // namespace mamori
