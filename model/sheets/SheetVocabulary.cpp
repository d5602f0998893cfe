#include "SheetColumns.h"

#include <QHash>

#include <array>

namespace mamori::sheets {

namespace {

// The words of each closed vocabulary: the interchange key, the words the window shows (the
// exporter writes them) and what wards' inventories write instead (情報 → information, 端末 →
// device, ＬＧＷＡＮ → lgwan, － → none...).
const QList<VocabularyWord>& assetTypes()
{
    static const QList<VocabularyWord> w = {
        {"information", "情報", "Information", "データ|情報資産|data"},
        {"system", "情報システム", "Information system", "システム|業務システム|system"},
        {"network", "ネットワーク", "Network", "回線|通信回線|ネットワーク機器|network"},
        {"device", "機器", "Device", "端末|サーバ|サーバー|パソコン|PC|ハードウェア|機器類|device"},
        {"media", "電磁的記録媒体", "Media", "記録媒体|媒体|外部記録媒体|media"},
        {"facility", "施設・設備", "Facility", "施設|設備|facility"},
        {"document", "システム関連文書", "System document", "文書|書類|紙|紙媒体|文書類|document"},
        {"cloud_service", "クラウドサービス", "Cloud service", "クラウド|cloud"},
    };
    return w;
}

const QList<VocabularyWord>& tiers()
{
    static const QList<VocabularyWord> w = {
        {"mynumber", "マイナンバー利用事務系", "My Number use", "マイナンバー系|個人番号利用事務系|mynumber"},
        {"lgwan", "LGWAN接続系", "LGWAN-connected", "LGWAN|LGWAN系|lgwan"},
        {"internet", "インターネット接続系", "Internet-connected", "インターネット系|インターネット|internet"},
        {"none", "三層の対策の対象外", "Outside the tiers", "対象外|なし|-|―|ー|‐|none"},
    };
    return w;
}

const QList<VocabularyWord>& dependencyKinds()
{
    static const QList<VocabularyWord> w = {
        {"runs_on", "稼働基盤", "Runs on", "稼働|基盤|runs on"},
        {"processed_by", "処理先", "Processed by", "処理|processed by"},
        {"connects_via", "接続経路", "Connects via", "接続|経由|connects via"},
        {"located_in", "設置場所", "Located in", "設置|所在|located in"},
        {"powered_by", "電源供給元", "Powered by", "電源|powered by"},
        {"supplied_by", "提供元", "Supplied by", "委託先|供給元|提供|supplied by"},
        {"other", "その他", "Other", ""},
    };
    return w;
}

const QList<VocabularyWord>& controlStatuses()
{
    static const QList<VocabularyWord> w = {
        {"implemented", "実施済み", "Implemented", "実施済|済|導入済み|導入済|対応済み"},
        {"partial", "一部実施", "Partially implemented", "一部|一部実施済み|partially"},
        {"planned", "実施予定", "Planned", "予定|計画中|導入予定"},
        {"none", "未実施", "Not implemented", "未|未対応|なし"},
    };
    return w;
}

const QList<VocabularyWord>& controlEffects()
{
    static const QList<VocabularyWord> w = {
        {"likelihood", "発生可能性を低減", "Reduces likelihood", "発生可能性|予防"},
        {"impact", "影響度を低減", "Reduces impact", "影響度|軽減"},
    };
    return w;
}

const QList<VocabularyWord>& actionStatuses()
{
    static const QList<VocabularyWord> w = {
        {"not_started", "未着手", "Not started", "未実施|未|not started"},
        {"in_progress", "実施中", "In progress", "対応中|進行中|着手|着手済み|in progress"},
        {"done", "完了", "Done", "済|実施済み|完了済み|対応済み"},
    };
    return w;
}

const QList<VocabularyWord>& orgUnitKinds()
{
    static const QList<VocabularyWord> w = {
        {"body", "行政機関", "Administrative body", "機関"},
        {"department", "部課", "Department", "部署|課|部"},
        {"related", "関係団体", "Related organization", "外郭団体"},
        {"other", "その他", "Other", ""},
    };
    return w;
}

} // namespace

const QList<VocabularyWord>& vocabularyWords(Vocabulary vocabulary)
{
    static const QList<VocabularyWord> none;
    switch (vocabulary) {
    case Vocabulary::AssetType:
        return assetTypes();
    case Vocabulary::Tier:
        return tiers();
    case Vocabulary::DependencyKind:
        return dependencyKinds();
    case Vocabulary::ControlStatus:
        return controlStatuses();
    case Vocabulary::ControlEffect:
        return controlEffects();
    case Vocabulary::ActionStatus:
        return actionStatuses();
    case Vocabulary::OrgUnitKind:
        return orgUnitKinds();
    case Vocabulary::None:
        break;
    }
    return none;
}

std::optional<QString> vocabularyKey(Vocabulary vocabulary, const QString& word)
{
    // Folded once: every cell of a vocabulary column is looked up here.
    static const std::array<QHash<QString, QString>, 8> words = [] {
        std::array<QHash<QString, QString>, 8> out;
        for (int v = 0; v < int(out.size()); ++v) {
            for (const VocabularyWord& w : vocabularyWords(Vocabulary(v))) {
                const QString key = QString::fromLatin1(w.key);
                QStringList all {key, QString::fromUtf8(w.ja), QString::fromUtf8(w.en)};
                all += QString::fromUtf8(w.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
                for (const QString& candidate : all)
                    out[v].insert(headerKey(candidate), key);
            }
        }
        return out;
    }();
    const auto& table = words[std::size_t(vocabulary)];
    const auto it = table.constFind(headerKey(word));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

QStringList vocabularyKeys(Vocabulary vocabulary)
{
    QStringList out;
    for (const VocabularyWord& w : vocabularyWords(vocabulary))
        out.append(QString::fromLatin1(w.key));
    return out;
}

QStringList vocabularyChoices(Vocabulary vocabulary)
{
    QStringList out;
    for (const VocabularyWord& w : vocabularyWords(vocabulary))
        out.append(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(w.ja), QString::fromUtf8(w.en)));
    return out;
}

} // namespace mamori::sheets
