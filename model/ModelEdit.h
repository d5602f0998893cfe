#pragma once

// One change to a model: replace, insert or remove one item of one of its lists, or replace its
// settings or name. Every edit a user makes is a short list of these (removing an asset also removes
// its dependencies, exposures and responses), so one mechanism serves undo, the item models' begin/end
// notifications, the incremental engine and scenario recording.
//
// An edit carries the value it puts in place, and a Remove carries the value it takes out, so that
// its inverse can be built without looking at the model again.

#include "Model.h"

#include <algorithm>
#include <type_traits>
#include <variant>

namespace mamori {

struct ModelEdit {
    enum class Op : std::uint8_t { Replace, Insert, Remove };
    /// The item type says which list of the model the edit is about.
    /// The yearly cycle's records come last, so the positions of the others stay as views know them.
    using Value = std::variant<Asset, Dependency, Threat, Exposure, Control, Response, PlanAction, OrgUnit, Scenario,
        Settings, LocalizedText, Inspection, AuditFinding, FindingException, ReviewDecision, DocumentControl>;

    Op op = Op::Replace;
    qsizetype index = 0; ///< position in the list; ignored for Settings, the model's name and its document control
    Value value;

    /// Replaces item `index` of value's list.
    template <typename T> static ModelEdit replace(qsizetype index, T value)
    {
        return {Op::Replace, index, std::move(value)};
    }
    /// Inserts `value` at `index` of its list (index == size appends).
    template <typename T> static ModelEdit insert(qsizetype index, T value)
    {
        return {Op::Insert, index, std::move(value)};
    }
    /// Removes item `index`; `value` must be the item there now (it becomes the inverse's value).
    template <typename T> static ModelEdit remove(qsizetype index, T value)
    {
        return {Op::Remove, index, std::move(value)};
    }

    /// The list this edit is about, by the position of its type in Value (entityIndex<T> below).
    std::size_t entity() const { return value.index(); }

    friend bool operator==(const ModelEdit&, const ModelEdit&) = default;
};

namespace detail {
template <typename T, typename Variant> struct VariantIndex;
template <typename T, typename... Ts> struct VariantIndex<T, std::variant<Ts...>> {
    static constexpr std::size_t value = [] {
        std::size_t i = 0;
        ((std::is_same_v<T, Ts> ? false : (++i, true)) && ...);
        return i;
    }();
    static_assert(value < sizeof...(Ts), "not a type of ModelEdit::Value");
};
} // namespace detail

/// What ModelEdit::entity() returns for an edit about the list of T (or the settings or the name):
/// the one place that maps an item type to its position in ModelEdit::Value.
template <typename T> constexpr std::size_t entityIndex = detail::VariantIndex<T, ModelEdit::Value>::value;

/// Applies `edit` to `model`. The index must be valid for the list (callers build edits from the model).
void applyEdit(Model& model, const ModelEdit& edit);

/// The edit that undoes `edit`, given the model as it was before `edit` was applied.
ModelEdit inverseEdit(const Model& before, const ModelEdit& edit);

/// Applies a list of edits in order and returns the list that undoes them (to apply in order too).
QList<ModelEdit> applyEdits(Model& model, const QList<ModelEdit>& edits);

/// Position of the item with `id` in the list of T, or -1.
template <typename T> qsizetype indexOfId(const QList<T>& items, const QString& id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return i;
    }
    return -1;
}

/// An id not used yet in `items`: `prefix` and the number after the largest one already used with
/// that prefix, in its width (P-08 gives P-09), so a new item sorts after the ones the ward numbered
/// itself; three digits when the prefix is not used yet (A-NEW-001).
template <typename T> QString freeId(const QList<T>& items, const QString& prefix)
{
    int largest = 0;
    qsizetype width = 3;
    for (const T& item : items) {
        if (!item.id.startsWith(prefix) || item.id.size() == prefix.size())
            continue;
        const QStringView digits = QStringView(item.id).mid(prefix.size());
        if (!std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            continue;
        const int n = digits.toInt();
        if (n >= largest) {
            largest = n;
            width = digits.size();
        }
    }
    for (int n = largest + 1;; ++n) {
        const QString id = prefix + QString::number(n).rightJustified(width, u'0');
        if (indexOfId(items, id) < 0)
            return id;
    }
}

// The records of the yearly cycle (inspections, audit findings, finding exceptions, review
// decisions) are history: a removal never drops one. What names the removed item is cleared (an
// answer's control, a finding's asset, a review's subject) and the rest of the record is kept.

/// The edits that remove asset `id` and everything that names it (dependencies, exposures,
/// responses, control scopes, plan action risks), as RISK-MODEL.md 5 says for a removal; records
/// lose the reference (audit findings' asset, exceptions' assets, reviews of its risks).
QList<ModelEdit> removeAssetEdits(const Model& model, const QString& id);
/// The same for a threat (exposures, responses, mitigates entries, plan action risks; the threat of
/// reviews of a risk).
QList<ModelEdit> removeThreatEdits(const Model& model, const QString& id);
/// The same for a control (other controls' requires, plan actions; the control of inspection
/// answers, audit findings and reviews).
QList<ModelEdit> removeControlEdits(const Model& model, const QString& id);
/// The same for an org unit: the assets, controls and plan actions it owns lose their owner, and
/// the units under it become top level; its entries in controls' status_by_unit go (no asset is
/// its own any more, so they would mean nothing), and inspections and audit findings lose the unit.
QList<ModelEdit> removeOrgUnitEdits(const Model& model, const QString& id);
/// The same for a plan action: the audit findings it corrected lose their action.
QList<ModelEdit> removeActionEdits(const Model& model, const QString& id);

} // namespace mamori
