#pragma once

// Plain value types for the entities of RISK-MODEL.md section 2. They hold what the interchange
// format holds, including "not given" (std::optional), so that reading a model and writing it back
// loses nothing; the defaults of the contract are applied by the accessors, not at load time.

#include "Enums.h"
#include "IdOrder.h"
#include "LocalizedText.h"

#include <QDate>
#include <QHashFunctions>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace mamori {

/// One optional value per dimension C, I, A (index with dimIndex()).
template <typename T> using PerDimension = std::array<std::optional<T>, 3>;

/// A set of dimensions as a bit mask (bit dimIndex(d)).
struct DimensionSet {
    std::uint8_t bits = 0;
    bool contains(Dimension d) const { return bits & (1u << dimIndex(d)); }
    void insert(Dimension d) { bits |= std::uint8_t(1u << dimIndex(d)); }
    bool isEmpty() const { return bits == 0; }
    friend bool operator==(const DimensionSet&, const DimensionSet&) = default;
};

struct OrgUnit {
    QString id;
    LocalizedText name;
    OrgUnitKind kind = OrgUnitKind::Other;
    QString parent; ///< empty: top level
    friend bool operator==(const OrgUnit&, const OrgUnit&) = default;
};

/// How long an asset may be down and what its outage costs (RISK-MODEL.md 10): both optional.
/// An asset with this record, even empty, is a service the continuity page lists.
struct Continuity {
    std::optional<double> rtoHours; ///< 目標復旧時間, hours; nothing: no target
    std::optional<double> lossPerHour; ///< yen per hour of outage; nothing: 0
    friend bool operator==(const Continuity&, const Continuity&) = default;
};

struct Asset {
    QString id;
    LocalizedText name;
    AssetType type = AssetType::System;
    Tier tier = Tier::None;
    QString owner; ///< org unit id, empty when not assigned
    PerDimension<QString> classification; ///< level names, keys of the settings' impact table
    PerDimension<double> impact; ///< explicit own impact 1..5, overrides classification
    bool gateway = false; ///< sanctioned separation point between tiers (無害化・分離装置)
    QString description;
    /// Free columns of an imported inventory (保管場所, 保存期間, ...), header → cell text as written
    /// (RISK-MODEL.md 9): kept and exported again, no meaning to the engine.
    QMap<QString, QString> attributes;
    /// v1.1 (RISK-MODEL.md 10): the asset's continuity target and cost; nothing: not a service.
    std::optional<Continuity> continuity {};
    /// v1.1: dependency group → how many of the group's targets must be up (default 1).
    QMap<QString, int> need {};
    /// How many targets of dependency group `group` this asset needs up: the given one, else 1.
    int needFor(const QString& group) const { return need.value(group, 1); }
    friend bool operator==(const Asset&, const Asset&) = default;
};

struct Dependency {
    QString from; ///< the dependent asset
    QString to; ///< what it depends on
    DependencyKind kind = DependencyKind::Other;
    PerDimension<double> weights;
    /// v1.1 (RISK-MODEL.md 10): dependencies of one asset with the same group are alternatives
    /// (two power lines, three cluster nodes); empty: needed on its own.
    QString group {};

    /// The weight on dimension d: the given one, else 1, except powered_by (C 0, I 0, A 1).
    double weight(Dimension d) const
    {
        if (const auto& w = weights[dimIndex(d)])
            return *w;
        if (kind == DependencyKind::PoweredBy)
            return d == Dimension::A ? 1.0 : 0.0;
        return 1.0;
    }
    friend bool operator==(const Dependency&, const Dependency&) = default;
};

/// Which assets a threat applies to or a control covers: empty lists match everything.
struct AssetFilter {
    QList<AssetType> types;
    QList<Tier> tiers;
    bool matches(AssetType type, Tier tier) const
    {
        return (types.isEmpty() || types.contains(type)) && (tiers.isEmpty() || tiers.contains(tier));
    }
    friend bool operator==(const AssetFilter&, const AssetFilter&) = default;
};

/// What one event of a threat does to availability (RISK-MODEL.md 10): events per year on each
/// exposed asset, and the 5th and 95th percentiles of one event's duration (lognormal), in hours.
struct Outage {
    double rate = 0;
    double p5Hours = 1;
    double p95Hours = 1;
    friend bool operator==(const Outage&, const Outage&) = default;
};

struct Threat {
    QString id;
    int category = 1; ///< §3 category 1..kThreatCategoryCount
    LocalizedText name;
    std::optional<double> likelihood;
    DimensionSet dimensions;
    AssetFilter appliesTo;
    QString source; ///< where the threat comes from, e.g. "§3(1)"
    std::optional<Outage> outage {}; ///< v1.1: nothing: the threat causes no outages
    double effectiveLikelihood() const { return likelihood.value_or(3.0); }
    friend bool operator==(const Threat&, const Threat&) = default;
};

struct Exposure {
    QString asset;
    QString threat;
    std::optional<double> likelihood;
    bool excluded = false;
    QString note;
    friend bool operator==(const Exposure&, const Exposure&) = default;
};

/// One `mitigates` entry of a control: a threat or a category, with an optional reduction.
struct Mitigation {
    QString threat; ///< set for a threat entry
    std::optional<int> category; ///< set for a category entry
    std::optional<double> reduction;
    friend bool operator==(const Mitigation&, const Mitigation&) = default;
};

/// A control's scope: every asset, a list of assets, or a type/tier filter.
struct ControlScope {
    enum class Mode : std::uint8_t { All, Assets, Filter };
    Mode mode = Mode::All;
    QStringList assets;
    AssetFilter filter;
    friend bool operator==(const ControlScope&, const ControlScope&) = default;
};

struct Cost {
    double initial = 0; ///< yen
    double annual = 0; ///< yen per year
    friend bool operator==(const Cost&, const Cost&) = default;
};

struct Control {
    QString id;
    int group = 1; ///< control group 1..kControlGroupCount (RISK-MODEL.md 3.5)
    LocalizedText name;
    ControlStatus status = ControlStatus::None;
    std::optional<double> effectiveness;
    ControlEffect effect = ControlEffect::Likelihood;
    QList<Mitigation> mitigates;
    ControlScope scope;
    QStringList requires_;
    Cost cost;
    QString owner;
    QString source;
    /// v1.1 (RISK-MODEL.md 3.4): the status for the assets one org unit owns, unit id → status;
    /// a unit without an entry uses `status`.
    QMap<QString, ControlStatus> statusByUnit;
    double effectiveEffectiveness() const { return effectiveness.value_or(0.5); }
    /// s(k, u) of 3.4: the unit's own status, else the control's.
    ControlStatus statusFor(const QString& unit) const { return statusByUnit.value(unit, status); }
    friend bool operator==(const Control&, const Control&) = default;
};

struct Response {
    QString asset;
    QString threat;
    ResponseKind response = ResponseKind::Mitigate;
    QString rationale;
    QString decidedBy;
    QDate decidedOn;
    friend bool operator==(const Response&, const Response&) = default;
};

/// An (asset, threat) pair: the key of a risk.
struct RiskKey {
    QString asset;
    QString threat;
    friend bool operator==(const RiskKey&, const RiskKey&) = default;
    friend auto operator<=>(const RiskKey& a, const RiskKey& b)
    {
        if (auto c = compareIds(a.asset, b.asset); c != 0)
            return c <=> 0;
        return compareIds(a.threat, b.threat) <=> 0;
    }
    /// So that risks can key a QHash or QSet.
    friend size_t qHash(const RiskKey& key, size_t seed = 0) { return qHashMulti(seed, key.asset, key.threat); }
};

struct PlanAction {
    QString id;
    LocalizedText title;
    QStringList controls;
    QList<RiskKey> risks; ///< the risks the action targets
    QString owner;
    QString assignee;
    QDate start;
    QDate due;
    ActionStatus status = ActionStatus::NotStarted;
    std::optional<int> progress; ///< percent 0..100
    Cost cost;
    friend bool operator==(const PlanAction&, const PlanAction&) = default;
};

/// One answer of an inspection's checklist (RISK-MODEL.md 9).
struct InspectionAnswer {
    QString control;
    QString item; ///< the check item's id (点検項目ID, e.g. K6-01-1); may be empty
    InspectionAnswerKind answer = InspectionAnswerKind::Yes;
    QString evidence; ///< 根拠・証跡
    QString note; ///< 備考
    friend bool operator==(const InspectionAnswer&, const InspectionAnswer&) = default;
};

/// A self-inspection or audit of one unit in one fiscal year (§9), kept on record; it changes no
/// score by itself: its answers reach the scores through status_by_unit when the officer applies it.
struct Inspection {
    QString id;
    int fiscalYear = 0;
    InspectionKind kind = InspectionKind::Self;
    QString unit;
    QDate date;
    QList<InspectionAnswer> answers;
    friend bool operator==(const Inspection&, const Inspection&) = default;
};

/// An audit finding (監査指摘事項, RISK-MODEL.md 9). `due` is Mamori's own field (the contract has
/// none): the date by which it must be corrected, else the corrective action's due date counts.
struct AuditFinding {
    QString id;
    int fiscalYear = 0;
    InspectionKind source = InspectionKind::InternalAudit;
    QString unit;
    QString control;
    QString asset;
    AuditSeverity severity = AuditSeverity::Medium;
    QString description;
    QString action; ///< the plan action that corrects it
    AuditStatus status = AuditStatus::Open;
    QDate closed;
    QDate due;
    friend bool operator==(const AuditFinding&, const AuditFinding&) = default;
};

/// An exception (例外措置) accepted for a three-tier finding (Mamori's own record, beyond the
/// contract): the finding is named as 5 identifies it, by rule, tiers and assets.
struct FindingException {
    QString id;
    QString rule;
    QList<Tier> tiers;
    QStringList assets;
    QString rationale;
    QString approver;
    QDate approved;
    QDate expires; ///< invalid: no expiry
    friend bool operator==(const FindingException&, const FindingException&) = default;
};

/// A decision of the policy review (§10) on one item the year's results put up for review.
struct ReviewDecision {
    QString id;
    int fiscalYear = 0;
    QDate date;
    ReviewSubject subject = ReviewSubject::Other;
    QString ref; ///< the item's id (control, audit finding, exception) or, for a risk, its asset
    QString threat; ///< for a risk: its threat
    QString decision;
    QString decidedBy;
    friend bool operator==(const ReviewDecision&, const ReviewDecision&) = default;
};

/// One entry of a report's revision history (改訂履歴).
struct DocumentRevision {
    QString version; ///< as the ward writes it: "1.0", "第1.1版"
    QDate date;
    QString description; ///< what changed
    QString by; ///< who made the change (a person or a unit, free text)
    friend bool operator==(const DocumentRevision&, const DocumentRevision&) = default;
};

/// The budget for the plan in one fiscal year (年度予算): for initial costs and for running costs.
struct FiscalBudget {
    int fiscalYear = 0;
    double initial = 0;
    double running = 0;
    friend bool operator==(const FiscalBudget&, const FiscalBudget&) = default;
};

/// Document control of the report (文書管理, Mamori's own record, beyond the contract): what a ward's
/// official document carries on its cover and at its end, and the plan's budget by fiscal year. It
/// changes no score. All fields may be empty; the report leaves out what is not given.
struct DocumentControl {
    QString number; ///< 文書番号, e.g. 江戸川区情報政策課-2026-001
    QString version; ///< 版数, e.g. 1.0 (the report writes 第1.0版)
    QString department; ///< 作成部署
    QDate approvedOn; ///< 承認日; invalid: not approved yet
    QList<DocumentRevision> revisions; ///< oldest first
    QStringList distribution; ///< 配布先, in the order they are listed
    QList<FiscalBudget> budgets; ///< at most one per fiscal year
    bool isEmpty() const { return *this == DocumentControl {}; }
    friend bool operator==(const DocumentControl&, const DocumentControl&) = default;
};

} // namespace mamori
