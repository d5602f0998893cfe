#pragma once

// The translated names of the model's vocabularies, for display. The model keeps keys; these are
// what a risk officer reads, with the terms of RISK-MODEL.md section 1 in both languages. Their tr()
// follows the report's language while a report is rendered (ReportTranslation.h).

#include "Enums.h"

#include "ReportTranslation.h"

#include <QString>
#include <QStringList>

namespace mamori {

class EnumNames {
    MAMORI_TR_FUNCTIONS(mamori::EnumNames)

public:
    static QString name(AssetType value);
    static QString name(Tier value);
    static QString name(DependencyKind value);
    static QString name(ControlStatus value);
    static QString name(ControlEffect value);
    static QString name(ResponseKind value);
    static QString name(ActionStatus value);
    static QString name(OrgUnitKind value);
    static QString name(Dimension value);
    static QString name(InspectionKind value);
    static QString name(AuditSeverity value);
    static QString name(AuditStatus value);
    static QString name(ReviewSubject value);
    /// §3 threat category 1..5.
    static QString threatCategory(int category);
    /// Control group 1..9 (RISK-MODEL.md 3.5).
    static QString controlGroup(int group);
    /// A risk level band label ("low", "critical", ...); unknown labels are shown as they are.
    static QString level(const QString& label);
    /// How a three-tier finding's assets (`path`, as the reader knows them) meet: "A → B → C" over the
    /// network, or "S runs on H (shared host)" for the rule "tier-hosting" (RISK-MODEL.md 3.8).
    static QString findingRoute(const QString& rule, const QStringList& path);
};

} // namespace mamori
