#include "risk/RiskRegisterModel.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "NumberFormat.h"
#include "RiskMatrix.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace mamori {

RiskRegisterModel::RiskRegisterModel(ProjectDocument* document, QObject* parent)
    : RiskTableModel(document, ColumnCount, {AssetName, Tier}, parent)
{
    start();
}

bool RiskRegisterModel::isSecondary(int column)
{
    switch (column) {
    case ThreatId:
    case Category:
    case Tier:
    case Likelihood:
    case Impact:
    case InherentLevel:
    case ResidualLikelihood:
    case ResidualImpact:
    case Controls:
        return true;
    default:
        return false;
    }
}

QString RiskRegisterModel::levelLabel(int row) const
{
    return assessment().levelLabel(risk(row).level);
}

int RiskRegisterModel::tierOf(int row) const
{
    const Asset* asset = assetOf(risk(row));
    return asset ? int(asset->tier) : -1;
}

QString RiskRegisterModel::ownerOf(int row) const
{
    const Asset* asset = assetOf(risk(row));
    return asset ? asset->owner : QString();
}

QVariant RiskRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskResult& r = risk(index.row());
    // Names are looked up by id; the model may briefly be ahead of the assessment.
    const Asset* asset = assetOf(r);
    const Threat* threat = threatOf(r);

    switch (role) {
    case LevelLabelRole:
        return levelLabel(index.row());
    case CategoryRole:
        return r.category;
    case TierRole:
        return tierOf(index.row());
    case OwnerRole:
        return ownerOf(index.row());
    default:
        break;
    }

    const int column = index.column();
    const bool levelColumn = column == Level || column == InherentLevel;
    const QString label = assessment().levelLabel(column == InherentLevel ? r.levelInherent : r.level);
    if (role == Qt::BackgroundRole && levelColumn)
        return levelColor(label);
    if (role == Qt::ForegroundRole && levelColumn)
        return levelTextColor(label);
    const bool numberColumn = column == Residual || column == Inherent || column == Likelihood || column == Impact
        || column == ResidualLikelihood || column == ResidualImpact;
    if (role == Qt::TextAlignmentRole && numberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Controls)
        return r.controls.join(QStringLiteral(", "));

    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
    case AssetId:
        return r.asset;
    case AssetName:
        return asset ? asset->name.text(displayLanguage()) : QString();
    case ThreatId:
        return r.threat;
    case ThreatName:
        return threat ? threat->name.text(displayLanguage()) : QString();
    case Category:
        return sort ? QVariant(r.category) : QVariant(EnumNames::threatCategory(r.category));
    case Tier:
        return asset ? (sort ? QVariant(int(asset->tier)) : QVariant(EnumNames::name(asset->tier))) : QVariant();
    case Owner:
        return asset ? orgUnitName(asset->owner) : QVariant();
    case Likelihood:
        return sort ? QVariant(r.likelihood) : QVariant(formatScore(r.likelihood));
    case Impact:
        return sort ? QVariant(r.impact) : QVariant(formatScore(r.impact));
    case Inherent:
        return sort ? QVariant(r.inherent) : QVariant(formatScore(r.inherent));
    case InherentLevel:
        return sort ? QVariant(r.levelInherent) : QVariant(EnumNames::level(label));
    case ResidualLikelihood:
        return sort ? QVariant(r.residualLikelihood) : QVariant(formatScore(r.residualLikelihood));
    case ResidualImpact:
        return sort ? QVariant(r.residualImpact) : QVariant(formatScore(r.residualImpact));
    case Residual:
        return sort ? QVariant(r.residual) : QVariant(formatScore(r.residual));
    case Level:
        return sort ? QVariant(r.level) : QVariant(EnumNames::level(label));
    case Response: {
        const QString name = EnumNames::name(r.response);
        return sort || r.decided ? QVariant(name) : QVariant(tr("%1 (suggested)").arg(name));
    }
    case Controls:
        return sort ? QVariant(int(r.controls.size())) : QVariant(r.controls.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QVariant RiskRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AssetId:
        return tr("Asset ID");
    case AssetName:
        return tr("Asset");
    case ThreatId:
        return tr("Threat ID");
    case ThreatName:
        return tr("Threat");
    case Category:
        return tr("Category");
    case Tier:
        return tr("Tier");
    case Owner:
        return tr("Owner");
    case Likelihood:
        return tr("Likelihood");
    case Impact:
        return tr("Impact");
    case Inherent:
        return tr("Inherent risk");
    case InherentLevel:
        return tr("Inherent level");
    case ResidualLikelihood:
        return tr("Residual likelihood");
    case ResidualImpact:
        return tr("Residual impact");
    case Residual:
        return tr("Residual risk");
    case Level:
        return tr("Residual level");
    case Response:
        return tr("Response");
    case Controls:
        return tr("Controls applied");
    default:
        return {};
    }
}

RiskFilterProxy::RiskFilterProxy(QObject* parent)
    : TextFilterProxy(parent)
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
    m_aboveAppetite = false;
    m_cellLikelihood = m_cellImpact = 0;
    setFilterText(QString());
    invalidateFilter();
}

bool RiskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    auto* model = static_cast<RiskRegisterModel*>(sourceModel());
    if (sourceRow >= model->rowCount())
        return false;
    const RiskResult& r = model->risk(sourceRow);
    if (!m_level.isEmpty() && model->levelLabel(sourceRow) != m_level)
        return false;
    if (m_category != 0 && r.category != m_category)
        return false;
    if (m_tier >= 0 && model->tierOf(sourceRow) != m_tier)
        return false;
    if (!m_owner.isEmpty() && model->ownerOf(sourceRow) != m_owner)
        return false;
    if (m_aboveAppetite && r.residual <= model->appetite() + 1e-12)
        return false;
    if (m_cellLikelihood > 0) {
        const double l = m_cellResidual ? r.residualLikelihood : r.likelihood;
        const double i = m_cellResidual ? r.residualImpact : r.impact;
        if (RiskMatrix::cellOf(l) != m_cellLikelihood || RiskMatrix::cellOf(i) != m_cellImpact)
            return false;
    }
    return textMatches(sourceRow, {});
}

bool RiskFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    auto* model = static_cast<RiskRegisterModel*>(sourceModel());
    if (left.row() >= model->rowCount() || right.row() >= model->rowCount())
        return QSortFilterProxyModel::lessThan(left, right);
    const RiskResult& a = model->risk(left.row());
    const RiskResult& b = model->risk(right.row());
    // Ties keep the register's order (asset, threat), so equal values never shuffle between edits.
    auto byValue = [&](double x, double y) { return x != y ? x < y : left.row() < right.row(); };
    switch (left.column()) {
    case RiskRegisterModel::AssetId:
        return a.asset != b.asset ? compareIds(a.asset, b.asset) < 0 : left.row() < right.row();
    case RiskRegisterModel::ThreatId:
        return a.threat != b.threat ? compareIds(a.threat, b.threat) < 0 : left.row() < right.row();
    case RiskRegisterModel::Category:
        return byValue(a.category, b.category);
    case RiskRegisterModel::Likelihood:
        return byValue(a.likelihood, b.likelihood);
    case RiskRegisterModel::Impact:
        return byValue(a.impact, b.impact);
    case RiskRegisterModel::Inherent:
    case RiskRegisterModel::InherentLevel:
        return byValue(a.inherent, b.inherent);
    case RiskRegisterModel::ResidualLikelihood:
        return byValue(a.residualLikelihood, b.residualLikelihood);
    case RiskRegisterModel::ResidualImpact:
        return byValue(a.residualImpact, b.residualImpact);
    case RiskRegisterModel::Residual:
    case RiskRegisterModel::Level:
        return byValue(a.residual, b.residual);
    case RiskRegisterModel::Controls:
        return byValue(double(a.controls.size()), double(b.controls.size()));
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace mamori
