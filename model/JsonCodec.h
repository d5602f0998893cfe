#pragma once

// The item level of the `mamori-model` format (RISK-MODEL.md section 2): one asset, threat, control,
// dependency, exposure, response, plan action, org unit, scenario, scenario change or the settings,
// to and from JSON, with errors placed by JSON pointer. The document reader and writer (JsonFormat)
// and the project file use these; so do scenarios, which read a `set` value exactly as the same field
// in a model file.
//
// May include: InputError.h, Model.h and QtCore only (its .cpp adds JsonFieldReader.h). Never
// Validation.h, Scenarios.h or JsonFormat.h: validation applies scenarios, which use these codecs, so
// the codecs must not reach back to validation.

#include "InputError.h"
#include "Model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace mamori::JsonCodec {

QJsonObject toJson(const Asset& asset);
QJsonObject toJson(const Threat& threat);
QJsonObject toJson(const Control& control);
QJsonObject toJson(const Dependency& dependency);
QJsonObject toJson(const Exposure& exposure);
QJsonObject toJson(const Response& response);
QJsonObject settingsToJson(const Settings& settings);
QJsonValue toJson(const LocalizedText& text);
QJsonObject toJson(const ScenarioChange& change);
QJsonObject toJson(const OrgUnit& unit);
QJsonObject toJson(const PlanAction& action);
QJsonObject toJson(const Scenario& scenario);
// The records of the yearly cycle (RISK-MODEL.md 9 and Mamori's own, JsonRecords.cpp).
QJsonObject toJson(const Inspection& inspection);
QJsonObject toJson(const AuditFinding& finding);
QJsonObject toJson(const FindingException& exception);
QJsonObject toJson(const ReviewDecision& review);
/// The report's document control (DocumentControlJson.cpp): only the fields that are set.
QJsonObject toJson(const DocumentControl& document);
/// A control's `status_by_unit`: unit id → status key.
QJsonObject statusByUnitToJson(const QMap<QString, ControlStatus>& statusByUnit);

/// Each item of `items` as JSON, in order.
template <typename T> QJsonArray arrayToJson(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(toJson(item));
    return a;
}

/// Per-item readers: type and vocabulary errors go to `errors`, located under `at`. Nothing is
/// returned when the value cannot be read as the item at all (not an object; a change whose op and
/// entity do not go together); an item with field errors is still returned, so callers that need it
/// clean compare the error count before and after.
std::optional<OrgUnit> orgUnitFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Asset> assetFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Threat> threatFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Control> controlFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Dependency> dependencyFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Exposure> exposureFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Response> responseFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<PlanAction> actionFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
/// A missing or null value gives the default settings.
std::optional<Settings> settingsFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<ScenarioChange> changeFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<Scenario> scenarioFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
// The records read with the same rules: the references they hold (unit, control, asset, plan action)
// may be missing or null, as an edit clears them when what they name is removed; validation checks
// the ones given.
std::optional<Inspection> inspectionFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<AuditFinding> auditFindingFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<FindingException> findingExceptionFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<ReviewDecision> reviewFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
/// The report's document control ("document"); every field may be missing.
std::optional<DocumentControl> documentFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
/// A control's `status_by_unit` (an object unit id → status key); missing or null is the empty map.
/// Nothing when it is not an object; a bad status is an error at its unit's key.
std::optional<QMap<QString, ControlStatus>> statusByUnitFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);

} // namespace mamori::JsonCodec
