#pragma once

// The check items (点検項目) of the self-inspection of policy §9: two to four yes/no questions per
// control of the catalogue, in Japanese and English, shipped as resources/catalogue/check-items.json.
// A control the ward added itself has none there and is asked one generic question built from its
// name, so that every control can be inspected.

#include "InputError.h"
#include "Model.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace mamori {

/// One question of the checklist. `id` is `<control id>-<n>` (K6-01-1).
struct CheckItem {
    QString id;
    QString control;
    LocalizedText text;
    friend bool operator==(const CheckItem&, const CheckItem&) = default;
};

/// The check items of the controls, by control id. A plain value.
class CheckItems {
public:
    struct ReadResult;

    /// The items shipped with Mamori (the resource is checked by the tests: a broken one is fatal).
    static const CheckItems& builtIn();
    /// Reads a check-items document; every problem is named by its JSON pointer.
    static ReadResult fromJson(const QByteArray& json, const QString& file);

    /// The items of control `k`: its own, else one generic item `<id>-1` asking whether it is in place.
    QList<CheckItem> forControl(const Control& k) const;
    /// True when `k` has items of its own (not the generic one).
    bool hasItemsOf(const QString& controlId) const { return m_byControl.contains(controlId); }
    /// Every control id with items of its own, in the file's order.
    const QStringList& controls() const { return m_order; }

private:
    QHash<QString, QList<CheckItem>> m_byControl;
    QStringList m_order;
};

struct CheckItems::ReadResult {
    CheckItems items;
    InputErrors errors;
    bool ok() const { return errors.isEmpty(); }
};

/// The controls a unit inspects: those whose scope holds an asset the unit owns (RISK-MODEL.md 3.4:
/// its status_by_unit entry applies to exactly those assets), in the model's order.
QList<const Control*> controlsToInspect(const Model& model, const QString& unit);

/// The checklist of a unit: the items of every control of controlsToInspect, control by control.
QList<CheckItem> checklistFor(const Model& model, const QString& unit, const CheckItems& items);

} // namespace mamori
