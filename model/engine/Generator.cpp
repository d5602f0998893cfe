#include "engine/Generator.h"

#include "BuiltIn.h"
#include "JoinKey.h"
#include "JsonCodec.h"
#include "JsonFormat.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <random>

namespace mamori::Generator {

namespace {

/// std::mt19937_64 with our own distributions (the standard ones are not portable bit for bit).
class Random {
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    /// Uniform in [0, n), without modulo bias.
    int below(int n)
    {
        const std::uint64_t range = std::uint64_t(n);
        const std::uint64_t limit
            = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
        std::uint64_t x = m_engine();
        while (x >= limit)
            x = m_engine();
        return int(x % range);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list[below(int(list.size()))]; }
    /// An index drawn with the given weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int x = below(total);
        int i = 0;
        for (const int w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct Names {
    const char16_t* ja;
    const char* en;
};

// Business systems of a ward (住民情報系, 内部情報系, インターネット系).
const Names kSystems[]
    = {{u"住民記録", "Resident records"}, {u"税務", "Taxation"}, {u"国民健康保険", "National health insurance"},
        {u"介護保険", "Long-term care insurance"}, {u"児童手当", "Child allowance"}, {u"生活保護", "Public assistance"},
        {u"財務会計", "Financial accounting"}, {u"文書管理", "Document management"}, {u"人事給与", "Payroll"},
        {u"庶務事務", "General affairs"}, {u"グループウェア", "Groupware"}, {u"電子申請", "Online applications"},
        {u"ホームページ", "Website"}, {u"メール", "Mail"}, {u"図書館", "Library"}, {u"施設予約", "Facility booking"},
        {u"選挙", "Elections"}, {u"保育", "Childcare"}, {u"障害福祉", "Disability welfare"},
        {u"戸籍", "Family register"}, {u"後期高齢者医療", "Elderly medical care"}};

const Names kInformation[] = {{u"住民票データ", "Resident data"}, {u"課税台帳", "Tax ledger"},
    {u"被保険者情報", "Insured persons"}, {u"申請書データ", "Applications"}, {u"決裁文書", "Approved documents"},
    {u"職員情報", "Staff data"}, {u"公開情報", "Published information"}, {u"統計データ", "Statistics"}};

const char* const kOrgOwners[] = {"DEP-ICT", "DEP-SOMU", "DEP-HR", "DEP-FINANCE", "DEP-KUMIN", "DEP-TAX", "DEP-WELFARE",
    "DEP-IRYO", "DEP-CHILD", "DEP-KIKI", "DEP-KOHO"};

QString latin(const char* s)
{
    return QString::fromLatin1(s);
}

class WardBuilder {
public:
    WardBuilder(int assets, quint64 seed)
        : m_rng(seed)
        , m_seed(seed)
        , m_target(assets)
    {
        m_width = std::max(4, int(QString::number(assets).size()));
    }

    Model build()
    {
        startFromCatalogue();
        settings();
        core();
        scalable();
        misconnections();
        crossTierHosting();
        catalogueVariety();
        unitStatuses();
        exposures();
        responses();
        plan();
        scenarios();
        continuity();
        return std::move(m_model);
    }

private:
    // ---- helpers ----

    QString number(const char* prefix, int n) const
    {
        return latin(prefix) + QString::number(n).rightJustified(m_width, QLatin1Char('0'));
    }

    QString owner() { return latin(kOrgOwners[m_rng.below(int(std::size(kOrgOwners)))]); }

    int add(const QString& id, LocalizedText name, AssetType type, Tier tier, bool gateway = false)
    {
        Asset a;
        a.id = id;
        a.name = std::move(name);
        a.type = type;
        a.tier = tier;
        a.gateway = gateway;
        a.owner = owner(); // every asset has an owning unit (its controls' readiness is that unit's, 3.4)
        m_model.assets.append(a);
        m_byTier[std::size_t(tier)].append(id);
        return int(m_model.assets.size()) - 1;
    }

    bool depend(const QString& from, const QString& to, DependencyKind kind, PerDimension<double> weights = {})
    {
        if (from == to)
            return false;
        const QString key = joinKey({from, to, toKey(kind)});
        if (m_dependencyKeys.contains(key))
            return false;
        m_dependencyKeys.insert(key);
        m_model.dependencies.append({from, to, kind, weights});
        return true;
    }

    static PerDimension<double> weights(std::optional<double> c, std::optional<double> i, std::optional<double> a)
    {
        return {c, i, a};
    }

    Tier tierOf(int mynumber, int lgwan, int internet) { return Tier(m_rng.weighted({mynumber, lgwan, internet})); }

    /// One of `list`'s ids of tier `tier`, or of any tier when there is none.
    QString sameTier(const QList<QString>& (WardBuilder::*list)(Tier) const, Tier tier)
    {
        const QList<QString>& l = (this->*list)(tier);
        if (!l.isEmpty())
            return m_rng.pick(l);
        for (int t = 0; t < 3; ++t) {
            if (!(this->*list)(Tier(t)).isEmpty())
                return m_rng.pick((this->*list)(Tier(t)));
        }
        return {};
    }
    const QList<QString>& switchesOf(Tier t) const { return m_switches[std::size_t(t)]; }
    const QList<QString>& serversOf(Tier t) const { return m_servers[std::size_t(t)]; }
    const QList<QString>& systemsOf(Tier t) const { return m_systems[std::size_t(t)]; }

    QString facility()
    {
        return m_rng.chance(0.6) || m_branches.isEmpty() ? QStringLiteral("F-HQ") : m_rng.pick(m_branches);
    }

    // ---- the parts of the ward ----

    void startFromCatalogue()
    {
        const Model catalogue = BuiltIn::catalogue();
        m_model.name
            = {QStringLiteral("合成区 %1 資産 (seed %2)").arg(QString::number(m_target), QString::number(m_seed)),
                QStringLiteral("Synthetic ward, %1 assets (seed %2)")
                    .arg(QString::number(m_target), QString::number(m_seed))};
        m_model.orgUnits = catalogue.orgUnits;
        m_model.threats = catalogue.threats;
        m_model.controls = catalogue.controls;
    }

    void settings()
    {
        Settings& s = m_model.settings;
        switch (m_seed % 4) {
        case 0:
            break; // the MIC guideline's defaults
        case 1: // the 2024 revision's 自治体機密性 levels
            s.impactTable[0] = {{QStringLiteral("1"), 1}, {QStringLiteral("2"), 2}, {QStringLiteral("3C"), 3},
                {QStringLiteral("3B"), 4}, {QStringLiteral("3A"), 5}};
            s.appetite = 8;
            break;
        case 2:
            s.bands = {{4, QStringLiteral("低")}, {9, QStringLiteral("中")}, {16, QStringLiteral("高")},
                {25, QStringLiteral("極めて高い")}};
            break;
        case 3:
            s.bands = {{3, QStringLiteral("very low")}, {6, QStringLiteral("low")}, {10, QStringLiteral("medium")},
                {16, QStringLiteral("high")}, {25, QStringLiteral("critical")}};
            s.appetite = 5;
            break;
        }
    }

    void core()
    {
        using T = AssetType;
        const auto N = [](const char16_t* ja, const char* en) {
            return LocalizedText {QString::fromUtf16(ja), latin(en)};
        };
        add(QStringLiteral("F-HQ"), N(u"本庁舎", "Main building"), T::Facility, Tier::None);
        add(QStringLiteral("F-SR"), N(u"サーバ室", "Server room"), T::Facility, Tier::None);
        add(QStringLiteral("F-DC"), N(u"外部データセンター", "Outside data centre"), T::Facility, Tier::None);
        add(QStringLiteral("P-GRID"), N(u"受変電設備", "Substation"), T::Facility, Tier::None);
        add(QStringLiteral("P-GEN"), N(u"非常用発電機", "Emergency generator"), T::Device, Tier::None);
        add(QStringLiteral("N-MY-CORE"), N(u"マイナンバー系コアスイッチ", "My Number core switch"), T::Network,
            Tier::MyNumber);
        add(QStringLiteral("N-LG-CORE1"), N(u"LGWAN系コアスイッチ1", "LGWAN core switch 1"), T::Network, Tier::Lgwan);
        add(QStringLiteral("N-LG-CORE2"), N(u"LGWAN系コアスイッチ2", "LGWAN core switch 2"), T::Network, Tier::Lgwan);
        add(QStringLiteral("N-NET-CORE"), N(u"インターネット系コアスイッチ", "Internet core switch"), T::Network,
            Tier::Internet);
        add(QStringLiteral("N-LGWAN"), N(u"LGWAN接続ルータ", "LGWAN access router"), T::Network, Tier::Lgwan);
        add(QStringLiteral("N-INET-FW"), N(u"インターネット接続ファイアウォール", "Internet firewall"), T::Network,
            Tier::Internet);
        add(QStringLiteral("G-MY-LG"), N(u"分離・無害化装置", "Separation gateway"), T::Device, Tier::Lgwan, true);
        add(QStringLiteral("G-LG-NET"), N(u"画面転送・ファイル無害化装置", "Screen transfer and sanitizer"), T::Device,
            Tier::Lgwan, true);
        add(QStringLiteral("SYS-AD"), N(u"認証基盤", "Directory service"), T::System, Tier::Lgwan);
        add(QStringLiteral("SV-AD"), N(u"認証サーバ", "Directory server"), T::Device, Tier::Lgwan);
        add(QStringLiteral("SYS-ENTRY"), N(u"入退室管理システム", "Entry control"), T::System, Tier::Lgwan);
        add(QStringLiteral("SV-ENTRY"), N(u"入退室管理サーバ", "Entry control server"), T::Device, Tier::Lgwan);
        m_model.assets[0].description = QStringLiteral("本庁舎・議会棟を含む");
        m_model.assets[13].impact = {std::nullopt, 4.0, 5.0};
        m_switches[0].append(QStringLiteral("N-MY-CORE"));
        m_switches[1].append({QStringLiteral("N-LG-CORE1"), QStringLiteral("N-LG-CORE2")});
        m_switches[2].append(QStringLiteral("N-NET-CORE"));
        m_servers[1].append({QStringLiteral("SV-AD"), QStringLiteral("SV-ENTRY")});
        m_ups.append(QStringLiteral("P-GEN"));

        using K = DependencyKind;
        const auto S = [](const char* s) { return latin(s); };
        depend(S("F-SR"), S("F-HQ"), K::LocatedIn);
        depend(S("F-SR"), S("P-GEN"), K::PoweredBy);
        depend(S("F-HQ"), S("P-GRID"), K::PoweredBy);
        depend(S("P-GEN"), S("F-HQ"), K::LocatedIn, weights(0, 0, 1));
        depend(S("N-MY-CORE"), S("G-MY-LG"), K::ConnectsVia);
        depend(S("N-LG-CORE1"), S("G-MY-LG"), K::ConnectsVia);
        depend(S("N-LG-CORE1"), S("N-LG-CORE2"), K::ConnectsVia); // redundant pair: a cycle
        depend(S("N-LG-CORE2"), S("N-LG-CORE1"), K::ConnectsVia);
        depend(S("N-LG-CORE2"), S("G-LG-NET"), K::ConnectsVia);
        depend(S("N-NET-CORE"), S("G-LG-NET"), K::ConnectsVia);
        depend(S("N-LG-CORE1"), S("N-LGWAN"), K::ConnectsVia);
        depend(S("N-NET-CORE"), S("N-INET-FW"), K::ConnectsVia);
        for (const char* a : {"N-MY-CORE", "N-LG-CORE1", "N-LG-CORE2", "N-NET-CORE", "G-MY-LG", "G-LG-NET", "SV-AD",
                 "SV-ENTRY", "N-LGWAN", "N-INET-FW"}) {
            depend(S(a), S("F-SR"), K::LocatedIn);
            depend(S(a), S("P-GEN"), K::PoweredBy);
        }
        // The directory service runs on its server, which needs the directory to log on: a cycle.
        depend(S("SYS-AD"), S("SV-AD"), K::RunsOn);
        depend(S("SV-AD"), S("SYS-AD"), K::Other, weights(0.5, 0.5, 0.5));
        depend(S("SV-AD"), S("N-LG-CORE1"), K::ConnectsVia, weights(0.5, 0.5, 1));
        // The server room's entry control runs on a server in the room (RISK-MODEL.md 7's cycle).
        depend(S("SYS-ENTRY"), S("SV-ENTRY"), K::RunsOn);
        depend(S("F-SR"), S("SYS-ENTRY"), K::Other, weights(0, 0, 0.5));
        depend(S("SV-ENTRY"), S("N-LG-CORE2"), K::ConnectsVia);
    }

    /// How many assets of each kind the scalable part adds: shares of what the core left, with minimums.
    struct ScalableCounts {
        int branches, ups, switches, servers, systems, clouds, information, media, documents, terminals;
    };
    ScalableCounts scalableCounts() const
    {
        const int rest = m_target - int(m_model.assets.size());
        const auto share = [rest](double f, int minimum) { return std::max(minimum, int(rest * f)); };
        ScalableCounts n {share(0.02, 1), share(0.02, 1), share(0.04, 3), share(0.08, 2), share(0.08, 3),
            share(0.02, 1), share(0.18, 1), share(0.05, 1), share(0.10, 1), 0};
        n.terminals = rest
            - (n.branches + n.ups + n.switches + n.servers + n.systems + n.clouds + n.information + n.media
                + n.documents);
        Q_ASSERT(n.terminals >= 0); // kMinimumAssets leaves room for every minimum
        return n;
    }

    void scalable()
    {
        const ScalableCounts n = scalableCounts();
        addBranches(n.branches);
        addUps(n.ups);
        addSwitches(n.switches);
        addServers(n.servers);
        addClouds(n.clouds);
        addSystems(n.systems);
        // Media and documents first, so that information can be stored on them.
        addMedia(n.media);
        addDocuments(n.documents);
        addInformation(n.information);
        addTerminals(n.terminals);
    }

    void addBranches(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const QString id = number("F-BR", i);
            add(id, {QStringLiteral("出張所 %1").arg(i + 1), {}}, T::Facility, Tier::None);
            m_branches.append(id);
            depend(id, QStringLiteral("P-GRID"), K::PoweredBy);
        }
    }

    void addUps(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const QString id = number("P-UPS", i);
            add(id, {QStringLiteral("無停電電源装置 %1").arg(i + 1), QStringLiteral("UPS %1").arg(i + 1)}, T::Device,
                Tier::None);
            m_ups.append(id);
            depend(id, m_rng.chance(0.7) ? QStringLiteral("F-SR") : facility(), K::LocatedIn, weights(0, 0, 1));
            depend(id, QStringLiteral("P-GRID"), K::PoweredBy);
        }
    }

    void addSwitches(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const Tier tier = i < 3 ? Tier(i) : tierOf(20, 60, 20);
            const QString id = number("N-SW", i);
            add(id, {QStringLiteral("フロアスイッチ %1").arg(i + 1), QStringLiteral("Floor switch %1").arg(i + 1)},
                T::Network, tier);
            const QString core = tier == Tier::MyNumber ? QStringLiteral("N-MY-CORE")
                : tier == Tier::Internet                ? QStringLiteral("N-NET-CORE")
                : m_rng.chance(0.5)                     ? QStringLiteral("N-LG-CORE1")
                                                        : QStringLiteral("N-LG-CORE2");
            depend(id, core, K::ConnectsVia);
            if (tier == Tier::Lgwan && m_rng.chance(0.3)) // dual-homed: equal-length paths for the tie-break
                depend(id,
                    core == QStringLiteral("N-LG-CORE1") ? QStringLiteral("N-LG-CORE2") : QStringLiteral("N-LG-CORE1"),
                    K::ConnectsVia);
            depend(id, facility(), K::LocatedIn);
            depend(id, m_rng.pick(m_ups), K::PoweredBy);
            m_switches[std::size_t(tier)].append(id);
        }
    }

    void addServers(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const Tier tier = i < 3 ? Tier(i) : tierOf(25, 55, 20);
            const QString id = number("SV-", i);
            add(id, {QStringLiteral("サーバ %1").arg(i + 1), QStringLiteral("Server %1").arg(i + 1)}, T::Device, tier);
            depend(id, m_rng.chance(0.7) ? QStringLiteral("F-SR") : QStringLiteral("F-DC"), K::LocatedIn);
            depend(id, sameTier(&WardBuilder::switchesOf, tier), K::ConnectsVia,
                m_rng.chance(0.3) ? weights(0.5, 0.5, 1) : PerDimension<double> {});
            depend(id, m_rng.pick(m_ups), K::PoweredBy);
            if (tier == Tier::Lgwan && m_rng.chance(0.3))
                depend(id, QStringLiteral("SYS-AD"), K::Other, weights(0.2, 0.2, 0.6));
            m_servers[std::size_t(tier)].append(id);
        }
    }

    void addClouds(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const Tier tier = m_rng.chance(0.7) ? Tier::Internet : Tier::Lgwan;
            const QString id = number("CL-", i);
            add(id, {QStringLiteral("クラウドサービス %1").arg(i + 1), QStringLiteral("Cloud service %1").arg(i + 1)},
                T::CloudService, tier);
            depend(id, tier == Tier::Internet ? QStringLiteral("N-INET-FW") : QStringLiteral("N-LGWAN"), K::ConnectsVia,
                weights(0.3, 0.3, 1));
            m_clouds.append(id);
        }
    }

    void addSystems(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const Tier tier = i < 3 ? Tier(i) : tierOf(25, 55, 20);
            const Names& n = kSystems[std::size_t(i) % std::size(kSystems)];
            const QString id = number("SYS-", i);
            const int at = add(id, {QString::fromUtf16(n.ja) + QStringLiteral("システム %1").arg(i + 1), latin(n.en)},
                T::System, tier);
            if (m_rng.chance(0.5))
                m_model.assets[at].impact[2] = double(3 + m_rng.below(3));
            if (m_rng.chance(0.2))
                m_model.assets[at].impact[0] = double(2 + m_rng.below(4));
            if (m_rng.chance(0.15))
                m_model.assets[at].classification[1] = QStringLiteral("2");
            depend(id, sameTier(&WardBuilder::serversOf, tier), K::RunsOn);
            if (m_rng.chance(0.2))
                depend(id, sameTier(&WardBuilder::serversOf, tier), K::RunsOn);
            if (tier != Tier::MyNumber && m_rng.chance(0.3))
                depend(id, m_rng.pick(m_clouds), K::SuppliedBy, weights(std::nullopt, std::nullopt, 0.8));
            if (tier == Tier::Lgwan && m_rng.chance(0.4))
                depend(id, QStringLiteral("SYS-AD"), K::Other, weights(0.3, 0.3, 0.8));
            m_systems[std::size_t(tier)].append(id);
        }
    }

    void addMedia(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const QString id = number("MED-", i);
            add(id, {QStringLiteral("バックアップ媒体 %1").arg(i + 1), QStringLiteral("Backup medium %1").arg(i + 1)},
                T::Media, m_rng.chance(0.3) ? Tier::MyNumber : Tier::None);
            depend(id, m_rng.chance(0.5) ? QStringLiteral("F-SR") : facility(), K::LocatedIn);
            m_media.append(id);
        }
    }

    void addDocuments(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const QString id = number("DOC-", i);
            add(id, {QStringLiteral("紙文書 %1").arg(i + 1), {}}, T::Document, Tier::None);
            depend(id, facility(), K::LocatedIn, weights(1, 0.5, 0.5));
            m_documents.append(id);
        }
    }

    void addInformation(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        const QList<ImpactLevel>& cLevels = m_model.settings.impactTable[0];
        for (int i = 0; i < count; ++i) {
            const Tier tier = tierOf(35, 50, 15);
            const Names& n = kInformation[std::size_t(i) % std::size(kInformation)];
            const QString id = number("INF-", i);
            const int at = add(
                id, {QString::fromUtf16(n.ja) + QStringLiteral(" %1").arg(i + 1), latin(n.en)}, T::Information, tier);
            Asset& a = m_model.assets[at];
            if (m_rng.chance(0.9))
                a.classification[0] = cLevels[m_rng.below(int(cLevels.size()))].level;
            if (m_rng.chance(0.9))
                a.classification[1] = QString::number(1 + m_rng.below(2));
            if (m_rng.chance(0.9))
                a.classification[2] = QString::number(1 + m_rng.below(2));
            if (m_rng.chance(0.1))
                a.impact[0] = 5;
            if (m_rng.chance(0.05))
                a.description = QStringLiteral("特定個人情報を含む");
            depend(id, sameTier(&WardBuilder::systemsOf, tier), K::ProcessedBy,
                m_rng.chance(0.2) ? weights(std::nullopt, std::nullopt, 0.5) : PerDimension<double> {});
            if (m_rng.chance(0.2))
                depend(id, sameTier(&WardBuilder::systemsOf, tier), K::ProcessedBy);
            if (m_rng.chance(0.15))
                depend(id, m_rng.pick(m_media), K::LocatedIn, weights(1, 1, 0.3));
            if (m_rng.chance(0.1))
                depend(id, m_rng.pick(m_documents), K::Other, weights(1, 0.5, 0.2));
            if (m_rng.chance(0.05))
                depend(id, m_rng.pick(m_clouds), K::ProcessedBy);
        }
    }

    void addTerminals(int count)
    {
        using T = AssetType;
        using K = DependencyKind;
        for (int i = 0; i < count; ++i) {
            const Tier tier = tierOf(20, 60, 20);
            const QString id = number("PC-", i);
            add(id, {QStringLiteral("端末 %1").arg(i + 1), QStringLiteral("Terminal %1").arg(i + 1)}, T::Device, tier);
            depend(id, sameTier(&WardBuilder::switchesOf, tier), K::ConnectsVia);
            depend(id, facility(), K::LocatedIn);
            if (m_rng.chance(0.05))
                depend(id, m_rng.pick(m_ups), K::PoweredBy);
            m_terminals[std::size_t(tier)].append(id);
        }
    }

    /// Devices wired to a switch of another tier: the findings a real inspection turns up.
    void misconnections()
    {
        const int count = 1 + m_target / 500;
        for (int i = 0; i < count; ++i) {
            const int kind = i == 0 ? int(m_seed % 3) : m_rng.below(3);
            const Tier from = kind == 1 ? Tier::Lgwan : Tier::MyNumber;
            const Tier to = kind == 2 ? Tier::Lgwan : Tier::Internet;
            const QList<QString>& devices = m_terminals[std::size_t(from)].isEmpty() ? m_servers[std::size_t(from)]
                                                                                     : m_terminals[std::size_t(from)];
            if (devices.isEmpty() || m_switches[std::size_t(to)].isEmpty())
                continue;
            const QString device = m_rng.pick(devices);
            const QString sw = m_rng.pick(m_switches[std::size_t(to)]);
            if (depend(device, sw, DependencyKind::ConnectsVia))
                m_misconnections.append({device, sw, DependencyKind::ConnectsVia, {}});
        }
    }

    /// Systems that run on a server of another tier (3.8's tier-hosting findings): a virtualization
    /// host shared across the separation, one per thousand assets and at least one.
    void crossTierHosting()
    {
        const int count = 1 + m_target / 1000;
        for (int i = 0; i < count; ++i) {
            const Tier tier = Tier(m_rng.below(3));
            const Tier host = Tier((int(tier) + 1 + m_rng.below(2)) % 3);
            if (m_systems[std::size_t(tier)].isEmpty() || m_servers[std::size_t(host)].isEmpty())
                continue;
            depend(m_rng.pick(m_systems[std::size_t(tier)]), m_rng.pick(m_servers[std::size_t(host)]),
                DependencyKind::RunsOn);
        }
    }

    /// A self-inspection's results applied: a fifth of the controls carried out unevenly, with one to
    /// three departments' own statuses (3.4), some on controls others require.
    void unitStatuses()
    {
        static const ControlStatus statuses[]
            = {ControlStatus::Implemented, ControlStatus::Partial, ControlStatus::Planned, ControlStatus::None};
        for (Control& k : m_model.controls) {
            const bool required = k.id == QLatin1StringView("K1-01") || k.id == QLatin1StringView("K6-01");
            if (!required && !m_rng.chance(0.2))
                continue;
            for (int n = 1 + m_rng.below(3); n > 0; --n)
                k.statusByUnit.insert(owner(), statuses[m_rng.weighted({30, 40, 10, 20})]);
        }
    }

    /// Statuses, effectiveness, scopes and mitigation forms as a ward that is part way through.
    void catalogueVariety()
    {
        static const ControlStatus statuses[]
            = {ControlStatus::Implemented, ControlStatus::Partial, ControlStatus::Planned, ControlStatus::None};
        for (Control& k : m_model.controls) {
            k.status = statuses[m_rng.weighted({40, 25, 15, 20})];
            if (m_rng.chance(0.1))
                k.effectiveness.reset();
            for (Mitigation& m : k.mitigates) {
                if (m_rng.chance(0.15))
                    m.reduction.reset();
            }
        }
        for (Threat& t : m_model.threats) {
            if (t.id == QLatin1StringView("T2-10"))
                t.likelihood.reset(); // the default 3
            if (t.id == QLatin1StringView("T5-01"))
                t.appliesTo = {}; // every asset
        }
        // A control scoped to a list of assets: the My Number systems and information it was bought for.
        QList<QString> listed;
        for (const QString& id : m_byTier[std::size_t(Tier::MyNumber)]) {
            if ((id.startsWith(QStringLiteral("SYS-")) || id.startsWith(QStringLiteral("INF-"))) && m_rng.chance(0.5))
                listed.append(id);
            if (listed.size() >= 20)
                break;
        }
        for (Control& k : m_model.controls) {
            if (k.id == QLatin1StringView("K3-02") && !listed.isEmpty()) {
                k.scope.mode = ControlScope::Mode::Assets;
                k.scope.assets = listed;
                m_scoped = listed;
            }
        }
        // A threat entry and a category entry of one control meeting on the same threat.
        Control extra;
        extra.id = QStringLiteral("K6-90");
        extra.group = 6;
        extra.name = {QStringLiteral("不正ログイン検知"), QStringLiteral("Suspicious log-on detection")};
        extra.status = ControlStatus::Implemented;
        extra.effectiveness = 0.4;
        extra.mitigates = {{QStringLiteral("T1-03"), std::nullopt, 0.5}, {{}, 1, 0.1}};
        extra.scope.mode = ControlScope::Mode::Filter;
        extra.scope.filter.tiers = {Tier::Lgwan};
        extra.requires_ = {QStringLiteral("K6-01")};
        extra.cost = {800000, 120000};
        extra.owner = QStringLiteral("DEP-ICT");
        extra.source = QStringLiteral("policy §9");
        m_model.controls.append(extra);
    }

    std::pair<QString, QString> randomPair() { return {m_rng.pick(m_model.assets).id, m_rng.pick(m_model.threats).id}; }

    void exposures()
    {
        const int count = std::max(5, m_target / 25);
        QSet<QString> seen;
        for (int i = 0; i < count; ++i) {
            const auto [asset, threat] = randomPair();
            const QString key = joinKey({asset, threat});
            if (seen.contains(key))
                continue;
            seen.insert(key);
            Exposure e {asset, threat, std::nullopt, false, {}};
            switch (m_rng.weighted({40, 30, 30})) {
            case 0:
                e.likelihood = double(1 + m_rng.below(5));
                break;
            case 1:
                e.excluded = true;
                break;
            default:
                break;
            }
            if (m_rng.chance(0.2))
                e.note = QStringLiteral("現地調査による");
            m_model.exposures.append(e);
        }
    }

    void responses()
    {
        const int count = std::max(5, m_target / 40);
        QSet<QString> seen;
        static const ResponseKind kinds[]
            = {ResponseKind::Accept, ResponseKind::Mitigate, ResponseKind::Transfer, ResponseKind::Avoid};
        for (int i = 0; i < count; ++i) {
            const auto [asset, threat] = randomPair();
            const QString key = joinKey({asset, threat});
            if (seen.contains(key))
                continue;
            seen.insert(key);
            Response r {asset, threat, kinds[m_rng.below(4)], {}, {}, {}};
            if (m_rng.chance(0.7))
                r.rationale = QStringLiteral("情報セキュリティ委員会で決定");
            if (m_rng.chance(0.5)) {
                r.decidedBy = QStringLiteral("CISO");
                r.decidedOn = QDate(2025, 4, 1).addDays(m_rng.below(300));
            }
            m_model.responses.append(r);
        }
    }

    void plan()
    {
        static const ActionStatus statuses[] = {ActionStatus::Done, ActionStatus::InProgress, ActionStatus::NotStarted};
        for (int i = 0; i < 10; ++i) {
            PlanAction p;
            p.id = QStringLiteral("P-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            const int controls = 1 + m_rng.below(3);
            for (int c = 0; c < controls; ++c) {
                const QString k = m_rng.pick(m_model.controls).id;
                if (!p.controls.contains(k))
                    p.controls.append(k);
            }
            p.title = i % 2 ? LocalizedText {QStringLiteral("%1 の導入").arg(p.controls.first()), {}}
                            : LocalizedText {QStringLiteral("%1 の導入").arg(p.controls.first()),
                                QStringLiteral("Introduce %1").arg(p.controls.first())};
            p.owner = owner();
            if (m_rng.chance(0.6))
                p.assignee = QStringLiteral("担当者 %1").arg(i + 1);
            p.start = QDate(2026, 4, 1).addDays(m_rng.below(180));
            p.due = p.start.addDays(30 + m_rng.below(335));
            p.status = statuses[m_rng.weighted({2, 3, 5})];
            if (p.status == ActionStatus::InProgress)
                p.progress = 10 * (1 + m_rng.below(9));
            p.cost = {double(100000 * m_rng.below(200)), double(10000 * m_rng.below(100))};
            for (int r = m_rng.below(3); r > 0; --r) {
                const auto [asset, threat] = randomPair();
                p.risks.append({asset, threat});
            }
            m_model.actions.append(p);
        }
    }

    static ScenarioChange set(ScenarioChange::Entity e, const QString& id, const char* field, const QJsonValue& v)
    {
        ScenarioChange c;
        c.op = ScenarioChange::Op::Set;
        c.entity = e;
        c.id = id;
        c.field = latin(field);
        c.value = v;
        return c;
    }
    static ScenarioChange addition(ScenarioChange::Entity e, const QJsonObject& value)
    {
        ScenarioChange c;
        c.op = ScenarioChange::Op::Add;
        c.entity = e;
        c.value = value;
        return c;
    }
    static ScenarioChange removal(ScenarioChange::Entity e, const QString& id)
    {
        ScenarioChange c;
        c.op = ScenarioChange::Op::Remove;
        c.entity = e;
        c.id = id;
        return c;
    }

    /// A `remove` change for the exposure or response of (asset, threat).
    static ScenarioChange pairRemoval(ScenarioChange::Entity e, const QString& asset, const QString& threat)
    {
        ScenarioChange c;
        c.op = ScenarioChange::Op::Remove;
        c.entity = e;
        c.asset = asset;
        c.threat = threat;
        return c;
    }
    static ScenarioChange settingChange(const char* field, const QJsonValue& v)
    {
        return set(ScenarioChange::Entity::Setting, {}, field, v);
    }

    void scenarios() { m_model.scenarios = {mfaScenario(), repairScenario(), cutsScenario(), powerScenario()}; }

    static Scenario mfaScenario()
    {
        using E = ScenarioChange::Entity;
        Scenario mfa {
            QStringLiteral("S-01"), {QStringLiteral("多要素認証の導入"), QStringLiteral("Introduce MFA")}, {}, {}, {}};
        mfa.description = QStringLiteral("K6-01 を全庁で実施");
        mfa.changes = {set(E::Control, QStringLiteral("K6-01"), "status", QStringLiteral("implemented")),
            set(E::Control, QStringLiteral("K6-02"), "effectiveness", 0.8),
            set(E::Control, QStringLiteral("K6-12"), "status", QStringLiteral("partial")),
            // The inspection of 区民課 applied: replaces K6-01's statuses by unit (RISK-MODEL.md 5).
            set(E::Control, QStringLiteral("K6-01"), "status_by_unit",
                QJsonObject {{QStringLiteral("DEP-KUMIN"), QStringLiteral("partial")}})};
        return mfa;
    }

    /// Chained on S-01: repair the three-tier separation and raise a system's impact.
    Scenario repairScenario() const
    {
        using E = ScenarioChange::Entity;
        Scenario repair {QStringLiteral("S-02"), LocalizedText::plain(QStringLiteral("三層分離の是正")), {},
            QStringLiteral("S-01"), {}};
        if (!m_misconnections.isEmpty()) { // one of them: the others stay as findings
            const Dependency& d = m_misconnections.first();
            ScenarioChange c;
            c.op = ScenarioChange::Op::Remove;
            c.entity = E::Dependency;
            c.from = d.from;
            c.to = d.to;
            c.kind = toKey(d.kind);
            repair.changes.append(c);
        }
        Asset gateway;
        gateway.id = QStringLiteral("G-NEW");
        gateway.name = {QStringLiteral("追加無害化装置"), QStringLiteral("Additional sanitizer")};
        gateway.type = AssetType::Device;
        gateway.tier = Tier::Lgwan;
        gateway.gateway = true;
        gateway.owner = QStringLiteral("DEP-ICT");
        repair.changes.append(addition(E::Asset, JsonCodec::toJson(gateway)));
        repair.changes.append(addition(E::Dependency,
            JsonCodec::toJson(
                Dependency {QStringLiteral("G-NEW"), QStringLiteral("F-SR"), DependencyKind::LocatedIn, {}})));
        repair.changes.append(addition(E::Dependency,
            JsonCodec::toJson(
                Dependency {QStringLiteral("N-LG-CORE2"), QStringLiteral("G-NEW"), DependencyKind::ConnectsVia, {}})));
        const QString system = m_systems[1].isEmpty() ? QStringLiteral("SYS-AD") : m_systems[1].first();
        repair.changes.append(set(E::Asset, system, "impact",
            QJsonObject {{QStringLiteral("C"), 5}, {QStringLiteral("I"), 5}, {QStringLiteral("A"), 5}}));
        repair.changes.append(settingChange("appetite", m_model.settings.appetite + 2));
        return repair;
    }

    static Threat contractorWithdrawal()
    {
        Threat added;
        added.id = QStringLiteral("T9-01");
        added.category = 2;
        added.name = {QStringLiteral("委託先の撤退"), QStringLiteral("Contractor withdrawal")};
        added.likelihood = 2;
        added.dimensions.insert(Dimension::A);
        added.appliesTo.types = {AssetType::System, AssetType::CloudService};
        return added;
    }
    static Control multipleContractors()
    {
        Control control;
        control.id = QStringLiteral("K9-90");
        control.group = 8;
        control.name = LocalizedText::plain(QStringLiteral("複数委託先の確保"));
        control.status = ControlStatus::Partial;
        control.effectiveness = 0.6;
        control.mitigates = {{QStringLiteral("T9-01"), std::nullopt, std::nullopt}, {{}, 2, 0.05}};
        control.scope.mode = ControlScope::Mode::Filter;
        control.scope.filter.tiers = {Tier::Lgwan, Tier::Internet};
        return control;
    }

    /// On the baseline: cuts that remove things and add others, every remaining op.
    Scenario cutsScenario() const
    {
        using E = ScenarioChange::Entity;
        Scenario cuts {QStringLiteral("S-03"), {QStringLiteral("予算削減"), QStringLiteral("Budget cuts")}, {}, {}, {}};
        const QString removedAsset = !m_scoped.isEmpty() ? m_scoped.first() : m_model.assets.last().id;
        cuts.changes.append(removal(E::Asset, removedAsset));
        cuts.changes.append(removal(E::Threat, QStringLiteral("T5-04")));
        cuts.changes.append(removal(E::Control, QStringLiteral("K1-01"))); // required by others
        cuts.changes.append(addition(E::Threat, JsonCodec::toJson(contractorWithdrawal())));
        cuts.changes.append(addition(E::Control, JsonCodec::toJson(multipleContractors())));
        // Exposures and responses: remove one that survives the removals above, add a new one.
        const auto survives
            = [&](const auto& item) { return item.asset != removedAsset && item.threat != QLatin1StringView("T5-04"); };
        const auto exposure = std::find_if(m_model.exposures.cbegin(), m_model.exposures.cend(), survives);
        if (exposure != m_model.exposures.cend())
            cuts.changes.append(pairRemoval(E::Exposure, exposure->asset, exposure->threat));
        const auto response = std::find_if(m_model.responses.cbegin(), m_model.responses.cend(), survives);
        if (response != m_model.responses.cend())
            cuts.changes.append(pairRemoval(E::Response, response->asset, response->threat));
        const QString anySystem = m_systems[2].isEmpty() ? QStringLiteral("SYS-ENTRY") : m_systems[2].first();
        cuts.changes.append(
            addition(E::Exposure, JsonCodec::toJson(Exposure {anySystem, QStringLiteral("T9-01"), 4.0, false, {}})));
        cuts.changes.append(addition(E::Response,
            JsonCodec::toJson(Response {
                anySystem, QStringLiteral("T9-01"), ResponseKind::Transfer, QStringLiteral("保険で移転"), {}, {}})));
        cuts.changes.append(set(E::Threat, QStringLiteral("T1-01"), "likelihood", 4));
        cuts.changes.append(set(E::Control, QStringLiteral("K6-03"), "scope",
            QJsonObject {{QStringLiteral("tiers"), QJsonArray {QStringLiteral("lgwan")}}}));
        if (!m_terminals[1].isEmpty())
            cuts.changes.append(set(E::Asset, m_terminals[1].first(), "tier", QStringLiteral("internet")));
        cuts.changes.append(settingChange("bands",
            QJsonArray {QJsonArray {5, QStringLiteral("low")}, QJsonArray {12, QStringLiteral("medium")},
                QJsonArray {25, QStringLiteral("high")}}));
        return cuts;
    }

    /// Three levels deep: S-04 on S-02 on S-01.
    static Scenario powerScenario()
    {
        using E = ScenarioChange::Entity;
        Scenario power {QStringLiteral("S-04"), {QStringLiteral("停電対策"), QStringLiteral("Power outage measures")},
            {}, QStringLiteral("S-02"), {}};
        power.changes = {set(E::Control, QStringLiteral("K4-03"), "status", QStringLiteral("implemented")),
            set(E::Control, QStringLiteral("K7-04"), "status", QStringLiteral("partial"))};
        ScenarioChange unplug;
        unplug.op = ScenarioChange::Op::Remove;
        unplug.entity = E::Dependency;
        unplug.from = QStringLiteral("F-SR");
        unplug.to = QStringLiteral("P-GEN");
        unplug.kind = QStringLiteral("powered_by");
        power.changes.append(unplug);
        return power;
    }

    // ---- service continuity (RISK-MODEL.md 10) ----

    /// Outages, continuity targets and redundancy, drawn last and from a stream of their own: every
    /// asset, dependency, status and scenario drawn before is what it was before continuity existed.
    void continuity()
    {
        Random rng(m_seed ^ 0x636F6E74696E7569ULL); // "continui"
        outages(rng);
        services(rng);
        redundantPower(rng);
        coreSwitchPairs();
        hostClusters(rng);
    }

    /// Disasters (§3(3)) and failures of supplied services (§3(4)): 0.005 to 0.05 events a year on
    /// each exposed asset, one event lasting 1 to 4 hours at its 5th percentile and 1 to 7 days at its
    /// 95th. Calibrated as the sample ward was: with the first draft's ten times higher rates every
    /// asset of a generated ward stopped in 999 years of 1,000, for 12 days a year; now about eight
    /// assets in ten stop in a year, for about 29 hours, which is still more than a ward's records
    /// show (the sample's 住民記録: 60 % of years, 14 hours). Benchmarks can scale the rates.
    void outages(Random& rng)
    {
        for (Threat& t : m_model.threats) {
            if (t.category != 3 && t.category != 4)
                continue;
            t.outage = Outage {(1 + rng.below(10)) / 200.0, double(1 + rng.below(4)), 24.0 * (1 + rng.below(7))};
        }
    }

    /// Business systems and cloud services as services: most with a recovery target of 4 to 72 hours and
    /// a loss of 10,000 to 2,000,000 yen an hour; some with one of them, or none yet.
    void services(Random& rng)
    {
        static const double targets[] = {4, 8, 12, 24, 48, 72};
        for (Asset& a : m_model.assets) {
            if ((a.type != AssetType::System && a.type != AssetType::CloudService) || !rng.chance(0.6))
                continue;
            Continuity c {targets[rng.below(int(std::size(targets)))], 10000.0 * (1 + rng.below(200))};
            switch (rng.weighted({80, 10, 5, 5})) {
            case 1:
                c.lossPerHour.reset();
                break;
            case 2:
                c.rtoHours.reset();
                break;
            case 3:
                c = {};
                break;
            default:
                break;
            }
            a.continuity = c;
        }
    }

    /// The dependencies of `from` of kind `kind`, by position.
    QList<qsizetype> dependenciesOf(const QString& from, DependencyKind kind) const
    {
        QList<qsizetype> out;
        const auto it = m_dependenciesFrom.constFind(from);
        if (it == m_dependenciesFrom.cend())
            return out;
        for (const qsizetype i : *it) {
            if (m_model.dependencies[i].kind == kind)
                out.append(i);
        }
        return out;
    }

    void indexDependencies()
    {
        m_dependenciesFrom.clear();
        for (qsizetype i = 0; i < m_model.dependencies.size(); ++i)
            m_dependenciesFrom[m_model.dependencies[i].from].append(i);
    }

    Asset& assetById(const QString& id)
    {
        if (m_assetAt.isEmpty()) {
            for (qsizetype i = 0; i < m_model.assets.size(); ++i)
                m_assetAt.insert(m_model.assets[i].id, i);
        }
        return m_model.assets[m_assetAt.value(id)];
    }

    /// A third of the servers on a second UPS: the two in group 電源, either one enough (need 1, given
    /// on every other server and left as the default on the rest).
    void redundantPower(Random& rng)
    {
        indexDependencies();
        int n = 0;
        for (int t = 0; t < 3; ++t) {
            for (const QString& server : m_servers[std::size_t(t)]) {
                if (m_ups.size() < 2 || !rng.chance(0.33))
                    continue;
                const QList<qsizetype> power = dependenciesOf(server, DependencyKind::PoweredBy);
                if (power.size() != 1)
                    continue;
                const QString first = m_model.dependencies[power.first()].to;
                QString second = rng.pick(m_ups);
                if (second == first)
                    second = m_ups[(m_ups.indexOf(first) + 1) % m_ups.size()];
                if (!depend(server, second, DependencyKind::PoweredBy))
                    continue;
                const QString group = QStringLiteral("電源");
                m_model.dependencies[power.first()].group = group;
                m_model.dependencies.last().group = group;
                if (n++ % 2 == 0)
                    assetById(server).need.insert(group, 1);
            }
        }
    }

    /// The LGWAN switches wired to both core switches: either core is enough.
    void coreSwitchPairs()
    {
        for (const QString& sw : m_switches[std::size_t(Tier::Lgwan)]) {
            QList<qsizetype> cores;
            for (const qsizetype i : dependenciesOf(sw, DependencyKind::ConnectsVia)) {
                if (m_model.dependencies[i].to.startsWith(QStringLiteral("N-LG-CORE")))
                    cores.append(i);
            }
            if (cores.size() != 2)
                continue;
            for (const qsizetype i : cores)
                m_model.dependencies[i].group = QStringLiteral("core");
        }
    }

    /// Systems that run on two servers of their tier: half of them a pair where either host is enough,
    /// the other half a cluster of three that needs two.
    void hostClusters(Random& rng)
    {
        indexDependencies();
        for (int t = 0; t < 3; ++t) {
            const QList<QString>& servers = m_servers[std::size_t(t)];
            for (const QString& system : m_systems[std::size_t(t)]) {
                const QList<qsizetype> hosts = dependenciesOf(system, DependencyKind::RunsOn);
                if (hosts.size() != 2 || !rng.chance(0.8))
                    continue;
                QString third;
                if (servers.size() > 2 && rng.chance(0.5)) { // a random server of the tier, not one of the two
                    const qsizetype start = rng.below(int(servers.size()));
                    for (qsizetype k = 0; k < servers.size() && third.isEmpty(); ++k) {
                        const QString& s = servers[(start + k) % servers.size()];
                        if (s != m_model.dependencies[hosts[0]].to && s != m_model.dependencies[hosts[1]].to)
                            third = s;
                    }
                }
                const QString group = third.isEmpty() ? QStringLiteral("hosts") : QStringLiteral("cluster");
                for (const qsizetype i : hosts)
                    m_model.dependencies[i].group = group;
                Asset& a = assetById(system);
                if (!third.isEmpty() && depend(system, third, DependencyKind::RunsOn)) {
                    m_model.dependencies.last().group = group;
                    a.need.insert(group, 2);
                } else {
                    a.need.insert(group, 1);
                }
            }
        }
    }

    Model m_model;
    Random m_rng;
    quint64 m_seed;
    int m_target;
    int m_width = 4;
    QSet<QString> m_dependencyKeys; // looked up only, never iterated (its order varies between runs)
    std::array<QList<QString>, 4> m_byTier;
    std::array<QList<QString>, 3> m_switches, m_servers, m_systems, m_terminals;
    QList<QString> m_ups, m_branches, m_clouds, m_media, m_documents, m_scoped;
    QList<Dependency> m_misconnections;
    QHash<QString, QList<qsizetype>> m_dependenciesFrom; // asset → its dependencies' positions
    QHash<QString, qsizetype> m_assetAt; // asset → its position, for the continuity step
};

} // namespace

Model generateWard(int assets, quint64 seed)
{
    return WardBuilder(std::clamp(assets, kMinimumAssets, kMaximumAssets), seed).build();
}

QList<PlanAction> randomActions(const Model& model, int count, quint64 seed)
{
    Random rng(seed);
    QList<PlanAction> actions;
    for (int i = 0; i < count && !model.controls.isEmpty(); ++i) {
        PlanAction a;
        a.id = QStringLiteral("R-%1").arg(i, 2, 10, QLatin1Char('0'));
        a.title = {QStringLiteral("対応 %1").arg(i), QStringLiteral("Action %1").arg(i)};
        for (int c = 1 + rng.below(3); c > 0; --c) {
            const QString k = rng.pick(model.controls).id;
            if (!a.controls.contains(k))
                a.controls.append(k);
        }
        a.start = QDate(2026, 4, 1);
        a.due = a.start.addDays(rng.below(365));
        a.cost = {500000.0 * rng.below(13), 100000.0 * rng.below(10)};
        actions.append(a);
    }
    return actions;
}

QJsonObject toVariedJson(const Model& model)
{
    QJsonObject root = JsonFormat::toJson(model);
    // A mitigation without a reduction as a bare threat id, every other one.
    QJsonArray controls = root.value(QStringLiteral("controls")).toArray();
    int bare = 0;
    for (qsizetype i = 0; i < controls.size(); ++i) {
        QJsonObject k = controls[i].toObject();
        QJsonArray mitigates = k.value(QStringLiteral("mitigates")).toArray();
        for (qsizetype j = 0; j < mitigates.size(); ++j) {
            const QJsonObject m = mitigates[j].toObject();
            if (m.size() == 1 && m.contains(QStringLiteral("threat")) && bare++ % 2 == 0)
                mitigates[j] = m.value(QStringLiteral("threat"));
        }
        k.insert(QStringLiteral("mitigates"), mitigates);
        controls[i] = k;
    }
    root.insert(QStringLiteral("controls"), controls);
    // A numeric classification level as a JSON number, every third asset that has one.
    QJsonArray assets = root.value(QStringLiteral("assets")).toArray();
    int numeric = 0;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        QJsonObject a = assets[i].toObject();
        if (!a.contains(QStringLiteral("classification")))
            continue;
        QJsonObject c = a.value(QStringLiteral("classification")).toObject();
        bool changed = false;
        for (auto it = c.begin(); it != c.end(); ++it) {
            bool isNumber = false;
            const int level = it.value().toString().toInt(&isNumber);
            if (isNumber && numeric++ % 3 == 0) {
                it.value() = level;
                changed = true;
            }
        }
        if (changed) {
            a.insert(QStringLiteral("classification"), c);
            assets[i] = a;
        }
    }
    root.insert(QStringLiteral("assets"), assets);
    return root;
}

} // namespace mamori::Generator
