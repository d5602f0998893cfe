#pragma once

#include "Entities.h"
#include "Scenario.h"
#include "Settings.h"

#include <QHash>
#include <QList>

#include <type_traits>

namespace mamori {

/// Everything in RISK-MODEL.md section 2, in the order it was given. A plain value: copying is
/// cheap (Qt's implicitly shared lists) and scenarios are applied to copies, never to the baseline.
/// Invariant when it comes out of a reader: validate() reported no errors.
struct Model {
    LocalizedText name;
    Settings settings;
    QList<OrgUnit> orgUnits;
    QList<Asset> assets;
    QList<Dependency> dependencies;
    QList<Threat> threats;
    QList<Exposure> exposures;
    QList<Control> controls;
    QList<Response> responses;
    QList<PlanAction> actions;
    QList<Scenario> scenarios;
    // Records of the yearly cycle (RISK-MODEL.md 9 and Mamori's own): no score depends on them.
    QList<Inspection> inspections;
    QList<AuditFinding> auditFindings;
    QList<FindingException> findingExceptions;
    QList<ReviewDecision> reviewDecisions;
    /// The report's document control and the plan's budgets (Mamori's own, JSON key "document").
    DocumentControl document;

    /// The model's list of T: `list<Asset>()` is `assets`, and so on for every item type above.
    template <typename T> QList<T>& list()
    {
        if constexpr (std::is_same_v<T, OrgUnit>)
            return orgUnits;
        else if constexpr (std::is_same_v<T, Asset>)
            return assets;
        else if constexpr (std::is_same_v<T, Dependency>)
            return dependencies;
        else if constexpr (std::is_same_v<T, Threat>)
            return threats;
        else if constexpr (std::is_same_v<T, Exposure>)
            return exposures;
        else if constexpr (std::is_same_v<T, Control>)
            return controls;
        else if constexpr (std::is_same_v<T, Response>)
            return responses;
        else if constexpr (std::is_same_v<T, PlanAction>)
            return actions;
        else if constexpr (std::is_same_v<T, Scenario>)
            return scenarios;
        else if constexpr (std::is_same_v<T, Inspection>)
            return inspections;
        else if constexpr (std::is_same_v<T, AuditFinding>)
            return auditFindings;
        else if constexpr (std::is_same_v<T, FindingException>)
            return findingExceptions;
        else if constexpr (std::is_same_v<T, ReviewDecision>)
            return reviewDecisions;
        else
            static_assert(!sizeof(T), "the model has no list of this type");
    }
    template <typename T> const QList<T>& list() const { return const_cast<Model*>(this)->list<T>(); }

    friend bool operator==(const Model&, const Model&) = default;
};

/// Positions by id, built once for a model and invalid after the model's lists change.
struct ModelIndex {
    QHash<QString, qsizetype> orgUnits;
    QHash<QString, qsizetype> assets;
    QHash<QString, qsizetype> threats;
    QHash<QString, qsizetype> controls;
    QHash<QString, qsizetype> actions;
    QHash<QString, qsizetype> scenarios;

    explicit ModelIndex(const Model& model);
};

} // namespace mamori
