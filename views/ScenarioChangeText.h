#pragma once

// How one scenario change reads on screen: "Set", "Add", "Remove"; the item it names with its
// name in the display language; the field; the value as the model file writes it.

#include "Model.h"

#include <QCoreApplication>

namespace mamori {

struct ScenarioChangeText {
    Q_DECLARE_TR_FUNCTIONS(mamori::ScenarioChangeText)

public:
    QString op;
    QString item;
    QString field;
    QString value;

    /// `model` is where the names are looked up (the scenario's base or its result).
    static ScenarioChangeText of(const ScenarioChange& change, const Model& model);
};

} // namespace mamori
