#pragma once

// The closed vocabularies of RISK-MODEL.md section 2, with their interchange keys.
// Keys are the stable spelling used in JSON, the project file and the CLI; display names are
// translated in views/ (EnumNames), never here.

#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace mamori {

/// The three security dimensions (§2(6)-(8)). Values index per-dimension arrays.
enum class Dimension : std::uint8_t { C = 0, I = 1, A = 2 };
inline constexpr std::array<Dimension, 3> kDimensions = {Dimension::C, Dimension::I, Dimension::A};
inline constexpr int dimIndex(Dimension d)
{
    return static_cast<int>(d);
}

enum class AssetType : std::uint8_t { Information, System, Network, Device, Media, Facility, Document, CloudService };
enum class Tier : std::uint8_t { MyNumber, Lgwan, Internet, None };
enum class DependencyKind : std::uint8_t { RunsOn, ProcessedBy, ConnectsVia, LocatedIn, PoweredBy, SuppliedBy, Other };
enum class ControlStatus : std::uint8_t { Implemented, Partial, Planned, None };
enum class ControlEffect : std::uint8_t { Likelihood, Impact };
enum class ResponseKind : std::uint8_t { Accept, Mitigate, Transfer, Avoid };
enum class ActionStatus : std::uint8_t { NotStarted, InProgress, Done };
enum class OrgUnitKind : std::uint8_t { Body, Department, Related, Other };
/// RISK-MODEL.md 9: who inspected (an inspection's `kind`, an audit finding's `source`).
enum class InspectionKind : std::uint8_t { Self, InternalAudit, ExternalAudit };
/// RISK-MODEL.md 9: one answer of a checklist (はい / 一部 / いいえ / 該当なし).
enum class InspectionAnswerKind : std::uint8_t { Yes, Partial, No, NotApplicable };
/// RISK-MODEL.md 9: an audit finding's severity (its own scale, not a finding's of 3.8).
enum class AuditSeverity : std::uint8_t { Low, Medium, High, Critical };
enum class AuditStatus : std::uint8_t { Open, Closed };
/// What a review decision (§10) is about.
enum class ReviewSubject : std::uint8_t { Control, AuditFinding, Risk, Exception, Other };

template <typename E> struct EnumKeys;

#define MAMORI_ENUM_KEYS(E, ...)                                                                                       \
    template <> struct EnumKeys<E> {                                                                                   \
        static constexpr std::pair<E, const char*> table[] = {__VA_ARGS__};                                            \
    };

MAMORI_ENUM_KEYS(Dimension, {Dimension::C, "C"}, {Dimension::I, "I"}, {Dimension::A, "A"})
MAMORI_ENUM_KEYS(AssetType, {AssetType::Information, "information"}, {AssetType::System, "system"},
    {AssetType::Network, "network"}, {AssetType::Device, "device"}, {AssetType::Media, "media"},
    {AssetType::Facility, "facility"}, {AssetType::Document, "document"}, {AssetType::CloudService, "cloud_service"})
MAMORI_ENUM_KEYS(
    Tier, {Tier::MyNumber, "mynumber"}, {Tier::Lgwan, "lgwan"}, {Tier::Internet, "internet"}, {Tier::None, "none"})
MAMORI_ENUM_KEYS(DependencyKind, {DependencyKind::RunsOn, "runs_on"}, {DependencyKind::ProcessedBy, "processed_by"},
    {DependencyKind::ConnectsVia, "connects_via"}, {DependencyKind::LocatedIn, "located_in"},
    {DependencyKind::PoweredBy, "powered_by"}, {DependencyKind::SuppliedBy, "supplied_by"},
    {DependencyKind::Other, "other"})
MAMORI_ENUM_KEYS(ControlStatus, {ControlStatus::Implemented, "implemented"}, {ControlStatus::Partial, "partial"},
    {ControlStatus::Planned, "planned"}, {ControlStatus::None, "none"})
MAMORI_ENUM_KEYS(ControlEffect, {ControlEffect::Likelihood, "likelihood"}, {ControlEffect::Impact, "impact"})
MAMORI_ENUM_KEYS(ResponseKind, {ResponseKind::Accept, "accept"}, {ResponseKind::Mitigate, "mitigate"},
    {ResponseKind::Transfer, "transfer"}, {ResponseKind::Avoid, "avoid"})
MAMORI_ENUM_KEYS(ActionStatus, {ActionStatus::NotStarted, "not_started"}, {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Done, "done"})
MAMORI_ENUM_KEYS(OrgUnitKind, {OrgUnitKind::Body, "body"}, {OrgUnitKind::Department, "department"},
    {OrgUnitKind::Related, "related"}, {OrgUnitKind::Other, "other"})
MAMORI_ENUM_KEYS(InspectionKind, {InspectionKind::Self, "self"}, {InspectionKind::InternalAudit, "internal_audit"},
    {InspectionKind::ExternalAudit, "external_audit"})
MAMORI_ENUM_KEYS(InspectionAnswerKind, {InspectionAnswerKind::Yes, "yes"}, {InspectionAnswerKind::Partial, "partial"},
    {InspectionAnswerKind::No, "no"}, {InspectionAnswerKind::NotApplicable, "na"})
MAMORI_ENUM_KEYS(AuditSeverity, {AuditSeverity::Low, "low"}, {AuditSeverity::Medium, "medium"},
    {AuditSeverity::High, "high"}, {AuditSeverity::Critical, "critical"})
MAMORI_ENUM_KEYS(AuditStatus, {AuditStatus::Open, "open"}, {AuditStatus::Closed, "closed"})
MAMORI_ENUM_KEYS(ReviewSubject, {ReviewSubject::Control, "control"}, {ReviewSubject::AuditFinding, "audit_finding"},
    {ReviewSubject::Risk, "risk"}, {ReviewSubject::Exception, "exception"}, {ReviewSubject::Other, "other"})

#undef MAMORI_ENUM_KEYS

/// Threats fall into the categories of RISK-MODEL.md section 3, numbered 1..kThreatCategoryCount.
inline constexpr int kThreatCategoryCount = 5;
/// Controls fall into the groups of RISK-MODEL.md 3.5, numbered 1..kControlGroupCount.
inline constexpr int kControlGroupCount = 9;

/// The interchange key of an enum value, e.g. toKey(Tier::Lgwan) == "lgwan".
template <typename E> QString toKey(E value)
{
    for (const auto& [v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// The enum value of an interchange key, or nothing when the key is not one of the vocabulary.
template <typename E> std::optional<E> fromKey(QStringView key)
{
    for (const auto& [v, k] : EnumKeys<E>::table) {
        if (key == QLatin1StringView(k))
            return v;
    }
    return std::nullopt;
}

/// Every key of an enum, in declaration order, joined for error messages ("a, b, c").
template <typename E> QString allKeys()
{
    QString out;
    for (const auto& [v, key] : EnumKeys<E>::table) {
        Q_UNUSED(v);
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QString::fromLatin1(key);
    }
    return out;
}

template <typename E> constexpr int enumCount()
{
    return static_cast<int>(std::size(EnumKeys<E>::table));
}

} // namespace mamori
