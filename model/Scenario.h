#pragma once

#include "LocalizedText.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>

namespace mamori {

/// One change of a scenario (RISK-MODEL.md 5). The value is kept as JSON: it is whatever the
/// interchange format holds for that field or entity, and is parsed, with validation, when applied.
struct ScenarioChange {
    enum class Op : std::uint8_t { Set, Add, Remove };
    enum class Entity : std::uint8_t { Asset, Threat, Control, Setting, Dependency, Exposure, Response };

    Op op = Op::Set;
    Entity entity = Entity::Asset;
    QString id; ///< set/remove of asset, threat, control
    QString field; ///< set
    QJsonValue value; ///< set: the new field value; add: the whole entity
    QString from, to, kind; ///< remove dependency
    QString asset, threat; ///< remove exposure or response
    friend bool operator==(const ScenarioChange&, const ScenarioChange&) = default;
};

struct Scenario {
    QString id;
    LocalizedText name;
    QString description;
    QString base; ///< empty: the baseline
    QList<ScenarioChange> changes;
    friend bool operator==(const Scenario&, const Scenario&) = default;
};

} // namespace mamori
