#include "SheetColumns.h"

#include <QRegularExpression>

namespace mamori::sheets {

namespace {

using K = FieldKind;
using V = Vocabulary;

// The headers wards write: the MIC guideline's inventory (管理番号, 情報資産の名称, 所管課, 機密性
// under 評価値 or 重要度), IPA's risk analysis sheet, the plan registers of §8, and English sheets.
const QList<FieldSpec>& orgUnitFields()
{
    static const QList<FieldSpec> f = {
        {"id", K::Id, "組織ID", "Unit ID", "ID|組織コード|部署コード|コード|unit"},
        {"name", K::Text, "組織名", "Unit name", "名称|部署名|課名|所属名|name"},
        {"name_en", K::Text, "組織名（英語）", "Unit name (English)", "英語名称|英名|english name"},
        {"kind", K::Choice, "組織の種別", "Kind", "種別|区分|kind", V::OrgUnitKind},
        {"parent", K::OrgUnitRef, "上位組織", "Parent", "上位|親組織|所属|parent"},
    };
    return f;
}

const QList<FieldSpec>& assetFields()
{
    static const QList<FieldSpec> f = {
        {"id", K::Id, "管理番号", "Asset ID", "資産番号|ID|番号|No|No.|資産ID|管理No|asset"},
        {"name", K::Text, "情報資産の名称", "Name", "情報資産名称|名称|情報資産名|資産名|資産の名称|name"},
        {"name_en", K::Text, "名称（英語）", "Name (English)", "英語名称|英名|english name"},
        {"type", K::Choice, "情報資産の種類", "Type", "種別|資産種別|種類|資産の種類|asset type", V::AssetType},
        {"tier", K::Choice, "ネットワーク区分", "Tier", "三層区分|系統|ネットワーク|三層|network tier|network",
            V::Tier},
        {"owner", K::OrgUnitRef, "所管課", "Owner", "管理部署|所管|担当課|所管部署|管理課|所属|department|owner unit"},
        {"c", K::Level, "機密性", "Confidentiality", "C|機密性区分|confidentiality level", V::None, 0},
        {"i", K::Level, "完全性", "Integrity", "I|完全性区分|integrity level", V::None, 1},
        {"a", K::Level, "可用性", "Availability", "A|可用性区分|availability level", V::None, 2},
        {"impact_c", K::Score, "影響度（機密性）", "Impact (C)", "影響度C|impact c", V::None, 0},
        {"impact_i", K::Score, "影響度（完全性）", "Impact (I)", "影響度I|impact i", V::None, 1},
        {"impact_a", K::Score, "影響度（可用性）", "Impact (A)", "影響度A|impact a", V::None, 2},
        {"gateway", K::Mark, "分離装置", "Gateway", "無害化・分離装置|無害化|分離点|gateway"},
        {"description", K::Note, "説明", "Description", "概要|内容|説明文|description"},
        // Service continuity (RISK-MODEL.md 10): either one makes the asset a service.
        {"rto_hours", K::Hours, "RTO（時間）", "RTO (hours)",
            "目標復旧時間|目標復旧時間（時間）|RTO|復旧目標時間|recovery time objective|rto hours"},
        {"loss_per_hour", K::Yen, "停止1時間当たり損失（円）", "Loss per hour of outage (yen)",
            "1時間当たり損失|停止1時間当たり損失|時間当たり損失額|停止による損失（円/時間）|loss per hour"},
        // How many of each group of alternative dependencies (代替グループ) the asset needs up.
        {"need", K::Needs, "必要数", "Needed per group",
            "グループ別必要数|代替グループの必要数|必要台数|必要系統数|needed|need per group"},
    };
    return f;
}

const QList<FieldSpec>& threatFields()
{
    static const QList<FieldSpec> f = {
        {"id", K::Id, "脅威ID", "Threat ID", "ID|番号|管理番号|threat"},
        {"category", K::Category, "脅威の分類", "Category", "分類|脅威分類|カテゴリ|category"},
        {"name", K::Text, "脅威", "Name", "脅威の名称|名称|脅威名|name"},
        {"name_en", K::Text, "脅威（英語）", "Name (English)", "英語名称|英名|english name"},
        {"likelihood", K::Score, "発生可能性", "Likelihood", "発生頻度|頻度|可能性|likelihood"},
        {"dimensions", K::Dimensions, "影響する性質", "Dimensions", "対象の性質|CIA|性質|dimensions"},
        {"applies_to", K::Filter, "対象", "Applies to", "対象資産|適用対象|applies to"},
        {"source", K::Text, "出典", "Source", "根拠|source"},
        // Service continuity (RISK-MODEL.md 10): the three together, or none for no outages.
        {"outage_rate", K::Rate, "停止発生率（回/年）", "Outages per year",
            "停止発生率|停止の発生率|年間停止回数|停止回数（回/年）|outage rate|outage rate (per year)"},
        {"outage_p5", K::Hours, "停止時間P5（時間）", "Outage hours P5",
            "停止時間P5|停止時間（P5）|停止時間の5パーセンタイル|outage p5|outage hours (p5)"},
        {"outage_p95", K::Hours, "停止時間P95（時間）", "Outage hours P95",
            "停止時間P95|停止時間（P95）|停止時間の95パーセンタイル|outage p95|outage hours (p95)"},
    };
    return f;
}

const QList<FieldSpec>& controlFields()
{
    static const QList<FieldSpec> f = {
        {"id", K::Id, "対策ID", "Control ID", "ID|番号|管理番号|control"},
        {"group", K::Group, "対策の分類", "Group", "分類|グループ|区分|group"},
        {"name", K::Text, "対策", "Name", "対策の名称|名称|対策名|管理策|name"},
        {"name_en", K::Text, "対策（英語）", "Name (English)", "英語名称|英名|english name"},
        {"status", K::Choice, "実施状況", "Status", "状況|状態|対策状況|status", V::ControlStatus},
        {"effectiveness", K::Fraction, "有効性", "Effectiveness", "効果|effectiveness"},
        {"effect", K::Choice, "効果の種類", "Effect", "効果の対象|effect", V::ControlEffect},
        {"mitigates", K::Mitigations, "低減する脅威", "Mitigates", "対象の脅威|対象脅威|mitigates"},
        {"scope", K::Scope, "適用範囲", "Scope", "対象資産|範囲|scope"},
        {"requires", K::ControlList, "前提となる対策", "Requires", "前提|前提対策|requires"},
        {"cost_initial", K::Yen, "初期費用", "Initial cost", "導入費用|イニシャルコスト|initial"},
        {"cost_annual", K::Yen, "年間費用", "Annual cost", "運用費用|ランニングコスト|年間運用費|annual"},
        {"owner", K::OrgUnitRef, "所管課", "Owner", "管理部署|所管|担当課|責任部署|owner unit"},
        {"source", K::Text, "出典", "Source", "根拠|source"},
        {"status_by_unit", K::UnitStatuses, "部署別の状況", "Status by unit",
            "部署別状況|部署別の実施状況|課別の状況|status by unit|status_by_unit", V::ControlStatus},
    };
    return f;
}

const QList<FieldSpec>& dependencyFields()
{
    static const QList<FieldSpec> f = {
        {"from", K::AssetRef, "依存元", "From", "依存する資産|資産|from"},
        {"to", K::AssetRef, "依存先", "To", "依存される資産|依存先資産|to"},
        {"kind", K::Choice, "依存の種類", "Kind", "種類|種別|関係|kind", V::DependencyKind},
        {"weight_c", K::Fraction, "重み（機密性）", "Weight (C)", "重みC|weight c", V::None, 0},
        {"weight_i", K::Fraction, "重み（完全性）", "Weight (I)", "重みI|weight i", V::None, 1},
        {"weight_a", K::Fraction, "重み（可用性）", "Weight (A)", "重みA|weight a", V::None, 2},
        // Dependencies of one asset in the same group are alternatives (RISK-MODEL.md 10).
        {"group", K::Text, "代替グループ", "Alternative group",
            "グループ|冗長グループ|冗長化グループ|代替|alternative group|redundancy group"},
    };
    return f;
}

const QList<FieldSpec>& exposureFields()
{
    static const QList<FieldSpec> f = {
        {"asset", K::AssetRef, "情報資産", "Asset", "資産|管理番号|資産番号|asset"},
        {"threat", K::ThreatRef, "脅威", "Threat", "脅威ID|threat"},
        {"likelihood", K::Score, "発生可能性", "Likelihood", "発生頻度|頻度|likelihood"},
        {"excluded", K::Mark, "除外", "Excluded", "対象外|excluded"},
        {"note", K::Note, "備考", "Note", "メモ|コメント|note"},
    };
    return f;
}

const QList<FieldSpec>& planFields()
{
    static const QList<FieldSpec> f = {
        {"id", K::Id, "対応番号", "Action ID", "ID|番号|管理番号"},
        {"title", K::Text, "対応項目", "Action", "項目|対応内容|件名|title"},
        {"title_en", K::Text, "対応項目（英語）", "Action (English)", "英語名称|title (english)"},
        {"controls", K::ControlList, "対策", "Controls", "対策ID|管理策|controls"},
        {"risks", K::RiskList, "対象リスク", "Target risks", "リスク|対象|risks"},
        {"owner", K::OrgUnitRef, "対応責任者", "Responsible unit", "責任部署|所管課|担当課|責任者|owner"},
        {"assignee", K::Text, "担当者", "Assignee", "担当|assignee"},
        {"start", K::Date, "開始日", "Start", "着手日|開始|start date"},
        {"due", K::Date, "期限", "Due", "対応期限|完了予定日|期日|due date"},
        {"status", K::Choice, "状況", "Status", "対応状況|進捗状況|状態|status", V::ActionStatus},
        {"progress", K::Percent, "進捗率", "Progress", "進捗|進捗(%)|progress (%)"},
        {"cost_initial", K::Yen, "初期費用", "Initial cost", "導入費用|イニシャルコスト|initial"},
        {"cost_annual", K::Yen, "年間費用", "Annual cost", "運用費用|ランニングコスト|年間運用費|annual"},
    };
    return f;
}

struct RegisterNames {
    Register reg;
    const char* key;
    const char* ja;
    const char* en;
};

const RegisterNames kRegisters[] = {
    {Register::OrgUnits, "org_units", "組織", "Org units"},
    {Register::Assets, "assets", "情報資産", "Assets"},
    {Register::Threats, "threats", "脅威", "Threats"},
    {Register::Controls, "controls", "対策", "Controls"},
    {Register::Dependencies, "dependencies", "依存関係", "Dependencies"},
    {Register::Exposures, "exposures", "脅威の個別設定", "Exposures"},
    {Register::Plan, "plan", "リスク対応計画", "Plan"},
};

QStringList split(const char* aliases)
{
    return QString::fromUtf8(aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

const QList<FieldSpec>& fieldSpecs(Register reg)
{
    switch (reg) {
    case Register::OrgUnits:
        return orgUnitFields();
    case Register::Assets:
        return assetFields();
    case Register::Threats:
        return threatFields();
    case Register::Controls:
        return controlFields();
    case Register::Dependencies:
        return dependencyFields();
    case Register::Exposures:
        return exposureFields();
    case Register::Plan:
        break;
    }
    return planFields();
}

const FieldSpec* fieldSpec(Register reg, QStringView key)
{
    for (const FieldSpec& f : fieldSpecs(reg)) {
        if (key == QLatin1StringView(f.key))
            return &f;
    }
    return nullptr;
}

const QList<QStringList>& fieldsTogether(Register reg)
{
    static const QList<QStringList> outage
        = {{QStringLiteral("outage_rate"), QStringLiteral("outage_p5"), QStringLiteral("outage_p95")}};
    static const QList<QStringList> none;
    return reg == Register::Threats ? outage : none;
}

QString headerKey(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(spaces).toCaseFolded();
}

QStringList headersOf(const FieldSpec& field)
{
    QStringList out {QString::fromUtf8(field.ja), QString::fromUtf8(field.en), QString::fromLatin1(field.key)};
    out += split(field.aliases);
    return out;
}

const FieldSpec* fieldForHeader(Register reg, const QString& header)
{
    const QString wanted = headerKey(header);
    if (wanted.isEmpty())
        return nullptr;
    for (const FieldSpec& f : fieldSpecs(reg)) {
        for (const QString& h : headersOf(f)) {
            if (headerKey(h) == wanted)
                return &f;
        }
    }
    return nullptr;
}

QString registerKey(Register reg)
{
    return QString::fromLatin1(kRegisters[int(reg)].key);
}

std::optional<Register> registerFromKey(QStringView key)
{
    for (const RegisterNames& r : kRegisters) {
        if (key == QLatin1StringView(r.key))
            return r.reg;
    }
    return std::nullopt;
}

QString registerSheetName(Register reg, bool japanese)
{
    return QString::fromUtf8(japanese ? kRegisters[int(reg)].ja : kRegisters[int(reg)].en);
}

std::optional<Register> registerForSheetName(const QString& name)
{
    const QString wanted = headerKey(name);
    for (const RegisterNames& r : kRegisters) {
        for (const char* n : {r.key, r.ja, r.en}) {
            if (headerKey(QString::fromUtf8(n)) == wanted)
                return r.reg;
        }
    }
    return std::nullopt;
}

} // namespace mamori::sheets
