#pragma once

// Why a risk has its score: where its likelihood comes from, the dependency chain
// its impact was inherited along back to an asset's own impact, each applicable control's factor and
// readiness (and which requirements held the readiness back), and the band.

#include "InputError.h"
#include "Model.h"
#include "engine/Assessment.h"

#include <QJsonObject>
#include <QSet>

#include <map>

#include <optional>
#include <vector>

namespace mamori {

/// Where an asset's own impact on one dimension comes from (3.1).
struct OwnImpactSource {
    enum class Kind : std::uint8_t { Explicit, Classification, Default };
    Kind kind = Kind::Default;
    QString level; ///< the classification level, for Kind::Classification
    double value = 1;
};

/// One dependency on the way: `to` inherits `weight * (impact of from)`.
struct ImpactStep {
    QString from; ///< the dependent asset
    QString to; ///< the asset it depends on
    DependencyKind kind = DependencyKind::Other;
    double weight = 1;
    double value = 1; ///< the impact `to` inherits over this step (its effective impact)
};

/// The effective impact of the asset on one dimension, traced to its origin.
struct DimensionExplanation {
    Dimension dimension = Dimension::C;
    double impact = 1; ///< effective impact of the explained asset
    QString source; ///< the asset whose own impact it is (the explained asset itself if no steps)
    OwnImpactSource own; ///< how the source's own impact was set
    QList<ImpactStep> steps; ///< from the source to the explained asset, shortest such chain
};

/// A required control, and the ids of the controls it requires in turn: each of those is explained once,
/// in Explanation::requirements, however many controls require it (a diamond of `requires` 40 layers deep
/// has 2^40 paths but 80 controls).
struct RequirementExplanation {
    QString control;
    /// The owning unit whose own status (status_by_unit, 3.4) was used; empty: the control's status.
    QString unit;
    ControlStatus status = ControlStatus::None;
    double readiness = 0;
    QStringList requires_;
};

/// One applicable control: factor = 1 - reduction * readiness.
struct ControlExplanation {
    QString id;
    ControlEffect effect = ControlEffect::Likelihood;
    bool byThreat = true; ///< the threat entry matched (else the category entry)
    bool reductionDefaulted = false; ///< the entry has no reduction: the effectiveness is used
    double reduction = 0;
    /// The owning unit whose own status (status_by_unit, 3.4) was used; empty: the control's status.
    QString unit;
    bool hasUnitStatuses = false; ///< the control has a status of its own for some unit
    ControlStatus status = ControlStatus::None; ///< s(k, owner of the asset)
    double statusFactor = 0; ///< f(status)
    double readiness = 0; ///< g(k, owner) = f(status) * product of the requirements' readiness
    std::vector<RequirementExplanation> requires_; ///< the controls it requires directly
    QStringList requiresIds() const;
    double factor = 1;
};

struct Explanation {
    QString asset;
    QString owner; ///< the asset's owning unit (its controls' readiness is that unit's, 3.4); may be empty
    QString threat;
    int category = 1;
    bool exposedByEntry = false; ///< an exposure entry names the pair (else applies_to matched)
    bool likelihoodFromExposure = false; ///< the exposure entry's likelihood (else the threat's)
    bool likelihoodDefaulted = false; ///< the threat has no likelihood: the default 3
    double likelihood = 1;
    QList<DimensionExplanation> dimensions; ///< the threat's dimensions, in C, I, A order
    Dimension impactDimension = Dimension::C; ///< the first dimension with the largest impact
    double impact = 1;
    QList<ControlExplanation> controls; ///< K(a, t), sorted by id
    /// Every control the applicable controls require, directly or through others, once each, by id.
    std::map<QString, RequirementExplanation> requirements;
    double likelihoodMultiplier = 1; ///< mL
    double impactMultiplier = 1; ///< mI
    double inherent = 1;
    double residualLikelihood = 1;
    double residualImpact = 1;
    double residual = 1;
    QString levelInherent;
    QString level;
    double levelBound = 0; ///< the bound of the residual's band
    double appetite = 6;
    ResponseKind response = ResponseKind::Mitigate;
    bool decided = false;
};

struct ExplainResult {
    std::optional<Explanation> explanation;
    InputErrors errors; ///< unknown asset or threat, or a pair that is not exposed
    bool ok() const { return errors.isEmpty(); }
};

/// Explains the risk of (asset, threat) in `model` (assessed in full).
ExplainResult explain(const Model& model, const QString& asset, const QString& threat);

/// One control that holds back an applicable control's readiness.
struct HeldBack {
    const RequirementExplanation* requirement = nullptr;
    bool shownBefore = false; ///< listed for an earlier control already: referred to, not followed again
};

/// The requirements with readiness below 1 that `control` reaches, each once, depth first in the order
/// they are required (no recursion: the input decides the depth). Those in `shown` were listed for an
/// earlier control: they are given with shownBefore and not followed; `shown` gains the others. Over all
/// the controls of an explanation, the output is linear in the number of requirements.
std::vector<HeldBack> heldBack(const Explanation& explanation, const ControlExplanation& control, QSet<QString>& shown);

/// Version 2: a control's "requires" lists its direct requirements, whose own "requires" are ids, each
/// explained once in "requirements".
QJsonObject explanationToJson(const Explanation& explanation);
/// A few paragraphs for a person, translated.
QString explanationToText(const Explanation& explanation);

} // namespace mamori
