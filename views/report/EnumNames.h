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
    /// §3 threat category 1..5, in the policy's words (意図的な要因, ..., 社会的信用の低下).
    static QString threatCategory(int category);
    /// The five §3 categories as one list in running text: "A, B, C, D and E" / 「A、B、C、D及びE」.
    static QString threatCategoryList();
    /// A threat's or control's `source` key cited as an official document cites: "policy §3(1)" as
    /// 基本方針３(1) (the section in full-width digits, the item in half-width parentheses, as the
    /// policy writes them) or "Basic policy 3(1)"; "policy §6, §7(5)" as 基本方針６及び７(5);
    /// "mic_guideline" as 総務省ガイドライン, "own_addition" as 区独自, "standard" as 対策基準.
    /// A key it does not know is returned as it is.
    static QString source(const QString& key);
    /// Control group 1..9 (RISK-MODEL.md 3.5).
    static QString controlGroup(int group);
    /// A risk level band label ("low", "critical", ...); unknown labels are shown as they are.
    static QString level(const QString& label);
    /// How a three-tier finding's assets (`path`, as the reader knows them) meet: "A → B → C" over the
    /// network, or "S runs on H (shared host)" for the rule "tier-hosting" (RISK-MODEL.md 3.8).
    static QString findingRoute(const QString& rule, const QStringList& path);
};

} // namespace mamori
