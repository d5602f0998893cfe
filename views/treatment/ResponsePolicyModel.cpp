#include "treatment/ResponsePolicyModel.h"

#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "NumberFormat.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/ResponsePolicy.h"

#include <QBrush>
#include <QColor>

namespace mamori {

ResponsePolicyModel::ResponsePolicyModel(ProjectDocument* document, QObject* parent)
    : RiskTableModel(document, ColumnCount, {AssetName, Check}, parent)
{
    start();
}

void ResponsePolicyModel::reindex()
{
    RiskTableModel::reindex();
    m_responses.clear();
    const QList<Response>& responses = model().responses;
    for (qsizetype i = 0; i < responses.size(); ++i)
        m_responses.insert({responses[i].asset, responses[i].threat}, i);
}

qsizetype ResponsePolicyModel::responseIndex(int row) const
{
    const RiskResult& r = risk(row);
    return m_responses.value({r.asset, r.threat}, -1);
}

const Response* ResponsePolicyModel::response(int row) const
{
    const qsizetype i = responseIndex(row);
    return i >= 0 && i < model().responses.size() ? &model().responses[i] : nullptr;
}

ResponseKind ResponsePolicyModel::suggested(const RiskResult& risk) const
{
    return risk.residual <= appetite() ? ResponseKind::Accept : ResponseKind::Mitigate;
}

QVariant ResponsePolicyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskResult& r = risk(index.row());
    const Response* decision = response(index.row());
    const Assessment& a = assessment();
    if (role == AboveAppetiteRole)
        return r.residual > a.appetite;
    if (role == DecidedRole)
        return decision != nullptr;
    const bool broken = decision && decision->rationale.trimmed().isEmpty()
        && rationaleRequired(decision->response, r.residual, a.appetite);
    const Asset* asset = assetOf(r);
    const Threat* threat = threatOf(r);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case AssetId:
            return r.asset;
        case AssetName:
            return asset ? asset->name.text(displayLanguage()) : QString();
        case ThreatId:
            return r.threat;
        case ThreatName:
            return threat ? threat->name.text(displayLanguage()) : QString();
        case Residual:
            return role == SortRole ? QVariant(r.residual) : QVariant(formatScore(r.residual));
        case Level:
            return role == SortRole ? QVariant(r.level) : QVariant(EnumNames::level(a.levelLabel(r.level)));
        case Suggested:
            return EnumNames::name(suggested(r));
        case Decided:
            return decision ? EnumNames::name(decision->response) : QString();
        case Rationale:
            return decision ? decision->rationale : QString();
        case DecidedBy:
            return decision ? decision->decidedBy : QString();
        case DecidedOn:
            if (!decision)
                return QString();
            return role == SortRole ? decision->decidedOn.toString(Qt::ISODate) : displayDate(decision->decidedOn);
        case Check:
            return broken ? tr("A rationale is required to accept a risk above the appetite") : QString();
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == Level)
            return QBrush(levelColor(a.levelLabel(r.level)));
        if (index.column() == Check && broken)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        break;
    case Qt::ForegroundRole:
        if (index.column() == Level)
            return QBrush(levelTextColor(a.levelLabel(r.level)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Residual)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ResponsePolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetId:
        return tr("Asset");
    case AssetName:
        return tr("Asset name");
    case ThreatId:
        return tr("Threat");
    case ThreatName:
        return tr("Threat name");
    case Residual:
        return tr("Residual");
    case Level:
        return tr("Level");
    case Suggested:
        return tr("Suggested");
    case Decided:
        return tr("Decided");
    case Rationale:
        return tr("Rationale");
    case DecidedBy:
        return tr("Decided by");
    case DecidedOn:
        return tr("Decided on");
    case Check:
        return tr("Check");
    }
    return {};
}

ResponsePolicyProxy::ResponsePolicyProxy(QObject* parent)
    : TextFilterProxy(parent)
{
    setSortRole(ResponsePolicyModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ResponsePolicyProxy::setAboveAppetiteOnly(bool only)
{
    m_aboveOnly = only;
    invalidateFilter();
}

void ResponsePolicyProxy::setUndecidedOnly(bool only)
{
    m_undecidedOnly = only;
    invalidateFilter();
}

bool ResponsePolicyProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_aboveOnly && !m->index(sourceRow, 0).data(ResponsePolicyModel::AboveAppetiteRole).toBool())
        return false;
    if (m_undecidedOnly && m->index(sourceRow, 0).data(ResponsePolicyModel::DecidedRole).toBool())
        return false;
    return textMatches(sourceRow, {});
}

} // namespace mamori
