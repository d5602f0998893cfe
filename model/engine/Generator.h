#pragma once

// Synthetic wards for tests and benchmarks: `mamori-cli generate`.
//
// A generated ward looks like a real one: a main building with a server room, branch offices and an
// outside data centre; power (受変電設備, generator, UPS units); three separated network tiers
// (マイナンバー利用事務系, LGWAN接続系, インターネット接続系) joined only through gateways, with a few
// misconnections that produce findings of every severity; servers, terminals, business systems, the
// information they process, backup media, documents and cloud services; dependency cycles (redundant
// core switches, the directory service and its server, the server room's entry control); the
// built-in catalogue's threats and controls with varied statuses, effectiveness and scopes;
// exposures, decided responses, a plan and scenarios (one chained on another) using every change op.
//
// Deterministic for a seed on every platform: std::mt19937_64 is specified bit for bit, and the
// distributions are our own (std::uniform_int_distribution differs between standard libraries).

#include "Model.h"

#include <QJsonObject>

namespace mamori::Generator {

inline constexpr int kMinimumAssets = 32; // the fixed core of a ward plus every scalable minimum
inline constexpr int kMaximumAssets = 2'000'000;

/// A valid model of exactly `assets` assets (kMinimumAssets..kMaximumAssets).
Model generateWard(int assets, quint64 seed);

/// `count` random plan actions for optimizer tests and benchmarks, ids `R-00`, `R-01`, …: one to
/// three of the model's controls each, due within FY2026, costs in steps of 500,000 yen (0 to 6
/// million initial, 0 to 900,000 annual: ties on cost happen), not started.
QList<PlanAction> randomActions(const Model& model, int count, quint64 seed);

/// The model as `mamori-model` JSON, using the format's alternative spellings somewhere (a bare
/// threat id as a mitigation, a whole number as a classification level, a name as a plain string)
/// so that readers of generated files meet every form the format allows.
QJsonObject toVariedJson(const Model& model);

} // namespace mamori::Generator
