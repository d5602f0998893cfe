#include "treatment/ResponsePolicyModel.h"

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
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document->assessment(), &LiveAssessment::updated, this, &ResponsePolicyModel::refresh);
    refresh();
}

void ResponsePolicyModel::refresh()
{
    const Model& model = m_document->model();
    m_index.emplace(model);
    m_responses.clear();
    for (qsizetype i = 0; i < model.responses.size(); ++i)
        m_responses.insert({model.responses[i].asset, model.responses[i].threat}, i);
    const int rows = int(m_document->assessment()->assessment().risks.size());
    if (rows != m_rows) {
        // The set of risks changed (an exposure, a threat's scope): rows cannot be paired.
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        // Same risks, new numbers or decisions: keep the selection the user is deciding on.
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int ResponsePolicyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResponsePolicyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RiskResult& ResponsePolicyModel::risk(int row) const
{
    return m_document->assessment()->assessment().risks[row];
}

double ResponsePolicyModel::appetite() const
{
    return m_document->assessment()->assessment().appetite;
}

qsizetype ResponsePolicyModel::responseIndex(int row) const
{
    const RiskResult& r = risk(row);
    return m_responses.value({r.asset, r.threat}, -1);
}

const Response* ResponsePolicyModel::response(int row) const
{
    const qsizetype i = responseIndex(row);
    return i >= 0 && i < m_document->model().responses.size() ? &m_document->model().responses[i] : nullptr;
}

ResponseKind ResponsePolicyModel::suggested(const RiskResult& risk) const
{
    return risk.residual <= appetite() ? ResponseKind::Accept : ResponseKind::Mitigate;
}

QVariant ResponsePolicyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const RiskResult& r = risk(index.row());
    const Response* decision = response(index.row());
    const Model& model = m_document->model();
    const Assessment& a = m_document->assessment()->assessment();
    if (role == AboveAppetiteRole)
        return r.residual > a.appetite;
    if (role == DecidedRole)
        return decision != nullptr;
    const bool broken = decision && decision->rationale.trimmed().isEmpty()
        && rationaleRequired(decision->response, r.residual, a.appetite);
    const auto name = [&](const QHash<QString, qsizetype>& at, auto list, const QString& id) {
        const qsizetype i = at.value(id, -1);
        return i >= 0 ? (model.*list)[i].name.text(displayLanguage()) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case AssetId:
            return r.asset;
        case AssetName:
            return name(m_index->assets, &Model::assets, r.asset);
        case ThreatId:
            return r.threat;
        case ThreatName:
            return name(m_index->threats, &Model::threats, r.threat);
        case Residual:
            return role == SortRole ? QVariant(r.residual) : QVariant(formatNumber(r.residual));
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
            return decision ? decision->decidedOn.toString(Qt::ISODate) : QString();
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
    : QSortFilterProxyModel(parent)
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

void ResponsePolicyProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ResponsePolicyProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_aboveOnly && !m->index(sourceRow, 0).data(ResponsePolicyModel::AboveAppetiteRole).toBool())
        return false;
    if (m_undecidedOnly && m->index(sourceRow, 0).data(ResponsePolicyModel::DecidedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int c : {ResponsePolicyModel::AssetId, ResponsePolicyModel::AssetName, ResponsePolicyModel::ThreatId,
             ResponsePolicyModel::ThreatName, ResponsePolicyModel::Rationale})
        if (m->index(sourceRow, c).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace mamori
