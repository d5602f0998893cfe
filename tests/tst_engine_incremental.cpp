// IncrementalEngine: after every edit of a random sequence, its assessment must equal a full
// assess() of its model exactly (same doubles, same order), and the edits a user makes (control
// status, impact, dependencies, exposures, scopes) must recompute only what they reach.

#include "engine/Assessment.h"
#include "engine/Generator.h"
#include "engine/IncrementalEngine.h"

#include <QTest>

#include <random>

using namespace mamori;

namespace {

/// The first difference between two assessments, for a readable failure.
QString firstDifference(const Assessment& a, const Assessment& b)
{
    if (a.assets.size() != b.assets.size())
        return QStringLiteral("asset count %1 != %2").arg(a.assets.size()).arg(b.assets.size());
    for (qsizetype i = 0; i < a.assets.size(); ++i) {
        if (!(a.assets[i] == b.assets[i]))
            return QStringLiteral("asset %1: impact %2/%3/%4 vs %5/%6/%7, blast %8 vs %9")
                .arg(a.assets[i].id)
                .arg(a.assets[i].impact[0])
                .arg(a.assets[i].impact[1])
                .arg(a.assets[i].impact[2])
                .arg(b.assets[i].impact[0])
                .arg(b.assets[i].impact[1])
                .arg(b.assets[i].impact[2])
                .arg(a.assets[i].blastRadius)
                .arg(b.assets[i].blastRadius);
    }
    for (qsizetype i = 0; i < a.controls.size() && i < b.controls.size(); ++i) {
        if (!(a.controls[i] == b.controls[i]))
            return QStringLiteral("control %1").arg(a.controls[i].id);
    }
    if (a.risks.size() != b.risks.size())
        return QStringLiteral("risk count %1 != %2").arg(a.risks.size()).arg(b.risks.size());
    for (qsizetype i = 0; i < a.risks.size(); ++i) {
        if (!(a.risks[i] == b.risks[i]))
            return QStringLiteral("risk %1/%2: residual %3 vs %4, response %5 vs %6")
                .arg(a.risks[i].asset, a.risks[i].threat)
                .arg(a.risks[i].residual, 0, 'g', 17)
                .arg(b.risks[i].residual, 0, 'g', 17)
                .arg(toKey(a.risks[i].response), toKey(b.risks[i].response));
    }
    if (!(a.findings == b.findings))
        return QStringLiteral("findings");
    if (!(a.totals == b.totals))
        return QStringLiteral("totals: residual %1 vs %2")
            .arg(a.totals.residual, 0, 'g', 17)
            .arg(b.totals.residual, 0, 'g', 17);
    if (!(a == b))
        return QStringLiteral("bands, appetite or errors");
    return {};
}

class Editor {
public:
    Editor(IncrementalEngine& engine, unsigned seed)
        : m_engine(engine)
        , m_rng(seed)
    {
    }

    int below(int n) { return int(m_rng() % unsigned(n)); }
    bool chance(int percent) { return below(100) < percent; }
    const Model& model() const { return m_engine.model(); }
    QString anyAsset() { return model().assets[below(int(model().assets.size()))].id; }
    QString anyThreat() { return model().threats[below(int(model().threats.size()))].id; }

    /// One random edit; returns its name.
    QString edit()
    {
        switch (below(12)) {
        case 0:
        case 1: {
            const Control& k = model().controls[below(int(model().controls.size()))];
            m_engine.setControlStatus(k.id, ControlStatus(below(4)));
            return QStringLiteral("setControlStatus ") + k.id;
        }
        case 2:
        case 3: {
            const QString a = anyAsset();
            m_engine.setAssetImpact(
                a, Dimension(below(3)), chance(20) ? std::nullopt : std::optional<double>(1 + below(5)));
            return QStringLiteral("setAssetImpact ") + a;
        }
        case 4:
        case 5: {
            Dependency d {anyAsset(), anyAsset(), DependencyKind(below(7)), {}};
            if (chance(40))
                d.weights[std::size_t(below(3))] = below(11) / 10.0;
            m_engine.addDependency(d);
            return QStringLiteral("addDependency %1 -> %2").arg(d.from, d.to);
        }
        case 6: {
            const Dependency d = model().dependencies[below(int(model().dependencies.size()))];
            m_engine.removeDependency(d.from, d.to, d.kind);
            return QStringLiteral("removeDependency %1 -> %2").arg(d.from, d.to);
        }
        case 7: {
            Asset a = model().assets[below(int(model().assets.size()))];
            switch (below(5)) {
            case 4:
                a.owner = anyUnit(); // 3.4: its risks read another unit's readiness
                break;
            case 0:
                a.tier = Tier(below(4));
                break;
            case 1:
                a.gateway = !a.gateway;
                break;
            case 2:
                a.classification[0] = model().settings.impactTable[0].first().level;
                break;
            default:
                a.type = AssetType(below(8));
                break;
            }
            m_engine.updateAsset(a);
            return QStringLiteral("updateAsset ") + a.id;
        }
        case 8: {
            Control k = model().controls[below(int(model().controls.size()))];
            switch (below(6)) {
            case 3:
                unitStatusEdit(k);
                break;
            case 4: // a requirement added or removed (a cycle too, now and then: both sides report it)
                if (!k.requires_.isEmpty() && chance(50))
                    k.requires_.removeAt(below(int(k.requires_.size())));
                else
                    k.requires_.append(model().controls[below(int(model().controls.size()))].id);
                break;
            case 5:
                k.status = ControlStatus(below(4));
                unitStatusEdit(k);
                break;
            case 0:
                k.effectiveness = below(11) / 10.0;
                break;
            case 1:
                k.scope.mode = ControlScope::Mode::Filter, k.scope.filter.tiers = {Tier(below(4))};
                break;
            default:
                k.mitigates.append({{}, 1 + below(5), std::nullopt});
                break;
            }
            m_engine.updateControl(k);
            return QStringLiteral("updateControl ") + k.id;
        }
        case 9: {
            Threat t = model().threats[below(int(model().threats.size()))];
            if (chance(50))
                t.likelihood = 1 + below(5);
            else
                t.dimensions.insert(Dimension(below(3)));
            m_engine.updateThreat(t);
            return QStringLiteral("updateThreat ") + t.id;
        }
        case 10: {
            const QString a = anyAsset(), t = anyThreat();
            if (chance(30))
                m_engine.removeExposure(a, t);
            else
                m_engine.setExposure(
                    {a, t, chance(50) ? std::optional<double>(1 + below(5)) : std::nullopt, chance(30), {}});
            return QStringLiteral("exposure %1/%2").arg(a, t);
        }
        default: {
            if (chance(10)) {
                Settings s = model().settings;
                s.appetite = 3 + below(10);
                m_engine.setSettings(s);
                return QStringLiteral("setSettings");
            }
            const QString a = anyAsset(), t = anyThreat();
            if (chance(30))
                m_engine.removeResponse(a, t);
            else
                m_engine.setResponse({a, t, ResponseKind(below(4)), {}, {}, {}});
            return QStringLiteral("response %1/%2").arg(a, t);
        }
        }
    }

    /// An org unit of the model, now and then none or one that no control names.
    QString anyUnit()
    {
        if (chance(10))
            return {};
        if (chance(10))
            return QStringLiteral("DEP-NEW");
        return model().orgUnits[below(int(model().orgUnits.size()))].id;
    }

    /// One unit's own status set, removed, or the whole map cleared (3.4).
    void unitStatusEdit(Control& k)
    {
        if (chance(10))
            k.statusByUnit.clear();
        else if (!k.statusByUnit.isEmpty() && chance(30))
            k.statusByUnit.remove(k.statusByUnit.firstKey());
        else if (const QString unit = anyUnit(); !unit.isEmpty())
            k.statusByUnit.insert(unit, ControlStatus(below(4)));
    }

private:
    IncrementalEngine& m_engine;
    std::mt19937 m_rng;
};

qsizetype indexOf(const Model& m, const QString& asset)
{
    for (qsizetype i = 0; i < m.assets.size(); ++i) {
        if (m.assets[i].id == asset)
            return i;
    }
    qFatal("no asset %s", qPrintable(asset));
}

qsizetype indexOfControl(const Model& m, const QString& control)
{
    for (qsizetype i = 0; i < m.controls.size(); ++i) {
        if (m.controls[i].id == control)
            return i;
    }
    qFatal("no control %s", qPrintable(control));
}

} // namespace

class TestEngineIncremental : public QObject {
    Q_OBJECT

private slots:
    void randomEditSequences_data()
    {
        QTest::addColumn<int>("assets");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("120 assets") << 120 << 1u;
        QTest::newRow("400 assets") << 400 << 2u;
        QTest::newRow("900 assets") << 900 << 3u;
    }

    void randomEditSequences()
    {
        QFETCH(int, assets);
        QFETCH(unsigned, seed);
        IncrementalEngine engine(Generator::generateWard(assets, seed));
        QVERIFY(engine.assessment() == assess(engine.model()));
        Editor editor(engine, seed);
        for (int step = 0; step < 200; ++step) {
            const QString what = editor.edit();
            const QString difference = firstDifference(engine.assessment(), assess(engine.model()));
            QVERIFY2(difference.isEmpty(),
                qPrintable(QStringLiteral("after edit %1 (%2): %3").arg(step).arg(what, difference)));
        }
    }

    void unitEditsStayLocal()
    {
        IncrementalEngine engine(Generator::generateWard(2000, 12));
        const Model& m = engine.model();
        const auto risksOf = [&](auto owned) {
            QHash<QString, QString> owners;
            for (const Asset& a : m.assets)
                owners.insert(a.id, a.owner);
            qsizetype n = 0;
            for (const RiskResult& r : engine.assessment().risks)
                n += owned(r.asset, owners.value(r.asset)) ? 1 : 0;
            return n;
        };
        const auto risksOfUnit = [&](const QString& unit) {
            return risksOf([&](const QString&, const QString& owner) { return owner == unit; });
        };
        const auto risksOfAsset = [&](const QString& asset) {
            return risksOf([&](const QString& id, const QString&) { return id == asset; });
        };
        const qsizetype kumin = risksOfUnit(QStringLiteral("DEP-KUMIN"));
        QVERIFY(kumin > 0);

        // One unit's status of a widely applicable control: only that unit's risks are recomputed.
        Control k = m.controls[indexOfControl(m, QStringLiteral("K1-01"))];
        k.statusByUnit.insert(QStringLiteral("DEP-KUMIN"),
            k.statusFor(QStringLiteral("DEP-KUMIN")) == ControlStatus::None ? ControlStatus::Implemented
                                                                            : ControlStatus::None);
        QVERIFY(engine.updateControl(k));
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(engine.lastEdit().risksRecomputed > 0);
        QVERIFY2(engine.lastEdit().risksRecomputed <= kumin,
            qPrintable(QStringLiteral("%1 > %2").arg(engine.lastEdit().risksRecomputed).arg(kumin)));
        QVERIFY(engine.assessment() == assess(engine.model()));

        // A unit no control had a status for until now.
        k.statusByUnit.insert(QStringLiteral("DEP-NEW"), ControlStatus::Implemented);
        Asset moved = m.assets[indexOf(m, QStringLiteral("PC-0000"))];
        moved.owner = QStringLiteral("DEP-NEW");
        const qsizetype movedRisks = risksOfAsset(moved.id);
        QVERIFY(movedRisks > 0);
        QVERIFY(engine.updateAsset(moved));
        QVERIFY(engine.lastEdit().risksRecomputed <= movedRisks);
        QVERIFY(engine.assessment() == assess(engine.model()));
        QVERIFY(engine.updateControl(k));
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(engine.assessment() == assess(engine.model()));

        // An asset's owner: its own risks and nothing else.
        moved.owner = QStringLiteral("DEP-KUMIN");
        QVERIFY(engine.updateAsset(moved));
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QCOMPARE(engine.lastEdit().risksRecomputed, movedRisks);
        QVERIFY(engine.assessment() == assess(engine.model()));

        // requires: readiness only, no rebuild of the risk layer.
        Control k6 = m.controls[indexOfControl(m, QStringLiteral("K6-90"))];
        k6.requires_.clear();
        QVERIFY(engine.updateControl(k6));
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(engine.assessment() == assess(engine.model()));
        k6.requires_ = {QStringLiteral("K1-01"), QStringLiteral("K6-01")};
        QVERIFY(engine.updateControl(k6));
        QVERIFY(engine.assessment() == assess(engine.model()));

        // A unit's entry removed, then the whole map: back to the control's own status.
        k.statusByUnit.remove(QStringLiteral("DEP-KUMIN"));
        QVERIFY(engine.updateControl(k));
        QVERIFY(engine.lastEdit().risksRecomputed <= kumin + movedRisks);
        QVERIFY(engine.assessment() == assess(engine.model()));
        k.statusByUnit.clear();
        QVERIFY(engine.updateControl(k));
        QVERIFY(engine.assessment() == assess(engine.model()));
    }

    void editsStayLocal()
    {
        IncrementalEngine engine(Generator::generateWard(2000, 11));
        const qsizetype risks = engine.assessment().risks.size();

        // A terminal's impact reaches only itself and what it depends on.
        QVERIFY(engine.setAssetImpact(QStringLiteral("PC-0000"), Dimension::C, 5.0));
        QVERIFY(engine.lastEdit().assetsRecomputed < 50);
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(engine.assessment() == assess(engine.model()));

        // A control scoped to one tier touches the risks it can apply to, not the others.
        QVERIFY(engine.setControlStatus(QStringLiteral("K3-05"), ControlStatus::Implemented));
        QVERIFY(engine.lastEdit().risksRecomputed > 0);
        QVERIFY(engine.lastEdit().risksRecomputed < risks);
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(engine.assessment() == assess(engine.model()));

        // A dependency keeps the risk layer and recounts the blast radius only where it can change.
        QVERIFY(engine.addDependency(
            {QStringLiteral("INF-0001"), QStringLiteral("SYS-0002"), DependencyKind::ProcessedBy, {}}));
        QVERIFY(!engine.lastEdit().riskLayerRebuilt);
        QVERIFY(!engine.lastEdit().blastRebuilt);
        QVERIFY(engine.assessment() == assess(engine.model()));
        QVERIFY(engine.removeDependency(
            QStringLiteral("INF-0001"), QStringLiteral("SYS-0002"), DependencyKind::ProcessedBy));
        QVERIFY(engine.assessment() == assess(engine.model()));

        // Edits naming what does not exist change nothing.
        QVERIFY(!engine.setControlStatus(QStringLiteral("nope"), ControlStatus::Implemented));
        QVERIFY(
            !engine.addDependency({QStringLiteral("PC-0000"), QStringLiteral("PC-0000"), DependencyKind::Other, {}}));
        QVERIFY(!engine.removeDependency(QStringLiteral("PC-0000"), QStringLiteral("F-HQ"), DependencyKind::PoweredBy));
    }
};

QTEST_GUILESS_MAIN(TestEngineIncremental)
#include "tst_engine_incremental.moc"
