#include "engine/Plan.h"

#include "IdOrder.h"
#include "ModelEdit.h"
#include "engine/IncrementalEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace mamori {

namespace {

constexpr double kCostSlack = 1e-9; // the reference's tolerance on a budget

/// Residuals compare at 1e-9, like the reference's round(residual, 9): two sets whose totals differ
/// only by summation noise are a tie, settled by cost, size and ids.
qint64 residualKey(double residual)
{
    return std::llround(residual * 1e9);
}

} // namespace

Model withCompleted(Model model, const QList<PlanAction>& actions)
{
    QSet<QString> ids;
    for (const PlanAction& a : actions)
        for (const QString& c : a.controls)
            ids.insert(c);
    for (Control& k : model.controls)
        if (ids.contains(k.id))
            k.status = ControlStatus::Implemented;
    return model;
}

namespace {

/// The baseline of section 8 (the `done` actions completed) and the candidates.
struct PlanSplit {
    Model baseline;
    QStringList done;
    QList<PlanAction> candidates; ///< in id order
};

PlanSplit splitPlan(const Model& model)
{
    PlanSplit s;
    QList<PlanAction> done;
    for (const PlanAction& a : model.actions) {
        if (a.status == ActionStatus::Done) {
            done.append(a);
            s.done.append(a.id);
        } else {
            s.candidates.append(a);
        }
    }
    std::sort(s.done.begin(), s.done.end(), IdLess {});
    std::sort(s.candidates.begin(), s.candidates.end(),
        [](const PlanAction& x, const PlanAction& y) { return compareIds(x.id, y.id) < 0; });
    s.baseline = withCompleted(model, done);
    return s;
}

/// One engine over the baseline on which candidates are completed and un-completed. A control named
/// by several completed candidates stays implemented until the last of them is un-completed; a
/// control already implemented in the baseline is never touched.
class PlanWorkbench {
public:
    PlanWorkbench(const Model& baseline, const QList<PlanAction>& candidates)
        : m_engine(baseline)
    {
        QHash<QString, ControlStatus> statusOf;
        for (const Control& k : baseline.controls)
            statusOf.insert(k.id, k.status);
        m_controls.reserve(candidates.size());
        for (const PlanAction& a : candidates) {
            QStringList touched;
            for (const QString& c : a.controls) {
                const auto it = statusOf.constFind(c);
                if (it == statusOf.cend() || *it == ControlStatus::Implemented || touched.contains(c))
                    continue;
                touched.append(c);
                m_original.insert(c, *it);
            }
            m_controls.append(touched);
        }
    }

    void complete(qsizetype candidate)
    {
        for (const QString& c : m_controls[candidate])
            if (m_refs[c]++ == 0)
                m_engine.setControlStatus(c, ControlStatus::Implemented);
    }

    void undo(qsizetype candidate)
    {
        for (const QString& c : m_controls[candidate])
            if (--m_refs[c] == 0)
                m_engine.setControlStatus(c, m_original.value(c));
    }

    double residual() const { return m_engine.assessment().totals.residual; }
    qint64 aboveAppetite() const { return m_engine.assessment().totals.aboveAppetite; }

    /// The residual with `candidate` completed on top of what is completed now.
    double residualWith(qsizetype candidate)
    {
        complete(candidate);
        const double r = residual();
        undo(candidate);
        return r;
    }

    double residualWithout(qsizetype candidate)
    {
        undo(candidate);
        const double r = residual();
        complete(candidate);
        return r;
    }

private:
    IncrementalEngine m_engine;
    QList<QStringList> m_controls; ///< per candidate: the controls completing it changes
    QHash<QString, ControlStatus> m_original;
    QHash<QString, int> m_refs;
};

} // namespace

std::optional<double> PlanStep::costPerReduction() const
{
    if (reductionAlone <= 1e-9)
        return std::nullopt;
    return cost.initial / reductionAlone;
}

QStringList actionsCompletedBy(const Model& before, const Model& after)
{
    auto allImplemented = [](const Model& model, const QStringList& controls) {
        return std::all_of(controls.cbegin(), controls.cend(), [&model](const QString& id) {
            const qsizetype at = indexOfId(model.controls, id);
            return at >= 0 && model.controls[at].status == ControlStatus::Implemented;
        });
    };
    QStringList out;
    for (const PlanAction& a : after.actions) {
        if (a.status != ActionStatus::Done && !a.controls.isEmpty() && allImplemented(after, a.controls)
            && !allImplemented(before, a.controls))
            out.append(a.id);
    }
    return out;
}

QString actionTitle(const Model& model, const QString& id, Language language)
{
    const qsizetype at = indexOfId(model.actions, id);
    return at >= 0 ? model.actions[at].title.text(language) : QString();
}

PlanProjection projectPlan(const Model& model)
{
    PlanSplit split = splitPlan(model);
    QList<PlanAction>& order = split.candidates;
    std::stable_sort(order.begin(), order.end(), [](const PlanAction& x, const PlanAction& y) {
        if (x.due != y.due)
            return x.due < y.due;
        return compareIds(x.id, y.id) < 0;
    });
    PlanWorkbench bench(split.baseline, order);
    PlanProjection p;
    p.done = split.done;
    p.baselineResidual = bench.residual();
    p.baselineAboveAppetite = bench.aboveAppetite();
    for (qsizetype i = 0; i < order.size(); ++i) {
        p.steps.append({order[i].id, order[i].due, 0, 0, p.baselineResidual - bench.residualWith(i), order[i].cost});
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        bench.complete(i);
        p.steps[i].residual = bench.residual();
        p.steps[i].aboveAppetite = bench.aboveAppetite();
    }
    return p;
}

QJsonObject planToJson(const PlanProjection& p)
{
    QJsonArray steps;
    for (const PlanStep& s : p.steps)
        steps.append(QJsonObject {{QStringLiteral("action"), s.action},
            {QStringLiteral("due"), s.due.toString(Qt::ISODate)}, {QStringLiteral("residual"), s.residual},
            {QStringLiteral("above_appetite"), s.aboveAppetite}, {QStringLiteral("reduction_alone"), s.reductionAlone},
            {QStringLiteral("cost_initial"), s.cost.initial}, {QStringLiteral("cost_annual"), s.cost.annual}});
    return {{QStringLiteral("format"), QStringLiteral("mamori-plan")}, {QStringLiteral("version"), 1},
        {QStringLiteral("baseline"),
            QJsonObject {{QStringLiteral("residual"), p.baselineResidual},
                {QStringLiteral("above_appetite"), p.baselineAboveAppetite}}},
        {QStringLiteral("steps"), steps}};
}

namespace {

/// A set of candidates (indexes in id order) with its costs and residual.
struct CandidateSet {
    QList<qsizetype> members; ///< ascending, so also in id order
    double initial = 0;
    double annual = 0;
    double residual = 0;
};

/// Section 8's order: lower residual (at 1e-9), lower initial cost, fewer actions, smaller ids.
bool better(const CandidateSet& x, const CandidateSet& y, const QList<PlanAction>& candidates)
{
    if (const qint64 a = residualKey(x.residual), b = residualKey(y.residual); a != b)
        return a < b;
    if (x.initial != y.initial)
        return x.initial < y.initial;
    if (x.members.size() != y.members.size())
        return x.members.size() < y.members.size();
    for (qsizetype i = 0; i < x.members.size(); ++i)
        if (const int c = compareIds(candidates[x.members[i]].id, candidates[y.members[i]].id); c != 0)
            return c < 0;
    return false;
}

class Optimizer {
public:
    Optimizer(const PlanSplit& split, const BudgetLimits& budget, const OptimizerOptions& options)
        : m_candidates(split.candidates)
        , m_budget(budget)
        , m_options(options)
        , m_bench(split.baseline, split.candidates)
    {
    }

    Optimization run()
    {
        Optimization o;
        o.budget = m_budget;
        o.residualBefore = m_bench.residual();
        m_best.residual = o.residualBefore;
        m_current.residual = o.residualBefore;
        const bool alwaysExact = m_candidates.size() <= kExactCandidates;
        m_limit = alwaysExact ? -1 : m_options.exactSetLimit;
        m_assessed = 1; // the empty set
        o.exact = searchFrom(0) && !m_cancelled;
        if (!o.exact && !m_cancelled)
            heuristic();
        o.setsAssessed = m_assessed;
        explain(o);
        return o;
    }

private:
    /// Whether `s` with candidate `extra` added stays within the budget.
    bool fits(const CandidateSet& s, qsizetype extra) const
    {
        const double initial = s.initial + m_candidates[extra].cost.initial;
        const double annual = s.annual + m_candidates[extra].cost.annual;
        return initial <= m_budget.initial + kCostSlack
            && (!m_budget.annual || annual <= *m_budget.annual + kCostSlack);
    }

    /// Counts one assessed set; false when the search must stop (limit reached or cancelled).
    bool tick()
    {
        ++m_assessed;
        if (m_options.progress && (m_assessed & 255) == 0 && !m_options.progress(m_assessed))
            m_cancelled = true;
        return !m_cancelled && (m_limit < 0 || m_assessed <= m_limit);
    }

    /// Every feasible set extending m_current with candidates from `first` on, depth first: each set
    /// is assessed once, right after its last member is completed. Returns false when stopped. An explicit
    /// stack, not recursion: the depth is the size of the largest set tried, up to the set limit
    /// (16,384), too deep for a 1 MB Windows thread stack.
    bool searchFrom(qsizetype first)
    {
        struct Frame {
            qsizetype next; ///< the next candidate to try at this depth; the one added is next - 1
            CandidateSet saved; ///< m_current before that candidate was added
        };
        std::vector<Frame> frames {{first, {}}};
        // Takes back the candidate each frame added (all but the last frame, or all of them), in reverse.
        const auto unwind = [&](std::size_t count) {
            for (std::size_t k = count; k-- > 0;) {
                m_bench.undo(frames[k].next - 1);
                m_current = frames[k].saved;
            }
        };
        while (!frames.empty()) {
            Frame& f = frames.back();
            qsizetype j = f.next;
            while (j < m_candidates.size() && !fits(m_current, j))
                ++j;
            if (j >= m_candidates.size()) { // this depth is done: back to the set one smaller
                frames.pop_back();
                if (!frames.empty()) {
                    m_bench.undo(frames.back().next - 1);
                    m_current = frames.back().saved;
                }
                continue;
            }
            // Sums in member order, like the reference's sum() over a combination.
            f.next = j + 1;
            f.saved = m_current;
            m_current.members.append(j);
            m_current.initial += m_candidates[j].cost.initial;
            m_current.annual += m_candidates[j].cost.annual;
            m_bench.complete(j);
            m_current.residual = m_bench.residual();
            if (better(m_current, m_best, m_candidates))
                m_best = m_current;
            if (!tick()) {
                unwind(frames.size());
                return false;
            }
            frames.push_back({j + 1, {}});
        }
        return true;
    }

    /// Sets m_current (and the bench) to `set`.
    void moveTo(const CandidateSet& set)
    {
        for (const qsizetype j : m_current.members)
            m_bench.undo(j);
        for (const qsizetype j : set.members)
            m_bench.complete(j);
        m_current = set;
        m_current.residual = m_bench.residual();
    }

    static CandidateSet adding(const CandidateSet& s, qsizetype j, const QList<PlanAction>& candidates)
    {
        CandidateSet t = s;
        t.members.insert(std::lower_bound(t.members.begin(), t.members.end(), j), j);
        t.initial = t.annual = 0;
        for (const qsizetype m : t.members) {
            t.initial += candidates[m].cost.initial;
            t.annual += candidates[m].cost.annual;
        }
        return t;
    }

    /// Greedy: repeatedly add the fitting candidate with the best reduction per yen (`perYen`) or the
    /// best reduction; the result of each is kept when better than the best so far.
    void greedy(bool perYen)
    {
        moveTo({});
        for (;;) {
            qsizetype pick = -1;
            double pickScore = 0;
            for (qsizetype j = 0; j < m_candidates.size(); ++j) {
                if (m_current.members.contains(j) || !fits(m_current, j))
                    continue;
                const double reduction = m_current.residual - m_bench.residualWith(j);
                ++m_assessed;
                if (residualKey(reduction) <= 0)
                    continue;
                // A free action is always worth taking first.
                const double cost = m_candidates[j].cost.initial;
                const double score = perYen ? (cost > 0 ? reduction / cost : reduction * 1e18) : reduction;
                if (pick < 0 || score > pickScore) {
                    pick = j;
                    pickScore = score;
                }
            }
            if (pick < 0)
                break;
            CandidateSet next = adding(m_current, pick, m_candidates);
            m_bench.complete(pick);
            next.residual = m_bench.residual();
            m_current = next;
            if (better(m_current, m_best, m_candidates))
                m_best = m_current;
        }
    }

    /// Improves m_best by swapping one member for one non-member (or dropping one) while that helps.
    void swaps()
    {
        bool improved = true;
        for (int pass = 0; improved && pass < 8 && !m_cancelled; ++pass) {
            improved = false;
            moveTo(m_best);
            const CandidateSet base = m_current;
            for (const qsizetype out : base.members) {
                m_bench.undo(out);
                CandidateSet without = base;
                without.members.removeOne(out);
                without.initial -= m_candidates[out].cost.initial;
                without.annual -= m_candidates[out].cost.annual;
                without.residual = m_bench.residual();
                if (better(without, m_best, m_candidates)) {
                    m_best = without;
                    improved = true;
                }
                for (qsizetype in = 0; in < m_candidates.size(); ++in) {
                    if (base.members.contains(in) || !fits(without, in))
                        continue;
                    CandidateSet swapped = adding(without, in, m_candidates);
                    swapped.residual = m_bench.residualWith(in);
                    if (!tick() && m_cancelled)
                        break;
                    if (better(swapped, m_best, m_candidates)) {
                        m_best = swapped;
                        improved = true;
                    }
                }
                m_bench.complete(out);
            }
        }
    }

    void heuristic()
    {
        m_limit = -1;
        // The exact search left the bench at the empty set.
        m_current = {};
        m_current.residual = m_bench.residual();
        greedy(true);
        greedy(false);
        swaps();
    }

    void explain(Optimization& o)
    {
        moveTo(m_best);
        o.residualAfter = m_best.residual;
        o.cost = {m_best.initial, m_best.annual};
        for (const qsizetype j : m_best.members) {
            o.chosen.append(m_candidates[j].id);
            o.chosenDetails.append(
                {m_candidates[j].id, m_candidates[j].cost, m_bench.residualWithout(j) - o.residualAfter});
        }
        for (qsizetype j = 0; j < m_candidates.size(); ++j) {
            if (m_best.members.contains(j))
                continue;
            LeftOutAction l {m_candidates[j].id, m_candidates[j].cost, LeftOutReason::NotWorthIt,
                o.residualAfter - m_bench.residualWith(j)};
            const double initialLeft = m_budget.initial - m_best.initial;
            if (l.cost.initial > initialLeft + kCostSlack)
                l.reason = LeftOutReason::InitialBudget;
            else if (m_budget.annual && l.cost.annual > *m_budget.annual - m_best.annual + kCostSlack)
                l.reason = LeftOutReason::AnnualBudget;
            else if (residualKey(l.wouldReduce) <= 0)
                l.reason = LeftOutReason::NoReduction;
            o.leftOut.append(l);
        }
        for (qsizetype j = 0; j < m_candidates.size(); ++j)
            if (!m_best.members.contains(j))
                m_bench.complete(j);
        o.residualFloor = m_bench.residual();
    }

    const QList<PlanAction>& m_candidates;
    BudgetLimits m_budget;
    OptimizerOptions m_options;
    PlanWorkbench m_bench;
    CandidateSet m_current;
    CandidateSet m_best;
    qint64 m_assessed = 0;
    qint64 m_limit = -1;
    bool m_cancelled = false;
};

} // namespace

Optimization optimizePlan(const Model& model, const BudgetLimits& budget, const OptimizerOptions& options)
{
    const PlanSplit split = splitPlan(model);
    return Optimizer(split, budget, options).run();
}

QString leftOutReasonKey(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::InitialBudget:
        return QStringLiteral("initial-budget");
    case LeftOutReason::AnnualBudget:
        return QStringLiteral("annual-budget");
    case LeftOutReason::NoReduction:
        return QStringLiteral("no-reduction");
    case LeftOutReason::NotWorthIt:
        break;
    }
    return QStringLiteral("not-worth-it");
}

QString leftOutReasonText(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::InitialBudget:
        return QCoreApplication::translate("mamori::Plan", "does not fit the initial budget left");
    case LeftOutReason::AnnualBudget:
        return QCoreApplication::translate("mamori::Plan", "does not fit the annual budget left");
    case LeftOutReason::NoReduction:
        return QCoreApplication::translate("mamori::Plan", "reduces nothing more once the chosen actions are done");
    case LeftOutReason::NotWorthIt:
        break;
    }
    return QCoreApplication::translate("mamori::Plan", "fits, but the search found a better use of the budget");
}

QJsonObject optimizationToJson(const Optimization& o)
{
    QJsonArray chosen, details, leftOut;
    for (const QString& id : o.chosen)
        chosen.append(id);
    for (const ChosenAction& c : o.chosenDetails)
        details.append(
            QJsonObject {{QStringLiteral("action"), c.action}, {QStringLiteral("cost_initial"), c.cost.initial},
                {QStringLiteral("cost_annual"), c.cost.annual}, {QStringLiteral("contribution"), c.contribution}});
    for (const LeftOutAction& l : o.leftOut)
        leftOut.append(QJsonObject {{QStringLiteral("action"), l.action},
            {QStringLiteral("cost_initial"), l.cost.initial}, {QStringLiteral("cost_annual"), l.cost.annual},
            {QStringLiteral("reason"), leftOutReasonKey(l.reason)}, {QStringLiteral("would_reduce"), l.wouldReduce}});
    return {{QStringLiteral("format"), QStringLiteral("mamori-optimization")}, {QStringLiteral("version"), 1},
        {QStringLiteral("budget"), o.budget.initial},
        {QStringLiteral("annual_budget"), o.budget.annual ? QJsonValue(*o.budget.annual) : QJsonValue()},
        {QStringLiteral("chosen"), chosen}, {QStringLiteral("cost_initial"), o.cost.initial},
        {QStringLiteral("cost_annual"), o.cost.annual}, {QStringLiteral("residual_before"), o.residualBefore},
        {QStringLiteral("residual_after"), o.residualAfter}, {QStringLiteral("exact"), o.exact},
        {QStringLiteral("residual_floor"), o.residualFloor}, {QStringLiteral("sets_assessed"), o.setsAssessed},
        {QStringLiteral("explanation"),
            QJsonObject {{QStringLiteral("chosen"), details}, {QStringLiteral("left_out"), leftOut}}}};
}

} // namespace mamori
