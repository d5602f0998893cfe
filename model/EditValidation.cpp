#include "EditValidation.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace mamori {

bool onlyFieldEdits(const Model& before, const QList<ModelEdit>& edits)
{
    return std::all_of(edits.cbegin(), edits.cend(), [&](const ModelEdit& e) {
        if (e.op != ModelEdit::Op::Replace)
            return false;
        // An asset's `need` is checked against its dependencies (RISK-MODEL.md 10): a rule between items,
        // so an edit of it is not a field edit (and may break a scenario that removes a dependency).
        if (const auto* a = std::get_if<Asset>(&e.value))
            return e.index >= 0 && e.index < before.assets.size() && before.assets[e.index].id == a->id
                && before.assets[e.index].need == a->need;
        if (const auto* t = std::get_if<Threat>(&e.value))
            return e.index >= 0 && e.index < before.threats.size() && before.threats[e.index].id == t->id;
        if (const auto* k = std::get_if<Control>(&e.value))
            return e.index >= 0 && e.index < before.controls.size() && before.controls[e.index].id == k->id
                && before.controls[e.index].requires_ == k->requires_;
        return false;
    });
}

namespace {

/// The positions of the items kept in a smaller model, ascending (the full validation's order).
std::vector<qsizetype> sorted(const QSet<qsizetype>& positions)
{
    std::vector<qsizetype> out(positions.cbegin(), positions.cend());
    std::sort(out.begin(), out.end());
    return out;
}

/// Rewrites "/<collection>/<i>…" to "/<collection>/<positions[i]>…" (JSON pointers only).
void remap(QString& where, QLatin1StringView collection, const std::vector<qsizetype>& positions)
{
    const QString prefix = QLatin1Char('/') + collection + QLatin1Char('/');
    if (!where.startsWith(prefix))
        return;
    const qsizetype start = prefix.size();
    qsizetype end = where.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = where.size();
    bool ok = false;
    const qsizetype i = where.mid(start, end - start).toLongLong(&ok);
    if (ok && i >= 0 && std::size_t(i) < positions.size())
        where.replace(start, end - start, QString::number(positions[std::size_t(i)]));
}

} // namespace

InputErrors validateEdit(
    const Model& before, const Model& candidate, const QList<ModelEdit>& edits, const QString& file, Source source)
{
    if (source == Source::Project || !onlyFieldEdits(before, edits))
        return validateContent(candidate, file, source);

    QSet<qsizetype> assets, controls; // every threat is kept: the list is short and controls name threats
    for (const ModelEdit& e : edits) {
        if (std::holds_alternative<Asset>(e.value))
            assets.insert(e.index);
        else if (std::holds_alternative<Control>(e.value))
            controls.insert(e.index);
    }

    // A model of the edited items and what they refer to. Everything kept unchanged from `before`
    // (settings, org units, threats, the assets a control names) was valid and stays valid; the rules
    // between items (ids, references to the edited items, pairs, cycles) cannot change with a field.
    Model part;
    part.settings = candidate.settings;
    part.orgUnits = candidate.orgUnits;
    part.threats = candidate.threats;
    const std::vector<qsizetype> controlAt = sorted(controls);
    bool allAssets = false;
    for (qsizetype i : controlAt) {
        Control k = candidate.controls[i];
        k.requires_.clear(); // unchanged, and the other controls are not in `part`
        allAssets = allAssets || !k.scope.assets.isEmpty();
        part.controls.append(std::move(k));
    }
    std::vector<qsizetype> assetAt;
    if (allAssets) {
        part.assets = candidate.assets; // shared, not copied
        part.dependencies = candidate.dependencies; // what the assets' `need` is checked against
    } else {
        assetAt = sorted(assets);
        for (qsizetype i : assetAt)
            part.assets.append(candidate.assets[i]);
        // An item without an id is named by its row in the window's words: keep the real rows.
        if (source == Source::Window
            && std::any_of(part.assets.cbegin(), part.assets.cend(), [](const Asset& a) { return a.id.isEmpty(); }))
            return validateContent(candidate, file, source);
        // An unchanged `need` was met, but `part` has no dependencies to show it: the whole model.
        if (std::any_of(part.assets.cbegin(), part.assets.cend(), [](const Asset& a) { return !a.need.isEmpty(); }))
            return validateContent(candidate, file, source);
    }
    if (source == Source::Window
        && std::any_of(part.controls.cbegin(), part.controls.cend(), [](const Control& k) { return k.id.isEmpty(); }))
        return validateContent(candidate, file, source);

    InputErrors errors = validateContent(part, file, source);
    if (source == Source::Json) {
        for (InputError& e : errors) {
            if (!allAssets)
                remap(e.where, QLatin1StringView("assets"), assetAt);
            remap(e.where, QLatin1StringView("controls"), controlAt);
        }
    }
    return errors;
}

} // namespace mamori
