#include "document/Edits.h"

#include "Clock.h"
#include "FiscalYear.h"
#include "IdRename.h"
#include "JapaneseSpacing.h"
#include "WhatIf.h"
#include "engine/Assessment.h"
#include "engine/Proposals.h"
#include "engine/ResponsePolicy.h"
#include "inspection/InspectionApply.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <type_traits>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::Edits)
};

/// `text` in the `language` slot only.
LocalizedText named(const QString& text, Language language)
{
    return language == Language::Japanese ? LocalizedText {text, {}} : LocalizedText {{}, text};
}

UserEdit oneEdit(UiText text, const ModelEdit& edit, const QString& created = {})
{
    return {std::move(text), {edit}, {}, {}, created};
}

// How a deleted row is named to the user, and what goes with it: an item by its id, a pair by both.
template <typename T> QString rowName(const T& item)
{
    return item.id;
}
QString rowName(const Dependency& d)
{
    return QStringLiteral("%1 → %2").arg(d.from, d.to);
}
QString rowName(const Exposure& e)
{
    return QStringLiteral("%1 × %2").arg(e.asset, e.threat);
}
QList<ModelEdit> removal(const Model& work, qsizetype, const Asset& a)
{
    return removeAssetEdits(work, a.id);
}
QList<ModelEdit> removal(const Model& work, qsizetype, const Threat& t)
{
    return removeThreatEdits(work, t.id);
}
QList<ModelEdit> removal(const Model& work, qsizetype, const Control& k)
{
    return removeControlEdits(work, k.id);
}
QList<ModelEdit> removal(const Model& work, qsizetype, const PlanAction& p)
{
    return removeActionEdits(work, p.id);
}
QList<ModelEdit> removal(const Model& work, qsizetype row, const AuditFinding& f)
{
    // A record is history: the reviews of a deleted finding keep their decision, without the reference.
    QList<ModelEdit> out {ModelEdit::remove(row, f)};
    for (qsizetype i = 0; i < work.reviewDecisions.size(); ++i) {
        ReviewDecision r = work.reviewDecisions[i];
        if (r.subject == ReviewSubject::AuditFinding && r.ref == f.id) {
            r.ref.clear();
            out.append(ModelEdit::replace(i, r));
        }
    }
    return out;
}
template <typename T> QList<ModelEdit> removal(const Model&, qsizetype row, const T& item)
{
    return {ModelEdit::remove(row, item)};
}

const Scenario* findScenario(const Model& baseline, const QString& id)
{
    const qsizetype at = indexOfId(baseline.scenarios, id);
    return at < 0 ? nullptr : &baseline.scenarios[at];
}

UserEdit replaceScenario(const Model& baseline, UiText text, const Scenario& s)
{
    const qsizetype at = indexOfId(baseline.scenarios, s.id);
    if (at < 0)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(s.id));
    return {std::move(text), {ModelEdit::replace(at, s)}, {}, {}, {}};
}

/// The words that differ between the kinds of item an id names.
template <typename T> struct IdKind;
template <> struct IdKind<Asset> {
    static QString prefix() { return QStringLiteral("A-NEW-"); }
    static QString gone(const QString& id) { return Tr::tr("Asset %1 no longer exists.").arg(id); }
    static QString taken(const QString& id) { return Tr::tr("Another asset has the ID %1 already.").arg(id); }
    static UiText edit(const QString& id) { return UiText::translate("mamori::Edits", "Edit asset %1").arg(id); }
    static UiText rename(const QString& a, const QString& b)
    {
        return UiText::translate("mamori::Edits", "Rename asset %1 to %2").arg(a, b);
    }
};
template <> struct IdKind<Threat> {
    static QString prefix() { return QStringLiteral("T-NEW-"); }
    static QString gone(const QString& id) { return Tr::tr("Threat %1 no longer exists.").arg(id); }
    static QString taken(const QString& id) { return Tr::tr("Another threat has the ID %1 already.").arg(id); }
    static UiText edit(const QString& id) { return UiText::translate("mamori::Edits", "Edit threat %1").arg(id); }
    static UiText rename(const QString& a, const QString& b)
    {
        return UiText::translate("mamori::Edits", "Rename threat %1 to %2").arg(a, b);
    }
};
template <> struct IdKind<Control> {
    static QString prefix() { return QStringLiteral("K-NEW-"); }
    static QString gone(const QString& id) { return Tr::tr("Control %1 no longer exists.").arg(id); }
    static QString taken(const QString& id) { return Tr::tr("Another control has the ID %1 already.").arg(id); }
    static UiText edit(const QString& id) { return UiText::translate("mamori::Edits", "Edit control %1").arg(id); }
    static UiText rename(const QString& a, const QString& b)
    {
        return UiText::translate("mamori::Edits", "Rename control %1 to %2").arg(a, b);
    }
};
template <> struct IdKind<PlanAction> {
    static QString prefix() { return QStringLiteral("P-"); }
    static QString gone(const QString& id) { return Tr::tr("Plan action %1 no longer exists.").arg(id); }
    static QString taken(const QString& id) { return Tr::tr("Another plan action has the ID %1 already.").arg(id); }
    static UiText edit(const QString& id) { return UiText::translate("mamori::Edits", "Edit plan action %1").arg(id); }
    static UiText rename(const QString& a, const QString& b)
    {
        return UiText::translate("mamori::Edits", "Rename plan action %1 to %2").arg(a, b);
    }
};

template <> struct IdKind<AuditFinding> {
    static QString gone(const QString& id) { return Tr::tr("Audit finding %1 no longer exists.").arg(id); }
    static QString taken(const QString& id) { return Tr::tr("Another audit finding has the ID %1 already.").arg(id); }
    static UiText rename(const QString& a, const QString& b)
    {
        return UiText::translate("mamori::Edits", "Rename audit finding %1 to %2").arg(a, b);
    }
};

/// A character the registers use between ids (lists, asset/threat pairs) or that cannot be typed back.
bool separatesIds(QChar c)
{
    return c.isSpace() || c == u',' || c == u'、' || c == u'，' || c == u'/' || c.category() == QChar::Other_Control
        || c.category() == QChar::Other_Format;
}

/// Inserts `item` with id `id` at the end of its list, unless the id is refused.
template <typename T> UserEdit addItem(const Model& model, T item, const QString& id, const UiText& text)
{
    if (const QString why = edits::idRefusal<T>(model, id); !why.isEmpty())
        return UserEdit::refused(why);
    item.id = id;
    return oneEdit(text.arg(id), ModelEdit::insert(model.list<T>().size(), std::move(item)), id);
}

} // namespace

namespace edits {

template <typename T> QString proposedId(const Model& model)
{
    return freeId(model.list<T>(), IdKind<T>::prefix());
}

template <typename T> QString idRefusal(const Model& model, const QString& id)
{
    if (id.trimmed().isEmpty())
        return Tr::tr("Enter an ID.");
    if (std::any_of(id.cbegin(), id.cend(), separatesIds))
        return Tr::tr("“%1” cannot be an ID: an ID has no spaces, commas, slashes or line breaks, which separate "
                      "IDs in lists.")
            .arg(id);
    if (indexOfId(model.list<T>(), id) >= 0)
        return IdKind<T>::taken(id);
    return {};
}

template QString proposedId<Asset>(const Model&);
template QString proposedId<Threat>(const Model&);
template QString proposedId<Control>(const Model&);
template QString proposedId<PlanAction>(const Model&);
template QString idRefusal<Asset>(const Model&, const QString&);
template QString idRefusal<Threat>(const Model&, const QString&);
template QString idRefusal<Control>(const Model&, const QString&);
template QString idRefusal<PlanAction>(const Model&, const QString&);
template QString idRefusal<AuditFinding>(const Model&, const QString&);

UserEdit addAsset(const Model& model, const QString& id, Language language)
{
    Asset a;
    a.name = named(Tr::tr("New asset"), language);
    return addItem(model, std::move(a), id, UiText::translate("mamori::Edits", "Add asset %1"));
}

UserEdit addThreat(const Model& model, const QString& id, Language language)
{
    Threat t;
    t.name = named(Tr::tr("New threat"), language);
    t.dimensions.insert(Dimension::C);
    return addItem(model, std::move(t), id, UiText::translate("mamori::Edits", "Add threat %1"));
}

UserEdit addControl(const Model& model, const QString& id, Language language)
{
    Control k;
    k.name = named(Tr::tr("New control"), language);
    return addItem(model, std::move(k), id, UiText::translate("mamori::Edits", "Add control %1"));
}

UserEdit addPlanAction(const Model& model, const QString& id, Language language)
{
    PlanAction p;
    p.title = named(Tr::tr("New action"), language);
    p.start = Clock::today();
    p.due = p.start.addMonths(3);
    return addItem(model, std::move(p), id, UiText::translate("mamori::Edits", "Add plan action %1"));
}

UserEdit addDependency(const Model& model, const QString& from, const QString& to)
{
    if (from.isEmpty() || to.isEmpty())
        return UserEdit::refused(Tr::tr("Choose both assets of the dependency."));
    for (const QString& id : {from, to}) {
        if (indexOfId(model.assets, id) < 0)
            return UserEdit::refused(Tr::tr("There is no asset %1.").arg(id));
    }
    if (from == to)
        return UserEdit::refused(Tr::tr("An asset cannot depend on itself."));
    const Dependency d {from, to, DependencyKind::Other, {}};
    const bool there = std::any_of(model.dependencies.cbegin(), model.dependencies.cend(),
        [&](const Dependency& x) { return x.from == from && x.to == to && x.kind == d.kind; });
    if (there)
        return UserEdit::refused(Tr::tr("%1 already depends on %2.").arg(from, to));
    return oneEdit(UiText::translate("mamori::Edits", "Add dependency %1 → %2").arg(from, to),
        ModelEdit::insert(model.dependencies.size(), d));
}

UserEdit addExposure(const Model& model, const QString& asset, const QString& threat)
{
    if (asset.isEmpty() || threat.isEmpty())
        return UserEdit::refused(Tr::tr("Choose the asset and the threat of the exposure."));
    if (indexOfId(model.assets, asset) < 0)
        return UserEdit::refused(Tr::tr("There is no asset %1.").arg(asset));
    if (indexOfId(model.threats, threat) < 0)
        return UserEdit::refused(Tr::tr("There is no threat %1.").arg(threat));
    const bool there = std::any_of(model.exposures.cbegin(), model.exposures.cend(),
        [&](const Exposure& x) { return x.asset == asset && x.threat == threat; });
    if (there)
        return UserEdit::refused(Tr::tr("%1 is exposed to %2 already.").arg(asset, threat));
    return oneEdit(UiText::translate("mamori::Edits", "Add exposure %1 × %2").arg(asset, threat),
        ModelEdit::insert(model.exposures.size(), Exposure {asset, threat, std::nullopt, false, {}}));
}

template <typename T> Deletion deleteRows(const Model& model, const QList<int>& rows)
{
    const QList<T>& list = model.list<T>();
    Deletion out;
    if (rows.isEmpty())
        return out;
    // Built against a working copy, last row first, so the positions of later removals stay right.
    Model work = model;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < 0 || *it >= list.size()) {
            out.edit = UserEdit::refused(Tr::tr("Row %1 is not in the list any more.").arg(*it + 1));
            return out;
        }
        const T& item = list[*it];
        out.names.append(rowName(item));
        const QList<ModelEdit> more = removal(work, *it, item);
        applyEdits(work, more);
        out.edit.edits.append(more);
    }
    out.alsoRemoved = out.edit.edits.size() - rows.size();
    out.edit.text = UiText::translate("mamori::Edits", "Delete %n item(s)", nullptr, int(rows.size()));
    return out;
}

template Deletion deleteRows<Asset>(const Model&, const QList<int>&);
template Deletion deleteRows<Threat>(const Model&, const QList<int>&);
template Deletion deleteRows<Control>(const Model&, const QList<int>&);
template Deletion deleteRows<Dependency>(const Model&, const QList<int>&);
template Deletion deleteRows<Exposure>(const Model&, const QList<int>&);
template Deletion deleteRows<PlanAction>(const Model&, const QList<int>&);
template Deletion deleteRows<AuditFinding>(const Model&, const QList<int>&);

UserEdit setCell(const UiText& header, std::size_t entity, int row, int column, const ItemChange& change)
{
    UserEdit out = setInRows(header, {change});
    if (!out.ok())
        return out;
    if (!change.text.isEmpty())
        out.text = change.text;
    else
        out.merge = {MergeId::Cell, {qint64(entity), row, column}};
    return out;
}

UserEdit setInRows(const UiText& header, const QList<ItemChange>& changes)
{
    UserEdit out;
    for (const ItemChange& c : changes) {
        if (!c.error.isEmpty())
            return UserEdit::refused(Tr::tr("%1: %2").arg(header.toString(), c.error));
        out.edits.append(c.edits);
    }
    out.text = changes.size() > 1
        ? UiText::translate("mamori::Edits", "Set %1 of %n items", nullptr, int(changes.size())).arg(header)
        : UiText::translate("mamori::Edits", "Change %1").arg(header);
    return out;
}

template <typename T> UserEdit replaceItem(const Model& model, const QString& originalId, T item)
{
    // Looked up again by id: the position is what the edit needs, and it must be the item's now.
    const qsizetype index = indexOfId(model.list<T>(), originalId);
    if (index < 0)
        return UserEdit::refused(IdKind<T>::gone(originalId));
    QList<ModelEdit> edits;
    if (item.id != originalId) {
        UserEdit rename = renameId<T>(model, originalId, item.id);
        if (!rename.ok())
            return rename;
        edits = std::move(rename.edits);
    }
    edits.append(ModelEdit::replace(index, std::move(item)));
    return {IdKind<T>::edit(originalId), std::move(edits), {}, {}, {}};
}

template UserEdit replaceItem<Asset>(const Model&, const QString&, Asset);
template UserEdit replaceItem<Threat>(const Model&, const QString&, Threat);
template UserEdit replaceItem<Control>(const Model&, const QString&, Control);
template UserEdit replaceItem<PlanAction>(const Model&, const QString&, PlanAction);

template <typename T> UserEdit renameId(const Model& model, const QString& oldId, const QString& newId)
{
    if (indexOfId(model.list<T>(), oldId) < 0)
        return UserEdit::refused(IdKind<T>::gone(oldId));
    if (newId == oldId)
        return {};
    if (const QString why = idRefusal<T>(model, newId); !why.isEmpty())
        return UserEdit::refused(why);
    return {IdKind<T>::rename(oldId, newId), renameIdEdits<T>(model, oldId, newId), {}, {}, {}};
}

template UserEdit renameId<Asset>(const Model&, const QString&, const QString&);
template UserEdit renameId<Threat>(const Model&, const QString&, const QString&);
template UserEdit renameId<Control>(const Model&, const QString&, const QString&);
template UserEdit renameId<PlanAction>(const Model&, const QString&, const QString&);

UserEdit decideResponses(const Model& model, const QList<RiskResult>& risks, const Response& decision, double appetite)
{
    if (risks.isEmpty())
        return UserEdit::refused(Tr::tr("Select the risks to decide first."));
    UserEdit out;
    qsizetype end = model.responses.size();
    for (const RiskResult& r : risks) {
        if (decision.rationale.trimmed().isEmpty() && rationaleRequired(decision.response, r.residual, appetite))
            return UserEdit::refused(
                Tr::tr("Accepting %1 × %2 (residual %3, above the appetite %4) needs a rationale.")
                    .arg(r.asset, r.threat, QString::number(r.residual, 'f', 2), QString::number(appetite, 'f', 2)));
        Response d = decision;
        d.asset = r.asset;
        d.threat = r.threat;
        const auto at = std::find_if(model.responses.cbegin(), model.responses.cend(),
            [&](const Response& x) { return x.asset == r.asset && x.threat == r.threat; });
        if (at != model.responses.cend())
            out.edits.append(ModelEdit::replace(at - model.responses.cbegin(), d));
        else
            out.edits.append(ModelEdit::insert(end++, d));
    }
    out.text = UiText::translate("mamori::Edits", "Decide the response of %n risks", nullptr, int(risks.size()));
    return out;
}

UserEdit clearResponses(const Model& model, const QList<RiskKey>& risks)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < model.responses.size(); ++i) {
        if (risks.contains(RiskKey {model.responses[i].asset, model.responses[i].threat}))
            positions.append(i);
    }
    UserEdit out;
    if (positions.isEmpty())
        return out;
    // From the end, so that earlier positions stay valid.
    for (auto it = positions.crbegin(); it != positions.crend(); ++it)
        out.edits.append(ModelEdit::remove(*it, model.responses[*it]));
    out.text = UiText::translate("mamori::Edits", "Clear the decision of %n risks", nullptr, int(positions.size()));
    return out;
}

UserEdit setAcceptanceCriteria(const Model& model, double appetite, const QList<double>& bounds)
{
    Settings s = model.settings;
    s.appetite = appetite;
    for (qsizetype i = 0; i < bounds.size() && i < s.bands.size(); ++i)
        s.bands[i].bound = bounds[i];
    if (s == model.settings)
        return {};
    return {UiText::translate("mamori::Edits", "Change the risk acceptance criteria"), {ModelEdit::replace(0, s)},
        {MergeId::AcceptanceCriteria}, {}, {}};
}

UserEdit setDocumentControl(const Model& model, const DocumentControl& document)
{
    if (document == model.document)
        return {};
    return {UiText::translate("mamori::Edits", "Change the document control"), {ModelEdit::replace(0, document)}, {},
        {}, {}};
}

UserEdit proposalToAction(const Model& model, const ControlProposal& proposal, const RiskKey& risk)
{
    const ModelIndex index(model);
    UserEdit out;
    Control control = proposal.control;
    if (proposal.fromCatalogue) {
        if (index.controls.contains(control.id))
            return UserEdit::refused(
                Tr::tr("%1 was added to the project meanwhile; open the proposals again.").arg(control.id));
        control.status = ControlStatus::Planned;
        out.edits.append(ModelEdit::insert(model.controls.size(), control));
    } else if (control.status == ControlStatus::None) {
        // In the plan now: planned, which changes no number (readiness 0 either way).
        const qsizetype at = index.controls.value(control.id, -1);
        if (at < 0)
            return UserEdit::refused(Tr::tr("%1 is no longer in the project.").arg(control.id));
        control = model.controls[at];
        control.status = ControlStatus::Planned;
        out.edits.append(ModelEdit::replace(at, control));
    }
    PlanAction action;
    action.id = proposedId<PlanAction>(model); // as Edit > Add numbers plan actions
    // The title is model data in both languages, whatever the language of the window.
    action.title = {QStringLiteral("%1の導入").arg(control.name.ja.isEmpty() ? control.name.en : control.name.ja),
        control.name.en.isEmpty() ? QString() : QStringLiteral("Introduce %1").arg(control.name.en)};
    action.controls = {control.id};
    action.risks = {risk};
    const qsizetype asset = index.assets.value(risk.asset, -1);
    action.owner
        = index.orgUnits.contains(control.owner) ? control.owner : (asset >= 0 ? model.assets[asset].owner : QString());
    const QDate today = Clock::today();
    action.start = today;
    action.due = fiscalYearEnd(fiscalYearOf(today));
    action.cost = control.cost;
    out.edits.append(ModelEdit::insert(model.actions.size(), action));
    out.text = UiText::translate("mamori::Edits", "Add plan action %1 for %2").arg(action.id, control.id);
    out.created = action.id;
    return out;
}

UserEdit markActionsDone(const Model& model, const QStringList& ids)
{
    UserEdit out;
    for (const QString& id : ids) {
        const qsizetype at = indexOfId(model.actions, id);
        if (at < 0)
            return UserEdit::refused(Tr::tr("There is no plan action %1.").arg(id));
        PlanAction p = model.actions[at];
        if (p.status == ActionStatus::Done && p.progress == 100)
            continue;
        p.status = ActionStatus::Done;
        p.progress = 100;
        out.edits.append(ModelEdit::replace(at, p));
    }
    if (!out.edits.isEmpty())
        out.text = UiText::translate("mamori::Edits", "Mark %n plan action(s) done", nullptr, int(out.edits.size()));
    return out;
}

UserEdit planChosenActions(const Model& model, const QStringList& chosen)
{
    UserEdit out;
    QSet<QString> seen;
    for (const QString& id : chosen) {
        const qsizetype at = indexOfId(model.actions, id);
        if (at < 0)
            return UserEdit::refused(Tr::tr("There is no plan action %1.").arg(id));
        for (const QString& k : model.actions[at].controls) {
            const qsizetype c = indexOfId(model.controls, k);
            if (c < 0 || model.controls[c].status != ControlStatus::None || seen.contains(k))
                continue;
            seen.insert(k);
            Control planned = model.controls[c];
            planned.status = ControlStatus::Planned;
            out.edits.append(ModelEdit::replace(c, planned));
        }
    }
    if (!out.edits.isEmpty())
        out.text = UiText::translate(
            "mamori::Edits", "Plan the controls of %n chosen action(s)", nullptr, int(chosen.size()));
    return out;
}

UserEdit scenarioOfChosenActions(const Model& shown, const Model& baseline, const QString& base,
    const QStringList& chosen, double budget, Language language)
{
    if (chosen.isEmpty())
        return UserEdit::refused(Tr::tr("The optimizer chose no action: there is nothing to carry out."));
    const QLocale locale;
    return newScenario(baseline, base, Tr::tr("Optimized plan within %1 yen").arg(locale.toString(budget, 'f', 0)),
        language, WhatIf::completeActions(shown, chosen),
        Tr::tr("The actions the optimizer chose for a budget of %1 yen, carried out: %2.")
            .arg(locale.toString(budget, 'f', 0), chosen.join(QStringLiteral(", "))));
}

QString scenarioName(const Model& baseline, const QString& id, Language language)
{
    const Scenario* s = findScenario(baseline, id);
    if (!s)
        return Tr::tr("Baseline");
    const QString name = s->name.text(language);
    return name.isEmpty() ? s->id : name;
}

UserEdit newScenario(const Model& baseline, const QString& base, const QString& name, Language language,
    const QList<ScenarioChange>& changes, const QString& description)
{
    if (!base.isEmpty() && !findScenario(baseline, base))
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(base));
    Scenario s;
    s.id = freeId(baseline.scenarios, QStringLiteral("S-"));
    // A generated name ("%1 の停止" with a Japanese asset name) is kept as Japanese is written.
    s.name = named(withoutSpacesBetweenJapanese(name), language);
    s.base = base;
    s.changes = changes;
    s.description = description;
    return oneEdit(UiText::translate("mamori::Edits", "New scenario %1").arg(name),
        ModelEdit::insert(baseline.scenarios.size(), s), s.id);
}

UserEdit renameScenario(const Model& baseline, const QString& id, const QString& name, Language language)
{
    const Scenario* s = findScenario(baseline, id);
    if (!s)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(id));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || name == s->name.text(language))
        return {};
    Scenario renamed = *s;
    (language == Language::Japanese ? renamed.name.ja : renamed.name.en) = trimmed;
    return replaceScenario(baseline, UiText::translate("mamori::Edits", "Rename scenario %1").arg(id), renamed);
}

UserEdit describeScenario(const Model& baseline, const QString& id, const QString& description)
{
    const Scenario* s = findScenario(baseline, id);
    if (!s)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(id));
    if (description == s->description)
        return {};
    Scenario described = *s;
    described.description = description;
    return replaceScenario(baseline, UiText::translate("mamori::Edits", "Describe scenario %1").arg(id), described);
}

UserEdit duplicateScenario(const Model& baseline, const QString& id, Language language)
{
    const Scenario* s = findScenario(baseline, id);
    if (!s)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(id));
    return newScenario(baseline, s->base, Tr::tr("Copy of %1").arg(scenarioName(baseline, id, language)), language,
        s->changes, s->description);
}

UserEdit deleteScenario(const Model& baseline, const QString& id, Language language)
{
    const qsizetype at = indexOfId(baseline.scenarios, id);
    if (at < 0)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(id));
    QStringList children;
    for (const Scenario& other : baseline.scenarios) {
        if (other.base == id)
            children.append(scenarioName(baseline, other.id, language));
    }
    if (!children.isEmpty())
        return UserEdit::refused(Tr::tr("“%1” is the base of %2. Delete those scenarios first.")
                                     .arg(scenarioName(baseline, id, language), children.join(QStringLiteral(", "))));
    return {UiText::translate("mamori::Edits", "Delete scenario %1").arg(scenarioName(baseline, id, language)),
        {ModelEdit::remove(at, baseline.scenarios[at])}, {}, {}, {}};
}

UserEdit revertScenarioChanges(const Model& baseline, const QString& id, const QList<int>& rows, Language language)
{
    const Scenario* s = findScenario(baseline, id);
    if (!s)
        return UserEdit::refused(Tr::tr("There is no scenario “%1”.").arg(id));
    if (rows.isEmpty())
        return {};
    Scenario reverted = *s;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int row : sorted) {
        if (row >= 0 && row < reverted.changes.size())
            reverted.changes.removeAt(row);
    }
    return replaceScenario(baseline,
        UiText::translate("mamori::Edits", "Revert %n change(s) of scenario %1", nullptr, int(rows.size()))
            .arg(scenarioName(baseline, id, language)),
        reverted);
}

UserEdit whatIfAssetFails(
    const Model& shown, const Model& baseline, const QString& base, const QString& assetId, Language language)
{
    const qsizetype at = indexOfId(shown.assets, assetId);
    if (at < 0)
        return UserEdit::refused(Tr::tr("There is no asset %1.").arg(assetId));
    const QString name = shown.assets[at].name.text(language);
    return newScenario(baseline, base, Tr::tr("%1 fails").arg(name.isEmpty() ? assetId : name), language,
        WhatIf::assetFails(shown, assetId),
        Tr::tr("%1 is unavailable: its availability impact is 5 and every threat to its "
               "availability is certain (likelihood 5). What depends on it is its "
               "blast radius.")
            .arg(assetId));
}

UserEdit whatIfControlRemoved(
    const Model& shown, const Model& baseline, const QString& base, const QString& controlId, Language language)
{
    const qsizetype at = indexOfId(shown.controls, controlId);
    if (at < 0)
        return UserEdit::refused(Tr::tr("There is no control %1.").arg(controlId));
    const QString name = shown.controls[at].name.text(language);
    return newScenario(baseline, base, Tr::tr("Without %1").arg(name.isEmpty() ? controlId : name), language,
        WhatIf::controlRemoved(controlId));
}

UserEdit whatIfRedundantSupply(
    const Model& shown, const Model& baseline, const QString& base, int dependency, Language language)
{
    if (dependency < 0 || dependency >= shown.dependencies.size())
        return UserEdit::refused(Tr::tr("There is no dependency %1.").arg(dependency + 1));
    const Dependency& d = shown.dependencies[dependency];
    const auto name = [&shown, language](const QString& id) {
        const qsizetype at = indexOfId(shown.assets, id);
        const QString text = at < 0 ? QString() : shown.assets[at].name.text(language);
        return text.isEmpty() ? id : text;
    };
    const QString second = WhatIf::redundantSupplyId(shown, d.to);
    return newScenario(baseline, base, Tr::tr("A second %1 for %2").arg(name(d.to), name(d.from)), language,
        WhatIf::redundantSupply(shown, d, second),
        Tr::tr("%1 is added beside %2 as an alternative: %3 stays up while one of them is up (or as many as its "
               "need for the group says). The new supply has no dependencies of its own.")
            .arg(second, d.to, d.from));
}

QList<UserEdit> whatIfBudgetCut(
    const Model& shown, const Model& baseline, const QString& base, int percent, Language language)
{
    const WhatIf::PlanFunding full = WhatIf::fundPlan(shown, std::numeric_limits<double>::infinity());
    const WhatIf::PlanFunding cut = WhatIf::fundPlan(shown, full.candidatesCost * percent / 100.0);
    const QLocale locale;
    QList<UserEdit> out;
    out.append(newScenario(baseline, base, Tr::tr("Plan with its full budget"), language, full.changes,
        Tr::tr("Every action of the plan completed (initial cost %1 yen).")
            .arg(locale.toString(full.fundedCost, 'f', 0))));
    // The second scenario is numbered as it will be once the first is in the baseline.
    Model after = baseline;
    if (out.first().ok())
        applyEdits(after, out.first().edits);
    out.append(newScenario(after, base, Tr::tr("Plan with %1 % of its budget").arg(percent), language, cut.changes,
        Tr::tr("Budget %1 yen: the actions that fit in plan order are completed (%2 yen); left out: %3.")
            .arg(locale.toString(full.candidatesCost * percent / 100.0, 'f', 0),
                locale.toString(cut.fundedCost, 'f', 0),
                cut.unfunded.isEmpty() ? Tr::tr("none") : cut.unfunded.join(QStringLiteral(", ")))));
    return out;
}

UserEdit applyInspection(const Model& model, const Inspection& inspection, const QList<StatusChange>& changes)
{
    if (indexOfId(model.orgUnits, inspection.unit) < 0)
        return UserEdit::refused(Tr::tr("There is no org unit \"%1\".").arg(inspection.unit));
    Model after = model;
    const qsizetype at = recordInspection(after, inspection);
    UserEdit out;
    out.text = UiText::translate("mamori::Edits", "Apply the self-inspection of %1 (fiscal year %2)")
                   .arg(inspection.unit, QString::number(inspection.fiscalYear));
    out.edits.append(
        at < model.inspections.size() ? ModelEdit::replace(at, inspection) : ModelEdit::insert(at, inspection));
    QList<qsizetype> touched;
    for (const StatusChange& c : changes) {
        const qsizetype k = indexOfId(model.controls, c.control);
        if (k < 0)
            return UserEdit::refused(Tr::tr("There is no control \"%1\".").arg(c.control));
        if (!touched.contains(k))
            touched.append(k);
    }
    applyStatusChanges(after, changes);
    std::sort(touched.begin(), touched.end());
    for (const qsizetype k : std::as_const(touched)) {
        if (after.controls[k] != model.controls[k])
            out.edits.append(ModelEdit::replace(k, after.controls[k]));
    }
    return out;
}

} // namespace edits

} // namespace mamori
