// The appendices of the report: how the scores are computed, the threats and controls used, and the
// asset register.

#include "ReportSections.h"

#include "EnumNames.h"
#include "ReportLimits.h"

#include <algorithm>
#include <numeric>

namespace mamori {

namespace {
QString dimensions(const DimensionSet& set)
{
    //: Confidentiality, integrity and availability abbreviated in a narrow column: 機, 完, 可
    static const char* const abbreviations[] = {QT_TRANSLATE_NOOP("mamori::Report", "C"),
        QT_TRANSLATE_NOOP("mamori::Report", "I"), QT_TRANSLATE_NOOP("mamori::Report", "A")};
    QStringList out;
    for (const Dimension d : kDimensions) {
        if (set.contains(d))
            out.append(ReportBuilder::tr(abbreviations[std::size_t(d)]));
    }
    return out.join(ReportBuilder::tr(", "));
}
} // namespace

void ReportBuilder::appendix()
{
    m_inAppendix = true;
    m_chapter = 0;
    method();
    catalogue();
    assetRegister();
}

void ReportBuilder::method()
{
    chapter(tr("Method of assessment"));
    const Settings& s = c.model.settings;
    QStringList bands;
    double lower = 0;
    for (const Band& b : s.bands) {
        bands.append(tr("%1: over %2 up to %3").arg(EnumNames::level(b.label), c.number(lower), c.number(b.bound)));
        lower = b.bound;
    }
    const QStringList paragraphs = {
        tr("Risks are assessed as the ward's cybersecurity basic policy asks (§8), with the terms of JIS Q 27000 "
           "and JIS Q 31000. A risk is a pair of an information asset and a threat that can reach it."),
        tr("Impact. Each asset has an impact from 1 to 5 for confidentiality, integrity and availability, given "
           "directly or derived from its classification under the guideline (for example, confidentiality class 3 "
           "is impact 5). An asset that others depend on carries the impact of what depends on it: a server that "
           "runs the resident register system is as important as that system (the maximum principle). Where a "
           "dependency only partly passes impact on (for example, power affects availability only), a weight "
           "between 0 and 1 says how much."),
        tr("Likelihood. Each threat has a likelihood from 1 to 5, which can be set differently for a particular "
           "asset. Threats belong to the five categories of the policy (§3): %1.")
            .arg(EnumNames::threatCategoryList()),
        tr("Inherent risk is likelihood times impact, before any control: from 1 to 25. For a threat that affects "
           "several of confidentiality, integrity and availability, the highest of those impacts is taken."),
        tr("Residual risk takes the controls into account. A control that applies to the asset and the threat "
           "reduces likelihood (or impact) by its effectiveness, counted in full when it is implemented, half when "
           "partially implemented and not at all when only planned. A control that depends on another is only as "
           "ready as that one. Several controls multiply: two controls of 50 % leave a quarter of the part above 1."),
        tr("Levels: %1. The risk appetite is %2: a residual risk at or below it may be accepted; above it, a "
           "response is needed.")
            .arg(bands.join(tr(", ")), c.number(s.appetite)),
        tr("Three-tier separation: assets connected by network links are grouped, leaving out sanctioned gateways. "
           "A group holding assets of two tiers is a finding: My Number use with Internet-connected is critical, "
           "LGWAN-connected with Internet-connected high, My Number use with LGWAN-connected medium."),
        tr("Impact spread (blast radius): the number of other assets that depend on an asset, directly or through "
           "others, and so stop or leak if it fails."),
    };
    for (const QString& p : paragraphs)
        paragraph(p);
}

void ReportBuilder::catalogue()
{
    chapter(tr("Threats and controls used"), QPageLayout::Landscape);
    section(tr("Threats"));
    note(tr("Affects: C confidentiality, I integrity, A availability. Source: the clause of the basic policy or the "
            "guidelines the threat comes from, or the ward's own addition."));
    add<TableBlock>(QList<TableColumn> {{tr("ID"), 0.8, Qt::AlignLeft, true}, {tr("Threat"), 3.5},
                        {tr("Threat category"), 2}, {tr("Likelihood"), 0.9, Qt::AlignRight, true},
                        {tr("Affects"), 0.9, Qt::AlignLeft, true}, {tr("Source"), 1.2}},
        rowsShown(c.model.threats.size(), SummaryLimits::kThreats), [this](qsizetype r) {
            const Threat& t = c.model.threats[r];
            return TableRow {t.id, t.name.text(c.language), EnumNames::threatCategory(t.category),
                c.number(t.effectiveLikelihood()), dimensions(t.dimensions), EnumNames::source(t.source)};
        });
    notListed(rowsShown(c.model.threats.size(), SummaryLimits::kThreats), c.model.threats.size(), Rest::InWorkbook);
    section(tr("Controls"));
    add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 0.8, Qt::AlignLeft, true}, {tr("Control"), 3.4}, {tr("Control group"), 2},
            {tr("Status"), 1.3}, {tr("Effectiveness"), 0.9, Qt::AlignRight, true}, {tr("Reduces"), 1.1},
            {tr("Readiness"), 0.9, Qt::AlignRight, true}, {tr("Owner"), 1.5}},
        rowsShown(c.model.controls.size(), SummaryLimits::kControls),
        [this](qsizetype r) {
            const Control& k = c.model.controls[r];
            double readiness = 0;
            for (const ControlResult& cr : c.assessment.controls) {
                if (cr.id == k.id)
                    readiness = cr.readiness;
            }
            return TableRow {k.id, k.name.text(c.language), EnumNames::controlGroup(k.group), EnumNames::name(k.status),
                c.number(k.effectiveEffectiveness()), EnumNames::name(k.effect), c.number(readiness),
                k.owner.isEmpty() ? QString() : c.orgUnitName(k.owner)};
        },
        7.5);
    notListed(rowsShown(c.model.controls.size(), SummaryLimits::kControls), c.model.controls.size(), Rest::InWorkbook);
}

void ReportBuilder::assetRegister()
{
    chapter(tr("Asset register"), QPageLayout::Landscape);
    const qsizetype total = c.model.assets.size();
    const qsizetype shown = rowsShown(total, SummaryLimits::kAssets);
    // The model's order in the full edition; in the summary, the assets most others depend on.
    std::vector<qsizetype> order(static_cast<std::size_t>(total));
    std::iota(order.begin(), order.end(), qsizetype(0));
    if (shown < total) {
        std::vector<qint64> spreads(order.size());
        for (const qsizetype i : order) {
            const AssetResult* r = c.assessment.findAsset(c.model.assets[i].id);
            spreads[std::size_t(i)] = r ? r->blastRadius : 0;
        }
        std::stable_sort(order.begin(), order.end(),
            [&spreads](qsizetype x, qsizetype y) { return spreads[std::size_t(x)] > spreads[std::size_t(y)]; });
        order.resize(std::size_t(shown));
        section(tr("The %Ln assets with the largest impact spread", nullptr, int(shown)));
    }
    paragraph(tr("Impact is the effective impact after dependencies (1 to 5); the impact spread is the number of "
                 "assets that depend on the asset."));
    add<TableBlock>(
        QList<TableColumn> {{tr("ID"), 1.2, Qt::AlignLeft, true}, {tr("Information asset"), 3.2}, {tr("Type"), 1.4},
            {tr("Tier"), 1.5}, {tr("Owner"), 1.6}, {tr("Confidentiality"), 0.8, Qt::AlignRight, true},
            {tr("Integrity"), 0.8, Qt::AlignRight, true}, {tr("Availability"), 0.8, Qt::AlignRight, true},
            {tr("Impact spread"), 0.8, Qt::AlignRight, true}, {tr("Gateway"), 0.7, Qt::AlignHCenter, true}},
        shown,
        [this, order](qsizetype r) {
            const Asset& a = c.model.assets[order[std::size_t(r)]];
            const AssetResult* result = c.assessment.findAsset(a.id);
            const ImpactVector impact = result ? result->impact : ImpactVector {1, 1, 1};
            return TableRow {a.id, a.name.text(c.language), EnumNames::name(a.type), EnumNames::name(a.tier),
                a.owner.isEmpty() ? QString() : c.orgUnitName(a.owner), c.score(impact[0]), c.score(impact[1]),
                c.score(impact[2]), c.count(result ? result->blastRadius : 0),
                a.gateway ? QStringLiteral("○") : QString()};
        },
        7.5);
    if (shown < total) {
        notListed(shown, total, Rest::InWorkbook);
        assetTallies();
    }
}

} // namespace mamori
