// The built-in catalogue and the sample ward: complete in Japanese and English, and covering what
// the ward's policy names (§3 threats, §4(1) bodies, §2(18) related organizations, §7 measures).

#include "BuiltIn.h"
#include "Validation.h"

#include <QSet>
#include <QTest>

using namespace mamori;

namespace {
bool anyNameContains(const QList<Threat>& threats, const QString& needle)
{
    return std::any_of(threats.cbegin(), threats.cend(), [&](const Threat& t) { return t.name.ja.contains(needle); });
}
bool anyNameContains(const QList<Control>& controls, const QString& needle)
{
    return std::any_of(
        controls.cbegin(), controls.cend(), [&](const Control& k) { return k.name.ja.contains(needle); });
}
} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private slots:
    void everyNameInBothLanguages()
    {
        const Model m = BuiltIn::catalogue();
        auto check = [](const QString& id, const LocalizedText& name) {
            QVERIFY2(!name.ja.isEmpty(), qPrintable(id + QStringLiteral(" has no Japanese name")));
            QVERIFY2(!name.en.isEmpty(), qPrintable(id + QStringLiteral(" has no English name")));
        };
        for (const OrgUnit& u : m.orgUnits)
            check(u.id, u.name);
        for (const Threat& t : m.threats)
            check(t.id, t.name);
        for (const Control& k : m.controls)
            check(k.id, k.name);
        QVERIFY(m.assets.isEmpty());
        QVERIFY(validate(m, QStringLiteral("catalogue"), Source::Json).isEmpty());
    }

    void fiveThreatCategories()
    {
        const Model m = BuiltIn::catalogue();
        QSet<int> categories;
        for (const Threat& t : m.threats)
            categories.insert(t.category);
        QCOMPARE(categories, (QSet<int> {1, 2, 3, 4, 5}));
    }

    void threatsNamedInPolicySection3_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"サイバー攻撃", "部外者の侵入", "不正アクセス", "ウイルス", "サービス不能攻撃", "漏えい",
                 "改ざん", "詐取", "内部不正", "無断持ち出し", "無許可ソフトウェア", "設計・開発の不備",
                 "プログラム上の欠陥", "操作・設定ミス", "メンテナンス不備", "監査機能の不備", "委託管理の不備",
                 "マネジメントの欠陥", "機器故障", "地震", "落雷", "火災", "風水害", "事故", "電力供給の途絶",
                 "通信の途絶", "発言", "誹謗中傷"})
            QTest::newRow(n) << QString::fromUtf8(n);
    }
    void threatsNamedInPolicySection3()
    {
        QFETCH(QString, name);
        QVERIFY(anyNameContains(BuiltIn::catalogue().threats, name));
    }

    void nineControlGroupsWithThreeTierMeasures()
    {
        const Model m = BuiltIn::catalogue();
        QMap<int, int> perGroup;
        for (const Control& k : m.controls)
            ++perGroup[k.group];
        for (int g = 1; g <= 9; ++g)
            QVERIFY2(perGroup.value(g) >= 3,
                qPrintable(QStringLiteral("group %1 has %2 controls").arg(g).arg(perGroup.value(g))));
        // §7(3): the three-tier measures.
        for (const char* n : {"マイナンバー利用事務系", "多要素認証", "無害化", "自治体情報セキュリティクラウド"})
            QVERIFY2(anyNameContains(m.controls, QString::fromUtf8(n)), n);
    }

    void organizationOfPolicySection4And2()
    {
        const Model m = BuiltIn::catalogue();
        int bodies = 0, related = 0;
        QStringList names;
        for (const OrgUnit& u : m.orgUnits) {
            bodies += u.kind == OrgUnitKind::Body;
            related += u.kind == OrgUnitKind::Related;
            names.append(u.name.ja);
        }
        QCOMPARE(bodies, 6);
        QCOMPARE(related, 7);
        for (const char* n : {"教育委員会", "監査委員", "選挙管理委員会", "農業委員会", "区議会事務局",
                 "えどがわ環境財団", "社会福祉協議会", "職員厚生会"})
            QVERIFY2(names.join(u'|').contains(QString::fromUtf8(n)), n);
    }

    void defaultClassificationLevels()
    {
        const Settings s = BuiltIn::catalogue().settings;
        QCOMPARE(s.impactOf(Dimension::C, QStringLiteral("3")), std::optional<double>(5));
        QCOMPARE(s.impactOf(Dimension::I, QStringLiteral("2")), std::optional<double>(4));
        QCOMPARE(s.impactOf(Dimension::A, QStringLiteral("1")), std::optional<double>(2));
        QCOMPARE(s.appetite, 6.0);
    }

    void sampleWardIsARealWard()
    {
        const Model m = BuiltIn::sampleWard();
        QVERIFY(m.assets.size() >= 120 && m.assets.size() <= 200);
        QSet<Tier> tiers;
        QSet<AssetType> types;
        int gateways = 0;
        for (const Asset& a : m.assets) {
            tiers.insert(a.tier);
            types.insert(a.type);
            gateways += a.gateway;
            QVERIFY2(!a.name.ja.isEmpty(), qPrintable(a.id));
        }
        QCOMPARE(tiers.size(), 4);
        QCOMPARE(types.size(), enumCount<AssetType>());
        QVERIFY(gateways >= 1);
        QSet<ControlStatus> statuses;
        for (const Control& k : m.controls)
            statuses.insert(k.status);
        QCOMPARE(statuses.size(), 4);
        QVERIFY(!m.actions.isEmpty());
        QVERIFY(!m.scenarios.isEmpty());
        QVERIFY(!m.responses.isEmpty());
        QCOMPARE(m.threats.size(), BuiltIn::catalogue().threats.size());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
