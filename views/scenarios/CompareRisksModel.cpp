#include "scenarios/CompareRisksModel.h"

#include "NumberFormat.h"
#include "widgets/FormFields.h"

#include <QColor>
#include <QCoreApplication>

namespace mamori {

namespace {

// The texts stay in the compare page's context (and its translations): the page showed them before
// this model did.

template <typename Items> QHash<QString, qsizetype> positions(const Items& items)
{
    QHash<QString, qsizetype> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        out.insert(items[i].id, i); // a duplicate id (invalid model) keeps the last, as ModelIndex does
    return out;
}

template <typename Items> QString nameOf(const Items& items, const QHash<QString, qsizetype>& index, const QString& id)
{
    const qsizetype i = index.value(id, -1);
    return i < 0 ? id : forms::idAndName(id, items[i].name);
}

QString numberText(std::optional<double> value, bool signedValue = false)
{
    return value ? (signedValue ? formatSignedScore(*value) : formatScore(*value))
                 : QCoreApplication::translate("mamori::ComparePage", "not exposed");
}

/// Sorted by the number shown: a difference that reads 0.00 sorts as zero, not before the others.
QVariant sortKey(std::optional<double> value)
{
    return value ? QVariant(roundScore(*value)) : QVariant(-1e300);
}

} // namespace

CompareRisksModel::CompareRisksModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CompareRisksModel::setComparison(const ScenarioComparison* comparison, bool otherFile)
{
    beginResetModel();
    m_comparison = comparison;
    m_otherFile = otherFile;
    if (comparison) {
        m_baseAssets = positions(comparison->baseModel.assets);
        m_baseThreats = positions(comparison->baseModel.threats);
        m_scenarioAssets = positions(comparison->scenarioModel.assets);
        m_scenarioThreats = positions(comparison->scenarioModel.threats);
    } else {
        m_baseAssets.clear();
        m_baseThreats.clear();
        m_scenarioAssets.clear();
        m_scenarioThreats.clear();
    }
    endResetModel();
}

void CompareRisksModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CompareRisksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->diff.risks.size());
}

int CompareRisksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareRisksModel::assetName(const RiskChange& r) const
{
    return r.scenarioResidual ? nameOf(m_comparison->scenarioModel.assets, m_scenarioAssets, r.asset)
                              : nameOf(m_comparison->baseModel.assets, m_baseAssets, r.asset);
}

QString CompareRisksModel::threatName(const RiskChange& r) const
{
    return r.scenarioResidual ? nameOf(m_comparison->scenarioModel.threats, m_scenarioThreats, r.threat)
                              : nameOf(m_comparison->baseModel.threats, m_baseThreats, r.threat);
}

QString CompareRisksModel::deltaText(const RiskChange& r) const
{
    if (const std::optional<double> delta = r.delta())
        return numberText(delta, true);
    if (m_otherFile)
        return r.scenarioResidual ? QCoreApplication::translate("mamori::ComparePage", "not in the other file")
                                  : QCoreApplication::translate("mamori::ComparePage", "only in the other file");
    return r.scenarioResidual ? QCoreApplication::translate("mamori::ComparePage", "new in the scenario")
                              : QCoreApplication::translate("mamori::ComparePage", "gone in the scenario");
}

QVariant CompareRisksModel::data(const QModelIndex& index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= m_comparison->diff.risks.size())
        return {};
    const RiskChange& r = m_comparison->diff.risks[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AssetColumn:
            return assetName(r);
        case ThreatColumn:
            return threatName(r);
        case BaseColumn:
            return numberText(r.baseResidual);
        case ScenarioColumn:
            return numberText(r.scenarioResidual);
        case DeltaColumn:
            return deltaText(r);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case AssetColumn:
            return r.asset;
        case ThreatColumn:
            return r.threat;
        case BaseColumn:
            return sortKey(r.baseResidual);
        case ScenarioColumn:
            return sortKey(r.scenarioResidual);
        case DeltaColumn:
            return sortKey(r.delta());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column >= BaseColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (column == DeltaColumn) {
            if (const std::optional<double> delta = r.delta(); delta && roundScore(*delta) != 0)
                return *delta > 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20);
        }
        return {};
    default:
        return {};
    }
}

QVariant CompareRisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace mamori
