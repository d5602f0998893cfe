#pragma once

// Models for format tests: every field of RISK-MODEL.md section 2 is set somewhere, including the
// optional ones left unset elsewhere, names in both languages, one language only, and characters
// that need escaping; scenarios use every op. Deterministic for a seed.

#include "Model.h"

#include <QJsonObject>

#include <algorithm>
#include <random>

namespace mamori::test {

inline Model makeLargeModel(int assetCount, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    auto chance = [&rng](int percent) { return int(rng() % 100u) < percent; };
    auto id = [](const char* prefix, int i) {
        return QString::fromLatin1(prefix) + QString::number(i).rightJustified(5, u'0');
    };

    Model m;
    m.name = {QStringLiteral("試験区 <テスト> & \"モデル\""), QStringLiteral("Test ward")};
    m.settings.appetite = 8;
    m.settings.impactTable[0] = {{QStringLiteral("1"), 1}, {QStringLiteral("2"), 2}, {QStringLiteral("3A"), 5},
        {QStringLiteral("3B"), 4}, {QStringLiteral("3C"), 3}};
    m.orgUnits
        = {{QStringLiteral("ORG-1"), {QStringLiteral("区長部局"), QStringLiteral("Mayor")}, OrgUnitKind::Body, {}},
            {QStringLiteral("ORG-2"), {QStringLiteral("情報政策課"), {}}, OrgUnitKind::Department,
                QStringLiteral("ORG-1")}};

    const int typeCount = enumCount<AssetType>();
    for (int i = 0; i < assetCount; ++i) {
        Asset a;
        a.id = id("A-", i);
        a.name = i % 3 == 0 ? LocalizedText {QStringLiteral("資産 %1").arg(i), {}}
                            : LocalizedText {QStringLiteral("資産 %1").arg(i), QStringLiteral("Asset <%1>").arg(i)};
        a.type = AssetType(pick(typeCount));
        a.tier = Tier(pick(4));
        a.owner = chance(70) ? (chance(50) ? QStringLiteral("ORG-1") : QStringLiteral("ORG-2")) : QString();
        if (chance(50))
            a.classification[0]
                = QStringList {QStringLiteral("1"), QStringLiteral("3A"), QStringLiteral("3C")}[pick(3)];
        if (chance(30))
            a.classification[2] = QStringLiteral("2");
        if (chance(30))
            a.impact[1] = 1 + pick(5);
        if (chance(10))
            a.impact[0] = 2.5;
        a.gateway = chance(3);
        if (chance(5))
            a.description = QStringLiteral("説明\n二行目 <b>not bold</b>");
        // Continuity (RISK-MODEL.md 10) by position, not by the generator, so the rest stays as it was:
        // both numbers, one of them, or an empty record (a service with no numbers yet).
        if (i % 4 == 0)
            a.continuity = Continuity {24.0 + i % 3, 123456.5 + i};
        else if (i % 8 == 1)
            a.continuity = Continuity {0.1 * (i % 7), std::nullopt};
        else if (i % 8 == 3)
            a.continuity = Continuity {};
        m.assets.append(a);
    }
    const int kindCount = enumCount<DependencyKind>();
    for (int i = 1; i < assetCount; ++i) {
        for (int e = 0; e < 2; ++e) {
            const int j = pick(assetCount);
            if (j == i)
                continue;
            Dependency d {id("A-", i), id("A-", j), DependencyKind(pick(kindCount)), {}};
            if (chance(20))
                d.weights[2] = 0.5;
            if (chance(10))
                d.weights[0] = 0;
            const bool duplicate = std::any_of(m.dependencies.cbegin(), m.dependencies.cend(),
                [&](const Dependency& x) { return x.from == d.from && x.to == d.to && x.kind == d.kind; });
            if (!duplicate)
                m.dependencies.append(d);
        }
    }
    // Redundancy: every fifth asset with two dependencies has them in one group, needing one or both.
    // Kept away from the dependency and the asset the scenarios remove, so every scenario stays valid.
    for (int i = 5; i < assetCount; i += 5) {
        QList<qsizetype> own;
        for (qsizetype k = 1; k < m.dependencies.size(); ++k) {
            if (m.dependencies[k].from == id("A-", i) && m.dependencies[k].to != id("A-", 2))
                own.append(k);
        }
        if (own.size() != 2)
            continue;
        const QString group = i % 10 == 0 ? QStringLiteral("電源 \"二系統\"") : QStringLiteral("hosts");
        for (qsizetype k : own)
            m.dependencies[k].group = group;
        m.assets[i].need.insert(group, i % 15 == 0 ? 2 : 1);
    }
    for (int c = 1; c <= 5; ++c) {
        for (int t = 0; t < 4; ++t) {
            Threat th;
            th.id = QStringLiteral("T%1-%2").arg(c).arg(t);
            th.category = c;
            th.name = {QStringLiteral("脅威 %1-%2").arg(c).arg(t), QStringLiteral("Threat %1-%2").arg(c).arg(t)};
            if (t != 0)
                th.likelihood = 1 + pick(5);
            th.dimensions.insert(Dimension(pick(3)));
            if (chance(50))
                th.dimensions.insert(Dimension::A);
            if (chance(60))
                th.appliesTo.types = {AssetType(pick(typeCount)), AssetType(pick(typeCount))};
            if (chance(40))
                th.appliesTo.tiers = {Tier(pick(4))};
            th.source = t == 1 ? QStringLiteral("§3(%1)").arg(c) : QString();
            if (t == 2)
                th.outage = Outage {0.1 * c, 0.5 + c, 24.0 * c};
            else if (t == 3 && c == 4)
                th.outage = Outage {0, 2, 2}; // no events, and a fixed duration

            m.threats.append(th);
        }
    }
    for (int i = 0; i < assetCount / 10; ++i) {
        const QString asset = id("A-", i * 10);
        Exposure e {asset, QStringLiteral("T%1-%2").arg(1 + i % 5).arg(i % 4), {}, false, {}};
        if (i % 3 == 0)
            e.likelihood = 5;
        if (i % 7 == 0) {
            e.excluded = true;
            e.note = QStringLiteral("対象外");
        }
        m.exposures.append(e);
    }
    for (int g = 1; g <= 9; ++g) {
        for (int k = 0; k < 3; ++k) {
            Control ctl;
            ctl.id = QStringLiteral("K%1-%2").arg(g).arg(k);
            ctl.group = g;
            ctl.name = {QStringLiteral("対策 %1-%2").arg(g).arg(k), QStringLiteral("Control %1-%2").arg(g).arg(k)};
            ctl.status = ControlStatus(pick(4));
            if (k != 0)
                ctl.effectiveness = 0.1 * (1 + pick(9));
            ctl.effect = chance(30) ? ControlEffect::Impact : ControlEffect::Likelihood;
            ctl.mitigates.append({{}, 1 + pick(5), std::nullopt});
            ctl.mitigates.append({QStringLiteral("T%1-%2").arg(1 + pick(5)).arg(pick(4)), std::nullopt, 0.25});
            if (k == 1) {
                ctl.scope.mode = ControlScope::Mode::Assets;
                ctl.scope.assets = {id("A-", pick(assetCount)), id("A-", pick(assetCount))};
            } else if (k == 2) {
                ctl.scope.mode = ControlScope::Mode::Filter;
                ctl.scope.filter.tiers = {Tier::MyNumber, Tier::Lgwan};
            }
            if (g > 1)
                ctl.requires_ = {QStringLiteral("K%1-0").arg(g - 1)};
            ctl.cost = {double(100000 * (1 + pick(50))), double(10000 * pick(20))};
            ctl.owner = chance(50) ? QStringLiteral("ORG-2") : QString();
            m.controls.append(ctl);
        }
    }
    m.responses.append({id("A-", 0), QStringLiteral("T1-0"), ResponseKind::Transfer, QStringLiteral("サイバー保険"),
        QStringLiteral("CISO"), QDate(2026, 5, 1)});
    m.responses.append({id("A-", 1), QStringLiteral("T2-1"), ResponseKind::Accept, QString(), QString(), QDate()});
    m.actions.append({QStringLiteral("P-01"), {QStringLiteral("多要素認証の導入"), {}}, {QStringLiteral("K6-1")},
        {{id("A-", 0), QStringLiteral("T1-0")}}, QStringLiteral("ORG-2"), QStringLiteral("係長"), QDate(2026, 4, 1),
        QDate(2026, 9, 30), ActionStatus::InProgress, 40, {1200000, 300000}});
    m.actions.append({QStringLiteral("P-02"), {QStringLiteral("訓練"), QStringLiteral("Drills")}, {}, {}, {}, {},
        QDate(2026, 10, 1), QDate(2027, 3, 31), ActionStatus::NotStarted, std::nullopt, {}});

    using Op = ScenarioChange::Op;
    using Entity = ScenarioChange::Entity;
    Scenario s1 {QStringLiteral("S-01"), {QStringLiteral("回線断"), QStringLiteral("Line cut")},
        QStringLiteral("三日間"), {}, {}};
    ScenarioChange set {Op::Set, Entity::Control, QStringLiteral("K6-1"), QStringLiteral("status"),
        QStringLiteral("implemented"), {}, {}, {}, {}, {}};
    ScenarioChange setting {Op::Set, Entity::Setting, {}, QStringLiteral("appetite"), 9, {}, {}, {}, {}, {}};
    ScenarioChange add {Op::Add, Entity::Asset, {}, {},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("NEW-1")}, {QStringLiteral("name"), QStringLiteral("新規")},
            {QStringLiteral("type"), QStringLiteral("system")}},
        {}, {}, {}, {}, {}};
    ScenarioChange removeDep {Op::Remove, Entity::Dependency, {}, {}, {}, m.dependencies.first().from,
        m.dependencies.first().to, toKey(m.dependencies.first().kind), {}, {}};
    s1.changes = {set, setting, add, removeDep};
    Scenario s2 {QStringLiteral("S-02"), LocalizedText {QStringLiteral("連鎖"), {}}, {}, QStringLiteral("S-01"), {}};
    s2.changes = {{Op::Remove, Entity::Asset, id("A-", 2), {}, {}, {}, {}, {}, {}, {}},
        {Op::Remove, Entity::Response, {}, {}, {}, {}, {}, {}, id("A-", 0), QStringLiteral("T1-0")}};
    m.scenarios = {s1, s2};
    return m;
}

/// Adds the yearly cycle's records (RISK-MODEL.md 9 and Mamori's own) to a model of makeLargeModel,
/// with every field set somewhere and left empty elsewhere (a reference an edit cleared included).
/// `withStatusByUnit` also gives two controls their status_by_unit.
inline void addYearlyRecords(Model& m, bool withStatusByUnit)
{
    const QString unit = QStringLiteral("ORG-2");
    if (withStatusByUnit) {
        m.controls[0].statusByUnit = {{unit, ControlStatus::Partial}, {QStringLiteral("ORG-1"), ControlStatus::None}};
        m.controls[1].statusByUnit = {{unit, ControlStatus::Implemented}};
    }
    const QString control = m.controls[0].id;
    const QString asset = m.assets[0].id;
    Inspection self {QStringLiteral("I-2026-KUMIN"), 2026, InspectionKind::Self, unit, QDate(2026, 10, 15),
        {{control, QStringLiteral("K6-01-1"), InspectionAnswerKind::No, QStringLiteral("規程なし \"未整備\""),
             QStringLiteral("来年度")},
            {control, {}, InspectionAnswerKind::NotApplicable, {}, {}},
            {{}, QStringLiteral("K9-02-1"), InspectionAnswerKind::Partial, {}, QStringLiteral("対策は削除済み")}}};
    Inspection audit {QStringLiteral("I-2026-AUDIT"), 2026, InspectionKind::ExternalAudit, {}, QDate(), {}};
    m.inspections = {self, audit};
    AuditFinding open {QStringLiteral("AF-2026-01"), 2026, InspectionKind::InternalAudit, unit, control, {},
        AuditSeverity::High, QStringLiteral("多要素認証が未導入\n二行目"), QStringLiteral("P-01"), AuditStatus::Open,
        QDate(), QDate(2027, 3, 31)};
    AuditFinding closed {QStringLiteral("AF-2025-07"), 2025, InspectionKind::Self, {}, {}, asset,
        AuditSeverity::Critical, {}, {}, AuditStatus::Closed, QDate(2026, 2, 1), QDate()};
    m.auditFindings = {open, closed};
    m.findingExceptions = {{QStringLiteral("EX-01"), QStringLiteral("tier-separation"), {Tier::Lgwan, Tier::Internet},
                               {asset, m.assets[1].id}, QStringLiteral("無害化装置の更新まで"), QStringLiteral("CISO"),
                               QDate(2026, 6, 1), QDate(2027, 3, 31)},
        {QStringLiteral("EX-02"), QStringLiteral("tier-hosting"), {}, {}, {}, {}, QDate(), QDate()}};
    m.reviewDecisions = {{QStringLiteral("R-01"), 2026, QDate(2027, 2, 10), ReviewSubject::Risk, asset, m.threats[0].id,
                             QStringLiteral("受容を継続"), QStringLiteral("CISO")},
        {QStringLiteral("R-02"), 2026, QDate(), ReviewSubject::AuditFinding, QStringLiteral("AF-2026-01"), {}, {}, {}},
        {QStringLiteral("R-03"), 2026, QDate(), ReviewSubject::Control, control, {}, QStringLiteral("見直し"), {}},
        {QStringLiteral("R-04"), 2026, QDate(), ReviewSubject::Exception, QStringLiteral("EX-01"), {}, {}, {}},
        {QStringLiteral("R-05"), 2026, QDate(), ReviewSubject::Other, QStringLiteral("規程第9条"), {}, {}, {}}};
}

/// Last fiscal year's version of `thisYear` (the sample ward, say), as a ward's file of last year
/// differs: the first threats were likelier, the first implemented controls only partly in place, and
/// one asset since retired (its risks are last year's only). Residual risk was higher.
inline Model lastYearsWard(Model m)
{
    for (qsizetype i = 0; i < m.threats.size() && i < 3; ++i)
        m.threats[i].likelihood = std::min(5.0, m.threats[i].effectiveLikelihood() + 1);
    int weakened = 0;
    for (Control& c : m.controls) {
        if (c.status == ControlStatus::Implemented && weakened < 3) {
            c.status = weakened == 0 ? ControlStatus::None : ControlStatus::Partial;
            c.statusByUnit.clear();
            ++weakened;
        }
    }
    Asset retired = m.assets.first();
    retired.id = QStringLiteral("A-RETIRED");
    retired.name = {QStringLiteral("旧住民情報端末"), QStringLiteral("Old resident terminal")};
    m.assets.append(retired);
    return m;
}

} // namespace mamori::test
