#include "RiskRegisterModel.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "HeatMapWidget.h"
#include "LevelColors.h"
#include "LiveAssessment.h"
#include "ProjectDocument.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace mamori {

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2);
}
} // namespace

RiskRegisterModel::RiskRegisterModel(ProjectDocument* document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document->assessment(), &LiveAssessment::updated, this, &RiskRegisterModel::refresh);
    connect(document, &ProjectDocument::changed, this, &RiskRegisterModel::refresh); // names, owners
    refresh();
}

void RiskRegisterModel::refresh()
{
    const int rows = int(m_document->assessment()->assessment().risks.size());
    if (rows != m_rows) {
        // The set of risks changed (an exposure, a threat's applies_to, an asset added): a reset.
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int RiskRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RiskRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RiskResult& RiskRegisterModel::risk(int row) const
{
    return m_document->assessment()->assessment().risks[row];
}

double RiskRegisterModel::appetite() const
{
    return m_document->assessment()->assessment().appetite;
}

QVariant RiskRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assessment& assessment = m_document->assessment()->assessment();
    if (index.row() >= assessment.risks.size())
        return {}; // between a new assessment and the reset it causes
    const RiskResult& r = assessment.risks[index.row()];
    const Model& model = m_document->model();
    // Names are looked up by id; the model may briefly be ahead of the assessment.
    const qsizetype assetAt = indexOfId(model.assets, r.asset);
    const qsizetype threatAt = indexOfId(model.threats, r.threat);
    const Asset* asset = assetAt >= 0 ? &model.assets[assetAt] : nullptr;
    const Threat* threat = threatAt >= 0 ? &model.threats[threatAt] : nullptr;

    switch (role) {
    case LevelLabelRole: return assessment.levelLabel(r.level);
    case CategoryRole: return r.category;
    case TierRole: return asset ? int(asset->tier) : -1;
    case OwnerRole: return asset ? asset->owner : QString();
    default: break;
    }

    const int column = index.column();
    const bool levelColumn = column == Level || column == InherentLevel;
    const QString label = assessment.levelLabel(column == InherentLevel ? r.levelInherent : r.level);
    if (role == Qt::BackgroundRole && levelColumn)
        return levelColor(label);
    if (role == Qt::ForegroundRole && levelColumn)
        return levelTextColor(label);
    if (role == Qt::TextAlignmentRole && column >= Likelihood && column <= Residual && !levelColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Controls)
        return r.controls.join(QStringLiteral(", "));

    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
    case AssetId: return r.asset;
    case AssetName: return asset ? asset->name.text(displayLanguage()) : QString();
    case ThreatId: return r.threat;
    case ThreatName: return threat ? threat->name.text(displayLanguage()) : QString();
    case Category: return sort ? QVariant(r.category) : QVariant(EnumNames::threatCategory(r.category));
    case Tier: return asset ? (sort ? QVariant(int(asset->tier)) : QVariant(EnumNames::name(asset->tier))) : QVariant();
    case Owner: {
        if (!asset)
            return {};
        const qsizetype at = indexOfId(model.orgUnits, asset->owner);
        return at >= 0 ? model.orgUnits[at].name.text(displayLanguage()) : asset->owner;
    }
    case Likelihood: return sort ? QVariant(r.likelihood) : QVariant(number(r.likelihood));
    case Impact: return sort ? QVariant(r.impact) : QVariant(number(r.impact));
    case Inherent: return sort ? QVariant(r.inherent) : QVariant(number(r.inherent));
    case InherentLevel: return sort ? QVariant(r.levelInherent) : QVariant(EnumNames::level(label));
    case ResidualLikelihood: return sort ? QVariant(r.residualLikelihood) : QVariant(number(r.residualLikelihood));
    case ResidualImpact: return sort ? QVariant(r.residualImpact) : QVariant(number(r.residualImpact));
    case Residual: return sort ? QVariant(r.residual) : QVariant(number(r.residual));
    case Level: return sort ? QVariant(r.level) : QVariant(EnumNames::level(label));
    case Response: {
        const QString name = EnumNames::name(r.response);
        return sort || r.decided ? QVariant(name) : QVariant(tr("%1 (suggested)").arg(name));
    }
    case Controls: return sort ? QVariant(int(r.controls.size())) : QVariant(r.controls.join(QStringLiteral(", ")));
    default: return {};
    }
}

QVariant RiskRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetId: return tr("Asset ID");
    case AssetName: return tr("Asset");
    case ThreatId: return tr("Threat ID");
    case ThreatName: return tr("Threat");
    case Category: return tr("Category");
    case Tier: return tr("Tier");
    case Owner: return tr("Owner");
    case Likelihood: return tr("Likelihood");
    case Impact: return tr("Impact");
    case Inherent: return tr("Inherent risk");
    case InherentLevel: return tr("Inherent level");
    case ResidualLikelihood: return tr("Residual likelihood");
    case ResidualImpact: return tr("Residual impact");
    case Residual: return tr("Residual risk");
    case Level: return tr("Residual level");
    case Response: return tr("Response");
    case Controls: return tr("Controls applied");
    default: return {};
    }
}

RiskFilterProxy::RiskFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RiskRegisterModel::SortRole);
    setDynamicSortFilter(true);
}

void RiskFilterProxy::setLevel(const QString& label)
{
    m_level = label;
    invalidateFilter();
}

void RiskFilterProxy::setCategory(int category)
{
    m_category = category;
    invalidateFilter();
}

void RiskFilterProxy::setTier(int tier)
{
    m_tier = tier;
    invalidateFilter();
}

void RiskFilterProxy::setOwner(const QString& orgUnit)
{
    m_owner = orgUnit;
    invalidateFilter();
}

void RiskFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void RiskFilterProxy::setAboveAppetite(bool only)
{
    m_aboveAppetite = only;
    invalidateFilter();
}

void RiskFilterProxy::setCell(bool residual, int likelihood, int impact)
{
    m_cellResidual = residual;
    m_cellLikelihood = likelihood;
    m_cellImpact = impact;
    invalidateFilter();
}

void RiskFilterProxy::clearFilters()
{
    m_level.clear();
    m_category = 0;
    m_tier = -1;
    m_owner.clear();
    m_text.clear();
    m_aboveAppetite = false;
    m_cellLikelihood = m_cellImpact = 0;
    invalidateFilter();
}

bool RiskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    auto* model = static_cast<RiskRegisterModel*>(sourceModel());
    const QModelIndex first = model->index(sourceRow, 0);
    if (!m_level.isEmpty() && first.data(RiskRegisterModel::LevelLabelRole).toString() != m_level)
        return false;
    if (m_category != 0 && first.data(RiskRegisterModel::CategoryRole).toInt() != m_category)
        return false;
    if (m_tier >= 0 && first.data(RiskRegisterModel::TierRole).toInt() != m_tier)
        return false;
    if (!m_owner.isEmpty() && first.data(RiskRegisterModel::OwnerRole).toString() != m_owner)
        return false;
    const RiskResult& r = model->risk(sourceRow);
    if (m_aboveAppetite && r.residual <= model->appetite() + 1e-12)
        return false;
    if (m_cellLikelihood > 0) {
        const double l = m_cellResidual ? r.residualLikelihood : r.likelihood;
        const double i = m_cellResidual ? r.residualImpact : r.impact;
        if (HeatMapWidget::cellOf(l) != m_cellLikelihood || HeatMapWidget::cellOf(i) != m_cellImpact)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int c : {RiskRegisterModel::AssetId, RiskRegisterModel::AssetName, RiskRegisterModel::ThreatId,
                      RiskRegisterModel::ThreatName}) {
            if (model->index(sourceRow, c).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace mamori
