#include "Scenarios.h"

#include "EditValidation.h"
#include "JsonCodec.h"
#include "ModelEdit.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::Scenarios)
};

QString entityName(ScenarioChange::Entity e)
{
    switch (e) {
    case ScenarioChange::Entity::Asset:
        return Tr::tr("asset");
    case ScenarioChange::Entity::Threat:
        return Tr::tr("threat");
    case ScenarioChange::Entity::Control:
        return Tr::tr("control");
    case ScenarioChange::Entity::Setting:
        return Tr::tr("setting");
    case ScenarioChange::Entity::Dependency:
        return Tr::tr("dependency");
    case ScenarioChange::Entity::Exposure:
        return Tr::tr("exposure");
    case ScenarioChange::Entity::Response:
        return Tr::tr("response");
    }
    return {};
}

/// Sets one field through the entity's JSON form, so a scenario value is read and checked exactly
/// like the same field in a model file.
template <typename T, typename Parse>
bool setField(QList<T>& items, const ScenarioChange& c, const QStringList& fields, Parse parse, const JsonPointer& at,
    const QString& file, InputErrors& errors)
{
    const qsizetype i = indexOfId(items, c.id);
    if (i < 0) {
        errors.append({file, (at / "id").toString(),
            Tr::tr("%1 \"%2\" does not exist in this scenario's base").arg(entityName(c.entity), c.id)});
        return false;
    }
    if (!fields.contains(c.field)) {
        errors.append({file, (at / "field").toString(),
            Tr::tr("\"%1\" is not a field that can be set; expected one of: %2")
                .arg(c.field, fields.join(QStringLiteral(", ")))});
        return false;
    }
    QJsonObject o = JsonCodec::toJson(items[i]);
    if (c.value.isNull())
        o.remove(c.field);
    else
        o.insert(c.field, c.value);
    const qsizetype before = errors.size();
    auto parsed = parse(QJsonValue(o), at / "value", file, errors);
    if (!parsed || errors.size() != before) {
        // The reader placed the error at value/<field>; the value itself is what is wrong.
        for (qsizetype e = before; e < errors.size(); ++e)
            errors[e].where = (at / "value").toString();
        return false;
    }
    items[i] = std::move(*parsed);
    return true;
}

template <typename T, typename Parse>
bool addEntity(QList<T>& items, const ScenarioChange& c, Parse parse, const JsonPointer& at, const QString& file,
    InputErrors& errors)
{
    const qsizetype before = errors.size();
    auto parsed = parse(c.value, at / "value", file, errors);
    if (!parsed || errors.size() != before)
        return false;
    items.append(std::move(*parsed));
    return true;
}

bool missing(
    const ScenarioChange& c, const QString& what, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    errors.append(
        {file, at.toString(), Tr::tr("%1 %2 does not exist in this scenario's base").arg(entityName(c.entity), what)});
    return false;
}

bool removeEntity(Model& m, const ScenarioChange& c, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    using Entity = ScenarioChange::Entity;
    const QString quoted = QLatin1Char('"') + c.id + QLatin1Char('"');
    switch (c.entity) {
    case Entity::Asset:
    case Entity::Threat:
    case Entity::Control: {
        // The same cascade as a user's removal in the app (ModelEdit.h).
        const QList<ModelEdit> edits = c.entity == Entity::Asset ? removeAssetEdits(m, c.id)
            : c.entity == Entity::Threat                         ? removeThreatEdits(m, c.id)
                                                                 : removeControlEdits(m, c.id);
        if (edits.isEmpty())
            return missing(c, quoted, at, file, errors);
        applyEdits(m, edits);
        return true;
    }
    case Entity::Dependency:
        if (m.dependencies.removeIf(
                [&](const Dependency& d) { return d.from == c.from && d.to == c.to && toKey(d.kind) == c.kind; })
            == 0)
            return missing(c, QStringLiteral("%1 -> %2 (%3)").arg(c.from, c.to, c.kind), at, file, errors);
        return true;
    case Entity::Exposure:
        if (m.exposures.removeIf([&](const Exposure& e) { return e.asset == c.asset && e.threat == c.threat; }) == 0)
            return missing(c, QStringLiteral("(%1, %2)").arg(c.asset, c.threat), at, file, errors);
        return true;
    case Entity::Response:
        if (m.responses.removeIf([&](const Response& r) { return r.asset == c.asset && r.threat == c.threat; }) == 0)
            return missing(c, QStringLiteral("(%1, %2)").arg(c.asset, c.threat), at, file, errors);
        return true;
    case Entity::Setting:
        break;
    }
    return false;
}

/// A `set` of a control's field. `status_by_unit` is set as a whole map (RISK-MODEL.md 5; null clears
/// it): a status not in the list is placed at value/<unit>, an unknown unit is found when the
/// scenario's model is validated. Any other field goes through the control's JSON.
bool setControlField(
    QList<Control>& controls, const ScenarioChange& c, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("status"),
        QStringLiteral("effectiveness"), QStringLiteral("effect"), QStringLiteral("mitigates"), QStringLiteral("scope"),
        QStringLiteral("requires"), QStringLiteral("cost"), QStringLiteral("owner"), QStringLiteral("source"),
        QStringLiteral("status_by_unit")};
    const qsizetype i = indexOfId(controls, c.id);
    if (i >= 0 && c.field == QLatin1StringView("status_by_unit")) {
        const qsizetype before = errors.size();
        const auto map = JsonCodec::statusByUnitFromJson(c.value, at / "value", file, errors);
        if (!map || errors.size() != before)
            return false;
        controls[i].statusByUnit = *map;
        return true;
    }
    // The control's JSON carries its status_by_unit, so setting another field keeps the map.
    return setField(controls, c, known, JsonCodec::controlFromJson, at, file, errors);
}

/// Each scenario's position by id; a duplicate id keeps its first (validation reports the second).
QHash<QString, qsizetype> scenarioIndex(const Model& model)
{
    QHash<QString, qsizetype> out;
    out.reserve(model.scenarios.size());
    for (qsizetype i = 0; i < model.scenarios.size(); ++i)
        out.insert(model.scenarios[i].id, out.value(model.scenarios[i].id, i));
    return out;
}

QStringList fields(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

} // namespace

bool applyChange(Model& m, const ScenarioChange& c, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    using Entity = ScenarioChange::Entity;
    using namespace JsonCodec;
    switch (c.op) {
    case ScenarioChange::Op::Set:
        switch (c.entity) {
        case Entity::Asset:
            return setField(m.assets, c,
                fields({"name", "type", "tier", "owner", "classification", "impact", "gateway", "description",
                    "attributes", "continuity", "need"}),
                assetFromJson, at, file, errors);
        case Entity::Threat:
            return setField(m.threats, c,
                fields({"name", "category", "likelihood", "dimensions", "applies_to", "source", "outage"}),
                threatFromJson, at, file, errors);
        case Entity::Control:
            return setControlField(m.controls, c, at, file, errors);
        case Entity::Setting: {
            const QStringList known = fields({"impact_table", "bands", "appetite"});
            if (!known.contains(c.field)) {
                errors.append({file, (at / "field").toString(),
                    Tr::tr("\"%1\" is not a setting; expected one of: %2")
                        .arg(c.field, known.join(QStringLiteral(", ")))});
                return false;
            }
            QJsonObject o = settingsToJson(m.settings);
            o.insert(c.field, c.value);
            const qsizetype before = errors.size();
            auto s = settingsFromJson(QJsonValue(o), at / "value", file, errors);
            if (!s || errors.size() != before)
                return false;
            m.settings = *s;
            return true;
        }
        default:
            return false; // rejected by the reader
        }
    case ScenarioChange::Op::Add:
        switch (c.entity) {
        case Entity::Asset:
            return addEntity(m.assets, c, assetFromJson, at, file, errors);
        case Entity::Threat:
            return addEntity(m.threats, c, threatFromJson, at, file, errors);
        case Entity::Control:
            return addEntity(m.controls, c, controlFromJson, at, file, errors);
        case Entity::Dependency:
            return addEntity(m.dependencies, c, dependencyFromJson, at, file, errors);
        case Entity::Exposure:
            return addEntity(m.exposures, c, exposureFromJson, at, file, errors);
        case Entity::Response:
            return addEntity(m.responses, c, responseFromJson, at, file, errors);
        case Entity::Setting:
            return false;
        }
        return false;
    case ScenarioChange::Op::Remove:
        return removeEntity(m, c, at, file, errors);
    }
    return false;
}

QStringList scenarioChain(const Model& model, const QString& id, const QString& file, InputErrors& errors)
{
    // Hashed once: a chain of thousands of scenarios is walked in linear time.
    const QHash<QString, qsizetype> index = scenarioIndex(model);
    QStringList chain;
    QSet<QString> seen;
    QString cur = id;
    while (!cur.isEmpty()) {
        const qsizetype at = index.value(cur, -1);
        if (at < 0) {
            errors.append({file, QStringLiteral("/scenarios"), Tr::tr("scenario \"%1\" does not exist").arg(cur)});
            return {};
        }
        if (seen.contains(cur)) {
            chain.prepend(cur);
            errors.append({file, (JsonPointer() / "scenarios" / at / "base").toString(),
                Tr::tr("the scenario base chain loops: %1").arg(chain.join(QStringLiteral(" <- ")))});
            return {};
        }
        seen.insert(cur);
        chain.prepend(cur);
        cur = model.scenarios[at].base;
    }
    return chain;
}

ResolvedScenario resolveScenario(const Model& baseline, const QString& id, const QString& file)
{
    ResolvedScenario out;
    out.model = baseline;
    const QStringList chain = scenarioChain(baseline, id, file, out.errors);
    const QHash<QString, qsizetype> index = scenarioIndex(baseline);
    for (const QString& sid : chain) {
        const qsizetype si = index.value(sid);
        const Scenario& scenario = baseline.scenarios[si];
        for (qsizetype ci = 0; ci < scenario.changes.size(); ++ci) {
            if (!applyChange(out.model, scenario.changes[ci], JsonPointer() / "scenarios" / si / "changes" / ci, file,
                    out.errors))
                return out;
        }
    }
    return out;
}

namespace {

/// The scenario at the start of `where` ("/scenarios/3/changes/1/id" → 3), or -1.
qsizetype scenarioOfPlace(const QString& where)
{
    static const QString prefix = QStringLiteral("/scenarios/");
    if (!where.startsWith(prefix))
        return -1;
    bool ok = false;
    const qsizetype i = where.mid(prefix.size()).section(QLatin1Char('/'), 0, 0).toLongLong(&ok);
    return ok ? i : -1;
}

/// A scenario that changes the impact table can make an asset's classification level (set by a
/// field edit of the baseline) unknown; no other setting is named by anything else.
bool changesImpactTable(const Scenario& s)
{
    return std::any_of(s.changes.cbegin(), s.changes.cend(), [](const ScenarioChange& c) {
        return c.entity == ScenarioChange::Entity::Setting && c.field == QLatin1StringView("impact_table");
    });
}

} // namespace

QStringList scenarioDescendants(const Model& model, const QString& id)
{
    QHash<QString, QStringList> children;
    for (const Scenario& s : model.scenarios)
        children[s.base].append(s.id);
    QStringList out {id};
    QSet<QString> seen {id};
    for (qsizetype i = 0; i < out.size(); ++i) { // grows while it is walked: breadth first
        for (const QString& child : children.value(out[i])) {
            if (!seen.contains(child)) {
                seen.insert(child);
                out.append(child);
            }
        }
    }
    out.removeFirst();
    return out;
}

QString scenarioRefusal(const Scenario& scenario, const QString& what, Language language)
{
    const QString name = scenario.name.text(language);
    return Tr::tr("Scenario “%1” would no longer apply: %2. Revert that change in the scenario or delete the "
                  "scenario first.")
        .arg(name.isEmpty() ? scenario.id : name, what);
}

namespace {

/// The items a field edit replaced, as a scenario's change names them: (ScenarioChange::Entity, id).
using EditedItems = QSet<std::pair<int, QString>>;

EditedItems editedItems(const QList<ModelEdit>& edits)
{
    using Entity = ScenarioChange::Entity;
    EditedItems out;
    for (const ModelEdit& e : edits) {
        if (const auto* a = std::get_if<Asset>(&e.value))
            out.insert({int(Entity::Asset), a->id});
        else if (const auto* t = std::get_if<Threat>(&e.value))
            out.insert({int(Entity::Threat), t->id});
        else if (const auto* k = std::get_if<Control>(&e.value))
            out.insert({int(Entity::Control), k->id});
    }
    return out;
}

/// Whether a field edit of `edited` (same ids, same requirements: onlyFieldEdits) can stop `scenario`
/// from resolving. Its removals, additions and settings name ids and keys a field edit keeps, and
/// read nothing else of the baseline; a `set` of a field re-reads the whole item through its JSON,
/// so it can fail beside the item's edited fields. Every scenario resolved, as before, cost each edit
/// a copy of every asset per scenario (about 0.9 s at 100,000 assets with the generated scenarios).
bool canBreak(const Scenario& scenario, const EditedItems& edited)
{
    return std::any_of(scenario.changes.cbegin(), scenario.changes.cend(), [&](const ScenarioChange& c) {
        return c.op == ScenarioChange::Op::Set && edited.contains({int(c.entity), c.id});
    });
}

/// baselineRefusal() with the candidate's own validation (validateContent) computed already when
/// `content` is given (for an edit, EditValidation.h); with `edited` (field edits only), the scenarios
/// none of whose changes can break are not resolved.
QString refusal(const Model& candidate, bool fieldEdits, const InputErrors* content, Language language,
    const EditedItems* edited = nullptr)
{
    // validate(), not only validateContent(): an edit of the baseline must not break a scenario that
    // names what it removes or changes. For the most common edits (a status, an impact, a name) it is
    // enough to resolve each scenario, which is far cheaper than validating each scenario's model
    // (at 10,000 assets, every scenario would add the cost of validating the baseline again).
    InputErrors errors;
    if (!fieldEdits) {
        errors = validate(candidate, QString(), Source::Json);
    } else {
        errors = content ? *content : validateContent(candidate, QString(), Source::Json);
        for (qsizetype i = 0; i < candidate.scenarios.size() && errors.isEmpty(); ++i) {
            const Scenario& scenario = candidate.scenarios[i];
            // A scenario that changes the impact table is validated whole: the edited impacts must fit it.
            if (edited && !changesImpactTable(scenario) && !canBreak(scenario, *edited))
                continue;
            const ResolvedScenario resolved = resolveScenario(candidate, scenario.id);
            errors = resolved.errors;
            if (errors.isEmpty() && changesImpactTable(scenario)) {
                const InputErrors content = validateContent(resolved.model, QString(), Source::Json);
                if (!content.isEmpty())
                    return scenarioRefusal(candidate.scenarios[i], content.first().what, language);
            }
        }
    }
    if (errors.isEmpty())
        return {};
    const InputError& first = errors.first();
    const qsizetype s = scenarioOfPlace(first.where);
    if (s < 0 || s >= candidate.scenarios.size())
        return first.what;
    return scenarioRefusal(candidate.scenarios[s], first.what, language);
}

} // namespace

QString baselineRefusal(const Model& candidate, bool fieldEdits, Language language)
{
    return refusal(candidate, fieldEdits, nullptr, language);
}

QString baselineRefusal(const Model& before, const Model& candidate, const QList<ModelEdit>& edits, Language language)
{
    if (!onlyFieldEdits(before, edits))
        return refusal(candidate, false, nullptr, language);
    const InputErrors content = validateEdit(before, candidate, edits, QString(), Source::Json);
    const EditedItems edited = editedItems(edits);
    return refusal(candidate, true, &content, language, &edited);
}

QString descendantRefusal(const Model& candidate, const QString& id, bool fieldEdits, Language language)
{
    // Most scenarios have no descendants, so an edit in a scenario costs no more validation than an
    // edit of the baseline.
    for (const QString& d : scenarioDescendants(candidate, id)) {
        const Scenario& scenario = candidate.scenarios[indexOfId(candidate.scenarios, d)];
        const ResolvedScenario resolved = resolveScenario(candidate, d);
        const bool validateAll = !fieldEdits || changesImpactTable(scenario);
        const InputErrors errors
            = resolved.ok() && validateAll ? validateContent(resolved.model, QString(), Source::Json) : resolved.errors;
        if (!errors.isEmpty())
            return scenarioRefusal(scenario, errors.first().what, language);
    }
    return {};
}

} // namespace mamori
