// Validation of one edit (EditValidation.h, issue 16): on random edits of the sample ward and of a
// generated ward, valid ones and ones that break a rule, the errors of validateEdit() equal those of a
// full validation of the edited model: the same messages, at the same places, in the same order.

#include "BuiltIn.h"
#include "EditValidation.h"
#include "Scenarios.h"
#include "engine/Generator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace mamori;

namespace {

/// A random field edit of one asset, threat or control (the id and a control's `requires` kept), which
/// breaks a rule about one time in three.
class EditMaker {
public:
    EditMaker(const Model& model, quint32 seed)
        : m_model(model)
        , m_random(seed)
    {
    }

    ModelEdit next()
    {
        switch (m_random.bounded(3)) {
        case 0:
            return assetEdit();
        case 1:
            return threatEdit();
        default:
            return controlEdit();
        }
    }

private:
    bool breaks() { return m_random.bounded(3) == 0; }
    QString unitId()
    {
        if (breaks() || m_model.orgUnits.isEmpty())
            return QStringLiteral("NO-SUCH-UNIT");
        return m_model.orgUnits[m_random.bounded(int(m_model.orgUnits.size()))].id;
    }
    double value(double low, double high, double outside)
    {
        return breaks() ? outside : low + m_random.generateDouble() * (high - low);
    }

    ModelEdit assetEdit()
    {
        const auto i = qsizetype(m_random.bounded(int(m_model.assets.size())));
        Asset a = m_model.assets[i];
        const auto d = std::size_t(m_random.bounded(3));
        switch (m_random.bounded(9)) {
        case 0:
            a.name = breaks() ? LocalizedText() : LocalizedText::plain(QStringLiteral("renamed"));
            break;
        case 6: // continuity (RISK-MODEL.md 10): a target and a cost, below 0 or not a number when broken
            a.continuity = Continuity {value(0, 72, -1), std::nullopt};
            break;
        case 7:
            if (m_random.bounded(4) == 0)
                a.continuity.reset();
            else
                a.continuity = Continuity {std::nullopt, value(0, 2e6, std::numeric_limits<double>::quiet_NaN())};
            break;
        case 8: { // `need`: within the asset's group, above its size, or of a group it has no dependency in
            const QStringList groups = groupsOf(a.id);
            if (groups.isEmpty() || breaks())
                a.need.insert(groups.isEmpty() ? QStringLiteral("no-such-group") : groups.first(), 5);
            else
                a.need.insert(groups[m_random.bounded(int(groups.size()))], 1);
            break;
        }
        case 1:
            a.owner = unitId();
            break;
        case 2: {
            const auto& levels = m_model.settings.impactTable[d];
            a.classification[d] = breaks() || levels.isEmpty() ? QStringLiteral("no-such-level")
                                                               : levels[m_random.bounded(int(levels.size()))].level;
            break;
        }
        case 3:
            a.impact[d] = value(1, 5, 7);
            break;
        case 4:
            a.tier = Tier(m_random.bounded(4));
            break;
        default:
            a.impact[d].reset();
            break;
        }
        return ModelEdit::replace(i, a);
    }

    ModelEdit threatEdit()
    {
        const auto i = qsizetype(m_random.bounded(int(m_model.threats.size())));
        Threat t = m_model.threats[i];
        switch (m_random.bounded(6)) {
        case 0:
            t.name = breaks() ? LocalizedText() : LocalizedText::plain(QStringLiteral("renamed"));
            break;
        case 4: // an outage: a rate below 0, or P95 below P5, when broken
            t.outage = Outage {value(0, 2, -0.5), 1, value(1, 168, 0.5)};
            break;
        case 5:
            t.outage.reset();
            break;
        case 1:
            t.category = breaks() ? kThreatCategoryCount + 1 : 1 + m_random.bounded(kThreatCategoryCount);
            break;
        case 2:
            t.likelihood = value(1, 5, 0);
            break;
        default:
            if (breaks())
                t.dimensions = {};
            else
                t.dimensions.insert(Dimension::A);
            break;
        }
        return ModelEdit::replace(i, t);
    }

    ModelEdit controlEdit()
    {
        const auto i = qsizetype(m_random.bounded(int(m_model.controls.size())));
        Control k = m_model.controls[i];
        switch (m_random.bounded(8)) {
        case 0:
            k.name = breaks() ? LocalizedText() : LocalizedText::plain(QStringLiteral("renamed"));
            break;
        case 1:
            k.group = breaks() ? 0 : 1 + m_random.bounded(kControlGroupCount);
            break;
        case 2:
            k.effectiveness = value(0, 1, 1.5);
            break;
        case 3: {
            Mitigation m;
            m.threat = breaks() ? QStringLiteral("NO-SUCH-THREAT")
                                : m_model.threats[m_random.bounded(int(m_model.threats.size()))].id;
            m.reduction = value(0, 1, -0.25);
            k.mitigates.append(m);
            break;
        }
        case 4:
            k.scope.mode = ControlScope::Mode::Assets;
            k.scope.assets.append(breaks() ? QStringLiteral("NO-SUCH-ASSET")
                                           : m_model.assets[m_random.bounded(int(m_model.assets.size()))].id);
            break;
        case 5:
            k.owner = unitId();
            break;
        case 6:
            k.statusByUnit.insert(unitId(), ControlStatus::Partial);
            break;
        default:
            k.cost.initial = value(0, 1e6, -1);
            break;
        }
        return ModelEdit::replace(i, k);
    }

    /// The dependency groups of an asset's own dependencies.
    QStringList groupsOf(const QString& asset) const
    {
        QStringList out;
        for (const Dependency& d : m_model.dependencies) {
            if (d.from == asset && !d.group.isEmpty() && !out.contains(d.group))
                out.append(d.group);
        }
        return out;
    }

    const Model& m_model;
    QRandomGenerator m_random;
};

} // namespace

class TestEditValidation : public QObject {
    Q_OBJECT

private slots:
    void randomEditsAgreeWithFullValidation_data()
    {
        QTest::addColumn<int>("assets"); // 0: the sample ward
        QTest::newRow("sample ward") << 0;
        QTest::newRow("generated ward, 300 assets") << 300;
    }

    void randomEditsAgreeWithFullValidation()
    {
        QFETCH(int, assets);
        const Model before = assets == 0 ? BuiltIn::sampleWard() : Generator::generateWard(assets, 7);
        QVERIFY(validateContent(before, QString(), Source::Json).isEmpty());
        EditMaker maker(before, 20261203);
        int broken = 0;
        for (int round = 0; round < 400; ++round) {
            QList<ModelEdit> edits {maker.next()};
            if (round % 4 == 0) // several items in one action, as an import or a bulk change
                edits.append(maker.next());
            Model candidate = before;
            for (const ModelEdit& e : edits)
                applyEdit(candidate, e);
            // A changed `need` is a rule between the asset and its dependencies: not a field edit.
            const bool needKept = std::all_of(edits.cbegin(), edits.cend(), [&](const ModelEdit& e) {
                const auto* a = std::get_if<Asset>(&e.value);
                return !a || a->need == before.assets[e.index].need;
            });
            QCOMPARE(onlyFieldEdits(before, edits), needKept);
            for (Source source : {Source::Json, Source::Window}) {
                const InputErrors full = validateContent(candidate, QStringLiteral("f"), source);
                const InputErrors part = validateEdit(before, candidate, edits, QStringLiteral("f"), source);
                if (part != full) {
                    for (const InputError& e : full)
                        qWarning() << "full:" << e.toString();
                    for (const InputError& e : part)
                        qWarning() << "edit:" << e.toString();
                }
                QCOMPARE(part, full);
                broken += source == Source::Json && !full.isEmpty() ? 1 : 0;
            }
            // The edit's refusal resolves only the scenarios that set a field of an edited item (or change
            // the impact table); resolving every scenario says the same.
            if (needKept) {
                QCOMPARE(baselineRefusal(before, candidate, edits, Language::English),
                    baselineRefusal(candidate, true, Language::English));
            }
        }
        QVERIFY2(broken > 50, "the random edits break a rule often enough to test the errors");
        QVERIFY2(broken < 350, "and leave the model valid often enough");
    }

    /// A scenario that sets a field of the edited item is resolved again: here its value cannot be read
    /// (a hand-edited file), and the edit of that item is refused naming the scenario.
    void aScenarioThatSetsAnEditedItemIsResolved()
    {
        Model before = BuiltIn::sampleWard();
        const Asset& target = before.assets[2];
        ScenarioChange broken;
        broken.op = ScenarioChange::Op::Set;
        broken.entity = ScenarioChange::Entity::Asset;
        broken.id = target.id;
        broken.field = QStringLiteral("impact");
        broken.value = QStringLiteral("very high"); // an object is expected
        Scenario s;
        s.id = QStringLiteral("S-BROKEN");
        s.name = LocalizedText::plain(QStringLiteral("broken"));
        s.changes = {broken};
        before.scenarios.append(s);
        Asset renamed = target;
        renamed.name = LocalizedText::plain(QStringLiteral("renamed"));
        const QList<ModelEdit> edits {ModelEdit::replace(2, renamed)};
        QVERIFY(onlyFieldEdits(before, edits));
        Model candidate = before;
        applyEdit(candidate, edits.first());
        const QString why = baselineRefusal(before, candidate, edits, Language::English);
        QVERIFY2(why.contains(QLatin1String("broken")), qPrintable(why));
        QCOMPARE(why, baselineRefusal(candidate, true, Language::English));
    }

    void otherEditsAreValidatedInFull()
    {
        const Model before = BuiltIn::sampleWard();
        // A second asset with the id of the first: uniqueness is a rule between items.
        Asset a = before.assets[1];
        a.id = before.assets[0].id;
        const QList<ModelEdit> edits {ModelEdit::replace(1, a)};
        QVERIFY(!onlyFieldEdits(before, edits));
        Model candidate = before;
        applyEdit(candidate, edits.first());
        const InputErrors full = validateContent(candidate, QString(), Source::Json);
        QVERIFY(!full.isEmpty());
        QCOMPARE(validateEdit(before, candidate, edits, QString(), Source::Json), full);

        // A removed asset that dependencies and exposures name.
        Model removed = before;
        const QList<ModelEdit> removal {ModelEdit::remove(0, before.assets[0])};
        applyEdit(removed, removal.first());
        QVERIFY(!onlyFieldEdits(before, removal));
        QCOMPARE(validateEdit(before, removed, removal, QString(), Source::Json),
            validateContent(removed, QString(), Source::Json));
    }
};

QTEST_GUILESS_MAIN(TestEditValidation)
#include "tst_editvalidation.moc"
