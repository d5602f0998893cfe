#pragma once

// The `mamori-model` version 1 interchange format (RISK-MODEL.md section 2): reading with located
// errors, writing, and the per-entity codecs that scenario changes reuse.

#include "InputError.h"
#include "Model.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace mamori::JsonFormat {

inline constexpr int kFormatVersion = 1;

struct ReadResult {
    Model model;
    InputErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Parses and validates a model. Checks UTF-8, JSON syntax (with line and column), the top level,
/// the format name and version, every field's type and vocabulary, then validate().
ReadResult read(const QByteArray& bytes, const QString& fileName);

/// The model as indented UTF-8 JSON, ending with a newline.
QByteArray write(const Model& model);
QJsonObject toJson(const Model& model);

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

/// Per-entity readers: type and vocabulary errors go to `errors`, located under `at`.
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
std::optional<Settings> settingsFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);
std::optional<ScenarioChange> changeFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors);

/// Reads a model from an already parsed JSON object (no validate()); used for the catalogue too.
ReadResult fromJson(const QJsonObject& root, const QString& fileName);

} // namespace mamori::JsonFormat
