#include "engine/Explain.h"

#include "engine/EngineState.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::Explain)
};

double statusFactor(ControlStatus s)
{
    return s == ControlStatus::Implemented ? 1.0 : s == ControlStatus::Partial ? 0.5 : 0.0;
}

OwnImpactSource ownImpactSource(const Model& model, const Asset& a, Dimension d, double value)
{
    if (a.impact[dimIndex(d)])
        return {OwnImpactSource::Kind::Explicit, {}, value};
    if (a.classification[dimIndex(d)] && model.settings.impactOf(d, *a.classification[dimIndex(d)]))
        return {OwnImpactSource::Kind::Classification, *a.classification[dimIndex(d)], value};
    return {OwnImpactSource::Kind::Default, {}, value};
}

/// Traces the effective impact of `asset` on `d` back to an own impact. An edge u -> v is "tight"
/// when weight * imp(u) == imp(v): the edge that last raised v in the fixed-point iteration is tight,
/// and following last-raising edges goes back in time to an asset that was never raised, whose impact
/// is its own. So a breadth-first search backwards over tight edges (in-neighbours in id order)
/// always finds a shortest chain, and the chain's values recomputed forward are the effective ones.
DimensionExplanation traceImpact(const engine::EngineState& s, int asset, Dimension d)
{
    const int di = dimIndex(d);
    const auto& imp = s.impacts();
    const auto& own = s.ownImpacts();
    const auto& g = s.graph();
    std::vector<int> parent(std::size_t(s.assetCount()), -2); // -2 unseen; else the next asset towards `asset`
    std::vector<int> queue {asset};
    parent[std::size_t(asset)] = -1;
    int source = -1;
    for (std::size_t i = 0; i < queue.size() && source < 0; ++i) {
        const int v = queue[i];
        if (own[std::size_t(v)][std::size_t(di)] == imp[std::size_t(v)][std::size_t(di)]) {
            source = v;
            break;
        }
        std::vector<std::pair<int, double>> tight;
        for (auto [e, end] = boost::in_edges(std::size_t(v), g); e != end; ++e) {
            const int u = int(boost::source(*e, g));
            const double w = g[*e].weight[std::size_t(di)];
            if (w * imp[std::size_t(u)][std::size_t(di)] == imp[std::size_t(v)][std::size_t(di)])
                tight.emplace_back(u, w);
        }
        std::sort(tight.begin(), tight.end());
        for (const auto& [u, w] : tight) {
            if (parent[std::size_t(u)] == -2) {
                parent[std::size_t(u)] = v;
                queue.push_back(u);
            }
        }
    }
    DimensionExplanation out;
    out.dimension = d;
    out.impact = imp[std::size_t(asset)][std::size_t(di)];
    if (source < 0)
        source = asset; // cannot happen for a fixed point; keep the explanation well-formed anyway
    out.source = s.assetAt(source).id;
    out.own = ownImpactSource(s.model(), s.assetAt(source), d, own[std::size_t(source)][std::size_t(di)]);
    for (int u = source; parent[std::size_t(u)] >= 0; u = parent[std::size_t(u)]) {
        const int v = parent[std::size_t(u)];
        // The strongest edge u -> v (there may be several kinds between the same two assets).
        ImpactStep step {s.assetAt(u).id, s.assetAt(v).id, DependencyKind::Other, 0, 0};
        for (auto [e, end] = boost::out_edges(std::size_t(u), g); e != end; ++e) {
            if (int(boost::target(*e, g)) == v && g[*e].weight[std::size_t(di)] > step.weight) {
                step.weight = g[*e].weight[std::size_t(di)];
                step.kind = g[*e].kind;
            }
        }
        step.value = imp[std::size_t(v)][std::size_t(di)];
        out.steps.append(step);
    }
    return out;
}

/// The unit whose own status `control` has for the assets of `owner`, or empty (3.4).
QString statusUnit(const Control& control, const QString& owner)
{
    return !owner.isEmpty() && control.statusByUnit.contains(owner) ? owner : QString();
}

/// Whose readiness a risk reads: the asset's owner, by its id and its index in the engine.
struct Owner {
    QString id;
    int unit = -1;
};

RequirementExplanation requirement(const engine::EngineState& s, int r, const Owner& owner)
{
    const Control& k = s.controlAt(r);
    RequirementExplanation e {k.id, statusUnit(k, owner.id), k.statusFor(owner.id), s.readinessFor(r, owner.unit), {}};
    for (const int q : s.requiresOf(r))
        e.requires_.append(s.controlAt(q).id);
    return e;
}

/// The direct requirements of `control`, and every control reached from them added to `all` once
/// (iteratively: a chain of 100,000 controls must not overflow the stack; a cycle, in an invalid model,
/// stops where it closes).
std::vector<RequirementExplanation> requirements(
    const engine::EngineState& s, int control, const Owner& owner, std::map<QString, RequirementExplanation>& all)
{
    std::vector<RequirementExplanation> direct;
    std::vector<int> stack;
    for (const int r : s.requiresOf(control)) {
        direct.push_back(requirement(s, r, owner));
        stack.push_back(r);
    }
    while (!stack.empty()) {
        const int r = stack.back();
        stack.pop_back();
        const QString& id = s.controlAt(r).id;
        if (all.count(id) != 0)
            continue;
        all.emplace(id, requirement(s, r, owner));
        for (const int q : s.requiresOf(r))
            stack.push_back(q);
    }
    return direct;
}

QJsonValue idOrNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject requirementToJson(const RequirementExplanation& r)
{
    return {{QStringLiteral("control"), r.control}, {QStringLiteral("status"), toKey(r.status)},
        {QStringLiteral("status_unit"), idOrNull(r.unit)}, {QStringLiteral("readiness"), r.readiness},
        {QStringLiteral("requires"), QJsonArray::fromStringList(r.requires_)}};
}

QJsonArray requirementsToJson(const std::vector<RequirementExplanation>& list)
{
    QJsonArray out;
    for (const RequirementExplanation& r : list)
        out.append(requirementToJson(r));
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

/// "K0 (partial, readiness 0.5)" for each requirement that holds readiness below 1; one listed for an
/// earlier control is referred to ("K0, see above").
void describeHeldBack(const Explanation& x, const ControlExplanation& c, QSet<QString>& shown, QStringList& out)
{
    for (const HeldBack& h : heldBack(x, c, shown)) {
        const RequirementExplanation& r = *h.requirement;
        if (h.shownBefore)
            out.append(Tr::tr("%1 (see above)").arg(r.control));
        else
            out.append(r.unit.isEmpty()
                    ? Tr::tr("%1 (%2, readiness %3)").arg(r.control, toKey(r.status), number(r.readiness))
                    : Tr::tr("%1 (status of %2: %3, readiness %4)")
                          .arg(r.control, r.unit, toKey(r.status), number(r.readiness)));
    }
}

} // namespace

ExplainResult explain(const Model& model, const QString& assetId, const QString& threatId)
{
    ExplainResult result;
    const engine::EngineState s(model);
    const int a = s.assetRank(assetId);
    const int t = s.threatRank(threatId);
    if (a < 0)
        result.errors.append(
            {QString(), QStringLiteral("--asset"), Tr::tr("asset \"%1\" does not exist").arg(assetId)});
    if (t < 0)
        result.errors.append(
            {QString(), QStringLiteral("--threat"), Tr::tr("threat \"%1\" does not exist").arg(threatId)});
    if (!result.ok())
        return result;
    const Assessment& assessment = s.assessment();
    const RiskResult* risk = assessment.findRisk(assetId, threatId);
    const engine::ExposureEntry* entry = s.exposureEntry(a, t);
    if (!risk) {
        result.errors.append({QString(), QString(),
            entry && entry->excluded
                ? Tr::tr("asset \"%1\" is not exposed to threat \"%2\": an exposure entry excludes "
                         "the pair")
                      .arg(assetId, threatId)
                : Tr::tr("asset \"%1\" is not exposed to threat \"%2\": the threat's applies_to "
                         "does not match the asset and no exposure entry names the pair")
                      .arg(assetId, threatId)});
        return result;
    }
    const Threat& threat = s.threatAt(t);
    Explanation x;
    x.asset = assetId;
    x.owner = s.assetAt(a).owner;
    const Owner owner {x.owner, s.assetUnit(a)};
    x.threat = threatId;
    x.category = threat.category;
    x.exposedByEntry = entry != nullptr;
    x.likelihoodFromExposure = entry && entry->likelihood;
    x.likelihoodDefaulted = !x.likelihoodFromExposure && !threat.likelihood;
    x.likelihood = risk->likelihood;
    bool first = true;
    for (Dimension d : kDimensions) {
        if (!threat.dimensions.contains(d))
            continue;
        x.dimensions.append(traceImpact(s, a, d));
        if (first || x.dimensions.constLast().impact > x.impact) {
            x.impact = x.dimensions.constLast().impact;
            x.impactDimension = d;
        }
        first = false;
    }
    x.impact = risk->impact;

    const engine::PairData& pair = s.pair(a, t);
    for (const int k : pair.controls) {
        const Control& control = s.controlAt(k);
        ControlExplanation c;
        c.id = control.id;
        c.effect = control.effect;
        // Which entry matched: the last threat entry naming the threat, else the last category entry.
        const Mitigation* match = nullptr;
        for (const Mitigation& m : control.mitigates) {
            if (!m.category && m.threat == threatId)
                match = &m;
        }
        c.byThreat = match != nullptr;
        if (!match) {
            for (const Mitigation& m : control.mitigates) {
                if (m.category && *m.category == threat.category)
                    match = &m;
            }
        }
        c.reductionDefaulted = match && !match->reduction;
        c.reduction = *s.coverage(k).reductionFor(t, threat.category);
        c.unit = statusUnit(control, owner.id);
        c.hasUnitStatuses = !control.statusByUnit.isEmpty();
        c.status = control.statusFor(owner.id);
        c.statusFactor = statusFactor(c.status);
        c.readiness = s.readinessFor(k, owner.unit);
        c.requires_ = requirements(s, k, owner, x.requirements);
        c.factor = 1.0 - c.reduction * c.readiness;
        x.controls.append(std::move(c));
    }
    std::tie(x.likelihoodMultiplier, x.impactMultiplier) = pair.factorsFor(owner.unit);
    x.inherent = risk->inherent;
    x.residualLikelihood = risk->residualLikelihood;
    x.residualImpact = risk->residualImpact;
    x.residual = risk->residual;
    x.levelInherent = assessment.levelLabel(risk->levelInherent);
    x.level = assessment.levelLabel(risk->level);
    x.levelBound = risk->level >= 0 ? assessment.bands[risk->level].bound : 0;
    x.appetite = assessment.appetite;
    x.response = risk->response;
    x.decided = risk->decided;
    result.explanation = std::move(x);
    return result;
}

QStringList ControlExplanation::requiresIds() const
{
    QStringList out;
    for (const RequirementExplanation& r : requires_)
        out.append(r.control);
    return out;
}

std::vector<HeldBack> heldBack(const Explanation& x, const ControlExplanation& c, QSet<QString>& shown)
{
    // Depth first in the order of `requires`, as the recursive listing was, with a stack of ids.
    std::vector<HeldBack> out;
    QSet<QString> listed; // for this control
    QStringList stack = c.requiresIds();
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        const auto it = x.requirements.find(id);
        if (it == x.requirements.end() || it->second.readiness >= 1.0 || listed.contains(id))
            continue;
        listed.insert(id);
        if (shown.contains(id)) { // listed for an earlier control: referred to
            out.push_back({&it->second, true});
            continue;
        }
        shown.insert(id);
        out.push_back({&it->second, false});
        for (auto r = it->second.requires_.crbegin(); r != it->second.requires_.crend(); ++r)
            stack.append(*r);
    }
    return out;
}

QJsonObject explanationToJson(const Explanation& x)
{
    QJsonArray dims;
    for (const DimensionExplanation& d : x.dimensions) {
        static const char* const kinds[] = {"impact", "classification", "default"};
        QJsonObject own {{QStringLiteral("source"), QString::fromLatin1(kinds[int(d.own.kind)])},
            {QStringLiteral("value"), d.own.value}};
        if (d.own.kind == OwnImpactSource::Kind::Classification)
            own.insert(QStringLiteral("level"), d.own.level);
        QJsonArray chain;
        for (const ImpactStep& s : d.steps)
            chain.append(QJsonObject {{QStringLiteral("from"), s.from}, {QStringLiteral("to"), s.to},
                {QStringLiteral("kind"), toKey(s.kind)}, {QStringLiteral("weight"), s.weight},
                {QStringLiteral("value"), s.value}});
        dims.append(QJsonObject {{QStringLiteral("dimension"), toKey(d.dimension)},
            {QStringLiteral("impact"), d.impact}, {QStringLiteral("source"), d.source},
            {QStringLiteral("own_impact"), own}, {QStringLiteral("chain"), chain}});
    }
    QJsonArray controls;
    for (const ControlExplanation& c : x.controls)
        controls.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("effect"), toKey(c.effect)},
            {QStringLiteral("matched"), c.byThreat ? QStringLiteral("threat") : QStringLiteral("category")},
            {QStringLiteral("reduction"), c.reduction},
            {QStringLiteral("reduction_from_effectiveness"), c.reductionDefaulted},
            {QStringLiteral("status"), toKey(c.status)}, {QStringLiteral("status_unit"), idOrNull(c.unit)},
            {QStringLiteral("status_factor"), c.statusFactor}, {QStringLiteral("readiness"), c.readiness},
            {QStringLiteral("requires"), requirementsToJson(c.requires_)}, {QStringLiteral("factor"), c.factor}});
    QJsonArray requirements;
    for (const auto& [id, r] : x.requirements)
        requirements.append(requirementToJson(r));
    return {{QStringLiteral("format"), QStringLiteral("mamori-explanation")}, {QStringLiteral("version"), 2},
        {QStringLiteral("asset"), x.asset}, {QStringLiteral("owner"), idOrNull(x.owner)},
        {QStringLiteral("threat"), x.threat}, {QStringLiteral("category"), x.category},
        {QStringLiteral("exposure"), x.exposedByEntry ? QStringLiteral("entry") : QStringLiteral("applies_to")},
        {QStringLiteral("likelihood"),
            QJsonObject {{QStringLiteral("value"), x.likelihood},
                {QStringLiteral("source"),
                    x.likelihoodFromExposure    ? QStringLiteral("exposure")
                        : x.likelihoodDefaulted ? QStringLiteral("default")
                                                : QStringLiteral("threat")}}},
        {QStringLiteral("impact"),
            QJsonObject {{QStringLiteral("value"), x.impact}, {QStringLiteral("dimension"), toKey(x.impactDimension)},
                {QStringLiteral("dimensions"), dims}}},
        {QStringLiteral("controls"), controls}, {QStringLiteral("requirements"), requirements},
        {QStringLiteral("likelihood_multiplier"), x.likelihoodMultiplier},
        {QStringLiteral("impact_multiplier"), x.impactMultiplier}, {QStringLiteral("inherent"), x.inherent},
        {QStringLiteral("residual_likelihood"), x.residualLikelihood},
        {QStringLiteral("residual_impact"), x.residualImpact}, {QStringLiteral("residual"), x.residual},
        {QStringLiteral("level_inherent"), x.levelInherent}, {QStringLiteral("level"), x.level},
        {QStringLiteral("level_bound"), x.levelBound}, {QStringLiteral("appetite"), x.appetite},
        {QStringLiteral("response"), toKey(x.response)}, {QStringLiteral("decided"), x.decided}};
}

QString explanationToText(const Explanation& x)
{
    QString out;
    out += Tr::tr("Risk of asset %1 from threat %2 (category %3)\n")
               .arg(x.asset, x.threat, QString::number(x.category));
    out += x.exposedByEntry ? Tr::tr("Exposed: an exposure entry names the pair.\n")
                            : Tr::tr("Exposed: the threat's applies_to matches the asset.\n");
    out += Tr::tr("\nLikelihood %1: ").arg(number(x.likelihood))
        + (x.likelihoodFromExposure     ? Tr::tr("from the exposure entry.\n")
                : x.likelihoodDefaulted ? Tr::tr("the threat has none, so the default 3.\n")
                                        : Tr::tr("the threat's likelihood.\n"));
    out += Tr::tr("\nImpact %1: the largest over the threat's dimensions, here %2.\n")
               .arg(number(x.impact), toKey(x.impactDimension));
    for (const DimensionExplanation& d : x.dimensions) {
        QString own;
        switch (d.own.kind) {
        case OwnImpactSource::Kind::Explicit:
            own = Tr::tr("its impact %1").arg(number(d.own.value));
            break;
        case OwnImpactSource::Kind::Classification:
            own = Tr::tr("classification %1 = %2").arg(d.own.level, number(d.own.value));
            break;
        case OwnImpactSource::Kind::Default:
            own = Tr::tr("no impact given, default 1");
            break;
        }
        if (d.steps.isEmpty()) {
            out += Tr::tr("  %1 = %2: the asset's own impact (%3).\n").arg(toKey(d.dimension), number(d.impact), own);
            continue;
        }
        out += Tr::tr("  %1 = %2: inherited from %3 (%4)\n").arg(toKey(d.dimension), number(d.impact), d.source, own);
        for (const ImpactStep& s : d.steps)
            out += Tr::tr("    %1 -> %2 (%3, weight %4): %5\n")
                       .arg(s.from, s.to, toKey(s.kind), number(s.weight), number(s.value));
    }
    out += Tr::tr("\nInherent risk %1 x %2 = %3 (%4).\n")
               .arg(number(x.likelihood), number(x.impact), number(x.inherent), x.levelInherent);
    if (x.controls.isEmpty())
        out += Tr::tr("\nNo control applies.\n");
    else
        out += Tr::tr("\nApplicable controls (factor = 1 - reduction x readiness):\n");
    QSet<QString> shown;
    for (const ControlExplanation& c : x.controls) {
        const QString entry = c.byThreat ? Tr::tr("threat entry") : Tr::tr("category entry");
        out += Tr::tr("  %1 on %2: reduction %3 (%4%5), readiness %6, factor %7\n")
                   .arg(c.id, toKey(c.effect), number(c.reduction), entry,
                       c.reductionDefaulted ? Tr::tr(", from the effectiveness") : QString(), number(c.readiness),
                       number(c.factor));
        QStringList held;
        describeHeldBack(x, c, shown, held);
        if (!c.unit.isEmpty())
            out += Tr::tr("    status of %1: %2 gives %3\n").arg(c.unit, toKey(c.status), number(c.statusFactor));
        else if (c.statusFactor < 1.0)
            out += Tr::tr("    its status %1 gives %2\n").arg(toKey(c.status), number(c.statusFactor));
        if (!held.isEmpty())
            out += Tr::tr("    held back by: %1\n").arg(held.join(QStringLiteral(", ")));
    }
    out += Tr::tr("\nResidual likelihood 1 + (%1 - 1) x %2 = %3\n")
               .arg(number(x.likelihood), number(x.likelihoodMultiplier), number(x.residualLikelihood));
    out += Tr::tr("Residual impact 1 + (%1 - 1) x %2 = %3\n")
               .arg(number(x.impact), number(x.impactMultiplier), number(x.residualImpact));
    out += Tr::tr("Residual risk %1 x %2 = %3: level %4 (band up to %5).\n")
               .arg(number(x.residualLikelihood), number(x.residualImpact), number(x.residual), x.level,
                   number(x.levelBound));
    out += x.decided ? Tr::tr("Response %1, decided.\n").arg(toKey(x.response))
                     : Tr::tr("Suggested response %1 (appetite %2).\n").arg(toKey(x.response), number(x.appetite));
    return out;
}

} // namespace mamori
