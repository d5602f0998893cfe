#pragma once

// How one scenario change reads on screen: "Set", "Add", "Remove"; the item it names with its
// name in the display language; the field and the value in the window's words (a status, a tier,
// a dependency kind, an impact's dimensions), numbers and free text as the model file writes them.

#include "ModelEdit.h"
#include "widgets/FormFields.h"

#include <QCoreApplication>

namespace mamori {

/// forms::idAndName() of the item with `id` in `items`; the id alone when it is not there (any more).
template <typename T> QString idAndName(const QList<T>& items, const QString& id)
{
    const qsizetype i = indexOfId(items, id);
    return i < 0 ? id : forms::idAndName(id, items[i].name);
}

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
